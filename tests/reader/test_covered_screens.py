"""A screen covered by another is marked (and restyled) only when it stays in view:
under a dialog its notices hide (app.tcss), under a whole screen nothing of it shows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import open_article, open_details, settle
from textual.screen import ModalScreen

from reader.app import SUSPENDED_CLASS, ReaderApp
from reader.screens.library import LibraryScreen
from reader.screens.reading import ReadingScreen

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


async def test_the_library_is_not_restyled_under_the_reader(make_app: AppFactory) -> None:
    """Marking the library under the reader restyled its every widget as each article
    opened (~5% of opening one, issue 8), for a class that only hides the notices of a
    screen in view beneath a dialog."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await open_article(pilot)
        await settle(pilot)
        assert not library.has_class(SUSPENDED_CLASS)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is library and not library.has_class(SUSPENDED_CLASS)


async def test_a_screen_under_a_dialog_is_marked_until_the_dialog_closes(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        reading = await open_article(pilot)
        assert isinstance(reading, ReadingScreen)
        await open_details(pilot, "expansion")
        await settle(pilot)
        assert isinstance(app.screen, ModalScreen)
        assert reading.has_class(SUSPENDED_CLASS)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reading and not reading.has_class(SUSPENDED_CLASS)
        # Again, from the reader's own keys (Settings is a dialog too).
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, ModalScreen) and reading.has_class(SUSPENDED_CLASS)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reading and not reading.has_class(SUSPENDED_CLASS)
