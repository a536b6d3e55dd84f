"""``reader export lesson PATH --markdown|--html FILE``: a printable handout for a
teacher (the article, its Words in This Story, a quiz and the answer key on a page
of its own). Plugged into ``reader export`` by ``reader.commands.learner``."""

from __future__ import annotations

import argparse
import random
from pathlib import Path
from typing import TYPE_CHECKING

from reader.commands.common import (
    add_force_option,
    check_target,
    load_engine_with_progress,
    path_exists,
    read_article,
    writing_to,
)
from reader.commands.learner import add_level_option, as_the_learner_reads, class_profile
from reader.errors import UserError
from reader.labels import counted
from vocab.difficulty import DEFAULT_PROFILE
from vocab.models import QUIZ_QUESTIONS

if TYPE_CHECKING:
    from vocab.models import Article


def register_export(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "lesson", help="a printable lesson: the article, its words, a quiz and the key",
        description="Write a handout for a class: the article, its Words in This Story, "
        "a quiz, and the answer key on a separate page.",
    )
    parser.add_argument("source", metavar="PATH",
                        help="a .txt/.md/.html file, a URL, -, or an article's number in "
                        "your library (as `reader import` names it)")
    form = parser.add_mutually_exclusive_group(required=True)
    form.add_argument("--markdown", type=Path, metavar="FILE", help="write Markdown to FILE")
    form.add_argument("--html", type=Path, metavar="FILE", help="write HTML to FILE")
    parser.add_argument("--n", type=int, default=QUIZ_QUESTIONS, metavar="N",
                        help=f"quiz items ({QUIZ_QUESTIONS})")
    parser.add_argument("--types", default=None, metavar="T1,T2", help="quiz item types")
    parser.add_argument("--seed", type=int, default=None, metavar="S",
                        help="the same seed gives the same quiz")
    add_level_option(parser, default=DEFAULT_PROFILE.level.value)
    add_force_option(parser)
    parser.set_defaults(func=run_export_lesson)


_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})


def run_export_lesson(args: argparse.Namespace) -> int:
    from reader.commands.quiz import parse_types
    from vocab.lesson import lesson_html, lesson_markdown
    from vocab.quiz_words import article_quiz

    target: Path = args.markdown or args.html
    wanted = _MARKDOWN_SUFFIXES if args.markdown else _HTML_SUFFIXES
    if target.suffix.lower() not in wanted:
        # "--html lesson.pdf" wrote HTML into a file every program opens as a PDF
        # (QA walk-through).
        raise UserError(f"{target}: a {'Markdown' if args.markdown else 'HTML'} lesson goes"
                        f" in a {' or '.join(sorted(wanted))} file (print the HTML to PDF"
                        " from a browser)")
    check_target(target, force=args.force)
    if args.n < 1:
        raise UserError("--n must be at least 1")
    types = parse_types(args.types)
    article = _lesson_article(args.source)
    engine = load_engine_with_progress()
    analysis = as_the_learner_reads(engine.analyse(article))
    # The class's level, never the teacher's own words.
    profile = class_profile(args) or DEFAULT_PROFILE
    glossary = engine.glossary(analysis, profile)
    items = article_quiz(engine, analysis, rng=random.Random(args.seed), n=args.n, types=types,
                         profile=profile)
    render = lesson_markdown if args.markdown else lesson_html
    with writing_to(target, force=args.force):
        target.write_text(render(article, glossary, items, level=profile.level),
                          encoding="utf-8")
    print(f"Saved a lesson with {counted(len(glossary), 'word')} and "
          f"{questions_made(len(items), args.n, types)} to {target}")
    return 0


def _lesson_article(source: str) -> Article:
    """The article at ``source``, or the library's article of that number when no file
    has that name: a teacher told "Imported article 3: ..." had typed `reader export
    lesson 3` and read "There is no file at 3."."""
    if not source.isdigit() or path_exists(source):
        return read_article(source)
    from reader.commands.learner import open_store

    with open_store() as store:
        stored = store.get_article(int(source))
    if stored is None:
        raise UserError(f"There is no file at {source}, and no article {source} in your "
                        "library: give a file, a web address, or an article's number.")
    return stored.article


def questions_made(made: int, asked: int, types: tuple[str, ...]) -> str:
    """"6 questions", and why when fewer than the ``asked`` (``--n``): a teacher who
    asked for 10 and read "6 questions" had no reason for it (QA walk-through)."""
    from reader.commands.quiz import why_no_questions

    if not made:
        return f"no questions ({why_no_questions(types)})"
    if made < asked:
        return (f"{counted(made, 'question')} (of the {asked} asked for: this story's words "
                "make no more fair ones)")
    return counted(made, "question")
