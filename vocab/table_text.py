"""A small data table as lines a learner can follow (`row_texts`).

A page's or a Markdown file's table reaches the article as text, one line a row. Read
as its cells alone ("2; 6; 3"), a row of figures means nothing without the column
names far above it; each row names its columns instead ("Week 2 — Beans: 6;
Tomatoes: 3"), and the row of names, said again in every row, goes, but for the
units its names end with ("Week; Beans (cm); Tomatoes (cm)"), said there once. A table
without column names keeps its cells side by side ("Pears; 1.80"). A page's table
is read from its tree (`table_rows`, `spaced_text`), raw HTML set in a Markdown file
as lines (`html_block_lines`), a table typed with pipes in a text file by markdown-it-py
(GFM's tables) or, typed without GFM's row of dashes, by hand (`with_pipe_tables`).
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lxml.html import HtmlElement
    from markdown_it.token import Token

# Cells side by side where no column names them: a semicolon reads naturally between.
CELL_SEPARATOR = "; "
# Between a row's name (its first cell) and its named cells.
ROW_NAME_SEPARATOR = " — "
# A table wider than this is a spreadsheet: each row naming every column would run to
# several lines of the reading view; its cells stay side by side.
MAX_NAMED_COLUMNS = 8
# A table longer than this is data to look things up in, not to read row by row; its
# names said in every row would also make it several times the words (the length
# limit of an article counts them).
MAX_NAMED_ROWS = 60


@dataclass(frozen=True)
class TableRow:
    """A table's row: its cells' texts, and whether it names the columns (a page's
    <thead> or a row of <th>, Markdown's first row)."""

    cells: tuple[str, ...]
    header: bool = False


def row_texts(rows: Sequence[TableRow]) -> list[str]:
    """Each row's line; for the row of column names the rows below now say, "", or the
    names with their units once when the rows say the names without them."""
    names = _column_names(rows)
    short = _without_units(names) if names is not None else None
    texts: list[str] = []
    for row in rows:
        if names is not None and row.header and row.cells == names:
            texts.append(CELL_SEPARATOR.join(name for name in names if name) if short else "")
        elif names is not None and not row.header and len(row.cells) == len(names):
            texts.append(_named_row(row.cells, short or names))
        else:
            texts.append(CELL_SEPARATOR.join(cell for cell in row.cells if cell))
    return texts


def _column_names(rows: Sequence[TableRow]) -> tuple[str, ...] | None:
    """The last header row above the first data row, when it names two columns or more
    (a header row of one cell is a section's name or a caption), in a table short and
    narrow enough to read row by row."""
    names: tuple[str, ...] | None = None
    for row in rows:
        if not any(row.cells):
            continue  # an empty row above the names (a spacer)
        if not row.header:
            break
        names = row.cells
    else:
        return None  # no row of data: every row is the table's text
    if (
        names is None
        or sum(1 for name in names if name) < 2
        or len(names) > MAX_NAMED_COLUMNS
        or sum(1 for row in rows if not row.header) > MAX_NAMED_ROWS
    ):
        return None
    return names


def _without_units(names: tuple[str, ...]) -> tuple[str, ...] | None:
    """The column names without the unit in brackets that ends them ("Beans (cm)" ->
    "Beans"), when some name has one and they stay apart and not empty; else None.
    Said in every row, a unit was counted as often as the table had rows, and "cm"
    read as one of the story's key words: the rows say "Beans: 6" under one line of
    the names with their units."""
    short = tuple(_UNIT_IN_BRACKETS.sub("", name) for name in names)
    if short == names or len(set(short)) < len(short) or not all(short[1:]):
        return None
    return short


# A column name's last part in brackets, of a few words at most: its unit ("(cm)",
# "(%)", "(in millions)"); a longer one says more than a unit.
_UNIT_IN_BRACKETS = re.compile(r"\s*\((?:[^()\s]+(?:\s[^()\s]+){0,2})\)$")


def _named_row(cells: tuple[str, ...], names: tuple[str, ...]) -> str:
    """ "Week 1 — Beans: 2; Tomatoes: 1": the first cell names the row (with
    its column's name when it is a number: "1" alone says nothing), the others their
    column. A row of blanks but its first is just that."""
    key = cells[0]
    if key and names[0] and key[0].isdigit():
        key = f"{names[0]} {key}"
    named = [
        f"{name}: {cell}" if name else cell
        for name, cell in zip(names[1:], cells[1:], strict=True)
        if cell
    ]
    if not named:
        return key
    return (
        f"{key}{ROW_NAME_SEPARATOR}{CELL_SEPARATOR.join(named)}"
        if key
        else CELL_SEPARATOR.join(named)
    )


# What libxml2 refuses in a text, as `vocab.html_text` takes it out of a page.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def html_block_lines(block: str) -> list[str]:
    """The lines of a piece of HTML set in another text (a Markdown file's raw HTML): a
    table's rows as `row_texts` reads them, any other element's text with its blocks'
    words apart. A table in a Markdown file had read "WeekBeans12"."""
    from lxml import etree
    from lxml import html as lxml_html

    block = _XML_FORBIDDEN.sub("", block)  # a text's control characters: no words
    try:
        body = lxml_html.fragment_fromstring(block, create_parent="div")
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on "<HTML>"
        return [text] if (text := " ".join(re.sub(r"<[^>]*>", " ", block).split())) else []
    lines = [text] if (text := " ".join((body.text or "").split())) else []
    for element in body:
        if not isinstance(element.tag, str):  # a comment
            found = []
        elif element.tag == "table":
            found = _table_lines(element)
        else:
            found = [spaced_text(element)]
        lines.extend(line for line in found if line)
        if tail := " ".join((element.tail or "").split()):
            lines.append(tail)
    return lines


def _table_lines(table: HtmlElement) -> list[str]:
    """A table's caption and rows as lines (`row_texts`)."""
    caption = table.find("caption")
    lines = [spaced_text(caption)] if caption is not None else []
    rows = table_rows(table)
    return [*lines, *row_texts(rows)]


def table_rows(table: HtmlElement) -> list[TableRow]:
    """A table's rows with their cells' texts, each marked if it names the columns
    (in <thead>, or all <th>)."""
    rows = []
    for row in table.iter("tr"):
        cells = [cell for cell in row if cell.tag in ("td", "th")]
        if not cells:
            continue
        parent = row.getparent()
        header = (parent is not None and parent.tag == "thead") or all(
            cell.tag == "th" for cell in cells
        )
        rows.append(TableRow(tuple(spaced_text(cell) for cell in cells), header))
    return rows


def spaced_text(element: HtmlElement) -> str:
    """``element``'s text with a space where a block inside it (a list's item, a
    paragraph, a line break) parts its words: a cell's list read "digplant"."""
    if next(element.iterdescendants(*_SPACED_TAGS), None) is None:
        return " ".join(element.text_content().split())
    copied = deepcopy(element)  # the page's tree stays as it is for the steps after
    for inner in copied.iterdescendants(*_SPACED_TAGS):
        inner.text = " " + (inner.text or "")
        inner.tail = " " + (inner.tail or "")
    return " ".join(copied.text_content().split())


_SPACED_TAGS = frozenset(
    {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "td",
        "div",
        "br",
        "ul",
        "ol",
        "dt",
        "dd",
        "tr",
        "th",
    }
)


# GFM's tables ("| Week | Beans |" over a row of dashes) are read by markdown-it-py, as
# in a Markdown file (`vocab.markdown_text`). A table typed by hand without the row of
# dashes is no table to GFM, nor to any Markdown library: such a table is read here,
# and only such a one. Its rows: "| Week | Beans (cm) |", between outer pipes.
_PIPE_ROW = re.compile(r"^ {0,3}\|(.*)\|[ \t]*$")
_DASHED_CELL = re.compile(r"^[ \t]*:?-+:?[ \t]*$")
# A pipe inside a cell, written "\|"; the pipes that part cells.
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
# What opens a Markdown block at a line's start ("# ", "- ", "> ", "2. "): a row's
# line starting so is escaped, or "1.; first place" had read as a list's item.
_MARKDOWN_OPENER = re.compile(r"^(?:[#>*+=-]|\d{1,9}(?=[.)]))")
# Fewer rows than this (the row of names counted) are no table: two lines between
# pipes are as often a boxed note.
MIN_PIPE_ROWS = 2


@dataclass(frozen=True)
class _GfmTable:
    """A GFM table markdown-it found: its rows, and the lines it spans."""

    rows: tuple[TableRow, ...]
    start: int
    end: int


def with_pipe_tables(text: str, *, markdown: bool = False,
                     parsed: Sequence[Token] | None = None) -> str:
    """``text`` with each table typed with pipes read as `row_texts` reads a page's
    table: each row a paragraph of its own, naming its columns. In a .txt file the
    pipes had stayed, and the rows were thrown out as data lines; in a Markdown file
    a table without its row of dashes ("|---|---|") ran into the sentence above it.

    With ``markdown``, a GFM table is left to markdown-it (`vocab.markdown_text`),
    but for a blank line put where a line without a pipe follows it: GFM reads such a
    line as one more row, where its writer meant the sentence after the table.

    ``parsed``: markdown-it's tokens of ``text`` as a Markdown file, when the caller
    has them (`vocab.markdown_text` parses once, and again only when this changed the
    text)."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    tables, code = _gfm_tables(text, markdown=markdown, parsed=parsed)
    found: list[str] = []
    at = 0
    while at < len(lines):
        table = tables.get(at)
        if at in code or (table is not None and markdown):
            # A code block's lines as typed; a GFM table's to markdown-it, ended where
            # its writer ended it.
            end = code.get(at) or (table.end if table is not None else at + 1)
            found.extend(lines[at:end])
            if at not in code and end < len(lines) and lines[end].strip():
                found.append("")
            at = end
            continue
        if table is not None:
            rows: list[TableRow] | tuple[TableRow, ...] = table.rows
            end = table.end
        else:
            rows, end = _pipe_table_at(lines, at)
        if len(rows) < MIN_PIPE_ROWS:
            found.append(lines[at])
            at += 1
            continue
        texts = [row for row in row_texts(rows) if row]
        if markdown:
            texts = [_escaped_opener(row) for row in texts]
        found.extend(["", "\n\n".join(texts), ""])
        at = end
    return "\n".join(found)


def _gfm_tables(text: str, *, markdown: bool, parsed: Sequence[Token] | None = None,
                ) -> tuple[dict[int, _GfmTable], dict[int, int]]:
    """The GFM tables in ``text`` by markdown-it-py, by their first line, each up to
    its first row that has no pipe (its writer's next sentence); and a Markdown
    file's code blocks (start line -> end line), whose lines are left as typed. In a
    Markdown file as CommonMark reads it (a table in a code block is code), from
    ``parsed`` when given; in plain text by its table rule alone."""
    from markdown_it import MarkdownIt

    lines = text.split("\n")
    tables: dict[int, _GfmTable] = {}
    code: dict[int, int] = {}
    if parsed is None:
        source = _table_source(lines, markdown=markdown)
        if not source:
            return tables, code
        parser = MarkdownIt("commonmark" if markdown else "zero").enable("table")
        parsed = parser.parse(source)
    rows: list[TableRow] = []
    cells: list[str] = []
    start = end = row_line = 0
    in_head = False
    for token in parsed:
        if token.type in ("fence", "code_block") and token.map:
            code[token.map[0]] = token.map[1]
        elif token.type == "table_open" and token.map:
            rows, start, end = [], token.map[0], token.map[1]
        elif token.type in ("thead_open", "thead_close"):
            in_head = token.type == "thead_open"
        elif token.type == "tr_open" and token.map:
            row_line, cells = token.map[0], []
            if "|" not in lines[row_line]:
                end = min(end, row_line)  # the table ends above its first line without one
        elif token.type == "inline" and token.map:
            cells.append(" ".join(token.content.replace("\\|", "|").split()))
        elif token.type == "tr_close" and row_line < end:
            rows.append(TableRow(tuple(cells), in_head))
        elif token.type == "table_close":
            tables[start] = _GfmTable(tuple(rows), start, end)
    return tables, code


def _table_source(lines: list[str], *, markdown: bool) -> str:
    """What of a text markdown-it reads for tables, line for line: a Markdown file
    whole (its code blocks and lists say what a line is), when it has a row of dashes
    or two pipe rows together; in plain text only the paragraphs that hold a row of
    dashes (a GFM table ends at a blank line), the other lines blank: markdown-it over
    all of a 4 MB text with pipes took 5 s. "" when there is nothing to read."""
    dashed = [n for n, line in enumerate(lines) if "-" in line and _is_dashed_row(line)]
    if markdown:
        pairs = zip(lines, lines[1:], strict=False)
        if dashed or any(_PIPE_ROW.match(one) and _PIPE_ROW.match(two) for one, two in pairs):
            return "\n".join(lines)
        return ""
    kept = [""] * len(lines)
    end = 0
    for row in dashed:
        if row < end:
            continue  # in the paragraph kept already
        start = row
        while start > 0 and lines[start - 1].strip():
            start -= 1
        end = row
        while end < len(lines) and lines[end].strip():
            end += 1
        kept[start:end] = lines[start:end]
    return "\n".join(kept) if dashed else ""


def _escaped_opener(row: str) -> str:
    """A row opening as a Markdown block does ("- ", "1.") with the mark escaped
    ("\\- ", "1\\."), so Markdown reads the row as text."""
    mark = _MARKDOWN_OPENER.match(row)
    if mark is None:
        return row
    if row[0].isdigit():
        return f"{row[: mark.end()]}\\{row[mark.end() :]}"
    return "\\" + row


def _pipe_table_at(lines: list[str], at: int) -> tuple[list[TableRow], int]:
    """The rows of a table typed between pipes without GFM's row of dashes, starting at
    line ``at``, and the line after it; none where a row of dashes makes the lines a
    GFM table (markdown-it's to read)."""
    if not _hand_typed_row(lines, at):
        return [], at
    rows = [_pipe_cells(lines[at])]
    if len(rows[0]) < 2:
        return [], at
    end = at + 1
    while end < len(lines) and _hand_typed_row(lines, end):
        rows.append(_pipe_cells(lines[end]))
        end += 1
    header = _names_over_figures(rows)
    return [TableRow(rows[0], header), *(TableRow(row) for row in rows[1:])], end


def _hand_typed_row(lines: list[str], at: int) -> bool:
    """Whether line ``at`` is a row between pipes that no row of dashes is, or names."""
    return (
        _PIPE_ROW.match(lines[at]) is not None
        and not _is_dashed_row(lines[at])
        and not (at + 1 < len(lines) and _is_dashed_row(lines[at + 1]))
    )


def _is_dashed_row(line: str) -> bool:
    """Whether ``line`` is Markdown's row of dashes under a table's names ("|---|:-:|")."""
    cells = _pipe_cells(line)
    return "|" in line and bool(cells) and all(_DASHED_CELL.match(cell) for cell in cells)


def _pipe_cells(line: str) -> tuple[str, ...]:
    """A pipe row's cells, without the outer pipes, each stripped ("\\|" read as "|")."""
    inner = line.strip()
    inner = inner.removeprefix("|")
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return tuple(" ".join(cell.replace("\\|", "|").split()) for cell in _CELL_SPLIT.split(inner))


def _names_over_figures(rows: list[tuple[str, ...]]) -> bool:
    """Whether a table without a row of dashes opens with its columns' names: a first
    row without a figure over rows with some ("| Week | Beans |" over "| 1 | 2 |")."""
    return not any(char.isdigit() for cell in rows[0] for char in cell) and any(
        char.isdigit() for row in rows[1:] for cell in row for char in cell
    )
