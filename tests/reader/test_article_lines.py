"""How the article's lines are drawn: what each segment carries."""

from __future__ import annotations

import pytest
from rich.style import Style as RichStyle

from reader.widgets.article_view import with_meta

STYLES = [
    RichStyle(),  # a plain word
    RichStyle(color="red", bgcolor="blue", bold=True, underline=False),
    RichStyle(italic=True, reverse=True),
    RichStyle(link="https://example.org/", bold=True),
    RichStyle(bold=True) + RichStyle.from_meta({"token": 1}),  # a meta of its own
]


@pytest.mark.parametrize("style", STYLES)
def test_a_segment_style_is_rich_s_sum_of_style_and_meta(style: RichStyle) -> None:
    meta = {"token": 7, "offset": (12, 3)}
    expected = style + RichStyle.from_meta(meta) if style else RichStyle.from_meta(meta)
    made = with_meta(style, dict(meta))
    assert made == expected
    assert made.meta == expected.meta
    assert (made.color, made.bgcolor, made.bold, made.italic, made.underline,
            made.reverse, made.link) == (expected.color, expected.bgcolor, expected.bold,
                                         expected.italic, expected.underline,
                                         expected.reverse, expected.link)


def test_the_style_drawn_from_is_left_as_it_was() -> None:
    style = RichStyle(color="green", bold=True)
    before = (hash(style), style.meta)
    with_meta(style, {"token": 2, "offset": (0, 0)})
    assert (hash(style), style.meta) == before
    assert RichStyle().meta == {}  # rich's shared plain style untouched too
