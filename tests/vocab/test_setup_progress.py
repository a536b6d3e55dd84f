"""A first start's steps as data: only the files missing are made, and said so."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocab import data, engine
from vocab.setup_progress import (
    COMPILING_LEXICON,
    COMPILING_WORD_FACTS,
    SetupProgress,
    planned_steps,
)
from vocab.wordfacts import facts_path


def _lexicon_file(cache_dir: Path) -> Path:
    source = data.wordnet_dir(cache_dir)
    assert source is not None  # the tests' NLTK data has WordNet
    return data.lexicon_path(cache_dir, data.lexicon_key(source))


def test_an_empty_cache_plans_both_files(tmp_path: Path) -> None:
    assert planned_steps(tmp_path) == (COMPILING_LEXICON, COMPILING_WORD_FACTS)


def test_a_file_found_is_not_a_step(tmp_path: Path) -> None:
    """The word facts are there: the lexicon is this start's one step; and none once
    it is there too (the app's bar stopped at 36% on such a start)."""
    facts_path(tmp_path).write_bytes(b"")
    assert planned_steps(tmp_path) == (COMPILING_LEXICON,)
    _lexicon_file(tmp_path).write_bytes(b"")
    assert planned_steps(tmp_path) == ()


def test_load_engine_tells_each_step_before_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lexicon is there, the word facts are not: one step, told with its place."""
    _lexicon_file(tmp_path).write_bytes(b"")
    heard: list[object] = []
    monkeypatch.setattr(data, "open_lexicon", lambda *_a, **_k: heard.append("lexicon"))
    monkeypatch.setattr(
        "vocab.wordfacts.open_word_facts", lambda *_a, **_k: heard.append("word facts")
    )
    monkeypatch.setattr(data, "load_tagger", lambda *_a, **_k: None)
    monkeypatch.setattr(engine, "Engine", lambda **_k: None)
    engine.load_engine(tmp_path, on_step=heard.append)
    assert heard == [
        "lexicon",
        SetupProgress(COMPILING_WORD_FACTS, 0, 1, (COMPILING_WORD_FACTS,)),
        "word facts",
    ]
