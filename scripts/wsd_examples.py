"""How often the sense chooser picks the sense of WordNet's own example sentences.

    NLTK_DATA=../shared/nltk_data .venv/bin/python scripts/wsd_examples.py [--step 2]

A second measure of the sense chooser beside `sense_agreement.py` (40 VOA stories,
about a hundred words), larger and free of any story: every example sentence WordNet
gives for a sense of a one-word lemma that has several senses in its part of speech
("he sat on the bank of the river", bank.n.01), analysed as a text of its own, with
the word's sense chosen as the app chooses it. The example is left out of its own
sense's signature first (it would otherwise match itself word for word).

Two figures, as the senses of a word are not equally common: the share of examples
whose sense is found (each sense's examples count alike: rare senses weigh as much
as common ones), and the same weighted by one plus the sense's SemCor count (closer
to running text, where the common sense is the usual one). WordNet's first sense is
printed beside both. Every ``--step``-th lemma of each part of speech is used.
Examples are single sentences: the neighbouring sentences and the rest of the story,
which the chooser also reads in an article, are missing here.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.paths import cache_dir  # noqa: E402
from vocab.analysis import Analysis  # noqa: E402
from vocab.engine import Engine, load_engine  # noqa: E402
from vocab.models import Article, Sense  # noqa: E402
from vocab.wordinfo import UPOS_TO_WORDNET  # noqa: E402


@dataclass
class Case:
    lemma: str
    answer: str  # the synset of the example
    senses: list[Sense]  # the lemma's senses, the example left out of its own
    analysis: Analysis  # of the example sentence
    index: int  # the headword's token
    weight: int  # 1 + the answer's SemCor count


def cases(engine: Engine, step: int, parts_of_speech: str = "nvar") -> list[Case]:
    from nltk.corpus import wordnet

    found = []
    for pos in parts_of_speech:
        lemmas = sorted({name for name in wordnet.all_lemma_names(pos) if "_" not in name})
        for lemma in lemmas[::step]:
            senses = engine.senses.senses(lemma, pos)
            if len(senses) < 2:
                continue
            for sense in senses:
                for example in sense.examples:
                    case = _case(engine, lemma, pos, senses, sense, example)
                    if case is not None:
                        found.append(case)
    return found


def _case(engine: Engine, lemma: str, pos: str, senses: list[Sense], answer: Sense,
          example: str) -> Case | None:
    if lemma not in example.lower():
        return None
    text = example[0].upper() + example[1:] + "."
    analysis = engine.analyse(Article(title="Example", body=text, paragraphs=((0, len(text)),)))
    index = next((i for i, token in enumerate(analysis.tokens)
                  if token.lemma.lower() == lemma and UPOS_TO_WORDNET.get(token.upos) == pos),
                 None)
    if index is None:
        return None  # tagged as another part of speech, or another lemma
    left_out = [replace(s, examples=tuple(e for e in s.examples if e != example))
                if s.synset == answer.synset else s for s in senses]
    return Case(lemma, answer.synset, left_out, analysis, index, 1 + answer.count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, default=2)
    parser.add_argument("--pos", default="nvar", help="WordNet parts of speech to use")
    args = parser.parse_args(argv)
    engine = load_engine(cache_dir())
    chooser = engine.senses
    found = cases(engine, args.step, args.pos)
    right = first = 0
    weighted_right = weighted_first = total_weight = 0
    for case in found:
        # The answer's signature is built from its senses here, without the example.
        chooser.signatures.forget_signature(case.answer)
        # Ranked as the app ranks a word in its sentence (`SenseChooser.rank_at`).
        chosen = chooser.rank_at(case.analysis, case.index, case.senses,
                                 case.lemma)[0][1].synset
        chooser.signatures.forget_signature(case.answer)
        is_first = case.senses[0].synset == case.answer
        right += chosen == case.answer
        first += is_first
        weighted_right += case.weight * (chosen == case.answer)
        weighted_first += case.weight * is_first
        total_weight += case.weight
    if not found:
        print("no example sentences found")
        return 1
    print(f"{len(found)} example sentences")
    print(f"each sense alike:      chooser {right / len(found):.3f}, "
          f"WordNet's first sense {first / len(found):.3f}")
    print(f"weighted by SemCor:    chooser {weighted_right / total_weight:.3f}, "
          f"WordNet's first sense {weighted_first / total_weight:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
