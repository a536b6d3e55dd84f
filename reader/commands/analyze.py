"""``reader analyze PATH``: the cleaned article with its difficult words and glossary."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reader.commands.common import entry_count, load_engine_with_progress, read_article
from reader.commands.learner import add_level_option, as_the_learner_reads, profile_for
from reader.labels import page_clutter

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.models import GlossaryEntry, LearnerProfile, Token

# Colours by level, readable on dark and light backgrounds and in 16-colour terminals.
LEVEL_STYLES = {
    "A2": "bold cyan",
    "B1": "bold green",
    "B2": "bold yellow",
    "C1": "bold magenta",
    "C2": "bold red underline",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "analyze",
        aliases=["analyse"],
        help="show an article with its difficult words and glossary",
        description="Clean an article (file, URL or - for stdin), highlight difficult words, "
        "and list its Words in This Story.",
    )
    parser.add_argument("source", metavar="PATH", help="a .txt/.md/.html file, a URL, or -")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--max", type=entry_count, default=None, metavar="K",
                        help="at most K generated glossary entries")
    add_level_option(parser, default="your level and your words")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    article = read_article(args.source)
    engine = load_engine_with_progress()
    analysis = as_the_learner_reads(engine.analyse(article))
    profile = profile_for(args)
    glossary = engine.glossary(analysis, profile, max_entries=args.max)
    if args.json:
        print(json.dumps(analysis_json(analysis, glossary, profile), ensure_ascii=False,
                         indent=1))
    else:
        print_highlighted(analysis, glossary, profile)
    return 0


def analysis_json(analysis: Analysis, glossary: list[GlossaryEntry],
                  profile: LearnerProfile) -> dict[str, Any]:
    """The documented ``--json`` shape; offsets index into ``body``; ``difficult`` is
    for ``profile``."""
    from vocab.difficulty import difficult_for

    article = analysis.article
    return {
        "title": article.title,
        "body": article.body,
        "source": article.source,
        "removed": list(article.removed),
        "left_out": list(article.left_out),
        "clutter": page_clutter(article),  # the lines the import's note counts
        "data_lines": article.data_lines,
        "paragraphs": [list(p) for p in article.paragraphs],
        "sentences": [list(s) for s in analysis.sentences],
        "tagger": analysis.tagger,
        "tokens": [
            {
                "text": t.text, "start": t.start, "end": t.end, "lemma": t.lemma,
                "pos": t.pos, "upos": t.upos, "zipf": t.zipf, "cefr": t.cefr,
                "level": t.level.value if t.level else None,
                "difficult": difficult_for(t, profile),
                "proper_noun": t.proper_noun,
            }
            for t in analysis.tokens
        ],
        "expressions": [
            {"lemma": e.lemma, "kind": e.kind, "tokens": list(e.token_indices)}
            for e in analysis.expressions
        ],
        "glossary": [glossary_json(entry) for entry in glossary],
    }


def glossary_json(entry: GlossaryEntry) -> dict[str, str]:
    return {
        "word": entry.word, "lemma": entry.lemma, "pos": entry.label,
        "definition": entry.definition, "example": entry.example, "source": entry.source,
    }


def _highlighted_words(analysis: Analysis, profile: LearnerProfile,
                       wanted: Callable[[Token], bool]) -> str:
    """The highlighted words ``wanted`` keeps, as "deploy (B2), safeguard (C1)": each
    word once, in text order."""
    from vocab.difficulty import difficult_for

    words: dict[str, str] = {}
    for token in analysis.tokens:
        if token.level and difficult_for(token, profile) and wanted(token):
            words.setdefault(token.lemma.lower(),
                           f"{token.dictionary_spelling} ({token.level.value})")
    return ", ".join(words.values())


def _difficult_words_line(analysis: Analysis, profile: LearnerProfile) -> str:
    """"Harder than B1: deploy (B2), safeguard (C1)"."""
    harder = _highlighted_words(analysis, profile,
                                lambda token: token.level is not None
                                and token.level > profile.level)
    return f"Harder than {profile.level.value}: " + (harder or "none")


def _learning_words_line(analysis: Analysis, profile: LearnerProfile) -> str | None:
    """"You are learning: mayor (B1), deploy (B2)", or None when no word of the text is.

    A word the learner is learning (one a quiz asked, say) is highlighted whatever its
    level: listed as harder than B1, "mayor (B1)" said the opposite of its level (QA
    walk-through)."""
    from vocab.models import WordStatus

    learning = _highlighted_words(
        analysis, profile,
        lambda token: profile.status_of_token(token) is WordStatus.LEARNING)
    return f"You are learning: {learning}" if learning else None


def print_highlighted(analysis: Analysis, glossary: list[GlossaryEntry],
                      profile: LearnerProfile) -> None:
    from rich.console import Console
    from rich.text import Text

    from vocab.difficulty import difficult_for
    from vocab.models import Level

    console = Console(highlight=False)
    article = analysis.article
    console.print(Text(article.title, style="bold"))
    console.print()
    for start, end in article.paragraphs:
        # Styled by offset: the article text is never parsed as markup.
        text = Text(article.body[start:end])
        for token in analysis.tokens:
            if start <= token.start < end and token.level and difficult_for(token, profile):
                text.stylize(LEVEL_STYLES.get(token.level.value, "bold"),
                             token.start - start, token.end - start)
        console.print(text)
        console.print()
    if console.color_system is None:
        # No colours (a file, a pipe, NO_COLOR): the legend of colours would name none,
        # so the words are listed with their levels.
        console.print(_difficult_words_line(analysis, profile))
    else:
        legend = Text(f"Harder than {profile.level.value}: ")
        for level, style in LEVEL_STYLES.items():
            if Level(level).rank > profile.level.rank:
                legend.append(f" {level} ", style=style)
        console.print(legend)
    learning = _learning_words_line(analysis, profile)
    if learning is not None:
        # With colours too: a learning word at or below the learner's level is coloured
        # by a level the legend does not name.
        console.print()
        console.print(learning)
    console.print()
    console.print(Text("Words in This Story", style="bold"))
    console.print()
    for entry in glossary:
        line = Text()
        line.append(entry.word, style="bold")
        line.append(f" –{entry.label} {entry.definition}")
        if entry.source == "article":
            line.append("  (VOA)" if article.from_voa else "  (own list)", style="dim")
        console.print(line)
