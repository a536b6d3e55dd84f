"""Reading an article from the web: one bounded, polite fetch, then the project's cleaner.

``fetch_article(url, now=...)`` downloads a page with httpx (timeouts, a redirect limit,
a size cap enforced while streaming, a short list of text content types), extracts the
main text and metadata with trafilatura, and hands the text to ``vocab.articles`` so a
web page is cleaned exactly like a file. Every failure a learner can meet becomes one
``WebError`` with a plain message; nothing here writes anywhere.

``download()`` is shared with ``vocab.feeds`` so feeds get the same limits and messages.
"""

from __future__ import annotations

import errno
import re
import socket
import ssl
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime

import httpx
import lxml.html
import trafilatura

from vocab.models import Article, ArticleError

USER_AGENT = "voa-reader/0.1 (+terminal reader for English learners)"

# Connecting is quick or not at all; a slow news server may take a while to start
# sending a long page, so the read timeout (per read, not per page) is longer.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
TIMEOUT = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)

# A long news page with its scripts inlined is under 2 MB; anything past 5 MB is not an
# article a learner reads, and counting while streaming keeps a huge or endless
# response (or a compression bomb: we count decoded bytes) from filling memory.
MAX_BYTES = 5 * 1024 * 1024
MAX_SIZE_LABEL = "5 MB"

# http -> https -> www -> canonical path is three hops; more is a loop or a tracker chain.
MAX_REDIRECTS = 5

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# VOA Learning English ends each story with this heading and a VOA-style word list.
GLOSSARY_HEADING = "words in this story"
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "hr"})
# A glossary line: "predict –v. to say ...": a word, a dash, then a letter (the label).
_GLOSSARY_LINE = re.compile(r"\S\s*[–—-]\s*[a-zA-Z(]")


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
    if page.not_modified:
        raise WebError(f"The server at {host_of(url)} sent no page for {url} (HTTP 304).")
    return FetchedArticle(article=article_from_download(page), url=page.url, fetched_at=now)


def article_from_download(page: Download) -> Article:
    """The article in a downloaded page: HTML goes through trafilatura, plain text does not."""
    text = decode(page)
    if page.media_type in HTML_TYPES:
        return article_from_html(text, url=page.url)
    return _clean(text, page.url)


def article_from_html(html: str, *, url: str) -> Article:
    """Main text, title, author and date from a page, cleaned by the project's cleaner.

    trafilatura often drops VOA's "Words in This Story" box (it sits outside the story
    body on real pages), so when the extracted text lacks it we read it from the HTML
    and append it, and the cleaner's glossary parser sees it like in a pasted story.
    """
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
    )
    body = _blank_line_paragraphs(document.text if document is not None else "")
    if not body:
        raise WebError(f"Could not find the text of an article at {url}.")
    title = (document.title or "").strip() if document is not None else ""
    glossary = "" if GLOSSARY_HEADING in body.lower() else glossary_section(html)
    article = _clean("\n\n".join(p for p in (title, body, glossary) if p), url)
    return replace(
        article,
        title=article.title or title,
        source=url,
        author=article.author or (document.author or "" if document is not None else ""),
        published=article.published or (document.date or "" if document is not None else ""),
    )


def _clean(text: str, source: str) -> Article:
    # TEMP lazy import until vocab.articles lands
    from vocab.articles import article_from_text

    return article_from_text(text, source, "txt")


def glossary_section(html: str) -> str:
    """VOA's "Words in This Story" block as plain lines (heading first), or "" if absent."""
    root = _parse_html(html)
    if root is None:
        return ""
    heading = _glossary_heading(root)
    if heading is None:
        return ""
    lines = [line for line in _lines_after(heading) if _GLOSSARY_LINE.search(line)]
    if not lines:
        return ""
    return "Words in This Story\n\n" + "\n\n".join(lines)


def _parse_html(html: str) -> lxml.html.HtmlElement | None:
    # Bytes, because lxml refuses a str that carries an XML encoding declaration (XHTML).
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return None


def _glossary_heading(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    # Document order visits a <p> before the <strong> inside it: the outermost match wins.
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in {"html", "body"}:
            continue
        if _squash(element.text_content()).lower() == GLOSSARY_HEADING:
            return element
    return None


def _lines_after(heading: lxml.html.HtmlElement) -> list[str]:
    """Text lines that follow the heading, up to the next heading; climbs out of wrappers.

    The heading may be alone in its wrapper (``<div><h2>Words…</h2></div><div>…``), so
    when nothing follows it at its own level we look after its parent, then grandparent.
    """
    element: lxml.html.HtmlElement | None = heading
    for _ in range(3):
        if element is None:
            break
        lines = _split_lines(element.tail or "")
        for sibling in element.itersiblings():
            if isinstance(sibling.tag, str) and sibling.tag in _HEADING_TAGS:
                break
            lines.extend(_element_lines(sibling))
        if lines:
            return lines
        element = element.getparent()
    return []


def _element_lines(element: lxml.html.HtmlElement) -> list[str]:
    if not isinstance(element.tag, str):  # comments, processing instructions
        return _split_lines(element.tail or "")
    for inner in element.iter("br", "p", "li", "div", "dd", "dt"):
        inner.tail = "\n" + (inner.tail or "")
        if inner.tag != "br":
            inner.text = "\n" + (inner.text or "")
    return _split_lines(element.text_content())


def _split_lines(text: str) -> list[str]:
    return [squashed for line in text.split("\n") if (squashed := _squash(line))]


def _squash(text: str) -> str:
    return " ".join(text.split())


def _blank_line_paragraphs(text: str) -> str:
    # trafilatura puts one block per line; the cleaner reads paragraphs split by blank lines.
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def decode(page: Download) -> str:
    """The body as text: the declared charset when Python knows it, else UTF-8, lossy."""
    for encoding in (page.charset, "utf-8"):
        if not encoding:
            continue
        try:
            return page.content.decode(encoding, errors="replace")
        except LookupError:  # a charset name Python does not know
            continue
    return page.content.decode("utf-8", errors="replace")


# --- downloading -------------------------------------------------------------------


def download(
    url: str,
    *,
    client: httpx.Client,
    accept: frozenset[str],
    headers: Mapping[str, str] | None = None,
    what: str = "page",
) -> Download:
    """GET ``url`` within our limits. A 304 comes back as ``not_modified`` with no body.

    ``accept`` lists the media types we read; ``what`` ("page", "feed") words the errors.
    """
    check_address(url)
    try:
        with client.stream("GET", url, headers=dict(headers or {})) as response:
            final = str(response.url)
            if response.status_code == 304 and headers:
                return Download(
                    final, 304, b"", "", None, *_validators(response.headers)
                )
            _check_status(response, final, what)
            media_type, charset = _content_type(response.headers)
            if media_type not in accept:
                raise WebError(_wrong_type_message(final, media_type, what))
            content = _read_capped(response, final, what)
            return Download(final, response.status_code, content, media_type, charset,
                            *_validators(response.headers))
    except httpx.HTTPError as error:
        raise WebError(transport_message(error, url, what, client.timeout)) from error


def check_address(url: str) -> None:
    """Refuse anything but http(s) addresses before any network work."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise WebError(f"{url!r} is not a web address ({error}).") from error
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise WebError(f"{url!r} is not a web address: it must start with http:// or https://.")


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


def _wrong_type_message(url: str, media_type: str, what: str) -> str:
    kind = media_type or "no content type"
    wanted = "a web page or plain text" if what == "page" else "an RSS or Atom feed"
    return f"The address {url} gives {kind}, not {wanted}."


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


def _read_capped(response: httpx.Response, url: str, what: str) -> bytes:
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
    if isinstance(error, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return f"{url!r} is not a web address we can read ({error})."
    return f"The connection to {host} broke while reading the {what} ({_one_line(error)})."


def _connect_reason(error: BaseException) -> str:
    for cause in _causes(error):
        if isinstance(cause, socket.gaierror):
            return "the name does not resolve (check the address and your connection)"
        if isinstance(cause, ConnectionRefusedError):
            return "the connection was refused"
        if isinstance(cause, ssl.SSLError):
            return f"the secure connection failed ({cause.reason or cause})"
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
    return " ".join(str(error).split())
