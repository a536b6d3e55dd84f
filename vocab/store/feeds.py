"""Feeds followed and their items (the fetching itself is ``vocab/feeds.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from vocab.store.base import _StoreBase
from vocab.store.records import Feed, FeedItem, _dt


class FeedsMixin(_StoreBase):
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
                (self._article_still_in(conn, article_id), item_id),
            )
