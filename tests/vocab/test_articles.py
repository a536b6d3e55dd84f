"""``load_article`` and friends: any text file in, a clean ``Article`` out."""

from __future__ import annotations

import html
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocab.articles import (
    MAX_ARTICLE_WORDS,
    SEED_SOURCE,
    article_from_bytes,
    article_from_stream,
    article_from_text,
    bundled_seed_paths,
    join_paragraphs,
    load_article,
    load_seed,
)
from vocab.bylines import author_names
from vocab.models import Article, ArticleError
from vocab.story_header import byline_author
from vocab.textfile import Format

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
VOA_SEED = SEEDS / "004_365fc8dcfed9d6e0.txt"
WEB_SEED = SEEDS / "000_8f497018cf25b217.txt"


def _assert_valid_spans(article: Article) -> None:
    """Paragraph spans cover the body in order, separated by one blank line."""
    previous_end = -2
    for start, end in article.paragraphs:
        assert start == previous_end + 2
        assert start < end
        assert article.body[start:end].strip() == article.body[start:end]
        previous_end = end
    assert previous_end == len(article.body)
    assert [article.body[s:e] for s, e in article.paragraphs] == article.body.split("\n\n")


def test_the_voa_seed() -> None:
    article = load_article(VOA_SEED)
    assert article.title == "Russia Gets China’s Support to Get Security Guarantee from NATO"
    assert [entry.word for entry in article.glossary] == [
        "bloc",
        "initiative",
        "counter",
        "principle",
        "affairs",
        "determination",
    ]
    assert [entry.pos for entry in article.glossary] == ["n.", "n.", "v.", "n.", "n.", "n."]
    assert all(entry.source == "article" for entry in article.glossary)
    assert "Words in This Story" not in article.body
    assert "I’m Mario Ritter Jr." in article.removed
    assert article.source == str(VOA_SEED)
    _assert_valid_spans(article)


def test_the_web_seed() -> None:
    article = load_article(str(WEB_SEED))
    for clutter in ("Read more", "Public Affairs", "Post a Comment", "0 Comments"):
        assert clutter not in article.body
    assert article.removed == (
        "Read more",
        "US Air Force 336th Fighter Squadron planes arrive in Romania, December 15, 2021. "
        "© Airman 1st Class Cedrique Oldaker/48th Fighter Wing Public Affairs",
        "US deploys F-15 fighters closer to Russian borders",
        "Post a Comment",
        "0 Comments",
    )
    _assert_valid_spans(article)


@pytest.mark.parametrize("path", bundled_seed_paths(), ids=lambda path: path.name)
def test_every_bundled_seed_loads_cleanly(path: Path) -> None:
    article = load_article(path)
    assert article.title
    assert article.word_count > 200
    _assert_valid_spans(article)


def test_a_bundled_seed_is_sourced_as_a_sample() -> None:
    path = bundled_seed_paths()[0]
    seed = load_seed(path)
    assert seed.source == SEED_SOURCE
    assert (seed.title, seed.body, seed.glossary) == (
        (article := load_article(path)).title, article.body, article.glossary)


def test_bundled_seeds_include_the_levels() -> None:
    names = {path.name for path in bundled_seed_paths()}
    assert {"000_8f497018cf25b217.txt", "004_365fc8dcfed9d6e0.txt"} <= names
    assert {name[:2] for name in names} >= {"a2", "b1", "b2"}


def test_an_original_seed_has_its_own_glossary() -> None:
    glossaries = [load_article(path).glossary for path in bundled_seed_paths()]
    original = [
        g for g, p in zip(glossaries, bundled_seed_paths(), strict=True) if p.name[:2] == "b2"
    ]
    assert original and 5 <= len(original[0]) <= 7


def test_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Rain at Last\n\nThe *farmers* were [happy](http://x).\n\nShare\n")
    article = load_article(path)
    assert article.title == "Rain at Last"
    assert article.body == "The farmers were happy."
    assert article.removed == ("Share",)


def test_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Rain at Last</title></head><body><article><h1>Rain at Last</h1>"
        "<p>The farmers were happy when the rain finally came after four dry months.</p>"
        "<p>They started planting the next morning, hoping for a better harvest.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.title == "Rain at Last"
    assert article.body.startswith("The farmers were happy")
    assert "Rain at Last" not in article.body
    _assert_valid_spans(article)


def _as_web_page(text: str) -> str:
    """A plain-text story laid out the way news sites do: title, <p>s, glossary in a <div>."""
    title, *paragraphs = [part for part in text.split("\n\n") if part.strip()]
    header = paragraphs.index("Words in This Story")
    story = "".join(f"<p>{html.escape(part)}</p>\n" for part in paragraphs[:header])
    entries = "".join(f"<li>{html.escape(part)}</li>" for part in paragraphs[header + 1 :])
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><main><article><h1>{html.escape(title)}</h1>\n"
        f"{story}</article><div class='glossary'><p><strong>Words in This Story</strong></p>"
        f"<ul>{entries}</ul></div></main><footer>Contact us</footer></body></html>"
    )


def test_the_voa_seed_as_a_web_page_gives_the_same_article(tmp_path: Path) -> None:
    from_text = load_article(VOA_SEED)
    path = tmp_path / "story.html"
    path.write_text(_as_web_page(VOA_SEED.read_text(encoding="utf-8")), encoding="utf-8")
    from_page = load_article(path)
    assert from_page.title == from_text.title
    assert from_page.glossary == from_text.glossary
    assert "–n." not in from_page.body
    assert from_page.body == from_text.body


def test_stdin_bytes_and_text() -> None:
    text = "Rain at Last\n\nThe farmers were happy.\n"
    from_bytes = article_from_bytes(text.encode("utf-16"))
    assert from_bytes.title == "Rain at Last"
    assert from_bytes.source == "<stdin>"
    assert article_from_stream(io.BytesIO(text.encode())).body == "The farmers were happy."
    assert article_from_text(text, source="pasted").body == "The farmers were happy."
    sniffed = article_from_bytes(b"<html><body><p>The farmers were happy.</p></body></html>")
    assert sniffed.body == "The farmers were happy."


def test_a_byline_in_a_text_file_is_the_author() -> None:
    article = article_from_text("Rain at Last\n\nBy Jill Robbins\n\nThe farmers were happy.")
    assert (article.author, article.body) == ("Jill Robbins", "The farmers were happy.")


def test_a_web_byline_gives_the_names_not_its_date_or_counter() -> None:
    """QA walk-through: "By Anna Fields | March 3, 2024 | 12 comments" gave the
    author "Anna Fields; March 3"."""
    story = " ".join(["The farmers were happy when the rain came at last."] * 4)
    page = ("<html><head><title>Rain at Last</title></head><body><article>"
            "<h1>Rain at Last</h1>"
            '<p class="byline">By Anna Fields | March 3, 2024 | 12 comments</p>'
            f"<p>{story}</p><p>{story}</p></article></body></html>")
    assert article_from_bytes(page.encode()).author == "Anna Fields"
    assert author_names("Anna Fields; Jill Robbins") == "Anna Fields; Jill Robbins"
    assert author_names("Updated 5 hours ago") == ""


_RAIN = " ".join(["The farmers were happy when the rain came at last."] * 4)


def _page_with_byline(byline: str, head: str = "") -> bytes:
    return (f"<html><head><title>Rain at Last</title>{head}</head><body><article>"
            f"<h1>Rain at Last</h1>{byline}<p>{_RAIN}</p><p>{_RAIN}</p>"
            "</article></body></html>").encode()


@pytest.mark.parametrize("byline", [
    '<p class="byline">By Jane Smith, Health Reporter</p>',
    '<p class="byline">Jane Smith | Staff writer</p>',
    "<p>Jane Smith | Staff writer</p>",
    "<p>By Jane Smith</p><p>Health Reporter</p>",
    '<p>By <a rel="author" href="/jane">Jane Smith</a>, Health Reporter</p>',
])
def test_a_web_byline_gives_the_writer_not_their_job(byline: str) -> None:
    """An imported page showed its author as "Jane Smith; Health Reporter"."""
    article = article_from_bytes(_page_with_byline(byline))
    assert article.author == "Jane Smith"
    assert article.body.startswith("The farmers")


@pytest.mark.parametrize("byline", [
    "<p>By Jane Smith | Health Reporter | Updated 3 hours ago</p>",
    '<p class="author">Written by Jane Smith &bull; March 3, 2025</p>',
    # In a box of its own, which the page's extractor leaves out of the story.
    '</article><div class="meta">By Jane Smith | Health Reporter | Updated 3 hours ago'
    "</div><article>",
])
def test_a_byline_with_its_job_and_time_or_written_by_names_the_writer(byline: str) -> None:
    """QA2 walk-through: "By Leo Brandt | Arts Correspondent | Updated 3 hours ago" was
    taken for a menu, and "Written by Hannah Cole • March 3, 2025" for nothing: the
    lines went, and the lesson's header had no author."""
    article = article_from_bytes(_page_with_byline(byline))
    assert article.author == "Jane Smith"
    assert article.body.startswith("The farmers")


def test_a_cookie_banner_in_capitals_names_no_writer() -> None:
    left_out = ["By Continuing To Use This Site You Agree", "Home | News | World"]
    assert byline_author(left_out) == ""
    assert byline_author([*left_out, "By Jane Smith"]) == "Jane Smith"


def test_a_page_author_in_its_metadata_loses_the_job_too() -> None:
    meta = '<meta name="author" content="Jane Smith; Health Reporter">'
    assert article_from_bytes(_page_with_byline("", meta)).author == "Jane Smith"
    two = '<p class="byline">By Jane Smith and Tom Brown, Staff Writers</p>'
    assert article_from_bytes(_page_with_byline(two)).author == "Jane Smith; Tom Brown"


@pytest.mark.parametrize("byline", [
    '<p class="byline">Staff Reporter</p>', "<p>Staff Reporter</p>", "<p>By Staff Writer</p>",
])
def test_a_byline_naming_only_a_job_is_no_author_and_no_text(byline: str) -> None:
    article = article_from_bytes(_page_with_byline(byline))
    assert (article.author, article.body.split("\n\n")[0]) == ("", _RAIN)


@pytest.mark.parametrize(("byline", "author"), [
    ("By Jane Smith, Health Reporter", "Jane Smith"),
    ("By Jane Smith | Staff writer", "Jane Smith"),
    ("Jane Smith | Staff writer", "Jane Smith"),
    ("By Jane Smith\n\nHealth Reporter", "Jane Smith"),
    ("By Staff Writer", ""),
    ("By Anna Fields, Tom Brown and Jill Robbins", "Anna Fields, Tom Brown and Jill Robbins"),
])
def test_a_text_file_byline_gives_the_names_only(byline: str, author: str) -> None:
    article = article_from_text(f"Rain at Last\n\n{byline}\n\n{_RAIN}")
    assert (article.title, article.author, article.body) == ("Rain at Last", author, _RAIN)


@pytest.mark.parametrize(("byline", "author"), [
    # QA walk-through: "By Maria Lopez, VOA News" gave the author "Maria Lopez, VOA News".
    ("By Maria Lopez, VOA News", "Maria Lopez"),
    ("Maria Lopez | Reuters", "Maria Lopez"),
    ("By Maria Lopez, AP", "Maria Lopez"),
    ("By Maria Lopez, The New York Times", "Maria Lopez"),
    ("By Maria Lopez\n\nVOA News", "Maria Lopez"),
    ("By Maria Lopez and John Doe, Associated Press", "Maria Lopez and John Doe"),
    ("Maria Lopez and John Doe, Associated Press", "Maria Lopez and John Doe"),
    ("By Maria Lopez, John Doe", "Maria Lopez, John Doe"),
    ("By Maria Lopez, Emily Post", "Maria Lopez, Emily Post"),
])
def test_a_byline_gives_the_writers_not_their_outlet(byline: str, author: str) -> None:
    article = article_from_text(f"Rain at Last\n\n{byline}\n\n{_RAIN}")
    assert (article.title, article.author, article.body) == ("Rain at Last", author, _RAIN)
    if "\n" not in byline:
        page = article_from_bytes(_page_with_byline(f'<p class="byline">{byline}</p>'))
        assert page.author == author.replace(" and ", "; ").replace(", ", "; ")
        assert page.body.startswith("The farmers")


def test_a_page_author_in_its_metadata_loses_the_outlet_but_no_name() -> None:
    meta = '<meta name="author" content="Maria Lopez and John Doe, Associated Press">'
    assert article_from_bytes(_page_with_byline("", meta)).author == "Maria Lopez; John Doe"
    assert author_names("Maria Lopez; Radio Free Asia") == "Maria Lopez"
    # A name that lost its comma stays rather than go with the outlet.
    assert author_names("Maria Lopez VOA News") == "Maria Lopez VOA News"


def test_a_headline_that_names_a_job_is_still_the_headline() -> None:
    article = article_from_text(f"Meet Jane Smith, Our New Health Reporter\n\n{_RAIN}")
    assert article.title == "Meet Jane Smith, Our New Health Reporter"
    assert article.author == ""


def test_a_text_without_a_headline_is_named_by_its_first_words() -> None:
    article = article_from_text("The farmers were happy when the rain finally came after months.")
    assert article.title == "The farmers were happy when the rain finally…"


@pytest.mark.parametrize(("text", "title"), [
    # Not "...rising costs.…" (QA walk-through).
    ("Café owners in São Paulo face rising costs. Rents went up again this year.",
     "Café owners in São Paulo face rising costs"),
    ("Mr. Chen and Dr. Li brought their tools to the garden today.",
     "Mr. Chen and Dr. Li brought their tools…"),
    ("Prices rose in the U.S. this year, and wages did not.",
     "Prices rose in the U.S. this year, and…"),
    ("Where did the bees go? Nobody knows.", "Where did the bees go?"),
])
def test_a_first_sentence_short_enough_is_the_whole_title(text: str, title: str) -> None:
    assert article_from_text(text).title == title


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "There is no file at"),
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "binary"),
        (b"Read more\n\nShare\n\n0 Comments\n", "no article text once page clutter is removed"),
        # Nothing removed: the text is short, not clutter (QA walk-through).
        (b"Hello world\n", r"is too short to read \(2 words\): give it at least a sentence"),
        (b"Rain", r"is too short to read \(1 word\)"),
    ],
)
def test_bad_files_give_one_clear_sentence(
    tmp_path: Path, content: bytes | None, expected: str
) -> None:
    path = tmp_path / "story.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ArticleError, match=expected) as excinfo:
        load_article(path)
    assert str(path) in str(excinfo.value)
    assert "\n" not in str(excinfo.value)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="is a folder"):
        load_article(tmp_path)


def test_join_paragraphs_gives_offsets() -> None:
    assert join_paragraphs(("ab", "c")) == ("ab\n\nc", ((0, 2), (4, 5)))
    assert join_paragraphs(()) == ("", ())


_WORDS = st.sampled_from(
    ["The", "river", "rose.", "Read more", "0 Comments", "Share", "I’m Anna Matteo.", "–n.", "\n"]
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.one_of(st.text(max_size=120), st.lists(_WORDS, max_size=25).map(" ".join)),
        max_size=8,
    )
)
def test_paragraphs_are_in_order_spans_of_the_body(parts: list[str]) -> None:
    try:
        article = article_from_text("\n\n".join(parts), source="generated")
    except ArticleError:
        return
    _assert_valid_spans(article)
    assert all(piece for piece in article.removed)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["txt", "md", "html", None]))
def test_any_bytes_give_an_article_or_one_clear_error(data: bytes, fmt: Format | None) -> None:
    try:
        article = article_from_bytes(data, source="generated", fmt=fmt)
    except ArticleError as error:
        assert str(error).startswith("generated ")
        assert "\n" not in str(error)
    else:
        _assert_valid_spans(article)


def test_a_book_length_text_is_refused_with_its_length() -> None:
    chapter = "The ship sailed north through the cold and quiet sea. " * 2_000
    long_text = "\n\n".join([chapter] * 15)  # 300,000 words, about 1.7 MB
    with pytest.raises(ArticleError) as excinfo:
        article_from_text(long_text, source="book.txt")
    assert str(excinfo.value) == (
        f"book.txt is too long to read here (300,000 words): the reader takes texts of "
        f"up to {MAX_ARTICLE_WORDS:,} words (split a book into chapters).")
    assert article_from_text(chapter, source="chapter.txt").word_count == 20_000


def test_a_size_near_the_limit_is_said_precisely() -> None:
    from vocab.textfile import MAX_BYTES, decode_text

    with pytest.raises(ArticleError) as excinfo:
        decode_text(b"a" * (MAX_BYTES + 20_000), "big.txt")
    assert str(excinfo.value) == "big.txt is too large (5.02 MB): the limit is 5 MB."


def test_a_short_text_with_a_sentence_is_still_an_article() -> None:
    assert article_from_text("Rain at Last\n\nHelp!").body == "Help!"
    assert article_from_text("Rain at Last\n\nThe farmers were happy.").body == (
        "The farmers were happy.")


def test_a_cookie_banner_is_page_clutter() -> None:
    article = article_from_text("Rain at Last\n\nWe use cookies to improve your experience."
                                "\n\nThe farmers were happy when the rain came.")
    assert article.body == "The farmers were happy when the rain came."
    assert any("cookies" in piece for piece in article.removed)


def test_a_page_of_menus_and_banners_has_no_article(tmp_path: Path) -> None:
    """A QA run had this page as an article titled "Home": "World / We use cookies."."""
    page = tmp_path / "page.html"
    page.write_text('<html><body><nav><a href="/">Home</a> <a href="/x">World</a></nav>'
                    "<div>We use cookies. Accept?</div><footer>Copyright 2023</footer>"
                    "</body></html>", encoding="utf-8")
    with pytest.raises(ArticleError, match="no article text once page clutter is removed"):
        load_article(page)


@pytest.mark.parametrize(("text", "headings"), [
    ("Title\n\nThe river rose. Farmers left.\n\nA growing movement\n\nMore schools now "
     "ban phones.\n\nWho pays?\n\nThe city will pay.", ["A growing movement", "Who pays?"]),
    # Short lines one after another are a list; a sentence and a quotation are no heading.
    ("Title\n\nYou need:\n\nTwo eggs\n\nSome flour\n\nMix them well.\n\n\"We are ready,\" "
     "she said.\n\nI'm Anna Matteo.", []),
])
def test_subheadings_are_short_lines_that_close_no_sentence(text: str, headings: list[str]) -> None:
    from vocab.articles import article_from_text

    article = article_from_text(text)
    assert [article.body[s:e] for n, (s, e) in enumerate(article.paragraphs)
            if n in article.subheadings] == headings


def test_a_standfirst_under_the_headline_is_no_subheading() -> None:
    """A story's one-line summary under its headline, short and without a full stop,
    was printed as a "##" heading of the teacher's handout: a story opens with text,
    never with a heading over nothing before it."""
    from vocab.articles import article_from_text

    article = article_from_text(
        "Ferry becomes a library\n\nVolunteers give an old boat a new life\n\n"
        "The ferry had not sailed for years. Parents cleaned it.\n\nA place to meet\n\n"
        "Children come every afternoon to read."
    )
    assert [article.body[s:e] for n, (s, e) in enumerate(article.paragraphs)
            if n in article.subheadings] == ["A place to meet"]


def test_a_heading_over_a_list_may_open_the_story() -> None:
    """A live page's "Key points" box opens with its heading over its list."""
    from vocab.articles import article_from_text

    article = article_from_text(
        "Storm reaches the coast\n\nKey points\n\n- Winds hit the towns at dawn.\n\n"
        "- Schools are closed.\n\nThe storm arrived early on Tuesday. Ferries stayed in port."
    )
    assert [article.body[s:e] for n, (s, e) in enumerate(article.paragraphs)
            if n in article.subheadings] == ["Key points"]


def test_a_paragraph_that_is_only_a_links_text_is_page_clutter(tmp_path: Path) -> None:
    """An advertisement inside the story ("Buy cheap fans now - 50% off!", a link in a
    div between paragraphs) was read as a paragraph of the story (QA walk-through): a
    line that is all the text of one link is a link, not prose. A link inside a
    sentence stays."""
    page = tmp_path / "story.html"
    sentences = ["The heat wave moved north on Monday, and farmers watched the sky.",
                 "Officials told people to drink water and stay out of the sun.",
                 "Hospitals said more older people came in with heat stroke.",
                 "Forecasters expect cooler air and some rain by the weekend."]
    page.write_text(
        "<html><head><title>Heat wave</title></head><body><article><h1>Heat wave</h1>"
        f"<p>{sentences[0]}</p><p>{sentences[1]}</p>"
        '<div class="ad">ADVERTISEMENT<br><a href="/shop">Buy cheap fans now - 50% off!</a>'
        f"</div><p>{sentences[2]}</p>"
        f'<p>{sentences[3][:-1]}, says the <a href="/w">weather service</a>.</p>'
        "</article></body></html>", encoding="utf-8")
    article = load_article(page)
    assert "fans now" not in article.body
    assert "says the weather service." in article.body
    assert any("fans now" in piece for piece in article.left_out)
