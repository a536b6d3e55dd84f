"""When a word inside a noun compound is read with the compound, not by its own meaning.

One rule for the glossary, the quiz, reviews and exports. A use of a word inside a
noun compound is read with the compound where the compound means what the word alone
does not:

* the compound's last word, when no sense of the compound is a kind of it ("last
  straw" is an irritation, "nest egg" a fund; a "city council" is a council);
* any of its words, when word details show the compound and the word's sense there
  does not name the rest of it ("traffic jams", "hardware store"; not "radio
  transmitter") (`_shown_compound_read_with`).

The quiz asks a word only at its other uses (`words_read_in_compounds`); the glossary
glosses the compound in place of a word the story uses mostly so, and a word used
more often alone where it is alone (`compounds_read_with`); a review or an export
shows a saved word's sentence only when it uses the word outside such a compound
(`Engine.only_in_compounds`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vocab.expression_use import shown_expression
from vocab.gloss_words import content_words
from vocab.senses import SenseChooser
from vocab.word_family import mentions_family

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
    return frozenset(compounds_read_with(analysis, indices, chooser))


def compounds_read_with(analysis: Analysis, indices: Sequence[int], chooser: SenseChooser,
                        sense: Sense | None = None) -> dict[int, Expression]:
    """`words_read_in_compounds`, each with its compound; ``sense``: the word's, read
    over the whole story (the glossary's), else the sense chosen at each use. "immune"
    in "the immune system" is "relating to immunity" in the story, whose example names
    the system: no compound of its own."""
    at = set(indices)
    # Only the compounds at ``indices`` are read: a long story has thousands.
    here = [e for e in analysis.expressions
            if e.kind == "compound" and not at.isdisjoint(e.token_indices)]
    compound_at = {index: e for e in here for index in e.token_indices}
    shown_at = {index: e for e in here if shown_expression(e, analysis.tokens)
                for index in e.token_indices}
    return {index: compound_at[index] for index in indices if index in compound_at
            and _read_with_compound(analysis, index, compound_at[index],
                                    shown_at.get(index), chooser, sense)}


def _read_with_compound(analysis: Analysis, index: int, compound: Expression,
                        shown: Expression | None, chooser: SenseChooser,
                        sense: Sense | None) -> bool:
    """The rule (see the module): the last word of ``compound`` when no sense of it is
    a kind of the word, or a word of ``shown``, the compound word details show there,
    whose sense here does not name the rest of it (`_shown_compound_read_with`)."""
    token = analysis.tokens[index]
    if index == compound.token_indices[-1] and not any(
            _kind_of(chooser.lexicon, sense, token.lemma.lower())
            for sense in chooser.lexicon.senses(compound.lemma, "n")):
        return True
    if shown is None:
        return False
    if sense is None:
        sense, _ = chooser.choose(analysis, index)
    return sense is not None and _shown_compound_read_with(analysis, index, shown, sense,
                                                           chooser)


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


def _shown_compound_read_with(analysis: Analysis, index: int, compound: Expression,
                              sense: Sense, chooser: SenseChooser) -> bool:
    """Whether the word at ``index`` of ``compound``, a noun compound word details show
    (`shown_expression`), is read with it: its ``sense`` does not name the compound's
    other words. "jams" in "Traffic jams built up" was glossed "jam –n. a dense crowd
    of people", WordNet's broader sense of "traffic jam", and "hardware" in "owns a
    hardware store" as computer parts, in the glossary, the quiz and the handouts,
    while word details showed the store (QA walk-throughs); the compound is the word
    the story uses. "transmitter" (set used to broadcast radio or tv signals) in "radio
    transmitter" says it all, and VOA glosses the word; "radio" there is a word of its
    own too, as is a describing word before a compound's last word."""
    if _names_rest(analysis, compound, index, sense) and _names_a_word(
            analysis, compound, chooser):
        return False
    last = compound.token_indices[-1]
    if last != index:
        # A word before the compound's last: a describing word keeps its own meaning
        # where the compound's sense names it ("cognitive scientist –an expert in
        # cognitive science"), and is read with it where it does not ("secondary school
        # –a school for students intermediate between elementary school and college"
        # was quizzed "secondary: not direct or immediate", QA walk-through); a noun is
        # read with the compound, unless the last word's own sense names it.
        if sense.pos != "n":
            return _named_as_a_noun(analysis, compound, index, chooser) \
                or not _names_its_word(analysis, compound, index, chooser)
        head, _ = chooser.choose(analysis, last)
        if head is not None and _names_rest(analysis, compound, last, head):
            return False
    return True


def _named_as_a_noun(analysis: Analysis, compound: Expression, index: int,
                     chooser: SenseChooser) -> bool:
    """Whether the describing word at ``index`` is a noun the compound's sense here
    names in the plural: "olive oil –oil from olives" names the fruit, where the tagger
    read "olive" as the colour, an adjective, and the quiz asked "Which word means
    'being or having or characterized by hue'?" (QA walk-through). "cognitive
    scientist" names no "cognitive"; "cognitive" is no noun."""
    word = analysis.tokens[index].text.lower()
    if not chooser.lexicon.has_lemma(word, "n"):
        return False
    ranked = chooser.choose_expression(analysis, compound)
    # Named in the plural, which only a noun has: "a library open to the public" or
    # "weather with a cold temperature" name an adjective's sense, not the noun's.
    plurals = {word + "s", word + "es", word[:-1] + "ies"}
    return bool(ranked) and not plurals.isdisjoint(re.findall(r"[a-z]+",
                                                              ranked[0].definition.lower()))


def _names_its_word(analysis: Analysis, compound: Expression, index: int,
                    chooser: SenseChooser) -> bool:
    """Whether the compound's sense here names its word at ``index``, or a word of its
    family ("cognitive" for "cognitive science"); True when WordNet has no sense of it."""
    ranked = chooser.choose_expression(analysis, compound)
    if not ranked:
        return True
    token = analysis.tokens[index]
    return mentions_family(" ".join([ranked[0].definition, *ranked[0].examples]),
                           token.lemma.lower()) \
        or mentions_family(ranked[0].definition, token.text.lower())


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
