"""The library's columns on a narrow terminal: the titles first, no cut-off source."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import settle

from reader.app import ReaderApp
from reader.screens.library import LibraryScreen
from reader.widgets.article_table import ArticleTable

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


async def test_at_80_columns_the_source_gives_its_room_to_the_titles(
    make_app: AppFactory,
) -> None:
    """QA walk-through: at 80 columns the Source column read "sample …" on every row
    (and a web site's name "learnin…"), and the titles were cut at 22 cells. There the
    source is left out and the title has its room; at 100 columns both show whole."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one(ArticleTable)
        header, first = table.render_line(0).text, table.render_line(1).text
        assert "Source" not in header and "sample …" not in first
        title = table.row_text(0)[0]
        assert title[:30] in first  # 22 cells before
        assert "Last read" in header and first.rstrip().endswith("never")
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert table.shows_source
        assert "sample article" in table.render_line(1).text


async def test_sorted_by_source_the_source_shows_even_at_80_columns(
    make_app: AppFactory,
) -> None:
    """The order the learner asked for is the one they can see."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.query_one(ArticleTable)
        while screen.sort_key != "source":
            await pilot.press("o")
        assert table.shows_source
        assert "Source▲" in table.render_line(0).text
        assert "sample article" in table.render_line(1).text
