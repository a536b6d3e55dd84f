"""A first start's preparation of the dictionary, in a learner's words and measured.

The engine's loader tells each step as data (`vocab.setup_progress.SetupProgress`: the
step, and the steps this start has). Here each step is said plainly and weighed by its
measured time, so the level test offered at that moment and the library's hint line can
show how far along it is. The app once read the step from the words of the messages
printed for a terminal, against a fixed list of every step: a start that compiled the
lexicon alone (the word facts were there) had a bar that stopped at 36%.
"""

from __future__ import annotations

from dataclasses import dataclass

from vocab.setup_progress import COMPILING_LEXICON, COMPILING_WORD_FACTS, SetupProgress


@dataclass(frozen=True)
class Stage:
    """One step of the preparation: what the learner is told, and how long it took."""

    label: str
    seconds: float  # measured: the bar moves through the step in that time


# Measured on a first start with an empty cache dir (2 cores, other work running): the
# loader's imports 2 s, the lexicon (reading WordNet, writing it) 27 s, the word lists
# 50 s, the warm-up 2 s; 81 s in all.
STAGES = {
    COMPILING_LEXICON: Stage("reading the dictionary", 27.0),
    COMPILING_WORD_FACTS: Stage(
        "reading the word lists (levels, how common words are, how to say them)", 50.0
    ),
}
# Not a step of the loader's: the app says it once the loader is done, on a first start
# (`warming_up`).
WARMING_UP = Stage("getting ready", 2.0)
# Before any step is reported (the loader's imports).
STARTING = Stage("starting", 2.0)
# A step not known here: still news of progress, shown under its own name.
UNKNOWN_SECONDS = 10.0
# Before the first step is reported the whole wait is not known: the bar goes this far.
STARTING_SHARE = 0.02
# A step never quite fills its part of the bar until the next one starts: a slower
# machine's bar waits at the end of its step rather than running past it.
MOST_OF_A_STEP = 0.9


def warming_up(last: SetupProgress) -> SetupProgress:
    """The last step of a first start, after the loader's ``last``: every step done."""
    return SetupProgress(WARMING_UP.label, last.total, last.total, last.steps)


def _stage(step: str) -> Stage:
    if step == WARMING_UP.label:
        return WARMING_UP
    return STAGES.get(step, Stage(step, UNKNOWN_SECONDS))


def step_text(progress: SetupProgress) -> str:
    """A step as the learner is told it: "reading the dictionary"."""
    return _stage(progress.step).label


def share_done(progress: SetupProgress | None, seconds_in_step: float) -> float:
    """How much of the whole wait is done (0 to 1): the steps of this start before this
    one, and the part of it its measured time says has gone by."""
    if progress is None:
        return STARTING_SHARE * min(seconds_in_step / STARTING.seconds, MOST_OF_A_STEP)
    times = [_stage(step).seconds for step in progress.steps]
    whole = STARTING.seconds + sum(times) + WARMING_UP.seconds
    before = STARTING.seconds + sum(times[: progress.done])
    length = _stage(progress.step).seconds
    part = min(seconds_in_step / length, MOST_OF_A_STEP)
    return (before + length * part) / whole


def percent_text(share: float) -> str:
    """ "42%": the share as the hint line shows it."""
    return f"{int(share * 100)}%"
