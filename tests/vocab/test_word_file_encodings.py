"""Texts a teacher saves from Word or Notepad on Windows: cp1252's curly quotes,
dashes, euro sign and ellipsis come out as written."""

from __future__ import annotations

import pytest

from vocab.textfile import decode_text


@pytest.mark.parametrize(
    "text",
    [
        "The mayor’s plan — a “new” park — will cost €2 million, officials said. "
        "Residents weren’t sure.",
        "Wait… the council’s vote – set for Monday – was put off again, she said.",
    ],
)
def test_a_windows_text_with_only_curly_punctuation_is_read_as_cp1252(text: str) -> None:
    assert decode_text(text.encode("cp1252")) == text


def test_an_english_sentence_around_russian_words_keeps_its_code_page() -> None:
    text = "The word Москва is the name of the city, and Россия is the name of the country."
    assert decode_text(text.encode("cp1251")) == text
