"""Whether a text is written in another script than English's (`other_script`).

The reader is for English texts: a story all in Cyrillic or Chinese characters was
imported as an article of unknown words (Russian), or refused as "code or encoded
data" (Chinese: no spaces, no words the cleaning knew). The learner is told instead
which script the text is in. A text in English that quotes a name or a sentence in
another script ("Москва", "习近平") is read as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# The letters of English's alphabet, with the accented ones of borrowed words and names
# ("café", "Dvořák"): Latin-1 and Latin Extended-A/B.
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
# Any letter of any script (a word character but a digit or "_").
_LETTER = re.compile(r"[^\W\d_]")
# Below this share of Latin letters a text is another script's: an English story
# quoting a few names in Cyrillic is nearer 95%, and a text in Russian that names
# "NASA" and "iPhone" under 5%. A line by line bilingual lesson is about half.
MIN_LATIN_SHARE = 0.2
# Fewer letters than this say too little (a line of symbols, a number).
MIN_LETTERS = 20
# The script is named from this many of its letters.
_SAMPLE_LETTERS = 2000
# A long text is judged by three pieces of this many characters (its start, middle
# and end): counted whole, 5 MB of text took 2.7 s.
_SAMPLE_CHARS = 10_000

# Unicode's name of a script (a letter's name begins with it) as a learner knows it.
_SCRIPT_NAMES = {
    "CJK": "Chinese characters",
    "HIRAGANA": "Japanese script",
    "KATAKANA": "Japanese script",
    "HANGUL": "Korean script",
}


def other_script(text: str) -> str | None:
    """The script ``text`` is written in when it is not English's ("Cyrillic script",
    "Chinese characters"), else None."""
    if text.isascii():
        return None
    text = sampled(text)
    letters = _LETTER.findall(text)
    if len(letters) < MIN_LETTERS:
        return None
    latin = len(_LATIN_LETTER.findall(text))
    if latin >= MIN_LATIN_SHARE * len(letters):
        return None
    scripts = Counter(
        _script_of(letter) for letter in letters[:_SAMPLE_LETTERS] if not letter.isascii()
    )
    if scripts["HIRAGANA"] or scripts["KATAKANA"]:  # Japanese mixes kana with kanji
        return _SCRIPT_NAMES["HIRAGANA"]
    script = scripts.most_common(1)[0][0] if scripts else ""
    return _SCRIPT_NAMES.get(script) or (f"{script.title()} script" if script else "another script")


def sampled(text: str) -> str:
    """``text``, or when it is long three pieces of it (its start, middle and end), as
    much as tells what a text is written in."""
    if len(text) <= 3 * _SAMPLE_CHARS:
        return text
    middle = (len(text) - _SAMPLE_CHARS) // 2
    return "\n".join(
        (text[:_SAMPLE_CHARS], text[middle : middle + _SAMPLE_CHARS], text[-_SAMPLE_CHARS:])
    )


def _script_of(letter: str) -> str:
    """The first word of a letter's Unicode name: its script ("CYRILLIC SMALL LETTER
    A" -> "CYRILLIC", "CJK UNIFIED IDEOGRAPH-4E2D" -> "CJK")."""
    return unicodedata.name(letter, "").split(" ", 1)[0]
