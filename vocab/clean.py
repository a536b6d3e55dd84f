"""Plain text to the parts of an article: title, paragraphs, glossary, and what was removed.

The clutter rules are deliberately narrow: each matches a whole line (or paragraph)
that is short and made of the typical phrase, so ordinary sentences that mention
"comments" or "read more" survive. Everything removed is kept, in order, so the app
can show it on request. `clean_text` runs the passes over a text's numbered lines
(`Piece`): data lines, the comment footer, a forwarded e-mail's header, teasers,
share bars, page furniture (whose rules are in `vocab.page_furniture`), VOA's glossary,
hard-wrapped paragraphs, and the header's byline, date and headline (recognised in
`vocab.story_header`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vocab.bylines import author_names
from vocab.data_lines import data_lines
from vocab.list_items import item_indents, nested_items
from vocab.models import GlossaryEntry
from vocab.page_furniture import (
    CLOSING_QUESTION,
    FOOTER,
    LIKE_HEADING,
    LIKES_LOADING,
    LONE_NETWORK,
    LONE_PHOTO_CREDIT,
    SHARE_BUTTON_LINE,
    TEASER_MARKER,
    is_furniture,
)
from vocab.story_header import (
    BYLINE,
    DATELINE,
    SENTENCE_END,
    looks_like_title,
    names_a_section,
    names_and_role,
    only_a_role,
    only_an_address,
)
from vocab.voa_glossary import split_glossary

# --- Sizes that tell clutter from prose -------------------------------------

# Text cut at a comment counter is only dropped when this much article comes before
# it; otherwise a counter at the top of a blog post would swallow the whole post.
MIN_ARTICLE_WORDS_BEFORE_FOOTER = 40
# Hard-wrapped text (e-mails, Gutenberg) fills lines to a margin of 60-80 columns; a
# line filled to this share of the block's widest line continues on the next one.
WRAP_MIN_WIDTH = 40
WRAP_MAX_WIDTH = 100
WRAP_FILL = 0.6
# A teaser for another story is a headline and perhaps a captioned photo.
TEASER_BLOCKS = 2
TEASER_MAX_WORDS = 15
# A repeated headline (VOA prints the audio title under the photo) shares this many
# of the title's words; it is looked for only before the first real paragraph.
REPEATED_TITLE_OVERLAP = 0.8
PROSE_MIN_WORDS = 20

# Text copied from a terminal keeps its colour codes ("\x1b[1m"); they are not words.
_TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
# Characters a reader cannot see: BOM, zero-width spaces and joiners, C0/C1 controls
# other than the whitespace ones (tabs and form feeds become spaces later).
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")

# A line or paragraph with the number of the text line it starts on, so removed
# pieces can be reported in reading order whichever rule removed them.
Piece = tuple[int, str]


@dataclass(frozen=True)
class CleanText:
    """What the cleaner made of a text: paragraphs are single lines without clutter."""

    title: str
    paragraphs: tuple[str, ...]
    removed: tuple[str, ...]
    glossary: tuple[GlossaryEntry, ...]
    author: str = ""
    published: str = ""
    # Lines of code or encoded data left out: counted, not kept (a pasted attachment
    # is megabytes of them).
    data_lines: int = 0


def clean_text(text: str, *, title: str | None = None) -> CleanText:
    """Split ``text`` into title, paragraphs and glossary, removing page clutter.

    ``title`` is the title a format already gave (Markdown ``#``, HTML ``<title>``);
    None means the first paragraph is the title when it is short and has no final
    full stop. Cleaning a cleaned body changes nothing: passes repeat until one
    removes nothing (removing one piece can make its neighbours recognisable).
    """
    result = _clean_once(text, title)
    while True:
        again = _clean_once("\n\n".join(result.paragraphs), result.title)
        if len(again.paragraphs) >= len(result.paragraphs):
            return result
        result = CleanText(
            title=result.title,
            paragraphs=again.paragraphs,
            removed=result.removed + again.removed,
            glossary=result.glossary + again.glossary,
            author=result.author or again.author,
            published=result.published or again.published,
            data_lines=result.data_lines + again.data_lines,
        )


def _clean_once(text: str, title: str | None) -> CleanText:
    """One pass of the cleaner; see ``clean_text``."""
    removed: list[Piece] = []
    text, data_count = _without_data(normalise(text))
    text = _cut_footer(text, removed)
    lines = text.split("\n")  # as written: a menu's items are parted by wide spaces
    # Every rule reads a line without its spaces; a sub-list's item gets its indent back.
    indents = item_indents(lines)
    blocks, subject = _without_email_header(_blocks(text), removed)
    if title is None and subject:
        title = subject  # a forwarded e-mail's subject is its story's headline
    blocks = _without_teasers(blocks, removed)
    # Lines that go though no rule matches them alone: a share bar's network names,
    # and a caption over its photo's credit.
    pieces = [piece for block in blocks for piece in block]
    share_bar = _share_bar_lines(blocks) | _captions_over_credits(pieces) | {
        piece[0] for piece, after in zip(pieces, pieces[1:], strict=False)
        if LIKE_HEADING.match(piece[1]) and LIKES_LOADING.match(after[1])}
    blocks = [_tidy(block, removed, share_bar) for block in blocks]
    # The glossary is looked for once the clutter is gone, so a stray "Read more"
    # between the header and the entries cannot hide it.
    blocks, glossary = _split_glossary(blocks)
    paragraphs = [para for block in blocks for para in _paragraphs(block)]
    paragraphs = [para for para in paragraphs if not _drop(para, is_furniture(para[1]), removed)]
    paragraphs = [_without_trailing_link(para, removed) for para in paragraphs]
    paragraphs, author, published = _header_details(paragraphs, removed,
                                                    headline_given=title is not None)
    if title is None:
        paragraphs = _without_leading_menu(paragraphs, removed, lines)
        title, paragraphs = _first_paragraph_title(paragraphs, removed)
    elif len(paragraphs) > 1 and names_a_section(paragraphs[0][1], title):
        removed.append(paragraphs[0])  # a page's section above its (given) headline
        paragraphs = paragraphs[1:]
    title = _one_line(title)
    paragraphs = _without_repeated_title(paragraphs, title, removed)
    paragraphs = _without_pull_quotes(paragraphs, removed)
    if paragraphs and CLOSING_QUESTION.match(paragraphs[-1][1]):
        removed.append(paragraphs.pop())
    return CleanText(
        title=title,
        paragraphs=tuple(nested_items(paragraphs, indents)),
        removed=tuple(piece for _, piece in sorted(removed, key=lambda item: item[0])),
        glossary=glossary,
        author=author,
        published=published,
        data_lines=data_count,
    )


# A photo's caption is a sentence or two; a paragraph of the story runs longer.
MAX_CAPTION_WORDS = 40
# The buttons around a caption (NPR): "Enlarge this image" above, "hide caption" below.
_CAPTION_BUTTON = re.compile(r"(?i:enlarge this image|(?:hide|show|toggle) caption)$")


def _captions_over_credits(pieces: list[Piece]) -> set[int]:
    """The line numbers of the captions right above a photo's credit on its own line,
    between a caption's buttons ("Enlarge this image", "Frost damaged many of the
    blossoms.", "Jenny Kane/AP", "hide caption", as an NPR page is copied, QA7). The
    buttons tell a caption from a story's paragraph above a stray credit."""
    found: set[int] = set()
    for at in range(len(pieces) - 1):
        caption, credit = pieces[at][1], pieces[at + 1][1]
        before = pieces[at - 1][1] if at else ""
        after = pieces[at + 2][1] if at + 2 < len(pieces) else ""
        if (LONE_PHOTO_CREDIT.match(credit) and len(caption.split()) <= MAX_CAPTION_WORDS
                and (_CAPTION_BUTTON.match(before) or _CAPTION_BUTTON.match(after))):
            found.add(pieces[at][0])
    return found


def _without_data(text: str) -> tuple[str, int]:
    """``text`` with its lines of code or encoded data blank, and how many there were.

    A blank line in their place parts the prose around them, as a blank line would.
    Page furniture that also looks like data (a rule of underscores) stays, for the
    clutter rules to remove and count as clutter.
    """
    lines = text.split("\n")
    data = {at for at in data_lines(lines) if not is_furniture(_one_line(lines[at]))}
    if not data:
        return text, 0
    return "\n".join("" if at in data else line for at, line in enumerate(lines)), len(data)


def normalise(text: str) -> str:
    """``\\n`` line ends; no BOM, zero-width or control characters; no trailing spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", _TERMINAL_ESCAPE.sub("", text))
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _blocks(text: str) -> list[list[Piece]]:
    """Runs of non-blank lines, each line with its spaces collapsed."""
    blocks: list[list[Piece]] = []
    current: list[Piece] = []
    for number, line in enumerate(text.split("\n")):
        tidy = _one_line(line)
        if tidy:
            current.append((number, tidy))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _drop(piece: Piece, is_clutter: bool, removed: list[Piece]) -> bool:
    if is_clutter:
        removed.append(piece)
    return is_clutter


def _cut_footer(text: str, removed: list[Piece]) -> str:
    """The text before the first comment widget, when enough article comes before it.

    Everything from the widget on (counters, another story glued to the page, its
    glossary) is removed. A widget too early to end the article is left for
    ``_tidy`` to remove alone.
    """
    lines = text.split("\n")
    words_before = 0
    for at, line in enumerate(lines):
        line = line.strip()
        if FOOTER.match(line) and words_before >= MIN_ARTICLE_WORDS_BEFORE_FOOTER:
            removed.extend(
                (number, _one_line(rest))
                for number, rest in enumerate(lines[at:], start=at)
                if rest.strip()
            )
            return "\n".join(lines[:at])
        # Only sentences count: a menu, a byline, a caption and share buttons had made
        # 40 words above a counter at the top, which then cut the story away.
        if SENTENCE_END.search(line) and not is_furniture(line):
            words_before += len(line.split())
    return text


def _split_glossary(
    blocks: list[list[Piece]],
) -> tuple[list[list[Piece]], tuple[GlossaryEntry, ...]]:
    """The blocks without VOA's "Words in This Story" sections, and their entries.

    A page may repeat the section (print and web layouts); every copy leaves the body.
    """
    entries: tuple[GlossaryEntry, ...] = ()
    while True:
        lines: list[Piece | None] = []  # None stands for the blank line between blocks
        for block in blocks:
            lines.extend([*block, None])
        section = split_glossary("\n".join(piece[1] if piece else "" for piece in lines))
        if section is None:
            return blocks, entries
        entries = section.entries + entries
        blocks = _regroup(lines[: section.start] + [None] + lines[section.end :])


def _regroup(lines: list[Piece | None]) -> list[list[Piece]]:
    """Blocks of lines again, split where the blank lines (None) are."""
    blocks: list[list[Piece]] = [[]]
    for piece in lines:
        if piece is None:
            blocks.append([])
        else:
            blocks[-1].append(piece)
    return [block for block in blocks if block]


# A forwarded e-mail's header above the story a teacher forwards: the forwarding line
# ("---------- Forwarded message ---------", "-----Original Message-----", "Begin
# forwarded message:") and the header's fields, "Subject:" naming the story.
_FORWARDED = re.compile(r"(?i:-*\s*(?:forwarded message|original message"
                        r"|begin forwarded message:?)\s*-*)$")
_EMAIL_FIELD = re.compile(r"(?i:(?:from|sent|date|to|cc|bcc|reply-to|subject)\s*:)")
_SUBJECT = re.compile(r"(?i:subject\s*:\s*(?:(?:fwd?|re)\s*:\s*)*)(?P<subject>.+)$")
# From, To and Subject at least: two fields alone may be a story's ("Date: May 3").
MIN_EMAIL_FIELDS = 3


def _without_email_header(blocks: list[list[Piece]],
                          removed: list[Piece]) -> tuple[list[list[Piece]], str]:
    """The blocks without a forwarded e-mail's header at the top, and its subject (the
    story's headline, "Fwd:" taken off): the header had been the title, glued into one
    line ("---------- Forwarded message --------- From: Daily News Digest...")."""
    count = 0
    while count < len(blocks) and all(_FORWARDED.match(line) or _EMAIL_FIELD.match(line)
                                      for _, line in blocks[count]):
        count += 1
    header = [piece for block in blocks[:count] for piece in block]
    fields = [line for _, line in header if _EMAIL_FIELD.match(line)]
    if len(fields) < MIN_EMAIL_FIELDS and not (fields and _FORWARDED.match(header[0][1])):
        return blocks, ""
    removed.extend(header)
    subject = next((found.group("subject") for line in fields
                    if (found := _SUBJECT.match(line))), "")
    return blocks[count:], subject.strip()


def _joined(block: list[Piece]) -> Piece:
    """The lines of a block as one, a word broken at the margin made whole again."""
    text = block[0][1]
    for _, line in block[1:]:
        if _BROKEN_WORD.search(text) and line[:1].islower():
            text = text[:-1] + line if _WORD_ENDINGS.match(line) else text + line
        else:
            text = f"{text} {line}"
    return block[0][0], text


def _without_teasers(blocks: list[list[Piece]], removed: list[Piece]) -> list[list[Piece]]:
    """The blocks without "Read more" markers and the teasers for other stories after them.

    The teaser (headline, photo caption) fills the rest of the marker's block; when the
    marker stands alone (web pages put each line in its own block), the headline-like
    lines right after it are the teaser.
    """
    kept: list[list[Piece]] = []
    teaser_blocks_left = 0
    topics = False  # after "Related topics": every short topic name, however many
    for block in blocks:
        if ((teaser_blocks_left or (topics and _is_topic(block[0][1]))) and len(block) == 1
                and _is_teaser(block[0][1])):
            removed.append(block[0])
            teaser_blocks_left = max(0, teaser_blocks_left - 1)
            continue
        teaser_blocks_left = 0
        topics = False
        markers = [at for at, (_, line) in enumerate(block) if TEASER_MARKER.match(line)]
        if not markers:
            kept.append(block)
            continue
        removed.extend(block[markers[0] :])
        kept.append(block[: markers[0]])
        if markers[0] == len(block) - 1:
            teaser_blocks_left = TEASER_BLOCKS
            topics = "topic" in block[markers[0]][1].lower()
    return kept


def _is_topic(line: str) -> bool:
    """A topic's name in a list of them: a few words, no sentence ("Climate crisis")."""
    return len(line.split()) <= MENU_ITEM_WORDS and not SENTENCE_END.search(line)


# A link to the rest of a story left at the end of a paragraph, after its last
# sentence: "...said a local firefighter. Read more" (QA walk-through). Only after a
# sentence's end: "Students should read more" is prose.
_TRAILING_LINK = re.compile(
    r"[.!?][\"'\u201d\u2019)\]]*(?P<link>\s+(?i:read more|continue reading)\W*)$")


def _without_trailing_link(piece: Piece, removed: list[Piece]) -> Piece:
    found = _TRAILING_LINK.search(piece[1])
    if found is None:
        return piece
    removed.append((piece[0], found.group("link").strip()))
    return piece[0], piece[1][: found.start("link")]


def _is_teaser(line: str) -> bool:
    headline = len(line.split()) <= TEASER_MAX_WORDS and looks_like_title(line)
    return headline or is_furniture(line)


def _share_bar_lines(blocks: list[list[Piece]]) -> set[int]:
    """The numbers of the lines that are a network's name alone beside share buttons.

    A share bar prints one button a line ("Share", "Facebook", "Twitter", "Email"),
    in one block or one to a block; a run of such lines with a share button in it is
    a bar, so its lone network names go too (QA walk-through: "Facebook" and
    "Twitter" stayed in the story, "Twitter" glossed as "a series of chirps").
    """
    found: set[int] = set()
    run: list[Piece] = []
    for piece in [*(piece for block in blocks for piece in block), (-1, "")]:
        if LONE_NETWORK.match(piece[1]) or SHARE_BUTTON_LINE.match(piece[1]):
            run.append(piece)
            continue
        if any(SHARE_BUTTON_LINE.match(line) for _, line in run):
            found.update(number for number, line in run if LONE_NETWORK.match(line))
        run = []
    return found


def _tidy(block: list[Piece], removed: list[Piece], share_bar: set[int]) -> list[Piece]:
    """The lines of a block that are not furniture, comment widgets or share buttons."""
    return [
        piece
        for piece in block
        if not _drop(piece, is_furniture(piece[1]) or bool(FOOTER.match(piece[1]))
                     or piece[0] in share_bar, removed)
    ]


def _paragraphs(lines: list[Piece]) -> list[Piece]:
    """Lines joined into paragraphs where the text was hard-wrapped at a margin."""
    if not lines:
        return []
    width = max(len(line) for _, line in lines)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return list(lines)
    paragraphs: list[Piece] = []
    current: list[Piece] = []
    for piece in lines:
        if BYLINE.match(piece[1]) or DATELINE.match(piece[1]):
            # A header's byline and date stand alone: joined, the headline above them
            # was "City Gardens Help... By Laura Bennett Published March 4, 2024" (QA
            # walk-through: a page whose header lines have no blank line between them).
            if current:
                paragraphs.append(_joined(current))
            paragraphs.append(piece)
            current = []
            continue
        if _LIST_ITEM.match(piece[1]) and current:
            paragraphs.append(_joined(current))  # "...the change:" then "- more time"
            current = []
        current.append(piece)
        if len(piece[1]) < WRAP_FILL * width and not _BROKEN_WORD.search(piece[1]):
            paragraphs.append(_joined(current))
            current = []
    if current:
        paragraphs.append(_joined(current))
    return paragraphs


# A list's item on a line of its own: "- fewer days of driving", "• happier", "2. more".
_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u2013]|\d{1,2}[.)])\s")
# A word broken at the margin: "The education depart-" / "ment will study".
_BROKEN_WORD = re.compile(r"[A-Za-z]-$")
# Endings that make the second half of a broken word no word of its own ("depart-ment",
# "educa-tion"): the hyphen was the margin's; else it is the word's ("well-known").
_WORD_ENDINGS = re.compile(
    r"^(?:ment|ments|tion|tions|sion|sions|ing|ings|ed|ly|ness|ity|ities|al|er|ers|ance"
    r"|ence|ous|ive|able|ible|ure|ures|ist|ists|ism|ize|ized|ise|ised|ful|less|ship|hood"
    r"|age|ant|ants|ent|ents|ic|ical|ary|ory|ies|es|s|y|ion|ions|ate|ated|ation)\b")


def _header_details(paragraphs: list[Piece], removed: list[Piece], *,
                    headline_given: bool) -> tuple[list[Piece], str, str]:
    """Paragraphs without the byline and date printed above the story, and what they say.

    Without a given headline the first paragraph may be one, and a headline in
    capitals reads like names ("Meet Jane Smith, Our New Health Reporter"): only a
    byline that says "By" is looked for there.
    """
    first_byline_index = 0 if headline_given else 1
    author = published = ""
    kept: list[Piece] = []
    in_header = True
    after_byline = False
    for index, piece in enumerate(paragraphs):
        text = piece[1]
        in_header = in_header and len(text.split()) < PROSE_MIN_WORDS
        byline = BYLINE.match(text) if in_header and not author else None
        may_be_byline = in_header and not author and index >= first_byline_index
        if byline or (may_be_byline and names_and_role(text)):
            # "By Staff Writer" names no one: the line goes, and no author is kept.
            author = author_names(byline.group(1) if byline else text)
            after_byline = True
            removed.append(piece)
            continue
        if in_header and (after_byline or may_be_byline) and (only_a_role(
                text, or_outlet=after_byline) or (after_byline and only_an_address(text))):
            # "Health Reporter", "VOA News" or the writer's address under "By Jane
            # Smith", or a job alone
            after_byline = False
        elif in_header and not published and (date := DATELINE.match(text)):
            published = date.group("date")
        else:
            after_byline = False
            kept.append(piece)
            continue
        removed.append(piece)
    return kept, author, published


# A menu's item: a few words, no sentence's end ("Home", "World News").
MENU_ITEM_WORDS = 3
MIN_MENU_ITEMS = 2


def _without_leading_menu(paragraphs: list[Piece], removed: list[Piece],
                          lines: list[str]) -> list[Piece]:
    """Paragraphs without the menu a whole page copied brings above its headline
    ("Home", "News", "Sport", then the headline: "Home" had been the title, QA7): at
    least two short items in a row at the top, then a longer headline-like line. One
    short line stays: a headline may be short ("Frost!"). ``lines`` are the text's
    lines as written, where a menu's items on one line are parted by wide spaces."""
    count = items = 0
    for number, text in paragraphs:
        found = _menu_items(text) or _spaced_menu_items(text, lines[number])
        if not found:
            break
        count += 1
        items += found
    if items < MIN_MENU_ITEMS or count == len(paragraphs):
        return paragraphs
    headline = paragraphs[count][1]
    if not looks_like_title(headline) or len(headline.split()) <= MENU_ITEM_WORDS:
        return paragraphs
    removed.extend(paragraphs[:count])
    return paragraphs[count:]


# Links copied from a menu with nothing between them: "HomeWorld NewsBusinessSport".
_GLUED_ITEMS = re.compile(r"[a-z][A-Z]")
MAX_GLUED_MENU_WORDS = 12


def _menu_items(text: str) -> int:
    """How many of a menu's items a line at the top of a text is: one for a short line
    with no sentence's end, one more for each place two links were glued ("NPRNewsMusic");
    0 for anything else."""
    if SENTENCE_END.search(text):
        return 0
    words = len(text.split())
    glued = len(_GLUED_ITEMS.findall(text))
    if words <= MENU_ITEM_WORDS:
        return 1 + glued
    # Two joins at least: a headline may have one ("McDonald's Opens...").
    return 1 + glued if glued >= MIN_MENU_ITEMS and words <= MAX_GLUED_MENU_WORDS else 0


# A menu copied as one line parts its items with wide spaces or tabs ("Home    World
# Business    Sport"), or spaces out each item's letters ("H O M E   W O R L D"). So
# many items: a headline typed with a double space or two is no menu.
MIN_SPACED_MENU_ITEMS = 4
_WIDE_SPACE = re.compile(r" {2,}|\t")
# Spaced-out letters: most of a line's "words" are one letter.
SPACED_LETTERS_SHARE = 0.8


def _spaced_menu_items(text: str, line: str) -> int:
    """How many of a menu's items a line at the top of a text is when its items are
    parted by wide spaces or its letters spaced out (a spaced-out menu had been the
    title); 0 for anything else."""
    if SENTENCE_END.search(text) or _one_line(line) != text:
        return 0
    words = text.split()
    if (len(words) >= MIN_SPACED_MENU_ITEMS
            and sum(len(word) == 1 for word in words) >= SPACED_LETTERS_SHARE * len(words)):
        return max(MIN_MENU_ITEMS, len(_WIDE_SPACE.split(line.strip())))
    items = _WIDE_SPACE.split(line.strip())
    if len(items) >= MIN_SPACED_MENU_ITEMS and all(
            len(item.split()) <= MENU_ITEM_WORDS for item in items):
        return len(items)
    return 0


def _first_paragraph_title(paragraphs: list[Piece],
                           removed: list[Piece]) -> tuple[str, list[Piece]]:
    """The first paragraph as title when it reads like a headline; else no title. A
    section's name in capitals above the headline ("SCIENCE & HEALTH") is removed."""
    if len(paragraphs) > 1 and names_a_section(paragraphs[0][1], paragraphs[1][1]):
        removed.append(paragraphs[0])
        paragraphs = paragraphs[1:]
    if paragraphs and looks_like_title(paragraphs[0][1]) and not (
        len(paragraphs) > 1 and _runs_on(paragraphs[0][1], paragraphs[1][1])
    ):
        return paragraphs[0][1], paragraphs[1:]
    return "", paragraphs


# A paragraph opening with a word in lower case ("from far away...") goes on with the
# sentence above it: a broken page's "<p>... people came</p> from far away" had made
# "... people came" the story's headline, out of the text read.
_RUNS_ON = re.compile(r"[a-z]+\b(?![.'\u2019-])")
# Broken off mid-sentence, a first line is a clause ending on a word in lower case; a
# short or title-cased line over a story written in lower case ("Market Day") is still
# its headline.
_CLAUSE_MIN_WORDS = 6


def _runs_on(first: str, second: str) -> bool:
    words = first.split()
    return (
        bool(_RUNS_ON.match(second))
        and len(words) >= _CLAUSE_MIN_WORDS
        and words[-1][:1].islower()
    )


# A pull quote is a sentence or more: a shorter line inside a paragraph is a heading's
# words or a name ("Who pays", "Rosa Delgado").
PULL_QUOTE_MIN_WORDS = 6
_PULL_QUOTE_END = tuple('.!?"\u201d\u2019')


def _without_pull_quotes(paragraphs: list[Piece], removed: list[Piece]) -> list[Piece]:
    """Paragraphs without a pull quote: a sentence the page sets large between the
    paragraphs, which the story's own paragraph says again in full ("Cycling should
    be safe for everyone," said ...). A learner read it twice, the first time without
    who said it (QA pages)."""
    letters = [_letters(text) for _, text in paragraphs]
    # All paragraphs' letters in one string, each between separators: a quotation is
    # looked for once in it, where it was compared with each other paragraph in turn
    # (4,760 paragraphs of a long page: 11 million comparisons, ~1.3 s).
    joined = "\0" + "\0".join(letters) + "\0"
    kept: list[Piece] = []
    for at, piece in enumerate(paragraphs):
        text = piece[1].strip()
        quote = (len(text.split()) >= PULL_QUOTE_MIN_WORDS and text.endswith(_PULL_QUOTE_END)
                 and not text.startswith(("-", "*", "\u2022"))  # a list's item
                 and _inside_another(letters[at], letters, joined))
        if not _drop(piece, quote, removed):
            kept.append(piece)
    return kept


def _inside_another(quoted: str, letters: list[str], joined: str) -> bool:
    """Whether ``quoted`` is part of a longer paragraph's ``letters`` (``joined``, each
    between NULs): found anywhere but as a whole paragraph (itself or a copy)."""
    if not quoted:
        return any(letters_of for letters_of in letters)
    at = joined.find(quoted)
    while at >= 0:
        if joined[at - 1] != "\0" or joined[at + len(quoted)] != "\0":
            return True
        at = joined.find(quoted, at + 1)
    return False


def _letters(text: str) -> str:
    """``text``'s letters and digits in lower case: a quotation compared without its
    marks, whose commas and stops differ when it is quoted ("... brave." / "... brave,")."""
    return "".join(character for character in text.casefold() if character.isalnum())


def _without_repeated_title(
    paragraphs: list[Piece], title: str, removed: list[Piece]
) -> list[Piece]:
    """Paragraphs without copies of the headline printed above the story's first paragraph."""
    title_words = _words(title)
    if not title_words:
        return paragraphs
    kept: list[Piece] = []
    in_header = True
    for piece in paragraphs:
        in_header = in_header and len(piece[1].split()) < PROSE_MIN_WORDS
        if not _drop(piece, in_header and _repeats(piece[1], title_words), removed):
            kept.append(piece)
    return kept


def _repeats(para: str, title_words: set[str]) -> bool:
    words = _words(para)
    shared = len(words & title_words) / len(title_words)
    return (
        looks_like_title(para)
        and len(words) <= len(title_words) + 3
        and shared >= REPEATED_TITLE_OVERLAP
    )


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))
