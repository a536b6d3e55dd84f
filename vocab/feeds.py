"""News feeds the learner follows: safe parsing, cheap refreshes, and what to read next.

A feed is checked for XML attacks with defusedxml *before* feedparser sees it
(feedparser falls back to a lenient parser and was not built to refuse entity tricks),
then parsed by feedparser. Refreshing sends the ETag / Last-Modified the server gave
last time, so an unchanged feed costs one 304 and no parsing. Nothing here fetches
anything unless the learner asks (adding, refreshing or opening).
"""

from __future__ import annotations

import calendar
import contextlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any, Generic, TypeVar
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree
import feedparser
import httpx
import lxml.html

from vocab.articles import article_from_text
from vocab.store import Feed, FeedItem, Store
from vocab.web import (
    FetchedArticle,
    WebError,
    client_or_default,
    download,
    fetch_article,
)

# What servers send feeds as; text/plain turns up on misconfigured hosts.
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/x-rss+xml",
        "text/plain",
    }
)

# The band of known words in which reading is comfortable and still teaches: at 95 %
# a learner meets about one new word in twenty, at 98 % one in fifty (Hu & Nation 2000;
# Laufer & Ravenhorst-Kalovski 2010).
COMFORT_BAND = (0.95, 0.98)
DISTANCE_DIGITS = 6


@dataclass(frozen=True)
class SuggestedFeed:
    """A feed we offer; it is only fetched once the learner adds it."""

    program: str
    url: str
    about: str


# VOA Learning English programs, as the RSS addresses VOA's "api" serves. The
# Science & Technology and Words and Their Stories ones were checked against the feeds'
# own self links; if VOA moves one, `feeds add` says so in one line.
SUGGESTED_FEEDS: tuple[SuggestedFeed, ...] = (
    SuggestedFeed(
        "As It Is",
        "https://learningenglish.voanews.com/api/zkm-ql-vomx-tpej-rqi",
        "daily news, intermediate level",
    ),
    SuggestedFeed(
        "Science & Technology",
        "https://learningenglish.voanews.com/api/zmg_pl-vomx-tpeymtm",
        "science, technology and medicine, weekly",
    ),
    SuggestedFeed(
        "Health & Lifestyle",
        "https://learningenglish.voanews.com/api/zmmpql-vomx-tpey-_q",
        "health and daily life",
    ),
    SuggestedFeed(
        "Arts & Culture",
        "https://learningenglish.voanews.com/api/zpyp_l-vomx-tpe_rym",
        "film, music, books and culture",
    ),
    SuggestedFeed(
        "American Stories",
        "https://learningenglish.voanews.com/api/zyg__l-vomx-tpetmty",
        "classic American short stories, read slowly",
    ),
    SuggestedFeed(
        "Words and Their Stories",
        "https://learningenglish.voanews.com/api/zmypyl-vomx-tpeyry_",
        "American idioms and expressions, weekly",
    ),
    SuggestedFeed(
        "Everyday Grammar",
        "https://learningenglish.voanews.com/api/zoroqql-vomx-tpeptpqq",
        "short grammar lessons",
    ),
)


@dataclass(frozen=True)
class FeedEntry:
    """One item of a parsed feed; ``content`` is the full text (HTML) when the feed has it."""

    guid: str
    url: str
    title: str
    summary: str
    published: str | None
    content: str = ""

    def as_row(self) -> dict[str, Any]:
        """The dict ``Store.upsert_feed_items`` takes."""
        return {
            "guid": self.guid,
            "url": self.url,
            "title": self.title,
            "summary": self.summary,
            "published": self.published,
            "content": self.content,
        }


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: tuple[FeedEntry, ...]


@dataclass(frozen=True)
class RefreshResult:
    new_items: int
    not_modified: bool


# --- parsing ---------------------------------------------------------------------


def parse_feed(data: bytes, *, url: str) -> ParsedFeed:
    """Entries of an RSS or Atom document; ``WebError`` if it is unsafe or not a feed."""
    check_safe_xml(data, url=url)
    # A stream, never a str: feedparser treats a string as a URL or a file name.
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        raise WebError(f"The address {url} is XML but not an RSS or Atom feed.")
    entries = tuple(entry for raw in parsed.entries if (entry := _entry(raw)) is not None)
    return ParsedFeed(title=_plain(parsed.feed.get("title", "")), entries=entries)


def check_safe_xml(data: bytes, *, url: str) -> None:
    """Refuse XML that declares entities (billion laughs, external entities) or is not XML.

    A plain DOCTYPE (old RSS 0.91 feeds have one) is fine: only entity declarations and
    external references are refused, and defusedxml never fetches anything.
    """
    try:
        defusedxml.ElementTree.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except defusedxml.EntitiesForbidden as error:
        if error.sysid or error.pubid:
            raise WebError(
                f"The feed at {url} refers to outside files (an external entity); it was not read."
            ) from error
        raise WebError(
            f'The feed at {url} declares expanding entities (a "billion laughs" attack);'
            " it was not read."
        ) from error
    except defusedxml.DefusedXmlException as error:
        raise WebError(
            f"The feed at {url} refers to outside documents; it was not read."
        ) from error
    except ParseError as error:
        raise WebError(f"The address {url} is not an XML feed ({error}).") from error


def _entry(raw: Any) -> FeedEntry | None:
    url = str(raw.get("link", "")).strip()
    guid = str(raw.get("id", "") or url).strip()
    title = _plain(raw.get("title", ""))
    if not guid or not (title or url):
        return None
    return FeedEntry(
        guid=guid,
        url=url,
        title=title,
        summary=_plain(raw.get("summary", "")),
        published=_published(raw),
        content=_full_content(raw),
    )


def _full_content(raw: Any) -> str:
    # content:encoded (RSS) and <content> (Atom) both land in ``content``; ``summary``
    # is only the teaser, so it never counts as the full text.
    for part in raw.get("content", []) or []:
        value = str(part.get("value", "")).strip()
        if value and part.get("type", "text/html") in {
            "text/html",
            "application/xhtml+xml",
            "text/plain",
        }:
            return value
    return ""


def _published(raw: Any) -> str | None:
    # ISO 8601 in UTC, so the store's text ordering is time ordering.
    for key in ("published_parsed", "updated_parsed"):
        stamp = raw.get(key)
        if stamp:
            return datetime.fromtimestamp(calendar.timegm(stamp), UTC).isoformat()
    text = str(raw.get("published", "") or raw.get("updated", "")).strip()
    return text or None


def _plain(html: str) -> str:
    """One line of plain text from the (sanitised) HTML feedparser returns."""
    text = str(html or "").strip()
    if not text:
        return ""
    if "<" in text or "&" in text:
        with contextlib.suppress(ValueError, lxml.etree.ParserError):  # keep the raw text
            text = _summary_text(lxml.html.fragment_fromstring(text, create_parent="div"))
    return _APPEARED_FIRST.sub("", " ".join(text.split()))


# WordPress's line under each summary: "The post Bike lanes approved appeared first on
# Valley News."
_APPEARED_FIRST = re.compile(r"\s*\bThe post .{1,300} appeared first on .{1,100}$")


# Elements a summary's text breaks at: "<p>...lanes.</p><p>Work..." had read
# "lanes.Work".
_SUMMARY_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                             "blockquote", "tr", "td", "th", "figcaption"})
# A link to the story at a summary's end, which the feed's list shows as its own item.
_READ_MORE = re.compile(r"(?:read|continue reading|see|view)(?: the)?(?: full| rest of the)?"
                        r"(?: more| story| article| post)?\W*|more\W*|\W+", re.IGNORECASE)


def _summary_text(tree: lxml.html.HtmlElement) -> str:
    """A summary's text, its blocks apart and its "Read more" link left out ("The
    council voted for forty kilometres of lanes.Read more", QA pages)."""
    for link in list(tree.iter("a")):
        if _READ_MORE.fullmatch(link.text_content().strip() or "-"):
            link.drop_tree()
    for element in tree.iter():
        if element.tag in _SUMMARY_BLOCKS:
            element.tail = " " + (element.tail or "")
            element.text = " " + (element.text or "")
    return tree.text_content()


# --- following and refreshing -----------------------------------------------------


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """The validators a server gave last time, sent back so "no change" is a cheap 304."""
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def follow_feed(
    store: Store, url: str, *, client: httpx.Client | None = None, now: datetime
) -> tuple[int, ParsedFeed]:
    """Fetch and check ``url`` first, then save the feed and its items; returns (id, feed).

    Nothing is stored when the address is not a readable feed.
    """
    with client_or_default(client) as http:
        response = download(url, client=http, accept=FEED_TYPES, what="feed")
    parsed = parse_feed(response.content, url=response.url)
    feed_id = store.add_feed(url, parsed.title)
    store.upsert_feed_items(feed_id, [entry.as_row() for entry in parsed.entries])
    store.update_feed_state(feed_id, response.etag, response.last_modified, checked_at=now)
    return feed_id, parsed


def follow_suggested(store: Store, url: str) -> str | None:
    """Follow one of `SUGGESTED_FEEDS` without fetching it (offline: its stories come
    with the next refresh); its title, or None when ``url`` is not a suggestion."""
    suggestion = next((s for s in SUGGESTED_FEEDS if s.url == url), None)
    if suggestion is None:
        return None
    store.add_feed(url, suggestion.program)
    return suggestion.program


def refresh_feed(
    store: Store, feed_id: int, *, client: httpx.Client | None = None, now: datetime
) -> RefreshResult:
    """Check one feed for new items with a conditional request.

    On any failure (``WebError``) nothing stored changes: items and validators are
    written only after the new feed has been downloaded and parsed.
    """
    feed = find_feed(store, feed_id)
    with client_or_default(client) as http:
        response = download(
            feed.url,
            client=http,
            accept=FEED_TYPES,
            headers=conditional_headers(feed.etag, feed.last_modified),
            what="feed",
        )
    if response.not_modified:
        store.update_feed_state(
            feed_id,
            response.etag or feed.etag,
            response.last_modified or feed.last_modified,
            checked_at=now,
        )
        return RefreshResult(new_items=0, not_modified=True)
    parsed = parse_feed(response.content, url=response.url)
    new_items = store.upsert_feed_items(feed_id, [entry.as_row() for entry in parsed.entries])
    if parsed.title and parsed.title != feed.title:
        store.add_feed(feed.url, parsed.title)  # same URL: updates the title only
    store.update_feed_state(feed_id, response.etag, response.last_modified, checked_at=now)
    return RefreshResult(new_items=new_items, not_modified=False)


def find_feed(store: Store, feed_id: int) -> Feed:
    """The followed feed with this id, or ``WebError`` saying there is none."""
    for feed in store.list_feeds():
        if feed.id == feed_id:
            return feed
    raise WebError(f"There is no feed number {feed_id}.")


def open_feed_item(
    item: FeedItem, *, client: httpx.Client | None = None, now: datetime
) -> FetchedArticle:
    """The article behind a feed item: its full text when the feed carried it, else its page."""
    if item.content.strip():
        html = (
            f"<html><head><title>{escape(item.title)}</title></head>"
            f"<body><article><h1>{escape(item.title)}</h1>{item.content}</article></body></html>"
        )
        article = article_from_text(html, source=item.url, fmt="html")
        return FetchedArticle(article=article, url=item.url, fetched_at=now)
    if not item.url:
        raise WebError(f"The feed item {item.title!r} has neither text nor a link.")
    return fetch_article(item.url, client=client, now=now)


def save_feed_item(
    store: Store, item: FeedItem, *, client: httpx.Client | None = None, now: datetime
) -> int:
    """Open a feed item and keep it: the article is saved (or updated, same URL) and the
    item linked to it, so it counts as read. Returns the article id; on failure nothing
    is stored."""
    fetched = open_feed_item(item, client=client, now=now)
    article_id = store.add_article(
        fetched.article, source_url=fetched.url or None, fetched_at=fetched.fetched_at
    )
    store.link_feed_item(item.id, article_id)
    return article_id


# --- what to read next --------------------------------------------------------------

T = TypeVar("T")


@dataclass(frozen=True)
class Candidate(Generic[T]):
    """An item with the share of its words the learner knows (0..1), and whether it was read."""

    item: T
    known_share: float
    read: bool = False


def distance_to_band(share: float, band: tuple[float, float] = COMFORT_BAND) -> float:
    """How far a known share lies outside the comfort band (0 inside it)."""
    low, high = band
    # Rounded so that shares equally far out (0.93 and 1.00) tie despite float noise.
    return round(max(low - share, share - high, 0.0), DISTANCE_DIGITS)


def next_to_read(items_with_share: Iterable[Candidate[T]], *, limit: int | None = None) -> list[T]:
    """Unread items, best first: those whose known share is nearest the 95–98 % band.

    At equal distance the easier text comes first (a text too hard discourages more
    than one slightly too easy), then the original order (feeds list newest first).
    """
    unread = [(index, c) for index, c in enumerate(items_with_share) if not c.read]
    unread.sort(
        key=lambda pair: (distance_to_band(pair[1].known_share), -pair[1].known_share, pair[0])
    )
    chosen = [candidate.item for _, candidate in unread]
    return chosen if limit is None else chosen[:limit]
