"""What happened when: answers, status changes, readings and lookups, for stats and
exports."""

from __future__ import annotations

from datetime import datetime

from vocab.models import WordKey, WordStatus
from vocab.store.base import _StoreBase
from vocab.store.records import AnswerRow, QuizAnswer, Reading, StatusChange, _dt_required


class HistoryMixin(_StoreBase):
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

    def times_asked(self, article_id: int) -> dict[WordKey, int]:
        """How many answers the learner gave about each word in quizzes of one article."""
        rows = self._read("SELECT lemma, upos, COUNT(*) FROM quiz_answers WHERE article_id = ?"
                          " GROUP BY lemma, upos", (article_id,))
        return {(row[0], row[1]): int(row[2]) for row in rows}

    def last_ways_asked(self) -> dict[WordKey, str]:
        """The item type of the last question each word was asked by ("cloze",
        "spelling"...), so a review asks a word another way than the sitting before."""
        # SQLite takes a bare column of a MAX() query from the row holding the maximum.
        rows = self._read("SELECT lemma, upos, item_type, MAX(id) FROM quiz_answers"
                          " GROUP BY lemma, upos")
        return {(row[0], row[1]): row[2] for row in rows}

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

    def first_met(self, *, not_by: str = "") -> dict[WordKey, datetime]:
        """When each word was first met: its first lookup or first status change, but
        for changes filed under the reason ``not_by`` (the level test's marks)."""
        rows = self._read(
            "SELECT lemma, upos, MIN(at) FROM ("
            " SELECT lemma, upos, at FROM lookups"
            " UNION ALL SELECT lemma, upos, at FROM status_history WHERE reason != ?"
            ") GROUP BY lemma, upos",
            (not_by,),
        )
        return {(row[0], row[1]): _dt_required(row[2]) for row in rows}

    def readings(self) -> list[Reading]:
        rows = self._read("SELECT article_id, word_count, at FROM reading_log ORDER BY at, id")
        return [Reading(row[0], int(row[1]), _dt_required(row[2])) for row in rows]

    def lookup_times(self) -> list[datetime]:
        return [_dt_required(row[0]) for row in self._read("SELECT at FROM lookups ORDER BY at")]

