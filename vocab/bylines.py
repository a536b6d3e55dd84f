"""Who wrote a story, from its byline: the people's names, without their jobs or dates.

A news byline names a writer and often says what they do or whom they write for:
"By Jane Smith, Health Reporter", "Jane Smith | Staff writer", "By Maria Lopez, VOA
News". trafilatura reads the author from a page's metadata and markup and splits it at
commas, bars and "and" ("Jane Smith; Health Reporter"), but keeps every piece: its
only filter, ``author_blacklist``, drops names given in full, and a newsroom's job
titles and the world's outlets are too many to list. So the pieces that name a job,
an outlet, a date or a comment counter are dropped here, for web pages and text files
alike.
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
# News agencies and outlets a byline names after the writer, whose names do not end
# in one of the words below ("Reuters", "Associated Press", "Voice of America").
_OUTLETS = frozenset({
    "reuters", "associated press", "agence france-presse", "agence france presse",
    "bloomberg", "xinhua", "kyodo", "yonhap", "interfax", "tass", "voice of america",
    "al jazeera", "press association", "canadian press", "efe", "ansa",
})
# Words of an outlet's name that are no one's name: "VOA News", "Anadolu Agency",
# "Radio Free Asia", "Chicago Tribune". "Post" and "Press" are surnames too
# (Emily Post), so they mark an outlet only after "The" ("The Washington Post").
_OUTLET_WORDS = frozenset({
    "news", "newswire", "agency", "media", "radio", "television", "tv", "broadcasting",
    "newspaper", "magazine", "times", "journal", "herald", "tribune", "gazette",
})
_OUTLET_WORDS_AFTER_THE = _OUTLET_WORDS | {"post", "press", "guardian", "economist"}
# Outlets so named are short ("Kyodo News", "Radio Free Asia"); a longer piece may
# hold a writer's name that lost its comma ("Maria Lopez VOA News"), and is kept.
MAX_OUTLET_WORDS = 3
# An outlet known by its letters ("AP", "VOA", "BBC"): one word in capitals, which a
# person's name on a byline never is.
_OUTLET_LETTERS = re.compile(r"^[A-Z]{2,5}$")
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
# Where a byline's pieces part: trafilatura joins them with "; ", a page with " | " or
# a dot (" • "), a text file's byline with ", " ("By Laura Bennett, Science Reporter").
BYLINE_PARTS = "|;\u00b7\u2022"
_SEPARATOR = re.compile(rf"(\s*[{BYLINE_PARTS}]\s*|,\s*)")


def is_role(piece: str) -> bool:
    """Whether a byline's piece names a job, not a person: "Health Reporter",
    "Staff writer", "Editor-in-Chief", "Reporter"."""
    words = re.findall(r"[^\W\d_]+", piece.casefold())
    return 0 < len(piece.split()) <= MAX_ROLE_WORDS and any(
        word in _ROLE_WORDS for word in words)


def is_outlet(piece: str) -> bool:
    """Whether a byline's piece names a news outlet, not a person: "VOA News",
    "Reuters", "Associated Press", "AP", "The New York Times"."""
    name = " ".join(piece.split())
    words = name.casefold().split()
    if not words:
        return False
    if words[0] == "the":
        words = words[1:]
        return 0 < len(words) <= MAX_OUTLET_WORDS and words[-1] in _OUTLET_WORDS_AFTER_THE
    return (name.casefold() in _OUTLETS or bool(_OUTLET_LETTERS.match(name))
            or (len(words) <= MAX_OUTLET_WORDS and not _OUTLET_WORDS.isdisjoint(words)))


def names_no_one(piece: str) -> bool:
    """Whether a byline's piece names a job or an outlet: what the writer does or
    whom they write for, not who they are."""
    return is_role(piece) or is_outlet(piece)


def author_names(author: str) -> str:
    """The names in an author field: "Anna Fields; March 3" -> "Anna Fields",
    "Jane Smith; Health Reporter" -> "Jane Smith", "Maria Lopez, VOA News" ->
    "Maria Lopez", "Staff writer" -> "". Names keep
    the separator they had ("Anna Fields, Tom Brown and Jill Robbins")."""
    pieces = _SEPARATOR.split(author)
    kept: list[str] = []
    for index in range(0, len(pieces), 2):
        name = " ".join(pieces[index].split())
        if not name or _NOT_A_NAME.search(name) or names_no_one(name):
            continue
        if kept:
            kept.append(", " if pieces[index - 1].strip() == "," else "; ")
        kept.append(name)
    return "".join(kept)
