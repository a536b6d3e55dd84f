"""The feeds screen's dialogs: a feed's address, and the VOA programs to choose from."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.commands.common import is_url


class FeedAddressDialog(ModalScreen[str | None]):
    """Asks for a feed's web address; returns it, or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "Follow a feed"
            yield Label("The address of an RSS or Atom feed (https://…).")
            yield Input(placeholder="https://learningenglish.voanews.com/api/…", id="address")
            with Horizontal(classes="buttons"):
                yield Button("Follow", variant="primary", id="follow")
                yield Button("Cancel", id="cancel")

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    @on(Button.Pressed, "#follow")
    def _submit(self) -> None:
        value = self.query_one(Input).value.strip()
        if not is_url(value):
            self.notify("Type a web address that starts with http:// or https://.",
                        severity="error", markup=False)
            return
        self.dismiss(value)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


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

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
