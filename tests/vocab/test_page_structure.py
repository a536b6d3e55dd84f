"""A page's structure as a learner reads it: a list inside a list stays under its
item, a small table reads row by row with its column names, and a heading over the
story's first paragraph is a heading (pages written for these tests)."""

from __future__ import annotations

from vocab.articles import article_from_text
from vocab.lesson import lesson_html, lesson_markdown
from vocab.markdown_text import markdown_to_text

INTRO = (
    "Students at Hill Road School planted a garden this spring. Their teacher, "
    "Ana Ruiz, said the children learned a lot about food and weather."
)
CLOSE = (
    "Ms. Ruiz said the beans grew faster than anyone expected. The children will "
    "pick them in June and cook a meal for their parents."
)


def _page(body: str, title: str = "How to plant a school garden") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title} - Green Valley News</title></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
        f"<h1>{title}</h1>{body}</article></body></html>"
    )


NESTED = (
    f"<p>{INTRO}</p><p>Here is what they did, step by step:</p>"
    "<ul><li>They chose a sunny place<ul><li>near the kitchen door</li>"
    "<li>away from tall trees</li></ul></li>"
    "<li>They tested the soil<ul><li>for water</li><li>for worms</li></ul></li>"
    "<li>They planted beans and tomatoes.</li></ul>"
    f"<p>{CLOSE}</p>"
)


def _texts(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [article.body[start:end] for start, end in article.paragraphs]


def test_a_sub_lists_items_stay_indented_under_their_item() -> None:
    """A nested list read as one flat list: "- near the kitchen door" looked like a
    step of its own, level with "They chose a sunny place"."""
    article = article_from_text(_page(NESTED), "garden.html", "html")
    texts = _texts(article)
    at = texts.index("- They chose a sunny place")
    assert texts[at : at + 7] == [
        "- They chose a sunny place",
        "  - near the kitchen door",
        "  - away from tall trees",
        "- They tested the soil",
        "  - for water",
        "  - for worms",
        "- They planted beans and tomatoes.",
    ]


def test_a_numbered_step_with_a_sub_list_keeps_its_number() -> None:
    """An <ol>'s item holding a list lost its number ("- Choose a place"): the item was
    known by all its text, its sub-list's too."""
    page = _page(
        f"<p>{INTRO}</p><ol><li>Choose a place<ul><li>sunny</li><li>flat</li></ul>"
        f"</li><li>Dig the beds</li></ol><p>{CLOSE}</p>"
    )
    texts = _texts(article_from_text(page, "garden.html", "html"))
    at = texts.index("1. Choose a place")
    assert texts[at : at + 4] == ["1. Choose a place", "   - sunny", "   - flat", "2. Dig the beds"]


def _markdown_paragraphs(middle: str) -> list[str]:
    """The paragraphs of a Markdown story with ``middle`` between its two paragraphs."""
    text = f"# Garden day\n\n{INTRO}\n\n{middle}\n\n{CLOSE}\n"
    return markdown_to_text(text).text.split("\n\n")[1:-1]


def test_a_markdown_sub_list_stays_indented() -> None:
    middle = "- They chose a place\n  - near the door\n  - in the sun\n- They dug"
    assert _markdown_paragraphs(middle) == [
        "- They chose a place",
        "  - near the door",
        "  - in the sun",
        "- They dug",
    ]


def test_a_plain_text_sub_list_stays_indented() -> None:
    text = (
        INTRO + "\n\n- They chose a place\n    - near the door\n    - in the sun\n"
        "- They dug\n\n" + CLOSE + "\n"
    )
    texts = _texts(article_from_text(text, "notes.txt", "txt"))
    at = texts.index("- They chose a place")
    assert texts[at : at + 4] == [
        "- They chose a place",
        "  - near the door",
        "  - in the sun",
        "- They dug",
    ]


def test_a_handout_prints_a_sub_list_inside_its_item() -> None:
    article = article_from_text(_page(NESTED), "garden.html", "html")
    markdown = lesson_markdown(article, [], [])
    assert (
        "- They chose a sunny place\n  - near the kitchen door\n"
        "  - away from tall trees\n- They tested the soil\n"
    ) in markdown
    page = lesson_html(article, [], [])
    assert (
        "<li>They chose a sunny place<ul>\n<li>near the kitchen door</li>\n"
        "<li>away from tall trees</li>\n</ul></li>\n<li>They tested the soil<ul>"
    ) in page


GROWTH = (
    "<p>The class kept a record of how much the plants grew each week.</p>"
    "<table><thead><tr><th>Week</th><th>Beans (cm)</th><th>Tomatoes (cm)</th></tr></thead>"
    "<tbody><tr><td>1</td><td>2</td><td>1</td></tr><tr><td>2</td><td>6</td><td>3</td></tr>"
    "<tr><td>3</td><td>11</td><td>7</td></tr></tbody></table>"
)


def test_a_small_tables_rows_read_with_their_column_names() -> None:
    """A table's rows came out as "2; 6; 3", the header "Week; Beans (cm); Tomatoes
    (cm)" far above: a learner could not tell which number was which."""
    page = _page(f"<p>{INTRO}</p>{GROWTH}<p>{CLOSE}</p>")
    texts = _texts(article_from_text(page, "garden.html", "html"))
    at = texts.index("Week; Beans (cm); Tomatoes (cm)")
    assert texts[at - 1 : at + 4] == [
        "The class kept a record of how much the plants grew each week.",
        "Week; Beans (cm); Tomatoes (cm)",
        "Week 1 — Beans: 2; Tomatoes: 1",
        "Week 2 — Beans: 6; Tomatoes: 3",
        "Week 3 — Beans: 11; Tomatoes: 7",
    ]
    assert texts[at + 4] == CLOSE


def test_a_tables_row_headers_name_their_rows() -> None:
    page = _page(
        f"<p>{INTRO}</p><table><tr><th>Country</th><th>People</th><th>Capital</th></tr>"
        "<tr><th>Kenya</th><td>54 million</td><td>Nairobi</td></tr>"
        "<tr><th>Ghana</th><td>33 million</td><td>Accra</td></tr></table>"
        f"<p>{CLOSE}</p>"
    )
    texts = _texts(article_from_text(page, "garden.html", "html"))
    assert "Kenya — People: 54 million; Capital: Nairobi" in texts
    assert "Ghana — People: 33 million; Capital: Accra" in texts
    assert not any(text.startswith("Country") for text in texts)


def test_a_table_without_column_names_keeps_its_cells_in_a_row() -> None:
    page = _page(
        f"<p>{INTRO}</p><table><tr><td>Apples</td><td>2.10</td></tr>"
        f"<tr><td>Pears</td><td>1.80</td></tr></table><p>{CLOSE}</p>"
    )
    texts = _texts(article_from_text(page, "garden.html", "html"))
    assert "Pears; 1.80" in texts


def test_a_markdown_tables_rows_read_with_their_column_names() -> None:
    middle = "| Week | Beans (cm) |\n|---|---|\n| 1 | 2 |\n| 2 | 6 |"
    assert _markdown_paragraphs(middle) == [
        "Week; Beans (cm)",
        "Week 1 — Beans: 2",
        "Week 2 — Beans: 6",
    ]


def test_a_pages_third_level_heading_over_its_first_paragraph_is_a_heading() -> None:
    """ "<h3>A project for the spring term</h3>" right under the headline printed as a
    plain line (a story's first short line was read as its standfirst)."""
    page = _page(f"<h3>A project for the spring term</h3><p>{INTRO}</p><p>{CLOSE}</p>")
    article = article_from_text(page, "garden.html", "html")
    texts = _texts(article)
    assert texts[0] == "A project for the spring term"
    assert 0 in article.subheadings
    assert "## A project for the spring term\n" in lesson_markdown(article, [], [])


def test_a_pages_opening_second_level_heading_may_be_its_standfirst() -> None:
    page = _page(f"<h2>Children grow beans and tomatoes at school</h2><p>{INTRO}</p><p>{CLOSE}</p>")
    article = article_from_text(page, "garden.html", "html")
    assert 0 not in article.subheadings


def test_lists_nested_deeper_than_pythons_recursion_give_their_text() -> None:
    """Lists nested 1,500 deep give their text, the deepest items shown four deep (a
    recursive reading of the items' marks exceeded Python's recursion limit after
    40 s, and would have indented the last items 3,000 spaces). The extractor itself
    keeps the first 126 levels of such a page and not what follows them."""
    page = _page(f"<p>{INTRO}</p>" + "<ul><li>step" * 1500 + "</li></ul>" * 1500)
    texts = _texts(article_from_text(page, "deep.html", "html"))
    assert texts[:5] == [INTRO, "- step", "  - step", "    - step", "      - step"]
    assert texts[-1] == "      - step"


def test_a_long_tables_rows_keep_their_cells_side_by_side() -> None:
    """A table of hundreds of rows is looked things up in, not read row by row."""
    rows = "".join(f"<tr><td>{n}</td><td>{n * 2}</td></tr>" for n in range(1, 200))
    page = _page(f"<p>{INTRO}</p><table><tr><th>Week</th><th>Beans</th></tr>{rows}</table>")
    texts = _texts(article_from_text(page, "long.html", "html"))
    assert "Week; Beans" in texts and "150; 300" in texts


def test_a_table_of_names_alone_keeps_all_its_rows() -> None:
    """A table all of <th> lost its last row: taken for the names of columns no row
    of data had, it was dropped as said again in them."""
    page = _page(
        f"<p>{INTRO}</p><table><tr><th>Alpha</th><th>Beta</th></tr>"
        f"<tr><th>Gamma</th><th>Delta</th></tr></table><p>{CLOSE}</p>"
    )
    texts = _texts(article_from_text(page, "names.html", "html"))
    assert "Alpha; Beta" in texts and "Gamma; Delta" in texts


def test_a_list_in_a_tables_cell_keeps_its_words_apart() -> None:
    page = _page(
        f"<p>{INTRO}</p><table><tr><th>Step</th><th>What</th></tr><tr><td>1</td>"
        f"<td><ul><li>dig</li><li>plant</li></ul></td></tr></table><p>{CLOSE}</p>"
    )
    texts = _texts(article_from_text(page, "steps.html", "html"))
    assert "Step 1 — What: dig plant" in texts


def test_a_standfirst_set_in_an_h3_is_no_heading() -> None:
    page = _page(
        "<h3 class='article-dek'>Children grow beans and tomatoes at school</h3>"
        f"<p>{INTRO}</p><p>{CLOSE}</p>"
    )
    assert 0 not in article_from_text(page, "garden.html", "html").subheadings


def test_an_html_table_in_a_markdown_file_reads_row_by_row() -> None:
    """Raw HTML in Markdown lost its tags and the spaces between its cells: "WeekBeans12"."""
    middle = (
        "<table><tr><th>Week</th><th>Beans (cm)</th></tr>"
        "<tr><td>1</td><td>2</td></tr><tr><td>2</td><td>6</td></tr></table>"
    )
    assert _markdown_paragraphs(middle) == [
        "Week; Beans (cm)",
        "Week 1 — Beans: 2",
        "Week 2 — Beans: 6",
    ]


def test_a_one_row_tables_row_is_no_subheading() -> None:
    """A table of one row, short, between two paragraphs printed in bold as a heading."""
    page = _page(
        f"<p>{INTRO}</p><table><tr><th>Fruit</th><th>Price</th></tr>"
        f"<tr><td>Apples</td><td>2.10</td></tr></table><p>{CLOSE}</p>"
    )
    article = article_from_text(page, "fruit.html", "html")
    assert _texts(article)[1] == "Apples — Price: 2.10"
    assert 1 not in article.subheadings
