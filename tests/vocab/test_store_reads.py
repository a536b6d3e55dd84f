"""Reads of a file store do not wait for another thread's write to reach the disk.

The app's screen reads the store (an article opened, the library redrawn) while its
workers write (the reading log, an article's figures); each write commits with a
flush to the disk, and the screen used to wait for it behind the store's lock.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from vocab.store import Store

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
# Far longer than a read takes, far shorter than the test's wait for the writer.
QUICK_S = 2.0


def _store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "learner.sqlite3", now=lambda: NOW)


def test_a_read_does_not_wait_for_a_write_in_progress_and_sees_the_last_commit(
    tmp_path: Path,
) -> None:
    store = _store(tmp_path)
    store.set_setting("theme", "dark")
    started, finish = threading.Event(), threading.Event()

    def slow_write() -> None:
        with store._write() as conn:  # a write whose commit is slow to come
            conn.execute("UPDATE settings SET value = '\"light\"' WHERE key = 'theme'")
            started.set()
            finish.wait(3 * QUICK_S)

    writer = threading.Thread(target=slow_write)
    writer.start()
    try:
        assert started.wait(QUICK_S)
        begun = time.monotonic()
        seen = store.get_setting("theme")
        waited = time.monotonic() - begun
    finally:
        finish.set()
        writer.join()
    assert waited < QUICK_S
    assert seen == "dark"  # not the change still uncommitted
    assert store.get_setting("theme") == "light"  # once committed
    store.close()


def test_a_read_inside_a_write_sees_that_writes_changes(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.set_setting("theme", "dark")
    with store._write() as conn:
        conn.execute("UPDATE settings SET value = '\"light\"' WHERE key = 'theme'")
        assert store.get_setting("theme") == "light"
    store.close()


def test_changed_elsewhere_counts_another_connections_commit_not_the_stores_own(
    tmp_path: Path,
) -> None:
    store = _store(tmp_path)
    assert store.changed_elsewhere() is False  # the first call only notes where it is
    store.set_setting("theme", "dark")
    assert store.get_setting("theme") == "dark"
    assert store.changed_elsewhere() is False
    other = sqlite3.connect(tmp_path / "learner.sqlite3")
    with other:
        other.execute("UPDATE settings SET value = '\"light\"' WHERE key = 'theme'")
    other.close()
    assert store.changed_elsewhere() is True
    assert store.get_setting("theme") == "light"
    store.close()


def test_an_in_memory_store_reads_its_own_writes(tmp_path: Path) -> None:
    store = Store.open(":memory:", now=lambda: NOW)
    store.set_setting("theme", "dark")
    assert store.get_setting("theme") == "dark"
    store.close()
