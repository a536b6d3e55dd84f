"""A noun worded as the act of its own verb ("management –the act of managing something")
is said by what the verb means in the sense WordNet links the noun to. Glosses written
for these tests; the synsets are WordNet's, for their links."""

from __future__ import annotations

from vocab.definitions import define
from vocab.engine import Engine
from vocab.models import LearnerProfile, Sense


def _worded(engine: Engine, synset: str, headword: str, gloss: str) -> str:
    sense = Sense(synset, "n", headword, 1, 0, gloss)
    return define(sense, [], headword, engine.words, LearnerProfile(), lexicon=engine.lexicon)


def test_an_act_named_by_its_own_verb_takes_the_linked_verb_sense(engine: Engine) -> None:
    """Not "manage –succeed in doing" (the verb's first sense): the one the noun is of."""
    wording = _worded(engine, "management.n.01", "management", "the work of managing something")
    assert wording == "the work of being in charge of something"


def test_the_object_goes_before_the_verbs_particle(engine: Engine) -> None:
    wording = _worded(
        engine, "installation.n.01", "installation", "the job of installing something"
    )
    assert wording == "the job of setting something up for use"


def test_a_verb_of_another_word_is_left_as_it_is(engine: Engine) -> None:
    """ "showing" is no word of "exhibition"'s family: the wording is not circular."""
    wording = _worded(engine, "exhibition.n.01", "exhibition", "the act of showing something")
    assert wording == "the act of showing something"


def test_a_causing_verb_takes_its_object_before_its_to(engine: Engine) -> None:
    """ "cause to suffer" read "the act of causing to suffer", with no one suffering."""
    wording = _worded(engine, "persecution.n.01", "persecution", "the cruel act of persecuting")
    assert wording == "the cruel act of causing someone to suffer"


def test_a_state_named_by_its_own_adjective_takes_the_linked_adjective_sense(
    engine: Engine,
) -> None:
    """ "superiority –the quality of being superior" sends the learner to the word it
    is made from: the adjective's meaning in the sense WordNet links the noun to says
    it, after "of" with no "being" when it opens with "having"."""
    wording = _worded(engine, "superiority.n.01", "superiority", "the state of being superior")
    assert wording == "the state of having the most positive qualities"


def test_a_state_named_by_a_known_adjective_of_another_word_stays(engine: Engine) -> None:
    wording = _worded(engine, "superiority.n.01", "superiority", "the state of being better")
    assert wording == "the state of being better"
