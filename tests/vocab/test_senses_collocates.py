"""The words a sentence pairs a word with, and what they tell of its sense only when
no other sense has them too: a verb over its object ("gave the girl a shot"), a
collocate another sense's gloss shares ("took the medicine")."""

from __future__ import annotations

from vocab.analysis import Analysis
from vocab.articles import article_from_text
from vocab.engine import Engine


def analyse(engine: Engine, text: str) -> Analysis:
    return engine.analyse(article_from_text(f"A story\n\n{text}"))


def index_of(analysis: Analysis, word: str) -> int:
    return next(i for i, t in enumerate(analysis.tokens) if t.text == word)


def sense_of(engine: Engine, text: str, word: str) -> str:
    analysis = analyse(engine, text)
    sense = engine.word_details(analysis, index_of(analysis, word)).sense
    assert sense is not None
    return sense.synset


def test_a_collocate_another_senses_glosses_share_says_nothing_of_one_sense(
        engine: Engine) -> None:
    """"take your medicine" is WordNet's example of punishment, but medicine is what
    one takes in the glosses around the drug too ("a measured portion of medicine taken
    at any one time"): "took" is no evidence of the punishment over the drug."""
    text = ("Every night she took her medicine with a cup of warm milk. "
            "The doctor had said it would help her cough.")
    assert sense_of(engine, text, "medicine") == "medicine.n.02"


def test_the_verb_over_a_noun_pairs_it_as_a_senses_example_does(engine: Engine) -> None:
    """"the nurse gave him a flu shot" is WordNet's example of the injection with a
    syringe: "gave the girl an injection" has the same verb over the noun, past its
    first object, and is that sense, not "the forceful insertion of a substance under
    pressure" (SemCor's 4 uses to none)."""
    text = "In the small clinic, the nurse gave the girl an injection before the operation."
    assert sense_of(engine, text, "injection") == "injection.n.03"


def test_the_verb_over_a_noun_is_found_past_its_phrase_and_a_first_object(
        engine: Engine) -> None:
    from vocab.sentence_cues import verb_over
    for text, noun, verb in [("The nurse gave the girl an injection.", "injection", "gave"),
                             ("He gave her a small gift.", "gift", "gave"),
                             ("She took her medicine at night.", "medicine", "took")]:
        analysis = analyse(engine, text)
        at = verb_over(analysis.tokens, index_of(analysis, noun))
        assert at is not None and analysis.tokens[at].text == verb
    analysis = analyse(engine, "The injection was quick.")
    assert verb_over(analysis.tokens, index_of(analysis, "injection")) is None
