"""The level test: offered once on first run, answered with y/n, applied at the end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from reader_steps import SIZE, fixed_now, open_settings, settle
from textual.pilot import Pilot
from textual.widgets import Button, ProgressBar, Static

from reader.app import ReaderApp, create_app
from reader.screens.library import LibraryScreen
from reader.screens.placement import (
    OFFER_SETTING,
    SKIPPED,
    PlacementOffer,
    PlacementScreen,
)
from reader.widgets.key_bar import KeyBar
from vocab.engine import Engine
from vocab.models import LanguageDataMissing, Level, WordStatus
from vocab.placement import build_test, score
from vocab.store import Store

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]
SEED = 11


def says_yes(word_band: int | None) -> bool:
    """A learner who knows the first three thousand words and never falls for made-up ones."""
    return word_band is not None and word_band <= 3


async def take_the_test(pilot: Pilot, screen: PlacementScreen) -> None:
    await settle(pilot)
    assert screen.items
    for n, item in enumerate(screen.items):
        shown = str(screen.query_one("#placement-word", Static).render())
        assert shown == item.word
        assert screen.query_one("#placement-progress", ProgressBar).progress == n
        await pilot.press("y" if says_yes(item.band) else "n")
    await pilot.pause()


async def start_test(app: ReaderApp, pilot: Pilot) -> PlacementScreen:
    await settle(pilot)
    screen = PlacementScreen(seed=SEED)
    await app.push_screen(screen)
    await settle(pilot)
    return screen


async def test_answering_every_word_sets_the_level_and_the_known_words(
    make_app: AppFactory, engine: Engine,
) -> None:
    expected = score((item, says_yes(item.band))
                     for item in build_test(engine.lexicon, seed=SEED))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = PlacementScreen(seed=SEED)
        await app.push_screen(screen)
        await take_the_test(pilot, screen)
        assert screen.result == expected
        assert len(screen.items) == 60
        result = str(screen.query_one("#placement-result", Static).render())
        assert f"{expected.vocabulary_size:,} of the 10,000 most frequent" in result
        assert f"level {expected.level.value}" in result
        assert f"{len(expected.known_words)} words you know are now marked" in result
        assert app.store.get_setting("level") == expected.level.value
        assert app.profile.level == expected.level
        known = {lemma for (lemma, _), s in app.store.statuses().items() if s == WordStatus.KNOWN}
        assert known == set(expected.known_words)
        await pilot.press("y")  # the test is over: answers are ignored
        assert screen.result == expected
        await pilot.click("#done")
        assert isinstance(app.screen, LibraryScreen)


async def test_a_guesser_only_gets_a_level(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_test(app, pilot)
        for _ in screen.items:
            await pilot.press("y")
        await pilot.pause()
        assert screen.result is not None and not screen.result.reliable
        assert app.store.get_setting("level") == screen.result.level.value
        assert app.store.statuses() == {}
        said = str(screen.query_one("#placement-result", Static).render())
        assert "cannot tell how many words you know" in said
        assert "no words were marked as known" in said
        assert "You know about" not in said  # "about 0 of the 5,000" after all yes
        # Said once: the retake and the level's change are both in Settings (QA walk-through:
        # "Take the test again from Settings (s)" then "change the level in Settings (s)").
        assert said.count("Settings (s)") == 1


def escape_label(screen: PlacementScreen) -> str:
    """What the key bar says Escape does."""
    return next(binding.description for binding, _ in screen.query_one(KeyBar).shown_bindings()
                if binding.key == "escape")


async def test_escape_stops_the_test_then_closes_its_result(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_test(app, pilot)
        assert escape_label(screen) == "Stop"
        await take_the_test(pilot, screen)
        assert escape_label(screen) == "Close"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert not any("stopped" in str(n.message) for n in app._notifications)


@pytest.mark.parametrize("guessing", [False, True])
async def test_the_result_and_done_fit_a_short_terminal(make_app: AppFactory,
                                                         guessing: bool) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_test(app, pilot)
        if guessing:
            for _ in screen.items:
                await pilot.press("y")
        else:
            await take_the_test(pilot, screen)
        await pilot.pause()
        done = screen.query_one("#done", Button)
        assert done.has_focus
        assert screen.region.contains_region(done.region)  # on screen, not below it
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)


async def test_stopping_half_way_changes_nothing(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await app.push_screen(PlacementScreen(seed=SEED))
        await settle(pilot)
        await pilot.click("#yes")
        await pilot.click("#no")
        assert len(app.screen.answers) == 2  # type: ignore[attr-defined]
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
        assert app.store.get_setting("level") is None
        assert app.store.statuses() == {}


def offering_app(store: Store, engine: Engine) -> ReaderApp:
    app = create_app(store=store, engine_loader=lambda: engine, now=fixed_now,
                     offer_placement=True)
    app.animation_level = "none"
    return app


async def test_first_run_offers_the_test_once_and_remembers_a_skip(
    engine: Engine, store_path: Path
) -> None:
    with Store.open(store_path, now=fixed_now) as store:
        app = offering_app(store, engine)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, PlacementOffer)
            # Its own keys, over the library's, which do nothing while it is open.
            assert str(app.screen.query_one(KeyBar).render()).strip() == (
                "y Take the test  n Skip")
            await pilot.press("n")
            assert isinstance(app.screen, LibraryScreen)
            assert store.get_setting(OFFER_SETTING) == SKIPPED
            await settle(pilot)
        again = offering_app(store, engine)
        async with again.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(again.screen, LibraryScreen)


async def test_yes_to_the_offer_starts_the_test(engine: Engine, store_path: Path) -> None:
    with Store.open(store_path, now=fixed_now) as store:
        app = offering_app(store, engine)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("y")
            await settle(pilot)
            assert isinstance(app.screen, PlacementScreen)
            assert app.screen.items


async def test_without_language_data_the_test_says_what_to_install(
        store_path: Path) -> None:
    """The test's words are chosen with WordNet (it leaves out words written with a
    capital): without it the screen says why there is no test, and nothing is saved."""
    def missing() -> Engine:
        raise LanguageDataMissing("WordNet is not installed; run: reader setup")

    with Store.open(store_path, now=fixed_now) as store:
        app = create_app(store=store, engine_loader=missing, now=fixed_now)
        async with app.run_test(size=SIZE) as pilot:
            screen = await start_test(app, pilot)
            shown = str(screen.query_one("#placement-word", Static).render())
            assert "reader setup" in shown
            assert not screen.items
            await pilot.press("y")
            assert store.get_setting("placement") is None


async def test_a_learner_with_a_level_is_not_asked(engine: Engine, store_path: Path) -> None:
    with Store.open(store_path, now=fixed_now) as store:
        store.set_setting("level", Level.B2.value)
        app = offering_app(store, engine)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)


async def test_the_test_can_be_retaken_from_settings_and_the_palette(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot)
        await pilot.click("#placement")
        await settle(pilot)
        assert isinstance(app.screen, PlacementScreen)
        await pilot.press("escape")
        await pilot.press("ctrl+p", *"level test")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, PlacementScreen)


async def test_settings_during_the_test_go_back_to_it_rather_than_start_another(
    make_app: AppFactory,
) -> None:
    """s opens Settings over a test half done; its "Take the level test" returns to that
    test, answers kept, rather than stacking a new one on it."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_test(app, pilot)
        await pilot.press("y", "n")
        await open_settings(pilot)
        await pilot.click("#placement")
        await settle(pilot)
        assert app.screen is screen and len(screen.answers) == 2
        assert [type(s) for s in app.screen_stack].count(PlacementScreen) == 1
