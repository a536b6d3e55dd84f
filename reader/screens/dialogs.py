"""Small dialogs that return a value: add an article, confirm a deletion."""

from __future__ import annotations

import os
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label

from reader.commands.common import address_problem, is_url

# Files the reader can open (see vocab.textfile); other files are not suggested.
READABLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


class PathSuggester(Suggester):
    """Completes a file path as it is typed (directories end with "/")."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value or is_url(value):
            return None
        typed = Path(os.path.expanduser(value))
        folder, prefix = (typed, "") if value.endswith("/") else (typed.parent, typed.name)
        try:
            names = sorted(entry.name for entry in os.scandir(folder)
                           if entry.name.startswith(prefix) and not entry.name.startswith(".")
                           and (entry.is_dir() or entry.name.lower().endswith(READABLE_SUFFIXES)))
        except OSError:
            return None
        if not names:
            return None
        completion = names[0][len(prefix):]
        if (folder / names[0]).is_dir():
            completion += "/"
        return value + completion if completion else None


def source_problem(value: str) -> str | None:
    """Why ``value`` cannot be added (one line for a notification), or None.

    Checked before the dialog closes, so a mistyped path can be corrected in place;
    what only reading can tell (empty, binary, too large) is said after.
    """
    if not value:
        return "Type a file path or a web address."
    if is_url(value):
        return None
    problem = address_problem(value)
    if problem is not None:
        return problem
    path = Path(os.path.expanduser(value))
    if path.is_dir():
        return f"{value} is a folder: type the path of a file in it."
    if not path.exists():
        return f"No file at {value}"
    if not path.is_file():
        return f"{value} is not a regular file."
    if not os.access(path, os.R_OK):
        return f"{value} cannot be read: permission denied."
    return None


class AddArticleDialog(ModalScreen[str | None]):
    """Asks for a file path (with completion) or a URL; returns it, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("tab", "complete", "Complete path", show=False),
    ]

    def __init__(self, source: str = "") -> None:
        super().__init__()
        self._source = source
        """What the learner typed last time, when it could not be added."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "Add an article"
            yield Label("A .txt, .md or .html file, or a web address (https://…).")
            yield Input(self._source, placeholder="~/Downloads/story.html",
                        suggester=PathSuggester(), id="source")
            with Horizontal(classes="buttons"):
                yield Button("Add", variant="primary", id="add")
                yield Button("Cancel", id="cancel")

    def action_complete(self) -> None:
        """Tab accepts the suggested completion, as in a shell."""
        self.query_one(Input).action_cursor_right()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    @on(Button.Pressed, "#add")
    def _submit(self) -> None:
        value = self.query_one(Input).value.strip()
        problem = source_problem(value)
        if problem is not None:
            self.notify(problem, severity="error" if value else "warning", markup=False)
            return
        self.dismiss(value if is_url(value) else os.path.expanduser(value))

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question; y or Enter on Yes confirms, n or Escape declines."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Content(self.question))
            with Horizontal(classes="buttons"):
                yield Button("Yes (y)", variant="error", id="yes")
                yield Button("No (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
