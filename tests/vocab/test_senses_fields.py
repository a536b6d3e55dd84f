"""Senses of a field a story is not about, and a sense an example's name or kind of
word tells."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.models import Sense


def sense_of(engine: Engine, text: str, word: str) -> Sense:
    analysis = engine.analyse(article_from_text(f"A story\n\n{text}"))
    index = next(i for i, t in enumerate(analysis.tokens) if t.text == word)
    sense = engine.word_details(analysis, index).sense
    assert sense is not None
    return sense


def test_a_chemistry_sense_loses_what_semcor_counted_in_chemistry_texts(engine: Engine) -> None:
    """SemCor counts the chemical reaction 38 times, mostly in science texts: a story
    about parents and a school plan is no chemistry, and its reactions are responses."""
    sense = sense_of(engine, (
        "The city wants to close two small schools and move their pupils to one "
        "building. The plan drew mixed reactions from parents. Some worried about the "
        "longer trip to school."),
        "reactions")
    assert sense.synset != "chemical_reaction.n.01"
    assert sense.lexname in {"noun.cognition", "noun.phenomenon", "noun.feeling"}


def test_a_story_names_a_field_by_a_word_derived_from_its_name(engine: Engine) -> None:
    """"(law) a proceeding (usually by a court)...": a story with lawyers in it is
    about the law, though it never says "law"."""
    sense = sense_of(engine, (
        "The former mayor is accused of taking money from builders. His lawyer says the "
        "charges are false. The judge said the hearing could last for weeks. The mayor "
        "could spend ten years in prison."), "hearing")
    assert sense.synset == "hearing.n.01"


def test_a_story_sharing_words_with_a_fields_kinds_by_chance_is_not_about_the_field(
        engine: Engine) -> None:
    """The chemical reaction's many kinds (soap-making, burning...) say "salt", "fat",
    "product" and "new": a story of food labels shares them by chance, and had its
    shoppers' reactions read as chemistry."""
    sense = sense_of(engine, (
        "Lawmakers voted for new rules on food packages. Each product must show how "
        "much salt, fat and sugar it contains. Companies that change their recipes to "
        "remove fat can keep their old packages.\n\n"
        "The rules start next year. Shoppers at a market in the capital had mixed "
        "reactions. One father said he rarely has time to read the small print."),
        "reactions")
    assert sense.synset != "chemical_reaction.n.01"


def test_a_name_in_a_senses_example_pairs_it_with_the_kind_of_thing_named(
        engine: Engine) -> None:
    """WordNet shows the volcano's sense with "Vesuvius erupts once in a while":
    Vesuvius is a volcano, so "the old volcano erupted" is that sense, not "start
    abruptly" (peace breaking out), which SemCor counts more."""
    sense = sense_of(engine, "Last night the old volcano erupted.", "erupted")
    assert sense.synset == "erupt.v.05"


def test_a_sense_wordnet_files_under_a_field_is_of_that_field(engine: Engine) -> None:
    """WordNet files its first "aide", "an officer who acts as military assistant to a
    more senior officer" (3 SemCor uses), under the military without a "(military)"
    label: a senator's aide is someone who acts as assistant (1 use)."""
    sense = sense_of(engine, "The senator's aide answered questions from reporters.", "aide")
    assert sense.synset == "aide.n.02"
    sense = sense_of(engine, "The colonel sent his aide to the military base.", "aide")
    assert sense.synset == "adjutant.n.01"


def test_a_first_sense_of_a_field_the_story_never_names_is_not_first(engine: Engine) -> None:
    """"Hardware" is first "major items of military weaponry" (3 SemCor uses) and then
    "tools or implements made of metal" (none): in a story of a shop selling nails, the
    weaponry's count says nothing, and neither does the order WordNet made from it."""
    sense = sense_of(engine, (
        "My uncle runs a small hardware shop in our town. He sells nails, hammers and "
        "paint. On Saturdays the shop is full of people fixing their homes."), "hardware")
    assert sense.synset == "hardware.n.02"


def test_a_period_of_time_after_a_bare_adjective_is_the_examples_period(
        engine: Engine) -> None:
    """"Next" is "nearest in space" 24 times in SemCor and "immediately following in
    time" never, but WordNet shows the second with "the following day": "next month",
    with no determiner before it, says when, as a day does. "The next room" stays a
    place."""
    sense = sense_of(engine, "The bakery will open a second shop next month.", "next")
    assert sense.synset == "following.s.02"
    sense = sense_of(engine, "The children were playing loudly in the next room.", "next")
    assert sense.synset == "adjacent.s.01"



@pytest.mark.parametrize("text", ["The old factories consume coal and water.",
                                  "Power stations consume coal to make electricity."])
def test_a_bracketed_object_of_the_objects_field_is_the_sense(engine: Engine, text: str) -> None:
    """ "use up (resources or materials)": coal is no material by its broader terms (a
    fossil fuel, a fuel), but both are filed under substances, and a factory burning it
    neither eats nor drinks it ("serve oneself to, or consume regularly", 3 SemCor uses
    to none)."""
    sense = sense_of(engine, text, "consume")
    assert sense.synset == "consume.v.05"


def test_a_bracketed_object_of_another_field_still_loses(engine: Engine) -> None:
    """Sweets are food, not a material: the children still eat them."""
    sense = sense_of(engine, "The children consume too many sweets.", "consume")
    assert sense.synset != "consume.v.05"


@pytest.mark.parametrize(("text", "word"), [("Doctors gave him water tablets.", "tablets"),
                                            ("The runners took salt tablets in the heat.",
                                             "tablets")])
def test_a_stuff_before_a_noun_is_what_some_substance_stands_for(
        engine: Engine, text: str, word: str) -> None:
    """ "a small flat compressed cake of some substance": water and salt are substances
    (the tagger reads "salt" before a noun as an adjective), so no "slab of stone or
    wood suitable for bearing an inscription"."""
    sense = sense_of(engine, text, word)
    assert "slab" not in sense.definition


def test_a_modifier_of_no_substance_leaves_the_slab(engine: Engine) -> None:
    """Stone is a natural object in WordNet, not a substance: stone tablets are slabs."""
    sense = sense_of(engine, "Moses carried two stone tablets down the mountain.", "tablets")
    assert sense.synset == "tablet.n.01"


@pytest.mark.parametrize("text", [
    "During deep sleep the brain produces slow waves, researchers found.",
    "The sun produces heat and light for the plants in the valley."])
def test_no_made_thing_is_manufactured(engine: Engine, text: str) -> None:
    """"create or manufacture a man-made product": waves and heat are no made things,
    so the brain and the sun cause them to exist."""
    sense = sense_of(engine, text, "produces")
    assert sense.synset != "produce.v.02"


def test_a_made_thing_is_still_manufactured(engine: Engine) -> None:
    sense = sense_of(engine, "The new factory produces cheap plastic toys.", "produces")
    assert sense.synset == "produce.v.02"


def test_a_story_of_things_of_a_field_is_in_the_field(engine: Engine) -> None:
    """"(botany) a living organism...": a garden story never says "botany", but its
    roses, weeds and trees are living plants, so its rows of plants are no factories."""
    sense = sense_of(engine, (
        "The school garden is growing fast. Children water the long rows of plants every "
        "morning before class. The roses opened this week, and the weeds are gone. The "
        "oak trees give shade to the children."), "plants")
    assert sense.synset == "plant.n.02"


def test_a_story_of_other_things_keeps_its_factories(engine: Engine) -> None:
    sense = sense_of(engine, (
        "The company will close two of its plants next year. Workers at the factories "
        "make car parts and engines. The union says hundreds of jobs will be lost."),
        "plants")
    assert sense.synset == "plant.n.01"


def test_a_phrase_after_a_listed_noun_is_no_member_of_the_list(engine: Engine) -> None:
    """"bankers in suits, nurses with bags and teachers": the people listed are the
    bankers' mates; the suits are what the bankers wear, no businessmen."""
    sense = sense_of(engine, "At the station, bankers in suits, nurses with bags and "
                     "teachers waited for the train.", "suits")
    assert sense.synset == "suit.n.01"


def test_a_list_inside_a_phrase_is_still_a_list(engine: Engine) -> None:
    """The list is the suits' own when the noun the phrase describes is of another
    field: a shop sells suits, shirts and ties, all clothes."""
    sense = sense_of(engine, "The shop on the corner sells suits, shirts and ties to "
                     "young men.", "suits")
    assert sense.synset == "suit.n.01"
