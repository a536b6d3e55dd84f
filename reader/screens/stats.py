"""Progress (S in the library, or the command palette): the learner's figures and plots.

The figures come from ``vocab.stats.learner_stats`` (read in a worker); every plot
has its numbers written beside it, so nothing is told by a picture alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Sparkline, Static
from textual_plotext import PlotextPlot

from reader.failures import ReportsWorkerFailures
from reader.widgets.activity_calendar import ActivityCalendar
from reader.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from reader.app import ReaderApp
    from vocab.stats import Accuracy, LearnerStats

NEW_WORDS_DAYS = 30  # the sparkline's span: a month of days, today last
BAR_WIDTH = 10  # accuracy bars, in cells
NOTHING_YET = ("Nothing yet. Read an article, mark the words you know (k) or take a "
               "quiz, and your progress shows here.")
NO_KNOWN_WORDS = "No known words yet: mark words as Known while you read (k)."
NO_ANSWERS = "No quiz answers yet: press v in the library to review your words."


class StatsReady(Message):
    """The figures were read from the store (posted by the worker)."""

    def __init__(self, stats: LearnerStats) -> None:
        super().__init__()
        self.stats = stats


class StatsScreen(ReportsWorkerFailures, Screen[None]):
    """Words known over time, new words per day, reviews, quiz accuracy, reading streak."""

    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("q", "close", "Close", show=False),
        Binding("r", "reload", "Refresh"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.stats: LearnerStats | None = None

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="stats-body"):
            yield Static("Your progress", id="stats-title")
            yield Static("Reading your figures…", id="stats-empty", markup=False)
            with Horizontal(id="stats-top"):
                yield Static(id="figures", markup=False)
                with Vertical(id="known-box") as known:
                    known.border_title = "Words known"
                    yield PlotextPlot(id="known-plot")
                    yield Static(NO_KNOWN_WORDS, id="known-empty", markup=False)
            with Vertical(id="new-words-box", classes="box") as new_words:
                new_words.border_title = f"New words met per day (last {NEW_WORDS_DAYS} days)"
                with Horizontal(classes="row"):
                    yield Sparkline([], id="new-words")
                    yield Static(id="new-words-figures", markup=False)
            with Vertical(id="accuracy-box", classes="box") as accuracy:
                accuracy.border_title = "Quiz accuracy"
                yield Static(id="accuracy", markup=False)
            with Vertical(id="calendar-box", classes="box") as calendar:
                calendar.border_title = "Reading streak"
                yield Static(id="streak", markup=False)
                yield ActivityCalendar(id="calendar")
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = "Progress"
        self.query_one("#stats-top").display = False
        for box in self.query(".box"):
            box.display = False
        self._read_stats()

    def on_screen_resume(self) -> None:
        if self.stats is not None:
            self._read_stats()

    def action_reload(self) -> None:
        self._read_stats()

    def action_close(self) -> None:
        self.dismiss()

    @work(thread=True, exclusive=True, group="stats", exit_on_error=False)
    def _read_stats(self) -> None:
        from vocab.stats import learner_stats

        self.post_message(StatsReady(learner_stats(self.reader_app.store, self.reader_app.now())))

    # -- showing the figures ---------------------------------------------------------

    def on_stats_ready(self, message: StatsReady) -> None:
        stats = self.stats = message.stats
        empty = not (stats.activity or stats.words_known or stats.words_learning
                     or stats.reviews_due_this_week)
        self.query_one("#stats-empty", Static).update(NOTHING_YET if empty else "")
        self.query_one("#stats-empty").display = empty
        self.query_one("#stats-top").display = True
        for box in self.query(".box"):
            box.display = True
        self.query_one("#figures", Static).update(figures_text(stats))
        self._show_known(stats)
        today = date.fromisoformat(stats.today)
        days = last_days(stats.new_words_per_day, today, NEW_WORDS_DAYS)
        self.query_one("#new-words", Sparkline).data = days
        self.query_one("#new-words-figures", Static).update(new_words_text(days))
        self.query_one("#accuracy", Static).update(accuracy_text(stats.accuracy))
        self.query_one("#streak", Static).update(streak_text(stats))
        calendar = self.query_one(ActivityCalendar)
        calendar.activity = dict(stats.activity)
        calendar.today = today

    def _show_known(self, stats: LearnerStats) -> None:
        plot = self.query_one("#known-plot", PlotextPlot)
        points = list(stats.known_over_time)
        plot.display = bool(points)
        self.query_one("#known-empty").display = not points
        if not points:
            return
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        line = known_points(stats.known_over_time, date.fromisoformat(stats.today))
        days = [day for day, _ in line]
        xs = [(day - days[0]).days for day in days]
        plt.plot(xs, [count for _, count in line], marker="braille")
        plt.xticks([xs[0], xs[-1]], [f"{days[0]:%b %d}", f"{days[-1]:%b %d}"])
        top = max(count for _, count in line) or 1
        plt.ylim(0, top)
        # Whole words only: plotext's own ticks split a small count ("0.17, 0.33").
        ticks: list[float] = sorted({0, top // 2, top})
        plt.yticks(ticks, [str(tick) for tick in ticks])
        plot.refresh()


def figures_text(stats: LearnerStats) -> Text:
    """The main figures in two aligned columns."""
    rows = [
        ("Words known", f"{stats.words_known:,}"),
        ("Words learning", f"{stats.words_learning:,}"),
        ("Reviews due today", f"{stats.reviews_due_today:,}"),
        # A word answered comes back minutes later: due today, but not yet.
        ("  of them due now", f"{stats.reviews_due_now:,}"),
        ("Due this week", f"{stats.reviews_due_this_week:,}"),
        ("Articles read", f"{stats.articles_read:,}"),
        ("Words read", f"{stats.words_read:,}"),
        ("Quiz answers", f"{stats.answers:,}"),
        ("Reading streak", _days(stats.streak_days)),
    ]
    width = max(len(value) for _, value in rows)
    text = Text()
    for n, (label, value) in enumerate(rows):
        text.append(("\n" if n else "") + f"{label:<18}")
        text.append(f"{value:>{width}}", style="bold")
    return text


def known_points(series: Sequence[tuple[str, int]], today: date) -> list[tuple[date, int]]:
    """The words-known line: each day a status changed, then on to today at the last
    count (the chart ended on the last change, days before today). One day alone starts
    from none the day before: a line needs two points. A count holds until the day
    before the next change: words all marked today, after a day that only saved words
    to learn, sloped up from that earlier day as if learnt over the days between (QA
    walk-through)."""
    changes = [(date.fromisoformat(day), count) for day, count in series]
    if not changes:
        return []
    if len(changes) == 1 and changes[0][0] >= today:
        return [(changes[0][0] - timedelta(days=1), 0), changes[0]]
    points = changes[:1]
    for day, count in [*changes[1:], (today, changes[-1][1])]:
        last_day, last_count = points[-1]
        if day <= last_day:
            continue
        if count != last_count and day - last_day > timedelta(days=1):
            points.append((day - timedelta(days=1), last_count))
        points.append((day, count))
    return points


def last_days(per_day: dict[str, int], today: date, count: int) -> list[float]:
    """Values for the ``count`` days ending today, 0 for days without an entry."""
    first = today - timedelta(days=count - 1)
    return [float(per_day.get((first + timedelta(days=n)).isoformat(), 0)) for n in range(count)]


def new_words_text(days: list[float]) -> str:
    week = int(sum(days[-7:]))
    return (f"today {int(days[-1])} · last 7 days {week}\n"
            f"last {len(days)} days {int(sum(days))} · best day {int(max(days, default=0))}")


def accuracy_text(accuracy: tuple[Accuracy, ...]) -> Text:
    """One line per kind of question: a bar, the share and the counts."""
    if not accuracy:
        return Text(NO_ANSWERS, style="dim")
    from reader.screens.quiz import TYPE_NAMES_SHOWN

    names = {item.item_type: TYPE_NAMES_SHOWN.get(item.item_type, item.item_type.capitalize())
             for item in accuracy}
    width = max(len(name) for name in names.values())
    text = Text()
    for n, item in enumerate(accuracy):
        filled = round(item.share * BAR_WIDTH)
        text.append(("\n" if n else "") + f"{names[item.item_type]:<{width}}  ")
        text.append("█" * filled, style="bold")
        text.append("░" * (BAR_WIDTH - filled), style="dim")
        text.append(f" {item.share:>4.0%}  ({item.correct} of {item.total})")
    return text


def streak_text(stats: LearnerStats) -> str:
    active = len(stats.activity)
    if not stats.streak_days:
        return f"No streak yet. Read or answer a quiz today to start one. Active days: {active}."
    return f"{_days(stats.streak_days)} in a row. Active days: {active}."


def _days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"
