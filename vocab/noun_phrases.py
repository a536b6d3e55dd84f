"""The articles of a definition's noun phrases: "a" or "an" as a word sounds
(`indefinite_article`), the article a noun's wording opens with (`as_noun_phrase`:
"a respiratory disease...", "the act of..."), articles mended once a word has changed,
and a noun's regular plural."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vocab.gloss_text import IRREGULAR_PARTICIPLES, plural_noun
from vocab.gloss_words import GLOSS_STOPWORDS

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo

# A plural this much rarer (Zipf) than its singular, or less, says a noun is counted:
# "diseases" (0.65 below "disease"), "organs", "devices" (0.3-0.4); "languages" (0.8),
# "rocks" (0.7: "rock having a crystalline texture" reads either way), "water" (1.1),
# "information" (2.7) are mostly uncounted, and open a definition bare.
COUNTED_PLURAL_MARGIN = 0.7
# Nouns WordNet's definitions open "X of ..." with that name one thing of their kind:
# "the act of turning to friends", not "an act of...".
_THE_ONE_OF = frozenset({"act", "process", "state", "quality", "practice", "property"})
# A noun's first words that already say how many: an article, a number, "any", "one"...
_DETERMINED = frozenset({"a", "an", "the", "any", "one", "some", "each", "every", "either",
                         "neither", "no", "two", "three", "several", "many", "much", "all",
                         "this", "that", "these", "those", "another", "someone",
                         "something", "anything", "anyone", "everything", "everyone",
                         "somebody", "whatever", "whoever", "your", "his", "her", "its",
                         "their", "our", "my", "what", "how", "who", "where", "when"})


def as_noun_phrase(wording: str, lexicon: Lexicon, words: WordInfo) -> str:
    """A noun's ``wording`` with the article English needs before a counted singular
    noun it opens with (`opening_noun`): "a respiratory disease characterized by...",
    "an organ of locomotion...", "the act of turning to...". As it is when it opens with
    a determiner, a plural, a mass noun ("information about...": its plural rare,
    `COUNTED_PLURAL_MARGIN`), a participle ("having knowledge of"), a name, or a
    substance's "of"/"from" ("wood of any of various trees")."""
    tokens = wording.split(" ")
    if not tokens or tokens[0].lower().rstrip(",;:") in _DETERMINED or not tokens[0].islower() \
            or tokens[0].endswith(("ing", "ed")) and not _hyphenated(tokens[0]):
        return wording  # "two-winged insect" opens with a describing word, no participle
    at = opening_noun(tokens, lexicon, words)
    if at is None:
        return wording
    noun = tokens[at]
    if plural_noun(noun) and (words.dictionary_lemma(noun, "NOUN") not in (None, noun)
                              or _hyphenated(tokens[0])):
        return wording  # "loose-fitting nightclothes": a plural its dictionary lists as one
    if words.zipf(noun, "NOUN") - words.zipf(plural_of(noun), "X") > COUNTED_PLURAL_MARGIN:
        return wording
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    first = lexicon.senses(noun, "n")[:1]
    if following in ("of", "from") and first and first[0].lexname == "noun.substance":
        return wording
    article = "the" if at == 0 and noun in _THE_ONE_OF and following == "of" \
        or _one_of_a_kind(tokens[0], words) else indefinite_article(tokens[0])
    return f"{article} {wording}"


# Words that make a noun the one of its kind: "the first day of the week" (Sunday), not
# "a first day".
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only", "next"})


def _one_of_a_kind(word: str, words: WordInfo) -> bool:
    """Whether ``word`` is an ordinal or a superlative ("smallest": "the smallest army
    unit", squad), which takes "the"."""
    return word in _ORDINALS or word.endswith("est") \
        and words.dictionary_lemma(word, "ADJ") not in (None, word)


def opening_noun(tokens: Sequence[str], lexicon: Lexicon, words: WordInfo) -> int | None:
    """Where the noun a wording opens with stands, after its describing words: the last
    word before a function word, a participle or a comma ("respiratory disease
    characterized by", "large deep dish in which"); None when it is no noun."""
    at = 0
    while at + 1 < len(tokens):
        following = tokens[at + 1]
        if not (tokens[at].isalpha() or _hyphenated(tokens[at])) or not following.isalpha() \
                or following.lower() in GLOSS_STOPWORDS \
                or following.endswith(("ing", "ed")) or following in IRREGULAR_PARTICIPLES:
            break
        at += 1
    word = tokens[at].rstrip(",;:")
    if not word.isalpha() or not word.islower() or not (
            words.is_noun_form(word) or lexicon.has_lemma(word, "n")):
        return None
    return at


def _hyphenated(word: str) -> bool:
    """Whether ``word`` is a describing word of two joined by a hyphen: "two-winged",
    "solid-hoofed", "man-made"."""
    parts = word.split("-")
    return len(parts) == 2 and all(part.isalpha() and part.islower() for part in parts)


# An indefinite article and the word after it, to say again once a word has changed.
_A_BEFORE = re.compile(r"\b([Aa]n?) ([A-Za-z]+)")


def articles_mended(text: str) -> str:
    """``text`` with each "a" or "an" as the word after it now sounds. A capital "A"
    inside the text is a name, not an article ("the A antigen", blood group A)."""
    def mended(found: re.Match[str]) -> str:
        if found.group(1)[0] == "A" and found.start() > 0:
            return found.group(0)
        return a_or_an(found.group(2), capital=found.group(1)[0] == "A") + " " + found.group(2)

    return _A_BEFORE.sub(mended, text)


def plural_of(word: str) -> str:
    """A noun's regular plural, or a verb's -s form: "bushes", "pays", "cities"."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


ARTICLES = frozenset({"a", "an", "the"})
# Endings of adjectives made from nouns: "precautionary", "musical", "protective".
ADJECTIVE_ENDINGS = ("ary", "al", "ive", "ous", "ic", "ful", "able", "ible")


# Words that open with a vowel letter and a consonant sound ("a uniform", "a European",
# "a one-way street"), and those that open with a silent "h" ("an hour"): a cloze
# after "an" offered "uniformity" (QA walk-through). "uni" before "m", "n" or "d" is
# the prefix "un-" ("an unimportant", "an uninformed", "an unidentified"), as it is
# before "ll" ("an unilluminated area"; "a unilateral" has one).
_CONSONANT_SOUND_START = re.compile(
    r"(?:uni(?![mnd]|ll)|unan|us[aeu]|ut[eio]|ur[aeio]|ubiq|uku|eu|ewe|one\b|once)", re.IGNORECASE)
_SILENT_H_START = re.compile(r"(?:hour|honest|hono(?:u)?r|heir)", re.IGNORECASE)


def indefinite_article(word: str) -> str:
    """"a" or "an" before ``word``, as it sounds: by its first letter, but "a unit",
    "a European", "a one", "an hour", "an honest"."""
    if _SILENT_H_START.match(word):
        return "an"
    if word[:1].lower() in "aeiou" and not _CONSONANT_SOUND_START.match(word):
        return "an"
    return "a"


def a_or_an(word: str, *, capital: bool) -> str:
    article = indefinite_article(word)
    return article.capitalize() if capital else article
