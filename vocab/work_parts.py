"""A long piece of work told to a progress bar in parts, each weighed by its measured time.

The lexicon's and the word facts' compiles (a first start's two steps) each tell their
parts as they begin (`vocab.setup_progress.SetupSteps.part`). Imports nothing of the
engine's: the compiling modules import it, and `vocab.setup_progress` imports them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

# A part beginning: the shares of the work done before it and after it.
PartListener = Callable[[float, float], None]


def part_teller(part_seconds: Sequence[float], on_part: PartListener | None) -> Callable[[], None]:
    """A call for each part of the work as it begins, in order: tells ``on_part`` the
    part's slice of the whole, by the parts' measured ``part_seconds``."""
    whole = sum(part_seconds)
    ends = list(itertools.accumulate(seconds / whole for seconds in part_seconds))
    begun = 0

    def next_part() -> None:
        nonlocal begun
        if on_part is not None and begun < len(ends):
            on_part(ends[begun - 1] if begun else 0.0, ends[begun])
        begun += 1

    return next_part
