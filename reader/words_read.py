"""How many words of an article the learner read, for "Words read" on Progress.

A word counts once its line stayed on screen for a moment (two looks at the screen,
`READ_TICK_S` apart, found the same lines), and never faster than a quick reader
reads (`MAX_WORDS_PER_MINUTE` of the time spent on the article): opening the
46,000-word file and pressing End had counted all 46,346 words (QA walk-through).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

READ_TICK_S = 1.0
MAX_WORDS_PER_MINUTE = 400  # a fast reader's pace in a second language, with room


@dataclass
class WordsReadTally:
    """The words (token indices) an article's screen has shown long enough, and the
    time spent reading it."""

    seen: set[int] = field(default_factory=set)
    reading_s: float = 0.0
    _last_view: tuple[int, ...] = ()

    @property
    def count(self) -> int:
        return min(len(self.seen), int(self.reading_s * MAX_WORDS_PER_MINUTE / 60))

    def look(self, view: Sequence[int], seconds: float) -> bool:
        """The words on screen now, ``seconds`` after the last look; whether the count
        went up."""
        before = self.count
        self.reading_s += seconds
        shown = tuple(view)
        if shown and shown == self._last_view:
            self.seen.update(shown)
        self._last_view = shown
        return self.count != before

    def away(self) -> None:
        """The article is not on screen: what it showed before is not shown on."""
        self._last_view = ()
