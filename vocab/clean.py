"""Plain text to the parts of an article: title, paragraphs, glossary, and what was removed.

The clutter rules are deliberately narrow: each matches a whole line (or paragraph)
that is short and made of the typical phrase, so ordinary sentences that mention
"comments" or "read more" survive. Everything removed is kept, in order, so the app
can show it on request.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from vocab.bylines import BYLINE_PARTS, author_names, is_role, names_no_one
from vocab.bylines import MONTH as _MONTH
from vocab.data_lines import data_lines
from vocab.models import GlossaryEntry
from vocab.voa_glossary import split_glossary

# --- Sizes that tell clutter from prose -------------------------------------

# Captions, credits and sign-offs are one or two sentences; a rule never removes a
# paragraph longer than this, whatever it matches.
MAX_CLUTTER_WORDS = 60
# A headline: short, and never a full stop at the end (VOA and most sites).
MAX_TITLE_CHARS = 160
MAX_TITLE_WORDS = 25
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
# A page's section ("WORLD", "SCIENCE & HEALTH") printed in capitals above the headline.
SECTION_NAME_MAX_WORDS = 4

_APOSTROPHE = "['\u2019]"
_NAME_WORD = r"[A-Z][\w.'\u2019-]*"


# Social networks named by share buttons.
_NETWORK = (r"(?:facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|telegram|pinterest"
            r"|threads|bluesky|instagram|youtube|tiktok|messenger|print|copy link)")


def _line(pattern: str) -> str:
    """A case-insensitive pattern that must match the whole line."""
    return rf"(?i:^(?:{pattern})$)"


# Share and print buttons: "Share", "Share on Facebook", "Share this article".
_SHARE_BUTTON = _line(
    r"(?:share|tweet|email|e-mail|print|pin it|copy link)"
    r"(?: (?:this|the) (?:article|story|page|post|video))?"
    r"(?: (?:on|via|to|with) [\w ]{1,25})?\W*"
)
# A network's name alone ("Facebook", "X"): a share button only among other share
# buttons, since a subheading or a list of apps may name one too.
_LONE_NETWORK = re.compile(_line(rf"{_NETWORK}\W*"))
_SHARE_BUTTON_LINE = re.compile(_SHARE_BUTTON)
# Up to two questions or exclamations that open a line, before a call to comment or
# write ("What do you think? ...", "Do you have a question for the teacher? ...").
_QUESTIONS_BEFORE = r"^(?:[^.!?]{1,150}[?!]\s+){0,2}"
# An e-mail address, as a call to write prints it.
_EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"

# One credit of a news story's sign-off: "Tom Green reported this story from Lagos",
# "Additional reporting by Ana Silva and Tom Green", "Editing by Jane Doe".
_NAMES_LIST = (rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"
               rf"(?:(?:,| and|, and) {_NAME_WORD}(?: {_NAME_WORD}){{0,3}})*")
_CREDIT = (rf"(?:{_NAMES_LIST} (?:reported|wrote|produced) (?:this|the) (?:story|report|article)"
           rf"(?: (?:from|in) {_NAME_WORD}(?: {_NAME_WORD}){{0,3}})?"
           rf"|(?:(?:[Aa]dditional )?[Rr]eporting|[Ee]diting) by {_NAMES_LIST})")

# How a byline opens: "By Jane Smith", "Written by Hannah Cole".
_BYLINE_OPENING = r"(?:[Ww]ritten )?(?:By|BY|by) "

# Whole-line pieces of page furniture, each with why it is not article text. They are
# joined into one pattern: one search per line instead of one per rule.
_FURNITURE_RULES = (
    # VOA's video player fallback text.
    _line(rf"your browser (?:doesn{_APOSTROPHE}t|does not) support (?:html5|video|audio)\W*"),
    # Separator rules of underscores, dashes, stars.
    r"^[_\-=*~\u2013\u2014 ]{3,}$",
    _SHARE_BUTTON,
    # The same with the networks listed: "Share this article: Facebook Twitter Email".
    _line(
        r"(?:share|follow us|find us)(?: (?:this|the) (?:article|story|page|post|video))?"
        rf"(?: on)?\W*(?:{_NETWORK}\W*)+"
    ),
    # The networks alone, as share buttons print them: "Facebook Twitter Email".
    _line(rf"{_NETWORK}(?:[\s,|/\u00b7\u2022]+{_NETWORK})+\W*"),
    # Menus: three or more short items between bars or dots ("Home | News | World",
    # "Privacy Policy | Terms of Use | Contact Us"); not a byline so parted ("By Leo
    # Brandt | Arts Correspondent | Updated 3 hours ago" lost its author, QA2).
    rf"^(?!{_BYLINE_OPENING})"
    r"[^.!?|\u00b7\u2022]{1,30}(?: ?[|\u00b7\u2022] ?[^.!?|\u00b7\u2022]{1,30}){2,}$",
    # Subscribe and follow prompts ("Sign up for our newsletter", "Follow us on X"),
    # also as an order ("Click here to subscribe to our newsletter!").
    _line(r"(?:(?:click|tap) here to |don(?:'|\u2019)?t forget to |be sure to )?"
          r"(?:subscribe|sign up|follow us|join us|get our|receive our|like us)\b.{0,80}"),
    # A post's labels: "Tags: library, Riverside, education", "Filed under: Health".
    _line(r"(?:tags|tagged|topics|filed under|categories|keywords)\s*:\s*[^.!?]{1,150}"),
    # Cookie banners: "We use cookies. Accept?", "Manage cookies", "Cookie policy".
    _line(r"(?:we use|(?:this|our) (?:site|website) uses) cookies\b.{0,200}"
          r"|(?:accept|reject|manage) (?:all )?cookies\W*"
          r"|cookie (?:settings|policy|preferences)\W*"),
    # Copyright notices: "Copyright 2024 ...", "... All rights reserved. This material
    # may not be published, broadcast, rewritten or redistributed."
    _line(r"(?:copyright|\(c\))\s*(?:©\s*)?\d{4}\b.{0,250}"),
    _line(r".{0,100}\ball rights reserved\b.{0,150}"),
    # Reading time: "· 5 min read", "3-minute read", "Reading time: 4 minutes".
    _line(r"\W*\d{1,3}[- ]?min(?:ute)?s?\.? read\W*|reading time\W+\d{1,3} min(?:ute)?s?\W*"),
    # An audio or video player's buttons and times: "Listen 00:04:12 Download MP3",
    # "Embed", "No media source currently available".
    _line(r"(?:(?:listen|download|mp3|embed|direct link|play|pause|\d{1,2}(?::\d{2}){1,2})"
          r"\W*){1,8}|no media source currently available\W*"),
    # VOA's quiz link and the lines around it: "Quiz - Farmers Turn to Ancient
    # Methods", "Start the quiz to find out.", "... Write to us in the Comments Section."
    _line(r"quiz\s*[-\u2013\u2014:]\s*.{1,150}|(?:start|take) (?:the |our |this )?quiz\b.{0,40}"),
    _line(r".{0,200}\bwrite to us in the comments section\W*"),
    # A call to comment that ends a line: "What do you think? Tell us in the comments
    # section below.", "Let us know ... in the comments.", "Leave your answer in the
    # comments!" (a sentence that goes on after "comments" is the story's). Only
    # questions may come before it on the line: a line is kept or removed whole, and
    # a statement before it is the story's ("I hope this helps, Kyosuke. Do you have a
    # question...? Write to us at ...", VOA's Ask a Teacher).
    (_QUESTIONS_BEFORE
     + r"(?i:(?:(?:tell|write to|let) us\b[^.!?]{0,60}?|(?:leave|post|share|write) your\b"
       r"[^.!?]{0,40}?) (?:in|below in|using|on) the comments?(?: section)?(?: below)?\W*)$"),
    # A call to write that ends with the address: "Do you have a question for the
    # teacher? Write to us at learningenglish@voanews.com.", "Email us at ...".
    (rf"{_QUESTIONS_BEFORE}(?i:(?:write (?:to )?us|e-?mail us|contact us|reach us"
     r"|send us (?:an? )?(?:e-?mail|note|message|letter)"
     r"|send (?:your )?(?:questions?|comments?|ideas?|stories|thoughts) to us)"
     rf"(?: (?:at|to|by e-?mail at))? {_EMAIL_ADDRESS}\W*)$"),
    # VOA's invitation above that address, on a line of its own.
    _line(r"do you have (?:a |any )?questions? (?:for|about) [^.!?]{1,40}\?"),
    # A news agency's credits: "Additional reporting by Tom Green; Editing by Jane Doe."
    (rf"^(?=.*\b[Ee]diting by ).{{0,200}}\b[Ee]diting by {_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"
     rf"(?:(?:,| and|, and) {_NAME_WORD}(?: {_NAME_WORD}){{0,3}})*\.?$"),
    # Advertisements: an offer that ends in its call to act ("Get 50% off your first
    # telescope! Shop now", "... Shop now at dreamsoft.example.com"), or opens with one
    # ("Order now and get free shipping").
    _line(r".{0,120}[.!?:\u2013\u2014-] ?(?:shop|buy|order) now(?: (?:at|on) \S+\.\w+)?\W*"
          r"|(?:shop|buy|order) now\W*"
          r"|(?:shop|buy|order) now (?:and|to|for) (?:get|save|enjoy|receive)\b.{0,80}"),
    # Advertising labels and skip links.
    _line(r"advertisement|sponsored(?: content)?|skip to (?:main )?content|continue reading\W*"),
    # VOA's footer asking for comments.
    _line(r"we want to hear from you\b.*"),
    # Photo credits: a line that starts by naming the photographer or agency.
    _line(r"(?:photo|image|picture|file photo|illustration)s?(?::| credits?:?) .{1,120}"),
    rf"^(?:Photo|Image|Picture)s? by {_NAME_WORD}(?: {_NAME_WORD}){{0,3}}(?:[,/;] .{{0,80}})?$",
    # VOA's sign-off at the end of a story: "I'm Mario Ritter Jr."
    rf"^(?:[Aa]nd )?I{_APOSTROPHE}m {_NAME_WORD}(?: {_NAME_WORD}){{1,4}}\.?$",
    # Credit lines: "X adapted this story for VOA Learning English", "Y was the editor."
    # (Each starts with a look-ahead for its fixed words, so the many lines without
    # them are passed over in one scan instead of a search at every position.)
    (
        r"^(?=.*\bLearning English\b).*?\b(?:adapted|wrote|reported|produced|edited) "
        r"(?:this|the) (?:story|report|article)\b"
    ),
    (
        rf"^(?=.* was the editor\.?$)(?:.*[.!?] )?{_NAME_WORD}(?: (?:and )?{_NAME_WORD}){{0,5}}"
        r" was the editor\.?$"
    ),
    (
        rf"^{_NAME_WORD}(?:,? (?:and )?{_NAME_WORD}){{0,7}} contributed to this "
        r"(?:report|story)\.?$"
    ),
    # A line made only of credits, without an editor's: "Maria Holden reported this
    # story from Riverside. Additional reporting by Sam Lee." (QA2 walk-through).
    rf"^(?:{_CREDIT}[.;] )*{_CREDIT}\.?$",
    # A newsletter box: its heading, and the call to give an address ("Don't miss a
    # story. Enter your email to get our daily news in your inbox.").
    _line(r"(?:our |the )?(?:daily |weekly |free )?newsletters?\W*"
          r"|(?:[^.!?]{1,60}[.!?] )?enter your e-?mail\b.{0,100}"),
)
# Every rule is anchored at the start, so ``match`` (not ``search``) is enough.
_FURNITURE = re.compile("|".join(f"(?:{rule})" for rule in _FURNITURE_RULES))

# A photo caption ends with its credit in brackets: "(Mikhail Metzel, ... via AP)".
# Also an outlet and a photographer parted by a slash: "(VOA/Dan Friedell)",
# "(Jane Doe/VOA)", "(NPR/Ann Lee)".
_CAPTION_CREDIT = re.compile(
    r"\((?=[^()]*\b(?:AP|Reuters|AFP|Getty(?: Images)?|EPA|Photo|Pool|Courtesy|File"
    r"|Xinhua|Sputnik|Shutterstock|iStock|Unsplash|VOA|Voice of America)\b)[^()]{2,160}\)$"
    r"|\([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}/[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4}\)$"
)
# A question that closes a story, asking the reader's view ("What do you think?"): as
# the last paragraph it is the site's, not the story's.
_CLOSING_QUESTION = re.compile(_line(
    r"(?:so,? )?what do you think(?: (?:of|about) [^.!?]{1,60})?\?|what about you\?"))

# "Read more", "Related": a teaser for another story follows (title, photo caption).
_TEASER_MARKER = re.compile(
    _line(
        r"(?:read more|related(?: (?:stories|articles|content|coverage))?|see also|also read"
        r"|more on this(?: story)?|recommended|you (?:may|might) also like|most popular)\W*"
    )
)
# "Read more: Ten ways...", "Read more » How much screen time is too much?" (QA)
_TEASER_LINE = re.compile(_line(
    r"(?:read more|related|see also|also read)\s*(?::|»|›|>>|\||–|—)\s*.{1,150}"))

# Comment widgets close the article: "Post a Comment", "0 Comments" (sometimes glued
# to the next story's headline: "0 CommentsRussia Gets...").
_FOOTER = re.compile(
    r"^(?:(?:post|leave|add|write|show|view|load) (?:a |the |all )?comments?\W*$"
    r"|comments(?: \(\d+\))?\W*$"
    r"|(?:log|sign) in to (?:comment|reply)\W*$"
    r"|(?-i:\d+ [Cc]omments?(?:$|(?=[A-Z]))))",
    re.IGNORECASE,
)


# How a line of the article's prose ends: a full stop, a question or an exclamation,
# perhaps inside a quotation or brackets.
_SENTENCE_END = re.compile("[.!?][\"'\u201d\u2019)\\]]*$")


# Bylines and datelines above a story: "By Anna Matteo", "December 15, 2021"; a
# byline may add the writer's job or the date after a bar or a dot ("By Jane Smith |
# Staff writer", "Written by Hannah Cole • March 3, 2025"), which `author_names`
# leaves out of the author.
_BYLINE = re.compile(rf"^{_BYLINE_OPENING}({_NAME_WORD}(?:(?: |, | and ){_NAME_WORD}){{0,7}}"
                     rf"(?: ?[{BYLINE_PARTS}] ?[^{BYLINE_PARTS}]+){{0,3}})$")
# A byline without "By": names and a job title ("Jane Smith | Staff writer").
_NAMES = re.compile(rf"^{_NAME_WORD}(?:(?: | and ){_NAME_WORD}){{1,5}}$")
_DATE = (rf"(?:[A-Z][a-z]+day,? )?(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}}"
         r"|\d{4}-\d{2}-\d{2})")
# "March 5, 2024"; also "Published March 4, 2024 | Updated March 5, 2024" (the
# publication date is what is kept), and with the reading time after it
# ("Published July 14, 2025 · 5 min read", QA2 walk-through).
_DATELINE = re.compile(
    rf"^(?:(?:Published|Posted)(?: on)?:? )?(?P<date>{_DATE})"
    rf"(?: ?[|\u00b7\u2022] ?(?:Last )?[Uu]pdated(?: on)?:? {_DATE})?"
    r"(?: ?[|\u00b7\u2022] ?\d{1,3}[- ]?min(?:ute)?s?\.? read)?$"
)

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
    blocks = _without_teasers(_blocks(text), removed)
    share_bar = _share_bar_lines(blocks)
    blocks = [_tidy(block, removed, share_bar) for block in blocks]
    # The glossary is looked for once the clutter is gone, so a stray "Read more"
    # between the header and the entries cannot hide it.
    blocks, glossary = _split_glossary(blocks)
    paragraphs = [para for block in blocks for para in _paragraphs(block)]
    paragraphs = [para for para in paragraphs if not _drop(para, _is_furniture(para[1]), removed)]
    paragraphs = [_without_trailing_link(para, removed) for para in paragraphs]
    paragraphs, author, published = _header_details(paragraphs, removed,
                                                    headline_given=title is not None)
    if title is None:
        title, paragraphs = _first_paragraph_title(paragraphs, removed)
    elif len(paragraphs) > 1 and _names_a_section(paragraphs[0][1], title):
        removed.append(paragraphs[0])  # a page's section above its (given) headline
        paragraphs = paragraphs[1:]
    title = _one_line(title)
    paragraphs = _without_repeated_title(paragraphs, title, removed)
    if paragraphs and _CLOSING_QUESTION.match(paragraphs[-1][1]):
        removed.append(paragraphs.pop())
    return CleanText(
        title=title,
        paragraphs=tuple(para for _, para in paragraphs),
        removed=tuple(piece for _, piece in sorted(removed, key=lambda item: item[0])),
        glossary=glossary,
        author=author,
        published=published,
        data_lines=data_count,
    )


def _without_data(text: str) -> tuple[str, int]:
    """``text`` with its lines of code or encoded data blank, and how many there were.

    A blank line in their place parts the prose around them, as a blank line would.
    Page furniture that also looks like data (a rule of underscores) stays, for the
    clutter rules to remove and count as clutter.
    """
    lines = text.split("\n")
    data = {at for at in data_lines(lines) if not _is_furniture(_one_line(lines[at]))}
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


def _is_furniture(text: str) -> bool:
    if len(text.split()) > MAX_CLUTTER_WORDS:
        return False
    if _FURNITURE.match(text):
        return True
    return bool(_TEASER_LINE.match(text) or _CAPTION_CREDIT.search(text) or "©" in text)


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
        if _FOOTER.match(line) and words_before >= MIN_ARTICLE_WORDS_BEFORE_FOOTER:
            removed.extend(
                (number, _one_line(rest))
                for number, rest in enumerate(lines[at:], start=at)
                if rest.strip()
            )
            return "\n".join(lines[:at])
        # Only sentences count: a menu, a byline, a caption and share buttons had made
        # 40 words above a counter at the top, which then cut the story away.
        if _SENTENCE_END.search(line) and not _is_furniture(line):
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
    for block in blocks:
        if teaser_blocks_left and len(block) == 1 and _is_teaser(block[0][1]):
            removed.append(block[0])
            teaser_blocks_left -= 1
            continue
        teaser_blocks_left = 0
        markers = [at for at, (_, line) in enumerate(block) if _TEASER_MARKER.match(line)]
        if not markers:
            kept.append(block)
            continue
        removed.extend(block[markers[0] :])
        kept.append(block[: markers[0]])
        if markers[0] == len(block) - 1:
            teaser_blocks_left = TEASER_BLOCKS
    return kept


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
    return headline or _is_furniture(line)


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
        if _LONE_NETWORK.match(piece[1]) or _SHARE_BUTTON_LINE.match(piece[1]):
            run.append(piece)
            continue
        if any(_SHARE_BUTTON_LINE.match(line) for _, line in run):
            found.update(number for number, line in run if _LONE_NETWORK.match(line))
        run = []
    return found


def _tidy(block: list[Piece], removed: list[Piece], share_bar: set[int]) -> list[Piece]:
    """The lines of a block that are not furniture, comment widgets or share buttons."""
    return [
        piece
        for piece in block
        if not _drop(piece, _is_furniture(piece[1]) or bool(_FOOTER.match(piece[1]))
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
        if _BYLINE.match(piece[1]) or _DATELINE.match(piece[1]):
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
        byline = _BYLINE.match(text) if in_header and not author else None
        may_be_byline = in_header and not author and index >= first_byline_index
        if byline or (may_be_byline and _names_and_role(text)):
            # "By Staff Writer" names no one: the line goes, and no author is kept.
            author = author_names(byline.group(1) if byline else text)
            after_byline = True
            removed.append(piece)
            continue
        if in_header and (after_byline or may_be_byline) and _only_a_role(
                text, or_outlet=after_byline):
            # "Health Reporter" or "VOA News" under "By Jane Smith", or a job alone
            after_byline = False
        elif in_header and not published and (date := _DATELINE.match(text)):
            published = date.group("date")
        else:
            after_byline = False
            kept.append(piece)
            continue
        removed.append(piece)
    return kept, author, published


# "By Maria Elena Lopez Garcia"; and with "and": "By Anna Fields and Tom Brown".
MAX_BYLINE_NAME_WORDS = 5


def byline_author(lines: Iterable[str]) -> str:
    """The author of the first byline among ``lines`` ("By Leo Brandt | Arts
    Correspondent"): a web page's text its extractor left out holds the byline it put
    in a box of its own, which the page's metadata may not name. Out of the story,
    a line in capitals is a byline only when its names are few: "By Continuing To Use
    This Site You Agree" is a cookie banner."""
    for line in lines:
        byline = _BYLINE.match(line.strip())
        if byline and len(re.split(f"[{BYLINE_PARTS}]", byline.group(1))[0].split()) \
                <= MAX_BYLINE_NAME_WORDS:
            return author_names(byline.group(1))
    return ""


def _only_a_role(line: str, *, or_outlet: bool = False) -> bool:
    """A byline that names only a job ("Staff Reporter"), or with `or_outlet` an outlet
    ("VOA News"), not a sentence. An outlet's name alone is a byline's only under one:
    elsewhere in the header it may be a section's name or a subtitle."""
    names_a_job = names_no_one(line) if or_outlet else is_role(line)
    return names_a_job and not _SENTENCE_END.search(line)


def _names_and_role(line: str) -> bool:
    """Whether a line is a byline without "By": names and a job title or outlet,
    parted by a bar, semicolon or comma ("Jane Smith | Staff writer", "Jane Smith,
    Health Reporter", "Maria Lopez | Reuters")."""
    pieces = [piece.strip() for piece in re.split(r"[|;,]", line)]
    roles = [piece for piece in pieces if names_no_one(piece)]
    return (len(pieces) > 1 and 0 < len(roles) < len(pieces)
            and all(_NAMES.match(piece) for piece in pieces if piece not in roles))


def _first_paragraph_title(paragraphs: list[Piece],
                           removed: list[Piece]) -> tuple[str, list[Piece]]:
    """The first paragraph as title when it reads like a headline; else no title. A
    section's name in capitals above the headline ("SCIENCE & HEALTH") is removed."""
    if len(paragraphs) > 1 and _names_a_section(paragraphs[0][1], paragraphs[1][1]):
        removed.append(paragraphs[0])
        paragraphs = paragraphs[1:]
    if paragraphs and looks_like_title(paragraphs[0][1]):
        return paragraphs[0][1], paragraphs[1:]
    return "", paragraphs


def _names_a_section(line: str, next_line: str) -> bool:
    return (line.isupper() and len(line.split()) <= SECTION_NAME_MAX_WORDS
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
