"""A story names a field by the words WordNet files under it ("filed", "lawyer",
"verdict" under law; a label's "(criminal law)" is a narrower field of it): a sense of
that field is then the one meant."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.lexicon import Lexicon
from vocab.sense_weights import field_strength


def shown(engine: Engine, text: str, word: str) -> str:
    """The synset shown for the first ``word`` of a one-paragraph story ("" for none)."""
    analysis = engine.analyse(article_from_text(f"Story\n\n{text}"))
    index = next(i for i, token in enumerate(analysis.tokens) if token.text == word)
    sense = engine.word_details(analysis, index).sense
    return sense.synset if sense else ""


@pytest.mark.parametrize(
    "text",
    [
        "The workers filed a suit against the company, saying they were never paid.",
        "Two families filed a suit against the city after the bridge fell down.",
    ],
)
def test_a_suit_that_is_filed_is_a_lawsuit(engine: Engine, text: str) -> None:
    """ "file" is first of all a word of law ("record in a public office or in a court
    of law"): what is filed is the court case, not clothes (13 SemCor uses to 3)."""
    assert shown(engine, text, "suit") == "lawsuit.n.01"


def test_a_suit_bought_for_a_wedding_is_clothes(engine: Engine) -> None:
    assert (
        shown(engine, "He bought a new suit and a pair of shoes for the wedding.", "suit")
        == "suit.n.01"
    )


@pytest.mark.parametrize(
    "text",
    [
        "A lawyer for the driver said he would appeal the verdict. The driver had no "
        "earlier offense.",
        "The prosecutor said the offense was one of the worst she had seen.",
        "At the hearing, the prosecutor described the offense in detail.",
    ],
)
def test_an_offense_in_a_court_story_is_a_crime(engine: Engine, text: str) -> None:
    """A lawyer, a verdict, a prosecutor or a hearing name law, of which criminal law
    is a part: the offense is "an act punishable by law", not a lack of politeness
    (WordNet's first sense, 2 SemCor uses to 1)."""
    assert shown(engine, text, "offense") == "crime.n.01"


def test_an_offense_on_the_field_stays_a_team(engine: Engine) -> None:
    assert (
        shown(engine, "The team's offense scored three times in the second half.", "offense")
        == "offense.n.04"
    )


def test_the_words_a_story_names_a_field_by(lexicon: Lexicon) -> None:
    """Only a word's first sense counts: "offense" is first a lack of politeness."""
    fields = lexicon.fields_of(["file", "lawyer", "verdict", "offense", "table", "suit"])
    assert fields["file"] == fields["lawyer"] == fields["verdict"] == frozenset({"law"})
    assert "offense" not in fields and "table" not in fields and "suit" not in fields


def test_a_narrower_field_is_named_by_its_broader_fields_words() -> None:
    named = {"law": 2.0, "military": 0.5}
    assert field_strength("criminal law", named) == 2.0
    assert field_strength("law", {"criminal law": 1.0}) == 1.0
    assert field_strength("computer science", named) == 0.0
    assert field_strength("", named) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "The food processor said it would close two plants and cut 300 jobs.",
        "The large food processor said that its profits fell by half.",
    ],
)
def test_a_speaker_that_calls_itself_it_is_no_person(engine: Engine, text: str) -> None:
    """ "someone who processes things (foods or ...)" shares "food" with the sentence,
    but what says "it would close two plants" is the business."""
    assert shown(engine, text, "processor") == "processor.n.01"


def test_a_speaker_that_says_he_may_be_a_person(engine: Engine) -> None:
    analysis = engine.analyse(article_from_text("Story\n\nThe rider said he was not hurt."))
    index = next(i for i, token in enumerate(analysis.tokens) if token.text == "rider")
    sense = engine.word_details(analysis, index).sense
    assert sense is not None and sense.lexname == "noun.person"


@pytest.mark.parametrize(
    "text",
    [
        "The rider fell off his bike when a car turned in front of him on the busy road.",
        "The rider was hurt when he fell from his bicycle.",
    ],
)
def test_a_rider_of_a_bike_rides_a_vehicle(engine: Engine, text: str) -> None:
    """ "rides a vehicle (as a bicycle or motorcycle)": "bike" is a name of both; the
    first sense's examples, "(as a horse or camel)", are named nowhere (11 uses to 0)."""
    assert shown(engine, text, "rider") == "rider.n.03"


def test_a_rider_of_a_horse_rides_an_animal(engine: Engine) -> None:
    text = "The rider fell from her horse during the race."
    assert shown(engine, text, "rider") == "rider.n.01"


@pytest.mark.parametrize(
    "text",
    [
        "Asked how the trip went, she said it was alright.",
        "The first week was hard, but the food was alright and the people were kind.",
    ],
)
def test_alright_said_of_a_thing_is_satisfactory(engine: Engine, text: str) -> None:
    """ "without doubt (used to reinforce an assertion)" has nothing to reinforce after
    "was" at a clause's end, and "an expression of agreement normally occurring at the
    beginning of a sentence" is none inside one."""
    assert shown(engine, text, "alright") == "okay.r.01"
