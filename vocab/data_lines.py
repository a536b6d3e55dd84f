"""Lines that are nobody's prose: encoded data, dumps, minified code, rows of symbols.

A text file may carry such a block beside its story (an attachment pasted as base64,
a hex dump, a page's script). Read as words, 2 MB of base64 above a football story
filled the screen with gibberish, the glossary with "mv" and "js", and rated the
story C2 (QA walk-through). A line is judged by its tokens (runs between spaces):
words count for prose, tokens no reader could say count against it, and numbers,
codes ("COVID-19") and web addresses count for neither, so a sentence that gives a
long link stays.
"""

from __future__ import annotations

import re

# Punctuation that may stand around a word of prose ("(Reuters)", "“Yes,”", `make`).
_OPENERS = "\"'(\\[{“‘«`*_"
_CLOSERS = "\"')\\]}”’»`*_.,;:!?…"
# A word: letters, perhaps joined by inner apostrophes, hyphens, dots or slashes
# ("don't", "well-known", "U.S.", "and/or").
_WORD = re.compile(rf"[{_OPENERS}]*[^\W\d_]+(?:[-'’./–—][^\W\d_]+)*[{_CLOSERS}]*")
# Longer runs of Latin letters are no English word ("antidisestablishmentarianism" is
# 28, "internationalization" 20; hyphens make compounds longer).
MAX_WORD_CHARS = 45
# A number, a time, a date, a price or a short code of letters and digits ("10:30",
# "$5.99", "2024-03-05", "21st", "F-16", "MP3"): no word, but no noise either.
_NUMBER_OR_CODE = re.compile(
    rf"[{_OPENERS}$€£¥#+-]*(?=[\w.,:/%-]*\d)[\w.,:/%-]{{1,16}}[{_CLOSERS}%]*")
# A group of a hex dump ("3e00", "7f45"): hex digits with a letter among them. Shorter
# ones are codes ("A1", "3D").
_HEX_GROUP = re.compile(r"(?=.*\d)(?=.*[a-fA-F])[0-9a-fA-F]{4,}")
# A web or e-mail address; one longer than any browser takes is data itself.
_ADDRESS = re.compile(r"[(<\[\"'`]*(?:https?://|www\.|[\w.+-]+@[\w-]+\.)\S*")
MAX_ADDRESS_CHARS = 2048
# Below this many characters of words and noise a line says too little to judge
# ("***", "x = 1"): it is left for the other rules.
MIN_JUDGED_CHARS = 24
# Prose has a word in at least every third token; a line of code, fewer.
MIN_WORD_SHARE = 1 / 3


def data_lines(lines: list[str]) -> set[int]:
    """The indices of ``lines`` that are data, code or symbols (`looks_like_data`),
    with the short lines of noise that end or open such a block ("6kyrz+A=", the last
    line of a base64 attachment): a line with no word beside a line of data."""
    found = {at for at, line in enumerate(lines) if looks_like_data(line)}
    for start in sorted(found):
        for step in (-1, 1):
            at = start + step
            while 0 <= at < len(lines) and at not in found and _noise_only(lines[at]):
                found.add(at)
                at += step
    return found


def looks_like_data(line: str) -> bool:
    """Whether ``line`` is encoded data, a dump, code or a row of symbols, not prose:
    noise and no word at all, or noise that outweighs its words with fewer than a
    third of its tokens words."""
    words, noise, word_chars, noise_chars, other_chars = _counts(line)
    if not noise:
        return False
    if not words:  # a hex dump's offsets and groups, a row of symbols
        return noise_chars + other_chars >= MIN_JUDGED_CHARS
    return (word_chars + noise_chars >= MIN_JUDGED_CHARS and noise_chars > word_chars
            and words < MIN_WORD_SHARE * (words + noise))


def _noise_only(line: str) -> bool:
    words, noise, *_ = _counts(line)
    return bool(noise) and not words


def _counts(line: str) -> tuple[int, int, int, int, int]:
    """Words, noise tokens, and the characters of words, noise and the others."""
    words = noise = word_chars = noise_chars = other_chars = 0
    for token in line.split():
        kind = _kind(token)
        if kind == "word":
            words += 1
            word_chars += len(token)
        elif kind == "noise":
            noise += 1
            noise_chars += len(token)
        else:
            other_chars += len(token)
    return words, noise, word_chars, noise_chars, other_chars


def _kind(token: str) -> str:
    """"word", "noise", or "neither" (a number, a code, a web address)."""
    if _WORD.fullmatch(token):
        latin_run = token.isascii() and len(token) > MAX_WORD_CHARS
        return "noise" if latin_run else "word"
    if len(token) > MAX_ADDRESS_CHARS or _HEX_GROUP.fullmatch(token):
        return "noise"
    if _ADDRESS.fullmatch(token) or _NUMBER_OR_CODE.fullmatch(token):
        return "neither"
    return "noise"
