"""A text in another script than English's is named so, not imported (`other_script`)."""

from __future__ import annotations

import pytest

from vocab.articles import STDIN_SOURCE, article_from_text
from vocab.models import ArticleError
from vocab.text_script import other_script

RUSSIAN = (
    "Вчера в нашем городе открыли новый парк. Дети играли на траве весь день, "
    "а родители сидели под большими деревьями.\n\nМэр сказал, что парк стоил много денег."
)
CHINESE = (
    "昨天我们的城市开了一个新公园。孩子们整天在草地上玩，父母坐在大树下。\n\n市长说公园花了很多钱。"
)
JAPANESE = "昨日、私たちの町に新しい公園ができました。子どもたちは一日中芝生で遊びました。"
GREEK = "Χθες άνοιξε ένα νέο πάρκο στην πόλη μας. Τα παιδιά έπαιζαν όλη μέρα στο γρασίδι."
ENGLISH = (
    "The city opened a new park on Monday. Children played in the grass all day, "
    "and their parents sat under the big trees."
)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        (RUSSIAN, "Cyrillic script"),
        (CHINESE, "Chinese characters"),
        (JAPANESE, "Japanese script"),
        (GREEK, "Greek script"),
        # A Russian story naming a phone and an agency in English is still Russian.
        (RUSSIAN + " Он купил iPhone, как сообщило агентство NASA.", "Cyrillic script"),
    ],
    ids=["russian", "chinese", "japanese", "greek", "russian-naming-english"],
)
def test_a_text_in_another_script_is_named_by_its_script(text: str, script: str) -> None:
    assert other_script(text) == script


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "Naïve Café Owners Say À Bientôt: crème brûlée for £5, and Dvořák on the radio.",
        ENGLISH + " The sign said «Парк» (park) and 公园 in Chinese.",
        # A lesson with each sentence in English and in Russian.
        ENGLISH + "\n\n" + RUSSIAN,
        "Москва 2024",  # too few letters to say
    ],
    ids=["english", "accents", "quoting", "bilingual", "few-letters"],
)
def test_english_and_texts_quoting_another_script_are_english(text: str) -> None:
    assert other_script(text) is None


@pytest.mark.parametrize(
    ("text", "fmt", "script"),
    [
        (RUSSIAN, "txt", "Cyrillic script"),
        (CHINESE, "txt", "Chinese characters"),
        (
            f"<html><body><article><p>{RUSSIAN}</p></article></body></html>",
            "html",
            "Cyrillic script",
        ),
    ],
    ids=["russian-txt", "chinese-txt", "russian-html"],
)
def test_importing_a_text_in_another_script_says_it_is_not_english(
    text: str, fmt: str, script: str
) -> None:
    with pytest.raises(ArticleError) as raised:
        article_from_text(text, "story." + fmt, fmt)  # type: ignore[arg-type]
    message = str(raised.value)
    assert message.startswith(f"story.{fmt} is written in {script}, not English")
    assert "\n" not in message


def test_pasted_text_is_called_so_in_the_message() -> None:
    """Text pasted into the Add dialog comes as standard input: "<stdin> is written
    in..." named a file the learner never saw."""
    with pytest.raises(ArticleError, match=r"^The pasted text is written in Cyrillic script"):
        article_from_text(RUSSIAN, STDIN_SOURCE)
    with pytest.raises(ArticleError, match=r"^The pasted text is too short to read"):
        article_from_text("Rain", "")
