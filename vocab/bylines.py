"""Who wrote a story, from its byline: the people's names, without their jobs or dates.

A news byline names a writer and often says what they do: "By Jane Smith, Health
Reporter", "Jane Smith | Staff writer". trafilatura reads the author from a page's
metadata and markup and splits it at commas, bars and "and" ("Jane Smith; Health
Reporter"), but keeps every piece: its only filter, ``author_blacklist``, drops
names given in full, and a newsroom's job titles are too many to list. So the pieces
that name a job, a date or a comment counter are dropped here, for web pages and
text files alike.
"""

from __future__ import annotations

import re

# The last words of a job title on a byline ("Health Reporter", "Staff writer",
# "Senior Editor", "Bureau Chief", "VOA Staff"). Only words that are no one's name.
_ROLE_WORDS = frozenset({
    "reporter", "reporters", "writer", "writers", "correspondent", "correspondents",
    "editor", "editors", "columnist", "columnists", "contributor", "contributors",
    "journalist", "journalists", "producer", "producers", "photographer",
    "photographers", "photojournalist", "videographer", "analyst", "critic", "staff",
    "intern", "bureau", "desk", "newsroom", "presenter", "anchor", "researcher",
})
# A job title is a few words ("Senior Health and Science Reporter"); a longer piece
# is something else, and kept.
MAX_ROLE_WORDS = 6
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# What a page's byline says besides names, that an HTML parser may take for one:
# "By Anna Fields | March 3, 2024 | 12 comments" gave the author "Anna Fields; March 3".
_NOT_A_NAME = re.compile(
    rf"\d|^{MONTH}$|\b(?:comments?|min(?:ute)?s? read|ago|updated|published)\b",
    re.IGNORECASE,
)
# Where a byline's pieces part: trafilatura joins them with "; ", a page with " | ",
# a text file's byline with ", " ("By Laura Bennett, Science Reporter").
_SEPARATOR = re.compile(r"(\s*[;|]\s*|,\s*)")


def is_role(piece: str) -> bool:
    """Whether a byline's piece names a job, not a person: "Health Reporter",
    "Staff writer", "Editor-in-Chief", "Reporter"."""
    words = re.findall(r"[^\W\d_]+", piece.casefold())
    return 0 < len(piece.split()) <= MAX_ROLE_WORDS and any(
        word in _ROLE_WORDS for word in words)


def author_names(author: str) -> str:
    """The names in an author field: "Anna Fields; March 3" -> "Anna Fields",
    "Jane Smith; Health Reporter" -> "Jane Smith", "Staff writer" -> "". Names keep
    the separator they had ("Anna Fields, Tom Brown and Jill Robbins")."""
    pieces = _SEPARATOR.split(author)
    kept: list[str] = []
    for index in range(0, len(pieces), 2):
        name = " ".join(pieces[index].split())
        if not name or _NOT_A_NAME.search(name) or is_role(name):
            continue
        if kept:
            kept.append(", " if pieces[index - 1].strip() == "," else "; ")
        kept.append(name)
    return "".join(kept)
