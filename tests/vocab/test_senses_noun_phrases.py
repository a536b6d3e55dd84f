"""What the phrase around a noun says of its sense: a bare noun after "under" names
what its subject undergoes, an act, a state or a process of the mind ("under review");
an "of" phrase after it is what a sense whose gloss takes one is of ("critics of")."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Critics of the new parking fees say shop owners will lose customers.",
        "Some critics of the school lunch program want more fresh fruit.",
    ],
)
def test_critics_of_a_plan_judge_it_they_are_no_art_critics(engine: Engine, text: str) -> None:
    """ "critics of" a plan express a judgment of it; the art critic's gloss names
    what it is of (works of art), SemCor's 6 uses to 2."""
    assert (
        sense_of(engine, text, "Critics" if text.startswith("Critics") else "critics")
        == "critic.n.02"
    )


def test_the_end_of_a_time_stays_a_point_in_time(engine: Engine) -> None:
    """Not where the "of" phrase is a time: "the end of the month" is no "extremity of
    something that has length"."""
    assert sense_of(engine, "The shop will close at the end of the month.", "end") == "end.n.02"
