"""A first start's preparation of the dictionary, in a learner's words and measured.

The engine's loader reports its steps in the words of its files ("reading WordNet 3.0
from /usr/share/...", "writing the lexicon", "compiling word facts (lemmas, ...)"): the
library's hint line showed them as they came, and the level test, offered at that very
moment, only "Opening the dictionary…" over a bar with no figure, for a minute and more
(QA walk-through). Here each step is said plainly, with the share of the whole wait it
starts at, so both screens can show how far along it is.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stage:
    """One step of the preparation: what the engine's message starts with, what the
    learner is told, and where the step starts and ends in the whole wait (0 to 1)."""

    prefix: str
    label: str
    start: float
    end: float
    seconds: float  # how long it took, measured: the bar moves through it in that time


# Measured on a first start with an empty cache dir (2 cores, other work running): the
# loader's imports 2 s, reading WordNet 17 s, writing the lexicon 10 s, the word lists
# 50 s, the warm-up 2 s; 81 s in all. The shares are those times over the whole.
STAGES: tuple[Stage, ...] = (
    Stage("reading WordNet", "reading the dictionary", 0.02, 0.24, 17.0),
    Stage("writing the lexicon", "saving the dictionary", 0.24, 0.36, 10.0),
    Stage("lexicon compiled", "dictionary saved", 0.36, 0.36, 0.5),
    Stage(
        "compiling word facts",
        "reading the word lists (levels, how common words are, how to say them)",
        0.36,
        0.97,
        50.0,
    ),
    Stage("word facts compiled", "word lists saved", 0.97, 0.98, 0.5),
)
# Not reported by the engine: the app says it once the loader is done, on a first start.
WARMING_UP = Stage("", "getting ready", 0.98, 1.0, 2.0)
# Before any step is reported (the loader's imports), or a step not known here.
STARTING = Stage("", "starting", 0.0, 0.02, 2.0)
# A step never quite fills its part of the bar until the next one starts: a slower
# machine's bar waits at the end of its step rather than running past it.
MOST_OF_A_STEP = 0.9


def stage_of(step: str | None) -> Stage:
    """The stage an engine message reports (`STARTING` for none or one not known)."""
    if step is None:
        return STARTING
    if step == WARMING_UP.label:
        return WARMING_UP
    return next((stage for stage in STAGES if step.startswith(stage.prefix)), STARTING)


def step_text(step: str) -> str:
    """An engine message as the learner is told it: "saving the dictionary"; one not
    known here is shown as it came (it is still news of progress)."""
    stage = stage_of(step)
    return step if stage is STARTING else stage.label


def share_done(step: str | None, seconds_in_step: float) -> float:
    """How much of the whole wait is done (0 to 1): the step's start, and the part of it
    its measured time says has gone by."""
    stage = stage_of(step)
    part = min(seconds_in_step / stage.seconds, MOST_OF_A_STEP) if stage.seconds else 0.0
    return stage.start + (stage.end - stage.start) * part


def percent_text(share: float) -> str:
    """ "42%": the share as the hint line shows it."""
    return f"{int(share * 100)}%"
