"""An engine in a child process, for callers that must not wait on the interpreter.

The analysis is Python bytecode from end to end, and a thread running it shares one
interpreter lock with everything else in the process. In the app that is the screen:
opening an unseen article built the screen and analysed the text turn by turn, each
slowing the other (a 1,000-word article took 0.3-0.6 s where either alone takes
0.1-0.25 s). A child process has its own interpreter, on another core.

The child loads its own engine from the same cache dir (compiled files are shared
read-only) and keeps its caches between calls. Articles, analyses and glossaries go
back and forth pickled (a few ms for 1,000 words; tokens as their field values,
`_token_reduced`) over one socket pair.

The child is a plain `subprocess`, not a `multiprocessing` one: a spawned process
(and the queues of a `ProcessPoolExecutor`, whose locks are named semaphores) needs
multiprocessing's resource tracker, a third process of 12.7 MB that only unlinks
semaphores left by a killed parent. A socket pair leaves nothing to unlink.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import fields
from multiprocessing.connection import Connection, Pipe
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


# multiprocessing's own pickler only (`Connection.send`, both ways): no other pickle
# of a token changes.
ForkingPickler.register(Token, _token_reduced)

# What the child runs: the parent's import path first (a checkout on PYTHONPATH, a
# test's root), as multiprocessing's spawn does, then `_serve`.
_CHILD_MAIN = (
    "import sys; sys.path[:] = sys.argv[3:]; "
    "from vocab.engine_process import _serve; _serve(int(sys.argv[1]), sys.argv[2])"
)
# What the parent may ask the child to run.
_CALLS = ("analyse", "glossary")


class _ChildGone(Exception):
    """The child died, or was closed, before it answered."""


class EngineProcess:
    """`Engine.analyse` and `Engine.glossary`, run one at a time in a child process.

    Starting returns at once; the child loads and warms its engine meanwhile. Until
    it is ready, and for good once it has failed (its engine would not load, it
    died) or been closed, calls go to ``fallback``: an engine in this process.
    """

    def __init__(self, cache_dir: Path, fallback: Callable[[], Engine]) -> None:
        self._fallback = fallback
        self._failed = False
        self._loaded = threading.Event()  # the child has said whether its engine loaded
        self._load_error: BaseException | None = None
        self._calls = threading.Lock()  # one call at a time on the socket
        ours, theirs = Pipe()
        try:
            # The child's stdin is a pipe nothing is written to: its end-of-file says
            # this process has gone (`_exit_with_parent`). stdout and stderr are this
            # process's own descriptors, whatever a terminal UI put in ``sys.stderr``.
            self._child = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _CHILD_MAIN,
                    str(theirs.fileno()),
                    str(cache_dir),
                    *map(str, sys.path),
                ],
                stdin=subprocess.PIPE,
                pass_fds=(theirs.fileno(),),
            )
        finally:
            theirs.close()
        self._connection = ours
        threading.Thread(target=self._watch, name="engine-process-watch", daemon=True).start()

    @property
    def ready(self) -> bool:
        """Whether calls go to the child (its engine is loaded and has not failed)."""
        return not self._failed and self._loaded.is_set() and self._load_error is None

    @property
    def starting(self) -> bool:
        """Whether the child is still loading its engine (calls go to the fallback)."""
        return not self._failed and not self._loaded.is_set()

    def wait_until_ready(self, timeout: float | None = None) -> bool:
        """Wait for the child's engine to load; whether it did."""
        self._loaded.wait(timeout)
        return self.ready

    def analyse(self, article: Article) -> Analysis:
        if self.ready:
            try:
                return self._call("analyse", article)  # type: ignore[no-any-return]
            except _ChildGone:  # the engine's own errors pass
                self._give_up()
        return self._fallback().analyse(article)

    def glossary(self, analysis: Analysis, profile: LearnerProfile) -> list[GlossaryEntry]:
        if self.ready:
            try:
                return self._call("glossary", analysis, profile)  # type: ignore[no-any-return]
            except _ChildGone:  # the engine's own errors pass
                self._give_up()
        return self._fallback().glossary(analysis, profile)

    def _call(self, name: str, *args: object) -> Any:
        """What the child's engine returns for ``name(*args)``; what it raises, raised."""
        with self._calls:
            if self._failed:
                raise _ChildGone
            try:
                self._connection.send((name, args))
                done, result = self._connection.recv()
            except (EOFError, OSError) as error:
                raise _ChildGone from error
        if not done:
            raise result
        return result

    def _watch(self) -> None:
        """Read the child's first answer (whether its engine loaded and warmed up), then
        wait for it to end: it is reaped, and calls go to the fallback from then on."""
        try:
            done, error = self._connection.recv()
        except Exception as gone:  # it died first
            done, error = False, gone
        if not done:
            self._load_error = error
            log.warning("the engine process could not load its engine", exc_info=error)
            self.close()
        self._loaded.set()
        status = self._child.wait()
        if not self._failed:
            self._failed = True
            log.error("the engine process ended (status %s); analysing in this process", status)

    def _give_up(self) -> None:
        log.exception("the engine process failed; analysing in this process from now on")
        self.close()

    def close(self) -> None:
        """Stop the child: what it is doing is dropped, nothing waits for it; later
        calls go to the fallback."""
        self._failed = True
        if self._child.stdin is not None and not self._child.stdin.closed:
            self._child.stdin.close()  # the child exits at once (`_exit_with_parent`)


# --- in the child ------------------------------------------------------------------


def _serve(fd: int, cache_dir: str) -> None:
    """The child's life: load and warm an engine, say whether it did, then answer
    calls until the parent closes the socket or goes."""
    _exit_with_parent()
    connection = Connection(fd)
    try:
        engine = _warmed_engine(Path(cache_dir))
    except Exception as error:
        _answer(connection, False, error)
        return
    _answer(connection, True, None)
    while True:
        try:
            name, args = connection.recv()
        except EOFError:
            return
        try:
            if name not in _CALLS:
                raise ValueError(f"the engine process does not run {name!r}")
            result = getattr(engine, name)(*args)
        except Exception as error:
            _answer(connection, False, error)
        else:
            _answer(connection, True, result)


def _warmed_engine(cache_dir: Path) -> Engine:
    from vocab.engine import load_engine, warm_up

    engine = load_engine(cache_dir)
    warm_up(engine)
    engine.read_ahead_common_words()  # on the child's own core: the app does not wait
    return engine


def _answer(connection: Connection, done: bool, result: object) -> None:
    """Send ``(done, result)``; an error with the child's traceback in its notes (an
    error that cannot be pickled as a RuntimeError saying what it was)."""
    if isinstance(result, BaseException):
        result.add_note("".join(traceback.format_exception(result)).rstrip())
    try:
        connection.send((done, result))
    except Exception as unsent:
        if done:
            raise
        connection.send((False, RuntimeError(f"{result!r} (unpicklable: {unsent!r})")))


def _exit_with_parent() -> None:
    """End this process as soon as its parent is gone (`kill -9` of the app left the
    child waiting for work, ~100 MB), or has closed it, even mid-call."""

    def wait_then_exit() -> None:
        # The child's stdin: a pipe whose other end only the parent holds, so this
        # waits in the kernel (no polling) and wakes the moment the parent closes it
        # or dies.
        while os.read(0, 4096):
            pass
        os._exit(0)

    threading.Thread(target=wait_then_exit, name="exit-with-parent", daemon=True).start()
