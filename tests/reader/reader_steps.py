"""What the app tests share: fixtures (engine, app factory), waiting for workers,
opening an article, finding words."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from textual.pilot import Pilot

from reader.app import ReaderApp, create_app
from reader.screens.details import WordDetailsScreen
from reader.screens.reading import ReadingScreen
from reader.screens.settings import SettingsScreen
from reader.widgets.article_table import ArticleTable
from reader.widgets.article_view import ArticleView
from reader.widgets.glossary_panel import GlossaryPanel
from vocab.engine import Engine, load_engine, warm_up
from vocab.store import Store

S = TypeVar("S")

FIXED_NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
# Big enough for the reader and a side panel; the snapshots use 100x30.
SIZE = (100, 32)


def fixed_now() -> datetime:
    return FIXED_NOW


# Compiling the lexicon and word facts takes minutes; a developer can point this at a
# cache dir kept between runs. CI leaves it unset and compiles once per session.
REUSED_CACHE_ENV = "READER_TEST_CACHE_DIR"


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def engine_cache_dir(session_cache_dir: Path) -> Path:
    """Where the lexicon and word facts of the tests' engine are compiled."""
    reused = os.environ.get(REUSED_CACHE_ENV)
    return Path(reused) if reused else session_cache_dir


@pytest.fixture(scope="session")
def engine(engine_cache_dir: Path) -> Engine:
    """The real engine, loaded and warmed once for the whole run."""
    loaded = load_engine(engine_cache_dir)
    warm_up(loaded)
    return loaded


@pytest.fixture(autouse=True)
def no_animation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Deterministic screens: no blinking cursor (animations are off in `make_app`)."""
    from textual.widgets import Input

    # Input.cursor_blink is a reactive defaulting to True; a plain False replaces it.
    monkeypatch.setattr(Input, "cursor_blink", False)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "learner.sqlite3"


@pytest.fixture
def make_app(engine: Engine, store_path: Path) -> Iterator[Callable[[], ReaderApp]]:
    """Builds apps on the same store file (call twice to "restart" the app)."""
    stores: list[Store] = []

    def build() -> ReaderApp:
        store = Store.open(store_path, now=fixed_now)
        stores.append(store)
        app = create_app(store=store, engine_loader=lambda: engine, now=fixed_now)
        app.animation_level = "none"
        return app

    yield build
    for store in stores:
        store.close()


VOA_TITLE = "Russia Gets China’s Support to Get Security Guarantee from NATO"


# The engine warms up in a thread of its own (not a Textual worker); tests wait for it.
ENGINE_WAIT_S = 60.0


async def settle(pilot: Pilot) -> None:
    """Let the engine warm up, workers finish and the messages they posted be handled."""
    app: ReaderApp = pilot.app  # type: ignore[assignment]
    waited = 0.0
    # Until the engine is ready, or has failed to load (without language data it never
    # becomes ready: waiting for that cost two minutes of the suite).
    while not (app.engine_ready or app.engine_error) and waited < ENGINE_WAIT_S:
        await pilot.pause(0.02)
        waited += 0.02
    for _ in range(4):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def open_by_key(pilot: Pilot, key: str, screen_type: type[S]) -> S:
    """Press ``key`` once the app has settled, and the screen it opens once it has."""
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, screen_type)
    return screen


async def open_article(pilot: Pilot, title: str = VOA_TITLE) -> ReadingScreen:
    """From the library, move the cursor to ``title`` and press Enter."""
    await settle(pilot)
    app: ReaderApp = pilot.app  # type: ignore[assignment]
    table = app.screen.query_one(ArticleTable)
    titles = [table.row_text(row)[0] for row in range(table.row_count)]
    row = next(i for i, text in enumerate(titles) if title.startswith(text))
    table.move_cursor(row=row)
    table.focus()
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, ReadingScreen)
    return app.screen


async def open_text(pilot: Pilot, text: str) -> ReadingScreen:
    """``text`` added to the library as an article (its first line the title), opened."""
    from vocab.articles import article_from_text

    app: ReaderApp = pilot.app  # type: ignore[assignment]
    article_id = app.store.add_article(article_from_text(text))
    await settle(pilot)
    app.open_article(article_id)
    await settle(pilot)
    assert isinstance(app.screen, ReadingScreen)
    return app.screen


async def open_details(pilot: Pilot, word: str | int) -> WordDetailsScreen:
    """Word details of the open article's first token written ``word`` (or of token
    index ``word``), opened with Enter once they are ready."""
    view = article_view(pilot)
    assert view.analysis is not None
    view.focused_token = word if isinstance(word, int) else next(
        i for i, t in enumerate(view.analysis.tokens) if t.text == word)
    view.focus()
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, WordDetailsScreen)
    return screen


async def open_glossary(pilot: Pilot) -> GlossaryPanel:
    """The VOA seed's glossary panel, opened with g (its list focused)."""
    await open_article(pilot)
    await pilot.press("g")
    await settle(pilot)
    return pilot.app.screen.query_one(GlossaryPanel)


async def until(pilot: Pilot, condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """Pause until ``condition()`` holds (a worker's result shown), at most ``seconds``."""
    for _ in range(round(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)


async def open_settings(pilot: Pilot) -> SettingsScreen:
    """Settings, opened with s from the library once it has settled."""
    await settle(pilot)
    await pilot.press("s")
    screen = pilot.app.screen
    assert isinstance(screen, SettingsScreen)
    return screen


async def tab_order(pilot: Pilot, presses: int) -> list[str | None]:
    """The id of the widget focused after each of ``presses`` presses of Tab."""
    focused = []
    for _ in range(presses):
        await pilot.press("tab")
        await pilot.pause()
        focused.append(pilot.app.focused.id if pilot.app.focused else None)
    return focused


def article_view(pilot: Pilot) -> ArticleView:
    return pilot.app.screen.query_one(ArticleView)


def marked_lemmas(view: ArticleView) -> set[str]:
    assert view.analysis is not None
    return {view.analysis.tokens[i].lemma.lower() for i in view.marks}
