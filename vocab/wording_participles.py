"""A verb's sense worded for its participle read as an adjective.

"The betrayed soldiers", "a betrayed friend": WordNet has no adjective "betrayed", so the
glossary words the verb's sense, and printed "betrayed –adj. deliver to an enemy by
treachery", an order under an adjective's label. What the participle describes is what
the verb was done to: each verb that opens an alternative of the wording is said as its
participle ("delivered to an enemy by treachery"), and a "someone" or "something" right
after it, which the noun described now is, goes ("caused to believe an untruth").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vocab.gloss_words import GLOSS_STOPWORDS
from vocab.models import Sense

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo

# Where an alternative of a wording opens: its start, or after ";", "," or "or".
_ALTERNATIVE = re.compile(
    r"(?:^|(?<=; )|(?<=, )|(?<=\bor ))([a-z]+)(?: (?:someone|somebody"
    r"|something|oneself)\b)?"
)
# Verbs whose participle says nothing an adjective can ("been unfaithful", "had").
_NOT_SAID_AS_PARTICIPLES = frozenset({"be", "have", "do", "get"})


def participle_of(headword: str, sense: Sense, words: WordInfo) -> bool:
    """Whether ``headword`` is the past participle of the verb of ``sense`` (not the
    verb itself): "betrayed" of betray.v.02."""
    head = headword.lower()
    verb = sense.lemma.lower()
    return (
        sense.pos == "v"
        and head != verb
        and " " not in head
        and head.endswith(("ed", "en", "t", "n"))
        and words.lemma(head, "VBN") == verb
    )


def said_as_participle(wording: str, words: WordInfo) -> str:
    """``wording`` of a verb's sense with each verb opening an alternative said as its
    past participle; the wording as it was when its first word is no such verb."""
    first = _ALTERNATIVE.match(wording)
    if first is None or not _convertible(first.group(1), words):
        return wording

    def participle(found: re.Match[str]) -> str:
        verb = found.group(1)
        if not _convertible(verb, words):
            return found.group(0)
        return _past_participle(verb) or found.group(0)

    return _ALTERNATIVE.sub(participle, wording)


def _convertible(word: str, words: WordInfo) -> bool:
    return (
        word not in GLOSS_STOPWORDS and word not in _NOT_SAID_AS_PARTICIPLES and words.is_verb(word)
    )


def _past_participle(verb: str) -> str:
    """``verb``'s past participle (lemminflect, loaded only here); "" when unknown."""
    import lemminflect

    forms = lemminflect.getInflection(verb, tag="VBN")
    return forms[0] if forms else ""
