"""The library: the learner's articles, sortable and filterable; what `reader` opens."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from reader.errors import UserError
from reader.labels import source_label, when_text
from reader.screens.dialogs import AddArticleDialog, ConfirmDialog
from reader.widgets.key_bar import KeyBar
from vocab.figures import article_figures
from vocab.models import ArticleError, LanguageDataMissing, Level

log = logging.getLogger("reader.library")

if TYPE_CHECKING:
    from reader.app import ReaderApp
    from vocab.store import ArticleSummary

# (key, label); each is a sort of `Store.list_articles`, done in SQL. Missing values
# (not analysed, never read) sort last.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", "Title"),
    ("source", "Source"),
    ("words", "Words"),
    ("level", "Level"),
    ("known", "Known"),
    ("glossary", "Glossary"),
    ("last_read", "Last read"),
)
# Rows are added to the table a page at a time, as the cursor or the scroll nears the
# end: adding 10,000 DataTable rows took ~1 s and ~100 MB. A page more than fills a
# screen.
PAGE_ROWS = 100
# Load the next page when the cursor is this close to the last row added.
PAGE_MARGIN = 20
# The title takes what the other columns leave, within these bounds.
TITLE_WIDTH = (16, 50)
SOURCE_WIDTH = 16
# Widths of the other columns and of the cell padding, so the table fits the screen.
OTHER_COLUMNS_WIDTH = SOURCE_WIDTH + 5 + 5 + 5 + 8 + 10 + 2 * len(COLUMNS) + 4


class SeedsAdded(Message):
    """The bundled articles are in the store (first run)."""


class LibraryChanged(Message):
    """Articles were added or their figures computed; the table should be re-read."""


class FiguresSaved(Message):
    """One article's figures were worked out: its row is updated in place."""

    def __init__(self, article_id: int, level: Level, glossary_size: int | None,
                 known_share: float) -> None:
        super().__init__()
        self.article_id = article_id
        self.level = level
        self.glossary_size = glossary_size
        self.known_share = known_share


class LibraryScreen(Screen[None]):
    """A table of the learner's articles. Enter opens one."""

    CSS_PATH = "../styles/library.tcss"
    BINDINGS = [
        Binding("enter", "open_article", "Open", show=False),
        Binding("a", "add_article", "Add"),
        Binding("d,delete", "delete_article", "Delete", key_display="d"),
        Binding("slash", "focus_filter", "Filter", key_display="/"),
        Binding("o", "cycle_sort", "Sort"),
        Binding("O", "reverse_sort", "Reverse sort", show=False),
        Binding("v", "app.open_screen('quiz')", "Review"),
        # Capital S: s is Settings everywhere.
        Binding("S", "app.open_screen('stats')", "Progress"),
        Binding("f", "app.open_screen('feeds')", "Feeds"),
        Binding("escape", "clear_filter", "Clear filter", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sort_key = "title"
        self.descending = False
        self._failed_source = ""
        """The last source that could not be added, offered again in the add dialog."""
        self._seeding = False
        self._figures_level: Level | None = None
        self._level_changed = False
        self._figures_queued: set[tuple[int, Level]] = set()
        self._articles: list[ArticleSummary] = []  # what the filter matches, sorted
        self._shown = 0  # how many of them are rows of the table

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(Content("Your library"), id="library-title")
        yield Input(placeholder="Filter by title or source (press / to type here)",
                    id="filter")
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Static(id="library-hint")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        app = self.reader_app
        if not app.store.get_setting("seeded", False):
            self.query_one("#library-hint", Static).update("Adding the bundled articles…")
            self._seeding = True
            self._add_seeds()
        else:
            self.refresh_table()
        self.watch(app, "engine_ready", self._engine_ready)
        self.watch(table, "scroll_y", self._table_scrolled, init=False)
        table.focus()

    def on_resize(self) -> None:
        self.refresh_table()

    def on_screen_resume(self) -> None:
        self.refresh_table()
        self._queue_figures()

    # -- the table ---------------------------------------------------------

    @property
    def article_count(self) -> int:
        """How many articles the filter matches (the table holds the first pages)."""
        return len(self._articles)

    def refresh_table(self) -> None:
        if self._seeding:
            return  # a half-seeded table would put the cursor on whichever came first
        app = self.reader_app
        table = self.query_one(DataTable)
        selected = self.selected_id()
        filter_text = self.query_one("#filter", Input).value.strip()
        self._articles = app.store.list_articles(filter_text, sort=self.sort_key,
                                                 descending=self.descending)
        # Columns are added again so their widths follow the screen (they only grow).
        table.clear(columns=True)
        arrow = " ▼" if self.descending else " ▲"
        for key, label in COLUMNS:
            table.add_column(Text(label + (arrow if key == self.sort_key else "")), key=key)
        self._shown = 0
        position = next((i for i, a in enumerate(self._articles) if a.id == selected), None)
        self._add_rows(max(PAGE_ROWS, (position or 0) + PAGE_MARGIN))
        if position is not None:
            table.move_cursor(row=position)
        hint = self.query_one("#library-hint", Static)
        if not self._articles:
            hint.update("No articles match. Press a to add one." if filter_text
                        else "No articles yet. Press a to add one.")
        else:
            count = len(self._articles)
            hint.update(f"{count} article{'s' if count != 1 else ''}")

    def _add_rows(self, upto: int) -> None:
        """Add the matching articles up to ``upto`` as rows (a page at a time)."""
        table = self.query_one(DataTable)
        now = self.reader_app.now()
        for article in self._articles[self._shown:upto]:
            table.add_row(*self._cells(article, now), key=str(article.id))
        self._shown = min(upto, len(self._articles))

    def _more_rows(self) -> None:
        """The next page, when the cursor or the scroll is near the last row added."""
        if self._shown >= len(self._articles):
            return
        table = self.query_one(DataTable)
        near_cursor = table.cursor_row >= self._shown - PAGE_MARGIN
        near_bottom = table.scroll_y >= table.max_scroll_y - PAGE_MARGIN
        if near_cursor or near_bottom:
            self._add_rows(self._shown + PAGE_ROWS)
            self._queue_figures()

    def shown_ids(self) -> list[int]:
        """The articles that are rows of the table now."""
        return [a.id for a in self._articles[:self._shown]]

    def _cells(self, article: ArticleSummary, now: datetime) -> list[Text]:
        # DataTable renders with Rich: Text cells are shown as written, never as markup.
        pending = Text("…", style="dim")
        title = Text(article.title, no_wrap=True)
        low, high = TITLE_WIDTH
        title.truncate(max(low, min(high, self.size.width - OTHER_COLUMNS_WIDTH)),
                       overflow="ellipsis")
        source = Text(source_label(article.source_url or article.source), no_wrap=True)
        source.truncate(SOURCE_WIDTH, overflow="ellipsis")
        return [
            title,
            source,
            Text(f"{article.word_count:,}", justify="right"),
            Text(article.level.value) if article.level else pending,
            Text(f"{article.known_share:.0%}", justify="right")
            if article.known_share is not None else pending,
            Text(str(article.glossary_size), justify="right")
            if article.glossary_size is not None else pending,
            Text(when_text(article.last_read_at, now)),
        ]

    def selected_id(self) -> int | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return int(row_key.value) if row_key.value is not None else None

    # -- events and actions -------------------------------------------------

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_article()

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self) -> None:
        self._more_rows()

    def _table_scrolled(self) -> None:
        self._more_rows()

    @on(DataTable.HeaderSelected)
    def _header_selected(self, event: DataTable.HeaderSelected) -> None:
        key = event.column_key.value or "title"
        self.descending = not self.descending if key == self.sort_key else False
        self.sort_key = key
        self.refresh_table()

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self.refresh_table()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.query_one(DataTable).focus()
        self.action_open_article()

    def action_open_article(self) -> None:
        article_id = self.selected_id()
        if article_id is not None:
            from reader.screens.reading import ReadingScreen

            self.app.push_screen(ReadingScreen(article_id))

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_clear_filter(self) -> None:
        filter_input = self.query_one("#filter", Input)
        filter_input.value = ""
        self.query_one(DataTable).focus()

    def action_cycle_sort(self) -> None:
        keys = [key for key, _ in COLUMNS]
        self.sort_key = keys[(keys.index(self.sort_key) + 1) % len(keys)]
        self.descending = False
        self.refresh_table()

    def action_reverse_sort(self) -> None:
        self.descending = not self.descending
        self.refresh_table()

    def action_delete_article(self) -> None:
        article_id = self.selected_id()
        if article_id is None:
            return
        stored = self.reader_app.store.get_article(article_id)
        title = stored.article.title if stored else "this article"

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.reader_app.store.delete_article(article_id)
                self.refresh_table()
                self.notify(f"Deleted “{title}”.", markup=False)

        self.app.push_screen(ConfirmDialog(f"Delete “{title}” from your library?"), confirmed)

    def action_add_article(self) -> None:
        def chosen(source: str | None) -> None:
            if source:
                self.query_one("#library-hint", Static).update(Content(f"Reading {source}…"))
                self._add_article(source)

        # A source that failed is offered again, to correct rather than retype.
        self.app.push_screen(AddArticleDialog(self._failed_source), chosen)

    # -- workers: they post messages, handlers touch the widgets ----------------

    @work(thread=True, group="library", exit_on_error=False)
    def _add_seeds(self) -> None:
        from vocab.articles import bundled_seed_paths, load_article

        store = self.reader_app.store
        for path in bundled_seed_paths():
            try:
                store.add_article(load_article(path))
            except ArticleError:
                continue  # a damaged seed must not stop the others
        store.set_setting("seeded", True)
        self.post_message(SeedsAdded())

    @work(thread=True, group="library", exit_on_error=False)
    def _add_article(self, source: str) -> None:
        from reader.commands.common import is_url, read_article

        try:
            article = read_article(source)
        except (ArticleError, UserError, OSError) as error:
            self._failed_source = source
            self.app.call_from_thread(
                self.notify, str(error), title="Could not add", severity="error", markup=False
            )
            self.post_message(LibraryChanged())
            return
        self._failed_source = ""
        self.reader_app.store.add_article(
            article, source_url=source if is_url(source) else None
        )
        self.app.call_from_thread(self.notify, f"Added “{article.title}”.", markup=False)
        self.post_message(LibraryChanged())

    def on_seeds_added(self, _: SeedsAdded) -> None:
        self._seeding = False
        self.refresh_table()
        self._queue_figures()

    def on_figures_saved(self, message: FiguresSaved) -> None:
        position = next((i for i, a in enumerate(self._articles)
                         if a.id == message.article_id), None)
        if position is None:
            return
        article = replace(self._articles[position], level=message.level,
                          glossary_size=message.glossary_size,
                          known_share=message.known_share)
        self._articles[position] = article
        if position < self._shown:
            table = self.query_one(DataTable)
            cells = self._cells(article, self.reader_app.now())
            for (key, _), cell in zip(COLUMNS, cells, strict=True):
                if key in ("level", "known", "glossary"):
                    table.update_cell(str(article.id), key, cell)

    def on_library_changed(self, _: LibraryChanged) -> None:
        self.refresh_table()
        self._queue_figures()

    def _engine_ready(self, ready: bool) -> None:
        if ready:
            self._queue_figures()

    def _queue_figures(self) -> None:
        """Work out level, known share and glossary size of articles that lack them, or
        of every article when the learner's level changed since they were worked out."""
        app = self.reader_app
        if not app.engine_ready:
            return
        level = app.profile.level
        if self._figures_level is None:
            saved = app.store.get_setting("figures_level")
            self._figures_level = Level(saved) if saved in Level.__members__ else None
        # Only the articles in the table: with thousands of articles, working out
        # every one's figures would keep the engine (and the memory) busy for minutes.
        if level != self._figures_level:
            self._figures_level = level
            self._level_changed = True  # rows added later need new figures too
            app.store.set_setting("figures_level", level.value)
        wanted = [
            (a.id, level) for a in self._articles[:self._shown]
            if (a.level is None or self._level_changed) and (a.id, level) not in
            self._figures_queued
        ]
        if wanted:
            self._figures_queued.update(wanted)
            self._compute_figures([article_id for article_id, _ in wanted])

    @work(thread=True, group="figures", exit_on_error=False)
    def _compute_figures(self, article_ids: list[int]) -> None:
        """Analyse articles in the background so the table can show level and known share."""
        app = self.reader_app
        try:
            engine = app.wait_for_engine()
        except LanguageDataMissing:
            return  # the app already told the learner what to install
        for article_id in article_ids:
            stored = app.store.get_article(article_id)
            if stored is None:
                continue
            try:
                analysis = app.analyses.get(stored, lambda: engine)
                profile = app.profile
                figures = article_figures(analysis.tokens, profile)
            except Exception:  # our bug: one article's figures must not stop the others
                log.exception("analysing article %s failed", article_id)
                continue
            try:
                glossary_size: int | None = len(engine.glossary(analysis, profile))
            except Exception:
                log.exception("the glossary of article %s failed", article_id)
                glossary_size = None
            app.store.update_article_stats(article_id, figures.level, glossary_size,
                                           figures.known_share)
            self.post_message(FiguresSaved(article_id, figures.level, glossary_size,
                                           figures.known_share))
