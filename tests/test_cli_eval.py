"""``reader eval glossary``: figures for the engine and the frequency baseline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from vocab.lexicon import Lexicon

# Two short stories written for this test, each with a glossary an editor might print.
STORIES = [
    {
        "title": "Neighbours Agree to Counter Floods",
        "body": "Officials from two river nations met on Tuesday to sign a treaty on floods. "
        "The minister said the bloc would counter the rising water with new barriers.\n\n"
        "He said the initiative was built on a simple principle: no country should face a "
        "disaster alone. Engineers will build levees along the river to protect farms.",
        "glossary": [
            {"word": "bloc", "pos": "n", "definition": "a group of countries"},
            {"word": "counter", "pos": "v", "definition": "to act against something"},
            {"word": "initiative", "pos": "n", "definition": "a plan to solve a problem"},
        ],
    },
    {
        "title": "A Garden on the Roof",
        "body": "Students at a city school grow tomatoes on the roof. They compost food waste "
        "from the kitchen and water the plants with rain they collect in barrels.\n\n"
        "Their teacher says the garden helps them understand where food comes from. "
        "The students also keep bees, which pollinate the flowers.",
        "glossary": [
            {"word": "compost", "pos": "v", "definition": "to turn waste into soil"},
            {"word": "pollinate", "pos": "v", "definition": "to carry pollen to a flower"},
        ],
    },
]


@pytest.fixture
def dev_set(tmp_path: Path, lexicon: Lexicon) -> Path:  # lexicon: compiled once per session
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(s) for s in STORIES) + "\n", encoding="utf-8")
    return path


def test_json_report_has_every_figure(dev_set: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "glossary", str(dev_set), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    summary = report["summary"]
    assert summary["stories"] == 2
    assert summary["voa_entries"] == 5
    for key in (
        "recall_at_k",
        "recall_at_2k",
        "pos_agreement",
        "baseline_recall_at_k",
        "baseline_recall_at_2k",
    ):
        assert 0.0 <= summary[key] <= 1.0
    assert summary["recall_at_2k"] >= summary["recall_at_k"]
    assert summary["recall_at_2k"] > 0
    assert summary["voa_entries_per_100_words"] > 0


def test_text_report_prints_the_baseline_beside_the_engine(
    dev_set: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", "glossary", str(dev_set), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "frequency only" in out
    assert "recall@2k" in out
    assert "POS agreement" in out
    assert "Neighbours Agree to Counter Floods" in out


def test_held_out_halves(dev_set: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "glossary", str(dev_set), "--half", "odd", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["stories"] == 1


def test_a_missing_source_is_one_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", "glossary", str(tmp_path / "nothing.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_a_file_that_is_not_a_dev_set_is_one_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"title": "x"}\n', encoding="utf-8")
    assert main(["eval", "glossary", str(path)]) == 2
    assert "not a story with a glossary" in capsys.readouterr().err


def test_a_word_in_brackets_may_be_left_out_of_a_headword() -> None:
    """VOA's "(weather) forecast" is matched by "forecast" and by "weather forecast"."""
    from reader.commands.evaluate import gold_keys

    assert {"forecast", "weather forecast"} <= gold_keys("(weather) forecast")


def test_a_relative_in_the_body_stands_for_a_headword_the_body_never_writes(
    lexicon: Lexicon,
) -> None:
    """An editor glosses a word's base ("proud") where the story writes only its
    relative ("She smiled proudly"): our entry for the relative is VOA's pick."""
    from reader.commands.evaluate import gold_matches

    body = {"she", "smile", "smiled", "proudly", "at", "the", "crowd"}
    assert gold_matches("proud", "proudly", body, lexicon)
    assert gold_matches("distribute", "distribution", {"distribution"}, lexicon)
    # Where the body writes VOA's word itself, its relative is another pick.
    assert not gold_matches("rhythm", "rhythmic", {"rhythm", "rhythmic"}, lexicon)
    # A word of another family is no match, written or not.
    assert not gold_matches("proud", "crowd", body, lexicon)
    # The plain lemma match is kept.
    assert gold_matches("forgery", "forgeries", {"forgeries"}, lexicon)
