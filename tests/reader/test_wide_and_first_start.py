"""What a learner sees on a wide terminal and in a first start's first minute (session 43
tmux walk-through at 80x24, 100x30 and 200x50)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import open_article

from reader.app import ReaderApp
from reader.widgets.article_view import ArticleText, ArticleView

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


@pytest.mark.parametrize("size", [(200, 50), (160, 45)])
async def test_a_wide_terminal_shows_the_article_in_the_middle(
    make_app: AppFactory, size: tuple[int, int]
) -> None:
    """At 200 columns the article's 100-column text sat at the left, with 90 empty
    columns on its right. It is in the middle, its title and byline above its text."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_article(pilot)
        view = app.screen.query_one(ArticleView)
        text = view.query_one(ArticleText)
        inside = view.scrollable_content_region
        left = text.region.x - inside.x
        right = inside.right - text.region.right
        assert text.size.width == 100
        assert abs(left - right) <= 1
        for heading in view.query(".title, .byline"):
            assert heading.region.x == text.region.x


async def test_at_100_columns_the_article_fills_the_width_as_before(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_article(pilot)
        view = app.screen.query_one(ArticleView)
        text = view.query_one(ArticleText)
        assert text.region.x == view.scrollable_content_region.x
        assert text.size.width == view.scrollable_content_region.width
