"""The generated glossary as a teacher reads it: each story's entries, for judging by hand.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/glossary_audit.py \
        [FOLDER] [--max K]

For every .txt story in FOLDER (by default scripts/data/audit_stories: eight news
stories of about 400 words written for this audit, on courts, health, farming, space,
an election, sport, business and the climate, none of them VOA's) it prints the
default glossary, as the app shows it, then the entries a list of K would add (10 by
default), each with its label and definition: one line an entry, to be judged for
whether a VOA editor would gloss the word, whether its label and headword are right
(the lemma, not an inflection; an expression whole) and whether the definition is the
story's sense.

Judged by hand in session 45 (lists of 10, 80 entries; the default lists are their
first 4): 19 faults before, 17 after. Wrong sense (a definition not the story's, all
from the sense chooser: "squeeze –obtain by coercion" for profits squeezed, "turnout"
as a widened road, "salty", "icy" in WordNet's figurative first senses, "margin" as a
border, "basket" as a container in basketball, "mission" as missionaries, "climate" as
a mood, "flexibility" as bending, "relieved" of pain): 10, 6 of them in the default
lists; a word a B1 learner knows ("menu", "cafe", "gym", "kilometer"): 4, none in the
default lists; a tagger's part of speech ("cough –n." for "a person coughs", "concrete
–adj." for "more concrete and fewer parks"): 2; a word read from an idiom WordNet lacks
("basket" in "put all your eggs in one basket"): 1; the verb for an "-ing" adjective
("stun –v." for "the images are stunning"): 1, fixed; "take turns –phrasal verb": 1,
fixed (a phrase). No name, no word listed twice, no headline-only word.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.commands.common import load_engine_with_progress
from vocab.articles import article_from_text

STORIES = Path(__file__).resolve().parent / "data" / "audit_stories"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path, nargs="?", default=STORIES)
    parser.add_argument("--max", type=int, default=10)
    args = parser.parse_args()
    engine = load_engine_with_progress()
    for path in sorted(args.folder.glob("*.txt")):
        analysis = engine.analyse(article_from_text(path.read_text(encoding="utf-8")))
        shown = len(engine.glossary(analysis))
        print(f"== {path.name} (default list: {shown})")
        for place, entry in enumerate(engine.glossary(analysis, max_entries=args.max), 1):
            mark = " " if place <= shown else "+"
            print(f"{mark}{place:3} {entry.word} –{entry.pos} {entry.definition}")


if __name__ == "__main__":
    main()
