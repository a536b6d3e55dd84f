"""App tests: a real engine loaded once per session, a fresh store per test, a fixed clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.app import ReaderApp, create_app, warm_up
from vocab.engine import Engine, load_engine
from vocab.store import Store

FIXED_NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
# Big enough for the reader and a side panel; the snapshots use 100x30.
SIZE = (100, 32)


def fixed_now() -> datetime:
    return FIXED_NOW


@pytest.fixture(scope="session")
def engine(session_cache_dir: Path) -> Engine:
    """The real engine, loaded and warmed once for the whole run."""
    loaded = load_engine(session_cache_dir)
    warm_up(loaded)
    return loaded


@pytest.fixture(autouse=True)
def no_animation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Deterministic screens: no animations, no blinking cursor."""
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    from textual.widgets import Input

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
        return create_app(store=store, engine_loader=lambda: engine, now=fixed_now)

    yield build
    for store in stores:
        store.close()
