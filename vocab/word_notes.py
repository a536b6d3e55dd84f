"""A note on a word a definition leans on ("effectively –in an effective manner
(effective: producing an intended result)") as short as VOA's definitions: said once,
without a second alternative or a contrast, so the note is no second definition to read
(`note_said_briefly`, `MAX_NOTE_WORDS`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vocab.gloss_text import MIN_CLAUSE_WORDS
from vocab.models import LearnerProfile
from vocab.wording_cuts import _without_hard_alternatives

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo

# A note longer than this is as long as a definition of its own: VOA's median definition
# is 9 words ("typical: exhibiting the qualities that identify a group or kind or
# category" behind "in a typical manner", sweep).
MAX_NOTE_WORDS = 9

# "producing or capable of producing": one thing said twice.
_OR_CAPABLE = re.compile(r"\b(?P<verb>[a-z]+ing) or capable of (?P=verb)\b")
# "...or having a striking effect", "...or being marked by a favorable outcome": a second
# thing the word may say, after what it says first.
_SECOND_ALTERNATIVE = re.compile(r" or (?:[a-z]+ing)\b[^;()]*$")
# "...rather than play or trivialities", "...as distinguished from the mind or spirit":
# what the word does not say.
_CONTRAST = re.compile(r",? (?:rather than|as distinguished from|as opposed to)\b[^;()]*$")


def note_said_briefly(meaning: str, words: WordInfo, profile: LearnerProfile) -> str:
    """``meaning`` as a note says it: without alternatives the learner cannot read
    (`_without_hard_alternatives`), "X or capable of X" said once, without a last
    alternative that opens with an "-ing" word and without a contrast at its end, each
    only when at least `MIN_CLAUSE_WORDS` are left ("done or occurring in a short time"
    stays)."""
    note = _without_hard_alternatives(meaning, words, profile)
    note = _OR_CAPABLE.sub(lambda found: found.group("verb"), note)
    for tail in (_SECOND_ALTERNATIVE, _CONTRAST):
        shorter = tail.sub("", note)
        if len(shorter.split()) >= MIN_CLAUSE_WORDS:
            note = shorter
    return note
