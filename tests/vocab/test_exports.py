"""Exports: a real Anki package with stable ids, CSV, and the lossless learner file."""

from __future__ import annotations

import csv
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import genanki
import pytest

from vocab.engine import Engine
from vocab.exports import (
    CLOZE_MODEL_ID,
    WORD_MODEL_ID,
    LearnerFileError,
    deck_id,
    export_anki,
    export_csv,
    export_learner,
    import_learner,
    mark_word,
)
from vocab.models import Article, GlossaryEntry
from vocab.store import QuizAnswer, Store

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "learner.sqlite3", now=lambda: NOW) as opened:
        fill(opened)
        yield opened


def fill(store: Store) -> None:
    """A learner with a bit of everything the learner file must carry."""
    article = Article(
        "Bees",
        "Bees build hives in hollow trees. A <hive> is home.",
        ((0, 51),),
        glossary=(GlossaryEntry("hive", "hive", "n.", "a home for bees"),),
    )
    article_id = store.add_article(article, source_url="https://voa.test/bees", fetched_at=NOW)
    store.mark_read(article_id)
    store.update_article_stats(article_id, "B1", 1, 0.8)
    store.add_to_review(
        "hive",
        "NOUN",
        NOW,
        word="hives",
        sentence="Bees build hives in hollow trees.",
        article_id=article_id,
        definition="a home for bees",
    )
    store.add_to_review(
        "build", "VERB", NOW, word="built", sentence="They <b>built</b> it in one afternoon.",
        definition="to make",
    )
    store.add_to_review("swarm", "NOUN", NOW, sentence="", definition="many bees")
    store.set_status("bee", "NOUN", "known", reason="clicked")
    batch = store.set_statuses([("fly", "VERB"), ("home", "NOUN")], "known", "rest")
    store.undo_batch(batch)
    store.record_lookup(
        "hives", "hive", "NOUN", article_id=article_id, sentence="Bees build hives in hollow trees."
    )
    store.record_answer(
        QuizAnswer("meaning", "hive", "NOUN", "hives", "?", "home", True, article_id),
        now=NOW + timedelta(minutes=1),
    )
    store.set_setting("level", "B2")
    store.set_setting("theme", {"dark": True})
    feed = store.add_feed("https://voa.test/rss", "VOA")
    store.upsert_feed_items(feed, [{"guid": "g1", "title": "Bees", "url": "https://voa.test/b"}])
    store.link_feed_item(store.list_feed_items()[0].id, article_id)
    store.save_analysis("hash", "1", "{}")


def anki_notes(path: Path, tmp_path: Path) -> list[tuple[str, int, list[str]]]:
    with zipfile.ZipFile(path) as package:
        assert "collection.anki2" in package.namelist()
        package.extract("collection.anki2", tmp_path / "unzipped")
    conn = sqlite3.connect(tmp_path / "unzipped" / "collection.anki2")
    rows = conn.execute("SELECT guid, mid, flds FROM notes ORDER BY id").fetchall()
    conn.close()
    return [(guid, mid, flds.split("\x1f")) for guid, mid, flds in rows]


def test_anki_package_has_word_and_cloze_notes_with_the_right_fields(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "words.apkg"
    assert export_anki(store, path, now=NOW) == 3

    notes = anki_notes(path, tmp_path)
    words = {fields[0]: (guid, fields) for guid, mid, fields in notes if mid == WORD_MODEL_ID}
    clozes = [fields for _, mid, fields in notes if mid == CLOZE_MODEL_ID]
    # The card names the word as a dictionary does; the sentence shows the form used
    # (a teacher's cards said "mortgages", "Inflation"; QA walk-through).
    assert set(words) == {"hive", "build", "swarm"}
    guid, fields = words["hive"]
    assert fields == ["hive", "noun", "a home for bees",
                      "Bees build <b>hives</b> in hollow trees."]
    assert guid == genanki.guid_for("hive", "NOUN")
    # Sentence text is escaped, so markup in an article cannot break the card.
    assert words["build"][1][3] == "They &lt;b&gt;<b>built</b>&lt;/b&gt; it in one afternoon."
    assert sorted(c[0] for c in clozes) == [
        "Bees build {{c1::hives}} in hollow trees.",
        "They &lt;b&gt;{{c1::built}}&lt;/b&gt; it in one afternoon.",
    ]  # no sentence for "swarm": no cloze


def test_a_word_without_a_definition_gets_only_its_cloze_card(
    store: Store, tmp_path: Path
) -> None:
    """QA walk-through: "chatbot" (no dictionary definition) became a card whose back
    was empty. Its sentence still makes a cloze; with neither, it is left out."""
    store.add_to_review("chatbot", "NOUN", NOW, word="chatbots",
                        sentence="Many students now use chatbots for homework.", definition="")
    store.add_to_review("vlog", "NOUN", NOW, word="vlog", sentence="", definition="")
    path = tmp_path / "words.apkg"
    assert export_anki(store, path, now=NOW) == 4  # hives, built, swarm, chatbots
    notes = anki_notes(path, tmp_path)
    assert not [f for _, mid, f in notes
                if mid == WORD_MODEL_ID and f[0] in {"chatbot", "chatbots", "vlog"}]
    assert "Many students now use {{c1::chatbots}} for homework." in {
        f[0] for _, mid, f in notes if mid == CLOZE_MODEL_ID}


def test_words_with_nothing_to_put_on_a_card_write_no_deck(tmp_path: Path) -> None:
    """A learning word with neither a definition nor a sentence makes no card: the
    deck would have been written with no note in it, over any deck of that name."""
    path = tmp_path / "words.apkg"
    path.write_bytes(b"a teacher's deck")
    with Store.open(tmp_path / "learner.sqlite3", now=lambda: NOW) as store:
        store.add_to_review("vlog", "NOUN", NOW, word="vlog", sentence="", definition="")
        assert export_anki(store, path, now=NOW) == 0
    assert path.read_bytes() == b"a teacher's deck"


def test_a_sentence_too_short_to_point_to_its_word_makes_no_cloze(
    store: Store, tmp_path: Path
) -> None:
    """"Maria {{c1::smiled}}." took any verb (QA walk-through): the word card stays."""
    store.add_to_review("smile", "VERB", NOW, word="smiled", sentence="Maria smiled.",
                        definition="change one's facial expression")
    path = tmp_path / "words.apkg"
    export_anki(store, path, now=NOW)
    notes = anki_notes(path, tmp_path)
    assert "smile" in {f[0] for _, mid, f in notes if mid == WORD_MODEL_ID}
    assert not [f for _, mid, f in notes if mid == CLOZE_MODEL_ID and "smiled" in f[0]]


def test_an_adverb_or_adjective_makes_no_cloze(store: Store, tmp_path: Path) -> None:
    """"Food prices have risen {{c1::sharply}} since January" takes any adverb (QA
    walk-through); the word card stays."""
    store.add_to_review("sharply", "ADV", NOW, word="sharply",
                        sentence="Food prices have risen sharply since January.",
                        definition="very suddenly and to a great degree")
    store.add_to_review("imported", "ADJ", NOW, word="imported",
                        sentence="Prices for imported goods rose again in May.",
                        definition="brought from another country")
    path = tmp_path / "words.apkg"
    export_anki(store, path, now=NOW)
    notes = anki_notes(path, tmp_path)
    assert {"sharply", "imported"} <= {f[0] for _, mid, f in notes if mid == WORD_MODEL_ID}
    assert not [f for _, mid, f in notes if mid == CLOZE_MODEL_ID
                and ("sharply" in f[0] or "imported" in f[0])]


def test_a_sentence_using_the_word_only_in_a_compound_is_not_exported(
    tmp_path: Path, engine: Engine
) -> None:
    """"egg", saved from "his nest egg" (savings) before the quiz and the glossary kept
    to the compound rule (`vocab.compounds`), went to Anki and the spreadsheet with its
    own meaning beside that sentence: it goes without it. A word its sentence uses alone
    keeps the sentence."""
    with Store.open(tmp_path / "learner.sqlite3", now=lambda: NOW) as store:
        store.add_to_review("egg", "NOUN", NOW, word="egg",
                            sentence="My grandfather kept his nest egg in a shoebox.",
                            definition="an oval reproductive body laid by a bird")
        store.add_to_review("basket", "NOUN", NOW, word="basket",
                            sentence="She carried the fresh eggs home in a small basket.",
                            definition="a container that is usually woven")
        path = tmp_path / "words.apkg"
        assert export_anki(store, path, now=NOW, engine=engine) == 2
        export_csv(store, tmp_path / "words.csv", engine=engine)
    notes = anki_notes(path, tmp_path)
    words = {fields[0]: fields for _, mid, fields in notes if mid == WORD_MODEL_ID}
    assert words["egg"][3] == ""
    assert "<b>basket</b>" in words["basket"][3]
    clozes = [fields[0] for _, mid, fields in notes if mid == CLOZE_MODEL_ID]
    assert not [cloze for cloze in clozes if "nest" in cloze]
    with (tmp_path / "words.csv").open(encoding="utf-8-sig") as handle:
        sentences = {row["lemma"]: row["sentence"] for row in csv.DictReader(handle)}
    assert sentences == {"egg": "",
                         "basket": "She carried the fresh eggs home in a small basket."}


def test_exporting_again_gives_the_same_guids_and_deck(store: Store, tmp_path: Path) -> None:
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    export_anki(store, first, now=NOW)
    export_anki(store, second, now=NOW + timedelta(days=3))

    guids = [{guid for guid, _, _ in anki_notes(p, tmp_path / p.stem)} for p in (first, second)]
    assert guids[0] == guids[1] and len(guids[0]) == 5
    assert deck_id("VOA Reader words") == deck_id("VOA Reader words") != deck_id("Other")


def test_mark_word_finds_whole_words_only() -> None:
    assert mark_word("The hive's hives.", ["hives"], "[", "]") == "The hive&#x27;s [hives]."
    assert mark_word("Archive it.", ["hive"], "[", "]") is None


def test_csv_lists_words_with_their_first_sentence_and_article(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "words.csv"
    assert export_csv(store, path) == 6  # 3 saved, bee, and fly and home (undone: new)

    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = {row["lemma"]: row for row in csv.DictReader(handle)}
    assert rows["hive"] == {
        "lemma": "hive",
        "part_of_speech": "noun",
        "status": "learning",
        "word": "hives",
        "definition": "a home for bees",
        "sentence": "Bees build hives in hollow trees.",
        "article": "Bees",
    }
    assert export_csv(store, path, statuses=["known"]) == 1
    # A spreadsheet program knows the file is UTF-8 by its byte-order mark.
    assert path.read_bytes().startswith("\ufeff".encode())


def test_csv_keeps_the_title_of_an_article_deleted_since(store: Store, tmp_path: Path) -> None:
    """A teacher tidies the library; the words met there still say where they came from."""
    [article_id] = [a.id for a in store.list_articles()]
    store.delete_article(article_id)
    path = tmp_path / "words.csv"
    export_csv(store, path)

    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = {row["lemma"]: row for row in csv.DictReader(handle)}
    assert rows["hive"]["article"] == "Bees"
    assert rows["hive"]["sentence"] == "Bees build hives in hollow trees."


def test_learner_file_round_trip_is_lossless(store: Store, tmp_path: Path) -> None:
    first = tmp_path / "learner.json"
    export_learner(store, first, now=NOW)

    with Store.open(tmp_path / "other" / "learner.sqlite3", now=lambda: NOW) as other:
        counts = import_learner(other, first)
        assert counts["word_statuses"] == 6 and counts["articles"] == 1
        again = tmp_path / "again.json"
        export_learner(other, again, now=NOW)
        # What the app reads back is the same too.
        assert other.statuses() == store.statuses()
        assert other.due_cards(NOW, 10) == store.due_cards(NOW, 10)
        assert other.get_article(1) == store.get_article(1)
        assert other.profile() == store.profile()

    assert json.loads(first.read_text()) == json.loads(again.read_text())
    assert first.read_bytes() == again.read_bytes()


def test_import_refuses_to_overwrite_unless_asked(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "learner.json"
    export_learner(store, path, now=NOW)
    store.set_status("extra", "", "known")

    with pytest.raises(LearnerFileError, match="--replace"):
        import_learner(store, path)
    import_learner(store, path, replace=True)
    assert ("extra", "") not in store.statuses()
    assert any("-import" in backup.name for backup in (tmp_path / "backups").iterdir())


def test_a_folder_or_a_missing_file_is_named_as_such(tmp_path: Path) -> None:
    with Store.open(":memory:") as empty:
        with pytest.raises(LearnerFileError, match="is a folder"):
            import_learner(empty, tmp_path)
        with pytest.raises(LearnerFileError, match="There is no file at"):
            import_learner(empty, tmp_path / "nowhere.json")


def test_a_file_too_large_to_be_a_learner_file_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`reader import learner /dev/zero` had filled the memory (MemoryError)."""
    import vocab.exports

    monkeypatch.setattr(vocab.exports, "MAX_LEARNER_FILE_BYTES", 1000)
    big = tmp_path / "disk.img"
    big.write_bytes(b"\0" * 2000)
    with Store.open(":memory:") as empty:
        for path in (big, Path("/dev/zero")):
            if path.exists():
                with pytest.raises(LearnerFileError, match="too large to be a learner file"):
                    import_learner(empty, path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # Not JSON, empty, binary: what is wrong, not the parser's complaint.
        ("not json", r"is not a learner file exported by reader\.$"),
        ("", r"is not a learner file exported by reader\.$"),
        (b"\xd0\xcf\x11\xe0\x00\x01", r"is not a learner file exported by reader\.$"),
        ('{"format": "other"}', "not a learner file"),
        ('{"format": "voa-reader-learner", "version": 99, "tables": {}}', "newer reader"),
        (
            '{"format": "voa-reader-learner", "version": 1, "tables": {"lookups": [{"id": 1}]}}',
            "Cannot import",
        ),
    ],
)
def test_a_bad_learner_file_is_one_clear_error(tmp_path: Path, content: str | bytes,
                                               message: str) -> None:
    path = tmp_path / "bad.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with Store.open(":memory:") as empty, pytest.raises(LearnerFileError, match=message):
        import_learner(empty, path)


def damaged_copy(store: Store, tmp_path: Path, damage: str) -> Path:
    """The store's learner file with one part broken as a hand edit or a newer reader might."""
    path = tmp_path / "learner.json"
    export_learner(store, path, now=NOW)
    document = json.loads(path.read_text())
    words = document["tables"]["word_statuses"]
    if damage == "status":
        words[-1]["status"] = "banana"
    elif damage == "lemma":
        words[-1]["lemma"] = None
    elif damage == "articles":
        del document["tables"]["articles"]
    elif damage == "schema":
        document["schema"] = 99
    path.write_text(json.dumps(document))
    return path


@pytest.mark.parametrize(
    ("damage", "part"),
    [
        ("status", r"word \d+ has an unknown status 'banana'"),
        ("lemma", r"word \d+ has no lemma"),
        ("articles", r"word \d+ refers to an article the file does not hold"),
        ("schema", r"written by a newer reader"),
    ],
)
def test_a_damaged_learner_file_is_named_so_and_changes_nothing(
    store: Store, tmp_path: Path, damage: str, part: str
) -> None:
    """A damaged file printed SQLite's own words ("CHECK constraint failed: status IN
    ('new', ...", "FOREIGN KEY constraint failed"), and one from a newer store schema
    was taken silently (QA walk-through)."""
    path = damaged_copy(store, tmp_path, damage)
    before = store.export_data()
    with pytest.raises(LearnerFileError, match=part) as refused:
        import_learner(store, path, replace=True)
    message = str(refused.value)
    assert "nothing was changed" in message
    assert "constraint" not in message
    assert store.export_data() == before
