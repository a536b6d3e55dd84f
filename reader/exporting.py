"""Exports a learner or a teacher starts from the app (the command palette): the words
being learnt, for Anki or a spreadsheet, and a lesson handout of the article being
read. Files go to the export folder (`paths.export_dir`), named by kind (a lesson by its
article's title) and date, and the app says where; the command line's ``reader export``
writes the same files."""

from __future__ import annotations

import random
import re
import string
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vocab.models import QUIZ_QUESTIONS, WordStatus

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.engine import Engine
    from vocab.models import GlossaryEntry, LearnerProfile
    from vocab.store import Store

# What each kind of words export writes: (file suffix, what the learner is told).
WORD_EXPORTS = {"anki": (".apkg", "an Anki deck"), "csv": (".csv", "a spreadsheet (CSV)")}
# The name an export of the learner's words starts with, in the app and the CLI.
WORDS_FILE_STEM = "voa-reader-words"
# Questions in an exported lesson, as `reader export lesson` makes by default.
LESSON_QUESTIONS = QUIZ_QUESTIONS


def export_path(folder: Path, stem: str, suffix: str, now: datetime) -> Path:
    """``folder/stem-YYYY-MM-DD.suffix``, with "-2", "-3"... when that file exists."""
    return _numbered_export_path(folder, stem, suffix, now)[0]


def _numbered_export_path(folder: Path, stem: str, suffix: str,
                          now: datetime) -> tuple[Path, int]:
    """`export_path`, and which of the day's copies it is (1 for the first)."""
    base = f"{stem}-{now:%Y-%m-%d}"
    path, number = folder / f"{base}{suffix}", 1
    while path.exists():
        number += 1
        path = folder / f"{base}-{number}{suffix}"
    return path, number


# A file name keeps this much of an article's title: enough to tell lessons apart.
TITLE_IN_FILE_NAME = 48


def file_stem(title: str) -> str:
    """A title as a file name's part: "Russia Gets China's Support..." ->
    "russia-gets-chinas-support..."; accents dropped, "article" when nothing is left."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    # A straight apostrophe goes as the curly one does: "City's" was "city-s".
    stem = re.sub(r"[^a-z0-9]+", "-", plain.lower().replace("'", "")).strip("-")
    if len(stem) > TITLE_IN_FILE_NAME:  # whole words: "...-to-get-security", not "-guara"
        cut = stem[:TITLE_IN_FILE_NAME + 1]
        stem = cut.rsplit("-", 1)[0] if "-" in cut else cut[:TITLE_IN_FILE_NAME]
    return stem or "article"


# A notice (Textual's `Toast`) is 60 columns wide, at most half the screen; its border
# and padding leave 4 fewer for its text.
NOTICE_WIDTH = 60
NOTICE_FRAME = 4
# The end of an export's name that tells the files of a day apart, with a lesson's
# level: "-B1-2026-12-06-2.html".
_DATED_END = re.compile(r"(-[ABC][12])?-\d{4}-\d{2}-\d{2}(-\d+)?\.\w+$")


def notice_text_width(screen_width: int) -> int:
    """How many columns of text a line of a notice holds on a screen this wide."""
    return min(NOTICE_WIDTH, screen_width // 2) - NOTICE_FRAME


def where_saved(path: Path, width: int | None = None) -> str:
    """A saved file as a notice shows it: its name on a line of its own, then its
    folder ("~" for the home folder). A toast breaks a line too long for it anywhere, and
    a path is one long word: "…2026-12-05.cs" / "v" at 80 columns (QA walk-through).
    With the notice's ``width`` (`notice_text_width`), a longer name is shortened in the
    middle, its start and date kept ("lesson-town-council-votes…-2026-12-06.html"): a
    lesson named by a long title broke after "-2" of its date (QA walk-through); and a
    longer folder keeps its last folders ("in …/School/VOA Reader")."""
    folder = path.parent
    try:
        shown = f"~/{folder.relative_to(Path.home())}"
    except ValueError:
        shown = str(folder)
    name = path.name
    if width is not None:
        name = _shortened_name(name, width)
        shown = _shortened_folder(shown, width - len("in "))
    return f"{name}\nin {shown}"


def _shortened_name(name: str, width: int) -> str:
    """``name`` in ``width`` columns: its start, "…", and its date and suffix."""
    if len(name) <= width:
        return name
    dated = _DATED_END.search(name)
    end = dated.group() if dated else Path(name).suffix
    end = end[-max(width // 2, 1):] if len(end) > width // 2 else end
    return f"{name[:max(width - len(end) - 1, 1)].rstrip('-')}…{end}"


def _shortened_folder(folder: str, width: int) -> str:
    """``folder`` in ``width`` columns: "…" and its last folders whole if they fit."""
    if len(folder) <= width:
        return folder
    tail = folder[-max(width - 1, 1):]
    if "/" in tail[1:]:
        tail = tail[tail.index("/", 1):]
    return f"…{tail}"


def export_problem(error: Exception, folder: Path) -> str:
    """Why saving into ``folder`` failed, as a sentence a learner reads (not "[Errno 17]
    File exists: ..."); an error that is not the file system's says itself."""
    if not isinstance(error, OSError):
        return str(error)
    if folder.exists() and not folder.is_dir():
        return f"{folder} is a file, not a folder."
    where = error.filename or folder
    return f"{where}: {(error.strerror or str(error)).lower()}."


def exported_statuses(kind: str) -> tuple[WordStatus, ...]:
    """Which words an export from the app holds: those being learnt; for a
    spreadsheet, the known ones too."""
    if kind == "anki":
        return (WordStatus.LEARNING,)
    return (WordStatus.LEARNING, WordStatus.KNOWN)


def nothing_exported(store: Store, statuses: tuple[WordStatus, ...]) -> str:
    """Why an export wrote nothing: no such words yet, or (a deck) none of them has a
    definition or a sentence to put on a card."""
    if any(store.words(status) for status in statuses):
        return ("None of your learning words has a definition or a sentence to put on "
                "a card yet: nothing written. Save words from an article you read.")
    return ("No words to export yet: save words while you read (they become "
            "'learning'), or meet them in a quiz. Nothing written.")


def export_words(store: Store, kind: str, folder: Path, now: datetime,
                 engine: Engine | None = None) -> tuple[int, Path]:
    """The learner's words (`exported_statuses`) written as ``kind`` ("anki" or "csv")
    into ``folder``: (how many, the file); ``engine`` leaves out a sentence that uses
    its word only inside a compound (`vocab.exports.export_anki`)."""
    from vocab.exports import export_anki, export_csv

    statuses = exported_statuses(kind)
    path = export_path(folder, WORDS_FILE_STEM, WORD_EXPORTS[kind][0], now)
    if not any(store.words(status) for status in statuses):
        return 0, path  # nothing written: an empty deck helps no one
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "anki":
        count = export_anki(store, path, statuses=statuses, now=now, engine=engine)
    else:
        count = export_csv(store, path, statuses=statuses, engine=engine)
    return count, path


def export_lesson(engine: Engine, analysis: Analysis, glossary: list[GlossaryEntry],
                  profile: LearnerProfile, folder: Path, now: datetime) -> tuple[int, Path]:
    """A printable HTML lesson of the article (its text, its words, a quiz and the answer
    key) in ``folder``: (how many questions, the file). Nothing is written when there
    would be no word and no question in it: (0, the file it would have been)."""
    from vocab.lesson import lesson_html
    from vocab.quiz_words import article_quiz

    # The class's level in the name, as on the page: one article's handouts for a B1
    # and a B2 class were told apart only as "-2" (and printed as version B).
    stem = f"lesson-{file_stem(analysis.article.title)}-{profile.level.value}"
    path, copy = _numbered_export_path(folder, stem, ".html", now)
    # Seeded by the file's name: the day's second lesson of an article ("-2") is a
    # version B of the quiz, and each file can be made again as it was.
    items = article_quiz(engine, analysis, rng=random.Random(path.name),
                         n=LESSON_QUESTIONS, profile=profile)
    if not glossary and not items:
        return 0, path  # an empty handout helps no one
    folder.mkdir(parents=True, exist_ok=True)
    version = string.ascii_uppercase[(copy - 1) % len(string.ascii_uppercase)]
    path.write_text(lesson_html(analysis.article, glossary, items, version=version,
                                level=profile.level),
                    encoding="utf-8")
    return len(items), path
