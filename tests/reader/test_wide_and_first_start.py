"""What a learner sees on a wide terminal and in a first start's first minute (session 43
tmux walk-through at 80x24, 100x30 and 200x50)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from reader_steps import ENGINE_WAIT_S, SIZE, VOA_TITLE, fixed_now, open_article, settle, until
from textual.widgets import Static

from reader.app import ReaderApp, create_app
from reader.preparation import STAGES, doing_text
from reader.screens.lesson_level import LessonLevelDialog
from reader.screens.placement import PlacementOffer, PlacementScreen
from reader.screens.reading import ReadingScreen
from reader.widgets.article_table import ArticleTable
from reader.widgets.article_view import ArticleText, ArticleView
from reader.widgets.key_bar import KeyBar
from reader.widgets.legend import Legend
from vocab import lexicon_build, wordfacts
from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.setup_progress import COMPILING_LEXICON, COMPILING_WORD_FACTS, SetupProgress
from vocab.store import Store

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]
EMPTY_CACHE = (COMPILING_LEXICON, COMPILING_WORD_FACTS)
# Written for these tests: a few words far above a beginner's level.
KEEPER_STORY = """The Keeper's Notebook

For forty years the keeper kept a meticulous notebook of gales and shipwrecks. Historians
now scrutinise its brittle pages for clues about the receding cliffs.
"""


@pytest.mark.parametrize("size", [(200, 50), (160, 45)])
async def test_a_wide_terminal_shows_the_article_in_the_middle(
    make_app: AppFactory, size: tuple[int, int]
) -> None:
    """At 200 columns the article's 100-column text sat at the left, with 90 empty
    columns on its right. It is in the middle, its title and byline above its text."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_article(pilot)
        view = app.screen.query_one(ArticleView)
        text = view.query_one(ArticleText)
        inside = view.scrollable_content_region
        left = text.region.x - inside.x
        right = inside.right - text.region.right
        assert text.size.width == 100
        assert abs(left - right) <= 1
        for heading in view.query(".title, .byline"):
            assert heading.region.x == text.region.x


async def test_at_100_columns_the_article_fills_the_width_as_before(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_article(pilot)
        view = app.screen.query_one(ArticleView)
        text = view.query_one(ArticleText)
        assert text.region.x == view.scrollable_content_region.x
        assert text.size.width == view.scrollable_content_region.width


def test_each_part_a_compile_tells_has_a_name() -> None:
    """The line under the first start's bar names the part of the step running; each
    compile tells as many parts as the step names."""
    assert len(STAGES[COMPILING_LEXICON].parts) == len(lexicon_build.COMPILE_PART_SECONDS)
    assert len(STAGES[COMPILING_WORD_FACTS].parts) == len(wordfacts.COMPILE_PART_SECONDS)
    before_any = SetupProgress(COMPILING_LEXICON, 0, 2, EMPTY_CACHE)
    assert doing_text(before_any) == "reading the dictionary"
    saving = SetupProgress(COMPILING_LEXICON, 0, 2, EMPTY_CACHE, (0.6, 0.8), 1)
    assert doing_text(saving) == "reading the dictionary (saving it)"
    levels = SetupProgress(COMPILING_WORD_FACTS, 1, 2, EMPTY_CACHE, (0.3, 0.8), 3)
    assert doing_text(levels) == "reading the word lists (levels)"


async def test_the_dictionary_step_names_its_parts_under_the_bar(
    engine: Engine, store_path: Path
) -> None:
    """First start, level test taken at once: under the bar the word lists' step said
    what it was reading, the dictionary's (half a minute and more) only "reading the
    dictionary", whatever part it was in. The line and the library's hint line under
    the test name the part running, and follow it to the next."""
    release = threading.Event()
    told = threading.Event()

    def compiling() -> Engine:
        app.report_engine_progress(SetupProgress(COMPILING_LEXICON, 0, 2, EMPTY_CACHE))
        app.report_engine_progress(
            SetupProgress(COMPILING_LEXICON, 0, 2, EMPTY_CACHE, (0.0, 0.6), 0)
        )
        told.wait(ENGINE_WAIT_S)
        app.report_engine_progress(
            SetupProgress(COMPILING_LEXICON, 0, 2, EMPTY_CACHE, (0.6, 0.8), 1)
        )
        release.wait(ENGINE_WAIT_S)
        return engine

    with Store.open(store_path, now=fixed_now) as store:
        app = create_app(store=store, engine_loader=compiling, now=fixed_now)
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: app.preparation_step is not None)
            await until(pilot, lambda: app.preparation_step.part_number == 0)  # type: ignore[union-attr]
            hint = app.screen.query_one("#library-hint", Static)
            screen = PlacementScreen(seed=3)
            await app.push_screen(screen)
            step = screen.query_one("#placement-step", Static)
            await until(pilot, lambda: "(" in str(step.render()))
            assert (
                str(step.render())
                == "First start only: reading the dictionary (words and meanings)…"
            )
            told.set()
            await until(pilot, lambda: "saving" in str(step.render()))
            assert str(step.render()) == "First start only: reading the dictionary (saving it)…"
            assert "reading the dictionary (saving it)… " in str(hint.render())
            release.set()
            await settle(pilot)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_welcome_dialog_bar_covers_the_library_keys_beneath(
    engine: Engine, store_path: Path, size: tuple[int, int]
) -> None:
    """First start at 80x24: under the welcome dialog's "y Take the test  n Skip" the
    library's first line of keys ("a Add  d Delete ... q Quit") showed, keys that do
    nothing while the dialog is open. The library's bar took its second line after the
    dialog's bar was laid out, as the bundled articles came in."""
    release = threading.Event()

    def compiling() -> Engine:
        release.wait(ENGINE_WAIT_S)
        return engine

    with Store.open(store_path, now=fixed_now) as store:
        app = create_app(store=store, engine_loader=compiling, now=fixed_now, offer_placement=True)
        async with app.run_test(size=size) as pilot:
            await until(pilot, lambda: isinstance(app.screen, PlacementOffer))
            library = app.screen_stack[-2]
            await until(pilot, lambda: library.query_one(ArticleTable).row_count > 0)
            beneath = library.query_one(KeyBar)
            bar = app.screen.query_one(KeyBar)

            def covered() -> bool:
                return (
                    bar.region.y <= beneath.region.y and bar.region.bottom == beneath.region.bottom
                )

            await until(pilot, covered)
            assert bar.region.y <= beneath.region.y
            assert bar.region.bottom == beneath.region.bottom
            release.set()
            await settle(pilot)


async def test_a_class_handout_at_a_level_said_with_an_is_named_so(
    make_app: AppFactory, tmp_path: Path
) -> None:
    """A teacher's handout for level A2 was said to be "for a A2 class"."""
    app = make_app()
    app.export_dir = tmp_path
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("E")
        await until(pilot, lambda: isinstance(app.screen, LessonLevelDialog))
        await pilot.press("up", "enter")  # the learner's B1 is offered first
        await until(pilot, lambda: any("class" in str(n.message) for n in app._notifications), 60.0)
        said = [str(n.message) for n in app._notifications if "class" in str(n.message)]
        assert said[0].startswith("Saved a lesson for an A2 class with ")


async def test_a_wide_library_shows_a_headline_whole(make_app: AppFactory) -> None:
    """At 200 columns a headline of 63 characters was cut at 50 ("...Security Guara…")
    with 80 empty columns on the right of the table."""
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ArticleTable)
        lines = [table.render_line(row + 1).text for row in range(table.row_count)]
        assert any(VOA_TITLE in line for line in lines)
        assert not any("…" in line.split("  ")[0] for line in lines)


async def test_an_article_opened_in_the_first_start_says_what_it_waits_for(
    engine: Engine, store_path: Path
) -> None:
    """First start, level test skipped, an article opened at once: the line under it
    said "Analysing the words of this article…" for the minute and more the dictionary
    took, the figure of how far it was only in the library's hint line, out of sight.
    It says the step and how far it is, and marks the words once it is done."""
    release = threading.Event()

    def compiling() -> Engine:
        app.report_engine_progress(
            SetupProgress(COMPILING_WORD_FACTS, 1, 2, EMPTY_CACHE, (0.3, 0.8), 3)
        )
        release.wait(ENGINE_WAIT_S)
        return engine

    with Store.open(store_path, now=fixed_now) as store:
        app = create_app(store=store, engine_loader=compiling, now=fixed_now)
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: app.preparation_step is not None)
            app.open_article(store.add_article(article_from_text(KEEPER_STORY)))
            await until(
                pilot,
                lambda: isinstance(app.screen, ReadingScreen) and bool(app.screen.query(Legend)),
            )
            legend = app.screen.query_one(Legend)
            await until(pilot, lambda: "First start" in str(legend.render()))
            said = str(legend.render())
            assert said.startswith("First start only: reading the word lists (levels)… ")
            assert said.endswith("%")
            release.set()
            await settle(pilot)
            assert not legend.busy
            assert "Harder than" in str(legend.render())
            assert app.screen.query_one(ArticleView).highlighted
