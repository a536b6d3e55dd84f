"""Plain text from Markdown: the first ``#`` heading is the title, markup is dropped.

Front matter gives the title when it names one, links keep their text, images and raw
HTML tags disappear, code keeps its content and a table's row is one line naming its
columns (`vocab.table_text`); markdown-it-py (installed with rich) parses, and only
its tokens' text is kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vocab.models import PlainText
from vocab.table_text import TableRow, html_block_lines, row_texts, with_pipe_tables

if TYPE_CHECKING:
    from markdown_it.token import Token

# YAML front matter (Jekyll, Hugo, Obsidian) is metadata, not text to read.
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FRONT_MATTER_TITLE = re.compile(r"^title:\s*[\"']?(.*?)[\"']?\s*$", re.MULTILINE)
# Its author and date, as a blog's post names them ("author: Carla Mendez",
# "date: 2024-05-03"); a list of authors is read as written ("[A, B]" -> "A, B").
_FRONT_MATTER_AUTHOR = re.compile(r"^(?:author|authors|by):[ \t]*(\S.*?)\s*$",
                                  re.MULTILINE | re.IGNORECASE)
_FRONT_MATTER_DATE = re.compile(r"^(?:date|published|pubdate):[ \t]*(\S.*?)\s*$",
                                re.MULTILINE | re.IGNORECASE)
# A footnote's mark in the text ("crop.[^1]") and its note ("[^1]: Figures from...").
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")
_FOOTNOTE_NOTE = re.compile(r"^\[\^[^\]\s]{1,20}\]:\s*")
# What may stand between the links of a line of them: "Read more · Subscribe".
_LINK_SEPARATORS = re.compile(r"^[\s|\u00b7\u2022/,\-\u2013\u2014>]*$")



def markdown_to_text(source: str) -> PlainText:
    """Plain text from Markdown: the first ``#`` heading is the title, markup is dropped.

    Links keep their text, images and raw HTML tags disappear, code keeps its content.
    markdown-it-py (installed with rich) parses; we only keep the text of its tokens.
    """
    from markdown_it import MarkdownIt

    title: str | None = None
    author = published = ""
    front = _FRONT_MATTER.match(source)
    if front:
        source = source[front.end() :]
        named = _FRONT_MATTER_TITLE.search(front.group(1))
        title = named.group(1) if named else None
        author = _front_matter_value(_FRONT_MATTER_AUTHOR, front.group(1))
        published = _front_matter_value(_FRONT_MATTER_DATE, front.group(1))
    source = _without_note_app_marks(source)
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    parsed = parser.parse(source)
    # A table typed without its row of dashes, which markdown-it reads as a sentence.
    tabled = with_pipe_tables(source, markdown=True, parsed=parsed)
    if tabled != source:
        parsed = parser.parse(tabled)
    blocks: list[str] = []
    headings: list[str] = []
    left_out: list[str] = []
    row: list[str] | None = None  # the cells of the table row being read
    heading = ""
    # The mark of each list being read, innermost last: "-" for bullets, else the next
    # item's number; and the mark the current item's first line takes.
    lists: list[str | int] = []
    item_mark = ""
    # The columns the open items' texts start at: a sub-list's item is indented under
    # its item's text ("  - near the door"), as the cleaning keeps one (`vocab.list_items`).
    columns: list[int] = []
    rows: list[TableRow] = []  # the table being read
    in_head = False
    for token in parsed:
        kind = token.type
        if kind == "heading_open":
            heading = token.tag
        elif kind == "heading_close":
            heading = ""
        elif kind == "bullet_list_open":
            lists.append("-")
        elif kind == "ordered_list_open":
            lists.append(int(str(token.attrs.get("start", 1))))
        elif kind in ("bullet_list_close", "ordered_list_close") and lists:
            lists.pop()
        elif kind == "list_item_open" and lists:
            # The cleaning and the handout know a list's item by its mark ("- fewer
            # days", "2. more"): without it a Markdown list read as short paragraphs.
            mark = lists[-1]
            indent = columns[-1] if columns else 0
            item_mark = " " * indent + ("- " if mark == "-" else f"{mark}. ")
            columns.append(len(item_mark))
            if isinstance(mark, int):
                lists[-1] = mark + 1
        elif kind == "list_item_close" and columns:
            columns.pop()
        elif kind in ("thead_open", "thead_close"):
            in_head = kind == "thead_open"
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            rows.append(TableRow(tuple(row), in_head))
            row = None
        elif kind == "table_close":
            # A row of figures names its columns (`vocab.table_text`).
            blocks.extend(row_texts(rows))
            rows = []
        elif kind == "inline":
            text = _inline_text(token.children or [])
            if row is None and (_FOOTNOTE_NOTE.match(text) or _only_links(token.children or [])):
                # A footnote's note or a bar of links ("Read more · Subscribe"): not
                # the story's text, kept aside as a page's left-out text is.
                left_out.append(_FOOTNOTE_NOTE.sub("", text))
                continue
            if row is not None:
                row.append(text)
            elif heading == "h1" and title is None:
                title = text
            elif heading:
                if not blocks and title is None:
                    title = ""  # "## Introduction" heads the text, not the whole file
                headings.append(text)
                blocks.append(text)
            else:
                blocks.append(item_mark + text)
                item_mark = ""
        elif kind in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif kind == "html_block":
            # A table's rows name their columns, as a page's do (`vocab.table_text`).
            blocks.extend(html_block_lines(token.content))
    return PlainText("\n\n".join(block for block in blocks if block.strip()), title=title,
                     author=author, published=published, left_out=tuple(left_out),
                     headings=tuple(headings))


# A note app's own marks (Obsidian, Logseq, many wikis), which CommonMark prints as
# written: a link to another note ("[[coral bleaching]]", "[[reefs|coral reefs]]"), an
# embedded note or picture ("![[map.png]]"), a highlight ("==cutting pollution=="), a
# callout's kind ("> [!NOTE]") and a task's box ("- [x] Read the article").
_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")
_WIKILINK = re.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]|\n]+)\]\]")
_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)==")
_CALLOUT = re.compile(r"^(\s{0,3}>\s?)\[![A-Za-z-]+\][+-]?[ \t]*", re.MULTILINE)
_TASK_BOX = re.compile(r"^(\s*(?:[-*+]|\d{1,9}[.)])\s+)\[[ xX]\]\s+", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")


def _without_note_app_marks(source: str) -> str:
    """``source`` without a note app's marks, its code blocks as written."""
    if not any(mark in source for mark in ("[[", "==", "[!", "[ ]", "[x]", "[X]")):
        return source
    parts: list[str] = []
    in_code = False
    for chunk in re.split(r"(^ {0,3}(?:```|~~~).*$)", source, flags=re.MULTILINE):
        if _FENCE.match(chunk):
            in_code = not in_code
        elif not in_code:
            chunk = _EMBED.sub("", chunk)
            chunk = _WIKILINK.sub(r"\1", chunk)
            chunk = _HIGHLIGHT.sub(r"\1", chunk)
            chunk = _TASK_BOX.sub(r"\1", _CALLOUT.sub(r"\1", chunk))
        parts.append(chunk)
    return "".join(parts)


def _front_matter_value(pattern: re.Pattern[str], front: str) -> str:
    found = pattern.search(front)
    if found is None:
        return ""
    return found.group(1).strip("[]").replace('"', "").replace("'", "").strip()


def _only_links(children: list[Token]) -> bool:
    """Whether a paragraph is links alone, with at most separators between them."""
    depth = links = 0
    for child in children:
        if child.type == "link_open":
            depth += 1
            links += 1
        elif child.type == "link_close":
            depth -= 1
        elif depth == 0 and child.type in ("text", "code_inline") \
                and not _LINK_SEPARATORS.match(child.content):
            return False
    return links > 0


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return _FOOTNOTE_MARK.sub("", "".join(parts)).strip()
