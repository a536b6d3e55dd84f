"""Where WordNet names the field or place of a sense with a capital before its gloss
("(United Kingdom) a region...", "(American football) a successful forward pass"), a
learner reads the meaning first and where it holds after it. Made-up glosses
("quorvak") written for these tests."""

from __future__ import annotations

from vocab.definitions import define
from vocab.engine import Engine
from vocab.gloss_text import plain_gloss
from vocab.models import LearnerProfile, Sense


def _sense(gloss: str) -> Sense:
    return Sense("x.n.01", "n", "quorvak", 1, 0, gloss)


def _worded(engine: Engine, gloss: str) -> str:
    return define(
        _sense(gloss), [], "quorvak", engine.words, LearnerProfile(), lexicon=engine.lexicon
    )


def test_a_named_place_follows_the_meaning(engine: Engine) -> None:
    """The place stays where the gloss is hard enough to keep its asides; an easy one
    is printed without them, as VOA's are."""
    assert (
        plain_gloss(_sense("(Northern Ireland) a small district run by a council"))
        == "a small district run by a council (in Northern Ireland)"
    )
    assert _worded(
        engine, "(Northern Ireland) a small district run by an elected council"
    ).startswith("a small district run by an elected council")


def test_a_named_field_follows_its_first_clause() -> None:
    assert (
        plain_gloss(_sense("(Greek mythology) a river god who loved music; father of nine"))
        == "a river god who loved music (in Greek mythology); father of nine"
    )
    assert (
        plain_gloss(_sense("(Church of England) a priest who looks after a village"))
        == "a priest who looks after a village (in the Church of England)"
    )


def test_no_meaning_opens_with_a_named_field(engine: Engine) -> None:
    assert not _worded(engine, "(Norse mythology) a giant who lived in the hills").startswith("(")


def test_a_language_or_register_label_is_no_field() -> None:
    """ "(British informal) a friend" says how the word is used, not where it holds."""
    assert (
        plain_gloss(_sense("(British informal) a friend you meet at work"))
        == "(British informal) a friend you meet at work"
    )
