"""The reading screen's containers draw one line of their own per paint (issue 8: they
drew ~30 blank lines each), and the screen looks exactly as Textual draws it line by
line: in each highlight style, with the glossary shown, under NO_COLOR."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from reader_steps import SIZE, open_article, settle
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Static

from reader.app import ReaderApp
from reader.widgets.article_view import ArticleView
from reader.widgets.blank_lines import BlankHorizontal, BlankLines

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


def _containers(app: App[object]) -> list[Widget]:
    screen = app.screen
    return [screen, screen.query_one("#reading-body"), screen.query_one(ArticleView)]


def _screenshot(app: App[object], every_line: bool, monkeypatch: pytest.MonkeyPatch) -> str:
    """The screen as painted now; ``every_line``: each container drawing each of its
    lines, as Textual does. Rich's ids, new in each export, left out."""
    for widget in _containers(app):
        widget.refresh()  # their kept lines dropped: drawn anew for the screenshot
    with monkeypatch.context() as patched:
        if every_line:
            patched.setattr(BlankLines, "lines_alike", lambda self: False)
        return re.sub(r"terminal-\d+", "terminal", app.export_screenshot())


async def test_each_container_draws_one_line_per_paint(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full paint of the opened article asks the screen, its body and the article's
    view for one line each of their own (the content line of a container)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        drawn: dict[Widget, int] = {}
        render_line = Widget.render_line

        def counted(self: Widget, y: int) -> object:
            drawn[self] = drawn.get(self, 0) + 1
            return render_line(self, y)

        containers = _containers(app)
        for widget in containers:
            widget.refresh()
        monkeypatch.setattr(Widget, "render_line", counted)
        app.export_screenshot()
        assert [drawn.get(widget, 0) for widget in containers] == [1, 1, 1]


@pytest.mark.parametrize("no_color", [False, True])
async def test_the_reading_screen_looks_as_textual_draws_it(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    if no_color:  # Textual reads it as the app is made: its filter greys every line
        monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        for style in ("colour", "background", "underline"):
            app.mark_style = style
            await settle(pilot)
            assert _screenshot(app, False, monkeypatch) == _screenshot(app, True, monkeypatch)
        await pilot.press("g")  # the glossary beside the text, the focus in its list
        await settle(pilot)
        assert all(isinstance(w, BlankLines) and w.lines_alike() for w in _containers(app))
        assert _screenshot(app, False, monkeypatch) == _screenshot(app, True, monkeypatch)


class _Boxes(App[None]):
    CSS = """
    #bordered { border: round red; height: 6; }
    #padded { padding: 1 2; height: 6; background: blue; }
    #plain { padding: 0 2; background: green; }
    """

    def compose(self) -> ComposeResult:
        for name in ("bordered", "padded", "plain"):
            with BlankHorizontal(id=name):
                yield Static(name)


async def test_a_container_with_a_top_or_bottom_edge_draws_every_line() -> None:
    """A border or padding above and below makes its lines differ: drawn as Textual
    draws them, the same picture as a plain `Horizontal`."""
    app = _Boxes()
    async with app.run_test(size=(40, 20)):
        boxes = {box.id: box for box in app.query(BlankHorizontal)}
        assert not boxes["bordered"].lines_alike()
        assert not boxes["padded"].lines_alike()
        assert boxes["plain"].lines_alike()
        for box in boxes.values():
            crop = box.region.reset_offset
            assert crop.height > 1
            assert box.render_lines(crop) == Horizontal.render_lines(box, crop)
