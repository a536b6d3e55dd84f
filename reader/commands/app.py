"""``reader`` with no command: the Textual app."""

from __future__ import annotations

import argparse


def run_app(args: argparse.Namespace) -> int:
    """Open the library; returns the exit status."""
    from reader.app import create_app

    app = create_app()
    app.run()
    return app.return_code or 0
