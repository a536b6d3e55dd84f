"""Which encoding a file's bytes are in, and the text they make in it (`decode_bytes`).

A byte-order mark decides; else UTF-16 without one (told by where its NULs fall); else
UTF-8, strictly, then with the odd bad byte read as cp1252 when the file has UTF-8's
characters too; else charset-normalizer's best reading, weighed for English: cp1252 for
an English text it decodes, else the reading whose accented words are English words,
else a Western code page on a tie, and a reading that glues another script to Latin
letters ("匜ys嶪") only when nothing else is left. `vocab.textfile.decode_text` reads a
file with it; every failure is an ``ArticleError`` in one plain sentence.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import TYPE_CHECKING

from vocab.models import ArticleError

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

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

# Short texts with a few accents read equally well in several code pages (cp1250
# turns "naïve" into "naďve"); English texts that are not UTF-8 come from Windows or
# old web pages, so a Western code page wins when the scores are this close.
_WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
_GUESS_TIE = 0.01



def decode_bytes(data: bytes, source: str) -> str:
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
        return _declared(data) or _mostly_utf8(data) or _guess(data, source)


# A page's own word on its encoding, near its top: <meta charset="...">, the older
# <meta http-equiv="Content-Type" content="text/html; charset=...">, or an XML
# declaration's encoding="...".
_DECLARED_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})"
    rb"|<\?xml[^>]{0,100}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]{2,40})",
    re.IGNORECASE)
_DECLARATION_BYTES = 2048
# Browsers read a label as the larger encoding it grew into (the WHATWG encoding
# standard), since pages so labelled use its characters: latin-1 or ASCII as
# windows-1252 (pages written on Windows, with its curly quotes at 0x80-0x9F, which
# latin-1 makes invisible control characters), GB2312 and GBK as GB18030.
_READ_AS = {"latin_1": "cp1252", "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030"}


def _declared(data: bytes) -> str | None:
    """The text in the encoding a saved web page declares, when its bytes decode in
    it; None when it declares none, one Python lacks, or one its bytes break (a page
    declared UTF-8 that is not is guessed like any other). A page saved from an old
    site as iso-8859-1 had been guessed as cp1250: "Seńora", "Crčme brűlée" (QA7)."""
    found = _DECLARED_CHARSET.search(data[:_DECLARATION_BYTES])
    if found is None:
        return None
    return decode_as_declared(data, (found.group(1) or found.group(2)).decode("ascii"))


def decode_as_declared(data: bytes, label: str) -> str | None:
    """``data`` in the encoding ``label`` names (a page's <meta> or a server's
    Content-Type), read as browsers read it (`_READ_AS`); None when Python knows no such
    encoding, it is UTF-16 or UTF-32 (a file in those has a BOM or its NULs: the label
    is wrong), or the bytes are not valid in it (the label is wrong again)."""
    try:
        encoding = codecs.lookup(label.strip().lower()).name.replace("-", "_")
    except LookupError:
        return None
    if encoding.startswith(("utf_16", "utf_32")):
        return None
    if encoding == "iso8859_1":
        encoding = "latin_1"
    for candidate in dict.fromkeys((_READ_AS.get(encoding, encoding), encoding)):
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with each byte that is not read as Windows' code page, when the file has
    UTF-8's characters beside such bytes: texts pasted together from several sources
    are UTF-8 with a stray cp1252 quote, or half a Windows file. Read as cp1252 whole,
    each UTF-8 accent was garbled ("CafÃ©"); the stray bytes, as "\ufffd", lost the
    learner's quotes and accents."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = _STRAY_BYTES.findall(text)
    bad = sum(len(run) for run in stray)
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if good < max(1, bad // _STRAY_BYTES_PER_UTF8_CHARACTER):
        return None
    return _STRAY_BYTES.sub(lambda run: _windows_text(run.group(0)), text)


# What a byte UTF-8 cannot read becomes (Python's "surrogateescape").
_STRAY_BYTES = re.compile("[\udc80-\udcff]+")
# A real cp1252 file has almost no valid UTF-8 sequences (an accented capital before a
# curly quote: "É’"); a pasted mix has some for every few Windows bytes.
_STRAY_BYTES_PER_UTF8_CHARACTER = 4


def _windows_text(escaped: str) -> str:
    """Escaped stray bytes as cp1252 reads them; latin-1 for the five it leaves out."""
    return "".join(bytes([ord(ch) - 0xDC00]).decode("cp1252", errors="ignore")
                   or chr(ord(ch) - 0xDC00) for ch in escaped)


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
    if _reads_as_english(data) and _WINDOWS_PUNCTUATION_ONLY.fullmatch(data):
        # Its only bytes beyond ASCII are cp1252's quotes, dashes, "€" and "…": a
        # Word file's "The mayor’s plan — a “new” park" was read as "mayorĺs plan Ś a
        # ônewö park" when charset-normalizer ranked cp1252 low (QA7).
        return data.decode("cp1252")
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
# ASCII and the bytes cp1252 gives its typography (0x80-0x9F): the code pages that
# also map them (cp1250, cp1251...) put their own letters at 0xC0 and above.
_WINDOWS_PUNCTUATION_ONLY = re.compile(rb"[\x00-\x9f]*")
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


# What UTF-8 read as Windows' code page (or latin-1) and saved again looks like: a
# capital A with a tilde or circumflex, "\u00e2", or a Cyrillic capital's mojibake, then a
# character of the code page's upper half ("caf\u00c3\u00a9", "don\u00e2\u20ac\u2122t",
# "\u00c2\u00a35"). A cheap test, so ftfy's reading (0.5 s on a 450 KB text) runs only
# on the texts that may need it.
_MOJIBAKE_SIGN = re.compile(
    "[\u00c2\u00c3\u00c5\u00e2\u00d0\u00d1][\u0080-\u00bf\u0152\u0153\u0160\u0161"
    "\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def without_mojibake(text: str) -> str:
    """``text`` with the words mended that a copy through the wrong encoding garbled
    ("the caf\u00c3\u00a9 owners" -> "the caf\u00e9 owners", "mayor\u00e2\u20ac\u2122s" ->
    "mayor\u2019s"), by ftfy, which changes only what it is sure was so garbled: accented
    English, French and other scripts stay as they are."""
    if not _MOJIBAKE_SIGN.search(text):
        return text
    import ftfy  # a few tenths of a second to load: only for a text that needs it

    return ftfy.fix_encoding(text)

