"""A text in the Latin alphabet but in another language than English is named so, not
imported (`other_language`); English quoting another language still imports."""

from __future__ import annotations

import pytest

from vocab.articles import article_from_text
from vocab.models import ArticleError
from vocab.text_language import other_language

SPANISH = (
    "El ayuntamiento abrió un nuevo parque en el centro de la ciudad el lunes por la "
    "mañana. Los niños jugaron en la hierba durante todo el día, mientras sus padres "
    "descansaban bajo los árboles grandes.\n\nLa alcaldesa dijo que el parque costó mucho "
    "dinero, pero que los vecinos lo necesitaban desde hace años."
)
FRENCH = (
    "La mairie a ouvert un nouveau parc au centre de la ville lundi matin. Les enfants "
    "ont joué dans l'herbe toute la journée, pendant que leurs parents se reposaient sous "
    "les grands arbres. Le maire a déclaré que le parc avait coûté beaucoup d'argent."
)
GERMAN = (
    "Die Stadt hat am Montagmorgen einen neuen Park im Zentrum eröffnet. Die Kinder "
    "spielten den ganzen Tag im Gras, während ihre Eltern sich unter den großen Bäumen "
    "ausruhten. Der Bürgermeister sagte, der Park habe viel Geld gekostet."
)
INDONESIAN = (
    "Pemerintah kota membuka taman baru di pusat kota pada hari Senin pagi. Anak-anak "
    "bermain di rumput sepanjang hari, sementara orang tua mereka beristirahat di bawah "
    "pohon-pohon besar. Wali kota mengatakan bahwa taman itu menghabiskan banyak uang."
)
SWAHILI = (
    "Serikali ya jiji ilifungua bustani mpya katikati ya mji Jumatatu asubuhi. Watoto "
    "walicheza kwenye nyasi siku nzima, wakati wazazi wao walipumzika chini ya miti "
    "mikubwa. Meya alisema kwamba bustani hiyo iligharimu pesa nyingi."
)
ENGLISH = (
    "The city opened a new park in the middle of town on Monday morning. Children played "
    "in the grass all day, while their parents rested under the big trees. The mayor "
    "said the park cost a lot of money, but people had needed it for years."
)
QUOTING = (
    "When the new library opened in Madrid, the mayor told reporters, \u201cEs un d\u00eda "
    "muy importante para nuestra ciudad.\u201d Then she cut the ribbon. Visitors from "
    "France wrote \u201cmerci beaucoup\u201d in the guest book. The library has books in "
    "English, Spanish and French, and classes for children every weekend."
)
BILINGUAL_LESSON = (
    "Lesson 4: At the market. Read each sentence in English, then in Spanish.\n\n"
    "I would like two kilos of tomatoes, please.\n\n"
    "Quisiera dos kilos de tomates, por favor.\n\n"
    "How much do the apples cost?\n\n\u00bfCu\u00e1nto cuestan las manzanas?\n\n"
    "The bread is fresh this morning.\n\nEl pan est\u00e1 fresco esta ma\u00f1ana.\n\n"
    "Thank you, have a nice day.\n\nGracias, que tenga un buen d\u00eda."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (SPANISH, "Spanish"),
        (FRENCH, "French"),
        (GERMAN, "German"),
        (INDONESIAN, "Indonesian"),
        # wordfreq has no list of Swahili: few of its words are English's.
        (SWAHILI, "another language"),
        # A Spanish story quoting a sentence in English is still Spanish.
        (SPANISH + " \u201cWe love this park,\u201d said one of the visitors.", "Spanish"),
    ],
    ids=["spanish", "french", "german", "indonesian", "swahili", "spanish-quoting-english"],
)
def test_a_text_in_another_language_is_named_by_its_language(text: str, language: str) -> None:
    assert other_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        QUOTING,
        BILINGUAL_LESSON,
        # Names are no words of a language: a story about Spanish places is English.
        "Mar\u00eda Garc\u00eda L\u00f3pez moved from San Sebasti\u00e1n to Le\u00f3n. " + ENGLISH,
        "Hoy hace sol y vamos al parque.",  # too few words to tell
    ],
    ids=["english", "quoting", "bilingual-lesson", "spanish-names", "few-words"],
)
def test_english_and_texts_quoting_another_language_are_english(text: str) -> None:
    assert other_language(text) is None


def test_a_long_english_text_is_told_quickly() -> None:
    """A 5 MB text is judged by samples, and English by English's list alone."""
    import time

    text = (ENGLISH + "\n\n") * (5_000_000 // len(ENGLISH))
    other_language(ENGLISH)  # wordfreq imported before the clock starts
    started = time.perf_counter()
    assert other_language(text) is None
    assert time.perf_counter() - started < 0.5


def test_importing_a_text_in_another_language_says_it_is_not_english() -> None:
    """As a text in another script is told (test_text_script), by the language's name."""
    page = f"<html><body><article><p>{SPANISH}</p></article></body></html>"
    for text, name in ((SPANISH, "noticia.txt"), (page, "noticia.html")):
        with pytest.raises(ArticleError, match=rf"^{name} is written in Spanish, not English: "):
            article_from_text(text, name, None)


def test_a_bilingual_lesson_still_imports() -> None:
    article = article_from_text(BILINGUAL_LESSON, "lesson.txt", "txt")
    assert "Quisiera dos kilos de tomates" in article.body
    assert "two kilos of tomatoes" in article.body


# Languages sharing a common word with English ("was", "to", "of"), told by their lists.
DUTCH = (
    "De gemeente heeft maandagochtend een nieuw park geopend in het centrum van de stad. "
    "De kinderen speelden de hele dag in het gras, terwijl hun ouders onder de grote bomen "
    "uitrustten. De burgemeester zei dat het park veel geld heeft gekost, maar het was "
    "nodig: de buren vroegen er al jaren om."
)
POLISH = (
    "Miasto otworzyło w poniedziałek rano nowy park w centrum. Dzieci bawiły się na "
    "trawie przez cały dzień, a ich rodzice odpoczywali pod dużymi drzewami. Burmistrz "
    "powiedział, że park kosztował dużo pieniędzy, ale mieszkańcy potrzebowali go od lat. "
    "To był dobry dzień dla wszystkich."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (DUTCH, "Dutch"),
        (POLISH, "Polish"),
        # A sixth of it an English quotation: still German.
        (GERMAN + " Ein Besucher sagte: \u201cThis is the best park in the city.\u201d", "German"),
    ],
    ids=["dutch", "polish", "german-quoting-english"],
)
def test_a_language_sharing_words_with_english_is_named(text: str, language: str) -> None:
    assert other_language(text) == language


def test_english_is_told_without_reading_any_word_list() -> None:
    """A first import of a story in English had waited 0.35 s for wordfreq's import."""
    import subprocess
    import sys

    code = (
        "import sys; from vocab.text_language import other_language; "
        f"assert other_language({ENGLISH + ' ' + QUOTING!r}) is None; "
        "print('wordfreq' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
