"""A first start's dictionary preparation, as the level test offered then shows it."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import pytest
from reader_steps import ENGINE_WAIT_S, SIZE, fixed_now, settle, until
from textual.widgets import ProgressBar, Static

from reader.app import create_app
from reader.preparation import (
    STAGES,
    STARTING,
    PreparationClock,
    percent_text,
    share_done,
    step_text,
    warming_up,
)
from reader.screens.placement import OPENING_THE_DICTIONARY, PlacementScreen
from vocab.engine import Engine
from vocab.setup_progress import COMPILING_LEXICON, COMPILING_WORD_FACTS, SetupProgress
from vocab.store import Store
from vocab.wordfacts import COMPILE_PART_SECONDS

pytestmark = pytest.mark.anyio


EMPTY_CACHE = (COMPILING_LEXICON, COMPILING_WORD_FACTS)
LEXICON_ONLY = (COMPILING_LEXICON,)


def progress_of(name: str, steps: tuple[str, ...] = EMPTY_CACHE) -> SetupProgress:
    return SetupProgress(name, steps.index(name), len(steps), steps)


def test_engine_steps_are_said_plainly_and_their_shares_only_grow() -> None:
    assert step_text(progress_of(COMPILING_LEXICON)) == "reading the dictionary"
    assert step_text(SetupProgress("something new", 0, 1, ("something new",))) == "something new"
    shares = [share_done(None, 0.0)]
    shares += [share_done(progress_of(name), 0.0) for name in EMPTY_CACHE]
    shares.append(share_done(warming_up(progress_of(COMPILING_WORD_FACTS)), 0.0))
    assert shares == sorted(shares)
    # Within a step the share grows with the time, never past where the next one starts.
    lexicon, facts = progress_of(COMPILING_LEXICON), progress_of(COMPILING_WORD_FACTS)
    assert share_done(lexicon, 5.0) > share_done(lexicon, 0.0)
    assert share_done(lexicon, 1e6) < share_done(facts, 0.0)
    assert percent_text(0.367) == "36%"


def test_a_start_with_one_file_to_make_fills_the_bar() -> None:
    """The word facts were there, the lexicon was made: the bar read a third of the way
    (its share of a start that makes both) when the wait was nearly over."""
    lexicon = progress_of(COMPILING_LEXICON, LEXICON_ONLY)
    assert share_done(lexicon, 0.0) < 0.1
    assert share_done(lexicon, 1e6) > 0.8
    assert share_done(warming_up(lexicon), 0.0) > share_done(lexicon, 1e6)
    assert share_done(warming_up(lexicon), 1e6) < 1.0


def test_a_step_that_runs_long_still_moves_the_bar() -> None:
    """The lexicon's step on a busy machine took half a minute longer than measured,
    and its figure stood at 28% all that time, as if the app had stopped: past most of
    its measured time a step moves ever more slowly, never into the next one's part."""
    lexicon, facts = progress_of(COMPILING_LEXICON), progress_of(COMPILING_WORD_FACTS)
    seconds = STAGES[COMPILING_LEXICON].seconds
    late = [share_done(lexicon, seconds * times) for times in (1.0, 1.5, 2.0, 3.0)]
    assert late == sorted(set(late))
    assert late[-1] < share_done(facts, 0.0)


def _first_start_on(slowness: float) -> list[tuple[float, SetupProgress]]:
    """When a machine ``slowness`` times slower than the measured one tells each step
    of an empty cache's start, and each part of the word facts' compile."""
    told, now = [], STARTING.seconds * slowness
    lexicon = progress_of(COMPILING_LEXICON)
    told.append((now, lexicon))
    now += STAGES[COMPILING_LEXICON].seconds * slowness
    facts = progress_of(COMPILING_WORD_FACTS)
    told.append((now, facts))
    whole, start = sum(COMPILE_PART_SECONDS), 0.0
    for seconds in COMPILE_PART_SECONDS:
        told.append(
            (
                now,
                SetupProgress(
                    facts.step,
                    facts.done,
                    facts.total,
                    facts.steps,
                    (start, start + seconds / whole),
                ),
            )
        )
        start += seconds / whole
        now += STAGES[COMPILING_WORD_FACTS].seconds * slowness * seconds / whole
    told.append((now, warming_up(facts)))
    return told


def _longest_still(shares: list[float]) -> int:
    """The most seconds in a row the bar's figure ("42%") did not move."""
    longest = still = 0
    for before, after in itertools.pairwise(shares):
        still = still + 1 if percent_text(after) == percent_text(before) else 0
        longest = max(longest, still)
    return longest


@pytest.mark.parametrize("slowness", [1.0, 3.0])
def test_the_word_lists_step_moves_the_bar_evenly(slowness: float) -> None:
    """QA walk-through: on a busy machine (three times the measured seconds) the bar ran
    through the word lists' step by the clock, then stood still at its end for two
    minutes. Their compile tells its parts, and the step moves at the pace the steps
    before it kept: the figure never stands still for long, and only grows."""
    told = _first_start_on(slowness)
    clock = PreparationClock(0.0)
    words_begin, end = told[1][0], told[-1][0]
    shares = []
    for second in range(int(end) + 1):
        for _ in range(sum(1 for at, _ in told if second - 1 < at <= second)):
            at, progress = told.pop(0)
            clock.told(progress, at)
        shares.append(clock.share(float(second)))
    assert shares == sorted(shares)
    assert _longest_still(shares[int(words_begin) :]) <= 6 * slowness
    assert shares[-1] < 1.0


@pytest.mark.parametrize(
    ("steps", "seconds_in", "lowest", "highest"),
    [
        (EMPTY_CACHE, 0.0, 0.02, 0.36),
        # The word facts were there, the lexicon alone was made: the bar stopped at 36%
        # for the rest of the wait. A minute into this start's one step, it is nearly full.
        (LEXICON_ONLY, 60.0, 0.8, 1.0),
    ],
)
async def test_the_level_test_shows_the_first_start_step_and_how_far_it_is(
    engine: Engine,
    store_path: Path,
    steps: tuple[str, ...],
    seconds_in: float,
    lowest: float,
    highest: float,
) -> None:
    """QA walk-through: the test taken at the first-run offer showed "Opening the
    dictionary…" over a bar reading "--%" for a minute and more, with nothing said of
    what was going on. It names the step, in plain words, and the bar has a figure."""
    release = threading.Event()

    def compiling() -> Engine:
        app.report_engine_progress(progress_of(COMPILING_LEXICON, steps))
        release.wait(ENGINE_WAIT_S)
        return engine

    with Store.open(store_path, now=fixed_now) as store:
        app = create_app(store=store, engine_loader=compiling, now=fixed_now)
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: app.preparation_step is not None)
            # As if the step had been told ``seconds_in`` ago.
            app._preparation.told(
                progress_of(COMPILING_LEXICON, steps), time.monotonic() - seconds_in
            )
            screen = PlacementScreen(seed=3)
            await app.push_screen(screen)
            await pilot.pause(0.6)
            word = str(screen.query_one("#placement-word", Static).render())
            step = str(screen.query_one("#placement-step", Static).render())
            bar = screen.query_one(ProgressBar)
            assert word == OPENING_THE_DICTIONARY
            assert step == "First start only: reading the dictionary…"
            assert bar.total == 100
            assert bar.percentage is not None and lowest <= bar.percentage < highest
            release.set()
            await settle(pilot)
            assert screen.items
            assert not screen.query_one("#placement-step").display
