"""The one way in for texts: files, stdin bytes or strings become a clean ``Article``.

``load_article(path)`` reads a ``.txt``, ``.md`` or ``.html`` file; the app and the CLI
never read article files themselves. Bad input raises ``ArticleError`` with one plain
sentence the CLI can print as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from vocab.bylines import author_names
from vocab.clean import clean_text
from vocab.models import Article, ArticleError, Span
from vocab.page_kinds import EMPTY_PAGE, behind_a_paywall, not_a_story
from vocab.story_header import byline_author, dateline_date
from vocab.text_encodings import without_mojibake
from vocab.text_language import other_language
from vocab.text_script import other_script
from vocab.textfile import (
    Format,
    decode_text,
    format_of,
    is_feed,
    read_limited,
    read_stream,
    sniff_format,
    to_plain_text,
)

PARAGRAPH_SEPARATOR = "\n\n"
STDIN_SOURCE = "<stdin>"
# What a text without a file or address is called in what the learner is told.
PASTED_TEXT = "The pasted text"
# Seeds ship as package data in the ``seeds`` package, beside ``vocab``.
SEED_PACKAGE = "seeds"
SEED_SUFFIXES = (".txt", ".md", ".html")
# What the library shows as a bundled article's source: its file name means nothing
# to a learner.
SEED_SOURCE = "sample article"
# A text without a headline is named by its first words.
UNTITLED_WORDS = 8


# Past this a text is a book, not an article: 50,000 words take ~2.6 s and ~275 MB to
# analyse (`reader analyze`), 150,000 words 10 s and 630 MB, and 4.5 MB of text
# (800,000 words) took 35 s and 1.4 GB in the app. News stories are a few thousand.
MAX_ARTICLE_WORDS = 50_000


def load_article(path: Path | str) -> Article:
    """The clean article in the file at ``path`` (``.txt``, ``.md`` or ``.html``).

    Other suffixes are read as text, or as HTML when the text starts like a page.
    """
    path = Path(path)
    data = read_limited(path)
    text = decode_text(data, str(path))
    return article_from_text(text, source=str(path), fmt=format_of(path, text))


def article_from_stream(
    stream: BinaryIO, source: str = STDIN_SOURCE, fmt: Format | None = None
) -> Article:
    """The article in a byte stream such as ``sys.stdin.buffer``, read up to the size limit."""
    return article_from_bytes(read_stream(stream, source), source, fmt)


def article_from_bytes(
    data: bytes, source: str = STDIN_SOURCE, fmt: Format | None = None
) -> Article:
    """The article in ``data`` in any supported encoding; ``fmt`` None means sniff it."""
    text = decode_text(data, source)
    return article_from_text(text, source=source, fmt=fmt)


# A page's menu is a few words a line ("Home", "World news") with no sentence's end.
MENU_ITEM_WORDS = 3


def _reads_as_text(paragraph: str) -> bool:
    """Whether a paragraph is more than a menu item: more words than one, or a
    sentence's end ("Help!")."""
    return (len(paragraph.split()) > MENU_ITEM_WORDS
            or paragraph.rstrip()[-1:] in {".", "!", "?", "\"", "”", "’", "…"})


def article_from_text(text: str, source: str = "", fmt: Format | None = "txt") -> Article:
    """The article in ``text``: markup stripped (``fmt`` "md"/"html"), clutter removed.

    ``fmt`` None means "html" when the text starts like a web page, else "txt".
    """
    # Text pasted into the app's Add dialog (or piped to `reader import -`): its
    # problems had been told of "<stdin>", a name the learner never gave it.
    name = PASTED_TEXT if source in ("", STDIN_SOURCE) else source
    if not text.strip():
        raise ArticleError(f"{name} is empty.")
    # Text pasted or saved through the wrong encoding ("caf\u00c3\u00a9"): its "\u00a9" read as
    # a copyright line had taken the story's paragraphs away as clutter.
    text = without_mojibake(text)
    if is_feed(text):
        raise ArticleError(
            f"{name} is a news feed (RSS or Atom): a list of stories, not one to read. "
            "Follow it by its web address with `reader feeds add URL`, or import one of "
            "its stories.")
    fmt = fmt or sniff_format(text)
    plain = to_plain_text(text, fmt)
    if written_in := other_script(plain.text) or other_language(plain.text):
        raise ArticleError(
            f"{name} is written in {written_in}, not English: the reader is for texts in "
            "English. Import a story in English (VOA Learning English has many).")
    words = len(plain.text.split())
    if words > MAX_ARTICLE_WORDS and (plain.first_part_only or fmt == "html"):
        # A web page, read whole or already only in part: its first part, not a refusal
        # (a learner cannot split a page as a book's chapters).
        plain = replace(plain, text=_first_paragraphs(plain.text, MAX_ARTICLE_WORDS),
                        first_part_only=True)
        words = len(plain.text.split())
    if words > MAX_ARTICLE_WORDS:
        raise ArticleError(
            f"{name} is too long to read here ({words:,} words): the reader takes texts of "
            f"up to {MAX_ARTICLE_WORDS:,} words (split a book into chapters).")
    cleaned = clean_text(plain.text, title=plain.title)
    if not any(_reads_as_text(paragraph) for paragraph in cleaned.paragraphs):
        if holds := _what_it_holds(plain.text, name):
            raise ArticleError(f"{name} {holds}")
        # A consent wall is page clutter once cleaned away: what the page was says more
        # than "no article text".
        if fmt == "html" and (kind := not_a_story(plain.title or "", plain.text)):
            raise ArticleError(f"{name} {kind}")
        if cleaned.data_lines:
            raise ArticleError(f"{name} looks like code or encoded data, not text to read.")
        # Nothing was clutter, on the page or in the text: the text itself is too short.
        # A page of menus alone had been "too short to read (0 words)" (QA7).
        if not cleaned.removed and not plain.left_out:
            if fmt == "html" and not words:
                raise ArticleError(f"{name} {EMPTY_PAGE}")
            count = "1 word" if words == 1 else f"{words:,} words"
            raise ArticleError(f"{name} is too short to read ({count}): give it at least "
                               "a sentence.")
        raise ArticleError(f"{name} has no article text once page clutter is removed.")
    body, spans = join_paragraphs(cleaned.paragraphs)
    headings = _marked_headings(cleaned.paragraphs, plain.headings, fmt,
                                plain.section_headings)
    # Only a web page: a learner's own short text about JavaScript is theirs to read.
    if fmt == "html" and (kind := not_a_story(cleaned.title or plain.title or "", body)
                          or behind_a_paywall(body, cleaned.removed)):
        raise ArticleError(f"{name} {kind}")
    return Article(
        title=cleaned.title or _first_words(_without(body, spans, headings)),
        body=body,
        paragraphs=spans,
        source=source,
        removed=cleaned.removed,
        glossary=cleaned.glossary,
        author=author_names(plain.author) or cleaned.author or byline_author(plain.left_out),
        published=plain.published.strip() or cleaned.published or dateline_date(plain.left_out),
        left_out=plain.left_out,
        data_lines=cleaned.data_lines,
        headings=headings,
        first_part_only=plain.first_part_only,
    )


def _first_paragraphs(text: str, most_words: int) -> str:
    """``text``'s first lines, as many as hold ``most_words`` words or fewer (at least
    the first words of its first line)."""
    kept: list[str] = []
    count = 0
    for line in text.split("\n"):
        count += len(line.split())
        if count > most_words:
            break
        kept.append(line)
    return "\n".join(kept) if kept else " ".join(text.split()[:most_words])


# A line that is one web address alone.
_ADDRESS_LINE = re.compile(r"\s*(?:https?://|www\.)\S+\s*")
# A row of a table of data: "Ana,30,Lima", "Ana<TAB>30<TAB>Lima".
_DATA_SEPARATORS = (",", "\t", ";")
_MIN_TABLE_ROWS = 5
# What share of a text's lines must be so for the text to be said to be so.
_MOST_LINES = 0.8


def _what_it_holds(text: str, name: str) -> str:
    """What a text with no story holds, when it is something the learner can be told to
    do otherwise with: a list of web addresses, a table of data (CSV). A file of links
    and a spreadsheet's export had been "has no article text once page clutter is
    removed"."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return ""
    if sum(1 for line in lines if _ADDRESS_LINE.fullmatch(line)) >= _MOST_LINES * len(lines):
        return ("holds web addresses, not a story: import a story by its address "
                "with `reader import URL`.")
    for separator in _DATA_SEPARATORS:
        counts = [line.count(separator) for line in lines]
        same = max(counts.count(count) for count in set(counts))
        if name.lower().endswith((".csv", ".tsv")) or (
                len(lines) >= _MIN_TABLE_ROWS and min(counts) >= 1
                and same >= _MOST_LINES * len(lines)):
            return "is a table of data (CSV), not text to read."
    return ""


def _marked_headings(paragraphs: tuple[str, ...], marked: tuple[str, ...],
                     fmt: Format, sections: tuple[str, ...] = ()) -> tuple[int, ...]:
    """The indices of the paragraphs the source marks as headings. A web page's first
    only when it heads a section (``sections``: an <h3> over the first paragraph had
    printed as a plain line), else it is left to `Article.subheadings`: a site may set
    its standfirst in an <h2>."""
    if not marked:
        return ()
    squeezed = {"".join(text.split()) for text in marked}
    if fmt != "html":
        return tuple(n for n, paragraph in enumerate(paragraphs)
                     if "".join(paragraph.split()) in squeezed)
    opening = {"".join(text.split()) for text in sections}
    # A page's heading tags may hold its text: an old site set each paragraph in <h3>.
    return tuple(n for n, paragraph in enumerate(paragraphs)
                 if len(paragraph.split()) <= MAX_PAGE_HEADING_WORDS
                 and not paragraph.endswith((".", ",", ";"))
                 and "".join(paragraph.split()) in (squeezed if n else opening))


# The longest <h2>...<h6> of a page read as its subheading.
MAX_PAGE_HEADING_WORDS = 20


def _without(body: str, spans: tuple[Span, ...], left: tuple[int, ...]) -> str:
    """``body`` without the paragraphs ``left`` (a text's headings, which name a part of
    it, not the whole)."""
    if not left:
        return body
    return PARAGRAPH_SEPARATOR.join(body[start:end] for n, (start, end) in enumerate(spans)
                                    if n not in left)


def join_paragraphs(paragraphs: tuple[str, ...]) -> tuple[str, tuple[Span, ...]]:
    """The body text and each paragraph's (start, end) offsets in it."""
    spans: list[Span] = []
    start = 0
    for paragraph in paragraphs:
        spans.append((start, start + len(paragraph)))
        start += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(paragraphs), tuple(spans)


def _first_words(body: str) -> str:
    """The first sentence when it is short enough ("Where did the bees go?", without
    a full stop), else the first words and "…"."""
    words = body.split()
    for count, word in enumerate(words[:UNTITLED_WORDS], start=1):
        if _ends_sentence(word):
            return " ".join(words[:count]).removesuffix(".")
    title = " ".join(words[:UNTITLED_WORDS])
    return title + "…" if len(words) > UNTITLED_WORDS else title


def _ends_sentence(word: str) -> bool:
    """Whether a word ends its sentence: "costs." and "go?", not "Mr." or "U.S."."""
    if word.endswith(("?", "!")):
        return True
    stem = word.removesuffix(".")
    return stem != word and len(stem) > 3 and "." not in stem


def load_seed(path: Path) -> Article:
    """A bundled article (`bundled_seed_paths`), its source named as a sample."""
    return replace(load_article(path), source=SEED_SOURCE)


def bundled_seed_paths() -> list[Path]:
    """The articles shipped with the package, sorted by file name.

    Seeds are plain files inside the installed package (wheel or editable), so a
    real ``Path`` is returned.
    """
    folder = resources.files(SEED_PACKAGE)
    return sorted(
        Path(str(entry))
        for entry in folder.iterdir()
        if entry.is_file() and entry.name.endswith(SEED_SUFFIXES)
    )
