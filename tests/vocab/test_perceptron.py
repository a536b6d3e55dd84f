"""Our perceptron tags exactly as NLTK's PerceptronTagger, from the same weights.

It adds the weights in another order than nltk (see ``vocab.perceptron``); on all
of CoNLL-2000 (259,104 words, train and test) its tags were nltk's, word for word,
with two sentences sent down the path that adds in nltk's order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vocab import data, perceptron
from vocab.perceptron import MODEL_NAME, AveragedPerceptron
from vocab.tokens import sentence_spans, tagger_form, word_spans

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# CoNLL-2000 test sentences compared with nltk (all 2,012 take about 3 s).
CONLL_SAMPLE = 700
# A sentence of CoNLL-2000 train where two tags' scores for "qualified" differ only
# in their last bits: summed in our order VBN would win, in nltk's order JJ does.
NEAR_TIE = [
    "As", "for", "Mr.", "Sala", "'s", "qualifications", ",", "``", "the", "snooty", "attorneys",
    "for", "the", "state", "of", "New", "York", "decided", "Mr.", "Sala", "was", "n't",
    "qualified", "because", "he", "did", "n't", "have", "a", "Harvard", "degree", ",", "''",
    "says", "Mr.", "Manion", ".",
]


def _seed_sentences() -> list[list[str]]:
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        for start, end in sentence_spans(body, ()):
            spans = word_spans(body[start:end], start)
            sentences.append([tagger_form(body[s:e]) for s, e in spans])
    return sentences


@pytest.fixture(scope="module")
def data_root() -> Path:
    found = data.tagger_dir()
    if found is None:
        pytest.skip("NLTK's pretrained tagger is not installed")
    import nltk.data

    root = found.parent.parent
    if str(root) not in nltk.data.path:
        nltk.data.path.append(str(root))
    return root


@pytest.fixture(scope="module")
def nltk_tags(data_root: Path):
    from nltk.tag.perceptron import PerceptronTagger

    reference = PerceptronTagger(lang="eng")
    return lambda words: [tag for _, tag in reference.tag(words)]


@pytest.fixture(scope="module")
def ours(data_root: Path) -> AveragedPerceptron:
    return AveragedPerceptron.load(data_root / "taggers" / MODEL_NAME)


def test_tags_match_nltk_on_the_seeds(ours, nltk_tags) -> None:
    sentences = _seed_sentences() + [
        ["A", "well-known", "F-15", "flew", "in", "1999", "and", "2,000", "times", "."],
        ["-dash", "", "x"],
        ["-START-", "-END-", "!HYPHEN", "the"],
    ]
    assert len(sentences) > 50
    for words in sentences:
        assert ours.tag(words) == nltk_tags(words), words


def test_tags_match_nltk_on_conll2000(data_root: Path, ours, nltk_tags) -> None:
    if not (data_root / "corpora" / "conll2000" / "test.txt").is_file():
        pytest.skip("CoNLL-2000 is not installed")
    from nltk.corpus import conll2000

    sentences = [[word for word, _ in tagged]
                 for tagged in conll2000.tagged_sents("test.txt")[:CONLL_SAMPLE]]
    words = sum(len(sentence) for sentence in sentences)
    differ = sum(a != b for sentence in sentences
                 for a, b in zip(ours.tag(sentence), nltk_tags(sentence), strict=True))
    assert words > 15_000
    assert differ == 0


def test_a_near_tie_gets_nltks_tag(ours, nltk_tags) -> None:
    expected = nltk_tags(NEAR_TIE)
    assert expected[NEAR_TIE.index("qualified")] == "JJ"
    assert ours.tag(NEAR_TIE) == expected


def test_tags_stay_the_same_when_the_word_table_starts_again(
    data_root: Path, ours, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = _seed_sentences()
    expected = [ours.tag(words) for words in sentences]
    monkeypatch.setattr(perceptron, "_MAX_TYPES", 60)  # starts again every few sentences
    small = AveragedPerceptron.load(data_root / "taggers" / MODEL_NAME)
    assert [small.tag(words) for words in sentences] == expected


def test_cached_model_tags_the_same(data_root: Path, ours, tmp_path: Path) -> None:
    model_dir = data_root / "taggers" / MODEL_NAME
    words = ["The", "council", "voted", "to", "close", "the", "old", "bridge", "."]
    (tmp_path / "perceptron-0123456789abcdef.marshal").write_bytes(b"an older model's")
    first = AveragedPerceptron.load(model_dir, tmp_path)  # writes the cache
    assert len(list(tmp_path.glob("perceptron-*.marshal"))) == 1
    assert len(list(tmp_path.glob("perceptron-*.npy"))) == 1
    again = AveragedPerceptron.load(model_dir, tmp_path)  # reads it
    assert first.tag(words) == again.tag(words) == ours.tag(words)


def test_a_damaged_cache_is_made_again(data_root: Path, ours, tmp_path: Path) -> None:
    model_dir = data_root / "taggers" / MODEL_NAME
    AveragedPerceptron.load(model_dir, tmp_path)
    (cached,) = tmp_path.glob("perceptron-*.marshal")
    cached.write_bytes(cached.read_bytes()[:1000])
    words = ["Prices", "rose", "sharply", "in", "March", "."]
    assert AveragedPerceptron.load(model_dir, tmp_path).tag(words) == ours.tag(words)
    assert AveragedPerceptron.load(model_dir, tmp_path).tag(words) == ours.tag(words)


def test_sentences_tagged_together_get_nltks_tags(ours, nltk_tags) -> None:
    # The near tie is sent down nltk's order of additions inside a batch; the empty
    # sentence gets no tags and moves no other sentence's words.
    sentences = [*_seed_sentences()[:40], NEAR_TIE, [], ["Prices", "rose", "."]]
    expected = [nltk_tags(words) if words else [] for words in sentences]
    assert ours.tag_sentences(sentences) == expected
    assert ours.tag_sentences([]) == []
    assert ours.tag_sentences([[], []]) == [[], []]


def test_conll2000_tagged_in_batches_matches_nltk(data_root: Path, ours, nltk_tags) -> None:
    if not (data_root / "corpora" / "conll2000" / "test.txt").is_file():
        pytest.skip("CoNLL-2000 is not installed")
    from nltk.corpus import conll2000

    sentences = [[word for word, _ in tagged]
                 for tagged in conll2000.tagged_sents("test.txt")[:CONLL_SAMPLE]]
    batched = [tags for first in range(0, len(sentences), 64)
               for tags in ours.tag_sentences(sentences[first:first + 64])]
    assert batched == [nltk_tags(sentence) for sentence in sentences]
