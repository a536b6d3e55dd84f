"""When a word inside a noun compound is read with the compound, not by its own meaning.

One rule for the glossary, the quiz, reviews and exports. A use of a word inside a
noun compound is read with the compound where the compound means what the word alone
does not:

* the compound's last word, when no sense of the compound is a kind of it ("last
  straw" is an irritation, "nest egg" a fund; a "city council" is a council);
* any of its words, when word details show the compound and the word's sense does not
  name the rest of it ("traffic jams", "hardware store"; not "radio transmitter")
  (`only_in_compound`).

The quiz asks a word only at its other uses (`words_read_in_compounds`); a review or an
export shows a saved word's sentence only when it uses the word at least once outside
such a compound (`Engine.only_in_compounds`); the glossary glosses the compound in
place of a word the story uses mostly in one (`only_in_compound` over the uses
`in_and_outside_compounds` finds).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from vocab.senses import SenseChooser, content_words, shown_expression

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.lexicon import Lexicon
    from vocab.models import Expression, Sense

# How many broader terms up a compound's sense is looked for its last word.
_BROADER_STEPS = 6


def words_read_in_compounds(analysis: Analysis, indices: Sequence[int],
                            chooser: SenseChooser) -> frozenset[int]:
    """Those of ``indices`` (token indices) where the word is read with the noun compound
    it is part of: "This would have been the last straw" was asked "In this sentence,
    'straw' means..." keyed "plant fiber used e.g. for making baskets" (QA walk-through)."""
    at = set(indices)
    compound_at = {index: e for e in analysis.expressions
                   if e.kind == "compound" and not at.isdisjoint(e.token_indices)
                   for index in e.token_indices}
    return frozenset(index for index in indices if index in compound_at
                     and _read_with_compound(analysis, index, compound_at[index], chooser))


def _read_with_compound(analysis: Analysis, index: int, compound: Expression,
                        chooser: SenseChooser) -> bool:
    """The rule (see the module): the compound's last word when no sense of the compound
    is a kind of it, or a word `only_in_compound` reads with a compound shown."""
    token = analysis.tokens[index]
    if index == compound.token_indices[-1] and not any(
            _kind_of(chooser.lexicon, sense, token.lemma.lower())
            for sense in chooser.lexicon.senses(compound.lemma, "n")):
        return True
    sense, _ = chooser.choose(analysis, index)
    return sense is not None and only_in_compound(analysis, [index], sense,
                                                  chooser) is not None


def _kind_of(lexicon: Lexicon, sense: Sense, word: str) -> bool:
    """Whether a broader term of ``sense`` (WordNet's first hypernyms) is named ``word``."""
    broader: Sense | None = sense
    for _ in range(_BROADER_STEPS):
        broader = lexicon.broader(broader.synset) if broader else None
        if broader is None:
            return False
        if word in (synonym.lower() for synonym in broader.synonyms):
            return True
    return False


def only_in_compound(analysis: Analysis, occurrences: Sequence[int], sense: Sense,
                     chooser: SenseChooser) -> Expression | None:
    """The noun compound word details show (`shown_expression`) that a word is part of
    wherever the story uses it (at ``occurrences``), when the word's ``sense`` does not
    name the rest of it: "jams" only in "Traffic jams built up" was glossed "jam –n. a
    dense crowd of people", WordNet's broader sense of "traffic jam", and "hardware"
    only in "owns a hardware store" as computer parts, in the glossary, the quiz and the
    handouts, while word details showed the store (QA walk-throughs); the compound is
    the word the story uses. "transmitter" (set used to broadcast radio or tv signals)
    in "radio transmitter" says it all, and VOA glosses the word; "radio" there is a
    word of its own too, as is a describing word before a compound's last word."""
    compounds = _shown_compounds_at(analysis, occurrences)
    found = [compounds.get(index) for index in occurrences]
    first = found[0]
    if first is None or any(e is None or e.lemma != first.lemma for e in found):
        return None
    if _names_rest(analysis, first, occurrences[0], sense) and _names_a_word(
            analysis, first, chooser):
        return None
    last = first.token_indices[-1]
    if last not in occurrences:
        # A word before the compound's last: a describing word keeps its own meaning
        # ("cognitive scientist"); a noun is read with the compound, unless the last
        # word's own sense names it.
        if sense.pos != "n":
            return None
        head, _ = chooser.choose(analysis, last)
        if head is not None and _names_rest(analysis, first, last, head):
            return None
    return first


def in_and_outside_compounds(analysis: Analysis, occurrences: Sequence[int]
                             ) -> tuple[list[int], list[int]]:
    """``occurrences`` inside a noun compound word details show (`shown_expression`),
    and the others."""
    inside = _shown_compounds_at(analysis, occurrences)
    return ([i for i in occurrences if i in inside],
            [i for i in occurrences if i not in inside])


def _shown_compounds_at(analysis: Analysis, occurrences: Sequence[int]
                        ) -> dict[int, Expression]:
    """Token index -> the noun compound word details show there, for the compounds at
    ``occurrences`` only: a long story has thousands."""
    at = set(occurrences)
    return {index: e for e in analysis.expressions
            if e.kind == "compound" and not at.isdisjoint(e.token_indices)
            and shown_expression(e, analysis.tokens)
            for index in e.token_indices}


def _names_a_word(analysis: Analysis, compound: Expression, chooser: SenseChooser) -> bool:
    """Whether the compound's sense here names one of its words ("tap water –water
    directly from the spigot"), or it has none: a compound meaning something none of
    its words says ("nest egg –a fund of money put by as a reserve") is no use of its
    word's own sense, even one that names the others ("nest –a structure in which
    animals lay eggs": QA walk-through)."""
    ranked = chooser.choose_expression(analysis, compound)
    if not ranked:
        return True
    words = content_words(" ".join(analysis.tokens[i].text for i in compound.token_indices))
    return not words.isdisjoint(content_words(ranked[0].definition))


def _names_rest(analysis: Analysis, compound: Expression, word: int, sense: Sense) -> bool:
    """Whether ``sense`` of the compound's word at ``word`` names the compound's other
    words, in its gloss or its examples ("immune –relating to the condition of
    immunity", whose example is "the immune system")."""
    rest = [analysis.tokens[i].text for i in compound.token_indices if i != word]
    return content_words(" ".join(rest)) <= content_words(" ".join([sense.definition,
                                                                     *sense.examples]))
