"""A gloss that narrows its sense to a field ("especially a religion", "in playing
baseball") is of that field: a story that never names it is silent on the sense."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.models import Sense
from vocab.sense_signatures import gloss_qualifier


def sense_of(engine: Engine, text: str, word: str) -> Sense | None:
    """The sense shown for the first ``word`` of a one-paragraph story."""
    analysis = engine.analyse(article_from_text(f"Story\n\n{text}"))
    words = [token.text for token in analysis.tokens]
    return engine.word_details(analysis, words.index(word)).sense


@pytest.mark.parametrize(
    "text",
    [
        "Many farmers are skeptical about the new seed the company sells.",
        "Some economists stay skeptical that the new bank rules will lower prices.",
    ],
)
def test_doubt_about_a_claim_is_no_doubt_about_a_religion(engine: Engine, text: str) -> None:
    """ "denying or questioning the tenets of especially a religion": a story of seeds
    or bank rules names no religion, and its doubters simply doubt."""
    sense = sense_of(engine, text, "skeptical")
    assert sense is not None and sense.synset == "doubting.s.01"


def test_gloves_worn_to_clear_a_flood_are_no_baseball_gloves(engine: Engine) -> None:
    """ "the handwear used by fielders in playing baseball" (6 SemCor uses): a flood
    story never names baseball, and its gloves are the hand's covering."""
    sense = sense_of(
        engine,
        ("The cleaners wore gloves and boots while they cleared the flooded houses."),
        "gloves",
    )
    assert sense is not None and sense.synset != "baseball_glove.n.01"


def test_gloves_stay_a_fielders_where_the_story_is_about_baseball(engine: Engine) -> None:
    """A baseball story names the field, so the narrowed sense keeps its place."""
    sense = sense_of(
        engine,
        (
            "The baseball team lost its third game. The young fielder dropped two easy "
            "balls, and after the game he threw his gloves on the ground."
        ),
        "gloves",
    )
    assert sense is not None and sense.synset == "baseball_glove.n.01"


def test_only_a_qualifier_that_names_a_field_counts() -> None:
    """A qualifier is read at the end of the gloss's first clause or in brackets; the
    engine counts it only where the word names an activity or a body of thought."""
    assert gloss_qualifier("the handwear used by fielders in playing baseball") == "baseball"
    assert gloss_qualifier("questioning the tenets of especially a religion") == "religion"
    assert gloss_qualifier("the state of owing something (especially money)") == "money"
    assert gloss_qualifier("a momentary flash of light") == ""
