"""A bug in the app's background work is logged with its traceback and told to the
learner in plain words, with where the log is; the waiting it caused ends."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import SIZE, open_article, settle
from textual import work
from textual.app import App
from textual.screen import Screen

from reader.app import ReaderApp
from reader.failures import ReportsWorkerFailures
from reader.paths import log_path
from reader.widgets.legend import Legend

pytestmark = pytest.mark.anyio


class _Busy(ReportsWorkerFailures, Screen[None]):
    def on_mount(self) -> None:
        self._fail()

    @work(thread=True, exit_on_error=False)
    def _fail(self) -> None:
        raise ImportError("lxml.html.clean module is now a separate project")


async def test_a_screens_failed_worker_is_logged_and_said(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Textual tells only the screen that started a worker that it failed: the app's
    own handler never heard of a screen's, and nothing reached the log (QA
    walk-through)."""
    app: App[None] = App()
    async with app.run_test() as pilot:
        await app.push_screen(_Busy())
        for _ in range(50):  # wait_for_complete raises the worker's error
            await pilot.pause(0.02)
            if app._notifications:
                break
        [said] = [str(n.message) for n in app._notifications]
        assert str(log_path()) in said and "ImportError" not in said
    assert any(r.exc_info and r.exc_info[0] is ImportError for r in caplog.records)


async def test_an_analysis_that_fails_ends_the_wait_and_says_where_the_log_is(
    make_app: Callable[[], ReaderApp], monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = make_app()

    def broken(*_args: object) -> None:
        raise ImportError("a module of the engine is missing")

    monkeypatch.setattr(app.analyses, "get", broken)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        await settle(pilot)
        assert not screen.query_one(Legend).busy
        said = [str(n.message) for n in app._notifications]
        assert any(str(log_path()) in line for line in said)
    assert any(r.exc_info and r.exc_info[0] is ImportError for r in caplog.records)
