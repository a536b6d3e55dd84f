"""The learner store's everyday API: articles, words, settings, feeds."""

from __future__ import annotations

import string
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocab.models import Article, GlossaryEntry, Level, WordStatus
from vocab.store import Store, content_hash

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def article(title: str = "Bees Return", body: str = "Bees are back. They fly.") -> Article:
    return Article(
        title=title,
        body=body,
        paragraphs=((0, len(body)),),
        source="VOA",
        removed=("Read more",),
        glossary=(GlossaryEntry("hive", "hive", "n.", "a home for bees", source="article"),),
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> Iterator[Store]:
    with Store.open(":memory:", now=clock) as opened:
        yield opened


def test_an_article_round_trips_with_paragraphs_removed_text_and_glossary(store: Store) -> None:
    original = article()
    article_id = store.add_article(original, source_url="https://voa.test/bees")

    saved = store.get_article(article_id)

    assert saved is not None
    assert saved.article == original
    assert saved.source_url == "https://voa.test/bees"
    assert saved.content_hash == content_hash(original.body)
    assert saved.added_at == START
    assert store.get_article(article_id + 1) is None


def test_adding_the_same_text_or_url_updates_instead_of_duplicating(
    store: Store, clock: Clock
) -> None:
    first = store.add_article(article(), source_url="https://voa.test/bees")
    store.update_article_stats(first, Level.B1, 5, 0.9)

    assert store.add_article(article(title="Bees (again)")) == first
    saved = store.get_article(first)
    assert saved is not None and saved.article.title == "Bees (again)"
    assert saved.level == Level.B1  # same text: the cached stats still hold

    # Same URL, new text (the page was corrected): same article, stale stats cleared.
    fixed = article(body="Bees are back. They fly home.")
    assert store.add_article(fixed, source_url="https://voa.test/bees") == first
    saved = store.get_article(first)
    assert saved is not None and saved.article.body == fixed.body
    assert saved.level is None
    assert len(store.list_articles()) == 1
    assert store.find_article(source_url="https://voa.test/bees") == first
    assert store.find_article(body=fixed.body) == first


def test_list_filters_by_title_or_source_and_sorts_with_missing_values_last(
    store: Store, clock: Clock
) -> None:
    ids = {}
    for title, words, level in [("Cats", 3, "A2"), ("bats", 5, None), ("Ants 100%", 4, "C1")]:
        ids[title] = store.add_article(article(title, " ".join(["w"] * words)))
        if level:
            store.update_article_stats(ids[title], level, 2, 0.5)
        clock.advance(minutes=1)
    store.mark_read(ids["Cats"])

    assert [a.title for a in store.list_articles()] == ["Ants 100%", "bats", "Cats"]
    assert [a.title for a in store.list_articles(sort="words", descending=True)] == [
        "bats",
        "Ants 100%",
        "Cats",
    ]
    assert [a.title for a in store.list_articles(sort="level")] == ["Cats", "Ants 100%", "bats"]
    assert [a.title for a in store.list_articles(sort="level", descending=True)] == [
        "Ants 100%",
        "Cats",
        "bats",
    ]
    assert [a.title for a in store.list_articles(sort="last_read")][0] == "Cats"
    assert [a.title for a in store.list_articles(sort="added", descending=True)][0] == "Ants 100%"
    assert [a.title for a in store.list_articles("AT")] == ["bats", "Cats"]
    assert [a.title for a in store.list_articles("100%")] == ["Ants 100%"]
    assert [a.title for a in store.list_articles("voa")] == ["Ants 100%", "bats", "Cats"]
    assert store.list_articles("_") == []  # "_" means itself, not "any character"
    with pytest.raises(ValueError):
        store.list_articles(sort="colour")


def test_ids_list_in_the_listing_order_and_summaries_come_in_the_order_asked(
    store: Store,
) -> None:
    """What the library screen uses: every id in the order of the sort, then the lines of
    the few articles on screen; more ids than SQLite takes in one statement."""
    for n in range(2_000):
        store._conn.execute(  # bulk set-up; the API path is covered above
            "INSERT INTO articles (title, body, content_hash, added_at, article_json,"
            " word_count, level) VALUES (?, '', ?, ?, '{}', ?, ?)",
            (f"Story {n}", f"h{n}", START.isoformat(), n % 700, "ABC"[n % 3] + "1"),
        )
    for sort, descending, text in [("level", True, "story 99"), ("words", False, ""),
                                   ("title", True, "_")]:
        listed = store.list_articles(text, sort=sort, descending=descending)
        assert store.article_ids(text, sort=sort, descending=descending) == [
            a.id for a in listed]
    for article_id in range(1, 2_000, 7):
        store.update_article_stats(article_id, "B1", 3, article_id / 3)  # all 17 digits
    everything = store.list_articles(sort="words")
    ids = [a.id for a in everything]
    assert store.article_summaries(ids[::-1]) == everything[::-1]
    assert store.article_count() == len(ids) == 2_000
    store.delete_article(ids[5])
    assert store.article_summaries(ids[3:8]) == everything[3:5] + everything[6:8]
    assert store.article_count() == 1_999
    with pytest.raises(ValueError):
        store.article_ids(sort="colour")


def test_deleting_an_article_keeps_the_lookups_made_in_it(store: Store) -> None:
    article_id = store.add_article(article())
    store.record_lookup("flies", "fly", "VERB", article_id=article_id, sentence="They fly.")
    store.delete_article(article_id)

    assert store.list_articles() == []
    [row] = store.words()
    assert (row.lemma, row.sentence, row.article_id) == ("fly", "They fly.", None)


def test_mark_read_sets_last_read_and_logs_a_reading(store: Store, clock: Clock) -> None:
    article_id = store.add_article(article())
    clock.advance(hours=2)
    store.mark_read(article_id)

    saved = store.get_article(article_id)
    assert saved is not None and saved.last_read_at == START + timedelta(hours=2)
    [reading] = store.readings()
    assert (reading.article_id, reading.word_count) == (article_id, 5)


def test_analysis_cache_is_keyed_by_hash_and_engine_version(store: Store) -> None:
    store.save_analysis("abc", "1", '{"v": 1}')
    store.save_analysis("abc", "1", '{"v": 2}')

    assert store.cached_analysis("abc", "1") == '{"v": 2}'
    assert store.cached_analysis("abc", "2") is None


def test_status_changes_are_kept_with_history(store: Store, clock: Clock) -> None:
    store.set_status(
        "Bee",
        "NOUN",
        WordStatus.LEARNING,
        reason="clicked",
        word="bees",
        sentence="Bees are back.",
        definition="an insect",
    )
    clock.advance(days=1)
    store.set_status("bee", "NOUN", "known", word="bee", sentence="A bee.")
    store.set_status("bee", "NOUN", "known")  # no change: no history row

    assert store.statuses() == {("bee", "NOUN"): WordStatus.KNOWN}
    changes = [(c.old, c.new, c.reason) for c in store.status_changes()]
    assert changes == [("new", "learning", "clicked"), ("learning", "known", "")]
    [row] = store.words()
    # Where it was first met sticks; the definition is what the app last passed.
    assert (row.word, row.sentence, row.definition) == ("bees", "Bees are back.", "an insect")


def test_a_meaning_worked_out_later_is_kept_but_never_replaces_one(store: Store) -> None:
    store.set_status("bee", "NOUN", "learning", word="bees")
    store.keep_definition("Bee", "NOUN", "an insect that makes honey")
    store.keep_definition("bee", "NOUN", "a social gathering")  # one is kept already
    store.keep_definition("wasp", "NOUN", "an insect")  # no such word saved: nothing
    assert [(row.lemma, row.definition) for row in store.words()] == [
        ("bee", "an insect that makes honey")]


def test_a_meaning_chosen_in_an_article_is_kept_with_it_and_with_the_word(
        store: Store) -> None:
    """The learner picks the right meaning of a word in word details: kept for that
    article, and as the meaning of the word saved from it and of its look-ups there;
    a word saved from another article keeps its own; the choice goes with the article."""
    hive_story = store.add_article(article())
    other = store.add_article(article("Cells", "A cell divides. The bees fly."))
    store.record_lookup("flies", "fly", "VERB", article_id=hive_story, definition="run away")
    store.set_status("bee", "NOUN", "learning", word="bees", article_id=hive_story,
                     definition="a social gathering")
    store.set_status("cell", "NOUN", "learning", word="cell", article_id=other,
                     definition="a room in a prison")

    store.choose_sense(hive_story, "Bee", "NOUN", "bee.n.01", "an insect that makes honey")
    store.choose_sense(hive_story, "cell", "NOUN", "cell.n.02", "a small room in a hive")
    store.choose_sense(hive_story, "bee", "NOUN", "bee.n.01", "an insect that makes honey")
    store.choose_sense(hive_story, "fly", "VERB", "fly.v.01", "travel through the air")

    assert store.chosen_senses(hive_story) == {("bee", "NOUN"): "bee.n.01",
                                               ("cell", "NOUN"): "cell.n.02",
                                               ("fly", "VERB"): "fly.v.01"}
    assert store.chosen_senses(other) == {}
    assert {row.lemma: row.definition for row in store.words()} == {
        "bee": "an insect that makes honey", "cell": "a room in a prison",
        "fly": "travel through the air"}
    store.delete_article(hive_story)
    assert store.chosen_senses(hive_story) == {}


def test_words_marked_together_keep_where_they_were_met(store: Store) -> None:
    """"I know the rest" marked its words with no word form, sentence or story: Your
    words showed "relevant  adj.  known  —", with no story for Enter to open, and
    exports had nothing to show (QA walk-through)."""
    story = store.add_article(article("Bees", "Bees fly home to the hive."))
    store.set_statuses(
        [("fly", "VERB"), ("home", "")], "known", reason="I know the rest",
        met={("fly", "VERB"): ("fly", "Bees fly home to the hive.")}, article_id=story,
    )
    rows = {row.lemma: row for row in store.words()}
    assert (rows["fly"].word, rows["fly"].sentence, rows["fly"].article_id) == (
        "fly", "Bees fly home to the hive.", story)
    assert (rows["home"].sentence, rows["home"].article_id) == ("", None)  # none given


def test_i_know_the_rest_is_one_batch_that_can_be_undone(store: Store) -> None:
    store.set_status("bee", "NOUN", "learning")
    batch = store.set_statuses(
        [("bee", "NOUN"), ("fly", "VERB"), ("home", "")], "known", reason="know the rest"
    )
    assert store.statuses() == {
        ("bee", "NOUN"): WordStatus.KNOWN,
        ("fly", "VERB"): WordStatus.KNOWN,
        ("home", ""): WordStatus.KNOWN,
    }
    store.set_status("home", "", "ignored")  # changed since: keeps its newer status

    assert store.undo_batch(batch) == 2
    assert store.statuses() == {
        ("bee", "NOUN"): WordStatus.LEARNING,
        ("home", ""): WordStatus.IGNORED,
    }
    assert store.undo_batch(batch) == 0  # undoing twice does nothing


def test_profile_reads_level_and_statuses(store: Store) -> None:
    assert store.profile().level == Level.B1
    store.set_setting("level", "C1")
    store.set_status("bee", "", "known")

    profile = store.profile()
    assert profile.level == Level.C1
    assert profile.status_of("Bee", "NOUN") == WordStatus.KNOWN


def test_settings_hold_json_values(store: Store) -> None:
    assert store.get_setting("theme", "dark") == "dark"
    store.set_setting("theme", {"name": "light", "size": 2})
    assert store.get_setting("theme") == {"name": "light", "size": 2}


def test_words_lists_lookups_with_first_sentence_and_latest_definition(
    store: Store, clock: Clock
) -> None:
    store.record_lookup("flew", "fly", "VERB", sentence="It flew.", definition="move in air")
    clock.advance(minutes=5)
    store.record_lookup("flies", "fly", "VERB", sentence="It flies.", definition="travel")
    store.set_status("bee", "NOUN", "ignored")

    words = {row.lemma: row for row in store.words()}
    assert words["fly"].status == WordStatus.NEW
    assert (words["fly"].word, words["fly"].sentence) == ("flew", "It flew.")
    assert words["fly"].definition == "travel"
    assert [row.lemma for row in store.words(status="ignored")] == ["bee"]


def test_feeds_and_items(store: Store, clock: Clock) -> None:
    feed = store.add_feed("https://voa.test/rss", "VOA")
    assert store.add_feed("https://voa.test/rss") == feed
    items = [
        {"guid": "1", "url": "https://voa.test/1", "title": "One", "published": "2026-03-01"},
        {"guid": "2", "url": "https://voa.test/2", "title": "Two", "published": "2026-03-02"},
    ]
    assert store.upsert_feed_items(feed, items) == 2
    assert store.upsert_feed_items(feed, [{**items[0], "title": "One!"}]) == 0
    store.update_feed_state(feed, '"etag"', "Mon, 02 Mar 2026 09:00:00 GMT", clock())

    [saved_feed] = store.list_feeds()
    assert (saved_feed.title, saved_feed.etag, saved_feed.last_checked) == ("VOA", '"etag"', START)
    listed = store.list_feed_items(feed)
    assert [item.title for item in listed] == ["Two", "One!"]

    article_id = store.add_article(article())
    store.link_feed_item(listed[1].id, article_id)
    linked = store.list_feed_items()[1]
    assert (linked.article_id, linked.seen) == (article_id, True)

    store.remove_feed(feed)
    assert store.list_feeds() == [] and store.list_feed_items() == []
    assert store.get_article(article_id) is not None


def test_a_file_store_is_wal_with_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    with Store.open(tmp_path / "learner.sqlite3", now=Clock()) as store:
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert store.integrity_check() == []


def test_status_of_prefers_the_part_of_speech_mark_like_the_profile(store: Store) -> None:
    store.set_status("fly", "", "known")
    store.set_status("fly", "NOUN", "learning")

    for upos in ("NOUN", "VERB", ""):
        assert store.status_of("Fly", upos) == store.profile().status_of("Fly", upos)
    assert store.status_of("fly", "VERB") == WordStatus.KNOWN
    assert store.status_of("bee", "NOUN") == WordStatus.NEW


@settings(max_examples=60, deadline=None)
@given(
    titles=st.lists(st.text(alphabet=string.printable, min_size=1, max_size=12), max_size=6),
    typed=st.text(alphabet=string.printable, max_size=4),
)
def test_the_filter_is_a_plain_case_insensitive_substring_match(
    titles: list[str], typed: str
) -> None:
    """Whatever the learner types (%, _, \\, quotes) means itself."""
    with Store.open(":memory:", now=Clock()) as store:
        for n, title in enumerate(titles):
            store.add_article(Article(title, f"body {n}", ()))
        found = sorted(a.title for a in store.list_articles(typed))
    assert found == sorted(t for t in titles if typed.lower() in t.lower())


def test_times_asked_counts_a_words_answers_in_one_articles_quizzes(store: Store) -> None:
    from vocab.store import QuizAnswer

    bees = store.add_article(article())
    ants = store.add_article(article("Ants", "Ants work. They carry leaves."))
    for article_id, lemma, upos in [(bees, "hive", "NOUN"), (bees, "hive", "NOUN"),
                                    (bees, "swarm", "VERB"), (ants, "hive", "NOUN")]:
        store.record_answer(QuizAnswer("meaning", lemma, upos, lemma, "?", lemma, True,
                                       article_id))
    assert store.times_asked(bees) == {("hive", "NOUN"): 2, ("swarm", "VERB"): 1}
    assert store.times_asked(ants) == {("hive", "NOUN"): 1}


def test_a_word_marked_in_one_part_of_speech_counts_in_another_unless_marked_there(
        store: Store) -> None:
    """The tagger may read one word two ways ("salty soil" a noun in one sentence, an
    adjective in the next): a learner who marked it knows the word, and the reader,
    the quiz and the store agree on it (QA walk-through: a quiz's "learning" card went
    on beside the reader's "known" one). A mark of its own in that part of speech
    still wins."""
    store.set_status("salty", "ADJ", WordStatus.KNOWN)
    assert store.status_of("salty", "NOUN") is WordStatus.KNOWN
    assert store.profile().status_of("salty", "NOUN") is WordStatus.KNOWN
    store.set_status("salty", "NOUN", WordStatus.LEARNING)
    assert store.status_of("salty", "NOUN") is WordStatus.LEARNING
    assert store.profile().status_of("salty", "NOUN") is WordStatus.LEARNING
    assert store.status_of("salty", "ADJ") is WordStatus.KNOWN
    assert store.status_of("salt", "NOUN") is WordStatus.NEW


def test_a_word_the_level_test_saved_and_met_in_a_story_is_one_entry(
        store: Store, clock: Clock) -> None:
    """"early" was listed twice in Your words and the spreadsheet (QA walk-through):
    "known" from the level test, which asks words without a sentence and so saves
    them under no part of speech, and "adj. new" where the learner then looked it up.
    It is one entry, with the part of speech and the sentence it was met in, and the
    learner's latest mark."""
    store.set_statuses([("early", "")], WordStatus.KNOWN, reason="placement")
    clock.advance(minutes=5)
    store.record_lookup("early", "early", "ADJ", sentence="It was early morning.",
                        definition="at or near the beginning of a period of time")

    [entry] = store.words()
    assert (entry.lemma, entry.upos, entry.status) == ("early", "ADJ", WordStatus.KNOWN)
    assert entry.sentence == "It was early morning."
    assert entry.definition == "at or near the beginning of a period of time"
    assert set(entry.keys) == {("early", ""), ("early", "ADJ")}

    clock.advance(minutes=5)
    store.set_status("early", "ADJ", WordStatus.LEARNING, sentence="It was early morning.")
    [entry] = store.words()
    assert (entry.upos, entry.status) == ("ADJ", WordStatus.LEARNING)
    assert [row.lemma for row in store.words(status="learning")] == ["early"]
    assert store.words(status="known") == []
    # Words with no level-test mark keep an entry for each part of speech they have.
    store.set_status("fly", "NOUN", "known")
    store.set_status("fly", "VERB", "learning")
    assert [(row.lemma, row.upos) for row in store.words() if row.lemma == "fly"] == [
        ("fly", "NOUN"), ("fly", "VERB")]


def test_an_unmarked_word_leaves_the_review_queue_and_an_undo_brings_it_back(
    store: Store, clock: Clock
) -> None:
    """"puddle", saved and answered, then unmarked on the words screen (n): it stayed
    due, and the next review's answer marked it "learning" again (QA walk-through).
    Unmarked, it is out of the queue as a known or ignored word is; its card is kept,
    so the undo (or a new mark) brings it back with what it learnt."""
    from vocab.store import QuizAnswer

    store.add_to_review("puddle", "NOUN", word="puddle",
                        sentence="She sat down in a puddle after the race.")
    store.record_answer(QuizAnswer("meaning", "puddle", "NOUN", "puddle", "?", "puddle", True))
    later = clock.advance(days=30)
    assert ("puddle", "NOUN") in store.due_keys(later)
    batch = store.set_statuses([("puddle", "NOUN")], WordStatus.NEW, reason="words")
    assert store.cards_to_review(later) == [] and store.count_to_review(later) == 0
    assert store.due_keys(later) == set() and store.next_due(later) is None
    store.undo_batch(batch)
    assert [d.lemma for d in store.cards_to_review(later)] == ["puddle"]
