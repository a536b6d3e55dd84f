"""NLTK's averaged perceptron POS tagger, inference only, without importing nltk.

``nltk.tag.perceptron`` imports nearly all of nltk (sqlite, http...): 0.4 s of a
fresh process's start, more than tagging an article. This module reads the same
pretrained JSON files and gives the tags ``PerceptronTagger.tag`` gives;
``tests/vocab/test_perceptron.py`` checks that against nltk.

nltk scores one word at a time: it builds 14 feature strings and adds their
weights tag by tag. Here the weights are one matrix (a row per feature, a column
per tag) and a sentence is scored in a few numpy operations, 3x as fast:

- ten features do not depend on the tags chosen (the word, its affixes, its
  neighbours): their rows are looked up once per word type, and summed for all
  the sentence's words at once;
- four do ("i-1 tag", "i-2 tag", "i tag+i-2 tag", "i-1 tag+i word"): their rows
  come from tables indexed by the two previous tags. nltk tags left to right;
  here all words are tagged again from the previous round's tags until no tag
  changes. That fixed point is the left-to-right answer (the first word's tag is
  right after one round, the second's after two, ...), and it takes one or two
  rounds for most sentences, not one per word.

The sums are added in another order than nltk's, which can change a score in its
last bits. When a word's best two scores are closer than such rounding errors
can explain (``_TIE_MARGIN_PER_WEIGHT``), the sentence is scored again adding
weights in nltk's order, so the tags stay nltk's.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import marshal
import os
import threading
from collections.abc import Callable, Sequence
from itertools import chain, repeat
from pathlib import Path

import numpy as np

MODEL_NAME = "averaged_perceptron_tagger_eng"
_PARTS = ("weights", "tagdict", "classes")
_START = ("-START-", "-START2-")
_END = ("-END-", "-END2-")
_CACHE_FORMAT = "dense-1"  # part of the cache's name: change it when the format changes

# The rows (of the weight matrix; 0: no weight) a normalised word brings as "i word",
# "i-1 word", "i-2 word", "i+1 word", "i+2 word"; then its row in the "i-1 tag+i word"
# table. A suffix's rows as "i suffix", "i-1 suffix", "i+1 suffix".
_NO_WORD = (0, 0, 0, 0, 0, 0)
_NO_SUFFIX = (0, 0, 0)
# A word type's columns in the type table: the rows its features take, in nltk's
# order of features, then where its part of the "i-1 tag+i word" table starts, then
# its tag-dictionary tag (-1: none).
(_SUFFIX, _PREF1, _WORD, _AS_PREV, _AS_PREV_SUFFIX, _AS_PREV2, _AS_NEXT, _AS_NEXT_SUFFIX,
 _AS_NEXT2, _AFTER_TAG, _KNOWN_TAG) = range(11)
# The table's first rows are the padding words, in context order.
_PADDING = (*_START, *_END)
_START_ROWS = np.array([1, 2])
_END_ROWS = np.array([3, 4])
# For the static features of a word at padded position p: the position each looks
# at, and the column of the type table it reads there.
_STATIC_OFFSETS = np.array([2, 2, 2, 1, 1, 0, 3, 3, 4])
_STATIC_COLUMNS = np.array([_SUFFIX, _PREF1, _WORD, _AS_PREV, _AS_PREV_SUFFIX, _AS_PREV2,
                            _AS_NEXT, _AS_NEXT_SUFFIX, _AS_NEXT2])
# Word types remembered between sentences; past this the table starts again, so a
# long session's memory stays bounded (an article has a few hundred types).
_MAX_TYPES = 200_000
# A score is a sum of at most 14 weights. In any order of additions it is within
# 13 * 2**-53 * (14 * the largest |weight|) of the exact sum (Higham, "Accuracy and
# Stability of Numerical Algorithms", 2nd ed., 4.2), nltk's sum and ours alike; so
# when our best score beats every other by more than 4 such bounds, nltk's best is
# the same tag. Twice that, for good measure.
_TIE_MARGIN_PER_WEIGHT = 2 * 4 * 13 * 2.0**-53 * 14


class AveragedPerceptron:
    """The trained weights, the tag dictionary of unambiguous words, and the tags."""

    def __init__(self, weights: np.ndarray, tables: tuple, largest_weight: float) -> None:
        # The tables are a plain tuple, which marshal can keep (see _compile).
        (self._classes, tagdict, self._words, self._suffixes, self._prefixes,
         self._bias_row, tag_rows, after_tag) = tables
        # nltk takes max() over the tags with key (score, tag): the highest score, ties
        # to the greater tag. Columns are in descending order of tags, so numpy's
        # argmax, which takes the first of equal scores, agrees.
        self._weights = weights  # row 0 is zeros: the row of features without weights
        self._bias = weights[self._bias_row]
        # Previous tags are column numbers, then -START- and -START2-.
        before = len(self._classes) + len(_START)
        self._tag_rows = np.frombuffer(tag_rows, dtype=np.int32).reshape(before, before, 3)
        # [prev * before + prev2]: the sum of "i-1 tag", "i-2 tag", "i tag+i-2 tag".
        self._tag_pairs = weights[self._tag_rows].sum(axis=2).reshape(before * before, -1)
        self._before = before
        # [word's entry * before + prev]: the row of "i-1 tag+i word <prev> <word>".
        self._after_tag = np.frombuffer(after_tag, dtype=np.int32)
        self._start_tags = np.array([len(self._classes) + 1, len(self._classes)])
        # largest_weight comes with the tables: finding it would read all the mapped matrix.
        self._margin = _TIE_MARGIN_PER_WEIGHT * largest_weight
        column = {label: i for i, label in enumerate(self._classes)}
        self._known_tags = {word: column[tag] for word, tag in tagdict.items()}
        self._lock = threading.Lock()  # for adding word types
        self._padding = [self._type_entry("", name) for name in _PADDING]
        self._known = _WordTypes(self._padding)

    @classmethod
    def load(cls, model_dir: Path, cache_dir: Path | None = None) -> AveragedPerceptron:
        """Read ``<model_dir>/averaged_perceptron_tagger_eng.{weights,tagdict,classes}.json``.

        With ``cache_dir``, the model is kept there ready to use: the weight matrix as
        a ``.npy`` file, mapped rather than read, and the tables in ``marshal`` form.
        That loads in about 15 ms; reading and arranging the JSON takes half a second.
        """
        files = [model_dir / f"{MODEL_NAME}.{name}.json" for name in _PARTS]
        stem = f"perceptron-{_stamp(files)}"
        tables = cache_dir / f"{stem}.marshal" if cache_dir else None
        matrix = cache_dir / f"{stem}.npy" if cache_dir else None
        if tables is not None and matrix is not None and tables.is_file() and matrix.is_file():
            try:
                return cls._from_cache(tables, matrix)
            except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
                pass  # a damaged cache is made again
        # Collecting garbage while building 75,000 dicts only costs time: none is garbage.
        gc.disable()
        try:
            weights, tagdict, classes = (json.loads(f.read_text(encoding="utf-8")) for f in files)
        finally:
            gc.enable()
        matrix_data, parts, largest = _compile(weights, tagdict, classes)
        if tables is not None and matrix is not None:
            _save(tables, matrix, matrix_data, (parts, largest))
        return cls(matrix_data, parts, largest)

    @classmethod
    def _from_cache(cls, tables: Path, matrix: Path) -> AveragedPerceptron:
        gc.disable()  # as in load(): the tables are not garbage
        try:
            parts, largest = marshal.loads(tables.read_bytes())
        finally:
            gc.enable()
        # A plain array over the mapping: np.memmap's indexing is slower (Python code).
        weights = np.load(matrix, mmap_mode="r").view(np.ndarray)
        return cls(weights, parts, largest)

    def tag(self, words: Sequence[str]) -> list[str]:
        """One Penn Treebank tag per word, as ``nltk.pos_tag`` would give."""
        return self.tag_sentences([words])[0]

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """`tag` of each sentence, all scored together: numpy's cost per call, not per
        word, is most of a short sentence's time.

        Each sentence is laid out as on its own (padding words around it, the two
        start tags before it), so no feature crosses from one to the next; the rounds
        go on until no sentence's tags change, and a sentence at its fixed point stays
        there, so every sentence gets its own answer.
        """
        # map and chain walk the words in C, not in a comprehension's bytecode.
        lengths = np.fromiter(map(len, sentences), dtype=np.intp, count=len(sentences))
        all_words = list(chain.from_iterable(sentences))
        if not all_words:
            return [[] for _ in sentences]
        types, table = self._types_of(all_words)
        entries = table[types]
        tags = entries[:, _KNOWN_TAG]
        open_ = (tags < 0).nonzero()[0]  # the words the tag dictionary does not settle
        sentence_of = np.repeat(np.arange(len(sentences)), lengths)
        # Sentence s's block: 4 padding rows (2 before, 2 after) and 2 start tags per
        # sentence before it. anchor: where a word's context starts in the padded rows.
        anchor = np.arange(len(all_words)) + 4 * sentence_of
        padded = np.empty(len(all_words) + 4 * len(sentences), dtype=np.intp)
        block_starts = np.cumsum(lengths + 4) - (lengths + 4)
        padded[block_starts] = _START_ROWS[0]
        padded[block_starts + 1] = _START_ROWS[1]
        padded[block_starts + 2 + lengths] = _END_ROWS[0]
        padded[block_starts + 3 + lengths] = _END_ROWS[1]
        padded[anchor + 2] = types
        # seq[at_word] is a word's tag; seq[at_word - 1] and seq[at_word - 2] the two
        # before it (the start tags for a sentence's first words).
        seq = np.empty(len(all_words) + 2 * len(sentences), dtype=tags.dtype)
        seq_starts = np.cumsum(lengths + 2) - (lengths + 2)
        seq[seq_starts] = self._start_tags[0]
        seq[seq_starts + 1] = self._start_tags[1]
        at_word_all = np.arange(len(all_words)) + 2 * sentence_of + 2
        seq[at_word_all] = tags
        redo: set[int] = set()
        if open_.size:
            rows = table[padded[anchor[open_][:, None] + _STATIC_OFFSETS], _STATIC_COLUMNS]
            # Feature by feature (a block each), which numpy adds faster than word by word.
            static = np.add.reduce(self._weights[rows.T], axis=0) + self._bias
            after_tag = entries[open_, _AFTER_TAG]
            at_word = at_word_all[open_]
            at_prev, at_prev2 = at_word - 1, at_word - 2
            guess = seq[at_word] = static.argmax(axis=1)  # from the static features alone
            while True:
                prev = seq[at_prev]
                scores = static + self._tag_pairs[prev * self._before + seq[at_prev2]]
                scores += self._weights[self._after_tag[after_tag + prev]]
                best = scores.argmax(axis=1)
                if (best == guess).all():
                    break
                guess = seq[at_word] = best
            top_two = np.partition(scores, -2, axis=1)
            close = top_two[:, -1] - top_two[:, -2] <= self._margin
            redo = set(sentence_of[open_[close]].tolist())
        classes = self._classes
        word_tags = list(map(classes.__getitem__, seq[at_word_all].tolist()))
        found: list[list[str]] = []
        start = 0
        for number, words in enumerate(sentences):
            end = start + len(words)
            found.append(self._tag_in_nltk_order(words) if number in redo
                         else word_tags[start:end])
            start = end
        return found

    def _tag_in_nltk_order(self, words: Sequence[str]) -> list[str]:
        """``PerceptronTagger.tag`` step by step: nltk's order of features and of sums."""
        types, table = self._types_of(words)
        context = table[np.concatenate((_START_ROWS, types, _END_ROWS))].tolist()
        prev2, prev = self._start_tags.tolist()
        tags: list[int] = []
        for i in range(2, len(context) - 2):
            word = context[i]
            tag = word[_KNOWN_TAG]
            if tag < 0:
                tag_rows = self._tag_rows[prev, prev2]
                rows = (self._bias_row, word[_SUFFIX], word[_PREF1], *tag_rows,
                        word[_WORD], self._after_tag[word[_AFTER_TAG] + prev],
                        context[i - 1][_AS_PREV], context[i - 1][_AS_PREV_SUFFIX],
                        context[i - 2][_AS_PREV2], context[i + 1][_AS_NEXT],
                        context[i + 1][_AS_NEXT_SUFFIX], context[i + 2][_AS_NEXT2])
                # nltk adds each feature's weights in turn from 0.0; absent ones (row
                # 0, zeros) change no sum.
                scores = np.zeros(len(self._classes))
                for row in rows:
                    if row:
                        scores += self._weights[row]
                tag = int(scores.argmax())
            tags.append(tag)
            prev2, prev = prev, tag
        return [self._classes[i] for i in tags]

    def _types_of(self, words: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each word's row in the type table, and that table (with the new words added)."""
        known = self._known
        get = known.ids.get
        ids = list(map(get, words, repeat(0)))
        if 0 in ids:
            with self._lock:
                if len(self._known.ids) + len(words) > _MAX_TYPES:
                    self._known = _WordTypes(self._padding)
                known = self._known
                known.add(words, self._type_entry)
                ids = [known.ids[word] for word in words]
        return np.array(ids, dtype=np.intp), known.rows

    def _type_entry(self, word: str, normal: str) -> tuple[int, ...]:
        """The feature rows ``word`` brings to any sentence, in the type table's columns."""
        as_word = self._words.get(normal, _NO_WORD)
        suffix = self._suffixes.get(word[-3:], _NO_SUFFIX)[0]
        normal_suffix = self._suffixes.get(normal[-3:], _NO_SUFFIX)
        return (suffix, self._prefixes.get(word[:1], 0), as_word[0], as_word[1],
                normal_suffix[1], as_word[2], as_word[3], normal_suffix[2], as_word[4],
                as_word[5] * self._before, self._known_tags.get(word, -1))


class _WordTypes:
    """Word types met so far, each a row of ``rows`` (columns: _SUFFIX... _KNOWN_TAG).

    Rows are only ever added, and ``rows`` is replaced by a larger copy when full,
    so a sentence that looked its words up can go on reading the ``rows`` it took.
    """

    def __init__(self, padding: list[tuple[int, ...]]) -> None:
        self.ids: dict[str, int] = {}
        # Row 0 is no word (so `ids.get(word, 0)` tells a new word), then the padding.
        self.rows = np.zeros((1024, _KNOWN_TAG + 1), dtype=np.int32)
        self.rows[1 : len(padding) + 1] = padding
        self._count = len(padding) + 1

    def add(self, words: Sequence[str], entry_of: Callable[[str, str], tuple[int, ...]]
            ) -> None:
        """Give the words not seen before their rows."""
        new = dict.fromkeys(word for word in words if word not in self.ids)
        if not new:
            return
        start, end = self._count, self._count + len(new)
        if end > len(self.rows):
            grown = np.zeros((max(2 * len(self.rows), end), _KNOWN_TAG + 1), dtype=np.int32)
            grown[:start] = self.rows[:start]
            self.rows = grown
        self.rows[start:end] = [entry_of(word, _normalise(word)) for word in new]
        self._count = end
        # Last: a word another thread finds has its row.
        self.ids.update(zip(new, range(start, end), strict=True))


def _compile(weights: dict[str, dict[str, float]], tagdict: dict[str, str],
             classes: list[str]) -> tuple[np.ndarray, tuple, float]:
    """nltk's JSON as the weight matrix and the tables of rows that AveragedPerceptron takes."""
    labels = sorted(set(classes), reverse=True)
    column = {label: i for i, label in enumerate(labels)}
    features = {feature: row for row, feature in enumerate(weights, start=1)}
    matrix = np.zeros((len(features) + 1, len(labels)))
    for feature, row in features.items():
        for label, weight in weights[feature].items():
            matrix[row, column[label]] = weight
    before = [*labels, *_START]
    position = {label: i for i, label in enumerate(before)}
    tag_rows = np.array([[[features.get(f"i-1 tag {prev}", 0),
                           features.get(f"i-2 tag {prev2}", 0),
                           features.get(f"i tag+i-2 tag {prev} {prev2}", 0)]
                          for prev2 in before] for prev in before], dtype=np.int32)
    words: dict[str, list[int]] = {}
    suffixes: dict[str, list[int]] = {}
    prefixes: dict[str, int] = {}
    after_tag: list[tuple[int, int, int]] = []
    after_tag_words = 0  # words with an "i-1 tag+i word" feature
    word_roles = ("i word ", "i-1 word ", "i-2 word ", "i+1 word ", "i+2 word ")
    suffix_roles = ("i suffix ", "i-1 suffix ", "i+1 suffix ")
    for feature, row in features.items():
        kind, _, rest = feature.partition(" ")
        if kind == "i-1" and rest.startswith("tag+i word "):
            prev, _, word = rest[len("tag+i word "):].partition(" ")
            if prev in position:
                entry = words.setdefault(word, [*_NO_WORD])
                if not entry[5]:
                    after_tag_words = entry[5] = after_tag_words + 1
                after_tag.append((entry[5], position[prev], row))
            continue
        for role, prefix in enumerate(word_roles):
            if feature.startswith(prefix):
                words.setdefault(feature[len(prefix):], [*_NO_WORD])[role] = row
        for role, prefix in enumerate(suffix_roles):
            if feature.startswith(prefix):
                suffixes.setdefault(feature[len(prefix):], [*_NO_SUFFIX])[role] = row
        if feature.startswith("i pref1 "):
            prefixes[feature[len("i pref1 "):]] = row
    after = np.zeros((after_tag_words + 1, len(before)), dtype=np.int32)
    for word_entry, prev_tag, row in after_tag:
        after[word_entry, prev_tag] = row
    tables = (labels, tagdict, {w: tuple(r) for w, r in words.items()},
              {s: tuple(r) for s, r in suffixes.items()}, prefixes, features.get("bias", 0),
              tag_rows.tobytes(), after.tobytes())
    return matrix, tables, float(np.abs(matrix).max(initial=0.0))


def _save(tables: Path, matrix: Path, weights: np.ndarray, rest: tuple) -> None:
    """Write the cache, the matrix first: a marshal file means both are complete.

    Caches of other model files or formats go: the matrix alone is 27 MB.
    """
    temp = matrix.with_name(f".{matrix.stem}.{os.getpid()}.tmp.npy")
    try:
        np.save(temp, weights)
        os.replace(temp, matrix)
    except OSError:
        temp.unlink(missing_ok=True)
        return
    _write_quietly(tables, marshal.dumps(rest))
    for stale in tables.parent.glob("perceptron-*"):
        if stale.stem != tables.stem:
            with contextlib.suppress(OSError):  # left, it only takes space
                stale.unlink()


def _stamp(files: list[Path]) -> str:
    """Names, sizes and times of the model files (and the cache's format versions)."""
    digest = hashlib.sha256(f"marshal{marshal.version} {_CACHE_FORMAT}".encode())
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
