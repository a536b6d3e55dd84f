"""Tag corrections of a noun joined to a plural noun by "and" or "or".

"We cut the bush's flowers and stems/VBZ": the tagger read the second of two plural
nouns as a verb's "-s" form, as it reads the word alone (the glossary then showed
"stem –v."). An "-s" verb right after "and" shares the subject of a verb before it
("The firm makes cars and sells/VBZ them"); where no verb before it could have a
singular subject, the word is the plural noun the first one is joined to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vocab.closed_class import LIST_LINKS
from vocab.raw_tokens import (
    CLAUSE_OPENERS,
    FINITE_VERB_TAGS,
    RawToken,
    WordPositions,
    open_word,
    verb_form,
)

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo

# What stands right before the first plural noun of the two: its determiner, its
# owner's "'s", an adjective, a number, a noun modifier ("the tree's buds", "new buds",
# "two buds", "flower buds").
_PHRASE_WORDS = frozenset({"DT", "PRP$", "POS", "JJ", "JJR", "JJS", "CD", "NN"})
# Subjects that never take a verb's "-s" form: a plural noun, "we", "they", "I", "you".
_PLURAL_SUBJECT_TAGS = frozenset({"NNS", "NNPS"})
_PLURAL_PRONOUNS = frozenset({"we", "they", "i", "you"})
# Where a clause starts, looking back from the noun phrase for the verb it follows.
_CLAUSE_STARTS = CLAUSE_OPENERS | {"that", ";", "--"}
# Adverbs between a subject and its verb: "farmers often cut".
_ADVERBS = frozenset({"RB", "RBR"})


def retag_plurals_joined_to_plurals(
    raw: list[RawToken], words: WordInfo, at: WordPositions
) -> None:
    """ "We cut the bush's flowers and stems/VBZ before winter", "The fox's cubs and
    mates/VBZ hunt at night": after a plural noun with its determiner, owner or
    adjective before it, and "and" or "or", a word tagged a verb's "-s" form that is
    a noun's plural in the dictionary is that plural, when its clause has no verb
    before the phrase (the phrase is its subject) or one whose subject is plural or
    "we", "they", "I", "you". A verb's "-s" form shares a singular subject: "The farm
    grows apples and sells/VBZ them", "The firm cut prices and expects/VBZ losses"
    (either subject may be singular) keep their verbs."""
    for link in at.of_texts(_LINKS):
        if not 2 <= link < len(raw) - 1:
            continue
        first, word = raw[link - 1], raw[link + 1]
        opener = raw[link - 2]
        if (
            word.penn != "VBZ"
            or first.penn != "NNS"
            or opener.penn not in _PHRASE_WORDS
            or not opener.sentence == first.sentence == word.sentence
        ):
            continue
        if _plural_noun(word.text, words) and not _singular_verb_before(raw, link - 2):
            word.penn = "NNS"


_LINKS = LIST_LINKS - {","}


def _plural_noun(text: str, words: WordInfo) -> bool:
    """Whether ``text`` is a noun's plural in the dictionary ("stems": stem)."""
    return open_word(text, words) and words.noun_lemma(text) not in (None, text)


def _singular_verb_before(raw: list[RawToken], index: int) -> bool:
    """Whether the clause of the token at ``index`` has a finite verb before it that
    may have a singular subject: an "-s" form, or a past or a modal after no plural
    subject ("The firm cut", not "Farmers cut" or "We cut")."""
    sentence = raw[index].sentence
    place = index
    while place > 0 and raw[place - 1].sentence == sentence:
        place -= 1
        token = raw[place]
        if token.text.lower() in _CLAUSE_STARTS:
            return False
        if token.penn not in FINITE_VERB_TAGS:
            continue
        if token.penn == "VBP":
            return False  # ("they grow": the present's plural or "I", "you" form)
        if token.penn == "VBZ":
            return True
        return not _plural_subject(raw, place)
    return False


def _plural_subject(raw: list[RawToken], verb: int) -> bool:
    """Whether the word before the verb at ``verb``, past its adverbs, is a plural
    noun or "we", "they", "I", "you"."""
    sentence = raw[verb].sentence
    place = verb - 1
    while place >= 0 and raw[place].sentence == sentence and raw[place].penn in _ADVERBS:
        place -= 1
    if place < 0 or raw[place].sentence != sentence:
        return False
    subject = raw[place]
    return subject.penn in _PLURAL_SUBJECT_TAGS or subject.text.lower() in _PLURAL_PRONOUNS


# Pronouns that are only objects: no noun's phrase goes on with one ("it", "her" and
# "you" may open a clause or a phrase: "the bags it makes", "her shoes").
_OBJECT_PRONOUNS = frozenset({"them", "him", "us", "me"})


def retag_verbs_joined_before_object_pronouns(
    raw: list[RawToken], words: WordInfo, at: WordPositions
) -> None:
    """ "The farm grows apples and ships/NNS them abroad": after "and" or "or", a word
    tagged a plural noun that is a verb's "-s" form, right before "them", "him", "us"
    or "me", is that verb, joined to a verb before it in its clause that may have a
    singular subject (the glossary showed "ships –n.")."""
    for link in at.of_texts(_LINKS):
        if not 0 < link < len(raw) - 2:
            continue
        word, after = raw[link + 1], raw[link + 2]
        if (
            word.penn == "NNS"
            and after.text.lower() in _OBJECT_PRONOUNS
            and word.sentence == after.sentence == raw[link].sentence
            and word.text.islower()
            and verb_form(word.text, "VBZ", words)
            and _singular_verb_before(raw, link)
        ):
            word.penn = "VBZ"
