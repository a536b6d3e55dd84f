"""Tags the glossary prints as "–n." / "–v." where the tagger read a verb after its
object, a verb of a clause or a headline's verb as something else: the corrections of
`vocab.retag` written from sentences where they went wrong."""

from __future__ import annotations

import pytest

from vocab.models import Article


def _tag_of(engine, text: str, word: str) -> str:  # type: ignore[no-untyped-def]
    article = Article(title="A test story", body=text, paragraphs=((0, len(text)),))
    return next(t.pos for t in engine.analyse(article).tokens if t.text == word)


@pytest.mark.parametrize(("text", "word"), [
    ("The coach will have the team return home early.", "return"),
    ("We saw the stone sink into the lake.", "sink"),
    ("They watched the kite fly over the park.", "fly"),
    ("Let the dough rest overnight.", "rest"),
    ("She watched the sun rise over the hills.", "rise"),
])
def test_a_bare_infinitive_after_an_object_is_a_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    """"saw the stone sink –n.": after a verb of seeing or causing and its object, the
    word that goes on to say where or when is the object's verb."""
    assert _tag_of(engine, text, word) == "VB"


@pytest.mark.parametrize(("text", "word"), [
    ("We heard the door close behind us.", "close"),
    ("They watched the gate open slowly.", "open"),
    ("I watched the sky clear after the storm.", "clear"),
    ("They heard the shop close at noon.", "close"),
    ("She felt the door close behind her.", "close"),
])
def test_a_bare_infinitive_read_as_an_adverb_is_a_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str) -> None:
    """"heard the door close –adv.": after "heard" or "watched" and its object, a word
    that is a verb as well as an adverb or adjective, going on as a clause would, is
    the object's verb; after "felt", one read as an adverb."""
    assert _tag_of(engine, text, word) == "VB"


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("We watched the boat close to the shore.", "close", "RB"),
    ("She felt the water cold on her feet.", "cold", "NN"),
    ("He saw the door open.", "open", "JJ"),
    ("He felt the danger close.", "close", "RB"),
])
def test_what_the_object_is_stays_no_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    """An adverb that goes on ("close to the shore"), and a word after "felt" or "saw"
    that may say what the object is ("felt the danger close"), keep their tags."""
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("They have a bank account at the bank.", "account", "NN"),
    ("We waited at the bus stop in the rain.", "stop", "NN"),
    ("We will have the car fixed.", "fixed", "VBN"),
    ("We watched the football match on TV.", "match", "NN"),
    ("They heard the radio broadcast on the bus.", "broadcast", "NN"),
])
def test_an_object_and_its_noun_stay_a_noun_phrase(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("The bridge opening delayed traffic for hours.", "opening", "NN"),
    ("The bridge opening delayed traffic for hours.", "delayed", "VBD"),
    ("The school closing upset parents across the town.", "upset", "VBD"),
])
def test_the_verb_after_an_ing_noun_is_a_past(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    """"The bridge opening –v. delayed –v. (participle) traffic": the sentence's only
    verb, spelt as its past, read as a participle after an "-ing" noun, is the past."""
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("The ship landing surprised everyone.", "landing", "NN"),
    ("The school opening was a big day for the town.", "opening", "NN"),
    ("Students stood outside, the school building behind them.", "building", "NN"),
])
def test_an_ing_noun_after_a_noun_modifier_is_the_noun(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    """"the ship landing –v.": after a determiner and a noun, an "-ing" word the
    dictionary has as a noun, with the clause's verb after it, heads the phrase."""
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("Interpol reports that the thieves escaped.", "reports", "VBZ"),
    ("Dance teachers wear tuxedos most nights.", "tuxedos", "NNS"),
    ("The man sells bread to shops in the city.", "bread", "NN"),
    ("The leaders visited Paris and met with the president.", "met", "VBD"),
    ("They had visited Paris and met the president.", "met", "VBD"),
])
def test_a_word_gets_its_part_of_speech_from_its_clause(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    """"Interpol reports –n. that", "wear tuxedos –adj.", "sells bread –adj.", "visited
    Paris and met –v. (participle)": a name's verb before "that", a plural no
    adjective, a noun no adjective, a past joined to a past."""
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("The Interpol reports that were leaked show problems.", "reports", "NNS"),
    ("The company issued shares last spring and sold them.", "sold", "VBD"),
])
def test_a_noun_phrase_keeps_its_noun(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    assert _tag_of(engine, text, word) == tag


def _headline_tags(engine, title: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    body = f"{title}\n\nPeople want to do well at work."
    article = Article(title=title, body=body,
                      paragraphs=((0, len(title)), (len(title) + 2, len(body))))
    return {t.text: t.pos for t in engine.analyse(article).tokens}


@pytest.mark.parametrize(("title", "word", "tag"), [
    ("How to Get Ahead", "Ahead", "RB"),
    ("The Best Way to Learn Spanish", "Learn", "VB"),
    ("Trying to Stay Cool in a Heat Wave", "Stay", "VB"),
    ("A Trip to Space in 2030", "Space", "NN"),
])
def test_a_headline_verb_after_to_is_a_verb(  # type: ignore[no-untyped-def]
        engine, title: str, word: str, tag: str) -> None:
    """"How to Get Ahead –n.", "Way to Learn –n.": a headline's capitals are no
    names; after "to", a verb with words after it is the verb, not a place after
    a preposition ("Trip to Space in 2030")."""
    assert _headline_tags(engine, title)[word] == tag


def test_a_name_before_a_relative_clause_keeps_its_plural(engine) -> None:  # type: ignore[no-untyped-def]
    assert _tag_of(engine, "IBM models that last for years sell well.", "models") == "NNS"


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("One finding was that many lakes mapped on Europa's surface were frozen.", "mapped", "VBN"),
    ("Sales dropped in May as buyers waited.", "dropped", "VBD"),
    ("Prices climbed in the week ended Friday.", "climbed", "VBD"),
])
def test_a_participle_describing_a_subject_is_no_past(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    """"lakes mapped –v. (past) on Europa's surface were": a past right after a noun,
    with a place and the clause's verb after it, is the participle describing the noun;
    not before a clause of its own ("as buyers waited") or a date."""
    assert _tag_of(engine, text, word) == tag


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("He wrote The Road to Power in 1990.", "Power", "NNP"),
    ("The Road to Power", "Power", "NN"),
    ("She wrote The Right to Vote in 2001.", "Vote", "VB"),
    ("Plans to Power Homes With Sunlight", "Power", "VB"),
])
def test_a_titles_noun_after_to_is_no_verb(  # type: ignore[no-untyped-def]
        engine, text: str, word: str, tag: str) -> None:
    """"The Road to Power –v.": in a title's capitalised words, a word after a noun and
    "to", with nothing a verb takes after it, that learners are taught as a noun and not
    as a verb, is the object of "to"; a verb learners are taught keeps its tag ("The
    Right to Vote"), as does one with its object ("to Power Homes")."""
    assert _tag_of(engine, text, word) == tag
