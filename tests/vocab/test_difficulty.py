"""Word levels from frequency and the CEFR list, and the learner's own marks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from vocab.analysis import Analysis
from vocab.articles import article_from_text
from vocab.difficulty import difficult_for, word_level, zipf_level
from vocab.engine import Engine
from vocab.models import LearnerProfile, Level, Token, WordStatus


def token(text: str = "bloc", lemma: str = "bloc", pos: str = "NN", level: Level | None = Level.C1,
          proper: bool = False) -> Token:
    upos = {"NN": "NOUN", "NNP": "PROPN", "VB": "VERB", "DT": "DET", "CD": "NUM"}[pos]
    return Token(text=text, start=0, end=len(text), sentence=0, lemma=lemma, pos=pos, upos=upos,
                 level=level, proper_noun=proper)


def test_more_frequent_words_are_never_harder() -> None:
    levels = [zipf_level(z / 10) for z in range(10, 70)]
    assert levels == sorted(levels, reverse=True)
    assert zipf_level(6.5) is Level.A1
    assert zipf_level(2.0) is Level.C2


def test_cefr_list_pulls_a_rare_but_early_taught_word_down() -> None:
    # "banana" is rare in news but taught at A1.
    assert word_level(3.6, Level.A1, "NN") < zipf_level(3.6)


def test_a_word_almost_no_one_meets_is_not_easy_because_the_list_says_so() -> None:
    # cefrpy rates "instrumentality" (Zipf 2.2) A2 and "cornified" (Zipf 1.1) A1, as
    # it does thousands of rare derived words: a B1 learner saw none of them marked.
    assert word_level(2.24, Level.A2, "NN") is Level.C2
    assert word_level(1.08, Level.A1, "JJ") is Level.C2
    # ...while a rare word it places at B1 still has its say.
    assert word_level(2.94, Level.B1, "NN") < Level.C2


def test_frequency_pulls_a_common_news_word_down() -> None:
    assert word_level(5.6, Level.B2, "NN") < Level.B2


def test_the_commonest_words_are_a1_whatever_the_list_says() -> None:
    # cefrpy rates "other" (Zipf 6.2) A2: an A1 learner saw it highlighted.
    assert word_level(6.16, Level.A2, "JJ") is Level.A1
    assert word_level(5.48, Level.A2, "NN") is Level.A2  # "country": both say A2


@pytest.mark.parametrize("level", list(Level))
def test_word_level_without_cefr_is_the_frequency_band(level: Level) -> None:
    zipf = {Level.A1: 6.0, Level.A2: 5.0, Level.B1: 4.5, Level.B2: 4.0, Level.C1: 3.3,
            Level.C2: 2.0}[level]
    assert word_level(zipf, None, "NN") is level


def test_names_numbers_and_function_words_are_never_difficult() -> None:
    b1 = LearnerProfile()
    assert not difficult_for(token("Ushakov", "Ushakov", "NNP", proper=True), b1)
    assert not difficult_for(token("2014", "2014", "CD", level=None), b1)
    assert not difficult_for(token("the", "the", "DT", level=Level.C2), b1)


def test_a_word_above_the_learner_level_is_difficult() -> None:
    bloc = token()
    assert difficult_for(bloc, LearnerProfile(level=Level.B1))
    assert not difficult_for(bloc, LearnerProfile(level=Level.C2))
    assert not difficult_for(replace(bloc, level=Level.B1), LearnerProfile(level=Level.B1))


def test_the_learners_own_marks_always_win() -> None:
    bloc = token()
    known = LearnerProfile(statuses={("bloc", ""): WordStatus.KNOWN})
    ignored = LearnerProfile(statuses={("bloc", "NOUN"): WordStatus.IGNORED})
    assert not difficult_for(bloc, known)
    assert not difficult_for(bloc, ignored)
    easy = replace(bloc, level=Level.A1)
    learning = LearnerProfile(statuses={("bloc", ""): WordStatus.LEARNING})
    assert difficult_for(easy, learning)


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("She helps her neighbours.", "helps", "help"),
    ("They said it was late.", "said", "say"),
    ("People used the tools.", "used", "use"),
])
def test_an_inflected_verb_has_its_base_forms_level(engine, text: str, word: str,  # type: ignore[no-untyped-def]
                                                    lemma: str) -> None:
    """The word list rates "help" as a verb (VB: A1) but has no level for it as VBZ or
    VBD: the verb's level is the word's, not the list's average over every part of
    speech (A2), which highlighted "said" and "helps" for beginners."""
    from vocab.articles import article_from_text

    tokens = engine.analyse(article_from_text(f"A story\n\n{text}")).tokens
    token = next(t for t in tokens if t.text == word)
    as_verb = engine.words.cefr(lemma, "VB")
    assert as_verb is Level.A1
    assert token.cefr == as_verb.value


def test_a_word_marked_known_as_the_adjective_is_known_as_the_verbs_participle(  # type: ignore[no-untyped-def]
        engine) -> None:
    """Day 1, "felt overwhelmed": word details read the adjective "overwhelmed" and the
    learner pressed k. Day 3, "Staff were overwhelmed": the tagger reads the participle
    of "overwhelm"; it was highlighted, asked in the quiz and made a learning card (QA
    walk-through). A participle shares its form's adjective mark, and the other way round."""
    def analysed(text: str) -> tuple[Analysis, int]:
        analysis = engine.analyse(article_from_text(f"A story\n\n{text}"))
        return analysis, next(i for i, t in enumerate(analysis.tokens)
                              if t.text == "overwhelmed")

    felt, felt_at = analysed("The nurses felt overwhelmed by the work.")
    marked_as = engine.reading(felt, felt_at)
    assert marked_as == ("overwhelmed", "ADJ")  # as word details show it
    were, were_at = analysed("Staff were overwhelmed during the pandemic.")
    participle = were.tokens[were_at]
    assert (participle.lemma, participle.upos) == ("overwhelm", "VERB")

    new = LearnerProfile(level=Level.A1)
    assert difficult_for(participle, new)  # an A1 learner's word to learn, unmarked
    known = LearnerProfile(level=Level.A1, statuses={marked_as: WordStatus.KNOWN})
    assert not difficult_for(participle, known)
    assert known.status_of_token(participle) is WordStatus.KNOWN
    # Its own mark wins; and the adjective takes the verb's mark when it has none.
    both = LearnerProfile(level=Level.A1, statuses={marked_as: WordStatus.KNOWN,
                                                    ("overwhelm", "VERB"): WordStatus.LEARNING})
    assert both.status_of_token(participle) is WordStatus.LEARNING
    verb = LearnerProfile(level=Level.A1, statuses={("overwhelm", "VERB"): WordStatus.KNOWN})
    adjective = engine.analyse(article_from_text("A story\n\nAn overwhelmed nurse sat down."))
    assert all(verb.status_of_token(t) is WordStatus.KNOWN
               for t in adjective.tokens if t.text == "overwhelmed")


def test_a_rare_y_adjective_of_a_common_word_keeps_the_lists_early_level() -> None:
    """"noisy" (Zipf 3.7, A2 for the list) was C1, as "copious" is, and glossed for a C1
    reader (QA walk-through): a learner who knows "noise" reads it, as "windy" from
    "wind" or "sleepy" from "sleep". A word with no common base stays as it was."""
    common = {"noise", "wind", "sleep", "fog"}.__contains__
    b1 = LearnerProfile()
    assert word_level(3.69, Level.A2, "JJ", "noisy", common=common) <= b1.level
    assert word_level(3.58, Level.A2, "JJ", "windy", common=common) <= b1.level
    assert word_level(3.21, Level.A1, "JJ", "foggy", common=common) <= b1.level
    assert word_level(3.1, Level.A1, "JJ", "copious", common=common) is Level.C1
    assert word_level(3.18, Level.A2, "RB", "jokingly", common=common) is Level.C1


def test_a_c1_readers_glossary_leaves_out_a_y_adjective_of_a_common_word(engine) -> None:  # type: ignore[no-untyped-def]
    analysis = engine.analyse(article_from_text(
        "Sleep study\n\nBright screens and noisy streets keep many people awake at night."))
    noisy = next(t for t in analysis.tokens if t.text == "noisy")
    assert noisy.level is not None and noisy.level <= Level.B1
    glossary = engine.glossary(analysis, LearnerProfile(level=Level.C1))
    assert "noisy" not in {entry.lemma for entry in glossary}


def test_a_rare_word_the_list_rates_a1_is_not_easy_unless_a_thing_taught_by_name() -> None:
    """cefrpy rates "copious" (Zipf 3.1) A1 and "closeness" (3.3) A1, as it rates
    most of its rare adjectives, adverbs, verbs and abstract nouns early: a B1 learner
    saw neither marked. A rare thing learners are taught by name keeps the list's say."""
    b1 = LearnerProfile()
    assert word_level(3.1, Level.A1, "JJ", "copious") is Level.C1
    assert word_level(3.18, Level.A2, "RB", "jokingly") is Level.C1
    assert word_level(3.3, Level.A1, "NN", "closeness") is Level.C1
    assert word_level(3.64, Level.A2, "NNS", "pear") <= b1.level
    assert word_level(3.58, Level.A2, "NN", "comb") <= b1.level


def test_a_verb_is_not_as_common_as_the_words_of_its_hyphenated_spellings(
        engine: Engine) -> None:
    """"undergo", "overcome" and "rebuild" were A1-A2, never highlighted: their summed
    frequency counted lemminflect's spellings "under-went", "re-building", which
    wordfreq reads as "under" + "went", "re" + "building". A word's forms are spelled
    as it is."""
    analysis = engine.analyse(article_from_text(
        "A Hospital Story\n\nThe patient will undergo surgery next week. Doctors hope she "
        "can overcome the illness, and the town plans to rebuild the old hospital."))
    levels = {t.lemma: t.level for t in analysis.tokens}
    assert all(levels[w] >= Level.B1 for w in ("undergo", "overcome", "rebuild")), levels
    assert engine.words.zipf("undergo", "VERB") < 5.0
