"""How much of each story the ``quoted`` feature counts as inside quotation marks.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/quoted_share.py \
        ../shared/eval/voa-dev.jsonl [-v]

For each story it prints the share of its words (tokens with a letter) that
``vocab.features.StoryContext`` reads as quoted, highest first: a story far above
its neighbours is one to read (a quotation mark read on the wrong side once made a
third of a study-tips story "quoted"). With -v it prints the highest story's text
with its quoted words in brackets. Counts only; nothing is written to disk.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from glossary_ceiling import source_and_engine  # noqa: E402

from reader.commands.evaluate import load_stories  # noqa: E402
from vocab.features import StoryContext  # noqa: E402


def main() -> None:
    args, engine = source_and_engine()
    shares = []
    for story in load_stories(args.source):
        analysis = engine.analyse(story.article)
        quoted = StoryContext.of(analysis).quoted
        words = [i for i, token in enumerate(analysis.tokens) if token.is_word]
        share = sum(i in quoted for i in words) / max(1, len(words))
        shares.append((share, story.article.title, analysis, quoted))
    shares.sort(key=lambda row: -row[0])
    for share, title, _, _ in shares:
        print(f"{share:6.1%}  {title}")
    if args.v and shares:
        _, _, analysis, quoted = shares[0]
        print()
        print(" ".join(f"[{t.text}]" if i in quoted else t.text
                       for i, t in enumerate(analysis.tokens)))


if __name__ == "__main__":
    main()
