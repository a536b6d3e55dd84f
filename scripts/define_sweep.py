"""The wording a B1 learner is shown for words, one per line: to read a change to the
definitions over many words at once.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/define_sweep.py WORD...
    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/define_sweep.py --top 12000 > out

With words, every sense of each (each part of speech WordNet has) as `define_each`
words it, beside WordNet's gloss. With ``--top N``, wordfreq's N commonest English words,
each as its lemma in the part of speech SemCor counts it in most, its first sense there
worded by `define`: "lemma<TAB>pos<TAB>wording". Diff two runs to see what changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.paths import cache_dir  # noqa: E402
from vocab.definitions import define, define_each  # noqa: E402
from vocab.engine import load_engine  # noqa: E402
from vocab.gloss_text import plain_gloss  # noqa: E402
from vocab.models import LearnerProfile  # noqa: E402

_UPOS = {"n": "NOUN", "v": "VERB", "a": "ADJ", "r": "ADV"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("words", nargs="*")
    parser.add_argument("--top", type=int, default=0)
    parser.add_argument("--senses", type=int, default=0, help="at most this many per POS")
    args = parser.parse_args()
    engine = load_engine(cache_dir())
    lexicon, words, profile = engine.lexicon, engine.words, LearnerProfile()
    for word in args.words:
        for pos in "nvar":
            senses = lexicon.senses(word, pos)
            if args.senses and len(senses) > args.senses:
                senses = senses[:args.senses]
            if not senses:
                continue
            for sense, wording in zip(senses, define_each(senses, word, words, profile,
                                                          lexicon=lexicon), strict=True):
                print(f"{word} -{pos} {sense.synset} [{sense.count}]\n"
                      f"    shown: {wording}\n    gloss: {plain_gloss(sense)}")
    if args.top:
        from wordfreq import top_n_list

        seen: set[tuple[str, str]] = set()
        for form in top_n_list("en", args.top):
            if not form.isalpha() or not form.islower():
                continue
            best: tuple[int, str, str] | None = None
            for pos in "nvar":
                lemma = words.dictionary_lemma(form, _UPOS[pos]) or form
                senses = lexicon.senses(lemma, pos)
                if senses and senses[0].lemma.lower() == lemma:
                    count = sum(s.count for s in senses)
                    if best is None or count > best[0]:
                        best = (count, lemma, pos)
            if best is None or (best[1], best[2]) in seen:
                continue
            _, lemma, pos = best
            seen.add((lemma, pos))
            senses = lexicon.senses(lemma, pos)
            wording = define(senses[0], senses[1:], lemma, words, profile, lexicon=lexicon)
            print(f"{lemma}\t{pos}\t{wording}")


if __name__ == "__main__":
    main()
