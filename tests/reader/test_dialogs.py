"""The add-article dialog says what is wrong with a path and stays open to fix it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input

from reader.screens.dialogs import AddArticleDialog, ReadSource, source_problem

pytestmark = pytest.mark.anyio


def test_each_bad_path_gets_its_own_reason(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("A story.", encoding="utf-8")
    assert source_problem(str(story)) is None
    assert source_problem("https://learningenglish.voanews.com/a/1.html") is None
    # Enter on an empty box named two of the three things it takes (QA walk-through).
    assert source_problem("") == "Type a file path or a web address, or paste the text."
    folder = f"{tmp_path} is a folder: type the path of a file in it."
    assert source_problem(str(tmp_path)) == folder
    missing = tmp_path / "nope.txt"
    assert source_problem(str(missing)) == f"There is no file at {missing}."
    assert source_problem("/dev/null") == "/dev/null is not a regular file."
    assert source_problem("ftp://example.com/story.txt") == (
        "ftp://example.com/story.txt: the reader fetches only http:// and https://"
        " addresses (for a file on this computer, give its path).")
    assert source_problem("HTTPS://example.com/story.html") is None
    # A web address typed without https:// is no file either, and says what to type.
    assert source_problem("www.example.invalid/story") == (
        "There is no file at www.example.invalid/story. For a web page, type its address with"
        " https://: https://www.example.invalid/story")
    assert source_problem("notes.txt") == "There is no file at notes.txt."
    # Too long to be a file name, or with a NUL: said, not an OSError that closed the app.
    assert source_problem("a" * 300).startswith("That is too long for a file path")
    assert source_problem("a\x00b").startswith("That is not a file path")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused_in_the_dialog(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("A story.", encoding="utf-8")
    secret.chmod(0)
    assert source_problem(str(secret)) == f"{secret} cannot be read: permission denied."


async def test_a_folder_keeps_the_dialog_open_with_the_path_typed(tmp_path: Path) -> None:
    results: list[ReadSource | None] = []
    app: App[None] = App()
    async with app.run_test() as pilot:
        app.push_screen(AddArticleDialog(), results.append)
        await pilot.pause()
        await pilot.press(*str(tmp_path), "enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddArticleDialog) and results == []
        assert dialog.status == f"{tmp_path} is a folder: type the path of a file in it."
        await pilot.press("/", *"story.txt")
        (tmp_path / "story.txt").write_text("A story.", encoding="utf-8")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [(r.source, r.article.body) for r in results] == [
            (str(tmp_path / "story.txt"), "A story.")]


async def test_a_bug_while_reading_is_said_and_the_dialog_stays_usable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """It said "That could not be done: an error in the reader" for an ImportError
    (QA walk-through): the learner now reads where the details are, and the log has the
    traceback."""
    from reader.failures import internal_error
    from reader.paths import log_path
    from reader.screens import dialogs

    def broken(_source: str) -> None:
        raise ImportError("lxml.html.clean module is now a separate project")

    monkeypatch.setattr(dialogs, "read_article", broken)
    story = tmp_path / "story.txt"
    story.write_text("A story.", encoding="utf-8")
    results: list[ReadSource | None] = []
    app: App[None] = App()
    async with app.run_test() as pilot:
        app.push_screen(AddArticleDialog(), results.append)
        await pilot.pause()
        await pilot.press(*str(story), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddArticleDialog) and not dialog.busy and results == []
        assert dialog.status == internal_error("That could not be done")
        assert str(log_path()) in dialog.status and "ImportError" not in dialog.status
        assert any(r.exc_info and r.exc_info[0] is ImportError for r in caplog.records)


# Longer than a file name may be (a paste this long had crashed the app: "File name too
# long", QA walk-through).
STORY_LINES = ("Cars Banned From Old Town\n\nThe city council voted on Monday to ban cars from "
               "the old town centre.\n\nShop owners said they worried about fewer customers. "
               + "Visitors walked slowly past the quiet shops and the old church. " * 6)


async def test_an_article_pasted_into_the_dialog_is_read_whole() -> None:
    """Pasting an article gave "No file at The city council voted..." (QA walk-through);
    an input keeps only a paste's first line, so the dialog keeps the text itself."""
    from textual import events

    from reader.screens.dialogs import SourceInput

    results: list[ReadSource | None] = []
    app: App[None] = App()
    async with app.run_test() as pilot:
        app.push_screen(AddArticleDialog(), results.append)
        await pilot.pause()
        source = app.screen.query_one(SourceInput)
        source.post_message(events.Paste(STORY_LINES))
        await pilot.pause()
        assert source.value == f"(pasted text: {len(STORY_LINES.split())} words)"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    [read] = [r for r in results if r is not None]
    assert read.article.title == "Cars Banned From Old Town"
    assert "Shop owners said they worried" in read.article.body
    assert read.url is None


async def test_a_sentence_typed_into_the_dialog_is_the_article() -> None:
    results: list[ReadSource | None] = []
    app: App[None] = App()
    async with app.run_test() as pilot:
        app.push_screen(AddArticleDialog(), results.append)
        await pilot.pause()
        typed = "The city council voted on Monday to ban cars from the centre. " * 5
        await pilot.press(*typed.strip(), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    [read] = [r for r in results if r is not None]
    assert read.article.body == typed.strip()


@pytest.mark.parametrize("typed", ["'{path}'", '"{path}"', "{escaped}"])
async def test_a_path_dropped_onto_the_terminal_is_read(tmp_path: Path, typed: str) -> None:
    """A file dragged onto a terminal is pasted quoted or with its spaces escaped: "No
    file at '/tmp/my story.txt'." (QA walk-through). A problem said before goes once the
    path is changed."""
    story = tmp_path / "my story.txt"
    story.write_text("A story.", encoding="utf-8")
    value = typed.format(path=story, escaped=str(story).replace(" ", "\\ "))
    results: list[ReadSource | None] = []
    app: App[None] = App()
    async with app.run_test() as pilot:
        app.push_screen(AddArticleDialog(), results.append)
        await pilot.pause()
        await pilot.press(*"nothing.txt", "enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddArticleDialog)
        assert dialog.status == "There is no file at nothing.txt."
        dialog.query_one("#source", expect_type=Input).value = value
        await pilot.pause()
        assert not dialog.query_one("#dialog-status").display
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert [(r.source, r.article.body) for r in results if r] == [(str(story), "A story.")]


async def test_each_dialogs_key_bar_lists_enter_and_tab() -> None:
    """The key bars of Add an article and Follow a feed listed only "esc" (QA
    walk-through), though the README says every dialog's bar lists its own keys."""
    from reader.screens.feed_dialogs import FeedAddressDialog
    from reader.widgets.key_bar import KeyBar

    def follow(address: str) -> str:
        return address

    app: App[None] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        for dialog, enter, tab in ((AddArticleDialog(), "Add", "Complete path"),
                                   (FeedAddressDialog(follow), "Follow", "Next")):
            app.push_screen(dialog)
            await pilot.pause()
            bar = str(dialog.query_one(KeyBar).render())
            assert f"⏎ {enter}" in bar and f"tab {tab}" in bar and "esc Cancel" in bar, bar
            app.pop_screen()
            await pilot.pause()


async def test_a_pasted_article_leaves_no_path_to_complete_in_the_key_bar() -> None:
    """With an article pasted in, the Add dialog's bar still offered "tab Complete path"
    (tmux walk-through), a key that then has no path to complete; typing a path over
    the paste brings it back."""
    from textual import events

    from reader.screens.dialogs import SourceInput
    from reader.widgets.key_bar import KeyBar

    app: App[None] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = AddArticleDialog()
        app.push_screen(dialog)
        await pilot.pause()
        source = dialog.query_one(SourceInput)
        source.post_message(events.Paste(STORY_LINES))
        await pilot.pause()
        bar = str(dialog.query_one(KeyBar).render())
        assert "Complete path" not in bar and "⏎ Add" in bar, bar
        source.value = "~/Downloads/story.html"
        await pilot.pause()
        assert "tab Complete path" in str(dialog.query_one(KeyBar).render())


async def test_the_class_lesson_dialogs_key_bar_lists_enter() -> None:
    """The level dialog of a class's lesson (E) listed only "esc Cancel": Enter, which
    saves the handout, was said in its note alone (QA walk-through)."""
    from reader.screens.lesson_level import LessonLevelDialog
    from reader.widgets.key_bar import KeyBar
    from vocab.models import Level

    results: list[Level | None] = []
    app: App[None] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = LessonLevelDialog(Level.B1)
        app.push_screen(dialog, results.append)
        await pilot.pause()
        bar = str(dialog.query_one(KeyBar).render())
        assert "⏎ Save lesson" in bar and "esc Cancel" in bar, bar
        await pilot.press("up", "enter")
        await pilot.pause()
    assert results == [Level.A2]
