"""Feeds (f in the library, or the command palette): followed news feeds and their stories.

For each story the learner sees how much of it they would know (the share of running
words, and how many new words) when the feed carries the full text, and the story
"next to read" (nearest the 95–98 % band, ``vocab.feeds.next_to_read``) is marked.
Nothing is fetched unless the learner adds, refreshes or opens something; every
fetch runs in a worker, and a failure is one line, with nothing stored changed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Static

from reader.failures import ReportsWorkerFailures, internal_error
from reader.labels import known_percent, when_text
from reader.screens.dialogs import ConfirmDialog
from reader.screens.feed_dialogs import FeedAddressDialog, SuggestedFeedsDialog
from reader.widgets.key_bar import KeyBar
from vocab.models import ArticleError, LanguageDataMissing, LearnerProfile

if TYPE_CHECKING:
    from datetime import datetime

    from reader.app import ReaderApp
    from vocab.engine import Engine
    from vocab.models import Article
    from vocab.store import Feed, FeedItem, Store

log = logging.getLogger("reader.feeds")

# Story titles take what the other columns (mark, date, known, new words, cell padding)
# leave, within these bounds, so the figures stay on screen at 80 columns.
TITLE_WIDTH = (16, 60)
OTHER_COLUMNS_WIDTH = 1 + 10 + 11 + 9 + 2 * 5 + 5
NEXT_MARK = "★"
OPEN_TO_SEE = "open to see"
NO_FEEDS = ("You follow no feeds yet. Press a to add one by its address, or p to choose "
            "a VOA Learning English program.")


class FeedsChanged(Message):
    """Feeds or their stories changed in the store; the tables should be re-read."""


class FeedError(Message):
    """A fetch the learner asked for failed (one line for a notification)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class ItemFigures(Message):
    """How much of a story (with full text in its feed) this learner knows."""

    def __init__(self, item_id: int, known_share: float, new_words: int) -> None:
        super().__init__()
        self.item_id = item_id
        self.known_share = known_share
        self.new_words = new_words


class StorySaved(Message):
    """A story was fetched and saved as an article; the reader should open it."""

    def __init__(self, article_id: int, title: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.title = title


def story_figures(engine: Engine, article: Article,
                  profile: LearnerProfile) -> tuple[float, int]:
    """(share of running words known, distinct new words) of a story."""
    from vocab.difficulty import difficult_for
    from vocab.figures import article_figures

    tokens = engine.analyse(article).tokens
    new = {t.lemma.lower() for t in tokens if t.is_word and difficult_for(t, profile)}
    return article_figures(tokens, profile).known_share, len(new)


def story_text(store: Store, item: FeedItem, now: datetime) -> Article | None:
    """A story's text without the network: the article it was saved as, else the text
    its feed carried; None for a teaser whose page was never fetched."""
    from vocab.feeds import open_feed_item

    if item.article_id is not None:
        saved = store.get_article(item.article_id)
        if saved is not None:
            return saved.article
    return open_feed_item(item, now=now).article if item.content.strip() else None


class FeedsScreen(ReportsWorkerFailures, Screen[None]):
    """Followed feeds on top, the stories of the highlighted feed below."""

    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("q", "close", "Close", show=False),
        Binding("a", "add_feed", "Add feed"),
        Binding("p", "suggested", "VOA programs"),
        Binding("r", "refresh", "Refresh"),
        Binding("d,delete", "remove_feed", "Remove feed", key_display="d"),
        Binding("enter", "open_story", "Open", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.figures: dict[int, tuple[float, int]] = {}
        """Known share and new words of stories, by item id (for this learner)."""
        self.next_item_id: int | None = None
        self._figures_level: str | None = None

    @property
    def reader_app(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static("Feeds", id="feeds-title")
        yield DataTable(id="feeds", cursor_type="row")
        yield DataTable(id="stories", cursor_type="row", zebra_stripes=True)
        yield Static(id="feeds-hint", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = "Feeds"
        feeds = self.query_one("#feeds", DataTable)
        feeds.add_columns("Feed", "Stories", "Unread", "Checked")
        stories = self.query_one("#stories", DataTable)
        stories.add_columns(" ", "Story", "Published", "Known", "New words")
        self.refresh_tables()
        feeds.focus()

    def on_screen_resume(self) -> None:
        self.refresh_tables()

    def on_resize(self) -> None:
        self.refresh_stories()

    # -- the tables ----------------------------------------------------------------

    def _cursor_key(self, table_id: str) -> str | None:
        table = self.query_one(table_id, DataTable)
        if table.row_count == 0:
            return None
        key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return key.value

    def selected_feed(self) -> Feed | None:
        key = self._cursor_key("#feeds")
        return next((f for f in self.reader_app.store.list_feeds() if str(f.id) == key), None)

    def selected_story(self) -> FeedItem | None:
        key = self._cursor_key("#stories")
        return next((i for i in self.reader_app.store.list_feed_items() if str(i.id) == key),
                    None)

    def refresh_tables(self) -> None:
        store = self.reader_app.store
        table = self.query_one("#feeds", DataTable)
        chosen = self.selected_feed()
        table.clear()
        feeds = store.list_feeds()
        now = self.reader_app.now()
        for feed in feeds:
            items = store.list_feed_items(feed.id)
            unread = sum(1 for item in items if not item.seen)
            table.add_row(Text(feed.title or feed.url, no_wrap=True, overflow="ellipsis"),
                          Text(str(len(items)), justify="right"),
                          Text(str(unread), justify="right"),
                          Text(when_text(feed.last_checked, now)), key=str(feed.id))
        if chosen is not None and str(chosen.id) in table.rows:
            table.move_cursor(row=table.get_row_index(str(chosen.id)))
        self.refresh_stories()
        self._queue_figures()
        self.refresh_bindings()  # Remove and Refresh are dimmed without a feed

    def refresh_stories(self) -> None:
        store = self.reader_app.store
        table = self.query_one("#stories", DataTable)
        chosen = self.selected_story()
        table.clear()
        feed = self.selected_feed()
        items = store.list_feed_items(feed.id) if feed else []
        shares = self._known_shares(items)
        self.next_item_id = self._next_to_read(items, shares)
        for item in items:
            table.add_row(*self._cells(item, shares.get(item.id)), key=str(item.id))
        if chosen is not None and str(chosen.id) in table.rows:
            table.move_cursor(row=table.get_row_index(str(chosen.id)))
        self._show_hint(items)

    def _known_shares(self, items: list[FeedItem]) -> dict[int, float]:
        saved = {a.id: a.known_share for a in self.reader_app.store.list_articles()}
        shares: dict[int, float] = {}
        for item in items:
            share = saved.get(item.article_id) if item.article_id is not None else None
            if share is None and item.id in self.figures:
                share = self.figures[item.id][0]
            if share is not None:
                shares[item.id] = share
        return shares

    @staticmethod
    def _next_to_read(items: list[FeedItem], shares: dict[int, float]) -> int | None:
        from vocab.feeds import Candidate, next_to_read

        best = next_to_read([Candidate(item.id, shares[item.id], item.seen)
                             for item in items if item.id in shares], limit=1)
        return best[0] if best else None

    def _cells(self, item: FeedItem, share: float | None) -> list[Text]:
        is_next = item.id == self.next_item_id
        title = Text(item.title or item.url, no_wrap=True, style="bold" if is_next else "")
        low, high = TITLE_WIDTH
        title.truncate(max(low, min(high, self.size.width - OTHER_COLUMNS_WIDTH)),
                       overflow="ellipsis")
        new_words = self.figures.get(item.id, (0.0, None))[1]
        if share is not None:
            known = Text(known_percent(share), justify="right")
        elif item.content.strip():
            known = Text("…", style="dim", justify="right")
        else:
            known = Text(OPEN_TO_SEE, style="dim")
        return [
            Text(NEXT_MARK if is_next else ("✓" if item.seen else " ")),
            title,
            Text((item.published or "")[:10]),
            known,
            Text(str(new_words) if new_words is not None else "", justify="right"),
        ]

    def _show_hint(self, items: list[FeedItem]) -> None:
        hint = self.query_one("#feeds-hint", Static)
        if not self.reader_app.store.list_feeds():
            hint.update(NO_FEEDS)
            return
        chosen = next((i for i in items if i.id == self.next_item_id), None)
        if chosen is None:
            hint.update("Enter opens a story. ✓ read; Known: the share of its words you know.")
            return
        share = self._known_shares([chosen]).get(chosen.id, 0.0)
        hint.update(f"{NEXT_MARK} Next to read: {chosen.title} ({known_percent(share)} of its "
                    "words known; 95–98 % is comfortable, with a few new words to learn).")

    @on(DataTable.RowHighlighted, "#feeds")
    def _feed_highlighted(self) -> None:
        self.refresh_stories()

    @on(DataTable.RowSelected, "#feeds")
    def _feed_selected(self) -> None:
        self.query_one("#stories", DataTable).focus()

    @on(DataTable.RowSelected, "#stories")
    def _story_selected(self) -> None:
        self.action_open_story()

    # -- actions ---------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Remove and Refresh dimmed in the key bar while there is no feed for them: d
        did nothing at all with none followed (QA walk-through). Still in the help."""
        if action == "remove_feed":
            return True if self.query_one("#feeds", DataTable).row_count else None
        if action == "refresh":
            return True if self.query_one("#feeds", DataTable).row_count else None
        return True

    def action_close(self) -> None:
        self.dismiss()

    def action_add_feed(self) -> None:
        def followed(message: str | None) -> None:
            if message:
                self.notify(message, timeout=10, markup=False)
                self.refresh_tables()

        self.app.push_screen(FeedAddressDialog(self._follow_now), followed)

    def action_suggested(self) -> None:
        followed = {feed.url for feed in self.reader_app.store.list_feeds()}

        def chosen(url: str | None) -> None:
            if url:
                self._follow(url)

        self.app.push_screen(SuggestedFeedsDialog(followed), chosen)

    def action_refresh(self) -> None:
        if not self.reader_app.store.list_feeds():
            self.notify(NO_FEEDS, severity="warning", markup=False)
            return
        self.query_one("#feeds-hint", Static).update("Checking your feeds…")
        self._refresh_feeds()

    def action_remove_feed(self) -> None:
        feed = self.selected_feed()
        if feed is None:
            return
        name = feed.title or feed.url

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.reader_app.store.remove_feed(feed.id)
                self.notify(f"Stopped following “{name}”.", markup=False)
                self.refresh_tables()

        self.app.push_screen(ConfirmDialog(f"Stop following “{name}”? Saved articles stay."),
                             confirmed)

    def action_open_story(self) -> None:
        item = self.selected_story()
        if item is None:
            return
        if item.article_id is not None and self.reader_app.store.get_article(item.article_id):
            self._open_reader(item.article_id)
            return
        self.query_one("#feeds-hint", Static).update(Content(f"Opening “{item.title}”…"))
        self._save_story(item)

    def _open_reader(self, article_id: int) -> None:
        self.reader_app.open_article(article_id)

    # -- workers: network and engine off the UI thread; they only post messages --------

    def _follow_now(self, url: str) -> str:
        """Follow the feed at ``url`` (it fetches: call it off the UI thread) and say
        what came of it; `WebError` when it cannot be followed."""
        from vocab.feeds import follow_feed, follow_suggested
        from vocab.web import WebError

        store = self.reader_app.store
        try:
            _, parsed = follow_feed(store, url, now=self.reader_app.now())
        except WebError as error:
            # A suggested program is followed all the same: it is a feed, and its
            # stories come with the next refresh (r), when the connection is back.
            title = follow_suggested(store, url)
            if title is None:
                raise
            reason = str(error).rstrip(".")
            return (f"Following “{title}”. Its stories could not be fetched now ("
                    f"{reason[:1].lower()}{reason[1:]}): press r to check again once you "
                    "are online.")
        return f"Following “{parsed.title or url}” ({len(parsed.entries)} stories)."

    @work(thread=True, group="feeds-net", exit_on_error=False)
    def _follow(self, url: str) -> None:
        from vocab.web import WebError

        try:
            message = self._follow_now(url)
        except WebError as error:
            self.post_message(FeedError(str(error)))
            return
        self.app.call_from_thread(self.notify, message, timeout=10, markup=False)
        self.post_message(FeedsChanged())

    @work(thread=True, group="feeds-net", exit_on_error=False)
    def _refresh_feeds(self) -> None:
        from vocab.feeds import refresh_feed
        from vocab.web import WebError, client_or_default

        store = self.reader_app.store
        new = checked = 0
        with client_or_default(None) as client:
            for feed in store.list_feeds():
                try:  # one feed down must not stop the others being checked
                    result = refresh_feed(store, feed.id, client=client,
                                          now=self.reader_app.now())
                except WebError as error:
                    self.post_message(FeedError(f"{feed.title or feed.url}: {error}"))
                    continue
                new += result.new_items
                checked += 1
        if checked:  # a failure already said its one line
            self.app.call_from_thread(
                self.notify, f"{new} new stor{'y' if new == 1 else 'ies'}.", markup=False)
        self.post_message(FeedsChanged())

    @work(thread=True, group="feeds-net", exit_on_error=False)
    def _save_story(self, item: FeedItem) -> None:
        from vocab.feeds import save_feed_item
        from vocab.web import WebError

        try:
            article_id = save_feed_item(self.reader_app.store, item, now=self.reader_app.now())
        except (WebError, ArticleError) as error:
            self.post_message(FeedError(str(error)))
            return
        except Exception:  # our bug: said and logged, not "Opening …" for good
            log.exception("opening feed item %s (%s) failed", item.id, item.url)
            self.post_message(FeedError(internal_error(f"“{item.title}” could not be opened")))
            return
        self.post_message(StorySaved(article_id, item.title))

    def _queue_figures(self) -> None:
        """Work out the known share of stories whose feed carried their full text."""
        app = self.reader_app
        level = app.profile.level.value
        if level != self._figures_level:
            self.figures.clear()  # another level: another share of known words
            self._figures_level = level
        # A story opened before has its text in the library: its figures too.
        missing = [item for item in app.store.list_feed_items()
                   if (item.content.strip() or item.article_id is not None)
                   and item.id not in self.figures]
        if missing:
            self._compute_figures(missing, app.profile)

    # Described: Textual's own description is the repr of the arguments, every word
    # the learner has marked among them, made on the UI thread.
    @work(thread=True, exclusive=True, group="feed-figures", exit_on_error=False,
          description="the figures of new stories")
    def _compute_figures(self, items: list[FeedItem], profile: LearnerProfile) -> None:
        app = self.reader_app
        try:
            engine = app.wait_for_engine()
        except LanguageDataMissing:
            return  # the app already said what to install
        for item in items:
            try:
                article = story_text(app.store, item, app.now())
                if article is None:
                    continue
                share, new = story_figures(engine, article, profile)
            except ArticleError:
                continue  # too short or empty: the learner can still open it
            except Exception:  # our bug: one story must not stop the others
                log.exception("figures of feed item %s failed", item.id)
                continue
            self.post_message(ItemFigures(item.id, share, new))

    # -- handlers ------------------------------------------------------------------------

    def on_feeds_changed(self, _: FeedsChanged) -> None:
        self.refresh_tables()

    def on_feed_error(self, message: FeedError) -> None:
        self.notify(message.text, title="Feeds", severity="error", markup=False)
        self._show_hint([])
        self.refresh_stories()

    def on_item_figures(self, message: ItemFigures) -> None:
        self.figures[message.item_id] = (message.known_share, message.new_words)
        self.refresh_stories()

    def on_story_saved(self, message: StorySaved) -> None:
        self.refresh_tables()
        self._open_reader(message.article_id)
