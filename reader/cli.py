"""The ``reader`` command line. Every sub-command lives in ``reader.commands``.

Heavy modules (nltk, wordfreq, textual) are imported inside the commands that need
them, so ``reader --version`` and the app's first paint stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from reader import __version__
from reader.errors import UserError
from vocab.models import ArticleError, LanguageDataMissing

# Each module defines ``register(subparsers)`` which adds its parser(s) and sets
# ``func`` to a callable ``(args) -> int``.
COMMAND_MODULES = (
    "reader.commands.analyze",
    "reader.commands.glossary",
    "reader.commands.data",
    "reader.commands.evaluate",
    "reader.commands.quiz",
    "reader.commands.learner",
    "reader.commands.web",
    "reader.commands.bench",
)

log = logging.getLogger("reader")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="A terminal reader for English learners. "
        "Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as missing:
            if missing.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def _configure_logging() -> None:
    from reader.paths import log_path

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging()
    try:
        if args.command is None:
            from reader.commands.app import run_app

            return run_app(args)
        return int(args.func(args) or 0)
    except (UserError, ArticleError, LanguageDataMissing) as error:
        print(f"reader: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # our bug: keep the traceback in the log, not on screen
        log.exception("unexpected error")
        from reader.paths import log_path

        print(f"reader: internal error ({error.__class__.__name__}); details in {log_path()}",
              file=sys.stderr)
        return 1
