"""Articles: saving, finding, the library's listings, reading marks, the figures
cached for sorting, and the analysis cache."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

from vocab.models import Article, GlossaryEntry, Level
from vocab.packed import rows_for_keys
from vocab.store.base import _StoreBase
from vocab.store.records import ArticleSummary, StoredArticle, _dt, _dt_required, _ts

# The name the library shows for a source (`reader.labels.source_label`), in SQL: a
# site's host without "www.", a file's name without its folders, "pasted text" for
# standard input. Sorting on the stored path put "/tmp/b/apple.txt" after
# "/tmp/a/zebra.txt". rtrim(source, <every character but "/">) ends at the last "/".
_ADDRESS_REST = "substr(source, instr(source, '://') + 3)"
_HOST = f"substr({_ADDRESS_REST}, 1, instr({_ADDRESS_REST} || '/', '/') - 1)"
_SOURCE_NAME = (
    "CASE WHEN source IN ('stdin', '<stdin>') THEN 'pasted text'"
    f" WHEN source LIKE 'http://%' OR source LIKE 'https://%' THEN"
    f" iif({_HOST} LIKE 'www.%', substr({_HOST}, 5), {_HOST})"
    " ELSE substr(source, length(rtrim(source, replace(source, '/', ''))) + 1) END"
)

ARTICLE_SORTS = {
    "title": "title COLLATE NOCASE",
    "source": f"NULLIF({_SOURCE_NAME}, '') COLLATE NOCASE",  # no source sorts last
    "glossary": "glossary_size",
    "added": "added_at",
    "last_read": "last_read_at",
    "level": "level",
    "words": "word_count",
    "known": "known_share",
}


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
    data["left_out"] = tuple(data.get("left_out", []))
    data["glossary"] = tuple(
        GlossaryEntry(**_known_fields(GlossaryEntry, entry)) for entry in data.get("glossary", [])
    )
    return Article(**data)


def _by_file(file_names: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """The query for the newest article read from a file saved under one of
    ``file_names`` (its id and content hash), with its parameters."""
    marks = ", ".join("?" * len(file_names))
    return (f"SELECT id, content_hash FROM articles WHERE source_url IS NULL"
            f" AND source IN ({marks}) ORDER BY id DESC LIMIT 1", tuple(file_names))


def _level(text: str | None) -> Level | None:
    return Level(text) if text else None


class ArticlesMixin(_StoreBase):
    # -- articles ----------------------------------------------------------

    def add_article(
        self,
        article: Article,
        *,
        source_url: str | None = None,
        fetched_at: datetime | None = None,
        file_names: Sequence[str] = (),
    ) -> int:
        """Save an article and return its id.

        Adding the same text again (same sha256 of the body), the same URL or the same
        file (saved as its source under one of ``file_names``) updates the saved
        article instead of duplicating it, under its id, so what the learner read and
        looked up in it stays its own; stats cached for an older body are cleared. The
        same text read from another file changes nothing.
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
            by_file = conn.execute(*_by_file(file_names)).fetchone() if file_names else None
            existing = by_hash or by_url or by_file
            if by_hash is not None and file_names and by_url is None \
                    and (by_file is None or by_file[0] != by_hash[0]):
                # The same text from another file (a copy, another title or byline):
                # the saved article stays as it is, its file and title its own (a copy
                # imported had taken over the original's article: QA walk-through).
                return int(by_hash[0])
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

    def find_article(self, *, source_url: str | None = None, body: str | None = None,
                     file_names: Sequence[str] = ()) -> int | None:
        """The id of the saved article ``add_article`` would update: the one with this
        text, else this URL, else read from this file; None when there is none."""
        if body is not None:
            rows = self._read(
                "SELECT id FROM articles WHERE content_hash = ?", (content_hash(body),)
            )
            if rows:
                return int(rows[0][0])
        if source_url:
            rows = self._read("SELECT id FROM articles WHERE source_url = ?", (source_url,))
            if rows:
                return int(rows[0][0])
        rows = self._read(*_by_file(file_names)) if file_names else []
        return int(rows[0][0]) if rows else None

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

    def article_count(self) -> int:
        """How many articles the library holds."""
        return int(self._read_one("SELECT count(*) FROM articles", ()) or 0)

    def article_summaries(self, ids: Sequence[int]) -> list[ArticleSummary]:
        """The library lines of these articles, in the order given; deleted ones are left out."""
        found: dict[int, ArticleSummary] = {}
        for values in rows_for_keys(*self._reading(), _SUMMARY_JSON_COLUMNS,
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

    def mark_read(self, article_id: int, *, now: datetime | None = None,
                  words: int | None = None) -> None:
        """Record that the learner read the article now (for "last read", streaks, stats):
        ``words`` of it, all of them unless given (the app counts the words shown, and
        tells `set_words_read` as the learner reads on)."""
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
                (article_id, row[0] if words is None else min(words, row[0]), stamp),
            )

    def set_words_read(self, article_id: int, words: int) -> None:
        """The words read of the article's latest reading, as the learner reads on."""
        with self._write() as conn:
            conn.execute(
                "UPDATE reading_log SET word_count = min(?, (SELECT word_count FROM articles"
                " WHERE id = ?)) WHERE id = (SELECT max(id) FROM reading_log"
                " WHERE article_id = ?)",
                (words, article_id, article_id),
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
