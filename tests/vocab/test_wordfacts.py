"""Compiled word facts give WordInfo exactly the answers the libraries give."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from vocab.wordfacts import WordFacts, open_word_facts
from vocab.wordinfo import PENN_TO_UPOS, WordInfo

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Words at the edges of what the compiled file answers: hyphens, apostrophes,
# accents, out-of-vocabulary lemmas, cefrpy's odd entries ("z").
EDGE_WORDS = [
    "long-term", "F-15", "don't", "café", "U.S.", "Xinhua", "coronavirus", "videoconferences",
    "z", "zz", "zoogeographical", "wholeheartedness", "zygaenidae", "aa", "Effort",
    "work out", "e-mail", "state-operated", "x-ray",
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


def test_answers_match_the_libraries(facts: WordFacts) -> None:
    compiled, direct = WordInfo(facts), WordInfo()
    tags = [*PENN_TO_UPOS, ",", "POS", ":"]
    rng = random.Random(3)
    for word in _sample_words():
        for tag in {*rng.sample(tags, 4), "NN", "JJ", "VBD"}:
            upos = PENN_TO_UPOS.get(tag, "X")
            lemma = direct.lemma(word, tag)
            assert compiled.lemma(word, tag) == lemma, (word, tag)
            assert compiled.zipf(lemma, upos) == direct.zipf(lemma, upos), (lemma, upos)
            assert compiled.cefr(word, tag) == direct.cefr(word, tag), (word, tag)
        assert compiled.is_dictionary_word(word) == direct.is_dictionary_word(word), word


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
