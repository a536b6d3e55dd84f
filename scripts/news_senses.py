"""How often the meaning a learner is shown for a word of a news story is one a reader
would accept.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/news_senses.py [-v]

A third measure of the sense chooser beside `sense_agreement.py` (the words VOA
glossed) and `wsd_examples.py` (WordNet's own example sentences, one sentence each):
fifteen news stories written for it (`data/news_senses.txt`: a court case, a
match, markets, a storm, politics, health, housing, space, a school, a farm, a
company, an election, and three longer ones with headlines: a city budget, a vaccine
trial, a football transfer), where every content word with more than one sense has
the senses a reader would accept listed by hand. Each word's first use in its story is
opened as the app opens it (`Engine.word_details`), so the rest of the story has its
say. Sport, court and market stories are where SemCor's counts mislead most ("fans"
as machines that move air, "charges" as a rush, "shares" as one's due).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.paths import cache_dir  # noqa: E402
from vocab.articles import article_from_text  # noqa: E402
from vocab.engine import load_engine  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "news_senses.txt"
CONTENT_UPOS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


@dataclass
class Story:
    name: str
    text: str
    accepted: dict[str, set[str]]  # word as first written -> synsets a reader accepts


def read_stories(path: Path) -> list[Story]:
    """The stories of ``path``: "== name", the text, then "-- word: synset ..." lines."""
    stories: list[Story] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("== "):
            stories.append(Story(line[3:].strip(), "", {}))
        elif line.startswith("-- "):
            word, synsets = line[3:].split(":", 1)
            stories[-1].accepted[word.strip()] = set(synsets.split())
        else:
            stories[-1].text += line + "\n"
    return stories


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = parser.parse_args()
    engine = load_engine(cache_dir())
    right = judged = 0
    for story in read_stories(DATA):
        analysis = engine.analyse(article_from_text(f"{story.name.title()}\n\n{story.text}"))
        seen: set[tuple[str, str]] = set()
        for index, token in enumerate(analysis.tokens):
            key = (token.lemma.lower(), token.upos)
            if token.upos not in CONTENT_UPOS or token.proper_noun or key in seen:
                continue
            seen.add(key)
            accepted = story.accepted.get(token.text)
            if accepted is None:
                continue
            sense = engine.word_details(analysis, index).sense
            judged += 1
            if sense is not None and sense.synset in accepted:
                right += 1
            elif args.verbose:
                shown = f"{sense.synset}: {sense.definition}" if sense else "no sense"
                print(f"{story.name}: {token.text} -> {shown}")
    print(f"meanings a reader accepts: {right}/{judged} = {right / max(judged, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
