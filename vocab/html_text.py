"""The main text of a web page, with its title, author and date (`html_to_text`).

trafilatura finds the article and drops the page's navigation; what it gets wrong is
mended from the page's own tree (lxml): paragraphs it broke at inline tags are joined
again, a list's heading it dropped is put back (`vocab.list_headings`), lines that are
all one link's text are dropped, table rows become their cells' text, an unknown
entity or a reference to no character is taken out, a title never closed ends at the
next tag, and VOA's "Words in This Story" is read from the page
itself, since extractors often drop it as boilerplate. What the extractor left out of
the page is kept, in order, as `PlainText.left_out`. Malformed HTML gives what text can
be found, never an exception.
"""

from __future__ import annotations

import bisect
import re
from copy import deepcopy
from typing import TYPE_CHECKING

from vocab.list_headings import (
    headline_first,
    link_list_headings,
    with_list_headings,
    with_list_marks,
    with_summary_first,
)
from vocab.models import PlainText
from vocab.story_header import EMAIL_ADDRESS
from vocab.table_text import row_texts, table_rows

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from lxml.html import HtmlElement, HTMLParser
    from trafilatura.settings import Document

# lxml refuses str input that declares its own encoding; the text is decoded already.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# libxml2 rejects control characters that XML forbids; they carry no text anyway.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A <title> never closed swallows the whole page as its text (title is raw text to
# an HTML parser); the title then ends at the next tag, as its author meant.
_TITLE_START = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
_TITLE_END = re.compile(r"</title\s*>", re.IGNORECASE)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td")
# The glossary sits in the few elements after its header; a page footer does not.
_MAX_GLOSSARY_ELEMENTS = 40


def html_to_text(html: str) -> PlainText:
    """The main text of a web page, with its title, author and date.

    trafilatura finds the article and drops navigation; VOA's "Words in This Story"
    is read from the page itself, since extractors often drop it as boilerplate.
    Malformed HTML gives what text can be found, never an exception.
    """
    html, first_part_only = within_reading_size(html)
    html = _closed_title(_XML_FORBIDDEN.sub("", _XML_DECLARATION.sub("", html, count=1)))
    tree = _parse_html(html)
    document = _extract(html)
    text = document.text if document is not None and document.text else ""
    if not text and tree is not None:
        text = "\n".join(_block_texts(tree))
    if not text:
        text = "\n".join(_flat_texts(html))
    elif tree is not None:
        blocks = _block_lines(tree)
        text = "\n".join(_runs_split(_rejoined(text.split("\n"), blocks), blocks, tree))
    links = _link_texts(tree) if tree is not None else frozenset()
    raw_lines = text.split("\n")
    named_columns: list[str] = []  # a table's row of column names, said in its rows
    if tree is not None:
        raw_lines = _data_rows(_layout_rows(raw_lines, tree), tree, named_columns)
    lines: Iterable[str] = (_table_row_text(_without_unknown_entities(line).strip())
                            for line in raw_lines)
    if tree is not None:
        lines = with_list_headings(split_glued_paragraphs(list(lines), tree), tree)
        lines = with_summary_first(headline_first(lines, tree), tree)
    if tree is not None:
        lines = _without_boxed_furniture(_without_links(list(lines), links, tree), tree)
    else:
        lines = [line for line in lines if line]
    # Numbered and nested last: a list of links ("Most read", an <ol>) is known by its
    # "- " marks.
    text = "\n\n".join(with_list_marks(lines, tree) if tree is not None else lines)
    glossary = _glossary_lines(tree) if tree is not None else []
    if glossary:
        text = _without_glossary(text, glossary) + "\n\n" + "\n\n".join(glossary)
    title = _headline(document.title if document is not None else None, tree)
    title = _story_part_of_title(title, tree, text)
    return PlainText(
        text,
        title=_without_tags(title or "") or None,
        author=_author(document.author or "", tree) if document is not None else "",
        published=(document.date or "") if document is not None else "",
        left_out=(_left_out(tree, f"{title or ''}{text}{''.join(named_columns)}")
                  if tree is not None else ()),
        headings=_subheadings(tree) if tree is not None else (),
        section_headings=_section_headings(tree) if tree is not None else (),
        first_part_only=first_part_only,
    )


# A page's markup past this many characters is not read. The extractor's time grows
# faster than the page (its XPath queries): a 4.6 MB page of 40,000 repeated boxes
# took 37 s, one of 50,000 paragraphs 10 s, and 500 KB of either 2-3 s. A news page's
# markup, its scripts and styles out, is a few hundred KB at most, and a story's text
# far less (an article's limit, `vocab.articles.MAX_ARTICLE_WORDS`, is ~300 KB).
MAX_PAGE_CHARS = 500_000
# What a page may hold megabytes of that is no text to read: scripts (but the
# page's JSON-LD, where the extractor reads its author and date), styles, drawings
# and comments, taken out of a long page before its size is judged. Each is found by
# its opening, then its end searched once: one pattern for the whole ("<script.*?
# </script>") tried again at each of 40,000 scripts never closed ran for minutes.
_NOT_TEXT_OPENING = re.compile(r"<(script|style|svg|noscript)\b([^<>]{0,2000})>|<!--",
                               re.IGNORECASE)
_NOT_TEXT_CLOSINGS = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE)
                      for tag in ("script", "style", "svg", "noscript")}
_JSON_LD = re.compile(r"application/ld\+json", re.IGNORECASE)


def _without_scripts(html: str) -> str:
    """``html`` without its scripts, styles, drawings and comments (but JSON-LD); one
    never closed takes the rest of the page with it, as it does in a browser."""
    kept: list[str] = []
    at = 0
    while (opening := _NOT_TEXT_OPENING.search(html, at)) is not None:
        tag = opening.group(1)
        if tag:
            closing = _NOT_TEXT_CLOSINGS[tag.lower()].search(html, opening.end())
            end = closing.end() if closing else -1
        else:
            end = html.find("-->", opening.end())
            end = end + len("-->") if end >= 0 else -1
        if end < 0:
            kept.append(html[at : opening.start()])
            return "".join(kept)
        json_ld = bool(tag) and _JSON_LD.search(opening.group(2)) is not None
        kept.append(html[at : end if json_ld else opening.start()])
        at = end
    kept.append(html[at:])
    return "".join(kept)


def within_reading_size(html: str, size: int = MAX_PAGE_CHARS) -> tuple[str, bool]:
    """``html`` cut to its first ``size`` characters (at a tag's start) when it is
    longer once its scripts and styles are out, and whether it was cut."""
    if len(html) <= size:
        return html, False
    html = _without_scripts(html)
    if len(html) <= size:
        return html, False
    cut = html.rfind("<", 0, size)
    return html[: cut if cut > 0 else size], True


def _subheadings(tree: HtmlElement) -> tuple[str, ...]:
    """The texts of the page's <h2>...<h6>: its own subheadings, which a short line
    beside a table's row or a list had hidden ("How to keep vitamins in food" over its
    tips, under a table of figures, read as one more short line)."""
    return tuple(text for element in tree.iter(*_HEADINGS) if element.tag != "h1"
                 and (text := " ".join(element.text_content().split())))


# The classes by which a page names a standfirst (the story's summary under its
# headline), whatever heading tag it is set in: <h3 class="article-dek">.
_STANDFIRST_CLASS = re.compile(
    r"standfirst|\bdek\b|summary|intro|lede|strap|sub-?title|teaser|excerpt|description",
    re.IGNORECASE)


def _section_headings(tree: HtmlElement) -> tuple[str, ...]:
    """The page's <h3>...<h6> but those its class names a standfirst: headings of a
    part, even over the story's first paragraph (an <h2> there may be a standfirst)."""
    return tuple(text for element in tree.iter("h3", "h4", "h5", "h6")
                 if not _STANDFIRST_CLASS.search(element.get("class", ""))
                 and (text := " ".join(element.text_content().split())))


# An e-mail address, as a byline or a page's footer prints it.
_EMAIL_ADDRESS = re.compile(EMAIL_ADDRESS)


def _author(author: str, tree: HtmlElement | None) -> str:
    """The extractor's author without the names it made of an e-mail address: it takes
    an "@domain" out of a byline and reads the rest as words, so "By Maria Lopez,
    maria.lopez@valleycourier.example" gave "Maria Lopez Example" and "jsmith@x.org"
    "Jsmith Org". A name with a word of one of the page's addresses that the page never
    writes is cut to its first words it does write ("Maria Lopez"), or dropped; the
    byline is then read from the page's text (`vocab.articles`)."""
    if not author or tree is None:
        return author
    metas = tree.xpath("//meta/@content")
    page = " ".join(metas) + " " + tree.text_content()
    author = _names_on_page(author, " ".join((*metas, *tree.itertext())))
    addresses = {word for address in _EMAIL_ADDRESS.findall(page.casefold())
                 for word in re.findall(r"[^\W\d_]+", address)}
    if not addresses:
        return author
    words = f" {' '.join(_page_words(page))} "
    names = []
    for name in author.split("; "):
        kept = name.split()
        # Only a name with a piece of an address: trafilatura tidies others too
        # ('Robert "Bob" Smith' is "Robert Smith"), which the page never writes so.
        if addresses.isdisjoint(word.casefold() for word in kept):
            names.append(name)
            continue
        while kept and f" {' '.join(kept).casefold()} " not in words:
            kept.pop()
        # One word left is a first name or an address's stray piece ("Jsmith"), not
        # a writer's name.
        if len(kept) > 1:
            names.append(" ".join(kept))
    return "; ".join(names)


def _names_on_page(author: str, page: str) -> str:
    """The extractor's names whose every word the page writes with its capital: it
    read an author's biography ("...local news and culture. More from Priya Nair")
    as the name "Culture More". A page in capitals writes them so ("BY PRIYA NAIR")."""
    words = set(re.findall(r"[^\W\d_]+", page))
    return "; ".join(name for name in author.split("; ")
                     if all(word in words or word.upper() in words
                            for word in re.findall(r"[^\W\d_]+", name)))


def _page_words(text: str) -> list[str]:
    """The page's words as a byline's name is compared with them: cased alike, the
    punctuation around them gone, an e-mail address one word."""
    return [word for token in text.casefold().split() if (word := token.strip(",.;:|()[]\"'"))]


def _link_texts(tree: HtmlElement) -> frozenset[str]:
    """The texts of the page's links, squeezed: a line of the extracted text that is all
    one link's text is a link, not prose ("Buy cheap fans now - 50% off!" between a
    story's paragraphs, QA walk-through; a related story's headline)."""
    links = {text for link in tree.iter("a")
             if link.get("href") and (text := _squeezed(link.text_content()))}
    return frozenset(links | _linked_items(tree))


_ITEM_MARKS = "-*\u2022 "


def _without_links(lines: list[str], links: frozenset[str], tree: HtmlElement) -> list[str]:
    """``lines`` without those that are all one link's text, and without the heading of
    a list of links ("Key events"), which stood alone once its links were gone. A line
    that is one of the page's own headings without a link stays: a live page's entry
    headed "Fuel tax frozen" went with the "Key events" link of the same words."""
    headings = {_squeezed(element.text_content()) for element in tree.iter(*_HEADINGS)
                if not any(link.get("href") for link in element.iter("a"))}
    link_headings = link_list_headings(tree)
    kept: list[str] = []
    for line in lines:
        key = _squeezed(line.lstrip(_ITEM_MARKS))
        if not line or key in link_headings:
            continue
        if key in links and (line.startswith(("-", "*", "\u2022")) or key not in headings):
            continue
        kept.append(line)
    return kept


# The words of a class or id by which a page names a box of its furniture: an
# advert's ("ad-slot"), a sponsor's, a promotion's, a newsletter's, a share bar's, a
# list of related stories, a comment counter, a cookie banner.
_FURNITURE_BOX_WORDS = frozenset({
    "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored",
    "promo", "promotion", "promoted", "newsletter", "signup", "share", "sharing", "social",
    "related", "comments", "cookie", "cookies", "consent", "outbrain", "taboola"})
# Such a box holds a line or two; a longer text in one is the story's after all.
_MAX_BOX_WORDS = 40


def _without_boxed_furniture(lines: list[str], tree: HtmlElement) -> list[str]:
    """``lines`` without those that are all the text of a box the page names as its
    furniture by its class or id (`_FURNITURE_BOX_WORDS`): the extractor kept an
    advert ("Buy cheap fans now - 50% off!" in <div class="ad">) between two of the
    story's paragraphs. Such a line stays in the page's left-out text."""
    boxed = set()
    # A walk of the tree, not the XPath "//*[@class or @id]": libxml2 merges that
    # node set in quadratic time (9 s over 27,000 boxes of a 1.6 MB page).
    for element in tree.iter("*"):  # elements only, no comments
        names = f"{element.get('class', '')} {element.get('id', '')}".casefold()
        if not names.strip():
            continue
        if _FURNITURE_BOX_WORDS.isdisjoint(re.split(r"[^a-z]+", names)):
            continue
        text = _short_text(element, _MAX_BOX_WORDS)
        if text is not None and (key := _squeezed(text)):
            boxed.add(key)
    if not boxed:
        return lines
    return [line for line in lines if _squeezed(line.lstrip(_ITEM_MARKS)) not in boxed]


def _short_text(element: HtmlElement, max_words: int) -> str | None:
    """``element``'s text when it has ``max_words`` words at most, else None, read only
    as far as needed: boxes nested 1,500 deep each read the whole page's text."""
    parts: list[str] = []
    words = 0
    for text in element.itertext():
        words += len(text.split())
        if words > max_words:
            return None
        parts.append(text)
    return "".join(parts)


# What a list's item may say besides its link and still be a related story's: its
# date or its section ("Why are food prices rising? Published 2 March").
_MAX_ITEM_WORDS_BESIDE_LINK = 5


def _linked_items(tree: HtmlElement) -> set[str]:
    """The squeezed texts of list items that are a link and a few words beside it: a
    "More on this story" list kept its headlines with their dates (QA7: "- Why are
    food prices still rising?Published 2 March")."""
    found: set[str] = set()
    for item in tree.iter("li"):
        linked = " ".join(link.text_content() for link in item.iter("a") if link.get("href"))
        text = item.text_content()
        if (linked.strip() and len(_squeezed(linked)) * 2 >= len(_squeezed(text))
                and len(text.split()) - len(linked.split()) <= _MAX_ITEM_WORDS_BESIDE_LINK):
            found.add(_squeezed(text))
    return found


def split_glued_paragraphs(lines: list[str], tree: HtmlElement) -> list[str]:
    """``lines``, each that is the text of several paragraphs of the page side by side
    split into them again: an old site lays its story out in a table, and the extractor
    reads the cell as one paragraph, gluing sentences that have no full stop ("...close
    next month Drivers will have to..."). The paragraphs are children of one element,
    in page order (a table of figures between them is passed over)."""
    leaves = _paragraph_leaves(tree)
    if len(leaves) < 2:
        return lines
    by_start: dict[str, list[int]] = {}
    for at, (key, _) in enumerate(leaves):
        by_start.setdefault(key[:_KEY_START], []).append(at)
    whole = {key for key, _ in leaves}
    found: list[str] = []
    for line in lines:
        squeezed = _squeezed(line)
        cuts = None if squeezed in whole else _cuts(squeezed, leaves, by_start)
        found.extend(_cut_at(line, cuts) if cuts else [line])
    return found


# Leaves are looked up by their first characters (the shortest leaf is one character).
_KEY_START = 6
_LEAF_TAGS = (*_BLOCK_TAGS, "th")


def _paragraph_leaves(tree: HtmlElement) -> list[tuple[str, HtmlElement | None]]:
    """The squeezed texts of the page's paragraph-like elements that hold no other, in
    page order, each with its parent."""
    return [(key, element.getparent()) for element in tree.iter(*_LEAF_TAGS)
            if next(element.iterdescendants(*_LEAF_TAGS), None) is None
            and (key := _squeezed(element.text_content()))]


def _cuts(squeezed: str, leaves: list[tuple[str, HtmlElement | None]],
          by_start: dict[str, list[int]]) -> list[int] | None:
    """Where in ``squeezed`` one leaf's text ends and the next one's begins, when it is
    all of two or more leaves of one parent in page order; else None."""
    cuts: list[int] = []
    position, after, parent = 0, -1, None
    while position < len(squeezed):
        rest = squeezed[position:]
        candidates = sorted(at for size in range(1, _KEY_START + 1)
                            for at in by_start.get(rest[:size], ()) if at > after)
        for at in candidates:
            key, its_parent = leaves[at]
            if rest.startswith(key) and (parent is None or its_parent is parent):
                break
        else:
            return None
        position += len(key)
        after, parent = at, its_parent
        cuts.append(position)
    return cuts[:-1] or None


def _cut_at(line: str, cuts: list[int]) -> list[str]:
    """``line`` cut where its squeezed text is cut at ``cuts`` (spaces between fall away)."""
    pieces: list[str] = []
    seen = start = 0
    targets = iter(cuts)
    target = next(targets)
    for at, character in enumerate(line):
        if character.isspace():
            continue
        if seen == target:
            pieces.append(line[start:at].strip())
            start = at
            target = next(targets, -1)
        seen += 1
    pieces.append(line[start:].strip())
    return pieces


# The elements whose text is one piece of a page: a paragraph, a menu's item, a
# caption, a button, a date...
_PIECE_TAGS = (*_BLOCK_TAGS, "div", "span", "a", "button", "figcaption", "caption", "label",
               "time", "small", "dt", "dd", "th", "header", "footer", "nav", "aside")


# The longest article text `_left_out` looks for a page's pieces in (a long story is
# 50,000 characters; each piece is a search of the whole text).
_MAX_KEPT_CHECKED = 200_000


def _left_out(tree: HtmlElement, kept: str) -> tuple[str, ...]:
    """The pieces of the page's text not in ``kept`` (the article the extractor found),
    in page order: its menus, captions, share buttons, comment counters... An import
    said "2 lines of page clutter left out" of a page it had rid of its menu, cookie
    banner, share bar, advertisement and footer (QA walk-through): only the lines it
    removed itself were counted."""
    kept = _squeezed(kept)
    if len(kept) > _MAX_KEPT_CHECKED:
        return ()  # each piece is looked for in the whole text: not in a book's
    is_kept = _KeptText(kept)
    pieces = list(tree.iter(*_PIECE_TAGS))
    found: list[str] = []
    for element in _without_holders(pieces):  # a holder's pieces are counted, not it
        piece = " ".join("".join(element.itertext()).split())
        if piece and not is_kept(_squeezed(piece)) and (not found or found[-1] != piece):
            found.append(piece)
    return tuple(found)


def _without_holders(pieces: list[HtmlElement]) -> Iterator[HtmlElement]:
    """``pieces`` (in page order) but those holding another: each marks the elements
    above it, up to one marked already, once for the page; a search below each piece
    for another was a long page's walk of its subtrees over again."""
    # Held in the set, an element stays one Python object (lxml makes a new one for an
    # element nothing holds), so "in" finds it.
    holders: set[HtmlElement] = set()
    for element in pieces:
        parent = element.getparent()
        while parent is not None and parent not in holders:
            holders.add(parent)
            parent = parent.getparent()
    return (element for element in pieces if element not in holders)


# Runs of this many characters index the kept text (`_KeptText`).
_RUN = 8


class _KeptText:
    """Whether a squeezed piece of a page is in the squeezed text kept. A piece left
    out (a link, a menu's item) was searched for through the whole text, once for
    each: on a page of a few thousand such pieces that was most of `_left_out`'s time.
    A piece none of whose runs of characters is in the text is known to be out at
    once, and a piece the page repeats ("Reply", "Share") is looked for once."""

    def __init__(self, kept: str) -> None:
        self._kept = kept
        self._runs = {kept[at : at + _RUN] for at in range(len(kept) - _RUN + 1)}
        self._known: dict[str, bool] = {}

    def __call__(self, piece: str) -> bool:
        known = self._known.get(piece)
        if known is None:
            runs_kept = all(piece[at : at + _RUN] in self._runs
                            for at in range(0, len(piece) - _RUN + 1, _RUN))
            known = self._known[piece] = runs_kept and piece in self._kept
        return known


# An entity reference left in the text after parsing: one no HTML knows ("&bogus;"),
# which a browser prints as written; read as words, "bogus" was glossed (QA walk-through).
_UNKNOWN_ENTITY = re.compile(r" ?&[A-Za-z][A-Za-z0-9]{1,31};")
# What the parser makes of a reference to no character ("&#99999999;", "&#0;"): the
# replacement character, a "�" that was shown at a paragraph's end (QA walk-through).
_NO_CHARACTER = re.compile(r" ?\ufffd(?=[ .,;:!?]|$)|\ufffd")


def _without_unknown_entities(line: str) -> str:
    if "\ufffd" in line:
        line = _NO_CHARACTER.sub("", line)
    return _UNKNOWN_ENTITY.sub("", line) if "&" in line else line


# A table cell with more words than this holds a story, not a figure: the table lays
# out an old site's page (its menu in one cell, the story in the next).
LAYOUT_CELL_WORDS = 40
_CELL_BORDER = re.compile(r"(?<!\\)\|")


def _layout_rows(lines: list[str], tree: HtmlElement) -> list[str]:
    """``lines``, each row of a layout table the extractor wrote as one line ("| Home
    Archive | Fishermen protest ... Page views: 1,204 \\| Print this page |") as its
    cells' paragraphs and lines, as the page breaks them (<p>, <br>). An old site's
    story had read as one paragraph with its menu, byline and page counter."""
    cells_by_text: dict[str, HtmlElement] | None = None
    found: list[str] = []
    for line in lines:
        stripped = line.strip()
        cells = [cell.replace("\\|", "|").strip()
                 for cell in _CELL_BORDER.split(stripped.strip("|"))]
        if not (stripped.startswith("|") and stripped.endswith("|")
                and any(len(cell.split()) > LAYOUT_CELL_WORDS for cell in cells)):
            found.append(line)
            continue
        if cells_by_text is None:
            cells_by_text = {_squeezed(cell.text_content()): cell
                             for cell in tree.iter("td", "th")}
        for cell in cells:
            element = cells_by_text.get(_squeezed(cell))
            found.extend(_cell_lines(element) if element is not None else [cell])
    return found


def _data_rows(lines: list[str], tree: HtmlElement, named_columns: list[str]) -> list[str]:
    """``lines`` with each row of a data table the extractor wrote ("| 2 | 6 | 3 |") as
    `vocab.table_text` reads it from the page's table ("Week 2 — Beans (cm): 6;
    Tomatoes (cm): 3"), its row of column names gone: the tree says which row names the
    columns, which the extractor's rule under a row ("|---|") does not (it draws one
    under a first row of <th> row names too). A row not found stays as it is; the
    rows of column names gone are added to ``named_columns`` (not the page's clutter)."""
    rows: dict[str, list[str]] | None = None
    found: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not (len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")):
            found.append(line)
            continue
        if rows is None:
            rows = _table_row_texts(tree)
        key = _squeezed("".join(_CELL_BORDER.split(stripped)).replace("\\|", "|"))
        texts = rows.get(key)
        text = texts.pop(0) if texts and len(texts) > 1 else texts[0] if texts else line
        if not text:
            named_columns.append(stripped)
        found.append(text)
    return found


def _table_row_texts(tree: HtmlElement) -> dict[str, list[str]]:
    """The texts of the page's tables' rows (`row_texts`), by their squeezed cells' text,
    in page order; a caption by its own text."""
    found: dict[str, list[str]] = {}
    for table in tree.iter("table"):
        if next(table.iterdescendants("table"), None) is not None:
            continue  # a layout table around another: its rows are the inner one's
        caption = table.find("caption")
        if caption is not None and (text := " ".join(caption.text_content().split())):
            found.setdefault(_squeezed(text), []).append(text)
        rows = table_rows(table)
        for row, text in zip(rows, row_texts(rows), strict=True):
            found.setdefault(_squeezed("".join(row.cells)), []).append(text)
    return found


def _cell_lines(cell: HtmlElement) -> list[str]:
    """A table cell's text, a line for each of its paragraphs and <br>-broken lines."""
    copied = deepcopy(cell)  # the page's tree stays as it is for the steps after
    for element in copied.iter(*_BLOCK_TAGS, "div"):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    return [text for line in copied.text_content().split("\n") if (text := " ".join(line.split()))]


# What parts a page's <title>: "Harbour News - Fishermen protest new rules".
_TITLE_PARTS = re.compile(r"\s+[-|\u2013\u2014:\u00b7]\s+")


def _story_part_of_title(title: str | None, tree: HtmlElement | None, text: str) -> str | None:
    """The part of the page's <title> that heads its story, when the extractor took
    the site's name for the headline ("Harbour News"): the part the text has as a line
    of its own, when the headline it chose is no line of it."""
    if not title or tree is None:
        return title
    lines = {_squeezed(line) for line in text.split("\n")[:_TITLE_LINES]}
    if _squeezed(title) in lines:
        return title
    for part in _TITLE_PARTS.split(_page_title(tree)):
        if part != title and _squeezed(part) in lines:
            return part
    return title


# How far down the text a headline stands.
_TITLE_LINES = 8


def _table_row_text(line: str) -> str:
    """A table row as the extractor writes it ("| Kenya | 54 million |") as its cells'
    text ("Kenya; 54 million"); a rule under a header ("|---|---|") as nothing. Other
    lines as they are."""
    if not (line.startswith("|") and line.endswith("|")):
        return line
    cells = [cell.strip() for cell in line.strip("|").split("|")]
    return "; ".join(cell for cell in cells if cell.strip("-: "))


def _without_tags(title: str) -> str:
    """A title as text: "Broken <b>page" (markup inside <title>, which browsers show
    as it is written) reads "Broken page"."""
    if "<" not in title:
        return title
    from lxml import etree
    from lxml import html as lxml_html

    try:
        text = lxml_html.fragment_fromstring(title, create_parent="span").text_content()
    except (etree.ParserError, ValueError):
        return title
    return " ".join(text.split())


def _closed_title(html: str) -> str:
    start = _TITLE_START.search(html)
    if start is None or _TITLE_END.search(html, start.end()):
        return html
    end = html.find("<", start.end())
    end = len(html) if end < 0 else end
    return html[:end] + "</title>" + html[end:]


def _parse_html(html: str) -> HtmlElement | None:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        # huge_tree: libxml2 drops what is nested deeper than 256 elements by default
        # (a story in 300 <div>s came out empty, QA7); with it, 2,048.
        tree = lxml_html.document_fromstring(html, parser=_huge_tree_parser())
    except (etree.ParserError, ValueError):
        return None
    _unwrapped(tree)
    for br in tree.iter("br"):
        # <br> separates lines that text_content() would glue together.
        br.tail = "\n" + (br.tail or "")
    return tree


# Elements whose text a browser shows with its line ends.
_PREFORMATTED = ("pre", "textarea", "listing", "plaintext", "xmp")


def _unwrapped(tree: HtmlElement) -> None:
    """The page's texts with the line ends of its source as spaces (a browser shows
    them so), but inside preformatted text: a "\n" in the text is then a <br>'s alone.
    Word's "Save as Web Page" wraps its source at 80 columns, and each paragraph had
    come out cut in two at the wrap ("...they can tell" / "other bees where...")."""
    kept = {id(element) for pre in tree.iter(*_PREFORMATTED) for element in pre.iter()}
    for element in tree.iter():
        if id(element) in kept:
            continue
        if isinstance(element.tag, str) and element.text and "\n" in element.text:
            element.text = element.text.replace("\n", " ")
        parent = element.getparent()
        if element.tail and "\n" in element.tail and (parent is None or id(parent) not in kept):
            element.tail = element.tail.replace("\n", " ")


def _huge_tree_parser() -> HTMLParser:
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(huge_tree=True)
    # lxml.html picks each element's class in a Python call (forms, inputs...), at
    # every element a walk of the tree meets: a tenth of a long page's import. These
    # walks need only HtmlElement's methods, which a lookup in C gives.
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity))
    return parser


def _flat_texts(html: str) -> list[str]:
    """The page's texts read tag by tag, without a tree: the last resort for a page
    nested deeper than any parser's tree goes, whose text would otherwise be lost."""
    from html.parser import HTMLParser

    texts: list[str] = [""]
    skipped = {"script", "style", "head", "title", "nav", "template"}
    inside: list[str] = []

    class _Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in skipped:
                inside.append(tag)
            if tag in _BLOCK_TAGS or tag in ("div", "br", "tr", "section", "article"):
                texts.append("")

        def handle_endtag(self, tag: str) -> None:
            if inside and inside[-1] == tag:
                inside.pop()
            if tag in _BLOCK_TAGS or tag in ("div", "tr", "section", "article"):
                texts.append("")

        def handle_data(self, data: str) -> None:
            if not inside:
                texts[-1] += data

    reader = _Reader(convert_charrefs=True)
    try:
        reader.feed(html)
        reader.close()
    except AssertionError:  # "<![" it cannot read (Python's own parser): keep what came
        pass
    return [line for text in texts if (line := " ".join(text.split()))]


# A page's title, author and date are read from its first this many characters of
# markup, scripts and styles out: they sit in its <head> and above the story. The
# extractor's search for them walks the whole tree ten times over (authors, dates,
# categories, tags): on a long page of boxes or comments, cut at ``MAX_PAGE_CHARS``,
# it was half the extractor's time.
MAX_METADATA_CHARS = 100_000
# A date from the page's metadata or markup only: the extensive search read
# "Copyright 2024" in a footer as the story's date (2024-01-01).
_DATE_PARAMS = {"extensive_search": False}


def _extract(html: str) -> Document | None:
    import trafilatura

    opening, long_page = within_reading_size(html, MAX_METADATA_CHARS)
    document = trafilatura.bare_extraction(
        html,
        with_metadata=not long_page,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    if not isinstance(document, trafilatura.settings.Document):
        return None
    if long_page:
        metadata = trafilatura.extract_metadata(opening, date_config=dict(_DATE_PARAMS))
        document.title, document.author, document.date = (
            metadata.title, metadata.author, metadata.date)
    return document


# How many of the extractor's lines one paragraph of a page may have been broken into.
_MAX_BROKEN_LINES = 12
_CLOSING_PUNCTUATION = tuple(".,;:!?)]’”'\"")


def _rejoined(lines: list[str], blocks: list[str]) -> list[str]:
    """``lines``, with those that together are one paragraph of the page (``blocks``)
    joined again: the extractor breaks a paragraph at inline tags that close out of
    order ("Engineers worked for <b>three years on <i>the project</b></i>." came out
    as four paragraphs, QA walk-through). Lines are compared without their spaces."""
    keys = sorted({_squeezed(block) for block in blocks})
    found: list[str] = []
    start = 0
    while start < len(lines):
        end = start + 1
        joined = _squeezed(lines[start])
        for after in range(start + 1, min(len(lines), start + _MAX_BROKEN_LINES)):
            joined += _squeezed(lines[after])
            at = bisect.bisect_left(keys, joined)
            if at == len(keys) or not keys[at].startswith(joined):
                break  # no paragraph of the page goes on so
            if keys[at] == joined:
                end = after + 1
        found.append(_joined_pieces(lines[start:end]))
        start = end
    return found


def _squeezed(text: str) -> str:
    return "".join(text.split())


# What may stand between two of a page's paragraphs in a line the extractor ran them
# into: an entry's time ("14:05"), a short label; squeezed characters.
_MAX_GAP = 24
_MAX_RUN_LEAVES = 3_000
_RUN_TAGS = tuple(tag for tag in _BLOCK_TAGS if tag != "td")


def _runs_split(lines: list[str], block_lines: list[str], tree: HtmlElement) -> list[str]:
    """``lines``, each that is two or more of the page's paragraphs run together (with
    at most a short label between them) split into those paragraphs: on a short live
    page the extractor gave the whole article as one line, headline, entries and their
    times run together ("Storm live: ... 14:05 Ferries to the islands ... 13:40 ...")."""
    blocks = {_squeezed(line) for line in block_lines}
    if all(_squeezed(line) in blocks for line in lines):
        return lines
    # A table's cells are a row's, which the extractor writes as "| a | b |".
    # A list's item keeps its mark, as the extractor writes one.
    leaves = [(key, ("- " if element.tag == "li" else "")
               + " ".join(element.text_content().split()))
              for element in tree.iter(*_RUN_TAGS)
              if next(element.iterdescendants(*_LEAF_TAGS), None) is None
              and (key := _squeezed(element.text_content()))]
    if len(leaves) > _MAX_RUN_LEAVES:
        return lines  # each line is looked for among them all: not in a book's
    found: list[str] = []
    for line in lines:
        key = _squeezed(line)
        pieces = None if key in blocks or key.startswith("|") else _run_of(key, leaves)
        found.extend(pieces or [line])
    return found


def _run_of(key: str, leaves: list[tuple[str, str]]) -> list[str] | None:
    """The texts of the leaves that, in page order with short gaps, make up ``key``;
    None unless two or more make up all of it but those gaps."""
    pieces: list[str] = []
    at = 0
    for leaf, text in leaves:
        found = key.find(leaf, at)
        if found < 0 or found - at > _MAX_GAP:
            continue
        pieces.append(text)
        at = found + len(leaf)
        if at == len(key):
            break
    return pieces if len(pieces) > 1 and len(key) - at <= _MAX_GAP else None


def _joined_pieces(pieces: list[str]) -> str:
    text = pieces[0].strip()
    for piece in pieces[1:]:
        piece = piece.strip()
        text += piece if piece.startswith(_CLOSING_PUNCTUATION) else " " + piece
    return text


def _block_lines(tree: HtmlElement) -> list[str]:
    """The lines of paragraph-like elements: their texts, split where a <br> breaks
    one (VOA's glossary entries share a paragraph, one per line: `_parse_html`)."""
    return [line for element in _outer_blocks(tree)
            for line in element.text_content().split("\n")]


def _outer_blocks(tree: HtmlElement) -> Iterator[HtmlElement]:
    for element in tree.iter(*_BLOCK_TAGS):
        if element.getparent() is None or element.getparent().tag not in _BLOCK_TAGS:
            yield element


def _block_texts(tree: HtmlElement) -> list[str]:
    """Texts of paragraph-like elements: the fallback when trafilatura finds nothing."""
    texts = (" ".join(element.text_content().split()) for element in _outer_blocks(tree))
    return [text for text in texts if text]


# A headline is a line: more words than this are a heading never closed swallowing the
# page ("<h1>Late Goal..." took 3,000 characters of story with it, QA walk-through).
MAX_TITLE_WORDS = 30


def _headline(extracted: str | None, tree: HtmlElement | None) -> str | None:
    """A Word document's title paragraph, else the extractor's title, else the page's
    (<title>, <h1>): the first one short enough to be a headline; None when none is."""
    for title in (_word_title(tree), extracted, _page_title(tree)):
        if title and len(title.split()) <= MAX_TITLE_WORDS:
            return title
    return None


def _word_title(tree: HtmlElement | None) -> str:
    """The title paragraph of a page Word saved ("Save as Web Page": class MsoTitle, or
    its first <h1>): Word writes the document's file-like name in <title> ("Reading
    lesson week 4"), and the headline had stayed in the text."""
    if tree is None or not tree.xpath('//meta[@name="ProgId"][starts-with(@content, "Word.")]'):
        return ""
    for element in tree.xpath('//*[contains(@class, "MsoTitle")] | //h1'):
        if title := " ".join(element.text_content().split()):
            return title
    return ""


def _page_title(tree: HtmlElement | None) -> str:
    if tree is None:
        return ""
    for path in ("//title", "//h1"):
        for element in tree.xpath(path):
            title = " ".join(element.text_content().split())
            if title:
                return title
    return ""


def _glossary_lines(tree: HtmlElement) -> list[str]:
    """VOA's "Words in This Story": the header and the entry lines that follow it."""
    from vocab.voa_glossary import is_glossary_header, parse_entry_line

    for element in tree.iter(*_BLOCK_TAGS, "div", "strong", "b", "span"):
        header = " ".join(element.text_content().split())
        if not is_glossary_header(header):
            continue
        lines: list[str] = []
        for text in _texts_after(element):
            if parse_entry_line(text) is None:
                break
            lines.append(text)
        if lines:
            return [header, *lines]
    return []


def _texts_after(header: HtmlElement) -> list[str]:
    """Lines of the elements that follow ``header`` (or its nearest ancestor with siblings)."""
    anchor = header
    while anchor.getnext() is None and anchor.getparent() is not None:
        anchor = anchor.getparent()
    lines: list[str] = []
    for sibling in list(anchor.itersiblings())[:_MAX_GLOSSARY_ELEMENTS]:
        if sibling.tag in _HEADINGS:
            break
        items = list(sibling.iter("li")) or [sibling]
        for item in items:
            lines.extend(line.strip() for line in item.text_content().split("\n") if line.strip())
    return lines


def _without_glossary(text: str, glossary: list[str]) -> str:
    """``text`` without the glossary lines trafilatura kept (often without their header)."""
    from vocab.voa_glossary import is_glossary_header

    copied = {" ".join(line.split()) for line in glossary}
    return "\n\n".join(
        paragraph
        for paragraph in text.split("\n\n")
        if " ".join(paragraph.split()) not in copied and not is_glossary_header(paragraph)
    )
