"""A learner store with thousands of articles, made from the seeds, and its queries timed.

``build_library`` writes the store once through the `Store` API (the file is
kept in the benchmark cache and copied for each run). ``python -m
benchmarks.library PATH REPEATS`` times the library's queries in a fresh process
and prints one JSON object of seconds per query.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import article_of, seed_paragraphs
from vocab.models import Level

if TYPE_CHECKING:
    from vocab.store import Store

# Every n-th article has been read / analysed, so sorts by those columns have values.
READ_EVERY = 5
ANALYSED_EVERY = 2
# Bumped whenever build_library makes a different library (the built file is cached).
LAYOUT = 2
# Rows of the library on a tall terminal, fetched after each listing.
SCREEN_ROWS = 60
# The library's filter: part of the generated titles contain it (as learners type).
FILTER_TEXT = "garden"
SOURCES = ("VOA Learning English", "RT", "BBC Learning English", "", "file")


def build_library(path: Path, count: int, *, seed: int = 0) -> None:
    """A store at ``path`` with ``count`` articles of seed paragraphs, some read, some analysed."""
    from vocab.store import Store

    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    start = datetime(2026, 1, 1, tzinfo=UTC)
    store = Store.open(path, now=lambda: start)
    try:
        for i in range(count):
            words = rng.choice(paragraphs).split()
            title = " ".join(words[: rng.randint(3, 9)]).strip(" .,“”\"") + f" ({i})"
            # The store keeps one article per text: the last line makes each one new.
            body = "\n\n".join([*rng.sample(paragraphs, 2), f"This was story number {i}."])
            article = replace(article_of(body, title=title), source=rng.choice(SOURCES))
            article_id = store.add_article(article)
            if i % READ_EVERY == 0:
                store.mark_read(article_id, now=start + timedelta(minutes=i))
            if i % ANALYSED_EVERY == 0:
                store.update_article_stats(article_id, rng.choice(list(Level)), rng.randint(3, 8),
                                           round(rng.random(), 2))
        store.set_setting("seeded", True)
        stored = len(store.article_ids())
        if stored != count:
            raise RuntimeError(f"the benchmark library holds {stored} articles, not {count}")
    finally:
        store.close()


def time_queries(path: Path, repeats: int) -> dict[str, list[float]]:
    """Seconds for opening the store and for each library query, ``repeats`` times."""
    from vocab.store import ARTICLE_SORTS, Store

    start = time.perf_counter()
    store = Store.open(path)
    results: dict[str, list[float]] = {"open store": [time.perf_counter() - start]}
    try:
        queries: dict[str, Callable[[], object]] = {
            "list (title)": partial(_screen_listing, store)}
        for sort in ARTICLE_SORTS:
            if sort != "title":
                queries[f"sort by {sort}"] = partial(_screen_listing, store, sort=sort)
        queries["filter"] = partial(_screen_listing, store, FILTER_TEXT)
        for _ in range(repeats):
            for name, query in queries.items():
                start = time.perf_counter()
                found = query()
                results.setdefault(name, []).append(time.perf_counter() - start)
                if not found:
                    raise RuntimeError(f"{name} found nothing")
    finally:
        store.close()
    return results


def _screen_listing(store: Store, filter_text: str = "", sort: str = "title") -> list[object]:
    """What the library screen asks the store: every id in order, then a screen of rows."""
    ids = store.article_ids(filter_text, sort=sort)
    return list(store.article_summaries(ids[:SCREEN_ROWS]))


def main(argv: list[str]) -> int:
    print(json.dumps(time_queries(Path(argv[0]), int(argv[1]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
