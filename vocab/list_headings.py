"""A list's heading put back where the extractor kept the list without it.

trafilatura keeps a live page's "Key points" box as its bullet points but may drop
the short line over them (a ``<strong>`` or ``<span>`` beside the ``<ul>``), so the
points read as if they were the story's opening. The page's own tree says what headed
the list: the element just before it, when it reads as a subheading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vocab.models import is_subheading

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# The marks the extractor writes before a list's item ("- Strong winds...").
_ITEM_MARKS = "-*\u2022 "


def with_list_headings(lines: list[str], tree: HtmlElement) -> list[str]:
    """``lines`` with the heading of each kept list put back before its first item,
    unless the text has that heading already (then the extractor kept it)."""
    squeezed = [_squeezed(line.lstrip(_ITEM_MARKS)) for line in lines]
    kept = set(squeezed)
    inserts: dict[int, str] = {}
    for listing in tree.iter("ul", "ol"):
        heading = _heading_of(listing)
        first = listing.find("li")
        if heading is None or first is None or _squeezed(heading) in kept:
            continue
        item = _squeezed(first.text_content())
        if item and item in kept:
            inserts.setdefault(squeezed.index(item), heading)
    if not inserts:
        return lines
    mended: list[str] = []
    for at, line in enumerate(lines):
        if at in inserts:
            mended.append(inserts[at])
        mended.append(line)
    return mended


# The heading of a box that sums a story up: a live page's "Key points", "Summary",
# "What we know so far". Not "Key events": that is a list of links to entries.
_SUMMARY_HEADING = re.compile(
    r"(?:key (?:points|facts|takeaways)|summary|at a glance|in brief|in short|highlights"
    r"|what we know(?: so far)?|what you need to know|the latest|need to know)[:.]?",
    re.IGNORECASE,
)


def with_summary_first(lines: list[str], tree: HtmlElement) -> list[str]:
    """``lines`` with a box that sums the story up ("Key points" over its list) first,
    after the headline: a live page's box set in an <aside> had been left out with the
    page's sidebar, and one placed after the entries in the page's source (a sidebar
    the page's style sets beside them) came last, under the oldest entry."""
    squeezed = [_squeezed(line.lstrip(_ITEM_MARKS)) for line in lines]
    for listing in tree.iter("ul", "ol"):
        heading = _heading_of(listing)
        if heading is None or not _SUMMARY_HEADING.fullmatch(heading):
            continue
        items = [" ".join(item.text_content().split()) for item in listing.iter("li")]
        items = [item for item in items if item]
        if not items or all(_is_link(item) for item in listing.iter("li")):
            continue
        box = [heading, *(f"- {item}" for item in items)]
        keys = [_squeezed(item) for item in items]
        start = _opening(lines, tree)
        if all(key in squeezed for key in keys):
            first = squeezed.index(keys[0])
            last = squeezed.index(keys[-1])
            if first > 0 and squeezed[first - 1] == _squeezed(heading):
                first -= 1
            if first <= start or last < first:
                return lines  # at the top already, or not as one box
            return [
                *lines[:start],
                *lines[first : last + 1],
                *lines[start:first],
                *lines[last + 1 :],
            ]
        if not any(key in squeezed for key in keys):
            return [*lines[:start], *box, *lines[start:]]
        return lines
    return lines


def with_list_marks(lines: list[str], tree: HtmlElement) -> list[str]:
    """``lines`` with each list's item marked as the page marks it: numbered as a
    numbered list numbers it ("2. Peel it"), and a sub-list's item indented under its
    item's text ("  - near the kitchen door"). The extractor marks every item "- ", so
    a recipe's steps read as bullet points and a sub-list as more items of its list.
    An item is known by its own text, without its sub-list's: so known, a numbered
    step with a sub-list had lost its number."""
    marks = _item_marks(tree)
    if not marks:
        return lines
    found: list[str] = []
    for line in lines:
        kept = marks.get(_squeezed(line[2:])) if line.startswith("- ") else None
        # Items of the same text are marked in page order; the last mark serves again.
        found.append(line if not kept else (kept.pop(0) if len(kept) > 1 else kept[0]) + line[2:])
    return found


def _item_marks(tree: HtmlElement) -> dict[str, list[str]]:
    """The marks of the page's list items, indentation first, by each item's own
    squeezed text, in page order. One walk through the items in page order (an item
    comes before its sub-lists' items), never through an item's whole text: a page of
    lists 1,500 deep had taken 40 s and then exceeded Python's recursion limit."""
    marks: dict[str, list[str]] = {}
    numbers: dict[HtmlElement, int] = {}  # each numbered list's next number
    columns: dict[HtmlElement, int] = {}  # where each item's text starts
    for item in tree.iter("li"):
        listing = item.getparent()
        if listing is None or listing.tag not in ("ul", "ol"):
            listing = next(item.iterancestors("ul", "ol"), None)
        if listing is None:
            continue
        owner = next(listing.iterancestors("li"), None)
        column = columns.get(owner, 0) if owner is not None else 0
        if listing.tag == "ol":
            number = numbers.get(listing)
            if number is None:
                try:
                    number = int(str(listing.get("start", "1")))
                except ValueError:
                    number = 1
            numbers[listing] = number + 1
            mark = f"{number}. "
        else:
            mark = "- "
        columns[item] = column + len(mark)
        marks.setdefault(_squeezed(_own_text(item)), []).append(" " * column + mark)
    return marks


def _own_text(item: HtmlElement) -> str:
    """A list item's text without its sub-lists' (which are items of their own)."""
    parts = [item.text or ""]
    for child in item:
        if isinstance(child.tag, str) and child.tag not in ("ul", "ol"):  # not a comment
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def headline_first(lines: list[str], tree: HtmlElement) -> list[str]:
    """``lines`` with the page's headline (its <h1>) first when the extractor put it
    after the story's first paragraph, as it does on a live page whose entries are
    <div class="entry">: the headline was then printed as a subheading under the
    first entry."""
    headlines = {key for element in tree.iter("h1") if (key := _squeezed(element.text_content()))}
    for at, line in enumerate(lines[1:_HEADLINE_WITHIN], start=1):
        if _squeezed(line) in headlines:
            return [line, *lines[:at], *lines[at + 1 :]]
    return lines


# How far down the extractor's lines a misplaced headline is looked for.
_HEADLINE_WITHIN = 4


def _opening(lines: list[str], tree: HtmlElement) -> int:
    """How many of the first lines head the story: its headline and the short lines
    under it (a standfirst, a byline), which a summary box goes after."""
    headlines = {_squeezed(element.text_content()) for element in tree.iter("h1")}
    at = int(bool(lines) and _squeezed(lines[0]) in headlines)
    while at < len(lines) and is_subheading(lines[at]):
        at += 1
    return at


def link_list_headings(tree: HtmlElement) -> frozenset[str]:
    """The squeezed headings of the page's lists that are all links ("Key events",
    "Most read"): with the links gone, such a heading stood alone over the story."""
    return frozenset(
        _squeezed(heading)
        for listing in tree.iter("ul", "ol")
        if (items := list(listing.iter("li")))
        and all(_is_link(item) for item in items)
        and (heading := _heading_of(listing)) is not None
    )


def _is_link(item: HtmlElement) -> bool:
    """Whether a list's item is all one link's text (a list of entries' links)."""
    linked = "".join(link.text_content() for link in item.iter("a") if link.get("href"))
    return bool(linked.strip()) and _squeezed(linked) == _squeezed(item.text_content())


def _heading_of(listing: HtmlElement) -> str | None:
    """The text of the element just before ``listing`` when it reads as a heading."""
    before = listing.getprevious()
    while before is not None and not isinstance(before.tag, str):  # a comment
        before = before.getprevious()
    if before is None or before.tag in {"ul", "ol", "li", "p", "table"}:
        return None
    text = " ".join(before.text_content().split())
    return text if is_subheading(text) else None


def _squeezed(text: str) -> str:
    return "".join(text.split())
