"""The learner's store: everything the app knows about a learner, in one SQLite file.

This package is the only code that writes SQL to it (the DDL lives in
``vocab/migrations.py``).

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

from vocab.store.articles import ARTICLE_SORTS, ArticlesMixin, content_hash
from vocab.store.base import Clock
from vocab.store.feeds import FeedsMixin
from vocab.store.files import (
    BACKUP_EVERY,
    BACKUPS_KEPT,
    BUSY_TIMEOUT_S,
    SESSION_BACKUP,
    SQLITE_CORRUPT,
    SQLITE_HEADER,
    SQLITE_NOTADB,
    StoreCorrupted,
    StoreError,
    backup_dir,
    backup_time,
    is_session_backup,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_latest_backup,
    store_health,
)
from vocab.store.history import HistoryMixin
from vocab.store.records import (
    AnswerRow,
    ArticleSummary,
    DueWord,
    Feed,
    FeedItem,
    QuizAnswer,
    Reading,
    StatusChange,
    StoredArticle,
    WordRow,
)
from vocab.store.reviews import (
    KNOWN_STABILITY_DAYS,
    KNOWN_STREAK,
    REVIEW_SPACING,
    ReviewsMixin,
)
from vocab.store.transfer import LEARNER_TABLES, DamagedLearnerData, TransferMixin
from vocab.store.words import UNDO_REASON, WordsMixin

__all__ = [
    "ARTICLE_SORTS",
    "BACKUPS_KEPT",
    "BACKUP_EVERY",
    "BUSY_TIMEOUT_S",
    "KNOWN_STABILITY_DAYS",
    "KNOWN_STREAK",
    "LEARNER_TABLES",
    "REVIEW_SPACING",
    "SQLITE_CORRUPT",
    "SQLITE_HEADER",
    "SQLITE_NOTADB",
    "AnswerRow",
    "ArticleSummary",
    "Clock",
    "DueWord",
    "Feed",
    "FeedItem",
    "DamagedLearnerData",
    "QuizAnswer",
    "Reading",
    "SESSION_BACKUP",
    "StatusChange",
    "Store",
    "StoreCorrupted",
    "StoreError",
    "StoredArticle",
    "UNDO_REASON",
    "WordRow",
    "backup_dir",
    "backup_time",
    "content_hash",
    "is_session_backup",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "restore_latest_backup",
    "store_health",
]


# ---------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------


class Store(ArticlesMixin, ReviewsMixin, WordsMixin, HistoryMixin, FeedsMixin, TransferMixin):
    """The learner's data. Open with :meth:`Store.open`; use as a context manager.

    All methods are safe to call from worker threads (one lock around the connection).
    """
