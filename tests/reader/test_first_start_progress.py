"""A first start's dictionary preparation, as the level test offered then shows it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from reader_steps import ENGINE_WAIT_S, SIZE, fixed_now, settle, until
from textual.widgets import ProgressBar, Static

from reader.app import create_app
from reader.preparation import STAGES, percent_text, share_done, step_text
from reader.screens.placement import OPENING_THE_DICTIONARY, PlacementScreen
from vocab.engine import Engine
from vocab.store import Store

pytestmark = pytest.mark.anyio


def test_engine_steps_are_said_plainly_and_their_shares_only_grow() -> None:
    assert step_text("reading WordNet 3.0 from /usr/share/wordnet") == "reading the dictionary"
    assert step_text("writing the lexicon") == "saving the dictionary"
    assert step_text("something new") == "something new"
    shares = [share_done(stage.prefix, 0.0) for stage in STAGES]
    assert shares == sorted(shares)
    # Within a step the share grows with the time, never past where the next one starts.
    assert share_done("writing the lexicon", 5.0) > share_done("writing the lexicon", 0.0)
    assert share_done("writing the lexicon", 1e6) < share_done("lexicon compiled", 0.0)
    assert percent_text(0.367) == "36%"


async def test_the_level_test_shows_the_first_start_step_and_how_far_it_is(
    engine: Engine,
    store_path: Path,
) -> None:
    """QA walk-through: the test taken at the first-run offer showed "Opening the
    dictionary…" over a bar reading "--%" for a minute and more, with nothing said of
    what was going on. It names the step, in plain words, and the bar has a figure."""
    release = threading.Event()

    def compiling() -> Engine:
        app.report_engine_progress("writing the lexicon")
        release.wait(ENGINE_WAIT_S)
        return engine

    with Store.open(store_path, now=fixed_now) as store:
        app = create_app(store=store, engine_loader=compiling, now=fixed_now)
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: app.preparation_step is not None)
            screen = PlacementScreen(seed=3)
            await app.push_screen(screen)
            await pilot.pause(0.6)
            word = str(screen.query_one("#placement-word", Static).render())
            step = str(screen.query_one("#placement-step", Static).render())
            bar = screen.query_one(ProgressBar)
            assert word == OPENING_THE_DICTIONARY
            assert step == "First start only: saving the dictionary…"
            assert bar.total == 100
            assert bar.percentage is not None and 0.24 <= bar.percentage < 0.36
            release.set()
            await settle(pilot)
            assert screen.items
            assert not screen.query_one("#placement-step").display
