"""A thin adapter over ``fsrs`` (py-fsrs 6): schedule a word from right/wrong answers.

The store keeps each word's card as the JSON ``fsrs.Card.to_json()`` writes, so the
scheduler's own format is what is saved; time is always passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from fsrs import Card, Rating, Scheduler, State

# Quiz answers are right or wrong, not four grades: a right answer is "Good"
# (recalled, perhaps after a hesitation), a wrong one "Again".
RIGHT = Rating.Good
WRONG = Rating.Again
# A word due again within this time (a learning step after a wrong answer: FSRS brings
# it back in minutes) is asked when the learner reviews now, as Anki's "learn ahead
# limit" does: otherwise each step was a review of one question, a minute apart.
LEARN_AHEAD = timedelta(minutes=20)


@dataclass(frozen=True)
class ReviewOutcome:
    """A word's card after one answer: the JSON to save, when it is due, its state."""

    card_json: str
    due: datetime
    state: str  # "learning" | "review" | "relearning"
    stability: float  # days; how long the memory is expected to last (FSRS)


@cache
def _scheduler() -> Scheduler:
    # No fuzzing: the same answers at the same times give the same schedule, so
    # tests and two machines that import the same learner file agree.
    return Scheduler(enable_fuzzing=False)


def _utc(now: datetime) -> datetime:
    # fsrs insists on timezone.utc; naive times are taken to be UTC already.
    if now.tzinfo is None:
        return now.replace(tzinfo=UTC)
    return now.astimezone(UTC)


def new_card(now: datetime) -> ReviewOutcome:
    """A card for a word just saved: due now, nothing learnt yet."""
    when = _utc(now)
    # An explicit card_id: fsrs otherwise reads the clock and sleeps 1 ms per card.
    card = Card(card_id=int(when.timestamp() * 1000), due=when)
    return _outcome(card)


def review_word(card_json: str | None, correct: bool, now: datetime) -> ReviewOutcome:
    """The card after one answer at ``now``; ``None`` starts a new card."""
    when = _utc(now)
    card = (
        Card.from_json(card_json)
        if card_json
        else Card(card_id=int(when.timestamp() * 1000), due=when)
    )
    card, _log = _scheduler().review_card(card, RIGHT if correct else WRONG, when)
    return _outcome(card)


def _outcome(card: Card) -> ReviewOutcome:
    return ReviewOutcome(
        card_json=card.to_json(),
        due=card.due,
        state=State(card.state).name.lower(),
        stability=float(card.stability or 0.0),
    )


def due_by(card_json: str, when: datetime) -> ReviewOutcome:
    """The card due at ``when`` at the latest, its memory (stability, difficulty, last
    review) as it was: the learner asked to see the word again."""
    card = Card.from_json(card_json)
    card.due = min(card.due, _utc(when))
    return _outcome(card)


def last_review(card_json: str) -> datetime | None:
    """When the card was last reviewed (None for a card never answered)."""
    return Card.from_json(card_json).last_review
