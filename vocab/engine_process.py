"""An engine in a child process, for callers that must not wait on the interpreter.

The analysis is Python bytecode from end to end, and a thread running it shares one
interpreter lock with everything else in the process. In the app that is the screen:
opening an unseen article built the screen and analysed the text turn by turn, each
slowing the other (a 1,000-word article took 0.3-0.6 s where either alone takes
0.1-0.25 s). A child process has its own interpreter, on another core.

The child loads its own engine from the same cache dir (compiled files are shared
read-only) and keeps its caches between calls. Articles, analyses and glossaries go
back and forth pickled (a few ms for 1,000 words; tokens as their field values,
`_token_reduced`).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from dataclasses import fields
from multiprocessing.reduction import ForkingPickler
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vocab.models import Token

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.engine import Engine
    from vocab.models import Article, GlossaryEntry, LearnerProfile

log = logging.getLogger("vocab.engine_process")

# A token's fields in the order `Token(...)` takes them.
_token_fields = attrgetter(*(field.name for field in fields(Token)))


def _token_reduced(token: Token) -> tuple[type[Token], tuple[Any, ...]]:
    """A token pickled as its class and field values: pickle's own way for a slotted
    class (a dict of slot names for each token) took 5.8 ms to send the analysis of a
    1,000-word article to the child and 4.2 ms to read it there, 2.5 and 2.1 this way;
    sent from a worker as an article reopened from the store is painted, it held the
    interpreter the screen was painting with."""
    return Token, _token_fields(token)


# multiprocessing's own pickler only (the pool's queues, both ways): no other pickle
# of a token changes.
ForkingPickler.register(Token, _token_reduced)

# The child's engine: set by the pool's initializer, one per child process.
_child_engine: Engine | None = None


def prepare_for_child_processes() -> None:
    """Start multiprocessing's resource tracker, which every child process needs.

    It is started with ``sys.stderr``'s file descriptor, and a terminal UI replaces
    ``sys.stderr`` with an object whose descriptor is -1: the first child then fails
    to start. Call this on the thread that owns the UI (nothing else writes there
    meanwhile), or before the UI starts; the real stderr is lent for the call.
    """
    import sys
    from multiprocessing import resource_tracker

    replaced, sys.stderr = sys.stderr, sys.__stderr__
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = replaced


class EngineProcess:
    """`Engine.analyse` and `Engine.glossary`, run one at a time in a child process.

    Starting returns at once; the child loads and warms its engine meanwhile. Until
    it is ready, and for good once it has failed (its engine would not load, it
    died) or been closed, calls go to ``fallback``: an engine in this process.
    """

    def __init__(self, cache_dir: Path, fallback: Callable[[], Engine]) -> None:
        """Call `prepare_for_child_processes` first if ``sys.stderr`` may be replaced."""
        self._fallback = fallback
        self._failed = False
        # "spawn": the parent has threads (a fork copies their locks mid-use).
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context,
                                         initializer=_load_engine, initargs=(str(cache_dir),))
        self._loaded: Future[None] = self._pool.submit(_warm_up)

    @property
    def ready(self) -> bool:
        """Whether calls go to the child (its engine is loaded and has not failed)."""
        return (not self._failed and self._loaded.done()
                and self._loaded.exception() is None)

    @property
    def starting(self) -> bool:
        """Whether the child is still loading its engine (calls go to the fallback)."""
        return not self._failed and not self._loaded.done()

    def wait_until_ready(self, timeout: float | None = None) -> bool:
        """Wait for the child's engine to load; whether it did."""
        try:
            self._loaded.result(timeout)
        except Exception:
            return False
        return self.ready

    def analyse(self, article: Article) -> Analysis:
        if self.ready:
            try:
                return self._pool.submit(_analyse, article).result()
            except BrokenExecutor:  # the child died; the engine's own errors pass
                self._give_up()
        return self._fallback().analyse(article)

    def glossary(self, analysis: Analysis, profile: LearnerProfile) -> list[GlossaryEntry]:
        if self.ready:
            try:
                return self._pool.submit(_glossary, analysis, profile).result()
            except BrokenExecutor:  # the child died; the engine's own errors pass
                self._give_up()
        return self._fallback().glossary(analysis, profile)

    def _give_up(self) -> None:
        log.exception("the engine process failed; analysing in this process from now on")
        self.close()

    def close(self) -> None:
        """Stop the child: what it is doing is dropped, nothing waits for it; later
        calls go to the fallback."""
        self._failed = True
        self._pool.shutdown(wait=False, cancel_futures=True)


# --- in the child ------------------------------------------------------------------


def _load_engine(cache_dir: str) -> None:
    global _child_engine
    from vocab.engine import load_engine

    _exit_with_parent()
    _child_engine = load_engine(Path(cache_dir))


def _exit_with_parent() -> None:
    """End this process as soon as its parent is gone. The pool's own pipes hold no
    end-of-file for it (the child holds their other ends too): `kill -9` of the app
    left the child waiting for work, ~100 MB, and with it multiprocessing's resource
    tracker, which stops once the last process it serves has gone."""
    parent = multiprocessing.parent_process()
    if parent is None:  # not started by multiprocessing
        return

    def wait_then_exit() -> None:
        # The parent's sentinel: a pipe whose other end only the parent holds, so
        # this waits in the kernel (no polling) and wakes the moment the parent dies.
        parent.join()
        os._exit(0)

    threading.Thread(target=wait_then_exit, name="exit-with-parent", daemon=True).start()


def _engine() -> Engine:
    if _child_engine is None:
        raise RuntimeError("the child process has no engine")
    return _child_engine


def _warm_up() -> None:
    from vocab.engine import warm_up

    engine = _engine()
    warm_up(engine)
    engine.read_ahead_common_words()  # on the child's own core: the app does not wait


def _analyse(article: Article) -> Analysis:
    return _engine().analyse(article)


def _glossary(analysis: Analysis, profile: LearnerProfile) -> list[GlossaryEntry]:
    return _engine().glossary(analysis, profile)
