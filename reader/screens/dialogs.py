"""Small dialogs that return a value: add an article, confirm a deletion."""

from __future__ import annotations

import errno
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, Static

from reader.commands.common import (
    address_problem,
    dropped_path,
    file_names,
    is_url,
    missing_file_message,
    path_exists,
    read_article,
)
from reader.errors import UserError
from reader.failures import ReportsWorkerFailures, internal_error
from reader.widgets.key_bar import KeyBar
from vocab.models import Article, ArticleError

T = TypeVar("T")

log = logging.getLogger("reader.dialogs")


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
    """Why ``value`` cannot be added (one line), or None: what can be told before
    reading it (reading tells the rest: empty, binary, too large, not fetched)."""
    if not value:
        return "Type a file path or a web address, or paste the text."
    if is_url(value):
        return None
    problem = address_problem(value)
    if problem is not None:
        return problem
    path = Path(os.path.expanduser(value))
    try:
        path.stat()
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            return "That is too long for a file path: type a path, a web address, or the text."
    except ValueError:
        return "That is not a file path: type a path, a web address, or the text."
    if path.is_dir():
        return f"{value} is a folder: type the path of a file in it."
    if not path.exists():
        return missing_file_message(value)
    if not path.is_file():
        return f"{value} is not a regular file."
    if not os.access(path, os.R_OK):
        return f"{value} cannot be read: permission denied."
    return None


@dataclass(frozen=True)
class ReadSource:
    """An article read from what the learner typed (a path, expanded, or a web address)."""

    article: Article
    source: str

    @property
    def url(self) -> str | None:
        return self.source if is_url(self.source) else None

    @property
    def file_names(self) -> tuple[str, ...]:
        """The names the article is saved under when it came from a file (`file_names`)."""
        if self.url is not None or self.source == PASTED_SOURCE:
            return ()
        return file_names(self.source)


class InputWorkDialog(ReportsWorkerFailures, ModalScreen[T]):
    """A dialog whose answer needs slow work on what was typed (reading a file,
    fetching a feed), done off the UI thread by `work_on`. It stays open, with what
    was typed, until the work succeeds (the dialog returns its result) or the learner
    cancels (None); what it is doing, or why it failed, is said under the input, to
    correct rather than retype."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    START_BUTTON = ""  # the button that starts the work

    def __init__(self) -> None:
        super().__init__()
        self.busy = False

    def status_line(self) -> Static:
        return Static(id="dialog-status", classes="note", markup=False)

    def on_mount(self) -> None:
        self.query_one("#dialog-status").display = False

    def action_cancel(self) -> None:
        self.dismiss(None)  # work under way is left to finish; its result is dropped

    def action_start(self) -> None:
        """Enter: what the start button does (the input's Enter does it too)."""
        self.query_one(self.START_BUTTON, Button).press()

    @property
    def status(self) -> str:
        """The line under the input: what is being done, or why it could not be."""
        return str(self.query_one("#dialog-status", Static).render())

    def say(self, text: str, *, problem: bool) -> None:
        status = self.query_one("#dialog-status", Static)
        status.update(text)
        status.set_class(problem, "problem")
        status.display = bool(text)

    @on(Input.Changed)
    def _edited(self) -> None:
        """Why what was typed could not be used goes once it is changed (a paste kept
        "No file at ~/nothing.txt." under the text that replaced it)."""
        if not self.busy and self.query_one("#dialog-status").has_class("problem"):
            self.say("", problem=False)

    def start(self, value: str, doing: str) -> None:
        """Say ``doing`` and work on ``value`` (unless work is under way already)."""
        if self.busy:
            return
        self._set_busy(True)
        self.say(doing, problem=False)
        self._work(value)

    def work_on(self, value: str) -> T:
        """The result for ``value``; raises one of `failures` with the reason."""
        raise NotImplementedError

    def failures(self) -> tuple[type[Exception], ...]:
        """The errors that mean "say why and stay open" (others are bugs)."""
        return ()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.query_one(Input).disabled = busy
        self.query_one(self.START_BUTTON, Button).disabled = busy

    @work(thread=True, exclusive=True, group="dialog-work", exit_on_error=False)
    def _work(self, value: str) -> None:
        try:
            result = self.work_on(value)
        except self.failures() as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        except Exception:  # our bug: said and logged, not a dialog stuck at "Reading…"
            log.exception("working on %r failed", value)
            self.app.call_from_thread(self._failed, internal_error("That could not be done"))
            return
        self.app.call_from_thread(self._done, result)

    def _failed(self, reason: str) -> None:
        if not self.is_attached:  # cancelled meanwhile
            return
        self._set_busy(False)
        self.say(reason, problem=True)
        self.query_one(Input).focus()

    def _done(self, result: T) -> None:
        if self.is_attached:
            self.dismiss(result)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


# Where pasted text comes from: `vocab.articles.STDIN_SOURCE`, as `reader import -` names
# it (not imported here: the library opens without the article reader).
PASTED_SOURCE = "<stdin>"
# Typed or pasted into the Add dialog, this many words or more that are no file are
# the article's own text: "The city council voted on Monday to ban cars..." was "No
# file at The city council voted..." (QA walk-through).
TEXT_MIN_WORDS = 8


def looks_like_text(value: str) -> bool:
    """Whether what was put in the Add dialog is an article's text, not an address."""
    return len(value.split()) >= TEXT_MIN_WORDS and not is_url(value) \
        and not path_exists(value.strip())


class SourceInput(Input):
    """The Add dialog's input. A paste of several lines (an article copied from a page)
    is kept whole, where an input keeps only its first line, and shown as its size."""

    pasted = ""

    def _on_paste(self, event: events.Paste) -> None:
        # Textual calls each class's handler in turn: Input's (the first line) only
        # when this one does not prevent it.
        text = event.text
        if len(text.splitlines()) > 1 and looks_like_text(" ".join(text.split())):
            event.prevent_default()
            event.stop()
            self.pasted = text
            self.value = f"(pasted text: {len(text.split()):,} words)"
            self.cursor_position = len(self.value)
            self.screen.refresh_bindings()  # no path to complete (`AddArticleDialog`)

    @on(Input.Changed)
    def _typed_over(self, event: Input.Changed) -> None:
        if self.pasted and not event.value.startswith("(pasted text:"):
            self.pasted = ""
            self.screen.refresh_bindings()


class AddArticleDialog(InputWorkDialog[ReadSource | None]):
    """Asks for a file path (with completion), a URL or the article's text (pasted or
    typed) and reads it; returns the article read, or None (`InputWorkDialog`: an empty
    file, a page that cannot be fetched... are said in it)."""

    BINDINGS = [Binding("enter", "start", "Add"), Binding("tab", "complete", "Complete path")]
    START_BUTTON = "#add"
    _text = ""  # the article's own text, when that is what was given

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "Add an article"
            yield Label("A .txt, .md or .html file, a web address (https://…), or paste "
                        "the article's text.")
            yield SourceInput(placeholder="~/Downloads/story.html",
                              suggester=PathSuggester(), id="source")
            yield self.status_line()
            with Horizontal(classes="buttons"):
                yield Button("Add", variant="primary", id="add")
                yield Button("Cancel", id="cancel")
        yield KeyBar(app_keys=False)

    def action_complete(self) -> None:
        """Tab accepts the suggested completion, as in a shell."""
        self.query_one(Input).action_cursor_right()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A pasted article is no path: its bar offered "tab Complete path" (tmux
        # walk-through), a key that then did nothing.
        if action == "complete" and self.query(SourceInput) and \
                self.query_one(SourceInput).pasted:
            return False
        return super().check_action(action, parameters)

    @on(Input.Submitted)
    @on(Button.Pressed, "#add")
    def _submit(self) -> None:
        source = self.query_one(SourceInput)
        value = dropped_path(source.value.strip())
        if source.pasted or looks_like_text(value):
            self._text = source.pasted or value
            self.start(PASTED_SOURCE, "Reading the text…")
            return
        problem = source_problem(value)
        if problem is not None:
            self.say(problem, problem=True)
            return
        self.start(value if is_url(value) else os.path.expanduser(value), f"Reading {value}…")

    def work_on(self, value: str) -> ReadSource:
        if value == PASTED_SOURCE:
            from vocab.articles import article_from_text

            return ReadSource(article_from_text(self._text, source=value, fmt=None), value)
        return ReadSource(read_article(value), value)

    def failures(self) -> tuple[type[Exception], ...]:
        return (ArticleError, UserError, OSError)


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
        yield KeyBar(app_keys=False)

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
