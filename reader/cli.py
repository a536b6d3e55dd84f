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
        "Run without a command to open the app; with a file or an http(s) address "
        "(reader story.txt), to add that article to your library and read it.",
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
    # The names `article_to_open` leaves to argparse, and those `missing_source` lists
    # (each command once, without its aliases: "analyze", not "analyse" too).
    first_names: dict[int, str] = {}
    for name, command in subparsers.choices.items():
        first_names.setdefault(id(command), name)
    parser.set_defaults(command_names=tuple(subparsers.choices),
                        main_command_names=tuple(first_names.values()))
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


def article_to_open(arguments: Sequence[str], parser: argparse.ArgumentParser) -> str | None:
    """The file or address in ``reader story.txt`` / ``reader https://...``: a lone
    argument that is no command or option, and is a web address, a path that exists,
    or what looks like a path (`missing_source` tells the learner it is not there)."""
    if len(arguments) != 1:
        return None
    (argument,) = arguments
    if argument.startswith("-") or argument in _command_names(parser):
        return None
    if _is_there(argument):
        return argument
    # "story.txt", "~/notes", "stories/rain": argparse's "invalid choice" would leave
    # the learner thinking files cannot be opened. "analyse"-like typos keep it.
    looks_like_path = any(mark in argument for mark in "/\\~") or "." in argument.strip(".")
    return argument if looks_like_path else None


def missing_source(source: str, parser: argparse.ArgumentParser) -> str | None:
    """Why ``reader SOURCE`` opens nothing when nothing is at ``source``: its https://
    forgotten, or no such file and the commands there are; None when it may be read."""
    from reader.commands.common import missing_file_hint, missing_file_message

    if _is_there(source):
        return None
    if missing_file_hint(source):
        return missing_file_message(source)
    return (f"{missing_file_message(source)}\nTo read a story, give its file or its http(s) "
            "address. "
            f"Commands: {', '.join(_command_names(parser, aliases=False))} "
            "(`reader --help` says what each does).")


def _is_there(source: str) -> bool:
    """Whether ``source`` is a web address (`reader import` says if it cannot be
    fetched) or a path to something (or why it cannot be read)."""
    from reader.commands.common import address_problem, is_url, path_exists

    return is_url(source) or address_problem(source) is not None or path_exists(source)


def _command_names(parser: argparse.ArgumentParser, *, aliases: bool = True) -> list[str]:
    """The sub-commands' names (with ``aliases=False``, each command's first alone)."""
    return list(parser.get_default("command_names" if aliases else "main_command_names"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = sys.argv[1:] if argv is None else list(argv)
    source = article_to_open(arguments, parser)
    args = parser.parse_args([] if source is not None else arguments)
    args.open_source = source
    _configure_logging()
    try:
        if source is not None and (missing := missing_source(source, parser)):
            raise UserError(missing)
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
