"""Bytes to plain text: size limits, binary detection, encodings, Markdown and HTML.

Every problem a learner can cause (a missing file, a photo, a huge log) becomes an
``ArticleError`` with one plain sentence; the text that comes out is plain text with
``\\n`` line ends and blank lines between paragraphs, never markup.
"""

from __future__ import annotations

import bisect
import codecs
import json
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from vocab.models import ArticleError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from charset_normalizer import CharsetMatch
    from lxml.html import HtmlElement
    from markdown_it.token import Token
    from trafilatura.settings import Document

Format = Literal["txt", "md", "html"]

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
}

# Byte-order marks, longest first so UTF-32's BOM is not read as UTF-16's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# BOM-less UTF-16 English text has a NUL in nearly every other byte (the high byte of
# ASCII letters); binary files have NULs scattered at both parities.
_UTF16_NUL_SHARE = 0.3
_UTF16_OTHER_PARITY_NUL_SHARE = 0.01

# Text files hold tabs, newlines and form feeds, not other C0 control characters;
# more than a few per hundred characters means a binary file decoded by accident.
_MAX_CONTROL_SHARE = 0.02
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")

# Short texts with a few accents read equally well in several code pages (cp1250
# turns "naïve" into "naďve"); English texts that are not UTF-8 come from Windows or
# old web pages, so a Western code page wins when the scores are this close.
_WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
_GUESS_TIE = 0.01

# Valid UTF-8 characters must outnumber bad bytes this many times for a file to be
# read as UTF-8 with replacements; a real cp1252 file has almost no valid sequences.
_MOSTLY_UTF8_RATIO = 2

# A web page says so in its first lines (doctype, <html>, <body>); reading further
# would mistake a story that quotes HTML for a page.
_SNIFF_CHARS = 512


@dataclass(frozen=True)
class PlainText:
    """Text extracted from a file, with what its format told us about it."""

    text: str
    title: str | None = None
    author: str = ""
    published: str = ""
    left_out: tuple[str, ...] = ()  # a web page's text the extractor left out, in order



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
)


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
            raise ArticleError(
                f"{source} is {kind}, which the reader cannot open. Copy its text into "
                "a .txt file (or save the page as .html) and import that.")
    text = _decode(data, source)
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


def _decode(data: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, source)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _strict(data, utf16, source)
    if b"\x00" in data:
        raise ArticleError(f"{source} looks like a binary file, not text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _mostly_utf8(data) or _guess(data, source)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with the odd bad byte replaced, when that is clearly what the file is.

    Texts pasted together from several sources are UTF-8 with a stray cp1252 quote;
    reading the whole file as cp1252 would garble every other accent and quote.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return text if good >= _MOSTLY_UTF8_RATIO * bad else None


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ArticleError(f"{source} cannot be decoded as {encoding} text.") from error


def _bomless_utf16(data: bytes) -> str | None:
    """The UTF-16 byte order when NULs sit at one byte parity only, else None."""
    if len(data) < 2 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0) / (len(data) / 2)
    odd_nuls = data[1::2].count(0) / (len(data) / 2)
    if odd_nuls >= _UTF16_NUL_SHARE and even_nuls <= _UTF16_OTHER_PARITY_NUL_SHARE:
        return "utf-16-le"
    if even_nuls >= _UTF16_NUL_SHARE and odd_nuls <= _UTF16_OTHER_PARITY_NUL_SHARE:
        return "utf-16-be"
    return None


def _guess(data: bytes, source: str) -> str:
    """charset-normalizer's best reading. For an English text, cp1252 when it is among
    the close readings; else the one whose accented words are English words wins ("café",
    "naïve": cp775 made "cafķ" of a short latin-1 file and scored it higher); then a
    Western code page on a tie."""
    # Imported here: charset-normalizer loads its tables on import, and most files are UTF-8.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise ArticleError(f"{source} is not text in any encoding we know.")
    readings: dict[str, str] = {}  # each decoded once

    def reading(match: CharsetMatch) -> str:
        if match.encoding not in readings:
            readings[match.encoding] = str(match)
        return readings[match.encoding]

    # A Western file read in an East Asian code page scores no chaos at all: "Élysée"
    # is "匜ys嶪" (QA walk-through). Such a reading is only the best when nothing else is.
    def plausible(match: CharsetMatch) -> bool:
        return not _glued_to_latin(reading(match))

    best = next((m for m in matches if plausible(m)), matches[0])
    close = [m for m in matches if m.chaos <= best.chaos + _GUESS_TIE
             and (m is best or plausible(m))]
    if _reads_as_english(data) and any("cp1252" in m.could_be_from_charset for m in close):
        return data.decode("cp1252")
    readings = {m.encoding: reading(m) for m in close}
    english = {encoding: _english_accented_words(text) for encoding, text in readings.items()}
    most = max(english.values())
    if most:
        close = [m for m in close if english[m.encoding] == most]
        best = close[0]
    for match in close:
        tied = (
            match.chaos <= best.chaos + _GUESS_TIE
            and match.coherence >= best.coherence - _GUESS_TIE
        )
        if tied and match.encoding in _WESTERN_ENCODINGS:
            return readings[match.encoding]
    return readings[best.encoding]


# The commonest English words, a tenth or more of the words of any English text (a
# quarter of a news story's) and almost none of another language's ("a" is Czech,
# Hungarian and Italian too, so it is left out).
_ENGLISH_FUNCTION_WORDS = frozenset({
    "the", "and", "of", "to", "in", "is", "was", "for", "that", "it", "on", "with", "he",
    "she", "they", "said", "are", "at", "by", "from", "this", "have", "has", "not", "but",
    "be"})
_MIN_ENGLISH_WORD_SHARE = 0.1
_ASCII_WORD = re.compile(rb"[A-Za-z]+")


def _reads_as_english(data: bytes) -> bool:
    """Whether ``data`` is English text that cp1252 decodes (none of the bytes it
    leaves undefined).

    Windows writes English in cp1252, and the other code pages that decode the same
    bytes read them as other letters: cp1250 read "£4" as "Ł4", Mac Roman "It’s" as
    "Itís" (QA walk-through). charset-normalizer cannot tell them apart on a few
    accents: its coherence guesses a language from them, and wordfreq knows "itís".
    Other languages are left to it: Lithuanian in cp1257 decodes as cp1252 too."""
    words = _ASCII_WORD.findall(data[:_SCRIPT_CHARS_CHECKED])
    common = sum(1 for word in words if word.decode().lower() in _ENGLISH_FUNCTION_WORDS)
    if not words or common < _MIN_ENGLISH_WORD_SHARE * len(words):
        return False
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _glued_to_latin(text: str) -> bool:
    """Whether most of the words with letters of another script than the Latin one
    also have ASCII letters ("匜ys嶪", "本car"): mojibake of a Western file, not Chinese,
    Greek or Russian text, whose words are written in their own script alone."""
    foreign = [w for w in _LETTERS.findall(text[:_SCRIPT_CHARS_CHECKED])
               if any(not ch.isascii() and not _is_latin(ch) for ch in w)]
    glued = sum(1 for w in foreign if any(ch.isascii() for ch in w))
    return bool(foreign) and glued * 2 > len(foreign)


def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


# Enough text to tell one script's words from another's; a long file repeats them.
_SCRIPT_CHARS_CHECKED = 200_000

# Enough accented words to tell readings apart; a long file repeats them.
_ACCENTED_WORDS_CHECKED = 200


def _english_accented_words(text: str) -> int:
    """How many of the text's words with a letter beyond ASCII English word lists know
    (wordfreq, loaded only for files that are neither UTF-8 nor plain ASCII)."""
    from wordfreq import zipf_frequency

    # A lone letter is no word: cp1250's "Ł" for latin-1's "£" is one in wordfreq's list.
    accented = [w for w in _LETTERS.findall(text)
                if not w.isascii() and len(w) > 1][:_ACCENTED_WORDS_CHECKED]
    return sum(1 for word in accented if zipf_frequency(word.lower(), "en") > 0)


_LETTERS = re.compile(r"[^\W\d_]+")


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
    """The format of a text with no telling suffix: "html" for a web page, else "txt".

    Markdown is not guessed: read as plain text it is still readable.
    """
    head = text[:_SNIFF_CHARS].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head:
        return "html"
    return "txt"


def to_plain_text(text: str, fmt: Format) -> PlainText:
    """Plain text from ``text`` in ``fmt``: markup stripped, blank lines between paragraphs."""
    if fmt == "md":
        return markdown_to_text(text)
    if fmt == "html":
        return html_to_text(text)
    return PlainText(text)


# --- Markdown ---------------------------------------------------------------

# YAML front matter (Jekyll, Hugo, Obsidian) is metadata, not text to read.
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FRONT_MATTER_TITLE = re.compile(r"^title:\s*[\"']?(.*?)[\"']?\s*$", re.MULTILINE)
_TAG = re.compile(r"<[^>]*>")

# Table cells become one line of plain text; a semicolon reads naturally between them.
_CELL_SEPARATOR = "; "


def markdown_to_text(source: str) -> PlainText:
    """Plain text from Markdown: the first ``#`` heading is the title, markup is dropped.

    Links keep their text, images and raw HTML tags disappear, code keeps its content.
    markdown-it-py (installed with rich) parses; we only keep the text of its tokens.
    """
    from markdown_it import MarkdownIt

    title: str | None = None
    front = _FRONT_MATTER.match(source)
    if front:
        source = source[front.end() :]
        named = _FRONT_MATTER_TITLE.search(front.group(1))
        title = named.group(1) if named else None
    blocks: list[str] = []
    row: list[str] | None = None  # the cells of the table row being read
    heading = ""
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    for token in parser.parse(source):
        kind = token.type
        if kind == "heading_open":
            heading = token.tag
        elif kind == "heading_close":
            heading = ""
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            blocks.append(_CELL_SEPARATOR.join(cell for cell in row if cell))
            row = None
        elif kind == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text)
            elif heading == "h1" and title is None:
                title = text
            else:
                blocks.append(text)
        elif kind in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif kind == "html_block":
            blocks.append(_TAG.sub("", token.content).strip())
    return PlainText("\n\n".join(block for block in blocks if block.strip()), title=title)


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()


# --- HTML -------------------------------------------------------------------

# lxml refuses str input that declares its own encoding; the text is decoded already.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# libxml2 rejects control characters that XML forbids; they carry no text anyway.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A <title> never closed swallows the whole page as its text (title is raw text to
# an HTML parser); the title then ends at the next tag, as its author meant.
_TITLE_START = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
_TITLE_END = re.compile(r"</title\s*>", re.IGNORECASE)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td")
# The glossary sits in the few elements after its header; a page footer does not.
_MAX_GLOSSARY_ELEMENTS = 40


def html_to_text(html: str) -> PlainText:
    """The main text of a web page, with its title, author and date.

    trafilatura finds the article and drops navigation; VOA's "Words in This Story"
    is read from the page itself, since extractors often drop it as boilerplate.
    Malformed HTML gives what text can be found, never an exception.
    """
    html = _closed_title(_XML_FORBIDDEN.sub("", _XML_DECLARATION.sub("", html, count=1)))
    tree = _parse_html(html)
    document = _extract(html)
    text = document.text if document is not None and document.text else ""
    if not text and tree is not None:
        text = "\n".join(_block_texts(tree))
    elif tree is not None:
        text = "\n".join(_rejoined(text.split("\n"), _block_lines(tree)))
    links = _link_texts(tree) if tree is not None else frozenset()
    lines = (_table_row_text(_without_unknown_entities(line).strip())
             for line in text.split("\n"))
    text = "\n\n".join(line for line in lines if line and _squeezed(line) not in links)
    glossary = _glossary_lines(tree) if tree is not None else []
    if glossary:
        text = _without_glossary(text, glossary) + "\n\n" + "\n\n".join(glossary)
    title = _headline(document.title if document is not None else None, tree)
    return PlainText(
        text,
        title=_without_tags(title or "") or None,
        author=(document.author or "") if document is not None else "",
        published=(document.date or "") if document is not None else "",
        left_out=_left_out(tree, f"{title or ''}{text}") if tree is not None else (),
    )


def _link_texts(tree: HtmlElement) -> frozenset[str]:
    """The texts of the page's links, squeezed: a line of the extracted text that is all
    one link's text is a link, not prose ("Buy cheap fans now - 50% off!" between a
    story's paragraphs, QA walk-through; a related story's headline)."""
    return frozenset(text for link in tree.iter("a")
                     if link.get("href") and (text := _squeezed(link.text_content())))


# The elements whose text is one piece of a page: a paragraph, a menu's item, a
# caption, a button, a date...
_PIECE_TAGS = (*_BLOCK_TAGS, "div", "span", "a", "button", "figcaption", "caption", "label",
               "time", "small", "dt", "dd", "th", "header", "footer", "nav", "aside")


# The longest article text `_left_out` looks for a page's pieces in (a long story is
# 50,000 characters; each piece is a search of the whole text).
_MAX_KEPT_CHECKED = 200_000


def _left_out(tree: HtmlElement, kept: str) -> tuple[str, ...]:
    """The pieces of the page's text not in ``kept`` (the article the extractor found),
    in page order: its menus, captions, share buttons, comment counters... An import
    said "2 lines of page clutter left out" of a page it had rid of its menu, cookie
    banner, share bar, advertisement and footer (QA walk-through): only the lines it
    removed itself were counted."""
    kept = _squeezed(kept)
    if len(kept) > _MAX_KEPT_CHECKED:
        return ()  # each piece is looked for in the whole text: not in a book's
    found: list[str] = []
    for element in tree.iter(*_PIECE_TAGS):
        if next(element.iterdescendants(*_PIECE_TAGS), None) is not None:
            continue  # its pieces are counted, not the whole
        piece = " ".join(element.text_content().split())
        if piece and _squeezed(piece) not in kept and (not found or found[-1] != piece):
            found.append(piece)
    return tuple(found)


# An entity reference left in the text after parsing: one no HTML knows ("&bogus;"),
# which a browser prints as written; read as words, "bogus" was glossed (QA walk-through).
_UNKNOWN_ENTITY = re.compile(r" ?&[A-Za-z][A-Za-z0-9]{1,31};")


def _without_unknown_entities(line: str) -> str:
    return _UNKNOWN_ENTITY.sub("", line) if "&" in line else line


def _table_row_text(line: str) -> str:
    """A table row as the extractor writes it ("| Kenya | 54 million |") as its cells'
    text ("Kenya; 54 million"); a rule under a header ("|---|---|") as nothing. Other
    lines as they are."""
    if not (line.startswith("|") and line.endswith("|")):
        return line
    cells = [cell.strip() for cell in line.strip("|").split("|")]
    return "; ".join(cell for cell in cells if cell.strip("-: "))


def _without_tags(title: str) -> str:
    """A title as text: "Broken <b>page" (markup inside <title>, which browsers show
    as it is written) reads "Broken page"."""
    if "<" not in title:
        return title
    from lxml import etree
    from lxml import html as lxml_html

    try:
        text = lxml_html.fragment_fromstring(title, create_parent="span").text_content()
    except (etree.ParserError, ValueError):
        return title
    return " ".join(text.split())


def _closed_title(html: str) -> str:
    start = _TITLE_START.search(html)
    if start is None or _TITLE_END.search(html, start.end()):
        return html
    end = html.find("<", start.end())
    end = len(html) if end < 0 else end
    return html[:end] + "</title>" + html[end:]


def _parse_html(html: str) -> HtmlElement | None:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for br in tree.iter("br"):
        # <br> separates lines that text_content() would glue together.
        br.tail = "\n" + (br.tail or "")
    return tree


def _extract(html: str) -> Document | None:
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        # A date from the page's metadata or markup only: the extensive search read
        # "Copyright 2024" in a footer as the story's date (2024-01-01).
        date_extraction_params={"extensive_search": False},
    )
    return document if isinstance(document, trafilatura.settings.Document) else None


# How many of the extractor's lines one paragraph of a page may have been broken into.
_MAX_BROKEN_LINES = 12
_CLOSING_PUNCTUATION = tuple(".,;:!?)]’”'\"")


def _rejoined(lines: list[str], blocks: list[str]) -> list[str]:
    """``lines``, with those that together are one paragraph of the page (``blocks``)
    joined again: the extractor breaks a paragraph at inline tags that close out of
    order ("Engineers worked for <b>three years on <i>the project</b></i>." came out
    as four paragraphs, QA walk-through). Lines are compared without their spaces."""
    keys = sorted({_squeezed(block) for block in blocks})
    found: list[str] = []
    start = 0
    while start < len(lines):
        end = start + 1
        joined = _squeezed(lines[start])
        for after in range(start + 1, min(len(lines), start + _MAX_BROKEN_LINES)):
            joined += _squeezed(lines[after])
            at = bisect.bisect_left(keys, joined)
            if at == len(keys) or not keys[at].startswith(joined):
                break  # no paragraph of the page goes on so
            if keys[at] == joined:
                end = after + 1
        found.append(_joined_pieces(lines[start:end]))
        start = end
    return found


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _joined_pieces(pieces: list[str]) -> str:
    text = pieces[0].strip()
    for piece in pieces[1:]:
        piece = piece.strip()
        text += piece if piece.startswith(_CLOSING_PUNCTUATION) else " " + piece
    return text


def _block_lines(tree: HtmlElement) -> list[str]:
    """The lines of paragraph-like elements: their texts, split where a <br> breaks
    one (VOA's glossary entries share a paragraph, one per line: `_parse_html`)."""
    return [line for element in _outer_blocks(tree)
            for line in element.text_content().split("\n")]


def _outer_blocks(tree: HtmlElement) -> Iterator[HtmlElement]:
    for element in tree.iter(*_BLOCK_TAGS):
        if element.getparent() is None or element.getparent().tag not in _BLOCK_TAGS:
            yield element


def _block_texts(tree: HtmlElement) -> list[str]:
    """Texts of paragraph-like elements: the fallback when trafilatura finds nothing."""
    texts = (" ".join(element.text_content().split()) for element in _outer_blocks(tree))
    return [text for text in texts if text]


# A headline is a line: more words than this are a heading never closed swallowing the
# page ("<h1>Late Goal..." took 3,000 characters of story with it, QA walk-through).
MAX_TITLE_WORDS = 30


def _headline(extracted: str | None, tree: HtmlElement | None) -> str | None:
    """The extractor's title, else the page's (<title>, <h1>): the first one short
    enough to be a headline; None when neither is."""
    for title in (extracted, _page_title(tree)):
        if title and len(title.split()) <= MAX_TITLE_WORDS:
            return title
    return None


def _page_title(tree: HtmlElement | None) -> str:
    if tree is None:
        return ""
    for path in ("//title", "//h1"):
        for element in tree.xpath(path):
            title = " ".join(element.text_content().split())
            if title:
                return title
    return ""


def _glossary_lines(tree: HtmlElement) -> list[str]:
    """VOA's "Words in This Story": the header and the entry lines that follow it."""
    from vocab.voa_glossary import is_glossary_header, parse_entry_line

    for element in tree.iter(*_BLOCK_TAGS, "div", "strong", "b", "span"):
        header = " ".join(element.text_content().split())
        if not is_glossary_header(header):
            continue
        lines: list[str] = []
        for text in _texts_after(element):
            if parse_entry_line(text) is None:
                break
            lines.append(text)
        if lines:
            return [header, *lines]
    return []


def _texts_after(header: HtmlElement) -> list[str]:
    """Lines of the elements that follow ``header`` (or its nearest ancestor with siblings)."""
    anchor = header
    while anchor.getnext() is None and anchor.getparent() is not None:
        anchor = anchor.getparent()
    lines: list[str] = []
    for sibling in list(anchor.itersiblings())[:_MAX_GLOSSARY_ELEMENTS]:
        if sibling.tag in _HEADINGS:
            break
        items = list(sibling.iter("li")) or [sibling]
        for item in items:
            lines.extend(line.strip() for line in item.text_content().split("\n") if line.strip())
    return lines


def _without_glossary(text: str, glossary: list[str]) -> str:
    """``text`` without the glossary lines trafilatura kept (often without their header)."""
    from vocab.voa_glossary import is_glossary_header

    copied = {" ".join(line.split()) for line in glossary}
    return "\n\n".join(
        paragraph
        for paragraph in text.split("\n\n")
        if " ".join(paragraph.split()) not in copied and not is_glossary_header(paragraph)
    )
