"""NLTK's averaged perceptron POS tagger, inference only, without importing nltk.

``nltk.tag.perceptron`` imports nearly all of nltk (numpy, sqlite, http...): 0.4 s
of a fresh process's start, more than tagging an article. This module reads the
same pretrained JSON files and tags exactly as ``PerceptronTagger.tag`` does
(same features, same sums in the same order, the same tie-break), so the tags are
identical; ``tests/vocab/test_perceptron.py`` checks that against nltk.
"""

from __future__ import annotations

import gc
import hashlib
import json
import marshal
import operator
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import reduce
from pathlib import Path

MODEL_NAME = "averaged_perceptron_tagger_eng"
_PARTS = ("weights", "tagdict", "classes")
_START = ("-START-", "-START2-")
_END = ("-END-", "-END2-")


class AveragedPerceptron:
    """The trained weights, the tag dictionary of unambiguous words, and the tags."""

    def __init__(
        self, weights: dict[str, dict[str, float]], tagdict: dict[str, str], classes: list[str]
    ) -> None:
        self._weights = weights
        self._tagdict = tagdict
        # nltk takes max() over a set with key (score, tag): the highest score, ties to
        # the greater tag. Scores are kept in this (sorted) order of tags.
        self._classes = sorted(set(classes))
        self._column = {label: i for i, label in enumerate(self._classes)}
        # A feature's weights as one value per tag (0.0 where it has none), made on
        # first use: summing columns of these runs in C, several times faster than
        # adding label by label, with the same sums (see `_predict`).
        self._rows: dict[str, tuple[float, ...] | None] = {}

    @classmethod
    def load(cls, model_dir: Path, cache_dir: Path | None = None) -> AveragedPerceptron:
        """Read ``<model_dir>/averaged_perceptron_tagger_eng.{weights,tagdict,classes}.json``.

        With ``cache_dir``, the parsed model is kept there in ``marshal`` form, which
        loads in about half the time of the JSON (75,000 weight tables).
        """
        files = [model_dir / f"{MODEL_NAME}.{name}.json" for name in _PARTS]
        cached = cache_dir / f"perceptron-{_stamp(files)}.marshal" if cache_dir else None
        # Collecting garbage while building 75,000 dicts only costs time: none is garbage.
        gc.disable()
        try:
            if cached is not None and cached.is_file():
                weights, tagdict, classes = marshal.loads(cached.read_bytes())
            else:
                weights, tagdict, classes = (json.loads(f.read_text(encoding="utf-8"))
                                             for f in files)
                if cached is not None:
                    _write_quietly(cached, marshal.dumps((weights, tagdict, classes)))
        finally:
            gc.enable()
        return cls(weights, tagdict, classes)

    def tag(self, words: Sequence[str]) -> list[str]:
        """One Penn Treebank tag per word, as ``nltk.pos_tag`` would give."""
        context = [*_START, *(_normalise(word) for word in words), *_END]
        prev, prev2 = _START
        tags: list[str] = []
        tagdict = self._tagdict
        for i, word in enumerate(words):
            tag = tagdict.get(word)
            if not tag:
                tag = self._predict(_features(i + 2, word, context, prev, prev2))
            tags.append(tag)
            prev2, prev = prev, tag
        return tags

    def _predict(self, features: list[str]) -> str:
        """nltk's ``AveragedPerceptron.predict``, with bit-identical scores.

        nltk adds ``value * weight`` (value 1: every feature occurs once) per tag in
        feature order, starting from 0.0. Here each tag's column is summed in the same
        order; the 0.0s of absent weights change no sum.
        """
        rows = []
        for feature in features:
            row = self._rows.get(feature, _UNSEEN)
            if row is _UNSEEN:
                row = self._row(feature)
            if row is not None:
                rows.append(row)
        if not rows:
            return self._classes[-1]  # every score 0.0: the greatest tag
        scores = [_ordered_sum(column) for column in zip(*rows, strict=True)]
        best = max(scores)
        return max(label for label, score in zip(self._classes, scores, strict=True)
                   if score == best)

    def _row(self, feature: str) -> tuple[float, ...] | None:
        found = self._weights.get(feature)
        row = None
        if found:
            dense = [0.0] * len(self._classes)
            for label, weight in found.items():
                dense[self._column[label]] = weight
            row = tuple(dense)
        self._rows[feature] = row
        return row


_UNSEEN: tuple[float, ...] = ()

# ``sum`` adds floats left to right from 0 up to Python 3.11; from 3.12 it compensates
# rounding errors, which would no longer give nltk's sums bit for bit.
if sys.version_info < (3, 12):
    _ordered_sum: Callable[[Iterable[float]], float] = sum
else:
    def _ordered_sum(values: Iterable[float]) -> float:
        return reduce(operator.add, values, 0.0)


def _stamp(files: list[Path]) -> str:
    """Names, sizes and times of the model files (and Python's marshal version)."""
    digest = hashlib.sha256(f"marshal{marshal.version}".encode())
    for file in files:
        status = file.stat()
        digest.update(f"{file.resolve()} {status.st_size} {status.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def _write_quietly(path: Path, data: bytes) -> None:
    """Write ``path`` atomically; a cache that cannot be written is only slower."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError:
        temp.unlink(missing_ok=True)


def _normalise(word: str) -> str:
    """nltk's ``PerceptronTagger.normalize``."""
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word and word[0].isdigit():
        return "!DIGITS"
    return word.lower()


def _features(i: int, word: str, context: list[str], prev: str, prev2: str) -> list[str]:
    """nltk's ``PerceptronTagger._get_features``, in its order (``i`` includes the 2 starts)."""
    return [
        "bias",
        "i suffix " + word[-3:],
        "i pref1 " + (word[0] if word else ""),
        "i-1 tag " + prev,
        "i-2 tag " + prev2,
        "i tag+i-2 tag " + prev + " " + prev2,
        "i word " + context[i],
        "i-1 tag+i word " + prev + " " + context[i],
        "i-1 word " + context[i - 1],
        "i-1 suffix " + context[i - 1][-3:],
        "i-2 word " + context[i - 2],
        "i+1 word " + context[i + 1],
        "i+1 suffix " + context[i + 1][-3:],
        "i+2 word " + context[i + 2],
    ]
