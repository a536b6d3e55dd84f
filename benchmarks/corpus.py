"""Benchmark texts made from the bundled seed articles, never from the evaluation set.

Paragraphs of the seeds are shuffled (seeded, so every run reads the same text)
and repeated until the text has the words asked for.
"""

from __future__ import annotations

import random
from pathlib import Path

from vocab.models import Article

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
# The VOA Learning English story: the cold CLI case analyses it as a user would.
VOA_SEED = SEEDS_DIR / "004_365fc8dcfed9d6e0.txt"


def seed_files() -> list[Path]:
    return sorted(SEEDS_DIR.glob("*.txt"))


def seed_paragraphs() -> list[str]:
    """Every non-empty paragraph of every seed, titles and glossary lines included."""
    paragraphs: list[str] = []
    for path in seed_files():
        text = path.read_text(encoding="utf-8")
        paragraphs.extend(p.strip() for p in text.split("\n\n") if p.strip())
    return paragraphs


def text_of(words: int, *, seed: int = 0) -> str:
    """About ``words`` words (never fewer) of seed paragraphs in a seeded shuffle."""
    rng = random.Random(seed)
    pool = seed_paragraphs()
    chosen: list[str] = []
    count = 0
    while count < words:
        rng.shuffle(pool)
        for paragraph in pool:
            chosen.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "\n\n".join(chosen)


def article_of(text: str, title: str = "Benchmark story") -> Article:
    """An `Article` of ``text`` split into paragraphs at blank lines (no cleaning)."""
    paragraphs = []
    offset = 0
    for part in text.split("\n\n"):
        paragraphs.append((offset, offset + len(part)))
        offset += len(part) + 2
    return Article(title=title, body=text, paragraphs=tuple(paragraphs))
