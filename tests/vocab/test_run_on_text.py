"""A text of one run-on line with no full stops is one long sentence: a learner sees
only the words around a word, in word details, quizzes, examples and exports."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from vocab.analysis import Analysis
from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.exports import exported_sentence
from vocab.quiz_words import article_quiz
from vocab.tokens import CUT_MARK, MAX_SHOWN_WORDS

# Phrases of a story told without a full stop, repeated (the QA file had 10,400 words).
PHRASES = (
    "the farmers walked along the dusty road toward the market carrying baskets of "
    "tomatoes and onions while their children followed behind singing old songs about rain",
    "the merchants argued with the inspectors about the weight of the grain and the "
    "price of the fertilizer that the cooperative had ordered from the capital",
    "the engineers repaired the irrigation canal after the flood had destroyed the "
    "embankment near the orchard where the villagers harvested apricots and almonds",
)
RUN_ON = " and ".join(PHRASES * 20)
# Words either side of the word, the word, and a cut mark glued to each end.
LONGEST_SHOWN = MAX_SHOWN_WORDS + 1


@pytest.fixture(scope="module")
def analysis(engine: Engine) -> Analysis:
    return engine.analyse(article_from_text(f"Market Day\n\n{RUN_ON}"))


def test_the_run_on_text_is_one_long_sentence(analysis: Analysis) -> None:
    assert len(analysis.sentences) == 1  # the title is not in the body
    assert len(RUN_ON.split()) > 1000


def test_word_details_show_the_words_around_the_word(engine: Engine,
                                                     analysis: Analysis) -> None:
    """Word details showed the whole 10,400 words and pushed "Other meanings" off the
    screen (QA walk-through)."""
    middle = next(i for i, t in enumerate(analysis.tokens)
                  if t.text == "irrigation" and t.start > len(RUN_ON) // 2)
    shown = engine.word_details(analysis, middle).sentence
    assert len(shown.split()) <= LONGEST_SHOWN
    assert shown.startswith(CUT_MARK) and shown.endswith(CUT_MARK)
    assert "irrigation" in shown
    at = analysis.sentence_shown_at(middle)
    assert at.text == shown
    assert shown[at.word_start:].startswith("irrigation")


def test_the_first_words_are_cut_at_the_end_only(analysis: Analysis) -> None:
    first = next(i for i, t in enumerate(analysis.tokens) if t.text == "farmers")
    shown = analysis.sentence_shown_at(first)
    assert shown.text.startswith("the farmers walked") and shown.text.endswith(CUT_MARK)
    assert shown.text[shown.word_start:].startswith("farmers")


def test_quiz_questions_show_the_words_around_their_word(engine: Engine,
                                                         analysis: Analysis) -> None:
    """A quiz's wrong-answer feedback showed the whole text and pushed "Press Enter
    for the next question" off the screen (QA walk-through)."""
    items = article_quiz(engine, analysis, rng=random.Random(1), n=10)
    targets = [target for item in items for target in item.targets]
    assert targets
    for target in targets:
        assert len(target.sentence.split()) <= LONGEST_SHOWN
        assert target.sentence[target.start:].startswith(target.form)
    for item in items:
        assert len(item.sentence.split()) <= LONGEST_SHOWN


def test_glossary_examples_show_the_words_around_their_word(engine: Engine,
                                                            analysis: Analysis) -> None:
    entries = engine.glossary(analysis)
    assert entries
    for entry in entries:
        assert len(entry.example.split()) <= LONGEST_SHOWN


def test_an_export_cuts_a_long_saved_sentence_around_its_word() -> None:
    """Words saved before sentences were cut kept the whole run-on text."""
    shown = exported_sentence(RUN_ON, ("embankment", "embankment"))
    assert len(shown.split()) <= LONGEST_SHOWN
    assert "embankment" in shown and shown.startswith(CUT_MARK)
    short = "The farmers walked to the market."
    assert exported_sentence(short, ("market",)) == short


def test_a_quiz_reads_a_long_sentence_once_per_word(
        engine: Engine, analysis: Analysis, monkeypatch: pytest.MonkeyPatch) -> None:
    """Choosing which use of a word to ask read its sentence once per use: the 400
    "tomatoes" of the QA file's one 10,400-word sentence took 11 s of a 25 s quiz."""
    import vocab.quiz_words

    read = Counter[str]()
    patterns = vocab.quiz_words.forms_pattern

    def counted(lemma: str) -> re.Pattern[str]:
        read[lemma] += 1
        return patterns(lemma)

    monkeypatch.setattr(vocab.quiz_words, "forms_pattern", counted)
    article_quiz(engine, analysis, rng=random.Random(1), n=10)
    assert read and max(read.values()) == 1
