"""Whether a text uses a word, or a word of its family (engine only, no UI).

The one thing a definition must never do is use its headword (`mentions`: "counters",
"knitting", a phrasal verb's words in order), nor turn a compound's words round
(`defines_by_itself`); a word of the headword's family is allowed, but a wording
without one teaches more (`mentions_family`, `same_family`). WordNet's derivations give
a word's family beyond its spelling (`derived_lemmas`: "rider" -> ride -> riding), and
their forms (`derived_family`) find them in a text: an editor glosses one word of a
family, and a quiz never offers a word's relative as its wrong answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from vocab.gloss_words import GLOSS_STOPWORDS
from vocab.wordinfo import word_forms

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo

# A word of a gloss or a definition, as the checks here read them.
WORD_PATTERN = re.compile(r"[A-Za-z][A-Za-z'-]*")


def mentions(text: str, headword: str) -> bool:
    """Whether ``text`` uses the headword itself or an inflection of it ("counters",
    "countered", "knitting"): the one thing a definition must never do. A phrase is
    used when its words are, in order: "bite off with a quick bite", "gave it up"."""
    head = headword.lower()
    words = WORD_PATTERN.findall(text.lower())
    if " " in head:
        return _mentions_phrase(words, head.split())
    stem = _stem(head)
    if len(stem) < MIN_STEM:
        forms = _regular_forms(head)
        return any(w in forms for w in words)
    return any(w == head or (stem in _stems(w) and not _base_of_participle(w, head))
               for w in words)


# A stem shorter than this is found in too many other words ("car" in "cares", "hop"
# in "hoping"): a short headword is looked for by its regular forms instead.
MIN_STEM = 4


def _regular_forms(word: str) -> frozenset[str]:
    """``word`` and its regular inflections as a noun or a verb: "sew" -> "sews",
    "sewed", "sewing"; "tie" -> "tied", "tying"; "hop" -> "hopped" (not "hoping")."""
    doubled = len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" \
        and word[-3] not in "aeiou"
    forms = {word, word + "s"}
    forms |= {word + word[-1] + "ed", word + word[-1] + "ing"} if doubled \
        else {word + "ed", word + "ing"}
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(word + "es")
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("ie"):
        forms.add(word[:-2] + "ying")
    if word.endswith("e") and not word.endswith("ee"):
        forms |= {word + "d", word[:-1] + "ing"}  # not "seed" for "see"
    return frozenset(forms)


def defines_by_itself(text: str, headword: str, pos: str) -> bool:
    """Whether ``text`` is circular for ``headword``: it uses the headword (`mentions`),
    or, for a noun of two or more words, every one of its content words in any order:
    "hardware store –a store selling hardware", "sewing machine –a textile machine
    used as a home appliance for sewing" (QA walk-through) only turn it round; "ice
    cream –frozen dessert containing cream" says what it is."""
    if mentions(text, headword):
        return True
    parts = [word for word in headword.lower().split() if word not in GLOSS_STOPWORDS]
    if pos != "n" or len(parts) < 2 or not all(mentions(text, part) for part in parts):
        return False
    said = [word for word in WORD_PATTERN.findall(text.lower()) if word not in GLOSS_STOPWORDS
            and not any(mentions(word, part) for part in parts)]
    return len(said) <= MAX_RESTATEMENT_WORDS


# A compound's wording that uses its words and this many others only turns them round
# ("a store selling hardware"); with more it says something ("insurance against loss
# due to fire", "a textile machine used as a home appliance for sewing").
MAX_RESTATEMENT_WORDS = 1


# Words a phrasal verb's object may put between its verb and its particle: "turned
# the offer down".
MAX_PHRASE_GAP = 2


def _mentions_phrase(words: list[str], phrase: list[str]) -> bool:
    first, rest = phrase[0], phrase[1:]
    forms = word_forms(first)
    for i, word in enumerate(words):
        if word not in forms:
            continue
        for gap in range(MAX_PHRASE_GAP + 1):
            start = i + 1 + gap
            if words[start:start + len(rest)] == rest:
                return True
    return False


def _base_of_participle(word: str, head: str) -> bool:
    """Whether ``word`` is the base an -ed or -ing headword is made from: another word
    ("painted –adj. coated with paint", not the similar adjective "finished"'s gloss,
    which had stood in for it)."""
    return head.endswith(("ed", "ing")) and not word.endswith(("ed", "ing"))


def mentions_family(text: str, headword: str) -> bool:
    """Whether ``text`` uses a word of the headword's family ("cooperating" for
    "cooperation"): allowed, but a wording without one teaches more. A phrase has none
    but itself: "burn down –burn completely" teaches."""
    head = headword.lower()
    if " " in head:
        return mentions(text, head)
    return any(same_family(w, head) for w in WORD_PATTERN.findall(text.lower()))


# Two words sharing a beginning this long, covering this share of the shorter one,
# are taken as one family; "interfere"/"interest" (5 of 8) are not.
_FAMILY_PREFIX = 5
_FAMILY_SHARE = 0.7


def same_family(word: str, head: str) -> bool:
    """Whether ``word`` and ``head`` are taken as one family: one a form of the other,
    or sharing a beginning (`_FAMILY_PREFIX`) after which each has only endings
    ("volunt" + "eer", "ary", "arily"; "abus" + "e", "er"), or one that covers most of
    the shorter word (`_FAMILY_SHARE`: "expla" + "in", "nation"), unless one goes on
    from there with endings and the other with letters that are none: "journ" + "al" +
    "ism" is "journal"'s, and "journey" ("journ" + "ey") another word."""
    if word == head or _stem(head) in _stems(word) and len(_stem(head)) >= 4:
        return True
    shared = 0
    for a, b in zip(word, head, strict=False):
        if a != b:
            break
        shared += 1
    if shared < _FAMILY_PREFIX:
        return False
    if any(_only_endings(word[cut:]) and _only_endings(head[cut:])
           for cut in range(shared, _FAMILY_PREFIX - 1, -1)):
        return True
    rests = (word[shared:], head[shared:])
    if any(len(rest) >= MIN_ENDINGS_APART and _only_endings(rest) for rest in rests):
        return False  # "journ" + "alism" and "journ" + "ey"
    return shared >= _FAMILY_SHARE * min(len(word), len(head))


# Endings this long after a shared beginning make a word of their own ("journ" +
# "alism"); a letter or two may be the other word's own ("compet" + "e", "itive").
# Measured on the pairs of WordNet's 15,000 lemmas at Zipf 3 or more that share five
# letters, one family when a dictionary lemma or two derivation steps join them:
# precision 0.464 -> 0.467, recall 0.941 -> 0.946 against the share test alone (at 2:
# 0.486, 0.927; at 4: 0.465, 0.954).
MIN_ENDINGS_APART = 3


# What a word of a family may add to the beginning it shares with another: the endings
# that make one part of speech of another, and their inflections ("le": "capab" + "le",
# "ility", which the measurement above had split).
_ENDINGS = frozenset({
    "e", "s", "es", "ed", "d", "ing", "er", "ers", "or", "ors", "ar", "ee", "eer", "ary",
    "ory", "ist", "ism", "ity", "ty", "ion", "ions", "ation", "ition", "ive", "al", "ial",
    "ual", "ous", "ious", "ment", "ness", "ance", "ence", "ancy", "ency", "ant", "ent",
    "ic", "ical", "ize", "ise", "ify", "ly", "ily", "ally", "able", "ible", "ful", "less",
    "y", "ies", "ate", "ure", "ian", "an", "ship", "hood", "dom", "ia", "ability",
    "ibility", "ility", "ably", "ibly", "osity", "le",
})


def _only_endings(rest: str) -> bool:
    """Whether ``rest`` is nothing, one ending of `_ENDINGS` or two of two letters or
    more ("al" + "ism", "ar" + "ily"; not "e" + "y"), a final "y" written "i" before
    the second ("ary" + "ly")."""
    if rest in _ENDINGS or not rest:
        return True
    return any(rest[at:] in _ENDINGS and (rest[:at] in _ENDINGS or rest[:at].endswith("i")
                                          and rest[:at - 1] + "y" in _ENDINGS)
               for at in range(2, len(rest) - 1))


# A base or a compound's word this short still names something ("war" of "warship",
# "pay" of "repay", "bee"); shorter ones are chance ("re", "co").
MIN_PART_LETTERS = 3


def compound_splits(word: str, is_word: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Each way ``word`` is written as two words (as ``is_word`` knows them): "war" +
    "ship", "note" + "book"."""
    return [(word[:at], word[at:])
            for at in range(MIN_PART_LETTERS, len(word) - MIN_PART_LETTERS + 1)
            if is_word(word[:at]) and is_word(word[at:])]


# A part of a compound is a word a learner knows when it is at least this frequent
# (Zipf 4: "craft", "mate", "storm").
COMPOUND_PART_ZIPF = 4.0


def transparent_compound_parts(lemma: str, words: WordInfo, lexicon: Lexicon
                               ) -> tuple[str, str] | None:
    """The two common words (first, head) a closed compound noun is read from, when
    its meaning is a kind of its head, as its dictionary sense says (in its wording, a
    synonym or its broader term): "teapot" (a pot for brewing tea), "doorbell",
    "sailboat", "raincoat". None for one whose sense does not name its head, which is
    opaque: "honeymoon" (a holiday), "scapegoat" (someone punished for the errors of
    others)."""
    if not lemma.isalpha():
        return None
    splits = compound_splits(lemma, words.words_at_least(COMPOUND_PART_ZIPF).__contains__)
    splits = [(first, head) for first, head in splits if lexicon.has_lemma(head, "n")]
    if not splits:
        return None
    senses = lexicon.senses(lemma, "n")
    if not senses:
        return None
    sense = senses[0]
    broader = lexicon.broader(sense.synset)
    named = set(re.findall(r"[a-z]+", sense.definition.lower()))
    for name in (*sense.synonyms, *(broader.synonyms if broader is not None else ())):
        if name.lower() != lemma:
            named.update(re.findall(r"[a-z]+", name.lower()))
    return next(((first, head) for first, head in splits
                 if any(_names_word(word, head) for word in named)), None)


def _names_word(word: str, head: str) -> bool:
    """Whether ``word`` of a definition is ``head`` or a form of it ("parents", "rooms",
    "holders")."""
    return word == head or (word.startswith(head) and len(word) - len(head) <= 3)


def derived_lemmas(lemma: str, lexicon: Lexicon) -> frozenset[str]:
    """The words WordNet derives ``lemma`` from or into, and those they derive from or
    into ("rider" -> ride -> riding; "opponent" -> oppose -> opposition), ``lemma``
    itself left out; one-word words only."""
    return _derived_lemmas(lemma.lower(), lexicon)


@cache
def _derived_lemmas(lemma: str, lexicon: Lexicon) -> frozenset[str]:
    near = lexicon.derived_lemmas(lemma)
    family = set(near)
    for word in near:
        family |= lexicon.derived_lemmas(word)
    return frozenset(word for word in family - {lemma} if " " not in word)


def derived_family(lemma: str, lexicon: Lexicon) -> frozenset[str]:
    """Every form of `derived_lemmas` ("riding", "rides"...), to find them in a text
    (lemminflect's tables: ~0.1 s and 18 MB the first time, so not for the glossary);
    the forms of ``lemma`` itself left out."""
    return _derived_family(lemma.lower(), lexicon)


@cache
def _derived_family(lemma: str, lexicon: Lexicon) -> frozenset[str]:
    return frozenset(form for word in derived_lemmas(lemma, lexicon)
                     for form in word_forms(word)) - word_forms(lemma)


def _stem(word: str) -> str:
    for suffix in ("ies", "ing", "ed", "es", "s", "e", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _stems(word: str) -> set[str]:
    """`_stem`, and for "-ing" and "-ed" after a doubled consonant the stem with one:
    "knitting" is a form of "knit" (where "spelling" is one of "spell")."""
    stem = _stem(word)
    if word.endswith(("ing", "ed")) and len(stem) > 3 and stem[-1] == stem[-2] \
            and stem[-1] not in "aeiou":
        return {stem, stem[:-1]}
    return {stem}
