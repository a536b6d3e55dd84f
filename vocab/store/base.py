"""The connection every area of the store shares: opening (checks, WAL, migrations,
the daily backup), closing, the read/write plumbing and settings."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Self

from vocab.migrations import MIGRATIONS, SCHEMA_VERSION
from vocab.store.files import (
    BACKUP_EVERY,
    BUSY_TIMEOUT_S,
    SESSION_BACKUP,
    StoreError,
    _corrupted,
    _header_problem,
    _is_damage,
    _problems,
    backup_time,
    is_session_backup,
    list_backups,
    make_backup,
)
from vocab.store.records import _ts, _utc_now

Clock = Callable[[], datetime]


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL (it persists in the file), waiting out another instance doing the
    same: SQLite answers "locked" to that race at once, without the busy handler."""
    if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class _StoreBase:
    """The connection and its plumbing; each area of the store is a mixin of this."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, now: Clock) -> None:
        self._conn = conn
        self.path = path
        self._now = now
        self._lock = threading.RLock()
        # Reads go through a second connection of their own (`_open_reader`), so the
        # screen's reads never wait for another thread's write to reach the disk.
        self._reader: sqlite3.Connection | None = None
        self._reader_lock = threading.Lock()
        self._writing_thread: int | None = None  # inside `_write`: reads see its changes
        self._data_version: int | None = None  # `changed_elsewhere`
        self._changes_at_open = 0  # `backup_session`

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, now: Clock = _utc_now) -> Self:
        """Open (creating or migrating) the store at ``path``; ``":memory:"`` for tests.

        Raises :class:`StoreCorrupted` if the file is damaged, :class:`StoreError` if a
        newer reader wrote it.
        """
        memory = str(path) == ":memory:"
        file = None if memory else Path(path)
        existed = file is not None and file.exists() and file.stat().st_size > 0
        if file is not None:
            file.parent.mkdir(parents=True, exist_ok=True)
            if existed:
                problems = _header_problem(file)
                if problems:
                    raise _corrupted(file, problems)
        conn = sqlite3.connect(
            ":memory:" if file is None else str(file),
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,  # we issue BEGIN IMMEDIATE / COMMIT ourselves
            check_same_thread=False,  # Textual workers; guarded by Store._lock
        )
        try:
            store = cls(conn, file, now)
            store._configure(existed)
        except sqlite3.DatabaseError as error:
            conn.close()
            if file is None:
                raise
            if _is_damage(error):
                raise _corrupted(file, str(error)) from error
            # Locked for longer than the busy timeout, read-only disk...: not damage.
            raise StoreError(f"cannot open the learner store {file}: {error}") from error
        except BaseException:
            conn.close()
            raise
        return store

    def _configure(self, existed: bool) -> None:
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if existed:
            problems = _problems(conn.execute("PRAGMA quick_check").fetchall())
            if problems:
                assert self.path is not None
                raise _corrupted(self.path, "; ".join(problems[:3]))
        _use_wal(conn)
        # FULL, not WAL's usual NORMAL: an answer reported saved must survive a power cut.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        self._migrate()
        if existed:  # a file created just now holds nothing worth a backup
            self._daily_backup()
            self._repair_after_open()
        self._changes_at_open = self._conn.total_changes
        self._open_reader()

    def _open_reader(self) -> None:
        """The connection `_read` uses, beside the one that writes. A write commits
        with a flush to the disk (synchronous=FULL), 1 ms and far more on a busy disk,
        holding the store's lock meanwhile: the screen's reads queued behind the
        writes of its workers (the figures saved after a glossary, the reading log),
        ~8 ms of each opening of an article from the library (issue's case 4). In WAL
        mode a second connection reads the last commit without waiting for a writer.
        An in-memory store is one connection's own: it reads through that one."""
        if self.path is None:
            return
        reader = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S,
                                 isolation_level=None, check_same_thread=False)
        try:
            reader.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            reader.execute("PRAGMA query_only = ON")  # every write goes through `_write`
        except BaseException:
            reader.close()
            raise
        self._reader = reader

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            self._conn.close()
            raise StoreError(
                f"the learner store {self.path} was written by a newer reader "
                f"(schema v{version}, this one knows v{SCHEMA_VERSION}); upgrade reader"
            )
        if version == SCHEMA_VERSION:
            return
        if version > 0 and self.path is not None:
            make_backup(self._conn, self.path, self._now(), f"v{version}")
        # ALTER TABLE ... REFERENCES needs foreign keys off; it cannot change inside
        # a transaction, so switch it around the migration.
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self._write():
                # Re-read inside the lock: another instance may have migrated meanwhile.
                version = self.schema_version()
                for number in range(version + 1, SCHEMA_VERSION + 1):
                    for statement in MIGRATIONS[number - 1]:
                        self._conn.execute(statement)
                    self._conn.execute(f"PRAGMA user_version = {number}")
                problems = self._conn.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise StoreError(f"migration left broken references: {problems[:3]}")
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    def _repair_after_open(self) -> None:
        """Data an older version of the reader left incomplete, put right (the areas
        override it). Schema changes are migrations; this is for rows they cannot make."""

    def _daily_backup(self) -> None:
        if self.path is None:
            return
        # An end-of-session backup is replaced by the next one: it does not count as
        # the day's, or a learner reading every day would keep no older backup.
        backups = [backup for backup in list_backups(self.path)
                   if not is_session_backup(self.path, backup)]
        newest = backup_time(self.path, backups[0]) if backups else None
        now = self._now()
        if newest is None or now - newest >= BACKUP_EVERY:
            make_backup(self._conn, self.path, now, "daily")

    def close(self) -> None:
        with self._lock, self._reader_lock:
            if self._reader is not None:
                self._reader.close()
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- plumbing --------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: BEGIN IMMEDIATE takes the write lock up front, so a
        second instance waits (busy_timeout) instead of failing half-way."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            outer, self._writing_thread = self._writing_thread, threading.get_ident()
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            finally:
                self._writing_thread = outer
            self._conn.execute("COMMIT")

    @staticmethod
    def _article_still_in(conn: sqlite3.Connection, article_id: int | None) -> int | None:
        """``article_id`` if the article is still in the library, else None, read inside
        the caller's write transaction: another instance may have deleted the article
        the learner still has open, and what they do there (an answer, a mark, a
        look-up) is saved without it, as the article's deletion leaves the rows it
        had, rather than refused by its foreign key."""
        if article_id is None:
            return None
        found = conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return article_id if found else None

    def _reading(self) -> tuple[sqlite3.Connection, AbstractContextManager[Any]]:
        """The connection to read with and its lock: the reader's, but inside a write
        transaction of this thread, whose changes only the writing connection sees."""
        if self._reader is None or self._writing_thread == threading.get_ident():
            return self._conn, self._lock
        return self._reader, self._reader_lock

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        conn, lock = self._reading()
        with lock:
            cursor = conn.execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

    def changed_elsewhere(self) -> bool:
        """Whether another connection (another process: `reader import` while the app
        is open) committed to the store since the last call; False on the first."""
        # Asked of the writing connection: the reader's counts this store's own commits.
        with self._lock:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        return changed

    def _read_one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row (aggregates)."""
        conn, lock = self._reading()
        with lock:
            row = conn.execute(sql, params).fetchone()
            return row[0] if row else None

    def _stamp(self, when: datetime | None = None) -> str:
        return _ts(when or self._now())

    def schema_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_check(self) -> list[str]:
        """Problems PRAGMA integrity_check finds; an empty list means the file is sound."""
        return _problems(self._read("PRAGMA integrity_check"))

    def backup(self, reason: str = "manual") -> Path:
        """Take a backup now (before a risky import, for example)."""
        if self.path is None:
            raise StoreError("an in-memory store has no backups")
        with self._lock:
            return make_backup(self._conn, self.path, self._now(), reason)

    def backup_session(self) -> Path | None:
        """At the end of a session (the app closing), back up what it changed: the
        day's backup, taken at the first opening, holds none of it. Only the newest
        such backup is kept (`SESSION_BACKUP`). None when nothing changed."""
        if self.path is None:
            return None
        with self._lock:
            if self._conn.total_changes == self._changes_at_open:
                return None
            return make_backup(self._conn, self.path, self._now(), SESSION_BACKUP)

    # -- settings --------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        """Save a setting (any JSON value), committed at once."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
