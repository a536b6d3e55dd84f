"""A word of a name WordNet has whole ("New York", "White House", "Red Cross", "New
Testament") is shown as that name: "York" alone had been "the English royal house that
reigned from 1461 to 1485", "White" a river in Arkansas, "New" "in use after medieval
times" (sessions' walk-throughs). Sentences written for these tests."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.models import WordDetails


def _details(engine: Engine, text: str, word: str) -> WordDetails:
    analysis = engine.analyse(article_from_text(f"A story\n\n{text}"))
    index = next(i for i, t in enumerate(analysis.tokens) if t.text == word)
    return engine.word_details(analysis, index)


@pytest.mark.parametrize(
    ("text", "word", "name", "synset"),
    [
        ("My aunt moved to New York after the war.", "York", "New York", "new_york.n.01"),
        ("My aunt moved to New York after the war.", "New", "New York", "new_york.n.01"),
        (
            "Reporters waited outside the White House all night.",
            "White",
            "White House",
            "white_house.n.01",
        ),
        (
            "The pastor read a passage from the New Testament.",
            "Testament",
            "New Testament",
            "new_testament.n.01",
        ),
    ],
)
def test_a_word_of_a_name_wordnet_has_whole_is_that_name(
    engine: Engine, text: str, word: str, name: str, synset: str
) -> None:
    details = _details(engine, text, word)
    assert details.headword == name
    assert details.sense is not None and details.sense.synset == synset
    assert details.definition


def test_a_persons_name_is_left_to_the_name_rules(engine: Engine) -> None:
    """A person's name is the story's own person, not one WordNet names alike (the name
    rules decide: `name_senses`)."""
    details = _details(engine, "The new coach, John Smith, arrived on Monday.", "Smith")
    assert details.headword != "John Smith"
