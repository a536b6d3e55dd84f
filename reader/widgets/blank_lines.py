"""Containers whose own lines are all alike: one drawn per paint, not one per row.

Textual draws every widget on screen line by line, containers too, though their
children cover them but for a margin: the reading screen, its body and the article's
view each drew ~30 blank lines (background, padding, tint and the line filters, such as
NO_COLOR's) for each full paint, about half the lines of an article's first paint
(issue 8). A container with no top or bottom edge (border, padding, outline), no
keylines and no hatch draws the same line on every row, so it is drawn once and
repeated, as Textual repeats the line of a widget it is told is blank
(`Widget.BLANK`, which skips the filters and the padding's and tint's styles: not the
same picture).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Horizontal
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:  # a plain mixin: Textual takes a class's CSS type from its first DOMNode base
    _Base = object


class BlankLines(_Base):
    """For a container (put first among its bases): draws one line of its own per
    paint, repeated down the region asked for, when all are alike (`lines_alike`)."""

    def lines_alike(self) -> bool:
        """Whether every line this widget draws itself is the same: a container
        (drawn as its background) with nothing of its own at its top or bottom, not a
        translucent screen (drawn over the screen beneath it)."""
        styles = self.styles
        if isinstance(self, Screen) and 0 < styles.background.a < 1:
            return False
        gutter = styles.gutter
        outline = styles.outline
        return (
            self.is_container
            and not gutter.top
            and not gutter.bottom
            and not outline.top[0]
            and not outline.bottom[0]
            and styles.keyline[0] == "none"
            and (not styles.has_rule("hatch") or styles.hatch == "none")
        )

    def render_lines(self, crop: Region) -> list[Strip]:
        if crop.height <= 1 or not self.lines_alike():
            return super().render_lines(crop)
        return super().render_lines(crop._replace(height=1)) * crop.height


class BlankHorizontal(BlankLines, Horizontal):
    """Textual's `Horizontal`, its own lines drawn once per paint (`BlankLines`)."""
