"""Tag corrections that start only from the tokens of one tag (speed) still find every
place the whole walk found, up to the text's first and last tokens."""

from __future__ import annotations

from vocab.engine import Engine
from vocab.raw_tokens import RawToken
from vocab.retag_heads import retag_verbs_read_as_nouns_after_subjects
from vocab.retag_phrases import (
    retag_adjectives_before_infinitives,
    retag_verbs_after_plural_pronouns_and_all,
)


def _raw(tagged: str) -> list[RawToken]:
    """Tokens of "word/TAG" pairs, sentences parted by " | "."""
    return [
        RawToken(index, index + 1, sentence, *reversed(pair.rsplit("/", 1)))
        for sentence, words in enumerate(tagged.split(" | "))
        for index, pair in enumerate(words.split(), start=sentence * 100)
    ]


def _tags(raw: list[RawToken]) -> list[str]:
    return [token.penn for token in raw]


def test_a_pronoun_and_all_before_a_verb_read_as_a_noun(engine: Engine) -> None:
    raw = _raw("We/PRP all/DT share/NN the/DT cost/NN and/CC they/PRP both/DT agree/NN")
    retag_verbs_after_plural_pronouns_and_all(raw, engine.words)
    assert _tags(raw)[2] == "VBP"
    assert _tags(raw)[8] == "VBP"  # the text's last token
    short = _raw("we/PRP all/DT")  # no room for a verb: nothing to read
    retag_verbs_after_plural_pronouns_and_all(short, engine.words)
    assert _tags(short) == ["PRP", "DT"]


def test_an_adverb_before_an_infinitive_of_its_object(engine: Engine) -> None:
    raw = _raw(
        "Make/VB the/DT steps/NNS easy/RB to/TO follow/VB ./. | "
        "Keep/VB it/PRP simple/RB to/TO read/VB ./."
    )
    retag_adjectives_before_infinitives(raw, engine.words)
    assert _tags(raw)[3] == "JJ"
    assert _tags(raw)[9] == "JJ"
    first = _raw("easy/RB to/TO follow/VB ./.")  # nothing before: no object
    retag_adjectives_before_infinitives(first, engine.words)
    assert _tags(first)[0] == "RB"


def test_a_verb_read_as_a_noun_after_its_subject(engine: Engine) -> None:
    raw = _raw("Police/NNS confiscate/NN phones/NNS ./. | Guards/NNS confiscate/NN")
    retag_verbs_read_as_nouns_after_subjects(raw, engine.words)
    assert _tags(raw)[1] == "VBP"
    assert _tags(raw)[5] == "NN"  # the text's last token: no object after it
