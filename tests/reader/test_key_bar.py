"""The key bar keeps its lines between changes, and still follows every change: the
screen's keys (an action's check, the focus), the width and the theme."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

from reader.widgets.key_bar import KeyBar

pytestmark = pytest.mark.anyio


class WordList(Widget, can_focus=True):
    """A focusable widget with a key of its own."""

    BINDINGS = [Binding("x", "forget", "Forget the word")]

    def action_forget(self) -> None:
        pass


class CountingScreen(Screen[None]):
    """A screen whose "n Next" works only once something is answered, and which counts
    how often its active bindings are read (each read asks every action's check)."""

    BINDINGS = [
        Binding("a", "answer", "Answer"),
        Binding("n", "next", "Next"),
        Binding("h", "hint", "Show a hint"),
        Binding("o", "other", "Other words"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.answered = False
        self.reads = 0

    @property
    def active_bindings(self) -> Any:
        self.reads += 1
        return super().active_bindings

    def compose(self) -> ComposeResult:
        yield WordList()
        yield KeyBar(app_keys=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return self.answered
        return True

    def answer(self) -> None:
        self.answered = True
        self.refresh_bindings()


class BarApp(App[None]):
    ENABLE_COMMAND_PALETTE = False

    def on_mount(self) -> None:
        self.push_screen(CountingScreen())


def _bar(app: App[None]) -> KeyBar:
    return app.screen.query_one(KeyBar)


def _shown(app: App[None]) -> tuple[CountingScreen, KeyBar]:
    screen = app.screen
    assert isinstance(screen, CountingScreen)
    return screen, _bar(app)


async def test_the_bar_does_not_read_the_keys_again_to_lay_out_and_paint() -> None:
    """Laying the bar out and painting it used the keys read when they changed: they
    were read on every layout and paint, three times over (13-17% of the app's thread
    as an article opened, issue 8)."""
    app = BarApp()
    async with app.run_test(size=(120, 10)) as pilot:
        await pilot.pause()
        screen, bar = _shown(app)
        screen.reads = 0
        first = str(bar.render())
        bar.get_content_height(app.size, app.size, 120)
        assert str(bar.render()) == first
        assert screen.reads == 0
        bar.refresh(layout=True)
        await pilot.pause()
        assert screen.reads == 0


async def test_the_bar_shows_a_key_once_its_screen_enables_it() -> None:
    app = BarApp()
    async with app.run_test(size=(120, 10)) as pilot:
        await pilot.pause()
        screen, bar = _shown(app)
        before = str(bar.render())
        assert " a Answer " in before and "Next" not in before
        screen.answer()
        await pilot.pause()
        after = str(bar.render())
        assert " a Answer " in after and " n Next " in after
        screen.answered = False
        screen.refresh_bindings()
        await pilot.pause()
        assert str(bar.render()) == before


async def test_the_bar_shows_the_keys_of_the_focused_widget() -> None:
    """Focus changes the keys (Textual signals it): the focused widget's own join."""
    app = BarApp()
    async with app.run_test(size=(120, 10)) as pilot:
        await pilot.pause()
        bar = _bar(app)
        app.screen.set_focus(None)
        await pilot.pause()
        assert "Forget the word" not in str(bar.render())
        app.screen.query_one(WordList).focus()
        await pilot.pause()
        assert " x Forget the word " in str(bar.render())
        app.screen.set_focus(None)
        await pilot.pause()
        assert "Forget the word" not in str(bar.render())


async def test_the_bar_packs_its_keys_again_at_a_new_width() -> None:
    app = BarApp()
    async with app.run_test(size=(120, 10)) as pilot:
        await pilot.pause()
        bar = _bar(app)
        wide = str(bar.render())
        assert "\n" not in wide and bar.region.height == 1
        await pilot.resize_terminal(40, 10)
        await pilot.pause()
        narrow = str(bar.render())
        lines = narrow.split("\n")
        assert len(lines) == 2 and all(len(line) <= 40 for line in lines)
        assert bar.region.height == 2
        await pilot.resize_terminal(120, 10)
        await pilot.pause()
        assert str(bar.render()) == wide and bar.region.height == 1


async def test_a_new_theme_draws_the_keys_in_its_colours() -> None:
    app = BarApp()
    async with app.run_test(size=(120, 10)) as pilot:
        app.theme = "textual-dark"
        await pilot.pause()
        bar = _bar(app)
        dark = bar.render().get_style_at_offset(1)
        app.theme = "textual-light"
        await pilot.pause()
        light = bar.render().get_style_at_offset(1)
        assert light != dark
        assert light.foreground == bar.get_visual_style("key-bar--key").foreground


@pytest.mark.parametrize("width", [1, 5, 9, 10, 11, 20, 100])
def test_line_count_is_the_number_of_packed_lines(width: int) -> None:
    from textual.content import Content

    from reader.widgets.key_bar import line_count, packed

    items = [Content(text) for text in (" a Answer ", " n Next ", "", " ? Help ", "x" * 12)]
    assert line_count([item.cell_length for item in items], width) == len(packed(items, width))
