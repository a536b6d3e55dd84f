"""The reader: one article, its marked words, the glossary panel and word actions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import ModalScreen, Screen

from reader import words_read
from reader.failures import ReportsWorkerFailures, internal_error
from reader.labels import UNDO_HINT, a_level, counted, named_words
from reader.marks import first_use, new_difficult_keys, saved_word_at, status_at
from reader.notices import notice_shown, withdraw_notice
from reader.preparation import doing_text, percent_text
from reader.screens.details import WordChoice, WordDetailsScreen
from reader.screens.dialogs import ConfirmDialog
from reader.widgets.article_view import ArticleText, ArticleView
from reader.widgets.blank_lines import BlankHorizontal, BlankLines
from reader.widgets.glossary_panel import GlossaryPanel
from reader.widgets.key_bar import KeyBar
from reader.widgets.legend import ANALYSING, Legend
from reader.words_read import WordsReadTally
from vocab.closed_class import CLOSED_CLASS
from vocab.figures import article_figures
from vocab.models import (
    GlossaryEntry,
    LanguageDataMissing,
    LearnerProfile,
    Level,
    WordKey,
    WordStatus,
    glossary_headings,
)
from vocab.store import UNDO_REASON

log = logging.getLogger("reader.reading")

# A saved analysis of an article up to this long (~2,500 words) is read on opening,
# before the first paint (~15 ms per 1,000 words); a longer one in a worker, so the
# screen never stalls.
READ_AT_ONCE_CHARS = 15_000

# Shown while a lesson is made, until it is saved: the first of a session took about
# 20 s, the notice went after 3 and a teacher saw nothing and pressed e again (QA).
PREPARING_LESSON = "Preparing the lesson…"
# Longest the notice stays should the export never end (it is taken away when it does).
PREPARING_LESSON_SECONDS = 300
# How often the line under the text says again how far a first start's preparation is.
PREPARATION_TICK_S = 0.5

if TYPE_CHECKING:
    from textual.timer import Timer

    from reader.app import ReaderApp
    from vocab.analysis import Analysis
    from vocab.store import StoredArticle


class ArticleAnalysed(Message):
    def __init__(self, analysis: Analysis) -> None:
        super().__init__()
        self.analysis = analysis


class GlossaryReady(Message):
    def __init__(self, entries: list[GlossaryEntry], profile: LearnerProfile) -> None:
        super().__init__()
        self.entries = entries
        self.profile = profile  # the learner it was made for


class AnalysisFailed(Message):
    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


@dataclass(frozen=True)
class _Undo:
    """One undoable change: a batch ("I know the rest") or one word's old status."""

    batch_id: int | None = None
    key: WordKey | None = None
    old: WordStatus = WordStatus.NEW
    word: str = ""  # the word as the text has it
    count: int = 0  # how many words the batch marked
    card_made: bool = False  # "Review later" made the word's review card: undo removes it


# The screen's class while the glossary is shown beside the text: notices then show
# over the text, not over the panel's title and first entry (app.tcss).
GLOSSARY_SHOWN = "-glossary-shown"
KNOWN_KEYS = Binding.Group("Known")
LESSON_KEYS = Binding.Group("Export lesson")


class ReadingScreen(ReportsWorkerFailures, BlankLines, Screen[None]):
    """An article with its difficult words highlighted for this learner."""

    # Esc closes a glossary shown beside the text before it leaves the article: from an
    # entry's word or word details opened there, Esc left for the library (QA walk-through).
    # The key bar shows each group as one item ("k/K Known", "e/E Export lesson"): the
    # lesson keys were in the help and the palette only, and a teacher did not find them;
    # one item each, all fit a 100-column bar.
    BINDINGS = [
        Binding("escape", "close_glossary", "Close glossary"),
        Binding("escape", "back", "Library"),
        Binding("g", "toggle_glossary", "Glossary"),
        # With the glossary shown, g goes back to its list (and in the list closes it,
        # `GlossaryPanel`): unlabelled, so the bar's one label for it is "esc Close
        # glossary"; it read "esc Close glossary  g Glossary" (QA walk-through).
        Binding("g", "glossary_list", "Back to the glossary list", show=False),
        Binding("k", "mark('known')", "Known", group=KNOWN_KEYS),
        Binding("l", "mark('learning')", "Learning", show=False),
        Binding("i", "mark('ignored')", "Ignore", show=False),
        Binding("r", "review", "Review later", show=False),
        Binding("K", "know_rest", "I know the rest", key_display="K", group=KNOWN_KEYS),
        Binding("u", "undo", "Undo", show=False),
        Binding("z", "app.open_screen('quiz', 'article')", "Quiz"),
        # The palette searches titles, not help lines: a teacher types "print".
        Binding("e", "export_lesson", "Export a lesson of this article (to print)",
                tooltip="A printable HTML handout: the text, its words, a quiz and the key",
                group=LESSON_KEYS),
        Binding("E", "export_class_lesson", "Export a lesson for a class (choose its level)",
                key_display="E", group=LESSON_KEYS),
    ]

    # Its text can be selected with the mouse: the help lists ^c, which copies it.
    COPIES_TEXT = True

    def __init__(self, article_id: int) -> None:
        super().__init__()
        self.article_id = article_id
        self._exporting = False  # a lesson is being made: e starts no second one
        self.stored: StoredArticle | None = self.reader_app.store.get_article(article_id)
        self.analysis: Analysis | None = None
        self._glossary_profile: LearnerProfile | None = None  # the panel's list is for it
        self._out_of_date = False  # the learner changed while this screen was kept
        self._shown_before = False
        self._undo: list[_Undo] = []
        self._words_read = WordsReadTally()
        self._preparation_ticker: Timer | None = None  # while a first start's engine loads

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        if self.stored is None:
            return
        with BlankHorizontal(id="reading-body"):
            yield ArticleView(self.stored.article, id="article")
            yield GlossaryPanel(id="glossary",
                                headings=glossary_headings(self.stored.article))
        yield Legend(id="legend")
        yield KeyBar()

    def on_mount(self) -> None:
        app = self.reader_app
        if self.stored is None:
            self.notify("That article is no longer in the library.", severity="error")
            self.call_later(self._leave)
            return
        self.sub_title = self.stored.article.title
        self.set_interval(words_read.READ_TICK_S, self._look_at_words_shown)
        self.watch(app, "profile", self._learner_changed)
        self.watch(app, "due", self._learner_changed)
        self.watch(app, "mark_style", self._highlight_style_changed)
        self.query_one(ArticleView).focus()
        cached = (app.analyses.load(self.stored)
                  if len(self.stored.article.body) <= READ_AT_ONCE_CHARS
                  else app.analyses.peek(self.stored))
        if cached is not None:
            # Analysed before: shown with the first paint, not painted twice.
            self._show_analysis(cached)
        else:
            self.query_one(Legend).busy = True
            if app.loaded_engine() is None:  # the analysis waits for the engine
                self._preparation_ticker = self.set_interval(PREPARATION_TICK_S,
                                                             self._show_preparation)
                self._show_preparation()
            self._analyse(self.stored)
        # In a thread, after the store's reads above: the store flushes each write to
        # the disk (synchronous=FULL), ~1 ms and more on a busy disk, which the
        # learner waited for before seeing the article.
        self.run_worker(self.record_reading, thread=True, group="reading-log",
                        exit_on_error=False, description="record the reading")

    def _show_preparation(self) -> None:
        """While a first start's dictionary is made, the line under the text says the
        step and how far it is: "Analysing the words of this article…" stood there for
        the minute and more it took, the figure only in the library's hint line, out of
        sight (tmux walk-through)."""
        app = self.reader_app
        step = app.preparation_step
        legend = self.query_one(Legend)
        if app.loaded_engine() is not None or step is None:
            legend.busy_text = ANALYSING
            if app.loaded_engine() is not None:
                self._stop_preparation()
            return
        legend.busy_text = (f"First start only: {doing_text(step)}… "
                            f"{percent_text(app.preparation_share())}")

    def _stop_preparation(self) -> None:
        if self._preparation_ticker is not None:
            self._preparation_ticker.stop()
            self._preparation_ticker = None
        self.query_one(Legend).busy_text = ANALYSING

    def _leave(self) -> None:
        # Not awaited (call_later awaits what it is given): Textual refuses a screen
        # awaiting its own dismissal, from its own handler.
        self.dismiss()

    def record_reading(self) -> bool:
        """The learner opened the article (its "last read", the reading log); False when
        it is no longer in the library (deleted by another reader process)."""
        app = self.reader_app
        try:
            app.store.mark_read(self.article_id, now=app.now(), words=self._words_read.count)
        except KeyError:
            return False
        return True

    def _look_at_words_shown(self) -> None:
        """Count the words shown long enough as read (`reader.words_read`)."""
        if not self._in_view:
            self._words_read.away()
            return
        view = self.query_one(ArticleView).visible_tokens()
        if self._words_read.look(view, words_read.READ_TICK_S):
            self.run_worker(partial(self.reader_app.store.set_words_read, self.article_id,
                                    self._words_read.count),
                            thread=True, group="reading-log", exit_on_error=False,
                            description="words read")

    # -- slow work (threads post messages; handlers update widgets) ------------

    # Each worker has a description: Textual's own is the repr of its arguments, ~3 ms of
    # the UI thread for an analysis of 1,000 words (all its tokens), taken as the
    # article opens.
    @work(thread=True, exclusive=True, group="analyse", exit_on_error=False,
          description="analyse the article")
    def _analyse(self, stored: StoredArticle) -> None:
        app = self.reader_app
        try:
            analysis = app.analyses.get(stored, app.analyser)
        except LanguageDataMissing as missing:
            self.post_message(AnalysisFailed(str(missing)))
            return
        except Exception:  # our bug: said and logged, not "analysing" for good
            log.exception("analysing article %s failed", stored.id)
            self.post_message(AnalysisFailed(internal_error("The words could not be marked")))
            return
        self.post_message(ArticleAnalysed(analysis))

    # Not exclusive: a list made for a learner since changed is dropped when it comes
    # (`on_glossary_ready`), and a worker cancelled half-way posts nothing at all.
    @work(thread=True, group="glossary", exit_on_error=False,
          description="the article's glossary")
    def _prepare_glossary(self, analysis: Analysis, profile: LearnerProfile) -> None:
        app = self.reader_app
        assert self.stored is not None
        try:
            entries = app.analyses.glossary(self.stored, analysis, profile, app.analyser)
        except LanguageDataMissing:
            entries = list(analysis.article.glossary)
        except Exception:  # our bug: log it, and still show VOA's own glossary
            log.exception("building the glossary failed")
            entries = list(analysis.article.glossary)
        self.post_message(GlossaryReady(entries, profile))
        figures = article_figures(analysis.tokens, profile)
        app.store.update_article_stats(self.article_id, figures.level, len(entries),
                                       figures.known_share)

    def on_article_analysed(self, message: ArticleAnalysed) -> None:
        self._show_analysis(message.analysis)

    def _show_analysis(self, analysis: Analysis) -> None:
        app = self.reader_app
        self.analysis = analysis
        self._glossary_profile = app.profile
        view = self.query_one(ArticleView)
        view.set_reactive(ArticleView.profile, app.profile)
        view.set_reactive(ArticleView.due, app.due)
        view.analysis = analysis
        view.mark_style = app.mark_style
        self._stop_preparation()
        legend = self.query_one(Legend)
        legend.busy = False
        legend.level = app.profile.level
        legend.set_highlight_style(app.mark_style)
        # After the text is painted: the glossary worker competes with the painting
        # for the interpreter, and the learner reads the text first.
        self.call_after_refresh(self._prepare_glossary, analysis, app.profile)

    def on_glossary_ready(self, message: GlossaryReady) -> None:
        if message.profile is self._glossary_profile:
            self.query_one(GlossaryPanel).entries = tuple(message.entries)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self._stop_preparation()
        self.query_one(Legend).busy = False
        self.query_one(GlossaryPanel).entries = tuple(
            self.stored.article.glossary if self.stored else ()
        )
        self.notify(message.reason, title="Words cannot be marked", severity="error",
                    timeout=10, markup=False)

    # -- the learner changed (a mark, the level, a review) --------------------

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if not self._shown_before:
            # Shown for the first time: its widgets were styled as they were mounted, a
            # moment ago, and Textual's second pass over all of them (and the words'
            # nine styles in the text and in the legend) would find nothing to change:
            # ~3 ms of each opening of an article (issue 8). Textual's own handler runs
            # after this one; from the second showing on, it restyles as usual.
            self._shown_before = True
            event.refresh_styles = False
        if self._out_of_date:  # kept while the learner was elsewhere
            self._out_of_date = False
            self._learner_changed()
            self._highlight_style_changed(self.reader_app.mark_style)

    @property
    def _in_view(self) -> bool:
        """Whether the learner sees this article: on top, or under a dialog that leaves
        it in view (word details). Not `is_current`, which holds under a whole screen
        too: under its quiz the article made its glossary again after every answer and
        had the quiz redrawn whole (QA walk-through). Nothing is in view once the app
        has closed its screens: a timer firing while it quits found no screen (an
        internal error on quitting, 1 in 20 probe runs under load)."""
        if not self.app.screen_stack:
            return False
        screen = self.app.screen
        return screen is self or (isinstance(screen, ModalScreen) and self.is_current)

    def _learner_changed(self) -> None:
        app = self.reader_app
        if not self._in_view:
            # A kept screen of another article: brought up to date when shown again,
            # so a mark made elsewhere does not restyle every kept article.
            self._out_of_date = True
            return
        if self.analysis is None:
            return
        view = self.query_one(ArticleView)
        view.profile = app.profile
        view.due = app.due
        self.query_one(Legend).level = app.profile.level
        shown_for, self._glossary_profile = self._glossary_profile, app.profile
        if shown_for is app.profile:
            return  # only the due words changed
        if shown_for is None or app.profile.level is not shown_for.level:
            self.query_one(GlossaryPanel).entries = None
        # A word marked known or ignored leaves the list, as it does the CLI's; until the
        # new list is ready the panel keeps the one it shows.
        self._prepare_glossary(self.analysis, app.profile)

    def _highlight_style_changed(self, style: str) -> None:
        if not self._in_view:
            self._out_of_date = True
            return
        self.query_one(ArticleView).mark_style = style
        self.query_one(Legend).set_highlight_style(style)

    # -- actions ------------------------------------------------------------

    def action_export_lesson(self) -> None:
        if self.analysis is None:
            self.notify("The article is still being analysed.", timeout=3)
            return
        if self._still_exporting():
            return
        # The words printed are those on screen; the panel's own list is made first when
        # it is not ready.
        shown = self.query_one(GlossaryPanel).entries
        self._start_export(self.analysis, self.reader_app.profile,
                           list(shown) if shown is not None else None)

    def _still_exporting(self) -> bool:
        """Whether a lesson is being made, said again if so: a second e had started a
        second export of the same lesson."""
        if self._exporting:
            if not notice_shown(self.app, PREPARING_LESSON):
                self.notify(PREPARING_LESSON, timeout=PREPARING_LESSON_SECONDS)
            return True
        return False

    def _start_export(self, analysis: Analysis, profile: LearnerProfile,
                      shown: list[GlossaryEntry] | None, *, for_class: bool = False) -> None:
        self._exporting = True
        self.notify(PREPARING_LESSON, timeout=PREPARING_LESSON_SECONDS)
        self._export_lesson(analysis, profile, shown, for_class=for_class)

    def _export_done(self) -> None:
        """The export ended (saved or not): its notice goes, e works again."""
        self._exporting = False
        withdraw_notice(self.app, PREPARING_LESSON)

    def action_export_class_lesson(self) -> None:
        """A handout for a class at the level the teacher chooses: made as `reader export
        lesson --level` makes it, without the learner's own word marks (the app had only
        the learner's handout: their level, less the words they had marked known)."""
        from reader.screens.lesson_level import LessonLevelDialog

        analysis = self.analysis
        if analysis is None:
            self.notify("The article is still being analysed.", timeout=3)
            return
        if self._still_exporting():
            return

        def chosen(level: Level | None) -> None:
            if level is not None and not self._still_exporting():
                self._start_export(analysis, LearnerProfile(level=level), None,
                                   for_class=True)

        self.app.push_screen(LessonLevelDialog(self.reader_app.profile.level), chosen)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False,
          description="export a lesson")
    def _export_lesson(self, analysis: Analysis, profile: LearnerProfile,
                       shown: list[GlossaryEntry] | None, *, for_class: bool = False) -> None:
        try:
            self._make_lesson(analysis, profile, shown, for_class=for_class)
        finally:
            self.reader_app.call_from_thread(self._export_done)

    def _make_lesson(self, analysis: Analysis, profile: LearnerProfile,
                     shown: list[GlossaryEntry] | None, *, for_class: bool) -> None:
        from reader.exporting import (
            export_lesson,
            export_problem,
            notice_text_width,
            where_saved,
        )

        app = self.reader_app
        assert self.stored is not None
        try:
            engine = app.wait_for_engine()
            glossary = shown if shown is not None else app.analyses.glossary(
                self.stored, analysis, profile, app.analyser)
            questions, path = export_lesson(engine, analysis, glossary, profile,
                                            app.export_dir, app.now())
        except (OSError, LanguageDataMissing) as error:
            app.call_from_thread(self.notify, "Could not save the lesson: "
                                 f"{export_problem(error, app.export_dir)}",
                                 title="Export", severity="error", markup=False)
            return
        level = profile.level.value
        if not glossary and not questions:
            app.call_from_thread(
                self.notify, "No lesson saved: this article has no word above "
                f"{f'level {level}' if for_class else f'your level ({level})'} to list or "
                "to quiz.", title="Export", timeout=8, markup=False)
            return
        # Said, since the handout's words and quiz are the level's: an A2 learner's
        # lesson was a teacher's handout for a B2 class (QA walk-through).
        made_for = f"{a_level(level)} class" if for_class else f"your level ({level})"
        other = "" if for_class else "\nE makes one for a class at another level."
        app.call_from_thread(
            self.notify, f"Saved a lesson for {made_for} with "
            f"{counted(len(glossary), 'word')} and {counted(questions, 'question')}:\n"
            f"{where_saved(path, notice_text_width(app.size.width))}{other}", title="Export",
            timeout=12, markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("close_glossary", "glossary_list"):  # else Esc goes "back"
            return self._glossary_shown()
        if action == "toggle_glossary":  # g's other binding while it is shown
            return not self._glossary_shown()
        return True

    def _glossary_shown(self) -> bool:
        # Asked for each of three actions whenever the keys shown are worked out: a query
        # that Textual keeps, not a walk of the screen (~1% of opening an article).
        panel = self.query_one_optional(GlossaryPanel)
        return panel is not None and bool(panel.display)

    def action_close_glossary(self) -> None:
        self._hide_glossary()

    def action_back(self) -> None:
        self._save_figures()
        self.dismiss()

    def on_glossary_panel_close_requested(self, _: GlossaryPanel.CloseRequested) -> None:
        self._hide_glossary()

    def on_glossary_panel_next_word_requested(self, _: GlossaryPanel.NextWordRequested
                                              ) -> None:
        view = self.query_one(ArticleView)
        view.focus()
        view.action_next_word()

    def _save_figures(self) -> None:
        """Keep the library's "known" figure in step with the marks made here."""
        if self.analysis is None:
            return
        figures = article_figures(self.analysis.tokens, self.reader_app.profile)
        entries = self.query_one(GlossaryPanel).entries
        self.reader_app.store.update_article_stats(
            self.article_id, figures.level, len(entries) if entries is not None else None,
            figures.known_share,
        )

    async def action_toggle_glossary(self) -> None:
        """Show the glossary and move into it; from inside it, hide it. Shown beside
        the text that has the focus (after jumping to an entry's word), "g" goes back
        to the list, which the keyboard could not reach otherwise."""
        glossary = self.query_one(GlossaryPanel)
        if glossary.display and glossary.has_focus_within:
            self._hide_glossary()
        else:
            keep_place = self._place_keeper()
            (await glossary.show()).focus()
            self.add_class(GLOSSARY_SHOWN)
            self.call_after_refresh(keep_place)
            self.refresh_bindings()

    async def action_glossary_list(self) -> None:
        """From the text beside the shown glossary, back to its list."""
        (await self.query_one(GlossaryPanel).show()).focus()
        self.add_class(GLOSSARY_SHOWN)

    def _hide_glossary(self) -> None:
        keep_place = self._place_keeper()
        self.query_one(GlossaryPanel).display = False
        self.remove_class(GLOSSARY_SHOWN)
        self.query_one(ArticleView).focus()
        self.call_after_refresh(keep_place)
        self.refresh_bindings()

    def on_resize(self, event: events.Resize) -> None:
        """A resized terminal wraps the text anew, as the panel does: the selected word
        is kept in view. (Textual sends the screen more than one Resize, before and after
        the new layout, so what was on screen before cannot be told here.)"""
        if event.size == self.outer_size:
            # Sent by the layout that gave the screen this size (a new screen's first):
            # Textual's handler would lay it and the library beneath out again at the
            # size they have (issue 8).
            event.prevent_default()
        view = self.query_one_optional(ArticleView)  # none: its story was deleted
        if view is not None and view.focused_token is not None:
            self.call_after_refresh(view.scroll_to_token, view.focused_token)

    def _place_keeper(self) -> Callable[[], None]:
        """What puts the text back where the learner was once the glossary panel has
        opened or closed: the text, narrowed or widened, wraps anew, and the selected
        word near the bottom went out of view (QA walk-through). The selected word stays
        in view if it was; else the first line's word stays at the top."""
        view = self.query_one(ArticleView)
        on_screen = view.visible_tokens()
        word = view.focused_token
        if word is not None and on_screen and on_screen[0] <= word <= on_screen[-1]:
            return partial(view.scroll_to_token, word)
        if not on_screen or view.scroll_y <= 0:
            return lambda: None
        first = on_screen[0]

        def keep_first_line() -> None:
            text = view.query_one(ArticleText)
            view.scroll_to(y=text.virtual_region.y + text.position_of(first).y, animate=False)

        return keep_first_line

    def on_glossary_panel_entry_selected(self, message: GlossaryPanel.EntrySelected) -> None:
        if self.analysis is None:
            return
        entry = message.entry
        index = first_use(self.analysis.tokens, self.analysis.article.body, entry.word,
                          entry.lemma)
        if index is None:
            self.notify(f"“{entry.word}” is not used in the text.", markup=False)
            return
        view = self.query_one(ArticleView)
        view.focused_token = index
        view.focus()

    def on_article_view_word_chosen(self, message: ArticleView.WordChosen) -> None:
        if self.analysis is None:
            return
        key, _ = self._saved_word(self.analysis, message.index)
        status = status_at(self.reader_app.profile, key, self.analysis.tokens[message.index])
        beside_glossary = self._glossary_shown()

        def closed(choice: WordChoice | None) -> None:
            # Back where the learner was going through the words: the glossary's list.
            if beside_glossary and self._glossary_shown():
                options = self.query_one(GlossaryPanel).options
                if options is not None:
                    options.focus()
            self._details_closed(choice)

        self.app.push_screen(
            WordDetailsScreen(self.analysis, message.index, status, self.article_id), closed)

    def _details_closed(self, choice: WordChoice | None) -> None:
        if self.analysis is None or choice is None:
            return
        if choice.analysis is not None:  # the learner chose a meaning: the list follows
            self.analysis = choice.analysis
            self._prepare_glossary(self.analysis, self.reader_app.profile)
        token = self.analysis.tokens[choice.index]
        # A word of grammar ("the", "can") opened is no word looked up: exported as one,
        # a CSV of the learner's words began with "the", "so", "some" (QA walk-through).
        if choice.definition and token.text.lower() not in CLOSED_CLASS:
            (lemma, upos), word = self._saved_word(self.analysis, choice.index)
            self.reader_app.store.record_lookup(
                word, lemma, upos, article_id=self.article_id,
                sentence=self.analysis.sentence_shown_at(choice.index).text,
                definition=choice.definition, now=self.reader_app.now(),
            )
        if choice.action == "review":
            self._review(choice.index, choice.definition)
        elif choice.action:
            self._mark(choice.index, WordStatus(choice.action), choice.definition)

    def saved_key(self, index: int) -> WordKey:
        """The key the word at token ``index`` is saved under (`_saved_word`)."""
        assert self.analysis is not None
        return self._saved_word(self.analysis, index)[0]

    def _saved_word(self, analysis: Analysis, index: int) -> tuple[WordKey, str]:
        """`saved_word_at`, read as the glossary and quiz read it once the engine is
        loaded (it is, by the time a learner picks a word)."""
        engine = self.reader_app.loaded_engine()
        return saved_word_at(analysis, index, engine.reading if engine is not None else None)

    def _focused(self) -> int | None:
        """The word the learner is on: in the text, or the glossary entry's first use."""
        view = self.query_one(ArticleView)
        index = view.focused_token
        glossary = self.query_one(GlossaryPanel)
        entry = glossary.highlighted_entry if glossary.has_focus_within else None
        if entry is not None and self.analysis is not None:
            index = first_use(self.analysis.tokens, self.analysis.article.body, entry.word,
                              entry.lemma)
        if index is None or self.analysis is None:
            # From the glossary panel too: "n" moves to a word once the text has focus.
            view.focus()
            self.notify("Move to a word first (n or Tab).", severity="warning")
            return None
        return index

    def action_mark(self, status: str) -> None:
        index = self._focused()
        if index is not None:
            self._mark(index, WordStatus(status))

    def action_review(self) -> None:
        index = self._focused()
        if index is not None:
            self._review(index)

    def _mark(self, index: int, status: WordStatus, definition: str = "") -> None:
        assert self.analysis is not None
        app = self.reader_app
        key, word = self._saved_word(self.analysis, index)
        old = status_at(app.profile, key, self.analysis.tokens[index])
        app.store.set_status(
            *key, status, reason="reader", word=word,
            sentence=self.analysis.sentence_shown_at(index).text, article_id=self.article_id,
            definition=definition,
        )
        if old is status:  # nothing to undo: a second step would change nothing seen
            self.notify(f"“{word}” is already {status.value}.", timeout=3, markup=False)
        else:
            self._undo.append(_Undo(key=key, old=old, word=word))
            app.refresh_learner()
            self.notify(f"“{word}” marked {status.value}. {UNDO_HINT}", timeout=3,
                        markup=False)
        if not definition and status is not WordStatus.NEW:
            self._keep_definition(self.analysis, index)

    def _review(self, index: int, definition: str = "") -> None:
        assert self.analysis is not None
        app = self.reader_app
        key, word = self._saved_word(self.analysis, index)
        old = status_at(app.profile, key, self.analysis.tokens[index])
        card_made = app.store.add_to_review(
            *key, app.now(), word=word,
            sentence=self.analysis.sentence_shown_at(index).text, article_id=self.article_id,
            definition=definition,
        )
        app.refresh_learner()
        if card_made or old is not WordStatus.LEARNING:
            self._undo.append(_Undo(key=key, old=old, word=word, card_made=card_made))
            self.notify(f"“{word}” added to your review. {UNDO_HINT}", timeout=3,
                        markup=False)
        else:
            self.notify(f"“{word}” is in your review already.", timeout=3, markup=False)
        if not definition:
            self._keep_definition(self.analysis, index)

    @work(thread=True, group="definitions", exit_on_error=False,
          description="keep a saved word's meaning")
    def _keep_definition(self, analysis: Analysis, index: int) -> None:
        """A word saved without opening its details keeps the meaning they would have
        shown (`shown_definition`): a review had asked "undercut" as "sell cheaper than
        one's competition", the story's "make weaker" unsaid."""
        from vocab.definitions import shown_definition

        app = self.reader_app
        try:
            engine = app.wait_for_engine()
        except LanguageDataMissing:
            return  # the review words it from the dictionary then
        details = engine.word_details(analysis, index, app.profile)
        key, _ = saved_word_at(analysis, index, engine.reading)
        app.store.keep_definition(*key, shown_definition(details))

    def action_know_rest(self) -> None:
        """Mark every still-new highlighted word on screen as known (undoable)."""
        if self.analysis is None:
            return
        app = self.reader_app
        analysis = self.analysis
        visible = self.query_one(ArticleView).visible_tokens()
        keys = new_difficult_keys(analysis.tokens, visible, app.profile, key_of=self.saved_key)
        if not keys:
            self.notify("No new words on the screen.", timeout=3)
            return
        # Where each was met, as `k` keeps it: Your words showed "relevant  known  —",
        # with no story to open (QA walk-through).
        wanted, lemmas = set(keys), {lemma for lemma, _ in keys}
        first_use: dict[WordKey, tuple[int, str]] = {}
        for index in sorted(visible):
            if analysis.tokens[index].lemma.lower() not in lemmas:
                continue
            key, word = self._saved_word(analysis, index)
            if key in wanted:
                first_use.setdefault(key, (index, word))

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            met = {key: (word, analysis.sentence_shown_at(index).text)
                   for key, (index, word) in first_use.items()}
            batch = app.store.set_statuses(keys, WordStatus.KNOWN, reason="I know the rest",
                                           met=met, article_id=self.article_id)
            for index, _ in first_use.values():
                self._keep_definition(analysis, index)
            self._undo.append(_Undo(batch_id=batch, count=len(keys)))
            app.refresh_learner()
            self.notify(f"Marked {counted(len(keys), 'word')} as known. {UNDO_HINT}",
                        timeout=4)

        # Many words at once: one key must not do that by accident. Named as they are
        # saved, in their dictionary form.
        words = "word" if len(keys) == 1 else "words"
        named = named_words([lemma for lemma, _ in keys])
        app.push_screen(ConfirmDialog(
            f"Mark the {len(keys)} highlighted new {words} on the screen as known: {named}?"),
            confirmed)

    def action_undo(self) -> None:
        if not self._undo:
            self.notify("Nothing to undo.", timeout=3)
            return
        app = self.reader_app
        change = self._undo.pop()
        if change.batch_id is not None:
            app.store.undo_batch(change.batch_id)
            said = ("1 word is" if change.count == 1 else f"{change.count} words are") \
                + " new again"
        else:
            assert change.key is not None
            if change.card_made:
                app.store.remove_from_review(*change.key)
            app.store.set_status(*change.key, change.old, reason=UNDO_REASON)
            said = f"“{change.word}” is {change.old.value} again"
            if change.card_made:
                said += ", and out of your review"
        app.refresh_learner()
        self.notify(f"Undone: {said}.", timeout=3, markup=False)
