"""The words a gloss or a sentence is compared by: its content words, lower case and
crudely stemmed (`content_words`: "rules" meets "rule"), without the closed-class words
and fillers that say nothing about a sense (`GLOSS_STOPWORDS`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from vocab.closed_class import CLOSED_CLASS

# Words too common to say anything about a sense.
_GLOSS_FILLERS = (
    "be have do make get use thing something someone somebody one person people way"
    " kind sort etc especially usually often"
)
GLOSS_STOPWORDS = frozenset(CLOSED_CLASS) | frozenset(_GLOSS_FILLERS.split())
GLOSS_WORD = re.compile(r"[a-z]+")


def content_words(text: str) -> set[str]:
    """Lower-case content words of a gloss, crudely stemmed so "rules" meets "rule"."""
    return stemmed_content(GLOSS_WORD.findall(text.lower()))


def stemmed_content(words: Iterable[str]) -> set[str]:
    """`content_words` of a text's words already found (`GLOSS_WORD`, lower case)."""
    return {crude_stem(w) for w in words if w not in GLOSS_STOPWORDS}


# Glosses repeat their words; a signature stems thousands of them.
@lru_cache(maxsize=1 << 16)
def crude_stem(word: str) -> str:
    """A crude stem, the same for a word's common inflections ("rule", "rules", "ruled"
    -> "rul"; "studies", "study" -> "stud"): enough to match glosses with sentences."""
    for suffix in ("ies", "ing", "ed", "es", "s", "e", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word
