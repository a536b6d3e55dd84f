"""The command palette (ctrl+p): every action the current screen offers, by name.

Commands come from the screen's key bindings, so the palette, the key bar and the
help screen always agree; screens pushed by name (quiz, stats) are added too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

# Screens the palette offers everywhere: (command, help, screen name).
SCREEN_COMMANDS = (
    ("Review words (quiz)", "Practise the words due in your spaced review", "quiz"),
    ("Progress (stats)", "Words known, reading and review figures", "stats"),
    ("Level test (placement)", "A 3-minute yes/no word test that sets your level", "placement"),
    ("News feeds", "Follow VOA programs and other feeds; see what to read next", "feeds"),
    ("Your words", "The words you know, are learning, ignore or looked up; change a mark",
     "words"),
)
# Actions the palette offers everywhere: (command, help, action).
APP_COMMANDS = (
    ("Export words for Anki", "Save the words you are learning as an Anki deck",
     "export_words('anki')"),
    ("Export words as a spreadsheet", "Save your learning and known words as a CSV file",
     "export_words('csv')"),
)


# Moving a cursor or a page is what the keys are for; listed, they bury the commands.
_MOVING = frozenset({"cursor_up", "cursor_down", "page_up", "page_down", "first", "last",
                     "select"})


def _ours(node: object, binding: Binding) -> bool:
    """Whether the reader declares ``binding`` (a screen's or widget's key), not Textual
    for its own widgets: the library's palette listed the table's Up, Down, Scroll Left,
    Page Left... (QA walk-through). The class nearest ``node`` that binds the action
    decides."""
    for cls in type(node).__mro__:
        for entry in cls.__dict__.get("BINDINGS", ()):
            action = entry.action if isinstance(entry, Binding) else entry[1]
            if action == binding.action:
                return cls.__module__.startswith("reader.")
    return False


class ReaderCommands(Provider):
    """Commands for the screen the palette was opened from."""

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        seen: set[tuple[int, str]] = set()
        bound: set[str] = set()  # screens a key of this screen opens: listed once
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if (not binding.description or not active.enabled
                    or binding.action in _MOVING or not _ours(active.node, binding)):
                continue
            marker = (id(active.node), binding.action)
            if marker in seen:
                continue
            seen.add(marker)
            bound.add(binding.action.removeprefix("app."))
            shown_key = binding.key_display or self.app.get_key_display(binding)
            help_text = binding.tooltip or f"key: {shown_key or key}"
            yield binding.description, help_text, partial(
                self.app.run_action, binding.action, active.node
            )
        for title, help_text, name in SCREEN_COMMANDS:
            action = f"open_screen('{name}')"
            if action not in bound:  # the library's "Review" opens it already
                yield title, help_text, partial(self.app.run_action, action)
        for title, help_text, action in APP_COMMANDS:
            yield title, help_text, partial(self.app.run_action, action)

    async def discover(self) -> Hits:
        for title, help_text, command in self._commands():
            yield DiscoveryHit(title, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, command in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), command, text=title, help=help_text)
