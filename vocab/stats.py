"""A learner's progress in figures, computed from the store's query methods.

Days are the learner's days: every timestamp is read in the time zone of ``now``,
so a lesson at 23:30 counts for that evening, not for tomorrow in UTC.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from vocab.closed_class import CLOSED_CLASS
from vocab.models import WordKey, WordStatus
from vocab.placement import MARKED_BY_LEVEL_TEST
from vocab.store import Reading, Store

NAME_UPOS = "PROPN"


@dataclass(frozen=True)
class Accuracy:
    """Right answers out of all answers, for one kind of quiz item."""

    item_type: str
    correct: int
    total: int

    @property
    def share(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class LearnerStats:
    """What ``reader stats`` prints and the progress screen draws.

    Word counts count distinct lemmas (a word known as a noun and as a verb is one
    word, met first on the earlier of its two days); names (proper nouns the learner
    marked or looked up) are not words learnt and are left out of every word count.
    """

    today: str
    words_known: int
    words_learning: int
    reviews_due_today: int
    reviews_due_now: int  # of today's: those a review would ask now, not minutes later
    reviews_due_this_week: int
    articles_read: int
    words_read: int
    streak_days: int
    answers: int
    accuracy: tuple[Accuracy, ...] = ()
    known_over_time: tuple[tuple[str, int], ...] = ()  # (day, words known at its end)
    new_words_per_day: dict[str, int] = field(default_factory=dict)
    activity: dict[str, int] = field(default_factory=dict)  # day -> reads+answers+lookups

    def to_json(self) -> str:
        data = asdict(self)
        data["accuracy"] = [
            {**asdict(item), "share": round(item.share, 4)} for item in self.accuracy
        ]
        data["known_over_time"] = [list(pair) for pair in self.known_over_time]
        return json.dumps(data, indent=2, ensure_ascii=False)


def _day(when: datetime, zone: tzinfo | None) -> date:
    return when.astimezone(zone).date()


def _is_word(key: WordKey) -> bool:
    """A word counts unless it was marked or looked up as a name."""
    return key[1] != NAME_UPOS


def _lemmas(statuses: Mapping[WordKey, WordStatus], status: WordStatus) -> set[str]:
    return {key[0] for key, value in statuses.items() if value == status and _is_word(key)}


def words_with_status(statuses: Mapping[WordKey, WordStatus], status: WordStatus) -> int:
    """How many words have ``status``, a word counted once whatever parts of speech it
    was marked in ("nurse n." and "nurse v." learning are one word learning): the
    figure `reader stats`, Progress and Your words give (Your words said 64 learning
    where the others said 63: QA walk-through)."""
    return len(_lemmas(statuses, status))


def first_met_by_lemma(store: Store) -> dict[str, datetime]:
    """When each lemma was first met, whatever part of speech it was met as; the
    words of grammar ("the", "we") are no new words, even looked up (a learner who
    opened every word's details met 307 "new words" in a day; QA walk-through), nor
    are the words the level test marked known (40 of a day's 45, QA walk-through)."""
    first: dict[str, datetime] = {}
    for key, at in store.first_met(not_by=MARKED_BY_LEVEL_TEST).items():
        if _is_word(key) and key[0].lower() not in CLOSED_CLASS \
                and (key[0] not in first or at < first[key[0]]):
            first[key[0]] = at
    return first


def known_over_time(store: Store, zone: tzinfo | None) -> tuple[tuple[str, int], ...]:
    """Distinct lemmas known at the end of each day on which a status changed."""
    current: dict[WordKey, WordStatus] = {}
    by_day: dict[date, int] = {}
    for change in store.status_changes():
        current[(change.lemma, change.upos)] = change.new
        by_day[_day(change.at, zone)] = len(_lemmas(current, WordStatus.KNOWN))
    return tuple((day.isoformat(), count) for day, count in sorted(by_day.items()))


def words_read(readings: list[Reading], zone: tzinfo | None) -> int:
    """The words of the articles read, each article once a day: opening it again the
    same day (back from a quiz, from the library) is not reading it again; the reading
    that went furthest counts (the app counts the words a reading showed)."""
    # A deleted article's readings have no id left: each counts on its own.
    per_day: Counter[tuple[int, date]] = Counter()
    for row, r in enumerate(readings, start=1):
        key = (r.article_id if r.article_id is not None else -row, _day(r.at, zone))
        per_day[key] = max(per_day[key], r.word_count)
    return sum(per_day.values())


def streak(active_days: set[date], today: date) -> int:
    """Consecutive active days up to today; a streak not yet extended today still counts
    (it is only broken once a whole day passes without reading or answering)."""
    day = today if today in active_days else today - timedelta(days=1)
    count = 0
    while day in active_days:
        count += 1
        day -= timedelta(days=1)
    return count


def learner_stats(store: Store, now: datetime) -> LearnerStats:
    zone = now.tzinfo
    today = now.date()
    end_of_today = datetime.combine(today, time.max, tzinfo=zone)

    readings = store.readings()
    answers = store.answers()
    lookups = store.lookup_times()

    activity: Counter[date] = Counter()
    activity.update(_day(r.at, zone) for r in readings)
    activity.update(_day(a.at, zone) for a in answers)
    activity.update(_day(at, zone) for at in lookups)
    studied = {_day(r.at, zone) for r in readings} | {_day(a.at, zone) for a in answers}

    totals: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for row in answers:
        totals[row.answer.item_type] += 1
        right[row.answer.item_type] += int(row.answer.correct)

    statuses = store.statuses()
    new_per_day = Counter(_day(at, zone) for at in first_met_by_lemma(store).values())
    return LearnerStats(
        today=today.isoformat(),
        words_known=words_with_status(statuses, WordStatus.KNOWN),
        words_learning=words_with_status(statuses, WordStatus.LEARNING),
        reviews_due_today=store.count_due(end_of_today),
        reviews_due_now=store.count_to_review(now),
        reviews_due_this_week=store.count_due(end_of_today + timedelta(days=6)),
        articles_read=len({r.article_id for r in readings if r.article_id is not None}),
        words_read=words_read(readings, zone),
        streak_days=streak(studied, today),
        answers=len(answers),
        accuracy=tuple(Accuracy(kind, right[kind], totals[kind]) for kind in sorted(totals)),
        known_over_time=known_over_time(store, zone),
        new_words_per_day={d.isoformat(): n for d, n in sorted(new_per_day.items())},
        activity={d.isoformat(): n for d, n in sorted(activity.items())},
    )


def format_table(stats: LearnerStats, type_names: Mapping[str, str] | None = None) -> str:
    """The figures as a plain two-column table for the terminal; ``type_names`` are
    the learner's names of the kinds of question ("cloze": "Fill the gap"), as the app
    shows them (the item types otherwise)."""
    names = type_names or {}
    rows = [
        ("Words known", str(stats.words_known)),
        ("Words learning", str(stats.words_learning)),
        ("Reviews due today", str(stats.reviews_due_today)),
        ("  of them due now", str(stats.reviews_due_now)),
        ("Reviews due this week", str(stats.reviews_due_this_week)),
        ("Articles read", str(stats.articles_read)),
        ("Words read", str(stats.words_read)),
        ("Reading streak (days)", str(stats.streak_days)),
        ("Quiz answers", str(stats.answers)),
    ]
    rows += [
        (f"Accuracy: {names.get(item.item_type, item.item_type)}",
         f"{item.share:.0%} ({item.correct}/{item.total})")
        for item in stats.accuracy
    ]
    recent = sorted(stats.new_words_per_day.items())[-7:]
    rows += [(f"New words {day}", str(count)) for day, count in recent]
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label:<{width}}  {value}" for label, value in rows)
