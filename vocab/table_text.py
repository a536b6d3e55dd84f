"""A small data table as lines a learner can follow (`row_texts`).

A page's or a Markdown file's table reaches the article as text, one line a row. Read
as its cells alone ("2; 6; 3"), a row of figures means nothing without the column
names far above it; each row names its columns instead ("Week 2 — Beans (cm): 6;
Tomatoes (cm): 3"), and the row of names, said again in every row, goes. A table
without column names keeps its cells side by side ("Pears; 1.80").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

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
    """Each row's line, "" for the row of column names the rows below now say."""
    names = _column_names(rows)
    texts: list[str] = []
    for row in rows:
        if names is not None and row.header and row.cells == names:
            texts.append("")
        elif names is not None and not row.header and len(row.cells) == len(names):
            texts.append(_named_row(row.cells, names))
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


def _named_row(cells: tuple[str, ...], names: tuple[str, ...]) -> str:
    """ "Week 1 — Beans (cm): 2; Tomatoes (cm): 1": the first cell names the row (with
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
