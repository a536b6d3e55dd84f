"""The words next to a word, and the words next to it in WordNet's examples of each of
its senses: a sense whose example has the word the text has beside it ("prices rose
sharply", "This pianist pulls huge crowds") is the one the text uses (`vocab.senses`
weighs it with `COLLOCATION_BONUS`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from vocab.closed_class import CLOSED_CLASS
from vocab.models import Sense, Token
from vocab.wordinfo import CONTENT_UPOS, WordInfo

# Words of a gloss or an example, in lower case (as `vocab.senses` reads glosses).
_WORD = re.compile(r"[a-z]+")


# The words a collocation looks past to the word it pairs with, by Penn tag:
# determiners and possessives ("drew a crowd", "take their toll"), and after a verb
# adjectives too ("draws big crowds"). Before a noun the adjective is its own collocate
# ("flu shots", "costly jewelry"), and a number makes it a unit: "took ten minutes" is
# no "it only takes a minute" (a moment).
_COLLOCATION_SKIPPED_TAGS = frozenset({"DT", "PDT", "PRP$", "POS"})
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})


# The words of an untagged example `collocation_at` looks past ("s": "the city's").
COLLOCATION_SKIPPED_WORDS = frozenset(
    {word for word, tags in CLOSED_CLASS.items()
     if set(tags) & _COLLOCATION_SKIPPED_TAGS} | {"s"})


# How far, in words, a collocation is looked for either side of the word.
COLLOCATION_REACH = 3


# A linking "be" pairs with any adjective after it, so it is no adjective's collocate:
# "this is sensible" had matched "amoeba are sensible creatures" (able to feel) by
# "be" (QA walk-through). Nor a noun's: "her speech was a success" had matched "if you
# want to be a success" (an achiever, a person). Measured (with `verb_of_subject` past
# two phrases): news words 646 -> 647 of 812, WordNet's examples 0.384 / 0.701 -> 0.385 /
# 0.704; VOA agreement 65 of 101 and recall unchanged. An adverb's "be" still is one:
# "were romantically linked".
_LINKING_VERBS = frozenset({"be"})
_LINKED_UPOS = frozenset({"ADJ", "NOUN"})


def collocation_at(tokens: Sequence[Token], index: int) -> tuple[str, str]:
    """The lemmas of the nearest content words before and after the token in its
    sentence, within `COLLOCATION_REACH` and past determiners and possessives (and
    adjectives after a verb), "" for none: "flu" in "got flu shots", "crowd" in "drew
    a crowd", "rise" in "have risen sharply"."""
    sentence = tokens[index].sentence
    after_verb = tokens[index].upos == "VERB"
    linked = _LINKING_VERBS if tokens[index].upos in _LINKED_UPOS else frozenset()

    def word(step: int) -> str:
        skipped = _COLLOCATION_SKIPPED_TAGS | (_ADJECTIVE_TAGS if after_verb and step > 0
                                               else frozenset())
        for at in range(index + step, index + step * (COLLOCATION_REACH + 1), step):
            if not 0 <= at < len(tokens):
                return ""
            token = tokens[at]
            if token.sentence != sentence or token.proper_noun:
                return ""
            if token.pos not in skipped:
                lemma = token.lemma.lower()
                return lemma if token.upos in CONTENT_UPOS and lemma not in linked else ""
        return ""

    return word(-1), word(1)


def attributive(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` is an adjective right before its noun ("a tough
    choice")."""
    after = index + 1
    return tokens[index].upos == "ADJ" and after < len(tokens) \
        and tokens[after].upos == "NOUN" and tokens[after].sentence == tokens[index].sentence


@lru_cache(maxsize=1 << 14)
def nouns_described(examples: tuple[str, ...], names: frozenset[str], words: WordInfo
                    ) -> tuple[str, ...]:
    """The nouns right after one of ``names`` in the examples, as lemmas: what an
    adjective's examples describe ("character" in "a tough character")."""
    found = []
    for example in examples:
        said = _WORD.findall(example.lower())
        for at, word in enumerate(said[:-1]):
            noun = words.noun_lemma(said[at + 1]) if word in names else None
            if noun and not words.is_adjective_form(said[at + 1]):
                found.append(noun)
    return tuple(found)


def paired_in_examples(sense: Sense, collocation: tuple[str, str], headword: str,
                        words: WordInfo, kinds_named: Callable[[str], frozenset[str]],
                        same_slot: Callable[[str, str], bool] | None = None,
                        ) -> frozenset[str]:
    """The words of ``collocation`` (the lemmas before and after the word here) that
    one of the sense's examples has on the same side of the headword, or of another of
    the sense's lemmas, near it: "rise" for "have risen sharply" ("prices rose
    sharply"), "crowd" for "drew a crowd" ("This pianist pulls huge crowds"); or a kind
    of it, by ``kinds_named`` (a word -> the names of its kinds): "volcano" for "the
    volcano erupted" ("Vesuvius erupts once in a while"); or a word ``same_slot`` says
    fills the same place: "fell sharply" for "prices rose sharply"."""
    if not sense.examples:
        return frozenset()
    before, after = collocation
    with_before, with_after, named_before, named_after = _example_pairs(
        sense.examples, single_word_names(sense.synonyms, headword), words)
    return frozenset(word for word, paired, named in ((before, with_before, named_before),
                                                       (after, with_after, named_after))
                     if word and (word in paired or named and named & kinds_named(word)
                                  or same_slot is not None
                                  and any(same_slot(word, other) for other in paired)))


@lru_cache(maxsize=1 << 14)
def single_word_names(synonyms: tuple[str, ...], headword: str) -> frozenset[str]:
    """The headword and the sense's other one-word names, in lower case."""
    return frozenset({headword.lower(), *(name.lower() for name in synonyms
                                          if name.isalpha())})


# Every sense ranked asks it; a story ranks the same senses again and again.
@lru_cache(maxsize=1 << 14)
def _example_pairs(examples: tuple[str, ...], lemmas: frozenset[str], words: WordInfo
                   ) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The lemmas of the words the examples have next to any of ``lemmas``, before it
    and after it, past the words `collocation_at` looks past: after it, the word after
    one that may be an adjective too ("pulls huge crowds": huge, crowd); then the words
    they write there with a capital, in lower case: the names an example pairs the word
    with ("Vesuvius erupts once in a while")."""
    with_before: set[str] = set()
    with_after: set[str] = set()
    named_before: set[str] = set()
    named_after: set[str] = set()
    for example in examples:
        written = _LETTERS.findall(example)
        said = [word.lower() for word in written]
        for at, word in enumerate(said):
            if not words.lemmas_of_any(word) & lemmas:
                continue
            before = _next_unskipped(said, at, -1)
            if before is not None:
                with_before |= _collocate_lemmas(said[before], words)
                if written[before][0].isupper():
                    named_before.add(said[before])
            after = _next_unskipped(said, at, 1)
            if after is not None:
                with_after |= _collocate_lemmas(said[after], words)
                if written[after][0].isupper():
                    named_after.add(said[after])
                if words.is_adjective_form(said[after]) and after + 1 < len(said):
                    with_after |= _collocate_lemmas(said[after + 1], words)
    return (frozenset(with_before), frozenset(with_after), frozenset(named_before),
            frozenset(named_after))


def _collocate_lemmas(word: str, words: WordInfo) -> frozenset[str]:
    """The lemmas a word of an example may be a form of (`WordInfo.lemmas_of_any`), but
    not the verb of a participle that is an adjective of its own when that verb is one
    too: "a closed sphere" is shut, no form of "close" as in "its closest orbit" (it had
    read the orbit as a walk of life, QA walk-through)."""
    found = words.lemmas_of_any(word)
    verb = words.dictionary_lemma(word, "VERB")
    if verb is not None and verb != word and words.dictionary_lemma(word, "ADJ") == word \
            and words.dictionary_lemma(verb, "ADJ") == verb:
        return found - {verb}
    return found


_LETTERS = re.compile(r"[A-Za-z]+")  # `_WORD` before lower-casing: names keep their capital


@lru_cache(maxsize=1 << 14)
def infinitive_examples(examples: tuple[str, ...], names: frozenset[str], words: WordInfo
                         ) -> tuple[bool, bool]:
    """Whether some, and whether every, example has one of ``names`` followed by "to"
    and a verb ("anxious to see", "dying to hear")."""
    found = []
    for example in examples:
        said = _WORD.findall(example.lower())
        found.append(any(word in names and said[at + 1] == "to"
                         and said[at + 2] not in CLOSED_CLASS and words.is_verb(said[at + 2])
                         for at, word in enumerate(said[:-2])))
    return any(found), all(found)


@lru_cache(maxsize=1 << 14)
def partitive_examples(examples: tuple[str, ...], headword: str, words: WordInfo) -> bool:
    """Whether every example that has ``headword`` (in any form) has "of" right after
    it, and two do: "a grain of sand", "a grain of sugar" (a piece of something). One
    alone may have it by chance ("he had the hands of a surgeon")."""
    found = 0
    for example in examples:
        said = [word.lower() for word in _LETTERS.findall(example)]
        places = [at for at, word in enumerate(said) if headword in words.lemmas_of_any(word)]
        if not places:
            continue  # a synonym's example says nothing of the headword's frame
        if not any(at + 1 < len(said) and said[at + 1] == "of" for at in places):
            return False
        found += 1
    return found >= 2


@lru_cache(maxsize=1 << 14)
def preposition_examples(examples: tuple[str, ...], headword: str, preposition: str,
                         words: WordInfo, *, no_name_after: bool = False) -> bool:
    """Whether an example has ``headword`` (in any form) right before ``preposition``:
    "curious about the neighbor's doings" for "curious about how". ``no_name_after``:
    only where no name follows the preposition, past determiners and numbers (a name
    says where something happens, not what the word takes: "The plane landed in
    Istanbul" is no "land in")."""
    for example in examples:
        written = _LETTERS.findall(example)
        said = [word.lower() for word in written]
        for at, word in enumerate(said[:-1]):
            if said[at + 1] != preposition or headword not in words.lemmas_of_any(word):
                continue
            after = next((written[n] for n in range(at + 2, len(said))
                          if said[n] not in COLLOCATION_SKIPPED_WORDS), "")
            if not (no_name_after and after[:1].isupper()):
                return True
    return False


# What opens the noun phrase a noun's "to" takes in an example: "a testament to his
# skill", "a threat to the economy" (not "a plan to build": a verb's "to").
_OPENS_A_TO_OBJECT = frozenset({"the", "his", "her", "its", "their", "our", "my", "your",
                                "this", "that", "these", "those"})


def counted_to_examples(examples: tuple[str, ...], headword: str) -> bool:
    """Whether an example has the singular ``headword`` after "a" or "an" and before
    "to" and a determiner or possessive, as "a testament to his skill" has: the frame of
    a noun whose "to" names what it bears on, which a sense alone may have (the one
    "a testament to their courage" means, not "a profession of belief")."""
    for example in examples:
        said = _WORD.findall(example.lower())
        for at in range(1, len(said) - 2):
            if said[at] == headword and said[at - 1] in ("a", "an") \
                    and said[at + 1] == "to" and said[at + 2] in _OPENS_A_TO_OBJECT:
                return True
    return False


def _next_unskipped(words: Sequence[str], at: int, step: int) -> int | None:
    """The index of the first word from ``at`` in direction ``step``, within
    `COLLOCATION_REACH`, that is no determiner, possessive or number; None for none."""
    for other in range(at + step, at + step * (COLLOCATION_REACH + 1), step):
        if not 0 <= other < len(words):
            return None
        if words[other] not in COLLOCATION_SKIPPED_WORDS:
            return other
    return None


# How many words an example's object may span between its verb and the preposition the
# verb takes after it: "charged the director with", "accused the new mayor of".
_OBJECT_SPAN = 4
# Forms of "be" before a passive participle in an example ("was charged with murdering").
_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am"})
# Words that part a verb from a later preposition that is not the one it takes after
# its object: another preposition ("charging at him with a pitchfork": the "with" is
# the rush's, not the attack's), a clause ("that", "who") or a verb's "to".
_NOT_AN_OBJECT = frozenset(
    {word for word, tags in CLOSED_CLASS.items() if "IN" in tags or "TO" in tags}
    | {"that", "who", "which", "and", "or", "but"})


def object_preposition_examples(examples: tuple[str, ...], headword: str,
                                preposition: str, words: WordInfo) -> bool:
    """Whether an example has the verb ``headword`` take ``preposition`` after its
    object ("he charged the director with indifference") or, as a passive, right after
    it ("The suspect was charged with murdering his wife"): the frame of "police
    charged the driver with speeding" and "he was charged with theft". A verb followed
    by the preposition at once in the active ("I worry about my job") has no object for
    a passive to make its subject, so "she was worried about" keeps its adjective."""
    for example in examples:
        said = [word.lower() for word in _LETTERS.findall(example)]
        for at, word in enumerate(said[:-1]):
            if headword not in words.lemmas_of_any(word):
                continue
            if said[at + 1] == preposition:
                if at and said[at - 1] in _BE_FORMS:
                    return True
                continue
            for other in range(at + 1, min(len(said), at + 2 + _OBJECT_SPAN)):
                if said[other] == preposition and other > at + 1:
                    return True
                if said[other] in _NOT_AN_OBJECT:
                    break
    return False


# Determiners a mass noun takes as well as a counted one ("more trust", "no water"):
# no sign either way of whether a noun is counted (`vocab.senses` reads a noun after
# one as bare, with `vocab.sentence_cues.bare_singular_noun`).
MASS_DETERMINERS = frozenset({"more", "most", "much", "less", "least", "little", "no",
                              "some", "any", "enough", "such", "all"})
# What makes a noun determined: a determiner, possessive or number before it.
_DETERMINING_TAGS = frozenset({"DT", "PDT", "PRP$", "POS", "CD", "WP$"})
_DETERMINING_WORDS = frozenset(
    word for word, tags in CLOSED_CLASS.items() if set(tags) & _DETERMINING_TAGS
) - MASS_DETERMINERS | {"s"}
# Those that count it: "a generous trust", "one tablet", "another initiative".
_COUNTING_WORDS = frozenset({"a", "an", "another", "each", "every", "either", "neither",
                             "one"})
# How far back, in words, a determiner is looked for in an example.
_DETERMINER_REACH = 3


def shown_bare(examples: tuple[str, ...], headword: str) -> bool | None:
    """How WordNet's ``examples`` show the singular ``headword``: True when one has it
    with no determiner before it ("the relationship is based on trust"), False when
    one counts it ("a generous trust") and none has it bare, None when none says.
    Untagged, an example's open-class words before the noun are read as its
    modifiers, up to `_DETERMINER_REACH`."""
    counted = None
    for example in examples:
        said = _WORD.findall(example.lower())
        for at, word in enumerate(said):
            if word != headword:
                continue
            bare = at == 0
            for before in reversed(said[max(0, at - _DETERMINER_REACH):at]):
                if before in _DETERMINING_WORDS:
                    if before in _COUNTING_WORDS:
                        counted = False
                    bare = False
                    break
                if before in CLOSED_CLASS or before in MASS_DETERMINERS:
                    bare = True
                    break
                bare = at <= _DETERMINER_REACH  # only modifiers back to its start
            if bare:
                return True
    return counted
