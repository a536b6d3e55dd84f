"""Our perceptron tags exactly as NLTK's PerceptronTagger, from the same weights."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocab import data
from vocab.perceptron import MODEL_NAME, AveragedPerceptron
from vocab.tokens import sentence_spans, tagger_form, word_spans

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_sentences() -> list[list[str]]:
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        for start, end in sentence_spans(body, ()):
            spans = word_spans(body[start:end], start)
            sentences.append([tagger_form(body[s:e]) for s, e in spans])
    return sentences


def test_tags_match_nltk_on_the_seeds() -> None:
    found = data.tagger_dir()
    if found is None:
        pytest.skip("NLTK's pretrained tagger is not installed")
    import nltk.data
    from nltk.tag.perceptron import PerceptronTagger

    if str(found.parent.parent) not in nltk.data.path:
        nltk.data.path.append(str(found.parent.parent))
    reference = PerceptronTagger(lang="eng")
    ours = AveragedPerceptron.load(found.parent.parent / "taggers" / MODEL_NAME)
    sentences = _seed_sentences() + [
        ["A", "well-known", "F-15", "flew", "in", "1999", "and", "2,000", "times", "."],
        ["-dash", "", "x"],
    ]
    assert len(sentences) > 50
    for words in sentences:
        assert ours.tag(words) == [tag for _, tag in reference.tag(words)], words


def test_cached_model_tags_the_same(tmp_path: Path) -> None:
    found = data.tagger_dir()
    if found is None:
        pytest.skip("NLTK's pretrained tagger is not installed")
    words = ["The", "council", "voted", "to", "close", "the", "old", "bridge", "."]
    plain = AveragedPerceptron.load(found).tag(words)
    first = AveragedPerceptron.load(found, tmp_path)  # writes the cache
    assert len(list(tmp_path.glob("perceptron-*.marshal"))) == 1
    again = AveragedPerceptron.load(found, tmp_path)  # reads it
    assert first.tag(words) == again.tag(words) == plain
