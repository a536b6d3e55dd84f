"""What the engine makes of fixed texts, as lines to compare before and after a speed
change (which must change none of them):

    python -m benchmarks.output_dump before.txt [MORE.txt ...]   # on the old commit
    python -m benchmarks.output_dump after.txt [MORE.txt ...]    # on the new one
    cmp before.txt after.txt

The texts are the bundled seeds, benchmark texts of 3,000 and 10,000 words, and any
files named after the output. Each gets a new engine (fresh caches, as the throughput
case has them); one more engine reads them all in turn (caches kept, as in the app).
Written per text: every token (text, tags, lemma, level, frequency, CEFR, name),
the expressions found, the glossary for learners of several levels and marks, and the
sense and definition word details show for every word (the first 1,500 tokens of the
benchmark texts).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks import corpus
from vocab.models import Article, LearnerProfile, Level, WordStatus

# Marks a learner may have made: "learning" words ahead of others, up to a share of the
# list (`glossary._learning_words_within_share`), and known ones left out.
_LEARNING = ("soil", "seizure", "bloc", "cortex", "safeguard", "pandemic", "colleague",
             "bicycle", "drone", "fare", "glacier", "verdict", "barrier", "dough")
PROFILES = (
    LearnerProfile(),
    LearnerProfile(level=Level.A2),
    LearnerProfile(level=Level.C1),
    LearnerProfile(statuses={(word, ""): WordStatus.LEARNING for word in _LEARNING}),
    LearnerProfile(level=Level.A1, statuses={("solidarity", ""): WordStatus.KNOWN,
                                             ("neighborliness", ""): WordStatus.KNOWN}),
)
DETAILED_TOKENS = 1_500


def texts(extra: list[Path]) -> list[tuple[str, Article]]:
    from vocab.articles import article_from_text

    found = [(path.name, article_from_text(path.read_text(encoding="utf-8"), str(path)))
             for path in [*corpus.seed_files(), *extra]]
    return found + [(f"benchmark {words}", corpus.article_of(corpus.text_of(words)))
                    for words in (3_000, 10_000)]


def dump(extra: list[Path]) -> list[str]:
    from reader.paths import cache_dir
    from vocab.engine import Engine, load_engine

    loaded = load_engine(cache_dir())

    def fresh() -> Engine:
        return Engine(lexicon=loaded.lexicon, tagger=loaded.tagger,
                      words=loaded.words.emptied(), pronouncer=loaded.pronouncer)

    lines: list[str] = []
    kept = fresh()
    for name, article in texts(extra):
        engine = fresh()
        analysis = engine.analyse(article)
        lines.append(f"=== {name}")
        lines += [f"{t.text}\t{t.pos}\t{t.upos}\t{t.lemma}\t{t.level}\t{t.zipf}\t{t.cefr}\t"
                  f"{t.difficult}\t{t.proper_noun}\t{t.score}" for t in analysis.tokens]
        lines += [f"expression {e}" for e in analysis.expressions]
        for number, profile in enumerate(PROFILES):
            lines += [f"glossary {number} {e}" for e in engine.glossary(analysis, profile)]
        lines += [f"kept caches {e}" for e in kept.glossary(kept.analyse(article))]
        for index, token in enumerate(analysis.tokens[:DETAILED_TOKENS]):
            if token.is_word:
                details = engine.word_details(analysis, index)
                sense = details.sense.synset if details.sense else None
                lines.append(f"details {index} {token.text} {sense} {details.definition!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.output_dump",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="where the lines are written")
    parser.add_argument("texts", type=Path, nargs="*", help="more texts (.txt) to read")
    args = parser.parse_args(argv)
    lines = dump(args.texts)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines):,} lines written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
