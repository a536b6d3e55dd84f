"""NLTK's averaged perceptron POS tagger, inference only, without importing nltk.

``nltk.tag.perceptron`` imports nearly all of nltk (numpy, sqlite, http...): 0.4 s
of a fresh process's start, more than tagging an article. This module reads the
same pretrained JSON files and tags exactly as ``PerceptronTagger.tag`` does
(same features, same sums in the same order, the same tie-break), so the tags are
identical; ``tests/vocab/test_perceptron.py`` checks that against nltk.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

MODEL_NAME = "averaged_perceptron_tagger_eng"
_START = ("-START-", "-START2-")
_END = ("-END-", "-END2-")


class AveragedPerceptron:
    """The trained weights, the tag dictionary of unambiguous words, and the tags."""

    def __init__(
        self, weights: dict[str, dict[str, float]], tagdict: dict[str, str], classes: list[str]
    ) -> None:
        self._weights = weights
        self._tagdict = tagdict
        # nltk takes max() over a set with key (score, tag); the order cannot matter.
        self._classes = sorted(set(classes))

    @classmethod
    def load(cls, model_dir: Path) -> AveragedPerceptron:
        """Read ``<model_dir>/averaged_perceptron_tagger_eng.{weights,tagdict,classes}.json``."""

        def part(name: str):  # type: ignore[no-untyped-def]
            with (model_dir / f"{MODEL_NAME}.{name}.json").open(encoding="utf-8") as file:
                return json.load(file)

        return cls(part("weights"), part("tagdict"), part("classes"))

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
        # Every feature occurs once (value 1), so nltk's ``value * weight`` is ``weight``.
        scores: dict[str, float] = {}
        weights = self._weights
        for feature in features:
            found = weights.get(feature)
            if found is None:
                continue
            for label, weight in found.items():
                scores[label] = scores.get(label, 0.0) + weight
        return max(self._classes, key=lambda label: (scores.get(label, 0.0), label))


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
