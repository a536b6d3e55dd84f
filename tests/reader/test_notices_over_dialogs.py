"""Notices (toasts) and dialogs on screen together: a notice never covers a dialog.

A notice shown as a dialog opens, or one said while it is open, sat over the dialog's
box at the top right and hid its text or its buttons (QA walk-through).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import open_article, open_details, settle
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets._toast import Toast

from reader.app import ReaderApp
from reader.widgets.key_bar import KeyBar

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]
SIZES = [(80, 24), (100, 30)]
# Long enough to wrap in a toast: the case that covered the most.
NOTICE = "“government” marked learning. Press u to undo. A second sentence to wrap it."


def _box(app: ReaderApp) -> Widget:
    """The dialog's box: its border, its text and its buttons."""
    screen = app.screen
    boxes = list(screen.query(".dialog")) + list(screen.query("#details-box"))
    assert boxes, f"no dialog box on {screen!r}"
    return boxes[0]


def _assert_apart(app: ReaderApp) -> None:
    toasts = list(app.screen.query(Toast))
    assert toasts, "the notice shows on the dialog's screen"
    box = _box(app)
    screen_region = app.screen.region
    assert screen_region.contains_region(box.region), (box.region, screen_region)
    key_bar = app.screen.query_one(KeyBar).region
    assert not box.region.overlaps(key_bar), (box.region, key_bar)
    for toast in toasts:
        assert not toast.region.overlaps(box.region), (toast.region, box.region)
        assert not toast.region.overlaps(key_bar), (toast.region, key_bar)


async def _two_notices(pilot: Pilot, app: ReaderApp) -> None:
    app.notify(NOTICE, timeout=30)
    app.notify("Nothing to undo.", timeout=30)
    await pilot.pause(0.3)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("key", ["s", "question_mark", "d"])
async def test_a_notice_said_while_a_dialog_is_open_covers_none_of_it(
    make_app: AppFactory, size: tuple[int, int], key: str
) -> None:
    """Settings, the keys and the delete question, from the library."""
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert app.screen.is_modal
        await _two_notices(pilot, app)
        _assert_apart(app)


@pytest.mark.parametrize("size", SIZES)
async def test_a_notice_shown_as_word_details_open_covers_none_of_them(
    make_app: AppFactory, size: tuple[int, int]
) -> None:
    """The notice of a word just marked stays as its details open over the story."""
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await open_article(pilot)
        await _two_notices(pilot, app)
        await open_details(pilot, 5)
        await pilot.pause(0.3)
        _assert_apart(app)


async def test_a_notice_on_the_story_beneath_stays_where_it_was(
    make_app: AppFactory,
) -> None:
    """Only dialogs give notices a band of their own: on the story they stay at the top
    right, over the text (test_reading pins why)."""
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_article(pilot)
        await _two_notices(pilot, app)
        toasts = list(app.screen.query(Toast))
        assert toasts
        assert toasts[0].region.y <= 2, toasts[0].region
        assert toasts[0].region.right >= app.screen.region.right - 2, toasts[0].region


async def test_a_notice_shows_once_over_a_dialog_and_again_after_it(
    make_app: AppFactory,
) -> None:
    """The story's own copy of a notice showed through, dimmed, beside the dialog's:
    the screen beneath hides its notices until it is back on top."""
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await open_article(pilot)
        await _two_notices(pilot, app)
        story = app.screen
        await open_details(pilot, 5)
        await pilot.pause(0.3)
        assert all(not toast.visible for toast in story.query(Toast))
        assert all(toast.visible for toast in app.screen.query(Toast))
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert app.screen is story
        assert [toast.visible for toast in story.query(Toast)] == [True, True]


async def test_on_a_dialog_the_newest_notice_is_the_one_in_view(make_app: AppFactory) -> None:
    """The band keeps to four lines: with more notices than fit, the newest show."""
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        for number in range(6):
            app.notify(f"Notice number {number}, " + "said at length " * number, timeout=30)
        await pilot.pause(0.5)
        toasts = list(app.screen.query(Toast))
        newest = toasts[-1]
        assert "Notice number 5" in str(newest.render())
        assert app.screen.region.contains_region(newest.region)
        assert newest.region.bottom <= 4, newest.region
        _assert_apart(app)
