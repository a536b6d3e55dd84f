"""Words read (Progress) counts the words the learner had on screen long enough, never
faster than a quick reader reads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from reader_steps import FIXED_NOW, SIZE, open_article, settle
from textual.app import ScreenStackError
from textual.screen import Screen

from reader import words_read
from reader.app import ReaderApp
from reader.widgets.article_view import ArticleView
from vocab.articles import article_from_text
from vocab.stats import learner_stats

pytestmark = pytest.mark.anyio

TITLE = "A Long Day on the River"
PARAGRAPH = ("The boat moved slowly down the river while the farmers watched from the "
             "fields. Children ran along the bank and waved at the people on the deck. ")


async def test_jumping_to_the_end_is_not_reading_it(
    make_app: Callable[[], ReaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the 46,000-word file and pressing End counted "Words read 46,346" (QA
    walk-through): the screens shown long enough count, at a reader's pace."""
    monkeypatch.setattr(words_read, "READ_TICK_S", 0.05)
    monkeypatch.setattr(words_read, "MAX_WORDS_PER_MINUTE", 10**7)  # the screens alone
    body = "\n\n".join(PARAGRAPH * 3 for _ in range(120))
    app = make_app()
    article_id = app.store.add_article(article_from_text(f"{TITLE}\n\n{body}", source="river"))
    total = len(body.split())
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot, TITLE)
        await pilot.press("end")
        await pilot.pause(0.4)
        await settle(pilot)
        view = screen.query_one(ArticleView)
        assert view.max_scroll_y > 0 and view.scroll_y == view.max_scroll_y
        read = learner_stats(app.store, FIXED_NOW + timedelta(minutes=1)).words_read
        one_screen = len(view.visible_tokens())
        assert 0 < read <= 2 * one_screen < total / 10, (read, one_screen, total)
        assert screen.article_id == article_id


def test_words_count_no_faster_than_a_reader_reads() -> None:
    tally = words_read.WordsReadTally()
    screen = list(range(300))
    assert not tally.look(screen, 1.0)  # just shown
    assert tally.look(screen, 1.0)  # still there: read, at a reader's pace
    assert tally.count == int(2.0 * words_read.MAX_WORDS_PER_MINUTE / 60)
    tally.look(screen, 60.0)
    assert tally.count == 300  # all of them, once there was time to read them
    tally.away()
    assert not tally.look(list(range(300, 600)), 1.0)  # another screen, just shown


async def test_a_words_read_tick_while_the_app_quits_is_no_error(
    make_app: Callable[[], ReaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words-read timer could fire while the app was closing its screens: asking
    which screen was on top raised ScreenStackError, an internal error on quitting
    (1 in 20 benchmark runs under load)."""
    app = make_app()
    app.store.add_article(article_from_text(f"{TITLE}\n\n{PARAGRAPH}", source="river"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot, TITLE)
        with monkeypatch.context() as quitting:
            # The app's state in that moment: its screens closed, as Textual reports it.
            quitting.setattr(ReaderApp, "screen_stack", property(lambda _app: []))
            quitting.setattr(ReaderApp, "screen", property(_no_screen))
            screen._look_at_words_shown()  # the tick that came too late


def _no_screen(_app: ReaderApp) -> Screen[object]:
    raise ScreenStackError("No screens on stack")
