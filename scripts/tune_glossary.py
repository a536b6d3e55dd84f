"""Fit the glossary ranking weights on VOA stories, and cross-check on held-out stories.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/tune_glossary.py \
        ../shared/eval/voa-dev.jsonl [more.jsonl or VOA folders...] [--objective pairwise]

For every candidate lemma of every story it computes the features of
``vocab.features.FEATURES`` and whether VOA glossed it, and fits a linear score
(numpy, standardised features, L2) with one of two objectives:

* ``pairwise`` (default): within each story, every glossed word should score above
  every word left unglossed (a logistic loss on the pairs, each story weighing the
  same). This is what the glossary does with the score: rank one story's words.
* ``pointwise``: a class-balanced logistic regression over all candidates.

It reports recall@k and recall@2k of the ranking alone (before spreading and
definitions) when fitting on all stories, on even/odd halves (fit on one, test on
the other) and in 5 folds; and, with ``--pipeline``, the figures of the whole
engine (``reader eval glossary``'s) on each held-out half with the weights fitted
on the other half. It prints the weights on the raw feature scale, ready to paste
into ``vocab/glossary.py``. It reads the stories only; no word of theirs is
written out.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.commands.evaluate import (  # noqa: E402
    GoldStory,
    evaluate_story,
    gold_matches,
    load_stories,
    summarise,
)
from vocab import glossary  # noqa: E402
from vocab.features import FEATURES  # noqa: E402
from vocab.glossary import collect_candidates  # noqa: E402
from vocab.models import LearnerProfile  # noqa: E402

Rows = list[tuple[np.ndarray, np.ndarray, int]]
Fitter = Callable[[Rows], tuple[np.ndarray, float]]

POINTWISE_L2 = 200.0
PAIRWISE_L2 = 5.0
STEPS = 400
LEARNING_RATE = 0.05
FOLDS = 5


def story_rows(engine, story: GoldStory):  # type: ignore[no-untyped-def]
    analysis = engine.analyse(story.article)
    candidates = collect_candidates(analysis, engine.senses, LearnerProfile(), engine.words)
    x = np.array([[c.features[f] for f in FEATURES] for c in candidates], dtype=float)
    return (
        x.reshape(-1, len(FEATURES)),
        gold_hits(engine, analysis, story, candidates),
        len(story.gold),
    )


def gold_hits(engine, analysis, story: GoldStory, candidates) -> np.ndarray:  # type: ignore[no-untyped-def]
    """For each candidate the index of the VOA pick it is, or -1, matched as ``reader eval
    glossary`` matches (`gold_matches`: a lemma, or the story's relative of a headword it
    never writes), so the fit learns what the eval counts."""
    body = {t.lemma.lower() for t in analysis.tokens} | {t.text.lower() for t in analysis.tokens}
    lexicon = engine.senses.lexicon
    return np.array(
        [
            next(
                (
                    n
                    for n, g in enumerate(story.gold)
                    if gold_matches(g.word, c.lemma, body, lexicon)
                ),
                -1,
            )
            for c in candidates
        ]
    )


def _standardise(rows: Rows) -> tuple[np.ndarray, np.ndarray]:
    x = np.vstack([r[0] for r in rows])
    return x.mean(axis=0), x.std(axis=0) + 1e-9


def _adam(grad: Callable[[np.ndarray], np.ndarray], size: int) -> np.ndarray:
    w = np.zeros(size)
    m = np.zeros(size)
    v = np.zeros(size)
    for t in range(1, STEPS + 1):
        g = grad(w)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= LEARNING_RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def fit_pairwise(rows: Rows) -> tuple[np.ndarray, float]:
    """Weights that rank each story's glossed words above its other candidates."""
    mean, std = _standardise(rows)
    stories = [((x - mean) / std, hit >= 0) for x, hit, _ in rows if (hit >= 0).any()]

    def grad(w: np.ndarray) -> np.ndarray:
        g = np.zeros_like(w)
        for z, glossed in stories:
            pos, neg = z[glossed], z[~glossed]
            margin = (pos @ w)[:, None] - (neg @ w)[None, :]
            slope = 1 / (1 + np.exp(margin))  # minus d/dmargin of log(1 + e^-margin)
            g -= (slope.sum(axis=1) @ pos - slope.sum(axis=0) @ neg) / margin.size
        return g / len(stories) + PAIRWISE_L2 * w / len(stories)

    w = _adam(grad, len(mean))  # the rows' columns: FEATURES, or more when trying one
    raw = w / std
    return raw, -float(raw @ mean)  # the mean candidate scores 0


def fit_pointwise(rows: Rows) -> tuple[np.ndarray, float]:
    """Class-balanced logistic regression over every candidate of every story."""
    mean, std = _standardise(rows)
    z = (np.vstack([r[0] for r in rows]) - mean) / std
    y = np.concatenate([(r[1] >= 0).astype(float) for r in rows])
    sample = np.where(y == 1, (len(y) - y.sum()) / max(1, y.sum()), 1.0)
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(3000):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        error = (p - y) * sample
        w -= 0.1 * ((z.T @ error) / len(y) + POINTWISE_L2 * w / len(y))
        b -= 0.1 * error.mean()
    raw = w / std
    return raw, b - float(raw @ mean)


def recall(rows: Rows, w: np.ndarray, b: float) -> tuple[float, float]:
    found_k = found_2k = total = 0
    for x, hit, k in rows:
        order = np.argsort(-(x @ w + b), kind="stable")
        ranked = hit[order]
        found_k += len({h for h in ranked[:k] if h >= 0})
        found_2k += len({h for h in ranked[: 2 * k] if h >= 0})
        total += k
    return found_k / total, found_2k / total


def folds(rows: Rows, fit: Fitter, count: int) -> tuple[float, float]:
    """Recall on each fold with weights fitted on the others, weighted by VOA entries."""
    at_k = at_2k = 0.0
    for fold in range(count):
        test = [r for i, r in enumerate(rows) if i % count == fold]
        train = [r for i, r in enumerate(rows) if i % count != fold]
        k, k2 = recall(test, *fit(train))
        size = sum(r[2] for r in test)
        at_k, at_2k = at_k + k * size, at_2k + k2 * size
    total = sum(r[2] for r in rows)
    return at_k / total, at_2k / total


def pipeline(engine, stories: Sequence[GoldStory], w: np.ndarray, b: float) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """``reader eval glossary``'s figures on ``stories`` with these weights in place."""
    saved = dict(glossary.WEIGHTS), glossary.BIAS
    glossary.WEIGHTS.update({f: float(v) for f, v in zip(FEATURES, w, strict=True)})
    glossary.BIAS = b
    try:
        return summarise([evaluate_story(engine, s) for s in stories])
    finally:
        glossary.WEIGHTS.update(saved[0])
        glossary.BIAS = saved[1]


def main(argv: list[str] | None = None, engine=None) -> None:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("--objective", choices=("pairwise", "pointwise"), default="pairwise")
    parser.add_argument(
        "--pipeline",
        action="store_true",
        help="also the whole engine's figures on each held-out half",
    )
    args = parser.parse_args(argv)
    if engine is None:
        from reader.commands.common import load_engine_with_progress

        engine = load_engine_with_progress()
    fit: Fitter = fit_pairwise if args.objective == "pairwise" else fit_pointwise
    stories = [s for source in args.sources for s in load_stories(source)]
    rows = [story_rows(engine, s) for s in stories]
    even, odd = rows[0::2], rows[1::2]
    w, b = fit(rows)
    we, be = fit(even)
    wo, bo = fit(odd)
    print(f"{len(stories)} stories, {args.objective}; ranking only: recall@k, recall@2k")
    print("fit on all, test on all:   {:.3f} {:.3f}".format(*recall(rows, w, b)))
    print("fit on even, test on odd:  {:.3f} {:.3f}".format(*recall(odd, we, be)))
    print("fit on odd, test on even:  {:.3f} {:.3f}".format(*recall(even, wo, bo)))
    print(f"{FOLDS} folds (held out):      " + "{:.3f} {:.3f}".format(*folds(rows, fit, FOLDS)))
    zipf = np.array([-1.0 if f == "zipf" else 0.0 for f in FEATURES])
    print("frequency only (all):      {:.3f} {:.3f}".format(*recall(rows, zipf, 0.0)))
    if args.pipeline:
        print("\nwhole engine (reader eval glossary): recall@k recall@2k POS")
        for name, part, (wp, bp) in (
            ("all, fit on all", stories, (w, b)),
            ("odd, fit on even", stories[1::2], (we, be)),
            ("even, fit on odd", stories[0::2], (wo, bo)),
        ):
            s = pipeline(engine, part, wp, bp)
            print(
                f"  {name:18} {s['recall_at_k']:.3f} {s['recall_at_2k']:.3f} "
                f"{s['pos_agreement']:.3f}"
            )
    print("\nWEIGHTS: dict[str, float] = {")
    for name, value in zip(FEATURES, w, strict=True):
        print(f'    "{name}": {value:.2f},')
    print(f"}}\nBIAS = {b:.2f}")


if __name__ == "__main__":
    main()
