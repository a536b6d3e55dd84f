"""The cleaner: what a learner should not have to read goes, the story stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vocab.clean import clean_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
VOA_SEED = SEEDS / "004_365fc8dcfed9d6e0.txt"
WEB_SEED = SEEDS / "000_8f497018cf25b217.txt"

STORY = (
    "The town library opened a new reading room on Monday. Children and their "
    "parents came early to see the colorful shelves and the soft chairs by the windows."
)


def _body(text: str) -> str:
    return "\n\n".join(clean_text(text).paragraphs)


def test_web_seed_loses_teaser_caption_and_comment_widgets() -> None:
    cleaned = clean_text(WEB_SEED.read_text(encoding="utf-8"))
    body = "\n\n".join(cleaned.paragraphs)
    assert cleaned.title == "China supports Russia in NATO demands – Moscow"
    for clutter in (
        "Read more",
        "Public Affairs",
        "US deploys F-15 fighters",
        "Post a Comment",
        "0 Comments",
        "©",
    ):
        assert clutter not in body
    assert cleaned.removed[0] == "Read more"
    assert cleaned.removed[-2:] == ("Post a Comment", "0 Comments")
    assert body.startswith("Chinese President Xi Jinping is fully supportive")
    assert body.endswith("leaders of two great friendly states,” he said.")
    assert len(cleaned.paragraphs) == 9


def test_voa_seed_keeps_the_story_and_moves_the_glossary_out() -> None:
    cleaned = clean_text(VOA_SEED.read_text(encoding="utf-8"))
    body = "\n\n".join(cleaned.paragraphs)
    assert cleaned.title == "Russia Gets China’s Support to Get Security Guarantee from NATO"
    assert [(entry.word, entry.pos, entry.note) for entry in cleaned.glossary] == [
        ("bloc", "n.", ""),
        ("initiative", "n.", ""),
        ("counter", "v.", ""),
        ("principle", "n.", ""),
        ("affairs", "n.", "(pl.)"),
        ("determination", "n.", ""),
    ]
    for clutter in (
        "Words in This Story",
        "–n.",
        "I’m Mario Ritter Jr.",
        "adapted this story",
        "was the editor",
        "___",
        "We want to hear from you",
        "Your browser",
        "via AP)",
        "Push to Get Security",
    ):
        assert clutter not in body
    assert body.startswith("Russian officials say Chinese President Xi Jinping")
    assert body.endswith("more than 150 million treatments of the vaccine.")
    assert "Effort to block NATO expansion" in cleaned.paragraphs


def test_every_layout_of_a_voa_glossary_leaves_the_story() -> None:
    """Bracketed labels had stayed in the body as paragraphs: highlighted, quizzed
    ("What does 'idiom' mean in this sentence?") and exported (QA walk-through)."""
    text = (
        "A Battery That Runs on Salt Water\n\n"
        "Scientists built a battery that uses salt water. It may hold up for years.\n\n"
        "Words in This Story\n\n"
        "electrolyte –n. a liquid in a battery\n\n"
        "release - v. to let something go\n\n"
        "hold up (phrasal verb) to stay strong over time\n\n"
        "in the dark – (idiom) not knowing about something\n\n"
        "striking: (adj.) very easy to notice\n"
    )
    cleaned = clean_text(text)
    assert cleaned.paragraphs == (
        "Scientists built a battery that uses salt water. It may hold up for years.",
    )
    assert [(entry.word, entry.pos) for entry in cleaned.glossary] == [
        ("electrolyte", "n."), ("release", "v."), ("hold up", "phrasal verb"),
        ("in the dark", "idiom"), ("striking", "adj."),
    ]


def test_a_second_story_glued_after_the_comment_counter_is_not_the_article() -> None:
    text = WEB_SEED.read_text(encoding="utf-8") + VOA_SEED.read_text(encoding="utf-8")
    cleaned = clean_text(text)
    assert cleaned.title == "China supports Russia in NATO demands – Moscow"
    assert len(cleaned.paragraphs) == 9
    assert cleaned.glossary == ()
    assert "0 CommentsRussia Gets China’s Support to Get Security Guarantee from NATO" in (
        cleaned.removed
    )
    assert cleaned.removed[-1].startswith("We want to hear from you")


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers left 40 comments on the mayor's plan in the first hour.",
        "5 comments were deleted by the editors for being rude.",
        "Read more books, the teacher told her students, and you will write better.",
        "She wanted to read more about the history of her town.",
        "Share prices fell sharply after the announcement on Tuesday.",
        "The school newsletter comes out every Friday afternoon.",
        "I'm happy to help, she said.",
        "The photo showed a small boat on a calm sea.",
        "Comments from the public will be accepted until the end of March.",
        "Related problems include poor sleep and stress.",
        "Follow the signs to the station and turn left at the bank.",
        "The company said it was the editor's decision to publish the letter.",
        "Copyright law protects writers and artists.",
        "Print the form and bring it with you.",
        "Share your photos with us on Facebook and we will print the best ones.",
        "Click here to see how the rules changed, the mayor wrote on Twitter.",
        "Topics: what the council will vote on next week.",
        "The quiz show ran for five minutes before the power went out.",
        "Listen to your body, the doctor said, and rest when you are tired.",
        "The minister said editing by hand took the team many weeks.",
        "Students had 5 minutes to read the question.",
        "The shop now sells bread as well as milk.",
        "Shoppers who buy now could save money, economists said.",
        "Prices fell again. Shop now at the market and you pay less, farmers said.",
        # Beside the calls to comment, write and take a quiz that are clutter (QA6).
        "\"Tell us in the comments what you think,\" the singer says at the end of each video.",
        "Parents can write to us at the school office on Main Street, the head teacher said.",
        "\"Write to us at help@school.example.org,\" she told the parents.",
        "Do you have a question for the teacher? Many students do, but they are too shy.",
        "Start quizzing yourself on new words every morning, the teacher said.",
        "The report was written by a reporter for the Voice of America (VOA).",
        "She left Facebook in 2020 and joined LinkedIn a year later.",
        # A line goes whole: a statement before the call to write is the story's.
        "I hope this helps, Kyosuke. Do you have a question? Write to us at ask@example.org.",
        # Beside the sign-offs and newsletter boxes that are clutter (QA2).
        "The Daily Globe reported this story first, and other papers followed a day later.",
        "Additional reporting by students at the school helped the paper win a prize.",
        "Parents can enter your email address on the school's website, the principal said.",
    ],
)
def test_ordinary_sentences_survive(sentence: str) -> None:
    assert sentence in _body(f"{STORY}\n\n{sentence}\n\n{STORY}")


@pytest.mark.parametrize(
    "clutter",
    [
        "Your browser doesn't support HTML5",
        "Your browser does not support video.",
        "Share",
        "Share on Facebook",
        "Share this article",
        "Print",
        "Subscribe to our newsletter",
        "Sign up for our free newsletter to get the news every morning.",
        "Follow us on Twitter",
        "Advertisement",
        "Post a Comment",
        "Leave a comment",
        "12 Comments",
        "Comments (3)",
        "I’m Anna Matteo.",
        "And I'm Jonathan Evans.",
        "Anna Matteo wrote this story for VOA Learning English. Caty Weaver was the editor.",
        "Ashley Thompson was the editor.",
        "Reuters and Associated Press contributed to this report.",
        "Photo: A farmer in Kenya. Jane Smith/Reuters",
        "Photo by John Lee",
        "Farmers walk to the market in Nairobi, Kenya, on May 3, 2021. (AP Photo/Brian Inganga)",
        "A view of the river. (Photo: City of Riverton)",
        "© 2021 Reuters",
        "__________________",
        "* * *",
        "We want to hear from you. Write to us in the Comments section.",
        "Read more: Ten ways to learn new words",
        "Read more » How much screen time is too much for teenagers?",  # QA walk-through
        "Related — City council votes on new bus lanes",
        "Copyright 2024 Example News. All rights reserved.",
        # QA walk-through: left in the text and in the exported lesson.
        "Share this article: Facebook Twitter Email",
        "Share: Facebook | X | WhatsApp",
        "Follow us on Facebook, Instagram and YouTube",
        "Click here to subscribe to our newsletter!",
        "Tags: library, Riverside, education",
        "Filed under: Health, Science",
        # QA walk-through (a teacher's page): menus and share buttons stayed in.
        "Home | News | World | Business | Science | Health | Sports",
        "Privacy Policy | Terms of Use | Contact Us",
        "Facebook Twitter Email",
        "Log in to comment",
        # QA walk-through (a teacher's pages): asked as a quiz word ("min"), or printed.
        "· 5 min read",
        "3-minute read",
        "Listen 00:04:12 Download MP3",
        "No media source currently available",
        "Quiz - Farmers Turn to Ancient Methods to Save Water",
        "Start the quiz to find out.",
        "What do you think of these farming methods? Write to us in the Comments Section.",
        "Copyright 2024 Daily Globe News. All rights reserved. This material may not be"
        " published, broadcast, rewritten or redistributed.",
        "Maria Lopez reported from the capital. Additional reporting by Tom Green;"
        " Editing by Jane Doe.",
        "Reporting by Ana Silva; Editing by Mark Potter and Jane Merriman",
        # An advertisement between paragraphs (QA walk-through: it was a word's example)
        "Get 50% off your first telescope! Shop now",
        "New running shoes for spring. Buy now →",
        "Order now and get free shipping",
        "Sleep better tonight! Try DreamSoft pillows - 30% off this week only. Shop now at"
        " dreamsoft.example.com",
        # QA6 walk-through: calls to comment, to write and to take the quiz, and a VOA
        # photo credit, stayed in the story, were glossed and printed in the handout.
        "Have you ever visited a volcano? Tell us in the comments section below.",
        "Let us know what you think in the comments.",
        "Leave your answer in the comments below!",
        "Start Quiz",
        "Take our quiz",
        "Do you have a question for the teacher?",
        "Do you have questions about English? Write to us at teacher@example.org.",
        "Email us at news@example.com",
        "Send us a note at letters@example.com.",
        "A man reads in a park in Washington, D.C. (VOA/Jane Doe)",
        "Students line up outside the school in Nairobi. (Jane Doe/VOA)",
        "A bus waits at the station in Lagos. (NPR/Ann Lee)",
        # QA2 walk-through (a teacher's pages): a sign-off without an editor, and a
        # newsletter box, stayed at the story's end ("newsletter" was glossed).
        "Maria Holden reported this story from Riverside. Additional reporting by Sam Lee.",
        "Tom Green reported this story.",
        "Additional reporting by Ana Silva and Tom Green.",
        "Newsletter",
        "Don't miss a story. Enter your email to get our daily news in your inbox.",
        "Enter your email address",
    ],
)
def test_clutter_is_removed_and_kept_aside(clutter: str) -> None:
    cleaned = clean_text(f"{STORY}\n\n{clutter}\n\n{STORY}")
    assert cleaned.paragraphs == (STORY, STORY)
    assert cleaned.removed == (" ".join(clutter.split()),)


@pytest.mark.parametrize(
    "buttons",
    [
        "Share\n\nFacebook\nTwitter\nEmail",  # QA6: Facebook and Twitter had stayed
        "Share\n\nWhatsApp\n\nLinkedIn\n\nX",  # one button to a block, as web pages
        "Facebook\nTwitter\nPrint",
    ],
)
def test_network_names_alone_among_share_buttons_are_clutter(buttons: str) -> None:
    cleaned = clean_text(f"{STORY}\n\n{buttons}\n\n{STORY}")
    assert cleaned.paragraphs == (STORY, STORY)
    assert cleaned.removed == tuple(line for line in buttons.split("\n") if line)


@pytest.mark.parametrize(
    "lines", ["Facebook", "Facebook\nInstagram\nTikTok", "Twitter\n\nX"])
def test_network_names_without_share_buttons_stay(lines: str) -> None:
    """A subheading or a list of apps names networks too; only share buttons beside
    them tell a share bar."""
    cleaned = clean_text(f"{STORY}\n\n{lines}\n\n{STORY}")
    assert cleaned.removed == ()


def test_a_closing_what_do_you_think_is_clutter_but_not_in_the_story() -> None:
    """QA6: VOA ends a story asking readers' opinion; the same question inside the story
    is the story's."""
    ending = clean_text(f"{STORY}\n\n{STORY}\n\nWhat do you think?\n\nI'm Anna Matteo.")
    assert ending.paragraphs == (STORY, STORY)
    assert ending.removed == ("What do you think?", "I'm Anna Matteo.")
    inside = clean_text(f"{STORY}\n\nWhat do you think?\n\n{STORY}")
    assert inside.paragraphs == (STORY, "What do you think?", STORY)


def test_calls_after_the_glossary_are_removed_with_the_glossary_kept() -> None:
    """QA6: the lines after VOA's "Words in This Story" (a call to comment, share
    buttons, the quiz link and the teacher's address) stayed in the story."""
    text = (f"Town Waits for Volcano\n\n{STORY}\n\n{STORY}\n\nWords in This Story\n\n"
            "erupt — verb: to send out rocks and lava\n\nsteer (v.) to control the direction\n\n"
            "What do you think? Tell us in the comments section below.\n\nShare\n\n"
            "Facebook\nTwitter\nEmail\n\nStart Quiz\n\n"
            "Do you have a question for the teacher? Write to us at teacher@example.org.")
    cleaned = clean_text(text)
    assert cleaned.paragraphs == (STORY, STORY)
    assert [entry.word for entry in cleaned.glossary] == ["erupt", "steer"]
    assert cleaned.removed == (
        "What do you think? Tell us in the comments section below.", "Share", "Facebook",
        "Twitter", "Email", "Start Quiz",
        "Do you have a question for the teacher? Write to us at teacher@example.org.")


def test_read_more_takes_its_teaser_block_with_it() -> None:
    text = (
        f"{STORY}\n\nRead more\nFishermen in Peru, May 2, 2020. © Jane Doe/Agency\n"
        f"Fish prices rise again\n\n{STORY}"
    )
    cleaned = clean_text(text)
    assert cleaned.paragraphs == (STORY, STORY)
    assert cleaned.removed == (
        "Read more",
        "Fishermen in Peru, May 2, 2020. © Jane Doe/Agency",
        "Fish prices rise again",
    )


def test_a_lone_read_more_takes_the_headline_after_it() -> None:
    # Web pages give every line its own block: the teaser is the headline that follows.
    text = (
        f"{STORY}\n\nRead more\n\nFish Prices Rise Again\n\n"
        f"The market reopened on Friday.\n\nA Subheading Later On\n\n{STORY}"
    )
    cleaned = clean_text(text)
    assert cleaned.removed == ("Read more", "Fish Prices Rise Again")
    assert cleaned.paragraphs == (
        STORY,
        "The market reopened on Friday.",
        "A Subheading Later On",
        STORY,
    )


@pytest.mark.parametrize("link", ["Read more", "Read more »", "Continue reading…"])
def test_a_read_more_link_ending_a_paragraph_is_clutter(link: str) -> None:
    """A page's "Read more" link at the end of a paragraph stayed in the story's text
    (QA walk-through)."""
    quote = '"The water is rising faster than we expected," said a local firefighter.'
    cleaned = clean_text(f"{STORY}\n\n{quote} {link}\n\n{STORY}")
    assert cleaned.paragraphs == (STORY, quote, STORY)
    assert cleaned.removed == (link,)


@pytest.mark.parametrize("prose", [
    "The teacher said her students should read more",
    "Libraries are open late so that children can read more.",
    "“Read more,” the teacher told her class. “Then write.”",
])
def test_read_more_in_a_sentence_stays(prose: str) -> None:
    cleaned = clean_text(f"{STORY}\n\n{prose}\n\n{STORY}")
    assert cleaned.paragraphs[1] == prose


def test_indented_comment_widgets_end_the_article_too() -> None:
    cleaned = clean_text(f"{STORY}\n\n{STORY}\n\n   Post a Comment\n\nOther Story Headline")
    assert cleaned.paragraphs == (STORY, STORY)
    assert cleaned.removed == ("Post a Comment", "Other Story Headline")


def test_an_early_comment_counter_does_not_swallow_the_story() -> None:
    cleaned = clean_text(f"Library News\n\n3 Comments\n\n{STORY}\n\n{STORY}")
    assert cleaned.title == "Library News"
    assert cleaned.paragraphs == (STORY, STORY)
    assert cleaned.removed == ("3 Comments",)


def test_a_comment_counter_under_the_page_header_does_not_swallow_the_story() -> None:
    """QA walk-through: a counter under a menu, a byline, a caption and share buttons
    (40 words of them) cut the whole story away as a footer; only prose counts."""
    header = (
        "Home | News | World | Business | Science | Health | Sports | Weather\n"
        "Subscribe | Sign in\n\nSCIENCE & HEALTH\n\n"
        "Small Town Turns Old Railway Into Community Garden\n\nBy Maria Lopez\n"
        "Published March 4, 2024 | Updated March 5, 2024\n\n"
        "Photo: Volunteers plant vegetables along the old railway line in Millbrook. "
        "(Photo by John Smith/Reuters)\n\nShare this article\nFacebook Twitter Email\n\n"
        "12 comments\n\n"
    )
    footer = "\n\nYou might also like\n- Ten Easy Vegetables for Beginners\n- Why Bees Matter"
    cleaned = clean_text(f"{header}{STORY}\n\n{STORY}{footer}")
    assert cleaned.paragraphs == (STORY, STORY)
    assert cleaned.title == "Small Town Turns Old Railway Into Community Garden"
    assert (cleaned.author, cleaned.published) == ("Maria Lopez", "March 4, 2024")
    assert "12 comments" in cleaned.removed and "SCIENCE & HEALTH" in cleaned.removed


def test_a_section_name_above_a_given_headline_is_clutter() -> None:
    """A web page's <h1> gave the title, and "SCIENCE & HEALTH" opened the body (QA
    walk-through)."""
    cleaned = clean_text(f"SCIENCE & HEALTH\n\n{STORY}\n\n{STORY}",
                         title="Library Opens New Room")
    assert cleaned.paragraphs == (STORY, STORY)
    assert cleaned.removed == ("SCIENCE & HEALTH",)


def test_a_headline_byline_and_date_on_lines_of_one_block_stay_apart() -> None:
    """With no blank line between them, the headline, byline and date were joined as a
    hard-wrapped paragraph into one title (QA walk-through)."""
    text = ("City Gardens Help Cool Hot Neighborhoods, Scientists Say\n"
            "By Laura Bennett, Science Reporter\n"
            "Published March 4, 2024 | Updated March 5, 2024\n\n"
            f"{STORY}")
    cleaned = clean_text(text)
    assert cleaned.title == "City Gardens Help Cool Hot Neighborhoods, Scientists Say"
    assert (cleaned.author, cleaned.published) == ("Laura Bennett", "March 4, 2024")
    assert cleaned.paragraphs == (STORY,)


def test_a_date_with_the_reading_time_is_the_date() -> None:
    """QA2 walk-through: "Published July 14, 2025 · 5 min read" stayed as the story's
    first paragraph, printed as a heading in the lesson."""
    text = f"Library Opens New Room\n\nPublished July 14, 2025 \u00b7 5 min read\n\n{STORY}"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.published) == ("Library Opens New Room", "July 14, 2025")
    assert cleaned.paragraphs == (STORY,)


def test_a_title_in_capitals_is_still_the_title() -> None:
    cleaned = clean_text(f"LIBRARY OPENS NEW ROOM\n\n{STORY}")
    assert cleaned.title == "LIBRARY OPENS NEW ROOM"
    assert cleaned.paragraphs == (STORY,)


def test_title_is_the_first_short_line_without_a_full_stop() -> None:
    assert clean_text(f"Is Coffee Good for You?\n\n{STORY}").title == "Is Coffee Good for You?"
    no_title = clean_text(f"{STORY}\n\n{STORY}")
    assert no_title.title == ""
    assert len(no_title.paragraphs) == 2
    assert clean_text("A short sentence.\n\nMore text here.").title == ""


def test_a_given_title_is_kept_and_its_copy_removed() -> None:
    cleaned = clean_text(f"Library Opens New Room\n\n{STORY}", title="Library Opens New Room")
    assert cleaned.title == "Library Opens New Room"
    assert cleaned.paragraphs == (STORY,)
    assert cleaned.removed == ("Library Opens New Room",)


def test_byline_and_date_above_the_story_become_details() -> None:
    text = f"Library Opens New Room\n\nBy Anna Matteo\n\nMarch 5, 2024\n\n{STORY}\n\nBy Monday"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.author, cleaned.published) == (
        "Library Opens New Room",
        "Anna Matteo",
        "March 5, 2024",
    )
    assert cleaned.paragraphs == (STORY, "By Monday")
    assert cleaned.removed == ("By Anna Matteo", "March 5, 2024")


def test_hard_wrapped_lines_become_paragraphs() -> None:
    text = (
        "A Walk in the Park\n\n"
        "The park was quiet in the early morning, and the grass was still wet\n"
        "from the rain that had fallen during the night. Birds sang in the\n"
        "trees.\n"
        "A man walked his dog along the path by the lake and stopped to\n"
        "watch the ducks.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.paragraphs == (
        "The park was quiet in the early morning, and the grass was still wet from the rain "
        "that had fallen during the night. Birds sang in the trees.",
        "A man walked his dog along the path by the lake and stopped to watch the ducks.",
    )


def test_a_word_broken_at_the_margin_is_made_whole() -> None:
    """"The education depart-" / "ment will study" stayed "depart-" and "ment" in two
    paragraphs (QA walk-through); a hyphen of the word's own stays ("well-known")."""
    text = ("Schools Try a Four-Day Week\n\n"
            "More than two hundred schools in the state have moved to a four-day\n"
            "week, officials said on Monday. The education depart-\n"
            "ment will study test results over the next three years, said the educa-\n"
            "tion official. Some well-\n"
            "known researchers have already raised concerns about the long days.\n")
    [paragraph] = clean_text(text).paragraphs
    assert "The education department will study" in paragraph
    assert "the education official" in paragraph
    assert "Some well-known researchers" in paragraph


def test_a_list_in_wrapped_text_keeps_its_items_apart() -> None:
    text = ("Schools Try a Four-Day Week\n\n"
            "Parents in the state gave three main reasons for supporting the change:\n"
            "- more time with their children\n"
            "- fewer days of driving to school\n"
            "- happier teachers\n\n"
            "A survey of 1,200 families found that 58 percent of parents liked the\n"
            "new schedule, and teachers were even more positive about the new days.\n")
    paragraphs = clean_text(text).paragraphs
    assert paragraphs[:4] == (
        "Parents in the state gave three main reasons for supporting the change:",
        "- more time with their children", "- fewer days of driving to school",
        "- happier teachers")


def test_short_lines_stay_separate() -> None:
    cleaned = clean_text("Shopping\n\nApples\nBread\nMilk")
    assert cleaned.paragraphs == ("Apples", "Bread", "Milk")


def test_whitespace_and_invisible_characters_are_tidied() -> None:
    cleaned = clean_text(
        "\ufeffTitle\r\n\r\nSome\u00a0 text\u200b with\t tabs.  \r\n"
        "\x1b[1mBold\x1b[0m and a bell\x07.\r\n"
    )
    assert cleaned.title == "Title"
    assert cleaned.paragraphs == ("Some text with tabs.", "Bold and a bell.")


_paragraph_text = st.text(max_size=300)
_clutter_lines = st.sampled_from(
    ["Read more", "0 Comments", "Post a Comment", "Share", "I’m Anna Matteo.", "___", ""]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_paragraph_text, _clutter_lines), max_size=12))
def test_cleaning_is_idempotent(parts: list[str]) -> None:
    first = clean_text("\n\n".join(parts))
    again = clean_text("\n\n".join(first.paragraphs), title=first.title)
    assert again.paragraphs == first.paragraphs
    assert again.removed == ()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_paragraphs_are_single_tidy_lines(text: str) -> None:
    cleaned = clean_text(text)
    for paragraph in cleaned.paragraphs:
        assert paragraph
        assert paragraph == " ".join(paragraph.split())


def test_a_pull_quote_is_found_in_a_longer_paragraph_but_not_in_its_own_copy() -> None:
    """The quotation is looked for once in all paragraphs joined (it was compared with
    each other paragraph in turn: ~1.3 s on a long page); it is one where the old
    comparison found one, on paragraphs of a small vocabulary that repeat and overlap."""
    import random

    from vocab.clean import _inside_another, _letters

    rng = random.Random(11)
    words = ["the", "ferry", "left", "harbour", "late", "because", "fog", "covered", "bay",
             "again", "today"]
    for _ in range(300):
        paragraphs = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
                      for _ in range(rng.randint(1, 7))]
        if rng.random() < 0.5:
            paragraphs.append(f"{paragraphs[0]}, the captain said.")
        letters = [_letters(text) for text in paragraphs]
        joined = "\0" + "\0".join(letters) + "\0"
        for at, quoted in enumerate(letters):
            compared = any(len(other) > len(quoted) and quoted in other
                           for n, other in enumerate(letters) if n != at)
            assert _inside_another(quoted, letters, joined) == compared, (paragraphs, at)
