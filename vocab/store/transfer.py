"""The learner's data as a whole: export, import, and whether there is any."""

from __future__ import annotations

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
