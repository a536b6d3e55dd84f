"""`reader export lesson` for an article of the library, named by the number
`reader import` gave it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from vocab.lexicon import Lexicon

ROOT = Path(__file__).resolve().parent.parent
STORY = (
    "The school garden grew more vegetables this year than ever before. Students "
    "planted beans, tomatoes and squash in April, and they watered the beds every "
    "morning before class.\n\nBy September the harvest was so large that the cafeteria "
    "served the vegetables at lunch, and families took the rest home."
)


def run_reader(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ.copy(),
        timeout=300,
    )


def test_a_lesson_from_an_article_of_the_library_by_its_number(
    lexicon: Lexicon, tmp_path: Path
) -> None:
    story = tmp_path / "garden.txt"
    story.write_text(STORY, encoding="utf-8")
    imported = run_reader("import", str(story))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("Imported article 1: ")
    handout = tmp_path / "lesson.md"
    result = run_reader("export", "lesson", "1", "--markdown", str(handout), "--n", "1")
    assert result.returncode == 0, result.stderr
    assert "Students planted beans" in handout.read_text(encoding="utf-8")


def test_a_number_naming_no_article_says_so(tmp_path: Path) -> None:
    result = run_reader("export", "lesson", "7", "--markdown", str(tmp_path / "x.md"))
    assert result.returncode == 2
    assert "There is no file at 7, and no article 7 in your library" in result.stderr
    assert "Traceback" not in result.stderr
