"""Samples, their median and spread, and fresh processes timed with their peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Sample:
    """Repeated measurements of one thing, in one unit ("s", "ms", "tok/s", "MB")."""

    unit: str
    values: list[float] = field(default_factory=list)

    def add(self, value: float) -> None:
        self.values.append(value)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    def text(self) -> str:
        """``median [min–max] unit``: the spread shows how noisy the machine was."""
        if not self.values:
            return "—"
        if len(self.values) == 1:
            return f"{_fmt(self.median)} {self.unit}"
        return f"{_fmt(self.median)} [{_fmt(self.low)}–{_fmt(self.high)}] {self.unit}"


def _fmt(value: float) -> str:
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


@dataclass(frozen=True)
class ProcessRun:
    seconds: float
    cpu_seconds: float  # user + system time of the process itself
    peak_rss_mb: float
    returncode: int
    stdout: str


def run_process(
    command: Sequence[str], *, env: Mapping[str, str], cwd: Path, timeout: float = 300
) -> ProcessRun:
    """Run ``command`` as a fresh process: wall time from spawn to exit, and its peak RSS.

    The peak comes from ``wait4``'s resource usage of that child alone, so it is the
    process's own high-water mark, not an estimate. Output goes through a file,
    not pipes, so a large ``--json`` cannot block the child.
    """
    out_path = cwd / f".bench-out-{os.getpid()}.txt"
    err_path = cwd / f".bench-err-{os.getpid()}.txt"
    with out_path.open("w+", encoding="utf-8") as out, err_path.open("w+", encoding="utf-8") as err:
        start = time.perf_counter()
        child = subprocess.Popen(list(command), stdout=out, stderr=err, env=dict(env), cwd=cwd)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                child.kill()
                pid, status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        stdout = out.read()
        err.seek(0)
        errors = err.read()
    out_path.unlink(missing_ok=True)
    err_path.unlink(missing_ok=True)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {child.returncode}: {errors[-2000:]}")
    # ru_maxrss is in kilobytes on Linux.
    cpu = usage.ru_utime + usage.ru_stime
    return ProcessRun(seconds, cpu, usage.ru_maxrss / 1024, child.returncode, stdout)
