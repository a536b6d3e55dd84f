"""Every way a fetch can fail gives one plain line (a ``WebError``), against a real local server."""

from __future__ import annotations

import errno
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from localweb import LocalWeb, Route

from vocab.models import ArticleError
from vocab.web import (
    MAX_BYTES,
    MAX_REDIRECTS,
    PAGE_DEADLINE,
    PAGE_TYPES,
    USER_AGENT,
    WebError,
    download,
    fetch_article,
)

NOW = datetime(2024, 3, 12, 15, 0, tzinfo=UTC)


def _fails(url: str, client: httpx.Client) -> str:
    with pytest.raises(WebError) as caught:
        fetch_article(url, client=client, now=NOW)
    message = str(caught.value)
    assert "\n" not in message
    assert isinstance(caught.value, ArticleError)  # the CLI prints it and exits 2
    return message


def test_sends_a_clear_user_agent(web: LocalWeb, client: httpx.Client) -> None:
    web.routes["/plain"] = Route(b"Hello.", "text/plain; charset=utf-8")
    page = download(web.url("/plain"), client=client, accept=PAGE_TYPES)
    assert page.content == b"Hello."
    assert web.request_headers[-1]["user-agent"] == USER_AGENT


def test_no_network_is_one_line(closed_port: int, client: httpx.Client) -> None:
    message = _fails(f"http://127.0.0.1:{closed_port}/story", client)
    assert message == f"Could not reach 127.0.0.1:{closed_port}: the connection was refused."


def test_dns_failure_is_one_line(client: httpx.Client) -> None:
    message = _fails("http://news.invalid/story.html", client)
    assert message.startswith("Could not reach news.invalid: the name does not resolve")


def test_timeout_is_one_line(web: LocalWeb, client: httpx.Client) -> None:
    web.routes["/slow"] = Route(hold=True)
    host = web.base.removeprefix("http://")
    message = _fails(web.url("/slow"), client)
    assert message == f"{host} did not answer within 0.5 seconds; try again later."


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (404, "There is no page at {url} (HTTP 404)."),
        (500, "The server at {host} failed (HTTP 500); try again later."),
        (403, "{host} refused to give the page at {url} (HTTP 403)."),
    ],
)
def test_http_errors_are_one_line(
    web: LocalWeb, client: httpx.Client, status: int, expected: str
) -> None:
    web.routes["/page"] = Route(b"<html><body>error</body></html>", status=status)
    url = web.url("/page")
    assert _fails(url, client) == expected.format(url=url, host=web.base.removeprefix("http://"))


def test_missing_page_on_the_server_is_404(web: LocalWeb, client: httpx.Client) -> None:
    url = web.url("/nowhere")
    assert _fails(url, client) == f"There is no page at {url} (HTTP 404)."


def test_declared_too_large_is_refused_before_reading(web: LocalWeb, client: httpx.Client) -> None:
    web.routes["/big"] = Route(b"x" * (MAX_BYTES + 1), "text/html")
    url = web.url("/big")
    assert _fails(url, client) == f"The page at {url} is larger than 5 MB."


def test_too_large_is_caught_while_streaming(web: LocalWeb, client: httpx.Client) -> None:
    """No Content-Length and no end: the cap must stop the read, not the server."""
    web.routes["/endless"] = Route(endless=True)
    url = web.url("/endless")
    assert _fails(url, client) == f"The page at {url} is larger than 5 MB."


@pytest.mark.parametrize("content_type", ["image/jpeg", "application/json"])
def test_wrong_content_type_is_refused(
    web: LocalWeb, client: httpx.Client, content_type: str
) -> None:
    web.routes["/file"] = Route(b"%PDF-1.7", content_type)
    url = web.url("/file")
    expected = f"The address {url} gives {content_type}, not a web page or plain text."
    assert _fails(url, client) == expected


@pytest.mark.parametrize(
    ("content_type", "kind"),
    [
        ("application/pdf", "a PDF"),
        (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "a Word document",
        ),
    ],
)
def test_a_document_is_named_with_what_to_do(
    web: LocalWeb, client: httpx.Client, content_type: str, kind: str
) -> None:
    """A link to a PDF had been refused as "gives application/pdf"."""
    web.routes["/file"] = Route(b"%PDF-1.7", content_type)
    url = web.url("/file")
    assert _fails(url, client) == (
        f"The address {url} is {kind} ({content_type}), not a web page or plain text: "
        "download it, copy its text into a .txt file and import that."
    )


def test_follows_a_few_redirects_and_reports_the_final_address(
    web: LocalWeb, client: httpx.Client
) -> None:
    web.routes["/old"] = Route(status=301, location="/new")
    web.routes["/new"] = Route(b"Moved here.", "text/plain")
    page = download(web.url("/old"), client=client, accept=PAGE_TYPES)
    assert page.url == web.url("/new")


def test_redirect_loop_is_one_line(web: LocalWeb, client: httpx.Client) -> None:
    for hop in range(MAX_REDIRECTS + 2):
        web.routes[f"/hop{hop}"] = Route(status=302, location=f"/hop{hop + 1}")
    url = web.url("/hop0")
    assert _fails(url, client) == f"The page at {url} redirects more than {MAX_REDIRECTS} times."
    assert sum(web.hits.values()) == MAX_REDIRECTS + 1


@pytest.mark.parametrize("address", ["ftp://example.org/story", "file:///etc/passwd", "story.html"])
def test_only_web_addresses(address: str, client: httpx.Client) -> None:
    assert "is not a web address" in _fails(address, client)


def _client_raising(error: Exception) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    return httpx.Client(transport=httpx.MockTransport(handler))


def _connect_error(cause: OSError) -> httpx.ConnectError:
    try:
        raise httpx.ConnectError(str(cause)) from cause
    except httpx.ConnectError as error:
        return error


@pytest.mark.parametrize(
    ("cause", "reason"),
    [
        (OSError(errno.ENETUNREACH, "Network is unreachable"), "the network is unreachable"),
        (OSError(errno.EHOSTUNREACH, "No route to host"), "the network is unreachable"),
        (
            ssl.SSLCertVerificationError(1, "certificate verify failed"),
            "the secure connection failed",
        ),
    ],
)
def test_network_level_reasons_are_named(cause: OSError, reason: str) -> None:
    with _client_raising(_connect_error(cause)) as client:
        message = _fails("https://example.org/story", client)
    assert message.startswith(f"Could not reach example.org: {reason}")


def test_a_broken_connection_is_one_line() -> None:
    broken = httpx.RemoteProtocolError("peer closed connection\nwithout sending a body")
    with _client_raising(broken) as client:
        message = _fails("https://example.org/story", client)
    assert message == (
        "The connection to example.org broke while reading the page"
        " (peer closed connection without sending a body)."
    )


def test_a_reason_ending_in_a_full_stop_ends_the_line_once() -> None:
    """httpx's own reason ends in a full stop: the line ended "...a response.)."."""
    broken = httpx.RemoteProtocolError("Server disconnected without sending a response.")
    with _client_raising(broken) as client:
        message = _fails("https://example.org/story", client)
    assert message.endswith("(Server disconnected without sending a response).")


@pytest.mark.parametrize("target", ["http://[::1", "ftp://news.example.org/story"])
def test_a_redirect_to_no_web_address_names_the_redirect(
    target: str, web: LocalWeb, client: httpx.Client
) -> None:
    """It blamed the address typed ("is not a web address") for where the site sent it."""
    web.routes["/moved"] = Route(status=302, location=target)
    url = web.url("/moved")
    message = _fails(url, client)
    assert message.startswith(f"The page at {url} sends the reader on to")
    assert "Invalid" not in message


def test_a_page_that_trickles_in_without_end_stops_at_the_page_deadline() -> None:
    """A server that sends a few bytes at a time, each in time for the read timeout,
    never ended: `reader import` hung on it. The page as a whole has a deadline."""
    ticks = iter(range(0, 10_000, 5))  # each look at the clock: five seconds later

    def trickle() -> Iterator[bytes]:
        while True:
            yield b"<p>word</p>"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/html"}, content=trickle())

    with httpx.Client(transport=httpx.MockTransport(handler)) as client, pytest.raises(
        WebError
    ) as caught:
        download("https://example.org/story", client=client, accept=PAGE_TYPES,
                 clock=lambda: float(next(ticks)))
    assert str(caught.value) == (
        f"example.org sends the page too slowly: it had not all come within"
        f" {PAGE_DEADLINE:g} seconds; try again later."
    )
