"""``reader`` with no command: the Textual app; ``reader PATH_OR_URL``: the app, with
that article added to the library (as ``reader import`` adds it) and open."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import TYPE_CHECKING

from reader.errors import UserError

if TYPE_CHECKING:
    from vocab.store import Store


def run_app(args: argparse.Namespace) -> int:
    """Open the library, or the article at ``args.open_source`` over it; returns the
    exit status. An article that cannot be read stops here, before the app starts, with
    `reader import`'s message."""
    from reader.app import create_app
    from vocab.store import StoreError

    source: str | None = getattr(args, "open_source", None)
    try:
        article_id = _import_to_open(source) if source is not None else None
        app = create_app(offer_placement=True, open_article=article_id)
    except StoreError as error:  # damaged or newer store: the message says what to do
        raise UserError(str(error)) from error
    try:
        app.run()
    finally:
        _back_up_session(app.store)
        app.store.close()
    return app.return_code or 0


def _import_to_open(source: str) -> int:
    """The id of the article at ``source``, saved as `reader import` saves it. What it
    said stays on the terminal once the app has closed."""
    try:
        from reader.commands.web import save_source
    except ImportError as missing:
        raise UserError("importing articles is not available in this build") from missing
    from reader.labels import cleaning_note

    saved = save_source(source)
    print("\n".join(saved.said))
    print(cleaning_note(saved.article))
    return saved.article_id


def _back_up_session(store: Store) -> None:
    """Keep a copy of what this session changed; a full disk loses the copy, not the
    learner's work, which is already in the store."""
    try:
        store.backup_session()
    except (OSError, sqlite3.Error) as error:
        print(f"reader: this session's backup was not taken ({error}); "
              "your work is saved in the store", file=sys.stderr)
