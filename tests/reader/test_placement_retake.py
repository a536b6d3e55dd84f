"""The level test's result says where to take it again, and that place has it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import SIZE, settle
from textual.widgets import Button, Static

from reader.app import ReaderApp
from reader.screens.placement import PlacementScreen
from reader.screens.settings import SettingsScreen

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


async def test_a_guesser_is_sent_to_settings_which_has_the_test(make_app: AppFactory) -> None:
    """QA walk-through: a learner who said yes to made-up words was told to take the
    test again "from the command palette (ctrl+p)", where they had to know its name;
    Settings (s), in every key bar, has a "Take the level test" button."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = PlacementScreen(seed=5)
        await app.push_screen(screen)
        await settle(pilot)
        for _ in screen.items:
            await pilot.press("y")
        await pilot.pause()
        said = str(screen.query_one("#placement-result", Static).render())
        assert "Take the test again from Settings (s)" in said
        assert "ctrl+p" not in said
        # "Your level was set to level A1" said "level" twice.
        assert "set to level" not in said
        assert "Your level was set to A1 (beginner)" in said
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        labels = [str(button.label) for button in app.screen.query(Button)]
        assert "Take the level test" in labels
