"""Common verbs whose own gloss names them ("make clean by...", "...physical work...")
had no wording at all, so the word panel showed nothing and the glossary took the next
word. Made-up glosses written for these tests."""

from __future__ import annotations

from vocab.definitions import define
from vocab.engine import Engine
from vocab.models import LearnerProfile, Sense


def _worded(engine: Engine, gloss: str, headword: str) -> str:
    """How a B1 learner is shown a verb sense of ``headword`` glossed ``gloss``."""
    sense = Sense("x.v.01", "v", headword, 1, 0, gloss)
    return define(sense, [], headword, engine.words, LearnerProfile(), lexicon=engine.lexicon)


def test_a_verb_made_of_its_adjective_is_said_by_how_it_is_done(engine: Engine) -> None:
    assert (
        _worded(engine, "make clean by washing mud and dust from", "clean")
        == "wash mud and dust from"
    )


def test_the_how_part_must_not_name_the_headword_either(engine: Engine) -> None:
    assert "washing" not in _worded(engine, "make clean by washing clean water over", "clean")


def test_a_verb_part_may_end_with_the_preposition_of_its_object(engine: Engine) -> None:
    assert _worded(engine, "take the water out of and make dry", "dry") == "take the water out of"


def test_a_verbs_own_noun_after_a_describing_word_is_said_by_its_kind(engine: Engine) -> None:
    text = _worded(engine, "spend effort by doing careful work each day", "work")
    assert text == "spend effort by doing careful activity each day"


def test_a_verbs_own_noun_after_an_article_is_not_swapped(engine: Engine) -> None:
    """After an article the noun may be another sense than its first: "stamp with a
    date" is no "stamp with a day"."""
    assert "day" not in _worded(engine, "press a mark on with a date", "date")
