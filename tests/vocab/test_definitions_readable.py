"""Definitions that read as a learner's sentence does: no preposition left waiting for
its object once the headword's alternative goes, no qualifier tacked on to a wording
already longer than VOA's. Made-up headwords ("quorvak") and glosses written for these
tests."""

from __future__ import annotations

from vocab.definitions import define
from vocab.engine import Engine
from vocab.models import LearnerProfile, Sense


def _worded(engine: Engine, gloss: str, pos: str = "n", headword: str = "quorvak") -> str:
    """How a B1 learner is shown a sense of ``headword`` glossed ``gloss``."""
    return define(
        Sense(f"x.{pos}.01", pos, headword, 1, 0, gloss),
        [],
        headword,
        engine.words,
        LearnerProfile(),
        lexicon=engine.lexicon,
    )


def test_a_preposition_is_not_left_before_an_adverb(engine: Engine) -> None:
    """ "consume –serve oneself to, or consume regularly" had been "serve oneself to
    regularly": the cut of the headword's alternative left "to" with no object, the
    adverb read as one. The first alternative's preposition waits for what the second
    shared."""
    worded = _worded(engine, "help oneself to, or quorvak quietly", pos="v")
    assert "to quietly" not in worded
    assert not worded.endswith(" to")


def test_a_closing_qualifier_goes_from_a_wording_longer_than_voa_s(engine: Engine) -> None:
    """ "pollution –an undesirable state of the natural environment being contaminated
    with harmful substances as a consequence of human activities" (20 words; nine in ten
    of VOA's definitions are at most 18): a closing "as a result of", "especially",
    "usually" qualifier says why or where most often, not what the thing is."""
    assert (
        _worded(
            engine,
            "a large metal box where people keep their tools and garden "
            "things, especially in the yard behind a house",
        )
        == "a large metal box where people keep their tools and garden things"
    )
    assert (
        _worded(
            engine,
            "a bad state of the water in rivers and lakes being made "
            "dirty with harmful things as a consequence of farming",
        )
        == "a bad state of the water in rivers and lakes being made dirty with harmful things"
    )


def test_a_short_wording_keeps_its_qualifier(engine: Engine) -> None:
    """A wording as short as VOA's keeps what it says of where or why: "a large box,
    especially one made of wood" says what kind of box."""
    kept = "a large box, especially one made of wood"
    assert _worded(engine, kept) == kept


def test_a_hard_verb_wording_names_its_plain_two_word_verb(engine: Engine) -> None:
    """ "cancel –postpone indefinitely or annul something that was scheduled": every
    word but "scheduled" above a B1 learner, while WordNet names the sense "call off"
    too, two words they know whose first meaning this is. A one-word synonym had to
    be commoner than the headword by its frequency; a two-word verb's frequency is not
    its words', so it is named by its words and its meaning."""
    cancel = engine.lexicon.senses("cancel", "v")[0]
    worded = define(cancel, [], "cancel", engine.words, LearnerProfile(), lexicon=engine.lexicon)
    assert worded.endswith("(another word for call off)")


def test_a_two_word_verb_that_usually_means_another_thing_is_not_named(engine: Engine) -> None:
    """A two-word verb whose first meaning is another is no plain name of this one."""
    sense = Sense(
        "x.v.01", "v", "quorvak", 1, 0, "annul a contract formally", synonyms=("quorvak", "give up")
    )
    worded = define(sense, [], "quorvak", engine.words, LearnerProfile(), lexicon=engine.lexicon)
    assert "give up" not in worded


def test_a_noun_after_a_preposition_is_no_alternative_of_a_verb(engine: Engine) -> None:
    """ "activate –put in motion or move to act" had been "put in move to act": the hard
    "motion" went as if "move" could stand after "in", where "move" is the verb its "to"
    follows. A noun a preposition takes keeps its place before a verb's alternative."""
    worded = _worded(engine, "set in commotion or move to act quickly", pos="v")
    assert "in move" not in worded


def test_an_unreadable_wording_names_a_known_synonym_a_little_rarer(engine: Engine) -> None:
    """ "swear –utter obscenities or profanities": not one word a B1 learner knows. A
    synonym had to be clearly commoner than the headword; after such a wording one
    they know helps though it is a little rarer ("curse")."""
    sense = next(s for s in engine.lexicon.senses("swear", "v") if "curse" in s.synonyms)
    worded = define(sense, [], "swear", engine.words, LearnerProfile(), lexicon=engine.lexicon)
    assert worded.endswith("(another word for curse)")


def test_a_qualifier_with_no_comma_goes_from_a_long_wording(engine: Engine) -> None:
    """ "tail –the posterior part of the body of an animal especially when elongated and
    extending beyond the main part of the body" (21 words): "especially", "usually",
    "typically" after the thing they qualify, before when, where or a participle, say
    when it is most so, not what it is. After "or" it is one of a list, and stays."""
    assert (
        _worded(
            engine,
            "the soft part at the back of the head of a small animal especially "
            "when it is held up and moved from side to side",
        )
        == "the soft part at the back of the head of a small animal"
    )
    listed = _worded(
        engine,
        "a bag or especially box of wood that people keep their tools and garden "
        "things in behind a house",
    )
    assert listed.startswith("a bag or especially box")


def test_an_example_set_off_by_commas_goes_from_a_long_wording(engine: Engine) -> None:
    """ "host –a person who invites guests to a social event, such as a party in his or
    her own home, and who is responsible for them while they are there" (29 words):
    the example between commas goes, and what the person does stays."""
    assert (
        _worded(
            engine,
            "a person who cooks food for people at a big meal, such as a party in "
            "a garden, and who pays for all of it",
        )
        == "a person who cooks food for people at a big meal and who pays for all of it"
    )


def test_a_second_relative_clause_goes_from_a_long_wording(engine: Engine) -> None:
    """ "phone –electronic equipment that converts sound into electrical signals that can
    be transmitted over distances and then converts received signals back into sounds"
    (22 words): the first clause says what it does; the second says more of a word in
    it. A hint closing the wording stays after the cut."""
    assert (
        _worded(
            engine,
            "a small machine that turns sound into signals that can be sent over long "
            "roads and then turns the signals back into sound",
        )
        == "a small machine that turns sound into signals"
    )


def test_that_after_a_verb_opens_no_relative_clause(engine: Engine) -> None:
    """ "a commercial document showing that the holder is entitled...": "that" after a
    verb says what is shown, and a long wording is not cut there, nor at a "who" that
    is the first clause after a noun."""
    worded = _worded(
        engine,
        "a paper showing that the person who holds it may go into the building "
        "to watch a game or a show",
    )
    assert "showing that the person who holds it" in worded
