"""Where the learner's data lives. Resolved here, passed to the engine as parameters."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "voa-reader"
DATA_DIR_ENV = "READER_DATA_DIR"
CACHE_DIR_ENV = "READER_CACHE_DIR"
EXPORT_DIR_ENV = "READER_EXPORT_DIR"


def data_dir() -> Path:
    """The user data dir (XDG on Linux), or ``$READER_DATA_DIR`` when set (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Where derived data lives (the compiled lexicon): ``$READER_CACHE_DIR`` or XDG cache."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def export_dir() -> Path:
    """Where the app saves exports (Anki decks, spreadsheets, lessons): a "VOA Reader"
    folder in the user's documents, or ``$READER_EXPORT_DIR`` when set."""
    override = os.environ.get(EXPORT_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "VOA Reader"


def store_path() -> Path:
    return data_dir() / "learner.sqlite3"


def log_path() -> Path:
    return data_dir() / "reader.log"
