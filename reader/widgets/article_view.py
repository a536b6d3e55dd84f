"""The article as the learner reads it: title, source, paragraphs with marked words.

Text is styled by character offsets (Textual `Content`), never parsed as markup,
so an article that contains "[bold]" shows those characters. Each word carries
its token index in the style's meta, which is how a click finds its word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from pickle import dumps  # how rich stores a style's meta
from typing import TYPE_CHECKING

from rich._wrap import divide_line  # the line breaks textual.Content itself uses (pinned)
from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.geometry import Offset, Region, Size, Spacing
from textual.message import Message
from textual.reactive import Reactive, reactive
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual
from textual.widget import Widget
from textual.widgets import Static

from reader.labels import source_label
from reader.marks import WordMark, word_marks
from reader.widgets.blank_lines import BlankLines
from vocab.models import Article, LearnerProfile, Token, WordKey

if TYPE_CHECKING:
    from vocab.analysis import Analysis

# Lines kept visible above and below the focused word when scrolling to it.
SCROLL_MARGIN = Spacing(2, 0, 2, 0)


# Paragraphs are shown one blank line apart.
PARAGRAPH_BREAK = "\n\n"

# Base styles whose drawn lines are kept: the text's own with and without the
# view's focus tint (leaving a screen takes the focus; coming back restores it).
DRAWN_STYLES = 2
# A subheading of the article ("Effort to block NATO expansion") stands out as one.
_SUBHEADING = Style(bold=True)

HIGHLIGHT_CLASSES = {"background": "-background", "underline": "-underline"}
# Levels told apart by text styles alone (bold, underline, reverse): the style without
# colour, and any style under NO_COLOR, where Textual draws colours as greys so close
# that B1, B2 and C1 looked alike (QA walk-through). The legend names each level's style.
TEXT_STYLES_CLASS = "-text-styles"


# The component classes of a marked word's styles (`MarkedText > .word--b1` in the .tcss).
WORD_STYLE_CLASSES = frozenset({
    "word--a1", "word--a2", "word--b1", "word--b2", "word--c1", "word--c2",
    "word--learning", "word--due", "word--focus",
})


class WordStyled(Widget):
    """A widget that draws words in the styles of their marks (`word_style`), read as
    `_component_style` reads them: `MarkedText`'s own, or another's (the legend)."""

    # Set by Textual after each layout. A widget of lines with nothing inside it to lay
    # out is drawn again at its new size but needs no second layout: Textual's own
    # (layout=True) laid a new reading screen out once more for nothing (issue 8).
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def on_mount(self) -> None:
        self.set_class(self.app.no_color, TEXT_STYLES_CLASS)  # until a style is set

    def set_highlight_style(self, name: str) -> None:
        """Switch between the highlight styles of Settings (CSS classes in the .tcss)."""
        for style, css_class in HIGHLIGHT_CLASSES.items():
            self.set_class(name == style, css_class)
        self.set_class(name == "underline" or self.app.no_color, TEXT_STYLES_CLASS)

    def word_style(self, mark: WordMark | None, focused: bool = False) -> Style:
        """The style of a word with this mark (empty for an unmarked, unfocused word)."""
        names = []
        if mark is not None and mark.level is not None:
            names.append(f"word--{mark.level.value.lower()}")
        if mark is not None and mark.learning:
            names.append("word--learning")
        if mark is not None and mark.due:
            names.append("word--due")
        if focused:
            names.append("word--focus")
        style = Style()
        for name in names:
            style += self._component_style(name)
        return style

    def _component_style(self, name: str) -> Style:
        # Widget.get_visual_style drops "reverse" (textual 8.2), which the focus needs,
        # and fills in colours the rule does not set; read the component rules as written.
        styles = self.get_component_styles(name)
        text = styles.text_style
        return Style(
            background=styles.background if styles.has_rule("background") else None,
            foreground=styles.color if styles.has_rule("color") else None,
            bold=text.bold, italic=text.italic, underline=text.underline,
            reverse=text.reverse,
        )


class MarkedText(WordStyled):
    """Text whose words are styled by their marks; the styles live in the .tcss file."""

    COMPONENT_CLASSES = set(WORD_STYLE_CLASSES)


class ArticleText(MarkedText):
    """The article's body in one widget: paragraphs one blank line apart, words styled.

    One widget rather than one per paragraph: Textual applies the stylesheet to each
    widget (and again on every focus or class change), which made opening a long
    article cost ~0.5 s. Lines are drawn one at a time (Textual's line API) and only
    when on screen: the text is wrapped once per width, and a line's styled words
    are cut from spans built once, so opening a long article costs what one screen
    of it does. Moving the focus restyles just the two words concerned.
    """

    marks: reactive[dict[int, WordMark]] = reactive(dict, init=False)
    focused: reactive[int | None] = reactive(None, init=False)

    class TokenClicked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, body: str, paragraphs: Sequence[tuple[int, int]],
                 subheadings: Collection[int] = ()) -> None:
        super().__init__()
        self._subheadings = frozenset(subheadings)  # paragraph indices, drawn in bold
        self._headings_at: tuple[int, frozenset[int]] | None = None  # (width, their lines)
        # (start in the body, start in the text shown) of each paragraph. Offsets stay
        # valid inside a paragraph: a newline there becomes one space.
        self._paragraphs: list[tuple[int, int]] = []
        texts: list[str] = []
        shown = 0
        for start, end in paragraphs:
            texts.append(body[start:end].replace("\n", " "))
            self._paragraphs.append((start, shown))
            shown += end - start + len(PARAGRAPH_BREAK)
        self._texts = texts
        self.text = PARAGRAPH_BREAK.join(texts)
        self._body_starts = [start for start, _ in self._paragraphs]
        self._body_ends = [end for _, end in paragraphs]
        self.tokens: list[tuple[int, Token]] = []
        # The words shown, in order: (start, end) in the text shown and token index. Their
        # styles are worked out when a line is drawn, for the words on it only.
        self._words: list[tuple[int, int, int]] = []
        self._word_starts: list[int] = []
        self._word_of: dict[int, int] = {}  # token index -> its place in self._words
        self._styles: dict[tuple[WordMark | None, bool], Style] = {}
        # The same over a base style, as drawn (`_draw_line`).
        self._rich_styles: dict[tuple[Style, WordMark | None, bool], RichStyle] = {}
        # At one width: (width, [(first line, line count) of each paragraph],
        # [(start, end) in the text shown of each line, None for a blank line],
        # {line: blank cells drawn before it} for a list item's wrapped lines).
        self._wrapped: tuple[int, list[tuple[int, int]], list[tuple[int, int] | None],
                             dict[int, int]] | None
        self._wrapped = None
        # Lines already drawn, by width and base style, then line number: showing a
        # kept screen again, or scrolling back, redraws nothing.
        self._drawn: dict[tuple[int, Style], dict[int, Strip]] = {}
        self._word_style_rules: tuple[Style, ...] = ()
        self._word_styles_checked = False

    def set_tokens(self, tokens: Sequence[tuple[int, Token]],
                   words: Sequence[int] | None = None) -> None:
        """The analysed tokens of the body (index in the article, token); ``words``:
        the indices of those that are words, when the caller knows them already."""
        self.tokens = list(tokens)
        self._words, self._word_of = [], {}
        if words is None:
            words = [index for index, token in self.tokens if token.is_word]
        token_at = dict(self.tokens)
        # One walk through words and paragraphs together (both in text order), not
        # a search per word: this runs as an article opens.
        starts, ends = self._body_starts, self._body_ends
        paragraph = 0
        for index in words:
            token = token_at.get(index)
            if token is None:  # not among the tokens given
                continue
            if token.start < starts[paragraph]:  # out of order: found afresh
                paragraph = self._paragraph_of(token.start)
            while paragraph + 1 < len(starts) and starts[paragraph + 1] <= token.start:
                paragraph += 1
            body_start, shown_start = self._paragraphs[paragraph]
            if body_start <= token.start and token.end <= ends[paragraph]:
                self._word_of[index] = len(self._words)
                moved = shown_start - body_start
                self._words.append((token.start + moved, token.end + moved, index))
        self._word_starts = [start for start, _, _ in self._words]
        self._redraw()

    def has_token(self, index: int | None) -> bool:
        """Whether token ``index`` is shown here."""
        return (index is not None and bool(self.tokens)
                and self.tokens[0][0] <= index <= self.tokens[-1][0])

    def watch_marks(self) -> None:
        self._redraw()

    def watch_focused(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            position = self._word_of.get(index) if index is not None else None
            if position is not None:
                start, end, _ = self._words[position]
                self._refresh_text_range(start, end)

    def notify_style_update(self) -> None:
        # Textual calls this on every style pass (showing the screen again is one),
        # before it updates the component styles: compare them when next drawn.
        super().notify_style_update()
        self._word_styles_checked = False

    def _check_word_styles(self) -> None:
        """Forget the words' styles and the drawn lines if the theme or the highlight
        style (a CSS class) changed the component styles since they were worked out."""
        if self._word_styles_checked:
            return
        self._word_styles_checked = True
        rules = tuple(self._component_style(name) for name in sorted(self.COMPONENT_CLASSES))
        if rules != self._word_style_rules:
            self._word_style_rules = rules
            self._styles.clear()
            self._rich_styles.clear()
            self._drawn.clear()

    def _redraw(self) -> None:
        # The marks or the words changed: the lines, not the styles of each kind of word.
        self._drawn.clear()
        self.refresh()

    def _shown_offset(self, offset: int) -> int:
        """Where body offset ``offset`` is in the text shown."""
        body_start, shown_start = self._paragraphs[self._paragraph_of(offset)]
        return offset - body_start + shown_start

    def _word_style(self, index: int) -> Style:
        style = self._word_style_of(self.marks.get(index), index == self.focused)
        return style + Style.from_meta({"token": index})

    def _word_style_of(self, mark: WordMark | None, focused: bool) -> Style:
        kind = (mark, focused)
        style = self._styles.get(kind)
        if style is None:
            style = self._styles[kind] = self.word_style(*kind)
        return style

    def render(self) -> Content:
        """The whole text, styled (what a selection or a test reads; lines are drawn
        by `render_line`)."""
        self._check_word_styles()
        headings = [Span(start, start + len(self._texts[n]), _SUBHEADING)
                    for n, (_, start) in enumerate(self._paragraphs) if n in self._subheadings]
        return Content(self.text, [*headings, *(Span(start, end, self._word_style(index))
                                                for start, end, index in self._words)])

    def _heading_lines(self) -> frozenset[int]:
        """The lines of the subheadings at this width (worked out once per width)."""
        width = self.size.width
        if self._headings_at is None or self._headings_at[0] != width:
            lines = frozenset(line for n, (first, count) in enumerate(self._paragraph_lines())
                              if n in self._subheadings for line in range(first, first + count))
            self._headings_at = (width, lines)
        return self._headings_at[1]

    # -- lines ---------------------------------------------------------------

    def _wrap(self, width: int | None = None
              ) -> tuple[list[tuple[int, int]], list[tuple[int, int] | None]]:
        """Paragraph line ranges and line texts at ``width`` (this widget's by default),
        wrapped as Content does; kept for the last width asked."""
        width = self.size.width if width is None else width
        if self._wrapped is None or self._wrapped[0] != width:
            self._wrapped = (width, *_wrap_paragraphs(self._texts, self._paragraphs, width))
        return self._wrapped[1], self._wrapped[2]

    def _wrap_hangs(self) -> dict[int, int]:
        self._wrap()
        return self._wrapped[3] if self._wrapped else {}

    def _paragraph_lines(self) -> list[tuple[int, int]]:
        """(first line, line count) of each paragraph at this width."""
        return self._wrap()[0]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if width <= 0 or not self._texts:
            return 0
        return len(self._wrap(width)[1])

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.visual_style
        lines = self._wrap()[1]
        if not 0 <= y < len(lines):
            return Strip.blank(width, base.rich_style)
        self._check_word_styles()
        where = lines[y] or (0, 0)  # the blank line between paragraphs
        if hang := self._wrapped[3].get(y, 0) if self._wrapped else 0:
            return _hung(hang, self._draw_unhung(y, where, width - hang, base), base)
        return self._draw_unhung(y, where, width, base)

    def _draw_unhung(self, y: int, where: tuple[int, int], width: int, base: Style) -> Strip:
        selection = self.text_selection
        if selection is not None and (selected := selection.get_span(y)) is not None:
            return self._draw_selected_line(y, where, selected, width, base)
        drawn = self._drawn.setdefault((width, base), {})
        if len(self._drawn) > DRAWN_STYLES:
            del self._drawn[next(iter(self._drawn))]
        strip = drawn.get(y)
        if strip is None:
            heading = bool(self._subheadings) and y in self._heading_lines()
            strip = drawn[y] = self._draw_line(y, where, width, base, heading)
        return strip

    def _draw_line(self, y: int, where: tuple[int, int], width: int, base: Style,
                   heading: bool = False) -> Strip:
        """Line ``y`` (text range ``where``) as segments: the words' styles laid over
        ``base`` (in bold for a subheading's line), as Content would draw it, without
        Content's second wrapping pass.

        Each segment gets its meta (its word's token, and the offset a selection reads)
        in one step, as `Strip.apply_offsets` would add the offset: added afterwards,
        two metas were merged per word and three strips made per line, which was half
        the time of an article's first paint."""
        start, end = where
        text = self.text
        padding = (base + Style(reverse=False)).rich_style
        if heading:
            base = base + _SUBHEADING
        plain = base.rich_style
        marks, focused = self.marks, self.focused
        parts: list[tuple[str, RichStyle, dict[str, object]]] = []
        at = start
        for word_start, word_end, index in self._words_between(start, end):
            word_start, word_end = max(word_start, start), min(word_end, end)
            if word_start > at:
                parts.append((text[at:word_start], plain, {}))
            kind = (base, marks.get(index), index == focused)
            style = self._rich_styles.get(kind)
            if style is None:
                style = self._rich_styles[kind] = (base + self._word_style_of(*kind[1:])).rich_style
            parts.append((text[word_start:word_end], style, {"token": index}))
            at = word_end
        if at < end:
            parts.append((text[at:end], plain, {}))
        cells = cell_len(text[start:end])
        if cells < width:
            parts.append((" " * (width - cells), padding, {}))
        segments = []
        x = 0
        for part, style, meta in parts:
            meta["offset"] = (x, y)
            segments.append(Segment(part, with_meta(style, meta)))
            x += len(part)
        return Strip(segments, max(cells, width))

    def _draw_selected_line(self, y: int, where: tuple[int, int], selected: tuple[int, int],
                            width: int, base: Style) -> Strip:
        """A line with selected text, drawn by Content (which lays the selection over
        the words' styles); not kept, as the selection changes as the mouse moves."""
        start, end = where
        left, right = selected
        right = end - start if right == -1 else right
        selection_style = Style.from_styles(
            self.screen.get_component_styles("screen--selection"))
        spans = [Span(max(word_start, start) - start, min(word_end, end) - start,
                      self._word_style(index))
                 for word_start, word_end, index in self._words_between(start, end)]
        spans.append(Span(left, right, selection_style))
        line = Content(self.text[start:end], spans)
        strips = Visual.to_strips(self, line, width, 1, base, apply_selection=False, pad=True)
        if not strips:
            return Strip.blank(width, base.rich_style)
        # Content leaves an empty segment before a styled word that opens a line.
        strip = Strip([segment for segment in strips[0] if segment.text], width)
        return strip.apply_offsets(0, y)

    def _words_between(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The words (start, end, token index) at least partly inside text range
        start..end of the text shown."""
        first = max(bisect_right(self._word_starts, start) - 1, 0)
        last = bisect_left(self._word_starts, end, lo=first)
        return [word for word in self._words[first:last] if word[1] > start]

    def _refresh_text_range(self, start: int, end: int) -> None:
        """Redraw the lines showing text start..end."""
        width = self.size.width
        for y, where in enumerate(self._wrap()[1]):
            if where is not None and where[0] < end and start < where[1]:
                for drawn in self._drawn.values():
                    drawn.pop(y, None)
                self.refresh(Region(0, y, width, 1))

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text, line by line as shown."""
        text = "\n".join(self.text[w[0]:w[1]] if w else "" for w in self._wrap()[1])
        return selection.extract(text), "\n"

    # -- positions -------------------------------------------------------------

    def _paragraph_of(self, offset: int) -> int:
        return max(bisect_right(self._body_starts, offset) - 1, 0)

    def position_of(self, index: int) -> Offset:
        """Where token ``index`` starts in this widget (column, wrapped line)."""
        token = dict(self.tokens).get(index) if self.has_token(index) else None
        width = self.size.width
        if token is None or width <= 0 or not self._texts:
            return Offset(0, 0)
        shown = self._shown_offset(token.start)
        paragraph = self._paragraph_of(token.start)
        first, count = self._paragraph_lines()[paragraph]
        lines = self._wrap()[1]
        for y in range(first, first + count):
            where = lines[y]
            if where is not None and where[0] <= shown < where[1]:
                return Offset(shown - where[0] + self._wrap_hangs().get(y, 0), y)
        return Offset(0, first)

    def tokens_on_lines(self, top: int, bottom: int) -> list[int]:
        """Indices of the words on lines top..bottom-1 (a word's first letter on one of
        them): "I know the rest" marks what the learner can see, not the rest of a
        paragraph that runs on below the screen."""
        if self.size.width <= 0 or not self._texts:
            return []
        lines = [line for line in self._wrap()[1][max(top, 0):max(bottom, 0)] if line]
        if not lines:
            return []
        first = bisect_left(self._word_starts, lines[0][0])
        last = bisect_left(self._word_starts, lines[-1][1])
        return [index for start, _, index in self._words[first:last]
                if any(begin <= start < end for begin, end in lines)]

    def on_click(self, event: events.Click) -> None:
        index = event.style.meta.get("token")
        if isinstance(index, int):
            event.stop()
            self.post_message(self.TokenClicked(index))


def _wrap_paragraphs(
    texts: Sequence[str], paragraphs: Sequence[tuple[int, int]], width: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int] | None], dict[int, int]]:
    """(first line, line count) of each paragraph, the (start, end) in the text
    shown of every line (None for the blank line between paragraphs), at ``width``,
    and the blank cells before each wrapped line of a list's item."""
    ranges: list[tuple[int, int]] = []
    lines: list[tuple[int, int] | None] = []
    hangs: dict[int, int] = {}
    for number, (text, (_, shown_start)) in enumerate(zip(texts, paragraphs, strict=True)):
        if number:
            lines.append(None)
        starts = [0, *line_breaks(text, max(width, 1))]
        if len(starts) > 1 and (item := _LIST_ITEM.match(text)) and item.end() < width // 2:
            # Its lines after the first under its text, as its first line's text starts.
            hang = item.end()
            starts[2:] = [starts[1] + at for at in line_breaks(text[starts[1]:], width - hang)]
            hangs.update((len(lines) + n, hang) for n in range(1, len(starts)))
        ranges.append((len(lines), len(starts)))
        for begin, finish in zip(starts, [*starts[1:], len(text)], strict=True):
            line = text[begin:finish].rstrip(" ")
            lines.append((shown_start + begin, shown_start + begin + len(line)))
    return ranges, lines, hangs


# A list's item, or one indented under another's text (`vocab.list_items` indents it).
_LIST_ITEM = re.compile(r" *(?:[-*\u2022\u2013]|\d{1,2}[.)]) +")


def _hung(hang: int, strip: Strip, base: Style) -> Strip:
    """``strip`` drawn ``hang`` cells in: blanks with no offset, so a click or a
    selection there reads no text."""
    return Strip([Segment(" " * hang, base.rich_style), *strip], strip.cell_length + hang)


# A run of a word's characters: rich's words are such a run and the blanks after it.
_WORD = re.compile(r"\S+")


def line_breaks(text: str, width: int) -> list[int]:
    """Where rich's `divide_line` breaks ``text`` at ``width`` (the offsets the lines
    after the first start at), found a line at a time rather than a word at a time.

    The article's text is wrapped whole as it opens, for its height: word by word,
    measuring each word's cells, that was ~5% of the time a saved article took to
    open (issue 8). Here, when every character of a paragraph is one cell wide
    (Latin text, curly quotes and dashes too), each line ends before the first word
    that does not end by the line's last column, as in `divide_line`; else, and for a
    word longer than a line (which `divide_line` folds), `divide_line` does it.
    """
    if len(text) <= width or not text:
        return divide_line(text, width)
    if text[0].isspace() or not _single_cells(text):
        return divide_line(text, width)
    words = [(match.start(), match.end()) for match in _WORD.finditer(text)]
    starts = [start for start, _ in words]
    breaks: list[int] = []
    first = 0  # the first word of the line
    while True:
        limit = starts[first] + width  # a word fits when it ends by here
        index = bisect_right(starts, limit, lo=first) - 1
        if words[index][1] <= limit:  # the word at the limit fits: the next one does not
            index += 1
            if index == len(words):
                return breaks
        if index == first:  # longer than a line: folded
            return divide_line(text, width)
        breaks.append(starts[index])
        first = index


def _single_cells(text: str) -> bool:
    """Whether each character of ``text`` takes one cell, as rich measures it."""
    return all(cell_len(character) == 1 for character in set(text))


def with_meta(style: RichStyle, meta: dict[str, object]) -> RichStyle:
    """``style + RichStyle.from_meta(meta)``, the same style made in one step.

    Each segment of a drawn line has a meta of its own (its word, its offset), so
    rich's cache of added styles never hits: a meta style made, hashed and added per
    segment was ~7 µs, most of the first paint of an article's lines (issue 8). A copy
    of the word's style with the meta set is what `Style._add` makes of the two but
    the hyperlink id rich gives every meta style, which matters only for a style with
    a link (rich's own path, as for a style with a meta of its own)."""
    if not style or style.link or style._meta is not None:
        return style + RichStyle.from_meta(meta) if style else RichStyle.from_meta(meta)
    combined = style.copy()
    combined._meta = dumps(meta)
    combined._hash = None  # rich hashes the meta too
    return combined


class ArticleView(BlankLines, VerticalScroll, can_focus=True):
    """The whole article; moves a focus between highlighted words and reports choices."""

    BINDINGS = [
        Binding("tab,n", "next_word", "Next word", key_display="n/Tab"),
        Binding("shift+tab,p", "previous_word", "Previous word", key_display="p/S-Tab",
                show=False),
        Binding("enter", "choose_word", "Details"),
        # Any word, highlighted or not: a learner may not know a word the level
        # leaves plain, and the mouse is not the only way to it.
        Binding("right", "next_word(False)", "Next word, any", key_display="→", show=False),
        Binding("left", "previous_word(False)", "Previous word, any", key_display="←",
                show=False),
    ]

    analysis: reactive[Analysis | None] = reactive(None, init=False)
    profile: reactive[LearnerProfile] = reactive(LearnerProfile, init=False)
    due: reactive[frozenset[WordKey]] = reactive(frozenset, init=False)
    focused_token: reactive[int | None] = reactive(None, init=False)
    mark_style: reactive[str] = reactive("colour", init=False)

    class WordChosen(Message):
        """The learner asked for the details of a word (Enter, or a click on the focused word)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self.marks: dict[int, WordMark] = {}
        self._highlighted: list[int] = []
        self._words: list[int] = []  # every word of the text, highlighted or not
        # n or p pressed before the words were marked: (forward, highlighted only).
        self._waiting_step: tuple[bool, bool] | None = None
        # Focused from the start (`compose` gives it the focus): the stylesheet, applied
        # as the view is mounted, styles it focused then (`ArticleView:focus`), not once
        # unfocused and again as the focus came (~1% of opening a saved article; issue 8).
        self.set_reactive(ArticleView.has_focus, True)

    def compose(self) -> ComposeResult:
        if self.screen.focused is None:
            # The view is what a learner reads: it takes the focus as it is made, as the
            # screen's auto focus would give it right after. Then its children are styled
            # once, focused (`ArticleView:focus`), not again with the whole view when the
            # focus comes: ~4% of opening a saved article (issue 8).
            self.screen.set_focus(self)
        else:  # another widget has it: the view is styled without the focus after all
            self.has_focus = False
        yield Static(Content(self.article.title), classes="title")
        byline = " · ".join(p for p in (source_label(self.article.source), self.article.author,
                                        self.article.published) if p)
        if byline:
            yield Static(Content(byline), classes="byline")
        body = self.article.body
        yield ArticleText(body, self.article.paragraphs or ((0, len(body)),),
                          self.article.subheadings)

    def on_mount(self) -> None:
        # A text longer than the screen could hold has its scroll bar from the start:
        # Textual made it in the screen's first layout, then mounted it and laid the
        # screen out and drew it all again (issue 8). Textual still decides at each
        # layout whether the bar is needed (a wider terminal, say).
        size = self.app.size
        if len(self.article.body) > (size.width + 1) * size.height:
            self.show_vertical_scrollbar = True
            self.vertical_scrollbar.display = True

    def watch_has_focus(self, has_focus: bool) -> None:
        # A view being removed (its kept screen dropped as another article opens) loses
        # the focus as it goes: Textual restyles it and all it holds for nothing, ~2% of
        # that opening (issue 8). `display` is False only then: the view is never hidden.
        if self.display:
            super().watch_has_focus(has_focus)

    # -- state -------------------------------------------------------------

    def watch_analysis(self, analysis: Analysis | None) -> None:
        if analysis is None:
            return
        tokens = analysis.tokens
        words = [i for i, token in enumerate(tokens) if token.is_word]  # tested once
        self.query_one(ArticleText).set_tokens(list(enumerate(tokens)), words)
        # A possessive "’s" is part of its noun to a reader: no stop of its own for → and ←.
        self._words = [i for i in words if tokens[i].pos != "POS"]
        self._update_marks()
        if self._waiting_step is not None:
            self._step(*self._waiting_step)

    def watch_profile(self) -> None:
        self._update_marks()

    def watch_due(self) -> None:
        self._update_marks()

    def watch_mark_style(self, style: str) -> None:
        self.query_one(ArticleText).set_highlight_style(style)

    def watch_focused_token(self, index: int | None) -> None:
        self.query_one(ArticleText).focused = index
        if index is not None:
            self.call_after_refresh(self.scroll_to_token, index)

    def _update_marks(self) -> None:
        if self.analysis is None:
            return
        self.marks = word_marks(self.analysis.tokens, self.profile, self.due)
        self._highlighted = sorted(self.marks)
        self.query_one(ArticleText).marks = dict(self.marks)

    @property
    def highlighted(self) -> list[int]:
        """Indices of the highlighted tokens, in reading order."""
        return list(self._highlighted)

    def visible_tokens(self) -> list[int]:
        """Indices of the words on the lines on screen."""
        text = self.query_one(ArticleText)
        top = round(self.scroll_y) - text.virtual_region.y
        return text.tokens_on_lines(top, top + self.scrollable_content_region.height)

    # -- moving ------------------------------------------------------------

    def action_next_word(self, highlighted: bool = True) -> None:
        self._step(forward=True, highlighted=highlighted)

    def action_previous_word(self, highlighted: bool = True) -> None:
        self._step(forward=False, highlighted=highlighted)

    def _step(self, forward: bool, highlighted: bool = True) -> None:
        self._waiting_step = None
        if self.analysis is None:
            # A new article's words are being marked: the step is taken once they are,
            # not refused with a bell (the learner pressed n as the article opened).
            self._waiting_step = (forward, highlighted)
            return
        words = self._highlighted if highlighted else self._words
        if not words:
            self.app.bell()
            if highlighted and self._words:
                self.notify("No word is highlighted at your level: → and ← move word by "
                            "word.", timeout=4, markup=False)
            return
        current = self.focused_token
        visible = self.visible_tokens()
        if visible and (current is None or not visible[0] <= current <= visible[-1]):
            # The reader scrolled away from the word (End, PgDn): go on from the text on
            # screen, not back to where the word was (QA walk-through).
            current = visible[0] - 1 if forward else visible[-1] + 1
        if current is None:
            self.focused_token = words[0] if forward else words[-1]
            return
        if forward:
            position = bisect_right(words, current)
            self.focused_token = words[position % len(words)]
        else:
            position = bisect_left(words, current) - 1
            self.focused_token = words[position]  # -1 wraps to the last word

    def action_choose_word(self) -> None:
        if self.focused_token is None:
            self._step(forward=True)
        elif self.analysis is not None:
            self.post_message(self.WordChosen(self.focused_token))

    def on_article_text_token_clicked(self, message: ArticleText.TokenClicked) -> None:
        if self.analysis is None:
            return
        self.focus()
        if message.index == self.focused_token:
            self.post_message(self.WordChosen(message.index))
        else:
            self.focused_token = message.index

    def scroll_to_token(self, index: int) -> None:
        """Scroll just enough to show token ``index`` with a little context."""
        text = self.query_one(ArticleText)
        if text.has_token(index):
            line = text.position_of(index).y
            top = text.virtual_region.y + text.styles.gutter.top + line
            self.scroll_to_region(Region(0, top, 1, 1), spacing=SCROLL_MARGIN, animate=False)
