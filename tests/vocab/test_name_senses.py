"""A name's sense: only what WordNet names the story's own person or place, never an
insult, a river or a disease spelt the same way (QA walk-through)."""

from __future__ import annotations

import pytest

from vocab.analysis import Analysis
from vocab.articles import article_from_text
from vocab.engine import Engine


def analyse(engine: Engine, text: str) -> Analysis:
    return engine.analyse(article_from_text(f"A story\n\n{text}"))


def sense_of(engine: Engine, text: str, word: str) -> str | None:
    analysis = analyse(engine, text)
    index = next(i for i, t in enumerate(analysis.tokens) if t.text == word)
    assert analysis.tokens[index].proper_noun
    sense = engine.word_details(analysis, index).sense
    return sense.synset if sense else None


@pytest.mark.parametrize(("text", "word"), [
    # An ethnic slur is WordNet's only capitalised "Tom".
    ("The club signed the forward Tom Reyes last summer.", "Tom"),
    # The wife of Abraham, a river in Wyoming: no words of a person's name.
    ("The new head teacher, Sarah Quinlan, met the parents.", "Sarah"),
    ("The plan was backed by local farmer David Green on Monday.", "Green"),
    # After a title anyone may have: the story's own person, none WordNet names.
    ("Councillor Green voted against the new road.", "Green"),
    ("Dr. Hart told the committee the results were clear.", "Hart"),
    ("Mrs Evans said the school would stay open.", "Evans"),
])
def test_a_word_of_a_persons_name_has_no_sense_of_the_word(
        engine: Engine, text: str, word: str) -> None:
    assert sense_of(engine, text, word) is None


def test_a_title_before_a_name_is_a_form_of_address_not_a_disease(engine: Engine) -> None:
    """"Ms" is also WordNet's multiple sclerosis, Mississippi and a master's degree."""
    assert sense_of(engine, "Ms Patel said the shop would open again.", "Ms") == "ms.n.05"


def test_a_town_after_in_is_no_person(engine: Engine) -> None:
    """WordNet's only Kettering is an American engineer."""
    assert sense_of(engine, "The factory in Kettering will close next year.",
                    "Kettering") is None


def test_a_town_wordnet_has_twice_is_the_one_in_the_country_the_story_names(
        engine: Engine) -> None:
    """WordNet's first Manchester is in New Hampshire."""
    text = "Prices rose in Manchester. Shops across England felt the change."
    assert sense_of(engine, text, "Manchester") == "manchester.n.02"
    assert sense_of(engine, "Prices rose in Manchester last year.", "Manchester") is None


def test_a_persons_name_wordnet_has_in_full_keeps_its_person(engine: Engine) -> None:
    assert sense_of(engine, "Russian President Vladimir Putin spoke on Friday.",
                    "Putin") == "putin.n.01"
