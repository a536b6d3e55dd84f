"""`mentions` without a pattern per lemma: the same answer as `forms_pattern`'s."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocab.quiz_forms import forms_pattern, mentions, plain_forms, text_words

LEMMAS = ["run", "keep", "child", "well-being", "carry out", "be", "a", "I", "hobby", "Ness"]
TEXTS = [
    "She ran home.",
    "The children kept running.",
    "They kept it; she keeps it.",
    "Her well-being matters, and being well too.",
    "They carried out the plan and carry on.",
    "A runner is not a run.",
    "RUNS, Runs and runs!",
    "reruns and outrun",
    "“Ran,” she said — it’s run.",
    "run_away runs_ 42run",
    "He’s a café owner who runs.",
    "The ſun runs.",
    "Kind and KEEP",
    "",
    "I am; is it? was, were, been",
    "hobbies, hobby-horse",
    "the Loch Ness monster",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("lemma", LEMMAS)
def test_mentions_agrees_with_the_pattern(text: str, lemma: str) -> None:
    assert mentions(text, lemma) == bool(forms_pattern(lemma).search(text))


def test_words_and_forms_it_leaves_to_the_pattern() -> None:
    # A word character that is not ASCII ("é", "ſ") may match a form's letter case-
    # insensitively; a form with a space or hyphen spans two words.
    assert text_words("He’s a café owner.") is None
    assert text_words("“Ran,” she said — it’s run.") == {"ran", "she", "said", "it", "s", "run"}
    assert plain_forms("carry out") is None
    assert plain_forms("well-being") is None
    assert plain_forms("keep") == {"keep", "keeps", "kept", "keeping"}


WORDS = st.sampled_from(
    [
        "run",
        "ran",
        "Runs",
        "running",
        "out",
        "well",
        "being",
        "-",
        "kept",
        "keep",
        "'s",
        "’",
        "é",
        " ",
        ", ",
        ".",
        "_",
        "carried",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(WORDS, max_size=8).map("".join),
    st.sampled_from(["run", "keep", "well-being", "carry out", "being", "out"]),
)
def test_mentions_agrees_on_any_text(text: str, lemma: str) -> None:
    assert mentions(text, lemma) == bool(forms_pattern(lemma).search(text))
