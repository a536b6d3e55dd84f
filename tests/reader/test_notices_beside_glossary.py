"""A notice said with the glossary shown sits over the text, not over the glossary."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import open_glossary, settle
from textual.widgets._toast import Toast

from reader.app import ReaderApp
from reader.widgets.article_view import ArticleView
from reader.widgets.glossary_panel import GlossaryPanel

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_marking_a_glossary_word_leaves_the_panel_in_view(
    make_app: AppFactory,
    size: tuple[int, int],
) -> None:
    """QA walk-through: k on a glossary entry said "“soil” marked known. Press u to
    undo." at the top right, over the panel's title and its first entries, the very
    words the learner was going through. The notice shows over the text instead; with
    the glossary closed, notices are back at the top right."""
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        panel = await open_glossary(pilot)
        await pilot.press("k")
        await pilot.pause(0.3)
        toasts = list(app.screen.query(Toast))
        assert toasts, "marking says so"
        text = app.screen.query_one(ArticleView).region
        for toast in toasts:
            assert not toast.region.overlaps(panel.region), (toast.region, panel.region)
            assert text.contains_region(toast.region), (toast.region, text)
        await pilot.press("u", "escape")
        await settle(pilot)
        assert not app.screen.query_one(GlossaryPanel).display
        app.notify("A notice with the glossary closed.", timeout=30)
        await pilot.pause(0.3)
        newest = list(app.screen.query(Toast))[-1]
        assert newest.region.x > app.screen.region.width // 3  # on the right, as before
