"""Words: statuses (one at a time, in batches, undo), the learner profile, lookups and
the words listing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime

from vocab.models import LearnerProfile, Level, WordKey, WordStatus
from vocab.store.base import _StoreBase
from vocab.store.records import WordRow, _dt, _key

# The time of a row that has none (a look-up's), for sorting rows by when they changed.
_NEVER = datetime.min.replace(tzinfo=UTC)
# The reason a status change is filed under when it takes back an earlier one (the
# reader's and Your words' `u`): the review queue drops a card the undone mark made.
UNDO_REASON = "undo"


class WordsMixin(_StoreBase):
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
        article_id = self._article_still_in(conn, article_id)
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
        changed = old != status
        if changed:
            conn.execute(
                "INSERT INTO status_history (lemma, upos, old, new, at, reason, batch_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (lemma, upos, old.value, status.value, stamp, reason, batch_id),
            )
        self._status_written_in(conn, key, status, stamp, reason, changed)
        return changed

    def _status_written_in(self, conn: sqlite3.Connection, key: WordKey, status: WordStatus,
                           stamp: str, reason: str, changed: bool) -> None:
        """What else follows a status written by `_set_status_in`, in its transaction
        (the review queue: `ReviewsMixin`)."""

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

    def keep_definition(self, lemma: str, upos: str, definition: str) -> None:
        """The meaning the learner would have seen, kept with a word saved without it
        (marked from the reader, not from word details); a kept one stays."""
        if not definition:
            return
        with self._write() as conn:
            conn.execute(
                "UPDATE word_statuses SET definition = ?"
                " WHERE lemma = ? AND upos = ? AND definition = ''",
                (definition, *_key(lemma, upos)))

    def set_statuses(
        self, keys: Iterable[WordKey], status: WordStatus | str, reason: str = "", *,
        met: Mapping[WordKey, tuple[str, str]] | None = None, article_id: int | None = None,
    ) -> int:
        """Mark many words in one transaction ("I know the rest"); returns a batch id
        for :meth:`undo_batch`. ``met``: a key's (word form, sentence) where it was met,
        in the story ``article_id``, kept as `set_status` keeps them."""
        stamp = self._stamp()
        met = {_key(*key): where for key, where in (met or {}).items()}
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO status_batches (reason, at) VALUES (?, ?)", (reason, stamp)
            )
            batch_id = int(cursor.lastrowid or 0)
            for key in dict.fromkeys(_key(lemma, upos) for lemma, upos in keys):
                word, sentence = met.get(key, ("", ""))
                self._set_status_in(
                    conn, key, WordStatus(status), stamp, reason, batch_id, word=word,
                    sentence=sentence, article_id=article_id if word else None,
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
                undone += self._set_status_in(conn, (lemma, upos), WordStatus(old), stamp,
                                              UNDO_REASON)
            conn.execute("UPDATE status_batches SET undone_at = ? WHERE id = ?", (stamp, batch_id))
            return undone

    def statuses(self) -> dict[WordKey, WordStatus]:
        """Every word the learner has marked; words never marked (or set back to new,
        e.g. by an undo) are left out, as LearnerProfile reads absence as NEW."""
        rows = self._read("SELECT lemma, upos, status FROM word_statuses WHERE status != 'new'"
                          " ORDER BY rowid")
        return {(row[0], row[1]): WordStatus(row[2]) for row in rows}

    def status_of(self, lemma: str, upos: str = "") -> WordStatus:
        """One word's status, as ``LearnerProfile.status_of`` reads it (the POS-specific
        mark first, then the any-POS one, then the lemma's first in another part of
        speech), without loading every mark."""
        key = _key(lemma, upos)
        rows = self._read(
            "SELECT upos, status FROM word_statuses WHERE lemma = ? AND status != 'new'"
            " ORDER BY rowid", key[:1])
        found = {row[0]: WordStatus(row[1]) for row in rows}
        return (found.get(key[1]) or found.get("")
                or next(iter(found.values()), WordStatus.NEW))

    def profile(self) -> LearnerProfile:
        """The learner as the engine sees them: level (setting "level", default B1) and marks."""
        level = self.get_setting("level", Level.B1.value)
        try:
            parsed = Level(level)
        except ValueError:
            parsed = Level.B1
        return LearnerProfile(level=parsed, statuses=self.statuses())

    def choose_sense(self, article_id: int, lemma: str, upos: str, synset: str,
                     definition: str, now: datetime | None = None) -> None:
        """The learner chose the meaning ``synset`` for the word in this article, worded
        ``definition``: kept for the article, and with the word when it was saved from
        it (or without a meaning) and its look-ups there, in one transaction. An article
        deleted meanwhile (by another instance) has no choices to keep."""
        lemma, upos = _key(lemma, upos)
        with self._write() as conn:
            if self._article_still_in(conn, article_id) is not None:
                conn.execute(
                    "INSERT INTO sense_choices (article_id, lemma, upos, synset, at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, lemma, upos) DO UPDATE"
                    " SET synset = excluded.synset, at = excluded.at",
                    (article_id, lemma, upos, synset, self._stamp(now)))
            conn.execute(
                "UPDATE word_statuses SET definition = ? WHERE lemma = ? AND upos = ?"
                " AND (first_article_id = ? OR definition = '')",
                (definition, lemma, upos, article_id))
            # Your words shows a word only looked up with the meaning it was shown.
            conn.execute(
                "UPDATE lookups SET definition = ? WHERE lemma = ? AND upos = ?"
                " AND article_id = ?", (definition, lemma, upos, article_id))

    def chosen_senses(self, article_id: int) -> dict[WordKey, str]:
        """The meanings the learner chose for words of an article: (lemma, upos) -> synset."""
        rows = self._read("SELECT lemma, upos, synset FROM sense_choices WHERE article_id = ?",
                          (article_id,))
        return {(row[0], row[1]): row[2] for row in rows}

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
            article_id = self._article_still_in(conn, article_id)
            cursor = conn.execute(
                "INSERT INTO lookups (word, lemma, upos, article_id, sentence, definition, at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (word, lemma, upos, article_id, sentence, definition, self._stamp(now)),
            )
            return int(cursor.lastrowid or 0)

    def words(self, status: WordStatus | str | None = None) -> list[WordRow]:
        """Words marked or looked up, each with the form, sentence and article it was
        first met in and its definition, one entry a word (`_one_entry_per_word`);
        ``status`` keeps one status only."""
        wanted = WordStatus(status) if status is not None else None
        return [row for row in _one_entry_per_word(self._word_rows())
                if wanted is None or row.status == wanted]

    def _word_rows(self) -> list[WordRow]:
        """`words`, one row for each key (lemma, part of speech) marked or looked up."""
        rows = self._read(
            """
            WITH first_lookup AS (
                SELECT lemma, upos, word, sentence, article_id, article_title, definition,
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
                   CASE WHEN s.first_article_id IS NOT NULL OR f.article_id IS NOT NULL
                        THEN COALESCE(a.title, '')
                        ELSE COALESCE(NULLIF(s.first_article_title, ''), f.article_title, '')
                   END AS article_title,
                   COALESCE(NULLIF(s.definition, ''), d.definition, '') AS definition,
                   s.updated_at
            FROM all_words w
            LEFT JOIN word_statuses s ON s.lemma = w.lemma AND s.upos = w.upos
            LEFT JOIN first_lookup f ON f.lemma = w.lemma AND f.upos = w.upos AND f.n = 1
            LEFT JOIN last_definition d ON d.lemma = w.lemma AND d.upos = w.upos AND d.n = 1
            LEFT JOIN articles a ON a.id = COALESCE(s.first_article_id, f.article_id)
            ORDER BY w.lemma, w.upos
            """
        )
        return [
            WordRow(
                lemma=row["lemma"],
                upos=row["upos"],
                status=WordStatus(row["status"]),
                word=row["word"] or row["lemma"],
                sentence=row["sentence"],
                article_id=row["article_id"],
                definition=row["definition"],
                updated_at=_dt(row["updated_at"]),
                article_title=row["article_title"],
            )
            for row in rows
        ]


def _one_entry_per_word(rows: list[WordRow]) -> list[WordRow]:
    """The rows of a word the level test saved make one entry (`_as_one_entry`): it asks
    words without a sentence to read their part of speech in, so it saves them under
    none (""), and the reader and the quiz save the same word under the part of speech
    it was met in ("early" was listed as "known" and as "adj. new": QA walk-through).
    Other words keep a row for each part of speech they were marked in."""
    by_lemma: dict[str, list[WordRow]] = {}
    for row in rows:
        by_lemma.setdefault(row.lemma, []).append(row)
    entries: list[WordRow] = []
    for same_word in by_lemma.values():
        if len(same_word) > 1 and any(not row.upos for row in same_word):
            entries.append(_as_one_entry(same_word))
        else:
            entries.extend(same_word)
    return entries


def _as_one_entry(rows: list[WordRow]) -> WordRow:
    """One word's rows as one entry: shown with the part of speech it was last marked
    in (else met in), where it was met, and the learner's latest mark (a look-up marks
    nothing)."""
    marks = sorted((row for row in rows if row.status is not WordStatus.NEW),
                   key=lambda row: row.updated_at or _NEVER)
    met_in = [row for row in rows if row.upos]
    face = next((row for row in reversed(marks) if row.upos), met_in[0])
    met = face if face.sentence else next((row for row in rows if row.sentence), face)
    return replace(
        face,
        status=marks[-1].status if marks else WordStatus.NEW,
        updated_at=marks[-1].updated_at if marks else face.updated_at,
        word=met.word, sentence=met.sentence, article_id=met.article_id,
        article_title=met.article_title,
        definition=face.definition or next((row.definition for row in rows if row.definition),
                                           ""),
        also_filed_under=tuple((row.lemma, row.upos) for row in rows if row is not face),
    )
