"""Our own errors (bugs) met by the app's background work: logged with their traceback
in the app's log file, and told to the learner in plain words, with where the log is.

Errors a learner can cause (a bad address, an empty file) are not these: each screen
says why in its own words (`vocab.models.ArticleError`, `vocab.web.WebError`...).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from textual.worker import WorkerCancelled, WorkerState

if TYPE_CHECKING:
    from textual.worker import Worker

log = logging.getLogger("reader.failures")


def internal_error(what: str) -> str:
    """The learner's line for a bug: ``what`` could not be done ("“Wildfires” could not
    be opened"), that the fault is the reader's, and where its details are."""
    from reader.paths import log_path

    return (f"{what}: something went wrong inside the reader, not with what you asked "
            f"for. The details are in {log_path()}.")


def report_worker_failure(event: Worker.StateChanged) -> None:
    """Log a worker's bug with its traceback and tell the learner (the workers run with
    ``exit_on_error=False``: a bug must not close the app)."""
    worker = event.worker
    error = worker.error
    if event.state is not WorkerState.ERROR or error is None \
            or isinstance(error, WorkerCancelled):
        return
    log.error("worker %s (%s) failed", worker.name, worker.description, exc_info=error)
    worker.node.app.notify(internal_error("That could not be done"), severity="error",
                           timeout=15, markup=False)


class ReportsWorkerFailures:
    """For a screen (or dialog) that runs workers: Textual tells only the node that
    started a worker that it failed (`Worker.StateChanged` does not bubble up to the
    app), so a screen's bug went nowhere, not even to the log (QA walk-through)."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_worker_failure(event)
