"""A cookie or privacy notice set inside a story's text (a consent box between its
paragraphs, an embedded video's "accept cookies to watch" placeholder) goes; a
story's sentences about cookies and privacy stay."""

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
    "notice",
    [
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
def test_a_consent_notice_in_the_text_goes(notice: str) -> None:
    paragraphs, removed = _cleaned(notice)
    assert paragraphs == (STORY, STORY)
    assert notice in removed


@pytest.mark.parametrize(
    "sentence",
    [
        "Regulators say many sites use cookies to follow readers without asking them.",
        "We value your privacy, the company said in a statement on Monday, and we will"
        " fix the problem.",
        "Parents were asked to accept cookies from the school bake sale to see the play.",
        "We and our partners in the valley grow apples, pears and plums.",
    ],
)
def test_a_storys_sentence_about_privacy_stays(sentence: str) -> None:
    paragraphs, _ = _cleaned(sentence)
    assert sentence in paragraphs
