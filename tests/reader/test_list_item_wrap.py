"""A list's item that wraps, nested or not: its next lines start under its text, as
its first line's text starts (a sub-item's second line at the left edge read as a new
paragraph)."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult

from reader.widgets.article_view import ArticleText

pytestmark = pytest.mark.anyio

BODY = (
    "- The class planted beans in a garden behind the school\n\n"
    "  - in pots by the window where the sun comes in every morning\n\n"
    "A plain paragraph that runs on past the edge of the screen like any other."
)


class _OneText(App[None]):
    def __init__(self, text: ArticleText) -> None:
        super().__init__()
        self._text = text

    def compose(self) -> ComposeResult:
        yield self._text


def _paragraphs(body: str) -> list[tuple[int, int]]:
    found, start = [], 0
    for part in body.split("\n\n"):
        found.append((start, start + len(part)))
        start += len(part) + 2
    return found


async def test_a_sub_item_s_wrapped_lines_start_under_its_text() -> None:
    text = ArticleText(BODY, _paragraphs(BODY))
    async with _OneText(text).run_test(size=(30, 20)) as pilot:
        await pilot.pause()
        shown = [text.render_line(y).text.rstrip() for y in range(text.virtual_size.height)]
        shown = [line for line in shown if line]
        # The selection reads the text as shown, without the indent drawn.
        selected = text.get_selection(_everything())
    item = shown.index("  - in pots by the window")
    assert shown[item + 1].startswith("    where the sun")
    assert all(len(line) <= 30 for line in shown)
    assert shown[:2] == ["- The class planted beans in a", "  garden behind the school"]
    # A wrapped plain paragraph keeps the left edge.
    assert shown[-2:] == ["past the edge of the screen", "like any other."]
    assert selected is not None and "\nwhere the sun" in selected[0]


def _everything():  # type: ignore[no-untyped-def]
    from textual.geometry import Offset
    from textual.selection import Selection

    return Selection(Offset(0, 0), None)
