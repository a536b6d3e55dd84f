"""A printable lesson handout for a teacher: the article, its "Words in This Story",
a quiz on a page of its own (under the word list, the list answered it), and the
answer key on another.

Two renderings of the same content: Markdown (quiz and key each after a page-break
``div`` that Markdown-to-HTML and print tools honour) and standalone HTML (their
sections have CSS ``page-break-before: always``). Pure text in, text out: the
caller writes the file.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from vocab.difficulty import DEFAULT_PROFILE
from vocab.models import Article, GlossaryEntry, Level, glossary_headings
from vocab.quiz_items import QuizItem, QuizWord
from vocab.senses import voa_label

LETTERS = "abcdefghij"
INSTRUCTIONS = {
    "meaning": "Choose the word that has this meaning.",
    "word": "Choose the meaning of the word as it is used in the sentence.",
    "cloze": "Choose the word that best completes the sentence.",
    "matching": "Match each word with its meaning.",
    "sense": "Choose what the word means in this sentence.",
    "spelling": "Write the missing word.",
}
PAGE_BREAK_STYLE = "page-break-before: always; break-before: page;"


@dataclass(frozen=True)
class Question:
    """One question as printed: stem lines, lettered choices, the key's line."""

    stem: tuple[str, ...]
    choices: tuple[str, ...]
    words: tuple[str, ...]  # matching: the numbered words
    key: str


def questions(items: Sequence[QuizItem]) -> list[Question]:
    """Quiz items laid out for paper: lettered options, a line per blank."""
    return [_question(item) for item in items]


# The app's spelling question says "Type the word that means..."; a sheet of paper is
# written on (QA walk-through).
ON_SCREEN, ON_PAPER = "Type ", "Write "


def _question(item: QuizItem) -> Question:
    prompt = item.prompt
    if item.type == "spelling" and prompt.startswith(ON_SCREEN):
        prompt = ON_PAPER + prompt.removeprefix(ON_SCREEN)
    stem = [prompt]
    if item.sentence:
        # A list's item is quoted without its mark: "- They chose..." read as a dash.
        stem.append(_LIST_ITEM.sub("", item.sentence.lstrip(), count=1))
    if item.type == "matching":
        key = ", ".join(f"{n}–{LETTERS[m].upper()}" for n, m in enumerate(item.matches, 1))
        return Question(tuple(stem), item.options, tuple(t.shown for t in item.targets), key)
    if item.type == "spelling":
        return Question(tuple(stem), (), (), item.answer)
    assert item.answer_index is not None
    return Question(tuple(stem), item.options, (), f"{LETTERS[item.answer_index]}) {item.answer}")


def words_beyond_glossary(glossary: Sequence[GlossaryEntry],
                          items: Sequence[QuizItem]) -> list[QuizWord]:
    """The words the quiz asks that "Words in This Story" does not list, once each, in
    the quiz's order: the handout lists them too (a teacher's quiz asked ten words its
    page never defined; QA walk-through)."""
    listed = {word.casefold() for entry in glossary for word in (entry.word, entry.lemma)}
    found: dict[tuple[str, str], QuizWord] = {}
    for item in items:
        for target in item.targets:
            if target.lemma.casefold() not in listed and target.form.casefold() not in listed:
                found.setdefault(target.key, target)
    return list(found.values())


MORE_WORDS = "More words in the quiz"


def glossary_groups(article: Article, glossary: Sequence[GlossaryEntry],
                    ) -> list[tuple[str, list[GlossaryEntry]]]:
    """The entries by source under the app's headings, the story's own list first: the
    handout had printed VOA's and the generated ones as one list (QA walk-through)."""
    groups = [(heading, [entry for entry in glossary if entry.source == source])
              for source, heading in glossary_headings(article).items()]
    return [(heading, group) for heading, group in groups if group]


def _word_line(word: QuizWord) -> tuple[str, str, str]:
    return word.lemma, voa_label(word.upos), word.definition


# A line at the top of the handout, for the learner to fill in.
NAME_LINE = "Name: ______________________   Date: ____________"
# The level of the class a lesson is for when none is given: the engine's own, with
# which `reader export lesson` chooses the words.
LESSON_LEVEL = DEFAULT_PROFILE.level


def _name_line(level: Level) -> str:
    """`NAME_LINE` and the level the words and the quiz were chosen for: a printed
    lesson did not say (QA walk-through)."""
    return f"{NAME_LINE}   Level: {level.value}"


def _byline(article: Article) -> str:
    """The author and, for a web page, its address: a file's path on the teacher's
    computer ("texts/phones.txt") says nothing to a class."""
    source = article.source if article.source.startswith(("http://", "https://")) else ""
    return ", ".join(part for part in (article.author, source) if part)


def _versioned(heading: str, version: str) -> str:
    return f"{heading} (version {version})" if version else heading


def lesson_markdown(article: Article, glossary: Sequence[GlossaryEntry],
                    items: Sequence[QuizItem], *, version: str = "",
                    level: Level = LESSON_LEVEL) -> str:
    """The handout as Markdown; no quiz section when there are no questions. ``version``
    ("B") names the quiz and its key, to tell the copies of two quizzes apart;
    ``level``, the learner's the words and quiz were chosen for, heads the page."""
    md = _markdown_text
    out = [f"# {md(article.title)}", ""]
    byline = _byline(article)
    if byline:
        out += [f"*{md(byline)}*", ""]
    out += [_name_line(level), ""]
    out += _markdown_paragraphs(article)
    out += ["## Words in This Story"]
    for heading, group in glossary_groups(article, glossary):
        out += ["", f"### {md(heading)}", ""]
        out += [f"**{md(e.word)}** –*{e.label}* {md(e.definition)}  " for e in group]
    more = [_word_line(word) for word in words_beyond_glossary(glossary, items)]
    if more:
        out += ["", f"### {MORE_WORDS}", ""]
        out += [f"**{md(word)}** –*{label}* {md(meaning)}  " for word, label, meaning in more]
    if not items:
        return "\n".join(out).rstrip() + "\n"
    out += ["", f'<div style="{PAGE_BREAK_STYLE}"></div>', "",
            f"## {_versioned('Quiz', version)}", ""]
    for number, q in enumerate(questions(items), 1):
        out.append(f"**{number}.** {md(q.stem[0])}  ")
        out += [f"> {md(line)}" for line in q.stem[1:]]
        if q.words:
            out += [""] + [f"{n}. {md(w)}" for n, w in enumerate(q.words, 1)]
            out += [""] + [f"{LETTERS[i].upper()}. {md(c)}  " for i, c in enumerate(q.choices)]
        elif q.choices:
            out += [""] + [f"{LETTERS[i]}) {md(c)}  " for i, c in enumerate(q.choices)]
        else:
            out += ["", "Answer: ____________________"]
        out.append("")
    out += [f'<div style="{PAGE_BREAK_STYLE}"></div>', "",
            f"## {_versioned('Answer key', version)}", ""]
    out += [f"{n}. {md(q.key)}  " for n, q in enumerate(questions(items), 1)]
    return "\n".join(out).rstrip() + "\n"


# What makes Markdown read a line's characters as markup, and only that: a teacher
# opening the file in an editor sees each backslash (a story's "[Xi]" had printed as
# "\[Xi\]", and "2.5 million" as "2\.5"). A "\" before punctuation; a backtick (a
# code span); a "*" beside a letter (emphasis: "5 * 3" is not); "[" and "]" only
# where they could make a link ("[here](...)", "[a][b]"); "<" before what could be a
# tag; "&" of an entity ("&copy;").
_MARKDOWN_INLINE = re.compile(
    r"\\(?=[!-/:-@\[-`{-~])|`|\*(?! |$)|(?<=\S)\*|\[(?=[^\]]*\][(\[:])|\](?=[(\[:])"
    r"|<(?=[A-Za-z/!?])|&(?=#?\w+;)"
    # One or two "_" at a word's edge ("_word_", "__init__"); a quiz's blank is a longer
    # run and one inside a word ("a_b") is no emphasis.
    r"|(?<![_\w])_{1,2}(?!_)|(?<!_)_{1,2}(?![_\w])")
# What makes a line a heading ("# of votes: 300"), a quotation, a list's item ("- ",
# "1984. That is the title") or a rule ("***").
_MARKDOWN_BLOCK = re.compile(r"^(?:(#{1,6})(?=\s|$)|(>)|([-+*])(?=\s|$)|(\d{1,9})([.)])(?=\s|$))")
_MARKDOWN_RULE = re.compile(r"^(?:[-*_] *){3,}$")
# A list's item as the cleaning writes it: its mark, then its text.
# ("1984. That is the title" is a sentence: a list's number has two digits at most).
_LIST_ITEM = re.compile(r"^(?:([-*\u2022\u2013])|(\d{1,2})[.)])\s+")


def _markdown_text(text: str) -> str:
    """``text`` escaped so that Markdown prints it as it is, and escaped no more."""
    escaped = _MARKDOWN_INLINE.sub(lambda m: "".join("\\" + c for c in m.group(0)), text.strip())
    if _MARKDOWN_RULE.match(escaped):
        return "\\" + escaped
    block = _MARKDOWN_BLOCK.match(escaped)
    if block is None:
        return escaped
    if block.group(4):  # "1984." -> "1984\.": the number stays whole
        return f"{block.group(4)}\\{escaped[block.end(4):]}"
    return "\\" + escaped


def _markdown_paragraphs(article: Article) -> list[str]:
    """The story's paragraphs as Markdown lines: a subheading as "## ...", a list's
    items as one list ("- ..." or "1. "), a sub-list's indented under its item's text
    as the body has it; the handout had printed them as escaped lines ("\\- fewer
    days"), each a paragraph of its own."""
    headings = article.subheadings
    out: list[str] = []
    in_list = False
    for n, (start, end) in enumerate(article.paragraphs):
        text = article.body[start:end]
        item = _LIST_ITEM.match(text.strip())
        if item is not None and n not in headings:
            mark = "-" if item.group(1) else f"{item.group(2)}."
            indent = " " * _indent(text) if in_list else ""
            out.append(f"{indent}{mark} {_markdown_text(text.strip()[item.end():])}")
            in_list = True
            continue
        if in_list:
            out.append("")
        in_list = False
        text = text.strip()
        out += [f"## {_markdown_text(text)}" if n in headings else _markdown_text(text), ""]
    return out + ([""] if in_list else [])


def _indent(text: str) -> int:
    """How far the body indents a paragraph: a sub-list's item, under its item's text."""
    return len(text) - len(text.lstrip(" "))


def _html_paragraphs(article: Article) -> list[str]:
    """The story's paragraphs as HTML: a subheading as <h2>, a list's items in one
    <ul> or <ol> (they had printed as paragraphs, "<p>- fewer days</p>"), a sub-list
    inside its item."""
    e = html.escape
    headings = article.subheadings
    out: list[str] = []
    # The lists open, outermost first: (the column their items' marks stand at, tag).
    open_lists: list[tuple[int, str]] = []
    for n, (start, end) in enumerate(article.paragraphs):
        text = article.body[start:end]
        item = _LIST_ITEM.match(text.strip())
        if item is None or n in headings:
            _close_lists(out, open_lists, 0)
            text = text.strip()
            out.append(f"<h2>{e(text)}</h2>" if n in headings else f"<p>{e(text)}</p>")
            continue
        kind = "ul" if item.group(1) else "ol"
        column = _indent(text) if open_lists else 0
        start_at = "" if kind == "ul" or item.group(2) == "1" else \
            f' start="{int(item.group(2))}"'
        if open_lists and column > open_lists[-1][0]:
            out[-1] += f"<{kind}{start_at}>"  # a sub-list, inside the item above
            open_lists.append((column, kind))
        else:
            if open_lists:
                out[-1] += "</li>"
                _close_lists(out, open_lists, 1, deeper_than=column)
            switched = bool(open_lists) and open_lists[-1][1] != kind
            if switched:  # "- a" then "1. b": a list of another kind at the same level
                out.append(f"</{open_lists.pop()[1]}>")
            if switched or not open_lists:
                out.append(f"<{kind}{start_at}>")
                open_lists.append((column, kind))
        out.append(f"<li>{e(text.strip()[item.end():])}")
    _close_lists(out, open_lists, 0)
    return out


def _close_lists(out: list[str], open_lists: list[tuple[int, str]], keep: int,
                 deeper_than: int = -1) -> None:
    """Close the open lists after the first ``keep`` (those whose items stand deeper
    than ``deeper_than``, when given), each inner one's item with it; the item open in
    the last list kept stays open."""
    if len(open_lists) > keep and not out[-1].endswith("</li>") \
            and out[-1].startswith("<li>"):
        out[-1] += "</li>"
    while len(open_lists) > keep and open_lists[-1][0] > deeper_than:
        _, kind = open_lists.pop()
        out.append(f"</{kind}></li>" if open_lists else f"</{kind}>")


_CSS = f"""
body {{ font-family: Georgia, serif; max-width: 42em; margin: 2em auto; line-height: 1.5; }}
h1 {{ font-size: 1.6em; }}
.glossary dt {{ font-weight: bold; }}
.question {{ margin: 1em 0; page-break-inside: avoid; }}
.sentence {{ margin: 0.3em 0 0.3em 1.5em; font-style: italic; }}
ol.choices {{ list-style-type: lower-alpha; }}
ol.definitions {{ list-style-type: upper-alpha; }}
.quiz {{ {PAGE_BREAK_STYLE} }}
.answer-key {{ {PAGE_BREAK_STYLE} }}
"""


def lesson_html(article: Article, glossary: Sequence[GlossaryEntry],
                items: Sequence[QuizItem], *, version: str = "",
                level: Level = LESSON_LEVEL) -> str:
    """The handout as one standalone HTML page (text escaped, no scripts); no quiz
    section when there are no questions; ``version`` and ``level`` as in
    `lesson_markdown`."""
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(article.title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
           f"<h1>{e(article.title)}</h1>"]
    byline = _byline(article)
    if byline:
        out.append(f'<p class="byline"><em>{e(byline)}</em></p>')
    out.append(f'<p class="name-line">{e(_name_line(level))}</p>')
    out += _html_paragraphs(article)
    out.append('<section class="glossary"><h2>Words in This Story</h2>')
    for heading, group in glossary_groups(article, glossary):
        out.append(f"<h3>{e(heading)}</h3><dl>")
        out += [f"<dt>{e(entry.word)} <em>–{e(entry.label)}</em></dt>"
                f"<dd>{e(entry.definition)}</dd>" for entry in group]
        out.append("</dl>")
    more = [_word_line(word) for word in words_beyond_glossary(glossary, items)]
    if more:
        out.append(f"<h3>{MORE_WORDS}</h3><dl>")
        out += [f"<dt>{e(word)} <em>–{e(label)}</em></dt><dd>{e(meaning)}</dd>"
                for word, label, meaning in more]
        out.append("</dl>")
    out.append("</section>")
    if not items:
        out += ["</body>", "</html>"]
        return "\n".join(out) + "\n"
    out.append(f'<section class="quiz"><h2>{_versioned("Quiz", version)}</h2>')
    laid_out = questions(items)
    for number, q in enumerate(laid_out, 1):
        out.append(f'<div class="question"><p><strong>{number}.</strong> {e(q.stem[0])}</p>')
        out += [f'<p class="sentence">{e(line)}</p>' for line in q.stem[1:]]
        if q.words:
            out.append("<ol>" + "".join(f"<li>{e(w)}</li>" for w in q.words) + "</ol>")
            out.append('<ol class="definitions">'
                       + "".join(f"<li>{e(c)}</li>" for c in q.choices) + "</ol>")
        elif q.choices:
            out.append('<ol class="choices">'
                       + "".join(f"<li>{e(c)}</li>" for c in q.choices) + "</ol>")
        else:
            out.append("<p>Answer: ____________________</p>")
        out.append("</div>")
    out.append("</section>")
    out.append(f'<section class="answer-key"><h2>{_versioned("Answer key", version)}</h2><ol>')
    out += [f"<li>{e(q.key)}</li>" for q in laid_out]
    out += ["</ol></section>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
