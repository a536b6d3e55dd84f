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

from reader.palette import _ours as declared_by_reader
from reader.widgets.key_bar import KeyBar

PALETTE_NOTE = "ctrl+p opens the command palette: every action, by name."
# Textual's scroll views move sideways too; the reader's text wraps, so these do nothing.
SIDEWAYS_ACTIONS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})
# Textual's names for its own keys, said as the reader says its own: the help listed
# "Focus Next", "Scroll Home" and "^p palette" (QA walk-through).
PLAIN_NAMES = {
    "Focus Next": "Next part of the screen", "Focus Previous": "Previous part of the screen",
    "Scroll Home": "Scroll to the top", "Scroll End": "Scroll to the end",
    "palette": "Command palette",
}
# Copying text selected with the mouse: kept only where there is text to select (a screen
# saying `COPIES_TEXT`, the reader); elsewhere "^c super+c  Copy selected text" was a
# key no learner needs, "super" one a terminal never sends.
COPY_ACTION = "screen.copy_text"
# Keys no terminal sends (the Mac's command key), left out of the Key column.
UNSENT_KEY_PREFIX = "super+"


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
        order: dict[tuple[str, str], tuple[bool, int, int]] = {}
        nodes: list[object] = []  # in the order the keys reach them: the focused first
        for key, active in self.bindings.items():
            binding = active.binding
            if not binding.description or binding.action in SIDEWAYS_ACTIONS \
                    or key.startswith(UNSENT_KEY_PREFIX):
                continue
            if binding.action == COPY_ACTION and not getattr(active.node, "COPIES_TEXT", False):
                continue
            where = "everywhere" if active.node is self.app else _place(active.node)
            shown = binding.key_display if binding.key_display and "," not in binding.key \
                else self.app.get_key_display(Binding(key, ""))
            row = (plain_name(binding.description), where)
            rows.setdefault(row, []).append(shown)
            if active.node not in nodes:
                nodes.append(active.node)
            order.setdefault(row, (not declared_by_reader(active.node, binding),
                                   nodes.index(active.node), _declared_at(active.node, binding)))
        # The reader's own keys first, the focused widget's first, each in the order its
        # code lists them, as the key bar has them (the text's "Next word" and "Details"
        # came last in the reader, after Textual's scrolling keys, QA walk-through);
        # Textual's after them; the app's last.
        ordered = sorted(rows.items(), key=lambda item: (item[0][1] == "everywhere",
                                                         order[item[0]]))
        for (description, where), keys in ordered:
            table.add_row(Text(" ".join(dict.fromkeys(keys))), Text(description), Text(where))
        table.focus()


def plain_name(description: str) -> str:
    """A key's description as the help says it: Textual's in the reader's words and in
    sentence case ("Scroll Up" is "Scroll up", as the reader's "Page up")."""
    if description in PLAIN_NAMES:
        return PLAIN_NAMES[description]
    first, _, rest = description.partition(" ")
    if rest and all(word[:1].isupper() and word[1:].islower() for word in rest.split()):
        rest = rest.lower()  # Textual's Title Case; the reader's own keep their capitals
    return f"{first} {rest}" if rest else first


def _declared_at(node: object, binding: Binding) -> int:
    """Where ``binding``'s action comes in the bindings ``node``'s class declares, its
    own before those it inherits (a Textual base's come in first otherwise)."""
    actions = [entry.action if isinstance(entry, Binding) else entry[1]
               for cls in type(node).__mro__ for entry in cls.__dict__.get("BINDINGS", ())]
    return actions.index(binding.action) if binding.action in actions else len(actions)


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
