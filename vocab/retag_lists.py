"""Tag corrections of a list's items from the verb that ends the list.

"Eat properly, rest/NN and drink water": the tagger read a verb listed between others
as a noun, as it reads it alone. The list's last item, after "and" or "or", is a verb
the tagger saw; the items before it, each after a comma, open with a verb's base form
too when the list is one of verbs: its first item is a verb with its adverb or object
("eat properly", "wash your hands"), or the list opens its sentence, an order ("Rest,
eat well and drink water").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vocab.closed_class import CLOSED_CLASS
from vocab.raw_tokens import RawToken, WordPositions

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo

# The links before a list's last item: "rest and drink", "rest or sleep".
_LAST_LINKS = frozenset({"and", "or"})
# A verb's base form, the list's verbs: after "to" or a modal, an order, a present.
_BASE_VERBS = frozenset({"VB", "VBP"})
# What a listed verb's item holds after it: its adverb or its object ("eat properly",
# "wash your hands", "drink lots of water").
_ITEM_WORDS = frozenset({"RB", "RBR", "DT", "PRP$", "PRP", "NN", "NNS", "JJ", "JJR", "CD", "IN"})
_ADVERBS = frozenset({"RB", "RBR"})
# The most words an item holds after its verb.
_ITEM_LENGTH = 4
# What the tagger made of a listed verb: a noun ("rest/NN"), a name when it opens the
# sentence ("Sleep/NNP well").
_VERB_MISREADINGS = frozenset({"NN", "NNP"})


def retag_verbs_listed_before_verbs(
    raw: list[RawToken], words: WordInfo, at: WordPositions
) -> None:
    """ "Eat properly, rest/NN and drink water", "Sleep/NN well, rest/NN and eat
    fruit": before "and" or "or" and a verb's base form the tagger saw, the items a
    comma opens with a word tagged a noun that is a verb's base form are verbs, of the
    form of the verb before them (else of the last), when the list runs back to a verb
    the tagger saw ("eat properly") or to the sentence's start (an order). Only an
    item's first word: "Wash your hands, face and feet" lists nouns after one verb, and
    a list of nouns ends in one ("bread, milk and water"). The last item may be read as
    a noun too ("to eat well, rest and exercise/NN") when the verb the list runs back
    to has an adverb after it and no object: "to buy bread, milk and water" lists the
    verb's objects."""
    for link in at.of_texts(_LAST_LINKS):
        if not 1 < link < len(raw) - 1:
            continue
        last = raw[link + 1]
        if last.sentence != raw[link].sentence:
            continue
        if last.penn in _BASE_VERBS:
            listed, verb = _listed_verbs(raw, link - 1, words)
            for token in listed:
                token.penn = (verb or last).penn  # "Farmers plow, plant and harvest"
        elif raw[link - 2].text == "," and _verb_read_as_noun(last, False, words):
            # (", rest and exercise/NN": only a one-word item before the link.)
            listed, verb = _listed_verbs(raw, link - 1, words, adverbs_only=True)
            if verb is not None:
                for token in (*listed, last):
                    token.penn = verb.penn


def _listed_verbs(
    raw: list[RawToken], end: int, words: WordInfo, *, adverbs_only: bool = False
) -> tuple[list[RawToken], RawToken | None]:
    """The verbs read as nouns that open the comma-led items ending at ``end``, back to
    a verb the tagger saw (returned too) or the sentence's start; none if the list runs
    back to neither. With ``adverbs_only``, only to a verb with adverbs after it."""
    sentence = raw[end].sentence
    found: list[RawToken] = []
    verb: RawToken | None = None
    while end >= 0 and raw[end].sentence == sentence:
        # The item's words after its verb, back to a comma, a verb or its start.
        start = end
        while (
            start >= 0
            and end - start < _ITEM_LENGTH
            and raw[start].sentence == sentence
            and raw[start].penn in _ITEM_WORDS | _VERB_MISREADINGS
            and raw[start].text != ","
        ):
            start -= 1
        before = raw[start] if start >= 0 and raw[start].sentence == sentence else None
        if before is not None and before.penn in _BASE_VERBS:
            # "eat properly": a verb the tagger saw, with its adverb
            if (
                adverbs_only
                and verb is None
                and not (
                    start < end
                    and all(token.penn in _ADVERBS for token in raw[start + 1 : end + 1])
                )
            ):
                return [], None
            verb = verb or before
            start -= 1
            before = raw[start] if start >= 0 and raw[start].sentence == sentence else None
        else:
            first = raw[start + 1]
            if start + 1 > end or not _verb_read_as_noun(first, before is None, words):
                break
            found.append(first)
            if before is None and not adverbs_only:
                return found, verb  # the list opens its sentence: an order
        if before is None or before.text != ",":
            break
        end = start - 1
    return (found, verb) if verb is not None else ([], None)


def _verb_read_as_noun(token: RawToken, opens_sentence: bool, words: WordInfo) -> bool:
    """Whether ``token`` is a verb's base form the tagger read as a noun: in lower case,
    or capitalised as a sentence's first word."""
    text = token.text
    if token.penn not in _VERB_MISREADINGS or not text.isalpha() or len(text) < 2:
        return False
    if not (text.islower() or opens_sentence and text[0].isupper() and text[1:].islower()):
        return False
    lower = text.lower()
    return lower not in CLOSED_CLASS and words.is_verb(lower)
