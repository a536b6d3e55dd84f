"""Bytes to plain text: size limits, binary detection, encodings, Markdown and HTML.

Every problem a learner can cause (a missing file, a photo, a huge log) becomes an
``ArticleError`` with one plain sentence; the text that comes out is plain text with
``\\n`` line ends and blank lines between paragraphs, never markup. This module is the
way in (`read_limited`, `decode_text`, `format_of`, `to_plain_text`); an encoding is
told from the bytes in `vocab.text_encodings`, and Markdown and web pages are read in
`vocab.markdown_text` and `vocab.html_text`.
"""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path
from typing import BinaryIO, Literal

from vocab.email_text import email_to_text, is_email
from vocab.html_text import html_to_text
from vocab.markdown_text import markdown_to_text
from vocab.models import ArticleError, PlainText
from vocab.table_text import with_pipe_tables
from vocab.text_encodings import decode_bytes

Format = Literal["txt", "md", "html", "eml"]

# Learners paste news stories, not books: 5 MB is ~800,000 words, far past any article,
# and small enough that cleaning and analysis stay interactive.
MAX_BYTES = 5 * 1024 * 1024

_SUFFIX_FORMATS: dict[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".eml": "eml",
}

# Text files hold tabs, newlines and form feeds, not other C0 control characters;
# more than a few per hundred characters means a binary file decoded by accident.
_MAX_CONTROL_SHARE = 0.02
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")

# A web page says so in its first lines (doctype, <html>, <body>); reading further
# would mistake a story that quotes HTML for a page.
_SNIFF_CHARS = 512


def no_file_at(path: str) -> str:
    """What the learner is told where nothing is at ``path``: the same words from
    `reader import`, `reader PATH` and the app's Add dialog."""
    return f"There is no file at {path}."

def read_limited(path: Path) -> bytes:
    """The bytes of ``path``, refusing missing files, folders and files over ``MAX_BYTES``.

    The size is checked with ``stat`` first and the read is capped, so a 50 MB file
    (or ``/dev/zero``) is refused without being read into memory.
    """
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise ArticleError(f"{path} is a folder, not a text file.")
        if status.st_size > MAX_BYTES:
            raise ArticleError(_too_large(str(path), status.st_size))
        with path.open("rb") as stream:
            return read_stream(stream, str(path))
    except (FileNotFoundError, NotADirectoryError) as error:
        raise ArticleError(no_file_at(str(path))) from error
    except OSError as error:
        raise ArticleError(f"{path} cannot be read: {error.strerror or error}.") from error


def read_stream(stream: BinaryIO, source: str = "<stdin>") -> bytes:
    """At most ``MAX_BYTES`` from ``stream`` (stdin, a pipe); more raises ``ArticleError``."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ArticleError(_too_large(source, None))
    return data


def _too_large(source: str, size: int | None) -> str:
    limit = MAX_BYTES // (1024 * 1024)
    if size is None:
        return f"{source} is too large: the limit is {limit} MB."
    megabytes = size / (1024 * 1024)
    # Two decimals near the limit: "(5.0 MB): the limit is 5 MB" read as no reason;
    # bytes when even those are the limit's ("5.00 MB": a few bytes over).
    shown = f"{megabytes:.2f} MB" if megabytes < 10 else f"{megabytes:.1f} MB"
    if shown == f"{limit:.2f} MB":
        return (f"{source} is too large ({size:,} bytes): the limit is {limit} MB"
                f" ({MAX_BYTES:,} bytes).")
    return f"{source} is too large ({shown}): the limit is {limit} MB."


# Documents of other programs, named so the learner knows what to do: a PDF written
# as text would otherwise be imported as an article titled "%PDF-1.4", and the others
# were refused as "a binary file".
_DOCUMENT_SIGNATURES = (
    (b"%PDF-", "a PDF"),
    (b"{\\rtf", "an RTF document"),
    (b"PK\x03\x04", "a zip archive (as Word, OpenDocument and EPUB files are)"),
    # Word's, Excel's and PowerPoint's files before 2007 (.doc, .xls, .ppt): "looks
    # like a binary file" did not say what to do.
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Microsoft Office document"),
)
# A zip archive named by its suffix, as the learner knows the file.
_ZIPPED_DOCUMENTS = {
    ".docx": "a Word document",
    ".odt": "an OpenDocument text",
    ".epub": "an EPUB book",
    ".pages": "a Pages document",
    ".pptx": "a PowerPoint presentation",
    ".xlsx": "an Excel spreadsheet",
}


def decode_text(data: bytes, source: str = "<stdin>") -> str:
    """``data`` as text with ``\\n`` line ends, or ``ArticleError`` if it is not text.

    A BOM decides; otherwise valid UTF-8 wins (it is what nearly every file is, and
    charset-normalizer can mistake short UTF-8 for other encodings); then BOM-less
    UTF-16; then charset-normalizer's best guess (cp1252, latin-1, ...).
    """
    if len(data) > MAX_BYTES:
        raise ArticleError(_too_large(source, len(data)))
    if not data.strip():
        raise ArticleError(f"{source} is empty.")
    for signature, kind in _DOCUMENT_SIGNATURES:
        if data.startswith(signature):
            if signature.startswith(b"PK"):
                kind = _ZIPPED_DOCUMENTS.get(Path(source).suffix.lower(), kind)
            raise ArticleError(
                f"{source} is {kind}, which the reader cannot open. Copy its text into "
                "a .txt file (or save the page as .html) and import that.")
    text = decode_bytes(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if _looks_binary(text):
        raise ArticleError(f"{source} looks like a binary file, not text.")
    if not text.strip():
        raise ArticleError(f"{source} is empty.")
    if _is_json(text):
        raise ArticleError(
            f"{source} is JSON data, not an article. A learner file saved by the reader "
            "comes back with `reader import learner FILE`.")
    return text


def _is_json(text: str) -> bool:
    """Whether ``text`` is a JSON object or array (a saved quiz, a learner file)."""
    if text.lstrip()[:1] not in ("{", "["):
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROLS)
    return "\x00" in text or controls > _MAX_CONTROL_SHARE * len(text)


def format_of(path: Path | str, text: str = "") -> Format:
    """The format a file's suffix names, or, for other suffixes, what its text looks
    like; a web page saved as text ("page.txt" that opens "<!DOCTYPE html>") is a page."""
    suffix = Path(path).suffix.lower()
    named = _SUFFIX_FORMATS.get(suffix)
    if named is not None and named != "txt":
        return named
    return sniff_format(text)


def sniff_format(text: str) -> Format:
    """The format of a text with no telling suffix: "html" for a web page, "eml" for a
    raw e-mail message (a newsletter saved as text), else "txt".

    "md" for a text with two or more Markdown headings ("## Introduction"): notes
    saved as .txt had shown their "##" marks and lost their headings. Other Markdown is
    not guessed: read as plain text it is still readable.
    """
    head = text[:_SNIFF_CHARS].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head:
        return "html"
    if is_email(text[: _SNIFF_CHARS * 8]):
        return "eml"
    if len(_MARKDOWN_HEADING.findall(text, 0, _SNIFF_CHARS * 4)) >= _MARKDOWN_HEADINGS:
        return "md"
    return "txt"


# A Markdown heading's line: "## Why bees are in danger" ("# of votes: 300" is a
# sentence, and one such line alone says nothing).
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+(?!of\b)[A-Z0-9\"'\u201c][^\n]*$", re.MULTILINE)
_MARKDOWN_HEADINGS = 2


# A feed's root element, after any XML declaration, comments or stylesheet line.
_FEED_ROOT = re.compile(r"\A\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b",
                        re.IGNORECASE | re.DOTALL)


def is_feed(text: str) -> bool:
    """Whether ``text`` is an RSS or Atom feed (a saved ``feed.xml``): read as a page,
    its stories' titles had made "too short to read (1 word)" (QA7)."""
    return bool(_FEED_ROOT.match(text[:_SNIFF_CHARS * 4]))


def to_plain_text(text: str, fmt: Format) -> PlainText:
    """Plain text from ``text`` in ``fmt``: markup stripped, blank lines between paragraphs."""
    if fmt == "md":
        return markdown_to_text(text)
    if fmt == "html":
        return html_to_text(text)
    if fmt == "eml":
        return email_to_text(text)
    # A table typed with pipes reads as a page's table does (`vocab.table_text`).
    return PlainText(with_pipe_tables(text))
