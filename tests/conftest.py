"""Keep the developer's own data out of every test, and share the slow, derived data.

* ``READER_DATA_DIR`` points at a fresh temporary dir per test (the learner's store).
* ``READER_CACHE_DIR`` is one dir per session, so the lexicon compiles once per run.
* ``NLTK_DATA`` defaults to ``../shared/nltk_data`` beside the checkout (CI's layout).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon

ROOT = Path(__file__).resolve().parent.parent
SHARED_NLTK_DATA = ROOT.parent / "shared" / "nltk_data"
SEEDS = ROOT / "seeds"
VOA_SEED = SEEDS / "004_365fc8dcfed9d6e0.txt"
WEB_SEED = SEEDS / "000_8f497018cf25b217.txt"

if "NLTK_DATA" not in os.environ and SHARED_NLTK_DATA.is_dir():
    os.environ["NLTK_DATA"] = str(SHARED_NLTK_DATA)


@pytest.fixture(scope="session")
def session_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reader-cache")


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path: Path, session_cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    data = tmp_path / "reader-data"
    monkeypatch.setenv("READER_DATA_DIR", str(data))
    monkeypatch.setenv("READER_CACHE_DIR", str(session_cache_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return data


@pytest.fixture(scope="session")
def lexicon(session_cache_dir: Path) -> Iterator[Lexicon]:
    """The WordNet lexicon compiled from ``$NLTK_DATA`` into the session cache dir.

    Compiling takes about 15 s, so it happens once per test run; later opens of the
    same cache dir (the CLI in tests, for instance) reuse the file.
    """
    from vocab.data import open_lexicon

    opened = open_lexicon(session_cache_dir)
    yield opened
    opened.close()
