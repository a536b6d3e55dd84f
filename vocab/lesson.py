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
        stem.append(item.sentence)
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
    headings = article.subheadings
    for n, (start, end) in enumerate(article.paragraphs):
        text = md(article.body[start:end].strip())
        out += [f"## {text}" if n in headings else text, ""]
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


# Characters Markdown reads as markup inside a line ("_" is left: the quiz's blanks
# are runs of it, which Markdown prints as they are), and what makes a line a heading,
# a quotation or a list item: "# of votes: 300" and "1984. That is the title" had
# printed as a heading and a numbered list (QA walk-through).
_MARKDOWN_INLINE = re.compile(r"([\\`*\[\]<>])")
_MARKDOWN_BLOCK = re.compile(r"^(\s*)(#+|>|[-+]|\d+(?=[.)]))")


def _markdown_text(text: str) -> str:
    """``text`` escaped so that Markdown prints it as it is."""
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", text)
    return _MARKDOWN_BLOCK.sub(lambda m: f"{m.group(1)}{m.group(2)}\\"
                               if m.group(2)[0].isdigit() else f"{m.group(1)}\\{m.group(2)}",
                               escaped)


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
    headings = article.subheadings
    out += [f"<h2>{e(article.body[s:t].strip())}</h2>" if n in headings
            else f"<p>{e(article.body[s:t].strip())}</p>"
            for n, (s, t) in enumerate(article.paragraphs)]
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
