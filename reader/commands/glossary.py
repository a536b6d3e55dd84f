"""``reader glossary PATH``: the "Words in This Story" list, best first."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import TYPE_CHECKING

from reader.commands.analyze import glossary_json
from reader.commands.common import entry_count, load_engine_with_progress, read_article
from reader.commands.learner import add_level_option, as_the_learner_reads, profile_for

if TYPE_CHECKING:
    from vocab.models import GlossaryEntry


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "glossary", help="print an article's Words in This Story",
        description="Print the Words in This Story for an article: VOA's own entries "
        "(when the text has them) first, then generated ones.",
    )
    parser.add_argument("source", metavar="PATH", help="a .txt/.md/.html file, a URL, or -")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="a JSON list of entries")
    form.add_argument("--markdown", action="store_true", help="a Markdown section")
    form.add_argument("--csv", action="store_true",
                      help="CSV rows (word, part of speech, definition, example, source) for "
                      "a spreadsheet, Anki or Quizlet")
    parser.add_argument("--max", type=entry_count, default=None, metavar="K",
                        help="at most K generated entries")
    add_level_option(parser, default="your level, without the words you know")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    article = read_article(args.source)
    engine = load_engine_with_progress()
    analysis = as_the_learner_reads(engine.analyse(article))
    glossary = engine.glossary(analysis, profile_for(args), max_entries=args.max)
    if args.json:
        print(json.dumps([glossary_json(e) for e in glossary], ensure_ascii=False, indent=1))
    elif args.csv:
        _print_csv(glossary)
    elif args.markdown:
        print("## Words in This Story\n")
        for entry in glossary:
            print(f"**{entry.word}** –*{entry.label}* {entry.definition}  ")
        if not glossary:
            print(f"*{_nothing_to_explain(args)}*")
    else:
        print("Words in This Story\n")
        for entry in glossary:
            print(entry.as_voa_line())
        if not glossary:
            print(_nothing_to_explain(args))
    return 0


# The columns of `--csv`: what a flashcard needs first, then where the entry came
# from ("article": the story's own list; "generated": the reader's).
CSV_COLUMNS = ("word", "part_of_speech", "definition", "example", "source")


def _print_csv(glossary: list[GlossaryEntry]) -> None:
    """The entries as CSV on standard output (a teacher's `> words.csv`), a header row
    first: an empty list is the header alone, which a spreadsheet opens as such."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for entry in glossary:
        writer.writerow((entry.word, entry.label, entry.definition, entry.example, entry.source))


def _nothing_to_explain(args: argparse.Namespace) -> str:
    """Said under the heading of an empty list, which had stood there alone."""
    if args.max == 0:
        return "No entries of its own in this text, and none asked for (--max 0)."
    return "No words to explain for your level."
