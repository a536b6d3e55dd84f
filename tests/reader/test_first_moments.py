"""What a learner trips on right after a screen opens: a key pressed while the words are
marked, the first start's figure under the welcome dialog, lines on a wide terminal."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reader_steps import (
    ENGINE_WAIT_S,
    SIZE,
    article_view,
    fixed_now,
    open_article,
    settle,
    until,
)
from textual.widgets import Static

from reader.app import ReaderApp, create_app
from reader.screens.placement import PlacementOffer
from reader.screens.reading import ReadingScreen
from reader.widgets.article_view import ArticleText, ArticleView
from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.setup_progress import COMPILING_LEXICON, SetupProgress
from vocab.store import Store

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]

# Written for these tests: a few words far above a beginner's level.
STORY = """The Old Ledger

The clerk kept a meticulous ledger of every parcel. Auditors scrutinised it each
winter, and the town council commended her diligence.
"""


@pytest.mark.parametrize("key", ["n", "enter"])
async def test_n_pressed_while_the_words_are_marked_goes_to_the_first_word(
    make_app: AppFactory, key: str
) -> None:
    """A new article opened, n pressed at once: the words were still being marked, and
    the key rang the bell and did nothing (the learner pressed it again, or gave up).
    It goes to the first highlighted word as soon as they are marked."""
    app = make_app()
    release = threading.Event()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        real_get = app.analyses.get

        def slow_get(*args: Any) -> Any:
            release.wait(ENGINE_WAIT_S)
            return real_get(*args)

        app.analyses.get = slow_get  # type: ignore[method-assign]
        article_id = app.store.add_article(article_from_text(STORY))
        app.open_article(article_id)
        await until(pilot, lambda: bool(app.screen.query(ArticleView)))
        view = article_view(pilot)
        await pilot.press(key)
        assert view.analysis is None and view.focused_token is None
        release.set()
        await settle(pilot)
        assert view.highlighted
        assert view.focused_token == view.highlighted[0]
        assert isinstance(app.screen, ReadingScreen)  # Enter chose no word before it


def _figure(hint: Static) -> int | None:
    found = re.search(r"(\d+)%", str(hint.render()))
    return int(found.group(1)) if found else None


async def test_the_first_start_figure_moves_under_the_welcome_dialog(
    engine: Engine, store_path: Path
) -> None:
    """First start: the level test is offered over the library while the dictionary is
    made, and the hint line under the dialog read "reading the dictionary… 2%" for the
    whole of that minute, as if the app had stopped. It moves while the dialog is up."""
    release = threading.Event()

    def compiling() -> Engine:
        app.report_engine_progress(SetupProgress(COMPILING_LEXICON, 0, 1, (COMPILING_LEXICON,)))
        release.wait(ENGINE_WAIT_S)
        return engine

    with Store.open(store_path, now=fixed_now) as store:
        app = create_app(store=store, engine_loader=compiling, now=fixed_now, offer_placement=True)
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: isinstance(app.screen, PlacementOffer))
            hint = app.screen_stack[-2].query_one("#library-hint", Static)
            await until(pilot, lambda: _figure(hint) is not None)
            first = _figure(hint)
            assert first is not None
            await until(pilot, lambda: (_figure(hint) or 0) > first, seconds=12.0)
            assert isinstance(app.screen, PlacementOffer)
            assert (_figure(hint) or 0) > first
            release.set()
            await settle(pilot)


@pytest.mark.parametrize(("size", "widest"), [((160, 45), 100), ((100, 30), 94)])
async def test_a_wide_terminal_keeps_the_lines_short_enough_to_read(
    make_app: AppFactory, size: tuple[int, int], widest: int
) -> None:
    """At 160 columns the article's lines ran to 150 characters, hard to follow to the
    next line. They stop at 100; at 100 columns the text fills the width, as before."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_article(pilot)
        text = app.screen.query_one(ArticleText)
        assert text.size.width == widest
        lines = [str(strip.text) for strip in text.render_lines(text.region.reset_offset)]
        assert max(len(line.rstrip()) for line in lines) <= widest
