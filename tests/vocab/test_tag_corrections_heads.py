"""Words the tagger read in the wrong part of speech where a learner sees the label:
"landing –v." for the event, "secretary-general –adj.", "walks –n." after "she",
"geese –adj." opening a sentence and "fly –n." after them."""

from __future__ import annotations

import pytest

from vocab.models import Article


def _token(engine, text: str, word: str):  # type: ignore[no-untyped-def]
    article = Article(title="A test story", body=text, paragraphs=((0, len(text)),))
    return next(t for t in engine.analyse(article).tokens if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She walks home after school every day.", "walks"),  # VBD
        ("She walks her dog in the park.", "walks"),  # VBD
        ("The government plans more cuts to the budget.", "plans"),
    ],
)
def test_an_s_form_after_its_subject_is_the_present(  # type: ignore[no-untyped-def]
    engine, text: str, word: str
) -> None:
    """A word in "-s" that is no verb's past is no past tense."""
    assert _token(engine, text, word).pos == "VBZ"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He served as secretary-general of the group for ten years.", "secretary-general"),
        ("She became secretary-general in 2017.", "secretary-general"),
        ("The group chose a new secretary-general.", "secretary-general"),
    ],
)
def test_a_hyphenated_office_is_a_noun(  # type: ignore[no-untyped-def]
    engine, text: str, word: str
) -> None:
    assert _token(engine, text, word).pos == "NN"


def test_a_hyphenated_adjective_stays_no_noun(engine) -> None:  # type: ignore[no-untyped-def]
    """After "be" or before a noun the hyphenated word describes."""
    assert _token(engine, "The new park is child-friendly.", "child-friendly").pos != "NN"
    assert _token(engine, "They run a state-owned bank.", "state-owned").pos == "JJ"


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Geese fly south in the winter.", "Geese", "NNS"),  # JJ
        ("Geese fly south in the winter.", "fly", "VBP"),  # NNS
        ("Children play in the street.", "play", "VBP"),  # NN
        ("Women work in the fields near the river.", "work", "VBP"),  # NN
    ],
)
def test_a_plural_opening_a_sentence_and_its_verb(  # type: ignore[no-untyped-def]
    engine, text: str, word: str, tag: str
) -> None:
    assert _token(engine, text, word).pos == tag


@pytest.mark.parametrize(
    "text",
    [
        "They watched the first moon landing on television.",
        "Millions saw the second moon landing in 1969.",
    ],
)
def test_an_ing_noun_after_an_ordinal_and_a_noun_is_the_noun(  # type: ignore[no-untyped-def]
    engine, text: str
) -> None:
    """ "the first moon landing": an ordinal counts events, not a man walking."""
    assert _token(engine, text, "landing").pos == "NN"


def test_an_ing_verb_after_a_person_stays_the_verb(engine) -> None:  # type: ignore[no-untyped-def]
    text = "They watched the man walking on the beach."
    assert _token(engine, text, "walking").pos == "VBG"
