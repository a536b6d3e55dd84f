"""The article's lines break where Textual's Content (rich's `divide_line`) breaks them:
`line_breaks` finds them a line at a time, and must agree at every width."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich._wrap import divide_line

from reader.widgets.article_view import line_breaks

# Letters, blanks of several kinds, the curly quotes and dashes of news text, and
# characters that are not one cell wide (wide CJK, a combining accent, a joiner).
ALPHABET = st.sampled_from(
    list("abcdefghij ABC,.")
    + ["  ", "\u00a0", "\u2019", "\u201c", "\u2014", "\u4e2d", "\u0301", "\u200d", "\t"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=120).map("".join), st.integers(1, 40))
def test_breaks_agree_with_rich(text: str, width: int) -> None:
    assert line_breaks(text, width) == divide_line(text, width)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14), min_size=1, max_size=60
    ),
    st.integers(1, 30),
)
def test_words_of_any_length_agree_with_rich(words: list[str], width: int) -> None:
    text = " ".join(words)
    assert line_breaks(text, width) == divide_line(text, width)


def test_a_news_paragraph() -> None:
    text = (
        "The city\u2019s new bus lanes opened on Monday \u2014 a \u201cfirst step,\u201d "
        "the mayor said, as riders waited in the rain for the early buses to arrive."
    )
    for width in range(1, len(text) + 2):
        assert line_breaks(text, width) == divide_line(text, width)
