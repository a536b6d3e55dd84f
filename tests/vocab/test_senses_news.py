"""Senses of everyday news words that WordNet's order and SemCor's few counts got
wrong: a word that is only a lesser name of another word's synset ("laminitis,
founder"; "giant, hulk, heavyweight, whale")."""

from __future__ import annotations

import pytest

from vocab.analysis import Analysis
from vocab.articles import article_from_text
from vocab.engine import Engine


def analyse(engine: Engine, text: str) -> Analysis:
    return engine.analyse(article_from_text(f"A story\n\n{text}"))


def sense_of(engine: Engine, text: str, word: str) -> str:
    analysis = analyse(engine, text)
    index = next(i for i, t in enumerate(analysis.tokens) if t.text == word)
    sense = engine.word_details(analysis, index).sense
    assert sense is not None
    return sense.synset


@pytest.mark.parametrize(("text", "word", "synset"), [
    ("The company's founder stepped down on Monday after thirty years in charge.",
     "founder", "founder.n.02"),
    ("Tourists on a small boat watched a whale near the coast.", "whale", "whale.n.02"),
])
def test_a_word_that_is_a_lesser_name_of_another_synset_is_read_in_its_own_sense(
        engine: Engine, text: str, word: str, synset: str) -> None:
    """One SemCor use of "founder" as the horse's illness (laminitis) or of "whale" as
    a large person (giant) is chance: the word's own sense, named first by it, comes
    before a synset it is a lesser name of."""
    assert sense_of(engine, text, word) == synset


def test_a_lesser_name_of_its_own_family_keeps_its_count(engine: Engine) -> None:
    """"corruptness, corruption": the first name is of the word's family, the sense
    is the word's own ("lack of integrity or honesty"), not the decay of matter."""
    assert sense_of(engine, "Both parties promised to fight corruption in the police.",
                    "corruption") == "corruptness.n.02"
