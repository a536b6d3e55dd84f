"""The engine in a child process: the same answers as the engine here, and the engine
here whenever the child cannot serve."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest
from reader_steps import SIZE, fixed_now, open_article, open_text, settle

from reader.app import ReaderApp
from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.engine_process import EngineProcess
from vocab.models import LearnerProfile, Level
from vocab.store import Store
from vocab.tagger import Tagger

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.models import Article, GlossaryEntry

TEXT = (
    "Leaders met to counter the influence of the bloc.\n\n"
    "The two sides will work out a plan, and the talks were turned down twice."
)
# Starting the child and loading its engine takes a second or two; far more on a
# busy machine.
READY_S = 120.0
ROOT = Path(__file__).resolve().parents[2]
# A parent that starts an engine process, says the pids of all its child processes,
# and waits to be killed.
PARENT = """
import sys
from pathlib import Path
from vocab.engine_process import EngineProcess

process = EngineProcess(Path(sys.argv[1]), fallback=None)
assert process.wait_until_ready(float(sys.argv[2]))

def children_of(task):
    try:
        return (task / "children").read_text().split()
    except (FileNotFoundError, ProcessLookupError):  # the thread ended meanwhile
        return []

print(*(pid for task in Path("/proc/self/task").iterdir()
        for pid in children_of(task)), flush=True)
sys.stdin.read()
"""


def _children_of(task: Path) -> list[str]:
    """The pids a thread of this process started; none when the thread ended while
    /proc was being listed (a worker thread may finish at any moment)."""
    try:
        return (task / "children").read_text().split()
    except (FileNotFoundError, ProcessLookupError):
        return []


def _children() -> set[int]:
    """The pids of this process's child processes."""
    return {int(pid) for task in Path("/proc/self/task").iterdir() for pid in _children_of(task)}


def _started_child(start: Callable[[], EngineProcess]) -> tuple[EngineProcess, int]:
    """An engine process and the pid of the one process it started."""
    before = _children()
    process = start()
    started = _children() - before
    assert len(started) == 1, "one child process: the engine's (no resource tracker)"
    return process, started.pop()


def test_the_child_answers_as_the_engine_here(engine: Engine, engine_cache_dir: Path) -> None:

    def fallback() -> Engine:
        raise AssertionError("the child should have answered")

    process = EngineProcess(engine_cache_dir, fallback)
    try:
        assert process.wait_until_ready(READY_S)
        article = article_from_text(TEXT)
        analysis = process.analyse(article)
        assert analysis == engine.analyse(article)
        assert analysis.expressions, "expressions are found in the child too"
        for profile in (LearnerProfile(), LearnerProfile(level=Level.A2)):
            assert process.glossary(analysis, profile) == engine.glossary(analysis, profile)
    finally:
        process.close()


def test_reading_common_words_ahead_changes_no_answer(engine: Engine) -> None:
    article = article_from_text(TEXT)
    fresh = Engine(
        lexicon=engine.lexicon,
        tagger=engine.tagger,
        words=engine.words.emptied(),
        pronouncer=engine.pronouncer,
    )
    expected = fresh.analyse(article)
    warmed = Engine(
        lexicon=engine.lexicon,
        tagger=engine.tagger,
        words=engine.words.emptied(),
        pronouncer=engine.pronouncer,
    )
    warmed.read_ahead_common_words(2_000)
    assert warmed.analyse(article) == expected
    profile = LearnerProfile()
    assert warmed.glossary(expected, profile) == fresh.glossary(expected, profile)


def test_a_child_that_cannot_load_leaves_every_call_to_the_engine_here(
    engine: Engine, tmp_path: Path
) -> None:
    not_a_dir = tmp_path / "a-file"
    not_a_dir.write_text("")
    process = EngineProcess(not_a_dir / "cache", lambda: engine)
    try:
        assert not process.wait_until_ready(READY_S)
        assert not process.ready and not process.starting
        article = article_from_text(TEXT)
        analysis = process.analyse(article)
        assert analysis == engine.analyse(article)
        assert process.glossary(analysis, LearnerProfile()) == engine.glossary(
            analysis, LearnerProfile()
        )
    finally:
        process.close()


def test_a_child_that_dies_leaves_later_calls_to_the_engine_here(
    engine: Engine, engine_cache_dir: Path
) -> None:
    process, pid = _started_child(lambda: EngineProcess(engine_cache_dir, lambda: engine))
    try:
        assert process.wait_until_ready(READY_S)
        os.kill(pid, signal.SIGKILL)
        article = article_from_text(TEXT)
        assert process.analyse(article) == engine.analyse(article)
        assert not process.ready
    finally:
        process.close()


def test_a_closed_process_leaves_calls_to_the_engine_here(
    engine: Engine, engine_cache_dir: Path
) -> None:
    process = EngineProcess(engine_cache_dir, lambda: engine)
    process.close()
    assert not process.ready
    article = article_from_text(TEXT)
    assert process.analyse(article) == engine.analyse(article)


@pytest.mark.anyio
async def test_the_app_reads_with_the_child_and_stops_it_on_exit(
    engine: Engine, engine_cache_dir: Path, store_path: Path
) -> None:
    store = Store.open(store_path, now=fixed_now)
    app = ReaderApp(
        store,
        lambda: engine,
        fixed_now,
        engine_process=lambda fallback: EngineProcess(engine_cache_dir, fallback),
    )
    try:
        async with app.run_test(size=SIZE) as pilot:
            reading = await open_article(pilot)
            assert reading.analysis is not None
            analyser = app.analyser()
            assert isinstance(analyser, EngineProcess)
            assert analyser.wait_until_ready(READY_S)
            assert app.analyser_ready
        assert not analyser.ready, "the child is stopped with the app"
    finally:
        store.close()


@pytest.mark.anyio
async def test_an_engine_process_that_cannot_start_leaves_the_work_to_the_engine_here(
    engine: Engine, store_path: Path
) -> None:
    def cannot_start(_fallback: object) -> EngineProcess:
        raise OSError("no more processes")

    store = Store.open(store_path, now=fixed_now)
    app = ReaderApp(store, lambda: engine, fixed_now, engine_process=cannot_start)
    try:
        async with app.run_test(size=SIZE) as pilot:
            reading = await open_article(pilot)
            assert app.engine_ready and app.analyser_ready
            assert app.analyser() is engine
            assert reading.analysis is not None
    finally:
        store.close()


class _CountingTagger:
    """The engine's tagger, counting the sentences it is asked to tag."""

    name = "counting"

    def __init__(self, tagger: Tagger) -> None:
        self._tagger = tagger
        self.sentences = 0

    def tag(self, words: Sequence[str]) -> list[str]:
        self.sentences += 1
        return self._tagger.tag(words)

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        self.sentences += len(sentences)
        return self._tagger.tag_sentences(sentences)


class _FailedEngineProcess:
    """An engine process whose child has failed: every call goes to the engine here."""

    ready = False
    starting = False

    def __init__(self, fallback: Callable[[], Engine]) -> None:
        self._fallback = fallback

    def wait_until_ready(self, timeout: float | None = None) -> bool:
        return False

    def analyse(self, article: Article) -> Analysis:
        return self._fallback().analyse(article)

    def glossary(self, analysis: Analysis, profile: LearnerProfile) -> list[GlossaryEntry]:
        return self._fallback().glossary(analysis, profile)

    def close(self) -> None:
        pass


def _failed_engine_process(fallback: Callable[[], Engine]) -> EngineProcess:
    return cast(EngineProcess, _FailedEngineProcess(fallback))


@pytest.mark.anyio
async def test_with_an_engine_process_the_engine_here_tags_only_what_it_analyses(
    engine: Engine, store_path: Path
) -> None:
    """The engine here is not warmed by analysing a text when an engine process does
    the work: that loaded the tagger's weights, numpy and the analysis modules into the
    app (~55 MB of its peak) though most sessions never analyse here. An article it
    must analyse itself (the child not ready, or failed) is tagged as before."""
    tagger = _CountingTagger(engine.tagger)
    here = Engine(lexicon=engine.lexicon, tagger=tagger, words=engine.words,
                  pronouncer=engine.pronouncer)
    store = Store.open(store_path, now=fixed_now)
    store.set_setting("seeded", True)  # no articles: nothing for the library to work out
    app = ReaderApp(store, lambda: here, fixed_now, engine_process=_failed_engine_process)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.engine_ready
            assert tagger.sentences == 0, "the engine here was warmed by tagging"
            reading = await open_text(pilot, "A walk by the canal\n\n" + TEXT)
            assert reading.analysis is not None
            assert tagger.sentences > 0, "an article the child cannot take is tagged here"
    finally:
        store.close()


@pytest.mark.anyio
async def test_without_an_engine_process_the_engine_here_is_warmed(
    engine: Engine, store_path: Path
) -> None:
    """The app with no engine process analyses everything itself: its engine is
    warmed at start, as before, so the first article does not wait for that."""
    tagger = _CountingTagger(engine.tagger)
    here = Engine(lexicon=engine.lexicon, tagger=tagger, words=engine.words,
                  pronouncer=engine.pronouncer)
    store = Store.open(store_path, now=fixed_now)
    store.set_setting("seeded", True)
    app = ReaderApp(store, lambda: here, fixed_now)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.engine_ready
            assert tagger.sentences > 0
    finally:
        store.close()


def _running(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie no one has reaped yet has stopped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_child_exits_soon_after_the_app_is_killed(
    engine: Engine, engine_cache_dir: Path
) -> None:
    """`kill -9` of the app left its engine process and multiprocessing's resource
    tracker running, ~100 MB, until the terminal closed (QA walk-through). The tracker
    itself (12.7 MB) is no longer started: the app's only child is the engine's."""
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(engine_cache_dir), str(READY_S)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert parent.stdout is not None
        pids = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(pids) == 1, "the engine's process only: no resource tracker"
        assert all(_running(pid) for pid in pids)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 5.0
        while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in pids if _running(pid)]
    finally:
        parent.kill()
        parent.communicate()  # and its pipes closed


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_closing_ends_the_child(engine: Engine, engine_cache_dir: Path) -> None:
    process, pid = _started_child(lambda: EngineProcess(engine_cache_dir, lambda: engine))
    assert process.wait_until_ready(READY_S)
    process.close()
    deadline = time.monotonic() + 5.0
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(pid)


def test_the_child_starts_under_a_replaced_stderr(
    engine: Engine, engine_cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A terminal UI replaces ``sys.stderr`` with an object without a file descriptor;
    the child must start all the same (it inherits the real one)."""

    class Replaced(io.StringIO):
        def fileno(self) -> int:  # as Textual's own stand-in says
            return -1

    monkeypatch.setattr(sys, "stderr", Replaced())
    process = EngineProcess(engine_cache_dir, lambda: engine)
    try:
        assert process.wait_until_ready(READY_S)
    finally:
        process.close()


def test_the_engine_s_own_errors_reach_the_caller_and_the_child_serves_on(
    engine: Engine, engine_cache_dir: Path
) -> None:
    process = EngineProcess(engine_cache_dir, lambda: engine)
    try:
        assert process.wait_until_ready(READY_S)
        analysis = process.analyse(article_from_text(TEXT))
        with pytest.raises(AttributeError):  # as the engine here raises it
            process.glossary(analysis, None)  # type: ignore[arg-type]
        with pytest.raises(AttributeError):
            engine.glossary(analysis, None)  # type: ignore[arg-type]
        assert process.ready
        assert process.glossary(analysis, LearnerProfile()) == engine.glossary(
            analysis, LearnerProfile()
        )
    finally:
        process.close()


def test_a_child_that_dies_is_noticed_before_the_next_call(
    engine: Engine, engine_cache_dir: Path
) -> None:
    """Calls go to the engine here as soon as the child has gone (it is reaped, not
    left a zombie), not after one more call has found it gone."""
    process, pid = _started_child(lambda: EngineProcess(engine_cache_dir, lambda: engine))
    try:
        assert process.wait_until_ready(READY_S)
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 5.0
        while process.ready and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not process.ready and not process.starting
        assert not Path(f"/proc/{pid}").exists(), "reaped"
    finally:
        process.close()


WARMED_MODULES = """
import sys
from pathlib import Path
from vocab.engine_process import _warmed_engine

_warmed_engine(Path(sys.argv[1]))
print(*sorted(m for m in sys.modules if m == "vocab.articles" or m.startswith("email.")))
"""


def test_the_engine_process_warms_up_without_the_importers_of_files(
    engine_cache_dir: Path,
) -> None:
    """The engine process is handed articles ready to analyse: its warm-up makes its
    text an article without `vocab.articles`, whose readers of files, web pages and
    e-mails (the email package's parser...) it never uses (~2 MB of its memory)."""
    result = subprocess.run(
        [sys.executable, "-c", WARMED_MODULES, str(engine_cache_dir)],
        capture_output=True, text=True, check=True, timeout=READY_S,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert "vocab.articles" not in result.stdout.split()
