"""A list's heading put back where the extractor kept the list without it.

trafilatura keeps a live page's "Key points" box as its bullet points but may drop
the short line over them (a ``<strong>`` or ``<span>`` beside the ``<ul>``), so the
points read as if they were the story's opening. The page's own tree says what headed
the list: the element just before it, when it reads as a subheading.
"""

from __future__ import annotations

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
