"""How often a new reading screen is laid out and painted, and that what reaches the
terminal is still the whole screen (issue 8: reopening a saved article)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import open_article, settle
from rich.console import Console, RenderableType
from rich.segment import ControlType
from textual._compositor import Compositor
from textual.app import App
from textual.screen import Screen

from reader.app import ReaderApp
from reader.screens.reading import ReadingScreen
from reader.widgets.glossary_panel import GlossaryPanel

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]
# (column, line) -> the character and its style, as the terminal was told.
Cells = dict[tuple[int, int], tuple[str, str]]


def _drawn(update: RenderableType, console: Console, cells: Cells) -> None:
    """``update`` (a compositor's update) written into ``cells``, as a terminal would."""
    x = y = 0
    for segment in console.render(update):
        if segment.control:
            for control in segment.control:
                if control[0] == ControlType.CURSOR_MOVE_TO:
                    x, y = control[1], control[2]  # type: ignore[misc]
        elif segment.text != "\n":
            for character in segment.text:
                cells[(x, y)] = (character, str(segment.style or ""))
                x += 1


async def test_a_saved_article_opens_with_one_layout_and_one_paint(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new screen was laid out and painted whole three times over as a saved article
    opened, the same screen each time: layouts its widgets had asked for before its
    first one, the repaint Textual asks for right after that layout painted it, another
    layout once the screen had mounted. Once each now, and the terminal is sent all of
    it: after opening, on a word, with the glossary shown, and on the way back."""
    app = make_app()
    async with app.run_test() as pilot:
        await open_article(pilot)  # analysed and saved
    layouts: list[Screen[object]] = []
    full_paints: list[Compositor] = []
    sent: Cells = {}
    lay_out, paint_whole, display = (
        Screen._refresh_layout,
        Compositor.render_full_update,
        App._display,
    )

    def counted_layout(screen: Screen[object], *args: object, **kwargs: object) -> None:
        layouts.append(screen)
        lay_out(screen, *args, **kwargs)  # type: ignore[arg-type]

    def counted_paint(compositor: Compositor, *args: object, **kwargs: object) -> object:
        full_paints.append(compositor)
        return paint_whole(compositor, *args, **kwargs)  # type: ignore[arg-type]

    def sent_to_terminal(
        app: App[object], screen: Screen[object], update: RenderableType | None
    ) -> None:
        if update is not None and screen is app.screen:
            _drawn(update, app.console, sent)
        display(app, screen, update)

    monkeypatch.setattr(Screen, "_refresh_layout", counted_layout)
    monkeypatch.setattr(Compositor, "render_full_update", counted_paint)
    monkeypatch.setattr(App, "_display", sent_to_terminal)

    def screen_as_sent() -> bool:
        whole: Cells = {}
        _drawn(app.screen._compositor.render_update(full=True), app.console, whole)
        return all(sent.get(cell) == drawn for cell, drawn in whole.items())

    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        layouts.clear()
        full_paints.clear()
        reading = await open_article(pilot)
        assert reading.analysis is not None, "read from the store as it opened"
        assert [s for s in layouts if s is reading] == [reading]
        assert [c for c in full_paints if c is reading._compositor] == [reading._compositor]
        assert screen_as_sent()
        await pilot.press("n")  # a word's focus is drawn over the text
        await settle(pilot)
        assert screen_as_sent()
        await pilot.press("g")
        await settle(pilot)
        assert reading.query_one(GlossaryPanel).display
        assert screen_as_sent()
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert not isinstance(app.screen, ReadingScreen)
        assert screen_as_sent()
