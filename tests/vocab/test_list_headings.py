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
