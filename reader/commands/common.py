"""What several commands share: reading the article a user names, and the engine."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from reader.errors import UserError
from reader.paths import cache_dir

if TYPE_CHECKING:
    from vocab.engine import Engine
    from vocab.models import Article


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_article(source: str) -> Article:
    """The article at a path, an http(s) URL, or ``-`` for standard input."""
    if source == "-":
        from vocab.articles import article_from_stream

        # Streamed, so a huge paste is refused at the size limit, not read whole.
        return article_from_stream(sys.stdin.buffer, source="stdin")
    if is_url(source):
        try:
            from reader.commands.web import load_article_from_source
        except ImportError as missing:
            raise UserError("reading from the web is not available in this build") from missing
        return load_article_from_source(source, now=datetime.now(UTC))
    from pathlib import Path

    from vocab.articles import load_article

    return load_article(Path(source))


def load_engine_with_progress(tagger: str = "auto") -> Engine:
    """The engine, telling the user on stderr when the one-time lexicon compile runs."""
    from vocab.engine import load_engine

    def progress(message: str) -> None:
        print(f"reader: {message}", file=sys.stderr, flush=True)

    return load_engine(cache_dir(), tagger=tagger, progress=progress)
