"""Both taggers on a few hand-tagged sentences (Penn tags, tagged by us)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vocab import data
from vocab.tagger import FallbackTagger, PerceptronTagger

TAGGED = [
    "The/DT president/NN said/VBD he/PRP will/MD visit/VB China/NNP next/JJ month/NN ./.",
    "Scientists/NNS have/VBP found/VBN a/DT new/JJ way/NN to/TO grow/VB rice/NN in/IN dry/JJ"
    " areas/NNS ./.",
    "She/PRP wants/VBZ to/TO counter/VB the/DT argument/NN with/IN better/JJR evidence/NN ./.",
    "Many/JJ students/NNS were/VBD tested/VBN on/IN Monday/NNP ,/, but/CC most/JJS of/IN"
    " them/PRP passed/VBD ./.",
    "It/PRP is/VBZ not/RB easy/JJ for/IN farmers/NNS to/TO sell/VB their/PRP$ crops/NNS at/IN"
    " a/DT fair/JJ price/NN ./.",
    "The/DT company/NN 's/POS workers/NNS are/VBP building/VBG 20/CD houses/NNS in/IN the/DT"
    " city/NN ./.",
]


def _sentences() -> list[tuple[list[str], list[str]]]:
    pairs = [[item.rsplit("/", 1) for item in line.split()] for line in TAGGED]
    return [([w for w, _ in pair], [t for _, t in pair]) for pair in pairs]


def _accuracy(tagger) -> float:
    right = total = 0
    for words, gold in _sentences():
        guessed = tagger.tag(words)
        assert len(guessed) == len(words)
        right += sum(g == t for g, t in zip(gold, guessed, strict=True))
        total += len(gold)
    return right / total


@pytest.fixture(scope="module")
def fallback(lexicon) -> FallbackTagger:
    return FallbackTagger(lexicon)


def test_perceptron_tags_plain_english(lexicon) -> None:
    tagger = data.load_tagger(lexicon, prefer="pretrained")
    assert isinstance(tagger, PerceptronTagger) and tagger.name == "perceptron"
    assert _accuracy(tagger) >= 0.95


def test_fallback_tags_plain_english(fallback: FallbackTagger) -> None:
    assert fallback.name == "fallback"
    assert _accuracy(fallback) >= 0.9


def test_fallback_context_rules(fallback: FallbackTagger) -> None:
    assert fallback.tag(["I", "want", "to", "counter", "it", "."])[2:4] == ["TO", "VB"]
    assert fallback.tag(["They", "can", "run", "fast", "."])[1:3] == ["MD", "VB"]
    assert fallback.tag(["the", "run", "was", "long"])[:2] == ["DT", "NN"]
    assert fallback.tag(["He", "has", "signed", "the", "deal"])[1:3] == ["VBZ", "VBN"]


def test_fallback_numbers_names_and_punctuation(fallback: FallbackTagger) -> None:
    words = ["Mr.", "Smith", "paid", "$", "1,500", "(", "about", "20", "%", "more", ")", "."]
    tags = fallback.tag(words)
    assert tags[0:2] == ["NNP", "NNP"]
    assert tags[3:5] == ["$", "CD"] and tags[5] == "(" and tags[10] == ")"
    assert tags[7] == "CD" and tags[-1] == "."


def test_empty_sentence(fallback: FallbackTagger, lexicon) -> None:
    assert fallback.tag([]) == []
    assert data.load_tagger(lexicon).tag([]) == []


def test_fallback_when_the_perceptron_is_hidden(
    lexicon, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import nltk.data

    wordnet_only = tmp_path / "nltk_data"
    (wordnet_only / "corpora").mkdir(parents=True)
    monkeypatch.setenv("NLTK_DATA", str(wordnet_only))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(nltk.data, "path", [str(wordnet_only)])
    tagger = data.load_tagger(lexicon)
    assert tagger.name == "fallback"
    assert _accuracy(tagger) >= 0.9


def test_accuracy_script_prints_a_table(
    lexicon, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "tagger_accuracy.py"
    spec = importlib.util.spec_from_file_location("tagger_accuracy", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    conll = tmp_path / "tiny.txt"
    conll.write_text(
        "".join(
            "\n".join(f"{w} {t} O" for w, t in zip(words, tags, strict=True)) + "\n\n"
            for words, tags in _sentences()
        )
    )
    assert module.main([str(conll)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["tagger", "tokens", "accuracy", "tokens/s"]
    assert [line.split()[:2] for line in lines[1:]] == [["perceptron", "73"], ["fallback", "73"]]
