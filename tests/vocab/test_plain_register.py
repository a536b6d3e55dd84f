"""Definitions in VOA's plain register: small ordinals in words, a lawyer's words
("whereby", "thereof") said as anyone says them, a term of law a learner reads in its
everyday sense left out. Glosses written for these tests."""

from __future__ import annotations

from vocab.definitions import define
from vocab.engine import Engine
from vocab.models import LearnerProfile, Sense
from vocab.plain_register import in_plain_register
from vocab.wording_ease import ease


def _worded(engine: Engine, gloss: str, pos: str = "n") -> str:
    return define(Sense(f"x.{pos}.01", pos, "quorvak", 1, 0, gloss), [], "quorvak",
                  engine.words, LearnerProfile(), lexicon=engine.lexicon)


def test_a_small_ordinal_is_written_as_a_word() -> None:
    """VOA (and AP) write "third", not "3rd"; "16th" stays a number."""
    assert in_plain_register("the 3rd largest city in the 2nd country") \
        == "the third largest city in the second country"
    assert in_plain_register("the 16th leader; 1/24th of a day") \
        == "the 16th leader; 1/24th of a day"


def test_an_ordinals_ending_is_no_word_of_the_definition(engine: Engine) -> None:
    """"rd" in "23rd" is no hard word: "the 23rd day of the month" is all easy."""
    assert ease("the 23rd day of the month", engine.words, LearnerProfile()) == 1.0


def test_a_lawyers_words_are_said_plainly(engine: Engine) -> None:
    assert in_plain_register("the method whereby people vote") == "the method by which people vote"
    assert in_plain_register("a box and the parts thereof") == "a box and the parts of it"
    assert in_plain_register("a room wherein people meet") == "a room in which people meet"
    assert _worded(engine, "a town and the farms thereof", "n") == "a town and the farms of it"


def test_a_term_of_law_read_in_its_everyday_sense_is_left_out(engine: Engine) -> None:
    """"confiscate –take temporary possession of as a security, by legal authority": a
    learner reads "security" as safety; the law's "security" (what pays a debt) says
    why the law takes a thing, not what the verb means."""
    assert _worded(engine, "take a car from its owner as a security, by order of a judge",
                   "v") == "take a car from its owner, by order of a judge"
    confiscate = next(s for s in engine.lexicon.senses("confiscate", "v"))
    text = define(confiscate, [], "confiscate", engine.words, LearnerProfile(),
                  lexicon=engine.lexicon)
    assert "security" not in text and "legal authority" in text
    # Where it says what a thing is for, it stays: "money given as security for a loan".
    assert "security" in _worded(engine, "money given as security for a loan")


def test_an_easy_gloss_of_clauses_longer_than_voas_says_its_first(engine: Engine) -> None:
    """"jefferson –third President of the United States; chief author of the Declaration
    of Independence; made the Louisiana Purchase in 1803 and sent out the Lewis and
    Clark Expedition to explore it": every word easy, the whole was shown, three times
    longer than nine in ten of VOA's definitions. Its first clause says what it is."""
    long = ("a small town in the hills of the north; known for its old market and its "
            "river boats and the songs that its people sing at night")
    assert _worded(engine, long) == "a small town in the hills of the north"
    short = "a small town in the hills; known for its old market"
    assert _worded(engine, short) == short
    # An aside in brackets is no part of its length.
    bracket = ("a small town (or a village) in the hills; known for its old market "
               "and its river boats and songs")
    assert _worded(engine, bracket).endswith("river boats and songs")


def test_a_specialists_words_are_said_as_voa_says_them() -> None:
    """WordNet's words of the trade in the definitions of the commonest words: "some
    –...an unspecified number", "chinese –of or pertaining to China", "x –the cardinal
    number that is the sum of nine and one", "up –spatially or metaphorically from a
    lower to a higher position", "meter –the basic unit of length adopted under the
    Systeme International d'Unites"."""
    assert in_plain_register("after an unspecified period of time") \
        == "after an unknown period of time"
    assert in_plain_register("of or pertaining to the sea") == "of or relating to the sea"
    assert in_plain_register("the cardinal number that is the sum of two and one") \
        == "the number that is the sum of two and one"
    assert in_plain_register("spatially or metaphorically from a low to a high place") \
        == "from a low to a high place"
    assert in_plain_register("move, travel, or walk, also metaphorically") \
        == "move, travel, or walk"
    assert in_plain_register("the basic unit of weight adopted under the Systeme "
                             "International d'Unites (about two pounds)") \
        == "the basic unit of weight (about two pounds)"


def test_a_common_words_definition_has_no_specialists_word(engine: Engine) -> None:
    senses = engine.lexicon.senses("somehow", "r")
    text = define(senses[0], senses[1:], "somehow", engine.words, LearnerProfile(),
                  lexicon=engine.lexicon)
    assert "unspecified" not in text and "unknown" in text
