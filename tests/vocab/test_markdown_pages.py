"""A blog post saved as Markdown: its front matter's author and date are kept, its
footnote marks, link bars and photo credits are not story text."""

from __future__ import annotations

from vocab.articles import article_from_text
from vocab.markdown_text import markdown_to_text

STORY = (
    "Farmers in the northern valley say this year's apple harvest is the smallest in "
    "two decades, after a late frost damaged the blossoms in April."
)


def test_front_matter_names_the_author_and_the_date() -> None:
    text = (
        '---\ntitle: "Late Frost"\nauthor: "Carla Mendez"\ndate: 2024-05-03\n'
        f"tags: [farming, weather]\n---\n\n{STORY}\n"
    )
    plain = markdown_to_text(text)
    assert (plain.title, plain.author, plain.published) == (
        "Late Frost",
        "Carla Mendez",
        "2024-05-03",
    )


def test_footnote_marks_leave_the_text_and_their_notes_are_left_out() -> None:
    text = f"# Late Frost\n\n{STORY}[^1]\n\n[^1]: Figures from the state farm bureau.\n"
    plain = markdown_to_text(text)
    assert plain.text == STORY
    assert plain.left_out == ("Figures from the state farm bureau.",)


def test_a_line_of_links_alone_is_left_out() -> None:
    text = f"# Late Frost\n\n{STORY}\n\n[Read more](https://a.example) · [Subscribe](https://b.example)\n"
    plain = markdown_to_text(text)
    assert plain.text == STORY
    assert plain.left_out == ("Read more · Subscribe",)


def test_a_link_inside_a_sentence_keeps_its_text() -> None:
    text = f"# Late Frost\n\n{STORY} See [the state report](https://a.example) for details.\n"
    assert "See the state report for details." in markdown_to_text(text).text


def test_a_caption_ending_with_its_photo_credit_is_clutter() -> None:
    text = f"# Late Frost\n\n*Frost on the blossoms, April 20. Photo: Jenny Kane*\n\n{STORY}\n"
    article = article_from_text(text, "post.md", "md")
    assert article.body == STORY
