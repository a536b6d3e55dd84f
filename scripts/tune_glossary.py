"""Fit the glossary ranking weights on VOA stories, and cross-check on held-out halves.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/tune_glossary.py \
        ../shared/eval/voa-dev.jsonl [more.jsonl or VOA folders...]

For every candidate lemma of every story it computes the features of
``vocab.glossary.FEATURES`` and whether VOA glossed it, fits an L2-regularised
logistic regression (numpy, standardised features), and reports recall@k and
recall@2k of the ranking (before spreading and definitions) when fitting on all
stories, and when fitting on the even stories and testing on the odd ones and
vice versa. It prints the weights on the raw feature scale, ready to paste into
``vocab/glossary.py``. It reads the stories only; no word of theirs is written out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.commands.evaluate import GoldStory, gold_keys, load_stories  # noqa: E402
from vocab.glossary import FEATURES, collect_candidates  # noqa: E402
from vocab.models import LearnerProfile  # noqa: E402

L2 = 200.0
STEPS = 3000
LEARNING_RATE = 0.1


def story_rows(engine, story: GoldStory):  # type: ignore[no-untyped-def]
    analysis = engine.analyse(story.article)
    gold = [gold_keys(g.word) for g in story.gold]
    candidates = collect_candidates(analysis, engine.senses, LearnerProfile(), engine.words)
    x = np.array([[c.features[f] for f in FEATURES] for c in candidates], dtype=float)
    hit = [next((n for n, keys in enumerate(gold) if c.lemma in keys), -1) for c in candidates]
    return x.reshape(-1, len(FEATURES)), np.array(hit), len(story.gold)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / std
    w = np.zeros(z.shape[1])
    b = 0.0
    positive_weight = (len(y) - y.sum()) / max(1, y.sum())  # balance the classes
    sample = np.where(y == 1, positive_weight, 1.0)
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        error = (p - y) * sample
        w -= LEARNING_RATE * ((z.T @ error) / len(y) + L2 * w / len(y))
        b -= LEARNING_RATE * error.mean()
    raw = w / std
    return raw, b - float(raw @ mean)


def recall(rows, w: np.ndarray, b: float) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    found_k = found_2k = total = 0
    for x, hit, k in rows:
        order = np.argsort(-(x @ w + b), kind="stable")
        ranked = hit[order]
        found_k += len({h for h in ranked[:k] if h >= 0})
        found_2k += len({h for h in ranked[: 2 * k] if h >= 0})
        total += k
    return found_k / total, found_2k / total


def stack(rows):  # type: ignore[no-untyped-def]
    x = np.vstack([r[0] for r in rows])
    y = np.concatenate([(r[1] >= 0).astype(float) for r in rows])
    return x, y


def main(argv: list[str] | None = None, engine=None) -> None:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if engine is None:
        from reader.commands.common import load_engine_with_progress

        engine = load_engine_with_progress()
    stories = [s for source in args.sources for s in load_stories(source)]
    rows = [story_rows(engine, s) for s in stories]
    even, odd = rows[0::2], rows[1::2]
    w, b = fit(*stack(rows))
    print(f"{len(stories)} stories; recall@k, recall@2k")
    print("fit on all, test on all:   {:.3f} {:.3f}".format(*recall(rows, w, b)))
    we, be = fit(*stack(even))
    wo, bo = fit(*stack(odd))
    print("fit on even, test on odd:  {:.3f} {:.3f}".format(*recall(odd, we, be)))
    print("fit on odd, test on even:  {:.3f} {:.3f}".format(*recall(even, wo, bo)))
    zipf = np.array([-1.0 if f == "zipf" else 0.0 for f in FEATURES])
    print("frequency only (all):      {:.3f} {:.3f}".format(*recall(rows, zipf, 0.0)))
    print("\nWEIGHTS = {")
    for name, value in zip(FEATURES, w, strict=True):
        print(f'    "{name}": {value:.3f},')
    print(f"}}\nBIAS = {b:.3f}")


if __name__ == "__main__":
    main()
