"""Wordings longer than a line (VOA's are at most about 20 words) lose what they can do
without: asides in brackets, then clauses after the first ";". Glosses written for
these tests, of a made-up word."""

from __future__ import annotations

import pytest

from vocab.definitions import define
from vocab.engine import Engine
from vocab.models import LearnerProfile, Sense


def _worded(engine: Engine, pos: str, gloss: str) -> str:
    sense = Sense(f"x.{pos}.15", pos, "quorvak", 1, 0, gloss)
    return define(sense, [], "quorvak", engine.words, LearnerProfile(), lexicon=engine.lexicon)


@pytest.mark.parametrize(("gloss", "shown"), [
    # An aside in brackets goes...
    ("a building where people (either the farm workers who come each summer or the "
     "owners of the farm) sleep and eat together",
     "a building where people sleep and eat together"),
    # ...then the clauses after the first ";"...
    ("a covering for the roof (or parts of it) consisting of a dense layer of strawlike "
     "stems (as on an old farm house); helps to keep out rain",
     "a covering for the roof consisting of a dense layer of strawlike stems, as on an "
     "old farm house"),
    # ...but not an aside that says what the word before it is.
    ("an insignia (a small piece of cloth or metal) that signifies your rank in a "
     "fraternity (whether of a craft guild or a merchant guild or similar)",
     "an insignia (a small piece of cloth or metal) that means your rank in a fraternity"),
    # A short wording keeps its clauses.
    ("a small room where tools are kept; painted in bright colours",
     "a small room where tools are kept; painted in bright colours"),
])
def test_a_long_noun_wording_is_said_in_a_line(engine: Engine, gloss: str,
                                              shown: str) -> None:
    assert _worded(engine, "n", gloss) == shown


def test_a_long_verb_wording_keeps_its_object_in_brackets(engine: Engine) -> None:
    wording = _worded(engine, "v", "put (a person or a group of people who have come to "
                      "the house) in a room where they can sleep and eat and rest for the night")
    assert "(a person" in wording
