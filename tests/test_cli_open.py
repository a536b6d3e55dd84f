"""`reader story.txt` / `reader https://...`: the article added as `reader import` adds
it, then the app opened on it. The app itself is not started here (`create_app` is
replaced); tests/reader/test_library.py opens the article in a real one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader import cli
from reader.paths import store_path
from vocab.store import Store

STORY = "The Farmers and the Rain\n\nFarmers waited for the monsoon. The rain came at last.\n"


class AppNotRun:
    """Stands in for `create_app`: records what the app was asked to open."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def __call__(self, **options: Any) -> AppNotRun:
        self.calls.append(options)
        self.store = Store.open(store_path())
        self.return_code = 0
        return self

    def run(self) -> None:
        pass


@pytest.fixture
def app_not_run(monkeypatch: pytest.MonkeyPatch) -> AppNotRun:
    import reader.app

    fake = AppNotRun()
    monkeypatch.setattr(reader.app, "create_app", fake)
    return fake


def test_a_story_file_is_imported_then_opened_in_the_app(
    tmp_path: Path, app_not_run: AppNotRun, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    assert cli.main([str(story)]) == 0
    with Store.open(store_path()) as store:
        (article_id,) = store.article_ids()
        saved = store.get_article(article_id)
    assert saved is not None and saved.article.title == "The Farmers and the Rain"
    assert [call["open_article"] for call in app_not_run.calls] == [article_id]
    assert app_not_run.calls[0]["offer_placement"] is True
    assert f"Imported article {article_id}: The Farmers and the Rain" in capsys.readouterr().out
    # Again: the same article, not a second copy.
    assert cli.main([str(story)]) == 0
    assert [call["open_article"] for call in app_not_run.calls] == [article_id] * 2
    assert "already in your library" in capsys.readouterr().out


def test_no_argument_opens_the_library_as_before(app_not_run: AppNotRun) -> None:
    assert cli.main([]) == 0
    assert app_not_run.calls == [{"offer_placement": True, "open_article": None}]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "is empty"),
        (bytes(range(256)) * 40, "binary file"),
    ],
    ids=["empty", "binary"],
)
def test_a_file_import_refuses_stops_before_the_app_with_imports_message(
    content: bytes,
    says: str,
    tmp_path: Path,
    app_not_run: AppNotRun,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    assert cli.main(["import", str(bad)]) == 2
    import_says = capsys.readouterr().err
    assert says in import_says
    assert cli.main([str(bad)]) == 2
    assert capsys.readouterr().err == import_says
    assert app_not_run.calls == []


def test_a_dead_address_stops_before_the_app(
    app_not_run: AppNotRun, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["http://127.0.0.1:9/story"]) == 2
    assert "Could not reach 127.0.0.1:9" in capsys.readouterr().err
    assert cli.main(["ftp://example.com/story.txt"]) == 2
    assert "fetches only http:// and https://" in capsys.readouterr().err
    assert app_not_run.calls == []


def test_a_missing_file_is_named_with_the_commands_instead_of_invalid_choice(
    app_not_run: AppNotRun, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was "argument COMMAND: invalid choice: 'story.txt' (choose from ...)"."""
    assert cli.main(["story.txt"]) == 2
    said = capsys.readouterr().err
    assert said.startswith("reader: There is no file at story.txt.\n")
    assert "invalid choice" not in said
    assert "analyze, glossary" in said and "import" in said and "reader --help" in said
    assert cli.main(["www.voanews.com/a/story"]) == 2
    assert "type its address with https://: https://www.voanews.com/a/story" in (
        capsys.readouterr().err
    )
    assert app_not_run.calls == []


@pytest.mark.parametrize(
    "arguments", [["stats"], ["--version"], ["analyse"], ["story.txt", "other.txt"]]
)
def test_commands_options_and_other_words_are_argparse_s(arguments: list[str]) -> None:
    """A command is a command even when a file of that name is here; a word that is no
    path ("analyse" is an alias, "anlyze" a typo) keeps argparse's own message."""
    assert cli.article_to_open(arguments, cli.build_parser()) is None


def test_review_is_a_command_even_beside_a_file_named_review(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`reader review` quizzes the words due (it was argparse's "invalid choice"), and
    a command name wins over a file of that name, as for the others."""
    (tmp_path / "review").write_text("A story about a review.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.article_to_open(["review"], cli.build_parser()) is None


def test_a_typo_of_a_command_keeps_argparse_s_choices(
    app_not_run: AppNotRun, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["anlyze"])
    assert stopped.value.code == 2
    assert "invalid choice: 'anlyze'" in capsys.readouterr().err
    assert app_not_run.calls == []


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("https//news.example.org/story", "https://news.example.org/story"),
        ("https:/news.example.org/story", "https://news.example.org/story"),
        ("http:news.example.org/story", "http://news.example.org/story"),
    ],
)
def test_a_web_address_with_its_slashes_mistyped_is_said_as_meant(
    typed: str, meant: str, app_not_run: AppNotRun, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said only "There is no file at https/site/story" for "https//site/story"."""
    assert cli.main([typed]) == 2
    assert f"type its address as {meant}" in capsys.readouterr().err
    assert app_not_run.calls == []
