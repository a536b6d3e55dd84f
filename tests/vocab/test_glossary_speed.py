"""The glossary's shortcuts give what the plain ranking gives, and take less work."""

from __future__ import annotations

import pytest

from vocab import glossary
from vocab.analysis import Analysis
from vocab.articles import article_from_text
from vocab.candidates import Candidate
from vocab.engine import Engine
from vocab.glossary import SENSE_REACH, _ranking, _read_transparent_above_floor
from vocab.models import LearnerProfile, Level, WordStatus

# Written for this test: words a learner reads from their parts ("rebuild", "unhappy",
# "teapot", "raincoat", "effectively") among harder ones, and enough of them that many
# fall far below the glossary's places.
TEXT = """Farmers Rebuild a Market After the Storm

The storm destroyed the old market in the valley town last spring. Farmers were unhappy,
but they worked effectively to rebuild it. A carpenter made new stalls, and a potter sold
a teapot to every family that helped. Children wore a raincoat and boots to carry bricks
through the mud.

The mayor praised the resilience of the farmers. She said the reconstruction was a
testament to their solidarity. A committee will oversee the finances, and an auditor
will inspect the ledger each month. The farmers hope the new roof will withstand the
gales that sweep the valley every winter.

Some traders were skeptical. One merchant said the rent was exorbitant and the drainage
inadequate. Another worried that the renovation would displace vendors who sold
embroidery, pottery and preserves. The mayor promised a subsidy for small stalls and a
moratorium on new fees until the harvest.

At the reopening, musicians played a fiddle and an accordion. A doorbell rang at the
bakery each time a customer entered. The baker sold loaves, pastries and a dessert made
with rhubarb. People lingered in the courtyard until sunset, and the farmers said the
market felt like home again.
"""


@pytest.fixture(scope="module")
def story(engine: Engine) -> Analysis:
    return engine.analyse(article_from_text(TEXT))


def _read_every_candidate(found: list[Candidate], exact_top: int | None, read):  # type: ignore[no-untyped-def]
    read(found)
    return []


PROFILES = (
    LearnerProfile(),
    LearnerProfile(level=Level.A2),
    LearnerProfile(level=Level.C1),
    LearnerProfile(
        statuses={("teapot", ""): WordStatus.LEARNING, ("carpenter", ""): WordStatus.LEARNING}
    ),
)


def test_a_glossary_reading_transparent_late_is_the_one_reading_it_first(
    engine: Engine, story: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    late = [
        engine.glossary(story, profile, max_entries=size)
        for profile in PROFILES
        for size in (None, 3, 12)
    ]
    monkeypatch.setattr(glossary, "_read_transparent_above_floor", _read_every_candidate)
    early = [
        engine.glossary(story, profile, max_entries=size)
        for profile in PROFILES
        for size in (None, 3, 12)
    ]
    assert late == early


def test_transparent_is_read_late_only_far_below_the_places(
    engine: Engine, story: Analysis
) -> None:
    ranking = _ranking(story, engine.senses, LearnerProfile(), engine.words, exact_top=3)
    unread = [c for c in ranking if "transparent" not in c.features]
    assert unread  # otherwise the shortcut is not tried here
    floor = ranking[2].score - SENSE_REACH
    assert all(c.score < floor for c in unread)
    settled = {c.lemma: (c.score, c.features["transparent"]) for c in ranking.settled()}
    monkeypatch = pytest.MonkeyPatch()
    with monkeypatch.context() as patched:
        patched.setattr(glossary, "_read_transparent_above_floor", _read_every_candidate)
        first = _ranking(story, engine.senses, LearnerProfile(), engine.words, exact_top=3)
    assert settled == {c.lemma: (c.score, c.features["transparent"]) for c in first.settled()}
    assert any(read for _, read in settled.values())  # a transparent word was read


def test_transparent_is_read_for_the_places_and_their_reach() -> None:
    found = [
        Candidate(lemma=f"w{n}", upos="NOUN", occurrences=[n], score=40.0 - n / 10)
        for n in range(40)
    ]
    read: list[str] = []

    def lower(batch: list[Candidate]) -> None:  # every word read is transparent: -0.76
        for candidate in batch:
            read.append(candidate.lemma)
            candidate.score -= 0.76

    rest = _read_transparent_above_floor(found, 2, lower)
    assert rest  # the last are not read
    # Read in batches, best first, until the next can reach no floor of the first 2.
    assert read == [c.lemma for c in found[: len(read)]]
    assert rest == found[len(read) :]
    floor = sorted(c.score for c in found[: len(read)])[-2] - SENSE_REACH
    assert all(c.score < floor for c in rest)
    assert _read_transparent_above_floor(found[:2], 2, lower) == []
    assert _read_transparent_above_floor(found, None, lower) == []
