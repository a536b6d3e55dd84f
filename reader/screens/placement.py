"""The level test: a yes/no vocabulary test (``vocab.placement``), one word at a time.

Offered once on first run (a store with no level and no words), and taken again any
time from the command palette or Settings. Nothing is saved until the last answer;
then the level and the words the learner knows are set in one step.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, ProgressBar, Static

from reader.failures import ReportsWorkerFailures
from reader.preparation import doing_text
from reader.widgets.key_bar import KeyBar
from vocab.models import LanguageDataMissing

if TYPE_CHECKING:
    from textual.timer import Timer

    from reader.app import ReaderApp
    from vocab.placement import PlacementItem, PlacementResult
    from vocab.store import Store

# The store setting that remembers the learner's answer to the first-run offer.
OFFER_SETTING = "placement_offer"
SKIPPED = "skipped"
# The bar's total while the words are chosen: it counts the answers once they are.
PERCENT = 100
# What the learner waits for: the engine's warm-up (a few seconds after the app
# opens; on a first start, a minute or more of preparing the dictionary, whose steps
# and share done are shown under the bar: `reader.preparation`), then the words.
OPENING_THE_DICTIONARY = "Opening the dictionary…"
# How often the bar and the step under it are redrawn while the dictionary opens.
PREPARATION_TICK_S = 0.5
CHOOSING = "Choosing the words…"
INSTRUCTIONS = ("Do you know this word? Say yes only if you could explain what it means. "
                "Some of the words are made up.")


def should_offer_placement(store: Store) -> bool:
    """True on a first run: no level chosen, no word marked, no test taken or skipped."""
    return (store.get_setting("level") is None and store.get_setting("placement") is None
            and store.get_setting(OFFER_SETTING) is None and not store.statuses())


def offer_placement(app: ReaderApp) -> None:
    """Ask once whether the learner wants the test; a "Skip" is remembered. The test's
    words are chosen while the offer is read: a "yes" starts it at once."""
    if not should_offer_placement(app.store):
        return
    app.run_worker(partial(_choose_words_ahead, app), thread=True, group="placement-ahead",
                   exit_on_error=False, description="the level test's words")

    def answered(take: bool | None) -> None:
        if take:
            app.push_screen(PlacementScreen())
        else:
            app.store.set_setting(OFFER_SETTING, SKIPPED)

    app.push_screen(PlacementOffer(), answered)


def _choose_words_ahead(app: ReaderApp) -> None:
    """`band_words` made once for the session, in a worker (a test started meanwhile
    waits for them rather than making its own)."""
    from vocab.placement import band_words

    # Without language data the test says so, if the learner takes it.
    with suppress(LanguageDataMissing):
        band_words(app.wait_for_engine().lexicon)


class PlacementOffer(ModalScreen[bool]):
    """"Take a 3-minute level test?" Yes or Skip."""

    BINDINGS = [
        Binding("y", "answer(True)", "Take the test"),
        Binding("n,escape", "answer(False)", "Skip"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="placement-offer") as box:
            box.border_title = "Welcome"
            yield Static(Content("Take a 3-minute level test? It finds the words you already "
                                "know, so the reader highlights the ones you do not."))
            with Horizontal(classes="buttons"):
                yield Button("Yes (y)", variant="primary", id="take")
                yield Button("Skip (n)", id="skip")
        yield KeyBar(app_keys=False)

    def on_mount(self) -> None:
        self.query_one("#take", Button).focus()

    def action_answer(self, take: bool) -> None:
        self.dismiss(take)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "take")


class PlacementReady(Message):
    """The test's words were chosen (posted by the worker); none, and ``problem`` says
    why, when the language data they are chosen with is missing."""

    def __init__(self, items: list[PlacementItem], problem: str = "") -> None:
        super().__init__()
        self.items = items
        self.problem = problem


class PlacementProgress(Message):
    """How far the choosing of the test's words is (0.0 to 1.0), from the worker."""

    def __init__(self, share: float) -> None:
        super().__init__()
        self.share = share


class PlacementScreen(ReportsWorkerFailures, Screen[None]):
    """One word at a time; y or n (or the buttons); the result and level at the end."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes, I know it"),
        Binding("n", "answer(False)", "No"),
        # One key, named for what it does: stopping a test half done, or leaving its result.
        Binding("escape", "close", "Stop"),
        Binding("escape", "close_result", "Close"),
        Binding("q", "close", "Stop", show=False),
        Binding("q", "close_result", "Close", show=False),
    ]

    def __init__(self, *, seed: int | None = None,
                 items: Sequence[PlacementItem] | None = None) -> None:
        super().__init__()
        self._rng = random.Random(seed)
        self._given_items = list(items) if items is not None else None
        self.items: list[PlacementItem] = []
        self.answers: list[tuple[PlacementItem, bool]] = []
        self.result: PlacementResult | None = None
        self._preparation_ticker: Timer | None = None  # while the dictionary opens

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        # Scrolls: on a short terminal the result and its Done button are below the fold.
        with VerticalScroll(id="placement-body"):
            yield Static("Level test", id="placement-title")
            yield Static(INSTRUCTIONS, id="placement-instructions", markup=False)
            yield Static(CHOOSING, id="placement-word", markup=False)
            with Center(id="placement-buttons"), Horizontal():
                yield Button("Yes, I know it (y)", variant="success", id="yes")
                yield Button("No (n)", variant="error", id="no")
            with Center():
                # Two bars: a percentage while the words are made ready, then the
                # answers, counted under it ("Word 3 of 40"). One bar for both read
                # "Choosing the words… 50%", then "0%" as the test began.
                yield ProgressBar(show_eta=False, id="placement-waiting")
                yield ProgressBar(show_eta=False, show_percentage=False,
                                  id="placement-progress")
            yield Static(id="placement-count", markup=False)
            yield Static(id="placement-step", markup=False)
            yield Static(id="placement-result", markup=False)
            with Center(id="placement-done"):
                yield Button("Done", variant="primary", id="done")
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = "Level test"
        self.query_one("#placement-buttons").display = False
        self.query_one("#placement-progress").display = False
        self.query_one("#placement-count").display = False
        self.query_one("#placement-result").display = False
        self.query_one("#placement-done").display = False
        if self._given_items is not None:
            self.post_message(PlacementReady(self._given_items))
        else:
            if self.reader_app.loaded_engine() is None:
                self.query_one("#placement-word", Static).update(OPENING_THE_DICTIONARY)
                self._show_preparation()
                self._preparation_ticker = self.set_interval(PREPARATION_TICK_S,
                                                             self._show_preparation)
            self._choose_words()

    def _show_preparation(self) -> None:
        """How far the dictionary's opening is: a first start's step in plain words, and
        a bar with its share done; the bar had no figure ("--%"), for a minute and more,
        and nothing said what was going on (QA walk-through)."""
        app = self.reader_app
        if app.loaded_engine() is not None:
            self._stop_preparation()
            return
        step = app.preparation_step
        self.query_one("#placement-step", Static).update(
            f"First start only: {doing_text(step)}…" if step is not None else "")
        self.query_one("#placement-waiting", ProgressBar).update(
            total=PERCENT, progress=app.preparation_share() * PERCENT)

    def _stop_preparation(self) -> None:
        if self._preparation_ticker is not None:
            self._preparation_ticker.stop()
            self._preparation_ticker = None
        self.query_one("#placement-step", Static).display = False

    @work(thread=True, exclusive=True, group="placement", exit_on_error=False)
    def _choose_words(self) -> None:
        from vocab.placement import build_test

        try:
            # WordNet tells the words written with a capital, which the test leaves out.
            lexicon = self.reader_app.wait_for_engine().lexicon
        except LanguageDataMissing as missing:
            self.post_message(PlacementReady([], str(missing)))
            return
        def progress(share: float) -> None:
            self.post_message(PlacementProgress(share))

        self.post_message(PlacementReady(build_test(lexicon, self._rng, progress=progress)))

    def on_placement_progress(self, message: PlacementProgress) -> None:
        self._stop_preparation()
        if not self.items:  # a late one, after the words are on show
            self.query_one("#placement-word", Static).update(CHOOSING)
            self.query_one("#placement-waiting", ProgressBar).update(
                total=PERCENT, progress=message.share * PERCENT)

    def on_placement_ready(self, message: PlacementReady) -> None:
        self._stop_preparation()
        if not message.items:
            self.query_one("#placement-word", Static).update(
                f"The level test cannot start: {message.problem}")
            return
        self.items = message.items
        self.query_one("#placement-waiting").display = False
        answers = self.query_one("#placement-progress", ProgressBar)
        answers.update(total=len(self.items), progress=0)
        answers.display = True
        self.query_one("#placement-count").display = True
        self.query_one("#placement-buttons").display = True
        self._show_word()
        self.refresh_bindings()

    # -- asking ------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return bool(self.items) and len(self.answers) == len(self.items)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """y and n only while a word is on show (the key bar drops them otherwise)."""
        if action == "answer":
            return bool(self.items) and not self.finished
        if action == "close":
            return not self.finished
        if action == "close_result":
            return self.finished
        return True

    def _show_word(self) -> None:
        item = self.items[len(self.answers)]
        self.query_one("#placement-word", Static).update(item.word)
        self.query_one("#placement-count", Static).update(
            f"Word {len(self.answers) + 1} of {len(self.items)}")
        self.query_one("#yes", Button).focus()

    def action_answer(self, yes: bool) -> None:
        if not self.items or self.finished:
            return
        self.answers.append((self.items[len(self.answers)], yes))
        self.query_one("#placement-progress", ProgressBar).advance(1)
        if self.finished:
            self._finish()
        else:
            self._show_word()

    @on(Button.Pressed, "#yes, #no")
    def _pressed(self, event: Button.Pressed) -> None:
        self.action_answer(event.button.id == "yes")

    @on(Button.Pressed, "#done")
    def _done(self) -> None:
        self.dismiss()

    def action_close_result(self) -> None:
        self.dismiss()

    def action_close(self) -> None:
        if self.answers and not self.finished:
            self.notify("Level test stopped; nothing was changed.", markup=False)
        self.dismiss()

    # -- the result --------------------------------------------------------------------

    def _finish(self) -> None:
        from vocab.placement import apply, score

        result = self.result = score(self.answers)
        before = len(self.reader_app.store.statuses())
        apply(self.reader_app.store, result)
        marked = len(self.reader_app.store.statuses()) - before
        self.reader_app.refresh_learner()
        self.query_one("#placement-instructions").display = False
        self.query_one("#placement-buttons").display = False
        self.query_one("#placement-count").display = False
        self.query_one("#placement-word", Static).update(f"Your level: {result.level.value}")
        self.query_one("#placement-result", Static).update(result_text(result, marked))
        self.query_one("#placement-result").display = True
        self.query_one("#placement-done").display = True
        done = self.query_one("#done", Button)
        done.focus()
        # Once the result is laid out: on a short terminal it pushes Done below the fold.
        self.call_after_refresh(done.scroll_visible, animate=False)
        self.refresh_bindings()


def result_text(result: PlacementResult, marked: int) -> str:
    """What the learner is told at the end: size, level, and what was saved."""
    from reader.screens.settings import LEVEL_NAMES
    from vocab.placement import size_in_words

    level = f"level {result.level.value} ({LEVEL_NAMES[result.level.value]})"
    if not result.reliable:
        # The guesses cancel the yeses: no count of words to show ("about 0 of 5,000"
        # after yes to every word read as nonsense).
        lines = [f"You said yes to many made-up words, so the test cannot tell how many "
                 f"words you know. Your level was set to {level.removeprefix('level ')}, "
                 "to start with; no "
                 "words were marked as known.",
                 # Settings has the button; the palette was one more thing to learn. One
                 # mention of it: the line below said "Settings (s)" a second time.
                 "Words above your level are highlighted when you read. Take the test "
                 "again from Settings (s) when you like, or change the level there."]
    else:
        lines = [f"You know {size_in_words(result)}: {level}.",
                 f"{marked} word{'' if marked == 1 else 's'} you know "
                 f"{'is' if marked == 1 else 'are'} now marked as known.",
                 "Words above your level are highlighted when you read; change the level "
                 "in Settings (s)."]
    return "\n\n".join(lines)
