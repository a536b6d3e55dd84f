"""Compiled word facts give WordInfo exactly the answers the libraries give."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vocab import wordfacts
from vocab.models import Level
from vocab.wordfacts import WordFacts, compile_word_facts, facts_path, open_word_facts
from vocab.wordinfo import PENN_TO_UPOS, WordInfo

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Words at the edges of what the compiled file answers: hyphens, apostrophes,
# accents, out-of-vocabulary lemmas, cefrpy's odd entries ("z").
EDGE_WORDS = [
    "long-term", "F-15", "don't", "café", "U.S.", "Xinhua", "coronavirus", "videoconferences",
    "z", "zz", "zoogeographical", "wholeheartedness", "zygaenidae", "aa", "Effort",
    "work out", "e-mail", "state-operated", "x-ray", "Maria", "sarah", "marsh",
]


@pytest.fixture(scope="module")
def facts(session_cache_dir: Path) -> WordFacts:
    opened = open_word_facts(session_cache_dir)
    assert opened is not None
    return opened


def _sample_words() -> list[str]:
    import wordfreq

    listed = list(wordfreq.get_frequency_dict("en"))
    words = random.Random(7).sample(listed, 400)
    for path in sorted(SEEDS.glob("*.txt")):
        words.extend(path.read_text(encoding="utf-8").split())
    return words + EDGE_WORDS


@pytest.mark.parametrize("read_ahead", [False, True, "lemmas", "frequencies"],
                         ids=["one by one", "prefetched", "lemmas prefetched",
                              "frequencies prefetched"])
def test_answers_match_the_libraries(facts: WordFacts, read_ahead: bool | str) -> None:
    compiled, direct = WordInfo(facts.emptied()), WordInfo()
    tags = [*PENN_TO_UPOS, ",", "POS", ":"]
    words = _sample_words()
    if read_ahead == "lemmas":  # as the sense chooser does a gloss's words
        compiled.prefetch_lemmas(words)
    elif read_ahead == "frequencies":  # as the glossary does its words' possible bases
        compiled.prefetch_frequencies(words)
    elif read_ahead:  # as an analysis does: the text's words, then their lemmas
        compiled.prefetch(words)
        compiled.prefetch(direct.lemma(word, tag) for word in words for tag in ("NN", "VBD"))
    rng = random.Random(3)
    for word in words:
        for tag in {*rng.sample(tags, 4), "NN", "JJ", "VBD"}:
            upos = PENN_TO_UPOS.get(tag, "X")
            lemma = direct.lemma(word, tag)
            assert compiled.lemma(word, tag) == lemma, (word, tag)
            assert compiled.zipf(lemma, upos) == direct.zipf(lemma, upos), (lemma, upos)
            assert compiled.cefr(word, tag) == direct.cefr(word, tag), (word, tag)
        assert compiled.is_dictionary_word(word) == direct.is_dictionary_word(word), word
        assert compiled.listed_only_as_name(word) == direct.listed_only_as_name(word), word
        assert compiled.text_zipf(word.lower()) == direct.text_zipf(word.lower()), word
        for tag in ("VBD", "VBN"):
            assert (compiled.is_unchanged_verb_form(word, tag)
                    == direct.is_unchanged_verb_form(word, tag)), (word, tag)


def test_words_of_other_languages_match_wordfreqs_lists(facts: WordFacts) -> None:
    compiled, direct = WordInfo(facts), WordInfo()
    words = ["la", "vie", "au", "lait", "pleut", "est", "hasta", "mañana", "und", "die", "se",
             "café", "merci", "the", "bloc", "regime", "solo", "xqzzy", "", "c'est", "état"]
    for word in words:
        assert compiled.foreign_languages(word) == direct.foreign_languages(word), word
    assert compiled.foreign_languages("vie") == {"fr"}
    assert compiled.foreign_languages("the") == frozenset()
    assert "de" in compiled.foreign_languages("und")


def test_verbs_that_are_their_own_past_forms(facts: WordFacts) -> None:
    compiled, direct = WordInfo(facts), WordInfo()
    own = [("put", "VBD"), ("put", "VBN"), ("cut", "VBN"), ("cast", "VBD"), ("broadcast", "VBN"),
           ("come", "VBN"), ("run", "VBN")]
    changed = [("gossip", "VBN"), ("walk", "VBD"), ("come", "VBD"), ("run", "VBD"),
               ("xqzzy", "VBD"), ("table", "VBN")]
    for word, tag in own + changed:
        expected = (word, tag) in own
        assert compiled.is_unchanged_verb_form(word, tag) is expected, (word, tag)
        assert direct.is_unchanged_verb_form(word, tag) is expected, (word, tag)


def test_pronunciations_match_cmudict(facts: WordFacts) -> None:
    from vocab.pronounce import Pronouncer

    compiled, direct = Pronouncer(facts), Pronouncer()
    for word in [*_sample_words(), "don’t", "Affairs", "xqzzy", ""]:
        assert compiled.ipa(word) == direct.ipa(word), word
    assert compiled.ipa("bloc") == "/ˈblɑk/"


def test_opening_again_reuses_the_file(session_cache_dir: Path, facts: WordFacts) -> None:
    again = open_word_facts(session_cache_dir)
    assert again is not None
    assert again.lemma("went", "VERB") == "go"
    assert len(list(session_cache_dir.glob("wordfacts-*.sqlite3"))) == 1


def test_text_zipf_matches_wordfreq(facts: WordFacts) -> None:
    import math

    import wordfreq

    compiled = WordInfo(facts)
    for text in ["work out", "take part in", "long-term", "state-operate", "'s", "café",
                 "xqzzy", "in spite of", "zz top", "the"]:
        frequency = wordfreq.word_frequency(text, "en")
        expected = round(math.log10(frequency * 1e9), 2) if frequency > 0 else 1.0
        assert compiled.text_zipf(text) == expected, text


def test_most_frequent_words_are_wordfreqs_top_list(facts: WordFacts) -> None:
    import wordfreq

    top = facts.most_frequent(300)
    assert len(top) == 300
    frequency = {word: wordfreq.word_frequency(word, "en") for word in top}
    assert [frequency[w] for w in top] == sorted(frequency.values(), reverse=True)
    assert set(wordfreq.top_n_list("en", 50)) <= set(top)


# --- the cache file: named by its format, written whole, rebuilt when damaged -----


@pytest.fixture
def tiny_compile(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """compile_word_facts on a handful of rows (the real one asks the libraries ~10 s);
    returns the list each compile appends to."""
    compiles: list[str] = []

    def lemma_rows(_frequencies: dict[str, float]) -> Iterator[tuple[str, str, str]]:
        compiles.append("compile")
        yield "went", "VERB", "go"

    monkeypatch.setattr(wordfacts, "_plain_frequencies", lambda: {"go": 1e-3})
    monkeypatch.setattr(wordfacts, "_lemma_rows", lemma_rows)
    monkeypatch.setattr(wordfacts, "_extra_frequencies", lambda: iter([("'s", 1e-2)]))
    monkeypatch.setattr(wordfacts, "_summed_zipf_rows", lambda _zipf: iter([("go", "VERB", 6.0)]))
    monkeypatch.setattr(wordfacts, "_cefr_rows", lambda: iter([("go", 1.0, "VB=1.0")]))
    monkeypatch.setattr(wordfacts, "_pronunciation_rows", lambda: iter([("go", "G OW1")]))
    monkeypatch.setattr(wordfacts, "_unchanged_verb_form_rows", lambda: iter([("put", "VBD")]))
    monkeypatch.setattr(wordfacts, "foreign_rows", lambda: iter([("vie", "fr")]))
    return compiles


def test_the_file_name_changes_with_the_format(monkeypatch: pytest.MonkeyPatch) -> None:
    name = facts_path(Path("/c")).name
    assert f"-f{wordfacts.FACTS_SCHEMA}-" in name
    monkeypatch.setattr(wordfacts, "FACTS_SCHEMA", wordfacts.FACTS_SCHEMA + 1)
    bumped = facts_path(Path("/c")).name
    monkeypatch.setattr(wordfacts, "_SCHEMA", wordfacts._SCHEMA + "CREATE TABLE x (y);")
    assert len({name, bumped, facts_path(Path("/c")).name}) == 3


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b""),
        lambda path: path.write_bytes(b"not a database\n" * 200),
        lambda path: path.write_bytes(path.read_bytes()[:1500]),  # truncated by a crash
        lambda path: _rekey(path, "lemminflect0-wordfreq0-cefrpy0-f0"),  # another format
    ],
    ids=["empty", "garbage", "truncated", "other-key"],
)
def test_a_damaged_file_is_rebuilt_not_fatal(
    tmp_path: Path, tiny_compile: list[str], damage: Callable[[Path], object]
) -> None:
    facts = open_word_facts(tmp_path)
    assert facts is not None and facts.lemma("went", "VERB") == "go"
    facts.close()
    damage(facts_path(tmp_path))
    again = open_word_facts(tmp_path)
    assert again is not None and again.lemma("went", "VERB") == "go"
    assert again.in_cefr_list("go")
    assert len(tiny_compile) == 2
    assert [p.name for p in tmp_path.iterdir()] == [facts_path(tmp_path).name]


def _rekey(path: Path, key: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'key'", (key,))
    db.close()


def test_a_crash_mid_write_leaves_the_old_file_whole(
    tmp_path: Path, tiny_compile: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = facts_path(tmp_path)
    compile_word_facts(path)
    before = path.read_bytes()

    def crash() -> Iterator[tuple[str, float | None, str]]:
        yield "go", 1.0, ""
        raise KeyboardInterrupt  # killed half-way through the last table

    monkeypatch.setattr(wordfacts, "_cefr_rows", crash)
    with pytest.raises(KeyboardInterrupt):
        compile_word_facts(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left
    facts = open_word_facts(tmp_path)
    assert facts is not None and facts.lemma("went", "VERB") == "go"
    assert len(tiny_compile) == 2  # the whole old file was kept, not compiled again


@pytest.mark.parametrize("compiled", [True, False], ids=["compiled", "libraries"])
def test_a_british_spelling_is_as_common_and_easy_as_the_american(
        facts: WordFacts, compiled: bool) -> None:
    """The word lists rate "organization"; a British text's "organisation" was a rarer,
    harder word to the reader, and glossed."""
    words = WordInfo(facts.emptied()) if compiled else WordInfo()
    for british, american, upos, tag in [("organisation", "organization", "NOUN", "NN"),
                                         ("colour", "color", "NOUN", "NN"),
                                         ("organise", "organize", "VERB", "VB")]:
        assert words.zipf(british, upos) == words.zipf(american, upos) > 4.5, british
        assert words.cefr(british, tag) == words.cefr(american, tag) is not None, british
    assert words.zipf("colorful", "ADJ") == WordInfo().zipf("colorful", "ADJ")


@pytest.mark.parametrize("compiled", [True, False], ids=["compiled", "libraries"])
def test_o_clock_is_as_easy_as_clock(facts: WordFacts, compiled: bool) -> None:
    """"o'clock" is "of the clock"; the word lists spell no word with an apostrophe, and
    it had no CEFR level: its frequency alone made it B2, highlighted for an A2 learner
    (QA walk-through)."""
    words = WordInfo(facts.emptied()) if compiled else WordInfo()
    for spelled in ("o'clock", "o’clock", "O'clock"):
        for tag in ("NN", "RB"):
            assert words.cefr(spelled, tag) == words.cefr("clock", "NN") == Level.A1
    assert words.cefr("o'er", "IN") is None  # "over": no "of" in it
