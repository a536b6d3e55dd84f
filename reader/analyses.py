"""Analyses of saved articles: recent ones in memory, older ones in the store, new ones
from the engine; and the glossaries of recent ones. What may call the engine runs in
worker threads only (the engine is slow)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from threading import Lock
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.engine import Analyser
    from vocab.models import GlossaryEntry, LearnerProfile
    from vocab.store import Store, StoredArticle

# A learner moves between a handful of articles; a few analyses of a long article
# are a few MB, so keep the last eight.
RECENT_ANALYSES = 8


class AnalysisCache:
    """`Analysis` by content hash and engine version: memory, then store, then engine.

    Each is handed out read with the meanings the learner chose in the article
    (`Analysis.with_chosen_senses`), so the reader, its glossary, the quiz and the
    lesson agree; what is kept is the engine's own."""

    def __init__(self, store: Store, capacity: int = RECENT_ANALYSES) -> None:
        self._store = store
        self._capacity = capacity
        self._recent: OrderedDict[tuple[str, str], Analysis] = OrderedDict()
        # A glossary depends on the analysis and the learner (level and marked words);
        # reopening an article should not rebuild it (the Lesk work takes a few hundred ms).
        self._glossaries: OrderedDict[tuple[object, ...], list[GlossaryEntry]] = OrderedDict()
        self._lock = Lock()

    def peek(self, stored: StoredArticle) -> Analysis | None:
        """The analysis if it is already in memory (no disk, no engine)."""
        found = self._in_memory(stored)
        return self._as_read(stored, found) if found is not None else None

    def load(self, stored: StoredArticle) -> Analysis | None:
        """The analysis if it is in memory or saved in the store (no engine). Quick
        enough for the screen's own thread when the article is short: a 1,000-word
        analysis is read and parsed in ~15 ms."""
        found = self._loaded(stored)
        return self._as_read(stored, found) if found is not None else None

    def get(self, stored: StoredArticle, engine: Callable[[], Analyser]) -> Analysis:
        """The analysis of ``stored``; ``engine()`` is called only when none is cached."""
        from vocab.analysis import ENGINE_VERSION

        found = self._loaded(stored)
        if found is None:
            found = engine().analyse(stored.article)
            self._store.save_analysis(stored.content_hash, ENGINE_VERSION, found.to_json())
            self._remember((stored.content_hash, ENGINE_VERSION), found)
        return self._as_read(stored, found)

    def _as_read(self, stored: StoredArticle, analysis: Analysis) -> Analysis:
        chosen = self._store.chosen_senses(stored.id)
        return analysis.with_chosen_senses(chosen) if chosen else analysis

    def _in_memory(self, stored: StoredArticle) -> Analysis | None:
        from vocab.analysis import ENGINE_VERSION

        key = (stored.content_hash, ENGINE_VERSION)
        with self._lock:
            found = self._recent.get(key)
            if found is not None:
                self._recent.move_to_end(key)
            return found

    def _loaded(self, stored: StoredArticle) -> Analysis | None:
        from vocab.analysis import ENGINE_VERSION, Analysis

        found = self._in_memory(stored)
        if found is not None:
            return found
        cached = self._store.cached_analysis(stored.content_hash, ENGINE_VERSION)
        if cached is None:
            return None
        try:
            analysis = Analysis.from_json(stored.article, cached)
        except (ValueError, KeyError, TypeError, IndexError):
            return None  # an old or damaged row: analyse again
        self._remember((stored.content_hash, ENGINE_VERSION), analysis)
        return analysis

    def _remember(self, key: tuple[str, str], analysis: Analysis) -> None:
        with self._lock:
            self._recent[key] = analysis
            self._recent.move_to_end(key)
            while len(self._recent) > self._capacity:
                self._recent.popitem(last=False)

    def glossary(
        self, stored: StoredArticle, analysis: Analysis, profile: LearnerProfile,
        engine: Callable[[], Analyser],
    ) -> list[GlossaryEntry]:
        """The glossary of ``stored`` (analysed as ``analysis``) for ``profile``;
        ``engine()`` is called only when it is not kept. A word marked since, or a
        meaning chosen since, is never served from an older glossary: the learner's
        marks always win."""
        key = (
            stored.content_hash,
            analysis.engine_version,
            profile.level.value,
            frozenset(profile.statuses.items()),
            frozenset(analysis.chosen_senses.items()),
        )
        with self._lock:
            found = self._glossaries.get(key)
            if found is not None:
                self._glossaries.move_to_end(key)
                return list(found)
        entries = engine().glossary(analysis, profile)
        with self._lock:
            self._glossaries[key] = list(entries)
            while len(self._glossaries) > self._capacity:
                self._glossaries.popitem(last=False)
        return entries
