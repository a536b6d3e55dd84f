"""The lines printed above a story: its headline, its section, its byline and its date.

Each test reads one line alone, so the cleaner (`vocab.clean`) can ask it of any
paragraph and a web page's left-out text can be searched for a byline
(`byline_author`): whether a line looks like a headline (`looks_like_title`: short, no
full stop) or is a section's name in capitals above one (`names_a_section`), a byline
with "By" (`BYLINE`) or without it (`names_and_role`), a job or an outlet alone under
one (`only_a_role`), or a dateline (`DATELINE`). The name patterns here are shared with
the page furniture's credit lines (`vocab.page_furniture`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vocab.bylines import BYLINE_PARTS, author_names, is_role, names_no_one
from vocab.bylines import MONTH as _MONTH

# A headline: short, and never a full stop at the end (VOA and most sites).
MAX_TITLE_CHARS = 160
MAX_TITLE_WORDS = 25
# A page's section ("WORLD", "SCIENCE & HEALTH") printed in capitals above the headline.
SECTION_NAME_MAX_WORDS = 4

NAME_WORD = r"[A-Z][\w.'\u2019-]*"

# How a byline opens: "By Jane Smith", "Written by Hannah Cole".
BYLINE_OPENING = r"(?:[Ww]ritten )?(?:By|BY|by) "

# How a line of the article's prose ends: a full stop, a question or an exclamation,
# perhaps inside a quotation or brackets.
SENTENCE_END = re.compile("[.!?][\"'\u201d\u2019)\\]]*$")


# Bylines and datelines above a story: "By Anna Matteo", "December 15, 2021"; a
# byline may add the writer's job or the date after a bar or a dot ("By Jane Smith |
# Staff writer", "Written by Hannah Cole • March 3, 2025"), which `author_names`
# leaves out of the author.
# A local paper's byline may end with the writer's address ("By Tom Baker
# tbaker@gazette.example", "By Tom Baker, Email: tbaker@gazette.example", "By Tom Baker
# (tbaker@gazette.example)"), which is no part of the author.
EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_ADDRESS_AFTER = rf"(?i:e-?mail\s*:?\s*)?\(?{EMAIL_ADDRESS}\)?"
BYLINE = re.compile(rf"^{BYLINE_OPENING}({NAME_WORD}(?:(?: |, | and ){NAME_WORD}){{0,7}}"
                    rf"(?: ?[{BYLINE_PARTS}] ?[^{BYLINE_PARTS}]+){{0,3}}?)"
                    rf"(?:(?:,| ?[{BYLINE_PARTS}])? {_ADDRESS_AFTER})?$")
# The writer's address on a line of its own under the byline.
_ADDRESS_LINE = re.compile(rf"^{_ADDRESS_AFTER}$")
# A byline without "By": names and a job title ("Jane Smith | Staff writer").
_NAMES = re.compile(rf"^{NAME_WORD}(?:(?: | and ){NAME_WORD}){{1,5}}$")
# A weekday may open it, in full or as the Guardian shortens it ("Fri 3 May 2024").
_DATE = (r"(?:[A-Z][a-z]+day,? |(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?"
         rf"(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}}"
         r"|\d{4}-\d{2}-\d{2})")
# "March 5, 2024"; also "Published March 4, 2024 | Updated March 5, 2024" (the
# publication date is what is kept), and with the reading time after it
# ("Published July 14, 2025 · 5 min read", QA2 walk-through).
# A clock time beside a date: "4:12 PM EDT", "13:54", "9:30 a.m. ET".
_TIME = r"\d{1,2}[:.]\d{2}(?: ?[AaPp]\.? ?[Mm]\.?)?(?: [A-Z]{2,4})?(?: [Uu]pdated ago)?"
# Also "Updated 4:12 PM EDT, May 3, 2024" (AP) and "15 Dec, 2021 13:54" (RT): the
# time is no part of the date kept (a teacher's copied news pages, QA7).
DATELINE = re.compile(
    rf"^(?:(?:Published|Posted|(?:Last )?Updated)(?: on)?:? )?(?:{_TIME},? )?(?P<date>{_DATE})"
    rf"(?:,? {_TIME})?"
    rf"(?: ?[|\u00b7\u2022] ?(?:Last )?[Uu]pdated(?: on)?:? {_DATE})?"
    r"(?: ?[|\u00b7\u2022] ?\d{1,3}[- ]?min(?:ute)?s?\.? read)?$"
)


# "By Maria Elena Lopez Garcia"; and with "and": "By Anna Fields and Tom Brown".
MAX_BYLINE_NAME_WORDS = 5


def byline_author(lines: Iterable[str]) -> str:
    """The author of the first byline among ``lines`` ("By Leo Brandt | Arts
    Correspondent"): a web page's text its extractor left out holds the byline it put
    in a box of its own, which the page's metadata may not name. Out of the story,
    a line in capitals is a byline only when its names are few: "By Continuing To Use
    This Site You Agree" is a cookie banner."""
    for line in lines:
        byline = BYLINE.match(line.strip())
        if byline and len(re.split(f"[{BYLINE_PARTS}]", byline.group(1))[0].split()) \
                <= MAX_BYLINE_NAME_WORDS:
            return author_names(byline.group(1))
    return ""


# A story's date is in its header: a date further down a page's left-out text is a
# related story's or the footer's.
MAX_LEFT_OUT_LINES_FOR_DATE = 40


def dateline_date(lines: Iterable[str]) -> str:
    """The date of the first dateline among the first of ``lines`` ("Updated 4:12 PM
    EDT, May 3, 2024"): a web page's left-out text holds the date line its extractor
    put aside, which the page's metadata may not give (QA7: an AP-style page had none)."""
    for at, line in enumerate(lines):
        if at >= MAX_LEFT_OUT_LINES_FOR_DATE:
            break
        found = DATELINE.match(line.strip())
        if found:
            return found.group("date")
    return ""


def only_an_address(line: str) -> bool:
    """Whether a line is an e-mail address alone ("mlopez@courier.example", "Email:
    mlopez@courier.example"): under a byline, the writer's."""
    return bool(_ADDRESS_LINE.match(line))


def only_a_role(line: str, *, or_outlet: bool = False) -> bool:
    """A byline that names only a job ("Staff Reporter"), or with `or_outlet` an outlet
    ("VOA News"), not a sentence. An outlet's name alone is a byline's only under one:
    elsewhere in the header it may be a section's name or a subtitle."""
    names_a_job = names_no_one(line) if or_outlet else is_role(line)
    return names_a_job and not SENTENCE_END.search(line)


def names_and_role(line: str) -> bool:
    """Whether a line is a byline without "By": names and a job title or outlet,
    parted by a bar, semicolon or comma ("Jane Smith | Staff writer", "Jane Smith,
    Health Reporter", "Maria Lopez | Reuters")."""
    pieces = [piece.strip() for piece in re.split(r"[|;,]", line)]
    roles = [piece for piece in pieces if names_no_one(piece)]
    return (len(pieces) > 1 and 0 < len(roles) < len(pieces)
            and all(_NAMES.match(piece) for piece in pieces if piece not in roles))


# The words of a news site's sections ("Local news", "Weather", "Science & Health"):
# above the headline such a line heads the page, not the story, in whatever case.
_SECTION_WORDS = frozenset({
    "news", "local", "world", "national", "international", "politics", "business",
    "economy", "money", "sport", "sports", "weather", "science", "health", "technology",
    "tech", "culture", "arts", "opinion", "environment", "climate", "education",
    "entertainment", "lifestyle", "travel", "food", "music", "books", "film", "features",
    "analysis", "latest", "breaking", "live", "us", "uk", "europe", "africa", "asia",
    "americas", "middle", "east", "&", "and", "home", "region", "regional", "metro",
    "city", "nation", "society", "media", "crime", "justice", "law"})


def names_a_section(line: str, next_line: str) -> bool:
    """Whether ``line`` is a page's section printed above its headline ``next_line``:
    in capitals ("SCIENCE & HEALTH"), or of a section's words alone ("Local news")."""
    words = line.casefold().replace("/", " ").split()
    named = line.isupper() or all(word.strip(":|>") in _SECTION_WORDS for word in words)
    return (named and len(line.split()) <= SECTION_NAME_MAX_WORDS
            and looks_like_title(next_line) and not next_line.isupper()
            and len(next_line) > len(line))


def looks_like_title(line: str) -> bool:
    """Short, and not ended like a sentence (a question or exclamation may be a title)."""
    line = line.strip()
    return (
        0 < len(line) <= MAX_TITLE_CHARS
        and len(line.split()) <= MAX_TITLE_WORDS
        and line[-1] not in ".,;:"
    )
