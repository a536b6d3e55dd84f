"""Short labels the library shows: where an article came from."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.labels import known_percent, source_label, when_text
from vocab.lexicon import Lexicon


@pytest.mark.parametrize(("source", "shown"), [
    ("https://www.voanews.com/a/story-123.html", "voanews.com"),
    ("/home/ana/texts/phones.txt", "phones.txt"),
    ("stdin", "pasted text"),  # `reader import -` (QA walk-through: the library said "stdin")
    ("<stdin>", "pasted text"),
])
def test_the_source_is_named_as_a_learner_knows_it(source: str, shown: str) -> None:
    assert source_label(source) == shown


def test_the_engines_name_for_standard_input_is_known() -> None:
    from reader.labels import STANDARD_INPUT
    from vocab.articles import STDIN_SOURCE

    assert STDIN_SOURCE in STANDARD_INPUT


def test_a_title_byline_or_date_taken_out_of_the_text_is_no_clutter() -> None:
    """Importing a page said "1 line of page clutter left out": the headline, kept as
    the title (QA walk-through)."""
    from reader.labels import cleaning_note
    from vocab.articles import article_from_text

    article = article_from_text("Library Opens New Room\n\nBy Anna Matteo\n\nMarch 5, 2024\n\n"
                                "The city library opened a new reading room on Monday.\n\n"
                                "Share this article\n\nLibrary Opens New Room")
    assert len(article.removed) > 1
    assert cleaning_note(article) == "10 words; 1 line of page clutter left out."


def test_a_pages_menus_and_footer_count_as_clutter_but_never_as_a_lost_story() -> None:
    """An import said "2 lines of page clutter left out" of a page it had rid of its
    menu, share bar and footer (QA walk-through); and a page's long list of related
    headlines is no story left out."""
    from reader.labels import cleaning_note
    from vocab.articles import article_from_text

    related = "".join(f"<li><a href='/s{n}'>Another story about the city council and its "
                      f"budget number {n}</a></li>" for n in range(12))
    page = ("<html><head><title>Bus Fares Rise</title></head><body><nav><ul><li>Home</li>"
            "<li>News</li><li>Sports</li></ul></nav><article><h1>Bus Fares Rise</h1><p>"
            "The city council voted on Tuesday to raise bus fares by 25 cents. Opponents "
            "said higher fares would hurt workers who ride the bus every day.</p><p>The "
            "new fares start in March, and students will keep their discount.</p>"
            f"</article><aside><h2>Related stories</h2><ul>{related}</ul></aside><footer>"
            "<p>Privacy Policy</p><p>Contact Us</p></footer></body></html>")
    article = article_from_text(page, fmt="html")
    assert {"Home", "News", "Privacy Policy"} <= set(article.left_out)
    note = cleaning_note(article)
    assert note.startswith(f"{article.word_count} words; ")
    assert int(note.split("; ")[1].split()[0]) >= 18  # menu, related stories, footer


# A small news page as a QA walk-through met one: a menu, a cookie banner, a headline
# never closed, a "Read more" link, a comment counter, share button and footer.
FLOOD_PAGE = (
    "<html><head><title>River Towns Told to Prepare</title></head><body><nav><a href='/'>"
    "Home</a> | <a href='/news'>News</a></nav><div class='cookies'>We use cookies. "
    "<button>Accept all cookies</button></div><article><h1>River Towns Told to Prepare<p>"
    "Officials told towns along the river to prepare for a flood after two days of rain."
    "<p>\"We are filling sandbags all night,\" said a local firefighter. <a href='#'>Read "
    "more</a><div class='comments'>12 comments</div><span>Share on Facebook</span><p>The "
    "rain should ease by Sunday, but the river may not peak until Monday.</article>"
    "<footer>Copyright 2026 Example News. All rights reserved.</footer></body></html>")


def test_the_clutter_an_import_counts_is_the_clutter_it_lists() -> None:
    """An import said "7 lines of page clutter left out" while the article's
    "removed" listed 2 lines, one of them its headline: the note counts the lines the
    extractor left out too, and no headline."""
    from reader.labels import cleaning_note, page_clutter
    from vocab.articles import article_from_text

    article = article_from_text(FLOOD_PAGE, fmt="html")
    clutter = page_clutter(article)
    assert {"Home", "Accept all cookies", "Read more", "12 comments",
            "Share on Facebook"} <= set(clutter)
    assert article.title not in clutter
    assert cleaning_note(article) == (
        f"{article.word_count} words; {len(clutter)} lines of page clutter left out.")


def test_analyze_lists_the_clutter_the_import_counts(
        tmp_path: Path, lexicon: Lexicon, capsys: pytest.CaptureFixture[str]) -> None:
    """`reader analyze --json` gave only the cleaning's "removed" lines, the headline
    among them: its "clutter" lists the lines an import counts."""
    from reader.cli import main
    from reader.labels import cleaning_note
    from vocab.articles import load_article

    page = tmp_path / "flood.html"
    page.write_text(FLOOD_PAGE)
    assert main(["analyze", str(page), "--json"]) == 0
    clutter = json.loads(capsys.readouterr().out)["clutter"]
    assert "Read more" in clutter
    assert f"; {len(clutter)} lines of page clutter" in cleaning_note(load_article(page))


def test_a_byline_with_its_date_is_no_clutter() -> None:
    """"By Jane Smith, March 3, 2024", shown as the article's author and date, was
    counted as a line of page clutter (QA walk-through)."""
    from dataclasses import replace

    from reader.labels import cleaning_note
    from vocab.articles import article_from_text

    article = article_from_text("Library Opens\n\nThe city library opened a new reading "
                                "room on Monday.")
    shown = replace(article, author="Jane Smith", published="2024-03-03",
                    left_out=("By Jane Smith, March 3, 2024", "Share this article"))
    assert cleaning_note(shown).endswith("; 1 line of page clutter left out.")


@pytest.mark.parametrize(("words", "named"), [
    (["bloc"], "bloc"),
    (["bloc", "treaty"], "bloc and treaty"),
    (["bloc", "treaty", "deploy"], "bloc, treaty and deploy"),
    ([f"w{n}" for n in range(8)], "w0, w1, w2, w3, w4, w5, w6 and w7"),
    ([f"w{n}" for n in range(12)], "w0, w1, w2, w3, w4, w5, w6 and 5 more"),
])
def test_a_few_words_are_named_and_many_the_first_several_and_a_count(
        words: list[str], named: str) -> None:
    from reader.labels import named_words

    assert named_words(words) == named


def test_the_library_sorts_by_source_as_it_names_the_source() -> None:
    """Sorting by source went by the stored path ("/tmp/b/apple.txt" after
    "/tmp/a/zebra.txt"), not the name the Source column shows (QA walk-through)."""
    from vocab.models import Article
    from vocab.store import Store

    sources = ["/tmp/b/apple.txt", "/tmp/a/zebra.txt", "https://www.bbc.co.uk/news/1",
               "http://cnn.com", "stdin", "sample article", "Mango.txt",
               "https://voanews.com:8080/a/b.html", "C:\\texts\\kiwi.txt"]
    with Store.open(":memory:") as store:
        for number, source in enumerate(sources):
            body = f"Story number {number}."
            store.add_article(Article(title=f"Story {number}", body=body,
                                      paragraphs=((0, len(body)),), source=source))
        listed = [source_label(a.source) for a in store.list_articles(sort="source")]
        backwards = [source_label(a.source)
                     for a in store.list_articles(sort="source", descending=True)]

    assert listed == sorted(listed, key=str.casefold)
    assert backwards == listed[::-1]


def test_a_known_share_is_rounded_down_so_100_percent_means_all_known() -> None:
    """QA walk-through: "Known 100%" beside a story that still had highlighted words."""
    assert known_percent(0.996) == "99%"
    assert known_percent(1.0) == "100%"
    assert known_percent(0.92) == "92%"
    assert known_percent(0.0) == "0%"


@pytest.mark.parametrize(("when", "said"), [
    (datetime(2026, 12, 6, 8, tzinfo=UTC), "today"),
    (datetime(2026, 12, 5, 8, tzinfo=UTC), "yesterday"),
    (datetime(2026, 12, 2, 8, tzinfo=UTC), "4 days ago"),
    (datetime(2026, 10, 27, 8, tzinfo=UTC), "27 Oct"),
    (datetime(2025, 10, 27, 8, tzinfo=UTC), "Oct 2025"),
])
def test_a_date_fits_the_library_column(when: datetime, said: str) -> None:
    """"27 Oct 2025" is 11 cells: the library's 10-cell "Last read" column showed
    "27 Oct 20…" (QA walk-through). This year's dates need no year; older ones, no day."""
    shown = when_text(when, datetime(2026, 12, 6, 20, tzinfo=UTC))
    assert shown == said
    assert len(shown) <= 10
