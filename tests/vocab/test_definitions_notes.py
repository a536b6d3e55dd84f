"""An adverb's note on its adjective ("in an X manner (X: ...)") as short as VOA's
definitions: none for an adjective every learner knows, a long one said briefly or left
out when the learner knows the adjective."""

from __future__ import annotations

from vocab.definitions import define
from vocab.engine import Engine
from vocab.models import LearnerProfile, Sense
from vocab.word_notes import MAX_NOTE_WORDS, note_said_briefly


def _adverb(engine: Engine, word: str, gloss: str) -> str:
    sense = next(s for s in engine.lexicon.senses(word, "r") if s.definition.endswith(gloss))
    return define(sense, [], word, engine.words, LearnerProfile(), lexicon=engine.lexicon)


def _note(text: str) -> str:
    return text.partition(": ")[2].removesuffix(")") if text.endswith(")") else ""


def test_an_adjective_every_learner_knows_gets_no_note(engine: Engine) -> None:
    """"strongly –with strength or in a strong manner (strong: having strength or power
    greater than average or expected)": a learner who reads "strong" needs no note."""
    assert _adverb(engine, "strongly", "in a strong manner") \
        == "with strength or in a strong manner"


def test_a_long_note_is_said_briefly(engine: Engine) -> None:
    """"effectively –in an effective manner (effective: producing or capable of
    producing an intended result or having a striking effect)": a note of 13 words
    behind a definition of 4. Said once, without its second alternative."""
    text = _adverb(engine, "effectively", "in an effective manner")
    assert text == "in an effective manner (effective: producing an intended result)"
    serious = _adverb(engine, "seriously", "in a serious manner")
    assert _note(serious) == "concerned with work or important matters"


def test_a_note_still_long_is_left_out_for_an_adjective_the_learner_knows(
        engine: Engine) -> None:
    """"typically –in a typical manner (typical: exhibiting the qualities or
    characteristics that identify a group or kind or category)": "typical" is a B1
    word; a note longer than the definition costs more than it explains."""
    assert _adverb(engine, "typically", "in a typical manner") == "in a typical manner"
    recently = _adverb(engine, "recently", "in the recent past")
    assert recently == "in the recent past"


def test_note_said_briefly_on_glosses_of_its_own(engine: Engine) -> None:
    words, profile = engine.words, LearnerProfile()
    assert note_said_briefly("making or capable of making a loud noise", words, profile) \
        == "making a loud noise"
    assert note_said_briefly("fond of games or having a playful manner", words, profile) \
        == "fond of games"
    assert note_said_briefly("kind to animals rather than cruel to them", words, profile) \
        == "kind to animals"
    # Too little would be left: it stays.
    assert note_said_briefly("done or occurring in a short time", words, profile) \
        == "done or occurring in a short time"
    assert MAX_NOTE_WORDS < 12


def test_a_made_up_adverb_without_a_pertainym_is_untouched(engine: Engine) -> None:
    sense = Sense("x.r.01", "r", "quorvakly", 1, 0, "in a loud and happy way")
    assert define(sense, [], "quorvakly", engine.words, LearnerProfile(),
                  lexicon=engine.lexicon) == "in a loud and happy way"
