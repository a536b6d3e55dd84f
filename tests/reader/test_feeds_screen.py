"""Feeds: follow a feed served on 127.0.0.1, see how much of each story is known, refresh,
open a story into the reader, remove the feed; failures are one line, nothing changes."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from reader_steps import SIZE, open_by_key, settle, tab_order
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList

from reader.app import ReaderApp
from reader.labels import known_percent
from reader.screens.dialogs import ConfirmDialog
from reader.screens.feed_dialogs import FeedAddressDialog, SuggestedFeedsDialog
from reader.screens.feeds import NEXT_MARK, NO_FEEDS, OPEN_TO_SEE, FeedsScreen
from reader.screens.help import HelpScreen
from reader.screens.reading import ReadingScreen
from vocab.feeds import SUGGESTED_FEEDS

# The web tests' local server and their guard against any name but this machine's.
WEB_TESTS = Path(__file__).resolve().parent.parent / "web"
sys.path.insert(0, str(WEB_TESTS))
from localweb import LocalWeb, Route  # noqa: E402

_spec = importlib.util.spec_from_file_location("web_fixtures", WEB_TESTS / "conftest.py")
assert _spec is not None and _spec.loader is not None
web_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(web_fixtures)
web = web_fixtures.web
stay_on_this_machine = web_fixtures.stay_on_this_machine

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]
RSS = "application/rss+xml; charset=utf-8"
WHALES = "Why Whales Sing Lower Songs"  # the feed carries its full text
KENYA = "Farmers in Kenya Turn to Drought-Resistant Crops"  # a teaser: the page is fetched


def serve_feed(web: LocalWeb) -> str:
    web.serve_file("/story/kenya-crops.html", "voa_story.html", "text/html; charset=utf-8")
    return web.serve_file("/api/science", "voa_rss.xml", RSS, etag='"v1"')


def story_rows(screen: FeedsScreen) -> dict[str, list[str]]:
    table = screen.query_one("#stories", DataTable)
    return {str(row[1]): [str(cell) for cell in row]
            for row in (table.get_row(key) for key in table.rows)}


def notes(app: ReaderApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def open_feeds(pilot: Pilot) -> FeedsScreen:
    return await open_by_key(pilot, "f", FeedsScreen)


async def follow(pilot: Pilot, url: str) -> None:
    await pilot.press("a")
    assert isinstance(pilot.app.screen, FeedAddressDialog)
    await pilot.press(*url, "enter")
    await settle(pilot)


async def open_story(pilot: Pilot, screen: FeedsScreen, title: str) -> None:
    """Move to the story ``title`` and press Enter."""
    app: ReaderApp = pilot.app  # type: ignore[assignment]
    stories = screen.query_one("#stories", DataTable)
    stories.focus()
    stories.move_cursor(row=stories.get_row_index(
        str(next(i.id for i in app.store.list_feed_items() if i.title == title))))
    await pilot.press("enter")
    await settle(pilot)


async def test_follow_a_feed_see_known_shares_and_open_a_story(
    make_app: AppFactory, web: LocalWeb
) -> None:
    url = serve_feed(web)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_feeds(pilot)
        assert str(screen.query_one("#feeds-hint").render()) == NO_FEEDS
        await follow(pilot, url)
        assert isinstance(app.screen, FeedsScreen)
        feeds = app.store.list_feeds()
        assert [f.title for f in feeds] == ["Science & Technology - Learning English"]
        rows = story_rows(screen)
        assert set(rows) == {WHALES, KENYA}
        whales = next(i for i in app.store.list_feed_items() if i.title == WHALES)
        share, new_words = screen.figures[whales.id]
        assert 0.5 < share <= 1.0 and new_words >= 0
        assert rows[WHALES][3] == known_percent(share) and rows[WHALES][4] == str(new_words)
        assert rows[KENYA][3] == OPEN_TO_SEE
        assert screen.next_item_id == whales.id and rows[WHALES][0] == NEXT_MARK
        assert WHALES in str(screen.query_one("#feeds-hint").render())

        await pilot.press("r")
        await settle(pilot)
        assert web.hits["/api/science"] == 2
        assert "0 new stories." in notes(app)

        await open_story(pilot, screen, KENYA)
        assert isinstance(app.screen, ReadingScreen)
        saved = app.store.get_article(app.screen.article_id)
        assert saved is not None and saved.source_url == web.url("/story/kenya-crops.html")
        kenya = next(i for i in app.store.list_feed_items() if i.title == KENYA)
        assert kenya.seen and kenya.article_id == saved.id

        # Back on the feeds, an opened story has its figures too: its "New words" cell
        # stayed empty (QA walk-through), though its text is in the library now.
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        share, new_words = screen.figures[kenya.id]
        assert story_rows(screen)[KENYA][3:] == [known_percent(share), str(new_words)]


async def test_a_failing_refresh_is_one_line_and_changes_nothing(
    make_app: AppFactory, web: LocalWeb
) -> None:
    url = serve_feed(web)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_feeds(pilot)
        await follow(pilot, url)
        before = (app.store.list_feeds(), app.store.list_feed_items())
        web.routes["/api/science"] = Route(b"oops", "text/html", status=500)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        errors = [n for n in app._notifications if n.severity == "error"]
        assert len(errors) == 1 and "\n" not in str(errors[0].message)
        assert not any("new stor" in note for note in notes(app))
        assert (app.store.list_feeds(), app.store.list_feed_items()) == before


async def test_a_bad_address_is_refused_and_nothing_is_stored(
    make_app: AppFactory, web: LocalWeb
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_feeds(pilot)
        url = web.url("/no-such-feed")
        await follow(pilot, url)
        dialog = app.screen  # still open, with the address and why it failed
        assert isinstance(dialog, FeedAddressDialog) and not dialog.busy
        assert dialog.query_one(Input).value == url
        assert dialog.status and "Fetching" not in dialog.status
        assert app.store.list_feeds() == []
        dialog.query_one(Input).value = ""
        await pilot.press(*"not an address", "enter")
        assert dialog.status == "Type a web address that starts with http:// or https://."
        # A site's address without its https:// says what to type (QA walk-through).
        dialog.query_one(Input).value = ""
        await pilot.press(*"example.org/rss", "enter")
        assert dialog.status == ("Type a web address that starts with http:// or https://: "
                                 "https://example.org/rss")
        await pilot.press("escape")
        assert isinstance(app.screen, FeedsScreen)
        assert app.store.list_feeds() == []


async def test_suggested_programs_fetch_nothing_until_chosen(
    make_app: AppFactory, web: LocalWeb
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_feeds(pilot)
        await pilot.press("p")
        assert isinstance(app.screen, SuggestedFeedsDialog)
        assert app.screen.query_one(OptionList).option_count == len(SUGGESTED_FEEDS)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, FeedsScreen)
        assert app.store.list_feeds() == [] and not web.hits


async def test_remove_a_feed_after_confirming(make_app: AppFactory, web: LocalWeb) -> None:
    url = serve_feed(web)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_feeds(pilot)
        await follow(pilot, url)
        screen.query_one("#feeds", DataTable).focus()
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert len(app.store.list_feeds()) == 1
        await pilot.press("d", "y")
        await pilot.pause()
        assert app.store.list_feeds() == []
        assert str(screen.query_one("#feeds-hint").render()) == NO_FEEDS
        await pilot.press("escape")
        assert not isinstance(app.screen, FeedsScreen)


async def test_help_lists_the_feeds_keys(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_feeds(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        rows = {(str(table.get_row(k)[1]), str(table.get_row(k)[2])) for k in table.rows}
        assert {("Add feed", "feeds"), ("VOA programs", "feeds"), ("Refresh", "feeds"),
                ("Remove feed", "feeds")} <= rows


async def test_the_figures_stay_on_screen_at_80x24(make_app: AppFactory, web: LocalWeb) -> None:
    url = serve_feed(web)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_feeds(pilot)
        await follow(pilot, url)
        stories = screen.query_one("#stories", DataTable)
        assert stories.virtual_size.width <= stories.region.width
        assert all(str(row[1]).endswith("…") or len(str(row[1])) <= 34
                   for row in (stories.get_row(k) for k in stories.rows))


async def test_a_suggested_program_is_followed_even_when_it_cannot_be_fetched(
    make_app: AppFactory, web: LocalWeb, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Offline, a VOA program the app suggests is still followed (its stories come with
    a later refresh); any other address that cannot be read is refused."""
    from vocab import feeds
    from vocab.feeds import SuggestedFeed

    down = web.url("/program-offline")  # answers 404: as good as no connection
    monkeypatch.setattr(feeds, "SUGGESTED_FEEDS",
                        (SuggestedFeed("Test Program", down, "a program"),))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_feeds(pilot)
        await follow(pilot, down)
        assert [(f.url, f.title) for f in app.store.list_feeds()] == [(down, "Test Program")]
        told = [str(n.message) for n in app._notifications if "Test Program" in str(n.message)]
        # One message, not "its stories come with the next refresh" and "could not
        # reach" side by side (QA walk-through).
        assert told and told[0].startswith(
            "Following “Test Program”. Its stories could not be fetched now (")
        assert told[0].endswith("): press r to check again once you are online.")


async def test_a_story_that_fails_to_import_ends_the_wait_and_says_why(
    make_app: AppFactory, web: LocalWeb, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A page whose import failed inside the reader (an ImportError in the HTML
    importer, QA walk-through) left "Opening “…”…" on screen for good, and nothing in
    the log: now the wait ends, the learner is told in plain words where the details
    are, and the log has the traceback."""
    from reader.paths import log_path
    from vocab import textfile

    def broken(_html: str) -> None:
        raise ImportError("lxml.html.clean module is now a separate project")

    monkeypatch.setattr(textfile, "html_to_text", broken)
    url = serve_feed(web)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_feeds(pilot)
        await follow(pilot, url)
        await open_story(pilot, screen, KENYA)
        assert app.screen is screen
        assert "Opening" not in str(screen.query_one("#feeds-hint").render())
        [said] = [n for n in notes(app) if KENYA in n]
        assert "could not be opened" in said and str(log_path()) in said
        assert "Traceback" not in said and "ImportError" not in said
        assert any(r.exc_info and r.exc_info[0] is ImportError for r in caplog.records)
        kenya = next(i for i in app.store.list_feed_items() if i.title == KENYA)
        assert kenya.article_id is None


async def test_tab_in_the_follow_dialog_moves_to_its_buttons(make_app: AppFactory) -> None:
    """Its key bar offers Tab as "Next", which did nothing: the binding named an
    action the dialog lacks (as Settings' did, QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_feeds(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, FeedAddressDialog)
        assert await tab_order(pilot, 2) == ["follow", "cancel"]
