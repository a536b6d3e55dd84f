"""Words never put in front of a learner unasked: slurs, insults and crude words.

A text that uses one is still read and explained; the reader only never offers one
itself, as a wrong answer in a quiz or a word of the level test. WordNet labels
few of them and often glosses them politely ("retarded": relatively slow in
development), so its glosses alone (`unfit_for_class`) miss them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vocab.models import Sense


OFFENSIVE_WORDS = frozenset(
    {
        # slurs and insults
        "retard", "retarded", "moron", "moronic", "imbecile", "cretin", "spastic",
        "midget", "negro", "nigger", "nigga", "faggot", "fag", "dyke", "tranny",
        "whore", "slut", "bitch", "bastard", "twat", "cunt", "wanker", "babe",
        "jackass", "dumbass", "idiot",
        # crude words
        "fuck", "fucking", "shit", "crap", "piss", "pee", "poop", "fart", "cock",
        "dick", "pussy", "ass", "arse", "asshole", "boob", "porn", "anal", "damn", "puke",
        "barf",
        # crimes no quiz should offer as a guess
        "rape", "rapist", "molest", "pedophile", "lynch",
        # self-harm and horror: a story about them is read, but a guess about a
        # football match or a plumber is no place for them (QA audit)
        "suicide", "suicidal", "zombie", "corpse", "cadaver",
    }
)


def offensive(word: str) -> bool:
    """Whether ``word`` (any case) is one of `OFFENSIVE_WORDS`."""
    return word.lower() in OFFENSIVE_WORDS


# How WordNet labels an insult in a gloss ("(ethnic slur) offensive and derogatory
# name for a Black man...", its first "Tom").
_INSULT_LABELS = r"offensive|derogatory|disparaging|slur"
_INSULTING_GLOSS = re.compile(rf"\b(?:{_INSULT_LABELS})\b", re.IGNORECASE)


def insulting_gloss(definition: str) -> bool:
    """Whether WordNet's ``definition`` says the sense is an insult or a slur."""
    return bool(_INSULTING_GLOSS.search(definition))


# Words that mark a gloss as crude or insulting: no such sense or word is ever put
# in front of a class, as a distractor or otherwise. Abortion and the breasts too
# ("termination of pregnancy", "bosom" were wrong answers, QA audit), and underwear
# ("thongs" for educators, QA audit); weapons and
# disasters are news vocabulary and stay ("a firearm that is held and fired with one
# hand"), and so does "milk" ("mammary" is left out for it).
_UNFIT_GLOSS = re.compile(
    rf"\b(?:obscene|vulgar|{_INSULT_LABELS}|penis|vagina|genital\w*|"
    r"sexual\w*|copulat\w*|intercourse|buttocks|feces|excrement|prostitut\w*|virgin|"
    r"abortion|termination of pregnancy|milk-secreting|pubic|underpants|stripteas\w*)\b",
    re.IGNORECASE,
)


def unfit_for_class(definition: str) -> bool:
    """Whether a definition is crude or insulting (WordNet keeps such senses)."""
    return bool(_UNFIT_GLOSS.search(definition))


# WordNet's slang names for drugs ("dope –street names for marijuana", the first sense
# of "dope"): a word whose first meaning is one is never offered in front of a class.
# Only that sense: "snow", "green" and "soap" are such names too, after their own.
_DRUG_SLANG_GLOSS = re.compile(r"\bstreet names? for\b", re.IGNORECASE)


def drug_slang(definition: str) -> bool:
    """Whether a definition is one of WordNet's street names for a drug."""
    return bool(_DRUG_SLANG_GLOSS.search(definition))


def insulting_sense(sense: Sense, senses: Sequence[Sense]) -> bool:
    """Whether ``sense`` names people by the animal the word first means ("frog": a
    person of French descent; "dog", "rat", "snake"): an insult or a slur, which
    WordNet labels only now and then, and never an option in front of a class."""
    return (sense.lexname == "noun.person" and bool(senses)
            and senses[0].lexname == "noun.animal")
