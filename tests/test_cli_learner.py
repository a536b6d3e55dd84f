"""`reader export|import|stats|placement|restore` as a learner uses them."""

from __future__ import annotations

import argparse
import io
import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from reader import cli
from reader.commands import learner
from reader.paths import store_path
from vocab.lexicon import Lexicon
from vocab.models import Level, WordStatus
from vocab.placement import build_test
from vocab.store import QuizAnswer, Store


def reader(*args: str) -> int:
    return cli.main(list(args))


def some_learning() -> None:
    with Store.open(store_path()) as store:
        store.add_to_review(
            "hive", "NOUN", word="hives", sentence="Bees build hives.", definition="a home for bees"
        )
        store.record_answer(QuizAnswer("meaning", "hive", "NOUN", "hives", "?", "x", True))
        store.set_status("bee", "NOUN", "known")
        store.set_setting("level", "B2")


def test_learner_file_moves_everything_to_another_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    some_learning()
    exported = tmp_path / "me.json"
    assert reader("export", "learner", str(exported)) == 0
    assert "Saved 2 words" in capsys.readouterr().out

    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "laptop"))
    assert reader("import", "learner", str(exported)) == 0
    assert "Imported 2 words" in capsys.readouterr().out
    with Store.open(store_path()) as store:
        assert store.statuses() == {
            ("hive", "NOUN"): WordStatus.LEARNING,
            ("bee", "NOUN"): WordStatus.KNOWN,
        }
        assert store.profile().level == Level.B2
        assert len(store.answers()) == 1

    # A second import would overwrite: refused unless asked.
    assert reader("import", "learner", str(exported)) == 2
    assert "--replace" in capsys.readouterr().err
    assert reader("import", "learner", str(exported), "--replace") == 0


def test_import_learner_needs_an_existing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert reader("import", "learner") == 2
    assert "reader import learner FILE.json" in capsys.readouterr().err
    assert reader("import", "learner", "nowhere.json") == 2
    assert "There is no file at nowhere.json." in capsys.readouterr().err
    assert reader("import", "learner", ".") == 2
    assert "is a folder" in capsys.readouterr().err


def test_learner_file_messages_are_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As an article's import says "There is no file at notes.txt.", so does a learner
    file's: they began lower-case, without a full stop ("reader: there is no file at
    me.json"). A message ending in a command to type has no full stop to copy with it."""
    folder = tmp_path / "class"
    folder.mkdir()
    notes = tmp_path / "notes.json"
    notes.write_text('{"lesson": 3}', encoding="utf-8")
    asked = [
        ("import", "learner"),
        ("import", "learner", str(tmp_path / "nowhere.json")),
        ("import", "learner", str(folder)),
        ("import", "learner", str(notes)),
        ("export", "learner", str(tmp_path / "missing" / "me.json")),
        ("export", "learner", str(folder)),
        ("export", "learner", str(notes)),
    ]
    for args in asked:
        assert reader(*args) == 2
        message = capsys.readouterr().err.removeprefix("reader: ").strip()
        assert message[0].isupper() or message.startswith(str(tmp_path)), message
        assert message.endswith((".", "FILE.json")), message


def test_import_of_anything_else_goes_to_the_web_importer(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[str] = []

    def fake_import_source(args: argparse.Namespace) -> int:
        seen.append(args.source)
        return 0

    import reader.commands.web as web

    monkeypatch.setattr(web, "import_source", fake_import_source)
    assert reader("import", "https://voa.test/story") == 0
    assert seen == ["https://voa.test/story"]

    monkeypatch.setattr(learner, "IMPORT_SOURCE_MODULE", "reader.commands.not_there")
    assert reader("import", "story.txt") == 2
    assert "not available" in capsys.readouterr().err


def test_an_anki_deck_is_always_named_apkg(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """`reader export anki words.txt` had written a zipped deck as "words.txt", which
    Anki does not open."""
    some_learning()
    assert reader("export", "anki", str(tmp_path / "words.txt")) == 0
    assert f"to {tmp_path / 'words.apkg'}" in capsys.readouterr().out
    assert zipfile.is_zipfile(tmp_path / "words.apkg")
    assert not (tmp_path / "words.txt").exists()


def test_export_anki_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    some_learning()
    apkg, table = tmp_path / "w.apkg", tmp_path / "w.csv"
    assert reader("export", "anki", "--deck", "My words", str(apkg)) == 0
    assert "Saved 1 word to" in capsys.readouterr().out
    with zipfile.ZipFile(apkg) as package:
        package.extract("collection.anki2", tmp_path)
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    assert "My words" in conn.execute("SELECT decks FROM col").fetchone()[0]
    conn.close()

    assert reader("export", "csv", str(table)) == 0
    assert table.read_text(encoding="utf-8-sig").splitlines()[0].startswith(
        "lemma,part_of_speech,status")
    assert reader("export", "csv", str(tmp_path / "missing" / "w.csv")) == 2
    assert "does not exist" in capsys.readouterr().err


def test_an_export_without_a_file_goes_to_the_export_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`reader export anki` with no FILE was "the following arguments are required"
    though the app saves the same export to its folder (QA walk-through): the CLI
    writes a dated file there too, a second one beside the first, and says where."""
    folder = tmp_path / "exports"
    monkeypatch.setenv("READER_EXPORT_DIR", str(folder))
    some_learning()
    for kind, suffix in (("anki", ".apkg"), ("csv", ".csv"), ("learner", ".json")):
        assert reader("export", kind) == 0
        assert reader("export", kind) == 0
        written = sorted(path.name for path in folder.glob(f"*{suffix}"))
        assert len(written) == 2, written
        assert all(name.startswith("voa-reader-") for name in written)
        said = capsys.readouterr().out
        assert all(str(folder / name) in said for name in written)


def test_an_export_with_no_words_writes_nothing(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`export csv words.csv --status known` with no known word overwrote a teacher's
    good spreadsheet with a header-only one ("Saved 0 words"; QA walk-through)."""
    some_learning()
    table = tmp_path / "w.csv"
    assert reader("export", "csv", str(table)) == 0
    kept = table.read_text()
    # Even told to replace it: an export of nothing writes nothing.
    assert reader("export", "csv", str(table), "--status", "ignored", "--force") == 0
    assert table.read_text() == kept
    assert "No ignored words to export: nothing written" in capsys.readouterr().err
    with Store.open(store_path()) as store:
        store.set_status("hive", "NOUN", WordStatus.KNOWN)
    deck = tmp_path / "w.apkg"
    assert reader("export", "anki", str(deck)) == 0
    assert not deck.exists()
    assert "nothing written" in capsys.readouterr().err.lower()


def test_a_deck_of_words_with_nothing_to_put_on_a_card_says_why(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Learning words with neither a definition nor a sentence made a deck of no cards."""
    with Store.open(store_path()) as store:
        store.set_status("vlog", "NOUN", WordStatus.LEARNING)
    deck = tmp_path / "w.apkg"
    assert reader("export", "anki", str(deck)) == 0
    assert not deck.exists()
    assert "None of your learning words has a definition or a sentence" in \
        capsys.readouterr().err


def test_stats_as_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    some_learning()
    assert reader("stats") == 0
    assert "Words known            1" in capsys.readouterr().out
    assert reader("stats", "--json") == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["words_known"], figures["words_learning"], figures["answers"]) == (1, 1, 1)


def test_stats_name_the_questions_as_the_app_does(capsys: pytest.CaptureFixture[str]) -> None:
    """"Accuracy: cloze" where the app says "Fill the gap" (QA walk-through)."""
    with Store.open(store_path()) as store:
        store.record_answer(QuizAnswer("cloze", "hive", "NOUN", "hives", "?", "x", False))
    assert reader("stats") == 0
    table = capsys.readouterr().out
    assert "Accuracy: Fill the gap" in table and "cloze" not in table


def test_placement_reads_answers_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lexicon: Lexicon
) -> None:
    items = build_test(lexicon, seed=11)
    # Knows bands 1-3, rejects made-up words; one unclear answer is asked again.
    answers = ["maybe"] + ["y" if item.real and (item.band or 9) <= 3 else "n" for item in items]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(answers) + "\n"))

    assert reader("placement", "--seed", "11") == 0
    out = capsys.readouterr().out
    assert "about 3,000 of the 10,000 most frequent English words" in out
    assert "Your level: B1" in out and "Please answer y or n" in out
    with Store.open(store_path()) as store:
        assert store.profile().level == Level.B1
        assert len(store.statuses()) == 15  # five words in each of bands 1-3


def test_placement_stopped_early_saves_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("y\ny\n"))
    assert reader("placement", "--seed", "1") == 2
    assert "nothing was saved" in capsys.readouterr().err
    assert not store_path().exists()


def test_a_damaged_store_is_reported_and_restored(capsys: pytest.CaptureFixture[str]) -> None:
    some_learning()
    with Store.open(store_path()) as store:
        store.backup("manual")
    with store_path().open("r+b") as handle:
        handle.write(b"this is not sqlite")

    assert reader("stats") == 2
    assert "damaged" in capsys.readouterr().err
    reader("doctor")  # the store is there, damaged: not "missing"
    store_line = next(line for line in capsys.readouterr().out.splitlines()
                      if line.startswith("Learner store"))
    assert " damaged " in store_line and "missing" not in store_line
    assert reader("restore") == 0
    said = capsys.readouterr().out
    assert "Restored" in said
    # What the backup lacks is said: it is taken once a day.
    assert re.search(r"taken \d{4}-\d\d-\d\d at \d\d:\d\d UTC", said)
    assert "what you did after it was taken is not in it" in said
    assert reader("stats") == 0
    assert reader("restore") == 0
    assert "Nothing to restore" in capsys.readouterr().out


@pytest.mark.parametrize(
    "words",
    [
        ("import", "learner", "--replace", "FILE"),
        ("import", "learner", "--force", "FILE"),
        ("import", "learner", "FILE", "--force"),
        ("import", "learner", "FILE", "--replace"),
        ("import", "--replace", "learner", "FILE"),
    ],
)
def test_import_learner_replaces_with_the_option_anywhere_after_learner(
    words: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The refusal said "import with --replace", but `import learner --replace FILE`
    was "unrecognized arguments: FILE", and `--force`, which every export takes for
    the same idea, was refused (QA walk-through)."""
    some_learning()
    exported = tmp_path / "me.json"
    assert reader("export", "learner", str(exported)) == 0
    assert reader("import", "learner", str(exported)) == 2
    refusal = capsys.readouterr().err
    assert f"reader import learner --replace {exported}" in refusal

    assert reader(*[str(exported) if word == "FILE" else word for word in words]) == 0
    assert "Imported 2 words" in capsys.readouterr().out


def test_a_learner_file_is_written_as_json_whatever_it_was_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export named with another kind's suffix is written under its own ("notes.pdf"
    holding JSON opened as a broken PDF), as the Anki deck always was."""
    assert reader("export", "learner", str(tmp_path / "notes.pdf")) == 0
    assert not (tmp_path / "notes.pdf").exists()
    assert (tmp_path / "notes.json").read_text(encoding="utf-8").startswith("{")
    assert str(tmp_path / "notes.json") in capsys.readouterr().out
    assert reader("export", "learner", str(tmp_path / "mine.json")) == 0
    assert (tmp_path / "mine.json").exists()
