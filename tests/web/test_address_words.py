"""A mistyped address is refused before any fetch, in words a learner reads, never a library's."""

from __future__ import annotations

import pytest

from vocab.web import WebError, check_address


def _refusal(address: str) -> str:
    with pytest.raises(WebError) as caught:
        check_address(address)
    return str(caught.value)


@pytest.mark.parametrize(
    "address",
    [
        "http://news exam.org/",
        "http://news.example.org\t/x",
        " https://news.example.org/",
    ],
)
def test_a_space_is_refused_plainly(address: str) -> None:
    message = _refusal(address)
    assert "space" in message
    assert "%20" not in message


@pytest.mark.parametrize(
    ("address", "says"),
    [
        ("http://[::1", "bracket"),
        ("http://news.example.org:eighty/", "port"),
        ("http://[not-an-ip]/", "square brackets"),
    ],
)
def test_a_malformed_site_is_named_plainly(address: str, says: str) -> None:
    message = _refusal(address)
    assert says in message
    assert "Invalid" not in message  # httpx's own wording stays out
    assert "example.com/story.html" in message  # what an address looks like


def test_a_percent_sign_in_the_site_name_is_refused() -> None:
    assert "site name" in _refusal("http://news%example.org/")


@pytest.mark.parametrize(
    "address",
    [
        "https://news.example.org/a%20story",
        "https://news.example.org/a story.html",  # a feed's link, sent as a browser would
        "https://news.example.org/find?q=storm warning",
        "http://[::1]:8080/x",
        "https://例え.jp/",
    ],
)
def test_good_addresses_pass(address: str) -> None:
    """Addresses a browser opens are let through to the fetch: nothing is said of them."""
    assert check_address(address) is None


@pytest.mark.parametrize(
    "address", ["http://news.example.org:99999/", "http://news.example.org:0/"]
)
def test_a_port_no_machine_has_is_refused(address: str) -> None:
    """It said the site's name "does not resolve", when the port was the mistake."""
    assert "port" in _refusal(address)
