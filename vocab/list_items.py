"""A list inside a list, as the cleaning keeps it: a sub-list's item indented under the
text of its item ("- They tested the soil" / "  - for water"), as Markdown writes one.

The cleaning reads each line without its spaces; `item_indents` notes how far in the
source indented each list item, and `nested_items` indents the items again, each under
its parent's text (the width of the parent's mark: 2 under "- ", 3 under "1. "), the
same however the source indented them (tabs, four spaces). Read flat, a sub-list's
items looked like more items of its list, in the reading view and in handouts alike.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

# A list's item on a line of its own: "- fewer days of driving", "• happier", "2. more".
LIST_ITEM = re.compile(r"^(?:[-*\u2022\u2013]|\d{1,2}[.)])\s+")
# Lists deeper than this are shown at this depth: a page's lists nested 1,000 deep
# had put their last items 2,000 spaces in.
MAX_ITEM_DEPTH = 4
# A tab indents as far as Markdown's four spaces.
_TAB = "    "


def item_indents(lines: list[str]) -> dict[int, int]:
    """How far in each indented list item's line starts, by line number."""
    found: dict[int, int] = {}
    for number, line in enumerate(lines):
        if line[:1] in (" ", "\t"):
            text = line.lstrip()
            if LIST_ITEM.match(text):
                found[number] = len(line.replace("\t", _TAB)) - len(text)
    return found


def nested_items(paragraphs: Iterable[tuple[int, str]], indents: dict[int, int]) -> list[str]:
    """The paragraphs' texts, each list item under another indented under its text.

    ``paragraphs`` are (line number, text) and ``indents`` how far in the source
    indented the item on that line. An item indented further than the item before is
    that item's; one indented as far or less, a sibling of the nearest item indented
    no further. A list's first item is never indented: it is under nothing."""
    found: list[str] = []
    # The items an item may be under: (its indent in the source, its text's column).
    open_items: list[tuple[int, int]] = []
    for number, text in paragraphs:
        mark = LIST_ITEM.match(text)
        if mark is None:
            open_items = []
            found.append(text)
            continue
        indent = indents.get(number, 0)
        while open_items and open_items[-1][0] >= indent:
            open_items.pop()
        if len(open_items) >= MAX_ITEM_DEPTH:
            open_items.pop()  # a sibling of the deepest shown
        column = open_items[-1][1] if open_items else 0
        open_items.append((indent, column + len(mark.group(0).rstrip()) + 1))
        found.append(" " * column + text)
    return found
