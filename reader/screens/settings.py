"""Settings (s): learner level, theme, highlight style. Applied at once, kept in the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select

from reader.widgets.key_bar import KeyBar
from vocab.models import Level

if TYPE_CHECKING:
    from reader.app import ReaderApp

LEVEL_NAMES = {
    "A1": "beginner", "A2": "elementary", "B1": "intermediate",
    "B2": "upper intermediate", "C1": "advanced", "C2": "proficient",
}


# Textual's own two themes, by what a learner sees; the others are named after their
# palettes ("Nord", "Gruvbox").
THEME_LABELS = {"textual-dark": "Dark (default)", "textual-light": "Light",
                "textual-ansi": "Terminal colours"}


def theme_label(name: str) -> str:
    """A theme's name as the learner reads it: "catppuccin-mocha" -> "Catppuccin Mocha"."""
    return THEME_LABELS.get(name) or name.replace("-", " ").title()


class SettingsScreen(ModalScreen[None]):
    """Three choices; each takes effect (and is saved) when it changes."""

    # Enter and Tab listed too: the bar showed only "esc" (QA walk-through).
    BINDINGS = [Binding("escape", "dismiss", "Close"), Binding("q", "dismiss", "Close", show=False),
                Binding("enter", "choose", "Choose"),
                Binding("tab", "focus_next", "Next setting")]

    def compose(self) -> ComposeResult:
        from reader.app import HIGHLIGHT_STYLES

        app: ReaderApp = self.app  # type: ignore[assignment]
        with Vertical(classes="dialog", id="settings-box") as box:
            box.border_title = "Settings"
            yield Label("Your level (words above it are highlighted)")
            yield Select(
                [(f"{level.value} – {LEVEL_NAMES[level.value]}", level.value) for level in Level],
                value=app.profile.level.value, allow_blank=False, id="level",
            )
            yield Label("Theme")
            yield Select([(theme_label(name), name) for name in sorted(app.available_themes)],
                         value=app.theme, allow_blank=False, id="theme")
            yield Label("Highlight style")
            yield Select([(label, key) for key, label in HIGHLIGHT_STYLES.items()],
                         value=app.mark_style, allow_blank=False, id="highlight")
            with Horizontal(classes="buttons"):
                yield Button("Take the level test", id="placement")
                yield Button("Close", variant="primary", id="close")
            box.border_subtitle = "changes are saved at once"
        yield KeyBar(app_keys=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("choose", "focus_next"):  # not in an open list: Enter picks there
            return isinstance(self.focused, Select | Button)
        return True

    def action_focus_next(self) -> None:
        """Tab is bound on this screen (so the key bar lists it), and a screen's binding
        runs the screen's action: without this one Tab did nothing, and the theme and
        highlight style were out of the keyboard's reach (QA walk-through)."""
        self.focus_next()

    def action_choose(self) -> None:
        """Enter on a list opens it, on a button presses it (their own Enter does so)."""
        focused = self.focused
        if isinstance(focused, Select):
            focused.action_show_overlay()
        elif isinstance(focused, Button):
            focused.press()

    @on(Button.Pressed, "#close")
    def _close(self) -> None:
        self.dismiss()

    @on(Button.Pressed, "#placement")
    def _take_placement(self) -> None:
        app: ReaderApp = self.app  # type: ignore[assignment]
        self.dismiss()
        app.action_open_screen("placement")

    @on(Select.Changed)
    def _changed(self, event: Select.Changed) -> None:
        app: ReaderApp = self.app  # type: ignore[assignment]
        value = str(event.value)
        if event.select.id == "level" and value != app.profile.level.value:
            app.set_level(Level(value))
        elif event.select.id == "theme" and value != app.theme:
            app.theme = value
        elif event.select.id == "highlight":
            app.mark_style = value
