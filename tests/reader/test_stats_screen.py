"""Progress: the figures of an empty store and of a week of use, at 100x30 and 80x24."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from reader_steps import FIXED_NOW, SIZE, open_by_key, settle
from textual.pilot import Pilot
from textual.widgets import Sparkline, Static
from textual_plotext import PlotextPlot

from reader.app import ReaderApp
from reader.screens.library import LibraryScreen
from reader.screens.stats import NOTHING_YET, StatsScreen
from reader.widgets.activity_calendar import (
    CELL_WIDTH,
    LABEL_WIDTH,
    ActivityCalendar,
    calendar_rows,
    shade,
)
from vocab.store import QuizAnswer, Store

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


def a_week_of_use(store_path: Path) -> None:
    """Six days: a word known each day, two answers a day on a new word (so it is
    learning; every other day one answer is wrong), one word marked learning; no reading."""
    clock = [FIXED_NOW]
    with Store.open(store_path, now=lambda: clock[0]) as store:
        for day in range(6):
            clock[0] = FIXED_NOW - timedelta(days=5 - day)
            store.set_status(f"harbor{day}", "NOUN", "known")
            store.set_status(f"harbor{day}", "VERB", "known")  # same lemma: one word
            store.record_answer(QuizAnswer("meaning", f"ocean{day}", "NOUN", "ocean", "p", "g",
                                           True))
            store.record_answer(QuizAnswer("cloze", f"ocean{day}", "NOUN", "ocean", "p", "g",
                                           day % 2 == 0))
        store.set_status("pilot", "NOUN", "learning")


async def open_stats(pilot: Pilot) -> StatsScreen:
    return await open_by_key(pilot, "S", StatsScreen)


def shown(screen: StatsScreen, widget_id: str) -> str:
    return str(screen.query_one(f"#{widget_id}", Static).render())


async def test_an_empty_store_says_nothing_yet(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stats(pilot)
        assert shown(screen, "stats-empty") == NOTHING_YET
        assert "Words known            0" in shown(screen, "figures")
        assert not screen.query_one(PlotextPlot).display
        assert screen.query_one("#known-empty").display
        assert "No quiz answers yet" in shown(screen, "accuracy")
        assert "No streak yet" in shown(screen, "streak")
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_a_week_of_use_shows_its_figures(make_app: AppFactory, store_path: Path) -> None:
    a_week_of_use(store_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_stats(pilot)
        assert not screen.query_one("#stats-empty").display
        figures = shown(screen, "figures")
        for label, value in (("Words known", "6"), ("Words learning", "7"),
                             ("Quiz answers", "12"), ("Reading streak", "6 days")):
            assert any(line.startswith(label) and line.endswith(" " + value)
                       for line in figures.splitlines()), (label, figures)
        accuracy = shown(screen, "accuracy").splitlines()
        assert accuracy[0].startswith("Fill the gap") and "50%  (3 of 6)" in accuracy[0]
        assert accuracy[1].startswith("Meaning") and "100%  (6 of 6)" in accuracy[1]
        assert screen.query_one(PlotextPlot).display
        assert screen.stats is not None
        assert [count for _, count in screen.stats.known_over_time] == [1, 2, 3, 4, 5, 6]
        spark = screen.query_one(Sparkline).data
        # harbor (met as a noun and as a verb: one word) and ocean each day, pilot today
        assert spark is not None and list(spark[-6:]) == [2.0] * 5 + [3.0]
        assert "today 3 · last 7 days 13" in shown(screen, "new-words-figures")
        assert "6 days in a row" in shown(screen, "streak")
        assert screen.query_one(ActivityCalendar).activity[FIXED_NOW.date().isoformat()] == 2


async def test_the_progress_screen_fits_80x24(make_app: AppFactory, store_path: Path) -> None:
    a_week_of_use(store_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_stats(pilot)
        assert screen.query_one("#figures").region.width >= 28
        assert screen.query_one(PlotextPlot).region.width >= 30
        await pilot.press("end")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert screen.query_one(ActivityCalendar).region.height == 8


async def test_the_command_palette_opens_progress(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"progress")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, StatsScreen)


def test_the_calendar_ends_with_this_week_and_shades_by_glyph() -> None:
    today = FIXED_NOW.date()  # a Monday
    rows = calendar_rows({today.isoformat(): 4, (today - timedelta(days=1)).isoformat(): 1},
                         today, weeks=4)
    assert rows[1].startswith("Mon") and rows[1].endswith("█")
    assert rows[7].startswith("Sun") and rows[7].endswith("░  ")  # Sunday next: not yet
    assert shade(0, 4) == "·" and shade(1, 100) == "░" and shade(4, 4) == "█"


def test_a_month_is_named_over_the_week_of_its_first_day() -> None:
    """On Thursday 3 December the calendar named no December: the week's Monday was
    30 November (QA walk-through)."""
    from datetime import date

    rows = calendar_rows({}, date(2026, 12, 3), weeks=10)
    months = rows[0]
    assert "Dec" in months and "Nov" in months
    assert months.index("Dec") == LABEL_WIDTH + 9 * CELL_WIDTH  # the last column


def test_progress_after_a_week_snapshot(
    snap_compare: Callable[..., bool], make_app: AppFactory, store_path: Path
) -> None:
    """Progress on 2 March 2026 after six days of use: "Your progress"; a bordered
    column of figures (Words known 6, Words learning 7, Reviews due today 6, Due this
    week 7: the word marked learning is due too; Articles read 0, Words read 0, Quiz
    answers 12, Reading streak 6 days);
    beside it "Words known", a braille line rising from 1 to 6 between "Feb 25" and
    "Mar 02"; then "New words met per day (last 30 days)": a sparkline flat at the
    bottom with the last six days raised, today highest, and "today 3 · last 7 days
    13 / last 30 days 13 · best day 3"; the Footer lists Esc Close, r Refresh."""
    a_week_of_use(store_path)

    async def open_progress(pilot: Pilot) -> None:
        await open_stats(pilot)

    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=open_progress)


def test_the_known_words_line_runs_to_today() -> None:
    """The chart ended on the day of the last change (Dec 03) when it was Dec 04, and one
    day of changes drew a slope up from the day before (QA walk-through)."""
    from datetime import date

    from reader.screens.stats import known_points

    today = date(2026, 12, 4)
    assert known_points((("2026-12-02", 5), ("2026-12-03", 9)), today) == [
        (date(2026, 12, 2), 5), (date(2026, 12, 3), 9), (today, 9)]
    # A first day with words known starts from none: the learner knew none marked before.
    assert known_points((("2026-12-04", 7),), today) == [(date(2026, 12, 3), 0), (today, 7)]
    assert known_points((), today) == []
    # Flat until the day before a change: all words marked today, after a day that only
    # saved words to learn, sloped up from that day (QA walk-through).
    assert known_points((("2026-12-01", 0), ("2026-12-04", 7)), today) == [
        (date(2026, 12, 1), 0), (date(2026, 12, 3), 0), (today, 7)]
    assert known_points((("2026-11-28", 3), ("2026-12-01", 6)), today) == [
        (date(2026, 11, 28), 3), (date(2026, 11, 30), 3), (date(2026, 12, 1), 6), (today, 6)]
