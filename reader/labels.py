"""Short labels a learner reads: where an article came from, when it was last read."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reader.commands.common import is_url

if TYPE_CHECKING:
    from vocab.models import Article
    from vocab.quiz_items import QuizWord

# Said after a mark, as a sentence: a toast wraps at any space (rich breaks no-break
# spaces too), and "u" alone at a line's end ("marked known. u" / "undoes.") read as a
# typo.
UNDO_HINT = "Press u to undo."


def counted(n: int, one: str, many: str | None = None) -> str:
    """"1 word", "3 words", "2 stories", "8,314 lines": a number with its noun, its
    thousands marked as an article writes them ("8314 lines", tmux walk-through)."""
    plural = many or (one[:-1] + "ies" if one.endswith("y") else one + "s")
    return f"{n:,} {one if n == 1 else plural}"


def a_level(level: str) -> str:
    """ "a B1", "an A2": a CEFR level after the indefinite article, as it is said ("ay"):
    the notice of a class's handout read "for a A1 class" (tmux walk-through)."""
    return f"{'an' if level.startswith('A') else 'a'} {level}"


def known_percent(share: float) -> str:
    """The share of an article's words the learner knows, rounded down: "100%" beside a
    story that still has highlighted words told the learner there was nothing left to
    learn (QA walk-through: 99.6% shown as 100%)."""
    return f"{math.floor(share * 100 + 1e-9)}%"


# A question names this many words at most; past that, the first ones and how many
# more, so it stays a line or two of a dialog (a screen can hold 30 new words).
NAMED_AT_MOST = 8


def named_words(words: Sequence[str]) -> str:
    """"bloc", "bloc and treaty", "bloc, treaty and deploy"; more than `NAMED_AT_MOST`
    words: "bloc, treaty, … and 5 more"."""
    if len(words) > NAMED_AT_MOST:
        shown = NAMED_AT_MOST - 1
        return f"{', '.join(words[:shown])} and {len(words) - shown} more"
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def when_text(when: datetime | None, now: datetime) -> str:
    """A last-read date as a learner says it, in at most 10 cells (the library's column):
    today, yesterday, 3 days ago, 12 Mar this year, Mar 2025 before ("27 Oct 2025" had
    lost its year to the column's cut, "27 Oct 20…")."""
    if when is None:
        return "never"
    days = (now.date() - when.astimezone(now.tzinfo).date()).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"{days} days ago"
    local = when.astimezone(now.tzinfo)
    return local.strftime("%-d %b" if local.year == now.year else "%b %Y")


# How standard input is named: by the CLI ("stdin", in its messages) and by the engine
# (`vocab.articles.STDIN_SOURCE`; not imported here, the library starts without it).
STANDARD_INPUT = frozenset({"stdin", "<stdin>"})


def source_label(source: str) -> str:
    """Where an article came from, short: a web site's name, a file's name, or
    "pasted text" for what came through standard input (`reader import -`)."""
    if source in STANDARD_INPUT:
        return "pasted text"
    if is_url(source):
        host = source.split("//", 1)[1].split("/", 1)[0]
        return host.removeprefix("www.")
    return Path(source).name if "/" in source else source


def replaced_text_note(saved: Article, read: Article) -> str:
    """What an import of a saved article's source says of its text: nothing when it
    is the same; else that the new text replaced it (an article imported before an
    encoding fix kept its garbled text, and importing the file again added a second
    article) and that, under the same article, nothing the learner did is lost."""
    if saved.body == read.body:
        return ""
    return ("its text changed since it was added, and the new text replaces the old; "
            "your reading history and words are kept.")


def cleaning_note(article: Article) -> str:
    """What an import kept and what it left out as page clutter, with a warning when
    most of the text went (a teacher's story had gone whole behind a comment counter:
    the import must say so, not leave it to be found in the library)."""
    kept = article.word_count
    # The page around the article counts as clutter, not as text that may be the story:
    # a news page's menus and related headlines outweigh many a short story.
    left_out = sum(len(piece.split()) for piece in _clutter(article.removed, article))
    clutter = page_clutter(article)
    if left_out > kept:
        return (f"Only {counted(kept, 'word')} kept: {counted(left_out, 'word')} were left "
                "out as page clutter (menus, captions, share buttons). If the story is "
                "missing, copy its text and paste it in instead.")
    # Code or encoded data pasted with the story (2 MB of base64, QA walk-through) is
    # said apart: no learner would call it page clutter.
    parts = [f"{counted(len(clutter), 'line')} of page clutter"] if clutter else []
    if article.data_lines:
        parts.append(f"{counted(article.data_lines, 'line')} of code or data")
    said = (f"{counted(kept, 'word')}; {' and '.join(parts)} left out." if parts
            else f"{counted(kept, 'word')}.")
    if article.first_part_only:
        said += (" The page was very long: only its first part was read, so the story's"
                 " end may be missing.")
    return said


def page_clutter(article: Article) -> list[str]:
    """The lines an import left out as page clutter, as `cleaning_note` counts them:
    those the cleaning took out of the text, then those of a web page its extractor
    left out; not the title, byline or date, kept as the article's details. An import
    said "7 lines of page clutter left out" where the article's "removed" listed 2,
    one of them its title (QA walk-through)."""
    return _clutter(article.removed, article) + _clutter(article.left_out, article)


def _clutter(pieces: tuple[str, ...], article: Article) -> list[str]:
    return [piece for piece in pieces if not _kept_as_detail(piece, article)]


def _kept_as_detail(piece: str, article: Article) -> bool:
    """Whether a line taken out of the text is its title, byline or date, kept as the
    article's details: no clutter (a teacher's import said "1 line of page clutter
    left out" of the headline; QA walk-through)."""
    said = piece.casefold().strip()
    words = set(re.findall(r"[\w'’.-]+", said)) - {"by", "and"}
    # "By Jane Smith, March 3, 2024": a byline with its date is a byline too.
    named = {word for word in words if not word.isdigit() and word not in _DATE_WORDS}
    byline = bool(article.author) and bool(named) and named <= set(
        re.findall(r"[\w'’.-]+", article.author.casefold()))
    dateline = bool(article.published) and article.published.casefold() in said \
        and len(words) <= _DATELINE_WORDS
    return said == article.title.casefold().strip() or byline or dateline


_DATE_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
    "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "published", "updated"})
# A dateline says little besides its date: "Published March 5, 2024 | Updated 10:30".
_DATELINE_WORDS = 8


def headword(word: QuizWord) -> str:
    """``word`` named as a glossary names it, before its definition: its lemma
    ("shopper", "donate"), not the form the sentence has ("Shoppers", "donated": a
    definition of one person or an infinitive read wrong under a plural or a past
    tense, QA walk-through); a capital the word has mid-sentence is its own
    ("European")."""
    lemma = word.lemma or word.form
    before = word.sentence[:word.start] if word.start >= 0 else ""
    mid_sentence = any(character.isalnum() for character in before)
    if mid_sentence and word.form[:1].isupper() and lemma[:1].islower():
        return lemma[:1].upper() + lemma[1:]
    return lemma
