"""Keys as a learner meets them (a walk-through at 100x30 and 80x24): one label per key in
the bar, and the help listing the reader's keys in plain words, not Textual's own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import SIZE, article_view, open_article, open_glossary, settle
from textual.widgets import DataTable

from reader.app import ReaderApp
from reader.screens.help import HelpScreen
from reader.widgets.key_bar import KeyBar

AppFactory = Callable[[], ReaderApp]
pytestmark = pytest.mark.anyio


def bar_text(app: ReaderApp) -> str:
    return str(app.screen.query_one(KeyBar).render())


@pytest.mark.parametrize("size", [SIZE, (80, 24)])
async def test_an_open_glossary_has_one_key_to_close_in_the_bar(
    make_app: AppFactory, size: tuple[int, int]
) -> None:
    """With the glossary open the bar read "esc Close glossary  g Glossary": two labels,
    and g there closes it too (or goes back to its list). One label is shown; g still
    does what it did."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        panel = await open_glossary(pilot)
        assert panel.has_focus_within
        assert "esc Close glossary" in bar_text(app)
        assert "g Glossary" not in bar_text(app)
        # From an entry to its word: the text has the focus, the glossary is still shown.
        await pilot.press("enter")
        await settle(pilot)
        assert article_view(pilot).has_focus and panel.display
        assert "esc Close glossary" in bar_text(app)
        assert "g Glossary" not in bar_text(app)
        await pilot.press("g")  # back to the list, as before
        await settle(pilot)
        assert panel.display and panel.has_focus_within
        await pilot.press("g")  # and g in the list closes it, as before
        await settle(pilot)
        assert not panel.display and article_view(pilot).has_focus
        assert "g Glossary" in bar_text(app)


async def test_help_over_the_glossary_lists_g_with_escape(make_app: AppFactory) -> None:
    """The help says what g does where the learner is: in the glossary, it closes it."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_glossary(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        rows = {str(table.get_row(key)[1]): str(table.get_row(key)[0]) for key in table.rows}
        assert set(rows["Close glossary"].split()) >= {"esc", "g"}


def help_rows(app: ReaderApp) -> list[tuple[str, str]]:
    table = app.screen.query_one(DataTable)
    return [(str(table.get_row(key)[0]), str(table.get_row(key)[1])) for key in table.rows]


async def test_help_names_no_key_of_textuals_own(make_app: AppFactory) -> None:
    """The help listed "^c super+c  Copy selected text", "Focus Next", "Scroll Home" and
    "^p palette": Textual's names, and a Mac key a terminal never sends. The library's
    and the reader's help say them plainly, or not at all."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for opened in ("library", "reader"):
            if opened == "reader":
                await open_article(pilot)
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            rows = help_rows(app)
            keys = " ".join(key for key, _ in rows)
            actions = [action for _, action in rows]
            assert "super" not in keys, opened
            assert not {"Focus Next", "Focus Previous", "palette"} & set(actions), opened
            # Textual's capitalised names ("Scroll Up", "Page Down") read as shouting.
            assert not [a for a in actions if any(w[:1].isupper() for w in a.split()[1:])]
            assert "Command palette" in actions
            await pilot.press("escape")


async def test_help_lists_the_readers_own_keys_first(make_app: AppFactory) -> None:
    """In the reader the help began with Copy and ended on Next word and Details, after
    Textual's scrolling keys: what the key bar shows comes first, in its order."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("question_mark")
        actions = [action for _, action in help_rows(app)]
        assert actions[:3] == ["Next word", "Previous word", "Details"]
        assert actions.index("Library") < actions.index("Scroll down")
        assert actions[-1] == "Command palette"
