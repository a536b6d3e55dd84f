"""Help (?): every key the screen underneath answers to, and where it comes from."""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from reader.widgets.key_bar import KeyBar

PALETTE_NOTE = "ctrl+p opens the command palette: every action, by name."
# Textual's scroll views move sideways too; the reader's text wraps, so these do nothing.
SIDEWAYS_ACTIONS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


class KeysTable(DataTable[Text]):
    """The keys, a list read from top to bottom: Home and End go to its first and last
    key. A table's own Home and End go to its first and last column, and with no cursor
    they scrolled it sideways: at 60 columns, End hid the Key column (QA walk-through)."""

    BINDINGS = [
        Binding("home", "scroll_top", "First key", show=False),
        Binding("end", "scroll_bottom", "Last key", show=False),
    ]


class HelpScreen(ModalScreen[None]):
    """A table of the active key bindings (described ones), app-wide ones last."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close")]

    def __init__(self, bindings: dict[str, ActiveBinding]) -> None:
        super().__init__()
        self.bindings = bindings

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="help-box") as box:
            box.border_title = "Keys"
            yield KeysTable(id="help-keys", cursor_type="row", show_cursor=False)
            yield Static(Content(PALETTE_NOTE), classes="note")
        yield KeyBar(app_keys=False)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Key", "Action", "Where")
        rows: dict[tuple[str, str], list[str]] = {}
        for key, active in self.bindings.items():
            binding = active.binding
            if not binding.description or binding.action in SIDEWAYS_ACTIONS:
                continue
            where = "everywhere" if active.node is self.app else _place(active.node)
            shown = binding.key_display if binding.key_display and "," not in binding.key \
                else self.app.get_key_display(Binding(key, ""))
            rows.setdefault((binding.description, where), []).append(shown)
        ordered = sorted(rows.items(), key=lambda item: (item[0][1] == "everywhere", item[0][1]))
        for (description, where), keys in ordered:
            table.add_row(Text(" ".join(dict.fromkeys(keys))), Text(description), Text(where))
        table.focus()


def _place(node: object) -> str:
    """Where a key works, as the learner knows the place (never a widget's class name:
    the help listed "GlossaryPanel" and "OptionList", QA walk-through)."""
    name = type(node).__name__
    return _PLACES.get(name) or " ".join(
        re.findall(r"[A-Z][a-z]*", name.removesuffix("Screen"))).lower() or "this screen"


_PLACES = {
    "LibraryScreen": "library", "ReadingScreen": "reader", "ArticleView": "reader text",
    "WordDetailsScreen": "word details", "DataTable": "table", "ArticleTable": "library",
    "Input": "text box", "StatsScreen": "progress", "FeedsScreen": "feeds",
    "PlacementScreen": "level test", "GlossaryPanel": "glossary", "OptionList": "list",
}
