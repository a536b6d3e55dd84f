"""``reader feeds …`` and ``reader import URL_OR_FILE``: reading from the web into the store.

Nothing is fetched unless the learner runs one of these commands. Every failure is a
``WebError`` / ``UserError``: ``reader.cli.main`` prints its one line and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from reader.commands.common import (
    address_problem,
    file_names,
    is_url,
    load_local_article,
    read_article,
)
from reader.errors import UserError
from reader.labels import cleaning_note, counted, replaced_text_note
from reader.paths import store_path

if TYPE_CHECKING:
    from vocab.models import Article
    from vocab.store import Feed, Store


def register(subparsers: argparse._SubParsersAction) -> None:
    feeds = subparsers.add_parser(
        "feeds",
        help="follow news feeds (RSS or Atom), e.g. VOA Learning English programs",
        description="Follow news feeds. Nothing is fetched unless you add or refresh a feed.",
    )
    actions = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="follow a feed (it is fetched once to check it)")
    add.add_argument("url", metavar="URL", help="the feed's http(s) address")
    add.set_defaults(func=feeds_add)

    listing = actions.add_parser("list", help="the feeds you follow")
    listing.set_defaults(func=feeds_list)

    refresh = actions.add_parser("refresh", help="check feeds for new stories")
    which = refresh.add_mutually_exclusive_group()
    which.add_argument("feed_id", metavar="ID", type=int, nargs="?",
                       help="the feed to check (see `reader feeds list`)")
    which.add_argument("--all", action="store_true", help="check every feed (the default)")
    refresh.set_defaults(func=feeds_refresh)

    remove = actions.add_parser("remove", help="stop following a feed")
    remove.add_argument("feed_id", metavar="ID", type=int)
    remove.set_defaults(func=feeds_remove)

    suggest = actions.add_parser("suggest", help="VOA Learning English feeds you can add")
    suggest.set_defaults(func=feeds_suggest)


def _now() -> datetime:
    return datetime.now(UTC)


def _open_store() -> Store:
    from vocab.store import Store

    return Store.open(store_path())


# --- feeds ---------------------------------------------------------------------------


def feeds_add(args: argparse.Namespace) -> int:
    from vocab.feeds import follow_feed

    with _open_store() as store:
        feed_id, parsed = follow_feed(store, args.url, now=_now())
    title = parsed.title or args.url
    print(f"Following feed {feed_id}: {title} ({counted(len(parsed.entries), 'story')}).")
    return 0


def feeds_list(args: argparse.Namespace) -> int:
    with _open_store() as store:
        feeds = store.list_feeds()
        if not feeds:
            print("You follow no feeds yet. `reader feeds suggest` lists some to add.")
            return 0
        for feed in feeds:
            items = store.list_feed_items(feed.id)
            unread = sum(1 for item in items if not item.seen)
            print(f"{feed.id:>3}  {feed.title or '(no title)'}")
            print(f"     {feed.url}")
            print(f"     {counted(len(items), 'story')}, {unread} unread; {_checked(feed)}")
    return 0


def feeds_refresh(args: argparse.Namespace) -> int:
    from vocab.feeds import find_feed, refresh_feed
    from vocab.web import WebError, client_or_default

    with _open_store() as store, client_or_default(None) as client:
        if args.feed_id is not None:
            feed = find_feed(store, args.feed_id)
            result = refresh_feed(store, feed.id, client=client, now=_now())
            print(_refresh_line(feed, result.new_items, result.not_modified))
            return 0
        feeds = store.list_feeds()
        if not feeds:
            raise UserError("You follow no feeds yet; add one with `reader feeds add URL`.")
        failed = 0
        for feed in feeds:
            # One feed failing (a site down) should not stop the others being checked.
            try:
                result = refresh_feed(store, feed.id, client=client, now=_now())
            except WebError as error:
                failed += 1
                print(f"reader: feed {feed.id} ({feed.title or feed.url}): {error}",
                      file=sys.stderr)
                continue
            print(_refresh_line(feed, result.new_items, result.not_modified))
    return 2 if failed else 0


def feeds_remove(args: argparse.Namespace) -> int:
    from vocab.feeds import find_feed

    with _open_store() as store:
        feed = find_feed(store, args.feed_id)
        store.remove_feed(feed.id)
    print(f"Stopped following feed {feed.id}: {feed.title or feed.url}.")
    return 0


def feeds_suggest(args: argparse.Namespace) -> int:
    from vocab.feeds import SUGGESTED_FEEDS

    print("VOA Learning English programs (nothing is fetched until you add one):")
    for suggestion in SUGGESTED_FEEDS:
        print(f"  {suggestion.program}: {suggestion.about}")
        print(f"    reader feeds add {suggestion.url}")
    return 0


def _refresh_line(feed: Feed, new_items: int, not_modified: bool) -> str:
    name = f"{feed.id:>3}  {feed.title or feed.url}"
    if not_modified:
        return f"{name}: no change."
    return f"{name}: {counted(new_items, 'new story', 'new stories')}."


def _checked(feed: Feed) -> str:
    if feed.last_checked is None:
        return "never checked"
    return f"checked {feed.last_checked.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


# --- import ---------------------------------------------------------------------------


def load_article_from_source(source: str, *, now: datetime) -> Article:
    """The article at an http(s) URL (fetched and cleaned) or at a local path."""
    problem = address_problem(source)
    if problem is not None:
        raise UserError(problem)
    if is_url(source):
        from vocab.web import fetch_article

        return fetch_article(source, now=now).article
    return load_local_article(source)


@dataclass(frozen=True)
class SavedArticle:
    """An article `save_source` put in the library, and what to tell the learner."""

    article_id: int
    article: Article
    said: tuple[str, ...]
    """"Imported article 3: ...", or that it was updated, or already there as it is."""


def save_source(source: str) -> SavedArticle:
    """Read the article at ``source`` (an http(s) URL, a file, or "-" for standard
    input) into the library. The same URL, file or text again updates the saved
    article; `SavedArticle.said` says whether its text changed."""
    now = _now()
    fetched_at: datetime | None = None
    source_url: str | None = None
    if is_url(source):
        from vocab.web import fetch_article

        fetched = fetch_article(source, now=now)
        article, source_url, fetched_at = fetched.article, fetched.url, fetched.fetched_at
    else:
        article = read_article(source)  # a file, or "-": text pasted or piped in
    names = file_names(source) if source_url is None and source != "-" else ()
    if names:
        article = replace(article, source=names[0])
    with _open_store() as store:
        existing = store.find_article(source_url=source_url, body=article.body, file_names=names)
        saved = store.get_article(existing) if existing is not None else None
        article_id = store.add_article(article, source_url=source_url, fetched_at=fetched_at,
                                       file_names=names)
    title = article.title or "(no title)"
    said: tuple[str, ...]
    if saved is None:
        said = (f"Imported article {article_id}: {title}",)
    elif note := replaced_text_note(saved.article, article):
        said = (f"Updated article {article_id}: {title}", f"{note[0].upper()}{note[1:]}")
    else:  # as saved: the same text from another file changes nothing
        said = (f"Article {article_id} is already in your library, unchanged: "
                f"{saved.article.title or '(no title)'}",)
    return SavedArticle(article_id, article, said)


def import_source(args: argparse.Namespace) -> int:
    """``reader import URL_OR_FILE``: save the article, then show what was read."""
    saved = save_source(args.source)
    article = saved.article
    print("\n".join(saved.said))
    print(cleaning_note(article))
    print()
    print(first_paragraph(article))
    if article.glossary:
        print()
        print("Words in This Story")
        for entry in article.glossary:
            print(f"  {entry.as_voa_line()}")
    return 0


# An import shows how the text begins, in five lines of an 80-column terminal: a file
# of one run-on line printed its whole 65 KB (QA walk-through).
PREVIEW_CHARS = 400


def first_paragraph(article: Article) -> str:
    """The text's first paragraph, cut at a word with "…" past ``PREVIEW_CHARS``."""
    if article.paragraphs:
        start, end = article.paragraphs[0]
        paragraph = article.body[start:end]
    else:
        paragraph = article.body.split("\n\n", 1)[0]
    if len(paragraph) <= PREVIEW_CHARS:
        return paragraph
    cut = paragraph.rfind(" ", 0, PREVIEW_CHARS)
    return paragraph[: cut if cut > 0 else PREVIEW_CHARS - 1].rstrip() + "…"
