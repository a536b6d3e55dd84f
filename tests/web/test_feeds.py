"""Feeds: RSS 2.0 and Atom items, conditional refreshes, and refusing unsafe or broken XML."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from localweb import PAGES, LocalWeb, Route

from vocab.feeds import (
    SUGGESTED_FEEDS,
    check_safe_xml,
    follow_feed,
    parse_feed,
    refresh_feed,
    save_feed_item,
)
from vocab.store import Store
from vocab.web import WebError

NOW = datetime(2024, 3, 12, 15, 0, tzinfo=UTC)
RSS = "application/rss+xml; charset=utf-8"
ETAG = '"science-v1"'
LAST_MODIFIED = "Tue, 12 Mar 2024 15:00:00 GMT"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "learner.sqlite3", now=lambda: NOW) as opened:
        yield opened


def _serve_rss(web: LocalWeb) -> str:
    return web.serve_file("/api/science", "voa_rss.xml", RSS, etag=ETAG,
                          last_modified=LAST_MODIFIED)


def test_rss_items_keep_title_link_summary_date_and_full_text() -> None:
    feed = parse_feed((PAGES / "voa_rss.xml").read_bytes(), url="https://le.example/api/science")
    assert feed.title == "Science & Technology - Learning English"
    first, second = feed.entries
    assert first.title == "Farmers in Kenya Turn to Drought-Resistant Crops"
    assert first.url == "https://le.example/story/kenya-crops.html"  # relative link resolved
    assert first.guid == "https://learningenglish.example/a/kenya-crops/1234.html"
    assert first.summary == ("Farmers in eastern Kenya are planting sorghum and millet as the"
                             " rains become harder to predict.")  # markup dropped
    assert first.published == "2024-03-12T14:30:00+00:00"
    assert first.content == ""  # only a teaser: opening it fetches the page
    assert second.content.startswith("<p>Scientists who study whales")  # content:encoded


def test_atom_entries() -> None:
    feed = parse_feed((PAGES / "science_atom.xml").read_bytes(), url="https://science.example/atom")
    assert feed.title == "Everyday Science"
    bees, moon = feed.entries
    assert (bees.title, bees.url) == ("Bees Can Count to Four", "https://science.example/bees-count")
    assert bees.published == "2024-03-10T07:00:00+00:00"  # converted to UTC
    assert "count up to four" in bees.content
    assert bees.summary.startswith("Researchers trained bees")
    assert moon.content == ""
    assert moon.published == "2024-03-09T12:00:00+00:00"  # no <published>: <updated>


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("billion_laughs.xml", 'declares expanding entities (a "billion laughs" attack)'),
        ("external_entity.xml", "refers to outside files (an external entity)"),
        ("not_xml.xml", "is not an XML feed"),
    ],
)
def test_unsafe_or_broken_xml_is_refused_before_feedparser(name: str, expected: str) -> None:
    with pytest.raises(WebError) as caught:
        parse_feed((PAGES / name).read_bytes(), url="https://attack.example/feed")
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_an_old_doctype_is_not_an_attack() -> None:
    old_rss = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS'
        b' 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91">'
        b"<channel><title>Old</title><item><title>One</title><link>https://old.example/1</link>"
        b"</item></channel></rss>"
    )
    check_safe_xml(old_rss, url="https://old.example/rss")
    entries = parse_feed(old_rss, url="https://old.example/rss").entries
    assert [entry.title for entry in entries] == ["One"]


def test_xml_that_is_not_a_feed() -> None:
    with pytest.raises(WebError, match="is XML but not an RSS or Atom feed"):
        parse_feed(b"<?xml version='1.0'?><note><to>you</to></note>", url="https://x.example/n")


def test_follow_then_refresh_uses_conditional_requests(
    web: LocalWeb, client: httpx.Client, store: Store
) -> None:
    url = _serve_rss(web)
    feed_id, parsed = follow_feed(store, url, client=client, now=NOW)
    assert len(parsed.entries) == 2
    [feed] = store.list_feeds()
    assert (feed.title, feed.etag, feed.last_modified) == (
        "Science & Technology - Learning English", ETAG, LAST_MODIFIED)
    assert len(store.list_feed_items(feed_id)) == 2

    result = refresh_feed(store, feed_id, client=client, now=NOW)
    assert (result.new_items, result.not_modified) == (0, True)
    sent = web.request_headers[-1]
    assert sent["if-none-match"] == ETAG
    assert sent["if-modified-since"] == LAST_MODIFIED
    assert web.hits["/api/science"] == 2


def test_refresh_saves_only_new_items(web: LocalWeb, client: httpx.Client, store: Store) -> None:
    url = _serve_rss(web)
    feed_id, _ = follow_feed(store, url, client=client, now=NOW)
    body = (PAGES / "voa_rss.xml").read_text().replace(
        "<item>",
        "<item><title>Robots Learn to Cook</title><link>https://le.example/a/robots.html</link>"
        "<pubDate>Wed, 13 Mar 2024 08:00:00 +0000</pubDate></item><item>",
        1,
    )
    web.routes["/api/science"] = Route(body.encode(), RSS, etag='"science-v2"')
    result = refresh_feed(store, feed_id, client=client, now=NOW)
    assert (result.new_items, result.not_modified) == (1, False)
    titles = [item.title for item in store.list_feed_items(feed_id)]
    assert titles[0] == "Robots Learn to Cook"  # newest first
    assert store.list_feeds()[0].etag == '"science-v2"'


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        (Route((PAGES / "billion_laughs.xml").read_bytes(), RSS), "billion laughs"),
        (Route((PAGES / "external_entity.xml").read_bytes(), RSS), "external entity"),
        (Route((PAGES / "not_xml.xml").read_bytes(), "text/xml"), "is not an XML feed"),
        (Route(b"<html></html>", "text/html"), "gives text/html, not an RSS or Atom feed"),
        (Route(b"oops", RSS, status=500), "failed (HTTP 500)"),
    ],
)
def test_a_failed_refresh_changes_nothing(
    web: LocalWeb, client: httpx.Client, store: Store, route: Route, expected: str
) -> None:
    url = _serve_rss(web)
    feed_id, _ = follow_feed(store, url, client=client, now=NOW)
    before = (store.list_feeds(), store.list_feed_items())
    web.routes["/api/science"] = route
    with pytest.raises(WebError, match=re.escape(expected)):
        refresh_feed(store, feed_id, client=client, now=NOW)
    assert (store.list_feeds(), store.list_feed_items()) == before


def test_following_something_that_is_not_a_feed_stores_nothing(
    web: LocalWeb, client: httpx.Client, store: Store
) -> None:
    url = web.serve_file("/story", "voa_story.html", "text/html; charset=utf-8")
    with pytest.raises(WebError, match="not an RSS or Atom feed"):
        follow_feed(store, url, client=client, now=NOW)
    assert store.list_feeds() == []


def test_refresh_an_unknown_feed(store: Store, client: httpx.Client) -> None:
    with pytest.raises(WebError, match="There is no feed number 7."):
        refresh_feed(store, 7, client=client, now=NOW)


def test_suggested_feeds_are_voa_learning_english_programs() -> None:
    assert len(SUGGESTED_FEEDS) >= 5
    assert len({feed.url for feed in SUGGESTED_FEEDS}) == len(SUGGESTED_FEEDS)
    for feed in SUGGESTED_FEEDS:
        assert feed.url.startswith("https://learningenglish.voanews.com/api/")
        assert feed.program and feed.about


def test_saving_a_feed_item_links_it_to_its_article(
    web: LocalWeb, client: httpx.Client, store: Store
) -> None:
    url = _serve_rss(web)
    feed_id, _ = follow_feed(store, url, client=client, now=NOW)
    whales = next(i for i in store.list_feed_items(feed_id) if i.title.startswith("Why Whales"))
    article_id = save_feed_item(store, whales, client=client, now=NOW)
    assert web.hits["/api/science"] == 1  # the full text came with the feed: no page fetched
    [linked] = [i for i in store.list_feed_items(feed_id) if i.id == whales.id]
    assert (linked.article_id, linked.seen) == (article_id, True)
    stored = store.get_article(article_id)
    assert stored is not None
    assert stored.article.title == "Why Whales Sing Lower Songs"
    assert save_feed_item(store, whales, client=client, now=NOW) == article_id  # no duplicate
