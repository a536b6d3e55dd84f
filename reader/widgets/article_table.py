"""The library's table of articles, drawn a line at a time.

A library may hold 10,000 articles. The table knows every article's id, in the
order of the sort, but fetches and draws only the rows on screen (Textual's line
API): sorting or filtering costs one query of ids and a screen of rows, wherever
the cursor is. Textual's DataTable measured and styled every row it was given
(~1 s for 5,000 rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.labels import known_percent, source_label, when_text
from vocab.store import ArticleSummary


@dataclass(frozen=True)
class Column:
    key: str  # a sort of `Store.list_articles`
    label: str
    width: int  # cells, without the padding; the title takes what the others leave
    numeric: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("title", "Title", 16),
    Column("source", "Source", 16),
    Column("words", "Words", 6, numeric=True),
    Column("level", "Level", 5),
    Column("known", "Known", 5, numeric=True),
    Column("glossary", "Glossary", 8, numeric=True),
    Column("last_read", "Last read", 10),
)
# A VOA headline runs to about 70 characters: at 200 columns one of 63 was cut at 50
# ("...Security Guara…") beside 80 empty columns (tmux walk-through). Wider still, the
# figures would sit far from the short titles, across a gap the eye loses its row in.
TITLE_WIDTH = (16, 72)
# On a narrow terminal the source gives way first, so the title (what a learner chooses
# by) keeps about this much. Below this width the source is left out rather than cut:
# at 80 columns it read "sample …" and "learnin…" and took 10 cells from the titles
# (QA walk-through); the filter still finds articles by it.
SOURCE_MIN_WIDTH = 12
TITLE_COMFORT = 28
# Sorted by source, the source is shown however narrow the terminal, this wide at least
# ("sample article" whole): the learner asked for that order, and sees it.
SOURCE_SORTED_WIDTH = 14
CELL_PADDING = 1
# Figures not worked out yet (the library's background job fills them in).
PENDING = "…"
# Rows fetched beyond the screen, so a few steps of the cursor need no query.
FETCH_MARGIN = 20


def _fit(text: str, width: int, *, right: bool = False) -> str:
    """``text`` in exactly ``width`` cells: cut with an ellipsis, or padded."""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    padding = " " * (width - cell_len(text))
    return padding + text if right else text + padding


def word_count_text(words: int) -> str:
    """A word count that fits its column: "1,234", and "150k" past 99,999 ("621,4…")."""
    return f"{words:,}" if words < 100_000 else f"{words // 1000}k"


def row_cells(article: ArticleSummary, now: datetime) -> list[str]:
    """One article's cells as the table shows them, before fitting them to their column."""
    return [
        article.title,
        source_label(article.source_url or article.source),
        word_count_text(article.word_count),
        article.level.value if article.level else PENDING,
        known_percent(article.known_share) if article.known_share is not None else PENDING,
        str(article.glossary_size) if article.glossary_size is not None else PENDING,
        when_text(article.last_read_at, now),
    ]


class ArticleTable(ScrollView, can_focus=True):
    """Articles as rows: a header that names the sort, a cursor, Enter opens."""

    COMPONENT_CLASSES = {
        "article-table--header",
        "article-table--cursor",
        "article-table--even-row",
        "article-table--pending",
    }
    DEFAULT_CSS = """
    ArticleTable {
        background: $surface;
        color: $foreground;
        &:focus {
            background-tint: $foreground 5%;
            & > .article-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        & > .article-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .article-table--even-row {
            background: $surface-lighten-1 50%;
        }
        &:dark > .article-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .article-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .article-table--pending {
            color: $text-muted;
        }
    }
    """
    BINDINGS = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Open", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True)

    class Highlighted(Message):
        """The cursor is on another article (or on the same one after a new listing)."""

        def __init__(self, article_id: int | None) -> None:
            super().__init__()
            self.article_id = article_id

    class Selected(Message):
        """Enter, or a click on the row under the cursor: open this article."""

        def __init__(self, article_id: int) -> None:
            super().__init__()
            self.article_id = article_id

    class SortRequested(Message):
        """A click on a column's header."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(
        self,
        load: Callable[[Sequence[int]], Sequence[ArticleSummary]],
        now: Callable[[], datetime],
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._load = load
        self._now = now
        self._ids: list[int] = []
        self._rows: dict[int, ArticleSummary] = {}  # fetched so far, by id
        self.sort_key = "title"
        self.descending = False

    # -- what the table shows ------------------------------------------------------

    def show(self, ids: list[int], *, sort_key: str, descending: bool,
             cursor_id: int | None = None) -> None:
        """A new listing: every matching id in order; the cursor stays on ``cursor_id``."""
        self._ids = ids
        self._rows = {}
        self.sort_key, self.descending = sort_key, descending
        self._update_virtual_size()
        row = ids.index(cursor_id) if cursor_id in ids else 0
        self.cursor_row = row
        self._scroll_to_cursor(center=True)
        self.refresh()

    def update_article(self, article: ArticleSummary) -> None:
        """New figures of one article: its row is redrawn if it is on screen."""
        if article.id in self._rows:
            self._rows[article.id] = article
            self.refresh()

    @property
    def row_count(self) -> int:
        return len(self._ids)

    @property
    def selected_id(self) -> int | None:
        return self._ids[self.cursor_row] if self._ids else None

    def move_cursor(self, row: int) -> None:
        self.cursor_row = max(0, min(row, len(self._ids) - 1))
        self._scroll_to_cursor()

    def visible_articles(self) -> list[ArticleSummary]:
        """The articles on screen and a margin around them, fetched if need be."""
        top = max(0, round(self.scroll_y) - FETCH_MARGIN)
        bottom = round(self.scroll_y) + self._rows_on_screen() + FETCH_MARGIN
        return self._fetch(top, bottom)

    def row_text(self, row: int) -> list[str]:
        """The cells of one row as written (not cut to the columns): for tests and help."""
        return row_cells(self._fetch(row, row + 1)[0], self._now())

    # -- drawing -------------------------------------------------------------------

    def _rows_on_screen(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _fetch(self, top: int, bottom: int) -> list[ArticleSummary]:
        wanted = self._ids[top:bottom]
        missing = [article_id for article_id in wanted if article_id not in self._rows]
        if missing:
            self._rows.update((a.id, a) for a in self._load(missing))
        return [self._rows[article_id] for article_id in wanted if article_id in self._rows]

    def _widths(self) -> list[int]:
        """Each column's width in cells; 0 for the source when it is left out (a
        narrow terminal)."""
        figures = sum(column.width + 2 * CELL_PADDING for column in COLUMNS[2:])
        room = self.scrollable_content_region.width - figures - 4 * CELL_PADDING
        source = min(COLUMNS[1].width, room - TITLE_COMFORT)
        if self.sort_key == "source":
            source = max(source, SOURCE_SORTED_WIDTH)
        elif source < SOURCE_MIN_WIDTH:
            source, room = 0, room + 2 * CELL_PADDING  # its padding goes to the title
        low, high = TITLE_WIDTH
        title = max(low, min(high, room - source))
        return [title, source, *(column.width for column in COLUMNS[2:])]

    def _shown(self) -> list[tuple[Column, int]]:
        """The columns on show, with their widths."""
        return [(column, width) for column, width in zip(COLUMNS, self._widths(), strict=True)
                if width]

    @property
    def shows_source(self) -> bool:
        """Whether the source column is on show (not on a narrow terminal)."""
        return self._widths()[1] > 0

    def _table_width(self) -> int:
        return sum(width + 2 * CELL_PADDING for _, width in self._shown())

    def on_resize(self) -> None:
        self._update_virtual_size()

    def _update_virtual_size(self) -> None:
        self.virtual_size = Size(self._table_width(), len(self._ids) + 1)  # + the header

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            return self._line(self._header_cells(), base, self._style("header"), width,
                              header=True)
        row = round(self.scroll_y) + y - 1
        if row >= len(self._ids):
            return Strip.blank(width, base)
        if self._ids[row] not in self._rows:
            top = round(self.scroll_y)
            self._fetch(top, top + self._rows_on_screen() + FETCH_MARGIN)
        article = self._rows.get(self._ids[row])
        if article is None:  # deleted since the listing
            return Strip.blank(width, base)
        if row == self.cursor_row:
            row_style = self._style("cursor")
        elif row % 2 == 0:  # as DataTable's zebra stripes: the first row is even
            row_style = self._style("even-row")
        else:
            row_style = Style()
        return self._line(row_cells(article, self._now()), base, row_style, width)

    def _header_cells(self) -> list[str]:
        arrow = "▼" if self.descending else "▲"  # right after the label: "Known▲" fits
        return [column.label + (arrow if column.key == self.sort_key else "")
                for column in COLUMNS]

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"article-table--{name}", partial=True)

    def _line(self, cells: list[str], base: Style, row_style: Style, width: int, *,
              header: bool = False) -> Strip:
        pending = base + row_style + self._style("pending")
        style = base + row_style
        pad = " " * CELL_PADDING
        segments = []
        for column, column_width, text in zip(COLUMNS, self._widths(), cells, strict=True):
            if not column_width:
                continue  # left out on a narrow terminal
            if header and cell_len(text) > column_width:
                # The sort arrow after a label as wide as its column ("Known▲") takes
                # the padding after it, rather than cutting the label and itself off.
                fitted, after = _fit(text, column_width + CELL_PADDING, right=column.numeric), ""
            else:
                fitted, after = _fit(text, column_width, right=column.numeric), pad
            segments.append(Segment(pad + fitted + after,
                                    pending if text == PENDING else style))
        strip = Strip(segments).crop(0, width)
        return strip.extend_cell_length(width, style)

    # -- moving and choosing ---------------------------------------------------------

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh()
        self.post_message(self.Highlighted(self.selected_id))

    def _scroll_to_cursor(self, *, center: bool = False) -> None:
        height = self._rows_on_screen()
        top = round(self.scroll_y)
        if center:
            target = self.cursor_row - height // 2
        elif self.cursor_row < top:
            target = self.cursor_row
        elif self.cursor_row >= top + height:
            target = self.cursor_row - height + 1
        else:
            return
        self.scroll_to(y=max(0, target), animate=False)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor_row - self._rows_on_screen())

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor_row + self._rows_on_screen())

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self._ids) - 1)

    def action_select(self) -> None:
        if self.selected_id is not None:
            self.post_message(self.Selected(self.selected_id))

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            key = self._column_at(event.x + round(self.scroll_x))
            if key is not None:
                self.post_message(self.SortRequested(key))
            return
        row = round(self.scroll_y) + event.y - 1
        if not 0 <= row < len(self._ids):
            return
        if row == self.cursor_row:
            self.action_select()
        else:
            self.move_cursor(row)

    def _column_at(self, x: int) -> str | None:
        left = 0
        for column, width in self._shown():
            left += width + 2 * CELL_PADDING
            if x < left:
                return column.key
        return None
