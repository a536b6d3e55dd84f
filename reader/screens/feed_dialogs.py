"""The feeds screen's dialogs: a feed's address, and the VOA programs to choose from."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.commands.common import bare_web_address, is_url
from reader.screens.dialogs import InputWorkDialog
from reader.widgets.key_bar import KeyBar


class FeedAddressDialog(InputWorkDialog[str | None]):
    """Asks for a feed's web address and follows it with ``follow`` (off the UI thread:
    it fetches; it returns what to tell the learner, or raises `WebError`); returns that
    message, or None (`InputWorkDialog`: why it failed is said in it)."""

    # "app.": a screen's binding runs the screen's action, and this dialog has no
    # focus_next of its own (Tab did nothing, QA walk-through).
    BINDINGS = [Binding("enter", "start", "Follow"), Binding("tab", "app.focus_next", "Next")]
    START_BUTTON = "#follow"

    def __init__(self, follow: Callable[[str], str]) -> None:
        super().__init__()
        self._follow = follow

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "Follow a feed"
            yield Label("The address of an RSS or Atom feed (https://…).")
            yield Input(placeholder="https://learningenglish.voanews.com/api/…", id="address")
            yield self.status_line()
            with Horizontal(classes="buttons"):
                yield Button("Follow", variant="primary", id="follow")
                yield Button("Cancel", id="cancel")
        yield KeyBar(app_keys=False)

    @on(Input.Submitted)
    @on(Button.Pressed, "#follow")
    def _submit(self) -> None:
        value = self.query_one(Input).value.strip()
        if not is_url(value):
            self.say("Type a web address that starts with http:// or https://"
                     + (f": https://{value}" if bare_web_address(value) else "."),
                     problem=True)
            return
        self.start(value, f"Fetching {value}…")

    def work_on(self, value: str) -> str:
        return self._follow(value)

    def failures(self) -> tuple[type[Exception], ...]:
        from vocab.web import WebError  # imported when used: it loads httpx

        return (WebError,)


class SuggestedFeedsDialog(ModalScreen[str | None]):
    """VOA Learning English programs; choosing one returns its address (then fetched)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, followed: set[str]) -> None:
        super().__init__()
        self.followed = followed

    def compose(self) -> ComposeResult:
        from vocab.feeds import SUGGESTED_FEEDS

        with Vertical(classes="dialog", id="suggested-box") as box:
            box.border_title = "VOA Learning English programs"
            yield OptionList(*(
                Option(Content.assemble((s.program, "bold"), f" – {s.about}",
                                        (" (following)" if s.url in self.followed else "",
                                         "dim")),
                       id=s.url, disabled=s.url in self.followed)
                for s in SUGGESTED_FEEDS
            ), id="suggested")
            yield Static("Enter follows the program; nothing is fetched before that.",
                         classes="note")
        yield KeyBar(app_keys=False)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
