"""Whether a step that cut words out of a wording left a phrase that still reads.

A cut that joins two verbs ("perform vaccinations or produce immunity" -> "perform
produce immunity") or a noun and the next noun phrase ("derived from the sun or
utilizing the energies of the sun" -> "...the sun the energies of the sun"), or that
ends on "or", "of", "the", garbles a definition: it is worse than the hard gloss it was
meant to help (QA walk-throughs). `shaped` keeps such a step's wording only when each
place it joined reads."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from vocab.gloss_words import GLOSS_STOPWORDS

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo

# What opens a noun phrase: after a noun, it starts a second one with nothing to join them.
NOUN_PHRASE_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this",
                                 "these"})
# What a wording may not end on: it waits for what the cut took.
_UNFINISHED = frozenset({"a", "an", "the", "or", "and", "of", "to", "by", "with", "from",
                         "in", "into", "for", "as"})
# What a verb of two words ends on in a wording ("carry out", "set up"): the commonest of
# `closed_class.PARTICLES`.
VERB_PARTICLES = frozenset({"out", "up", "off", "down", "away", "back"})
# Words a noun phrase follows: "from the sun", "of stars".
_AFTER_A_NOUN_PHRASE = frozenset({"of", "from", "to", "in", "into", "on", "at", "by", "with",
                                  "for", "about", "over", "under"})
# Verbs a bare verb may follow: "help build", "make grow", "let go".
_BEFORE_A_BARE_VERB = frozenset({"help", "helps", "make", "makes", "let", "lets", "go",
                                 "come"})


def shaped(before: str, after: str, words: WordInfo, *, whole_alternative: bool = False
           ) -> str:
    """``after``, a step's cut of ``before``, when each place the cut joined reads
    (`_joins`), else ``before``. With ``whole_alternative`` (a cut of one alternative of
    an "or" list), a cut that left the wording's opening verb before what no longer
    follows it takes that verb too: the alternative was the verb and its object
    ("perform vaccinations or produce immunity" -> "produce immunity")."""
    if after == before or not after:
        return after
    broken = _broken_join(before, after, words)
    if broken is None:
        return after
    old, new = before.split(" "), after.split(" ")
    if whole_alternative and old[:broken] == new[:broken] \
            and _plainly_verb(new[0].lower(), words) \
            and broken < len(new) and _plainly_verb(new[broken].lower(), words) \
            and _broken_join(before, rest := " ".join(new[broken:]), words) is None:
        return rest
    return before


def _broken_join(before: str, after: str, words: WordInfo) -> int | None:
    """Where ``after`` joined words that ``before`` kept apart and they do not read (the
    place of the second in ``after``; its length for an unfinished end), else None."""
    old, new = before.split(" "), after.split(" ")
    # A word that lost only its comma is the same word: "to," before a cut "or
    # consume" is the "to" left before what followed the cut.
    matcher = difflib.SequenceMatcher(a=[w.rstrip(",") for w in old],
                                      b=[w.rstrip(",") for w in new], autojunk=False)
    for tag, _i1, _i2, j1, _j2 in matcher.get_opcodes():
        if tag != "delete":
            continue
        if j1 == len(new):
            if new and new[-1].lower() in _UNFINISHED:
                return j1
            continue
        if j1 > 0 and not _joins(new[j1 - 2] if j1 > 1 else "", new[j1 - 1], new[j1],
                                 new[j1 + 1] if j1 + 1 < len(new) else "", words):
            return j1
    return None


def _joins(ahead: str, left: str, right: str, beyond: str, words: WordInfo) -> bool:
    """Whether ``right`` may follow ``left`` (after ``ahead``, before ``beyond``) in a
    phrase: not a new noun phrase after a noun ("the sun the energies"), nor a verb
    that takes its own object after a verb ("perform produce immunity"; "exert force
    to" is a verb and its noun)."""
    if not left.isalpha() or not right.isalpha():
        return True  # a comma or a bracket between them ends a part
    first, second = left.lower(), right.lower()
    if first in _AFTER_A_NOUN_PHRASE and _plainly_adverb(second, words) \
            and not (first == "to" and _plainly_verb(beyond.lower(), words)):
        # "serve oneself to, or consume regularly" is no "serve oneself to regularly"
        # (consume): the preposition's object was what the cut alternative shared; "to
        # regularly check" is a verb's "to".
        return False
    if first in VERB_PARTICLES and _plainly_verb(ahead.lower(), words):
        first = ahead.lower()  # "carry out" is a verb: "carry out build resistance"
    elif first in _AFTER_A_NOUN_PHRASE and first != "to":
        # "marked by or tending to arouse" is no "marked by arouse" (sweep): a
        # preposition takes a noun phrase, never a verb that is no noun.
        return not (_plainly_verb(second, words) and words.noun_lemma(second) is None)
    elif first in GLOSS_STOPWORDS:
        return True
    if second in NOUN_PHRASE_OPENERS:
        return not _plainly_noun(first, ahead, words)
    if second in GLOSS_STOPWORDS or first in _BEFORE_A_BARE_VERB:
        return True
    if verb_in_s(first, words) and verb_in_s(second, words) \
            and words.noun_lemma(second) is None:
        # "conducts lawsuits or gives advice" is no "conducts gives advice": two verbs
        # in "-s" side by side (a plural noun takes no verb in "-s").
        return False
    return not (_plainly_verb(first, words) and _plainly_verb(second, words)
                and beyond.isalpha() and beyond.lower() not in _AFTER_A_NOUN_PHRASE)


def verb_in_s(word: str, words: WordInfo) -> bool:
    """Whether ``word`` is a verb's "-s" form ("gives", "conducts", "handles")."""
    lower = word.lower()
    if not lower.endswith("s") or lower.endswith("ss"):
        return False
    lemma = words.dictionary_lemma(lower, "VERB")
    return lemma is not None and lemma != lower


def _plainly_verb(word: str, words: WordInfo) -> bool:
    """Whether ``word`` is a verb's base form that is no describing word ("perform",
    "produce"; not "thin", "smooth", "deliberate") and no "-ed" or "-ing" form."""
    return words.is_verb(word) and not words.is_adjective_form(word) \
        and not word.endswith(("ed", "ing"))


def _plainly_adverb(word: str, words: WordInfo) -> bool:
    """Whether ``word`` is an adverb and nothing else a preposition could take or a
    verb could be: "regularly", "often"; not "daily" (a newspaper), "home", "fast"."""
    lower = word.lower()
    return (words.dictionary_lemma(lower, "ADV") is not None and words.noun_lemma(lower) is None
            and not words.is_adjective_form(lower) and not words.is_verb(lower))


def _plainly_noun(word: str, ahead: str, words: WordInfo) -> bool:
    """Whether ``word``, after ``ahead``, is read as a noun: a noun and no verb, or after
    an article or a preposition ("from the sun", "from stars"), not "utilizing"."""
    if words.noun_lemma(word) is None or word.endswith(("ing", "ed")):
        return False
    return not words.is_verb_form(word) \
        or ahead.lower() in NOUN_PHRASE_OPENERS | _AFTER_A_NOUN_PHRASE


# Words that make what follows a part of a clause, not a sentence of its own: "a place
# where the river turns".
_SUBORDINATING = frozenset({"that", "which", "who", "whom", "whose", "where", "when",
                            "while", "if", "because", "as", "so", "until", "whether"})


def _reads_as_a_sentence(clause: str, words: WordInfo,
                        verb_uses: Callable[[str], tuple[int, int]]) -> bool:
    """Whether a noun's gloss ``clause`` is a sentence, a thing and what it does, not
    what the noun is: "the state of the economy declines" (recession). It closes on
    "the"/"a" + a noun + a verb in "-s" that is read as a verb more than as a noun
    (``verb_uses``: its uses as a noun and as a verb), with no word before that makes
    it part of a clause ("a place where the river turns")."""
    tokens = clause.lower().split()
    if len(tokens) < 3 or any(t in _SUBORDINATING for t in tokens):
        return False
    article, noun, verb = tokens[-3:]
    if article not in ("the", "a", "an") or not verb.endswith("s") or verb.endswith("ss"):
        return False
    if words.noun_lemma(noun) != noun or words.is_verb_form(noun) and noun.endswith("s"):
        return False
    lemma = words.dictionary_lemma(verb, "VERB")
    if lemma is None or lemma == verb:
        return False
    as_noun, as_verb = verb_uses(lemma)
    return as_verb > as_noun


# Verbs that, opening a clause after a semicolon, leave it with no subject.
# ("has a pointed blade" still says what a knife has: it stays, as "was" does.)
_SUBJECTLESS_OPENERS = frozenset({"is", "are"})


def without_sentences(gloss: str, words: WordInfo, lexicon: Lexicon) -> str:
    """A noun's ``gloss`` without a clause that is a sentence (`_reads_as_a_sentence`):
    "recession –the state of the economy declines; a widespread decline in..." opened
    with what the economy does, not with what a recession is (QA walk-through). As it
    is when no other clause would be left. A later clause that opens with "is" or "are"
    (`_SUBJECTLESS_OPENERS`) has no subject and goes too ("...source of
    energy for animals; are classified according to...", carbohydrate, QA)."""
    def uses(lemma: str) -> tuple[int, int]:
        return tuple(sum(s.count for s in lexicon.senses(lemma, pos))  # type: ignore[return-value]
                     for pos in ("n", "v"))

    clauses = [c.strip() for c in gloss.split(";")]
    kept = [c for n, c in enumerate(clauses) if not _reads_as_a_sentence(c, words, uses)
            and not (n and c.split(" ", 1)[0] in _SUBJECTLESS_OPENERS)]
    return "; ".join(kept) if kept and len(kept) < len(clauses) else gloss


# What a verb's gloss may stop on, its object left out: "come or go into".
_OBJECT_LEFT_OUT = re.compile(r"\b(?:into|onto|to|with|from|at|on|in|for|of|about)$")
# WordNet's sentence frames whose one object is a person ("Somebody ----s somebody"), and
# those whose one object is a thing ("Somebody ----s something"): not the frames of two
# (`sense_filters.PERSON_OBJECT_FRAMES` has "somebody something" too), after which a
# preposition may stop before either ("teach: impart skills or knowledge to" had lost
# its "someone" with them).
ONE_PERSON_OBJECT_FRAMES = frozenset({9, 10, 17, 18, 20})
ONE_THING_OBJECT_FRAMES = frozenset({8, 11, 21})


def after_its_lead(gloss: str, frames: frozenset[int]) -> str:
    """A broader verb's ``gloss`` as it reads after "a way to enter: ": without its own
    "to", and with the object its preposition stops before said, when the verb's
    sentence ``frames`` say whether it is a person or a thing ("come or go into
    something", not "to come or go into", QA walk-through; "give an education to
    someone")."""
    first, semicolon, rest = gloss.removeprefix("to ").partition(";")
    person, thing = frames & ONE_PERSON_OBJECT_FRAMES, frames & ONE_THING_OBJECT_FRAMES
    if _OBJECT_LEFT_OUT.search(first.rstrip()) and bool(person) != bool(thing):
        first = f"{first.rstrip()} {'someone' if person else 'something'}"
    return first + semicolon + rest


# A modifier's gloss worded as a noun, the thing a word is: "an expression of agreement
# normally occurring at the beginning of a sentence" (all right, OK), "an interjection
# expressing agreement". A learner reads it as the meaning of a noun; VOA says what the
# word is used for ("used to show agreement").
_SAID_AS_A_NOUN = re.compile(
    r"(?:an? )?(?:expression|interjection|exclamation) (?:of|expressing) "
    r"(?P<what>(?:(?!\w+ly\b|\w+ing\b)\w+ ?){1,3}?)(?: (?P<rest>\w+ly\b.*|\w+ing\b.*))?")
# A participle after the thing said, which the use no longer needs: "(normally)
# occurring at the beginning", "(usually) used at the end".
_LEFT_PARTICIPLE = re.compile(r"\b(?:occurring|used|said|found|heard) (?=\w)")


def as_a_use(gloss: str, pos: str) -> str:
    """An adverb's or adjective's ``gloss`` that names an expression of something
    (`_SAID_AS_A_NOUN`) said as a use: "used to show agreement, normally at the
    beginning of a sentence"; else as it is."""
    found = _SAID_AS_A_NOUN.fullmatch(gloss.split(";")[0].strip()) \
        if pos in ("r", "a", "s") else None
    if found is None:
        return gloss
    rest = _LEFT_PARTICIPLE.sub("", found.group("rest") or "").strip()
    said = f"used to show {found.group('what').strip()}"
    later = gloss.partition(";")[2]
    return (f"{said}, {rest}" if rest else said) + (f";{later}" if later else "")
