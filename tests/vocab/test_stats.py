"""Progress figures, computed from what the store recorded, in the learner's own days."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

from vocab.models import Article
from vocab.stats import format_table, learner_stats, streak
from vocab.store import QuizAnswer, Store

# The learner lives at UTC-5: 23:00 local on day 1 is already day 2 in UTC.
LOCAL = timezone(timedelta(hours=-5))
DAY1 = datetime(2026, 3, 2, 23, 0, tzinfo=LOCAL)


def day(n: int, hour: int = 12) -> datetime:
    return (DAY1 + timedelta(days=n - 1)).replace(hour=hour)


class Clock:
    def __init__(self) -> None:
        self.now = DAY1

    def __call__(self) -> datetime:
        return self.now


def quiz(lemma: str, correct: bool, item_type: str) -> QuizAnswer:
    return QuizAnswer(item_type, lemma, "NOUN", lemma, "?", "x", correct)


def build() -> tuple[Store, Clock]:
    clock = Clock()
    store = Store.open(":memory:", now=clock)
    article_id = store.add_article(Article("Bees", "Bees fly home at night.", ((0, 23),)))
    store.mark_read(article_id)  # day 1, 23:00 local
    store.record_lookup("bees", "bee", "NOUN")
    store.set_status("bee", "NOUN", "known")
    store.set_status("bee", "VERB", "known")  # same lemma: one word
    clock.now = day(2)
    store.record_answer(quiz("fly", True, "meaning"))
    store.record_answer(quiz("fly", False, "cloze"))
    store.record_answer(quiz("home", True, "meaning"))
    store.set_status("night", "NOUN", "known")
    clock.now = day(4)
    store.mark_read(article_id)
    store.set_status("night", "NOUN", "learning")
    clock.now = day(5, hour=8)
    store.mark_read(article_id)
    return store, clock


def test_learner_stats_from_a_week_of_use() -> None:
    store, clock = build()
    stats = learner_stats(store, clock.now)

    assert stats.today == "2026-03-06"
    assert stats.words_known == 1  # bee (noun and verb); night went back to learning
    assert stats.words_learning == 3  # fly, home (quizzed), night
    assert stats.known_over_time == (("2026-03-02", 1), ("2026-03-03", 2), ("2026-03-05", 1))
    assert stats.new_words_per_day == {"2026-03-02": 1, "2026-03-03": 3}  # bee counts once
    assert stats.articles_read == 1 and stats.words_read == 15
    assert stats.streak_days == 2  # days 4 and 5; day 3 was a gap
    assert stats.answers == 3
    assert [(a.item_type, a.correct, a.total) for a in stats.accuracy] == [
        ("cloze", 0, 1),
        ("meaning", 2, 2),
    ]
    assert stats.activity == {"2026-03-02": 2, "2026-03-03": 3, "2026-03-05": 1, "2026-03-06": 1}
    # Both quizzed words were due minutes later (learning steps), so overdue now; and
    # "night", marked learning again on day 4, has been due since (it had no card).
    assert stats.reviews_due_today == 3 and stats.reviews_due_now == 3
    assert stats.reviews_due_this_week == 3
    store.add_to_review("hive", "NOUN", clock.now + timedelta(days=3))  # due in 3 days
    later = learner_stats(store, clock.now)
    assert (later.reviews_due_today, later.reviews_due_this_week) == (3, 4)
    # Answered right, a word comes back minutes later (its next learning step): due
    # today, not now (QA walk-through: "due today" did not go down after a review).
    # A review asks now what is due now, and the words answered wrong that come back
    # within minutes, as "due now" counts.
    store.add_to_review("wasp", "NOUN", clock.now)
    store.record_answer(quiz("wasp", True, "meaning"))
    after = learner_stats(store, clock.now)
    assert (after.reviews_due_today, after.reviews_due_now) == (4, 3)
    assert after.reviews_due_now == len(store.cards_to_review(clock.now))
    store.add_to_review("moth", "NOUN", clock.now)
    store.record_answer(quiz("moth", False, "meaning"))  # back in a minute: asked now
    assert learner_stats(store, clock.now).reviews_due_now == 4 == len(
        store.cards_to_review(clock.now))
    store.close()


def test_an_article_opened_again_the_same_day_is_not_read_again() -> None:
    """Words read went up by the whole article each time it was opened (a QA run:
    10,106 -> 10,348 -> 10,590 for a garden story opened for two seconds)."""
    store, clock = build()
    [article] = store.list_articles()
    store.mark_read(article.id)
    clock.now = day(5, hour=20)
    store.mark_read(article.id)
    stats = learner_stats(store, clock.now)
    assert stats.words_read == 15  # read on three days, five words each
    clock.now = day(6)
    store.mark_read(article.id)
    assert learner_stats(store, clock.now).words_read == 20
    store.close()


def test_a_reading_counts_the_words_the_app_saw_read() -> None:
    """The app logs a reading with the words shown so far and raises them as the
    learner reads on; a second reading the same day that read fewer does not lower the
    day's count (the furthest counts, once)."""
    store, clock = build()
    [article] = store.list_articles()
    clock.now = day(6)
    before = learner_stats(store, clock.now).words_read
    store.mark_read(article.id, words=0)
    assert learner_stats(store, clock.now).words_read == before
    store.set_words_read(article.id, 3)
    store.mark_read(article.id, words=1)
    assert learner_stats(store, clock.now).words_read == before + 3
    store.set_words_read(article.id, 50)  # never more than the article has
    assert learner_stats(store, clock.now).words_read == before + 5
    store.close()


def test_a_lemma_met_as_two_parts_of_speech_is_one_new_word_on_its_first_day() -> None:
    store, clock = build()
    clock.now = day(5, hour=9)
    store.record_lookup("flies", "fly", "VERB")  # fly again, now as a verb
    store.set_status("night", "VERB", "known")
    stats = learner_stats(store, clock.now)
    assert stats.new_words_per_day == {"2026-03-02": 1, "2026-03-03": 3}
    assert sum(stats.new_words_per_day.values()) == 4  # bee, fly, home, night
    store.close()


def test_a_word_of_grammar_looked_up_is_no_new_word() -> None:
    store, clock = build()
    before = learner_stats(store, clock.now)
    clock.now = day(5, hour=9)
    store.record_lookup("the", "the", "DET")
    store.record_lookup("We", "we", "PRON")
    assert learner_stats(store, clock.now).new_words_per_day == before.new_words_per_day
    store.close()


def test_names_count_in_no_word_figure() -> None:
    store, clock = build()
    before = learner_stats(store, clock.now)
    clock.now = day(5, hour=9)
    store.record_lookup("Obama", "obama", "PROPN")
    store.set_status("obama", "PROPN", "known")
    store.set_status("paris", "PROPN", "learning")
    after = learner_stats(store, clock.now)
    assert after.words_known == before.words_known
    assert after.words_learning == before.words_learning
    assert after.new_words_per_day == before.new_words_per_day
    assert after.known_over_time[-1][1] == before.known_over_time[-1][1]
    store.close()


def test_to_json_and_table_carry_the_same_figures() -> None:
    store, clock = build()
    stats = learner_stats(store, clock.now)
    data = json.loads(stats.to_json())

    assert data["words_known"] == 1 and data["streak_days"] == 2
    assert data["accuracy"][1] == {"item_type": "meaning", "correct": 2, "total": 2, "share": 1.0}
    table = format_table(stats)
    assert "Words known            1" in table
    assert "Accuracy: cloze        0% (0/1)" in table
    store.close()


def test_a_streak_survives_until_a_whole_day_is_missed() -> None:
    today = date(2026, 3, 6)
    active = {today - timedelta(days=n) for n in (1, 2, 3)}
    assert streak(active, today) == 3  # not yet read today: still a 3-day streak
    assert streak(active | {today}, today) == 4
    assert streak({today - timedelta(days=2)}, today) == 0


def test_an_empty_store_has_zero_everywhere() -> None:
    with Store.open(":memory:") as store:
        stats = learner_stats(store, DAY1)
    assert (stats.words_known, stats.streak_days, stats.reviews_due_today) == (0, 0, 0)
    assert stats.activity == {} and stats.accuracy == ()


def test_words_the_level_test_marked_are_not_new_words_met() -> None:
    """"New words met per day: today 45", 40 of them the words the level test marked
    known (QA walk-through): the learner met none of them in a story."""
    from vocab.models import Level
    from vocab.placement import PlacementResult, apply

    with Store.open(":memory:") as store:
        apply(store, PlacementResult(2000, Level.A2, ("house", "water", "river"), 0.0))
        store.record_lookup("bees", "bee", "NOUN")
        stats = learner_stats(store, DAY1)
    assert sum(stats.new_words_per_day.values()) == 1
    assert stats.words_known == 3
