"""The teacher's handout: article, Words in This Story, quiz, key on its own page."""

from __future__ import annotations

import html
import random
from html.parser import HTMLParser

import pytest

from vocab.articles import article_from_text, load_article
from vocab.engine import Engine
from vocab.lesson import LETTERS, lesson_html, lesson_markdown
from vocab.lexicon import Lexicon
from vocab.models import Article, GlossaryEntry
from vocab.quiz_items import QuizItem
from vocab.quiz_words import article_quiz

VOA = "seeds/004_365fc8dcfed9d6e0.txt"


@pytest.fixture(scope="module")
def lesson(lexicon: Lexicon) -> tuple[Article, list[GlossaryEntry], list[QuizItem]]:
    from pathlib import Path

    from vocab.data import load_tagger

    engine = Engine(lexicon=lexicon, tagger=load_tagger(lexicon))
    article = load_article(Path(__file__).resolve().parents[2] / VOA)
    analysis = engine.analyse(article)
    items = article_quiz(engine, analysis, rng=random.Random(1), n=12)
    return article, engine.glossary(analysis), items


def test_markdown_has_article_words_quiz_and_key_after_a_page_break(lesson) -> None:  # type: ignore[no-untyped-def]
    article, glossary, items = lesson
    text = lesson_markdown(article, glossary, items)
    assert text.startswith(f"# {article.title}\n")
    words_at = text.index("## Words in This Story")
    quiz_break_at = text.index("page-break-before: always")
    quiz_at = text.index("## Quiz")
    break_at = text.index("page-break-before: always", quiz_at)
    key_at = text.index("## Answer key")
    # The quiz on a page of its own too: under the word list, it was answered by it
    # (QA walk-through of a teacher's handout).
    assert words_at < quiz_break_at < quiz_at < break_at < key_at
    assert article.body[article.paragraphs[0][0]:article.paragraphs[0][1]].strip() in text
    assert all(f"**{e.word}**" in text for e in glossary)
    key = text[key_at:]
    assert key.count("\n") >= len(items)
    quiz = text[quiz_at:break_at]
    for item in items:  # answers appear in the key, not flagged in the quiz
        if item.type not in {"spelling", "matching"}:
            assert item.answer_index is not None
            assert f"{LETTERS[item.answer_index]}) {item.answer}" in key
    assert "✓" not in quiz


class _Sections(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sections: list[dict[str, str]] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "section":
            self.sections.append({k: v or "" for k, v in attrs})
        self.scripts += tag == "script"


def test_html_puts_the_key_on_its_own_page_and_escapes_text(lesson) -> None:  # type: ignore[no-untyped-def]
    article, glossary, items = lesson
    tricky = Article(title="<b>Cats & dogs</b>", body=article.body,
                     paragraphs=article.paragraphs)
    page = lesson_html(tricky, glossary, items)
    parser = _Sections()
    parser.feed(page)
    assert [s.get("class") for s in parser.sections] == ["glossary", "quiz", "answer-key"]
    assert parser.scripts == 0
    assert ".answer-key { page-break-before: always;" in page
    assert ".quiz { page-break-before: always;" in page
    assert "&lt;b&gt;Cats &amp; dogs&lt;/b&gt;" in page and "<b>Cats" not in page
    assert page.count('<div class="question">') == len(items)


@pytest.mark.parametrize("render", [lesson_markdown, lesson_html])
def test_a_lesson_without_questions_has_no_empty_quiz(lesson, render) -> None:  # type: ignore[no-untyped-def]
    """`export lesson --types sense` on a text with no such question printed an empty
    "Quiz" and an empty answer key (QA walk-through)."""
    article, glossary, _ = lesson
    page = render(article, glossary, [])
    assert "Words in This Story" in page
    assert "Quiz" not in page and "Answer key" not in page


@pytest.mark.parametrize("render", [lesson_markdown, lesson_html])
def test_the_byline_names_a_web_page_but_not_a_file_on_this_computer(  # type: ignore[no-untyped-def]
        lesson, render) -> None:
    """The handout printed "texts/phones.txt" under the title (QA walk-through)."""
    article, glossary, items = lesson
    from dataclasses import replace

    from_file = replace(article, source="texts/phones.txt", author="Laura Chen")
    page = render(from_file, glossary, items)
    assert "texts/phones.txt" not in page and "Laura Chen" in page
    url = "https://learningenglish.voanews.com/a/story/123.html"
    assert url in render(replace(article, source=url), glossary, items)


@pytest.mark.parametrize("render", [lesson_markdown, lesson_html])
def test_the_handout_has_a_line_for_the_learners_name(lesson, render) -> None:  # type: ignore[no-untyped-def]
    article, glossary, items = lesson
    page = render(article, glossary, items)
    assert "Name:" in page and "Date:" in page
    assert page.index("Name:") < page.index("Words in This Story")


@pytest.mark.parametrize("render", [lesson_markdown, lesson_html])
def test_the_handout_says_which_level_it_is_for(lesson, render) -> None:  # type: ignore[no-untyped-def]
    """A teacher's printed lesson did not say which level it was made for (QA
    walk-through): the level is on the line with the name and the date."""
    from vocab.models import Level

    article, glossary, items = lesson
    for level in (Level.B1, Level.C1):
        page = render(article, glossary, items, level=level)
        name_line = next(line for line in page.splitlines() if "Name:" in line)
        assert f"Level: {level.value}" in name_line


@pytest.mark.parametrize("render", [lesson_markdown, lesson_html])
def test_a_spelling_question_on_paper_says_write_not_type(  # type: ignore[no-untyped-def]
        lexicon: Lexicon, render) -> None:
    """"Type the word that means..." on a printed sheet (QA walk-through)."""
    from pathlib import Path

    from vocab.data import load_tagger

    engine = Engine(lexicon=lexicon, tagger=load_tagger(lexicon))
    article = load_article(Path(__file__).resolve().parents[2] / VOA)
    items = article_quiz(engine, engine.analyse(article), rng=random.Random(1), n=3,
                         types=("spelling",))
    assert items and all(item.prompt.startswith("Type ") for item in items)
    page = render(article, [], items)
    assert "Type " not in page
    assert page.count("Write the word that means") == len(items)


def test_markdown_prints_the_articles_text_as_it_is(lesson) -> None:  # type: ignore[no-untyped-def]
    """"# of votes: more than 300" printed as a heading and "1984. That is..." as a
    numbered list (QA walk-through)."""
    from vocab.articles import article_from_text

    _, glossary, items = lesson
    article = article_from_text("Votes Counted\n\n# of votes: more than 300.\n\n"
                                "1984. That is the title of a book.\n\n- a dash *here*.")
    page = lesson_markdown(article, glossary, items)
    lines = page.splitlines()
    assert "\\# of votes: more than 300." in lines
    assert "1984\\. That is the title of a book." in lines
    assert "- a dash \\*here\\*." in lines  # a list's item, printed as one


@pytest.mark.parametrize("render", [lesson_markdown, lesson_html])
def test_a_version_names_the_quiz_and_its_key(lesson, render) -> None:  # type: ignore[no-untyped-def]
    article, glossary, items = lesson
    page = render(article, glossary, items, version="B")
    assert page.count("(version B)") == 2
    assert "version" not in render(article, glossary, items)


@pytest.mark.parametrize("render", [lesson_markdown, lesson_html])
def test_the_handout_defines_every_word_its_quiz_asks(lesson, render) -> None:  # type: ignore[no-untyped-def]
    """A teacher's handout listed four words and its quiz asked ten others (QA
    walk-through): those are listed too, once each, after the story's own words."""
    from vocab.lesson import MORE_WORDS, words_beyond_glossary

    article, glossary, items = lesson
    extra = words_beyond_glossary(glossary[:2], items)
    listed = {e.lemma for e in glossary[:2]}
    asked = {t.lemma for item in items for t in item.targets}
    assert {w.lemma for w in extra} == asked - listed
    assert len({w.key for w in extra}) == len(extra)
    page = render(article, glossary[:2], items)
    assert MORE_WORDS in page
    start = page.index(MORE_WORDS)
    section = page[start:page.index("Quiz", start)]
    assert all(w.lemma in section for w in extra)


def test_the_handout_keeps_the_storys_subheadings(lesson) -> None:  # type: ignore[no-untyped-def]
    """A teacher's handout printed "Who pays?" and the story's other subheadings as
    plain paragraphs (QA walk-through)."""
    article, glossary, items = lesson
    assert "<h2>Effort to block NATO expansion</h2>" in lesson_html(article, glossary, items)
    markdown = lesson_markdown(article, glossary, items).splitlines()
    assert "## Effort to block NATO expansion" in markdown
    assert not any(_asks_in_a_subheading(article, item) for item in items)


def _asks_in_a_subheading(article: Article, item: QuizItem) -> bool:
    headings = [article.body[s:e] for n, (s, e) in enumerate(article.paragraphs)
                if n in article.subheadings]
    return any(target.sentence.strip() in headings for target in item.targets)


def test_a_matching_word_met_first_in_its_sentence_is_listed_in_lower_case(lesson) -> None:  # type: ignore[no-untyped-def]
    """"1. Corruption 2. verdict 3. bakery" in a teacher's handout: the first had opened
    its sentence (QA walk-through)."""
    from dataclasses import replace

    from vocab.lesson import questions

    _, _, items = lesson
    item = next(i for i in items if i.type == "matching")
    first = item.targets[0]
    capital = replace(item, targets=(replace(first, form=first.form.capitalize()),
                                     *item.targets[1:]))
    [question] = questions([capital])
    assert question.words[0] == first.form.lower()


def _story_and_two_glossaries() -> tuple[Article, list[GlossaryEntry]]:
    from vocab.articles import article_from_text

    article = article_from_text("Town Library Lends Tools\n\nThe library lends tents and "
                                "sewing machines. A librarian checks every tent.\n\n"
                                "Jane Doe adapted this story for VOA Learning English.")
    voa = [GlossaryEntry("lend", "lend", "v.", "to give something for a time", source="article"),
           GlossaryEntry("tool", "tool", "n.", "a thing you use to make or fix things",
                         source="article")]
    ours = [GlossaryEntry("librarian", "librarian", "n.", "a person who works in a library"),
            GlossaryEntry("tent", "tent", "n.", "a shelter of cloth for camping")]
    return article, [*voa, *ours]


@pytest.mark.parametrize(("render", "heading"), [
    (lesson_markdown, "### {}"), (lesson_html, "<h3>{}</h3>")])
def test_the_handout_shows_voas_own_words_apart_from_ours(  # type: ignore[no-untyped-def]
        render, heading: str) -> None:
    """The handout listed VOA's own entries and the generated ones under one heading,
    where the app labels them apart (QA walk-through): the same labels head them."""
    article, glossary = _story_and_two_glossaries()
    page = html.unescape(render(article, glossary, []))
    voa_at = page.index(heading.format("From the story (VOA's own list)"))
    ours_at = page.index(heading.format("Key words of this story"))
    assert page.index("Words in This Story") < voa_at < page.index("lend", voa_at) < (
        page.index("tool", voa_at)) < ours_at < page.index("librarian", ours_at) < (
        page.index("tent", ours_at))
    only_ours = html.unescape(render(article, glossary[2:], []))
    assert "VOA's own list" not in only_ours
    assert heading.format("Key words of this story") in only_ours


@pytest.mark.parametrize(("render", "heading"), [
    (lesson_markdown, "### {}"), (lesson_html, "<h3>{}</h3>")])
def test_a_storys_own_list_is_voas_only_when_the_story_is(  # type: ignore[no-untyped-def]
        render, heading: str) -> None:
    """A teacher's own story, printed with its "Words in This Story", was headed "From
    the story (VOA's own list)" (QA walk-through); a VOA story's credit line says it is
    VOA's."""
    text = ("Town Library Lends Tools\n\nThe library lends drills and sewing machines to "
            "anyone with a card. A librarian checks every drill when it comes back.\n\n"
            "Words in This Story\n\ndrill – n. a tool for making holes\n")
    own = article_from_text(text)
    assert own.glossary
    page = html.unescape(render(own, list(own.glossary), []))
    assert heading.format("From the story (its own list)") in page
    assert "VOA" not in page
    credited = article_from_text(text.replace(
        "comes back.\n", "comes back.\n\nJane Doe adapted this story for VOA Learning "
        "English.\n"))
    page = html.unescape(render(credited, list(credited.glossary), []))
    assert heading.format("From the story (VOA's own list)") in page
