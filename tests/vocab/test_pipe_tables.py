"""A table typed with pipes ("| Week | Beans (cm) |") in a .txt or .md file is read as
a table: each row a line naming its columns, as a page's table is (`vocab.table_text`)."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.table_text import with_pipe_tables

INTRO = "The class measured its plants every week for a month."
OUTRO = "The beans grew faster than the tomatoes, and the class was surprised."
# The units once, in the row of names; the rows name their columns without them.
ROWS = [
    "Week; Beans (cm); Tomatoes (cm)",
    "Week 1 \u2014 Beans: 2; Tomatoes: 1",
    "Week 2 \u2014 Beans: 6; Tomatoes: 3",
]
WITH_DELIMITER = (
    "| Week | Beans (cm) | Tomatoes (cm) |\n"
    "|------|:----------:|--------------:|\n"
    "| 1    | 2          | 1             |\n"
    "| 2    | 6          | 3             |\n"
)
# Typed by hand, without Markdown's row of dashes, right under a sentence.
WITHOUT_DELIMITER = "| Week | Beans (cm) | Tomatoes (cm) |\n| 1 | 2 | 1 |\n| 2 | 6 | 3 |\n"


@pytest.mark.parametrize("table", [WITH_DELIMITER, WITHOUT_DELIMITER], ids=["gfm", "by-hand"])
@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_a_pipe_table_s_rows_name_their_columns(table: str, fmt: str) -> None:
    text = f"{INTRO}\n{table}\n{OUTRO}\n"
    article = article_from_text(text, f"garden.{fmt}", fmt)  # type: ignore[arg-type]
    paragraphs = article.body.split("\n\n")
    assert paragraphs == [INTRO, *ROWS, OUTRO]
    assert "|" not in article.body


def test_a_table_without_names_keeps_its_cells_side_by_side() -> None:
    text = "| Pears | 1.80 |\n| Apples | 2.10 |\n"
    assert with_pipe_tables(text).strip().split("\n\n") == ["Pears; 1.80", "Apples; 2.10"]


def test_an_escaped_pipe_stays_in_its_cell() -> None:
    text = "| Sign | Meaning |\n|---|---|\n| a \\| b | a or b |\n| x | times |\n"
    assert "a | b" in with_pipe_tables(text)


@pytest.mark.parametrize(
    "text",
    [
        "She said | that is all |\nand left.",  # a sentence with pipes, one line
        "| A lone line between pipes |\n\nThe story goes on.",
        "| one cell |\n| another cell |\n",  # a column of boxed lines, not a table
        "No pipes at all.\n\nJust text.",
    ],
)
def test_text_that_is_no_table_is_left_as_it_is(text: str) -> None:
    assert with_pipe_tables(text) == text


def test_a_table_in_a_markdown_code_block_is_left_as_code() -> None:
    code = "```\n| 1 | 2 |\n| 3 | 4 |\n```\n"
    assert with_pipe_tables(code, markdown=True) == code


def test_a_markdown_row_that_looks_like_a_list_item_stays_a_row() -> None:
    text = "| 1. | first place |\n| 2. | second place |\n"
    article = article_from_text(f"{INTRO}\n\n{text}\n{OUTRO}", "race.md", "md")
    assert "1.; first place" in article.body.split("\n\n")


def test_a_sentence_right_under_a_markdown_table_is_no_row() -> None:
    text = f"{INTRO}\n\n{WITH_DELIMITER}{OUTRO}\n"
    article = article_from_text(text, "garden.md", "md")
    assert article.body.split("\n\n") == [INTRO, *ROWS, OUTRO]


def test_a_unit_in_the_column_names_is_said_once_not_in_every_row() -> None:
    """ "Week 2 — Beans (cm): 6; Tomatoes (cm): 3" said "cm" twice a row: ten rows made
    it one of the story's most used words, and the glossary's second word."""
    rows = "".join(f"| {week} | {week * 2} | {week} |\n" for week in range(1, 11))
    text = f"{INTRO}\n\n| Week | Beans (cm) | Tomatoes (cm) |\n|---|---|---|\n{rows}\n{OUTRO}\n"
    for fmt in ("txt", "md"):
        body = article_from_text(text, f"garden.{fmt}", fmt).body  # type: ignore[arg-type]
        assert body.count("cm") == 2
        assert "Week 10 \u2014 Beans: 20; Tomatoes: 10" in body


@pytest.mark.parametrize(
    ("names", "row"),
    [
        # Two columns the same but for their units: the units tell them apart.
        ("| Day | Rain (mm) | Rain (in) |", "Day 1 \u2014 Rain (mm): 25; Rain (in): 1"),
        # Brackets that say more than a unit are part of the name.
        (
            "| Day | Rain (as measured at the school gate) | Sun |",
            "Day 1 \u2014 Rain (as measured at the school gate): 25; Sun: 1",
        ),
    ],
    ids=["same-names", "long-brackets"],
)
def test_names_that_need_their_brackets_keep_them_in_every_row(names: str, row: str) -> None:
    text = f"{names}\n|---|---|---|\n| 1 | 25 | 1 |\n| 2 | 3 | 0 |\n"
    assert row in with_pipe_tables(text).split("\n")


def test_a_code_block_showing_other_fences_keeps_its_table_as_code() -> None:
    """CommonMark's fences, by markdown-it: "~~~" inside a "```" block is code, not
    its end, and the rows under it stay as typed."""
    code = "```\n~~~\n| 1 | 2 |\n| 3 | 4 |\n```\n"
    assert with_pipe_tables(code, markdown=True) == code


def test_a_plain_text_table_ends_at_its_writer_s_next_sentence() -> None:
    """GFM reads a line without a pipe right under a table as one more row; in a .txt
    file it is the sentence after the table."""
    text = f"{INTRO}\n{WITH_DELIMITER}{OUTRO}\nThe class will measure again in June.\n"
    paragraphs = article_from_text(text, "garden.txt", "txt").body.split("\n\n")
    assert paragraphs[-1] == f"{OUTRO} The class will measure again in June."
    assert paragraphs[1:4] == ROWS


def test_a_markdown_file_whose_tables_need_no_change_is_parsed_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A GFM table ended by a blank line is markdown-it's as written: the file is read
    once, not once for its tables and again for its text."""
    from markdown_it import MarkdownIt

    parses = []
    parse = MarkdownIt.parse

    def counted(self: MarkdownIt, src: str, env: object = None) -> list:  # type: ignore[type-arg]
        parses.append(src)
        return parse(self, src, env)

    monkeypatch.setattr(MarkdownIt, "parse", counted)
    article = article_from_text(f"{INTRO}\n\n{WITH_DELIMITER}\n{OUTRO}\n", "garden.md", "md")
    assert article.body.split("\n\n") == [INTRO, *ROWS, OUTRO]
    assert len(parses) == 1
