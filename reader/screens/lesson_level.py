"""The level a class's lesson is made for (E in the reader): returns the level, or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from reader.screens.settings import LEVEL_NAMES
from reader.widgets.key_bar import KeyBar
from vocab.models import Level


class LessonLevelDialog(ModalScreen[Level | None]):
    """Asks for the class's level, the learner's own highlighted first: a teacher's
    handout is for the class, never their own word marks (as `reader export lesson
    --level`)."""

    # Enter listed: the bar showed only "esc Cancel" (QA walk-through). The list's own
    # Enter answers it first; this one when the list has no option highlighted.
    BINDINGS = [Binding("enter", "save", "Save lesson"), Binding("escape", "cancel", "Cancel")]

    def __init__(self, learner_level: Level) -> None:
        super().__init__()
        self.learner_level = learner_level

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "A lesson for a class"
            yield Label("For which level? Its words and quiz are chosen for it.")
            yield OptionList(*(Option(f"{level.value} – {LEVEL_NAMES[level.value]}",
                                      id=level.value) for level in Level), id="class-level")
            yield Static("Enter saves the handout; your own marked words are left aside.",
                         classes="note")
        yield KeyBar(app_keys=False)

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = list(Level).index(self.learner_level)
        options.focus()

    def action_save(self) -> None:
        highlighted = self.query_one(OptionList).highlighted
        level = list(Level)[highlighted] if highlighted is not None else self.learner_level
        self.dismiss(level)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(Level(event.option.id or self.learner_level))
