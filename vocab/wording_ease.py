"""How easy a wording is for a learner (`ease`: the share of its content words at or
below their level), and the level a gloss's word is rated at (`level_of`): the measure
every step of `vocab.definitions` chooses and trims a wording by."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vocab.difficulty import COMMON_BASE_ZIPF, word_level
from vocab.gloss_words import GLOSS_STOPWORDS
from vocab.models import LearnerProfile, Level
from vocab.word_family import WORD_PATTERN

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo

# A gloss whose content words are at least this share at the learner's level is
# kept whole: VOA's own definitions score about 0.8-0.9 at B1 on this measure.
EASY_ENOUGH = 0.8
# ...unless every longer one uses the headword ("admit defeat" for "give up").
MIN_SHORT_CLAUSE_WORDS = 2


# A word, not an ordinal's ending: "rd" in "23rd", "th" in "1/24th" are no words a
# learner must know (they read as hard words, sweep: "th" was the commonest).
_WORD_NOT_AFTER_A_DIGIT = re.compile(rf"(?<![\w'-]){WORD_PATTERN.pattern}")


def ease(text: str, words: WordInfo, profile: LearnerProfile) -> float:
    """Share of the content words of ``text`` a learner at ``profile.level`` knows."""
    content = [w.lower() for w in _WORD_NOT_AFTER_A_DIGIT.findall(text)
               if w.lower() not in GLOSS_STOPWORDS]
    if not content:
        return 1.0
    easy = sum(1 for w in content if level_of(w, words) <= profile.level)
    return easy / len(content)


def level_of(word: str, words: WordInfo):  # type: ignore[no-untyped-def]
    # "group's" is as hard as "group" (and asking wordfreq itself about the possessive
    # would load its whole list, ~27 MB, for one word).
    word = word.removesuffix("'s")
    if words.is_noun_form(word):
        # Untagged, a gloss's word is rated as a noun when it may be one (`word_level`
        # trusts the list's A1-A2 for a rare thing: "pears")...
        return word_level(words.zipf(word, "X"), words.cefr(word, ""), "NN", word)
    if words.dictionary_lemma(word, "ADJ") != word:
        for upos, penn in _INFLECTED:
            # ...else a verb's or an adjective's form as that word, as a story's words
            # are rated by their lemma and its forms' frequency: "listens" (Zipf 3.6) is
            # "listen" (5.1), "injure" (3.3) has its forms' 4.6; an adjective is rated
            # as itself ("exciting" is no "excite").
            lemma = words.dictionary_lemma(word, upos)
            if lemma and (lemma != word or upos == "VERB"):
                cefr = words.cefr(lemma, penn)
                if lemma != word and upos == "VERB" \
                        and words.zipf(word, "X") >= COMMON_BASE_ZIPF:
                    cefr = _easier(cefr, words.cefr(word, _form_tag(word)))
                return word_level(words.zipf(lemma, upos), cefr, penn, lemma)
    return word_level(words.zipf(word, "X"), words.cefr(word, ""), "", word)


_INFLECTED = (("VERB", "VB"), ("ADJ", "JJ"))


def _form_tag(word: str) -> str:
    """The tag a verb's form is listed under by the CEFR list: "-ing" VBG, else VBN."""
    return "VBG" if word.endswith("ing") else "VBN"


def _easier(level: Level | None, other: Level | None) -> Level | None:
    """The easier of two CEFR levels, either of which may be missing. A verb's form
    common by itself that the learner list rates easier than its verb is a word learners
    are taught by itself: in a gloss, "according to reports" is the listed "according",
    not the C2 "accord" (it was rated C1, and "reportedly –according to reports" read as
    hard); "based on" is "based", as a story's participle is rated as its adjective
    (`token_facts`)."""
    if level is None or (other is not None and other.rank < level.rank):
        return other
    return level


# A gloss's word this many levels above the learner's is far above it ("conflagration",
# "remunerates" at C2 for a B1 learner).
FAR_ABOVE = 2
