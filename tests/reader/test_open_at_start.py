"""`reader story.txt`: the app starts with that article in the reader, over the library,
as if the learner had opened it there."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_steps import SIZE, fixed_now, settle

from reader.app import ReaderApp, create_app
from reader.screens.library import ArticleTable, LibraryScreen
from reader.screens.placement import PlacementOffer
from reader.screens.reading import ReadingScreen
from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.store import Store

pytestmark = pytest.mark.anyio

STORY = "The Farmers and the Rain\n\nFarmers waited for the monsoon. The rain came at last."


def app_opening_a_story(store: Store, engine: Engine, *, offer_placement: bool) -> tuple[
        ReaderApp, int]:
    article_id = store.add_article(article_from_text(STORY))
    app = create_app(store=store, engine_loader=lambda: engine, now=fixed_now,
                     offer_placement=offer_placement, open_article=article_id)
    app.animation_level = "none"
    return app, article_id


async def test_the_article_opens_in_the_reader_and_escape_goes_to_the_library(
    engine: Engine, store_path: Path
) -> None:
    with Store.open(store_path, now=fixed_now) as store:
        app, article_id = app_opening_a_story(store, engine, offer_placement=False)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            reading = app.screen
            assert isinstance(reading, ReadingScreen) and reading.article_id == article_id
            assert reading.stored is not None
            assert reading.stored.article.title == "The Farmers and the Rain"
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)
            # On the article just read, among the bundled ones added on this first run.
            table = app.screen.query_one(ArticleTable)
            assert table.row_count > 1
            assert table.selected_id == article_id


async def test_the_level_test_is_offered_over_the_library_not_over_the_article(
    engine: Engine, store_path: Path
) -> None:
    with Store.open(store_path, now=fixed_now) as store:
        app, _ = app_opening_a_story(store, engine, offer_placement=True)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, ReadingScreen)
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, PlacementOffer)
            await pilot.press("n")
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)
            # Once: back from the article again, the library is not covered again.
            app.screen.query_one(ArticleTable).focus()
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)
