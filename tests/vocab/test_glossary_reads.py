"""The glossary and the sense chooser read what they need once: the same answers, with
fewer queries and fewer rankings (issue 8)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from vocab import glossary, senses
from vocab.analysis import Analysis
from vocab.articles import article_from_text
from vocab.candidates import Candidate
from vocab.engine import Engine
from vocab.lexicon import Lexicon
from vocab.models import LearnerProfile
from vocab.sense_weights import FIELD_WORD_WEIGHTS
from vocab.senses import SenseChooser
from vocab.wordfacts import open_word_facts
from vocab.wordinfo import WordInfo

# Written for these tests: short words ("fog", "ox", "elk", "yak"), a market's nouns,
# a passive verb with its preposition, a grammar lesson's noun.
TEXT = """A Foggy Morning at the Hill Market

Fog covered the hill market before dawn. A farmer led an ox and a yak past the stalls,
and a hunter sold elk meat from a cart. The trader was charged with fraud last year,
but the court cleared him. The market reopened in spring.

In the school by the market, a teacher wrote one sentence on the board. Each sentence
needs a verb, she said, and the children copied it into their notebooks. The farmer
bought a notebook for his son and a warm hat for the fog.
"""


@pytest.fixture(scope="module")
def story(engine: Engine) -> Analysis:
    return engine.analyse(article_from_text(TEXT))


def test_short_words_capitals_are_read_in_one_query(
        engine: Engine, story: Analysis, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a short word is a symbol WordNet writes only with capitals is asked of
    all the story's short words at once, not in a query each."""
    single: list[str] = []
    many: list[list[str]] = []
    kept_single, kept_many = Lexicon.capitalised_pos, Lexicon.capitalised_pos_of_many

    def capitalised_pos(self: Lexicon, word: str, *, only: bool = True) -> frozenset[str]:
        single.append(word)
        return kept_single(self, word, only=only)

    def capitalised_pos_of_many(self: Lexicon, words):  # type: ignore[no-untyped-def]
        words = list(words)
        many.append(words)
        return kept_many(self, words)

    monkeypatch.setattr(Lexicon, "capitalised_pos", capitalised_pos)
    monkeypatch.setattr(Lexicon, "capitalised_pos_of_many", capitalised_pos_of_many)
    glossary.collect_candidates(story, engine.senses, LearnerProfile(), engine.words)
    assert not single
    assert len(many) == 1
    assert {"fog", "ox", "elk", "yak"} <= set(many[0])


def test_capitals_read_together_are_those_read_one_by_one(lexicon: Lexicon) -> None:
    words = ["fog", "ox", "Dutch", "au", "le", "us", "no such word", "ca", "elk"]
    assert lexicon.capitalised_pos_of_many(words) == {
        word: lexicon.capitalised_pos(word) for word in words}


def test_a_use_ranked_again_is_not_ranked_anew(
        engine: Engine, story: Analysis, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word's use ranked for its rarer sense, then again among the story's uses for
    its entry, is ranked once: the same scores."""
    ranked: list[str] = []
    kept_rank = SenseChooser.rank

    def rank(self: SenseChooser, candidates, *args, **kwargs):  # type: ignore[no-untyped-def]
        ranked.append(args[2])
        return kept_rank(self, candidates, *args, **kwargs)

    monkeypatch.setattr(SenseChooser, "rank", rank)
    chooser = SenseChooser(engine.lexicon, engine.words)
    at = next(i for i, token in enumerate(story.tokens) if token.text == "court")
    senses = chooser.senses_for(story.tokens[at])
    first = chooser.rank_at(story, at, senses)
    again = chooser.rank_at(story, at, senses)
    assert first == again
    assert len(ranked) == 1
    chooser.rank_at(story, at, senses[:2])  # other senses: ranked anew
    assert len(ranked) == 2


def test_a_field_word_weighs_as_its_nearest_use() -> None:
    """`_nearest_use_weight` gives what weighing every use gives: the most of the
    weights of the uses in the word's own sentence, beside it, or elsewhere."""
    rng = random.Random(8)
    for _ in range(5_000):
        uses = sorted(rng.sample(range(60), rng.randint(0, 8)))
        start = rng.randint(0, 50)
        own = range(start, start + rng.randint(1, 8))
        near = range(max(0, own.start - rng.randint(0, 8)), own.stop + rng.randint(0, 8))
        every = max((FIELD_WORD_WEIGHTS[(use in own) + (use in near)] for use in uses),
                    default=0.0)
        assert senses._nearest_use_weight(uses, own, near) == every


def test_a_noun_below_no_language_term_is_not_walked_up(
        engine: Engine, story: Analysis, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a noun whose sense lies below a language term's root is walked up WordNet's
    broader terms to find it: "market" is none, the lesson's "sentence" is one."""
    walked: list[str] = []
    kept_broader = Lexicon.broader

    def broader(self: Lexicon, synset: str):  # type: ignore[no-untyped-def]
        walked.append(synset)
        return kept_broader(self, synset)

    monkeypatch.setattr(Lexicon, "broader", broader)

    def noun(lemma: str) -> Candidate:
        uses = [i for i, token in enumerate(story.tokens) if token.lemma.lower() == lemma]
        return Candidate(lemma=lemma, upos="NOUN", occurrences=uses, anchor=uses[0],
                         features={"level_gap": -1.0})

    profile = LearnerProfile()
    assert not glossary._a_known_language_term_here(story, noun("market"), engine.senses,
                                                     profile)
    assert not walked
    assert glossary._a_known_language_term_here(story, noun("sentence"), engine.senses,
                                                 profile)


def test_synsets_below_roots_are_read_once_per_lexicon(
        lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new engine's sense look-ups over the same lexicon do not read the synsets below
    the same roots again: they are the lexicon's, not a text's."""
    asked: list[frozenset[str]] = []
    kept = Lexicon._below

    def below(self: Lexicon, roots, column, source):  # type: ignore[no-untyped-def]
        asked.append(roots)
        return kept(self, roots, column, source)

    monkeypatch.setattr(Lexicon, "_below", below)
    opened = Lexicon.open(lexicon.path)  # binds its cache to the counting read
    try:
        roots = ("beverage.n.01", "dessert.n.01")
        first = SenseChooser(opened).synset_ids_below(roots)
        second = SenseChooser(opened).synset_ids_below(roots)
        assert first == second == lexicon.synset_ids_below(roots)
        assert asked == [frozenset(roots)]
        assert len(first) > 50 and "milk.n.01" in opened.synset_names_below(roots)
    finally:
        opened.close()


def test_a_passive_verbs_examples_are_read_ahead(
        engine: Engine, story: Analysis, session_cache_dir: Path) -> None:
    """Whether "was charged with" is the verb's frame reads its examples' lemmas in one
    query, not one a word: the same answer as reading them one by one."""
    facts = open_word_facts(session_cache_dir)
    assert facts is not None
    words = WordInfo(facts.emptied())
    single: list[tuple[str, ...]] = []
    kept_one = words._facts._one  # type: ignore[union-attr]

    def one(sql: str, params: tuple[str, ...]) -> tuple | None:  # type: ignore[type-arg]
        single.append(params)
        return kept_one(sql, params)

    words._facts._one = one  # type: ignore[method-assign, union-attr]
    at = next(i for i, token in enumerate(story.tokens) if token.text == "charged")
    answer = SenseChooser(engine.lexicon, words).takes_after_object(story.tokens[at], "with")
    one_by_one = SenseChooser(engine.lexicon, WordInfo(facts.emptied()))
    assert answer == one_by_one.takes_after_object(story.tokens[at], "with")
    assert answer
    assert not single


def test_a_word_types_reading_is_worked_out_once(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plural or a verb's form the story repeats is read as its dictionary form once,
    not at every use: the same candidates."""
    text = ("Orchards and Apples\n\nGrowers pick apples in autumn. Buyers want apples "
            "that keep, and growers store apples in cool barns. Growers also press "
            "apples into cider.")
    story = engine.analyse(article_from_text(text))
    read = _dictionary_forms_read(engine, story, monkeypatch)
    assert read.count("apples") == 1
    assert read.count("growers") + read.count("Growers") <= 2


# Written for these tests: fields' words ("court", "verdict", "lawyer", "harvest",
# "orchard") in sentences far apart, and a singular noun the story repeats.
FIELDS_TEXT = """A Court Case Over an Orchard

The orchard grew apples on the hill for fifty years. Every autumn the harvest filled the
barns, and the orchard fed the valley.

A lawyer for the neighbours filed a complaint in court. The judge heard the case in
winter, and the jury gave its verdict in spring.

The orchard stayed open. The growers pruned the trees, and the orchard gave a good crop
again. A new orchard was planted by the river.
"""


@pytest.fixture(scope="module")
def fields_story(engine: Engine) -> Analysis:
    return engine.analyse(article_from_text(FIELDS_TEXT))


def test_fields_named_weighs_again_only_the_words_near_the_word(
        engine: Engine, fields_story: Analysis, monkeypatch: pytest.MonkeyPatch) -> None:
    """`fields_named` gives what weighing every word of the story gives, weighing again
    only the words of the sentences near the word (the others weigh as words used
    elsewhere, worked out once a story)."""
    chooser = SenseChooser(engine.lexicon, engine.words)
    story = fields_story
    fields = chooser._lemma_fields(story)
    uses = chooser._lemma_uses(story)
    weighed: list[int] = []
    kept = senses._nearest_use_weight

    def nearest_use_weight(found, own, near):  # type: ignore[no-untyped-def]
        weighed.append(1)
        return kept(found, own, near)

    monkeypatch.setattr(senses, "_nearest_use_weight", nearest_use_weight)
    assert len(fields) >= 3
    for at, token in enumerate(story.tokens):
        sentence = token.sentence
        own = story.sentence_token_range(sentence)
        near = range(story.sentence_token_range(max(sentence - 1, 0)).start,
                     story.sentence_token_range(sentence + 1).stop or own.stop)
        for head in (token.lemma, "court", "orchard"):
            every: dict[str, float] = {}
            for lemma, topics in fields.items():
                if lemma != head.lower():
                    weight = kept(uses.get(lemma, ()), own, near)
                    for field in topics:
                        every[field] = every.get(field, 0.0) + weight
            weighed.clear()
            assert chooser.fields_named(story, at, head) == every
            beside = {story.tokens[i].lemma.lower() for span in (own, near) for i in span}
            assert len(weighed) <= len(beside & fields.keys())


def test_the_storys_content_words_are_walked_once(
        engine: Engine, fields_story: Analysis) -> None:
    """The story's words and the lemmas whose fields are read come from one walk over
    its tokens, by word type."""
    import dataclasses

    walks: list[int] = []

    class Walked(tuple):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            walks.append(1)
            return super().__iter__()

    story = dataclasses.replace(fields_story, tokens=Walked(fields_story.tokens))
    chooser = SenseChooser(engine.lexicon, engine.words)
    words = chooser.story_words(story)
    lemmas = chooser._lemma_fields(story)
    assert len(walks) == 1
    fresh = SenseChooser(engine.lexicon, engine.words)
    assert words == fresh.story_words(fields_story)
    assert lemmas == fresh._lemma_fields(fields_story)
    assert "orchard" in words and "verdict" in lemmas


def test_a_words_outlines_in_a_part_of_speech_are_sorted_out_once(
        engine: Engine, fields_story: Analysis, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word's outlines in one part of speech are picked from all of its outlines once,
    however often they are asked: the same outlines, each answer the caller's own."""
    chooser = SenseChooser(engine.lexicon, engine.words)
    picked = _calls_recorded(monkeypatch, SenseChooser, "_every_outline")
    first = chooser.outlines("orchard", "n")
    asked = len(picked)
    again = chooser.outlines("orchard", "n")
    assert chooser.has_senses("orchard", "n")
    assert len(picked) == asked
    assert first == again == SenseChooser(engine.lexicon, engine.words).outlines("orchard", "n")
    again.clear()
    assert chooser.outlines("orchard", "n") == first


def _calls_recorded(monkeypatch: pytest.MonkeyPatch, owner: type, method: str) -> list[object]:
    """The first argument of each call of ``owner.method`` from now on."""
    calls: list[object] = []
    kept = getattr(owner, method)

    def recorded(self, first, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(first)
        return kept(self, first, *args, **kwargs)

    monkeypatch.setattr(owner, method, recorded)
    return calls


def test_a_singular_nouns_reading_is_worked_out_once(
        engine: Engine, fields_story: Analysis, monkeypatch: pytest.MonkeyPatch) -> None:
    """A singular noun the story repeats is read as its dictionary form once, not at
    every use: the same candidates."""
    read = _dictionary_forms_read(engine, fields_story, monkeypatch)
    assert sum(1 for token in fields_story.tokens if token.text == "orchard") >= 4
    assert read.count("orchard") == 1


def _dictionary_forms_read(engine: Engine, story: Analysis,
                           monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tokens whose dictionary form `read_candidates` works out for ``story``,
    having checked it finds the candidates it finds without counting them."""
    from vocab import candidates

    read: list[str] = []
    kept = candidates._dictionary_form

    def dictionary_form(token, chooser, words):  # type: ignore[no-untyped-def]
        read.append(token.text)
        return kept(token, chooser, words)

    expected = candidates.read_candidates(story, engine.senses, engine.words)
    monkeypatch.setattr(candidates, "_dictionary_form", dictionary_form)
    assert candidates.read_candidates(story, engine.senses, engine.words) == expected
    return read


def test_spreading_out_reads_the_sentences_of_the_candidates_it_reaches(
        engine: Engine, fields_story: Analysis) -> None:
    """The greedy walk reads which sentences a candidate is used in only when it reaches
    the candidate: the first pick of a waiting ranking reads a few of them."""
    read: list[int] = []

    class Uses(list):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            read.append(1)
            return super().__iter__()

    ranking = glossary._ranking(fields_story, engine.senses, LearnerProfile(), engine.words, 3)
    expected = list(glossary.spread_out(fields_story, ranking.settled()))
    ranking = glossary._ranking(fields_story, engine.senses, LearnerProfile(), engine.words, 3)
    for candidate in ranking:
        candidate.occurrences = Uses(candidate.occurrences)
    picks = glossary.spread_out(fields_story, ranking)
    first = next(picks)
    assert len(read) < len(ranking) / 2
    assert [c.lemma for c in (first, *picks)] == [c.lemma for c in expected]
