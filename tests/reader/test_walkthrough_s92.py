"""Keys a learner met in a walk-through at 100x30 and 80x24 that said too little or went
missing: the library's Sort at 100 columns, Your words' "s Show" (show what?)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from reader_steps import open_by_key, settle
from textual import events
from textual.widgets import DataTable, Input, Static

from reader.app import ReaderApp
from reader.screens.words import WordsScreen
from reader.widgets.key_bar import KeyBar
from vocab.store import Store

AppFactory = Callable[[], ReaderApp]
pytestmark = pytest.mark.anyio


def bar_text(app: ReaderApp) -> str:
    return str(app.screen.query_one(KeyBar).render())


async def test_the_library_bar_keeps_sort_at_100_columns(make_app: AppFactory) -> None:
    """At 100 columns the library's bar left out "o Sort" (the only sign that o sorts);
    every key of the library fits on its one line there now."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        text = bar_text(app)
        assert "o Sort" in text
        for key in (
            "a Add",
            "d Delete",
            "/ Filter",
            "v Review",
            "f Feeds",
            "q Quit",
            "? Help",
            "s Settings",
        ):
            assert key in text
        assert app.screen.query_one(KeyBar).region.height == 1
        # The help keeps the screens' own names.
        await pilot.press("question_mark")
        table = app.screen.query_one(DataTable)
        actions = {str(table.get_row(key)[1]) for key in table.rows}
        assert {"Your words", "Your progress (stats)"} <= actions


async def test_your_words_s_key_says_which_words_it_shows_next(
    make_app: AppFactory, store_path: Path
) -> None:
    """Your words' bar said "s Show": show what? The key names the words it lists next,
    and each press lists them."""
    with Store.open(store_path) as store:
        store.set_status("treaty", "NOUN", "known")
        store.set_status("bloc", "NOUN", "learning")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_by_key(pilot, "w", WordsScreen)
        table = screen.query_one("#words", DataTable)
        assert "s Show learning" in bar_text(app)
        assert "s Show " + "all" not in bar_text(app)
        await pilot.press("s")
        await settle(pilot)
        assert table.row_count == 1
        assert "s Show known" in bar_text(app)
        for _ in range(3):  # known, ignored, new
            await pilot.press("s")
        await settle(pilot)
        assert "s Show all" in bar_text(app)
        await pilot.press("s")
        await settle(pilot)
        assert table.row_count == 2
        assert "s Show learning" in bar_text(app)


async def test_your_words_shows_the_highlighted_words_whole_meaning_at_80_columns(
    make_app: AppFactory, store_path: Path
) -> None:
    """At 80x24 the Meaning column cut "a worker who holds or is invested with …": the
    learner could not read a meaning whole anywhere on the screen. The highlighted word's
    meaning, and the story it was met in, show whole under the table."""
    meaning = "a worker who holds or is invested with an office of some public kind"
    with Store.open(store_path) as store:
        store.set_status("official", "NOUN", "learning", definition=meaning)
        store.set_status("bloc", "NOUN", "known", definition="a group of countries")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_by_key(pilot, "w", WordsScreen)
        await settle(pilot)
        table = screen.query_one("#words", DataTable)
        assert meaning not in str(table.get_row_at(1)[3])  # the column cuts it
        shown = screen.query_one("#words-meaning", Static)
        assert str(shown.render()) == "bloc n.: a group of countries"
        await pilot.press("down")
        await settle(pilot)
        assert str(shown.render()) == f"official n.: {meaning}"
        assert shown.region.height >= 2  # wrapped, not cut


async def test_your_words_dims_the_keys_of_a_word_while_none_is_listed(
    make_app: AppFactory, store_path: Path
) -> None:
    """With no word listed ("No ignored words.") k, l, i, n and Enter were shown as
    keys to press, and did nothing at all. They are dimmed until a word is listed."""
    with Store.open(store_path) as store:
        store.set_status("bloc", "NOUN", "known", definition="a group of countries")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_by_key(pilot, "w", WordsScreen)

        def enabled() -> dict[str, bool]:
            bar = app.screen.query_one(KeyBar)
            return {binding.description: on for binding, on in bar.shown_bindings()}

        assert enabled()["Known"] and enabled()["Open its story"]
        await pilot.press("s")  # learning: none
        await settle(pilot)
        for key in ("Known", "Learning", "Ignore", "Unmark", "Open its story"):
            assert not enabled()[key], key
        assert enabled()["Practise"] and enabled()["Show known"]
        await pilot.press("s")  # known: bloc
        await settle(pilot)
        assert enabled()["Known"] and enabled()["Open its story"]


async def test_your_words_help_lists_no_sideways_key(make_app: AppFactory) -> None:
    """The help listed "→ Cursor right" and "← Cursor left" for the words table, whose
    columns are fitted to the screen: a row cursor has nowhere sideways to go."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_by_key(pilot, "w", WordsScreen)
        await pilot.press("question_mark")
        table = app.screen.query_one(DataTable)
        actions = {str(table.get_row(key)[1]) for key in table.rows}
        assert "Cursor down" in actions
        assert not {"Cursor right", "Cursor left"} & actions


def _typed_at_once(app: ReaderApp, keys: str) -> None:
    """Keys arriving together, as a paste or a fast typist over a slow link sends them:
    each is queued before the app handles the one before it (`Pilot.press` waits)."""
    for key in keys:
        name = "slash" if key == "/" else key
        app.post_message(events.Key(name, key))


@pytest.mark.parametrize("screen_key", ["library", "w"])
async def test_text_typed_right_after_slash_goes_into_the_filter(
    make_app: AppFactory, screen_key: str
) -> None:
    """ "/garden" typed at once in the library opened the Add dialog: the filter took the
    focus only after the keys already sent, so "a" was Add there (and "d" Delete). In
    Your words too, "/zzz" left the filter empty."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        if screen_key == "w":
            await open_by_key(pilot, "w", WordsScreen)
        screen = app.screen
        _typed_at_once(app, "/garden")
        await settle(pilot)
        assert app.screen is screen
        assert isinstance(app.focused, Input) and app.focused.value == "garden"


@pytest.mark.parametrize("screen_key", ["library", "w"])
async def test_a_slash_typed_in_the_filter_is_part_of_its_text(
    make_app: AppFactory, screen_key: str
) -> None:
    """ "/" answers before the keys after it reach the filter; in the filter it is text."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        if screen_key == "w":
            await open_by_key(pilot, "w", WordsScreen)
        await pilot.press("slash", "a", "slash", "b")
        await settle(pilot)
        assert isinstance(app.focused, Input) and app.focused.value == "a/b"
