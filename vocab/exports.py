"""Taking a learner's words elsewhere: Anki packages, CSV, and the learner file.

* Anki (genanki): one note per word (word, part of speech, definition, the sentence
  it was met in with the word in bold) and one cloze note per word. Ids are stable,
  so exporting again updates the notes already in Anki instead of adding copies.
* CSV: the same words as a spreadsheet.
* Learner JSON: everything in the store (statuses and their history, lookups,
  answers, review cards, settings, articles, feeds), to move to another machine.
  The teacher's lesson handout is another module's.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import re
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vocab.migrations import SCHEMA_VERSION
from vocab.models import WordStatus
from vocab.quiz_gaps import ANY_WORD_FITS, gap_points_to_one_word
from vocab.quiz_items import BLANK
from vocab.store import DamagedLearnerData, Store, StoreError, WordRow
from vocab.tokens import excerpt_around

if TYPE_CHECKING:
    from vocab.engine import Engine

LEARNER_FILE_FORMAT = "voa-reader-learner"
LEARNER_FILE_VERSION = 1

DEFAULT_DECK = "VOA Reader words"
# Model ids must never change: Anki recognises a note type by its id.
WORD_MODEL_ID = 1846261387
CLOZE_MODEL_ID = 1523117604
# The hidden word of a cloze note.
_CLOZE = re.compile(r"\{\{c1::.*?\}\}")

PART_OF_SPEECH = {
    "NOUN": "noun",
    "VERB": "verb",
    "ADJ": "adjective",
    "ADV": "adverb",
    "PROPN": "name",
    "ADP": "preposition",
    "PRON": "pronoun",
    "": "",
}

CARD_CSS = """.card { font-family: sans-serif; font-size: 22px; text-align: center; }
.pos { color: #666; font-style: italic; } .sentence { margin-top: 1em; }"""


class LearnerFileError(ValueError):
    """A learner file cannot be imported; the message says why."""


class StoreHoldsLearnerData(LearnerFileError):
    """The store is not empty and the import was not asked to replace its data."""


def part_of_speech(upos: str) -> str:
    return PART_OF_SPEECH.get(upos, upos.lower())


# ---------------------------------------------------------------------------
# Anki
# ---------------------------------------------------------------------------


def _find_word(sentence: str, forms: Iterable[str]) -> re.Match[str] | None:
    for form in forms:
        if form:
            found = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", sentence, re.IGNORECASE)
            if found:
                return found
    return None


def exported_sentence(sentence: str, forms: Iterable[str]) -> str:
    """A saved sentence cut to the words around its word (`excerpt_around`), as the app
    shows it: one saved before sentences were cut was a run-on text's 10,400 words."""
    found = _find_word(sentence, forms)
    return excerpt_around(sentence, *(found.span() if found else (0, 0)))[0]


def _row_sentence(row: WordRow, engine: Engine | None) -> str:
    """The row's sentence as exported (`exported_sentence`); none when ``engine`` finds
    that it uses the word only inside a compound read with it (`Engine.only_in_compounds`:
    "egg" saved from "his nest egg"), as a review asks it."""
    sentence = exported_sentence(row.sentence or "", (row.word, row.lemma))
    if engine is not None and engine.only_in_compounds(sentence, row.word, row.lemma):
        return ""
    return sentence


def mark_word(sentence: str, forms: Iterable[str], before: str, after: str) -> str | None:
    """The sentence as HTML with the first of ``forms`` found wrapped in before/after;
    None when no form occurs in it."""
    found = _find_word(sentence, forms)
    if found is None:
        return None
    start, end = found.span()
    return (
        html.escape(sentence[:start])
        + before
        + html.escape(found.group())
        + after
        + html.escape(sentence[end:])
    )


def deck_id(name: str) -> int:
    """A deck id derived from its name, so the same deck is updated on every export."""
    digest = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)  # genanki's suggested id range


def _models() -> tuple[Any, Any]:
    import genanki

    word_model = genanki.Model(
        WORD_MODEL_ID,
        "VOA Reader word",
        fields=[
            {"name": "Word"},
            {"name": "Part of speech"},
            {"name": "Definition"},
            {"name": "Sentence"},
        ],
        templates=[
            {
                "name": "Word",
                "qfmt": '{{Word}} <div class="pos">{{Part of speech}}</div>'
                '<div class="sentence">{{Sentence}}</div>',
                "afmt": '{{FrontSide}}<hr id="answer">{{Definition}}',
            }
        ],
        css=CARD_CSS,
    )
    cloze_model = genanki.Model(
        CLOZE_MODEL_ID,
        "VOA Reader cloze",
        fields=[{"name": "Text"}, {"name": "Extra"}],
        templates=[
            {
                "name": "Cloze",
                "qfmt": "{{cloze:Text}}",
                "afmt": "{{cloze:Text}}<br>{{Extra}}",
            }
        ],
        css=CARD_CSS,
        model_type=genanki.Model.CLOZE,
    )
    return word_model, cloze_model


def export_anki(
    store: Store,
    path: Path,
    *,
    deck_name: str = DEFAULT_DECK,
    statuses: Iterable[WordStatus | str] = (WordStatus.LEARNING,),
    now: datetime | None = None,
    engine: Engine | None = None,
) -> int:
    """Write an .apkg of the learner's words (by default those being learnt); with
    ``engine``, a sentence is left out where it uses its word only inside a compound
    (`_row_sentence`).

    Note guids are ``genanki.guid_for(lemma, upos)`` (and ``..., "cloze"`` for the
    cloze note), so re-importing updates the notes. A word without a definition gets
    only its cloze note, and none without a sentence either. Returns the number of
    words with a note. With no card to make (no word of ``statuses``, or none with a
    definition or a sentence), nothing is written: an empty deck would replace a file
    with nothing.
    """
    import genanki

    wanted = {WordStatus(s) for s in statuses}
    words = [row for row in store.words() if row.status in wanted]
    if not words:
        return 0
    word_model, cloze_model = _models()
    deck = genanki.Deck(deck_id(deck_name), deck_name)
    exported = 0
    for row in words:
        forms = (row.word, row.lemma)
        sentence = _row_sentence(row, engine)
        highlighted = mark_word(sentence, forms, "<b>", "</b>") or html.escape(sentence)
        pos = part_of_speech(row.upos)
        # A card's back is the definition: without one ("chatbot": no dictionary has
        # it) the card had nothing to check an answer against (QA walk-through).
        # The card names the word as a dictionary does ("mortgage", "inflation"); its
        # sentence shows the form the article used ("mortgages", "Inflation").
        headword = row.lemma or row.word
        if row.definition.strip():
            deck.add_note(
                genanki.Note(
                    model=word_model,
                    fields=[html.escape(headword), pos, html.escape(row.definition),
                            highlighted],
                    guid=genanki.guid_for(row.lemma, row.upos),
                )
            )
        # A cloze needs the word in the sentence, a sentence that points to it
        # ("Maria {{c1::smiled}}." did not) and a noun or a verb, as a quiz's gap does;
        # "{{" in a sentence would break it.
        cloze = mark_word(sentence.replace("{{", "{ {"), forms, "{{c1::", "}}")
        if cloze and (row.upos in ANY_WORD_FITS
                      or not gap_points_to_one_word(_CLOZE.sub(BLANK, cloze), row.upos)):
            cloze = None  # "prices have risen {{c1::sharply}}": any adverb fits
        exported += bool(row.definition.strip() or cloze)
        if cloze:
            extra = html.escape(f"{headword} ({pos}) {row.definition}".strip())
            deck.add_note(
                genanki.Note(
                    model=cloze_model,
                    fields=[cloze, extra],
                    guid=genanki.guid_for(row.lemma, row.upos, "cloze"),
                )
            )
    if not exported:
        return 0
    when = now or datetime.now(UTC)
    genanki.Package(deck).write_to_file(str(path), timestamp=when.timestamp())
    return exported


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------

CSV_COLUMNS = ("lemma", "part_of_speech", "status", "word", "definition", "sentence", "article")


def export_csv(
    store: Store, path: Path, *, statuses: Iterable[WordStatus | str] | None = None,
    engine: Engine | None = None,
) -> int:
    """Write the learner's words as CSV (all of them unless ``statuses`` says which);
    with none, nothing is written (a teacher's spreadsheet was replaced by a header,
    QA walk-through). With ``engine``, sentences as `export_anki` has them."""
    wanted = {WordStatus(s) for s in statuses} if statuses is not None else set(WordStatus)
    rows: list[WordRow] = [row for row in store.words() if row.status in wanted]
    if not rows:
        return 0
    # With a byte-order mark: Excel reads a CSV without one in the machine's own
    # encoding, and "crème brûlée" came out garbled (QA walk-through).
    with Path(path).open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow(
                [
                    row.lemma,
                    part_of_speech(row.upos),
                    row.status.value,
                    row.word,
                    row.definition,
                    _row_sentence(row, engine),
                    row.article_title,
                ]
            )
    return len(rows)


# ---------------------------------------------------------------------------
# The learner file
# ---------------------------------------------------------------------------


def learner_document(store: Store, *, now: datetime | None = None) -> dict[str, Any]:
    return {
        "format": LEARNER_FILE_FORMAT,
        "version": LEARNER_FILE_VERSION,
        "schema": store.schema_version(),
        "exported_at": (now or datetime.now(UTC)).isoformat(),
        "tables": store.export_data(),
    }


def export_learner(store: Store, path: Path, *, now: datetime | None = None) -> dict[str, int]:
    """Write everything about the learner to a JSON file; returns rows per table."""
    document = learner_document(store, now=now)
    text = json.dumps(document, ensure_ascii=False, indent=1)
    # Write then rename, so a crash never leaves half a learner file behind.
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)
    return {table: len(rows) for table, rows in document["tables"].items()}


# A learner file holds the learner's articles, words and reviews: a few MB for years
# of reading. A file past this is another (a disk image, /dev/zero, which had filled
# the memory: "internal error (MemoryError)"), refused before it is read whole.
MAX_LEARNER_FILE_BYTES = 256 * 1024 * 1024


def read_learner_file(path: Path) -> dict[str, Any]:
    not_ours = f"{path} is not a learner file exported by reader."
    try:
        with Path(path).open("rb") as stream:
            data = stream.read(MAX_LEARNER_FILE_BYTES + 1)
        if len(data) > MAX_LEARNER_FILE_BYTES:
            raise LearnerFileError(
                f"{path} is too large to be a learner file (over "
                f"{MAX_LEARNER_FILE_BYTES // (1024 * 1024)} MB)."
            )
        document = json.loads(data.decode("utf-8"))
    except IsADirectoryError as error:
        raise LearnerFileError(f"{path} is a folder: give the learner file in it.") from error
    except FileNotFoundError as error:
        raise LearnerFileError(f"There is no file at {path}.") from error
    except OSError as error:
        raise LearnerFileError(f"Cannot read {path}: {error.strerror or error}.") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        # Its bytes or JSON parser's complaint would only puzzle a learner.
        raise LearnerFileError(not_ours) from error
    if not isinstance(document, dict) or document.get("format") != LEARNER_FILE_FORMAT:
        raise LearnerFileError(not_ours)
    newer = f"{path} was written by a newer reader; upgrade reader (nothing was changed)."
    # The store schema too: a file from a newer store had been taken silently, its new
    # columns dropped (QA walk-through).
    version, schema = (document.get(key, 0) for key in ("version", "schema"))
    if not isinstance(version, int) or not isinstance(schema, int):
        raise LearnerFileError(not_ours)
    if version > LEARNER_FILE_VERSION or schema > SCHEMA_VERSION:
        raise LearnerFileError(newer)
    if not isinstance(document.get("tables"), dict):
        raise LearnerFileError(f"{path} has no tables.")
    return document


def import_learner(store: Store, path: Path, *, replace: bool = False) -> dict[str, int]:
    """Load a learner file into the store; returns rows per table.

    The store must be empty unless ``replace`` is set; then its data is backed up
    first (file stores) and replaced as one transaction.
    """
    document = read_learner_file(path)
    if not store.is_empty():
        if not replace:
            raise StoreHoldsLearnerData(
                "This store already holds a learner's data; import with --replace to "
                "overwrite it (a backup is taken first)."
            )
        if store.path is not None:
            store.backup("import")
    try:
        return store.import_data(document["tables"])
    except DamagedLearnerData as error:
        # One sentence a learner can act on, not SQLite's "CHECK constraint failed".
        raise LearnerFileError(
            f"Cannot import {path}: it is damaged or from a newer reader ({error});"
            " nothing was changed."
        ) from error
    except (sqlite3.Error, StoreError, AttributeError, TypeError) as error:
        raise LearnerFileError(f"Cannot import {path}: {error}.") from error
