"""Verbs of crime stories that take a preposition after their object ("charged the
driver with speeding", "was charged with theft"): the sense whose WordNet example has
that frame, and a passive participle in it read as the verb, not an adjective."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.collocations import object_preposition_examples
from vocab.engine import Engine
from vocab.models import Sense


def sense_of(engine: Engine, text: str, word: str) -> Sense:
    analysis = engine.analyse(article_from_text(f"A story\n\n{text}"))
    index = next(i for i, t in enumerate(analysis.tokens) if t.text == word)
    sense = engine.word_details(analysis, index).sense
    assert sense is not None
    return sense


# charge.v.02 blames; charge.v.06 files a formal charge: both are what the story says.
_ACCUSING = {"charge.v.02", "charge.v.06"}


@pytest.mark.parametrize("text", [
    "The teacher was charged with stealing money from the school.",
    "Two workers were charged with fraud after the audit.",
])
def test_a_passive_in_its_verb_s_frame_is_the_verb(engine: Engine, text: str) -> None:
    """"was charged with" has the preposition "he charged the director with
    indifference" takes after its object: the verb, not the adjective "charged" (an
    electric charge), which SemCor uses more."""
    assert sense_of(engine, text, "charged").synset in _ACCUSING


def test_a_verb_takes_the_preposition_after_its_object(engine: Engine) -> None:
    """"charged the driver with speeding" is blaming, not a rush at the driver: the
    rush's example has "with" only after another preposition ("charging at him with a
    pitchfork")."""
    text = "The officers charged the farmer with selling stolen cattle."
    assert sense_of(engine, text, "charged").synset in _ACCUSING


@pytest.mark.parametrize(("text", "word", "synset"), [
    ("The guard was accused of helping the prisoners.", "accused", "accuse.v.01"),
    ("The banker was convicted of lying to investors.", "convicted", "convict.v.01"),
    ("The judge sentenced the thief to two years in jail.", "sentenced", "sentence.v.01"),
    ("The singer was arrested for hitting a photographer.", "arrested", "collar.v.01"),
])
def test_other_verbs_of_crime_keep_their_senses(engine: Engine, text: str, word: str,
                                                synset: str) -> None:
    assert sense_of(engine, text, word).synset == synset


def test_an_adjective_with_its_own_example_of_the_preposition_stays(engine: Engine) -> None:
    """"worried about" ("I worry about my job" has no object a passive could make its
    subject) is still the adjective."""
    assert sense_of(engine, "The parents were worried about the long trip.",
                    "worried").pos == "a"


def test_the_object_frame_of_an_example(engine: Engine) -> None:
    words = engine.words
    assert object_preposition_examples(("he charged the director with indifference",),
                                       "charge", "with", words)
    assert object_preposition_examples(("The suspect was charged with murdering his wife",),
                                       "charge", "with", words)
    assert not object_preposition_examples(("he saw Jess charging at him with a pitchfork",),
                                           "charge", "with", words)
    assert not object_preposition_examples(("I worry about my job",), "worry", "about", words)
