"""A bare noun after "under" names what its subject undergoes: an act, a state, or a
process of the mind ("under review", "under consideration")."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.engine import Engine


def sense_of(engine: Engine, text: str, word: str) -> str:
    analysis = engine.analyse(article_from_text(f"A story\n\n{text}"))
    index = next(i for i, t in enumerate(analysis.tokens) if t.text == word)
    sense = engine.word_details(analysis, index).sense
    assert sense is not None
    return sense.synset


@pytest.mark.parametrize(
    "text",
    [
        "The new parking rules are under review by the city council.",
        "Her request for a larger office is still under review.",
    ],
)
def test_under_review_is_an_evaluation_not_a_patient_s_follow_up(engine: Engine, text: str) -> None:
    """A process of the mind one undergoes counts as an act does after "under": the
    rules are being appraised again, not examined as a patient is after treatment."""
    assert sense_of(engine, text, "review") == "reappraisal.n.01"


def test_under_control_is_no_scientific_standard(engine: Engine) -> None:
    """Only processes of the mind, not all of WordNet's noun.cognition: "under
    control" is no "standard ... in a scientific experiment"."""
    assert (
        sense_of(engine, "The fire in the old mill is now under control.", "control")
        != "control_condition.n.01"
    )
