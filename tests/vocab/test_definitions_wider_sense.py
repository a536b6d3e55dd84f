"""A verb sense whose gloss says it only by the verb itself ("sing –deliver by singing")
is worded by the word's own wider sense, which WordNet makes its broader term. Glosses
written for these tests."""

from __future__ import annotations

from vocab.definitions import define
from vocab.engine import Engine
from vocab.models import LearnerProfile, Sense


def test_a_verb_said_only_by_itself_takes_its_own_wider_sense(engine: Engine) -> None:
    """ "sing –deliver by singing" had no wording (sweep): "a way to sing: produce tones
    with the voice" names the headword; its gloss alone says it without it."""
    sense = Sense("respire.v.01", "v", "breathe", 1, 0, "breathe again after running hard")
    wording = define(sense, [], "breathe", engine.words, LearnerProfile(), lexicon=engine.lexicon)
    assert wording == "draw air into, and expel out of, the lungs"
