"""The key to the highlighting: which style means which level, and review words."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive

from reader.marks import WordMark
from reader.widgets.article_view import HIGHLIGHT_CLASSES, MarkedText
from vocab.models import Level

# What the hardest band adds besides colour, so level is never shown by colour alone.
HARDEST_NOTE = "C2 underlined"


class Legend(MarkedText):
    """One line under the article: the level bands this learner sees, and the review mark."""

    level: reactive[Level] = reactive(Level.B1)
    busy: reactive[bool] = reactive(False)
    """True while the article is being analysed (the words are not marked yet)."""

    def render(self) -> Content:
        if self.busy:
            return Content("Analysing the words of this article…")
        # Fitted to the width, down to 80 columns, the smallest terminal the reader is
        # made for: at A1 the whole line ran past it and lost "due for review".
        width = self.size.width
        for short in (False, True):
            line = self._line(short)
            if not width or line.cell_length <= width:
                break
        return line

    def _line(self, short: bool) -> Content:
        bands = [level for level in Level if level > self.level]
        parts: list[Content] = [Content(f"{'Above' if short else 'Harder than'} "),
                                Content(self.level.value), Content(": ")]
        if not bands:
            parts.append(Content("none" if short
                                 else "none (words due for review are still marked)"))
        for band in bands:
            parts.append(Content(f" {band.value} ").stylize(self.word_style(WordMark(band))))
        if Level.C2 in bands and not self.has_class(HIGHLIGHT_CLASSES["underline"]):
            # With underlining for every band the note would tell C2 from nothing.
            parts.append(Content(f" ({HARDEST_NOTE})"))
        parts.append(Content(" " if short else "  "))
        parts.append(Content(" learning ").stylize(self.word_style(WordMark(learning=True))))
        parts.append(Content(" due for review ").stylize(self.word_style(WordMark(due=True))))
        return Content("").join(parts)
