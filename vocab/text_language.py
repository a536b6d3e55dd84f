"""Whether a text in the Latin alphabet is written in another language than English
(`other_language`).

`vocab.text_script` refuses a story in Cyrillic or Chinese characters; a story in
Spanish, German or Indonesian passed it and was glossed as English ("el", "niños" and
"hierba" as hard words). wordfreq's word lists tell the languages apart: in a story in
English nearly every word is one English uses often, while in a story in Spanish most
words are ones Spanish uses more often than English does. A story in English quoting a
sentence in French, or a lesson giving each sentence in English and in Spanish, keeps
English words for a third of its words or more, and is read as before.
"""

from __future__ import annotations

import re
from functools import cache

from vocab.text_script import sampled

# A word as wordfreq lists it: letters, with an apostrophe inside ("don't", "l'herbe").
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
# wordfreq's "small" lists hold each language's words used at least once a million
# words (Zipf 3 and over): the words a language knows well, in 15 ms a list.
_WORDLIST = "small"
# A Zipf frequency from a list's bin: bin i holds words of frequency 10 ** (-i / 100),
# and Zipf is log10 of the frequency per billion words.
_ZIPF_OF_BIN_ZERO = 9.0
# English texts (news, lessons, the Wall Street Journal) have over 94% of their
# lower-case words in English's list; texts in Spanish, French, German or Polish under
# 50% (English's list has "de", "la", "die", "in"). Only below this are the other
# languages' lists read (about 1.2 s for all of them: only for a text that is likely
# not English).
MIN_ENGLISH_SHARE = 0.75
# A text is in another language when that language knows better than English over
# half its words and English knows its words best for under a third (a bilingual
# lesson is about half and half).
MIN_OTHER_SHARE = 0.5
MAX_ENGLISH_SHARE = 1 / 3
# A text in a language wordfreq has no list for (Swahili, Latin, Welsh): English's list
# knows under this share of its words (Swahili 13%), and no other list most of them.
# English's own words ("the", "of", "and", "to") make more than this of any English text.
MAX_UNLISTED_ENGLISH_SHARE = 0.3
UNLISTED_LANGUAGE = "another language"
# Fewer words than this say too little; names are left out (only words written in lower
# case count), as are headlines in capitals.
MIN_WORDS = 20
# Enough words to tell, spread over a long text's pieces (`text_script.sampled`).
_SAMPLE_WORDS = 600
# English's own common words: those of Zipf 6 and over in English's list that every
# other language's list has ten times rarer at most (by wordfreq: "not", "that", not
# "to", Polish's, or "was", Dutch's). They make 17% to 35% of the lower-case words of
# VOA's stories (a quarter on the median) and none of a story in Spanish, French,
# German or Indonesian; a text that is a fifth English quoting is about 5%.
# fmt: off
ENGLISH_OWN_WORDS = frozenset(
    {"about", "after", "all", "and", "back", "because", "been", "but", "can", "could",
     "first", "from", "get", "good", "has", "him", "his", "how", "if", "into", "it", "its",
     "know", "make", "more", "much", "not", "now", "only", "or", "other", "our", "out",
     "people", "said", "see", "she", "some", "than", "that", "the", "their", "them",
     "then", "there", "these", "they", "think", "this", "two", "very", "way", "well",
     "were", "what", "when", "where", "which", "who", "with", "would", "you", "your"}
)
# fmt: on
# A text with this share of them is English, told without reading any list (importing
# wordfreq alone took 0.35 s of a first import). Half of a text must be English to
# make it, and then English's list knows best a third of its words or more, which
# `other_language` reads as English anyway: a bilingual lesson makes 17%.
MIN_OWN_WORDS_SHARE = 0.12


def other_language(text: str) -> str | None:
    """The language ``text`` is written in ("Spanish") when it is most likely not
    English, by wordfreq's word lists; "another language" for one that few words of
    English's list and no other list know (Swahili); else None (also for a text too
    short to tell)."""
    words = _sample_words(text)
    if len(words) < MIN_WORDS:
        return None
    if sum(1 for word in words if word in ENGLISH_OWN_WORDS) >= MIN_OWN_WORDS_SHARE * len(words):
        return None
    english = _zipf_frequencies("en", frozenset(words))
    known = sum(1 for word in words if word in english)
    if known >= MIN_ENGLISH_SHARE * len(words):
        return None
    language, frequencies = _likeliest_other_language(words)
    if known < MAX_UNLISTED_ENGLISH_SHARE * len(words) and not _knows_most(frequencies, words):
        return UNLISTED_LANGUAGE
    better = sum(1 for word in words if frequencies.get(word, 0) > english.get(word, 0))
    english_best = sum(
        1 for word in words if word in english and english[word] >= frequencies.get(word, 0)
    )
    if better < MIN_OTHER_SHARE * len(words) or english_best >= MAX_ENGLISH_SHARE * len(words):
        return None
    return _language_name(language)


def _knows_most(frequencies: dict[str, float], words: list[str]) -> bool:
    """Whether a language's list knows over half of ``words``."""
    return sum(1 for word in words if word in frequencies) > len(words) / 2


def _sample_words(text: str) -> list[str]:
    """The text's words written in lower case (its names left out), from its start,
    middle and end when it is long."""
    found = _WORD.findall(sampled(text))
    words = [word.replace("\u2019", "'") for word in found if word.islower()]
    if len(words) <= _SAMPLE_WORDS:
        return words
    step = len(words) / _SAMPLE_WORDS  # spread over the pieces, not the start alone
    return [words[int(index * step)] for index in range(_SAMPLE_WORDS)]


def _likeliest_other_language(words: list[str]) -> tuple[str, dict[str, float]]:
    """The language other than English whose list knows ``words`` best (the highest
    mean Zipf frequency: Indonesian before Malay for a story in Indonesian), with the
    words' frequencies in it; ("", {}) when no list knows any of them."""
    from wordfreq import available_languages

    wanted = frozenset(words)
    best: tuple[float, str, dict[str, float]] = (0.0, "", {})
    for language in sorted(available_languages(_WORDLIST)):
        if language == "en":
            continue
        frequencies = _zipf_frequencies(language, wanted)
        score = sum(frequencies.get(word, 0.0) for word in words)
        if score > best[0]:
            best = (score, language, frequencies)
    return best[1], best[2]


def _zipf_frequencies(language: str, words: frozenset[str]) -> dict[str, float]:
    """The Zipf frequency of each of ``words`` in ``language``'s list (words it lacks
    left out). The list is read and let go: wordfreq's own cached dictionaries of 40
    languages would keep 200 MB."""
    from wordfreq import available_languages, read_cBpack

    bins = read_cBpack(available_languages(_WORDLIST)[language])
    return {
        word: _ZIPF_OF_BIN_ZERO - index / 100
        for index, listed in enumerate(bins)
        for word in words.intersection(listed)
    }


@cache
def _language_name(code: str) -> str:
    """A language's name in English from its code ("es" -> "Spanish"), by Babel's
    locale data; the code itself when Babel has no name for it."""
    from babel import Locale

    name: str | None = Locale("en").languages.get(code)
    return name or code
