"""Reading an article from the web: one bounded, polite fetch, then the project's cleaner.

``fetch_article(url, now=...)`` downloads a page with httpx (timeouts, a redirect limit,
a size cap enforced while streaming, a short list of text content types) and hands it
to ``vocab.articles``, whose HTML path extracts the main text and metadata with
trafilatura, so a web page is cleaned exactly like a saved ``.html`` file. Every
failure a learner can meet becomes one ``WebError`` with a plain message; nothing here
writes anywhere.

``download()`` is shared with ``vocab.feeds`` so feeds get the same limits and messages.
"""

from __future__ import annotations

import errno
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import httpx

from vocab.articles import article_from_text
from vocab.models import Article, ArticleError
from vocab.text_encodings import decode_as_declared
from vocab.textfile import MAX_BYTES, Format, decode_text, sniff_format

USER_AGENT = "voa-reader/0.1 (+terminal reader for English learners)"

# Connecting is quick or not at all; a slow news server may take a while to start
# sending a long page, so the read timeout (per read, not per page) is longer.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
TIMEOUT = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
# A server that trickles a few bytes at a time, each in time for the read timeout,
# never ended (`reader import` hung): the whole page must have come by then.
PAGE_DEADLINE = 60.0

# A page is held to the size of a file the reader opens (a long news page with its
# scripts inlined is under 2 MB); counting while streaming keeps a huge or endless
# response (or a compression bomb: we count decoded bytes) from filling memory.
MAX_SIZE_LABEL = f"{MAX_BYTES // (1024 * 1024)} MB"

# http -> https -> www -> canonical path is three hops; more is a loop or a tracker chain.
MAX_REDIRECTS = 5

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", "text/markdown",
                        "text/x-markdown"})
MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class WebError(ArticleError):
    """A page or feed could not be fetched or read; the message is one plain line."""


@dataclass(frozen=True)
class Download:
    """What came back from one request: the final address and the body (empty on 304)."""

    url: str
    status: int
    content: bytes
    media_type: str
    charset: str | None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class FetchedArticle:
    """An article read from the web, with the address it finally came from and when."""

    article: Article
    url: str
    fetched_at: datetime


def make_client(*, timeout: httpx.Timeout | float = TIMEOUT) -> httpx.Client:
    """An httpx client with our limits. The caller closes it (use it as a context manager)."""
    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": USER_AGENT},
    )


@contextmanager
def client_or_default(client: httpx.Client | None) -> Iterator[httpx.Client]:
    """Use the caller's client as it is, or a fresh one of ours that is closed afterwards."""
    if client is not None:
        yield client
        return
    with make_client() as own:
        yield own


def fetch_article(url: str, *, client: httpx.Client | None = None, now: datetime) -> FetchedArticle:
    """Download ``url`` and turn it into a cleaned ``Article`` (glossary kept when present).

    Raises ``WebError`` with one plain line for every network, HTTP or content problem.
    """
    with client_or_default(client) as http:
        page = download(url, client=http, accept=PAGE_TYPES)
    return FetchedArticle(article=article_from_download(page), url=page.url, fetched_at=now)


def article_from_download(page: Download) -> Article:
    """The article in a downloaded page, cleaned by the project's one cleaner.

    For HTML, ``vocab.html_text.html_to_text`` runs trafilatura (main text, title, author,
    date) and reads VOA's "Words in This Story" from the page itself, since extractors
    tend to drop that box; plain text goes straight to the cleaner.
    """
    text = decode(page)
    fmt: Format
    if page.media_type in HTML_TYPES:
        fmt = "html"
    elif page.media_type in MARKDOWN_TYPES or _MARKDOWN_PATH.search(page.url.split("?")[0]):
        # A Markdown file served as it is (a repository's "raw" link): its "##" marks
        # and "**" had shown as written.
        fmt = "md"
    else:
        fmt = sniff_format(text)
    return article_from_text(text, source=page.url, fmt=fmt)


_MARKDOWN_PATH = re.compile(r"\.(?:md|markdown|mdown|mkd)$", re.IGNORECASE)


def decode(page: Download) -> str:
    """The body as text: in the charset the server declared, read as browsers read it
    (ISO-8859-1 as windows-1252), when its bytes are valid in it; else the project's
    detection (BOM, UTF-8, the page's own <meta>, then charset-normalizer). A server
    set to UTF-8 that sent an old page in windows-1252 had "Caf\ufffd" for "Café",
    and one that said ISO-8859-1 lost its curly quotes and dashes."""
    if page.charset and (text := decode_as_declared(page.content, page.charset)) is not None:
        return text
    return decode_text(page.content, page.url)


# --- downloading -------------------------------------------------------------------


def download(
    url: str,
    *,
    client: httpx.Client,
    accept: frozenset[str],
    headers: Mapping[str, str] | None = None,
    what: str = "page",
    clock: Callable[[], float] = time.monotonic,
) -> Download:
    """GET ``url`` within our limits (``PAGE_DEADLINE`` by ``clock`` for the whole
    body). With conditional ``headers``, a 304 comes back as
    ``not_modified`` with no body; without them a 304 is an error like any other.

    ``accept`` lists the media types we read; ``what`` ("page", "feed") words the errors.
    """
    check_address(url)
    deadline = clock() + PAGE_DEADLINE
    try:
        with client.stream("GET", url, headers=dict(headers or {})) as response:
            final = str(response.url)
            if response.status_code == 304 and headers:
                return Download(final, 304, b"", "", None, *_validators(response.headers))
            _check_status(response, final, what)
            media_type, charset = _content_type(response.headers)
            if media_type not in accept:
                raise WebError(_wrong_type_message(final, media_type, what))
            content = _read_capped(response, final, what, lambda: clock() > deadline)
            return Download(
                final,
                response.status_code,
                content,
                media_type,
                charset,
                *_validators(response.headers),
            )
    except httpx.HTTPError as error:
        raise WebError(transport_message(error, url, what, client.timeout)) from error


# The largest TCP port; httpx takes a larger one and the connection then fails as if
# the site's name did not resolve.
MAX_PORT = 65535
# What every refusal of a malformed address ends with, so the learner sees the shape to copy.
ADDRESS_SHAPE = "an address looks like https://example.com/story.html"


def check_address(url: str) -> None:
    """Refuse anything but http(s) addresses before any network work."""
    site = re.split(r"[/?#]", url.partition("://")[2], maxsplit=1)[0]
    if url != url.strip() or " " in site or any(c.isspace() and c != " " for c in url):
        # httpx would quietly send a space as "%20" (to a site "exa%20mple.com"). A
        # space inside the path is left to it, as a browser does: feeds carry such links.
        raise WebError(f"{url!r} is not a web address: it has a space in it ({ADDRESS_SHAPE}).")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise WebError(f"{url!r} is not a web address: {_malformed(url, error)}.") from error
    if parsed.scheme not in {"http", "https"}:
        guess = f" (https://{url}?)" if not parsed.scheme and "." in url.split("/")[0] else ""
        raise WebError(
            f"{url!r} is not a web address: it must start with http:// or https://{guess}."
        )
    if not parsed.host:
        raise WebError(f"{url!r} is not a web address: it names no site ({ADDRESS_SHAPE}).")
    if parsed.port is not None and not 0 < parsed.port <= MAX_PORT:
        raise WebError(
            f"{url!r} is not a web address: {parsed.port} is no port number"
            f" (ports run from 1 to {MAX_PORT}; {ADDRESS_SHAPE})."
        )
    if "%" in parsed.host:
        # httpx escapes what a site name cannot hold instead of refusing it.
        raise WebError(
            f"{url!r} is not a web address: its site name has a character no site"
            f" name can have ({ADDRESS_SHAPE})."
        )


def _malformed(url: str, error: httpx.InvalidURL) -> str:
    """What is wrong with an address httpx cannot parse, in a learner's words (httpx's
    own, "Invalid port: ':1'", name the part it tripped on, not the mistake)."""
    site = re.split(r"[/?#]", url.partition("://")[2], maxsplit=1)[0]
    reason = str(error)
    if site.count("[") != site.count("]"):
        what = "its site name opens a square bracket it does not close"
    elif reason.startswith("Invalid IPv6"):
        what = "what its square brackets hold is not a machine's number (an IPv6 address)"
    elif reason.startswith("Invalid port"):
        what = "what follows the ':' after its site name is not a port number"
    else:
        what = "it is not written the way an address is"
    return f"{what} ({ADDRESS_SHAPE})"


def host_of(url: str) -> str:
    """The host (and port, when one is given) as a learner would recognise it."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return url
    return f"{parsed.host}:{parsed.port}" if parsed.port else parsed.host


def _validators(headers: httpx.Headers) -> tuple[str | None, str | None]:
    return headers.get("etag"), headers.get("last-modified")


def _content_type(headers: httpx.Headers) -> tuple[str, str | None]:
    value = headers.get("content-type", "")
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip('"').lower()
    return media_type.strip().lower(), charset


# What only a feed is sent as (`vocab.feeds.FEED_TYPES` reads more); a bare XML
# type may be a feed or other data.
FEED_ONLY_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/x-rss+xml",
        "application/x-atom+xml",
    }
)
XML_TYPES = frozenset({"application/xml", "text/xml"})


# Documents a page's link may give, as the learner knows them.
_DOCUMENT_TYPES = {
    "application/pdf": "a PDF",
    "application/msword": "a Word document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "a Word document",
    "application/vnd.oasis.opendocument.text": "an OpenDocument text",
    "application/rtf": "an RTF document",
    "text/rtf": "an RTF document",
    "application/epub+zip": "an EPUB book",
}


def _wrong_type_message(url: str, media_type: str, what: str) -> str:
    kind = media_type or "no content type"
    # A teacher gave `reader import` a program's feed address and was told only
    # "gives application/xml" (QA7): a feed is followed, not imported.
    follow = f"follow it with `reader feeds add {url}`"
    if what == "page" and media_type in FEED_ONLY_TYPES:
        return f"The address {url} is a news feed ({kind}), not a story to read: {follow}."
    wanted = "a web page or plain text" if what == "page" else "an RSS or Atom feed"
    if what == "page" and (document := _DOCUMENT_TYPES.get(media_type)):
        # "gives application/pdf" named the file in words a learner need not know.
        return (
            f"The address {url} is {document} ({kind}), not a web page or plain text: "
            "download it, copy its text into a .txt file and import that."
        )
    message = f"The address {url} gives {kind}, not {wanted}."
    if what == "page" and media_type in XML_TYPES:
        return f"{message} If it is a news feed, {follow}."
    return message


def _check_status(response: httpx.Response, url: str, what: str) -> None:
    code = response.status_code
    if code < 300:
        return
    host = host_of(url)
    if code in (404, 410):
        message = f"There is no {what} at {url} (HTTP {code})."
    elif code in (401, 403):
        message = f"{host} refused to give the {what} at {url} (HTTP {code})."
    elif code == 429:
        message = f"{host} asks us to slow down (HTTP 429); try again later."
    elif code >= 500:
        message = f"The server at {host} failed (HTTP {code}); try again later."
    else:
        message = f"{host} could not give the {what} at {url} (HTTP {code})."
    raise WebError(message)


def _read_capped(
    response: httpx.Response, url: str, what: str, past_deadline: Callable[[], bool]
) -> bytes:
    too_large = f"The {what} at {url} is larger than {MAX_SIZE_LABEL}."
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise WebError(too_large)  # refused before reading a byte of it
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_BYTES:
            raise WebError(too_large)
        if past_deadline():
            raise WebError(
                f"{host_of(url)} sends the {what} too slowly: it had not all come within"
                f" {PAGE_DEADLINE:g} seconds; try again later."
            )
        chunks.append(chunk)
    return b"".join(chunks)


def transport_message(error: httpx.HTTPError, url: str, what: str, timeout: httpx.Timeout) -> str:
    """One plain line for a network-level failure (names the host, says what to check)."""
    host = host_of(url)
    if isinstance(error, httpx.TimeoutException):
        limit = timeout.connect if isinstance(error, httpx.ConnectTimeout) else timeout.read
        within = f" within {limit:g} seconds" if limit else ""
        return f"{host} did not answer{within}; try again later."
    if isinstance(error, httpx.TooManyRedirects):
        return f"The {what} at {url} redirects more than {MAX_REDIRECTS} times."
    if isinstance(error, httpx.ConnectError):
        return f"Could not reach {host}: {_connect_reason(error)}."
    # `check_address` passed ``url`` itself, so these come from where the site sent the
    # reader on to: a "Location" httpx cannot parse, or one that is not http(s).
    if isinstance(error, httpx.InvalidURL | httpx.UnsupportedProtocol) or (
        isinstance(error, httpx.RemoteProtocolError) and "location header" in str(error)
    ):
        return (
            f"The {what} at {url} sends the reader on to an address that is not a web"
            " page's; open it in a browser to see where it goes."
        )
    return f"The connection to {host} broke while reading the {what} ({_one_line(error)})."


def _connect_reason(error: BaseException) -> str:
    for cause in _causes(error):
        if isinstance(cause, socket.gaierror):
            return "the name does not resolve (check the address and your connection)"
        if isinstance(cause, ConnectionRefusedError):
            return "the connection was refused"
        if isinstance(cause, ssl.SSLError):
            # Built by hand, an SSLError may lack ``reason``; a certificate error says why.
            detail = (
                getattr(cause, "verify_message", None)
                or getattr(cause, "reason", None)
                or _one_line(cause)
            )
            return f"the secure connection failed ({detail})"
        if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return "the network is unreachable"
    return _one_line(error) or "the connection failed"


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _one_line(error: BaseException) -> str:
    # httpx ends some reasons with a full stop; the line that quotes one ends it.
    return " ".join(str(error).split()).rstrip(".")
