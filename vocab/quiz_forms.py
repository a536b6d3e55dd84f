"""The forms of a word a quiz question shows or accepts: whether a text mentions a
word in any of its forms (`mentions`, the check every stem and option goes through),
a lemma inflected for a Penn tag (`inflect`, lemminflect loaded only when asked), the
spellings that fill a gap's slot (`same_slot_forms`, British and American alike), and
whether English uses a noun's plural, or counts it at all (`usual_plural`,
`counted`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from vocab.wordinfo import word_forms


@cache
def forms_pattern(lemma: str) -> re.Pattern[str]:
    """A case-insensitive whole-word pattern for every form of ``lemma``."""
    forms = sorted(word_forms(lemma), key=len, reverse=True)
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def mentions(text: str, lemma: str) -> bool:
    """Whether ``text`` contains ``lemma`` or one of its inflections as a whole word."""
    words, forms = text_words(text), plain_forms(lemma)
    if words is not None and forms is not None:
        # Without a pattern compiled per lemma: a quiz's distractor picks test ~1,000
        # lemmas against one sentence, and compiling took a sixth of building it.
        return not words.isdisjoint(forms)
    return bool(forms_pattern(lemma).search(text))


# A run of word characters, and one that is not ASCII (which `forms_pattern`, case-
# insensitive, might match other than by ASCII lower case: "ſ" for "s", "é").
_WORD_RUN = re.compile(r"\w+")
_NON_ASCII_WORD_CHAR = re.compile(r"(?![\x00-\x7f])\w")
# Forms `text_words` can find: ASCII word characters only, no space nor hyphen.
_PLAIN_FORM = re.compile(r"[A-Za-z0-9_]+")


@lru_cache(maxsize=1024)
def text_words(text: str) -> frozenset[str] | None:
    """The whole words of ``text`` in lower case (its runs of word characters, the
    whole words `forms_pattern` matches), or None when a word character is not ASCII and only
    the pattern says what matches it."""
    if _NON_ASCII_WORD_CHAR.search(text):
        return None
    return frozenset(word.lower() for word in _WORD_RUN.findall(text))


@cache
def plain_forms(lemma: str) -> frozenset[str] | None:
    """``lemma``'s forms (`word_forms`) when each is one run of ASCII word characters,
    which `forms_pattern` matches just where `text_words` has it; None otherwise
    ("carry out", "well-being")."""
    forms = word_forms(lemma)
    return forms if all(_PLAIN_FORM.fullmatch(form) for form in forms) else None


def same_slot_forms(lemma: str, penn: str, form: str) -> frozenset[str]:
    """The spellings that fill the target's slot: the form met, and lemminflect's forms
    for the same tag (British and American spellings both count) when the tag agrees
    with the form (a plural the tagger called "NN" does not make the singular right)."""
    forms = set(inflect(lemma, penn))
    if form.lower() != lemma.lower():
        forms.discard(lemma.lower())  # lemminflect lists "principle" among NNS forms too
    found = {form.lower(), *forms} if form.lower() in forms else {form.lower()}
    # A learner taught the other spelling is right too: "millimetres" for "millimeters".
    return frozenset(found | {variant for word in found for variant in other_spellings(word)})


def other_spellings(word: str) -> set[str]:
    """The British spelling of an American word and the American of a British one
    (breame's lists): "millimeters" -> {"millimetres"}; empty when there is none."""
    from breame.spelling import get_american_spelling, get_british_spelling

    return {variant for variant in (get_british_spelling(word), get_american_spelling(word))
            if variant and variant != word}


# English uses a mass noun's plural a hundred times less than the noun ("advices",
# "informations", "equipments"): not a form to offer a learner as an answer. A count
# noun's plural is at least a tenth as common ("bayonets", "pumpkins", "utensils").
RARE_PLURAL_ZIPF_GAP = 1.7


def usual_plural(lemma: str, plural: str) -> bool:
    """Whether English uses ``plural`` (wordfreq) as the plural of the noun ``lemma``."""
    from wordfreq import zipf_frequency

    return zipf_frequency(plural, "en") > zipf_frequency(lemma, "en") - RARE_PLURAL_ZIPF_GAP


@cache
def counted(lemma: str) -> bool:
    """Whether English counts the noun ``lemma``: its plural is a word in use
    (`usual_plural`: "gloves", "devices", "memberships"), so alone in the singular,
    with no article, it is no English ("to prevent glove"). Not "erosion", "coaching"
    or "oxygen", whose plurals are rare; "vertex" by "vertices", not "vertexes"."""
    return any(plural != lemma.lower() and usual_plural(lemma, plural)
               for plural in inflect(lemma, "NNS"))


@cache
def inflect(lemma: str, penn: str) -> tuple[str, ...]:
    """``lemma`` inflected for Penn tag ``penn`` (lower case); () when lemminflect cannot."""
    import lemminflect

    if penn in {"NN", "VB", "VBP", "JJ", "RB", "NNP"}:
        base = lemminflect.getInflection(lemma, tag=penn)
        return tuple(f.lower() for f in base) or (lemma.lower(),)
    return tuple(f.lower() for f in lemminflect.getInflection(lemma, tag=penn))
