"""The sentences the tag corrections read clause by clause, and where their key words stand.

Several corrections look in each sentence for a conjunction ("and", "when") or a
clause's end (a comma, a full stop) and do nothing in a sentence that has none; each
walked every token of a long text to find them (~15-20 ms each at 100,000 words).
Texts never change in the corrections, only tags, so the places of such words are
found from `WordPositions` (one walk for all), and each correction visits only the
sentences, and the places in them, where its words stand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import accumulate

from vocab.raw_tokens import RawToken, WordPositions, by_sentence


class Sentences:
    """The tokens of each sentence in text order (`by_sentence`), and where in the text
    each starts. Tags change in the corrections, never which sentence a token is in."""

    def __init__(self, raw: list[RawToken], at: WordPositions) -> None:
        self.lists = by_sentence(raw)
        self._at = at
        self._starts = [0, *accumulate(map(len, self.lists))]

    def where(self, test: Callable[[str], bool]
              ) -> Iterator[tuple[list[RawToken], list[int]]]:
        """Each sentence holding a text that passes ``test`` (each text tested once), in
        text order, with the places of those texts in it, in order."""
        starts = self._starts
        sentence = 0
        places: list[int] = []
        for index in self._at.where(test):
            if index >= starts[sentence + 1]:
                if places:
                    yield self.lists[sentence], places
                    places = []
                while index >= starts[sentence + 1]:
                    sentence += 1
            places.append(index - starts[sentence])
        if places:
            yield self.lists[sentence], places
