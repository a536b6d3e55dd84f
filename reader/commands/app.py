"""``reader`` with no command: the Textual app."""

from __future__ import annotations

import argparse

from reader.errors import UserError


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
        app.store.close()
    return app.return_code or 0
