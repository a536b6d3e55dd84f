"""Reviews: the fsrs adapter, and how quiz answers move a word through its statuses."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from vocab.models import WordStatus
from vocab.review import new_card, review_word
from vocab.store import KNOWN_STABILITY_DAYS, QuizAnswer, Store

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:", now=lambda: START) as opened:
        yield opened


def answer(lemma: str = "hive", correct: bool = True, item_type: str = "meaning") -> QuizAnswer:
    return QuizAnswer(
        item_type=item_type,
        lemma=lemma,
        upos="NOUN",
        word=lemma + "s",
        prompt=f"What is a {lemma}?",
        given="a home for bees",
        correct=correct,
    )


def test_a_new_card_is_due_at_once_and_a_right_answer_pushes_it_later() -> None:
    card = new_card(START)
    assert card.due == START and card.state == "learning"

    first = review_word(card.card_json, True, START)
    assert first.due > START
    later = review_word(first.card_json, True, first.due)
    assert later.state == "review" and later.due - first.due >= timedelta(days=1)


def test_a_wrong_answer_brings_the_card_back_soon() -> None:
    right = review_word(None, True, START)
    right = review_word(right.card_json, True, right.due)
    wrong = review_word(right.card_json, False, right.due)

    assert wrong.due - right.due < timedelta(hours=1)
    assert wrong.state == "relearning"


def test_the_schedule_is_repeatable() -> None:
    assert review_word(None, True, START) == review_word(None, True, START)


def test_saving_a_word_schedules_it_now(store: Store) -> None:
    store.add_to_review(
        "Hive",
        "NOUN",
        START,
        word="hives",
        sentence="Bees build hives.",
        definition="a home for bees",
    )

    [due] = store.due_cards(START, limit=10)
    assert (due.lemma, due.word, due.sentence, due.definition) == (
        "hive",
        "hives",
        "Bees build hives.",
        "a home for bees",
    )
    assert store.due_keys(START) == {("hive", "NOUN")}
    assert store.due_keys(START - timedelta(seconds=1)) == set()
    assert store.statuses() == {("hive", "NOUN"): WordStatus.LEARNING}


def test_an_answer_is_saved_with_its_card_and_a_wrong_one_means_learning(store: Store) -> None:
    store.set_status("hive", "NOUN", "known")
    store.record_answer(answer(correct=False), now=START)

    [saved] = store.answers()
    assert saved.answer == answer(correct=False)
    assert store.statuses() == {("hive", "NOUN"): WordStatus.LEARNING}
    [change] = [c for c in store.status_changes() if c.reason.startswith("quiz")]
    assert (change.old, change.new, change.reason) == ("known", "learning", "quiz:meaning")
    assert store.due_keys(START + timedelta(hours=1)) == {("hive", "NOUN")}


def test_a_word_met_first_in_a_quiz_keeps_the_sentence_and_meaning_asked(
        store: Store) -> None:
    """"said principal Diane Morales": saved from the reader as a noun, then asked as
    the adjective the tagger read there, the word was listed twice, once with no
    sentence or meaning (in Your words, the CSV and Anki exports; QA walk-through).
    An answer keeps the word's sentence and meaning with it; a kept meaning stays."""
    sentence = "Cows graze near the hives."
    store.record_answer(answer(), sentence=sentence, definition="a home for bees")
    store.record_answer(answer(correct=False), sentence="Another sentence.",
                        definition="a crowded place")
    [row] = store.words()
    assert (row.lemma, row.status) == ("hive", WordStatus.LEARNING)
    assert (row.word, row.sentence, row.definition) == ("hives", sentence, "a home for bees")


def test_known_after_three_spaced_right_answers_with_stable_memory(store: Store) -> None:
    """Answer at every due time: same-day repeats do not count, spaced ones do."""
    when = START
    history = []
    for _ in range(12):
        store.record_answer(answer(), now=when)
        status = store.statuses()[("hive", "NOUN")]
        history.append(status)
        if status == WordStatus.KNOWN:
            break
        [due] = store.due_cards(when + timedelta(days=400), limit=1)
        when = max(due.due, when)

    assert history[-1] == WordStatus.KNOWN
    assert history[:-1] == [WordStatus.LEARNING] * (len(history) - 1)
    # 2 same-day answers (learning steps), then 3 spaced ones.
    assert len(history) == 5
    assert when - START > timedelta(days=KNOWN_STABILITY_DAYS)
    # A known word leaves the review queue.
    assert store.due_keys(when + timedelta(days=3650)) == set()


def test_a_wrong_answer_restarts_the_run_towards_known(store: Store) -> None:
    when = START
    statuses = []
    for correct in (True, True, True, True, False, True, True):
        store.record_answer(answer(correct=correct), now=when)
        statuses.append(store.statuses()[("hive", "NOUN")])
        when += timedelta(days=30)  # long gaps: stability grows fast
    # Known after the first answer and three spaced ones; a slip sends it back, and
    # two right answers since are not yet three.
    assert statuses[3:5] == [WordStatus.KNOWN, WordStatus.LEARNING]
    assert statuses[-1] == WordStatus.LEARNING
    store.record_answer(answer(), now=when)
    assert store.statuses()[("hive", "NOUN")] == WordStatus.KNOWN


def test_due_cards_are_most_overdue_first_and_limited(store: Store) -> None:
    for n, lemma in enumerate(["c", "a", "b"]):
        store.add_to_review(lemma, "", START + timedelta(minutes=n))
    assert [d.lemma for d in store.due_cards(START + timedelta(hours=1), limit=2)] == ["c", "a"]
    store.set_status("c", "", "ignored")
    assert [d.lemma for d in store.due_cards(START + timedelta(hours=1), limit=5)] == ["a", "b"]
    assert store.count_due(START + timedelta(minutes=1)) == 1


def test_a_review_started_again_at_once_asks_only_the_words_answered_wrong(
    store: Store,
) -> None:
    """A review asks the words due and, ahead of time, those answered wrong that come
    back within minutes (their learning step). A word answered right waits for its
    step: a learner who finished a review and started another at once was asked the
    same words again, while "due now" said 0 (QA walk-through)."""
    for lemma in ("hive", "bee", "wasp"):
        store.add_to_review(lemma, "NOUN", START, word=lemma)
    store.record_answer(answer("hive", correct=True), now=START)
    store.record_answer(answer("bee", correct=False), now=START)
    soon = START + timedelta(seconds=30)

    asked = {card.lemma for card in store.cards_to_review(soon)}
    assert asked == {"bee", "wasp"}  # wasp is due; bee's step is a minute away
    assert store.count_to_review(soon) == 2
    later = START + timedelta(minutes=11)
    assert "hive" in {card.lemma for card in store.cards_to_review(later)}  # its step came


def test_a_word_marked_learning_comes_up_in_review(store: Store) -> None:
    """A word marked "learning" (`l` in word details or Your words) never came up in
    review: only "Review later" and quiz answers made a card, so `reader stats` said
    "Words learning 7" and "Reviews due this week 3" (QA walk-through). Marking a word
    learning schedules it, as "Review later" does; known and ignored words get none."""
    store.set_status("hive", "NOUN", WordStatus.LEARNING, word="hives")
    store.set_statuses([("wasp", "NOUN"), ("bee", "")], WordStatus.LEARNING, reason="words")
    store.set_status("swarm", "NOUN", WordStatus.KNOWN)
    store.set_status("drone", "NOUN", WordStatus.IGNORED)

    asked = {(card.lemma, card.upos) for card in store.cards_to_review(START)}
    assert asked == {("hive", "NOUN"), ("wasp", "NOUN"), ("bee", "")}
    assert store.count_due(START) == 3
    # A word already scheduled keeps its card: its answers are not forgotten.
    store.record_answer(answer("hive", correct=True), now=START)
    store.set_status("hive", "NOUN", WordStatus.LEARNING)
    assert "hive" not in {card.lemma for card in store.cards_to_review(START)}


def test_undoing_a_learning_mark_takes_the_word_out_of_review(store: Store) -> None:
    """The card the mark made goes with it: a word set back to new stays out of review."""
    store.set_status("hive", "NOUN", WordStatus.LEARNING)
    store.set_status("hive", "NOUN", WordStatus.NEW, reason="undo")
    batch = store.set_statuses([("wasp", "NOUN")], WordStatus.LEARNING, reason="words")
    store.undo_batch(batch)

    assert store.cards_to_review(START) == []


def test_learning_words_a_store_kept_without_a_card_are_scheduled_when_it_opens(
        tmp_path: Path) -> None:
    """Before words marked "learning" were scheduled, `l` left them without a card: a
    learner's existing store keeps such words, which never came up in review. Opening
    the store schedules them, due from when they were marked; other words stay as they
    were."""
    path = tmp_path / "learner.sqlite3"
    with Store.open(path, now=lambda: START) as store:
        store.set_status("hive", "NOUN", WordStatus.LEARNING)
        store.set_status("swarm", "NOUN", WordStatus.KNOWN)
        store.record_answer(answer("wasp", correct=False), now=START)
    with sqlite3.connect(path) as conn:  # as a store written before the fix left it
        conn.execute("DELETE FROM review_cards WHERE lemma = 'hive'")
    conn.close()

    later = START + timedelta(days=3)
    with Store.open(path, now=lambda: later) as store:
        due = {(card.lemma, card.upos): card for card in store.cards_to_review(later)}
        assert set(due) == {("hive", "NOUN"), ("wasp", "NOUN")}
        assert due[("hive", "NOUN")].due == START  # due from when it was marked
    with Store.open(path, now=lambda: later) as store:  # once: the card is kept
        assert store.count_due(later) == 2


def test_a_known_word_marked_learning_again_comes_back_now_and_must_earn_known_again(
        store: Store) -> None:
    """A word the quiz made known keeps its card, due months later. The learner who
    finds they have forgotten it and marks it "learning" (`l` in Your words) saw it
    as learning in the reader, but review did not ask it until that far date (QA
    walk-through: "pier" due 4 months after `l`). A hand mark to learning brings it
    due now, and the next right answer alone does not make it known again."""
    when = START
    for _ in range(12):  # answered right at every due time until known
        store.record_answer(answer(), now=when)
        if store.statuses()[("hive", "NOUN")] is WordStatus.KNOWN:
            break
        [card] = store.due_cards(when + timedelta(days=400), limit=1)
        when = max(card.due, when)
    assert store.statuses()[("hive", "NOUN")] is WordStatus.KNOWN
    later = when + timedelta(days=2)
    assert store.cards_to_review(later) == []  # known: out of the queue, due far ahead

    store.set_status("hive", "NOUN", WordStatus.LEARNING, reason="words", word="hives")
    assert [card.lemma for card in store.cards_to_review(later)] == ["hive"]
    store.record_answer(answer(), now=later)
    assert store.statuses()[("hive", "NOUN")] is WordStatus.LEARNING


def test_review_later_on_a_known_word_asks_it_now(store: Store) -> None:
    """`r` (Review later) on a word that was known, with a card from its answers,
    asks it in the next review, not at the card's old due date."""
    for days in (0, 1, 8, 40, 120):
        store.record_answer(answer(), now=START + timedelta(days=days))
    store.set_status("hive", "NOUN", WordStatus.KNOWN, reason="reader")
    later = START + timedelta(days=121)
    store.add_to_review("hive", "NOUN", later, word="hives")
    assert [card.lemma for card in store.cards_to_review(later)] == ["hive"]


def test_an_undone_known_mark_keeps_the_words_schedule(store: Store) -> None:
    """`k` then `u` on a word being learnt puts it back as it was: its card keeps its
    due time (an undo is not a hand mark to learning)."""
    store.record_answer(answer(), now=START)
    store.record_answer(answer(), now=START + timedelta(minutes=11))
    [before] = store.due_cards(START + timedelta(days=400), limit=1)
    store.set_status("hive", "NOUN", WordStatus.KNOWN, reason="reader")
    store.set_status("hive", "NOUN", WordStatus.LEARNING, reason="undo")
    [after] = store.due_cards(START + timedelta(days=400), limit=1)
    assert after.due == before.due > START + timedelta(days=1)


def test_each_words_last_way_asked_is_the_type_of_its_newest_answer(store: Store) -> None:
    """What a review reads to ask a word another way than the sitting before."""
    store.record_answer(answer("hive", item_type="cloze"), now=START)
    store.record_answer(answer("hive", item_type="spelling"), now=START + timedelta(minutes=1))
    store.record_answer(answer("bee", item_type="matching"), now=START)
    assert store.last_ways_asked() == {("hive", "NOUN"): "spelling", ("bee", "NOUN"): "matching"}
