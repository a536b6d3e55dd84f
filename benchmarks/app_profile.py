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
  to compare a change byte for byte with what a learner saw before it;
* ``--instructions``: run under valgrind's callgrind (``valgrind --tool=callgrind
  --callgrind-out-file=/dev/null python -m benchmarks.app_profile DIR --instructions``):
  the app thread's instructions in each opening, read with ``callgrind_control`` at its
  start and end (a figure the machine's load does not move; the wait for the engine
  under valgrind takes minutes).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import re
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

from benchmarks.app_probe import (
    SIZE,
    TIMEOUT_S,
    _back,
    _reading,
    _rows,
    _shown,
    _until,
    _until_painted,
)

# Under valgrind the engine's warm-up alone takes minutes.
VALGRIND_TIMEOUT_S = 3000.0


def _app_thread_instructions() -> int:
    """The instructions callgrind has counted so far in this process's first thread
    (the app's: Textual runs on the main thread)."""
    done = subprocess.run(["callgrind_control", "-e", "Ir", str(os.getpid())],
                          capture_output=True, text=True, check=True)
    found = re.search(r"^\s*Th 1\s+([\d,]+)", done.stdout, re.MULTILINE)
    if found is None:
        raise SystemExit(f"callgrind_control said no count (run under callgrind?):\n{done.stdout}")
    return int(found.group(1).replace(",", ""))


async def _reopen(profile: Any, screens: Path | None, instructions: bool = False
                  ) -> dict[str, Any]:
    from reader.app import create_app

    app = create_app()
    wall: list[float] = []
    cpu: list[float] = []
    counted: list[int] = []
    timeout = VALGRIND_TIMEOUT_S if instructions else TIMEOUT_S
    if instructions:  # Pilot waits 30 s for the widgets' messages, too short there
        from textual.pilot import Pilot

        Pilot._wait_for_screen.__defaults__ = (VALGRIND_TIMEOUT_S,)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: _rows(app) > 0 and app.analyser_ready, timeout)
        for article in app.store.list_articles(sort="added"):
            before = _app_thread_instructions() if instructions else 0
            start, start_cpu = time.monotonic(), time.thread_time()
            if profile is not None:
                profile.enable()
            app.open_article(article.id)
            await _until(pilot, lambda: _shown(app), timeout)
            await _until_painted(pilot)
            if profile is not None:
                profile.disable()
            cpu.append(time.thread_time() - start_cpu)
            wall.append(time.monotonic() - start)
            if instructions:
                counted.append(_app_thread_instructions() - before)
            if screens is not None:
                screens.mkdir(parents=True, exist_ok=True)
                name = f"{len(wall):02d}-{_reading(app).article_id}.svg"
                (screens / name).write_text(_stable(app.export_screenshot()))
            await _back(app, pilot, timeout)
    result: dict[str, Any] = {"wall_ms": [w * 1000 for w in wall],
                              "cpu_ms": [c * 1000 for c in cpu]}
    if instructions:
        result["instructions"] = counted
    return result


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
    parser.add_argument("--instructions", action="store_true",
                        help="count each opening's instructions (under callgrind)")
    args = parser.parse_args()
    os.environ["READER_DATA_DIR"] = str(args.data_dir)
    profile: Any = None
    if args.profile:
        profile = cProfile.Profile()
    elif args.sample:
        profile = _Sampler()
    result = asyncio.run(_reopen(profile, args.screens, args.instructions))
    if args.profile:
        profile.dump_stats(args.profile)
    elif args.sample:
        args.sample.write_text(profile.report())
    result["median_wall_ms"] = statistics.median(result["wall_ms"])
    result["median_cpu_ms"] = statistics.median(result["cpu_ms"])
    if args.instructions:
        result["median_instructions"] = statistics.median(result["instructions"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
