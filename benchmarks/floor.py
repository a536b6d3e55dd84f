"""``python -m benchmarks.floor``: what a text costs per token, and what it costs once.

The benchmark texts are the bundled seeds' paragraphs repeated (`benchmarks.corpus`):
past ~3,000 words a longer text adds tokens but no new word types or glossary
candidates. Timing the fresh-cache analysis and glossary at two lengths therefore
splits each into a cost per token (the slope) and a floor paid once per text (word
types' facts, the candidates' features and senses): the floor is what makes the
10,000-word ratio lower than the 100,000-word one. CPU time of this process, the
median of ``--runs``, so other processes' load moves it less than wall time.
"""

from __future__ import annotations

import argparse
import statistics
import time

from benchmarks import corpus


def _costs(words: int, runs: int) -> tuple[int, float, float]:
    """Tokens, and the median CPU seconds of analysing and of glossing ``words`` words."""
    from reader.paths import cache_dir
    from vocab.engine import Engine, load_engine

    loaded = load_engine(cache_dir())
    article = corpus.article_of(corpus.text_of(words))
    analysed, glossed, tokens = [], [], 0
    for _ in range(runs):
        engine = Engine(lexicon=loaded.lexicon, tagger=loaded.tagger,
                        words=loaded.words.emptied(), pronouncer=loaded.pronouncer)
        start = time.process_time()
        analysis = engine.analyse(article)
        middle = time.process_time()
        engine.glossary(analysis)
        analysed.append(middle - start)
        glossed.append(time.process_time() - middle)
        tokens = len(analysis.tokens)
    return tokens, statistics.median(analysed), statistics.median(glossed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.floor",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", type=int, default=10_000, help="words (10,000)")
    parser.add_argument("--long", type=int, default=40_000, help="words (40,000)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each (5)")
    args = parser.parse_args(argv)
    _costs(1_000, 1)  # warms the process: modules loaded on first use, word lists
    short, long = _costs(args.short, args.runs), _costs(args.long, args.runs)
    for name, column in (("analysis", 1), ("glossary", 2)):
        slope = (long[column] - short[column]) / (long[0] - short[0])
        floor = short[column] - slope * short[0]
        print(f"{name}: {slope * 1e6:.1f} µs per token, floor {floor * 1000:.0f} ms; "
              f"{args.short:,} words {short[column] * 1000:.0f} ms, "
              f"{args.long:,} words {long[column] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
