"""What several commands share: reading the article a user names, and the engine."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import UserError
from reader.paths import cache_dir

if TYPE_CHECKING:
    from vocab.engine import Engine
    from vocab.lexicon import Lexicon
    from vocab.models import Article


# "scheme://": what a user types for an address, whatever the scheme.
_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def entry_count(text: str) -> int:
    """An argparse type for ``--max``: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is below 0: give 0 or more")
    return value


def is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))


def address_problem(source: str) -> str | None:
    """Why an address that is not http(s) cannot be read ("ftp://...", "file://..."),
    or None for anything else (a path, or a web address)."""
    if is_url(source) or not _ADDRESS.match(source):
        return None
    return (
        f"{source}: the reader fetches only http:// and https:// addresses"
        " (for a file on this computer, give its path)."
    )


# "www.voanews.com/a/story" or "learningenglish.voanews.com/a/..." typed without
# https://: "www." before anything, or a host name (dotted, its last label letters
# only, not a file's extension) before a slash, or a site's name alone when it ends
# as sites do ("example.com"; "notes.md" is a file).
_BARE_WEB_ADDRESS = re.compile(
    r"www\.\S+$|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?!(?:txt|md|html?|xml|json|csv)/)"
    r"[a-z]{2,24}/\S*$|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|info|news|io|co|uk)$",
    re.IGNORECASE,
)


def bare_web_address(text: str) -> bool:
    """Whether ``text`` is a web address typed without its https:// ("example.com",
    "www.voanews.com/a/story")."""
    return bool(_BARE_WEB_ADDRESS.match(text))


def missing_file_message(source: str) -> str:
    """Nothing is at ``source``, and what to type instead when it is a web address
    without its https://."""
    from vocab.textfile import no_file_at

    return no_file_at(source) + missing_file_hint(source)


# A web address whose "://" was mistyped ("https//site", "https:/site", "http:site"):
# read as a path, it was only "There is no file at https/site/story".
_MISTYPED_SCHEME = re.compile(r"(https?)(?::/?|//?)(?=[A-Za-z0-9])", re.IGNORECASE)


def missing_file_hint(source: str) -> str:
    """What to type instead, when a path that does not exist is a web address without
    its https:// or with its "://" mistyped (empty otherwise)."""
    mistyped = _MISTYPED_SCHEME.match(source)
    if mistyped and bare_web_address(source[mistyped.end() :]):
        meant = f"{mistyped.group(1).lower()}://{source[mistyped.end() :]}"
        return f" For a web page, type its address as {meant}"
    if bare_web_address(source):
        return f" For a web page, type its address with https://: https://{source}"
    return ""


def read_article(source: str) -> Article:
    """The article at a path, an http(s) URL, or ``-`` for standard input."""
    if source == "-":
        from vocab.articles import article_from_stream

        # Streamed, so a huge paste is refused at the size limit, not read whole.
        return article_from_stream(sys.stdin.buffer, source="stdin")
    problem = address_problem(source)
    if problem is not None:
        raise UserError(problem)
    if is_url(source):
        try:
            from reader.commands.web import load_article_from_source
        except ImportError as missing:
            raise UserError("reading from the web is not available in this build") from missing
        return load_article_from_source(source, now=datetime.now(UTC))
    return load_local_article(source)


def load_local_article(source: str) -> Article:
    """The article in a file; a path that is a web address without https:// says so."""
    from pathlib import Path

    from vocab.articles import ArticleError, load_article

    try:
        return load_article(Path(source))
    except ArticleError as error:
        if path_exists(source):
            raise
        raise ArticleError(f"{error}{missing_file_hint(source)}") from error


def check_target(path: Path, *, force: bool = False) -> None:
    """Refuse an export's target before any work: a missing folder, a folder, or a file
    that exists, unless ``force`` (a teacher's "my notes" had been overwritten by a
    lesson)."""
    if not path.parent.exists():
        raise UserError(f"The folder {path.parent} does not exist.")
    if path.is_dir():
        raise UserError(f"{path} is a folder: give a file name.")
    if path.exists() and not force:
        raise UserError(f"{path} exists already: give another name, or --force to replace it.")


@contextmanager
def writing_to(path: Path, *, force: bool = False) -> Iterator[Path]:
    """`check_target`, then a failed write (disk full, no permission) is one line
    instead of a traceback."""
    check_target(path, force=force)
    try:
        yield path
    except OSError as error:
        raise UserError(f"Cannot write {path}: {error.strerror or error}.") from error


def add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def dropped_path(value: str) -> str:
    """``value`` as a path, when it is one as a terminal pastes a file dragged onto it:
    in quotes ('/tmp/my story.txt') or with its spaces escaped (/tmp/my\\ story.txt);
    else as it is."""
    import shlex

    try:
        parts = shlex.split(value)
    except ValueError:  # a lone quote: "O'Brien.txt"
        return value
    if len(parts) == 1 and parts[0] != value and path_exists(parts[0]):
        return parts[0]
    return value


def file_names(typed: str) -> tuple[str, ...]:
    """The names an article read from the file at ``typed`` may be saved under: its
    full path first (saved from now on, the same from any folder), then the path as
    typed, which earlier versions saved; importing the file again finds it by either."""
    path = Path(typed).expanduser()
    return tuple(dict.fromkeys((str(path.resolve()), str(path))))


def path_exists(source: str) -> bool:
    """Whether something is at ``source`` (``~`` expanded); False for a value no path
    can be (too long for a file name, a NUL in it), where `Path.exists` raises."""
    try:
        return Path(source).expanduser().exists()
    except (OSError, ValueError):
        return False


def load_engine_with_progress(tagger: str = "auto") -> Engine:
    """The engine, telling the user on stderr when the one-time lexicon compile runs."""
    from vocab.engine import load_engine

    return load_engine(cache_dir(), tagger=tagger, progress=_say_progress)


def open_lexicon_with_progress() -> Lexicon:
    """The lexicon alone (no tagger, no word facts), told like `load_engine_with_progress`."""
    from vocab.data import open_lexicon

    return open_lexicon(cache_dir(), progress=_say_progress)


def _say_progress(message: str) -> None:
    print(f"reader: {message}", file=sys.stderr, flush=True)
