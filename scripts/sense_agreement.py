"""How often the sense chosen in context is the one VOA's editors defined.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/sense_agreement.py \
        ../shared/eval/voa-dev.jsonl [--min-shared 2] [-v]

A silver standard, for comparing changes to the sense chooser: for each VOA headword
that the engine makes a candidate (one word, at least two WordNet senses in its part
of speech), the "silver" sense is the one whose gloss, examples and synonyms share the
most content words with VOA's definition, when that best is unique and shares at least
``--min-shared`` words. It prints the share of those words for which the chooser picks
the silver sense (and with -v the disagreements, for reading on screen); nothing of the
stories is written to disk. WordNet glosses and VOA's plain definitions share few words,
so the standard is rough: read one or two words of difference as noise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.commands.evaluate import gold_keys, load_stories  # noqa: E402
from reader.paths import cache_dir  # noqa: E402
from vocab.engine import load_engine  # noqa: E402
from vocab.features import choose_sense, senses_of  # noqa: E402
from vocab.gloss_words import content_words  # noqa: E402
from vocab.glossary import collect_candidates  # noqa: E402
from vocab.models import LearnerProfile  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=Path)
    parser.add_argument("--min-shared", type=int, default=1)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    engine = load_engine(cache_dir())
    agree = total = 0
    for story in load_stories(args.stories):
        analysis = engine.analyse(story.article)
        candidates = [c for c in collect_candidates(analysis, engine.senses, LearnerProfile(),
                                                    engine.words, choose_senses=False)
                      if c.expression is None]
        for gold in story.gold:
            keys = gold_keys(gold.word)
            candidate = next((c for c in candidates if gold_keys(c.lemma) & keys), None)
            if candidate is None or not gold.definition:
                continue
            senses = senses_of(analysis, candidate, engine.senses)
            if len(senses) < 2:
                continue
            voa = content_words(gold.definition) - content_words(candidate.lemma)
            shared = [len(voa & content_words(" ".join((s.definition, *s.examples,
                                                         *s.synonyms)))) for s in senses]
            best = max(shared)
            if best < args.min_shared or shared.count(best) > 1:
                continue
            silver = senses[shared.index(best)]
            chosen, _ = choose_sense(analysis, candidate, engine.senses, whole_story=True)
            total += 1
            if chosen is not None and chosen.synset == silver.synset:
                agree += 1
            elif args.verbose:
                print(f"  {candidate.lemma}: VOA's {silver.synset}, ours "
                      f"{chosen.synset if chosen else None}")
    print(f"sense agreement with VOA's definitions: {agree}/{total}"
          f" = {agree / total if total else 0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
