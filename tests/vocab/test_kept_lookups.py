"""Answers the sense look-ups keep for the next caller are the ones asked afresh."""

from __future__ import annotations

import pytest

from vocab.engine import Engine
from vocab.senses import SenseChooser

ASKED = [("affair", "n", "affairs"), ("counter", "v", ""), ("counter", "n", "counters"),
         ("run", "v", "ran"), ("asteroid", "a", ""), ("teapot", "n", "teapots"),
         ("xyzzy", "n", "")]


@pytest.mark.parametrize("read_ahead", [False, True], ids=["asked", "read ahead"])
def test_kept_outlines_and_pos_counts_are_fresh_ones(engine: Engine, read_ahead: bool) -> None:
    """A chooser keeps each word's outlines and counts by part of speech: asked again,
    before or after a read-ahead, they are what a new chooser finds, and they are
    the very answers kept, not worked out again."""
    kept = SenseChooser(engine.lexicon)
    first = {key: list(kept.outlines(*key)) for key in ASKED}
    first_counts = {lemma: dict(kept.pos_counts(lemma)) for lemma, _, _ in ASKED}
    if read_ahead:
        kept.prefetch(word for lemma, _, surface in ASKED for word in (lemma, surface) if word)
    for key in ASKED:
        fresh = SenseChooser(engine.lexicon)
        assert kept.outlines(*key) == first[key] == fresh.outlines(*key), key
        assert kept.pos_counts(key[0]) == first_counts[key[0]] == engine.lexicon.pos_counts(
            key[0]), key
    assert [o.pos for o in first["affair", "n", "affairs"]] == ["n"] * len(
        first["affair", "n", "affairs"]) and first["xyzzy", "n", ""] == []
    for key in ASKED:  # kept, not worked out again
        assert kept.outlines(*key) is kept.outlines(*key), key
        assert kept.pos_counts(key[0]) is kept.pos_counts(key[0]), key
