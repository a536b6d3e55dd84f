"""A text pasted together from a UTF-8 file and an old Windows one (tests' own text):
each part reads as it was written, no character of the learner's lost or garbled."""

from __future__ import annotations

from vocab.textfile import decode_text

UTF8_PART = "Café owners in the old town say the new law is fair to everyone. "
WINDOWS_PART = "Critics call the plan naïve and say it “goes too far”. "


def test_a_text_of_utf8_and_windows_parts_reads_as_written() -> None:
    """Half and half: the UTF-8 part had been read as Windows' code page too ("CafÃ©")."""
    data = UTF8_PART.encode("utf-8") * 3 + WINDOWS_PART.encode("cp1252") * 3
    assert decode_text(data) == UTF8_PART * 3 + WINDOWS_PART * 3


def test_a_stray_windows_quote_in_utf8_is_kept_as_the_quote() -> None:
    """A stray cp1252 quote in a UTF-8 text had become "\ufffd", the mark lost."""
    data = UTF8_PART.encode("utf-8") * 3 + "He said “yes”.".encode("cp1252")
    assert decode_text(data).endswith("He said “yes”.")


def test_a_windows_file_is_still_read_as_one() -> None:
    text = WINDOWS_PART * 5 + "Prices rose by 5½ percent in the café’s town."
    assert decode_text(text.encode("cp1252")) == text
