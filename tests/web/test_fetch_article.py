"""Reading real-shaped news pages from a local server into clean articles."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
import trafilatura
from localweb import PAGES, LocalWeb, Route

from vocab.feeds import open_feed_item
from vocab.store import FeedItem
from vocab.web import fetch_article

NOW = datetime(2024, 3, 12, 15, 0, tzinfo=UTC)
HTML = "text/html; charset=utf-8"
CLUTTER = (
    "cookies", "Accept all", "Beginning Level", "Share on Facebook", "Print this story",
    "Related Stories", "Rice That Needs Less Water", "Most Popular", "Privacy Policy",
    "All rights reserved", "Comments", "We want to hear from you",
)
VOA_GLOSSARY = [
    "predict –v. to say that something will or might happen in the future",
    "harvest –n. the amount of crops that are gathered",
    "generation –n. a group of people born and living during the same time",
    "give up –phrasal verb to stop trying to do something",
    "market –n. a place or group of people where goods can be sold",
]


def _first_paragraph(body: str) -> str:
    return body.split("\n\n", 1)[0]


def test_voa_page_gives_title_text_metadata_and_glossary(
    web: LocalWeb, client: httpx.Client
) -> None:
    url = web.serve_file("/a/kenya-crops.html", "voa_story.html", HTML)
    fetched = fetch_article(url, client=client, now=NOW)
    article = fetched.article
    assert (fetched.url, fetched.fetched_at) == (url, NOW)
    assert article.source == url
    assert article.title == "Farmers in Kenya Turn to Drought-Resistant Crops"
    assert _first_paragraph(article.body) == (
        "Farmers in eastern Kenya are planting old crops in new ways as the rains become"
        " harder to predict."
    )
    assert article.body.rstrip().endswith("We want to learn from them, not only teach them.”")
    assert (article.author, article.published) == ("Anna Matteo", "2024-03-12")
    for clutter in CLUTTER:
        assert clutter not in article.body
    assert "Words in This Story" not in article.body
    assert [entry.as_voa_line() for entry in article.glossary] == VOA_GLOSSARY
    assert {entry.source for entry in article.glossary} == {"article"}


def test_the_extractor_alone_would_lose_the_glossary() -> None:
    """Why the page's HTML is read for "Words in This Story": trafilatura drops the box."""
    html = (PAGES / "voa_story.html").read_text()
    text = trafilatura.extract(html, include_comments=False) or ""
    assert "Farmers in eastern Kenya" in text
    assert "Words in This Story" not in text


def test_glossary_inside_the_story_body_is_not_doubled(web: LocalWeb, client: httpx.Client) -> None:
    html = (PAGES / "voa_story.html").read_text()
    box_start = html.index('<div class="box words-in-this-story">')
    box_end = html.index("</div>", box_start) + len("</div>")
    box = html[box_start:box_end]
    body_end = html.rindex("</div>", 0, box_start)
    inline = html[:body_end] + box + html[body_end:box_start] + html[box_end:]
    web.routes["/inline"] = Route(inline.encode(), HTML)
    article = fetch_article(web.url("/inline"), client=client, now=NOW).article
    assert [entry.as_voa_line() for entry in article.glossary] == VOA_GLOSSARY
    assert "predict –v." not in article.body


def test_other_news_page_in_its_declared_charset(web: LocalWeb, client: httpx.Client) -> None:
    url = web.serve_file("/news/tools", "news_story.html", "text/html; charset=windows-1252")
    article = fetch_article(url, client=client, now=NOW).article
    assert article.title == "City Opens Its First Library for Tools"
    assert _first_paragraph(article.body) == (
        "People in Millbrook can now borrow a drill, a ladder or a sewing machine as easily"
        " as a book."
    )
    assert "“Why should every family buy one?” asked Zoë Okafor" in article.body
    for clutter in ("privacy", "Sign in", "WhatsApp", "Repair café", "newsletter",
                    "Related stories", "Bakery", "Cookie policy"):
        assert clutter not in article.body
    assert article.glossary == ()


def test_xhtml_and_plain_text(web: LocalWeb, client: httpx.Client) -> None:
    xhtml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>Small Story</title></head><body><h1>Small Story</h1>"
        "<p>This is a short story about a cat who liked to sit in the sun every afternoon."
        " The cat was very happy there.</p></body></html>"
    )
    web.routes["/x"] = Route(xhtml.encode(), "application/xhtml+xml")
    web.routes["/t"] = Route(
        b"A Quiet Morning\n\nThe town was quiet. Birds sang in the trees.\n",
        "text/plain; charset=utf-8",
    )
    page = fetch_article(web.url("/x"), client=client, now=NOW).article
    assert "a cat who liked to sit" in page.body
    plain = fetch_article(web.url("/t"), client=client, now=NOW).article
    assert plain.title == "A Quiet Morning"
    assert plain.body == "The town was quiet. Birds sang in the trees."


@pytest.mark.parametrize(
    ("path", "content_type"),
    [("/notes.md", "text/plain; charset=utf-8"), ("/notes", "text/markdown; charset=utf-8")],
)
def test_a_markdown_file_on_the_web_is_read_as_markdown(
    web: LocalWeb, client: httpx.Client, path: str, content_type: str
) -> None:
    """A Markdown file served as it is (a repository's raw link) showed its "##" and
    "**" marks, or was refused as no page (text/markdown)."""
    web.routes[path] = Route(
        b"# A Quiet Morning\n\n## Early\n\nThe town was **quiet**. Birds sang in the trees.\n",
        content_type,
    )
    article = fetch_article(web.url(path), client=client, now=NOW).article
    assert article.title == "A Quiet Morning"
    assert article.body == "Early\n\nThe town was quiet. Birds sang in the trees."
    assert article.subheadings == {0}


def _item(**fields: object) -> FeedItem:
    values: dict[str, object] = {
        "id": 1, "feed_id": 1, "guid": "g", "url": "", "title": "", "summary": "",
        "published": None, "content": "", "article_id": None, "seen": False,
    }
    values.update(fields)
    return FeedItem(**values)  # type: ignore[arg-type]


def test_feed_item_with_full_text_is_read_without_fetching(
    web: LocalWeb, client: httpx.Client
) -> None:
    from vocab.feeds import parse_feed

    feed = parse_feed((PAGES / "voa_rss.xml").read_bytes(), url=web.url("/api/science"))
    whales = feed.entries[1]
    item = _item(url=web.url("/a/whales.html"), title=whales.title, content=whales.content)
    fetched = open_feed_item(item, client=client, now=NOW)
    assert fetched.article.title == "Why Whales Sing Lower Songs"
    assert _first_paragraph(fetched.article.body).startswith(
        "Scientists who study whales say the songs of blue whales")
    assert [entry.word for entry in fetched.article.glossary] == ["recording", "ocean"]
    assert sum(web.hits.values()) == 0


def test_feed_item_without_full_text_fetches_its_page(web: LocalWeb, client: httpx.Client) -> None:
    url = web.serve_file("/a/kenya-crops.html", "voa_story.html", HTML)
    item = _item(url=url, title="Farmers in Kenya Turn to Drought-Resistant Crops")
    fetched = open_feed_item(item, client=client, now=NOW)
    assert fetched.article.title == "Farmers in Kenya Turn to Drought-Resistant Crops"
    assert web.hits["/a/kenya-crops.html"] == 1


@pytest.mark.parametrize(
    "body", [b"", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"]
)
def test_a_page_without_article_text_is_one_line(
    web: LocalWeb, client: httpx.Client, body: bytes
) -> None:
    from vocab.models import ArticleError

    web.routes["/empty"] = Route(body, HTML)
    with pytest.raises(ArticleError) as caught:
        fetch_article(web.url("/empty"), client=client, now=NOW)
    assert "\n" not in str(caught.value)
