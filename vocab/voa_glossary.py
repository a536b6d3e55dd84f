"""VOA's "Words in This Story": finding the section and parsing its entries.

VOA prints one entry per line, ``word –n. definition``, after a header line. The dash
is an en dash, an em dash or a hyphen, with or without spaces; a label may carry a
note (``n. (pl.)``); long definitions may wrap onto the next line. Some pages put the
label in brackets, after a dash, a colon or nothing (``hold up (phrasal verb) to stay
strong``, ``in the dark – (idiom) not knowing``, ``striking: (adj.) ...``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from vocab.models import GlossaryEntry

_HEADER = re.compile(r"^\W*words\s+in\s+this\s+story\W*$", re.IGNORECASE)

# VOA's part-of-speech labels, plus the spelled-out forms other editors use. Longer
# labels come first so "phrasal verb" is not read as an unknown word plus "verb".
_LABELS = (
    "phrasal verb",
    "idiom",
    "phrase",
    "expression",
    "noun",
    "verb",
    "adjective",
    "adverb",
    "n.",
    "v.",
    "adj.",
    "adv.",
    "prep.",
    "conj.",
    "pron.",
    "interj.",
    "int.",
    "det.",
    "num.",
    "abbr.",
    "aux.",
)
_LABEL_PATTERN = "|".join(re.escape(label) for label in _LABELS)
# In brackets the abbreviations also come without their full stop ("(adj)").
_BRACKETED_LABEL_PATTERN = "|".join(
    re.escape(label.rstrip(".")) + (r"\.?" if label.endswith(".") else "") for label in _LABELS
)
# Spelled-out labels are stored as VOA prints them, so the app shows one style.
_VOA_LABELS = {"noun": "n.", "verb": "v.", "adjective": "adj.", "adverb": "adv."}

# A dash between the word and its label: hyphen, en dash, em dash, minus sign.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_DASH_CLASS = "[" + re.escape(_DASHES) + "]"

# The headword is short (a word or a phrase such as "work out"); the lazy match lets
# hyphenated words ("well-known -adj.") keep their hyphen, since "known" is no label.
_ENTRY = re.compile(
    rf"^(?P<word>(?!{_DASH_CLASS})\S[^\n]{{0,60}}?)"
    rf"(?:\s*(?:{_DASH_CLASS}|:)\s*(?P<label>{_LABEL_PATTERN})(?![\w])\.?"  # "–phrase." as "–n."
    rf"|\s*(?:{_DASH_CLASS}|:)?\s*[(\[](?P<bracketed>{_BRACKETED_LABEL_PATTERN})[)\]])"
    r"\s*(?P<note>\([^()\n]{1,20}\))?"
    # A dash may part the label from the definition too: "vote – verb – to choose".
    rf"[\s:,]*(?:{_DASH_CLASS}{{1,2}}\s*)?(?P<definition>.*)$",
    re.IGNORECASE,
)

# A line shaped as an entry whatever its label: a lower-case headword of a few words,
# then a dash, a colon or a bracket, then more ("nimble: quick and light").
_ENTRY_SHAPED = re.compile(
    rf"^[a-z][\w'’-]*(?:\s+[\w'’-]+){{0,5}}\s*(?:{_DASH_CLASS}|:|\s[(\[])\s*\S",
)

# A headword has at most this many words ("keep an eye on"); more means a sentence
# that happens to contain " - adv" or the like.
_MAX_HEADWORD_WORDS = 6

_NUMBERED_SENSE = re.compile(r"(?:^|\s)\(?\d{1,2}[.)]\s+")


@dataclass(frozen=True)
class GlossarySection:
    """A text split around its "Words in This Story" section.

    ``start`` is the index of the header line and ``end`` that of the first line after
    the section, so callers that track lines can cut the same place.
    """

    before: str
    header: str
    entries: tuple[GlossaryEntry, ...]
    after: str
    start: int
    end: int


def is_glossary_header(line: str) -> bool:
    """True for a line that is only VOA's section header, in any capitalisation."""
    return bool(_HEADER.match(line.strip()))


def parse_entry_line(line: str) -> GlossaryEntry | None:
    """The entry a line starts, or None if it does not look like ``word –pos. definition``."""
    found = _ENTRY.match(line.strip())
    if not found:
        return None
    word = found.group("word").strip(" \t*_\"'“”‘’:")
    if not word or len(word.split()) > _MAX_HEADWORD_WORDS or word[-1] in ".!?":
        return None
    note = found.group("note") or ""
    return GlossaryEntry(
        word=word,
        lemma=word.lower(),
        pos=_voa_label(found.group("label") or found.group("bracketed")),
        definition=found.group("definition").strip(),
        source="article",
        note=note,
    )


def _voa_label(printed: str) -> str:
    """The label as VOA prints it: "(Adj)" and "adjective" are "adj."."""
    label = printed.lower()
    if label in _VOA_LABELS:
        return _VOA_LABELS[label]
    return label if label in _LABELS else f"{label}."


def parse_entries(text: str) -> tuple[tuple[GlossaryEntry, ...], str]:
    """Entries from the lines of ``text``, and the text left after the last one."""
    entries, used = _parse_lines(text.split("\n"))
    return entries, "\n".join(text.split("\n")[used:])


def _parse_lines(lines: list[str]) -> tuple[tuple[GlossaryEntry, ...], int]:
    """Entries from ``lines``, and how many lines the section used.

    A line that is not an entry continues the previous entry when no blank line comes
    between them (a wrapped definition); after a blank line it ends the section.
    """
    entries: list[GlossaryEntry] = []
    blank_before = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or _is_rule(stripped):
            blank_before = True
            continue
        entry = parse_entry_line(stripped)
        if entry is not None:
            entries.append(entry)
        elif entries and not blank_before:
            entries[-1] = _continued(entries[-1], stripped)
        elif not _still_in_section(stripped, lines[index + 1 :]):
            return tuple(entries), index
        blank_before = False
    return tuple(entries), len(lines)


def _still_in_section(line: str, rest: list[str]) -> bool:
    """Whether a line that is no entry still belongs to the section: it is shaped as
    one (a lower-case headword, then a dash, a colon or a bracket), or an entry comes
    next. Such a line had stayed in the story, and with it every entry after it: "in
    the dark – (idiom) not knowing..." became a quiz question ("What does 'idiom'
    mean?") and its words wrong answers (QA walk-through)."""
    if _ENTRY_SHAPED.match(line):
        return True
    following = next((other.strip() for other in rest
                      if other.strip() and not _is_rule(other.strip())), "")
    return parse_entry_line(following) is not None


def _is_rule(line: str) -> bool:
    return len(line) >= 3 and set(line) <= set("_-=*~" + _DASHES)


def _continued(entry: GlossaryEntry, line: str) -> GlossaryEntry:
    return replace(entry, definition=f"{entry.definition} {line}".strip())


def split_glossary(text: str) -> GlossarySection | None:
    """``text`` split at its "Words in This Story" header, or None if it has no such section.

    The last header wins: a story may mention the section in its text, but the
    section itself comes at the end.
    """
    lines = text.split("\n")
    headers = [index for index, line in enumerate(lines) if is_glossary_header(line)]
    if not headers:
        return None
    at = headers[-1]
    entries, used = _parse_lines(lines[at + 1 :])
    if not entries:
        return None
    end = at + 1 + used
    return GlossarySection(
        before="\n".join(lines[:at]),
        header=lines[at].strip(),
        entries=entries,
        after="\n".join(lines[end:]),
        start=at,
        end=end,
    )


def split_senses(definition: str) -> tuple[str, ...]:
    """The senses of a definition: numbered ("1. a plan 2. a step") or split by ";".

    The entry keeps its definition as printed; this is for showing senses one by one.
    """
    numbered = [part.strip() for part in _NUMBERED_SENSE.split(definition) if part.strip()]
    if len(numbered) > 1:
        return tuple(part.rstrip(";").strip() for part in numbered)
    return tuple(part.strip() for part in definition.split(";") if part.strip())
