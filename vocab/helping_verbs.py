"""Helping verbs: have, be and do before the verb form they help ("had washed").

"had" in "trash that had washed ashore" has no dictionary sense of its own: WordNet's
verb senses of "have" are owning, holding, supplying... The analysis marks such
helpers as AUX (`vocab.token_marks`) with `helped_verb`, and word details say, in a
learner's words, what they make of the verb they help (`helping_verb_note`), found
the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vocab.closed_class import BE_FORMS, DO_FORMS, HAVE_FORMS
from vocab.models import Token

# The verb forms each helper helps, by Penn tag.
HELPED_FORMS = {"have": frozenset({"VBN"}), "be": frozenset({"VBN", "VBG"}),
                "do": frozenset({"VB"})}
# Each helper's forms ("'d" is "would" as often as "had").
HELPER_OF = {**dict.fromkeys(HAVE_FORMS - {"'d"}, "have"), **dict.fromkeys(BE_FORMS, "be"),
             **dict.fromkeys(DO_FORMS, "do")}
# What may stand between the helper and its verb: "has already left", "did not see".
_BETWEEN = frozenset({"RB", "RBR", "RBS"})
MAX_WORDS_BEFORE_HELPED_VERB = 2

# (helper, the tag of the verb it helps) -> what the pair does; "{pair}" is the two
# words as the text has them.
_NOTES = {
    ("have", "VBN"): "“{pair}” tells of something done or happening before another time",
    ("be", "VBN"): "“{pair}” tells what is or was done to someone or something",
    ("be", "VBG"): "“{pair}” tells of something going on at that time",
    ("do", "VB"): "helps “{verb}” to ask a question, say “not”, or stress the verb",
}


def helped_verb(helper: str, following: Iterable[tuple[str, int]], sentence: int) -> int | None:
    """Where, among ``following`` ((Penn tag, sentence) of the words after a form of
    ``helper`` in ``sentence``), the verb form it helps is; None when it helps none
    (a "have" of owning, "did their homework")."""
    helped = HELPED_FORMS.get(helper)
    if helped is None:
        return None
    for offset, (tag, in_sentence) in enumerate(following):
        if offset > MAX_WORDS_BEFORE_HELPED_VERB or in_sentence != sentence:
            return None
        if tag in helped:
            return offset
        if tag not in _BETWEEN:
            return None
    return None


def helping_verb_note(tokens: Sequence[Token], index: int) -> str:
    """What the auxiliary at ``index`` does with the verb after it; "" when it is no
    helping have, be or do."""
    token = tokens[index]
    if token.upos != "AUX":
        return ""
    helper = token.lemma.lower()
    start = index + 1
    after = tokens[start:start + MAX_WORDS_BEFORE_HELPED_VERB + 1]
    offset = helped_verb(helper, ((t.pos, t.sentence) for t in after), token.sentence)
    if offset is None:
        return ""
    verb = after[offset]
    return "a helping verb: " + _NOTES[(helper, verb.pos)].format(
        pair=f"{token.text} {verb.text}", verb=verb.text)
