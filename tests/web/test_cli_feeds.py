"""``reader feeds …`` end to end: the real CLI, the learner's store, a local server."""

from __future__ import annotations

import pytest
from localweb import LocalWeb, Route

from reader.cli import main
from reader.paths import store_path
from vocab.feeds import SUGGESTED_FEEDS
from vocab.store import Store

RSS = "application/rss+xml; charset=utf-8"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_refresh_remove(web: LocalWeb, capsys: pytest.CaptureFixture[str]) -> None:
    url = web.serve_file("/api/science", "voa_rss.xml", RSS, etag='"v1"')

    code, out, _ = _run(capsys, "feeds", "add", url)
    assert code == 0
    assert out == "Following feed 1: Science & Technology - Learning English (2 stories).\n"

    code, out, _ = _run(capsys, "feeds", "list")
    assert code == 0
    assert "  1  Science & Technology - Learning English" in out
    assert url in out
    assert "2 stories, 2 unread; checked " in out

    code, out, _ = _run(capsys, "feeds", "refresh", "1")
    assert (code, out) == (0, "  1  Science & Technology - Learning English: no change.\n")

    code, out, _ = _run(capsys, "feeds", "refresh", "--all")
    assert (code, out) == (0, "  1  Science & Technology - Learning English: no change.\n")
    assert web.hits["/api/science"] == 3

    code, out, _ = _run(capsys, "feeds", "remove", "1")
    assert out == "Stopped following feed 1: Science & Technology - Learning English.\n"
    with Store.open(store_path()) as store:
        assert store.list_feeds() == []


def test_refresh_all_reports_each_failure_and_checks_the_rest(
    web: LocalWeb, capsys: pytest.CaptureFixture[str]
) -> None:
    good = web.serve_file("/good", "voa_rss.xml", RSS)
    web.routes["/bad"] = Route(b"<rss><channel><title>Bad</title>", RSS)
    assert main(["feeds", "add", good]) == 0
    with Store.open(store_path()) as store:
        store.add_feed(web.url("/bad"), "Broken feed")
    capsys.readouterr()

    code, out, err = _run(capsys, "feeds", "refresh")
    assert code == 2
    assert "Science & Technology - Learning English: 0 new stories." in out
    [line] = err.splitlines()
    assert line.startswith("reader: feed 2 (Broken feed): The address ")
    assert "is not an XML feed" in line


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["feeds", "remove", "9"], "reader: There is no feed number 9.\n"),
        (["feeds", "refresh", "9"], "reader: There is no feed number 9.\n"),
        (["feeds", "refresh"],
         "reader: You follow no feeds yet; add one with `reader feeds add URL`.\n"),
        (["feeds", "add", "http://feeds.invalid/rss"],
         "reader: Could not reach feeds.invalid: the name does not resolve"
         " (check the address and your connection).\n"),
    ],
)
def test_user_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = _run(capsys, *argv)
    assert (code, out, err) == (2, "", message)


def test_suggest_lists_programs_and_fetches_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "feeds", "suggest")
    assert code == 0
    for feed in SUGGESTED_FEEDS:
        assert f"  {feed.program}: {feed.about}\n    reader feeds add {feed.url}\n" in out
    assert not store_path().exists()  # suggesting touches neither the network nor the store


def test_list_with_no_feeds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "feeds", "list")
    assert code == 0
    assert out == "You follow no feeds yet. `reader feeds suggest` lists some to add.\n"
