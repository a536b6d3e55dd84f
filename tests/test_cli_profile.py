"""The printing commands read for the learner the app reads for: their level and words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vocab.articles import bundled_seed_paths
from vocab.lexicon import Lexicon
from vocab.models import WordStatus
from vocab.store import Store

ROOT = Path(__file__).resolve().parent.parent


def run_reader(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, cwd=ROOT, env=os.environ.copy(), timeout=180)


@pytest.fixture
def bike_lanes(lexicon: Lexicon) -> str:  # the lexicon fixture compiles it for the CLI too
    return str(next(p for p in bundled_seed_paths() if p.name == "b1_city_bike_lanes.txt"))


def _analysed(path: str) -> dict:  # type: ignore[type-arg]
    result = run_reader("analyze", path, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_analyze_and_glossary_follow_the_learners_level_and_words(
    bike_lanes: str, isolated_dirs: Path
) -> None:
    """A QA walk-through at A2 found the app highlighting "risk" and "disease" (B1)
    while `reader analyze` called them easy, and `reader glossary` listing other words
    than the app's Words in This Story: both read for a B1 learner."""
    default = _analysed(bike_lanes)
    b1_words = {t["lemma"] for t in default["tokens"] if t["level"] == "B1"}
    assert b1_words and not any(t["difficult"] for t in default["tokens"]
                                if t["level"] == "B1")
    with Store.open(isolated_dirs / "learner.sqlite3") as store:
        store.set_setting("level", "A2")
    at_a2 = _analysed(bike_lanes)
    assert {t["lemma"] for t in at_a2["tokens"] if t["difficult"]} >= b1_words
    glossary = json.loads(run_reader("glossary", bike_lanes, "--json").stdout)
    assert [e["lemma"] for e in glossary] == [e["lemma"] for e in at_a2["glossary"]]
    assert glossary != default["glossary"]
    # A word the learner knows is neither highlighted nor glossed.
    known = glossary[0]["lemma"]
    with Store.open(isolated_dirs / "learner.sqlite3") as store:
        store.set_status(known, "NOUN", WordStatus.KNOWN)
        store.set_status(known, "VERB", WordStatus.KNOWN)
        store.set_status(known, "ADJ", WordStatus.KNOWN)
    again = _analysed(bike_lanes)
    assert known not in {e["lemma"] for e in again["glossary"]}
    assert not any(t["difficult"] for t in again["tokens"] if t["lemma"] == known)


def test_a_teacher_asks_for_a_class_level_and_their_own_words_do_not_count(
    bike_lanes: str, isolated_dirs: Path, tmp_path: Path
) -> None:
    """A teacher preparing tomorrow's lesson for an A2 class had only their own level
    and words to print for: `--level` reads for a learner at that level who has marked
    nothing, in the glossary, the analysis and the lesson handout."""
    for_b1 = _analysed(bike_lanes)  # no store yet: the default B1 learner
    with Store.open(isolated_dirs / "learner.sqlite3") as store:
        store.set_setting("level", "C1")
    for_a2_class = json.loads(run_reader("analyze", bike_lanes, "--json", "--level", "a2").stdout)
    lemmas = [e["lemma"] for e in for_a2_class["glossary"]]
    assert lemmas != [e["lemma"] for e in for_b1["glossary"]]
    with Store.open(isolated_dirs / "learner.sqlite3") as store:
        store.set_setting("level", "A2")
        known = for_a2_class["glossary"][0]["lemma"]
        for upos in ("NOUN", "VERB", "ADJ"):
            store.set_status(known, upos, WordStatus.KNOWN)
    glossary = json.loads(run_reader("glossary", bike_lanes, "--json", "--level", "A2").stdout)
    assert [e["lemma"] for e in glossary] == lemmas
    assert known not in {e["lemma"] for e in _analysed(bike_lanes)["glossary"]}
    handout = tmp_path / "lesson.md"
    result = run_reader("export", "lesson", bike_lanes, "--markdown", str(handout),
                        "--level", "A2")
    assert result.returncode == 0, result.stderr
    printed = handout.read_text(encoding="utf-8")
    assert f"**{glossary[0]['word']}**" in printed and "Level: A2" in printed
    wrong = run_reader("glossary", bike_lanes, "--level", "D1")
    assert wrong.returncode == 2
    assert "choose from 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'" in wrong.stderr


def test_analyze_into_a_file_lists_the_words_it_cannot_colour(
    bike_lanes: str, isolated_dirs: Path
) -> None:
    """`reader analyze` into a file or a pipe printed the legend of colours with no
    colour anywhere (QA walk-through): there it lists the words and their levels."""
    difficult = {t["text"]: t["level"] for t in _analysed(bike_lanes)["tokens"]
                 if t["difficult"]}
    result = run_reader("analyze", bike_lanes)
    assert result.returncode == 0, result.stderr
    listed = " ".join(line for line in result.stdout.split("\n\n")
                      if line.startswith("Harder than B1: ")).replace("\n", " ")
    assert listed, result.stdout
    word, level = next(iter(difficult.items()))
    assert f"{word} ({level})" in listed
    assert "\x1b[" not in result.stdout


def test_printed_glossary_and_quiz_use_the_meaning_the_learner_chose(
    bike_lanes: str, isolated_dirs: Path
) -> None:
    """A meaning picked in the app's word details is the one `reader glossary` and
    `reader quiz` print for that article (they had printed the engine's own choice; QA
    walk-through: "riders" on horses where the story's rode bicycles). The engine now
    reads these riders on bicycles itself, so the learner here picks another meaning,
    which the printed glossary must follow all the same."""
    from vocab.articles import load_article

    # Eight entries: "weekday", now tagged the noun it is, took "rider"'s place in five.
    before = json.loads(run_reader("glossary", bike_lanes, "--json", "--max", "8").stdout)
    rider = next(e for e in before if e["lemma"] == "rider")
    assert "animal" not in rider["definition"]
    with Store.open(isolated_dirs / "learner.sqlite3") as store:
        article_id = store.add_article(load_article(Path(bike_lanes)))
        store.choose_sense(article_id, "rider", "NOUN", "rider.n.01",
                           "a traveler who actively rides an animal (as a horse or camel)")
        # "riders" is a person, asked in no gap (any other person would fill it), and
        # its meanings name its family ("rides"): the quiz asks it no way, so the quiz's
        # side is shown with a word it asks.
        store.choose_sense(article_id, "experiment", "NOUN", "experiment.n.03",
                           "a venture at something new or different")
    after = json.loads(run_reader("glossary", bike_lanes, "--json", "--max", "8").stdout)
    assert "animal" in next(e for e in after if e["lemma"] == "rider")["definition"]
    quiz = json.loads(run_reader("quiz", bike_lanes, "--json", "--n", "20",
                                 "--seed", "1").stdout)
    asked = [item for item in quiz if item["lemma"] == "experiment" and "definition" in item]
    assert asked and all(item["definition"] == "a venture at something new or different"
                         for item in asked)


def test_words_the_learner_is_learning_are_not_called_harder_than_their_level(
    bike_lanes: str, isolated_dirs: Path
) -> None:
    """After a quiz, `reader analyze` into a pipe printed "Harder than B1: … mayor (B1),
    builders (B1)" (QA walk-through): words answered in a quiz are highlighted as the
    learner's learning words whatever their level, and were listed as harder than it.
    Harder than B1 lists words above B1; the learning words have a line of their own."""
    tokens = _analysed(bike_lanes)["tokens"]
    at_b1 = next(t for t in tokens if t["level"] == "B1" and not t["difficult"]
                 and t["pos"].startswith("NN") and not t["proper_noun"])
    with Store.open(isolated_dirs / "learner.sqlite3") as store:
        store.set_status(at_b1["lemma"], at_b1["upos"], WordStatus.LEARNING)
    result = run_reader("analyze", bike_lanes)
    assert result.returncode == 0, result.stderr
    blocks = [block.replace("\n", " ") for block in result.stdout.split("\n\n")]
    harder = next(block for block in blocks if block.startswith("Harder than B1: "))
    assert not any(f"({level})" in harder for level in ("A1", "A2", "B1")), harder
    learning = next((block for block in blocks if block.startswith("You are learning: ")),
                    "")
    assert f"{at_b1['text']} (B1)" in learning, result.stdout


def test_the_words_listed_as_harder_are_in_lower_case_unless_names(
    lexicon: Lexicon, isolated_dirs: Path, tmp_path: Path
) -> None:
    """"Harder than B1: Attendance (B2)" kept the capital the start of its sentence gave
    the word (QA walk-through): the list names words as a dictionary does."""
    story = tmp_path / "harbour.txt"
    story.write_text("Harbour news\n\nTurnout at the harbour festival dropped sharply this "
                     "year, the organisers said.\n", encoding="utf-8")
    result = run_reader("analyze", str(story))
    assert result.returncode == 0, result.stderr
    listed = next(block for block in result.stdout.split("\n\n")
                  if block.startswith("Harder than B1: ")).replace("\n", " ")
    assert "turnout (" in listed, listed
    assert "Turnout" not in listed, listed
