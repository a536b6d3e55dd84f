"""Instructions one full analysis and glossary of a benchmark text costs, counted by
valgrind's callgrind: a figure that does not move with the machine's load, for
comparing two commits when timing is too noisy (`docs/performance.md`).

    python -m benchmarks.instructions 100000          # the count, in millions
    python -m benchmarks.instructions 10000 --runs 2  # the mean of two analyses

It runs this module twice under callgrind, once doing the work ``--runs`` times more than
the other, and reports the difference per run: loading Python, the lexicon and the
tagger, and a first analysis that warms the process, are left out. Each analysis starts
with a new engine (fresh word caches), as the throughput case's "fresh caches" rows do.
Needs ``valgrind`` (Debian: ``apt-get install valgrind``) and a compiled lexicon
(`reader setup`)."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

from benchmarks import corpus

_COLLECTED = re.compile(r"Collected : (\d+)")


def analyse_repeatedly(words: int, runs: int) -> None:
    """Analyse and gloss a ``words``-word benchmark text ``runs`` times after a first
    time that warms the process (the modules it imports when first needed, module-level
    caches), as a running app is; each with a new engine over the loaded lexicon and
    tagger."""
    from reader.paths import cache_dir
    from vocab.engine import Engine, load_engine

    loaded = load_engine(cache_dir())
    article = corpus.article_of(corpus.text_of(words))
    for _ in range(runs + 1):
        engine = Engine(lexicon=loaded.lexicon, tagger=loaded.tagger,
                        words=loaded.words.emptied(), pronouncer=loaded.pronouncer)
        engine.glossary(engine.analyse(article))


def counted(words: int, runs: int) -> int:
    """The instructions of a process that analyses ``runs`` times (callgrind's Ir)."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
               sys.executable, "-m", "benchmarks.instructions", str(words),
               "--runs", str(runs), "--inside"]
    # A fixed hash seed: sets and dicts of strings iterate in the same order each time.
    done = subprocess.run(command, capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"callgrind gave no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.instructions",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("words", type=int, help="the benchmark text's length in words")
    parser.add_argument("--runs", type=int, default=1, help="analyses to average (1)")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inside:  # the process callgrind counts
        analyse_repeatedly(args.words, args.runs)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    work = counted(args.words, args.runs) - counted(args.words, 0)
    print(f"{args.words:,} words: {work / args.runs / 1e6:,.0f} million instructions "
          "per analysis and glossary")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
