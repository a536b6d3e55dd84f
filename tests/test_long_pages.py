"""A web page too long to read whole: its first part is read, quickly, and the import
says so; a long page whose length is its scripts is read whole, saying nothing."""

from __future__ import annotations

import pytest
import trafilatura
import trafilatura.core
from lxml import html as lxml_html

from vocab.articles import MAX_ARTICLE_WORDS, article_from_text
from vocab.html_text import MAX_METADATA_CHARS, MAX_PAGE_CHARS, html_to_text, within_reading_size
from vocab.models import Article

OPENING = (
    "Heavy rain fell on the valley for a third day on Tuesday, and the river rose "
    "over its banks near the old stone bridge."
)
CLOSING = "Officials said the last families would be back in their homes by Friday."


def _paragraph(number: int) -> str:
    return (
        f"<p>Report {number}: volunteers filled sand bags at the school, and farmers "
        f"moved their animals to higher ground before the water came.</p>\n"
    )


def _page(middle: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Floods in the Valley</title></head><body>"
        f"<article><h1>Floods in the Valley</h1><p>{OPENING}</p>{middle}"
        f"<p>{CLOSING}</p></article></body></html>"
    )


def _long_page() -> str:
    """A page of twice the markup read, all of it text (the extractor's slowest)."""
    middle: list[str] = []
    while sum(map(len, middle)) < 2 * MAX_PAGE_CHARS:
        middle.append(_paragraph(len(middle)))
    return _page("".join(middle))


@pytest.fixture(scope="module")
def long_article() -> Article:
    return article_from_text(_long_page(), "floods.html", "html")


def test_a_page_too_long_to_read_whole_is_read_in_its_first_part(long_article: Article) -> None:
    article = long_article
    assert article.first_part_only
    assert article.body.startswith(OPENING)
    assert CLOSING not in article.body
    # Its first part, not "too long to read here": a learner cannot split a page.
    assert article.word_count <= MAX_ARTICLE_WORDS


def test_a_page_long_only_for_its_scripts_is_read_whole() -> None:
    script = "<script>var data = [" + "1, " * MAX_PAGE_CHARS + "];</script>"
    article = article_from_text(_page(script + _paragraph(1)), "floods.html", "html")
    assert not article.first_part_only
    assert article.body.startswith(OPENING)
    assert article.body.endswith(CLOSING)


def test_a_page_s_cut_falls_before_a_tag() -> None:
    page = _long_page()
    cut, first_part_only = within_reading_size(page)
    assert first_part_only
    assert len(cut) <= MAX_PAGE_CHARS
    assert page.startswith(cut)
    assert page[len(cut)] == "<"


def test_a_page_read_in_part_says_so_when_imported(long_article: Article) -> None:
    from reader.labels import cleaning_note

    assert "only its first part was read" in cleaning_note(long_article)
    whole = article_from_text(_page(_paragraph(1)), "floods.html", "html")
    assert "first part" not in cleaning_note(whole)


def test_a_long_page_s_scripts_never_closed_take_the_rest_with_them() -> None:
    """As in a browser; one pattern for a whole script, tried again at each of 40,000
    never closed, had run for minutes."""
    page = _page("<p>Rain fell.</p><script>var x = 1;\n" * (MAX_PAGE_CHARS // 30))
    cut, first_part_only = within_reading_size(page)
    assert not first_part_only
    assert cut.endswith("<p>Rain fell.</p>")
    scripted = _page("<!-- a note --><script>var x = 1;</script><style>p {}</style>" * 20000)
    cut, first_part_only = within_reading_size(scripted)
    assert cut == _page("")


def _long_page_with_byline() -> str:
    head = ('<meta name="author" content="Nora Baptiste">'
            '<meta property="article:published_time" content="2025-09-14">')
    return _long_page().replace("</head>", head + "</head>").replace(
        "<h1>Floods in the Valley</h1>",
        '<h1>Floods in the Valley</h1><p class="byline">By Nora Baptiste</p>')


def test_a_long_page_s_title_author_and_date_are_still_read() -> None:
    page = html_to_text(_long_page_with_byline())
    assert page.first_part_only
    assert (page.title, page.author, page.published) == (
        "Floods in the Valley", "Nora Baptiste", "2025-09-14")
    assert OPENING in page.text.split("\n\n")[:2]


def test_a_long_page_s_metadata_is_looked_for_in_its_opening_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor's search for a title, author and date walks the whole tree many
    times: on a long page it was half the extractor's time, for what sits at its top."""
    searched: list[int] = []

    def spy(original):  # type: ignore[no-untyped-def]
        def search(page, *args, **kwargs):  # type: ignore[no-untyped-def]
            searched.append(len(page) if isinstance(page, str)
                            else len(lxml_html.tostring(page, encoding="unicode")))
            return original(page, *args, **kwargs)
        return search

    monkeypatch.setattr(trafilatura.core, "extract_metadata",
                        spy(trafilatura.core.extract_metadata))
    monkeypatch.setattr(trafilatura, "extract_metadata", spy(trafilatura.extract_metadata))
    page = html_to_text(_long_page_with_byline())
    assert page.author == "Nora Baptiste"
    assert searched
    assert max(searched) <= MAX_METADATA_CHARS


def test_a_page_too_long_in_words_but_not_in_markup_is_read_in_its_first_part() -> None:
    """A page of long paragraphs holds more than an article's words in less markup
    than is read: it was refused as "too long to read here ... (split a book into
    chapters)", which a learner cannot do to a page, where a longer page is read in
    its first part."""
    def paragraph(number: int) -> str:  # 440 words in ~2,500 characters
        return "<p>" + " ".join(
            f"The ferry left harbour {number * 40 + at} late because fog covered the bay."
            for at in range(40)) + "</p>\n"

    page = _page("".join(paragraph(number) for number in range(MAX_ARTICLE_WORDS // 440 + 10)))
    assert len(page) < MAX_PAGE_CHARS
    article = article_from_text(page, "ferry.html", "html")
    assert article.first_part_only
    assert article.body.startswith(OPENING)
    assert CLOSING not in article.body
    assert article.word_count <= MAX_ARTICLE_WORDS
