"""The learner's data as a whole: export, import, and whether there is any."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from vocab.store.base import _StoreBase
from vocab.store.files import StoreError

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
    "sense_choices",
)

# What a learner calls a row of each table, to say which part of a file is damaged.
ROW_NAMES = {
    "articles": "article",
    "settings": "setting",
    "status_batches": "batch of marks",
    "word_statuses": "word",
    "status_history": "status change",
    "lookups": "look-up",
    "quiz_answers": "quiz answer",
    "review_cards": "review card",
    "reading_log": "reading-log entry",
    "feeds": "feed",
    "feed_items": "feed item",
    "sense_choices": "chosen meaning",
}


class DamagedLearnerData(StoreError):
    """Learner data the store's rules refuse; the message names the row and why."""


def _row_refused(table: str, number: int, row: dict[str, Any], error: sqlite3.Error) -> str:
    """SQLite's complaint about the ``number``-th row of ``table``, in a learner's words:
    "CHECK constraint failed: status IN ('new', ..." is "word 12 has an unknown status
    'banana'"."""
    name = ROW_NAMES.get(table, table)
    detail = str(error)
    column = (re.findall(r"(?:\w+\.)?(\w+)", detail.partition(": ")[2]) or [""])[0]
    if detail.startswith("CHECK"):
        return f"{name} {number} has an unknown {column} {row.get(column)!r}"
    if detail.startswith("NOT NULL"):
        return f"{name} {number} has no {column}"
    if detail.startswith("FOREIGN KEY"):
        return f"{name} {number} refers to an article the file does not hold" if any(
            key.endswith("article_id") and row[key] is not None for key in row
        ) else f"{name} {number} refers to a row the file does not hold"
    if detail.startswith("UNIQUE"):
        return f"{name} {number} repeats another {name}'s {column}"
    return f"{name} {number} cannot be stored ({detail})"


class TransferMixin(_StoreBase):
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
                if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                    raise DamagedLearnerData(f"its {ROW_NAMES[table]} part is not a list of rows")
                for number, row in enumerate(rows, start=1):
                    names = [name for name in row if name in columns]
                    if not names:
                        continue
                    try:
                        conn.execute(
                            f"INSERT INTO {table} ({', '.join(names)})"
                            f" VALUES ({', '.join('?' for _ in names)})",
                            [row[name] for name in names],
                        )
                    except sqlite3.IntegrityError as error:
                        raise DamagedLearnerData(
                            _row_refused(table, number, row, error)
                        ) from error
                counts[table] = len(rows)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                child, _, parent, _ = problems[0]
                raise DamagedLearnerData(
                    f"a {ROW_NAMES.get(child, child)} refers to a"
                    f" {ROW_NAMES.get(parent, parent)} the file does not hold"
                )
        return counts
