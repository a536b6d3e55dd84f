"""An office program's file is named as the learner knows it ("a Word document"),
with what to do instead, not as "a zip archive" or "a binary file"."""

from __future__ import annotations

import pytest

from vocab.models import ArticleError
from vocab.textfile import decode_text

ZIP = b"PK\x03\x04\x14\x00\x06\x00word/document.xml" + bytes(200)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200)


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (ZIP, "story.docx", "a Word document"),
        (ZIP, "Story.DOCX", "a Word document"),
        (ZIP, "story.odt", "an OpenDocument text"),
        (ZIP, "book.epub", "an EPUB book"),
        (ZIP, "story.zip", "a zip archive"),
        (OLE, "story.doc", "an older Microsoft Office document"),
    ],
)
def test_an_office_file_is_named_with_what_to_do(data: bytes, name: str, kind: str) -> None:
    with pytest.raises(ArticleError) as raised:
        decode_text(data, name)
    message = str(raised.value)
    assert message.startswith(f"{name} is {kind}")
    assert "Copy its text into a .txt file" in message
