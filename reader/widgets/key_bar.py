"""The keys of the current screen at the bottom, drawn by one widget: on one line, or on
two on a narrow terminal.

Textual's `Footer` shows the same thing with one widget per key, and builds them
again whenever the bindings change (every focus change). Opening an article spent
~100 ms of its ~300 ms there, styling some 20 new widgets (measured with
benchmarks/app_probe.py). This bar reads the same `Screen.active_bindings`, so it
lists what the Footer would, and a click on a key presses it, as there.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from weakref import WeakKeyDictionary

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.reactive import Reactive
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

# Never left out of the bar: the key that lists every key; and the way out, on a
# screen that shows no other (at 80 columns the library's bar lost "q Quit", QA
# walk-through; the reader shows "esc Library", and keeps "z Quiz" in its place).
HELP_ACTION = "help"
QUIT_ACTION = "quit"
# Left out first when keys do not fit, in this order: what a learner needs least while
# reading (at 80 columns the reader's bar lost "z Quiz" and kept "s Settings"). The
# library's Sort first: a click on a column's heading sorts too, and its ▲ shows how;
# at 100 columns "s Settings" had gone from the first screen (QA walk-through).
LEFT_OUT_FIRST = ("cycle_sort", "settings", QUIT_ACTION, "know_rest")
# Narrower than this the bar takes a second line rather than leave keys out: at 80
# columns the reader's bar lost "K I know the rest", "q Quit" and "s Settings", the
# library's "f Feeds" (QA walk-through). From here on it keeps its one line, as
# before, leaving out `LEFT_OUT_FIRST` keys (the help lists them); a screen whose
# other keys still do not fit takes the second line too: at 100 columns Your words
# lost "p Practise" and "/ Filter" (QA walk-through).
TWO_LINES_BELOW = 100
MAX_LINES = 2
# Lines packed, kept per app by (width, keys, styles) for the bars made after: each
# article opened has a new screen and a new bar, which packed the same keys again
# (~2% of opening a saved article; issue 8). The screens' bars at a width or two.
PACKED_KEPT = 16

_Packed = tuple[list[Content], Content | None]
_packed_by_app: WeakKeyDictionary[App[object], OrderedDict[tuple[object, ...], _Packed]] = (
    WeakKeyDictionary()
)


class KeyBar(Widget):
    """Key and description of every shown binding of the screen, in binding order.

    Shown bindings side by side in the same `Binding.Group` are one item, their keys
    and the group's description ("e/E Export lesson"), as in Textual's `Footer`: the
    short name of keys whose own descriptions (the help's, the palette's) are long.
    """

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: auto;
        max-height: 2;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    """

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}
    ALLOW_SELECT = False
    # Set by Textual after each layout: the bar is drawn again at its new size, but
    # nothing in it is laid out (Textual's own asked for a second layout; issue 8).
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def __init__(self, *, app_keys: bool = True) -> None:
        """``app_keys=False``: only the screen's own keys, for a dialog. Its bar covers
        the one of the screen beneath, whose keys do not work while it is open, and the
        app's letters (q Quit) would be typed into its input."""
        super().__init__()
        self.app_keys = app_keys
        # The shown bindings as of Textual's last "bindings changed" signal (the keys
        # last drawn), and the lines packed, by (width, keys, styles; `PACKED_KEPT`):
        # a layout and a paint asked for them three times over, and
        # `Screen.active_bindings` walks the focus chain and asks every action's check
        # each time (13-17% of the app's thread as an article opened; issue 8).
        self._shown: tuple[tuple[Binding, bool], ...] | None = None
        self._line_count = 1  # of the bar last laid out

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        # Textual says so after every focus change, and three times as an article
        # opens, each time the same keys: drawn again only when they changed. As
        # Textual's Footer, the bar reads the bindings again only then: a screen whose
        # actions' checks change calls `refresh_bindings`, as Textual asks.
        if screen is not self.screen:
            return
        shown = tuple(self.shown_bindings())
        if shown != self._shown:
            self._shown = shown
            if not self.size.width:  # not laid out yet: its layout will pack the keys
                self.refresh(layout=True)
                return
            # Laid out again only when the bar's height changes (opening an article).
            lines = len(self._lines(self.size.width)[0])
            self.refresh(layout=lines != self._line_count)

    def _current(self) -> tuple[tuple[Binding, bool], ...]:
        """`shown_bindings` as of the last change Textual signalled."""
        if self._shown is None:
            self._shown = tuple(self.shown_bindings())
        return self._shown

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._line_count = len(self._lines(width)[0])
        return max(self._line_count, self._beneath_height())

    def on_resize(self) -> None:
        # The bar of a dialog open over this screen is as tall as this one (below): at
        # 80 columns the library's took its second line as the bundled articles came
        # in, under the welcome dialog's one line, and showed keys that did nothing.
        stack = self.app.screen_stack
        above = stack.index(self.screen) + 1 if self.screen in stack else len(stack)
        if above < len(stack) and stack[above].is_modal:
            for bar in stack[above].query(KeyBar):
                bar.refresh(layout=True)

    def _beneath_height(self) -> int:
        """The height of the bar of the screen beneath a dialog: the dialog's bar covers
        it whole, else the first of its two lines showed keys that do nothing while
        the dialog is open ("n/Tab Next word" over word details' keys)."""
        stack = self.app.screen_stack
        if not self.screen.is_modal or self.screen not in stack[1:]:
            return 0
        beneath = stack[stack.index(self.screen) - 1].query(KeyBar)
        return beneath.first().size.height if beneath else 0

    def shown_bindings(self) -> Iterator[tuple[Binding, bool]]:
        """(binding, enabled) of each action the bar lists, one binding per action; the
        command palette's key last."""
        seen: set[str] = set()
        palette = None
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not self.app_keys and active.node is self.app:
                continue
            if not self.app_keys and not binding.show:
                binding = self._dialogs_own(key) or binding
            if key == self.app.COMMAND_PALETTE_BINDING and self.app.ENABLE_COMMAND_PALETTE:
                palette = (binding, active.enabled)
            elif binding.show and binding.action not in seen:
                seen.add(binding.action)
                yield binding, active.enabled
        if palette is not None:
            yield palette

    def _dialogs_own(self, key: str) -> Binding | None:
        """The dialog's own shown binding of ``key``, where the focused widget's hidden
        one answers the key first: Enter in the Add dialog's input adds, as its "⏎ Add"
        says; the bars of the dialogs listed only "esc" (QA walk-through)."""
        for cls in type(self.screen).__mro__:
            for binding in getattr(cls, "BINDINGS", ()):
                if isinstance(binding, Binding) and binding.show and key in \
                        binding.key.split(",") and self.screen.check_action(binding.action, ()):
                    return binding
        return None

    def render(self) -> Content:
        lines, palette = self._lines(self.size.width)
        last = lines[-1]
        if palette is not None:
            # On the right, as Textual's Footer shows it, when there is room.
            gap = self.size.width - last.cell_length - palette.cell_length - 1
            if gap >= 1:
                last = Content("").join([last, Content(" " * gap + "▏"), palette])
        # Blank lines first when it covers a taller bar beneath, keys on the bottom line.
        blank = [Content("")] * (self.size.height - len(lines))
        return Content("\n").join([*blank, *lines[:-1], last])

    def _items(self, draw: Callable[[list[tuple[Binding, bool]]], Content],
               left_out: frozenset[str] = frozenset()
               ) -> tuple[list[tuple[list[Binding], Content]], Content | None]:
        """Each shown key as ``draw`` draws it (side by side keys of a group as one), but
        those whose action is ``left_out``, and the command palette's key apart."""
        shown = [(binding, enabled) for binding, enabled in self._current()
                 if binding.action not in left_out]
        palette = None
        if shown and shown[-1][0].key == self.app.COMMAND_PALETTE_BINDING:
            palette = draw([shown.pop()])
        runs: list[list[tuple[Binding, bool]]] = []
        for binding, enabled in shown:
            if runs and binding.group is not None and runs[-1][-1][0].group == binding.group:
                runs[-1].append((binding, enabled))
            else:
                runs.append([(binding, enabled)])
        items = [([binding for binding, _ in run], draw(run)) for run in runs]
        return items, palette

    def _lines(self, width: int) -> tuple[list[Content], Content | None]:
        """The keys in lines that fit ``width`` (two below `TWO_LINES_BELOW` columns;
        from there one, or two when one cannot hold the keys but `LEFT_OUT_FIRST`),
        and the palette's key to add on the right when there is room.

        Keys that do not fit are left out rather than cut: `LEFT_OUT_FIRST`, then the
        last first; Help (which lists them all) stays, and Quit when it is the only
        way out shown. One key of a group goes, not the group ("k/K Known" is then
        "k Known").
        """
        # The component styles are part of the key: a new theme draws the keys anew.
        key_style = self.get_visual_style("key-bar--key")
        description_style = self.get_visual_style("key-bar--description")
        key = (width, self._current(), key_style, description_style)
        kept = _packed_by_app.setdefault(self.app, OrderedDict())
        packed_lines = kept.get(key)
        if packed_lines is None:
            packed_lines = kept[key] = self._packed_lines(width, key_style, description_style)
            if len(kept) > PACKED_KEPT:
                kept.popitem(last=False)
        else:
            kept.move_to_end(key)
        return packed_lines

    def _packed_lines(self, width: int, key_style: Style, description_style: Style
                      ) -> _Packed:
        """`_lines`, worked out."""
        # Each key drawn once, whatever is left out around it.
        drawn: dict[tuple[tuple[Binding, bool], ...], Content] = {}

        def draw(run: list[tuple[Binding, bool]]) -> Content:
            key = tuple(run)
            if key not in drawn:
                drawn[key] = _drawn(run, self.app.get_key_display, key_style,
                                    description_style)
            return drawn[key]

        most = MAX_LINES if width < TWO_LINES_BELOW else 1
        left_out: set[str] = set()
        items, palette = self._items(draw)
        kept = {HELP_ACTION}
        if not any(bindings[0].key == "escape" for bindings, _ in items):
            kept.add(QUIT_ACTION)
        while line_count([item.cell_length for _, item in items], width) > most:
            actions = [binding.action for bindings, _ in items for binding in bindings
                       if binding.action not in kept]
            first = [action for action in LEFT_OUT_FIRST if action in actions]
            if not first and most < MAX_LINES:
                # Only keys that matter are left: a second line, on which the ones
                # left out so far may fit again.
                most = MAX_LINES
                left_out.clear()
                items, palette = self._items(draw)
                continue
            if not actions:
                break
            left_out.add(first[0] if first else actions[-1])
            items, palette = self._items(draw, frozenset(left_out))
        return packed([item for _, item in items], width)[:most], palette

    def on_click(self, event: events.Click) -> None:
        key = event.style.meta.get("key")
        if isinstance(key, str):
            event.stop()
            self.app.simulate_key(key.split(",")[0])


def _drawn(run: list[tuple[Binding, bool]], key_display: Callable[[Binding], str],
           key_style: Style, description_style: Style) -> Content:
    """A key, or the keys of a group with the group's description (one key of it too:
    "e Export lesson"), as the bar draws them; a click presses the first key."""
    first = run[0][0]
    meta = Style.from_meta({"key": first.key})
    dim = Style(dim=True) if not any(enabled for _, enabled in run) else Style()
    description = first.group.description if first.group else first.description
    keys = "/".join(key_display(binding) for binding, _ in run)
    return Content.assemble((f" {keys} ", key_style + dim + meta),
                            (f"{description} ", description_style + dim + meta))


def line_count(lengths: list[int], width: int) -> int:
    """How many lines `packed` makes of items ``lengths`` cells long."""
    lines, used, on_line = 1, 0, 0
    for length in lengths:
        if on_line and used + length > width:
            lines += 1
            used = on_line = 0
        used += length
        on_line += 1
    return lines


def packed(items: list[Content], width: int) -> list[Content]:
    """``items`` in order, as many on each line as fit ``width``; at least one line."""
    lines: list[list[Content]] = [[]]
    used = 0
    for item in items:
        if lines[-1] and used + item.cell_length > width:
            lines.append([])
            used = 0
        lines[-1].append(item)
        used += item.cell_length
    return [Content("").join(line) for line in lines]
