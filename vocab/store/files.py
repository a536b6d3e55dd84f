"""The store's file: its errors, backups, integrity checks, health and restore."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from vocab.migrations import SCHEMA_VERSION
from vocab.store.records import _utc_now

BUSY_TIMEOUT_S = 5.0  # long enough for another instance's write to finish
BACKUPS_KEPT = 7
BACKUP_EVERY = timedelta(days=1)
# The backup taken when a session that changed something ends: only the newest is kept,
# so a learner's ten sessions a day never push the daily backups of last week out.
SESSION_BACKUP = "session"
SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(RuntimeError):
    """The learner store cannot be used as it is; the message says why and what to do."""


class StoreCorrupted(StoreError):
    """The store file is damaged or is not a database; it was left untouched."""


# ---------------------------------------------------------------------------
# Backups and integrity (module-level: they work on files, with no Store open)
# ---------------------------------------------------------------------------


def backup_dir(path: Path) -> Path:
    return path.parent / "backups"


def list_backups(path: Path) -> list[Path]:
    """The backups of the store at ``path``, newest first."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    # Names carry a sortable UTC stamp: learner-20260101T120000Z-daily.sqlite3
    return sorted(folder.glob(f"{path.stem}-*.sqlite3"), key=lambda p: p.name, reverse=True)


def _header_problem(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        return f"cannot read: {error}"
    return "" if header == SQLITE_HEADER else "not an SQLite database (bad header)"


def _problems(rows: Iterable[Sequence[Any]]) -> list[str]:
    """PRAGMA integrity_check / quick_check output as a list of problems ([] when "ok")."""
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


# SQLite's primary result codes that mean the file itself is damaged.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def _is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


def _check_file(path: Path) -> list[str]:
    """Problems found in the database file at ``path`` (empty when it is sound)."""
    problem = _header_problem(path)
    if problem:
        return [problem]
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        conn.close()
    return _problems(rows)


def newest_good_backup(path: Path) -> Path | None:
    for candidate in list_backups(path):
        if not _check_file(candidate):
            return candidate
    return None


def make_backup(conn: sqlite3.Connection, path: Path, now: datetime, reason: str) -> Path:
    """Copy the open database to ``backups/`` with the sqlite3 backup API; keep the last
    seven, and of the end-of-session backups (`SESSION_BACKUP`) only the newest."""
    folder = backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    # The name is claimed by creating the file: two backups in one second (a migration
    # on a new day), or two processes opening the store at once, each get their own.
    # Tested for and then opened, one name went to both: the second's copy found the
    # file locked, and its store could not open ("database is locked").
    while True:
        try:
            target.open("xb").close()
            break
        except FileExistsError:
            counter += 1
            target = folder / f"{path.stem}-{stamp}-{reason}{counter}.sqlite3"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        # One file with no journal beside it: a WAL copy grows "-wal" and "-shm" files
        # in backups/ whenever it is checked (`reader doctor`, `reader restore`).
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    if reason == SESSION_BACKUP:
        for old in list_backups(path):
            if old != target and is_session_backup(path, old):
                old.unlink(missing_ok=True)
    for old in list_backups(path)[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    return target


def is_session_backup(path: Path, backup: Path) -> bool:
    """Whether ``backup`` of the store at ``path`` is an end-of-session one, from its
    name ("learner-20260101T120000Z-session.sqlite3", "...-session2.sqlite3")."""
    reason = backup.name[len(path.stem) + 1:].removesuffix(".sqlite3").partition("-")[2]
    return reason.rstrip("0123456789") == SESSION_BACKUP


def backup_time(path: Path, backup: Path) -> datetime | None:
    """When ``backup`` of the store at ``path`` was taken (from its name), UTC."""
    stamp = backup.name[len(path.stem) + 1 :].split("-")[0]
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except (ValueError, IndexError):
        return None


def _corrupted(path: Path, problem: str) -> StoreCorrupted:
    good = newest_good_backup(path)
    advice = (
        f"newest good backup: {good} (run `reader restore` to put it back)"
        if good
        else "no good backup was found"
    )
    return StoreCorrupted(f"the learner store {path} is damaged ({problem}); {advice}")


def restore_latest_backup(path: Path, *, now: datetime | None = None) -> Path:
    """Replace the store at ``path`` with its newest backup that passes the integrity check.

    The damaged file (and its -wal/-shm companions, which must not be replayed onto
    the backup) is kept beside it as ``<name>.corrupt-<stamp>``. Returns the backup used.
    """
    path = Path(path)
    good = newest_good_backup(path)
    if good is None:
        raise StoreCorrupted(f"no good backup of {path} in {backup_dir(path)}")
    stamp = (now or _utc_now()).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    for suffix in ("", "-wal", "-shm"):
        damaged = path.with_name(path.name + suffix)
        if damaged.exists():
            damaged.rename(path.with_name(f"{path.name}{suffix}.corrupt-{stamp}"))
    shutil.copyfile(good, path)
    return good


def store_health(path: Path) -> tuple[bool, str]:
    """For ``reader doctor``: is the store sound? One line saying what was found."""
    path = Path(path)
    if not path.exists():
        return True, f"no learner store yet at {path} (created on first use)"
    problems = _check_file(path)
    backups = list_backups(path)
    newest = f"newest backup {backups[0].name}" if backups else "no backups yet"
    if problems:
        return False, str(_corrupted(path, "; ".join(problems[:3])))
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        return False, f"{path} was written by a newer reader (schema v{version}); upgrade reader"
    return True, f"{path}: integrity ok, schema v{version}, {newest}"
