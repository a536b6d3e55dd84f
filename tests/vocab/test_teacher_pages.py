"""Pages and copied texts a teacher brings in layouts other tests do not cover: an old
site's story laid out in a table, a byline with the writer's e-mail address, a copied
page's spaced-out menu and print-edition link above the headline, a blog's like
buttons and a newsletter's pitch between paragraphs. The story comes out whole, in its
paragraphs, under its own headline and writer."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.clean import clean_text

STORY = (
    "The old bridge over the river will close for repairs next month",
    "Drivers will have to use the new bridge, which is five kilometers away",
    "The work will take about a year, the city said",
    "Shop owners near the bridge are worried that fewer people will visit them.",
)


def _page(body: str, head: str = "<title>Old Bridge Will Close</title>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize("close", ["", "</p>"])
def test_a_storys_paragraphs_in_a_layout_table_stay_apart(close: str) -> None:
    """An old site lays its page out in a table: the extractor read the cell as one
    paragraph, gluing sentences that have no full stop ("...next month Drivers will")."""
    cell = "".join(f"<p>{paragraph}{close}" for paragraph in STORY)
    page = _page(
        f'<table width="600"><tr><td><h1>Old Bridge Will Close</h1>{cell}</td></tr></table>'
    )
    article = article_from_text(page, "bridge.html", "html")
    assert article.title == "Old Bridge Will Close"
    assert article.body.split("\n\n") == list(STORY)


def test_a_table_of_figures_inside_the_layout_table_is_kept() -> None:
    cell = "".join(f"<p>{paragraph}" for paragraph in STORY[:3])
    page = _page(
        f"<table><tr><td>{cell}<table><tr><td>Cost</td><td>4 million dollars</td>"
        f"</tr></table><p>{STORY[3]}</td></tr></table>"
    )
    paragraphs = article_from_text(page, "bridge.html", "html").body.split("\n\n")
    assert [p for p in paragraphs if p in STORY] == list(STORY)
    assert "Cost; 4 million dollars" in paragraphs


def test_a_data_tables_row_is_not_split_into_its_cells() -> None:
    rows = "".join(
        f"<tr><td>{city}</td><td>{people}</td></tr>"
        for city, people in [("Nairobi", "4 million"), ("Mombasa", "1 million")]
    )
    page = _page(
        f"<article><h1>Old Bridge Will Close</h1><p>{STORY[3]}</p><table>{rows}</table></article>"
    )
    body = article_from_text(page, "cities.html", "html").body
    assert "Nairobi; 4 million" in body


LIBRARY = (
    "<p>The small town of Greenfield opened a public library on Saturday, the first "
    "new library in the area for fifty years.</p><p>More than three hundred people came "
    "to the opening, and children read stories aloud.</p>"
)


@pytest.mark.parametrize(
    "byline",
    [
        "By Maria Lopez, maria.lopez@valleycourier.example",
        "By Maria Lopez | maria.lopez@valleycourier.example",
        "By Maria Lopez<br>mlopez@courier.example.co.uk",
        "By Maria Lopez, Email: m.lopez@courier.example",
    ],
)
def test_a_byline_with_the_writers_email_address_names_the_writer(byline: str) -> None:
    """trafilatura reads an address's pieces as a name: "maria.lopez@valleycourier.example"
    became "Maria Lopez Example"."""
    page = _page(
        f'<article><h1>Town Opens a Library</h1><p class="byline">{byline}</p>{LIBRARY}</article>',
        "<title>Town Opens a Library</title>",
    )
    assert article_from_text(page, "library.html", "html").author == "Maria Lopez"


def test_two_writers_and_an_address_name_both_writers() -> None:
    page = _page(
        '<article><h1>Town Opens a Library</h1><p class="byline">By Maria Lopez '
        f"and John Smith, jsmith@courier.example</p>{LIBRARY}</article>"
    )
    assert article_from_text(page, "library.html", "html").author == "Maria Lopez; John Smith"


def test_a_writer_named_in_the_pages_metadata_is_kept() -> None:
    page = _page(
        f"<article><h1>Town Opens a Library</h1>{LIBRARY}<p>Write to us at "
        "news@courier.example</p></article>",
        '<title>Town Opens a Library</title><meta name="author" content="Ana Ruiz">',
    )
    assert article_from_text(page, "library.html", "html").author == "Ana Ruiz"


BUSES = (
    "City Plans New Bus Routes for Students\n\n"
    "The city council voted on Tuesday to add four new bus routes for students. The "
    "routes will connect the main schools with neighborhoods in the east of the city.\n\n"
    "Parents have asked for better buses for years."
)


@pytest.mark.parametrize(
    "menu",
    [
        "Today's Paper",
        "Skip to main content\nToday\u2019s Paper",
        "H O M E   W O R L D   B U S I N E S S   S P O R T",
        "Home     World     Business     Politics     Sport",
        "WORLD  U.S.  POLITICS  BUSINESS  TECH  SCIENCE  HEALTH\n\nScience",
        "Today's Paper\nWORLD\tU.S.\tPOLITICS\tBUSINESS\tTECH",
    ],
)
def test_a_copied_pages_menu_or_print_link_is_not_the_title(menu: str) -> None:
    article = article_from_text(f"{menu}\n\n{BUSES}", "buses.txt")
    assert article.title == "City Plans New Bus Routes for Students"
    assert article.body.startswith("The city council voted")


def test_a_headline_with_wide_spaces_between_words_stays_the_title() -> None:
    cleaned = clean_text("Floods  Close  Schools\n\n" + BUSES.split("\n\n", 1)[1])
    assert cleaned.title == "Floods Close Schools"


def test_a_table_of_columns_in_a_text_file_stays() -> None:
    table = "Route     Start     Stops\nRoute 4     Mill Road     12\nRoute 9     Park Lane     8"
    cleaned = clean_text(f"{BUSES}\n\n{table}")
    assert any("Mill Road" in paragraph for paragraph in cleaned.paragraphs)


SHARE = "The library is open on Saturday mornings. Volunteers check each tool when it comes back."


@pytest.mark.parametrize(
    "clutter",
    [
        "Like this:\n\nLike Loading...",
        "Like this:\nLike Loading\u2026",
        "Sign up for the Science Times newsletter. Get stories that capture the wonders of "
        "nature, the cosmos and the human body. Get it sent to your inbox.",
        "Sign up for our free newsletter and get the top stories every morning.",
        # A photo gallery's counter and buttons, as a copied page brings them.
        "Photo 2 of 8\nNext image",
        "1 of 6",
        "Previous slide",
        "View image in fullscreen",
        # A story split into pages.
        "Page 1 of 3\nNext page \u00bb",
        "Continue to page 2",
        # A caption that ends by naming its photographer and agency (the Guardian).
        "People cool off in a fountain in Stockholm on Monday. Photograph: Lars Nilsson/EPA",
    ],
)
def test_a_blogs_like_buttons_a_newsletters_pitch_and_a_gallerys_counters_go(clutter: str) -> None:
    cleaned = clean_text(f"{SHARE}\n\n{clutter}\n\n{SHARE}")
    assert cleaned.paragraphs == (SHARE, SHARE)


@pytest.mark.parametrize(
    "prose",
    [
        "Do it like this:",
        "Sign up for the course early: places fill quickly, the school said.",
        "Only 1 of 6 students passed the test.",
        "The museum shows the photograph: a man on a horse.",
    ],
)
def test_prose_like_those_buttons_stays(prose: str) -> None:
    cleaned = clean_text(f"{SHARE}\n\n{prose}\n\n{SHARE}")
    assert prose in cleaned.paragraphs


MOJIBAKE = (
    "Caf\u00c3\u00a9 Owners Welcome the Mayor\u00e2\u20ac\u2122s Plan\n\n"
    "The mayor\u00e2\u20ac\u2122s plan \u00e2\u20ac\u201d a new park \u00e2\u20ac\u201d was "
    "welcomed by the caf\u00c3\u00a9 owners. They said it costs only \u00c2\u00a35."
)


def test_text_copied_through_the_wrong_encoding_is_mended() -> None:
    """UTF-8 read as Windows' code page and saved again ("café" as "cafÃ©"): the "©" of
    "Ã©" had made the whole paragraph a copyright line, and the story was "no article
    text once page clutter is removed"."""
    article = article_from_text(MOJIBAKE, "copied.txt")
    assert article.title == "Caf\u00e9 Owners Welcome the Mayor\u2019s Plan"
    assert article.body == (
        "The mayor\u2019s plan \u2014 a new park \u2014 was welcomed by the caf\u00e9 owners. "
        "They said it costs only \u00a35."
    )


def test_a_letter_before_a_copyright_sign_is_no_copyright_line() -> None:
    line = "The caf\u00c3\u00a9 owners welcomed the plan, the newspaper said on Monday."
    assert clean_text(f"{SHARE}\n\n{line}").paragraphs == (SHARE, line)


def test_accented_words_and_other_scripts_are_left_as_they_are() -> None:
    text = "Naïve Café Owners Say À Bientôt\n\nÀ la carte, crème brûlée, £5 and €3: привет."
    article = article_from_text(text, "accents.txt")
    assert (article.title, article.body) == tuple(text.split("\n\n"))


WRAPPED = (
    "<p class=MsoNormal><span lang=EN-US>Honey bees cannot talk, but they can tell\n"
    "other bees where to find food. They do it by dancing.<o:p></o:p></span></p>\n"
    "<p class=MsoNormal><span lang=EN-US>When a bee finds flowers, it flies back to\n"
    "the hive and moves in a special pattern.<o:p></o:p></span></p>\n"
)


def test_a_paragraph_wrapped_in_the_pages_source_is_one_paragraph() -> None:
    """Word's "Save as Web Page" wraps its source at 80 columns inside <span>s: each
    paragraph came out cut in two at the wrap ("...they can tell" / "other bees...")."""
    page = _page(f"<div class=WordSection1>{WRAPPED}</div>", "<title>Bees</title>")
    assert article_from_text(page, "bees.htm", "html").body.split("\n\n") == [
        "Honey bees cannot talk, but they can tell other bees where to find food. They do "
        "it by dancing.",
        "When a bee finds flowers, it flies back to the hive and moves in a special pattern.",
    ]


def test_a_line_break_and_preformatted_text_keep_their_lines() -> None:
    page = _page(
        "<article><h1>Bees</h1><p>Honey bees cannot talk, but they can tell other bees where"
        " to find food.<br>They do it by dancing.</p><pre>one  two\nthree</pre></article>"
    )
    text = article_from_text(page, "bees.html", "html").body
    assert "They do it by dancing." in text.split("\n\n")
    assert "find food. They do" not in text


ROBOT = (
    "A group of high school students has built a robot that sorts plastic, paper and "
    "metal for recycling.",
    "The robot uses a camera to look at each piece of rubbish.",
)
GMAIL = (
    "---------- Forwarded message ---------\nFrom: Daily News Digest <digest@news.example>\n"
    "Date: Mon, Mar 3, 2025 at 7:01 AM\nSubject: Fwd: Students Build a Robot That Sorts "
    "Recycling\nTo: <teacher@school.example>"
)
OUTLOOK = (
    "-----Original Message-----\nFrom: Daily News Digest\nSent: Monday, March 3, 2025 7:01 AM"
    "\nTo: Clarke, Anne\nSubject: Students Build a Robot That Sorts Recycling"
)
APPLE = (
    "Begin forwarded message:\n\nFrom: Daily News Digest <digest@news.example>\n"
    "Subject: Students Build a Robot That Sorts Recycling\nDate: 3 March 2025 at 07:01:00 GMT"
)


@pytest.mark.parametrize("header", [GMAIL, OUTLOOK, APPLE])
@pytest.mark.parametrize("headline", ["", "Students Build a Robot That Sorts Recycling\n\n"])
def test_a_forwarded_emails_header_goes_and_its_subject_is_the_title(
    header: str, headline: str
) -> None:
    footer = (
        "You are receiving this email because you subscribed to Daily News Digest.\n"
        "Unsubscribe | Update your preferences | View in browser"
    )
    text = f"{header}\n\n\n{headline}{ROBOT[0]}\n\n{ROBOT[1]}\n\n{footer}"
    article = article_from_text(text, "robot.txt")
    assert article.title == "Students Build a Robot That Sorts Recycling"
    assert article.body.split("\n\n") == list(ROBOT)


def test_a_storys_own_date_and_address_lines_stay() -> None:
    lines = "Date: Saturday, May 3\nPlace: the town hall"
    cleaned = clean_text(f"{ROBOT[0]}\n\n{lines}\n\n{ROBOT[1]}")
    assert "Date: Saturday, May 3" in " ".join(cleaned.paragraphs)


def test_a_word_documents_title_paragraph_is_its_title() -> None:
    """Word writes the document's file-like name in <title> ("Reading lesson week 4")
    and the headline as a paragraph of class MsoTitle, which had stayed in the text."""
    page = _page(
        f"<div class=WordSection1><p class=MsoTitle><span lang=EN-US>Why Honey Bees Dance"
        f"<o:p></o:p></span></p>{WRAPPED}</div>",
        "<meta name=ProgId content=Word.Document><title>Reading lesson week 4</title>",
    )
    article = article_from_text(page, "lesson.htm", "html")
    assert article.title == "Why Honey Bees Dance"
    assert article.body.startswith("Honey bees cannot talk")


def test_a_name_the_extractor_tidied_is_kept_beside_an_address() -> None:
    """trafilatura takes a nickname out ('Robert "Bob" Smith' -> "Robert Smith"): a name
    the page does not write word for word, but no piece of an address."""
    page = _page(
        f'<article><h1>Town Opens a Library</h1><p class="byline">By Robert "Bob" Smith</p>'
        f"{LIBRARY}<p>Write to us at news@courier.example</p></article>"
    )
    assert article_from_text(page, "library.html", "html").author == "Robert Smith"


LIBRARY_TEXT = (
    "The small town of Greenfield opened a public library on Saturday, the first new "
    "library in the area for fifty years."
)


@pytest.mark.parametrize(
    "byline",
    [
        "By Maria Lopez, maria.lopez@valleycourier.example",
        "By Maria Lopez | maria.lopez@valleycourier.example",
        "By Maria Lopez (mlopez@courier.example)",
        "By Maria Lopez, Email: m.lopez@courier.example",
        "By Maria Lopez\nmlopez@courier.example",
    ],
)
def test_a_copied_byline_with_an_address_names_the_writer_and_goes(byline: str) -> None:
    text = f"Town Opens a Library\n\n{byline}\n\n{LIBRARY_TEXT}"
    article = article_from_text(text, "library.txt")
    assert (article.author, article.body) == ("Maria Lopez", LIBRARY_TEXT)


def test_a_pdfs_running_header_is_not_glued_into_a_paragraph() -> None:
    """Text copied from a PDF keeps each page's header between the lines of a
    paragraph: it was read as one more wrapped line of the story."""
    text = (
        "The pool cost about three million dollars. Part of the money came from a\n"
        "national sports program, and the rest from the city budget.\n"
        "THE RIVERSIDE WEEKLY                                              Page 2\n"
        "Swimming lessons will start next month. They will be free for children\n"
        "under twelve."
    )
    cleaned = clean_text(text)
    body = " ".join(cleaned.paragraphs)
    assert "RIVERSIDE" not in body
    assert "the city budget. Swimming lessons will start" in body  # a page may break anywhere
    assert cleaned.removed == ("THE RIVERSIDE WEEKLY Page 2",)
