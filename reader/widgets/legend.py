"""The key to the highlighting: which style means which level, and review words."""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.style import Style

from reader.marks import WordMark
from reader.widgets.article_view import (
    TEXT_STYLES_CLASS,
    WORD_STYLE_CLASSES,
    ArticleText,
    WordStyled,
)
from reader.widgets.key_bar import packed
from vocab.models import Level

# What the hardest band adds besides colour, so level is never shown by colour alone.
HARDEST_NOTE = "C2 underlined"
# The text styles a level may have, named after its band when levels are told apart
# by them alone ("B2 bold+underline"): a style seen is not a style understood.
TEXT_STYLES = ("bold", "italic", "underline", "reverse")
MAX_LINES = 2
ANALYSING = "Analysing the words of this article…"


class Legend(WordStyled):
    """One line under the article: the level bands this learner sees, and the review mark.

    It draws each band in the style the article's text gives it, read from that text
    (`ArticleText`, its classes set with the legend's by `set_highlight_style`): with
    component classes of its own, the stylesheet worked the nine word styles out twice
    as an article opened (~2% of the time; issue 8)."""

    # Laid out again when they change: the legend may take one line or two.
    level: reactive[Level] = reactive(Level.B1, layout=True)
    busy: reactive[bool] = reactive(False, layout=True)
    """True while the article is being analysed (the words are not marked yet)."""
    busy_text: reactive[str] = reactive(ANALYSING)
    """What it says while busy: the reading screen says a first start's wait here."""

    # The lines last packed, by (width, level, text styles, component styles): a layout
    # and each paint asked for them again, ~3% of opening a saved article (issue 8).
    _packed: tuple[tuple[object, ...], list[Content]] | None = None
    _rules: tuple[Style, ...] = ()  # the component styles as of the last style pass
    _rules_checked = False

    _text: ArticleText | None = None  # the text whose styles it names

    def _component_style(self, name: str) -> Style:
        if self._text is None:
            self._text = self.screen.query_one(ArticleText)
        return self._text._component_style(name)

    def notify_style_update(self) -> None:
        # Textual calls this on every style pass (a theme, a highlight style's class).
        super().notify_style_update()
        self._rules_checked = False

    def render(self) -> Content:
        if self.busy:
            return Content(self.busy_text)
        # Fitted to the width, down to 80 columns, the smallest terminal the reader is
        # made for: at A1 the whole line ran past it and lost "due for review".
        return Content("\n").join(self._lines(self.size.width))

    def set_highlight_style(self, name: str) -> None:
        super().set_highlight_style(name)
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 1 if self.busy else len(self._lines(width))

    def _lines(self, width: int) -> list[Content]:
        if not self._rules_checked:
            self._rules_checked = True
            self._rules = tuple(self._component_style(name)
                                for name in sorted(WORD_STYLE_CLASSES))
        key = (width, self.level, self.has_class(TEXT_STYLES_CLASS), self._rules,
               self.app.theme)
        if self._packed is None or self._packed[0] != key:
            self._packed = (key, self._packed_lines(width))
        return self._packed[1]

    def _packed_lines(self, width: int) -> list[Content]:
        """`_lines`, worked out."""
        for short in (False, True):
            parts = self._parts(short)
            lines = packed(parts, width) if width else [Content("").join(parts)]
            if len(lines) == 1:
                break
        return lines[:MAX_LINES]

    def _parts(self, short: bool) -> list[Content]:
        """The legend in pieces that are never split across two lines."""
        bands = [level for level in Level if level > self.level]
        parts = [Content(f"{'Above' if short else 'Harder than'} {self.level.value}: ")]
        if not bands:
            parts.append(Content("none" if short
                                 else "none (words due for review are still marked)"))
        text_styles = self.has_class(TEXT_STYLES_CLASS)
        for band in bands:
            style = self.word_style(WordMark(band))
            chip = Content(f" {band.value} ").stylize(style)
            parts.append(Content.assemble(chip, f"{style_name(style)} ") if text_styles
                         else chip)
        if Level.C2 in bands and not text_styles:
            parts.append(Content(f" ({HARDEST_NOTE})"))
        parts.append(Content(" " if short else "  "))
        parts.append(Content(" learning ").stylize(self.word_style(WordMark(learning=True))))
        parts.append(Content(" due for review ").stylize(self.word_style(WordMark(due=True))))
        return parts


def style_name(style: Style) -> str:
    """The text styles of ``style`` as the legend names them: "bold+underline"."""
    return "+".join(name for name in TEXT_STYLES if getattr(style, name))
