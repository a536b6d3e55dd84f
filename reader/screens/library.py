"""The library: the learner's articles, sortable and filterable; what `reader` opens."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Static

from reader.failures import ReportsWorkerFailures, internal_error
from reader.labels import cleaning_note, counted, replaced_text_note
from reader.preparation import doing_text, percent_text
from reader.screens.dialogs import (
    PASTED_SOURCE,
    AddArticleDialog,
    ConfirmDialog,
    ReadSource,
)
from reader.widgets.article_table import COLUMNS, ArticleTable
from reader.widgets.key_bar import KeyBar
from vocab.figures import article_figures
from vocab.models import ArticleError, LanguageDataMissing, Level

log = logging.getLogger("reader.library")

if TYPE_CHECKING:
    from reader.app import ReaderApp
    from vocab.setup_progress import SetupProgress
    from vocab.store import StoredArticle

# The setting that keeps the library's sort between sessions: {"column", "descending"}.
SORT_SETTING = "library_sort"
# How often the library looks for articles another process added (`reader import`):
# one PRAGMA, answered from memory.
OUTSIDE_CHANGES_S = 3.0


class SeedsAdded(Message):
    """The bundled articles are in the store (first run)."""


class LibraryChanged(Message):
    """Articles were added or their figures computed; the table should be re-read.
    ``added``: the article just added, which the table then shows and selects."""

    def __init__(self, added: int | None = None) -> None:
        super().__init__()
        self.added = added


class FiguresSaved(Message):
    """One article's figures were worked out: its row is updated in place."""

    def __init__(self, article_id: int, level: Level, glossary_size: int | None,
                 known_share: float) -> None:
        super().__init__()
        self.article_id = article_id
        self.level = level
        self.glossary_size = glossary_size
        self.known_share = known_share


PREPARATION_HINT = "Preparing the dictionary (first start only)"


class LibraryScreen(ReportsWorkerFailures, Screen[None]):
    """A table of the learner's articles. Enter opens one."""

    BINDINGS = [
        Binding("enter", "open_article", "Open", show=False),
        Binding("a", "add_article", "Add"),
        Binding("d,delete", "delete_article", "Delete", key_display="d"),
        # A priority key: the app answers it before it hands on the keys after it, so
        # text typed at once after "/" goes into the filter (`action_focus_filter`).
        Binding("slash", "focus_filter", "Filter", key_display="/", priority=True),
        Binding("o", "cycle_sort", "Sort"),
        Binding("O", "reverse_sort", "Reverse sort", show=False),
        Binding("v", "app.open_screen('quiz')", "Review"),
        # Capital S: s is Settings everywhere. In the key bar "Stats" and "Words" (their
        # groups' names), in the help and the palette the screens' names: with those the
        # bar had no room for "o Sort" at 100 columns (QA walk-through).
        Binding("S", "app.open_screen('stats')", "Your progress (stats)",
                group=Binding.Group("Stats")),
        Binding("f", "app.open_screen('feeds')", "Feeds"),
        Binding("w", "app.open_screen('words')", "Your words", group=Binding.Group("Words")),
        Binding("escape", "clear_filter", "Clear filter", show=False),
        # Reached only from the filter (the table takes its own Down): to its results.
        Binding("down", "to_results", "", show=False),
    ]

    def __init__(self, select: int | None = None) -> None:
        super().__init__()
        self._first_selected = select  # the article the cursor starts on
        # The learner's last sort, kept across sessions.
        saved = self.reader_app.store.get_setting(SORT_SETTING)
        saved = saved if isinstance(saved, dict) else {}
        column = saved.get("column")
        self.sort_key = column if column in {c.key for c in COLUMNS} else "title"
        self.descending = bool(saved.get("descending", False))
        self._seeding = False
        # A first start's step (`show_preparation`).
        self._preparation: SetupProgress | None = None
        self._figures_level: Level | None = None
        self._level_changed = False
        self._figures_marks: str | None = None  # `LearnerProfile.marks_digest`
        self._marks_changed = False
        self._figures_queued: set[tuple[int, Level]] = set()

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(Content("Your library"), id="library-title")
        yield Input(placeholder="Filter by title or source (press / to type here)",
                    id="filter")
        store = self.reader_app.store
        yield ArticleTable(store.article_summaries, self.reader_app.now, id="articles")
        yield Static(id="library-hint")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(ArticleTable)
        app = self.reader_app
        if not app.store.get_setting("seeded", False):
            self.query_one("#library-hint", Static).update("Adding the bundled articles…")
            self._seeding = True
            self._add_seeds()
        else:
            self.refresh_table(select=self._first_selected)
        self.watch(app, "engine_ready", self._engine_ready)
        self.watch(app, "due", self._due_changed, init=False)  # marks and answers change it
        self.watch(table, "scroll_y", self._table_scrolled, init=False)
        table.focus()
        app.store.changed_elsewhere()  # from now on
        self.set_interval(OUTSIDE_CHANGES_S, self._pick_up_outside_changes)

    @property
    def _on_top(self) -> bool:
        """Whether the library is the screen the learner sees. Not `is_current`, which
        holds for the screen just under the top one too: its hint line redrawn every few
        seconds under an article had the article written to the terminal whole each time
        (QA walk-through); `on_screen_resume` reads table and hint again on return."""
        return self.app.screen is self

    @property
    def _under_a_dialog(self) -> bool:
        """Whether the library shows around a dialog over it (the level offer)."""
        stack = self.app.screen_stack
        return len(stack) > 1 and stack[-2] is self and isinstance(stack[-1], ModalScreen)

    def _pick_up_outside_changes(self) -> None:
        """Articles added or deleted by another process (`reader import`) show up, and
        the marks, answers and level of another window on the same learner count here."""
        if not self._on_top:
            if self._preparation is not None and self._under_a_dialog:
                # A first start's level offer covers the library, not its hint line: a
                # figure that stood at 2% for the whole compile looked like a hang.
                self._update_hint()
            return
        if self.reader_app.store.changed_elsewhere():
            self.reader_app.refresh_learner()
            self.refresh_table()
            self._queue_figures()
        else:  # words come due while the library is open
            self._update_hint()

    def _due_changed(self) -> None:
        if self._on_top:
            self._update_hint()

    def on_screen_resume(self) -> None:
        self.refresh_table()
        self._queue_figures()
        # Not while the article `reader story.txt` opened covers it (`is_current` holds
        # for the screen just under the top one, too).
        if self.app.screen is self:
            self.reader_app.offer_placement_once()

    # -- the table ---------------------------------------------------------

    @property
    def article_count(self) -> int:
        """How many articles the filter matches."""
        return self.query_one(ArticleTable).row_count

    def refresh_table(self, select: int | None = None) -> None:
        """Read the table again; the cursor stays where it was, or goes to ``select``."""
        if self._seeding:
            return  # a half-seeded table would put the cursor on whichever came first
        table = self.query_one(ArticleTable)
        filter_text = self.query_one("#filter", Input).value.strip()
        ids = self.reader_app.store.article_ids(filter_text, sort=self.sort_key,
                                                descending=self.descending)
        table.show(ids, sort_key=self.sort_key, descending=self.descending,
                   cursor_id=select if select is not None else table.selected_id)
        self._update_hint()

    def _update_hint(self) -> None:
        """The line under the table: a first start's step, else how many articles."""
        hint = self.query_one("#library-hint", Static)
        count = self.article_count
        filter_text = self.query_one("#filter", Input).value.strip()
        if self._preparation is not None:
            # In plain words, with how far it is: "reading WordNet 3.0 from /usr/..."
            # told a learner nothing (QA walk-through). Redrawn every few seconds
            # (`_pick_up_outside_changes`), so the figure moves within a long step.
            share = percent_text(self.reader_app.preparation_share())
            hint.update(Content(f"{PREPARATION_HINT}: {doing_text(self._preparation)}… {share}"))
        elif filter_text:
            # The filter has the keys: "Press a" would type an "a" there.
            total = self.reader_app.store.article_count()
            hint.update(Content(f"{count:,} of {counted(total, 'article')} match “{filter_text}”"
                                if count else
                                f"No articles match “{filter_text}”: Esc clears the filter."))
        elif not count:
            hint.update("No articles yet. Press a to add one.")
        else:
            # A learner back for the evening's review saw only "7 articles": the words
            # due were counted in Progress alone (QA walk-through).
            due = self.reader_app.store.count_to_review(self.reader_app.now())
            hint.update(counted(count, "article")
                        + (f" · {counted(due, 'word')} to review now: press v" if due else ""))

    def selected_id(self) -> int | None:
        return self.query_one(ArticleTable).selected_id

    def show_preparation(self, step: SetupProgress | None) -> None:
        """A step of the first start's dictionary preparation in the hint line (toasts
        would cover the welcome dialog); None when it is over."""
        self._preparation = step
        if not self._seeding:  # the table is not filled yet: it says so until it is
            self._update_hint()

    # -- events and actions -------------------------------------------------

    @on(ArticleTable.Selected)
    def _row_selected(self, event: ArticleTable.Selected) -> None:
        event.stop()
        self.action_open_article()

    @on(ArticleTable.Highlighted)
    def _row_highlighted(self) -> None:
        self._queue_figures()

    def _table_scrolled(self) -> None:
        self._queue_figures()

    @on(ArticleTable.SortRequested)
    def _header_selected(self, event: ArticleTable.SortRequested) -> None:
        key = event.key
        self._sort_by(key, not self.descending if key == self.sort_key else False)

    def _sort_by(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.reader_app.store.set_setting(SORT_SETTING, {"column": key,
                                                         "descending": descending})
        self.refresh_table()

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self.refresh_table()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.query_one(ArticleTable).focus()
        self.action_open_article()

    def action_open_article(self) -> None:
        article_id = self.selected_id()
        if article_id is not None:
            self.reader_app.open_article(article_id)

    def action_focus_filter(self) -> None:
        # At once, not as `Widget.focus` does after the keys already queued: "/garden"
        # typed together opened the Add dialog, its "a" taken as Add (QA walk-through).
        self.set_focus(self.query_one("#filter", Input))

    def _typing_in_filter(self) -> bool:
        """Whether the filter has the keys: a "/" is then part of its text."""
        return self.focused is self.query_one("#filter", Input)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "focus_filter":  # in the filter, "/" is typed (`None`: dimmed)
            return None if self._typing_in_filter() else True
        return True

    def action_to_results(self) -> None:
        self.query_one(ArticleTable).focus()

    def action_clear_filter(self) -> None:
        filter_input = self.query_one("#filter", Input)
        filter_input.value = ""
        self.query_one(ArticleTable).focus()

    def action_cycle_sort(self) -> None:
        keys = [column.key for column in COLUMNS]
        self._sort_by(keys[(keys.index(self.sort_key) + 1) % len(keys)], False)

    def action_reverse_sort(self) -> None:
        self._sort_by(self.sort_key, not self.descending)

    def action_delete_article(self) -> None:
        article_id = self.selected_id()
        if article_id is None:
            return
        stored = self.reader_app.store.get_article(article_id)
        title = _quoted(stored.article.title) if stored else "this article"

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.reader_app.store.delete_article(article_id)
                self.reader_app.forget_article(article_id)
                self.refresh_table()
                self.notify(f"Deleted {title}.", markup=False)

        self.app.push_screen(ConfirmDialog(f"Delete {title} from your library?"), confirmed)

    def action_add_article(self) -> None:
        def chosen(read: ReadSource | None) -> None:
            if read is not None:
                self._add_article(read)

        self.app.push_screen(AddArticleDialog(), chosen)

    # -- workers: they post messages, handlers touch the widgets ----------------

    @work(thread=True, group="library", exit_on_error=False)
    def _add_seeds(self) -> None:
        from vocab.articles import bundled_seed_paths, load_seed

        store = self.reader_app.store
        for path in bundled_seed_paths():
            try:
                store.add_article(load_seed(path))
            except ArticleError:
                continue  # a damaged seed must not stop the others
        store.set_setting("seeded", True)
        self.post_message(SeedsAdded())

    @work(thread=True, group="library", exit_on_error=False)
    def _add_article(self, read: ReadSource) -> None:
        store = self.reader_app.store
        names = read.file_names
        article = replace(read.article, source=names[0]) if names else read.article
        title = article.title
        try:
            known = store.find_article(source_url=read.url, body=article.body, file_names=names)
            saved = store.get_article(known) if known is not None else None
            if saved is not None and read.source == PASTED_SOURCE \
                    and saved.article.body == article.body and saved.article.title != title:
                # A saved text pasted under another title: asked, not updated (the story
                # took the pasted title and lost its file as its source, QA walk-through).
                self.app.call_from_thread(self._ask_rename, saved, title)
                return
            # The one saved is updated: the same text, address or file, read again.
            added = store.add_article(article, source_url=read.url, file_names=names)
        except Exception:  # our bug: said and logged, not an article silently missing
            log.exception("adding %r failed", title)
            self.app.call_from_thread(self.notify, internal_error(f"“{title}” could not be added"),
                                      severity="error", timeout=15, markup=False)
            return
        if saved is None:
            said = f"Added “{title}”: {cleaning_note(article)}"
        elif note := replaced_text_note(saved.article, article):
            renamed = ("" if saved.article.title == title
                       else f", already in your library as “{saved.article.title}”")
            said = f"Updated “{title}”{renamed}: {note}"
        elif saved.article.title == title:  # the same story, perhaps from another file
            said = f"“{title}” is already in your library."
        elif names:  # the same text from another file changes nothing (`add_article`)
            said = f"This text is already in your library as “{saved.article.title}”."
        else:
            said = f"Updated “{title}”, already in your library as “{saved.article.title}”."
        self.app.call_from_thread(self.notify, said, markup=False)
        self.post_message(LibraryChanged(added))

    def _ask_rename(self, saved: StoredArticle, title: str) -> None:
        """Rename the saved article ``title``, or keep it as it is, as the learner says;
        either way it keeps its source and everything read and looked up in it."""
        old = saved.article.title

        def answered(rename: bool | None) -> None:
            if rename:
                self.reader_app.store.add_article(replace(saved.article, title=title),
                                                  source_url=saved.source_url)
                self.notify(f"Renamed “{old}” “{title}”.", markup=False)
            else:
                self.notify(f"Kept “{old}”: this text is in your library already.",
                            markup=False)
            self.post_message(LibraryChanged(saved.id))

        self.app.push_screen(ConfirmDialog(
            f"This text is already in your library as “{old}”. Rename it “{title}”?"),
            answered)

    def on_seeds_added(self, _: SeedsAdded) -> None:
        self._seeding = False
        self.refresh_table(select=self._first_selected)
        self._queue_figures()

    def on_figures_saved(self, message: FiguresSaved) -> None:
        table = self.query_one(ArticleTable)
        for article in table.visible_articles():
            if article.id == message.article_id:
                table.update_article(replace(article, level=message.level,
                                             glossary_size=message.glossary_size,
                                             known_share=message.known_share))

    def on_library_changed(self, message: LibraryChanged) -> None:
        filter_input = self.query_one("#filter", Input)
        if message.added is not None and filter_input.value.strip():
            # The filter must not hide what was just added ("Added ..." and no row).
            with filter_input.prevent(Input.Changed):
                filter_input.value = ""
        self.refresh_table(select=message.added)
        self._queue_figures()

    def _engine_ready(self, ready: bool) -> None:
        if ready:
            self._queue_figures()

    def _queue_figures(self) -> None:
        """Work out level, known share and glossary size of articles that lack them, or
        of every article when the learner's level or marks changed since they were
        worked out."""
        app = self.reader_app
        if not app.engine_ready:
            return
        level = app.profile.level
        if self._figures_level is None:
            saved = app.store.get_setting("figures_level")
            self._figures_level = Level(saved) if saved in Level.__members__ else None
        # Only the articles on screen: with thousands of articles, working out
        # every one's figures would keep the engine (and the memory) busy for minutes.
        if level != self._figures_level:
            self._figures_level = level
            self._level_changed = True  # rows added later need new figures too
            # Figures worked out at this level before were saved over since: back at
            # B1 after A2, the rows kept A2's (QA walk-through).
            self._figures_queued.clear()
            app.store.set_setting("figures_level", level.value)
        marks = app.profile.marks_digest()
        if self._figures_marks is None:
            self._figures_marks = app.store.get_setting("figures_marks")
        if marks != self._figures_marks:
            # Words marked while reading another story (or by `reader import`) change
            # every story's known share, not only the one read (QA walk-through).
            self._figures_marks = marks
            self._marks_changed = True
            self._figures_queued.clear()
            app.store.set_setting("figures_marks", marks)
        table = self.query_one(ArticleTable)
        stale = [a for a in table.visible_articles()
                 if (a.level is None or self._level_changed or self._marks_changed)
                 and (a.id, level) not in self._figures_queued]
        if stale:
            if self._level_changed:
                for article in stale:
                    # Known share and glossary size are the old level's until worked
                    # out again: shown as pending, not as figures for this level. A few
                    # new marks move them a little: those stay until redone.
                    table.update_article(replace(article, known_share=None,
                                                 glossary_size=None))
            self._figures_queued.update((a.id, level) for a in stale)
            self._compute_figures([a.id for a in stale])

    @work(thread=True, group="figures", exit_on_error=False)
    def _compute_figures(self, article_ids: list[int]) -> None:
        """Analyse articles in the background so the table can show level and known share."""
        app = self.reader_app
        try:
            # The engine process when there is one: the screen keeps the interpreter,
            # and this process does not grow by the caches of every article analysed.
            analyser = app.background_analyser()
        except LanguageDataMissing:
            return  # the app already told the learner what to install
        for article_id in article_ids:
            stored = app.store.get_article(article_id)
            if stored is None:
                continue
            try:
                analysis = app.analyses.get(stored, lambda: analyser)
                profile = app.profile
                figures = article_figures(analysis.tokens, profile)
            except Exception:  # our bug: one article's figures must not stop the others
                log.exception("analysing article %s failed", article_id)
                continue
            try:
                glossary_size: int | None = len(analyser.glossary(analysis, profile))
            except Exception:
                log.exception("the glossary of article %s failed", article_id)
                glossary_size = None
            if app.profile.level is not profile.level:
                # The learner changed level meanwhile: that level's queue works this
                # article out, and these figures, saved after its, would stay. Back at
                # this level, it is queued again.
                self._figures_queued.discard((article_id, profile.level))
                continue
            app.store.update_article_stats(article_id, figures.level, glossary_size,
                                           figures.known_share)
            self.post_message(FiguresSaved(article_id, figures.level, glossary_size,
                                           figures.known_share))


def _quoted(title: str) -> str:
    """The title in quotation marks, unless it opens with its own (a quotation)."""
    return title if title and title[0] in "“\"‘'" else f"“{title}”"
