"""Verbs the tagger read as nouns where the words around them leave no noun's place:
before a verb's particle after a plural subject ("Workers hand/NN out tablets"), and at
the end of a clause a "how", "where"... opens after its plural subject ("how the frogs
breed/NN.")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vocab.raw_tokens import RawToken, WordPositions

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo

# Particles that follow a phrasal verb and no noun: "hand out", "give up", "cut off".
# (Not "over", "in", "on": "workers hand over" is rare beside "the price on".)
_PARTICLES = frozenset({"out", "up", "off", "down", "back", "away"})
# Words that open a clause whose subject and verb follow: "how the frogs breed".
_CLAUSE_ADVERBS = frozenset({"how", "where", "when", "why", "whenever", "wherever"})
_CLAUSE_ADVERB_FORMS = _CLAUSE_ADVERBS | {word.capitalize() for word in _CLAUSE_ADVERBS}
# What may end such a clause right after its verb: "where the birds nest.", "nest, and".
# Not "and": "When sales staff and managers meet" joins a noun to its subject.
_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "?", "!"})


def _verb_read_as_noun(token: RawToken, words: WordInfo) -> bool:
    """Whether ``token`` is a lower-case noun tag on a verb's base form."""
    return token.penn == "NN" and token.text.islower() and words.is_verb(token.text)


def retag_verbs_before_particles(raw: list[RawToken], words: WordInfo, at: WordPositions) -> None:
    """ "Workers hand out tablets": a noun-tagged verb's base form between a plural noun
    and a particle the tagger saw as one (RP) is the plural subject's verb (it was "hand
    –n.", the body part)."""
    for place in at.of_texts(_PARTICLES):
        if not 2 <= place < len(raw) or raw[place].penn != "RP":
            continue
        subject, token = raw[place - 2], raw[place - 1]
        if (
            subject.penn == "NNS"
            and subject.sentence == token.sentence
            and _verb_read_as_noun(token, words)
        ):
            token.penn = "VBP"


def retag_verbs_ending_adverb_clauses(
    raw: list[RawToken], words: WordInfo, at: WordPositions
) -> None:
    """ "Scientists want to learn how the frogs breed.": after "how", "where"... and a
    plural subject ("the frogs", "frogs"), a noun-tagged verb's base form that ends the
    clause is its verb (it was "breed –n.", a kind of animal)."""
    for place in at.of_texts(_CLAUSE_ADVERB_FORMS):
        subject = place + 1
        if subject < len(raw) and raw[subject].penn == "DT":
            subject += 1
        verb = subject + 1
        if verb + 1 >= len(raw):
            continue
        token, after = raw[verb], raw[verb + 1]
        if (
            raw[subject].penn == "NNS"
            and raw[place].sentence == token.sentence
            and (after.penn in _CLAUSE_ENDS or after.sentence != token.sentence)
            and _verb_read_as_noun(token, words)
        ):
            token.penn = "VBP"
