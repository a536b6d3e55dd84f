"""A live page's "Key points" box keeps its heading over its list, where the page has it."""

from __future__ import annotations

import pytest

from vocab.html_text import html_to_text

_ENTRIES = (
    "<div><h3>Ferries stay in port</h3><p>All ferries to the islands will stay in port for the"
    " rest of the day, the ferry company said on Tuesday morning.</p><p>Passengers with tickets"
    " can travel tomorrow without paying again, the company added.</p></div>"
)
_ITEMS = (
    "<li>Strong winds hit the harbour towns early on Tuesday morning.</li>"
    "<li>Schools in three districts are closed until Thursday.</li>"
)


@pytest.mark.parametrize(
    "heading",
    [
        "<strong>Key points</strong>",
        '<div class="box-title">Key points</div>',
        "<span>Key points</span>",
    ],
)
def test_a_lists_heading_is_kept_before_it(heading: str) -> None:
    # The extractor (trafilatura) drops the heading of a box like this on a whole page.
    page = (
        "<html><head><title>Storm reaches the coast</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/weather">Weather</a></nav></header>'
        "<main><article><h1>Storm reaches the coast</h1>"
        '<p class="standfirst">Thousands of homes are without power as the wind rises</p>'
        f'<section class="summary">{heading}<ul>{_ITEMS}</ul></section>'
        f"<div><time>10.42</time>{_ENTRIES}</div></article></main>"
        "<footer><p>Coast News</p></footer></body></html>"
    )
    lines = [line for line in html_to_text(page).text.split("\n\n") if line]
    first_item = next(n for n, line in enumerate(lines) if "Strong winds" in line)
    assert lines[first_item - 1] == "Key points"
    assert lines.index("Key points") < lines.index("Ferries stay in port")


_LIVE_ENTRIES = (
    '<div class="entry"><time>14:05</time><p>Ferries to the islands will stay in port for'
    " the rest of the day, the ferry company said.</p></div>"
    '<div class="entry"><time>13:40</time><p>Passengers with tickets can travel tomorrow'
    " without paying again, the company added.</p></div>"
)
_BOX = "<h2>Key points</h2><ul>" + _ITEMS + "</ul>"


def _live_page(entries_and_box: str) -> str:
    return (
        "<html><head><title>Storm live: ferries stay in port</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<main><article><h1>Storm live: ferries stay in port</h1>{entries_and_box}"
        "</article></main><footer><p>Coast News</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(f'<aside class="key-points">{_BOX}</aside>{_LIVE_ENTRIES}', id="aside-first"),
        pytest.param(
            f"{_LIVE_ENTRIES}<aside><strong>Key points</strong><ul>{_ITEMS}</ul></aside>",
            id="aside-last",
        ),
        pytest.param(f'{_LIVE_ENTRIES}<div class="summary">{_BOX}</div>', id="box-after-entries"),
    ],
)
def test_a_live_pages_key_points_come_first(layout: str) -> None:
    """A "Key points" box in an <aside> was left out with the page's sidebar; one set
    after the entries in the page's source came last, under the oldest entry."""
    from vocab.articles import article_from_text

    article = article_from_text(_live_page(layout), "live.html", "html")
    texts = article.body.split("\n\n")
    assert texts[:3] == [
        "Key points",
        "- Strong winds hit the harbour towns early on Tuesday morning.",
        "- Schools in three districts are closed until Thursday.",
    ]
    assert 0 in article.subheadings
    assert texts[3].startswith("Ferries to the islands") and len(texts) == 5


def test_a_live_pages_headline_is_not_a_subheading_under_its_first_entry() -> None:
    """The extractor put the <h1> after the first <div class="entry">: the headline was
    printed as a subheading between the first two entries."""
    from vocab.articles import article_from_text

    article = article_from_text(_live_page(_LIVE_ENTRIES), "live.html", "html")
    assert article.title == "Storm live: ferries stay in port"
    assert article.title not in article.body


def test_a_numbered_lists_items_keep_their_numbers() -> None:
    """A guide's steps (an <ol>) read as bullet points: the extractor marks every item
    "- ". A numbered list of links ("Most read") still goes."""
    from vocab.html_text import html_to_text

    page = (
        "<html><head><title>Storm: how to get ready</title></head><body><main><article>"
        "<h1>Storm: how to get ready</h1><p>The weather service says the storm will reach"
        " the coast on Tuesday night, and families should get ready now.</p>"
        '<ol start="2"><li>Fill bottles with water.</li><li>Charge your phone.</li></ol>'
        "<ul><li>Check on your neighbours.</li></ul>"
        "<p>Shelters will open in every town hall on Tuesday afternoon, officials said.</p>"
        '</article><aside><h2>Most read</h2><ol><li><a href="/1">Ferries stay in port for'
        ' the rest of the week</a></li><li><a href="/2">Schools closed until Thursday in'
        " three districts</a></li></ol></aside></main></body></html>"
    )
    lines = html_to_text(page).text.split("\n\n")
    assert lines[2:5] == [
        "2. Fill bottles with water.",
        "3. Charge your phone.",
        "- Check on your neighbours.",
    ]
    assert not any("Ferries" in line or "Schools" in line for line in lines)


def test_a_live_pages_key_events_links_go_and_its_entries_keep_their_headings() -> None:
    """A "Key events" box links to the entries by their headings: the entries' headings
    went with the links of the same words, and "Key events" stood alone at the top."""
    from vocab.articles import article_from_text

    box = (
        '<div class="key-events"><h2>Key events</h2><ul><li><a href="#e1">Ferries stay in'
        ' port</a></li><li><a href="#e2">Schools close early</a></li></ul></div>'
    )
    entries = (
        '<div class="entry" id="e2"><time>14:05</time><h3>Schools close early</h3><p>Schools'
        " in three districts sent pupils home at noon, the county said.</p></div>"
        '<div class="entry" id="e1"><time>13:40</time><h3>Ferries stay in port</h3><p>All'
        " ferries to the islands will stay in port for the rest of the day.</p></div>"
    )
    texts = article_from_text(_live_page(box + entries), "live.html", "html").body.split("\n\n")
    assert "Key events" not in texts and not any(text.startswith("- ") for text in texts)
    assert texts.count("Schools close early") == 1 and texts.count("Ferries stay in port") == 1
    assert texts.index("Ferries stay in port") == texts.index("Schools close early") + 2
