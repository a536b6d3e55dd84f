"""Files that hold no story, each named for what it is, so the learner knows what to
import instead (files of my own)."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.models import ArticleError


def test_a_list_of_web_addresses_says_how_to_import_one() -> None:
    """A file of links was "has no article text once page clutter is removed"."""
    links = "\n".join(f"https://news.example.com/story/{n}" for n in range(12))
    with pytest.raises(ArticleError, match="web addresses.*reader import URL"):
        article_from_text(links, "links.txt")


def test_a_csv_file_is_named_as_a_table_of_data() -> None:
    rows = "name,age,city\n" + "Ana,30,Lima\nBo,25,Oslo\n" * 10
    with pytest.raises(ArticleError, match="table of data"):
        article_from_text(rows, "people.csv")
