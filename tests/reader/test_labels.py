"""Short labels the library shows: where an article came from."""

from __future__ import annotations

import pytest

from reader.labels import source_label


@pytest.mark.parametrize(("source", "shown"), [
    ("https://www.voanews.com/a/story-123.html", "voanews.com"),
    ("/home/ana/texts/phones.txt", "phones.txt"),
    ("stdin", "pasted text"),  # `reader import -` (QA walk-through: the library said "stdin")
    ("<stdin>", "pasted text"),
])
def test_the_source_is_named_as_a_learner_knows_it(source: str, shown: str) -> None:
    assert source_label(source) == shown


def test_the_engines_name_for_standard_input_is_known() -> None:
    from reader.labels import STANDARD_INPUT
    from vocab.articles import STDIN_SOURCE

    assert STDIN_SOURCE in STANDARD_INPUT


def test_a_title_byline_or_date_taken_out_of_the_text_is_no_clutter() -> None:
    """Importing a page said "1 line of page clutter left out": the headline, kept as
    the title (QA walk-through)."""
    from reader.labels import cleaning_note
    from vocab.articles import article_from_text

    article = article_from_text("Library Opens New Room\n\nBy Anna Matteo\n\nMarch 5, 2024\n\n"
                                "The city library opened a new reading room on Monday.\n\n"
                                "Share this article\n\nLibrary Opens New Room")
    assert len(article.removed) > 1
    assert cleaning_note(article) == "10 words; 1 line of page clutter left out."
