"""Adjective senses a word's use speaks against, which a quiz must not key: the
tagger reads a material before a noun as an adjective ("concrete barriers"), and
WordNet says of some senses what they describe ("(of pain or sorrow) made easier to
bear"), which the word's noun may not be ("investors were relieved")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from vocab.closed_class import COPULAS
from vocab.gloss_words import GLOSS_STOPWORDS, GLOSS_WORD
from vocab.sense_weights import SUBSTANCE

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.models import Sense, Token

# "(of pain or sorrow) made easier to bear": what a sense is said of, opening its gloss.
_SAID_OF = re.compile(r"\(of ([^)]*)\)")
# Words of such a gloss that name people (`_field_of`), or anything: "(of things)".
_ANYTHING = frozenset({"thing", "things", "something", "anything"})
_PEOPLE = frozenset({"person", "persons", "people", "someone", "somebody", "human",
                     "humans", "individual", "individuals"})

IsPerson = Callable[[Sequence["Token"], int | None], bool | None]


def adjective_sense_against(tokens: Sequence[Token], index: int, sense: Sense,
                            lexicon: Lexicon, is_person: IsPerson) -> bool:
    """Whether the adjective at ``index`` is used where ``sense`` does not fit: before a
    noun, as a word whose noun is a material more often than its adjective is used in
    ``sense`` (`_material_before_a_noun`), or said of another kind of thing than
    ``sense`` is (`_said_of_other_things`)."""
    if sense.pos not in ("a", "s"):
        return False
    return _material_before_a_noun(tokens, index, sense, lexicon) \
        or _said_of_other_things(tokens, index, sense, lexicon, is_person)


def _material_before_a_noun(tokens: Sequence[Token], index: int, sense: Sense,
                            lexicon: Lexicon) -> bool:
    """"with concrete barriers" was keyed "capable of being perceived by the senses"
    (9 SemCor uses; the noun, "a strong hard building material...", has 16): a word
    tagged an adjective right before a noun, whose noun names a substance at least as
    often as ``sense`` is used, unless ``sense`` itself names it ("made from or covered
    with gold")."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if not token.pos.startswith("JJ") or after is None or after.sentence != token.sentence \
            or after.pos not in ("NN", "NNS"):
        return False
    headword = token.lemma.lower()
    if headword in GLOSS_WORD.findall(sense.definition.lower()):
        return False
    return any(noun.lexname == SUBSTANCE and noun.count >= max(sense.count, 1)
               for noun in lexicon.senses(headword, "n"))


def _said_of_other_things(tokens: Sequence[Token], index: int, sense: Sense,
                          lexicon: Lexicon, is_person: IsPerson) -> bool:
    """Whether ``sense``'s gloss opens by what it is said of, and the adjective at
    ``index`` is said of something of another kind (by the first senses' WordNet
    fields): "investors were relieved that the fine was not larger" was keyed "(of
    pain or sorrow) made easier to bear", and "not wasted time" "(of an organ or body
    part) diminished in size or strength" (a story of my own, a seed). Said of a word
    of no field WordNet has, or of a word the gloss names, it fits."""
    said_of = _SAID_OF.match(sense.definition.strip())
    described = _described(tokens, index)
    if said_of is None or described is None:
        return False
    words = set(GLOSS_WORD.findall(said_of.group(1).lower()))
    if words & _ANYTHING:
        return False
    named = words - (GLOSS_STOPWORDS - _PEOPLE)
    fields = {_field_of(word, lexicon) for word in named} - {None}
    if not fields or "noun.Tops" in fields:
        return False  # "(of an object)": a top concept, said of anything
    token = tokens[described]
    if token.pos.startswith("PRP"):
        return is_person(tokens, described) is True and "noun.person" not in fields
    if token.proper_noun or token.lemma.lower() in named:
        return False
    field = _field_of(token.lemma.lower(), lexicon)
    return field is not None and field != "noun.group" and field not in fields


def _field_of(word: str, lexicon: Lexicon) -> str | None:
    """The WordNet field of a noun by its first sense ("pain" is "a bothersome annoying
    person" only rarely); people for the words that name them without being WordNet's
    "noun.person" words ("person" is a top concept, "people" a group)."""
    if word in _PEOPLE:
        return "noun.person"
    senses = lexicon.senses(word, "n") or lexicon.senses(word.removesuffix("s"), "n")
    return senses[0].lexname if senses else None


def _described(tokens: Sequence[Token], index: int) -> int | None:
    """Where the noun or pronoun the adjective at ``index`` is said of is: the noun
    right after it ("relieved investors"), or the subject before a linking verb
    ("investors were relieved", "they felt very relieved"); None else."""
    token = tokens[index]
    after = index + 1
    if after < len(tokens) and tokens[after].sentence == token.sentence \
            and tokens[after].pos in ("NN", "NNS"):
        return after
    at = index - 1
    while at >= 0 and tokens[at].sentence == token.sentence and tokens[at].pos in ("RB", "RBR"):
        at -= 1
    if at < 0 or tokens[at].sentence != token.sentence \
            or tokens[at].lemma.lower() not in COPULAS or not tokens[at].pos.startswith("VB"):
        return None
    at -= 1
    while at >= 0 and tokens[at].sentence == token.sentence \
            and (tokens[at].pos in ("RB", "MD") or tokens[at].lemma.lower() in ("have", "be")):
        at -= 1
    if at < 0 or tokens[at].sentence != token.sentence:
        return None
    return at
