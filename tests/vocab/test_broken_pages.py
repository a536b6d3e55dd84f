"""A page whose markup breaks a sentence in two keeps both halves in the story."""

from __future__ import annotations

from vocab.articles import article_from_text
from vocab.clean import clean_text

# The sentence's end is outside its paragraph's tags, as a hand-edited page had it.
BROKEN = (
    "<html><body><div><p>The city opened a new park on Monday <b>and <i>people came</p>"
    " from far away to see the trees. <p>Children played in the grass all day and their"
    " parents sat under the big trees.<div></span></table>"
)


def test_a_sentence_broken_by_the_markup_is_no_headline() -> None:
    article = article_from_text(BROKEN, "park.html", "html")
    assert article.body.startswith("The city opened a new park on Monday and people came")
    assert "from far away to see the trees." in article.body
    assert article.title == "The city opened a new park on Monday…"


def test_a_headline_over_its_story_is_still_one() -> None:
    cleaned = clean_text("New park opens\n\nThe city opened a new park on Monday.")
    assert cleaned.title == "New park opens"
    # A story may open on a name written in lower case ("iPhone", "eBay").
    cleaned = clean_text("Phones get cheaper\n\niPhone prices fell this year, shops said.")
    assert cleaned.title == "Phones get cheaper"


def test_a_short_headline_over_a_story_in_lower_case_is_still_one() -> None:
    # A story typed without capitals keeps the title-cased line over it as its headline.
    cleaned = clean_text("Market Day\n\nthe farmers walked to the market with their baskets")
    assert cleaned.title == "Market Day"
    assert cleaned.paragraphs[0].startswith("the farmers walked")
