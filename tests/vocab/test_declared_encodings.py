"""A page's or a server's word on its encoding, read as browsers read it."""

from __future__ import annotations

import pytest

from vocab.text_encodings import decode_as_declared

QUOTED = "The mayor\u2019s plan \u2014 a \u201cnew\u201d park \u2014 was welcomed."


@pytest.mark.parametrize("label", ["ISO-8859-1", "latin1", "us-ascii", "windows-1252"])
def test_a_latin_1_label_reads_windows_quotes(label: str) -> None:
    assert decode_as_declared(QUOTED.encode("cp1252"), label) == QUOTED


def test_a_gb2312_label_reads_the_characters_gbk_added() -> None:
    """Pages labelled GB2312 use GBK's characters too (the rare "\u9f98" here)."""
    text = "The word \u9f98 and \u4e2d\u6587 in a story."
    assert decode_as_declared(text.encode("gbk"), "gb2312") == text


@pytest.mark.parametrize(
    ("data", "label"),
    [
        ("Caf\u00e9".encode("cp1252"), "utf-8"),  # the bytes break the label
        (b"Plain text.", "no-such-charset"),  # a label Python does not know
        ("Text".encode("utf-16-le"), "utf-16"),  # a file in it has a BOM or its NULs
    ],
)
def test_a_label_the_bytes_do_not_fit_is_no_reading(data: bytes, label: str) -> None:
    assert decode_as_declared(data, label) is None
