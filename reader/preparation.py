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
    # What each part of the step's compile reads, in the order it tells them
    # (`SetupProgress.part_number`), said after the step: "reading the dictionary
    # (saving it)". The word lists' step listed its parts whole, the dictionary's
    # none, and its figure moved for half a minute with nothing else on the line.
    parts: tuple[str, ...] = ()


# Measured on a first start with an empty cache dir, 2 cores under a load of 8: the
# loader's imports 0.8 s, the lexicon 40 s (10 s of CPU), the word lists 90 s (20 s of
# CPU), the warm-up 4 s. A quieter machine took 27 s for the lexicon: the seconds here
# are the measured ones in that machine's time, the pace (`PreparationClock`) makes up
# the difference. The word lists once counted 50 s: their part of the bar filled at two
# thirds of the wait, and the bar stood still for the last third.
STAGES = {
    # The parts of `vocab.lexicon_build.compile_lexicon`: WordNet read and its senses
    # linked, the tables written, each word's outline of senses written.
    COMPILING_LEXICON: Stage(
        "reading the dictionary",
        27.0,
        ("words and meanings", "saving it", "each word's meanings"),
    ),
    # The parts of `vocab.wordfacts.compile_word_facts`: lemmas, frequencies, summed
    # Zipf, cefrpy's levels, pronunciations, unchanged verb forms, foreign words.
    COMPILING_WORD_FACTS: Stage(
        "reading the word lists",
        60.0,
        (
            "word forms",
            "how common words are",
            "how common words are",
            "levels",
            "how to say words",
            "word forms",
            "foreign words",
        ),
    ),
}
# Not a step of the loader's: the app says it once the loader is done, on a first start
# (`warming_up`).
WARMING_UP = Stage("getting ready", 3.0)
# Before any step is reported (the loader's imports).
STARTING = Stage("starting", 2.0)
# A step not known here: still news of progress, shown under its own name.
UNKNOWN_SECONDS = 10.0
# Before the first step is reported the whole wait is not known: the bar goes this far.
STARTING_SHARE = 0.02
# A step never quite fills its part of the bar until the next one starts: a slower
# machine's bar slows down near the end of its step rather than running past it. It
# moves with the time up to this share of the step, then ever more slowly, never
# quite filling it (it once stood still at 90%: the lexicon's step, on a busy
# machine, for half a minute at "28%").
MOST_OF_A_STEP = 0.8
# The pace is read from the time the steps done took once they are this many measured
# seconds (the loader's imports alone say little), and kept within these bounds (a
# machine ten times slower still sees its bar move).
PACE_AFTER_S = 5.0
MIN_PACE, MAX_PACE = 0.25, 8.0


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


def doing_text(progress: SetupProgress) -> str:
    """A step and the part of it running, as the line under a bar says it: "reading the
    word lists (levels)"; the step alone before a part is told."""
    stage = _stage(progress.step)
    number = progress.part_number
    if number is None or not 0 <= number < len(stage.parts):
        return stage.label
    return f"{stage.label} ({stage.parts[number]})"


def share_done(progress: SetupProgress | None, seconds_in_part: float) -> float:
    """How much of the whole wait is done (0 to 1): the steps of this start before this
    one, the parts of this one before the part running (`SetupProgress.part`), and the
    share of that part its measured time says has gone by (``seconds_in_part``, at the
    measured pace)."""
    if progress is None:
        return STARTING_SHARE * _moved(seconds_in_part / STARTING.seconds)
    times = [_stage(step).seconds for step in progress.steps]
    whole = STARTING.seconds + sum(times) + WARMING_UP.seconds
    length = _stage(progress.step).seconds
    start, end = progress.part
    part_length = length * (end - start)
    moved = _moved(seconds_in_part / part_length) if part_length > 0 else 0.0
    return (_seconds_before(progress, times) + part_length * moved) / whole


def _moved(elapsed: float) -> float:
    """The share of a step shown done when ``elapsed`` of its measured time has gone
    by: as much up to `MOST_OF_A_STEP`, then a tail that never reaches 1 (its slope
    at the joint is the same, so the bar does not jerk)."""
    if elapsed <= MOST_OF_A_STEP:
        return elapsed
    rest = 1.0 - MOST_OF_A_STEP
    return 1.0 - rest * rest / (elapsed - MOST_OF_A_STEP + rest)


def _seconds_before(progress: SetupProgress, times: list[float]) -> float:
    """The measured seconds of what came before ``progress``'s part: the loader's start,
    the steps done, the parts of this step done."""
    return (
        STARTING.seconds
        + sum(times[: progress.done])
        + _stage(progress.step).seconds * progress.part[0]
    )


class PreparationClock:
    """How far a first start's preparation is, from the steps the loader tells and when
    each came. A step moves at the pace of those before it: a busy machine took three
    times the measured seconds, and a bar moving by the measured seconds alone ran
    ahead, then waited at each step's end for as long again."""

    def __init__(self, now: float) -> None:
        self.step: SetupProgress | None = None
        self._started = now
        self._since = now  # when the step or part running began
        self._pace = 1.0  # real seconds per measured second, once that can be told

    def told(self, progress: SetupProgress, now: float) -> bool:
        """``progress`` begins at ``now``; True when it is a new step, not a part of
        the step running (a learner is told each step once)."""
        new_step = self.step is None or progress.step != self.step.step
        measured = _seconds_before(progress, [_stage(step).seconds for step in progress.steps])
        if measured >= PACE_AFTER_S:
            self._pace = min(max((now - self._started) / measured, MIN_PACE), MAX_PACE)
        self.step, self._since = progress, now
        return new_step

    def share(self, now: float) -> float:
        """The share of the wait done at ``now`` (0 to 1): it only grows."""
        return share_done(self.step, (now - self._since) / self._pace)


def percent_text(share: float) -> str:
    """ "42%": the share as the hint line shows it."""
    return f"{int(share * 100)}%"
