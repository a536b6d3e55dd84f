"""The raw token the tag corrections read and change, and what they share to find things.

`RawToken` is a token as tagged, before its lemma and level; `by_sentence` groups them;
`WordPositions` finds, in one walk, where each text stands: the words some corrections
start from (the key words here: "according", "he", "broke", "help", "were", "to",
"without"), and
the texts a correction's word test passes. The tag sets and small tests
below are the ones several families of corrections (`vocab.retag_words`,
`vocab.retag_phrases`, `vocab.retag_clauses`) use.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter
from typing import TYPE_CHECKING

from vocab.closed_class import CLOSED_CLASS

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo


@dataclass(slots=True)
class RawToken:
    """A token as tagged, before its lemma and level: what the corrections (`vocab.retag`)
    and the name and position marks of `vocab.token_marks` read and change."""

    start: int
    end: int
    sentence: int
    penn: str
    text: str
    sentence_initial: bool = False
    in_headline: bool = False
    starts_name: bool = False
    beside_capital: bool = False  # next to a capitalised word of its sentence ("New York")
    auxiliary: bool = False  # have, be or do helping the verb after it ("had washed")


def by_sentence(raw: list[RawToken]) -> list[list[RawToken]]:
    """The tokens of each sentence, in order (a text's tokens are: a sentence's are
    side by side)."""
    return [list(tokens) for _, tokens in groupby(raw, _SENTENCE)]


_SENTENCE = attrgetter("sentence")


class WordPositions:
    """Where each text stands in the text, found in one walk: the words some corrections
    start from ("help", "were", "he", "to"...), and the texts that pass a test of the
    word alone ("-er" words, "when", a spelled number). Each such correction walked every
    token of a long text (~5-15 ms each at 100,000 words) to find a few dozen. Texts
    never change in the corrections, only tags, so the positions hold throughout; a
    correction still reads each found token's tag as it is when it gets there."""

    def __init__(self, raw: list[RawToken]) -> None:
        by_text: defaultdict[str, list[int]] = defaultdict(list)
        for index, text in enumerate(map(_TEXT, raw)):
            by_text[text].append(index)
        self._by_text = by_text
        self._at: dict[str, list[int]] = {}
        for form, word in _KEY_FORMS.items():
            if form in by_text:
                self._at.setdefault(word, []).extend(by_text[form])

    def of(self, words: Iterable[str]) -> list[int]:
        """The positions of ``words`` (in lower case, as `_KEY_WORDS` has them), in
        text order."""
        return sorted(index for word in words for index in self._at.get(word, ()))

    def texts(self) -> Iterable[str]:
        """Every text the tokens have, once each."""
        return self._by_text.keys()

    def where(self, test: Callable[[str], bool]) -> list[int]:
        """The positions of the texts that pass ``test`` (each text tested once), in
        text order."""
        return sorted(index for text, found in self._by_text.items() if test(text)
                      for index in found)

    def at(self, text: str) -> list[int]:
        """The positions of ``text`` (as written), in text order."""
        return self._by_text.get(text, [])

    def of_texts(self, texts: Iterable[str]) -> list[int]:
        """The positions of these texts (as written), in text order."""
        return sorted(index for text in texts for index in self._by_text.get(text, ()))


_TEXT = attrgetter("text")
_PENN = attrgetter("penn")


class TaggedTexts:
    """How many tokens of each text have each tag, counted in one walk: the corrections
    that ask WordNet about the words of some tags read them here, from the text's few
    thousand (text, tag) pairs, instead of each walking every token (~4 million
    instructions a walk at 10,000 words). The counts hold while every tag changed since
    is changed through `retag`."""

    def __init__(self, raw: list[RawToken]) -> None:
        self._count = Counter(zip(map(_TEXT, raw), map(_PENN, raw), strict=True))

    def texts(self, tags: Container[str]) -> set[str]:
        """The texts that some token has with one of ``tags``."""
        return {text for (text, tag), count in self._count.items() if count and tag in tags}

    def retag(self, token: RawToken, tag: str) -> None:
        """Gives ``token`` the tag ``tag``, counted."""
        count = self._count
        count[token.text, token.penn] -= 1
        count[token.text, tag] += 1
        token.penn = tag


# WordNet's parts of speech ("n", "v", "a", "r") of each word it has, as asked
# (`Lexicon.parts_of_speech`).
PartsOfSpeech = Callable[[Iterable[str]], dict[str, frozenset[str]]]


# Participles that with the word after them make a preposition of their own, as
# Universal Dependencies reads them (a fixed ADP): "According to officials" has nothing
# of the verb "accord" (to go together), which the tagger's VBG made of it, a C1 word
# highlighted in most news stories.
FIXED_PREPOSITIONS = {"according": "to"}
# Subjects of a verb's "-s" form; a plural noun never follows one.
SINGULAR_SUBJECTS = frozenset({"he", "she", "it"})
# Past tenses that are adjectives of their own, and no participle ("broken", "beaten"
# are): "he is broke" (has no money), "I'm beat" (tired). Where they describe, after
# "be" or between a determiner and its noun, they cannot be the verb.
PAST_TENSES_ALSO_ADJECTIVES = frozenset({"broke", "beat"})
# Verbs followed by an object and a bare infinitive: "helps schools hire teachers".
BARE_INFINITIVE_VERBS = frozenset({"help", "helps", "helped", "helping", "let", "lets",
                                   "letting", "make", "makes", "made", "making"})
# Plural forms of "be", which "all", "both" or "each" follow as the subject's quantifier
# ("We were all shouting"); after a singular one "all" means "entirely", before a
# noun as often ("it was all marketing").
PLURAL_BE_FORMS = frozenset({"are", "were", "'re"})


# The words `WordPositions` finds, each as a text may write it ("Help", "HELP", "’re").
# Words that grade the adjective after them: "stay more alert", "feel less secure".
GRADING_WORDS = frozenset({"more", "less", "most", "least", "as", "so", "too", "very",
                           "quite", "rather", "really", "fairly", "extremely"})
# With "a" before them, these grade the adjective after them as a grading word does:
# "was a little crazy", "got a bit noisy".
SMALL_AMOUNTS = frozenset({"little", "bit"})
# Words of place that are adverbs after their verb, which the tagger reads as adjectives
# there: "They live nearby", "She sells clothes online".
PLACE_ADVERBS = frozenset({"nearby", "online", "offline", "nationwide", "worldwide",
                           "downtown", "overseas", "abroad", "upstairs", "downstairs",
                           "indoors", "outdoors", "overnight"})
# A question mark: questions are read back from it.
QUESTION_MARK = "?"
_KEY_WORDS = (FIXED_PREPOSITIONS.keys() | SINGULAR_SUBJECTS | PAST_TENSES_ALSO_ADJECTIVES
              | BARE_INFINITIVE_VERBS | PLURAL_BE_FORMS | GRADING_WORDS | SMALL_AMOUNTS
              | PLACE_ADVERBS
              | {"to", "without", QUESTION_MARK})
_KEY_FORMS = {form: word for word in _KEY_WORDS for spelled in {word, word.replace("'", "’")}
              for form in (spelled, spelled.capitalize(), spelled.upper())}


NOUNS = frozenset({"NN", "NNS"})
FINITE_VERB_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})
# Conjunctions that open a clause, never a noun phrase alone as "after" and "before"
# do ("after the budget cuts in March"): what follows them has a verb.
CLAUSE_OPENERS = frozenset({"if", "when", "because", "although", "though", "unless",
                            "whenever", "whereas"})
# What ends a clause a conjunction opened: "When the library closes at five, ...".
CLAUSE_ENDS = frozenset({",", ".", "!", "?", ";", ":", "--", "''", "``"})
# What opens a noun phrase whose noun a comparative may describe: "a warmer atmosphere".
DETERMINERS = frozenset({"DT", "PRP$"})
SENTENCE_ENDS = frozenset({".", "!", "?"})


def open_word(text: str, words: WordInfo) -> bool:
    """Whether the rules that ask WordNet what a word can be read ``text``: a word in
    lower-case letters, more than one, of no closed class and no foreign language."""
    return (text.isalpha() and text.islower() and len(text) > 1 and text not in CLOSED_CLASS
            and not words.foreign_languages(text))


def verb_form(text: str, form: str, words: WordInfo) -> bool:
    """Whether ``text`` is a verb's base form ("VBP"), its "-s" form ("VBZ") or its
    past ("VBD", "swept"; "cost", spelt as its base)."""
    if form == "VBP":
        return words.is_verb(text)
    if form == "VBD" and words.is_unchanged_verb_form(text, form):
        return True
    base = words.lemma(text.lower(), form)
    return base != text.lower() and words.is_verb(base)


# Comparatives not made with "-er", which `WordInfo.comparative_of` does not know.
_IRREGULAR_COMPARATIVES = frozenset({"worse", "better"})


def comparative(text: str, words: WordInfo) -> bool:
    """Whether ``text`` is an adjective's comparative: "warmer", "worse"."""
    lower = text.lower()
    return lower in _IRREGULAR_COMPARATIVES or (
        lower.endswith("er") and words.comparative_of(text))


def may_be_comparative(text: str) -> bool:
    """Whether ``text`` is spelt as a comparative may be ("-er", "worse"): what
    `comparative` asks before the dictionary, for finding its tokens (`WordPositions`)."""
    lower = text.lower()
    return lower in _IRREGULAR_COMPARATIVES or lower.endswith("er")

