"""Profile reopening articles analysed before, in a fresh app process (issue 8).

``python -m benchmarks.app_profile DATA_DIR [--profile OUT.prof] [--sample OUT.txt]
[--screens DIR]``: ``DATA_DIR`` is a learner data dir whose articles were analysed by
an earlier process (after ``benchmarks.app_probe open`` ran on it). Each article is
opened as ``app_probe reopen`` opens it. Printed: the wall time of each opening and
the app thread's own CPU time (``time.thread_time``), which a loaded machine disturbs
less than the wall clock.

* ``--profile``: cProfile's statistics of the app thread during the openings only
  (its overhead triples their time: for what calls what);
* ``--sample``: pyinstrument's report of the same (if installed: a sampler, so the
  shares of time stay true), as a tree and flat;
* ``--screens``: each article's screen as painted (the SVG of ``export_screenshot``),
  to compare a change byte for byte with what a learner saw before it.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import re
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks.app_probe import SIZE, _back, _reading, _rows, _shown, _until, _until_painted


async def _reopen(profile: Any, screens: Path | None) -> dict[str, Any]:
    from reader.app import create_app

    app = create_app()
    wall: list[float] = []
    cpu: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: _rows(app) > 0 and app.analyser_ready)
        for article in app.store.list_articles(sort="added"):
            start, start_cpu = time.monotonic(), time.thread_time()
            if profile is not None:
                profile.enable()
            app.open_article(article.id)
            await _until(pilot, lambda: _shown(app))
            await _until_painted(pilot)
            if profile is not None:
                profile.disable()
            cpu.append(time.thread_time() - start_cpu)
            wall.append(time.monotonic() - start)
            if screens is not None:
                screens.mkdir(parents=True, exist_ok=True)
                name = f"{len(wall):02d}-{_reading(app).article_id}.svg"
                (screens / name).write_text(_stable(app.export_screenshot()))
            await _back(app, pilot)
    return {"wall_ms": [w * 1000 for w in wall], "cpu_ms": [c * 1000 for c in cpu]}


def _stable(svg: str) -> str:
    """The screenshot without the ids Rich makes afresh for each export: equal screens
    give equal text."""
    ids = dict.fromkeys(re.findall(r"terminal-\d+", svg))
    for n, found in enumerate(ids):
        svg = svg.replace(found, f"terminal-{n}")
    return svg


class _Sampler:
    """pyinstrument's profiler with cProfile's enable/disable (one session, paused
    between openings)."""

    def __init__(self) -> None:
        from pyinstrument import Profiler  # type: ignore[import-not-found]

        self.profiler = Profiler(interval=0.0005, async_mode="disabled")

    def enable(self) -> None:
        self.profiler.start()

    def disable(self) -> None:
        self.profiler.stop()

    def report(self) -> str:
        return self.profiler.output_text(
            show_all=True, short_mode=False
        ) + self.profiler.output_text(flat=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--profile", type=Path, help="cProfile statistics to write")
    parser.add_argument("--sample", type=Path, help="pyinstrument report to write")
    parser.add_argument("--screens", type=Path, help="a directory for the screens")
    args = parser.parse_args()
    os.environ["READER_DATA_DIR"] = str(args.data_dir)
    profile: Any = None
    if args.profile:
        profile = cProfile.Profile()
    elif args.sample:
        profile = _Sampler()
    result = asyncio.run(_reopen(profile, args.screens))
    if args.profile:
        profile.dump_stats(args.profile)
    elif args.sample:
        args.sample.write_text(profile.report())
    result["median_wall_ms"] = statistics.median(result["wall_ms"])
    result["median_cpu_ms"] = statistics.median(result["cpu_ms"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
