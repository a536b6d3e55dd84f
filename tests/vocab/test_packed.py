"""Rows read from SQLite as one JSON array (`vocab.packed`)."""

from __future__ import annotations

import json
import sqlite3
import threading

from vocab.packed import KEYS_PER_QUERY, json_rows_for_keys, rows_for_keys


def _table_of_json_texts() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE items (name TEXT PRIMARY KEY, parts TEXT NOT NULL)")
    rows = [(f"word {n}", json.dumps([["n", n, n * 7, n % 2], ["v", 0, n, 0]]))
            for n in range(KEYS_PER_QUERY + 50)]
    # Names JSON must escape, and a row of an empty list.
    rows += [('say "hi"', "[]"), ("back\\slash", '[["a", 1, 2, 0]]'),
             ("über", '[["r", 3, 4, 1]]')]
    db.executemany("INSERT INTO items VALUES (?, ?)", rows)
    return db


def test_json_rows_are_those_json_array_gives() -> None:
    db = _table_of_json_texts()
    keys = [row[0] for row in db.execute("SELECT name FROM items")] + ["absent"]
    lock = threading.Lock()
    slow = rows_for_keys(db, lock, "name, json(parts)", "items WHERE name IN ({keys})", keys)
    fast = json_rows_for_keys(db, lock, "name", "parts", "items WHERE name IN ({keys})", keys)
    assert len(fast) == len(keys) - 1  # more than one query's keys
    assert sorted(fast, key=str) == sorted(slow, key=str)
    assert ['say "hi"', []] in fast and ["back\\slash", [["a", 1, 2, 0]]] in fast


def test_no_key_found_is_no_row() -> None:
    db = _table_of_json_texts()
    lock = threading.Lock()
    assert json_rows_for_keys(db, lock, "name", "parts", "items WHERE name IN ({keys})",
                              ["absent"]) == []
    assert json_rows_for_keys(db, lock, "name", "parts", "items WHERE name IN ({keys})",
                              []) == []


def test_keys_as_a_values_list() -> None:
    db = _table_of_json_texts()
    rows = rows_for_keys(db, threading.Lock(), "name",
                         "(SELECT column1 AS name FROM (VALUES {keys}) WHERE EXISTS"
                         " (SELECT 1 FROM items WHERE items.name = column1))",
                         ["word 1", "absent", "über"], placeholder="(?)")
    assert sorted(row[0] for row in rows) == ["word 1", "über"]
