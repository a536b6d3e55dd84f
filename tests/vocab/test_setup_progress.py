"""A first start's steps as data: only the files missing are made, and said so."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from vocab import data, engine, lexicon_build, wordfacts
from vocab.setup_progress import (
    COMPILING_LEXICON,
    COMPILING_WORD_FACTS,
    PartListener,
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


def test_the_word_facts_step_tells_its_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The word facts' compile (a minute and more on a busy machine) tells each of its
    parts as it begins, as a slice of the step: a bar guessing from the time alone ran
    ahead of it, then stood still for half of it."""
    _lexicon_file(tmp_path).write_bytes(b"")
    monkeypatch.setattr(data, "open_lexicon", lambda *_a, **_k: None)
    monkeypatch.setattr("vocab.wordfacts.open_word_facts", _in_two_parts)
    assert _heard_loading(tmp_path, monkeypatch) == _told_in_two_parts(COMPILING_WORD_FACTS)


def _in_two_parts(*_args: object, on_part: PartListener, **_kwargs: object) -> None:
    """A compile stand-in telling two parts of its work."""
    on_part(0.0, 0.25)
    on_part(0.25, 1.0)


def _told_in_two_parts(step: str) -> list[object]:
    steps = (step,)
    return [
        SetupProgress(step, 0, 1, steps),
        SetupProgress(step, 0, 1, steps, (0.0, 0.25), 0),
        SetupProgress(step, 0, 1, steps, (0.25, 1.0), 1),
    ]


def _heard_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What `load_engine` tells its listener, the tagger and the engine left out."""
    heard: list[object] = []
    monkeypatch.setattr(data, "load_tagger", lambda *_a, **_k: None)
    monkeypatch.setattr(engine, "Engine", lambda **_k: None)
    engine.load_engine(tmp_path, on_step=heard.append)
    return heard


def test_the_word_facts_parts_cover_the_step_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each part of the compile is told as it begins, one after the other, the levels
    (half the work measured) the largest: a bar that moves with them moves evenly."""
    for rows in (
        "_lemma_rows",
        "_extra_frequencies",
        "_summed_zipf_rows",
        "_cefr_rows",
        "_pronunciation_rows",
        "_unchanged_verb_form_rows",
        "foreign_rows",
    ):
        monkeypatch.setattr(wordfacts, rows, lambda *_args: iter(()))
    monkeypatch.setattr(wordfacts, "_plain_frequencies", dict)
    parts: list[tuple[float, float]] = []
    wordfacts.compile_word_facts(
        tmp_path / "facts.sqlite3", on_part=lambda start, end: parts.append((start, end))
    )
    assert len(parts) == len(wordfacts.COMPILE_PART_SECONDS)
    assert parts[0][0] == 0.0 and parts[-1][1] == pytest.approx(1.0)
    assert all(before[1] == after[0] for before, after in itertools.pairwise(parts))
    sizes = [end - start for start, end in parts]
    assert max(sizes) == sizes[3] > 0.4  # cefrpy's levels


def test_the_lexicon_step_tells_its_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lexicon's compile (half a minute and more on a slow machine) told no parts:
    its share of the bar crawled on the time alone. Reading WordNet, writing the tables
    and writing each word's senses are told as they begin, in order, covering the step."""
    parts: list[tuple[float, float]] = []
    monkeypatch.setattr(lexicon_build, "_WordNetFiles", _NoWordNet)
    monkeypatch.setattr(lexicon_build, "_lexicon_rows", _no_rows)
    lexicon_build.compile_lexicon(
        tmp_path,
        tmp_path / "lexicon.sqlite3",
        version="v1",
        on_part=lambda start, end: parts.append((start, end)),
    )
    assert len(parts) == len(lexicon_build.COMPILE_PART_SECONDS) == 3
    assert parts[0][0] == 0.0 and parts[-1][1] == pytest.approx(1.0)
    assert all(before[1] == after[0] for before, after in itertools.pairwise(parts))
    assert parts[0][1] > 0.5  # reading WordNet and linking its senses: most of the work


def test_load_engine_hands_the_lexicon_step_its_part_listener(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A part the lexicon's compile tells reaches the listener as a slice of its step."""
    facts_path(tmp_path).write_bytes(b"")
    monkeypatch.setattr(data, "compile_lexicon", _in_two_parts)
    monkeypatch.setattr(data, "Lexicon", _NoLexicon)
    monkeypatch.setattr("vocab.wordfacts.open_word_facts", lambda *_a, **_k: None)
    assert _heard_loading(tmp_path, monkeypatch) == _told_in_two_parts(COMPILING_LEXICON)


class _NoWordNet:
    def __init__(self, _folder: Path) -> None:
        pass

    def get_version(self) -> str:
        return "3.0"


class _NoLexicon:
    @staticmethod
    def open(_path: Path) -> None:
        return None


def _no_rows(_wordnet: object, _counts: object) -> dict[str, list[tuple]]:
    return {name: [] for name in ("synsets", "senses", "relations", "lemma_links", "expressions")}
