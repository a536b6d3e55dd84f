"""``reader eval glossary DIR_OR_JSONL``: how close the engine comes to VOA's editors.

For each VOA story (its own glossary taken out of the text) the engine makes a
glossary of k and of 2k entries, k being the size of VOA's; we report the share of
VOA's words found (recall@k, recall@2k, matched by lemma), how often our part of
speech agrees with VOA's on the words both chose, and the glossary density. The
frequency-only baseline (rarest content words first) is printed beside it, so a
change to the ranking is always judged against the obvious method.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.errors import UserError

if TYPE_CHECKING:
    from vocab.engine import Engine
    from vocab.lexicon import Lexicon
    from vocab.models import Article, GlossaryEntry

# VOA's labels vary ("n", "noun", "n."); multi-word labels ("phrasal verb",
# "figure of speech", "verb phrase"...) are one class: VOA uses them interchangeably.
_POS_NAMES = {
    "n": "n",
    "noun": "n",
    "v": "v",
    "verb": "v",
    "adj": "adj",
    "adjective": "adj",
    "adv": "adv",
    "adverb": "adv",
}
_PHRASE_LABEL = "phrase"


@dataclass(frozen=True)
class GoldStory:
    """One evaluation story: the article without its glossary, and VOA's entries."""

    name: str
    article: Article
    gold: tuple[GlossaryEntry, ...]


@dataclass
class StoryResult:
    name: str
    words: int
    gold: list[str]
    found_k: list[str]
    found_2k: list[str]
    baseline_k: list[str]
    baseline_2k: list[str]
    pos_pairs: list[tuple[str, str, str]]  # (word, ours, VOA's)
    default_size: int  # entries in the glossary made without a size (the app's)
    ours: list[str] = field(default_factory=list)
    definition_overlaps: list[float] = field(default_factory=list)
    # How easy the definitions of the default-size glossary are for a B1 learner
    # (`vocab.definitions.ease`): ours, WordNet's first sense of the same words (what a
    # plain dictionary look-up shows) and VOA's own definitions of its words.
    ease_ours: list[float] = field(default_factory=list)
    ease_first_sense: list[float] = field(default_factory=list)
    ease_voa: list[float] = field(default_factory=list)
    self_defined: list[str] = field(default_factory=list)  # definitions using their headword


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="measure the engine against VOA's editors",
        description="Evaluate the engine on VOA stories with their glossaries.",
    )
    kinds = parser.add_subparsers(dest="eval_kind", metavar="WHAT", required=True)
    glossary = kinds.add_parser(
        "glossary",
        help="recall of VOA's Words in This Story, POS agreement, density",
        description="For VOA stories (a JSONL file of {title, body, glossary} or a folder of "
        "VOA .txt/.html files with their Words in This Story), compare the generated glossary "
        "with VOA's: recall@k and recall@2k (k = size of VOA's glossary, matched by lemma), "
        "POS agreement on matched words, and density; the frequency-only baseline beside it.",
    )
    glossary.add_argument("source", metavar="DIR_OR_JSONL")
    glossary.add_argument(
        "--half",
        choices=("all", "even", "odd"),
        default="all",
        help="only the stories at even or odd positions (held-out checks)",
    )
    glossary.add_argument("--json", action="store_true", help="one JSON object with every figure")
    glossary.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="each story's words: VOA's, ours, and which matched",
    )
    glossary.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reader.commands.common import load_engine_with_progress

    stories = select_half(load_stories(Path(args.source)), args.half)
    if not stories:
        raise UserError(f"no VOA stories with a glossary in {args.source}")
    engine = load_engine_with_progress()
    started = time.perf_counter()
    results = [evaluate_story(engine, story) for story in stories]
    summary = summarise(results)
    summary["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(
            json.dumps(
                {"summary": summary, "stories": [r.__dict__ for r in results]},
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print_report(summary, results if args.verbose else [])
    return 0


# --- loading -----------------------------------------------------------------------


def load_stories(source: Path) -> list[GoldStory]:
    """Stories from a dev-set JSONL file or a folder of VOA articles with glossaries."""
    if source.is_dir():
        return list(_stories_from_dir(source))
    if source.is_file():
        return list(_stories_from_jsonl(source))
    raise UserError(f"{source}: no such file or folder")


def _stories_from_jsonl(path: Path) -> Iterable[GoldStory]:
    from vocab.models import GlossaryEntry

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            gold = tuple(
                GlossaryEntry(
                    word=g["word"],
                    lemma=g["word"].lower(),
                    pos=g["pos"],
                    definition=g.get("definition", ""),
                    source="article",
                )
                for g in row["glossary"]
            )
            article = article_from_parts(row["title"], row["body"], source=f"{path.name}:{number}")
        except (KeyError, TypeError, ValueError) as error:
            raise UserError(f"{path}:{number}: not a story with a glossary ({error})") from error
        if gold:
            yield GoldStory(row["title"], article, gold)


def _stories_from_dir(folder: Path) -> Iterable[GoldStory]:
    from dataclasses import replace

    from vocab.articles import load_article

    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in {".txt", ".md", ".html", ".htm"}:
            continue
        article = load_article(path)
        if article.glossary:
            yield GoldStory(path.name, replace(article, glossary=()), article.glossary)


def article_from_parts(title: str, body: str, source: str = "") -> Article:
    """An `Article` from a title and a body whose paragraphs are separated by blank lines."""
    import re

    from vocab.models import Article

    paragraphs = tuple(
        m.span()
        for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body)
        if body[m.start() : m.end()].strip()
    )
    return Article(title=title.strip(), body=body, paragraphs=paragraphs, source=source)


def select_half(stories: Sequence[GoldStory], half: str) -> list[GoldStory]:
    if half == "all":
        return list(stories)
    parity = 0 if half == "even" else 1
    return [s for i, s in enumerate(stories) if i % 2 == parity]


# --- scoring -----------------------------------------------------------------------


def gold_keys(word: str) -> set[str]:
    """The lemmas a VOA headword may stand for ("forgeries" -> "forgery"); a word in
    brackets is one VOA may leave out: "(weather) forecast" is "forecast" or "weather
    forecast"."""
    import re

    import lemminflect

    word = word.lower().replace("’", "'")
    text = " ".join(re.sub(r"\([^)]*\)", " ", word).split())
    keys = {text, " ".join(re.sub(r"[()]", " ", word).split())}
    if " " not in text:
        for upos in ("NOUN", "VERB", "ADJ", "ADV"):
            keys.update(lemma.lower() for lemma in lemminflect.getLemma(text, upos=upos))
    return keys


def entry_keys(entry: GlossaryEntry) -> set[str]:
    """The lemmas an entry stands for, found the same way as for VOA's headwords, so
    "misleading –adj." and VOA's "mislead –v." are one word family either way."""
    return gold_keys(entry.word) | gold_keys(entry.lemma)


def gold_matches(headword: str, lemma: str, body: set[str], lexicon: Lexicon) -> bool:
    """Whether our entry for ``lemma`` is VOA's ``headword``: one lemma (`gold_keys`),
    or, where the story's ``body`` (its words and lemmas, lower-cased) never writes the
    headword, a WordNet relative of it: VOA then glosses the base of the word the story
    uses ("proud" for "She smiled proudly", "distribute" for "distribution"), and our
    entry for that word is the same pick under another headword."""
    keys, ours = gold_keys(headword), gold_keys(lemma)
    if keys & ours:
        return True
    if " " in headword.strip() or keys & body:
        return False
    return bool(keys & _relatives(lemma, lexicon) or ours & _relatives(headword, lexicon))


def _relatives(word: str, lexicon: Lexicon) -> set[str]:
    """WordNet's derivations of ``word`` (two steps) and, for an adverb, the
    adjectives it is made from ("proudly" -> "proud")."""
    from vocab.word_family import derived_lemmas

    word = word.lower()
    made_from = {
        sense.lemma.lower()
        for adverb in lexicon.senses(word, "r")
        for sense in lexicon.pertainyms(adverb.synset)
    }
    return set(derived_lemmas(word, lexicon)) | made_from


def normal_pos(label: str) -> str:
    label = label.lower().strip().rstrip(".")
    label = label.split("(")[0].strip().rstrip(".")
    return _POS_NAMES.get(label, _PHRASE_LABEL)


def evaluate_story(engine: Engine, story: GoldStory) -> StoryResult:
    from vocab.glossary import frequency_baseline

    analysis = engine.analyse(story.article)
    k = len(story.gold)
    ours = engine.glossary(analysis, max_entries=2 * k)
    baseline = frequency_baseline(analysis, 2 * k)
    gold = [(g, gold_keys(g.word)) for g in story.gold]
    body = {t.lemma.lower() for t in analysis.tokens} | {t.text.lower() for t in analysis.tokens}
    lexicon = engine.senses.lexicon

    def found(entries: Sequence[Any], lemmas_of: Any) -> list[str]:
        return [
            g.word
            for g, _ in gold
            if any(
                gold_matches(g.word, lemma, body, lexicon)
                for e in entries
                for lemma in lemmas_of(e)
            )
        ]

    pos_pairs = []
    overlaps = []
    for g, keys in gold:
        match = next((e for e in ours if keys & entry_keys(e)), None)
        if match is not None:
            pos_pairs.append((g.word, normal_pos(match.pos), normal_pos(g.pos)))
            overlaps.append(definition_overlap(match.definition, g.definition))
    default = engine.glossary(analysis)
    ease = _definition_ease(engine, default, story.gold)
    return StoryResult(
        name=story.name,
        words=story.article.word_count,
        gold=[g.word for g in story.gold],
        found_k=found(ours[:k], _entry_lemmas),
        found_2k=found(ours, _entry_lemmas),
        baseline_k=found(baseline[:k], _candidate_lemma),
        baseline_2k=found(baseline, _candidate_lemma),
        pos_pairs=pos_pairs,
        default_size=len(default),
        ours=[e.word for e in ours],
        definition_overlaps=overlaps,
        **ease,
    )


def _entry_lemmas(entry: GlossaryEntry) -> tuple[str, str]:
    return entry.word, entry.lemma


def _candidate_lemma(lemma: str) -> tuple[str]:
    return (lemma,)


# VOA's labels as WordNet's parts of speech, for the plain dictionary's first sense.
_WORDNET_POS = {"n.": "n", "v.": "v", "adj.": "a", "adv.": "r"}


def _definition_ease(
    engine: Engine, entries: Sequence[GlossaryEntry], gold: Sequence[GlossaryEntry]
) -> dict[str, Any]:
    from vocab.models import LearnerProfile
    from vocab.word_family import defines_by_itself
    from vocab.wording_ease import ease

    profile = LearnerProfile()  # B1, the level VOA writes for
    found: dict[str, Any] = {"ease_ours": [], "ease_first_sense": [], "self_defined": []}
    for entry in entries:
        found["ease_ours"].append(ease(entry.definition, engine.words, profile))
        if defines_by_itself(entry.definition, entry.lemma, _WORDNET_POS.get(entry.pos, "")):
            found["self_defined"].append(entry.word)
        senses = engine.senses.lexicon.senses(entry.lemma, _WORDNET_POS.get(entry.pos))
        if senses:
            found["ease_first_sense"].append(ease(senses[0].definition, engine.words, profile))
    found["ease_voa"] = [ease(g.definition, engine.words, profile) for g in gold if g.definition]
    return found


def definition_overlap(ours: str, voa: str) -> float:
    """A rough check of the sense chosen: the share of the content words of VOA's
    definition (its first sense, crudely stemmed) that ours uses too."""
    from vocab.gloss_words import content_words

    theirs = content_words(voa.split(":")[0].split(";")[0])
    return len(theirs & content_words(ours)) / len(theirs) if theirs else 0.0


def summarise(results: Sequence[StoryResult]) -> dict[str, Any]:
    gold = sum(len(r.gold) for r in results)
    words = sum(r.words for r in results)
    pos_total = sum(len(r.pos_pairs) for r in results)
    pos_agree = sum(1 for r in results for _, ours, voa in r.pos_pairs if ours == voa)

    def share(count: int, total: int) -> float:
        return round(count / total, 3) if total else 0.0

    return {
        "stories": len(results),
        "voa_entries": gold,
        "recall_at_k": share(sum(len(r.found_k) for r in results), gold),
        "recall_at_2k": share(sum(len(r.found_2k) for r in results), gold),
        "pos_agreement": share(pos_agree, pos_total),
        "pos_matched": pos_total,
        "definition_overlap": round(sum(sum(r.definition_overlaps) for r in results) / pos_total, 3)
        if pos_total
        else 0.0,
        "baseline_recall_at_k": share(sum(len(r.baseline_k) for r in results), gold),
        "baseline_recall_at_2k": share(sum(len(r.baseline_2k) for r in results), gold),
        "definition_ease": _mean(e for r in results for e in r.ease_ours),
        "definition_ease_first_sense": _mean(e for r in results for e in r.ease_first_sense),
        "definition_ease_voa": _mean(e for r in results for e in r.ease_voa),
        "definitions_using_headword": sum(len(r.self_defined) for r in results),
        "definitions": sum(len(r.ease_ours) for r in results),
        "voa_entries_per_100_words": round(100 * gold / words, 2) if words else 0.0,
        "our_entries_per_100_words": round(100 * sum(r.default_size for r in results) / words, 2)
        if words
        else 0.0,
    }


def _mean(values: Iterable[float]) -> float:
    found = list(values)
    return round(sum(found) / len(found), 3) if found else 0.0


def print_report(summary: dict[str, Any], results: Sequence[StoryResult]) -> None:
    for r in results:
        print(
            f"{r.name}\n  VOA:  {', '.join(r.gold)}\n  ours: {', '.join(r.ours)}"
            f"\n  hit@k: {', '.join(r.found_k) or '-'}   hit@2k: {', '.join(r.found_2k) or '-'}"
        )
        disagree = [f"{w} ({o}/{v})" for w, o, v in r.pos_pairs if o != v]
        if disagree:
            print(f"  POS differs (ours/VOA): {', '.join(disagree)}")
    s = summary
    out = sys.stdout
    out.write(
        f"\n{s['stories']} stories, {s['voa_entries']} VOA entries\n"
        f"{'':22}{'engine':>8}{'frequency only':>16}\n"
        f"{'recall@k':22}{s['recall_at_k']:>8.3f}{s['baseline_recall_at_k']:>16.3f}\n"
        f"{'recall@2k':22}{s['recall_at_2k']:>8.3f}{s['baseline_recall_at_2k']:>16.3f}\n"
        f"POS agreement {s['pos_agreement']:.3f} on {s['pos_matched']} matched words\n"
        f"definition overlap with VOA's {s['definition_overlap']:.3f} (share of VOA's content "
        f"words our definition uses, matched words)\n"
        f"definition ease at B1 (share of content words at or below the level): ours "
        f"{s['definition_ease']:.3f}, WordNet's first sense of the same words "
        f"{s['definition_ease_first_sense']:.3f}, VOA's own {s['definition_ease_voa']:.3f}; "
        f"{s['definitions_using_headword']} of {s['definitions']} use their headword\n"
        f"density: VOA {s['voa_entries_per_100_words']:.2f} entries per 100 words, "
        f"ours (default size) {s['our_entries_per_100_words']:.2f}\n"
    )
    if "seconds" in s:
        out.write(f"{s['seconds']} s\n")
