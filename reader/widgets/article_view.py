"""The article as the learner reads it: title, source, paragraphs with marked words.

Text is styled by character offsets (Textual `Content`), never parsed as markup,
so an article that contains "[bold]" shows those characters. Each word carries
its token index in the style's meta, which is how a click finds its word.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich._wrap import divide_line  # the line breaks textual.Content itself uses (pinned)
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Offset, Region, Spacing
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style
from textual.widget import Widget
from textual.widgets import Static

from reader.labels import source_label
from reader.marks import WordMark, word_marks
from vocab.models import Article, LearnerProfile, Token, WordKey

if TYPE_CHECKING:
    from vocab.analysis import Analysis

# Lines kept visible above and below the focused word when scrolling to it.
SCROLL_MARGIN = Spacing(2, 0, 2, 0)


HIGHLIGHT_CLASSES = {"background": "-background", "underline": "-underline"}


class MarkedText(Widget):
    """Text whose words are styled by their marks; the styles live in the .tcss file."""

    COMPONENT_CLASSES = {
        "word--a2", "word--b1", "word--b2", "word--c1", "word--c2",
        "word--due", "word--focus",
    }

    def set_highlight_style(self, name: str) -> None:
        """Switch between the highlight styles of Settings (CSS classes in the .tcss)."""
        for style, css_class in HIGHLIGHT_CLASSES.items():
            self.set_class(name == style, css_class)

    def word_style(self, mark: WordMark | None, focused: bool = False) -> Style:
        """The style of a word with this mark (empty for an unmarked, unfocused word)."""
        names = []
        if mark is not None and mark.level is not None:
            names.append(f"word--{mark.level.value.lower()}")
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


class Paragraph(MarkedText):
    """One paragraph: its text, with the words the article view marks styled in place."""

    marks: reactive[dict[int, WordMark]] = reactive(dict, init=False)
    focused: reactive[int | None] = reactive(None, init=False)

    class TokenClicked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, text: str, start: int, tokens: Sequence[tuple[int, Token]] = ()) -> None:
        super().__init__()
        # Offsets stay valid: a newline inside a paragraph becomes one space.
        self.text = text.replace("\n", " ")
        self.start = start
        self.tokens = list(tokens)

    def render(self) -> Content:
        content = Content(self.text)
        for index, token in self.tokens:
            if not token.is_word:
                continue
            style = self.word_style(self.marks.get(index), index == self.focused)
            style += Style.from_meta({"token": index})
            content = content.stylize(style, token.start - self.start, token.end - self.start)
        return content

    def position_of(self, index: int) -> Offset:
        """Where token ``index`` starts in this widget (column, wrapped line)."""
        token = dict(self.tokens).get(index)
        width = self.size.width
        if token is None or width <= 0:
            return Offset(0, 0)
        breaks = divide_line(self.text, width)
        offset = token.start - self.start
        line = bisect_right(breaks, offset)
        return Offset(offset - (breaks[line - 1] if line else 0), line)

    def on_click(self, event: events.Click) -> None:
        index = event.style.meta.get("token")
        if isinstance(index, int):
            event.stop()
            self.post_message(self.TokenClicked(index))


class ArticleView(VerticalScroll, can_focus=True):
    """The whole article; moves a focus between highlighted words and reports choices."""

    BINDINGS = [
        Binding("tab,n", "next_word", "Next word", key_display="n/Tab"),
        Binding("shift+tab,p", "previous_word", "Previous word", key_display="p/S-Tab",
                show=False),
        Binding("enter", "choose_word", "Details"),
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

    def compose(self) -> ComposeResult:
        yield Static(Content(self.article.title), classes="title")
        byline = " · ".join(p for p in (source_label(self.article.source), self.article.author,
                                        self.article.published) if p)
        if byline:
            yield Static(Content(byline), classes="byline")
        body = self.article.body
        for start, end in self.article.paragraphs or ((0, len(body)),):
            yield Paragraph(body[start:end], start)

    # -- state -------------------------------------------------------------

    def watch_analysis(self, analysis: Analysis | None) -> None:
        if analysis is None:
            return
        tokens = analysis.tokens
        starts = [t.start for t in tokens]
        for paragraph in self.query(Paragraph):
            first = bisect_left(starts, paragraph.start)
            last = bisect_left(starts, paragraph.start + len(paragraph.text))
            paragraph.tokens = [(i, tokens[i]) for i in range(first, last)]
            paragraph.refresh()
        self._update_marks()

    def watch_profile(self) -> None:
        self._update_marks()

    def watch_due(self) -> None:
        self._update_marks()

    def watch_mark_style(self, style: str) -> None:
        for paragraph in self.query(Paragraph):
            paragraph.set_highlight_style(style)

    def watch_focused_token(self, index: int | None) -> None:
        for paragraph in self.query(Paragraph):
            paragraph.focused = index
        if index is not None:
            self.call_after_refresh(self.scroll_to_token, index)

    def _update_marks(self) -> None:
        if self.analysis is None:
            return
        self.marks = word_marks(self.analysis.tokens, self.profile, self.due)
        self._highlighted = sorted(self.marks)
        for paragraph in self.query(Paragraph):
            paragraph.marks = {i: self.marks[i] for i, _ in paragraph.tokens if i in self.marks}

    @property
    def highlighted(self) -> list[int]:
        """Indices of the highlighted tokens, in reading order."""
        return list(self._highlighted)

    def visible_tokens(self) -> list[int]:
        """Indices of the tokens in paragraphs that are at least partly on screen."""
        view = self.scrollable_content_region
        return [
            index
            for paragraph in self.query(Paragraph)
            if paragraph.region.overlaps(view)
            for index, _ in paragraph.tokens
        ]

    # -- moving ------------------------------------------------------------

    def action_next_word(self) -> None:
        self._step(forward=True)

    def action_previous_word(self) -> None:
        self._step(forward=False)

    def _step(self, forward: bool) -> None:
        words = self._highlighted
        if not words:
            self.app.bell()
            return
        current = self.focused_token
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

    def on_paragraph_token_clicked(self, message: Paragraph.TokenClicked) -> None:
        if self.analysis is None:
            return
        self.focus()
        if message.index == self.focused_token:
            self.post_message(self.WordChosen(message.index))
        else:
            self.focused_token = message.index

    def scroll_to_token(self, index: int) -> None:
        """Scroll just enough to show token ``index`` with a little context."""
        for paragraph in self.query(Paragraph):
            if any(i == index for i, _ in paragraph.tokens):
                line = paragraph.position_of(index).y
                top = paragraph.virtual_region.y + paragraph.styles.gutter.top + line
                self.scroll_to_region(Region(0, top, 1, 1), spacing=SCROLL_MARGIN,
                                      animate=False)
                return
