"""Whether a text names a word of the answer's family, by its spelling or by the
dictionary: a shared long beginning ("cooperative" for "cooperation"), the short word
a longer one is made of ("poor" in "poorly"), a base under a prefix or an ending
("pay back" for "repay"), a part of a compound ("social bee" for "bumblebee"), or a
word WordNet derives from it (`names_family`). A wrong meaning that does so reads as
the right one, and a right one that does gives the answer away
(`defined_by_its_family`); `word_stems` is the crude stemming these checks share.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from vocab.closed_class import CLOSED_CLASS
from vocab.word_family import MIN_PART_LETTERS, compound_splits, derived_family
from vocab.word_parts import PREFIX_MEANINGS, SUFFIX_MEANINGS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vocab.lexicon import Lexicon
    from vocab.quiz_items import QuizWord

# Words of one family share a long beginning: "cooperation" and "cooperative",
# "expansion" and "expanding". The part of the word a family shares: all but this
# many letters of the shorter word, and never fewer than MIN_FAMILY_PREFIX.
FAMILY_SUFFIX_LETTERS = 3
MIN_FAMILY_PREFIX = 5


def names_family(text: str, lemma: str, lexicon: Lexicon | None = None) -> bool:
    """Whether ``text`` has a word of ``lemma``'s family ("cooperative" for
    "cooperation"), or of a part's of a hyphenated lemma ("conditioning" for
    "air-conditioned"): a wrong definition that does reads as the right one. With the
    ``lexicon``, the words WordNet derives it from and into count too, whatever their
    spelling (`derived_family`: "riding" for "rider", "opposition" for "opponent")."""
    lemma = lemma.lower()
    parts = re.findall(r"[a-z]+", lemma)
    if len(parts) > 1:
        return any(names_family(text, part, lexicon) for part in parts
                   if len(part) >= MIN_STEM_LETTERS)
    text_words = re.findall(r"[a-z]+", text.lower())
    if lexicon is not None and not derived_family(lemma, lexicon).isdisjoint(
            [*text_words, *_without_negation(text_words)]):
        return True
    if lexicon is not None and names_a_part(text_words, lemma, lexicon):
        return True
    if any(_one_letter_off(word, lemma) for word in text_words):
        return True
    for word in text_words:
        shortest = min(len(word), len(lemma))
        needed = max(MIN_FAMILY_PREFIX, shortest - FAMILY_SUFFIX_LETTERS)
        if shortest >= needed and word[:needed] == lemma[:needed]:
            return True
        # A short word the answer is made from: "poor" for "poorly", "plans" for
        # "planner", "safe" for "safeguard", "rides" for "rider".
        stem = _short_stem(word)
        if MIN_STEM_LETTERS <= len(stem) < len(lemma) and lemma.startswith(stem):
            return True
        # A short noun its "-y" adjective is made of: "fat" for "fatty", "rain" for "rainy".
        if lemma in (f"{word}y", f"{word}{word[-1]}y"):
            return True
        # A word the answer is built around, with a prefix: "operation" in
        # "cooperation", "prison" in "imprisonment".
        if MIN_INSIDE_LETTERS <= len(stem) < len(lemma) and stem in lemma:
            return True
    return False


def _one_letter_off(word: str, lemma: str) -> bool:
    """Whether ``word``, or a word it is a form of (lemminflect's lemmas), is spelled as
    ``lemma`` but for its last letter: "lost" (lose) for "loss", "wider" for "widen".
    Too short for a shared beginning and often not linked by WordNet, the two are still
    paired by their look. Function words never count ("when" for "whey")."""
    if len(lemma) < MIN_STEM_LETTERS or len(word) < len(lemma) - 1:
        return False
    from lemminflect import getAllLemmas  # its tables load only when a quiz asks

    forms = {word}.union(*getAllLemmas(word).values())
    return any(len(form) == len(lemma) and form != lemma and form[:-1] == lemma[:-1]
               and form not in CLOSED_CLASS for form in forms)


# Prefixes that make a word its opposite: "impurities" is "purities" made negative,
# a word of the family of "purify" still (audit).
_NEGATING_PREFIXES = ("dis", "il", "im", "in", "ir", "non", "un")


def _without_negation(words: Sequence[str]) -> list[str]:
    """The words of ``words`` that start with a negating prefix, without it, when what
    is left is long enough not to be there by chance (`MIN_FAMILY_PREFIX`)."""
    return [word[len(prefix):] for word in words for prefix in _NEGATING_PREFIXES
            if word.startswith(prefix) and len(word) - len(prefix) >= MIN_FAMILY_PREFIX]


def names_a_part(text_words: Sequence[str], lemma: str, lexicon: Lexicon) -> bool:
    """Whether a word of the text shares a base with ``lemma`` once a prefix or an
    ending is taken off either (`word_bases`), or is a word of ``lemma``'s compound:
    "pay back" for "repay", "judge incorrectly" for "misjudge", "not careful" for
    "careless", "not conforming to the law" for "unlawfully", "social bee" for
    "bumblebee" (QA audit)."""
    parts = word_bases(lemma, lexicon) | compound_words(lemma, lexicon)
    stems = {stem for part in parts - {lemma} for stem in word_stems(part)}
    return any(not stems.isdisjoint(word_stems(base))
               for word in text_words if len(word) >= MIN_PART_LETTERS
               for base in word_bases(word, lexicon))


@cache
def word_bases(word: str, lexicon: Lexicon) -> frozenset[str]:
    """``word`` and the dictionary words it is made from: without a prefix or an ending
    English makes words with (`PREFIX_MEANINGS`, `SUFFIX_MEANINGS`: "pay" of "repay",
    "care" of "careless" and of "careful"), an adverb's adjective ("unlawful" of
    "unlawfully"); and theirs in turn ("law")."""
    bases = {word}
    for prefix in PREFIX_MEANINGS:
        if word.startswith(prefix):
            bases |= _base_words(word[len(prefix):], lexicon)
    for suffix in SUFFIX_MEANINGS:
        if word.endswith(suffix):
            bases |= _base_words(word[:-len(suffix)], lexicon)
    for sense in lexicon.senses(word, "r"):
        for adjective in lexicon.pertainyms(sense.synset):
            for made_from in (adjective.lemma, *adjective.synonyms):
                if word.startswith(made_from) and made_from != word:
                    bases |= word_bases(made_from, lexicon)
    return frozenset(bases)


def _base_words(rest: str, lexicon: Lexicon) -> frozenset[str]:
    if len(rest) < MIN_PART_LETTERS or rest in CLOSED_CLASS or not lexicon.has_lemma(rest):
        return frozenset()
    return word_bases(rest, lexicon)


@cache
def compound_words(word: str, lexicon: Lexicon) -> frozenset[str]:
    """The two dictionary words a compound is written with ("bumble" and "bee",
    "cross" and "bar", "new" and "comer"); none a function word ("care" + "less" is
    "careless" of `word_bases`, and "less" names nothing)."""
    def named(part: str) -> bool:
        return part not in CLOSED_CLASS and lexicon.has_lemma(part)

    return frozenset(part for split in compound_splits(word, named) for part in split)


def word_stems(word: str) -> set[str]:
    """``word`` and its stem without an inflection ("trained", "training": "train")."""
    return {word, _short_stem(word)}


# The shortest word taken for the base of a longer one: "poor" in "poorly" (never
# "art" in "article").
MIN_STEM_LETTERS = 4
# ...and inside it, after a prefix: long enough that chance does not put it there.
MIN_INSIDE_LETTERS = 6


def _short_stem(word: str) -> str:
    """``word`` without a plural's or a verb's ending: "plans" -> "plan", "rides" ->
    "ride", "farming" -> "farm"."""
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]  # "boxes" -> "box"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]  # "plans" -> "plan", "rides" -> "ride"
    for ending in ("ing", "ed"):  # "farming" -> "farm" (for "farmland")
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM_LETTERS:
            return word[:-len(ending)]
    return word


def defined_by_its_family(target: QuizWord, lexicon: Lexicon | None = None) -> bool:
    """Whether the word's definition uses a word of its family ("effectively: in an
    effective manner...", "neighborliness: ...helpful to neighbors", "rider: a traveler
    riding in a vehicle"): the spelling pairs the two, and a question about the word's
    meaning (or one showing the meaning to spell it) would test nothing."""
    return names_family(target.definition, target.lemma, lexicon)
