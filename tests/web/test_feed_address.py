"""A feed's address given to `reader import` says it is a feed and how to follow it."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from localweb import LocalWeb, Route

from vocab.web import WebError, fetch_article

NOW = datetime(2026, 1, 5, tzinfo=UTC)
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
    b"<item><title>Frost</title><link>http://example.com/a</link></item></channel></rss>"
)


@pytest.mark.parametrize(
    "content_type",
    [
        "application/rss+xml",
        "application/x-rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
    ],
)
def test_a_feeds_address_is_named_a_feed(
    web: LocalWeb, client: httpx.Client, content_type: str
) -> None:
    web.routes["/feed"] = Route(FEED, content_type)
    url = web.url("/feed")
    with pytest.raises(WebError) as caught:
        fetch_article(url, client=client, now=NOW)
    assert "news feed" in str(caught.value)
    assert f"reader feeds add {url}" in str(caught.value)
