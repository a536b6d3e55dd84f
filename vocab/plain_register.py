"""A definition in VOA's plain register (`in_plain_register`): small ordinals in words
("the third planet from the sun", as VOA and AP write them, not "3rd"), a lawyer's or
a specialist's words said as anyone says them ("whereby" -> "by which", "pertaining
to" -> "relating to", "unspecified" -> "unknown"), their remarks left out, and a
term of law a learner reads in its everyday sense left out ("take temporary possession
of as a security, by legal authority": "security" read as safety)."""

from __future__ import annotations

import re

from vocab.gloss_text import MIN_CLAUSE_WORDS

# AP style spells out first to ninth; "16th President" stays a number. Not inside a
# fraction or a number ("1/24th", "1.5th").
_SMALL_ORDINAL = re.compile(r"(?<![\w/.])([1-9])(?:st|nd|rd|th)\b")
_ORDINAL_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
)

# A lawyer's words and what anyone says for them (C1-C2 words, or "whereby", which
# wordfreq rates common only for its use in law and philosophy).
_LAWYERS_WORDS = {
    "whereby": "by which",
    "wherein": "in which",
    "therein": "in it",
    "thereof": "of it",
}
_LAWYERS_WORD = re.compile(rf"\b(?:{'|'.join(_LAWYERS_WORDS)})\b")

# The law's "security" (what pays a debt if it is not paid), before a comma: a remark
# on why a thing is taken, which a learner reads as safety ("confiscate", sweep). Before
# "for" it says what a thing is ("money given as security for a loan") and stays.
_AS_SECURITY = re.compile(r" as (?:a )?security(?=,)")


# A specialist's words in the definitions of the commonest words, and what VOA says
# (sweep of the 8,000 commonest: "some", "finally", "somehow", "chinese", "basic", "up",
# "go", "meter", "x" had a C1 word each): a word for a word, or a remark left out. Not
# "indefinite": "uncertain" says doubt ("a very large uncertain number", billions).
_PLAIN_WORDS = {
    "unspecified": "unknown",
    "pertaining": "relating",
    "cardinal number": "number",
}
_PLAIN_WORD = re.compile(rf"\b(?:{'|'.join(_PLAIN_WORDS)})\b")
# "spatially or metaphorically" (up, down), ", also metaphorically" (go): it applies to
# more than places; "adopted under the Systeme International d'Unites" (meter, second):
# the body that set the unit.
_SPECIALISTS_REMARK = re.compile(
    r"^spatially or metaphorically |,? also metaphorically(?=$|;)"
    r"| adopted under the Systeme International d'Unites"
)


def in_plain_register(wording: str) -> str:
    """``wording`` with small ordinals in words, a lawyer's words said plainly and the
    law's "security" left out where it is a remark; as it is when too little is left."""
    plain = _SMALL_ORDINAL.sub(lambda found: _ORDINAL_WORDS[int(found.group(1)) - 1], wording)
    plain = _LAWYERS_WORD.sub(lambda found: _LAWYERS_WORDS[found.group(0)], plain)
    plain = _PLAIN_WORD.sub(lambda found: _PLAIN_WORDS[found.group(0)], plain)
    shorter = _SPECIALISTS_REMARK.sub("", plain).strip()
    if len(shorter.split()) >= MIN_CLAUSE_WORDS:
        plain = shorter
    without_security = _AS_SECURITY.sub("", plain)
    if len(without_security.split(",")[0].split()) >= MIN_CLAUSE_WORDS:
        plain = without_security
    return plain
