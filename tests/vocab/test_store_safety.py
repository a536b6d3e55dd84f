"""The store keeps a learner's data through migrations, damage, crashes and a second app.

* every earlier schema version migrates, with its data, and is backed up first;
* backups are taken daily and the last seven kept;
* a damaged file is refused (never replaced) and can be restored from a backup;
* two processes writing at once lose nothing;
* a write about an article another instance deleted is kept, without the article;
* an answer reported saved survives SIGKILL at any point.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from vocab.migrations import MIGRATIONS, SCHEMA_VERSION
from vocab.models import Article, WordStatus
from vocab.store import (
    Store,
    StoreCorrupted,
    StoreError,
    is_session_backup,
    list_backups,
    newest_good_backup,
    restore_latest_backup,
    store_health,
)
from vocab.store.files import make_backup
from vocab.store.records import QuizAnswer

ROOT = Path(__file__).resolve().parents[2]
CRASH_WRITER = ROOT / "tests" / "crash_writer.py"
DAY0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
STAMP = "2026-03-01T08:00:00.000000+00:00"

# sha256 of each shipped migration's statements. A learner's file may have been built
# by any of them, so they must never change: add a new migration instead.
SHIPPED = {
    1: "72dc937a873b2af5569fabfe67e949ca77ab677ce76c30bb746a97ea6a3b9dae",
    2: "36fa385ddc40e9b27c3dbe55e9e444b8c7661c488bca7da3ae292a2a394051ac",
    3: "8153e53fa17105d81cab941ff5c4adc9077c61112f5c1703c3591b5c137ea0ab",
    4: "889f7e999e70bc6148fbfe91524b4e3316f39967e97aff4afa2a878ed7992ef8",
    5: "d2f2c119cd82b085a47bb38a299d5249aeef211acb6ccb3e18562acfd4a5792f",
    6: "d9a301a536169068410dd55be4d09ef3ea772dcdb37b760d9057c50deddc008e",
}


def fixed(when: datetime) -> Callable[[], datetime]:
    return lambda: when


def build_old_store(path: Path, version: int) -> None:
    """A store as an older reader left it: its DDL and a little data of that era."""
    conn = sqlite3.connect(path)
    for number in range(1, version + 1):
        for statement in MIGRATIONS[number - 1]:
            conn.execute(statement)
    if version >= 1:
        conn.execute(
            "INSERT INTO articles (id, title, body, content_hash, added_at, last_read_at,"
            " article_json, word_count) VALUES (1, 'Bees', 'Bees fly.', 'h1', ?, ?, ?, 2)",
            (STAMP, STAMP, '{"title": "Bees", "body": "Bees fly.", "paragraphs": [[0, 9]]}'),
        )
        conn.execute(
            "INSERT INTO word_statuses (lemma, upos, status, updated_at)"
            " VALUES ('bee', 'NOUN', 'known', ?)",
            (STAMP,),
        )
        conn.execute(
            "INSERT INTO lookups (word, lemma, upos, article_id, sentence, at)"
            " VALUES ('fly', 'fly', 'VERB', 1, 'Bees fly.', ?)",
            (STAMP,),
        )
        conn.execute("INSERT INTO settings (key, value) VALUES ('level', '\"B2\"')")
    if version >= 2:  # v2 keeps history and readings as they happen
        conn.execute(
            "INSERT INTO status_history (lemma, upos, old, new, at, reason)"
            " VALUES ('bee', 'NOUN', 'new', 'known', ?, 'clicked')",
            (STAMP,),
        )
        conn.execute(
            "INSERT INTO reading_log (article_id, word_count, at) VALUES (1, 2, ?)", (STAMP,)
        )
    if version >= 3:
        conn.execute("INSERT INTO feeds (id, url, title) VALUES (1, 'https://voa.test', 'VOA')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_every_earlier_schema_version_migrates_with_its_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / "learner.sqlite3"
    build_old_store(path, version)

    with Store.open(path, now=fixed(DAY0)) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.integrity_check() == []
        if version >= 1:
            saved = store.get_article(1)
            assert saved is not None and saved.article.title == "Bees"
            assert store.statuses() == {("bee", "NOUN"): WordStatus.KNOWN}
            assert store.profile().level.value == "B2"
            assert [row.sentence for row in store.words(status="new")] == ["Bees fly."]
            # v2 gave old marks and readings a history, so charts start somewhere.
            assert [c.new for c in store.status_changes()] == ["known"]
            assert len(store.readings()) == 1
            # ... and was backed up before it was touched.
            assert any(f"-v{version}" in b.name for b in list_backups(path))
            # A word met in an article says which, after the article is deleted too.
            store.delete_article(1)
            assert [row.article_title for row in store.words(status="new")] == ["Bees"]
        # Everything of the current version works on the migrated file.
        feed = store.add_feed("https://voa.test/rss", "VOA")
        store.set_statuses([("hive", "NOUN")], "learning", reason="test")
        store.record_lookup("hives", "hive", "NOUN", definition="a home for bees")
        assert feed > 0 and ("hive", "NOUN") in store.statuses()


def test_words_saved_at_a_sentence_start_lose_that_capital(tmp_path: Path) -> None:
    """Words saved before v7 kept the capital of a sentence's start ("Attendance");
    they are listed and reviewed as a dictionary spells them, names and acronyms as
    written."""
    path = tmp_path / "learner.sqlite3"
    build_old_store(path, 6)
    conn = sqlite3.connect(path)
    saved = [("Attendance", "attendance", "NOUN"), ("Turned down", "turn down", "VERB"),
             ("NATO", "nato", "NOUN"), ("Lagos", "lagos", "PROPN"), ("I", "i", "PRON"),
             ("Éclair", "éclair", "NOUN")]
    for word, lemma, upos in saved:
        conn.execute("INSERT INTO word_statuses (lemma, upos, status, updated_at, first_word)"
                     " VALUES (?, ?, 'learning', ?, ?)", (lemma, upos, STAMP, word))
        conn.execute("INSERT INTO lookups (word, lemma, upos, at) VALUES (?, ?, ?, ?)",
                     (word, lemma, upos, STAMP))
        conn.execute("INSERT INTO quiz_answers (item_type, lemma, upos, word, correct, at)"
                     " VALUES ('gap', ?, ?, ?, 1, ?)", (lemma, upos, word, STAMP))
    conn.commit()
    conn.close()

    with Store.open(path, now=fixed(DAY0)):
        pass
    conn = sqlite3.connect(path)
    expected = ["attendance", "turned down", "NATO", "Lagos", "I", "Éclair"]
    for table, column in (("word_statuses", "first_word"), ("lookups", "word"),
                          ("quiz_answers", "word")):
        found = dict(conn.execute(f"SELECT lemma, {column} FROM {table}").fetchall())
        assert [found[lemma] for _, lemma, _ in saved] == expected, table
    conn.close()


def test_shipped_migrations_are_never_edited() -> None:
    for number, digest in SHIPPED.items():
        text = "\n".join(" ".join(s.split()) for s in MIGRATIONS[number - 1])
        assert hashlib.sha256(text.encode()).hexdigest() == digest, f"migration {number} changed"


def test_a_store_from_a_newer_reader_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "learner.sqlite3"
    build_old_store(path, SCHEMA_VERSION)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()

    with pytest.raises(StoreError, match="newer reader"):
        Store.open(path, now=fixed(DAY0))


def test_a_store_locked_too_long_is_busy_not_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "learner.sqlite3"
    build_old_store(path, SCHEMA_VERSION - 1)  # opening it must write (migrate)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("BEGIN IMMEDIATE")  # another instance in the middle of a long write
    monkeypatch.setattr("vocab.store.base.BUSY_TIMEOUT_S", 0.1)
    try:
        with pytest.raises(StoreError, match="locked") as refused:
            Store.open(path, now=fixed(DAY0))
        assert not isinstance(refused.value, StoreCorrupted)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store.open(path, now=fixed(DAY0)) as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_a_backup_is_taken_once_a_day_and_the_last_seven_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "learner.sqlite3"
    for day in range(10):
        for hour in (0, 5):  # a second opening the same day takes no new backup
            when = DAY0 + timedelta(days=day, hours=hour)
            with Store.open(path, now=fixed(when)) as store:
                store.set_setting("day", day)
        # Day 0: none when the file is created (nothing to keep), one at the next opening.
        assert len(list_backups(path)) == min(day + 1, 7)

    backups = list_backups(path)
    assert [b.name[8:16] for b in backups] == [f"202603{d:02d}" for d in range(11, 4, -1)]
    # A backup is a whole, readable database holding what was there when it was taken.
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT value FROM settings WHERE key = 'day'").fetchone()[0] == "9"
    conn.close()


def test_a_session_that_changed_something_is_backed_up_and_only_its_newest_copy_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "learner.sqlite3"
    with Store.open(path, now=fixed(DAY0)) as store:
        store.set_setting("created", True)
    for session in range(3):
        when = DAY0 + timedelta(hours=1 + session)
        with Store.open(path, now=fixed(when)) as store:  # the day's backup, first time
            store.set_status(f"word{session}", "NOUN", "known")
            taken = store.backup_session()
        assert taken is not None
        conn = sqlite3.connect(taken)
        assert conn.execute("SELECT COUNT(*) FROM word_statuses").fetchone()[0] == session + 1
        conn.close()
    backups = list_backups(path)
    assert [is_session_backup(path, b) for b in backups] == [True, False]
    assert backups[0] == taken
    # A session that only read takes none, and leaves the last one in place.
    with Store.open(path, now=fixed(DAY0 + timedelta(hours=6))) as store:
        store.get_setting("created")
        assert store.backup_session() is None
    assert list_backups(path) == backups


def test_a_backup_is_one_file_that_checking_leaves_alone(tmp_path: Path) -> None:
    """`reader doctor` and `reader restore` left "-wal" and "-shm" files beside a
    session backup they had checked: it was a copy of a store in WAL mode."""
    path = tmp_path / "learner.sqlite3"
    with Store.open(path, now=fixed(DAY0)) as store:
        store.set_status("bee", "NOUN", "known")
        taken = store.backup_session()
    assert taken is not None and newest_good_backup(path) == taken
    assert sorted(p.name for p in taken.parent.iterdir()) == [taken.name]


def test_backups_taken_at_once_each_get_a_file_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes opening the store in the same second both took the day's backup
    under one name (tested for, then opened): one copy found the other's file locked,
    and its store did not open ("database is locked", the two-writers test in CI).
    Here every taker has chosen its name before any opens it, as in that race."""
    import threading

    path = tmp_path / "learner.sqlite3"
    with Store.open(path, now=fixed(DAY0)) as store:
        store.set_status("bee", "NOUN", "known")
    takers = 5
    start = threading.Barrier(takers)
    named = threading.Barrier(takers)
    connect = sqlite3.connect

    def connect_once_all_have_named(target: Path, *args: object, **kwargs: object) -> object:
        if Path(target).parent.name == "backups":
            named.wait(timeout=10)
        return connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect_once_all_have_named)
    taken: list[Path] = []
    failures: list[BaseException] = []

    def take() -> None:
        conn = sqlite3.connect(path)
        try:
            start.wait()
            taken.append(make_backup(conn, path, DAY0 + timedelta(days=1), "daily"))
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(error)
        finally:
            conn.close()

    threads = [threading.Thread(target=take) for _ in range(takers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    monkeypatch.undo()
    assert failures == []
    assert len(set(taken)) == takers
    assert all(store_health(backup)[0] for backup in taken)


def test_a_session_backup_does_not_stand_in_for_the_next_days_backup(tmp_path: Path) -> None:
    path = tmp_path / "learner.sqlite3"
    for day in range(3):
        when = DAY0 + timedelta(days=day)
        with Store.open(path, now=fixed(when)) as store:
            store.set_setting("day", day)
            store.backup_session()
    daily = [b for b in list_backups(path) if not is_session_backup(path, b)]
    assert len(daily) == 2  # days 1 and 2 (day 0 created the file)


def corrupt(path: Path, offset: int, size: int = 4096) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(bytes(random.Random(offset).randrange(256) for _ in range(size)))


def filled_store(path: Path) -> None:
    """A store with enough rows to span many pages, and a backup from today."""
    with Store.open(path, now=fixed(DAY0 - timedelta(days=1))) as store:
        store.set_status("bee", "NOUN", "known")
    with Store.open(path, now=fixed(DAY0 - timedelta(hours=1))) as store:  # backs up
        for n in range(20):  # few commits (each one syncs), many pages
            store.add_article(Article(f"Story {n}", f"Body {n} " * 700, ((0, 10),)))


@pytest.mark.parametrize("offset", [0, 16, 4096 * 3], ids=["header", "header-fields", "middle"])
def test_a_damaged_file_is_refused_and_restored_from_the_newest_good_backup(
    tmp_path: Path, offset: int
) -> None:
    path = tmp_path / "learner.sqlite3"
    filled_store(path)
    [backup] = list_backups(path)
    corrupt(path, offset, 100 if offset < 4096 else 4096)
    damaged = path.read_bytes()

    with pytest.raises(StoreCorrupted) as refused:
        Store.open(path, now=fixed(DAY0))
    assert str(backup) in str(refused.value)
    assert path.read_bytes() == damaged  # never silently replaced
    ok, message = store_health(path)
    assert not ok and "damaged" in message

    assert restore_latest_backup(path, now=DAY0) == backup
    assert [p.name for p in tmp_path.glob("learner.sqlite3.corrupt-*")] == [
        "learner.sqlite3.corrupt-20260302T090000Z"
    ]
    with Store.open(path, now=fixed(DAY0)) as store:
        assert store.statuses() == {("bee", "NOUN"): WordStatus.KNOWN}
        assert store.integrity_check() == []
    assert store_health(path)[0]


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "learner.sqlite3"
    path.write_text("my shopping list\n" * 100)

    with pytest.raises(StoreCorrupted, match="no good backup"):
        Store.open(path, now=fixed(DAY0))
    with pytest.raises(StoreCorrupted):
        restore_latest_backup(path)
    assert path.read_text().startswith("my shopping list")


def test_restore_skips_a_damaged_backup(tmp_path: Path) -> None:
    path = tmp_path / "learner.sqlite3"
    filled_store(path)
    with Store.open(path, now=fixed(DAY0 + timedelta(days=1))):
        pass
    newest, older = list_backups(path)
    corrupt(newest, 0, 100)
    corrupt(path, 0, 100)

    assert restore_latest_backup(path, now=DAY0) == older


def test_store_health_for_doctor(tmp_path: Path) -> None:
    path = tmp_path / "learner.sqlite3"
    assert store_health(path) == (True, f"no learner store yet at {path} (created on first use)")
    with Store.open(path, now=fixed(DAY0)):
        pass
    ok, message = store_health(path)
    assert ok and f"schema v{SCHEMA_VERSION}" in message and "integrity ok" in message


def run_writer(path: Path, tag: str, count: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CRASH_WRITER), str(path), tag, str(count), *extra],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "learner.sqlite3"
    with Store.open(path):  # create it first, so neither writer is the migrator
        pass
    count = 150
    writers = [run_writer(path, tag, count, "--shared") for tag in ("a", "b")]
    outputs = [writer.communicate(timeout=60)[0] for writer in writers]

    assert [writer.returncode for writer in writers] == [0, 0]
    with Store.open(path) as store:
        answers = store.answers()
        prompts = {row.answer.prompt for row in answers}
        assert prompts == {f"{tag}-{n}" for tag in ("a", "b") for n in range(count)}
        assert len([row for row in answers if row.answer.lemma == "shared"]) == count
        statuses = store.statuses()
        assert all((f"{tag}-status-{n}", "") in statuses for tag in "ab" for n in range(count))
        reported = {int(line) for output in outputs for line in output.split()}
        assert reported == {row.id for row in answers}


def test_two_instances_creating_the_store_at_once_both_work(tmp_path: Path) -> None:
    path = tmp_path / "new" / "learner.sqlite3"
    writers = [run_writer(path, tag, 10) for tag in ("a", "b")]
    outputs = [writer.communicate(timeout=60)[0] for writer in writers]

    assert [writer.returncode for writer in writers] == [0, 0]
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert {row.id for row in store.answers()} == {
            int(line) for output in outputs for line in output.split()
        }
        assert len(store.answers()) == 20


def test_every_answer_reported_saved_survives_sigkill(tmp_path: Path) -> None:
    """50 writers killed at random points; the database keeps every id they printed."""
    path = tmp_path / "learner.sqlite3"
    rng = random.Random(20260302)
    reported: set[int] = set()
    for run in range(50):
        writer = run_writer(path, f"r{run}-", 10_000)
        assert writer.stdout is not None
        # Let it commit a random number of answers, then kill it wherever it is.
        for _ in range(rng.randint(1, 12)):
            reported.add(int(writer.stdout.readline()))
        writer.send_signal(signal.SIGKILL)
        rest = writer.communicate()[0]  # what it printed before it died also counts
        reported.update(int(line) for line in rest.split())
        assert writer.returncode == -signal.SIGKILL

    with Store.open(path) as store:
        assert store.integrity_check() == []
        saved = {row.id for row in store.answers()}
    assert reported <= saved
    assert len(reported) >= 50


def test_what_is_saved_about_an_article_another_instance_deleted_is_kept_without_it(
    tmp_path: Path,
) -> None:
    """Two apps on one data dir: B deletes the story A has open. A's answers, marks,
    look-ups, chosen meanings and feed link are saved (the article's link left out)
    instead of failing on the foreign key (QA walk-through: the app crashed)."""
    path = tmp_path / "learner.sqlite3"
    with Store.open(path) as first, Store.open(path) as second:
        article_id = first.add_article(Article("Gone", "Some words here.", ((0, 16),)))
        feed_id = first.add_feed("https://example.com/rss")
        first.upsert_feed_items(feed_id, [{"guid": "g1", "title": "Gone"}])
        item_id = first.list_feed_items(feed_id)[0].id
        second.delete_article(article_id)

        first.record_answer(QuizAnswer("meaning", "word", "NOUN", "words", "p", "g", True,
                                       article_id=article_id))
        first.set_status("here", "ADV", WordStatus.KNOWN, word="here", sentence="s",
                         article_id=article_id)
        first.add_to_review("some", "DET", word="some", article_id=article_id)
        first.record_lookup("words", "word", "NOUN", article_id=article_id)
        first.choose_sense(article_id, "word", "NOUN", "word.n.01", "a unit of language")
        first.link_feed_item(item_id, article_id)

        assert [row.answer.article_id for row in first.answers()] == [None]
        assert first.status_of("here", "ADV") is WordStatus.KNOWN
        assert first.status_of("some", "DET") is WordStatus.LEARNING
        assert {row.lemma: row.article_id for row in first.words()} == {
            "word": None, "here": None, "some": None}
        assert first.chosen_senses(article_id) == {}
        assert {row.lemma: row.definition for row in first.words()}["word"] == (
            "a unit of language")
        item = first.list_feed_items(feed_id)[0]
        assert (item.article_id, item.seen) == (None, True)
        assert first.integrity_check() == []
