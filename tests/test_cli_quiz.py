"""``reader quiz`` as a user meets it: JSON items for every seed, an interactive quiz
whose answers survive a SIGKILL, and review of the words that come due."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.commands.quiz import wrapped
from vocab.articles import bundled_seed_paths
from vocab.engine import Engine
from vocab.lexicon import Lexicon

ROOT = Path(__file__).resolve().parent.parent
FEEDBACK = ("Right!", "Not quite.")


def run_reader(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], input=stdin, capture_output=True, text=True,
        cwd=ROOT, env=os.environ.copy(), timeout=300,
    )


@pytest.fixture
def compiled(lexicon: Lexicon) -> Lexicon:
    """The session lexicon, compiled before any child process needs it."""
    return lexicon


@pytest.fixture(scope="module")
def quiz_engine(lexicon: Lexicon) -> Engine:
    from vocab.data import load_tagger

    return Engine(lexicon=lexicon, tagger=load_tagger(lexicon))


# Rebuilds the quiz the CLI printed, in a fresh process as the CLI does (so nothing
# another test did to this process can differ), and validates every item.
_VALIDATE = """
import json, random, sys
from pathlib import Path
from reader.paths import cache_dir
from vocab.articles import load_article
from vocab.engine import load_engine
from vocab.quiz_validate import validate_item
from vocab.quiz_words import article_quiz, article_words
engine = load_engine(cache_dir())
analysis = engine.analyse(load_article(Path(sys.argv[1])))
items = article_quiz(engine, analysis, rng=random.Random(1), n=12)
print(json.dumps({"items": [i.to_json() for i in items],
                  "problems": [validate_item(i, engine.lexicon) for i in items],
                  "words": len(article_words(engine, analysis)[0])}))
"""


@pytest.mark.parametrize("path", bundled_seed_paths(), ids=lambda p: p.name)
def test_json_quiz_for_every_seed(path: Path, compiled: Lexicon) -> None:
    """The done criterion: 10+ items of 4+ types, each passing the validator; one per
    word when the story has fewer words (the easy seed's eight): a word is asked once."""
    result = run_reader("quiz", str(path), "--n", "12", "--json", "--seed", "1")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert len({i["type"] for i in printed}) >= 4
    keys = {"type", "prompt", "sentence", "answer", "word", "lemma", "pos"}
    assert all(keys <= set(data) for data in printed)
    rebuilt = subprocess.run([sys.executable, "-c", _VALIDATE, str(path)], capture_output=True,
                             text=True, cwd=ROOT, env=os.environ.copy(), timeout=300)
    assert rebuilt.returncode == 0, rebuilt.stderr
    checked = json.loads(rebuilt.stdout)
    assert len(printed) >= min(10, checked["words"])
    assert checked["items"] == printed
    assert checked["problems"] == [[] for _ in printed]


def test_same_seed_same_json(compiled: Lexicon) -> None:
    seed = str(bundled_seed_paths()[0])
    first = run_reader("quiz", seed, "--n", "5", "--json", "--seed", "3").stdout
    assert first == run_reader("quiz", seed, "--n", "5", "--json", "--seed", "3").stdout


def test_bad_types_are_one_line(compiled: Lexicon) -> None:
    result = run_reader("quiz", str(bundled_seed_paths()[0]), "--types", "cloze,essay")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "essay" in result.stderr


def test_no_question_of_the_types_asked_says_so(compiled: Lexicon, isolated_dirs: Path,
                                                tmp_path: Path) -> None:
    """`quiz --types sense` on a 649-word text said "This text has too few words to
    quiz", and `export lesson --types sense` wrote an empty quiz (QA walk-through)."""
    story = str(ROOT / "seeds" / "000_8f497018cf25b217.txt")
    result = run_reader("quiz", story, "--types", "sense", stdin="")
    assert result.returncode == 0, result.stderr
    assert "No sense questions could be made from this text" in result.stdout
    assert "too few words" not in result.stdout
    notes = tmp_path / "lesson.md"
    result = run_reader("export", "lesson", story, "--markdown", str(notes), "--types", "sense")
    assert result.returncode == 0, result.stderr
    assert "no questions (no sense questions could be made from this text" in result.stdout
    assert "## Quiz" not in notes.read_text(encoding="utf-8")


def test_a_quiz_on_a_file_says_it_added_the_file_to_the_library(
    compiled: Lexicon, isolated_dirs: Path, tmp_path: Path
) -> None:
    """`reader quiz FILE` quietly added the file to the library (its answers are kept
    with it), where `analyze` and `glossary` add nothing (QA walk-through): it says so,
    once, and the file is the one `reader import` would find again."""
    from vocab.store import Store

    seed = (ROOT / "seeds" / "004_365fc8dcfed9d6e0.txt").read_text(encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("A Story of My Own\n\n" + seed.partition("\n")[2], encoding="utf-8")
    args = ("quiz", str(story), "--n", "1", "--seed", "1")
    first = run_reader(*args, stdin="q\n")
    assert first.returncode == 0, first.stderr
    with Store.open(isolated_dirs / "learner.sqlite3") as store:
        [found] = [summary for summary in store.list_articles()
                   if summary.title == "A Story of My Own"]
    assert first.stdout.startswith(
        f"Added to your library as article {found.id}: A Story of My Own\n")
    again = run_reader(*args, stdin="q\n")
    assert again.returncode == 0, again.stderr
    assert "Added to your library" not in again.stdout
    imported = run_reader("import", str(story))
    assert f"Article {found.id} is already in your library" in imported.stdout


def test_review_with_nothing_due(compiled: Lexicon) -> None:
    result = run_reader("quiz", "--review")
    assert result.returncode == 0
    assert "No words are due" in result.stdout
    # With none saved, it says how words come to review (QA: "come back later" for ever).
    assert "reader quiz" in result.stdout and "press r" in result.stdout


def _lines(stream) -> Iterator[str]:  # type: ignore[no-untyped-def]
    for line in iter(stream.readline, ""):
        yield line.rstrip("\n")


def test_answers_survive_sigkill_after_three(compiled: Lexicon, isolated_dirs: Path) -> None:
    from vocab.store import Store

    voa = ROOT / "seeds" / "004_365fc8dcfed9d6e0.txt"
    child = subprocess.Popen(
        [sys.executable, "-m", "reader", "quiz", str(voa), "--n", "6", "--seed", "1",
         "--types", "meaning,word,cloze"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        cwd=ROOT, env=os.environ.copy(),
    )
    assert child.stdin is not None and child.stdout is not None
    given = 0
    try:
        child.stdin.write("1\n")
        child.stdin.flush()
        for line in _lines(child.stdout):
            if line.startswith(FEEDBACK):  # printed only after the answer was saved
                given += 1
                if given == 3:
                    break
                child.stdin.write("2\n")
                child.stdin.flush()
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert given == 3 and child.returncode == -signal.SIGKILL
    with Store.open(isolated_dirs / "learner.sqlite3") as store:
        answers = store.answers()
        assert [a.answer.given != "" for a in answers] == [True, True, True]
        for row in answers:
            assert (row.answer.lemma, row.answer.upos) in {
                (w.lemma, w.upos) for w in store.words()
            }
        assert store.due_keys(now=answers[-1].at.replace(year=answers[-1].at.year + 1))


def test_matching_refuses_a_meaning_matched_already(
    compiled: Lexicon, isolated_dirs: Path
) -> None:
    voa = str(bundled_seed_paths()[0])
    args = ("quiz", voa, "--types", "matching", "--n", "1", "--seed", "3")
    [item] = json.loads(run_reader(*args, "--json").stdout)
    first, *rest = [str(i + 1) for i in item["answer_index"]]
    answers = [first, first, *rest]  # the first word's meaning offered again
    result = run_reader(*args, stdin="\n".join(answers) + "\n")
    assert result.returncode == 0, result.stderr
    assert f"That meaning is matched already, to “{item['word'][0]}”." in result.stdout
    assert "Score: 5 of 5." in result.stdout


def test_export_lesson_html_and_markdown(compiled: Lexicon, tmp_path: Path) -> None:
    voa = str(ROOT / "seeds" / "004_365fc8dcfed9d6e0.txt")
    page = tmp_path / "lesson.html"
    result = run_reader("export", "lesson", voa, "--html", str(page), "--seed", "1")
    assert result.returncode == 0, result.stderr
    text = page.read_text(encoding="utf-8")
    assert "page-break-before: always" in text and "Answer key" in text
    notes = tmp_path / "lesson.md"
    result = run_reader("export", "lesson", voa, "--markdown", str(notes), "--n", "1")
    assert result.returncode == 0, result.stderr
    assert "## Words in This Story" in notes.read_text(encoding="utf-8")
    assert " and 1 question to " in result.stdout  # it said "1 questions"
    missing = run_reader("export", "lesson", voa, "--html", str(tmp_path / "no" / "x.html"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    # HTML in a file named .pdf opens as a broken PDF (QA walk-through).
    pdf = tmp_path / "lesson.pdf"
    wrong = run_reader("export", "lesson", voa, "--html", str(pdf))
    assert wrong.returncode == 2 and ".html" in wrong.stderr and not pdf.exists()


def test_an_export_never_replaces_a_file_unless_told_to(compiled: Lexicon,
                                                       tmp_path: Path) -> None:
    """`export lesson --markdown keep.md` overwrote a teacher's notes (QA walk-through)."""
    voa = str(ROOT / "seeds" / "004_365fc8dcfed9d6e0.txt")
    notes = tmp_path / "keep.md"
    notes.write_text("my notes", encoding="utf-8")
    refused = run_reader("export", "lesson", voa, "--markdown", str(notes), "--n", "1")
    assert refused.returncode == 2
    assert f"{notes} exists already: give another name, or --force" in refused.stderr
    assert notes.read_text(encoding="utf-8") == "my notes"
    csv = run_reader("export", "csv", str(notes))
    assert csv.returncode == 2 and notes.read_text(encoding="utf-8") == "my notes"
    forced = run_reader("export", "lesson", voa, "--markdown", str(notes), "--n", "1",
                        "--force")
    assert forced.returncode == 0, forced.stderr
    assert "## Words in This Story" in notes.read_text(encoding="utf-8")


def _save_due_words(store_path: Path) -> set[tuple[str, str]]:
    """Three words saved a day ago, due now; their keys."""
    from datetime import UTC, datetime, timedelta

    from vocab.store import Store

    saved = {("bloc", "NOUN"): "the NATO bloc", ("counter", "VERB"): "to counter influence",
             ("safeguard", "VERB"): "to safeguard the security interests"}
    earlier = datetime.now(UTC) - timedelta(days=1)
    with Store.open(store_path) as store:
        for (lemma, upos), sentence in saved.items():
            store.add_to_review(lemma, upos, earlier, word=lemma, sentence=sentence)
    return set(saved)


def test_review_quizzes_the_saved_words(compiled: Lexicon, isolated_dirs: Path) -> None:
    saved = _save_due_words(isolated_dirs / "learner.sqlite3")
    result = run_reader("quiz", "--review", "--json", "--seed", "2")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    asked = {(i["lemma"], i["pos"]) for i in items if i["type"] != "matching"}
    assert asked and asked <= set(saved)
    assert {(items[0]["lemma"], items[0]["pos"])} <= set(saved)


def test_reader_review_is_the_review_quiz(compiled: Lexicon, isolated_dirs: Path) -> None:
    """`reader review` was argparse's "invalid choice: 'review'" (QA walk-through)."""
    _save_due_words(isolated_dirs / "learner.sqlite3")
    review = run_reader("review", "--json", "--seed", "2")
    assert review.returncode == 0, review.stderr
    quiz = run_reader("quiz", "--review", "--json", "--seed", "2")
    assert json.loads(review.stdout) == json.loads(quiz.stdout) != []


def test_a_review_says_how_many_words_are_still_due(
    compiled: Lexicon, isolated_dirs: Path
) -> None:
    """It ended on the score and the words missed; the app says how many more are due
    (QA walk-through)."""
    _save_due_words(isolated_dirs / "learner.sqlite3")
    result = run_reader("quiz", "--review", "--n", "1", stdin="1\n")
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.endswith("more words are due now: run `reader review` again."), last
    assert last.split()[0] in {"2", "3"}


def _asked(items: list[dict]) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    """(lemma, part of speech) of every word a printed quiz asks, matching items too."""
    pairs: set[tuple[str, str]] = set()
    for item in items:
        if item["type"] == "matching":
            pairs |= set(zip(item["lemma"], item["pos"], strict=True))
        else:
            pairs.add((item["lemma"], item["pos"]))
    return pairs


def test_printed_quiz_never_asks_the_learners_known_or_ignored_words(
    compiled: Lexicon, isolated_dirs: Path
) -> None:
    """A QA run found "bloc" (known) and "neighborliness" (ignored) in ``--json``
    quizzes, which the README says are never asked."""
    from vocab.models import WordStatus
    from vocab.store import Store

    voa = str(bundled_seed_paths()[0])
    args = ("quiz", voa, "--n", "12", "--json", "--seed", "2")
    first = _asked(json.loads(run_reader(*args).stdout))
    assert not (isolated_dirs / "learner.sqlite3").exists()  # printing creates no store
    (known, known_pos), (ignored, ignored_pos) = sorted(first)[:2]
    with Store.open(isolated_dirs / "learner.sqlite3") as store:
        store.set_status(known, known_pos, WordStatus.KNOWN)
        store.set_status(ignored, ignored_pos, WordStatus.IGNORED)
    again = _asked(json.loads(run_reader(*args).stdout))
    assert again and not again & {(known, known_pos), (ignored, ignored_pos)}


def test_a_matching_word_met_first_in_its_sentence_is_asked_in_lower_case() -> None:
    """"Which definition matches “Corruption”?": the word had opened its sentence, and
    the others were asked in lower case (QA walk-through)."""
    from reader.commands.quiz import question_lines
    from vocab.quiz_items import QuizItem, QuizWord

    words = tuple(QuizWord(lemma, "NOUN", form, "NN", f"{form} is a word here.", f"a {lemma}")
                  for lemma, form in (("corruption", "Corruption"), ("verdict", "verdict")))
    item = QuizItem("matching", "Match each word with its meaning.", "", words,
                    options=("a verdict", "a corruption"), matches=(1, 0))
    assert question_lines(item, 0, 1)[-1].startswith("Which definition matches “corruption”?")
    assert question_lines(item, 0, 1, part=1) == [
        "Which definition matches “verdict”? (2 of 2)"]


def test_every_quiz_has_the_same_length_and_the_help_says_it() -> None:
    """`reader quiz --help` said 12 questions; lessons had 10 (QA walk-through)."""
    import inspect

    from reader.cli import build_parser
    from reader.exporting import LESSON_QUESTIONS
    from reader.screens.quiz import QUIZ_LENGTH
    from vocab.models import QUIZ_QUESTIONS
    from vocab.quiz_words import article_quiz, review_quiz

    parser = build_parser()
    for command in (["quiz"], ["export", "lesson", "x", "--html", "x.html"]):
        assert parser.parse_args(command).n == QUIZ_QUESTIONS
    assert {QUIZ_LENGTH, LESSON_QUESTIONS} == {QUIZ_QUESTIONS}
    for build in (article_quiz, review_quiz):
        assert inspect.signature(build).parameters["n"].default == QUIZ_QUESTIONS
    import argparse

    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert f"({QUIZ_QUESTIONS})" in commands.choices["quiz"].format_help()


def test_a_long_line_wraps_at_words_under_its_text() -> None:
    """A terminal cut "ships" into "s" and "hips" at its edge (QA walk-through): the
    CLI quiz breaks its lines at spaces, an option's next lines under its text."""
    option = "  2. a large boat that carries people and cars across a river or a bay ships"
    lines = wrapped(option, 30).splitlines()
    assert lines == ["  2. a large boat that carries", "     people and cars across a",
                     "     river or a bay ships"]
    assert wrapped("Short enough.", 30) == "Short enough."


def test_a_lesson_with_fewer_questions_than_asked_says_why() -> None:
    """`export lesson --n 10` on a short story said "Saved a lesson with 4 words and 6
    questions": a teacher who asked for 10 read no reason for 6 (QA walk-through)."""
    from reader.commands.lesson import questions_made
    from vocab.quiz import ITEM_TYPES

    assert questions_made(6, 10, tuple(ITEM_TYPES)) == (
        "6 questions (of the 10 asked for: this story's words make no more fair ones)")
    assert questions_made(10, 10, tuple(ITEM_TYPES)) == "10 questions"
    assert questions_made(1, 1, tuple(ITEM_TYPES)) == "1 question"
    assert questions_made(0, 10, ("spelling",)).startswith("no questions (no spelling")


def test_a_number_typed_for_a_spelling_question_asks_again(
    compiled: Lexicon, isolated_dirs: Path
) -> None:
    """A learner used to typing an option's number typed "1" for a spelling question:
    it was taken as the word and saved as a wrong answer (QA walk-through)."""
    voa = str(bundled_seed_paths()[0])
    args = ("quiz", voa, "--types", "spelling", "--n", "1", "--seed", "3")
    [item] = json.loads(run_reader(*args, "--json").stdout)
    result = run_reader(*args, stdin=f"1\n{item['answer']}\n")
    assert result.returncode == 0, result.stderr
    assert "Please type the word in letters, or q to stop." in result.stdout
    assert "Score: 1 of 1." in result.stdout


def test_stopping_before_any_answer_says_nothing_was_answered(
    compiled: Lexicon, isolated_dirs: Path
) -> None:
    """Stopping at the first question printed "Score: 0 of 0." (QA walk-through)."""
    voa = str(bundled_seed_paths()[0])
    result = run_reader("quiz", voa, "--n", "2", "--seed", "3", stdin="q\n")
    assert result.returncode == 0, result.stderr
    assert "Score:" not in result.stdout
    assert "Stopped before the first answer." in result.stdout
