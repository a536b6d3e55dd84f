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


BODY = "<p>Señora Núñez runs a café in Málaga.</p><p>Crème brûlée costs €5.</p>"


@pytest.mark.parametrize(
    ("declared", "encoding"),
    [("iso-8859-1", "cp1252"), ("windows-1252", "cp1252"), ("ISO-8859-15", "iso8859_15")],
)
def test_a_saved_page_is_read_in_the_charset_it_declares(declared: str, encoding: str) -> None:
    page = (
        f'<html><head><meta charset="{declared}"><title>Café</title></head>'
        f"<body>{BODY}</body></html>"
    )
    assert BODY in decode_text(page.encode(encoding))


def test_a_page_declaring_utf16_wrongly_is_not_read_as_utf16() -> None:
    page = f'<html><head><meta charset="utf-16"></head><body>{BODY}</body></html> '
    assert BODY in decode_text(page.encode("cp1252"))


def test_an_old_pages_http_equiv_charset_is_read() -> None:
    body = "<p>Москва - столица России. Сегодня там тепло и солнечно.</p>"
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
        f"</head><body>{body}</body></html>"
    )
    assert body in decode_text(page.encode("koi8-r"))
