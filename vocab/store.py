"""The learner's store: everything the app knows about a learner, in one SQLite file.

This is the only module that writes SQL (the DDL lives in ``migrations.py``).

Safety, because a learner's months of marks must survive bugs, crashes and a
second copy of the app:

* WAL journal, ``foreign_keys=ON``, a 5 s busy timeout, and every write in its own
  ``BEGIN IMMEDIATE`` transaction committed before the method returns; so two
  running instances queue instead of overwriting each other, and a crash loses at
  most the change being made.
* ``PRAGMA user_version`` + numbered forward migrations; a backup (sqlite3 backup
  API) before every migration and once a day, the last seven kept in
  ``<db dir>/backups/``.
* A quick integrity check on open: a damaged file raises :class:`StoreCorrupted`
  (naming the newest good backup) and is never replaced silently;
  :func:`restore_latest_backup` puts a good backup back on request.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Self

from vocab import review
from vocab.migrations import MIGRATIONS, SCHEMA_VERSION
from vocab.models import Article, GlossaryEntry, LearnerProfile, Level, WordKey, WordStatus
from vocab.packed import rows_for_keys

Clock = Callable[[], datetime]

BUSY_TIMEOUT_S = 5.0  # long enough for another instance's write to finish
BACKUPS_KEPT = 7
BACKUP_EVERY = timedelta(days=1)
SQLITE_HEADER = b"SQLite format 3\x00"

# The "known" rule (see Store.record_answer): this many right answers in a row,
# each at least SPACING after the previous review, with FSRS stability of at
# least KNOWN_STABILITY_DAYS, mean the learner knows the word for the long term.
KNOWN_STREAK = 3
REVIEW_SPACING = timedelta(days=1)
KNOWN_STABILITY_DAYS = 21.0

ARTICLE_SORTS = {
    "title": "title COLLATE NOCASE",
    "source": "NULLIF(source, '') COLLATE NOCASE",  # no source sorts last
    "glossary": "glossary_size",
    "added": "added_at",
    "last_read": "last_read_at",
    "level": "level",
    "words": "word_count",
    "known": "known_share",
}

# Tables a learner file carries, parents before children (foreign keys).
# analysis_cache is left out: it is derived data, rebuilt on the next read.
LEARNER_TABLES = (
    "articles",
    "settings",
    "status_batches",
    "word_statuses",
    "status_history",
    "lookups",
    "quiz_answers",
    "review_cards",
    "reading_log",
    "feeds",
    "feed_items",
)


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


class StoreError(RuntimeError):
    """The learner store cannot be used as it is; the message says why and what to do."""


class StoreCorrupted(StoreError):
    """The store file is damaged or is not a database; it was left untouched."""


# ---------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredArticle:
    id: int
    article: Article
    content_hash: str
    added_at: datetime
    last_read_at: datetime | None
    fetched_at: datetime | None
    source_url: str | None
    level: Level | None
    glossary_size: int | None
    known_share: float | None


@dataclass(frozen=True)
class ArticleSummary:
    """One line of the library: no body, so listing 10,000 articles stays fast."""

    id: int
    title: str
    source: str
    word_count: int
    level: Level | None
    known_share: float | None
    glossary_size: int | None
    last_read_at: datetime | None
    added_at: datetime
    source_url: str | None = None


@dataclass(frozen=True)
class QuizAnswer:
    """One answer the learner gave in a quiz (``item_type`` as the quiz names it)."""

    item_type: str
    lemma: str
    upos: str
    word: str
    prompt: str
    given: str
    correct: bool
    article_id: int | None = None


@dataclass(frozen=True)
class AnswerRow:
    """A saved quiz answer: the answer as given, its id and when it was given."""

    id: int
    answer: QuizAnswer
    at: datetime


@dataclass(frozen=True)
class DueWord:
    lemma: str
    upos: str
    due: datetime
    word: str
    sentence: str
    definition: str


@dataclass(frozen=True)
class WordRow:
    """A word the learner has marked or looked up, with where it was first met."""

    lemma: str
    upos: str
    status: WordStatus
    word: str
    sentence: str
    article_id: int | None
    definition: str
    updated_at: datetime | None


@dataclass(frozen=True)
class StatusChange:
    lemma: str
    upos: str
    old: WordStatus
    new: WordStatus
    at: datetime
    reason: str


@dataclass(frozen=True)
class Reading:
    article_id: int | None
    word_count: int
    at: datetime


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    title: str
    etag: str | None
    last_modified: str | None
    last_checked: datetime | None


@dataclass(frozen=True)
class FeedItem:
    id: int
    feed_id: int
    guid: str
    url: str
    title: str
    summary: str
    published: str | None
    content: str
    article_id: int | None
    seen: bool


# ---------------------------------------------------------------------------
# Small conversions
# ---------------------------------------------------------------------------


def _ts(when: datetime) -> str:
    # One fixed format (UTC, microseconds always present) so text order is time order.
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _dt_required(text: str) -> datetime:
    return datetime.fromisoformat(text)


_SUMMARY_NAMES = (
    "id", "title", "source", "word_count", "level", "known_share", "glossary_size",
    "last_read_at", "added_at", "source_url",
)
_SUMMARY_COLUMNS = ", ".join(_SUMMARY_NAMES)
# As a JSON array (`article_summaries`): a REAL through quote(), all its digits kept.
_SUMMARY_JSON_COLUMNS = _SUMMARY_COLUMNS.replace(
    "known_share", "iif(known_share IS NULL, NULL, quote(known_share))")


def _article_query(
    filter_text: str, sort: str, descending: bool
) -> tuple[str, str, list[str]]:
    """WHERE and ORDER BY of the library's listings, and their parameters."""
    if sort not in ARTICLE_SORTS:
        raise ValueError(f"unknown sort {sort!r}; use one of {', '.join(ARTICLE_SORTS)}")
    direction = "DESC" if descending else "ASC"
    order = f"ORDER BY {ARTICLE_SORTS[sort]} {direction} NULLS LAST, id {direction}"
    if not filter_text:
        return "", order, []
    # LIKE with escapes, so "%" or "_" typed by the learner mean themselves.
    pattern = (
        "%" + filter_text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    )
    # The filter is its own query, so SQLite answers it from the title index (which holds
    # the source too) rather than reading every row on the way of the sort's index.
    where = (
        "WHERE id IN (SELECT id FROM articles"
        " WHERE title LIKE ? ESCAPE '\\' OR source LIKE ? ESCAPE '\\')"
    )
    return where, order, [pattern, pattern]


def _summary(row: sqlite3.Row | dict[str, Any]) -> ArticleSummary:
    return ArticleSummary(
        id=row["id"],
        title=row["title"],
        source=row["source"],
        word_count=row["word_count"],
        level=_level(row["level"]),
        known_share=row["known_share"],
        glossary_size=row["glossary_size"],
        last_read_at=_dt(row["last_read_at"]),
        added_at=_dt_required(row["added_at"]),
        source_url=row["source_url"],
    )


def _utc_now() -> datetime:
    return datetime.now(UTC)


def content_hash(body: str) -> str:
    """The key that makes re-adding the same text update the article, not duplicate it."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _article_to_json(article: Article) -> str:
    # asdict follows fields added to Article later; nested GlossaryEntry become dicts.
    return json.dumps(asdict(article), ensure_ascii=False)


def _known_fields(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    # A file written by a newer reader may carry fields this version lacks.
    names = {f.name for f in fields(cls)}
    return {key: value for key, value in data.items() if key in names}


def _article_from_json(text: str) -> Article:
    data = _known_fields(Article, json.loads(text))
    data["paragraphs"] = tuple((int(a), int(b)) for a, b in data.get("paragraphs", []))
    data["removed"] = tuple(data.get("removed", []))
    data["glossary"] = tuple(
        GlossaryEntry(**_known_fields(GlossaryEntry, entry)) for entry in data.get("glossary", [])
    )
    return Article(**data)


def _level(text: str | None) -> Level | None:
    return Level(text) if text else None


def _key(lemma: str, upos: str) -> WordKey:
    # LearnerProfile.status_of looks lemmas up in lower case.
    return (lemma.strip().lower(), upos or "")


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
    """Copy the open database to ``backups/`` with the sqlite3 backup API; keep the last seven."""
    folder = backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():  # two backups in one second (a migration on a new day)
        counter += 1
        target = folder / f"{path.stem}-{stamp}-{reason}{counter}.sqlite3"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    for old in list_backups(path)[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    return target


def _backup_time(path: Path, backup: Path) -> datetime | None:
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


# ---------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------


class Store:
    """The learner's data. Open with :meth:`Store.open`; use as a context manager.

    All methods are safe to call from worker threads (one lock around the connection).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, now: Clock) -> None:
        self._conn = conn
        self.path = path
        self._now = now
        self._lock = threading.RLock()

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

    def _daily_backup(self) -> None:
        if self.path is None:
            return
        backups = list_backups(self.path)
        newest = _backup_time(self.path, backups[0]) if backups else None
        now = self._now()
        if newest is None or now - newest >= BACKUP_EVERY:
            make_backup(self._conn, self.path, now, "daily")

    def close(self) -> None:
        with self._lock:
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
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cursor = self._conn.execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

    def _read_one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row (aggregates)."""
        with self._lock:
            row = self._conn.execute(sql, params).fetchone()
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

    # -- articles ----------------------------------------------------------

    def add_article(
        self,
        article: Article,
        *,
        source_url: str | None = None,
        fetched_at: datetime | None = None,
    ) -> int:
        """Save an article and return its id.

        Adding the same text again (same sha256 of the body) or the same URL updates
        the saved article instead of duplicating it; stats cached for an older body
        are cleared.
        """
        digest = content_hash(article.body)
        values = {
            "title": article.title,
            "body": article.body,
            "source": article.source,
            "content_hash": digest,
            "article_json": _article_to_json(article),
            "word_count": article.word_count,
            "fetched_at": _ts(fetched_at) if fetched_at else None,
        }
        with self._write() as conn:
            by_hash = conn.execute(
                "SELECT id, content_hash FROM articles WHERE content_hash = ?", (digest,)
            ).fetchone()
            by_url = (
                conn.execute(
                    "SELECT id, content_hash FROM articles WHERE source_url = ?", (source_url,)
                ).fetchone()
                if source_url
                else None
            )
            existing = by_hash or by_url
            if existing is None:
                cursor = conn.execute(
                    "INSERT INTO articles (title, body, source, content_hash, article_json,"
                    " word_count, fetched_at, source_url, added_at)"
                    " VALUES (:title, :body, :source, :content_hash, :article_json,"
                    " :word_count, :fetched_at, :source_url, :added_at)",
                    {**values, "source_url": source_url, "added_at": self._stamp()},
                )
                return int(cursor.lastrowid or 0)
            article_id, old_hash = int(existing[0]), str(existing[1])
            conn.execute(
                "UPDATE articles SET title = :title, body = :body, source = :source,"
                " content_hash = :content_hash, article_json = :article_json,"
                " word_count = :word_count, fetched_at = COALESCE(:fetched_at, fetched_at)"
                " WHERE id = :id",
                {**values, "id": article_id},
            )
            if old_hash != digest:
                conn.execute(
                    "UPDATE articles SET level = NULL, glossary_size = NULL,"
                    " known_share = NULL WHERE id = ?",
                    (article_id,),
                )
            # Keep the URL unless another article already owns it.
            if source_url and (by_url is None or int(by_url[0]) == article_id):
                conn.execute(
                    "UPDATE articles SET source_url = ? WHERE id = ?", (source_url, article_id)
                )
            return article_id

    def get_article(self, article_id: int) -> StoredArticle | None:
        rows = self._read("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        row = rows[0]
        return StoredArticle(
            id=row["id"],
            article=_article_from_json(row["article_json"]),
            content_hash=row["content_hash"],
            added_at=_dt_required(row["added_at"]),
            last_read_at=_dt(row["last_read_at"]),
            fetched_at=_dt(row["fetched_at"]),
            source_url=row["source_url"],
            level=_level(row["level"]),
            glossary_size=row["glossary_size"],
            known_share=row["known_share"],
        )

    def find_article(self, *, source_url: str | None = None, body: str | None = None) -> int | None:
        """The id of a saved article with this URL or this text, if any."""
        if source_url:
            rows = self._read("SELECT id FROM articles WHERE source_url = ?", (source_url,))
            if rows:
                return int(rows[0][0])
        if body is not None:
            rows = self._read(
                "SELECT id FROM articles WHERE content_hash = ?", (content_hash(body),)
            )
            if rows:
                return int(rows[0][0])
        return None

    def list_articles(
        self, filter_text: str = "", sort: str = "title", descending: bool = False
    ) -> list[ArticleSummary]:
        """The library: articles whose title or source contains ``filter_text``.

        ``sort`` is one of title, source, glossary, added, last_read, level, words, known;
        articles with
        no value for the sort key (never read, not analysed yet) come last either way.
        """
        where, order, params = _article_query(filter_text, sort, descending)
        rows = self._read(f"SELECT {_SUMMARY_COLUMNS} FROM articles {where} {order}", params)
        return [_summary(row) for row in rows]

    def article_ids(
        self, filter_text: str = "", sort: str = "title", descending: bool = False
    ) -> list[int]:
        """The ids of `list_articles`, in its order: what a library screen needs to know of
        every article before it draws the few rows on screen (`article_summaries`)."""
        where, order, params = _article_query(filter_text, sort, descending)
        # One row for the whole listing. Python's sqlite3 lets go of the interpreter for
        # every row it steps to; with a worker thread busy (the glossary, the figures)
        # each row then waited for the worker's turn to end: 10,000 rows took 1-5 s
        # instead of 10 ms. group_concat takes the rows in the subquery's order (SQLite
        # does not flatten an ordered subquery into an aggregate); the store's tests
        # check it against list_articles.
        packed = self._read_one(
            f"SELECT group_concat(id, ' ') FROM (SELECT id FROM articles {where} {order})",
            params,
        )
        return [int(article_id) for article_id in packed.split()] if packed else []

    def article_summaries(self, ids: Sequence[int]) -> list[ArticleSummary]:
        """The library lines of these articles, in the order given; deleted ones are left out."""
        found: dict[int, ArticleSummary] = {}
        for values in rows_for_keys(self._conn, self._lock, _SUMMARY_JSON_COLUMNS,
                                    "articles WHERE id IN ({keys})", ids):
            row = dict(zip(_SUMMARY_NAMES, values, strict=True))
            if row["known_share"] is not None:
                row["known_share"] = float(row["known_share"])
            found[row["id"]] = _summary(row)
        return [found[article_id] for article_id in ids if article_id in found]

    def delete_article(self, article_id: int) -> None:
        """Delete an article; lookups and answers made while reading it are kept."""
        with self._write() as conn:
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def mark_read(self, article_id: int, *, now: datetime | None = None) -> None:
        """Record that the learner read the article now (for "last read", streaks, stats)."""
        stamp = self._stamp(now)
        with self._write() as conn:
            row = conn.execute(
                "SELECT word_count FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None:
                raise KeyError(f"no article {article_id}")
            conn.execute("UPDATE articles SET last_read_at = ? WHERE id = ?", (stamp, article_id))
            conn.execute(
                "INSERT INTO reading_log (article_id, word_count, at) VALUES (?, ?, ?)",
                (article_id, row[0], stamp),
            )

    def update_article_stats(
        self,
        article_id: int,
        level: Level | str | None,
        glossary_size: int | None,
        known_share: float | None,
    ) -> None:
        """Cache what the engine worked out, so the library can sort without analysing."""
        with self._write() as conn:
            conn.execute(
                "UPDATE articles SET level = ?, glossary_size = ?, known_share = ? WHERE id = ?",
                (str(level) if level else None, glossary_size, known_share, article_id),
            )

    def cached_analysis(self, content_hash: str, engine_version: str) -> str | None:
        rows = self._read(
            "SELECT json FROM analysis_cache WHERE content_hash = ? AND engine_version = ?",
            (content_hash, engine_version),
        )
        return str(rows[0][0]) if rows else None

    def save_analysis(self, content_hash: str, engine_version: str, json_text: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO analysis_cache"
                " (content_hash, engine_version, json, created_at) VALUES (?, ?, ?, ?)",
                (content_hash, engine_version, json_text, self._stamp()),
            )

    # -- words ---------------------------------------------------------------

    def _set_status_in(
        self,
        conn: sqlite3.Connection,
        key: WordKey,
        status: WordStatus,
        stamp: str,
        reason: str,
        batch_id: int | None = None,
        word: str = "",
        sentence: str = "",
        article_id: int | None = None,
        definition: str = "",
    ) -> bool:
        """Change one word's status inside the caller's transaction; True if it changed."""
        lemma, upos = key
        row = conn.execute(
            "SELECT status FROM word_statuses WHERE lemma = ? AND upos = ?", (lemma, upos)
        ).fetchone()
        old = WordStatus(row[0]) if row else WordStatus.NEW
        conn.execute(
            "INSERT INTO word_statuses (lemma, upos, status, updated_at, definition,"
            " first_word, first_sentence, first_article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (lemma, upos) DO UPDATE SET"
            "  status = excluded.status,"
            "  updated_at = CASE WHEN status = excluded.status THEN updated_at"
            "               ELSE excluded.updated_at END,"
            "  definition = CASE WHEN excluded.definition != '' THEN excluded.definition"
            "               ELSE definition END,"
            # Where a word was first met does not change when it is met again.
            "  first_word = CASE WHEN first_word = '' THEN excluded.first_word"
            "               ELSE first_word END,"
            "  first_sentence = CASE WHEN first_sentence = '' THEN excluded.first_sentence"
            "                   ELSE first_sentence END,"
            "  first_article_id = COALESCE(first_article_id, excluded.first_article_id)",
            (lemma, upos, status.value, stamp, definition, word, sentence, article_id),
        )
        if old == status:
            return False
        conn.execute(
            "INSERT INTO status_history (lemma, upos, old, new, at, reason, batch_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (lemma, upos, old.value, status.value, stamp, reason, batch_id),
        )
        return True

    def set_status(
        self,
        lemma: str,
        upos: str,
        status: WordStatus | str,
        *,
        reason: str = "",
        word: str = "",
        sentence: str = "",
        article_id: int | None = None,
        definition: str = "",
    ) -> None:
        """Mark one word (committed at once, with a history row when it changes).

        ``word``/``sentence``/``article_id`` say where it was met (kept only the first
        time), ``definition`` the sense the learner saw.
        """
        with self._write() as conn:
            self._set_status_in(
                conn,
                _key(lemma, upos),
                WordStatus(status),
                self._stamp(),
                reason,
                word=word,
                sentence=sentence,
                article_id=article_id,
                definition=definition,
            )

    def set_statuses(
        self, keys: Iterable[WordKey], status: WordStatus | str, reason: str = ""
    ) -> int:
        """Mark many words in one transaction ("I know the rest"); returns a batch id
        for :meth:`undo_batch`."""
        stamp = self._stamp()
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO status_batches (reason, at) VALUES (?, ?)", (reason, stamp)
            )
            batch_id = int(cursor.lastrowid or 0)
            for lemma, upos in dict.fromkeys(_key(lemma, upos) for lemma, upos in keys):
                self._set_status_in(
                    conn, (lemma, upos), WordStatus(status), stamp, reason, batch_id
                )
            return batch_id

    def undo_batch(self, batch_id: int) -> int:
        """Put back the statuses a batch changed; returns how many words changed back.

        A word changed again since the batch keeps its newer status.
        """
        stamp = self._stamp()
        with self._write() as conn:
            batch = conn.execute(
                "SELECT undone_at FROM status_batches WHERE id = ?", (batch_id,)
            ).fetchone()
            if batch is None or batch[0] is not None:
                return 0
            changes = conn.execute(
                "SELECT lemma, upos, old, new FROM status_history WHERE batch_id = ?"
                " ORDER BY id DESC",
                (batch_id,),
            ).fetchall()
            undone = 0
            for lemma, upos, old, new in changes:
                current = conn.execute(
                    "SELECT status FROM word_statuses WHERE lemma = ? AND upos = ?",
                    (lemma, upos),
                ).fetchone()
                if current is None or current[0] != new:
                    continue
                undone += self._set_status_in(conn, (lemma, upos), WordStatus(old), stamp, "undo")
            conn.execute("UPDATE status_batches SET undone_at = ? WHERE id = ?", (stamp, batch_id))
            return undone

    def statuses(self) -> dict[WordKey, WordStatus]:
        """Every word the learner has marked; words never marked (or set back to new,
        e.g. by an undo) are left out, as LearnerProfile reads absence as NEW."""
        rows = self._read("SELECT lemma, upos, status FROM word_statuses WHERE status != 'new'")
        return {(row[0], row[1]): WordStatus(row[2]) for row in rows}

    def status_of(self, lemma: str, upos: str = "") -> WordStatus:
        """One word's status, as ``LearnerProfile.status_of`` reads it (the POS-specific
        mark first, then the any-POS one), without loading every mark."""
        key = _key(lemma, upos)
        rows = self._read(
            "SELECT upos, status FROM word_statuses WHERE lemma = ? AND upos IN (?, '')"
            " AND status != 'new'",
            key,
        )
        found = {row[0]: WordStatus(row[1]) for row in rows}
        return found.get(key[1]) or found.get("") or WordStatus.NEW

    def profile(self) -> LearnerProfile:
        """The learner as the engine sees them: level (setting "level", default B1) and marks."""
        level = self.get_setting("level", Level.B1.value)
        try:
            parsed = Level(level)
        except ValueError:
            parsed = Level.B1
        return LearnerProfile(level=parsed, statuses=self.statuses())

    def record_lookup(
        self,
        word: str,
        lemma: str,
        upos: str = "",
        *,
        article_id: int | None = None,
        sentence: str = "",
        definition: str = "",
        now: datetime | None = None,
    ) -> int:
        """The learner looked a word up while reading; returns the lookup id."""
        lemma, upos = _key(lemma, upos)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO lookups (word, lemma, upos, article_id, sentence, definition, at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (word, lemma, upos, article_id, sentence, definition, self._stamp(now)),
            )
            return int(cursor.lastrowid or 0)

    def words(self, status: WordStatus | str | None = None) -> list[WordRow]:
        """Words marked or looked up, each with the form, sentence and article it was
        first met in and its definition; ``status`` keeps one status only."""
        rows = self._read(
            """
            WITH first_lookup AS (
                SELECT lemma, upos, word, sentence, article_id, definition,
                       ROW_NUMBER() OVER (PARTITION BY lemma, upos ORDER BY at, id) AS n
                FROM lookups
            ), last_definition AS (
                SELECT lemma, upos, definition,
                       ROW_NUMBER() OVER (PARTITION BY lemma, upos ORDER BY at DESC, id DESC) AS n
                FROM lookups WHERE definition != ''
            ), all_words AS (
                SELECT lemma, upos FROM word_statuses
                UNION SELECT lemma, upos FROM lookups
            )
            SELECT w.lemma, w.upos,
                   COALESCE(s.status, 'new') AS status,
                   COALESCE(NULLIF(s.first_word, ''), f.word, '') AS word,
                   COALESCE(NULLIF(s.first_sentence, ''), f.sentence, '') AS sentence,
                   COALESCE(s.first_article_id, f.article_id) AS article_id,
                   COALESCE(NULLIF(s.definition, ''), d.definition, '') AS definition,
                   s.updated_at
            FROM all_words w
            LEFT JOIN word_statuses s ON s.lemma = w.lemma AND s.upos = w.upos
            LEFT JOIN first_lookup f ON f.lemma = w.lemma AND f.upos = w.upos AND f.n = 1
            LEFT JOIN last_definition d ON d.lemma = w.lemma AND d.upos = w.upos AND d.n = 1
            ORDER BY w.lemma, w.upos
            """
        )
        wanted = WordStatus(status) if status is not None else None
        result = [
            WordRow(
                lemma=row["lemma"],
                upos=row["upos"],
                status=WordStatus(row["status"]),
                word=row["word"] or row["lemma"],
                sentence=row["sentence"],
                article_id=row["article_id"],
                definition=row["definition"],
                updated_at=_dt(row["updated_at"]),
            )
            for row in rows
        ]
        return [row for row in result if wanted is None or row.status == wanted]

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

    # -- quiz answers and reviews -------------------------------------------------

    def record_answer(self, answer: QuizAnswer, *, now: datetime | None = None) -> int:
        """Save a quiz answer and reschedule the word's FSRS card, in ONE transaction.

        Status rules, applied in the same transaction:

        * a wrong answer moves the word to "learning" (whatever it was);
        * a right answer to a word not yet marked makes it "learning" (it is being
          studied now);
        * the "known" rule: a word becomes "known" once it has been answered right
          in ``KNOWN_STREAK`` (3) consecutive *spaced* reviews (each at least one day
          after the previous review of that word; same-day repeats neither count
          nor break the run) and its FSRS stability is at least
          ``KNOWN_STABILITY_DAYS`` (21) days. With the default FSRS weights that is
          about two months of right answers at the scheduled times.

        Returns the answer's id (callers may ignore it).
        """
        when = now or self._now()
        stamp = _ts(when)
        key = _key(answer.lemma, answer.upos)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO quiz_answers (item_type, lemma, upos, word, prompt, given,"
                " correct, article_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    answer.item_type,
                    key[0],
                    key[1],
                    answer.word,
                    answer.prompt,
                    answer.given,
                    int(answer.correct),
                    answer.article_id,
                    stamp,
                ),
            )
            answer_id = int(cursor.lastrowid or 0)
            card = conn.execute(
                "SELECT card_json, streak FROM review_cards WHERE lemma = ? AND upos = ?", key
            ).fetchone()
            card_json, streak = (card[0], int(card[1])) if card else (None, 0)
            previous = review.last_review(card_json) if card_json else None
            spaced = previous is not None and when - previous >= REVIEW_SPACING
            outcome = review.review_word(card_json, answer.correct, when)
            if not answer.correct:
                streak = 0
            elif spaced:
                streak += 1
            conn.execute(
                "INSERT INTO review_cards (lemma, upos, card_json, due, state, streak)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (lemma, upos) DO UPDATE SET"
                " card_json = excluded.card_json, due = excluded.due,"
                " state = excluded.state, streak = excluded.streak",
                (*key, outcome.card_json, _ts(outcome.due), outcome.state, streak),
            )
            row = conn.execute(
                "SELECT status FROM word_statuses WHERE lemma = ? AND upos = ?", key
            ).fetchone()
            current = WordStatus(row[0]) if row else WordStatus.NEW
            if not answer.correct:
                target = WordStatus.LEARNING
            elif streak >= KNOWN_STREAK and outcome.stability >= KNOWN_STABILITY_DAYS:
                target = WordStatus.KNOWN
            elif current == WordStatus.NEW:
                target = WordStatus.LEARNING
            else:
                target = current
            self._set_status_in(
                conn,
                key,
                target,
                stamp,
                f"quiz:{answer.item_type}",
                word=answer.word,
                article_id=answer.article_id,
            )
            return answer_id

    def add_to_review(
        self,
        lemma: str,
        upos: str = "",
        now: datetime | None = None,
        *,
        word: str = "",
        sentence: str = "",
        article_id: int | None = None,
        definition: str = "",
    ) -> None:
        """The learner saved a word: it becomes "learning" and is due for review now.

        A word already scheduled keeps its card.
        """
        when = now or self._now()
        key = _key(lemma, upos)
        with self._write() as conn:
            exists = conn.execute(
                "SELECT 1 FROM review_cards WHERE lemma = ? AND upos = ?", key
            ).fetchone()
            if not exists:
                outcome = review.new_card(when)
                conn.execute(
                    "INSERT INTO review_cards (lemma, upos, card_json, due, state)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (*key, outcome.card_json, _ts(outcome.due), outcome.state),
                )
            self._set_status_in(
                conn,
                key,
                WordStatus.LEARNING,
                _ts(when),
                "saved",
                word=word,
                sentence=sentence,
                article_id=article_id,
                definition=definition,
            )

    _DUE_WHERE = (
        " FROM review_cards c LEFT JOIN word_statuses s ON s.lemma = c.lemma AND s.upos = c.upos"
        # Known and ignored words have left the review queue.
        " WHERE c.due <= ? AND COALESCE(s.status, 'new') NOT IN ('known', 'ignored')"
    )

    def due_cards(self, now: datetime | None = None, limit: int = 20) -> list[DueWord]:
        """Words due for review at ``now``, most overdue first."""
        due = {
            (row["lemma"], row["upos"]): _dt_required(row["due"])
            for row in self._read(
                "SELECT c.lemma, c.upos, c.due" + self._DUE_WHERE + " ORDER BY c.due LIMIT ?",
                (_ts(now or self._now()), limit),
            )
        }
        details = {(w.lemma, w.upos): w for w in self.words()} if due else {}
        result = []
        for key, when in due.items():
            info = details.get(key)
            result.append(
                DueWord(
                    lemma=key[0],
                    upos=key[1],
                    due=when,
                    word=info.word if info else key[0],
                    sentence=info.sentence if info else "",
                    definition=info.definition if info else "",
                )
            )
        return result

    def due_keys(self, now: datetime | None = None) -> set[WordKey]:
        """Every word due at ``now`` (the reader marks them wherever they appear)."""
        rows = self._read("SELECT c.lemma, c.upos" + self._DUE_WHERE, (_ts(now or self._now()),))
        return {(row[0], row[1]) for row in rows}

    def count_due(self, until: datetime) -> int:
        rows = self._read("SELECT COUNT(*)" + self._DUE_WHERE, (_ts(until),))
        return int(rows[0][0])

    # -- queries for stats and exports -------------------------------------------

    def answers(self) -> list[AnswerRow]:
        rows = self._read("SELECT * FROM quiz_answers ORDER BY at, id")
        return [
            AnswerRow(
                id=row["id"],
                answer=QuizAnswer(
                    item_type=row["item_type"],
                    lemma=row["lemma"],
                    upos=row["upos"],
                    word=row["word"],
                    prompt=row["prompt"],
                    given=row["given"],
                    correct=bool(row["correct"]),
                    article_id=row["article_id"],
                ),
                at=_dt_required(row["at"]),
            )
            for row in rows
        ]

    def status_changes(self) -> list[StatusChange]:
        rows = self._read(
            "SELECT lemma, upos, old, new, at, reason FROM status_history ORDER BY at, id"
        )
        return [
            StatusChange(
                lemma=row[0],
                upos=row[1],
                old=WordStatus(row[2]),
                new=WordStatus(row[3]),
                at=_dt_required(row[4]),
                reason=row[5],
            )
            for row in rows
        ]

    def first_met(self) -> dict[WordKey, datetime]:
        """When each word was first met: its first lookup or first status change."""
        rows = self._read(
            "SELECT lemma, upos, MIN(at) FROM ("
            " SELECT lemma, upos, at FROM lookups"
            " UNION ALL SELECT lemma, upos, at FROM status_history"
            ") GROUP BY lemma, upos"
        )
        return {(row[0], row[1]): _dt_required(row[2]) for row in rows}

    def readings(self) -> list[Reading]:
        rows = self._read("SELECT article_id, word_count, at FROM reading_log ORDER BY at, id")
        return [Reading(row[0], int(row[1]), _dt_required(row[2])) for row in rows]

    def lookup_times(self) -> list[datetime]:
        return [_dt_required(row[0]) for row in self._read("SELECT at FROM lookups ORDER BY at")]

    def article_titles(self) -> dict[int, str]:
        return {int(row[0]): str(row[1]) for row in self._read("SELECT id, title FROM articles")}

    # -- feeds -------------------------------------------------------------------

    def add_feed(self, url: str, title: str = "") -> int:
        """Follow a feed (adding the same URL again returns its id, title updated)."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO feeds (url, title) VALUES (?, ?) ON CONFLICT (url) DO UPDATE"
                " SET title = CASE WHEN excluded.title != '' THEN excluded.title ELSE title END",
                (url, title),
            )
            return int(conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()[0])

    def list_feeds(self) -> list[Feed]:
        rows = self._read("SELECT * FROM feeds ORDER BY title COLLATE NOCASE, id")
        return [
            Feed(
                row["id"],
                row["url"],
                row["title"],
                row["etag"],
                row["last_modified"],
                _dt(row["last_checked"]),
            )
            for row in rows
        ]

    def remove_feed(self, feed_id: int) -> None:
        """Stop following a feed; its items go too (articles already saved stay)."""
        with self._write() as conn:
            conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))

    def update_feed_state(
        self,
        feed_id: int,
        etag: str | None,
        last_modified: str | None,
        checked_at: datetime | None = None,
    ) -> None:
        """Remember the HTTP validators, so the next check can be a cheap 304."""
        with self._write() as conn:
            conn.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, last_checked = ? WHERE id = ?",
                (etag, last_modified, self._stamp(checked_at), feed_id),
            )

    def upsert_feed_items(self, feed_id: int, items: Sequence[dict[str, Any]]) -> int:
        """Save items of a feed (dicts with guid, url, title, summary, published, content);
        known guids are updated. Returns how many were new."""
        new = 0
        with self._write() as conn:
            for item in items:
                guid = str(item.get("guid") or item.get("url") or "")
                if not guid:
                    continue
                values = (
                    str(item.get("url") or ""),
                    str(item.get("title") or ""),
                    str(item.get("summary") or ""),
                    item.get("published"),
                    str(item.get("content") or ""),
                )
                cursor = conn.execute(
                    "UPDATE feed_items SET url = ?, title = ?, summary = ?, published = ?,"
                    " content = CASE WHEN ? != '' THEN ? ELSE content END"
                    " WHERE feed_id = ? AND guid = ?",
                    (*values[:4], values[4], values[4], feed_id, guid),
                )
                if cursor.rowcount == 0:
                    conn.execute(
                        "INSERT INTO feed_items (feed_id, guid, url, title, summary, published,"
                        " content) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (feed_id, guid, *values),
                    )
                    new += 1
        return new

    def list_feed_items(self, feed_id: int | None = None) -> list[FeedItem]:
        """Items newest first (by published date), of one feed or all."""
        where, params = ("WHERE feed_id = ?", (feed_id,)) if feed_id is not None else ("", ())
        rows = self._read(
            f"SELECT * FROM feed_items {where} ORDER BY published DESC NULLS LAST, id DESC",
            params,
        )
        return [
            FeedItem(
                row["id"],
                row["feed_id"],
                row["guid"],
                row["url"],
                row["title"],
                row["summary"],
                row["published"],
                row["content"],
                row["article_id"],
                bool(row["seen"]),
            )
            for row in rows
        ]

    def link_feed_item(self, item_id: int, article_id: int) -> None:
        """The item was imported as this article (and so has been seen)."""
        with self._write() as conn:
            conn.execute(
                "UPDATE feed_items SET article_id = ?, seen = 1 WHERE id = ?",
                (article_id, item_id),
            )

    def export_data(self) -> dict[str, list[dict[str, Any]]]:
        """Every learner table as lists of row dicts (the learner JSON's content)."""
        data: dict[str, list[dict[str, Any]]] = {}
        for table in LEARNER_TABLES:
            rows = self._read(f"SELECT * FROM {table} ORDER BY rowid")
            data[table] = [dict(row) for row in rows]
        return data

    def is_empty(self) -> bool:
        """True when the store holds no learner data yet (a fresh install)."""
        return not any(self._read(f"SELECT 1 FROM {t} LIMIT 1") for t in LEARNER_TABLES)

    def import_data(self, data: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
        """Replace the learner data with ``data`` (from :meth:`export_data`), in one
        transaction; ids are kept so references between tables hold. Returns rows per
        table. Columns this version does not know are dropped; missing ones default.
        """
        counts: dict[str, int] = {}
        with self._write() as conn:
            for table in reversed(LEARNER_TABLES):
                conn.execute(f"DELETE FROM {table}")
            for table in LEARNER_TABLES:
                columns = {str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")}
                rows = data.get(table, [])
                for row in rows:
                    names = [name for name in row if name in columns]
                    if not names:
                        continue
                    conn.execute(
                        f"INSERT INTO {table} ({', '.join(names)})"
                        f" VALUES ({', '.join('?' for _ in names)})",
                        [row[name] for name in names],
                    )
                counts[table] = len(rows)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StoreError(f"the learner file has broken references: {problems[:3]}")
        return counts
