"""An export named with another kind's suffix is written under its own ("notes.pdf"
holding JSON opened as a broken PDF), as the Anki deck always was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_reader(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ.copy(),
        timeout=300,
    )


def test_a_learner_file_is_written_as_json_whatever_it_was_named(tmp_path: Path) -> None:
    result = run_reader("export", "learner", str(tmp_path / "notes.pdf"))
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "notes.pdf").exists()
    assert (tmp_path / "notes.json").read_text(encoding="utf-8").startswith("{")
    assert str(tmp_path / "notes.json") in result.stdout
    kept = run_reader("export", "learner", str(tmp_path / "mine.json"))
    assert kept.returncode == 0 and (tmp_path / "mine.json").exists()
