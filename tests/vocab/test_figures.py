"""The library's figures for an article, on hand-made tokens (no engine)."""

from __future__ import annotations

from vocab.figures import article_figures
from vocab.models import LearnerProfile, Level, Token, WordStatus


def token(text: str, start: int, level: Level | None, *, pos: str = "NN",
          proper: bool = False) -> Token:
    return Token(text=text, start=start, end=start + len(text), sentence=0,
                 lemma=text.lower(), pos=pos, upos="NOUN", level=level, proper_noun=proper)


# "Putin signed a treaty and the treaty became law"
TOKENS = (
    token("Putin", 0, Level.C2, pos="NNP", proper=True),
    token("signed", 6, Level.A2, pos="VBD"),
    token("a", 13, None, pos="DT"),
    token("treaty", 15, Level.C1),
    token("and", 22, None, pos="CC"),
    token("the", 26, None, pos="DT"),
    token("treaty", 30, Level.C1),
    token("became", 37, Level.A2, pos="VBD"),
    token("law", 44, Level.B1),
)


def test_names_are_left_out_of_the_known_share_and_function_words_are_known() -> None:
    figures = article_figures(TOKENS, LearnerProfile(level=Level.B1))
    assert figures.known_share == 6 / 8  # "treaty" twice is not known; "Putin" not counted
    # 2 of 9 words are C1 (the name counts as A1): 95% coverage needs C1.
    assert figures.level is Level.C1


def test_marking_a_word_known_counts_every_occurrence() -> None:
    known = LearnerProfile(level=Level.B1, statuses={("treaty", "NOUN"): WordStatus.KNOWN})
    assert article_figures(TOKENS, known).known_share == 1.0


def test_a_text_of_names_only_is_all_known() -> None:
    figures = article_figures(TOKENS[:1], LearnerProfile(level=Level.B1))
    assert figures.known_share == 1.0
    assert article_figures((), LearnerProfile()).level is Level.A1
