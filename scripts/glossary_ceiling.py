"""Where VOA's picks are lost before ranking: the candidate ceiling of the glossary.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/glossary_ceiling.py \
        ../shared/eval/voa-dev.jsonl [-v]

For each VOA headword of each story it says whether the engine makes it a candidate
at all (matched by lemma, as ``reader eval glossary`` matches), and if not, why:
not in the text (told apart: a word of its family in its place, "proudly" where
VOA printed "proud", which only the headword's choice can find), a name, a number,
a function word, too common, written capitalised, an undetected expression... It
prints counts only (and with -v each lost word, for reading on screen); nothing of
the stories is written to disk.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.commands.evaluate import gold_keys, load_stories  # noqa: E402
from vocab.candidates import VERY_COMMON_ZIPF  # noqa: E402
from vocab.glossary import collect_candidates  # noqa: E402
from vocab.models import LearnerProfile  # noqa: E402
from vocab.word_family import same_family  # noqa: E402
from vocab.wordinfo import CONTENT_UPOS  # noqa: E402


def why_lost(analysis, keys: set[str]) -> str:  # type: ignore[no-untyped-def]
    words = [k.split() for k in keys]
    if any(len(w) > 1 for w in words):
        return "expression not detected"
    hits = [t for t in analysis.tokens if t.text.lower() in keys or t.lemma.lower() in keys]
    if not hits:
        # A word of the family in its place ("proudly" for "proud") is the headword's
        # choice; no form of the family at all is beyond any ranking (a VOA list may
        # gloss a part of the story the text does not have).
        relatives = {
            t.lemma.lower()
            for t in analysis.tokens
            if t.is_word
            and any(" " not in key and same_family(t.lemma.lower(), key) for key in keys)
        }
        return "a relative in text" if relatives else "not in text (form)"
    reasons = []
    for t in hits:
        if t.proper_noun:
            reasons.append("proper noun")
        elif t.upos not in CONTENT_UPOS:
            reasons.append(f"function upos {t.upos}")
        elif t.level is None:
            reasons.append("no level")
        elif t.zipf >= VERY_COMMON_ZIPF:
            reasons.append("very common")
        elif t.lemma.lower() not in keys:
            reasons.append(f"lemma mismatch {t.lemma}")
        else:
            reasons.append("capitalised/other")
    return Counter(reasons).most_common(1)[0][0]


def source_and_engine():  # type: ignore[no-untyped-def]
    """The command line (a stories file or folder, ``-v``) and the engine, for the
    glossary's measuring scripts."""
    parser = argparse.ArgumentParser()
    parser.add_argument("source", type=Path)
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    from reader.commands.common import load_engine_with_progress

    return args, load_engine_with_progress()


def main() -> None:
    args, engine = source_and_engine()
    total = found = 0
    reasons: Counter[str] = Counter()
    for story in load_stories(args.source):
        analysis = engine.analyse(story.article)
        cands = collect_candidates(analysis, engine.senses, LearnerProfile(), engine.words)
        lemmas = {k for c in cands for k in gold_keys(c.lemma)}
        for g in story.gold:
            keys = gold_keys(g.word)
            total += 1
            if keys & lemmas:
                found += 1
                continue
            reason = why_lost(analysis, keys)
            reasons[reason.split()[0] if reason.startswith("lemma") else reason] += 1
            if args.v:
                print(f"{story.name[:40]:40} {g.word:22} {g.pos:8} {reason}")
    print(f"\n{found}/{total} VOA words are candidates (ceiling {found / total:.3f})")
    for reason, n in reasons.most_common():
        print(f"  {n:4} {reason}")


if __name__ == "__main__":
    main()
