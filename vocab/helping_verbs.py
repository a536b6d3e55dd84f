"""What a helping verb does in its sentence, for word details.

"had" in "trash that had washed ashore" has no dictionary sense of its own: WordNet's
verb senses of "have" are owning, holding, supplying... The analysis marks have, be
and do that help a verb form as AUX (`vocab.analysis`); this says, in a learner's
words, what they make of the verb they help.
"""

from __future__ import annotations

from collections.abc import Sequence

from vocab.models import Token

# (the helping verb's lemma, the tag of the verb it helps) -> what the pair does;
# "{pair}" is the two words as the text has them.
_NOTES = {
    ("have", "VBN"): "“{pair}” tells of something done or happening before another time",
    ("be", "VBN"): "“{pair}” tells what is or was done to someone or something",
    ("be", "VBG"): "“{pair}” tells of something going on at that time",
    ("do", "VB"): "helps “{verb}” to ask a question, say “not”, or stress the verb",
}
# Words that may stand between the helping verb and its verb ("has already left").
_BETWEEN = frozenset({"RB", "RBR", "RBS"})


def helping_verb_note(tokens: Sequence[Token], index: int) -> str:
    """What the auxiliary at ``index`` does with the verb after it; "" when it is no
    helping have, be or do."""
    token = tokens[index]
    if token.upos != "AUX":
        return ""
    for after in tokens[index + 1:]:
        if after.sentence != token.sentence or after.pos not in _BETWEEN | {"VBN", "VBG", "VB"}:
            return ""
        note = _NOTES.get((token.lemma.lower(), after.pos))
        if note is not None:
            return "a helping verb: " + note.format(pair=f"{token.text} {after.text}",
                                                    verb=after.text)
    return ""
