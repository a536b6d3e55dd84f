"""Which verb idioms a learner cannot read from their words (`opaque_idiom`): those
ranked as the rare expressions they are, and those read as their words say."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.expression_use import defined_by_its_object
from vocab.features import opaque_idiom
from vocab.glossary import collect_candidates
from vocab.models import LearnerProfile


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # WordNet: "take off weight" – the verb does to the noun what its words say.
        ("Her doctor told her to lose weight before the operation next spring.", "lose weight"),
        # WordNet: "assume control".
        ("Soldiers tried to take control of the airport during the night.", "take control"),
    ],
)
def test_an_idiom_worded_as_a_verb_acting_on_its_own_noun_is_read_from_its_words(
    engine: Engine, text: str, lemma: str
) -> None:
    """ "lose weight" and "take control" were ranked as opaque idioms and glossed before
    a story's hard words, though a learner reads them from "lose" and "weight"."""
    analysis = engine.analyse(article_from_text(f"A story\n\n{text}"))
    found = next(
        c
        for c in collect_candidates(analysis, engine.senses, LearnerProfile(), engine.words)
        if c.lemma == lemma
    )
    assert opaque_idiom(analysis, found, engine.senses) is None
    assert found.features["expression"] == 1.0


@pytest.mark.parametrize(
    ("definition", "noun", "expected"),
    [
        ("take off weight", "weight", True),
        ("assume control", "control", True),
        ("assume an office, duty, or title", "office", True),
        ("lose blood from one's body", "blood", True),
        ("shake hands", "hand", True),
        # The noun after a preposition, in another idiom: the verb says nothing of it.
        ("go into effect or become effective or operative", "effect", False),
        # The noun is not named at all.
        ("stop work in order to press demands", "job", False),
        ("obtain advantages, such as points, etc.", "ground", False),
    ],
)
def test_a_gloss_that_makes_the_noun_its_verb_s_object(
    definition: str, noun: str, expected: bool
) -> None:
    assert defined_by_its_object(definition, noun) is expected
