"""What the words right around a word tell of its sense: a preposition after it, a
counted period of time after "the next", the noun an adjective describes, a word
beside it that only a related gloss has, the verb over a noun ("gave the girl an
injection") where no more used sense has it too ("took the medicine")."""

from __future__ import annotations

import pytest

from vocab.analysis import Analysis
from vocab.articles import article_from_text
from vocab.collocations import paired_in_examples
from vocab.engine import Engine
from vocab.sentence_cues import nouns_beside, preposition_after, time_phrase_noun, verb_over


def analyse(engine: Engine, text: str) -> Analysis:
    return engine.analyse(article_from_text(f"A story\n\n{text}"))


def index_of(analysis: Analysis, word: str) -> int:
    return next(i for i, t in enumerate(analysis.tokens) if t.text == word)


def sense_of(engine: Engine, text: str, word: str) -> str:
    analysis = analyse(engine, text)
    sense = engine.word_details(analysis, index_of(analysis, word)).sense
    assert sense is not None
    return sense.synset


@pytest.mark.parametrize("text", [
    "The bakery will hire forty more bakers over the next two years.",
    "Fuel prices could keep rising for the next several weeks.",
])
def test_the_next_few_periods_of_time_follow_in_time(engine: Engine, text: str) -> None:
    """"The next two years" says when, as "next year" does: immediately following in
    time, not "nearest in space" (SemCor's 24 uses), though "the" opens the phrase and a
    count stands between "next" and the period."""
    assert sense_of(engine, text, "next") == "following.s.02"


def test_a_counted_phrase_of_time_is_found_and_a_room_is_not(engine: Engine) -> None:
    analysis = analyse(engine, "Over the next three years they will share the next room.")
    first, second = (i for i, t in enumerate(analysis.tokens) if t.text == "next")
    assert analysis.tokens[time_phrase_noun(analysis.tokens, first) or 0].text == "years"
    assert time_phrase_noun(analysis.tokens, second) is None


def test_a_preposition_an_example_has_after_the_headword_tells_its_sense(
        engine: Engine) -> None:
    """WordNet shows "eager to learn" with "curious about the neighbor's doings", and
    "beyond the usual" (SemCor's 14 uses to 13) with no "curious about": young voters
    curious about a tax want to know about it."""
    text = "Young voters are curious about how the new tax will work."
    assert sense_of(engine, text, "curious") == "curious.a.02"
    analysis = analyse(engine, text)
    assert preposition_after(analysis.tokens, index_of(analysis, "curious")) == "about"


@pytest.mark.parametrize("text", [
    "It was a tough season for the fishermen.",
    "It was a tough month for the small shops in our town.",
])
def test_an_adjective_whose_examples_describe_people_is_not_read_of_a_time(
        engine: Engine, text: str) -> None:
    """"Not given to gentleness" (SemCor's 9 uses) is shown only of people ("a tough
    character"), as a verb WordNet frames only with a person: a tough season is a hard
    one ("very difficult", "hard to bear")."""
    assert sense_of(engine, text, "tough") in {"rugged.s.02", "hard.s.05"}


def test_a_related_glosss_chance_word_does_not_save_a_sense_of_an_unnamed_field(
        engine: Engine) -> None:
    """Computer hardware's kinds "store" data: a hardware store in a story that never
    names computers sells tools, though "store" stands right beside the word."""
    assert sense_of(engine, (
        "She runs a small hardware store next to the bus station. She sells nails, "
        "hammers and paint. Her shop opens at seven every morning."),
        "hardware") == "hardware.n.02"


def test_a_collocate_another_senses_glosses_share_says_nothing_of_one_sense(
        engine: Engine) -> None:
    """"take your medicine" is WordNet's example of punishment, but medicine is what
    one takes in the glosses around the drug too ("a measured portion of medicine taken
    at any one time"): "took" is no evidence of the punishment over the drug."""
    text = ("Every night she took her medicine with a cup of warm milk. "
            "The doctor had said it would help her cough.")
    assert sense_of(engine, text, "medicine") == "medicine.n.02"


def test_the_verb_over_a_noun_pairs_it_as_a_senses_example_does(engine: Engine) -> None:
    """"the nurse gave him a flu shot" is WordNet's example of the injection with a
    syringe: "gave each child an injection" has the same verb over the noun, past its
    first object, and is that sense, not "the forceful insertion of a substance under
    pressure" (SemCor's 4 uses to none)."""
    text = "Before the trip, the doctor gave each child an injection against the fever."
    assert sense_of(engine, text, "injection") == "injection.n.03"


def test_the_verb_over_a_noun_is_found_past_its_phrase_and_a_first_object(
        engine: Engine) -> None:
    for text, noun, verb in [("The nurse gave the girl an injection.", "injection", "gave"),
                             ("He gave her a small gift.", "gift", "gave"),
                             ("She took her medicine at night.", "medicine", "took")]:
        analysis = analyse(engine, text)
        at = verb_over(analysis.tokens, index_of(analysis, noun))
        assert at is not None and analysis.tokens[at].text == verb
    analysis = analyse(engine, "The injection was quick.")
    assert verb_over(analysis.tokens, index_of(analysis, "injection")) is None


def test_the_noun_a_group_is_of_names_the_kind_a_senses_gloss_names(engine: Engine) -> None:
    """A fleet of buses is a group of motor vehicles ("passenger vehicle" is a name of
    the bus), not of aircraft, the one sense SemCor counts (1 use to none)."""
    text = "The town bought a fleet of new buses for the schools in the hills."
    assert sense_of(engine, text, "fleet") == "fleet.n.02"


def test_the_nouns_that_say_what_kind_a_noun_is_of_are_found(engine: Engine) -> None:
    analysis = analyse(engine, "A fleet of old city buses waited near the bike shop.")
    found = [analysis.tokens[at].text for word in ("fleet", "shop")
             for at in nouns_beside(analysis.tokens, index_of(analysis, word))]
    assert found == ["buses", "bike"]
    analysis = analyse(engine, "The buses waited.")
    assert nouns_beside(analysis.tokens, index_of(analysis, "buses")) == []


def test_a_participle_of_its_own_is_no_form_of_the_adjective_of_its_verb(
        engine: Engine) -> None:
    """WordNet's "it was a closed area of employment" (a walk of life, named "orbit"
    too) has "closed" before the name: shut, no form of "close" as in "its closest
    orbit", so no collocate of it; "its closed orbit" is."""
    sphere = next(s for s in engine.senses.senses("orbit", "n") if s.synset == "sphere.n.01")

    def paired(before: str) -> frozenset[str]:
        return paired_in_examples(sphere, (before, ""), "orbit", engine.words,
                                  lambda word: frozenset())

    assert paired("close") == frozenset()
    assert paired("closed") == {"closed"}


def test_the_verb_over_a_seldom_used_noun_met_in_its_broader_terms_gloss(
        engine: Engine) -> None:
    """"a dose of medicine" is "a measured portion of medicine taken at any one time":
    a tablet one takes is the pill, not the slab of stone bearing an inscription, whose
    one SemCor use says little."""
    text = "The nurse said to take one tablet every morning after breakfast."
    assert sense_of(engine, text, "tablet") == "pill.n.02"


def test_a_collocate_of_another_word_in_a_related_gloss_is_not_beside_the_word(
        engine: Engine) -> None:
    """"a bad cut" is WordNet's example of "bad", whose satellite "exceptionally bad"
    is a sense of "painful": a cut that hurts is "causing physical or psychological
    pain" (SemCor's 10 uses to none), "cut" beside "painful" no sign of badness."""
    text = "The boy fell off the wall at school. He had a painful cut on his arm."
    assert sense_of(engine, text, "painful") == "painful.a.01"
