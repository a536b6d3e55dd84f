"""Web pages a teacher saves: the story comes out whole, its page's lists of other
stories do not, and a page with no story says so."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.html_text import html_to_text
from vocab.models import ArticleError

STORY = (
    "Farmers in the northern valley say this year's apple harvest is the smallest in "
    "two decades, after a late frost damaged the blossoms in April.",
    "Prices at local markets have already risen by about 15 percent, and shoppers say "
    "they are buying fewer apples than usual.",
)
PARAGRAPHS = "".join(f"<p>{paragraph}</p>" for paragraph in STORY)


def test_a_list_of_other_stories_with_their_dates_is_left_out() -> None:
    page = (
        "<html><head><title>Late Frost Cuts Apple Harvest</title></head><body><article>"
        f"<h1>Late Frost Cuts Apple Harvest</h1>{PARAGRAPHS}"
        "<section><h2>More on this story</h2><ul>"
        '<li><a href="/1">Why are food prices still rising?</a><span>Published 2 March</span></li>'
        '<li><a href="/2">Frost threatens vineyards across Europe</a><span>Published 20 April'
        "</span></li></ul></section></article></body></html>"
    )
    assert article_from_text(page, "page.html", "html").body.split("\n\n") == list(STORY)


def test_a_list_in_the_story_that_links_a_word_stays() -> None:
    item = "Growers can ask the state for loans of up to 50,000 dollars"
    page = (
        f"<html><body><article><h1>Frost</h1>{PARAGRAPHS}<ul><li>{item[:-7]}"
        f'<a href="/loans">{item[-7:]}</a></li></ul></article></body></html>'
    )
    assert any(item in line for line in html_to_text(page).text.split("\n\n"))


def test_a_story_nested_past_the_parsers_depth_limit_is_read() -> None:
    page = "<html><body>" + "<div>" * 3000 + PARAGRAPHS + "</div>" * 3000 + "</body></html>"
    article = article_from_text(page, "deep.html", "html")
    assert article.body.split("\n\n") == list(STORY)


def test_a_page_of_links_alone_says_it_has_no_story() -> None:
    links = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(30))
    page = f"<html><body><nav><ul>{links}</ul></nav></body></html>"
    with pytest.raises(ArticleError, match="no article text"):
        article_from_text(page, "menu.html", "html")


@pytest.mark.parametrize(
    "feed",
    [
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
        "<item><title>Frost</title><link>http://example.com/a</link></item></channel></rss>",
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>News</title><entry><title>Frost</title></entry></feed>",
    ],
)
def test_a_feed_saved_as_a_file_says_what_it_is(feed: str) -> None:
    with pytest.raises(ArticleError, match="news feed"):
        article_from_text(feed, "news.xml", None)


def test_a_date_line_the_extractor_left_out_is_the_storys_date() -> None:
    page = (
        "<html><head><title>Late Frost</title></head><body><article><h1>Late Frost</h1>"
        '<div class="timestamp">Updated 4:12 PM EDT, May 3, 2024</div>'
        f"{PARAGRAPHS}</article><footer><p>Copyright 2024 Example News.</p></footer>"
        "</body></html>"
    )
    assert article_from_text(page, "page.html", "html").published == "May 3, 2024"


def test_a_deep_page_with_a_broken_declaration_gives_its_text_not_a_crash() -> None:
    page = "<html><body>" + "<div>" * 3000 + PARAGRAPHS + "<![ broken" + "</div>" * 3000
    assert html_to_text(page).text.split("\n\n")[:2] == list(STORY)


def test_a_pages_own_subheading_under_a_table_is_a_heading() -> None:
    """ "How to keep vitamins fresh" (an <h2>) between a table's short rows and a list
    printed as a plain line: short lines side by side read as a list."""
    page = (
        "<html><head><title>Late Frost Cuts Apple Harvest</title></head><body><article>"
        f"<h1>Late Frost Cuts Apple Harvest</h1>{PARAGRAPHS}"
        "<table><tr><th>Fruit</th><th>Price</th></tr><tr><td>Apples</td><td>2.10</td></tr>"
        "<tr><td>Pears</td><td>1.80</td></tr></table>"
        "<h2>How to keep vitamins fresh</h2><ul><li>Keep apples cold</li>"
        "<li>Cut them just before eating</li></ul></article></body></html>"
    )
    article = article_from_text(page, "page.html", "html")
    texts = article.body.split("\n\n")
    assert texts.index("How to keep vitamins fresh") in article.subheadings
    row = "Pears — Price: 1.80"  # a row names its columns (vocab.table_text)
    assert row in texts and texts.index(row) not in article.subheadings


def test_an_old_sites_layout_table_gives_its_story_as_paragraphs() -> None:
    """A site laid out in a table, its menu in one cell and the story in the next with
    <br><br> between paragraphs, read as one paragraph with the menu, the byline and a
    page counter; its headline was the site's name from the <title>."""
    story = "<br><br>".join(STORY)
    page = (
        "<html><head><title>Valley Courier - Late Frost Cuts Apple Harvest</title></head>"
        '<body><table width="100%"><tr><td><a href="/">Home</a><br><a href="/archive">'
        'Archive</a></td><td><font size="4"><b>Late Frost Cuts Apple Harvest</b></font><br>'
        "<font size=2>Posted by admin on 12/04/2026</font><br><br>"
        f'<font face="Arial">{story}</font><p><font size="1">Page views: 1,204 | '
        '<a href="/print">Print this page</a></font></p></td></tr></table></body></html>'
    )
    article = article_from_text(page, "page.html", "html")
    assert article.title == "Late Frost Cuts Apple Harvest"
    assert article.body.split("\n\n") == list(STORY)


def test_a_writers_biography_gives_no_made_up_name() -> None:
    """The extractor read a biography box's "...and culture. More from ..." as the
    author "Culture More"."""
    page = (
        "<html><head><title>Late Frost Cuts Apple Harvest</title></head><body><main><article>"
        "<h1>Late Frost Cuts Apple Harvest</h1><div class=meta><span>By Ines Farrow</span>"
        f"</div>{PARAGRAPHS}"
        '<div class="author-bio"><p>Ines Farrow is a reporter for the Valley Courier. She'
        ' covers farming and culture.</p><a href="/ines">More from Ines Farrow</a></div>'
        "</article></main></body></html>"
    )
    article = article_from_text(page, "page.html", "html")
    assert article.author == "Ines Farrow"
    assert article.body.split("\n\n") == list(STORY)


def test_a_page_whose_paragraphs_are_heading_tags_has_no_subheadings() -> None:
    """An old site set each paragraph in <h3>: they are its text, not its headings."""
    paragraphs = "".join(f"<h3>{paragraph}</h3>" for paragraph in STORY)
    page = (
        "<html><head><title>Late Frost Cuts Apple Harvest</title></head><body><article>"
        f"<h1>Late Frost Cuts Apple Harvest</h1>{paragraphs}{paragraphs.replace('h3', 'p')}"
        "</article></body></html>"
    )
    article = article_from_text(page, "page.html", "html")
    assert article.headings == ()
