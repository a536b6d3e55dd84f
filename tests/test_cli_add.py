"""``reader add FILE``: the word the app's Add dialog uses works on the command line too
(it had been "invalid choice: 'add'")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main

STORY = (
    "City Plans New Bus Routes for Students\n\n"
    "The city council voted on Tuesday to add four new bus routes for students. The "
    "routes will connect the main schools with neighborhoods in the east of the city.\n"
)


def test_add_imports_an_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "buses.txt"
    story.write_text(STORY, encoding="utf-8")
    assert main(["add", str(story)]) == 0
    assert capsys.readouterr().out.startswith(
        "Imported article 1: City Plans New Bus Routes for Students\n"
    )


def test_add_has_the_imports_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["add", "--help"])
    assert exit_.value.code == 0
    assert "URL_OR_FILE" in capsys.readouterr().out
