"""How hard a definition's words are rated (`wording_ease.level_of`): a gloss's word as a
learner meets it in the definition."""

from __future__ import annotations

from vocab.engine import Engine
from vocab.models import LearnerProfile, Level
from vocab.wording_ease import ease, level_of


def test_a_verb_form_learners_are_taught_alone_is_rated_as_itself(engine: Engine) -> None:
    """"according to what was said" is as easy as "according" in a story (B1): it was
    rated as the verb "accord" (C2 in the list), and a definition using it read as hard."""
    assert level_of("according", engine.words) <= Level.B1
    assert ease("according to the rules", engine.words, LearnerProfile()) == 1.0


def test_a_rare_form_keeps_its_verb_level(engine: Engine) -> None:
    """A form rare by itself is rated by its verb: "accorded" is no easier than "accord"
    lets it be, "listens" as easy as "listen"."""
    assert level_of("accorded", engine.words) >= Level.B2
    assert level_of("listens", engine.words) <= Level.A2
