"""Plural nouns the tagger read as a verb's "-s" form, a singular noun or an adjective:
the glossary showed "stem –v." or hid "bud" behind the lemma "buds"."""

from __future__ import annotations

import pytest

from vocab.models import Article


def _token(engine, text: str, word: str):  # type: ignore[no-untyped-def]
    article = Article(title="A test story", body=text, paragraphs=((0, len(text)),))
    return next(t for t in engine.analyse(article).tokens if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We cut the bush's flowers and stems before winter.", "stems"),  # VBZ
        ("Farmers cut the bush's flowers and stems in winter.", "stems"),  # VBZ
        ("The old fox's cubs and mates hunt at night.", "mates"),  # VBZ
    ],
)
def test_a_noun_joined_to_a_plural_noun_is_a_plural_noun(  # type: ignore[no-untyped-def]
    engine, text: str, word: str
) -> None:
    """ "the bush's flowers and stems": after a plural noun and "and", with no verb
    before it that a singular subject has, the "-s" word is the noun's plural."""
    assert _token(engine, text, word).pos == "NNS"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The man repairs the town's roads and runs a small shop.", "runs"),
        ("Her uncle paints the village's houses and works on farms.", "works"),
        ("The river feeds the valley's farms and drains into the sea.", "drains"),
    ],
)
def test_a_verb_joined_after_an_object_stays_the_verb(  # type: ignore[no-untyped-def]
    engine, text: str, word: str
) -> None:
    assert _token(engine, text, word).pos == "VBZ"


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("The tree's buds open in May.", "buds", "bud"),  # NN, lemma "buds"
        ("The cat's claws and teeth are sharp.", "claws", "claw"),
        ("When the tree's buds and shoots appear, spring is here.", "buds", "bud"),
        ("The farm's ducks and geese swim in the pond.", "geese", "goose"),  # JJ
        ("The cat chased the mice and rats out of the barn.", "mice", "mouse"),  # NN
    ],
)
def test_a_plural_read_as_a_singular_or_an_adjective_is_the_plural(  # type: ignore[no-untyped-def]
    engine, text: str, word: str, lemma: str
) -> None:
    token = _token(engine, text, word)
    assert (token.pos, token.lemma) == ("NNS", lemma)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The news spreads fast.", "news"),
        ("The series ends tonight.", "series"),
        ("The bread costs 80 pence here.", "pence"),
    ],
)
def test_a_singular_noun_spelt_as_a_plural_stays_singular(  # type: ignore[no-untyped-def]
    engine, text: str, word: str
) -> None:
    assert _token(engine, text, word).pos == "NN"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He eats vegetables with more relish than meat.", "relish"),  # JJ
        ("Stock prices came back from their recent nosedive by rising slowly.", "nosedive"),
        ("There is little prospect the rain will stop.", "prospect"),
    ],
)
def test_a_noun_and_verb_heading_its_phrase_is_no_adjective(  # type: ignore[no-untyped-def]
    engine, text: str, word: str
) -> None:
    """ "more relish than": a word WordNet has only as a noun and a verb, tagged an
    adjective after a determiner, an owner, an adjective or a preposition with no noun
    after it, heads its phrase: the noun."""
    assert _token(engine, text, word).pos == "NN"


def test_a_verb_only_word_after_get_stays_as_tagged(engine) -> None:  # type: ignore[no-untyped-def]
    assert _token(engine, "They want to get rid of the old car.", "rid").pos == "JJ"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The company makes the city's buses and ships them abroad.", "ships"),  # NNS
        ("The farmer picks the tree's apples and stores them in the barn.", "stores"),  # NNS
    ],
)
def test_a_verb_joined_before_an_object_pronoun_is_the_verb(  # type: ignore[no-untyped-def]
    engine, text: str, word: str
) -> None:
    """ "and ships them": no noun's phrase goes on with "them"; after a verb that may
    have a singular subject, the "-s" word is the verb joined to it."""
    assert _token(engine, text, word).pos == "VBZ"
