"""News sites' furniture a teacher's copied page brings with it: credits, print notes,
newsletter pitches, players and captions' labels go; the story and its dateline stay."""

from __future__ import annotations

import pytest

from vocab.clean import clean_text

STORY = (
    "Farmers in the northern valley say this year's apple harvest is the smallest in "
    "two decades, after a late frost damaged the blossoms in April."
)


def _cleaned(middle: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    cleaned = clean_text(f"{STORY}\n\n{middle}\n\n{STORY}")
    return cleaned.paragraphs, cleaned.removed


@pytest.mark.parametrize(
    "clutter",
    [
        # A news agency's credit naming its writer and where they were.
        "Associated Press writer Bob Grant in Portland contributed to this report.",
        "Associated Press writers Ana Ruiz in Madrid and Tom Field in London contributed"
        " to this report.",
        "AP reporter Jo Kim contributed reporting to this story.",
        # An audio player's offer, and its length.
        "Listen to this article · 5:12 min Learn more",
        "Listen to this article",
        # The print edition's note and its links.
        "A version of this article appears in print on May 4, 2024, Section B, Page 3 of"
        " the New York edition with the headline: Frost Cuts Apple Crop. Order Reprints |"
        " Today's Paper | Subscribe",
        "See more on: Apples",
        # A call to share.
        "Like this story? Share it with a friend!",
        "Share full article",
        "Link copied",
        # A caption's credit as an older BBC page is copied, and the line a site sets
        # where an advertisement was: both had printed as subheadings (QA pages).
        "Image copyright Getty Images",
        "Image copyright, Reuters",
        "Story continues below advertisement",
        "Article continues below",
        "Advertisement - scroll to continue",
        # An old site's byline with its date.
        "Posted by admin on 12/04/2026",
        "Submitted on March 3, 2026 at 10:15",
        # A news agency's line on its writer and its pointer to more coverage.
        "Associated Press writer Tom Lee reported from Rio de Janeiro.",
        "Follow AP's climate coverage at https://apnews.com/hub/climate",
        # A sponsored box's offer.
        "Learn to code in 30 days with our online course. Sign up today!",
        # A page's view counter.
        "Page views: 1,204 | Print this page",
        "2.3K views",
        # A caption's labels, as a BBC page copies.
        "Image source, Getty Images",
        "Image caption, Frost covered the blossoms for three nights in a row",
        # The writer's short biography with the link to their page.
        "Carla Mendez covers agriculture and rural America for The Times. More about Carla Mendez",
        # A newsletter box's pitch and small print.
        "Get the day's top stories delivered to your inbox every morning.",
        "By signing up, you agree to our Terms of Service and Privacy Policy.",
        # Links of a page's footer, one to a line.
        "Privacy Policy",
        "Terms of Use",
        "Skip advertisement",
        # Reuters: its standards link, licensing link, market-data note, photo caption.
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        "Purchase Licensing Rights",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of"
        " exchanges and delays.",
        "Apple blossoms are seen on a farm near Springfield, Oregon, U.S., April 20, 2024."
        " REUTERS/Jenny Kane/File Photo Purchase Licensing Rights, opens new tab",
        # The Guardian: its newsletter box and the links after a story.
        "skip past newsletter promotion",
        "after newsletter promotion",
        "Our morning email breaks down the key stories of the day, telling you what's"
        " happening and why it matters",
        "Privacy Notice: Newsletters may contain info about charities, online ads, and"
        " content funded by outside parties. For more information see our Privacy Policy.",
        "Share Reuse this content",
        # NPR: its player's and caption's buttons, and a photo's credit alone.
        "Heard on All Things Considered",
        "Toggle more options",
        "Transcript",
        "Enlarge this image",
        "hide caption",
        "toggle caption",
        "Jenny Kane/AP",
        # A local paper's: a subscription pitch, the writer's contact line, a button.
        "Support local journalism. Subscribe today for just $1 a month.",
        "Tom Baker can be reached at 555-0100 or tbaker@valleygazette.example.",
        "Report an error",
        "BREAKING: Road closed near Main Street after crash",
        "Reporting from Springfield, Ore.",
        # A share bar copied with its buttons glued.
        "FacebookTwitterWhatsAppSMSEmailPrintCopy article linkSave",
        "ShareSave",
        # A consent notice set between the story's paragraphs, and an embedded
        # video's or post's place held by one.
        "We value your privacy",
        "We value your privacy. We and our partners use cookies to personalise content"
        " and ads. Click Accept to consent.",
        "We and our 842 partners store and access information on your device, such as"
        " cookies, to show you relevant ads.",
        "This content is not available due to your privacy preferences. Update your"
        " settings here to see it.",
        "To view this video, please accept cookies.",
        "Please enable functional cookies to watch this video.",
        "Accept marketing cookies to see this post.",
    ],
)
def test_news_furniture_is_removed_and_kept_aside(clutter: str) -> None:
    paragraphs, removed = _cleaned(clutter)
    assert paragraphs == (STORY, STORY)
    assert removed == (" ".join(clutter.split()),)


@pytest.mark.parametrize(
    "sentence",
    [
        "The whole class contributed to this report.",
        "Listen to this article's author explain the plan, the teacher told her students.",
        "Like this story, the film ends in a small town near the sea.",
        "Share it with a friend, the poster in the library said.",
        "The privacy policy of the app changed twice last year, users said.",
        "Scientists want to learn more about Mars.",
        "Officials said a version of this plan appears in the city budget.",
        "Our morning walk takes us past the river and the old mill.",
        "The transcript of the call was released on Friday.",
        "Teachers can be reached at the school office until five o'clock, the letter said.",
        "Breaking the rules, she said, was never part of the plan.",
        "Reporting from the war zone is dangerous work, the editor said.",
        "Save",
        "Print and save",
        "The story continues below the surface, the diver said.",
        "Image copyright laws differ from country to country.",
        "Posted at the border on 12 May 2026, soldiers waited for orders.",
        "The club told new players to sign up today at the sports centre.",
        "Tom Lee reported from Rio de Janeiro that the river was rising.",
        "Follow the coverage at home, the coach told the team's parents.",
        # A story's own sentences about cookies and privacy, beside consent notices.
        "Regulators say many sites use cookies to follow readers without asking them.",
        "We value your privacy, the company said in a statement on Monday, and we will"
        " fix the problem.",
        "Parents were asked to accept cookies from the school bake sale to see the play.",
        "We and our partners in the valley grow apples, pears and plums.",
    ],
)
def test_sentences_like_news_furniture_stay(sentence: str) -> None:
    paragraphs, _ = _cleaned(sentence)
    assert sentence in paragraphs


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Updated 4:12 PM EDT, May 3, 2024", "May 3, 2024"),
        ("15 Dec, 2021 13:54", "15 Dec, 2021"),
        ("Fri 3 May 2024 12.00 BST", "Fri 3 May 2024"),
        ("May 3, 2024 4:12 PM UTC Updated ago", "May 3, 2024"),
    ],
)
def test_a_dated_header_line_is_the_date(line: str, date: str) -> None:
    cleaned = clean_text(f"Late Frost Cuts Apple Harvest\n\n{line}\n\n{STORY}")
    assert cleaned.paragraphs == (STORY,)
    assert cleaned.published == date


def test_a_copied_pages_menu_above_the_headline_is_not_the_title() -> None:
    text = (
        "Home\n\nNews\n\nSport\n\nWeather\n\nLate Frost Cuts Apple Harvest in Northern Valley"
        f"\n\n3 May 2024\n\n{STORY}\n\n{STORY}"
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Late Frost Cuts Apple Harvest in Northern Valley"
    assert cleaned.paragraphs == (STORY, STORY)
    assert cleaned.removed[:4] == ("Home", "News", "Sport", "Weather")


@pytest.mark.parametrize("menu", ["HomeWorld NewsBusinessSport", "NPRNewsMusic"])
def test_a_menu_copied_as_one_glued_line_is_not_the_title(menu: str) -> None:
    text = f"{menu}\n\nLate Frost Cuts Apple Harvest in Northern Valley\n\n{STORY}"
    cleaned = clean_text(text)
    assert cleaned.title == "Late Frost Cuts Apple Harvest in Northern Valley"
    assert cleaned.removed == (menu,)


def test_a_headline_naming_a_company_stays_the_title() -> None:
    text = f"McDonald's Opens in the Valley\n\nGrowers sell apples to the chain\n\n{STORY}"
    assert clean_text(text).title == "McDonald's Opens in the Valley"


def test_a_short_headline_over_its_summary_stays_the_title() -> None:
    text = f"Frost!\n\nGrowers lose half their apples in one cold night\n\n{STORY}"
    # Only one short line: a headline may be short, a menu has several items.
    assert clean_text(text).title == "Frost!"


@pytest.mark.parametrize(
    "clutter",
    [
        "Related topics\n\nFarming\n\nFood",
        "Explore more on these topics\n\nFarming\n\nFood\n\nClimate crisis",
        "Most viewed\n\nHeatwave warning issued for the south\n\nTrain strikes to go ahead",
        "More Stories From NPR\n\nBees are back, but for how long?",
        "236",
        "Growers inspected damaged blossoms last month.Credit...Ruth Fremson/The New York Times",
    ],
)
def test_a_copied_pages_topics_counters_and_credits_go(clutter: str) -> None:
    paragraphs, removed = _cleaned(clutter)
    assert paragraphs == (STORY, STORY)
    assert len(removed) == clutter.count("\n\n") + 1


def test_a_byline_with_the_writers_address_names_the_writer() -> None:
    text = f"Late Frost Cuts Apple Harvest\n\nBy Tom Baker tbaker@gazette.example\n\n{STORY}"
    cleaned = clean_text(text)
    assert cleaned.author == "Tom Baker"
    assert cleaned.paragraphs == (STORY,)


def test_a_caption_over_its_credit_line_goes_with_it() -> None:
    caption = "Frost damaged many of the blossoms this spring."
    paragraphs, removed = _cleaned(
        f"Enlarge this image\n\n{caption}\n\nJenny Kane/AP\n\nhide caption"
    )
    assert paragraphs == (STORY, STORY)
    assert removed == ("Enlarge this image", caption, "Jenny Kane/AP", "hide caption")


def test_a_pull_quote_the_story_says_again_goes() -> None:
    """A page's pull quote, set large between paragraphs, was read twice: once alone,
    then in the paragraph that says who said it (QA pages)."""
    quote = '"Cold nights in April can ruin a whole year of work."'
    said = quote[:-2] + '," said grower Ann Paley, whose family has farmed here since 1950.'
    cleaned = clean_text(f"{STORY}\n\n{quote}\n\n{said}\n\nPrices are expected to rise.")
    assert cleaned.paragraphs == (STORY, said, "Prices are expected to rise.")
    assert cleaned.removed == (quote,)


@pytest.mark.parametrize(
    "line",
    [
        "Who pays for the damage",  # a subheading whose words the story uses
        "- Cold nights can ruin a year of work.",  # a list's item
        "Ann Paley said.",
    ],
)
def test_a_short_line_the_story_says_again_stays(line: str) -> None:
    story = (
        f"{STORY} Who pays for the damage is not clear. Cold nights can ruin a year of"
        " work, Ann Paley said."
    )
    assert line in clean_text(f"{story}\n\n{line}\n\n{STORY}").paragraphs
