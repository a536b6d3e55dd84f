"""Bytes to text: encodings, limits, binary files, Markdown and HTML."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocab.html_text import html_to_text
from vocab.markdown_text import markdown_to_text
from vocab.models import ArticleError
from vocab.textfile import (
    MAX_BYTES,
    decode_text,
    format_of,
    read_limited,
    read_stream,
    sniff_format,
)

# Accents, curly quotes and a euro sign: each encoding below must round-trip them
# (cp1252 has all of them; latin-1 only the accents, so it gets its own sample).
SAMPLE = (
    "Café Owners Smile Again\n\n"
    "“Business is better,” said Zoë, who runs a small café near the station. "
    "A coffee now costs €3, and the naïve tourists still pay it.\n"
)
LATIN1_SAMPLE = (
    "Café Owners Smile Again\n\n"
    "Zoë runs a small café near the station, and the naïve tourists love her crème brûlée.\n"
)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("cp1252", b""),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(prefix + SAMPLE.encode(encoding))
    assert decode_text(read_limited(path), str(path)) == SAMPLE


def test_latin1_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(LATIN1_SAMPLE.encode("latin-1"))
    assert decode_text(read_limited(path)) == LATIN1_SAMPLE


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_short_western_text_reads_as_english_words(tmp_path: Path, encoding: str) -> None:
    """A few accented words are not enough for charset-normalizer, which scored cp775
    ("cafķ na’ve") above latin-1: the reading whose accented words are English wins."""
    text = "café naïve résumé is a word.\n\nThe second paragraph is here."
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    assert decode_text(read_limited(path)) == text


def test_a_pound_sign_is_no_english_word_for_another_code_page(tmp_path: Path) -> None:
    """cp1250 read this latin-1 file as "naďve" and "Ł3": its lone "Ł" counted as an
    English word, so it matched cp1252's English words and won on coherence."""
    text = ("Café Culture Returns to the City\n\nThe café on the corner re-opened last"
            " week. Its owner, José Martínez, said the naïve hope of a quick recovery had"
            " faded, but customers returned. «We are grateful,» he said. The résumé of the"
            " building is long: it was a bakery, a bank and a cinéma. Prices are £3 for a"
            " coffee.\n")
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    assert decode_text(read_limited(path)) == text


@pytest.mark.parametrize(
    "text",
    [
        "The Shop’s “Best” Tea Costs £4 Now\n\nPrices at the corner café rose again — said one.\n",
        "A Cup of Tea for £2\n\nPrices at the corner café rose again.\n",
        "A Cup of Tea for £2\n\nIt’s too much, said one customer, who paid £4 for a cup.\n",
        "Prices Rise\n\nIt’s too much, said one customer, who paid £4 for a cup.\n",
        "Prices Rise\n\nMr. Müller said the “new” rules were fair — and cost £5.\n",
        "Tea now costs £3; the owner, Zoë, said the rise was “small.”\n",
    ],
)
def test_an_english_cp1252_text_is_read_as_cp1252(text: str) -> None:
    """cp1250 read "£4" in a cp1252 file with a "café" as "Ł4" (QA walk-through), Mac
    Roman "It’s" as "Itís": each code page decodes the bytes, and charset-normalizer's
    coherence, a guess at the language from a few letters, preferred another one. A
    learner's file is English, which Windows writes in cp1252: it wins when it reads the
    bytes as well."""
    assert decode_text(text.encode("cp1252")) == text


def test_a_text_in_another_language_keeps_its_own_code_page() -> None:
    """cp1252 decodes Lithuanian's cp1257 bytes as well, as other letters: only an
    English text is read as cp1252 over charset-normalizer's choice."""
    text = ("Prezidentas pirmadienį susitiko su ministrais aptarti degalų kainų ir darbo. "
            "Šiandien žmonės džiaugiasi. ") * 3
    assert decode_text(text.encode("cp1257")) == text


@pytest.mark.parametrize("name", ["the Élysée Palace", "Óscar Pérez"])
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_western_story_with_a_capital_accent_is_not_read_as_chinese(
        tmp_path: Path, encoding: str, name: str) -> None:
    """A news story in cp1252 naming "the Élysée Palace" once in 3 kB was read as
    Big5, "匜ys嶪 Palace", with no word of warning (QA walk-through): the pair of an
    accented capital and a letter is a valid East Asian character. Glued to English
    letters in every word they make, such characters are no Chinese text."""
    story = (f"Leaders Meet in Paris\n\nThe two leaders met at {name} on Monday to talk about "
             "trade, energy and the war. They said the talks were useful, and that their "
             "ministers would meet again next month to prepare a new agreement.\n"
             )
    more = ("\nThe meeting came after weeks of hard words between the two governments. "
            "Officials on both sides said the leaders spoke for a long time about prices, "
            "jobs and the cost of fuel, which has risen sharply this year. Business groups "
            "welcomed the news and said they hoped for lower taxes on goods that cross "
            "the border.\n")
    # charset-normalizer reads chunks of a file: whether it went wrong hung on the length.
    for paragraphs in range(6, 21):
        path = tmp_path / f"story{paragraphs}.txt"
        path.write_bytes((story + more * paragraphs).encode(encoding))
        assert decode_text(read_limited(path)) == story + more * paragraphs


def test_east_asian_text_is_still_read_as_such() -> None:
    text = ("新闻报道：两国领导人星期一在巴黎会面，讨论贸易和能源问题。"
            "记者在外面等了三个多小时。\n") * 3
    assert decode_text(text.encode("gb18030")) == text


def test_utf8_with_a_stray_cp1252_byte_stays_utf8() -> None:
    data = SAMPLE.encode("utf-8") + "He said “yes”.".encode("cp1252")
    text = decode_text(data)
    assert text.startswith(SAMPLE)
    assert text.endswith("He said “yes”.")  # the stray bytes read as cp1252, not "\ufffd"


def test_windows_line_ends_become_newlines() -> None:
    assert decode_text(b"Title\r\n\r\nText.\rMore.\r\n") == "Title\n\nText.\nMore.\n"


def test_valid_utf8_wins_over_guesses() -> None:
    # Short UTF-8 with one accent is easy to mistake for a single-byte code page.
    assert decode_text("Zoë".encode()) == "Zoë"


def _message(excinfo: pytest.ExceptionInfo[ArticleError]) -> str:
    message = str(excinfo.value)
    assert "\n" not in message
    assert message.endswith(".")
    return message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as excinfo:
        read_limited(tmp_path / "nothing.txt")
    assert "There is no file at" in _message(excinfo)


def test_a_path_through_a_file_is_missing(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Hi.")
    with pytest.raises(ArticleError, match="There is no file at"):
        read_limited(tmp_path / "story.txt" / "more.txt")


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as excinfo:
        read_limited(tmp_path)
    assert "is a folder" in _message(excinfo)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"hello\x00world, this has a NUL byte in the middle of it",
        bytes(range(1, 32)) * 20,
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00",
    ],
)
def test_binary_files_are_refused(data: bytes) -> None:
    with pytest.raises(ArticleError) as excinfo:
        decode_text(data, "photo.png")
    assert "binary" in _message(excinfo)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "a PDF"),
        (b"{\\rtf1\\ansi The farmers were happy.}", "an RTF document"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a zip archive"),
    ],
)
def test_documents_of_other_programs_are_named_with_what_to_do(data: bytes, kind: str) -> None:
    """QA walk-through: a PDF written as text was imported as an article titled
    "%PDF-1.4" of 8 words."""
    with pytest.raises(ArticleError) as excinfo:
        decode_text(data, "report.pdf")
    assert _message(excinfo).startswith(f"report.pdf is {kind}")
    assert "Copy its text into a .txt file" in _message(excinfo)


@pytest.mark.parametrize("data", [
    b'{"format": "voa-reader-learner", "words": [{"lemma": "bloc"}]}',
    b'[\n  {"type": "definition", "question": "What does bloc mean?"}\n]\n',
])
def test_a_json_file_is_named_with_what_to_do(data: bytes) -> None:
    """QA walk-through: a saved quiz was imported as an article titled "[", and the
    app's own learner file as one titled "{" of 6,750 words."""
    with pytest.raises(ArticleError) as excinfo:
        decode_text(data, "learner.json")
    assert _message(excinfo).startswith("learner.json is JSON data, not an article")
    assert "reader import learner" in _message(excinfo)


def test_a_text_that_opens_with_a_bracket_is_still_a_text() -> None:
    text = "[Updated] The council voted on Tuesday to build a new library downtown."
    assert decode_text(text.encode(), "story.txt") == text


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  ", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_files_are_refused(data: bytes) -> None:
    with pytest.raises(ArticleError) as excinfo:
        decode_text(data, "empty.txt")
    assert "is empty" in _message(excinfo)


def test_broken_utf16_is_refused() -> None:
    lone_surrogate = b"\xff\xfe" + "Hi".encode("utf-16-le") + b"\x00\xd8"
    with pytest.raises(ArticleError) as excinfo:
        decode_text(lone_surrogate, "broken.txt")
    assert "cannot be decoded" in _message(excinfo)


def test_a_huge_file_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: no disk, but stat says 50 MB

    def no_reading(*_args: object, **_kwargs: object) -> None:
        pytest.fail("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(ArticleError) as excinfo:
        read_limited(path)
    assert "too large (50.0 MB)" in _message(excinfo)


def test_a_file_just_past_the_limit_says_by_how_much(tmp_path: Path) -> None:
    """"huge.txt is too large (5.00 MB): the limit is 5 MB" (QA walk-through)."""
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 126))
    with pytest.raises(ArticleError) as excinfo:
        read_limited(path)
    assert _message(excinfo) == (f"{path} is too large ({MAX_BYTES + 126:,} bytes): the limit"
                                 f" is 5 MB ({MAX_BYTES:,} bytes).")


def test_a_stream_past_the_limit_is_refused() -> None:
    stream = io.BytesIO(b"a" * (MAX_BYTES + 1))
    with pytest.raises(ArticleError) as excinfo:
        read_stream(stream)
    assert "<stdin> is too large" in _message(excinfo)
    assert read_stream(io.BytesIO(b"short text")) == b"short text"


def test_formats_come_from_suffixes_then_content() -> None:
    assert format_of("a.TXT") == "txt"
    assert format_of("notes.markdown") == "md"
    assert format_of("page.htm") == "html"
    assert format_of("saved-page", "<!DOCTYPE html><html>") == "html"
    assert format_of("story", "Just a story.") == "txt"
    # A page saved as text (a QA run saw its <html><head><title> tags as the story).
    assert format_of("page.txt", "<!DOCTYPE html><html><body>") == "html"
    assert format_of("story.txt", "A story about <html> tags.") == "txt"
    assert sniff_format("  <html lang='en'><body>") == "html"


def test_notes_with_markdown_headings_saved_as_text_are_markdown() -> None:
    """Notes saved as .txt showed their "##" marks, the first as the title."""
    notes = ("## Introduction\n\nBees carry pollen from flower to flower.\n\n"
             "## Why bees are in danger\n\n- Pesticides harm them.\n")
    assert format_of("notes.txt", notes) == "md"
    article = load_article_text(notes)
    assert [article.body[start:end] for start, end in article.paragraphs][0] == "Introduction"
    assert article.subheadings == {0, 2}
    # One line that opens so is a sentence's, and a count is no heading.
    assert format_of("votes.txt", "# of votes: 300\n\nThe count ended late.") == "txt"
    assert format_of("votes.txt", "# of votes: 300\n\n# of voters: 410\n") == "txt"


def load_article_text(text: str):  # type: ignore[no-untyped-def]
    from vocab.articles import article_from_text

    return article_from_text(text, "notes.txt", format_of("notes.txt", text))


MARKDOWN = """---
layout: post
date: 2024-05-01
---
# The *Best* Way to Learn Words

Read **every day**, even for [ten minutes](https://example.com/ten).
Short sessions work.

![A girl reading](girl.png)

## Make it a habit

- Keep a notebook
- Review on Sundays

> Little by little, one travels far.

```python
print("code stays readable")
```

<div class="ad">Buy now</div>
"""


def test_markdown_becomes_plain_text() -> None:
    plain = markdown_to_text(MARKDOWN)
    assert plain.title == "The Best Way to Learn Words"
    assert plain.text.split("\n\n") == [
        "Read every day, even for ten minutes. Short sessions work.",
        "Make it a habit",
        "- Keep a notebook",  # a list's items keep their marks
        "- Review on Sundays",
        "Little by little, one travels far.",
        'print("code stays readable")',
        "Buy now",
    ]
    for markup in ("*", "#", "](", "![", "```", "<div", "layout:"):
        assert markup not in plain.text


def test_markdown_title_can_come_from_front_matter() -> None:
    plain = markdown_to_text('---\ntitle: "Spring News"\n---\nThe birds are back.\n')
    assert plain.title == "Spring News"
    assert plain.text == "The birds are back."


def test_markdown_tables_become_lines() -> None:
    plain = markdown_to_text("| Word | Meaning |\n|---|---|\n| bloc | a group |\n")
    assert plain.text == "bloc — Meaning: a group"  # a row names its columns


VOA_PAGE = """<!DOCTYPE html>
<html><head>
<title>Farmers Try New Seeds | Learning English</title>
<meta property="og:title" content="Farmers Try New Seeds">
<meta name="author" content="Anna Matteo">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="article">
<h1>Farmers Try New Seeds</h1>
<p>Farmers in dry parts of Kenya are testing seeds that need less water. The seeds were
developed by scientists who studied plants that survive long periods without rain.</p>
<p>Early results are good. One farmer said her maize grew well even in a very dry month,
and she plans to plant more of the new seeds next season.</p>
<p>I&rsquo;m Anna Matteo.</p>
</div>
<div class="wsw"><h2>Words in This Story</h2>
<p><strong>maize</strong> &ndash;n. corn</p>
<p><strong>survive</strong> &ndash;v. to continue to live<br/>
<strong>season</strong> &ndash;n. a part of the year</p>
</div>
<footer>Copyright VOA. All rights reserved.</footer>
</body></html>
"""


def test_html_keeps_the_article_metadata_and_glossary() -> None:
    plain = html_to_text(VOA_PAGE)
    assert plain.title == "Farmers Try New Seeds"
    assert plain.author == "Anna Matteo"
    assert plain.published.startswith("2024-03-05")
    assert "Farmers in dry parts of Kenya" in plain.text
    assert "Home" not in plain.text
    assert "<" not in plain.text
    # trafilatura keeps the entries but drops their header: no copy may stay in the text.
    assert plain.text.count("maize –n. corn") == 1
    tail = plain.text.split("Words in This Story")[1]
    assert tail.split("\n\n")[1:] == [
        "maize –n. corn",
        "survive –v. to continue to live",
        "season –n. a part of the year",
    ]


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html",
        "<p>unclosed <b>bold <i>text</p></div></span>",
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>Hello there.</p></body></html>',
        "<html><body></body></html>",
        "<BR>\x1f\x00",
    ],
)
def test_malformed_html_does_not_crash(html: str) -> None:
    html_to_text(html)


def test_markup_written_inside_a_title_is_not_shown() -> None:
    """The library listed "Broken <b>page"."""
    page = html_to_text("<html><head><title>Broken <b>page</title><body><p>Scientists "
                        "have discovered a new species of frog in the rainforest.</p>")
    assert page.title == "Broken page"


def test_an_entity_no_html_knows_is_left_out_of_the_text() -> None:
    """A malformed page's "&bogus;" stayed in the text, and "bogus" was glossed."""
    page = html_to_text("<html><body><p>Critics &bogus; say the plan &amp; the budget are"
                        " not enough, and AT&T; agrees.</p></body></html>")
    assert page.text == "Critics say the plan & the budget are not enough, and AT&T; agrees."


def test_a_character_reference_no_character_has_is_left_out_of_the_text() -> None:
    """A malformed page's "&#99999999;" (past the last character) and "&#0;" were shown
    as "�" at a paragraph's end (QA walk-through): a browser's mark for "nothing here"."""
    page = html_to_text("<html><body><p>The storm is expected to weaken by Sunday &#99999999;"
                        "</p><p>Roads &#0;stay closed in the north.</p></body></html>")
    assert page.text.split("\n\n") == ["The storm is expected to weaken by Sunday",
                                       "Roads stay closed in the north."]


def test_tags_closed_out_of_order_do_not_break_a_paragraph() -> None:
    """"Engineers worked for <b>three years on <i>the project</b></i>." came out as four
    paragraphs: "Engineers worked for", "three years on", "the project", "." (QA
    walk-through)."""
    page = html_to_text("<html><head><title>Broken page</head><body><div><p>The mayor said"
                        " the new bridge will open in May.<p>Engineers worked for <b>three "
                        "years on <i>the project</b></i>. <table><tr><td>Residents welcomed"
                        " the news<div></span></body>")
    assert page.text.split("\n\n") == [
        "The mayor said the new bridge will open in May.",
        "Engineers worked for three years on the project.",
        "Residents welcomed the news"]


def test_a_table_gives_its_cells_text_not_its_rulings() -> None:
    """A table's rows came out as "| about conservation efforts |", and the quiz used
    one as a sentence."""
    filler = "<p>" + "Officials counted the people of every country again this year. " * 8
    page = html_to_text(f"<html><body><article>{filler}</p><table><tr><th>Country</th>"
                        "<th>People</th></tr><tr><td>Kenya</td><td>54 million</td></tr>"
                        "</table></article></body></html>")
    assert "|" not in page.text and "---" not in page.text
    assert "Kenya — People: 54 million" in page.text  # a row names its columns


def test_a_title_never_closed_does_not_swallow_the_page() -> None:
    page = html_to_text(
        "<html><head><title>Sleep and memory<body><p>Scientists studied sleep."
        "<p>Students who slept well <b>remembered more words</i> the next day."
    )
    assert page.title == "Sleep and memory"
    assert page.text == (
        "Scientists studied sleep.\n\n"
        "Students who slept well remembered more words the next day."
    )
    assert html_to_text("<title>Only a title").title == "Only a title"


def test_a_heading_never_closed_is_no_title() -> None:
    """"<h1>Late Goal Sends Small Town Club into Cup Final" never closed held the whole
    page, and the extractor made all 3,000 characters of it the article's title (QA
    walk-through): a title is a line; the page's <title> says it then."""
    story = "".join(f"<p>The club played its {n}th match of the season on Saturday night, "
                    "and thousands of fans came to watch the game." for n in range(4, 12))
    page = html_to_text("<html><head><title>Late Goal Sends Club into Final - SportDaily"
                        "</title></head><body><h1>Late Goal Sends Club into Final"
                        "<span class=date>Updated 2 hours ago<div class=social>Share this"
                        f"<p>Tweet<p>Email</div>{story}</body></html>")
    assert page.title == "Late Goal Sends Club into Final - SportDaily"
    assert "thousands of fans" in page.text


_HTML_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "<br>",
        "<h2>",
        "</h2>",
        "Words in This Story",
        "x –n. y",
        "<html>",
        "<?xml?>",
        "<!--",
        "&amp;",
        "<script>",
        "<ul><li>",
        "<title>",
        "\x00",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), _HTML_PIECES), max_size=20).map("".join))
def test_html_and_markdown_never_crash(text: str) -> None:
    assert isinstance(html_to_text(text).text, str)
    assert isinstance(markdown_to_text(text).text, str)


def test_a_copyright_year_is_not_the_storys_date() -> None:
    """A page that gives no date of its own has none: "Copyright 2024" in its footer
    is not the day the story was published (it read 2024-01-01)."""
    page = ("<html><head><title>City Opens New Library</title></head><body><article>"
            "<h1>City Opens New Library</h1><p>The city opened a new public library on "
            "Monday. The building has thousands of books and free computers.</p><p>"
            "Officials said the library would encourage children to read and help adults "
            "find jobs.</p></article><footer>Copyright 2024</footer></body></html>")
    assert html_to_text(page).published == ""
