"""A participle read as an adjective that WordNet lacks ("the betrayed soldiers") is
worded from its verb's sense as what was done to the thing it describes: "handed over
to an enemy", not the verb's order "hand someone over to an enemy" under "–adj.".
Glosses written for these tests."""

from __future__ import annotations

from vocab.definitions import define
from vocab.engine import Engine
from vocab.models import LearnerProfile, Sense


def _worded(engine: Engine, headword: str, verb: str, gloss: str) -> str:
    sense = Sense(f"{verb}.v.01", "v", verb, 1, 0, gloss)
    return define(sense, [], headword, engine.words, LearnerProfile(), lexicon=engine.lexicon)


def test_a_participle_is_worded_as_what_was_done(engine: Engine) -> None:
    assert (
        _worded(engine, "betrayed", "betray", "hand someone over to an enemy")
        == "handed over to an enemy"
    )
    assert (
        _worded(engine, "betrayed", "betray", "let down a friend who trusted you")
        == "let down a friend who trusted you"
    )  # "let" is its own participle
    assert (
        _worded(engine, "frozen", "freeze", "change from a liquid to a solid when cold")
        == "changed from a liquid to a solid when cold"
    )


def test_each_alternative_is_said_as_a_participle(engine: Engine) -> None:
    assert (
        _worded(engine, "betrayed", "betray", "trick, cheat or deceive a friend")
        == "tricked, cheated or deceived a friend"
    )


def test_the_verb_itself_keeps_its_wording(engine: Engine) -> None:
    assert (
        _worded(engine, "betray", "betray", "hand someone over to an enemy")
        == "hand someone over to an enemy"
    )
