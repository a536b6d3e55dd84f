"""A fresh ``reader`` app process, headless, timing what a learner waits for.

Run by ``benchmarks.run`` as ``python -m benchmarks.app_probe MODE T0`` where ``T0``
is the parent's ``time.monotonic()`` just before it started this process
(CLOCK_MONOTONIC is one clock for every process on Linux), so "since start"
includes the interpreter's own start and every import. Prints one JSON object of
seconds. ``READER_DATA_DIR`` / ``READER_CACHE_DIR`` say which store and lexicon.

Modes:
* ``start``: until the library screen shows its articles, then until the first
  article is analysed and displayed (the engine warms up meanwhile);
* ``open``: once the engine (and its child process) is ready, each unseen article in
  the store is opened and timed until displayed, then opened again (in-memory cache);
* ``reopen``: articles analysed by an earlier process: opened from the store's cache;
* ``library``: a large store: library shown, then sort and filter until redrawn.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable
from typing import Any

# Polling step while waiting for a screen to change; short against the targets.
POLL_S = 0.002
TIMEOUT_S = 120.0
SIZE = (100, 32)


def _since(t0: float) -> float:
    return time.monotonic() - t0


async def _until(pilot: Any, condition: Callable[[], bool], timeout: float = TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        await pilot.pause(POLL_S)


def _library(app: Any) -> Any:
    from reader.screens.library import LibraryScreen

    return app.screen if isinstance(app.screen, LibraryScreen) else None


def _rows(app: Any) -> int:
    """How many articles the library's table lists (it draws those on screen)."""
    from reader.widgets.article_table import ArticleTable

    library = _library(app)
    return library.query_one(ArticleTable).row_count if library is not None else 0


def _matching(app: Any) -> int:
    """How many articles the library's filter matches."""
    return _rows(app)


def _reading(app: Any) -> Any:
    from reader.screens.reading import ReadingScreen

    return app.screen if isinstance(app.screen, ReadingScreen) else None


def _shown(app: Any) -> bool:
    reading = _reading(app)
    return reading is not None and reading.analysis is not None


async def _until_painted(pilot: Any) -> None:
    """Until the widgets have handled their messages and the screen has been redrawn
    (``Pilot.pause(0)`` ends with the screen's update, which paints what changed)."""
    await pilot.pause(0)


async def _open(app: Any, pilot: Any, article_id: int) -> float:
    """Seconds from asking for an article (as the library does on Enter) until its
    analysed text is painted."""
    start = time.monotonic()
    app.open_article(article_id)
    await _until(pilot, lambda: _shown(app))
    await _until_painted(pilot)
    return time.monotonic() - start


async def _back(app: Any, pilot: Any, timeout: float = TIMEOUT_S) -> None:
    """Back to the library once the article's glossary is shown: a learner reads for
    longer than the glossary takes, so its worker does not run into the next opening."""
    from reader.widgets.glossary_panel import GlossaryPanel

    reading = app.screen
    await _until(pilot, lambda: reading.query_one(GlossaryPanel).entries is not None, timeout)
    # The glossary's worker saves the article's figures after it shows the list: that
    # write (a flush to the disk) is part of reading the article too.
    await _until(pilot, lambda: not any(worker.node is reading and not worker.is_finished
                                        for worker in app.workers), timeout)
    app.pop_screen()
    await _until(pilot, lambda: _library(app) is not None, timeout)
    # The library redraws its table as it comes back; a learner sees it before choosing
    # the next article, so that is not part of opening the next one.
    await _until_painted(pilot)


async def start(t0: float) -> dict[str, Any]:
    from reader.app import create_app

    app = create_app()
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: _rows(app) > 0)
        await _until_painted(pilot)
        library = _since(t0)
        app.open_article(int(_library(app).selected_id()))
        await _until(pilot, lambda: _shown(app))
        await _until_painted(pilot)
        article = _since(t0)
    return {"library_shown": library, "first_article_shown": article}


async def open_unseen(t0: float) -> dict[str, Any]:
    from reader.app import create_app

    app = create_app()
    unseen: list[float] = []
    again: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: _rows(app) > 0 and app.analyser_ready)
        ids = [a.id for a in app.store.list_articles(sort="added")]
        for article_id in ids:
            unseen.append(await _open(app, pilot, article_id))
            await _back(app, pilot)
            again.append(await _open(app, pilot, article_id))
            await _back(app, pilot)
    return {"unseen_shown": unseen, "reopened_in_session": again}


async def reopen(t0: float) -> dict[str, Any]:
    from reader.app import create_app

    app = create_app()
    times: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: _rows(app) > 0 and app.analyser_ready)
        for article in app.store.list_articles(sort="added"):
            times.append(await _open(app, pilot, article.id))
            await _back(app, pilot)
    return {"reopened_from_store": times}


async def library(t0: float) -> dict[str, Any]:
    from textual.widgets import Input

    from benchmarks.library import FILTER_TEXT
    from reader.app import create_app

    app = create_app()
    result: dict[str, Any] = {}
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: _rows(app) > 0)
        await _until_painted(pilot)
        result["library_shown"] = _since(t0)
        total = _matching(app)
        screen = _library(app)
        start = time.monotonic()
        screen.action_cycle_sort()
        await _until(pilot, lambda: _matching(app) == total)
        await _until_painted(pilot)
        result["sort_redrawn"] = time.monotonic() - start
        start = time.monotonic()
        screen.query_one("#filter", Input).value = FILTER_TEXT
        await _until(pilot, lambda: 0 < _matching(app) < total)
        await _until_painted(pilot)
        result["filter_redrawn"] = time.monotonic() - start
        result["rows"] = total
        # The engine's child process starts once the engine here is warm, and the
        # library then works out the figures of the rows on screen: count both.
        await _until(pilot, lambda: app.analyser_ready)
        await app.workers.wait_for_complete()
        children = _children()
        result["own_peak_rss_mb"] = _peak_rss_mb("self")
        result["peak_rss_mb"] = result["own_peak_rss_mb"] + sum(map(_peak_rss_mb, children))
        result["pss_mb"] = sum(map(_pss_mb, ["self", *children]))
    return result



def _peak_rss_mb(pid: str) -> float:
    """A process's own peak RSS (VmHWM). ``wait4``'s ru_maxrss is no good here: Linux
    carries the high-water mark across fork and exec, so a child spawned by a large
    benchmark process reports at least the parent's size at the fork."""
    return _proc_kb(f"/proc/{pid}/status", "VmHWM:") / 1024


def _pss_mb(pid: str) -> float:
    """A process's proportional set size now: pages it shares (the tagger's weights,
    mapped by the app and its engine process) counted once across processes."""
    return _proc_kb(f"/proc/{pid}/smaps_rollup", "Pss:") / 1024


def _proc_kb(path: str, field: str) -> int:
    """A "Field:   1234 kB" line of a /proc file, in kB (0 when absent)."""
    with open(path, encoding="ascii") as lines:
        for line in lines:
            if line.startswith(field):
                return int(line.split()[1])
    return 0


def _children() -> list[str]:
    """The pids of this process's children (the engine process, multiprocessing's
    resource tracker)."""
    from pathlib import Path

    pids = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids += (task / "children").read_text().split()
        except (FileNotFoundError, ProcessLookupError):  # the thread ended meanwhile
            continue
    return pids


MODES = {"start": start, "open": open_unseen, "reopen": reopen, "library": library}


def main(argv: list[str]) -> int:
    mode, t0 = argv[0], float(argv[1])
    result = asyncio.run(MODES[mode](t0))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
