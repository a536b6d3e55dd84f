"""News pages and their copies as a learner brings them (pages written for these
tests): the story's paragraphs, none of the site's furniture, and all of it kept
aside, none lost."""

from __future__ import annotations

from vocab.articles import article_from_text

STORY = [
    "Weather officials have warned that the heat will last until Monday in most of the "
    "south. Older people and young children face the greatest risk.",
    "Hospitals say they are ready for more patients. Doctors ask people to check on "
    "neighbours who live alone.",
    "Farmers are also worried. Crops need water, and some rivers are already low after "
    "a dry spring.",
]


def _texts(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [article.body[start:end] for start, end in article.paragraphs]


def test_a_news_pages_section_time_stamp_and_advert_are_furniture() -> None:
    """A page's section over its headline ("Weather"), its relative time stamp
    ("Updated 2 hours ago", printed as a subheading) and an advert in a box the page
    names "ad" had read as the story's text."""
    page = (
        "<html><head><title>Heat wave: what you need to know - Coastline Herald</title>"
        "</head><body><div class='main'><span class='section'>Weather</span>"
        "<h1>Heat wave: what you need to know</h1>"
        "<p class='date'>Updated 2 hours ago</p>"
        f"<p>{STORY[0]}</p><p>{STORY[1]}</p><p>Advertisement</p>"
        "<div class='ad ad-slot'>Buy cheap fans now - 50% off!</div>"
        f"<p>{STORY[2]}</p></div></body></html>"
    )
    article = article_from_text(page, "heat.html", "html")
    assert article.title == "Heat wave: what you need to know"
    assert _texts(article) == STORY
    for line in ("Weather", "Updated 2 hours ago", "Buy cheap fans now - 50% off!"):
        assert line in article.removed or line in article.left_out


def test_a_copied_news_pages_share_bar_and_newsletter_box_are_furniture() -> None:
    """Copied from a browser: the section ("Local news") was taken for the headline,
    the share bar's buttons parted by wide spaces and the newsletter box's heading
    ("Get the morning briefing") read as the story's."""
    text = (
        "Local news\n\nRiver town opens new bridge\n\nBy Tomas Berg\nMarch 4, 2026\n\n"
        "Share on Facebook   Share on X   Email   Copy link\n\n12 comments\n\n"
        f"{STORY[0]}\n\nGet the morning briefing\nSign up for our free newsletter and get "
        f"the day's top stories in your inbox.\nSign up\n\n{STORY[1]}\n\n"
        "Posted 3 days ago\n\n"
        f"{STORY[2]}\n"
    )
    article = article_from_text(text, "bridge.txt", "txt")
    assert article.title == "River town opens new bridge"
    assert article.author == "Tomas Berg"
    assert _texts(article) == STORY
    assert "Local news" in article.removed
    assert "Get the morning briefing" in article.removed


def test_an_advert_in_a_box_the_page_names_ad_is_furniture() -> None:
    """The extractor kept an advert's box between two paragraphs; its class says it is
    one ("ad"), as a sponsor's, a newsletter's or a share bar's box says what it is."""
    page = (
        "<html><head><title>Heat wave - Coastline Herald</title></head><body>"
        "<div class='container'><div class='main'><h1>Heat wave</h1>"
        f"<p>{STORY[0]}</p><h3>How to keep cool</h3><ul><li>Drink water often.</li>"
        f"<li>Stay out of the sun.</li></ul><p>{STORY[1]}</p>"
        "<div class='ad'>Buy cheap fans now - 50% off!</div>"
        "<div class='promo-box'>Try our new weather app today</div>"
        f"<p>{STORY[2]}</p></div></div></body></html>"
    )
    article = article_from_text(page, "heat.html", "html")
    texts = _texts(article)
    assert texts[-2:] == STORY[1:]
    assert "Buy cheap fans now - 50% off!" in article.left_out
    assert "Try our new weather app today" in article.left_out
