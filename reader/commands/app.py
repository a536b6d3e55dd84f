"""``reader`` with no command: the Textual app."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import TYPE_CHECKING

from reader.errors import UserError

if TYPE_CHECKING:
    from vocab.store import Store


def run_app(args: argparse.Namespace) -> int:
    """Open the library; returns the exit status."""
    from reader.app import create_app
    from vocab.store import StoreError

    try:
        app = create_app(offer_placement=True)
    except StoreError as error:  # damaged or newer store: the message says what to do
        raise UserError(str(error)) from error
    try:
        app.run()
    finally:
        _back_up_session(app.store)
        app.store.close()
    return app.return_code or 0


def _back_up_session(store: Store) -> None:
    """Keep a copy of what this session changed; a full disk loses the copy, not the
    learner's work, which is already in the store."""
    try:
        store.backup_session()
    except (OSError, sqlite3.Error) as error:
        print(f"reader: this session's backup was not taken ({error}); "
              "your work is saved in the store", file=sys.stderr)
