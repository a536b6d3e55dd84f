"""The learner's data on the command line: export, import, stats, placement, restore.

* ``reader export learner [FILE.json]`` / ``anki [--deck NAME] [FILE.apkg]`` / ``csv [FILE.csv]``
  More export kinds plug in from other modules: a module named in ``EXPORT_PLUGINS``
  that defines ``register_export(export_subparsers)`` adds its own (the teacher's
  ``lesson`` handout does).
* ``reader import learner [--replace|--force] FILE.json``; any other first argument
  (a URL or a file) is handed to ``reader.commands.web.import_source(args)`` with
  ``args.source`` set to it.
* ``reader stats [--json]``, ``reader placement [--seed N]``, and ``reader restore``
  (put back the newest good backup of a damaged store).
"""

from __future__ import annotations

import argparse
import importlib
import shlex
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, TextIO

from reader.commands.common import add_force_option, open_lexicon_with_progress, writing_to
from reader.errors import UserError
from reader.exporting import WORDS_FILE_STEM, export_path
from reader.labels import counted
from reader.paths import export_dir, store_path

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.engine import Engine
    from vocab.models import LearnerProfile
    from vocab.store import Store

# Modules that may add ``reader export KIND`` sub-commands via register_export(subparsers).
EXPORT_PLUGINS = ("reader.commands.lesson",)
# The module that imports articles from URLs and files: it defines import_source(args).
IMPORT_SOURCE_MODULE = "reader.commands.web"


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export", help="export your words (Anki, CSV) or all your data (learner file)"
    )
    kinds = export.add_subparsers(dest="export_kind", metavar="KIND", required=True)

    learner = kinds.add_parser("learner", help="everything reader knows about you, as JSON")
    learner.add_argument("file", nargs="?", type=Path, metavar="FILE.json",
                         help=_IN_EXPORT_FOLDER)
    add_force_option(learner)
    learner.set_defaults(func=run_export_learner)

    anki = kinds.add_parser("anki", help="an Anki deck (.apkg) of the words you are learning")
    anki.add_argument("file", nargs="?", type=Path, metavar="FILE.apkg", help=_IN_EXPORT_FOLDER)
    add_force_option(anki)
    anki.add_argument("--deck", default=None, help="deck name (default: VOA Reader words)")
    anki.add_argument(
        "--all", action="store_true", help="include known words too, not only those being learnt"
    )
    anki.set_defaults(func=run_export_anki)

    csv_parser = kinds.add_parser("csv", help="your words as a spreadsheet (CSV)")
    csv_parser.add_argument("file", nargs="?", type=Path, metavar="FILE.csv",
                            help=_IN_EXPORT_FOLDER)
    add_force_option(csv_parser)
    csv_parser.add_argument(
        "--status",
        choices=("new", "learning", "known", "ignored"),
        action="append",
        help="only words with this status (repeatable)",
    )
    csv_parser.set_defaults(func=run_export_csv)

    # `reader export lesson` and other kinds come from their own modules.
    for name in EXPORT_PLUGINS:
        plugin = _optional_module(name)
        if plugin is not None and hasattr(plugin, "register_export"):
            plugin.register_export(kinds)

    imports = subparsers.add_parser(
        "import",
        # "add": the app's word for it (its Add dialog); a teacher typed `reader add`.
        aliases=["add"],
        help="import an article (URL, file, or - for text on standard input) or a "
        "learner file (`import learner FILE`)",
        description="`reader import URL_OR_FILE` saves an article (`-` reads it from "
        "standard input); "
        "`reader import learner FILE.json` loads a learner file exported on another machine "
        "(`--replace` overwrites the data already here).",
    )
    imports.add_argument("what", nargs="?", metavar="learner|URL_OR_FILE")
    # `learner`'s own words (FILE, --replace) go to its own parser, so the option may
    # come before or after FILE: one optional positional beside `what` had made
    # `import learner --replace FILE` "unrecognized arguments: FILE" (QA walk-through).
    imports.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    add_replace_option(imports)
    imports.set_defaults(func=run_import)

    stats = subparsers.add_parser("stats", help="your progress: words, reviews, streak")
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    stats.set_defaults(func=run_stats)

    placement = subparsers.add_parser(
        "placement", help="a short yes/no vocabulary test that sets your level"
    )
    placement.add_argument("--seed", type=int, default=None, help="repeat a given test")
    placement.set_defaults(func=run_placement)

    restore = subparsers.add_parser(
        "restore", help="replace a damaged learner store with its newest good backup",
        description="Replace a damaged learner store with its newest backup that passes "
        "SQLite's integrity check. Backups are taken at the first opening of each day, "
        "when an app session that changed something closes, and before a migration or "
        "an import; the last seven are kept in the backups/ folder beside the store. "
        "The damaged file is kept beside it, renamed *.corrupt-<time>. Run it when "
        "`reader` or `reader doctor` says the store is damaged.",
    )
    restore.set_defaults(func=run_restore)


def add_replace_option(parser: argparse.ArgumentParser) -> None:
    # --force too: every export takes it for "overwrite" (QA walk-through).
    parser.add_argument(
        "--replace",
        "--force",
        dest="replace",
        action="store_true",
        help="replace the data already here (it is backed up first)",
    )


def learner_import_parser() -> argparse.ArgumentParser:
    """The parser of what follows `reader import learner`."""
    parser = argparse.ArgumentParser(
        prog="reader import learner",
        description="Load a learner file exported on another machine.",
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE.json")
    add_replace_option(parser)
    return parser


def _optional_module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as missing:
        if missing.name != name:
            raise
        return None


def _now() -> datetime:
    return datetime.now().astimezone()  # local time: "today" is the learner's day


def open_store() -> Store:
    """The learner's store, with store problems turned into one-line user errors."""
    from vocab.store import Store, StoreError

    try:
        return Store.open(store_path())
    except StoreError as error:
        raise UserError(str(error)) from error


def add_level_option(parser: argparse.ArgumentParser, *, default: str) -> None:
    """``--level``: words chosen for a learner or a class at that level, who has marked
    none (a teacher preparing a lesson for a class that is not them)."""
    from vocab.models import Level

    parser.add_argument("--level", type=str.upper, choices=[level.value for level in Level],
                        default=None, metavar="LEVEL",
                        help=f"for a learner or class at this CEFR level, A1 to C2 "
                        f"(default: {default})")


def class_profile(args: argparse.Namespace) -> LearnerProfile | None:
    """The learner ``--level`` asks for, who has marked no word; None without it."""
    from vocab.models import LearnerProfile, Level

    return LearnerProfile(level=Level(args.level)) if args.level is not None else None


def profile_for(args: argparse.Namespace) -> LearnerProfile:
    """The profile ``--level`` asks for, else the learner's own (`learner_profile`)."""
    return class_profile(args) or learner_profile()


def learner_profile() -> LearnerProfile:
    """The learner's level and words, which the app reads for: a printed article,
    glossary or quiz is theirs too. The default learner (B1) while there is no store;
    printing creates none."""
    from vocab.difficulty import DEFAULT_PROFILE

    if not store_path().exists():
        return DEFAULT_PROFILE
    with open_store() as store:
        return store.profile()


def as_the_learner_reads(analysis: Analysis) -> Analysis:
    """``analysis`` with the meanings the learner chose in the app for the article's
    words (`Store.choose_sense`), when the article is in their library: a printed
    glossary, quiz or lesson then says what the app says ("sharply" chosen as
    "suddenly" had still been printed "in an aggressive manner", QA walk-through)."""
    if not store_path().exists():
        return analysis
    with open_store() as store:
        article_id = store.find_article(body=analysis.article.body)
        chosen = store.chosen_senses(article_id) if article_id is not None else {}
    return analysis.with_chosen_senses(chosen) if chosen else analysis


# --- export ---------------------------------------------------------------------


_IN_EXPORT_FOLDER = "where to write (default: a dated file in the export folder, as the app saves)"


def _in_export_folder(stem: str, suffix: str) -> Path:
    """A dated file in the export folder the app saves to (`reader.paths.export_dir`),
    for an export the learner named no file for."""
    folder = export_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"Cannot make the export folder {folder}: "
                        f"{error.strerror or error}; name a FILE instead.") from error
    return export_path(folder, stem, suffix, _now())


def _named_as(file: Path | None, suffix: str) -> Path | None:
    """``file`` with ``suffix`` in place of another kind's, as the Anki export names its
    deck: "export learner notes.pdf" wrote JSON that every program opened as a broken
    PDF. A name without a suffix is kept as typed."""
    if file is None or file.suffix.lower() in ("", suffix):
        return file
    return file.with_suffix(suffix)


def run_export_learner(args: argparse.Namespace) -> int:
    from vocab.exports import export_learner

    target = _named_as(args.file, ".json") or _in_export_folder("voa-reader-learner", ".json")
    with writing_to(target, force=args.force) as path, open_store() as store:
        counts = export_learner(store, path, now=_now())
    words = counts.get("word_statuses", 0)
    print(
        f"Saved {counted(words, 'word')}, {counted(counts.get('articles', 0), 'article')} and "
        f"{counted(counts.get('quiz_answers', 0), 'answer')} to {path}"
    )
    return 0


def run_export_anki(args: argparse.Namespace) -> int:
    from reader.exporting import nothing_exported
    from vocab.exports import DEFAULT_DECK, export_anki
    from vocab.models import WordStatus

    statuses = (WordStatus.LEARNING, WordStatus.KNOWN) if args.all else (WordStatus.LEARNING,)
    deck = args.deck or DEFAULT_DECK
    # Anki opens a deck by its name: "words.txt" holding a zipped deck would not open.
    target = (_in_export_folder(WORDS_FILE_STEM, ".apkg") if args.file is None
              else args.file if args.file.suffix.lower() == ".apkg"
              else args.file.with_suffix(".apkg"))
    with writing_to(target, force=args.force) as path, open_store() as store:
        count = export_anki(store, path, deck_name=deck, statuses=statuses, now=_now(),
                            engine=_engine_if_any())
        if count == 0:
            print(nothing_exported(store, statuses), file=sys.stderr)
            return 0
    print(f"Saved {counted(count, 'word')} to {path} (deck {deck!r}); import it in Anki")
    return 0


def run_export_csv(args: argparse.Namespace) -> int:
    from vocab.exports import export_csv

    target = args.file or _in_export_folder(WORDS_FILE_STEM, ".csv")
    with writing_to(target, force=args.force) as path, open_store() as store:
        count = export_csv(store, path, statuses=args.status, engine=_engine_if_any())
    if count == 0:
        which = " or ".join(args.status) + " " if args.status else ""
        print(f"No {which}words to export: nothing written.", file=sys.stderr)
        return 0
    print(f"Saved {counted(count, 'word')} to {path}")
    return 0


def _engine_if_any() -> Engine | None:
    """The engine, for an export to leave out a sentence that uses its word only inside
    a compound (`vocab.exports.export_anki`); None without language data: the words
    are exported as saved."""
    from reader.commands.common import load_engine_with_progress
    from vocab.models import LanguageDataMissing

    try:
        return load_engine_with_progress()
    except LanguageDataMissing:
        return None


# --- import ---------------------------------------------------------------------


def run_import(args: argparse.Namespace) -> int:
    if args.what is None:  # argparse would also have named the hidden `rest`
        raise UserError("Say what to import: reader import URL_OR_FILE, or "
                        "reader import learner FILE.json")
    if args.what != "learner":
        return _import_article(args)
    from vocab.exports import (
        LearnerFileError,
        StoreHoldsLearnerData,
        import_learner,
        read_learner_file,
    )

    learner_args = learner_import_parser().parse_args(args.rest)
    path: Path | None = learner_args.file
    if path is None:
        raise UserError("Say which learner file: reader import learner FILE.json")
    try:
        read_learner_file(path)  # before a store is made for it
    except LearnerFileError as error:
        raise UserError(str(error)) from error
    with open_store() as store:
        try:
            counts = import_learner(store, path, replace=args.replace or learner_args.replace)
        except StoreHoldsLearnerData as error:
            raise UserError(
                "This store already holds a learner's data; to overwrite it (a backup is "
                f"taken first), type: reader import learner --replace {shlex.quote(str(path))}"
            ) from error
        except LearnerFileError as error:
            raise UserError(str(error)) from error
    print(
        f"Imported {counted(counts.get('word_statuses', 0), 'word')}, "
        f"{counted(counts.get('articles', 0), 'article')} and "
        f"{counted(counts.get('quiz_answers', 0), 'answer')} from {path}"
    )
    return 0


def _import_article(args: argparse.Namespace) -> int:
    module = _optional_module(IMPORT_SOURCE_MODULE)
    import_source: Callable[[argparse.Namespace], int] | None = getattr(
        module, "import_source", None
    )
    if import_source is None:
        raise UserError(
            f"cannot import {args.what!r}: importing articles is not available in this "
            "build (use `reader import learner FILE.json` for a learner file)"
        )
    if args.rest:
        raise UserError(f"unexpected argument {args.rest[0]}: reader import URL_OR_FILE")
    args.source = args.what
    return int(import_source(args) or 0)


# --- stats, placement, restore ----------------------------------------------------


def run_stats(args: argparse.Namespace) -> int:
    from reader.commands.quiz import TYPE_NAMES_SHOWN
    from vocab.stats import format_table, learner_stats

    with open_store() as store:
        stats = learner_stats(store, _now())
    # The app's names: "Accuracy: cloze" where the app said "Fill the gap" (QA walk-through).
    print(stats.to_json() if args.json else format_table(stats, TYPE_NAMES_SHOWN))
    return 0


def ask_yes_no(word: str, number: int, total: int, *, stdin: TextIO, stdout: TextIO) -> bool:
    """One question; anything but y/yes/n/no asks again. End of input stops the test."""
    while True:
        stdout.write(f"[{number}/{total}] Do you know the word '{word}'? [y/n] ")
        stdout.flush()
        line = stdin.readline()
        if not line:
            raise UserError("the placement test stopped before the end; nothing was saved")
        answer = line.strip().lower()
        if answer in ("y", "yes"):
            return True
        if answer in ("n", "no"):
            return False
        stdout.write("Please answer y or n. (Some words are made up: say n to those.)\n")


def run_placement(args: argparse.Namespace) -> int:
    from vocab.placement import apply, build_test, score, size_in_words

    # WordNet tells the words written with a capital, which the test leaves out.
    items = build_test(open_lexicon_with_progress(), seed=args.seed)
    print("Say whether you know each word. Some are not real words: answer n to those.")
    answers = [
        (item, ask_yes_no(item.word, n, len(items), stdin=sys.stdin, stdout=sys.stdout))
        for n, item in enumerate(items, start=1)
    ]
    result = score(answers)
    with open_store() as store:
        batch = apply(store, result)
    print()
    print(
        f"Estimated vocabulary: {size_in_words(result)}. Your level: {result.level.value}."
    )
    if not result.reliable:
        print(
            "You said yes to several made-up words, so no words were marked known. "
            "Take the test again when you like: reader placement"
        )
    elif batch is not None:
        print(f"Marked {len(result.known_words)} words you know as known.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from vocab.store import Store, StoreError, backup_time, restore_latest_backup, store_health

    path = store_path()
    healthy, message = store_health(path)
    if healthy:
        print(f"Nothing to restore: {message}")
        return 0
    try:
        backup = restore_latest_backup(path)
    except StoreError as error:
        raise UserError(str(error)) from error
    taken = backup_time(path, backup)
    with Store.open(path) as store:
        marked = len(store.statuses())
    when = f", taken {taken:%Y-%m-%d at %H:%M} UTC" if taken else ""
    # A backup is taken once a day: the learner must know what it lacks (QA walk-through:
    # a day's 46 marks and 21 answers went without a word).
    print(f"Restored {path} from {backup}{when}. It holds {counted(marked, 'marked word')};"
          " what you did after it was taken is not in it. The damaged file was kept beside"
          " it (.corrupt-*).")
    return 0
