"""A calendar heat map of the learner's days: one cell per day, weeks as columns.

Shading is a glyph as well as a colour (· ░ ▒ ▓ █), so the map reads in 16-colour
terminals and for learners who do not tell the colours apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from rich.text import Text
from textual.app import RenderResult
from textual.reactive import reactive
from textual.widget import Widget

# Day labels in the first column (Monday first, as ISO weeks); blank rows keep it light.
DAY_LABELS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
LABEL_WIDTH = 4
CELL_WIDTH = 2
# No activity, then four steps of a day's activity relative to the busiest day shown.
SHADES = ("·", "░", "▒", "▓", "█")
MIN_WEEKS, MAX_WEEKS = 4, 26


def shade(count: int, busiest: int) -> str:
    """The glyph for a day with ``count`` activities when the busiest day had ``busiest``."""
    if count <= 0 or busiest <= 0:
        return SHADES[0]
    step = -(-count * (len(SHADES) - 1) // busiest)  # ceiling: any activity shows
    return SHADES[min(step, len(SHADES) - 1)]


def calendar_rows(activity: Mapping[str, int], today: date, weeks: int) -> list[str]:
    """The map as plain lines: a month line, then one line per weekday.

    ``activity`` maps ISO days to how much the learner did (reads, answers, lookups);
    the last column is the week of ``today``; days after today are blank.
    """
    first_monday = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    days = [first_monday + timedelta(days=n) for n in range(weeks * 7)]
    shown = [activity.get(day.isoformat(), 0) for day in days if day <= today]
    busiest = max(shown, default=0)
    months = [" "] * (LABEL_WIDTH + weeks * CELL_WIDTH + 3)
    for week in range(weeks):
        # A week is in the month of its Thursday, as ISO weeks count: most of its days.
        # By its Monday, Thursday 3 December's week (from 30 November) named no December
        # (QA walk-through).
        thursday = days[week * 7 + 3]
        if week == 0 or thursday.month != days[week * 7 - 4].month:
            label = thursday.strftime("%b")
            start = LABEL_WIDTH + week * CELL_WIDTH
            if all(cell == " " for cell in months[max(0, start - 1):start + len(label)]):
                months[start:start + len(label)] = list(label)
    lines = ["".join(months).rstrip()]
    for weekday, label in enumerate(DAY_LABELS):
        cells = []
        for week in range(weeks):
            day = days[week * 7 + weekday]
            cells.append(" " if day > today else shade(activity.get(day.isoformat(), 0), busiest))
        lines.append(f"{label:<{LABEL_WIDTH}}" + " ".join(cells))
    return lines


class ActivityCalendar(Widget):
    """The last weeks of activity, as many as the widget's width allows."""

    DEFAULT_CSS = """
    ActivityCalendar {
        height: 8;
        width: 1fr;
        color: $text-success;
    }
    """

    activity: reactive[dict[str, int]] = reactive(dict, layout=False)
    today: reactive[date | None] = reactive(None)

    def render(self) -> RenderResult:
        if self.today is None:
            return ""
        room = (self.size.width - LABEL_WIDTH) // CELL_WIDTH
        weeks = max(MIN_WEEKS, min(MAX_WEEKS, room))
        lines = calendar_rows(self.activity, self.today, weeks)
        text = Text(lines[0], style="dim")
        for line in lines[1:]:
            text.append("\n")
            text.append(line[:LABEL_WIDTH], style="dim")
            text.append(line[LABEL_WIDTH:])
        return text
