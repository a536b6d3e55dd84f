"""A word whose sense in the story is a compound's own meaning is glossed as that
compound ("alarm" in "alarm clock")."""

from __future__ import annotations

from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.glossary import _defined_as_a_kind_of
from vocab.models import LearnerProfile, Level

SLEEP_STORY = """Sleep Habits

Doctors say many people depend on an alarm clock to wake up. Tom bought a new alarm
clock last week. He put the alarm clock across the room, so he has to walk to turn it
off. Sleep experts say people should go to bed at the same time every night. They also
say bright screens keep the brain awake.
"""


def test_a_word_read_as_its_compound_s_own_sense_is_glossed_as_the_compound(
    engine: Engine,
) -> None:
    """ "alarm –n. a clock that wakes a sleeper": WordNet lists "alarm" as a name of the
    alarm clock, and the story says "alarm clock" each time; the entry named the word
    and defined the compound."""
    analysis = engine.analyse(article_from_text(SLEEP_STORY))
    entries = engine.glossary(analysis, max_entries=20, profile=LearnerProfile(level=Level.B1))
    words = {entry.word for entry in entries}
    assert "alarm clock" in words
    assert "alarm" not in words


def test_a_definition_that_opens_with_the_compound_s_last_word() -> None:
    assert _defined_as_a_kind_of("a clock that wakes a sleeper at some preset time", "clock")
    assert _defined_as_a_kind_of("medium-sized live-bearing shark with eyes", "shark")
    assert not _defined_as_a_kind_of("any of various games played with a ball", "game")
    assert not _defined_as_a_kind_of("the front part of a long passenger train", "train")


MORNING_STORY = """Waking Up Early

Maria sets her alarm clock for five every morning. When the alarm rings, she gets out of
bed and makes coffee. She says the alarm clock helps her keep a strict routine. Her
brother sleeps through any alarm.
"""


def test_a_beginner_s_last_places_list_no_compound_of_a_word_listed(engine: Engine) -> None:
    """An A2 list filled its last places with its own level's words, and listed "alarm
    clock –n. (same as alarm)" under "alarm": a word and a compound of it are one pick."""
    analysis = engine.analyse(article_from_text(MORNING_STORY))
    entries = engine.glossary(analysis, max_entries=20, profile=LearnerProfile(level=Level.A2))
    words = {entry.word for entry in entries}
    assert not {"alarm", "alarm clock"} <= words
