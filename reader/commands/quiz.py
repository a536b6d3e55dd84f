"""``reader quiz PATH``: a quiz on an article, as JSON or taken in the terminal.

``reader quiz --review`` quizzes the words due for review instead. In the
interactive quiz every answer is saved to the learner store the moment it is given.

``--json`` prints a list of items (see ``QuizItem.to_json``): for matching items,
``options`` are the five definitions in shuffled order, ``word`` is the list of
five words, ``answer_index`` the option index for each word in that order and
``answer`` a ``{word: definition}`` mapping; spelling items have no options but
``accepted`` (the spellings that count as right).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import textwrap
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from reader.commands.common import (
    file_names,
    is_url,
    load_engine_with_progress,
    read_article,
)
from reader.errors import UserError
from reader.labels import counted, headword
from vocab.models import QUIZ_QUESTIONS

if TYPE_CHECKING:
    from vocab.models import Article
    from vocab.quiz_answers import AnswerCheck
    from vocab.quiz_items import QuizItem
    from vocab.quiz_session import QuizSession
    from vocab.store import Store

Say = Callable[..., None]

TYPE_NAMES = {
    "meaning": "Meaning", "word": "Word", "cloze": "Fill the gap", "matching": "Matching",
    "sense": "Sense in context", "spelling": "Spelling",
}
# A review's card the learner grades (vocab.quiz.recall_item): asked only of a word no
# question can ask, never chosen with --types.
TYPE_NAMES_SHOWN = {**TYPE_NAMES, "recall": "Remember"}
STOP_WORDS = {"q", "quit", "stop"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "quiz", help="a quiz on an article's words (or --review: the words due today)",
        description="Build a quiz from an article's difficult words and take it here, "
        "or print it as JSON. Answers are saved and schedule the words for review.",
    )
    parser.add_argument("source", nargs="?", metavar="PATH",
                        help="a .txt/.md/.html file, a URL, or -")
    parser.add_argument("--review", action="store_true",
                        help="quiz the words due for review instead of an article")
    _add_quiz_options(parser)
    parser.set_defaults(func=run)
    # "reader review" was argparse's "invalid choice" (QA walk-through): the review
    # has a command of its own, as in the app (v).
    review = subparsers.add_parser(
        "review", help="quiz the words due for review (as quiz --review)",
        description="Quiz the words due for review and take it here, or print it as "
        "JSON. Answers are saved and schedule the words again.",
    )
    _add_quiz_options(review)
    review.set_defaults(func=run, review=True, source=None)


def _add_quiz_options(parser: argparse.ArgumentParser) -> None:
    """The options an article's quiz and a review share."""
    parser.add_argument("--n", type=int, default=QUIZ_QUESTIONS, metavar="N",
                        help=f"number of items ({QUIZ_QUESTIONS})")
    parser.add_argument("--types", default=None, metavar="T1,T2",
                        help="item types: " + ",".join(TYPE_NAMES))
    parser.add_argument("--seed", type=int, default=None, metavar="S",
                        help="the same seed gives the same quiz")
    parser.add_argument("--json", action="store_true", help="print the items as JSON")


def parse_types(text: str | None) -> tuple[str, ...]:
    from vocab.quiz import ITEM_TYPES

    if not text:
        return ITEM_TYPES
    types = tuple(dict.fromkeys(t.strip().lower() for t in text.split(",") if t.strip()))
    unknown = [t for t in types if t not in ITEM_TYPES]
    if unknown or not types:
        raise UserError(f"unknown quiz type {', '.join(unknown) or text!r}; "
                        f"choose from {', '.join(ITEM_TYPES)}")
    return types


def why_no_questions(types: tuple[str, ...], whole_quiz: str = "") -> str:
    """Why a quiz came out empty, in lower case: the types asked for, or, with all of
    them, ``whole_quiz`` (`vocab.quiz_words.why_no_quiz`'s sentence) or the text."""
    from vocab.quiz import ITEM_TYPES

    if set(types) != set(ITEM_TYPES):
        return (f"no {' or '.join(types)} questions could be made from this text; "
                "try other --types")
    if whole_quiz:
        return whole_quiz[:1].lower() + whole_quiz[1:].rstrip(".")
    return "this text has too few words to quiz"


def run(args: argparse.Namespace) -> int:
    if args.n < 1:
        raise UserError("--n must be at least 1")
    if not args.review and not args.source:
        raise UserError("give an article (PATH, URL or -) or --review")
    types = parse_types(args.types)
    rng = random.Random(args.seed)
    if args.review:
        return _run_review(args, types, rng)
    article = read_article(args.source)
    engine = load_engine_with_progress()
    from reader.commands.learner import as_the_learner_reads, learner_profile, open_store

    analysis = as_the_learner_reads(engine.analyse(article))
    from vocab.quiz_words import article_quiz, why_no_quiz

    if args.json:
        # Printed, not taken: the article is not added, but the learner's known and
        # ignored words are still never asked.
        items = article_quiz(engine, analysis, rng=rng, n=args.n, types=types,
                             profile=learner_profile())
        print(json.dumps([i.to_json() for i in items], ensure_ascii=False, indent=1))
        return 0

    with open_store() as store:
        article_id = _keep_in_library(store, args.source, article)
        items = article_quiz(engine, analysis, rng=rng, n=args.n, types=types,
                             profile=store.profile(), article_id=article_id)
        why_empty = why_no_questions(types, why_no_quiz(analysis, store.profile()))
        return _take(items, store, sys.stdin, sys.stdout, why_empty)


def _keep_in_library(store: Store, source: str, article: Article) -> int:
    """The quizzed article's id in the library, where its answers are kept with it
    (its words' "first met in", the learner's progress). Added when it is not there,
    as `reader import` adds it (a file under its full path, found again by it), and
    said: the quiz had added files unsaid, where `analyze` and `glossary` add none."""
    names = file_names(source) if source != "-" and not is_url(source) else ()
    if names:
        article = replace(article, source=names[0])
    known = store.find_article(body=article.body, file_names=names)
    article_id = store.add_article(article, file_names=names)
    if known is None:
        print(f"Added to your library as article {article_id}: {article.title or '(no title)'}")
    return article_id


# What review says with no word saved: how words come to it, here and in the app.
NO_WORDS_SAVED = ("To add words, take a quiz on an article (`reader quiz story.txt`), or "
                  "open one (`reader story.txt`) and press r on a word to practise.")


def _run_review(args: argparse.Namespace, types: tuple[str, ...], rng: random.Random) -> int:
    from reader.commands.learner import open_store
    from vocab.models import WordStatus
    from vocab.quiz_words import review_quiz
    with open_store() as store:
        due = store.cards_to_review(_now(), limit=args.n)
        if not due:
            upcoming = store.next_due(_now())
            print("No words are due for review. " + (
                f"The next one comes back {upcoming.astimezone():%a %d %b at %H:%M}."
                if upcoming else NO_WORDS_SAVED))
            return 0
        engine = load_engine_with_progress()
        others = store.words(WordStatus.LEARNING) + store.words(WordStatus.KNOWN)
        items = review_quiz(engine, due, others, rng=rng, n=args.n, types=types,
                            profile=store.profile(),
                            last_ways=store.last_ways_asked() if len(set(types)) > 1 else None)
        if args.json:
            print(json.dumps([i.to_json() for i in items], ensure_ascii=False, indent=1))
            return 0
        _take(items, store, sys.stdin, sys.stdout,
              "no questions could be made from the words due")
        # The app says so after a review (press v); the terminal's ended on the score.
        more = store.count_to_review(_now()) if items else 0
        if more:
            print(f"{counted(more, 'more word')} {'is' if more == 1 else 'are'} due now: "
                  "run `reader review` again.")
        return 0


def _now() -> datetime:
    return datetime.now(UTC)


def _take(items: list[QuizItem], store: Store, stdin: TextIO, out: TextIO,
          why_empty: str) -> int:
    from vocab.quiz_session import QuizSession

    if not items:
        print(why_empty[:1].upper() + why_empty[1:] + ".", file=out)
        return 0
    session = QuizSession(items, store, _now)
    say = _printer(out)
    say(f"{counted(len(items), 'question')}. Type the number of your answer, or the word when asked"
        " to type it (q to stop).")
    while not session.finished:
        given = _ask(session, stdin, say)
        if given is None:
            break
        item = session.current
        assert item is not None
        say(*feedback_lines(item, session.answer(given)))
    right, total = session.score
    if not total:  # "Score: 0 of 0" read as a failed quiz
        say("", "Stopped before the first answer.")
        return 0
    say("", f"Score: {right} of {total}.")
    missed = session.words_to_review()
    if missed:
        say("Words you missed: " + ", ".join(missed))
    return 0


def _printer(out: TextIO) -> Say:
    # A terminal breaks a long line wherever its edge falls ("s" / "hips", QA
    # walk-through): lines are wrapped at words to its width. Piped output is left whole.
    width = shutil.get_terminal_size().columns if out.isatty() else None

    def say(*lines: str) -> None:
        for line in lines:
            print(wrapped(line, width) if width else line, file=out)
        out.flush()  # the answer is saved; the learner sees it at once

    return say


# A line's indent, with the number of an option: its next lines start under its text.
_HANGING = re.compile(r"\s*(?:\d+\.\s+)?")


def wrapped(line: str, width: int) -> str:
    """``line`` broken at spaces to ``width`` columns, its later lines indented under
    its text ("  1. a long option" goes on under "a")."""
    hanging = _HANGING.match(line)
    indent = " " * (hanging.end() if hanging else 0)
    return textwrap.fill(line, width, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False) if len(line) > width else line


def _ask(session: QuizSession, stdin: TextIO, say: Say) -> int | str | None:
    item = session.current
    assert item is not None
    say("", *question_lines(item, session.position, len(session.items), session.part))
    while True:
        line = stdin.readline()
        if not line or line.strip().lower() in STOP_WORDS:
            return None
        text = line.strip()
        if item.type == "spelling":
            # A number is an option's habit, not a word: it would be saved as wrong.
            if any(character.isalpha() for character in text):
                return text
        elif text.isdigit() and (refused := session.matched_already(int(text) - 1)):
            say(refused)
            continue
        elif text.isdigit() and 1 <= int(text) <= len(item.options):
            return int(text) - 1
        say(f"Please type a number from 1 to {len(item.options)}, or q to stop."
            if item.type != "spelling" else "Please type the word in letters, or q to stop.")


def question_lines(item: QuizItem, index: int, total: int, part: int = 0) -> list[str]:
    """The question as printed in the terminal."""
    if item.type == "matching" and part > 0:
        return [f"Which definition matches “{item.targets[part].shown}”?"
                f" ({part + 1} of {item.parts})"]
    lines = [f"Question {index + 1} of {total} · {TYPE_NAMES_SHOWN[item.type]}", item.prompt]
    if item.sentence:
        lines.append(f"  {item.sentence}")
    if item.type == "matching":
        lines += [f"  {i}. {o}" for i, o in enumerate(item.options, 1)]
        lines.append(f"Which definition matches “{item.targets[part].shown}”?"
                     f" ({part + 1} of {item.parts})")
    elif item.type != "spelling":
        lines += [f"  {i}. {o}" for i, o in enumerate(item.options, 1)]
    return lines


def feedback_lines(item: QuizItem, verdict: AnswerCheck) -> list[str]:
    """Right or wrong, the right answer, and the word in its article sentence."""
    from vocab.quiz_answers import sentence_to_show

    target = verdict.target
    lines = [verdict.verdict_line]
    if verdict.note:
        lines.append(verdict.note)
    lines.append(f"  {headword(target)} – {target.definition}")
    if in_use := sentence_to_show(item, verdict):  # a short piece, after a wrong answer
        lines.append(f"  In the article: {in_use}")
    return lines
