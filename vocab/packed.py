"""Many rows read from SQLite as one: a JSON array per query.

Python's sqlite3 lets go of the interpreter at every row it steps to. With another
thread busy (the app's screen, a worker) each step then waits for that thread's turn
to end: 10,000 rows read one by one took 1-5 s instead of 10 ms. A query that
returns the rows as one JSON array steps once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

# Below SQLite's smallest default limit of host parameters per statement (999).
KEYS_PER_QUERY = 900


def rows_for_keys(
    connection: sqlite3.Connection,
    lock: AbstractContextManager[Any],
    columns: str,
    source: str,
    keys: Sequence[object],
    *,
    placeholder: str = "?",
) -> list[list[Any]]:
    """``SELECT columns FROM source`` for every key, as lists of values.

    ``source`` holds ``{keys}`` where the list of keys goes (``WHERE id IN ({keys})``),
    each key written as ``placeholder`` (``"(?)"`` for a ``VALUES`` list); the keys are
    sent as parameters, ``KEYS_PER_QUERY`` at a time. Rows come in no particular order.
    JSON keeps 15 digits of a REAL: select ``quote(x)`` and take ``float()`` of it to
    keep them all.
    """
    rows: list[list[Any]] = []
    for start in range(0, len(keys), KEYS_PER_QUERY):
        chunk = list(keys[start:start + KEYS_PER_QUERY])
        sql = (f"SELECT json_group_array(json_array({columns})) FROM "
               + source.format(keys=",".join([placeholder] * len(chunk))))
        with lock:
            packed = connection.execute(sql, chunk).fetchone()[0]
        rows.extend(json.loads(packed) if packed else [])
    return rows


def json_rows_for_keys(
    connection: sqlite3.Connection,
    lock: AbstractContextManager[Any],
    key: str,
    json_column: str,
    source: str,
    keys: Sequence[object],
) -> list[list[Any]]:
    """``[key, parsed json_column]`` of ``source`` for every key, as `rows_for_keys`
    gives them, for a column that holds JSON text: the text is joined into the array
    as it is stored. ``json_array(key, json(column))`` parses and writes every row's
    JSON again in SQLite: a story's ~900 candidate lemmas' sense outlines took ~8 ms
    that way and ~5 ms this way (the same rows)."""
    rows: list[list[Any]] = []
    for start in range(0, len(keys), KEYS_PER_QUERY):
        chunk = list(keys[start:start + KEYS_PER_QUERY])
        sql = (f"SELECT '[' || group_concat('[' || json_quote({key}) || ',' || {json_column}"
               " || ']', ',') || ']' FROM "
               + source.format(keys=",".join("?" * len(chunk))))
        with lock:
            packed = connection.execute(sql, chunk).fetchone()[0]
        rows.extend(json.loads(packed) if packed else [])
    return rows
