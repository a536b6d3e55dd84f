"""The quiz: questions on one article (``z`` in the reader) or on the words due for
review (``v`` in the library, or the command palette).

Number keys or arrows + Enter answer; typed answers for spelling. Each answer is
saved (and the word rescheduled) the moment it is given, then the screen shows
whether it was right, the article's sentence and the definition. A summary ends
the quiz: the score and the words to review.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.commands.quiz import TYPE_NAMES_SHOWN
from reader.failures import ReportsWorkerFailures, internal_error
from reader.labels import counted, headword
from reader.notices import withdraw_notice
from reader.screens.dialogs import ConfirmDialog
from reader.widgets.key_bar import KeyBar
from vocab.models import QUIZ_QUESTIONS, LanguageDataMissing

if TYPE_CHECKING:
    from reader.app import ReaderApp
    from vocab.engine import Engine
    from vocab.quiz_answers import AnswerCheck
    from vocab.quiz_items import QuizItem
    from vocab.quiz_session import QuizSession

log = logging.getLogger("reader.quiz")

QUIZ_LENGTH = QUIZ_QUESTIONS
# How long a warning in the corner lasts ("That meaning is matched already").
NOTICE_SECONDS = 6
MAX_CHOICE_KEYS = 9
# The one key of the app a quiz leaves on while no typed answer is shown: it opens the
# list of keys and changes nothing.
HELP_KEY = "question_mark"


# How long the hint on answering stays (and Enter adds no second one meanwhile).
HINT_SECONDS = 4
ANSWER_HINT = "Press the number of your answer, or move to it with ↑ ↓ and press Enter."


class TypedAnswer(Input):
    """The box a spelling answer is typed in; its Enter, which checks the word, is shown
    in the key bar (Input's own is hidden, and it answers the key before the screen's:
    the bar under a spelling question showed only "esc Close")."""

    BINDINGS = [Binding("enter", "submit", "Check", key_display="⏎")]


class AnswerList(OptionList):
    """The options of a question, none highlighted until the learner moves to one; Enter
    then says how to answer instead of doing nothing, once while the hint shows (each
    press had added one, and they piled up over the question: QA walk-through)."""

    _hinted_at = -float(HINT_SECONDS)

    def action_select(self) -> None:
        if self.highlighted is None:
            now = time.monotonic()
            if now - self._hinted_at >= HINT_SECONDS:
                self._hinted_at = now
                # A copy still shown goes first: a notice's end comes late on a busy
                # machine, and copies stacked up on a matching question (QA).
                withdraw_notice(self.app, ANSWER_HINT)
                self.notify(ANSWER_HINT, timeout=HINT_SECONDS)
            return
        super().action_select()


# What each mode is called on the screen: a practice of words not due (Your words' p)
# was titled "Review" and ended "Review finished" (QA).
MODE_NAMES = {"article": "Quiz", "review": "Review", "practice": "Practice"}

# What is being done while a quiz is made, said under its title: under load an article's
# quiz took 10 s and more behind a still "Preparing your quiz…", read as stuck (QA).
STEP_DICTIONARY = "loading the dictionary (first start only)"
STEP_STORY = "reading the story"
STEP_QUESTIONS = "choosing the words and writing the questions"
STEP_REVIEW = "writing the questions on the words due"
# From this many seconds on, the time taken so far shows after the step, counting up.
SECONDS_SHOWN_FROM = 2


def preparing_line(step: str, seconds: float, mode: str = "article") -> str:
    """The line under the quiz's title while it is made: the step being done, and once
    it takes a while, the seconds so far; named as the mode's title names it."""
    name = f"Preparing your {MODE_NAMES.get(mode, 'Quiz').lower()}"
    line = f"{name}: {step}…" if step else f"{name}…"
    return f"{line} {int(seconds)} s" if seconds >= SECONDS_SHOWN_FROM else line


class QuizStep(Message):
    """The quiz being made has reached ``step`` (one of the ``STEP_`` lines)."""

    def __init__(self, step: str) -> None:
        super().__init__()
        self.step = step


class QuizReady(Message):
    def __init__(self, items: list[QuizItem], empty_reason: str = "") -> None:
        super().__init__()
        self.items = items
        self.empty_reason = empty_reason




class QuizScreen(ReportsWorkerFailures, Screen[None]):
    """A quiz session. ``mode`` "review" (the default: the library's Review and the
    command palette) quizzes the words due; "article" (``z`` in the reader) quizzes
    ``article_id``, by default the article of the screen it was opened from;
    "practice" is a quiz on words given (``items``), due or not."""

    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("q", "close", "Close", show=False),
        Binding("enter,space,n", "next", "Next", key_display="⏎"),
        Binding("v", "more_reviews", "Review more"),
        Binding("1", "choose(0)", "Answer", key_display="1-9"),
        *(Binding(str(k), f"choose({k - 1})", show=False) for k in range(2, MAX_CHOICE_KEYS + 1)),
    ]

    # The app's letter keys (s Settings) are off here: see `ReaderApp.check_action`.
    LETTERS_ARE_ANSWERS = True

    def __init__(self, mode: str = "review", *, article_id: int | None = None,
                 seed: int | None = None, length: int = QUIZ_LENGTH,
                 items: Sequence[QuizItem] | None = None) -> None:
        super().__init__()
        self._given_items = list(items) if items is not None else None
        if mode == "article" and article_id is None and self.app.screen_stack:
            article_id = getattr(self.app.screen, "article_id", None)
        self.mode = mode
        self.article_id = article_id
        self._rng = random.Random(seed)
        self._length = length
        self.session: QuizSession | None = None
        self.answered = False
        self._answered_type = ""  # the type of the question whose feedback is shown
        self._feedback_on_top = False  # whether the page keeps the feedback's top in view
        self._more_due = 0  # words due now when a finished review has its summary
        self._last_notice = ("", 0.0)  # a warning notified, and when (monotonic)
        self._step = ""  # what is being done while the quiz is made; "" once it is
        self._started = 0.0  # when making it began (monotonic)
        self._ticker: Timer | None = None  # counts the seconds while it is made

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def opened_with(self, mode: str = "review") -> bool:
        """Whether this is the quiz ``open_screen('quiz', mode)`` asks for (the app goes
        back to it rather than stacking another)."""
        return mode == self.mode

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The key bar offers what can be done now: the number keys while a question with
        choices waits for its answer, Next once it is answered."""
        if action == "choose":
            item = self.session.current if self.session is not None else None
            return not self.answered and item is not None and item.type != "spelling"
        if action == "next":
            return self.answered
        if action == "more_reviews":
            return bool(self._more_due)
        return True

    def on_key(self, event: events.Key) -> None:
        """A printable key the focused widget did not take reaches the bindings only when
        it is one of the quiz's own keys working now (1-9 for a choice, n or space once
        answered, q to close), or ? Help. After a typed answer, none does until Enter:
        the learner still typing "flames" opened Settings with its "s", and the digits
        and Enter that followed set the level to A1 (QA walk-through)."""
        if event.is_printable and not self._key_works_now(event.key):
            event.stop()
            event.prevent_default()

    def _key_works_now(self, key: str) -> bool:
        if self.answered and self._answered_type == "spelling":
            return False
        active = self.active_bindings.get(key)
        if active is None or not active.enabled:
            return False
        return active.node is not self.app or key == HELP_KEY

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="quiz-body"):
            yield Static(preparing_line("", 0, self.mode), id="progress", markup=False)
            yield Static(id="prompt", markup=False)
            yield Static(id="sentence", markup=False)
            yield AnswerList(id="options", markup=False)
            yield TypedAnswer(placeholder="Type the word and press Enter", id="typed")
            yield Static(id="feedback", markup=False)
            yield Static(id="summary", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = MODE_NAMES.get(self.mode, "Quiz")
        # The question's lines too, until there is one: the empty sentence's bar showed
        # under "Preparing your quiz…", like a box waiting for an answer (QA walk-through).
        for widget_id in ("prompt", "sentence", "options", "typed", "feedback", "summary"):
            self.query_one(f"#{widget_id}").display = False
        # The marked options may wrap onto more lines in a layout after the one the
        # feedback was scrolled to (a busy machine left its top two lines below the view):
        # each time the page's height changes, the feedback's top is put back in view.
        self.watch(self.query_one("#quiz-body", VerticalScroll), "virtual_size",
                   self._feedback_back_on_top, init=False)
        if self._given_items is not None:  # a quiz built elsewhere (tests, other screens)
            self.post_message(QuizReady(self._given_items, "Nothing to ask."))
        else:
            self._started = time.monotonic()
            self._ticker = self.set_interval(1, self._show_step)
            self._build()

    def on_quiz_step(self, message: QuizStep) -> None:
        self._step = message.step
        self._show_step()

    def _show_step(self) -> None:
        if self._step:
            self._set("progress", preparing_line(self._step, time.monotonic() - self._started,
                                                   self.mode))

    # -- building the quiz off the UI thread -------------------------------------

    @work(thread=True, exclusive=True, group="quiz", exit_on_error=False)
    def _build(self) -> None:
        app = self.reader_app
        if not app.engine_ready:
            self.post_message(QuizStep(STEP_DICTIONARY))
        try:
            engine = app.wait_for_engine()
        except LanguageDataMissing as missing:
            self.post_message(QuizReady([], str(missing)))
            return
        try:
            items, empty_reason = (self._article_items(engine) if self.mode == "article"
                                   else self._review_items(engine))
        except Exception:  # our bug: said and logged, not "Preparing your quiz…" for good
            log.exception("building the %s quiz failed", self.mode)
            items, empty_reason = [], internal_error("The quiz could not be made")
        self.post_message(QuizReady(items, empty_reason))

    def _article_items(self, engine: Engine) -> tuple[list[QuizItem], str]:
        from vocab.quiz_words import article_quiz, why_no_quiz

        app = self.reader_app
        stored = app.store.get_article(self.article_id) if self.article_id else None
        if stored is None:
            return [], "That article is no longer in the library."
        def reading() -> Engine:  # called only when the story's analysis is not saved
            self.post_message(QuizStep(STEP_STORY))
            return engine

        analysis = app.analyses.get(stored, reading)
        self.post_message(QuizStep(STEP_QUESTIONS))
        # Left with esc, the screen's worker is cancelled, but a thread runs on: the quiz
        # stops at its next question, not seconds later beside the next one's (z, esc, z).
        worker = get_current_worker()
        items = article_quiz(engine, analysis, rng=self._rng, n=self._length,
                             profile=app.profile, article_id=self.article_id,
                             asked=app.store.times_asked(stored.id),
                             given_up=lambda: worker.is_cancelled)
        return items, "" if items else why_no_quiz(analysis, app.profile)

    def _review_items(self, engine: Engine) -> tuple[list[QuizItem], str]:
        from vocab.models import WordStatus
        from vocab.quiz_words import review_quiz
        store = self.reader_app.store
        now = self.reader_app.now()
        due = store.cards_to_review(now, limit=self._length)
        if not due:
            return [], nothing_due(store.next_due(now), now)
        others = store.words(WordStatus.LEARNING) + store.words(WordStatus.KNOWN)
        self.post_message(QuizStep(STEP_REVIEW))
        # The learner's level words the meanings, as in an article's quiz: without it a
        # B1 learner's review worded them for the default profile.
        items = review_quiz(engine, due, others, rng=self._rng, n=self._length,
                            profile=self.reader_app.profile, last_ways=store.last_ways_asked())
        return items, "" if items else "The words due could not be made into questions."

    def on_quiz_ready(self, message: QuizReady) -> None:
        from vocab.quiz_session import QuizSession

        self._step = ""
        if self._ticker is not None:
            self._ticker.stop()
        if not message.items:
            # What is next said in the box itself: the reason in the muted line above a
            # box holding only "Press Escape to go back." read as an empty box (QA).
            self._hide_question()
            self._set("progress", MODE_NAMES.get(self.mode, "Quiz"))
            lines = [message.empty_reason or "Nothing to ask."]
            if self.mode == "review":
                lines.append(ADD_WORDS_HINT)
            lines.append("Press Escape to go back.")
            self._set("summary", "\n\n".join(lines))
            self.query_one("#summary").display = True
            return
        self.session = QuizSession(message.items, self.reader_app.store, self.reader_app.now)
        self._show_question()

    # -- asking ------------------------------------------------------------------

    def _show_question(self) -> None:
        session = self.session
        assert session is not None
        item = session.current
        if item is None:
            self._show_summary()
            return
        self.answered = False
        self._feedback_on_top = False
        self.refresh_bindings()
        total = len(session.items)
        self._set("progress", f"Question {session.position + 1} of {total} · "
                              f"{TYPE_NAMES_SHOWN[item.type]}")
        prompt = item.prompt
        if item.type == "matching":
            prompt += f"\n\nWhich meaning matches “{item.targets[session.part].shown}”?" \
                      f" ({session.part + 1} of {item.parts})"
        self._set("prompt", prompt)
        self.query_one("#prompt").display = True
        self._set("sentence", _sentence_text(item))
        self.query_one("#sentence").display = bool(item.sentence)
        self.query_one("#feedback").display = False
        options = self.query_one("#options", OptionList)
        typed = self.query_one("#typed", Input)
        options.display = item.type != "spelling"
        typed.display = item.type == "spelling"
        if item.type == "spelling":
            typed.value = ""
            typed.disabled = False
            typed.focus()
        else:
            options.disabled = False
            options.set_options(option_rows(item, session.taken))
            # No option is highlighted until the learner moves to one (or types its
            # number): Enter, Enter after the feedback answered the next question with
            # its first option, a wrong answer saved and scheduled (QA walk-throughs;
            # a half-second guard on the repeated Enter still let a slower one through).
            options.highlighted = None
            options.focus()

    def action_choose(self, index: int) -> None:
        session = self.session
        item = session.current if session else None
        if session is None or item is None or self.answered or item.type == "spelling":
            return
        if refused := session.matched_already(index):
            self._notify_once(refused)
            self._say_matched_already(refused, item.targets[session.part].shown)
        elif index < len(item.options):
            self._answer(index)

    @on(OptionList.OptionSelected, "#options")
    def _option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.answered:
            self.action_next()
        else:
            self._answer(event.option_index)

    @on(Input.Submitted, "#typed")
    def _typed(self, event: Input.Submitted) -> None:
        if self.answered:
            self.action_next()
        elif event.value.strip():
            self._answer(event.value)

    def _notify_once(self, message: str) -> None:
        """A warning, unless the same one still shows: each press of a matched meaning
        had added its notice again, and they piled up over the feedback (QA
        walk-through)."""
        now = time.monotonic()
        shown, since = self._last_notice
        if message == shown and now - since < NOTICE_SECONDS:
            return
        self._last_notice = (message, now)
        self.notify(message, severity="warning", timeout=NOTICE_SECONDS, markup=False)

    def _say_matched_already(self, refused: str, word: str) -> None:
        """Below the meanings until the learner answers: a three-second notice in the
        corner was missed (QA walk-through). The line keeps room under it for that
        notice, which says the same (`matched-already` in quiz.tcss), and the page
        scrolls to show both: at 80x24 the notice had covered the line."""
        feedback = self.query_one("#feedback", Static)
        feedback.set_class(False, "right")
        feedback.set_class(True, "wrong", "matched-already")
        feedback.update(Text(f"{refused} Choose another meaning for “{word}”: "
                             "the ones matched already show their word."))
        feedback.display = True
        self.call_after_refresh(self.query_one("#quiz-body", VerticalScroll).scroll_end,
                                animate=False)

    def _answer(self, given: int | str) -> None:
        session = self.session
        assert session is not None
        item = session.current
        assert item is not None
        taken = session.taken  # before the answer moves the session on
        verdict = session.answer(given)  # saved to the store before we go on
        self.answered = True
        self._answered_type = item.type
        self.refresh_bindings()
        self.reader_app.refresh_learner()
        self._show_feedback(item, verdict, given, taken)

    def _show_feedback(self, item: QuizItem, verdict: AnswerCheck, given: int | str,
                       taken: dict[int, str]) -> None:
        if item.type != "spelling":
            options = self.query_one("#options", OptionList)
            right = item.options.index(verdict.expected)
            marks = {i: "  " for i in range(len(item.options))} | {right: "✓ "}
            if verdict.self_graded:  # the learner's own answer, neither right nor wrong
                marks = {i: "  " for i in range(len(item.options))} | {int(given): "→ "}
            elif not verdict.correct:
                marks[int(given)] = "✗ "
            options.set_options(option_rows(item, taken, marks))
            options.disabled = True
        else:
            self.query_one("#typed", Input).disabled = True
        feedback = self.query_one("#feedback", Static)
        feedback.set_class(False, "matched-already")
        feedback.set_class(verdict.correct, "right")
        feedback.set_class(not verdict.correct, "wrong")
        feedback.update(feedback_text(verdict, self._next_step(item), shown=item.sentence))
        feedback.display = True
        # The page takes the keys, so PgDn and End scroll it (with no focus they did
        # nothing); on a short terminal the feedback is below the options: in view.
        self.query_one("#quiz-body", VerticalScroll).focus(scroll_visible=False)
        # Its top at the top when it does not all fit (80x24, a matching question's six
        # meanings): the answer and its meaning matter more than the marked options.
        # After the layout that shows it: scrolled from the refresh before, the page at
        # 80x24 left a matching question's feedback below the screen (QA walk-through).
        self._feedback_on_top = True
        self.call_after_refresh(self.call_after_refresh, self._feedback_back_on_top)

    def _feedback_back_on_top(self) -> None:
        feedback = self.query_one("#feedback", Static)
        if self._feedback_on_top and feedback.display:
            feedback.scroll_visible(animate=False, top=True)

    def _next_step(self, answered: QuizItem) -> str:
        """What Enter brings once ``answered`` has its answer (the session moved on)."""
        session = self.session
        if session is None or session.finished:
            return "to see your score"
        if session.current is answered:  # a matching question's next word
            return "for the next word"
        return "for the next question"

    def action_next(self) -> None:
        if self.session is None or not self.answered:
            return
        self._show_question()

    def _hide_question(self) -> None:
        for widget_id in ("prompt", "sentence", "options", "typed", "feedback"):
            self.query_one(f"#{widget_id}").display = False

    def _show_summary(self) -> None:
        session = self.session
        assert session is not None
        right, total = session.score
        missed = session.words_to_review()
        self._hide_question()
        self._set("progress", f"{MODE_NAMES.get(self.mode, 'Quiz')} finished")
        lines = [f"Score: {right} of {total}"]
        if total != len(session.items):  # a matching question takes one answer per word
            lines[0] += (f" answers ({len(session.items)} questions: a matching question "
                         "counts each of its words)")
        # "Words to review: none" read as "nothing is due" after a review (QA walk-through).
        lines.append("Words you missed: " + (", ".join(missed) if missed else "none. Well done!"))
        lines.append("Your answers are saved; missed words come back sooner in Review."
                     if missed else "Your answers are saved.")
        self._more_due = (self.reader_app.store.count_to_review(self.reader_app.now())
                          if self.mode == "review" else 0)
        if self._more_due:
            lines.append(f"{self._more_due} more word{' is' if self._more_due == 1 else 's are'}"
                         " due now: press v to go on.")
        elif self.mode == "review":
            lines.append("No more words are due now.")
        lines.append("Press Escape to go back.")
        self._set("summary", "\n".join(lines))
        self.query_one("#summary").display = True
        self.answered = False
        self.refresh_bindings()

    def action_more_reviews(self) -> None:
        """The next batch of the words due, once a review is finished."""
        if self._more_due and self.session is not None and self.session.finished:
            self.app.switch_screen(QuizScreen("review", length=self._length))

    def action_close(self) -> None:
        session = self.session
        given = session.score[1] if session is not None else 0
        if session is None or session.finished or not given:
            self.dismiss()
            return

        def leave(yes: bool | None) -> None:
            if yes:
                self.dismiss()

        # Esc mid-quiz closed it at once, with no score: a slip of a finger lost the
        # quiz (QA walk-through). The answers are saved either way.
        saved = f"{counted(given, 'answer')} {'is' if given == 1 else 'are'} saved"
        self.app.push_screen(ConfirmDialog(f"Leave the quiz? Your {saved}."), leave)

    def _set(self, widget_id: str, text: str | Text) -> None:
        self.query_one(f"#{widget_id}", Static).update(text)


def _sentence_text(item: QuizItem) -> Text:
    """The sentence as shown, with the word (or the blank) in bold."""
    text = Text(item.sentence)
    target = item.targets[0]
    marker = "_____" if "_____" in item.sentence else target.form
    start = item.sentence.find(marker) if marker else -1
    if start >= 0:
        text.stylize("bold", start, start + len(marker))
    return text


# How a word comes to Review, said when none is due: "Review later" on a word.
ADD_WORDS_HINT = ("To add words, open an article and press r on a word you want to "
                  "practise (or choose “Review later” in its details).")


def nothing_due(next_due: datetime | None, now: datetime) -> str:
    """What Review says when no word is due: when the next one is (Progress counts the
    words due later today as due today), or that none is saved (the screen says how to
    save some after it: `ADD_WORDS_HINT`)."""
    if next_due is None:
        return "No words are due for review. None is waiting in your review list."
    wait = next_due - now
    local = next_due.astimezone()
    if wait < timedelta(hours=1):
        when = f"in {max(1, round(wait.total_seconds() / 60))} min ({local:%H:%M})"
    elif local.date() == now.astimezone().date():
        when = f"today at {local:%H:%M}"
    else:
        when = f"on {local:%a} {local.day} {local:%b} at {local:%H:%M}"
    return f"No words are due yet. The next one comes back {when}."


def option_rows(item: QuizItem, taken: dict[int, str],
                marks: dict[int, str] | None = None) -> list[Option]:
    """The choices, numbered; a meaning already matched (``taken``) is shown after its
    word ("neighborliness: a disposition to be friendly...") and cannot be chosen
    again."""
    marks = marks or {}
    rows = []
    for index, text in enumerate(item.options):
        if index in taken:
            # The word first: a line break after "(=" read as a mistake.
            prompt = option_prompt(index + 1, f"{taken[index]}: {text}", "  " if marks else "")
            rows.append(Option(prompt, disabled=True))
        else:
            rows.append(Option(option_prompt(index + 1, text, marks.get(index, ""))))
    return rows


def option_prompt(number: int, text: str, mark: str = "") -> Table:
    """A choice: its number (and mark once answered), then its text, whose wrapped lines
    start under the text, not under the number."""
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(Text(f"{mark}{number}. "), Text(text))
    return grid


def feedback_text(verdict: AnswerCheck, next_step: str = "the next question", *,
                  shown: str = "") -> Text:
    """Right or wrong, the answer, the definition and the article's sentence (unless
    the question ``shown`` it whole already), and what Enter does next."""
    target = verdict.target
    text = Text()
    text.append(verdict.verdict, style="bold")
    if verdict.named_answer:
        text.append(f" {verdict.named_answer}")
    if verdict.note:
        text.append(f"\n{verdict.note}")
    text.append(f"\n\n{headword(target)}", style="bold")
    text.append(f" – {target.definition}")
    if target.sentence and target.sentence != shown:
        text.append("\n\nIn the article: ", style="italic")
        text.append(target.sentence)
    text.append(f"\n\nPress Enter {next_step}.", style="dim")
    return text
