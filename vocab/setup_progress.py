"""What a first start's preparation of the engine's files is doing, as data.

The lexicon and the word facts are compiled once, on the first start (a minute and
more). `load_engine` tells a listener each step as it begins, with the steps this
start has: only the files missing are made, so a start that compiles the lexicon
alone has one step, not the three of an empty cache. The app drew its progress bar
from the words of the messages printed for a terminal ("reading WordNet 3.0 from
...") and from a fixed list of every step, so such a start's bar stopped at a third.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# A step's part beginning, as a compile tells it (`vocab.work_parts`).
from vocab.work_parts import PartListener as PartListener

# The steps, by name (what a UI keys its wording and measured times by).
COMPILING_LEXICON = "compiling the lexicon"
COMPILING_WORD_FACTS = "compiling word facts"


@dataclass(frozen=True)
class SetupProgress:
    """A step beginning: ``done`` of this start's ``total`` steps are finished, and
    ``steps`` names them all in order (``steps[done] == step``)."""

    step: str
    done: int
    total: int
    steps: tuple[str, ...]
    # The slice of this step now running, as shares of the step: (0, 1) for a step that
    # tells no parts; (0.3, 0.8) while the part from 30% to 80% of its work runs.
    part: tuple[float, float] = (0.0, 1.0)
    # Which of the step's parts runs, counted from 0 in the order the compile tells
    # them (`vocab.work_parts`), so a UI can name it; None before the first is told.
    part_number: int | None = None


SetupListener = Callable[[SetupProgress], None]


def planned_steps(cache_dir: Path) -> tuple[str, ...]:
    """The steps `load_engine` will take in ``cache_dir``: a file found is not made again.

    A word facts file that is there but damaged is made again unannounced (rare: the
    check that finds it opens the file, too slow to ask twice at every start).
    """
    from vocab import data
    from vocab.wordfacts import facts_path

    steps = []
    source = data.wordnet_dir(cache_dir)
    if source is not None and not data.lexicon_path(cache_dir, data.lexicon_key(source)).is_file():
        steps.append(COMPILING_LEXICON)
    if not facts_path(cache_dir).is_file():
        steps.append(COMPILING_WORD_FACTS)
    return tuple(steps)


class SetupSteps:
    """Tells ``listener`` each planned step as it begins (no listener: nothing)."""

    def __init__(self, cache_dir: Path, listener: SetupListener | None) -> None:
        self._listener = listener
        self._steps = planned_steps(cache_dir) if listener is not None else ()
        self._step: str | None = None
        self._parts_told = 0  # of the step begun last

    def begin(self, step: str) -> None:
        self._step = step
        self._parts_told = 0
        self._tell(step, (0.0, 1.0), None)

    def part(self, start: float, end: float) -> None:
        """The step begun last is at its next part, ``start`` to ``end`` of its work
        (a `PartListener`)."""
        if self._step is not None:
            self._tell(self._step, (start, end), self._parts_told)
            self._parts_told += 1

    def _tell(self, step: str, part: tuple[float, float], number: int | None) -> None:
        if self._listener is not None and step in self._steps:
            self._listener(
                SetupProgress(
                    step, self._steps.index(step), len(self._steps), self._steps, part, number
                )
            )
