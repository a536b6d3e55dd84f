"""A page whose server names the wrong encoding: the text comes out whole, in the
encoding its bytes and its own <meta> say, with no letter or quote lost."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from localweb import LocalWeb, Route

from vocab.web import fetch_article

NOW = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
PAGE = (
    "<html><head>{meta}<title>Caf\u00e9 Culture Grows</title></head><body><article>"
    "<h1>Caf\u00e9 Culture Grows</h1><p>More caf\u00e9s opened in the city this year than ever"
    " before, owners said on Monday.</p><p>The mayor\u2019s office welcomed the new"
    " businesses \u2014 and the jobs they bring.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("header", "meta"),
    [
        # A server set to UTF-8 sends an old page written in Windows' code page.
        ("text/html; charset=utf-8", '<meta charset="windows-1252">'),
        ("text/html; charset=utf-8", ""),
        # "ISO-8859-1" is read as windows-1252 by every browser: its quotes and dashes
        # are C1 control characters in latin-1, which the cleaner takes out.
        ("text/html; charset=ISO-8859-1", ""),
    ],
)
def test_a_page_in_windows_1252_loses_no_letter_or_quote(
    web: LocalWeb, client: httpx.Client, header: str, meta: str
) -> None:
    web.routes["/cafe"] = Route(PAGE.format(meta=meta).encode("cp1252"), header)
    article = fetch_article(web.url("/cafe"), client=client, now=NOW).article
    assert article.title == "Caf\u00e9 Culture Grows"
    assert article.body.split("\n\n") == [
        "More caf\u00e9s opened in the city this year than ever before, owners said on Monday.",
        "The mayor\u2019s office welcomed the new businesses \u2014 and the jobs they bring.",
    ]
