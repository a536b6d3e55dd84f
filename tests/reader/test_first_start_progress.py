"""A first start's dictionary preparation, as the level test offered then shows it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from reader_steps import ENGINE_WAIT_S, SIZE, fixed_now, settle, until
from textual.widgets import ProgressBar, Static

from reader.app import create_app
from reader.preparation import percent_text, share_done, step_text, warming_up
from reader.screens.placement import OPENING_THE_DICTIONARY, PlacementScreen
from vocab.engine import Engine
from vocab.setup_progress import COMPILING_LEXICON, COMPILING_WORD_FACTS, SetupProgress
from vocab.store import Store

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
            app._preparation_since -= seconds_in
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
