"""Senses whose every wording named the headword, so the word panel fell back to
WordNet's own gloss: said by the broader verb in the headword's place, or by the
sense's opposite. Glosses written for these tests; the synsets are WordNet's, for
their broader terms and opposites."""

from __future__ import annotations

from vocab.definitions import define
from vocab.engine import Engine
from vocab.models import LearnerProfile, Sense


def _worded(engine: Engine, sense: Sense) -> str:
    return define(sense, [], sense.lemma, engine.words, LearnerProfile(), lexicon=engine.lexicon)


def test_a_verb_named_only_by_itself_takes_its_broader_verb_in_the_same_form(
    engine: Engine,
) -> None:
    """The broader term's own gloss ("fire a shot") names the headword too."""
    sense = Sense("open_fire.v.01", "v", "fire", 1, 0, "begin firing at a target")
    assert _worded(engine, sense) == "begin shooting at a target"


def test_the_headword_as_a_noun_is_not_swapped_for_a_verb(engine: Engine) -> None:
    sense = Sense("open_fire.v.01", "v", "fire", 1, 0, "begin a fire at a target")
    assert "shoot" not in _worded(engine, sense)


def test_a_verb_with_no_wording_is_said_by_its_known_opposite(engine: Engine) -> None:
    sense = Sense("open.v.01", "v", "open", 1, 0, "make open or become open")
    assert _worded(engine, sense) == "the opposite of close"


def test_an_opposite_of_the_same_family_says_nothing(engine: Engine) -> None:
    """ "uncover" is "cover" with a prefix: no help to a learner who asked for "cover"."""
    sense = Sense("cover.v.01", "v", "cover", 1, 0, "put a cover on or make covered")
    assert "uncover" not in _worded(engine, sense)


def test_a_neighbours_gloss_is_read_without_wordnets_notes(engine: Engine) -> None:
    """A modifier worded by its similar adjective's gloss showed WordNet's note to its
    reader: "(superlative of `good') having the most positive qualities" (sweep)."""
    sense = Sense("superior.a.01", "a", "superior", 1, 0, "superior to others")
    wording = _worded(engine, sense)
    assert wording and "`" not in wording and "superlative" not in wording


def test_a_verb_named_by_its_own_noun_takes_that_nouns_plainer_name(engine: Engine) -> None:
    """WordNet links this verb sense to the noun's first sense, whose other names are
    "harm" and "impairment": the learner knows "harm"."""
    sense = Sense("damage.v.01", "v", "damage", 1, 0, "cause damage to something")
    assert _worded(engine, sense) == "cause harm to something"


def test_the_headword_as_a_verb_is_not_said_by_its_nouns_name(engine: Engine) -> None:
    sense = Sense("damage.v.01", "v", "damage", 1, 0, "cause to damage something")
    assert "harm" not in _worded(engine, sense)


def test_a_noun_of_the_family_is_said_by_its_linked_sense_s_plain_name(engine: Engine) -> None:
    """ "photography –the act of taking and printing photographs" had no wording (the
    word panel showed WordNet's gloss): every one named "photographs". WordNet links the
    sense to the noun's sense, whose name every learner knows says it: "photos"."""
    sense = Sense("photography.n.01", "n", "photography", 1, 1,
                  "the skill of taking photographs with a camera",
                  synonyms=("photography", "picture_taking"), lexname="noun.act")
    worded = _worded(engine, sense)
    assert "photos" in worded
    assert "photograph" not in worded


def test_a_noun_of_the_family_is_said_by_its_linked_sense_s_gloss(engine: Engine) -> None:
    """ "trade –v. engage in the trade of": every name of the noun's sense is "trade"'s
    own; its gloss's opening phrase says it, in easy words ("commercial exchange"). Of
    the senses WordNet links ("deal", "the commercial exchange..."), the noun's usual one."""
    sense = Sense("trade.v.01", "v", "trade", 1, 0, "earn a living by the trade of")
    assert _worded(engine, sense) == "earn a living by the commercial exchange of"
