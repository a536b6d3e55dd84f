"""The glossaries the reader keeps: reused on reopening, never stale after a mark or a
meaning chosen."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from reader.analyses import AnalysisCache
from vocab.models import GlossaryEntry, LearnerProfile, WordStatus


class CountingEngine:
    def __init__(self) -> None:
        self.calls: list[LearnerProfile] = []

    def glossary(self, analysis: Any, profile: LearnerProfile) -> list[GlossaryEntry]:
        self.calls.append(profile)
        return [GlossaryEntry("bloc", "bloc", "n.", "a group of countries", "", "generated")]


def test_a_glossary_is_kept_per_learner_and_rebuilt_after_a_mark() -> None:
    cache = AnalysisCache(store=None)  # type: ignore[arg-type]  # glossaries never touch it
    stored = SimpleNamespace(content_hash="abc")
    analysis = SimpleNamespace(engine_version="3", chosen_senses={})
    engine = CountingEngine()
    fresh = LearnerProfile()
    cache.glossary(stored, analysis, fresh, lambda: engine)  # type: ignore[arg-type]
    cache.glossary(stored, analysis, LearnerProfile(), lambda: engine)  # type: ignore[arg-type]
    assert len(engine.calls) == 1
    marked = LearnerProfile(statuses={("bloc", ""): WordStatus.KNOWN})
    cache.glossary(stored, analysis, marked, lambda: engine)  # type: ignore[arg-type]
    assert engine.calls[-1] is marked
    calls = len(engine.calls)
    chosen = SimpleNamespace(engine_version="3", chosen_senses={("bloc", "NOUN"): "bloc.n.01"})
    cache.glossary(stored, chosen, marked, lambda: engine)  # type: ignore[arg-type]
    assert len(engine.calls) == calls + 1  # a meaning the learner chose since: made anew
