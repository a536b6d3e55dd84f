"""The library's figures for an article, on hand-made tokens (no engine)."""

from __future__ import annotations

from vocab.figures import article_figures
from vocab.models import LearnerProfile, Level, Token, WordStatus


def token(text: str, start: int, level: Level | None, *, pos: str = "NN",
          proper: bool = False) -> Token:
    return Token(text=text, start=start, end=start + len(text), sentence=0,
                 lemma=text.lower(), pos=pos, upos="NOUN", level=level, proper_noun=proper)


# "Merkel met the envoy in Berlin and the envoy left"
TOKENS = (
    token("Merkel", 0, Level.C2, pos="NNP", proper=True),
    token("met", 7, Level.A1, pos="VBD"),
    token("the", 11, None, pos="DT"),
    token("envoy", 15, Level.C1),
    token("in", 21, None, pos="IN"),
    token("Berlin", 24, None, pos="NNP", proper=True),
    token("and", 31, None, pos="CC"),
    token("the", 35, None, pos="DT"),
    token("envoy", 39, Level.C1),
    token("left", 45, Level.A1, pos="VBD"),
)


def test_names_are_left_out_of_the_known_share_and_function_words_are_known() -> None:
    figures = article_figures(TOKENS, LearnerProfile(level=Level.B1))
    assert figures.known_share == 6 / 8  # "envoy" twice is not known; the names not counted
    # 2 of 10 words are C1 (names count as A1): 95% coverage needs C1.
    assert figures.level is Level.C1


def test_marking_a_word_known_counts_every_occurrence() -> None:
    known = LearnerProfile(level=Level.B1, statuses={("envoy", "NOUN"): WordStatus.KNOWN})
    assert article_figures(TOKENS, known).known_share == 1.0


def test_a_text_of_names_only_is_all_known() -> None:
    figures = article_figures(TOKENS[:1], LearnerProfile(level=Level.B1))
    assert figures.known_share == 1.0
    assert article_figures((), LearnerProfile()).level is Level.A1
