"""The feeds screen's keys: those with nothing to act on are dimmed, not dead."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import SIZE, open_by_key, settle

from reader.app import ReaderApp
from reader.screens.feeds import FeedsScreen
from reader.widgets.key_bar import KeyBar

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


def enabled_keys(screen: FeedsScreen) -> dict[str, bool]:
    return {
        str(binding.description): enabled
        for binding, enabled in screen.query_one(KeyBar).shown_bindings()
    }


async def test_remove_and_refresh_are_dimmed_until_a_feed_is_followed(
    make_app: AppFactory,
) -> None:
    """QA walk-through: with no feed followed the bar offered "d Remove feed", and d did
    nothing at all. Remove and Refresh are dimmed then, and d opens nothing; once a
    feed is followed both work."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_by_key(pilot, "f", FeedsScreen)
        keys = enabled_keys(screen)
        assert keys["Remove feed"] is False and keys["Refresh"] is False
        assert keys["Add feed"] is True
        await pilot.press("d")
        assert app.screen is screen
        app.store.add_feed("http://127.0.0.1:9/feed.xml", "A test feed")
        screen.refresh_tables()
        await settle(pilot)
        keys = enabled_keys(screen)
        assert keys["Remove feed"] is True and keys["Refresh"] is True
        await pilot.press("d")
        assert app.screen is not screen  # the question before removing it
