"""A handout prints the story as the learner read it: its lists as lists, its
brackets, numbers and stars as written, with Markdown's escapes only where Markdown
would read markup."""

from __future__ import annotations

import html

import pytest
from markdown_it import MarkdownIt

from vocab.articles import article_from_text
from vocab.lesson import _markdown_text, lesson_html, lesson_markdown

STORY = (
    "Tips for a dry summer\n\n"
    "Farmers in the northern valley are saving water after a winter with little rain.\n\n"
    "What growers can do:\n\n- cover young trees\n\n- water early in the morning\n\n"
    "The county's advice comes in three steps.\n\n1. check the pipes\n\n2. fix leaks\n\n"
    "A farmer said the rules were fair."
)


def _story_lines(page: str) -> list[str]:
    lines = page.splitlines()
    return lines[lines.index("What growers can do:") : lines.index("## Words in This Story")]


def test_a_storys_list_is_a_markdown_list() -> None:
    """Its items had printed as escaped paragraphs ("\\- cover young trees")."""
    lines = _story_lines(lesson_markdown(article_from_text(STORY), [], []))
    assert lines[:4] == [
        "What growers can do:",
        "",
        "- cover young trees",
        "- water early in the morning",
    ]
    assert "1. check the pipes" in lines and "2. fix leaks" in lines
    rendered = MarkdownIt("commonmark").render("\n".join(lines))
    assert rendered.count("<ul>") == 1 and rendered.count("<ol>") == 1
    assert "<li>water early in the morning</li>" in rendered


def test_a_storys_list_is_an_html_list() -> None:
    """Its items had printed as paragraphs ("<p>- cover young trees</p>")."""
    page = lesson_html(article_from_text(STORY), [], [])
    assert "<ul>\n<li>cover young trees</li>\n<li>water early in the morning</li>\n</ul>" in page
    assert "<ol>\n<li>check the pipes</li>\n<li>fix leaks</li>\n</ol>" in page
    assert "<p>-" not in page


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("[Xi] said the talks went well.", "[Xi] said the talks went well."),
        ("Sales rose to 2.5 million in 2024.", "Sales rose to 2.5 million in 2024."),
        ("#MeToo spread fast.", "#MeToo spread fast."),
        ("Prices rose 5 * 3 times > last year's.", "Prices rose 5 * 3 times > last year's."),
        ("-5 degrees at night.", "-5 degrees at night."),
        ("# of votes: 300.", "\\# of votes: 300."),
        ("1984. A book.", "1984\\. A book."),
        ("> quoted", "\\> quoted"),
        ("See [the map](https://a.example).", "See \\[the map\\](https://a.example)."),
        ("It was *very* hot.", "It was \\*very\\* hot."),
        ("Use <b> here & &copy; there.", "Use \\<b> here & \\&copy; there."),
        ("A path C:\\temp\\new.", "A path C:\\temp\\new."),
        ("---", "\\---"),
        ("The file __init__ is empty, a_b too.", "The file \\_\\_init\\_\\_ is empty, a_b too."),
        ("He ______ the ball.", "He ______ the ball."),
    ],
)
def test_markdown_escapes_what_it_must_and_nothing_else(text: str, printed: str) -> None:
    assert _markdown_text(text) == printed
    rendered = MarkdownIt("commonmark").render(printed)
    # Printed as one paragraph of the text as written, no markup of its own.
    assert rendered.startswith("<p>") and rendered.endswith("</p>\n")
    assert html.unescape(rendered[3:-5]) == text


@pytest.mark.parametrize(
    "sentence", ["- They chose seeds for small _____", "2. They chose seeds for small _____"]
)
def test_a_question_on_a_list_item_quotes_it_without_its_mark(sentence: str) -> None:
    """A list's item quoted under a question had printed with its mark ("- They
    chose...", "\\- They chose..." in Markdown): a dash before the sentence asked."""
    from vocab.lesson import questions
    from vocab.quiz_items import QuizItem, QuizWord

    word = QuizWord("container", "NOUN", "containers", "NNS", sentence, "a box")
    item = QuizItem(
        "cloze", "Choose the word.", sentence, (word,), ("pots", "containers"), 1, "containers"
    )
    [question] = questions([item])
    assert question.stem[1] == "They chose seeds for small _____"
