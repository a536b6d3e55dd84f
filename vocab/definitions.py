"""Definitions a learner can read: easier than the word they define, never circular.

WordNet glosses are written for linguists ("a group of countries in special
alliance"), often several clauses joined by ";". We measure a wording's ease as the
share of its content words at or below the learner's level, keep the whole gloss
when it is easy enough, otherwise the easiest of its clauses, and never let the
headword (or a form of it) define itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vocab.difficulty import word_level
from vocab.models import LearnerProfile, Sense
from vocab.senses import _GLOSS_STOPWORDS

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo

# A gloss whose content words are at least this share at the learner's level is
# kept whole: VOA's own definitions score about 0.8-0.9 at B1 on this measure.
EASY_ENOUGH = 0.8
# Clauses shorter than this say too little to stand alone ("a bloc").
MIN_CLAUSE_WORDS = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def ease(text: str, words: WordInfo, profile: LearnerProfile) -> float:
    """Share of the content words of ``text`` a learner at ``profile.level`` knows."""
    content = [w.lower() for w in _WORD.findall(text) if w.lower() not in _GLOSS_STOPWORDS]
    if not content:
        return 1.0
    easy = sum(1 for w in content if _level_of(w, words) <= profile.level)
    return easy / len(content)


def _level_of(word: str, words: WordInfo):  # type: ignore[no-untyped-def]
    zipf = words.zipf(word, "X")
    return word_level(zipf, words.cefr(word, ""), "")


def mentions(text: str, headword: str) -> bool:
    """Whether ``text`` uses the headword or an inflected form of it."""
    stem = _stem(headword.lower())
    for w in _WORD.findall(text.lower()):
        if w == headword.lower() or (len(stem) >= 4 and _stem(w) == stem):
            return True
    return False


def _stem(word: str) -> str:
    for suffix in ("ies", "ing", "ed", "es", "s", "e", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def define(
    sense: Sense,
    others: Sequence[Sense],
    headword: str,
    words: WordInfo,
    profile: LearnerProfile,
) -> str:
    """The wording to print for ``sense`` of ``headword``.

    The whole gloss when it is easy and does not use the headword; else its
    easiest clause that does not; else the headword is replaced by a synonym.
    """
    whole = sense.definition.strip()
    if not mentions(whole, headword) and ease(whole, words, profile) >= EASY_ENOUGH:
        return whole
    clauses = [c.strip() for c in whole.split(";") if c.strip()]
    usable = [
        c for c in clauses if len(c.split()) >= MIN_CLAUSE_WORDS and not mentions(c, headword)
    ]
    if not mentions(whole, headword):
        usable.append(whole)
    if usable:
        # The easiest wording; among equals, the first (WordNet puts the core first).
        return max(usable, key=lambda c: (round(ease(c, words, profile), 2), -usable.index(c)))
    return _without_headword(whole, headword, sense)


def _without_headword(text: str, headword: str, sense: Sense) -> str:
    synonym = next(
        (s for s in sense.synonyms if s.lower() != headword.lower() and not mentions(s, headword)),
        "",
    )
    replacement = synonym.replace("_", " ") if synonym else "it"
    stem = _stem(headword.lower())

    def swap(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        return replacement if word == headword.lower() or _stem(word) == stem else match.group(0)

    return _WORD.sub(swap, text)
