"""Measure the POS taggers on CoNLL-2000 (Wall Street Journal, Penn tags).

    .venv/bin/python scripts/tagger_accuracy.py [TEST_FILE] [--tagger perceptron|fallback|both]
        [--limit N] [--confusions K] [--corrections]

With --corrections the tags also go through `vocab.retag`, the rule-based corrections
the reader makes after tagging: how a new rule is measured.

CoNLL-2000 is only for measuring: nothing here feeds back into the taggers.
The lexicon is compiled into the reader's cache dir on first use.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEST = ROOT.parent / "shared" / "nltk_data" / "corpora" / "conll2000" / "test.txt"

Sentence = tuple[list[str], list[str]]


def read_conll(path: Path) -> Iterator[Sentence]:
    """Sentences of a CoNLL-2000 file: (words, gold tags). Columns: word POS chunk."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 2:
                words.append(parts[0])
                tags.append(parts[1])
            elif words:
                yield words, tags
                words, tags = [], []
    if words:
        yield words, tags


def measure(tagger, sentences: Sequence[Sentence]) -> tuple[int, float, float, Counter]:
    """(tokens, accuracy, tokens per second, confusions gold->guess) of one tagger."""
    tagger.tag(["Warm", "up", "."])  # lazy loading is not tagging time
    right = total = 0
    confusions: Counter = Counter()
    started = time.perf_counter()
    for words, gold in sentences:
        for expected, guessed in zip(gold, tagger.tag(words), strict=True):
            total += 1
            if expected == guessed:
                right += 1
            else:
                confusions[(expected, guessed)] += 1
    elapsed = time.perf_counter() - started
    return total, right / max(total, 1), total / max(elapsed, 1e-9), confusions


class Corrected:
    """A tagger whose tags go through the reader's corrections, as `vocab.analysis`
    runs them, each sentence on its own."""

    def __init__(self, tagger, lexicon) -> None:
        from reader.paths import cache_dir
        from vocab.wordfacts import open_word_facts
        from vocab.wordinfo import WordInfo

        self._tagger = tagger
        self._parts_of_speech = lexicon.parts_of_speech
        self._pos_counts = lexicon.pos_counts
        self._usually_capitalised = lexicon.usually_capitalised
        self._words = WordInfo(open_word_facts(cache_dir()))
        self.name = f"{tagger.name}+"

    def tag(self, words: Sequence[str]) -> list[str]:
        from vocab.raw_tokens import RawToken
        from vocab.retag import retag, retag_sentence_openers

        tags = [self._tagger.tag(words)]
        self._words.prefetch(words)
        retag_sentence_openers([list(words)], tags, self._tagger.tag_sentences, self._words,
                               self._usually_capitalised)
        raw = [RawToken(0, 0, 0, tag, word) for word, tag in zip(words, tags[0], strict=True)]
        retag(raw, self._words, self._parts_of_speech, self._pos_counts)
        return [token.penn for token in raw]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("test_file", nargs="?", type=Path, default=DEFAULT_TEST)
    parser.add_argument("--tagger", choices=("perceptron", "fallback", "both"), default="both")
    parser.add_argument("--limit", type=int, default=0, help="first N sentences only")
    parser.add_argument("--confusions", type=int, default=0, help="show the K commonest errors")
    parser.add_argument("--corrections", action="store_true",
                        help="also apply the reader's rule-based corrections (vocab.retag)")
    args = parser.parse_args(argv)
    if not args.test_file.is_file():
        print(f"no such file: {args.test_file}", file=sys.stderr)
        return 2

    from reader.paths import cache_dir
    from vocab.data import load_tagger, open_lexicon

    sentences = list(read_conll(args.test_file))
    if args.limit:
        sentences = sentences[: args.limit]
    lexicon = open_lexicon(cache_dir(), progress=print)
    names = ("perceptron", "fallback") if args.tagger == "both" else (args.tagger,)
    print(f"{'tagger':<11} {'tokens':>7} {'accuracy':>9} {'tokens/s':>9}")
    for name in names:
        tagger = load_tagger(lexicon, prefer="pretrained" if name == "perceptron" else "fallback")
        if args.corrections:
            tagger = Corrected(tagger, lexicon)
        tokens, accuracy, speed, confusions = measure(tagger, sentences)
        print(f"{tagger.name:<11} {tokens:>7} {accuracy:>9.3%} {speed:>9.0f}")
        for (gold, guess), count in confusions.most_common(args.confusions):
            print(f"    {gold:>5} -> {guess:<5} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
