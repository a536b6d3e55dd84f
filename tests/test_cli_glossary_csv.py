"""`reader glossary --csv`: a teacher's Words in This Story for a spreadsheet, Anki or
Quizlet, one row per word with VOA's label and definition."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from reader.cli import main

STORY = """Apple Growers Count Their Losses

Farmers in the northern valley say this year's apple harvest is the smallest in two
decades, after a late frost damaged the blossoms in April.

Words in This Story

harvest –n. the amount of crops that are gathered

frost –n. a thin white covering of ice on a surface when the weather is very cold
"""


def test_the_glossary_as_csv_has_a_row_per_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "frost.txt"
    story.write_text(STORY, encoding="utf-8")
    assert main(["glossary", "--csv", "--max", "0", str(story)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["word", "part_of_speech", "definition", "example", "source"]
    assert rows[1][:3] == ["harvest", "n.", "the amount of crops that are gathered"]
    assert rows[2][:3] == [
        "frost",
        "n.",
        "a thin white covering of ice on a surface when the weather is very cold",
    ]
    assert len(rows) == 3
