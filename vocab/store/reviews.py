"""Quiz answers and spaced review: the FSRS card, the "known" rule, due words."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from vocab import review
from vocab.models import WordKey, WordStatus
from vocab.store.records import DueWord, QuizAnswer, _dt, _dt_required, _key, _ts
from vocab.store.words import UNDO_REASON, WordsMixin

# The "known" rule (see Store.record_answer): this many right answers in a row,
# each at least SPACING after the previous review, with FSRS stability of at
# least KNOWN_STABILITY_DAYS, mean the learner knows the word for the long term.
KNOWN_STREAK = 3
REVIEW_SPACING = timedelta(days=1)
KNOWN_STABILITY_DAYS = 21.0
# The reason `record_answer` files its status changes under ("quiz:cloze"...): the
# answer has just rescheduled the card, which a mark must not move again.
QUIZ_REASON = "quiz:"


class ReviewsMixin(WordsMixin):
    # -- quiz answers and reviews -------------------------------------------------

    def record_answer(self, answer: QuizAnswer, *, now: datetime | None = None,
                      sentence: str = "", definition: str = "") -> int:
        """Save a quiz answer and reschedule the word's FSRS card, in ONE transaction.

        ``sentence`` and ``definition``: the word as the question showed it, kept
        with a word that has none yet (met first in a quiz, or in another part of
        speech than it was saved in), so its reviews and exports show its meaning.

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
            article_id = self._article_still_in(conn, answer.article_id)
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
                    article_id,
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
                QUIZ_REASON + answer.item_type,
                word=answer.word,
                sentence=sentence,
                article_id=article_id,
            )
            if definition:  # a kept one stays: the quiz may ask another sense
                conn.execute("UPDATE word_statuses SET definition = ?"
                             " WHERE lemma = ? AND upos = ? AND definition = ''",
                             (definition, *key))
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
    ) -> bool:
        """The learner saved a word: it becomes "learning" and is due for review now.

        A word already scheduled keeps its card. Returns whether a card was made
        (callers may ignore it): undoing the save removes only a card it made.
        """
        when = now or self._now()
        key = _key(lemma, upos)
        with self._write() as conn:
            exists = conn.execute(
                "SELECT 1 FROM review_cards WHERE lemma = ? AND upos = ?", key
            ).fetchone()
            self._set_status_in(  # the mark makes the card, due now, when there is none
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
        return not exists

    def _status_written_in(self, conn: sqlite3.Connection, key: WordKey, status: WordStatus,
                           stamp: str, reason: str, changed: bool) -> None:
        """The review queue kept in step with a status written: a word marked
        "learning" (`l`, not only "Review later") is scheduled, due now, if it has no card
        (a "learning" word that never came up in review, QA walk-through); an undo that
        takes the mark back takes out the card if it was never answered, as it was made
        by the mark (and a card made again is the same: due now). Known and ignored words
        keep their cards, out of the queue (`_IN_QUEUE`), and so do unmarked ones.

        A word marked "learning" by hand (not by a quiz answer or an undo) that has a card
        from its answers is due now, and its run towards "known" starts again: a word the
        quiz had made known, due months later, was marked learning and not asked until
        then (QA walk-through); the next right answer made it known again at once."""
        card = conn.execute(
            "SELECT card_json FROM review_cards WHERE lemma = ? AND upos = ?", key
        ).fetchone()
        if status is WordStatus.LEARNING and card is None:
            self._new_card_in(conn, key, _dt_required(stamp))
        elif (status is WordStatus.LEARNING and changed and card is not None
              and reason != UNDO_REASON and not reason.startswith(QUIZ_REASON)):
            outcome = review.due_by(card[0], _dt_required(stamp))
            conn.execute(
                "UPDATE review_cards SET card_json = ?, due = ?, streak = 0"
                " WHERE lemma = ? AND upos = ?",
                (outcome.card_json, _ts(outcome.due), *key),
            )
        elif (changed and reason == UNDO_REASON and status is not WordStatus.LEARNING
              and card is not None and review.last_review(card[0]) is None):
            conn.execute("DELETE FROM review_cards WHERE lemma = ? AND upos = ?", key)

    _UNSCHEDULED = (
        " FROM word_statuses s WHERE s.status = 'learning' AND NOT EXISTS"
        " (SELECT 1 FROM review_cards c WHERE c.lemma = s.lemma AND c.upos = s.upos)"
    )

    def _repair_after_open(self) -> None:
        """Words marked "learning" before a mark scheduled them have no card and never
        came up in review: each is scheduled, due from when it was marked."""
        super()._repair_after_open()
        if not self._read_one("SELECT EXISTS (SELECT 1" + self._UNSCHEDULED + ")"):
            return  # every open but the first after the upgrade: no write lock taken
        with self._write() as conn:  # read again: another instance may have done it
            for lemma, upos, marked in conn.execute(
                    "SELECT s.lemma, s.upos, s.updated_at" + self._UNSCHEDULED).fetchall():
                self._new_card_in(conn, (lemma, upos), _dt_required(marked))

    @staticmethod
    def _new_card_in(conn: sqlite3.Connection, key: WordKey, when: datetime) -> None:
        """A card due at ``when``, nothing learnt yet, inside the caller's transaction."""
        outcome = review.new_card(when)
        conn.execute(
            "INSERT INTO review_cards (lemma, upos, card_json, due, state) VALUES (?, ?, ?, ?, ?)",
            (*key, outcome.card_json, _ts(outcome.due), outcome.state),
        )

    def remove_from_review(self, lemma: str, upos: str = "") -> None:
        """Take a word's card out of the review queue (a save undone); its status and
        answers are left as they are."""
        with self._write() as conn:
            conn.execute("DELETE FROM review_cards WHERE lemma = ? AND upos = ?",
                         _key(lemma, upos))

    _IN_QUEUE = (
        " FROM review_cards c LEFT JOIN word_statuses s ON s.lemma = c.lemma AND s.upos = c.upos"
        # Known and ignored words have left the review queue, and so have unmarked ones
        # (`n` on the words screen): they stayed due, and the next answer marked them
        # "learning" again (QA walk-through). Their cards are kept for a mark or undo.
        " WHERE COALESCE(s.status, '') NOT IN ('known', 'ignored', 'new')"
    )
    _DUE_WHERE = _IN_QUEUE + " AND c.due <= ?"
    # What a review sitting asks: the words due, and the words at the first step of
    # (re)learning (answered wrong last, or saved and not asked yet) that come back
    # within `review.LEARN_AHEAD`. A right answer moves a learning card to its next
    # step (fsrs's card JSON: "step") or out of learning.
    _TO_REVIEW_WHERE = _IN_QUEUE + (
        " AND (c.due <= ? OR (c.due <= ? AND c.state IN ('learning', 'relearning')"
        " AND json_extract(c.card_json, '$.step') = 0))"
    )

    def cards_to_review(self, now: datetime, limit: int = 20) -> list[DueWord]:
        """What a review sitting at ``now`` asks: the words due, and those answered wrong
        that FSRS brings back within `review.LEARN_AHEAD` (a learning step of a minute
        or ten: without it each step was a review of one question). A word answered
        right waits for its step: a review started again at once asked the same words
        again (QA walk-through)."""
        return self._due_words(self._TO_REVIEW_WHERE, _to_review_times(now), limit)

    def count_to_review(self, now: datetime) -> int:
        """How many words `cards_to_review` would ask at ``now``."""
        rows = self._read("SELECT COUNT(*)" + self._TO_REVIEW_WHERE, _to_review_times(now))
        return int(rows[0][0])

    def due_cards(self, now: datetime | None = None, limit: int = 20) -> list[DueWord]:
        """Words due for review at ``now``, most overdue first."""
        return self._due_words(self._DUE_WHERE, (_ts(now or self._now()),), limit)

    def _due_words(self, where: str, times: tuple[str, ...], limit: int) -> list[DueWord]:
        due = {
            (row["lemma"], row["upos"]): _dt_required(row["due"])
            for row in self._read(
                "SELECT c.lemma, c.upos, c.due" + where + " ORDER BY c.due LIMIT ?",
                (*times, limit),
            )
        }
        # Each key's own row: a card is kept for a part of speech, met in a sentence of
        # its own.
        details = {(w.lemma, w.upos): w for w in self._word_rows()} if due else {}
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

    def next_due(self, after: datetime) -> datetime | None:
        """When the first word not yet due at ``after`` comes due; None if none waits."""
        rows = self._read("SELECT MIN(c.due)" + self._IN_QUEUE + " AND c.due > ?", (_ts(after),))
        return _dt(rows[0][0]) if rows else None

    def count_due(self, until: datetime) -> int:
        rows = self._read("SELECT COUNT(*)" + self._DUE_WHERE, (_ts(until),))
        return int(rows[0][0])


def _to_review_times(now: datetime) -> tuple[str, str]:
    """The parameters of `_TO_REVIEW_WHERE`: due by now, or within the learn-ahead."""
    return _ts(now), _ts(now + review.LEARN_AHEAD)
