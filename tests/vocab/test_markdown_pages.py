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


def _shown(article):  # type: ignore[no-untyped-def]
    """The article's paragraphs, each subheading marked "## " as the handout prints it."""
    return [
        ("## " if n in article.subheadings else "") + article.body[start:end]
        for n, (start, end) in enumerate(article.paragraphs)
    ]


def test_an_opening_second_level_heading_is_a_heading() -> None:
    """A file opening with "## Introduction" showed it as the title or, under a "#"
    title, as a plain line (the standfirst rule: a story's first short line heads
    nothing); the file's own mark says it is a heading."""
    body = f"## Introduction\n\n{STORY}\n\n## What farmers want\n\nHelp with the costs.\n"
    untitled = article_from_text(body, fmt="md")
    assert _shown(untitled)[:2] == ["## Introduction", STORY]
    assert untitled.title.startswith("Farmers in the northern valley")
    titled = article_from_text(f"# Late Frost\n\n{body}", fmt="md")
    assert titled.title == "Late Frost"
    assert _shown(titled) == [
        "## Introduction",
        STORY,
        "## What farmers want",
        "Help with the costs.",
    ]


def test_a_markdown_lists_items_keep_their_marks() -> None:
    """A Markdown list read as short paragraphs, its bullets and numbers gone."""
    text = (
        "# Late Frost\n\nWhat growers can do:\n\n- cover young trees\n- water early\n\n"
        "3. call the bureau\n4. wait\n"
    )
    assert markdown_to_text(text).text.split("\n\n")[1:] == [
        "- cover young trees",
        "- water early",
        "3. call the bureau",
        "4. wait",
    ]


def test_a_saved_article_keeps_its_marked_headings() -> None:
    """The store saves an article as JSON, where a tuple comes back a list."""
    import json
    from dataclasses import asdict

    from vocab.models import Article

    article = article_from_text(f"## Introduction\n\n{STORY}\n", fmt="md")
    again = Article(**{**json.loads(json.dumps(asdict(article))), "paragraphs": article.paragraphs})
    assert again.headings == article.headings == (0,)


def test_a_note_apps_marks_leave_the_text() -> None:
    """Notes written in a note app (Obsidian) showed "[[late frost]]", "==smallest==",
    "[!NOTE]" and task boxes as written."""
    text = (
        "# Late Frost\n\n> [!NOTE] Apples\n> Frost kills the blossoms.\n\n"
        "Farmers say the [[late frost|frost]] made this the ==smallest== harvest in"
        " [[two decades]].![[orchard.png]]\n\n- [x] Read the story\n- [ ] Learn the words\n\n"
        "```\nx == y [[kept]]\n```\n"
    )
    assert markdown_to_text(text).text.split("\n\n") == [
        "Apples Frost kills the blossoms.",
        "Farmers say the frost made this the smallest harvest in two decades.",
        "- Read the story",
        "- Learn the words",
        "x == y [[kept]]",
    ]
