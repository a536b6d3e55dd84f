"""Plain text from Markdown: the first ``#`` heading is the title, markup is dropped.

Front matter gives the title when it names one, links keep their text, images and raw
HTML tags disappear, code keeps its content and a table's row is one line of its cells'
text; markdown-it-py (installed with rich) parses, and only its tokens' text is kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vocab.models import PlainText

if TYPE_CHECKING:
    from markdown_it.token import Token

# YAML front matter (Jekyll, Hugo, Obsidian) is metadata, not text to read.
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FRONT_MATTER_TITLE = re.compile(r"^title:\s*[\"']?(.*?)[\"']?\s*$", re.MULTILINE)
_TAG = re.compile(r"<[^>]*>")

# Table cells become one line of plain text; a semicolon reads naturally between them.
_CELL_SEPARATOR = "; "


def markdown_to_text(source: str) -> PlainText:
    """Plain text from Markdown: the first ``#`` heading is the title, markup is dropped.

    Links keep their text, images and raw HTML tags disappear, code keeps its content.
    markdown-it-py (installed with rich) parses; we only keep the text of its tokens.
    """
    from markdown_it import MarkdownIt

    title: str | None = None
    front = _FRONT_MATTER.match(source)
    if front:
        source = source[front.end() :]
        named = _FRONT_MATTER_TITLE.search(front.group(1))
        title = named.group(1) if named else None
    blocks: list[str] = []
    row: list[str] | None = None  # the cells of the table row being read
    heading = ""
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    for token in parser.parse(source):
        kind = token.type
        if kind == "heading_open":
            heading = token.tag
        elif kind == "heading_close":
            heading = ""
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            blocks.append(_CELL_SEPARATOR.join(cell for cell in row if cell))
            row = None
        elif kind == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text)
            elif heading == "h1" and title is None:
                title = text
            else:
                blocks.append(text)
        elif kind in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif kind == "html_block":
            blocks.append(_TAG.sub("", token.content).strip())
    return PlainText("\n\n".join(block for block in blocks if block.strip()), title=title)


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()
