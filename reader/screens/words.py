"""Your words (w in the library, or the command palette): every word the learner has
marked or looked up, with its meaning and the story it was met in.

A mark given by mistake while reading ("known" for a word they do not know) is
changed here without finding the story again; each change is committed at once, as
in the reader.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from reader.failures import ReportsWorkerFailures
from reader.labels import UNDO_HINT, counted, when_text
from reader.notices import withdraw_notice
from reader.widgets.key_bar import KeyBar
from vocab.models import LanguageDataMissing, WordStatus
from vocab.placement import MARKED_BY_LEVEL_TEST
from vocab.senses import VOA_LABELS
from vocab.stats import words_with_status

if TYPE_CHECKING:
    from reader.app import ReaderApp
    from vocab.quiz_items import QuizItem
    from vocab.store import WordRow

# What the table shows, cycled with s: every word, or one status ("new" words are
# the ones looked up, or unmarked, and not marked since).
SHOWN = (None, WordStatus.LEARNING, WordStatus.KNOWN, WordStatus.IGNORED, WordStatus.NEW)
SHOWN_LABELS = {None: "all", WordStatus.LEARNING: "learning", WordStatus.KNOWN: "known",
                WordStatus.IGNORED: "ignored", WordStatus.NEW: "new"}
# The table's own keys that would move its row cursor sideways.
SIDEWAYS = frozenset({"cursor_left", "cursor_right"})
# What acts on the highlighted word: nothing to act on while no word is listed.
WORD_ACTIONS = frozenset({"mark", "open_story"})
# The columns' widths in cells; the meaning takes what the others leave, and "Met in"
# and "Changed" are shown only on a screen this wide (an 80-column terminal cut the
# meaning mid-word and scrolled sideways: QA walk-through).
WORD_WIDTH = 16
LABEL_WIDTH = 4  # "adj."
STATUS_WIDTH = 8  # "learning"
TITLE_WIDTH = 24
DATE_WIDTH = 10  # `when_text`
WIDE_SCREEN = 110
OTHER_COLUMNS = WORD_WIDTH + 3 + 9 + 2 * 4 + 4  # the word, its label, its status, padding
WIDE_COLUMNS = TITLE_WIDTH + 11 + 2 * 2  # "Met in" and "Changed"
MIN_MEANING_WIDTH = 20
# Rows added to the table at a time: the first ones show at once and the rest follow
# between paints, so a list of thousands (a learner file imported) answers keys while
# it fills (6,000 rows added at once froze the screen for seconds: QA walk-through).
ROWS_AT_ONCE = 300
ADD_PAUSE_S = 0.01
# Words a practice asks at most: a quiz's length.
PRACTICE_WORDS = 10
# The longest a "Preparing a practice…" notice stays: it goes when the practice opens.
PREPARING_SECONDS = 120
NOTHING_TO_PRACTISE = ("No words to practise here: mark words as learning (l) while you "
                       "read, or show all your words (s).")
NO_WORDS = ("No words yet. While you read, mark words as known (k) or learning (l), "
            "or open one (Enter) to see its meaning: they are listed here.")


def matching_words(rows: Sequence[WordRow], shown: WordStatus | None,
                   text: str) -> list[WordRow]:
    """The rows with status ``shown`` (all when None) whose word, form or meaning has
    ``text`` (any case), A to Z."""
    needle = text.strip().lower()
    return sorted(
        (row for row in rows
         if (shown is None or row.status is shown)
         and (not needle or needle in row.lemma or needle in row.word.lower()
              or needle in row.definition.lower())),
        key=lambda row: (row.lemma, row.upos))


def words_to_practise(rows: Sequence[WordRow], rng: random.Random,
                      n: int = PRACTICE_WORDS) -> list[WordRow]:
    """Up to ``n`` of ``rows`` for a practice, the learning ones first, each group in a
    random order; never an ignored word (the learner chose not to learn it)."""
    kept = [row for row in rows if row.status is not WordStatus.IGNORED]
    rng.shuffle(kept)
    kept.sort(key=lambda row: row.status is not WordStatus.LEARNING)  # stable
    return kept[:n]


class PracticeReady(Message):
    """The questions of a practice of the words shown (none: nothing could be asked)."""

    def __init__(self, items: list[QuizItem], reason: str = "") -> None:
        super().__init__()
        self.items = items
        self.reason = reason or "These words could not be made into questions."


def _shortened(text: str, width: int) -> str:
    if not text:
        return "—"
    return text if len(text) <= width else text[:width - 1] + "…"


def no_story_to_open(row: WordRow, *, by_level_test: bool) -> str:
    """Why Enter opens no story for ``row``: the story it was met in was deleted, or it
    was met in none (the level test's words)."""
    word = row.word or row.lemma
    if row.article_id is not None or row.article_title:
        return f"The story where you met “{word}” is no longer in your library."
    if by_level_test:
        return f"“{word}” was marked in the level test, not met in a story."
    return f"“{word}” was not met in a story, so there is none to open."


def _label(status: WordStatus) -> str:
    return SHOWN_LABELS[status]


def _row_key(row: WordRow) -> str:
    return f"{row.lemma}\t{row.upos}"


class WordsTable(DataTable[object]):
    """The words' table, whose Enter (which opens the word's story) the key bar lists:
    the table's own hidden Enter hid the screen's "⏎ Open its story" from the bar while
    the table had the focus, that is always (QA walk-through)."""

    BINDINGS = [Binding("enter", "select_cursor", "Open its story")]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in SIDEWAYS:
            # Its columns fit the screen (`WordsScreen._layout`): a row cursor had nowhere
            # to go, yet the help listed "→ Cursor right" (QA walk-through).
            return False
        # Dimmed with no word listed (`WordsScreen.check_action`).
        return bool(self.row_count) or None if action == "select_cursor" else True


class WordsScreen(ReportsWorkerFailures, Screen[None]):
    """A table of the learner's words; k, l, i and n change the highlighted one, p
    practises the words shown."""

    BINDINGS = [
        # As in the library: Esc clears the filter first (it had closed the screen
        # from inside the filter box: QA walk-through).
        Binding("escape", "clear_filter_or_close", "Close"),
        Binding("q", "close", "Close", show=False),
        Binding("k", "mark('known')", "Known"),
        Binding("l", "mark('learning')", "Learning"),
        Binding("i", "mark('ignored')", "Ignore"),
        Binding("n", "mark('new')", "Unmark"),
        Binding("u", "undo", "Undo"),
        Binding("enter", "open_story", "Open its story"),
        # s lists the words of the next status in `SHOWN`, and its key says which:
        # "s Show" did not say what it would show (QA walk-through). One binding per
        # status, only the next one enabled (`check_action`).
        *(Binding("s", f"show({SHOWN.index(status)})", f"Show {SHOWN_LABELS[status]}")
          for status in SHOWN),
        # A priority key: the app answers it before it hands on the keys after it, so
        # text typed at once after "/" goes into the filter (`action_focus_filter`).
        Binding("slash", "focus_filter", "Filter", key_display="/", priority=True),
        # Review asks only the words due: with none due, a learner had no way to
        # practise their words (QA walk-through).
        Binding("p", "practise", "Practise"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, WordRow] = {}
        self.shown: WordStatus | None = None
        # The rows the table is being filled with, not added yet, and the layout it
        # was built for (wide or not, the meaning's width): a resize to the same one
        # builds nothing again.
        self._to_add: list[WordRow] = []
        self._built_for: tuple[bool, int] | None = None
        # The marks changed here, last last: each entry with its mark before and the
        # batch of the change, which u undoes.
        self._undo: list[tuple[WordRow, WordStatus, int]] = []
        self._preparing = ""  # the notice shown while a practice is made

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static("Your words", id="words-title")
        yield Input(placeholder="Filter by word or meaning (press / to type here)",
                    id="words-filter")
        yield WordsTable(id="words", cursor_type="row", zebra_stripes=True)
        yield Static(id="words-meaning", markup=False)
        yield Static(id="words-summary", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = "Your words"
        self.query_one("#words", DataTable).focus()

    def on_screen_resume(self) -> None:
        # Also on opening: the words are read once, when the screen is first shown.
        self.reload()

    def on_resize(self) -> None:
        if self._built_for is not None and self._layout() != self._built_for:
            self._show()

    def _wide(self) -> bool:
        return self.size.width >= WIDE_SCREEN

    def _layout(self) -> tuple[bool, int]:
        """Whether "Met in" and "Changed" are shown, and the meaning's width."""
        wide = self._wide()
        return wide, max(MIN_MEANING_WIDTH, self.size.width - OTHER_COLUMNS
                         - (WIDE_COLUMNS if wide else 0))

    def reload(self) -> None:
        """Read the words again and show those the status and the filter keep."""
        rows = self.reader_app.store.words()
        self.rows = {_row_key(row): row for row in rows}
        self._show()

    def _show(self) -> None:
        """Build the table again: its columns for the screen's width, its first rows
        now and the others after (`_add_rows`)."""
        table = self.query_one("#words", DataTable)
        text = self.query_one("#words-filter", Input).value
        shown = matching_words(list(self.rows.values()), self.shown, text)
        cursor = table.cursor_row
        self._built_for = wide, meaning_width = self._layout()
        table.clear(columns=True)
        # Widths fixed, not fitted to the rows: rows added later do not move the columns.
        columns = [("Word", WORD_WIDTH), ("", LABEL_WIDTH), ("Status", STATUS_WIDTH),
                   ("Meaning", meaning_width)]
        if wide:
            columns += [("Met in", TITLE_WIDTH), ("Changed", DATE_WIDTH)]
        for label, width in columns:
            table.add_column(label, width=width)
        self._to_add = shown
        self._add_rows()
        if shown:
            table.move_cursor(row=min(cursor, len(shown) - 1))
        self._summarise(len({row.lemma for row in shown}), text)  # words, not entries

    def _add_rows(self) -> None:
        """Add the next rows waiting; the rest in a moment (a later
        build, or a filter typed meanwhile, gives a new list to add)."""
        table = self.query_one("#words", DataTable)
        adding, self._to_add = self._to_add[:ROWS_AT_ONCE], self._to_add[ROWS_AT_ONCE:]
        for row in adding:
            table.add_row(*self._cells(row), key=_row_key(row))
        if self._to_add:
            # A timer, not a call after the refresh: keys pressed meanwhile are
            # answered between two additions.
            self.set_timer(ADD_PAUSE_S, partial(self._add_more, self._to_add))

    def _add_more(self, waiting: list[WordRow]) -> None:
        """Go on adding ``waiting``, unless the table was built again since."""
        if self._to_add is waiting:
            self._add_rows()

    def _cells(self, row: WordRow) -> list[Text]:
        """A row's cells, as plain text: a word, meaning or title is never markup
        ("[of a ship]" vanished from a meaning)."""
        wide, meaning_width = self._built_for or self._layout()
        cells = [_shortened(row.lemma, WORD_WIDTH), VOA_LABELS.get(row.upos, ""),
                 _label(row.status), _shortened(row.definition, meaning_width)]
        if wide:
            cells += [_shortened(row.article_title, TITLE_WIDTH),
                      when_text(row.updated_at, self.reader_app.now())
                      if row.updated_at else "—"]
        return [Text(cell) for cell in cells]

    def _changed(self, row: WordRow) -> None:
        """Show ``row``'s new mark where it is, or take it out of a list of one status
        it no longer has: the table is not built again (thousands of rows took seconds)."""
        key = _row_key(row)
        self.rows[key] = row
        table = self.query_one("#words", DataTable)
        text = self.query_one("#words-filter", Input).value
        kept = bool(matching_words([row], self.shown, text))
        waiting = [i for i, other in enumerate(self._to_add) if _row_key(other) == key]
        for index in waiting:  # not in the table yet: added as it is now
            self._to_add[index] = row
        if key in table.rows:
            if kept:
                for column, cell in zip(table.columns, self._cells(row), strict=False):
                    table.update_cell(key, column, cell)
            else:
                table.remove_row(key)
        elif waiting and not kept:
            self._to_add = [other for other in self._to_add if _row_key(other) != key]
        shown = matching_words(list(self.rows.values()), self.shown, text)
        self._summarise(len({other.lemma for other in shown}), text)

    def _summarise(self, count: int, text: str) -> None:
        """The line under the table, after the rows shown changed; with no row left,
        no meaning of one and the keys of a word dimmed (`check_action`)."""
        if not self.query_one("#words", DataTable).row_count:
            self.query_one("#words-meaning", Static).display = False
        self.refresh_bindings()
        summary = self.query_one("#words-summary", Static)
        if not self.rows:
            summary.update(NO_WORDS)
            return
        statuses = {(row.lemma, row.upos): row.status for row in self.rows.values()}
        by_status = {status: words_with_status(statuses, status)
                     for status in SHOWN if status is not None}
        totals = " · ".join(f"{by_status[status]} {_label(status)}"
                            for status in by_status)
        which = "" if self.shown is None else f" {SHOWN_LABELS[self.shown]}"
        text = text.strip()
        if count:
            matching = f" matching “{text}”" if text else ""
            showing = f"Showing {counted(count, 'word')}{which}{matching}."
        elif text:  # the library's line for a filter that matches nothing
            showing = f"No{which} words match “{text}”: Esc clears the filter."
        else:
            showing = f"No{which} words."
        summary.update(f"{showing} Yours: {totals}.")

    @on(Input.Changed, "#words-filter")
    def _filter_changed(self) -> None:
        self._show()

    @on(DataTable.RowHighlighted, "#words")
    def _show_meaning(self) -> None:
        """The highlighted word's meaning whole, under the table: the Meaning column
        cuts it to the screen's width ("a worker who holds or is invested with …" at
        80 columns), and a learner could read it nowhere (QA walk-through)."""
        row = self._highlighted()
        shown = self.query_one("#words-meaning", Static)
        shown.display = row is not None and bool(row.definition)
        if row is not None:
            label = VOA_LABELS.get(row.upos, "")
            shown.update(f"{row.lemma}{f' {label}' if label else ''}: {row.definition}")

    @on(DataTable.RowSelected, "#words")
    def _row_selected(self) -> None:
        self.action_open_story()  # the table takes Enter for itself

    @on(Input.Submitted, "#words-filter")
    def _filter_submitted(self) -> None:
        self.query_one("#words", DataTable).focus()

    def action_focus_filter(self) -> None:
        # At once, not as `Widget.focus` does after the keys already queued: "/garden"
        # typed together opened the Add dialog, its "a" taken as Add (QA walk-through).
        self.set_focus(self.query_one("#words-filter", Input))

    def _typing_in_filter(self) -> bool:
        """Whether the filter has the keys: a "/" is then part of its text."""
        return self.focused is self.query_one("#words-filter", Input)

    def _next_shown(self) -> WordStatus | None:
        return SHOWN[(SHOWN.index(self.shown) + 1) % len(SHOWN)]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show":
            return parameters == (SHOWN.index(self._next_shown()),)
        if action == "focus_filter":  # in the filter, "/" is typed (`None`: dimmed)
            return None if self._typing_in_filter() else True
        if action in WORD_ACTIONS:
            # Dimmed with no word listed: k, l, i, n and Enter were shown as keys to
            # press under "No ignored words." and did nothing (QA walk-through).
            return bool(self.query_one("#words", DataTable).row_count) or None
        return True

    def action_show(self, index: int) -> None:
        """List the words of status ``SHOWN[index]`` (all for None)."""
        self.shown = SHOWN[index]
        self.refresh_bindings()  # the bar names the next one
        self._show()

    def _highlighted(self) -> WordRow | None:
        table = self.query_one("#words", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key or "")

    def action_open_story(self) -> None:
        """Open the story the highlighted word was first met in."""
        row = self._highlighted()
        if row is None:
            return
        store = self.reader_app.store
        if row.article_id is None or store.get_article(row.article_id) is None:
            by_level_test = any(
                change.reason == MARKED_BY_LEVEL_TEST and (change.lemma, change.upos) in row.keys
                for change in store.status_changes()
            )
            self.notify(no_story_to_open(row, by_level_test=by_level_test), timeout=4,
                        markup=False)
            return
        self.reader_app.open_article(row.article_id)

    def action_mark(self, status: str) -> None:
        row = self._highlighted()
        if row is None:
            return
        new = WordStatus(status)
        # As the table lists it: "treaty", not the form met ("treaties"), which named
        # no row the learner could see.
        shown_word = row.lemma
        if row.status is new:
            self.notify(f"“{shown_word}” is already {_label(new)}.", timeout=3, markup=False)
            return
        app = self.reader_app
        # Under every key of the entry: a word the level test saved is also filed under
        # no part of speech, which the reader reads where the word has no mark of its own.
        batch = app.store.set_statuses(row.keys, new, reason="words")
        self._undo.append((row, row.status, batch))
        app.refresh_learner()
        done = "unmarked" if new is WordStatus.NEW else f"marked {_label(new)}"
        self.notify(f"“{shown_word}” {done} (was {_label(row.status)}). {UNDO_HINT}",
                    timeout=3, markup=False)
        self._changed(replace(row, status=new, updated_at=app.now()))

    def action_undo(self) -> None:
        if not self._undo:
            self.notify("Nothing to undo.", timeout=3)
            return
        row, old, batch = self._undo.pop()
        app = self.reader_app
        app.store.undo_batch(batch)
        app.refresh_learner()
        self.notify(f"Undone: “{row.lemma}” is {_label(old)} again.", timeout=3, markup=False)
        self._changed(row)  # the entry as it was before the change

    def action_practise(self) -> None:
        """A quiz on the words shown (the status and filter chosen), due or not; each
        answer is saved and reschedules the word, as in Review."""
        text = self.query_one("#words-filter", Input).value
        shown = matching_words(list(self.rows.values()), self.shown, text)
        chosen = words_to_practise(shown, random.Random())
        if not chosen:
            self.notify(NOTHING_TO_PRACTISE, timeout=5, markup=False)
            return
        # Up until the practice opens: it had gone after 3 s, and under load the
        # practice took longer, with no sign of it (QA walk-through).
        withdraw_notice(self.app, self._preparing)
        self._preparing = f"Preparing a practice of {counted(len(chosen), 'word')}…"
        self.notify(self._preparing, timeout=PREPARING_SECONDS)
        self._build_practice(chosen, [row for row in self.rows.values() if row not in chosen])

    @work(thread=True, exclusive=True, group="practice", exit_on_error=False,
          description="build a practice of your words")
    def _build_practice(self, chosen: list[WordRow], others: list[WordRow]) -> None:
        from vocab.quiz_words import review_quiz

        app = self.reader_app
        try:
            engine = app.wait_for_engine()
        except LanguageDataMissing as missing:
            self.post_message(PracticeReady([], str(missing)))
            return
        items = review_quiz(engine, chosen, others, rng=random.Random(), n=len(chosen),
                            profile=app.profile, last_ways=app.store.last_ways_asked())
        self.post_message(PracticeReady(items))

    def on_practice_ready(self, message: PracticeReady) -> None:
        from reader.screens.quiz import QuizScreen

        withdraw_notice(self.app, self._preparing)
        if not message.items:
            self.notify(message.reason, timeout=5, markup=False)
            return
        if self.app.screen is self:  # not if the learner left meanwhile
            self.app.push_screen(QuizScreen("practice", items=message.items))

    def action_clear_filter_or_close(self) -> None:
        """Esc: out of the filter (cleared) to the table, as in the library; from the
        table with no filter, close."""
        filter_input = self.query_one("#words-filter", Input)
        if filter_input.has_focus or filter_input.value:
            filter_input.value = ""
            self.query_one("#words", DataTable).focus()
            return
        self.dismiss()

    def action_close(self) -> None:
        self.dismiss()
