"""Definitions worded as VOA words them for a learner: no Latin shorthand, no usage
label for a meaning, a modifier said by its use, a verb the learner knows in place of a
hard one or the headword's own. Made-up glosses ("quorvak") written for these tests."""

from __future__ import annotations

from vocab.definitions import define
from vocab.engine import Engine
from vocab.gloss_text import plain_gloss, without_latin_shorthand
from vocab.models import LearnerProfile, Sense


def _worded(
    engine: Engine, gloss: str, pos: str = "n", headword: str = "quorvak", synset: str = ""
) -> str:
    """How a B1 learner is shown a sense of ``headword`` glossed ``gloss``."""
    sense = Sense(synset or f"x.{pos}.01", pos, headword, 1, 0, gloss)
    return define(sense, [], headword, engine.words, LearnerProfile(), lexicon=engine.lexicon)


def _plain(gloss: str) -> str:
    return without_latin_shorthand(gloss)


def test_latin_shorthand_is_said_in_words_or_left_out() -> None:
    """ "a way of regarding situations or topics etc.", "wrong in e.g. opinion": VOA
    never writes "etc." or "e.g."; a list reads as well without the first, an example
    without the second, and an example in brackets opens "for example"."""
    assert _plain("a way of looking at plans or ideas etc.") == "a way of looking at plans or ideas"
    assert (
        _plain("a box sent to shops and farms etc to be filled")
        == "a box sent to shops and farms to be filled"
    )
    assert _plain("a bowl shaped by e.g. hand") == "a bowl shaped by hand"
    assert (
        _plain("a small seed (e.g., rice or corn) eaten at dinner")
        == "a small seed (for example, rice or corn) eaten at dinner"
    )
    assert _plain("(of lakes, e.g.) cold and deep") == "(of lakes) cold and deep"
    assert "etc" not in _plain("a meeting about a plan, a budget, etc.")


def test_a_comma_list_closed_by_etc_still_reads_as_a_list() -> None:
    """ "a seat for a king, judge, etc." lost its "etc." and read "for a king, judge", as
    if cut off: its last item is joined by "or"; a list joined already is left as it is."""
    assert _plain("a seat for a king, judge, etc.") == "a seat for a king or judge"
    assert _plain("cover with paint, paper, cloth, etc.") == "cover with paint, paper or cloth"
    assert (
        _plain("a meal of bread, soup, etc.; eaten late") == "a meal of bread or soup; eaten late"
    )
    assert _plain("a shop for pens, ink and paper, etc.") == "a shop for pens, ink and paper"
    assert _plain("win prizes, such as cups, etc.") == "win prizes, such as cups"


def test_a_typewriters_dash_sets_an_aside_apart_and_a_quotations_source_goes() -> None:
    """ "the quality of being able -- in body or in mind" showed the learner WordNet's
    typewriter dash, and "...timid; - Ezra Pound" the source of an example they never
    see: what dashes set apart is an aside in brackets (which a wording may leave out),
    another dash a comma, and the source goes."""

    def plain(gloss: str) -> str:
        return plain_gloss(Sense("x.n.01", "n", "quorvak", 1, 0, gloss))

    assert plain("the quality of being able -- in body or in mind") == (
        "the quality of being able (in body or in mind)"
    )
    assert plain("all the parts--inner and outer--that make it up") == (
        "all the parts (inner and outer) that make it up"
    )
    assert plain("set at an angle--not up-and-down") == "set at an angle, not up-and-down"
    assert plain("shy and quiet; ; - A. N. Author") == "shy and quiet"
    assert plain("shy and quiet; --A. Writer") == "shy and quiet"


def test_a_list_closed_by_etc_keeps_its_items(engine: Engine) -> None:
    """ "seafood –edible fish or shellfish or roe etc": "etc." goes from the line shown,
    but the list it closed is no list of alternatives to cut down to its easy first."""
    shown = _worded(engine, "a dish of edible fish or shellfish or roe etc")
    assert "etc" not in shown and "shellfish" in shown


def test_a_usage_label_is_no_meaning(engine: Engine) -> None:
    """ "alright –adj. nonstandard usage" told the learner how the word is used, in a
    noun's words, not what it means: a sense glossed only by its label is worded by
    its neighbour, here the adjective it is similar to."""
    synset = "alright.s.01"
    neighbour = engine.lexicon.related_glosses(synset)[0]
    shown = _worded(engine, "informal usage", pos="s", synset=synset)
    assert "usage" not in shown
    assert shown and shown in neighbour


def test_a_modifier_glossed_as_an_expression_is_said_by_its_use(engine: Engine) -> None:
    """ "OK –adv. an expression of agreement normally occurring at the beginning of a
    sentence" is a noun's definition; VOA says what the word is used for."""
    assert (
        _worded(engine, "an expression of surprise usually heard at the end of a story", pos="r")
        == "used to show surprise, usually at the end of a story"
    )
    assert _worded(engine, "an interjection expressing anger", pos="r") == "used to show anger"


def test_a_hard_verb_after_who_is_said_by_the_name_most_of_its_uses_have(engine: Engine) -> None:
    """ "landlord –a landowner who leases to others": every sense of "lease" is also
    "rent", which the learner knows; "purchase" is mostly "buy"."""
    assert (
        _worded(engine, "a farmer who leases fields to other farmers")
        == "a farmer who rents fields to other farmers"
    )
    assert (
        _worded(engine, "a shop that purchases old books from students")
        == "a shop that buys old books from students"
    )


def test_the_headwords_own_verb_is_said_by_a_plainer_name(engine: Engine) -> None:
    """ "operator –an agent that operates some apparatus or machine" defined the word by
    itself to the learner; "run" is what "operate" means in most of its uses."""
    shown = _worded(engine, "a person who operates a large crane at a port", headword="operator")
    assert shown == "a person who runs a large crane at a port"


def test_a_verb_is_not_said_by_a_name_it_does_not_usually_have(engine: Engine) -> None:
    """ "inhabits a place" is no "lives a place" ("live" needs its "in"), and a word
    that is no plainer stays: "a principle that bounds" was worse than "limits"."""
    kept = "a tribe who inhabits the hills of the north"
    assert _worded(engine, kept) == kept
    limited = _worded(engine, "a rule that limits the size of something", headword="limitation")
    assert "bounds" not in limited


def test_an_ordinal_or_a_superlative_takes_the(engine: Engine) -> None:
    """ "Sunday –a first day of the week", "squad –a smallest army unit": the one of its
    kind takes "the"; "honest", "forest" are no superlatives."""
    assert (
        _worded(engine, "smallest boat of a fishing fleet")
        == "the smallest boat of a fishing fleet"
    )
    assert _worded(engine, "first meal of the day") == "the first meal of the day"
    assert _worded(engine, "honest worker in a small town") == "an honest worker in a small town"
