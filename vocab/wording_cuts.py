"""What a definition's wording can do without: a hedge before a describing word, a thing
said two ways, a closing word far above the learner that only adds to an easy one, a
hard describing word, the alternatives of an "or" list the learner cannot read or that
are the headword's own, the Latin names of a living thing's groups, harder remarks, and
what a thing lacks; and what it can say by an aside instead of the hard word before it.
Each step leaves the wording as it is when too little would be left, or it would name
the headword."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vocab.gloss_text import MIN_CLAUSE_WORDS, PLACEHOLDERS, without_remarks
from vocab.gloss_words import GLOSS_STOPWORDS
from vocab.models import LearnerProfile, Sense
from vocab.noun_phrases import ADJECTIVE_ENDINGS, a_or_an, articles_mended
from vocab.word_family import (
    WORD_PATTERN,
    defines_by_itself,
    derived_lemmas,
    mentions_family,
    same_family,
)
from vocab.wording_ease import FAR_ABOVE, MIN_SHORT_CLAUSE_WORDS, ease, level_of
from vocab.wording_shape import VERB_PARTICLES, verb_in_s

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo

# What a thing lacks, said at the end of its definition: "a vessel with a wide mouth and
# without handles" (jar), "a vertical structure standing alone and not supporting
# anything" (pillar). VOA says what a thing is; the rest of the line says it.
_WHAT_IT_LACKS = re.compile(r",? (?:and|but) (?:without|not|no|lacking) [^;()]*$")


def _without_what_it_lacks(wording: str) -> str:
    """``wording``'s first clause without a closing "and without..." (`_WHAT_IT_LACKS`),
    when enough is left (`MIN_CLAUSE_WORDS`)."""
    first, semicolon, rest = wording.partition(";")
    found = _WHAT_IT_LACKS.search(first)
    if found is None or len(first[:found.start()].split()) < MIN_CLAUSE_WORDS:
        return wording
    return first[:found.start()] + semicolon + rest


# Words that only say how far a describing word holds ("a relatively thin expanse", "a
# particularly baffling problem"): VOA's definitions say what a thing is, not how sure.
_HEDGES = frozenset({"relatively", "comparatively", "particularly", "especially",
                     "somewhat", "fairly", "rather"})


def _without_hedges(wording: str, words: WordInfo) -> str:
    """``wording`` without a hedge (`_HEDGES`) before a describing word, its article
    said as that word sounds: "layer –a thin expanse...", "an expensive coat"; one
    before anything else says when or where ("eaten particularly in the morning"), and
    stays. As it is when too little would be left (`MIN_CLAUSE_WORDS`)."""
    tokens = wording.split(" ")
    kept = [token for at, token in enumerate(tokens)
            if token not in _HEDGES or at + 1 == len(tokens)
            or not _describing(tokens[at + 1], words)]
    if len(kept) == len(tokens) or len(kept) < MIN_CLAUSE_WORDS:
        return wording
    return articles_mended(" ".join(kept))


# A qualifier that closes a wording with where, how or why the thing most often is, not
# what it is: "..., especially in the arts", "..., usually by heating", "contaminated
# with harmful substances as a consequence of human activities" (pollution).
_CLOSING_QUALIFIER = re.compile(
    # An example closing it, with no comma after: "..., as to ride on public transportation
    # or to enter a public entertainment" (not "a liquid, such as blood, is slowed").
    r", (?:such as|as to) [^,;()]*$"
    r"|(?:, (?:especially|usually|particularly|typically|often|as in|as for)"
    r"|,? as an? (?:consequence|result) of"
    # ...or with no comma, after the thing it qualifies (not after "or" or "and", where it
    # is one of a list: "a rule or especially body of rules"), before when, where or how:
    # "the part of the body of an animal especially when elongated and extending..."
    r"|(?<! or)(?<! and) (?:especially|usually|particularly|typically|often)"
    r"(?= (?:when|where|if|in|of|for|with|by|from|on|at|as|one|those)\b))"
    r" [^;()]*$")

# An example set off by commas inside a wording: "a person who invites guests to a social
# event, such as a party in his or her own home, and who is responsible for them".
_EXAMPLE_ASIDE = re.compile(r", such as [^,;()]*,(?= (?:and|or|who|that|which)\b)")


def _without_closing_qualifier(wording: str, longest: int, words: WordInfo) -> str:
    """``wording``, when longer than ``longest`` words, without a closing qualifier
    (`_CLOSING_QUALIFIER`): VOA's definitions say what a thing is in a line ("pollution"
    had been 20 words long, where nine in ten of theirs are at most 18). A shorter one
    keeps it ("a large box, especially one made of wood" says which box); so does one
    that would be left too short (`MIN_CLAUSE_WORDS`)."""
    if len(wording.split()) <= longest:
        return wording
    wording = _EXAMPLE_ASIDE.sub("", wording)
    # The first qualifier that leaves enough: "something, such as money, given or received
    # as payment, as for a service or loss" loses its "as for...", not all after "something".
    start = 0
    while (found := _CLOSING_QUALIFIER.search(wording, start)) is not None:
        cut = wording[:found.start()].rstrip(",;")
        last = cut.rsplit(" ", 1)[-1]
        # With no comma, only after a plain word it qualifies: not a participle ("liquid
        # produced usually by oxidation") nor a name a later step takes out ("plants of the
        # family Orchidaceae usually having...").
        after_a_word = wording[found.start()] == "," or last.isalpha() and last.islower() \
            and not (last.endswith(("ed", "ing")) and words.is_verb_form(last))
        if len(cut.split()) >= MIN_CLAUSE_WORDS and after_a_word:
            return cut
        start = found.start() + 1
    return wording


# A relative clause's opening: "signals that can be...", "citizens who can elect...",
# "an ark in which they survived...", "...substances and that singly or...".
_RELATIVE_CLAUSE = re.compile(r"(?P<and>,? and)? (?:in )?(?:that|which|who|whose)\b")
# A hint closing a wording ("(another word for phone)"), kept whatever goes before it.
_CLOSING_HINT = re.compile(r" \((?:another word for|a kind of|[a-z]+:) [^()]*\)$")


def without_second_relative_clause(wording: str, longest: int, words: WordInfo) -> str:
    """``wording``, when one clause longer than ``longest`` words, up to its second
    relative clause: "phone –electronic equipment that converts sound into electrical
    signals", not "...signals that can be transmitted over distances and then converts
    received signals back into sounds" (22 words; nine in ten of VOA's definitions are at
    most 18). The first says what the thing is or does ("that converts"); the second says
    more of a word in it. Only a clause after a noun ("that" after "showing" is no
    relative clause; nor is "such a way that") or joined by "and" to another, with enough
    left (`MIN_CLAUSE_WORDS`); a wording of several clauses is as it is. The wording's
    asides in brackets go with what is cut; a closing hint stays ("(another word for
    phone)")."""
    hint = _CLOSING_HINT.search(wording)
    said = wording[:hint.start()] if hint else wording
    if len(wording.split()) <= longest or ";" in said:
        return wording
    said = re.sub(r" \([^()]*\)", "", said)
    relatives = 0
    for found in _RELATIVE_CLAUSE.finditer(said):
        before = said[:found.start()].split()
        if found.group("and") is None and not (
                before and _noun_before(before[-1], words) and "such" not in before[-3:]):
            continue
        # One joined by "and" is a second: "documentation relating to the operation of a
        # computer system and that are stored in read/write memory". (A participle's
        # phrase alone is no first: "a relatively small body consisting of a frozen mass
        # that travels around the sun" says too little without it.)
        relatives += 2 if found.group("and") else 1
        if relatives >= 2:
            cut = said[:found.start()].rstrip(",")
            if len(cut.split()) < MIN_CLAUSE_WORDS:
                return wording
            return cut + (hint.group(0) if hint else "")
    return wording


def _noun_before(word: str, words: WordInfo) -> bool:
    """Whether a wording's ``word`` is a noun a relative clause after it describes: not a
    verb's past form too ("Protestants who in the 16th century thought that...")."""
    past = (words.dictionary_lemma(word, "VERB") or word) != word and not word.endswith("s")
    return word.isalpha() and word not in GLOSS_STOPWORDS and words.is_noun_form(word) \
        and not past


def _describing(word: str, words: WordInfo) -> bool:
    """Whether a gloss's ``word`` is a describing word or a participle, and no noun
    ("thin", "baffling", "designed")."""
    return word.isalpha() and word.islower() and word not in GLOSS_STOPWORDS \
        and (words.is_adjective_form(word)
             or word.endswith(("ing", "ed")) and words.is_verb_form(word)) \
        and not words.is_noun_form(word)


# Two phrasings of one thing, each a word and its preposition: "full of or characterized
# by", "made of or covered with".
_TWO_PHRASINGS = re.compile(
    r"\b(?P<first>[a-z]+) (?P<p>[a-z]+) or (?P<second>[a-z]+) (?P<q>[a-z]+)\b")


def _said_once(wording: str, words: WordInfo) -> str:
    """``wording`` with a thing it says two ways (`_TWO_PHRASINGS`) said once, by the
    commoner word: "full of loud sounds", not "full of or characterized by loud sounds";
    VOA's definitions say it once. Only two content words, each with a preposition
    (`takes_what_follows`) after it."""
    def once(found: re.Match[str]) -> str:
        first, second = found.group("first"), found.group("second")
        if not (takes_what_follows(found.group("p")) and takes_what_follows(found.group("q"))) \
                or first in GLOSS_STOPWORDS or second in GLOSS_STOPWORDS:
            return found.group(0)
        if words.zipf(second, "X") > words.zipf(first, "X"):
            return f"{second} {found.group('q')}"
        return f"{first} {found.group('p')}"

    return _TWO_PHRASINGS.sub(once, wording)


# A wording's closing word after an easy word it only adds to: a describing word after
# "and" ("make clear and (more) comprehensible"), an adverb after its verb ("listens
# attentively"); a one-word aside in brackets may stand between.
_CLOSING_ADDITION = re.compile(r"(?P<easy>[a-z]+)(?P<added> and(?: \([a-z]+\))? "
                               r"(?P<and>[a-z]+)| (?P<adverb>[a-z]+ly))$")


# Adverbs of degree that open an adjective's describing words ("most important").
_DEGREE_ADVERBS = frozenset({"most", "more", "very", "least", "less"})


def adjective_without_its_noun(wording: str, words: WordInfo) -> str:
    """An adjective's ``wording`` made of an adverb of degree, describing words and a
    closing noun, without the noun: "most important element" names a thing; "most
    important" says "main" in "the main road" (QA). As it is otherwise ("having a
    smooth surface", "provoking horror")."""
    tokens = wording.split(" ")
    *describing, noun = tokens
    if not describing or describing[0] not in _DEGREE_ADVERBS or not all(
            t in _DEGREE_ADVERBS or t.isalpha() and t.islower()
            and words.is_adjective_form(t) and not words.is_noun_form(t)
            for t in describing) or describing[-1] in _DEGREE_ADVERBS:
        return wording
    if not noun.isalpha() or not words.is_noun_form(noun) or words.is_adjective_form(noun):
        return wording
    return " ".join(describing)


def _without_hard_closing_word(wording: str, headword: str, pos: str, words: WordInfo,
                               profile: LearnerProfile) -> str:
    """``wording`` without a closing word far above the learner (`FAR_ABOVE`) that
    only adds to the easy word before it (`_CLOSING_ADDITION`): "clarify –make clear",
    "listener –someone who listens". A describing word joined by "and" to one the
    learner knows says the same thing again; an adverb says how, after a verb that says
    what, when that is the headword's own act ("listens" for "listener"). As it is when
    fewer than two words are left, or the easy word is not one of that kind."""
    found = _CLOSING_ADDITION.search(wording)
    if found is None:
        return wording
    easy, added = found.group("easy"), found.group("and") or found.group("adverb")
    far = profile.level.rank + FAR_ABOVE
    if level_of(added, words).rank < far or level_of(easy, words) > profile.level:
        return wording
    if found.group("and") and not (words.is_adjective_form(easy)
                                   and words.is_adjective_form(added)):
        return wording
    verb = words.dictionary_lemma(easy, "VERB") or ""
    if found.group("adverb") and not (verb and (mentions_family(easy, headword)
                                                or headword.lower().startswith(verb))):
        # Only how the act the headword names is done: "a failure to behave
        # predictably" is no "failure to behave".
        return wording
    left = wording[:found.start("added")].rstrip()
    if len(left.split()) < MIN_SHORT_CLAUSE_WORDS or defines_by_itself(left, headword, pos):
        return wording
    return left


# A wording left with fewer content words than this says too little to lose a
# describing word: "a polygenic illness" is no "an illness".
MIN_CONTENT_WORDS_LEFT = 3
# A describing word made from a word at most this many levels above the learner's is
# read through it, and stays: "viral" (virus), "watery", "triangular" (triangle, B2).
GUESSABLE_FROM = 1
# A describing word that opens so says what its noun is not: "deal with nonsurgical
# techniques" is no "deal with techniques".
_NEGATING_PREFIXES = ("non", "un", "anti")
# Nouns that say nothing without the word describing them: "in readable form".
_NEEDS_DESCRIBING = frozenset({"form", "manner", "way", "fashion", "kind", "sort", "type"})


def _bare_singular(word: str, words: WordInfo) -> bool:
    """Whether ``word`` may be a singular noun, which after a preposition with no article
    needs its describing word ("of indefinite boundary", "in readable form")."""
    return words.is_noun_form(word.lower()) and not word.endswith("s")


def _describes_a_describing_word(word: str) -> bool:
    """Whether ``word`` (a gloss's word) may say how much of the describing word after
    it: "greatly elongated", "highly contagious", "very", "more"."""
    return word.endswith("ly") or word in ("very", "most", "more", "less", "least", "too")


def _without_hard_describing_words(wording: str, pos: str, headword: str, lexicon: Lexicon,
                                   words: WordInfo, profile: LearnerProfile) -> str:
    """``wording`` without the adjectives far above the learner's level (`FAR_ABOVE`)
    that only describe the word after them, when enough is left
    (`MIN_CONTENT_WORDS_LEFT`): "diabetes –a disease characterized by abnormally high
    glucose levels in the blood", not "a polygenic disease..."; "kidney –either of two
    bean-shaped organs that filter wastes...", not "...excretory organs..." (QA
    walk-through). Such a word says what kind, which the rest of the wording says too,
    and the learner cannot read it. A word WordNet has in no other part of speech
    (not "ruminant", a noun too), not in an "or", "and" or "but" list (the alternatives
    are the meaning: "a large but indefinite number") nor after a negation, nor before a
    bare singular after a preposition ("of indefinite boundary"), no negating word
    (`_NEGATING_PREFIXES`), no participle (it tells of a time or a change: "a
    measure warding off impending danger", "carbonated water"), not of the headword's
    family nor made from a word the learner nearly knows (`GUESSABLE_FROM`), directly
    before a content word. Not the first word: a gloss that opens with describing words
    and no article says by them how its thing differs from the noun after them
    ("limbless scaly elongate reptile")."""
    far = profile.level.rank + FAR_ABOVE
    tokens = wording.split(" ")
    kept: list[str] = []
    for at, token in enumerate(tokens):
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        before = kept[-1] if kept else ""
        if _second_of_a_pair(kept, token, following, lexicon, words, profile):
            kept.pop()  # "loud and nonmusical sounds" -> "loud sounds"
            continue
        if not (at > 0 and token.isalpha() and token.islower() and following.isalpha()
                and following.lower() not in GLOSS_STOPWORDS
                and before not in ("and", "or", "but", "not", "no", "never")
                and following not in ("and", "or", "but") and following not in _NEEDS_DESCRIBING
                and not (before in _PREPOSITIONS and _bare_singular(following, words))
                and not before.endswith(",") and not _describes_a_describing_word(before)) \
                or token in GLOSS_STOPWORDS or level_of(token, words).rank < far \
                or token.endswith(("ing", "ed")) or token.startswith(_NEGATING_PREFIXES) \
                or same_family(token, headword.lower()):
            kept.append(token)
            continue
        every = lexicon.senses(token)
        if not every or any(s.pos not in ("a", "s") for s in every) \
                or any(level_of(word, words).rank <= profile.level.rank + GUESSABLE_FROM
                       for word in derived_lemmas(token, lexicon)):
            kept.append(token)
    plain = " ".join(kept)
    content = [w for w in WORD_PATTERN.findall(plain) if w.lower() not in GLOSS_STOPWORDS]
    if plain == wording or len(content) < MIN_CONTENT_WORDS_LEFT \
            or defines_by_itself(plain, headword, pos):
        return wording
    return articles_mended(plain)


def _second_of_a_pair(kept: Sequence[str], token: str, following: str, lexicon: Lexicon,
                      words: WordInfo, profile: LearnerProfile) -> bool:
    """Whether ``token``, after ``kept``, is the second of two describing words joined by
    "and" before a noun, far above the learner (`FAR_ABOVE`) where the first is one they
    know: "noisy –full of loud and nonmusical sounds" reads as "full of loud sounds".
    The easy word says what kind; the hard one adds to it, even when it says what the
    thing is not. Only a word WordNet has as a describing word alone."""
    if len(kept) < 2 or kept[-1] != "and" or not following.isalpha() \
            or following.lower() in GLOSS_STOPWORDS or not words.is_noun_form(following) \
            or not token.isalpha() or not token.islower():
        return False
    first = kept[-2]
    if not _describing(first, words) or level_of(first, words) > profile.level \
            or level_of(token, words).rank < profile.level.rank + FAR_ABOVE:
        return False
    every = lexicon.senses(token)
    return bool(every) and all(s.pos in ("a", "s") for s in every)


# WordNet's name of a genus, a family..., with what joins it: "especially of the phyla
# Annelida and Chaetognatha", "of the genus Quercus".
_SCIENTIFIC_NAME = re.compile(
    r",?\s*(?:(?:especially|chiefly|mainly|usually|often) )?(?:of|in) (?:the )?"
    r"(?:genus|genera|family|families|order|class|subclass|phylum|phyla|subphylum"
    r"|subfamily|suborder|superfamily|division) [A-Z][a-z]+(?:(?:,? and|,? or|,) [A-Z][a-z]+)*")
def _names_its_group(before: str) -> bool:
    """Whether a group's name after ``before`` is what its last word is of: "a member of
    the genus Canis", "any of several species of the family...", not "a tree of the genus
    Quercus"."""
    last = before.split()[-1:]
    return bool(last) and last[0].lower() in _PART_OF_A_GROUP


# Words that say only that a thing is one of a group, which a group's name must follow.
_PART_OF_A_GROUP = frozenset({"member", "members", "species", "kind", "kinds", "type",
                              "types", "variety", "varieties", "any", "one", "some"})


# A clause after the first that says what the thing has or is: "a tree; has acorns" ->
# "a tree that has acorns".
_WHAT_IT_HAS = re.compile(r"^([^;]+); ((?:has|have|is|are|bears|grows|lives) )")


# "a member of the genus Canis", "members of the family Hominidae": a member of a group
# the learner can only read by its Latin name.
_MEMBER_OF_A_NAMED_GROUP = re.compile(
    r"\b(?:an? )?(?P<member>members?) of (?:the )?(?:genus|family|order|class|subfamily"
    r"|suborder|superfamily) [A-Z][a-z]+\b(?!,? (?:and|or) [A-Z])")
# A living thing's WordNet field and the learner's word for everything in it.
_FIELD_WORDS = {"noun.animal": "animal", "noun.plant": "plant"}


def member_as_its_kind(wording: str, lexname: str) -> str:
    """``wording`` with a member of a group named in Latin said as what everything in the
    sense's field is: "dog –an animal that has been domesticated...", not "a member of
    the genus Canis that..."; as it is for a sense of another field."""
    kind = _FIELD_WORDS.get(lexname)
    if kind is None:
        return wording

    def said(found: re.Match[str]) -> str:
        plural = found.group("member") == "members"
        if plural:
            return found.group(0)[:found.start("member") - found.start()] + kind + "s"
        article = found.group(0)[:found.start("member") - found.start()]
        return (f"{a_or_an(kind, capital=False)} " if article else "") + kind

    return _MEMBER_OF_A_NAMED_GROUP.sub(said, wording)


def _without_scientific_names(wording: str) -> str:
    """``wording`` without the Latin names of the groups a living thing belongs to (a
    learner reads nothing in them), when enough is left (`MIN_CLAUSE_WORDS`): "any of
    numerous relatively small elongated soft-bodied animals" (worm); a first clause that
    ended with them joined by "that" to a next one that says what it has or is ("a
    deciduous tree that has acorns and lobed leaves", oak). As it is when too little is
    left ("a plant of the genus Trifolium")."""
    plain = _SCIENTIFIC_NAME.sub(
        lambda found: found.group(0) if _names_its_group(wording[:found.start()])
        else "", wording).strip()
    if plain == wording:
        return wording
    joined = _WHAT_IT_HAS.match(plain)
    if joined and _SCIENTIFIC_NAME.search(wording.split(";")[0] + ";"):
        plain = f"{joined.group(1)} that {plain[joined.start(2):]}"
    first = plain.split(";")[0]
    return plain if len(first.split()) >= MIN_CLAUSE_WORDS else wording


# "by the isles of Langerhans" before what says where: a part named after a person.
_NAMED_PART = re.compile(r" (?:by|of|in|from|at|on) the [a-z]+(?: [a-z]+)? of "
                         r"(?P<name>[A-Z][a-z]+)(?= (?:in|on|of|at|from|into|within) )")


def without_hard_named_parts(wording: str, lexicon: Lexicon, words: WordInfo,
                             profile: LearnerProfile) -> str:
    """``wording`` without a part named after a person far above the learner's level
    (`FAR_ABOVE`) when a phrase after it still says where: "insulin –a hormone secreted
    in the pancreas", not "...by the isles of Langerhans in the pancreas" (QA). A name
    they know stays ("built by the people of London in the hills"), and a place's:
    "located in the southeastern corner of Queensland on the Pacific" says where it is."""
    far = profile.level.rank + FAR_ABOVE

    def hard(name: str) -> bool:
        return level_of(name, words).rank >= far and not any(
            sense.lexname == "noun.location" for sense in lexicon.senses(name.lower(), "n"))

    return _NAMED_PART.sub(lambda found: "" if hard(found.group("name")) else found.group(0),
                           wording)


# What a hard noun before "of" may name only to say "some" or "many" of what follows:
# "an assortment of", "a multitude of".
_GROUPS = frozenset({"group.n.01", "large_indefinite_quantity.n.01"})
_GROUP_LEVELS = 4
_A_GROUP_OF = re.compile(
    r"\b(?:a|an) (?P<describing>(?:[a-z]+ ){0,2})(?P<noun>[a-z]+) of (?=[a-z])")


def without_hard_group_nouns(wording: str, lexicon: Lexicon, words: WordInfo,
                             profile: LearnerProfile) -> str:
    """``wording`` without "a ... of" around a noun far above the learner's level
    (`FAR_ABOVE`) that names a group or a quantity (its first sense is one, up to
    `_GROUP_LEVELS` up), with the describing words before it: "mixed –consisting of
    different kinds", not "consisting of a haphazard assortment of different kinds" (QA).
    What follows "of" is what the thing is; the group's name only says there are
    several. One opening the wording is what the thing is, and stays ("combination –an
    assemblage of separate parts"). As it is when too little would be left."""
    far = profile.level.rank + FAR_ABOVE

    def group(noun: str) -> bool:
        above = lexicon.senses(noun, "n")[:1]
        kind = above[0] if above else None
        for _ in range(_GROUP_LEVELS):
            kind = lexicon.broader(kind.synset) if kind is not None else None
            if kind is None:
                return False
            if kind.synset in _GROUPS:
                return True
        return False

    def cut(found: re.Match[str]) -> str:
        describing = found.group("describing").split()
        noun = found.group("noun")
        if found.start() == 0 or noun in GLOSS_STOPWORDS or level_of(noun, words).rank < far \
                or any(word in GLOSS_STOPWORDS for word in describing) or not group(noun):
            return found.group(0)
        return ""

    plain = _A_GROUP_OF.sub(cut, wording)
    return plain if len(plain.split()) >= MIN_CLAUSE_WORDS else wording


# "; for e.g. swimmers or lines of traffic" (lane): "for" with a Latin "for example".
_FOR_EXAMPLE = re.compile(r";? for e\.g\.,? ")


def for_said_plainly(wording: str) -> str:
    """``wording`` with WordNet's "for e.g." (no English) said as "for", joined to what
    it is for: "a narrow path for runners or horses", not "a narrow path; for e.g.
    runners or horses" (lane, QA)."""
    return _FOR_EXAMPLE.sub(" for ", wording)


def _without_harder_remarks(wording: str, headword: str, words: WordInfo,
                            profile: LearnerProfile) -> str:
    """``wording`` without its remarks in parentheses when it reads easier so: "tent –a
    portable shelter", not "... (usually of canvas stretched over supporting poles
    and fastened to the ground with ropes and pegs)" (QA walk-through); "the state of
    owing something (especially money)" keeps its money."""
    plainer = without_remarks(wording)
    if plainer == wording or len(plainer.split()) < MIN_CLAUSE_WORDS \
            or mentions_family(plainer, headword):
        return wording
    easier = round(ease(plainer, words, profile), 2) > round(ease(wording, words, profile), 2)
    return plainer if easier else wording


_ASIDE_OF_ITS_WORD = re.compile(
    r"\b(?P<word>[a-z]+) \((?P<said>[a-z]+(?:,? (?:or|and) [a-z]+|, [a-z]+){1,3})\)")


def _aside_for_its_word(wording: str, headword: str, words: WordInfo,
                        profile: LearnerProfile) -> str:
    """``wording`` with a noun followed by an aside that names the things it is said by
    them: "instrumentalities (tools or implements) made of metal" (hardware) is "tools
    or implements made of metal"; the aside had gone and the hard word stayed (QA
    walk-through). Only for a word far above the learner (`FAR_ABOVE`) or of the
    headword's family ("planting –a collection of trees or shrubs or flowers in a
    particular area", not "...of plants (plants: buildings for...)"): the aside lists
    what the word covers, and one of its names could be cut from the list ("fluids
    (liquids or gases)" is no "gases"); only nouns, as many as the word says, never
    describing words ("objects (stationary or moving)"). As it is when there is no
    such aside ("(as tanks or missiles)")."""
    def said(match: re.Match[str]) -> str:
        word = match.group("word")
        names = re.split(r",? (?:or|and) |, ", match.group("said"))
        plural = words.noun_lemma(word) not in (None, word)
        if level_of(word, words).rank < profile.level.rank + FAR_ABOVE \
                and not mentions_family(word, headword) or words.noun_lemma(word) is None or any(
                name in GLOSS_STOPWORDS or words.noun_lemma(name) is None
                or words.is_adjective_form(name) or name.endswith(("ing", "ed"))
                or (words.noun_lemma(name) != name) != plural for name in names):
            return match.group(0)
        return match.group("said")

    return articles_mended(_ASIDE_OF_ITS_WORD.sub(said, wording))


def _without_own_alternative(wording: str, headword: str, pos: str) -> str:
    """``wording`` without a one-word alternative of its headword's family that it
    offers beside another word ("training or instruction" -> "instruction", "traced or
    tracked" -> "tracked", "a curl, curve, or kink" -> "a curl, curve"), else as it
    is. Not where the other word is of another kind ("Libya or its people", "biology or
    to life", "an uncommon or superlative quality", "ventilation or involving"), nor,
    for a modifier, where it is not a participle: the noun an adjective is made from is
    its meaning ("observational: relying on observation or experiment" is no "relying on
    experiment").
    """
    listed = _COMMA_LIST.sub(lambda found: _without_own_item(found, headword), wording)
    if listed != wording and not mentions_family(listed, headword):
        return listed
    modifier = pos in ("a", "s", "r")
    words = wording.split(" ")
    for at in range(1, len(words) - 1):
        if words[at] != "or":
            continue
        first, second = words[at - 1].rstrip(","), words[at + 1].rstrip(",;)")
        if modifier and not first.endswith("ed"):
            continue
        if _kinds_of_a_noun(first, second, words[at + 2] if at + 2 < len(words) else ""):
            continue
        if mentions_family(first, headword) and _alike(first, second, words[at - 2]
                                                       if at > 1 else ""):
            del words[at - 1:at + 1]
            break
        if mentions_family(second, headword) and first.lower() in GLOSS_STOPWORDS \
                and at + 2 < len(words) and words[at + 2] == first:
            # A verb and its particle on each side ("tends to or attends to the needs"):
            # the alternative goes with its particle, not leaving "tends to to".
            del words[at:at + 3]
            break
        if first.lower() in GLOSS_STOPWORDS and at + 2 < len(words) \
                and words[at + 2].lower() in _PREPOSITIONS | VERB_PARTICLES:
            continue  # "looks after or watches over the garden": no one word to cut
        if mentions_family(second, headword) and not mentions_family(first, headword) \
                and second == words[at + 1].rstrip(")"):
            # A bracket the alternative closed stays: "(seeds, seedlings, or plants)".
            words[at - 1] = first + words[at + 1][len(second):]
            del words[at:at + 2]
            break
    left = " ".join(words)
    return wording if mentions_family(left, headword) else left


# A list of three or more single words: "soiled, filthy, or dirty", "support, aid, or
# courage".
_COMMA_LIST = re.compile(r"\b[a-z]+(?:, [a-z]+)+,? (?:or|and) [a-z]+\b")


def _without_own_item(found: re.Match[str], headword: str) -> str:
    """A comma list (`_COMMA_LIST`) without its one item of the headword's family, two
    left joined by its "or" or "and" alone: "make soiled, filthy, or dirty" (soil) is
    "make filthy or dirty". As it is when no item, or more than one, is the headword's."""
    after = WORD_PATTERN.findall(found.string[found.end():])[:1]
    opened = found.string[:found.start()]
    if after and after[0].lower() not in GLOSS_STOPWORDS or opened.count("(") > opened.count(")") \
            or not WORD_PATTERN.search(opened.rsplit(";", 1)[-1]):
        # "electrical, gas, or telephone lines"; a list in brackets gives examples; one
        # that opens its clause is the sense's names ("move, travel, or proceed")
        return found.group(0)
    items = re.split(r",? (?:or|and) |, ", found.group(0))
    joined = re.search(r" (or|and) ", found.group(0))
    own = [item for item in items if mentions_family(item, headword)]
    if len(own) != 1 or joined is None or len(items) < 3:
        return found.group(0)
    left = [item for item in items if item not in own]
    if len(left) == 2:
        return f"{left[0]} {joined.group(1)} {left[1]}"
    return f"{', '.join(left[:-1])}, {joined.group(1)} {left[-1]}"


_BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being"})


def _without_hard_alternatives(wording: str, words: WordInfo, profile: LearnerProfile,
                               *, only_far: bool = False) -> str:
    """``wording`` without the alternatives of an "X or Y or Z" list that the learner
    cannot read, while one they can stays: "causing or fraught with or showing anxiety"
    -> "causing or showing anxiety", "natural or synthetic fibers" -> "natural fibers"
    (QA walk-through). An alternative inside the list is what stands between two "or"s
    (a word and its preposition: "fraught with"); one at an end is one word alike the
    word across its "or" (`_alike`: not "an unvarying or habitual" -> "an habitual").
    Not after "either" or "whether", whose "or" needs both. With ``only_far``, only
    alternatives far above the learner (`FAR_ABOVE`) go: "a thin expanse or region" ->
    "a thin region", in a wording easy enough to be kept as it is otherwise."""
    tokens = wording.split(" ")
    above = FAR_ABOVE - 1 if only_far else 0

    def hard(item: Sequence[str], above: int = 0) -> bool:
        return any(level_of(w.lower(), words).rank > profile.level.rank + above
                   for w in item if w.isalpha() and w.lower() not in GLOSS_STOPWORDS)

    def plain_word(word: str) -> bool:
        return word.isalpha() and word.lower() not in GLOSS_STOPWORDS

    ors = [at for at, token in enumerate(tokens) if token == "or"]
    if not ors or any(t.lower() in ("either", "whether") for t in tokens[:ors[0]]):
        return wording
    # The "or"s of one list, and what stands between them.
    chains: list[list[int]] = [[ors[0]]]
    for first, second in itertools.pairwise(ors):
        item = tokens[first + 1:second]
        if 0 < len(item) <= MAX_ALTERNATIVE_WORDS and plain_word(item[0]) \
                and all(t.isalpha() and (n == 0 or t.lower() in GLOSS_STOPWORDS)
                        for n, t in enumerate(item)):
            chains[-1].append(second)
        else:
            chains.append([second])
    drop: set[int] = set()
    for chain in chains:
        start, end = chain[0], chain[-1]
        opened = " ".join(tokens[:start])
        if start == 0 or end + 1 >= len(tokens) or opened.count("(") > opened.count(")") \
                or "etc" in tokens[end + 1:end + 3]:
            continue  # a list in brackets or before "etc" gives examples: "(silk or nylon)"
        # Each alternative as the places of its words: one before the first "or", what
        # stands between two, one after the last.
        items = [[start - 1], *(list(range(first + 1, second))
                                for first, second in itertools.pairwise(chain)), [end + 1]]
        before, after = tokens[start - 1], tokens[end + 1]
        ahead = tokens[start - 2] if start > 1 else ""
        # The last one may describe the noun after it: "natural or synthetic fibers" ->
        # "natural fibers", never "emotions or perceptual stimuli" -> "emotions stimuli".
        following = tokens[end + 2].strip("(),;:.") if end + 2 < len(tokens) else ""
        noun_before = plain_word(following) and words.is_noun_form(before.lower()) \
            and not before.lower().endswith(ADJECTIVE_ENDINGS)
        # Far above the learner in an easy wording, only a thing goes: describing words
        # are the meaning ("a new or pathogenic illness").
        gone = [hard([tokens[at] for at in item], above)
                and not (only_far and _describing(tokens[item[0]], words)) for item in items]
        # A verb of two words left alone after its one-word alternative went is read in
        # its usual meaning: "afford –be able to give up" (quit) was "be able to spare
        # or give up" (sweep).
        phrasal = len(items) == 2 and following.lower() in VERB_PARTICLES \
            and words.is_verb_form(after.lower())
        # The word after "be" is what "be" says: without it, "be" stands before the next
        # alternative, a verb's base ("to participate or be take part", invitation, QA).
        across_first = tokens[items[1][0]].lower()
        be_verb = ahead.lower() in _BE_FORMS \
            and words.dictionary_lemma(across_first, "VERB") == across_first \
            and not words.is_adjective_form(across_first)  # "be superior or better"
        # A noun a preposition takes is no alternative of a verb its "to" follows: "put
        # in motion or move to act" is no "put in move to act" (activate, sweep).
        verb_across = ahead.lower() in _PREPOSITIONS and len(items) == 2 \
            and following.lower() == "to" and words.is_verb(across_first)
        gone[0] = gone[0] and plain_word(before) and not phrasal and not be_verb \
            and not verb_across and _alike(before, tokens[items[1][0]], ahead, words)
        # "be silly or tease one another": a verb's object after the last, which the
        # word across its "or" cannot take (no verb, no preposition of its own: "of or
        # characteristic of or inhabiting a colony"), ties the two ("be silly one
        # another", sweep).
        across = tokens[items[-2][0]]
        object_after = following.lower() in _OBJECT_OPENERS and len(items[-2]) == 1 \
            and plain_word(across) \
            and not words.is_verb_form(across.lower())
        gone[-1] = gone[-1] and plain_word(after) and not noun_before and not object_after \
            and _alike(after, tokens[items[-2][0]], ahead, words) \
            and not takes_what_follows(following)
        kept = [item for item, out in zip(items, gone, strict=True) if not out]
        if not kept or all(hard([tokens[at] for at in item]) for item in kept):
            continue  # one the learner can read stays
        if _manners_remark(tokens, start, end, items) and any(gone):
            # "break down, literally or metaphorically" says both; one of them is the
            # opposite ("break down, literally", QA walk-through): the remark goes whole.
            tokens[start - 2] = tokens[start - 2].removesuffix(",")
            drop |= set(range(start - 1, end + 2))
            continue
        drop |= set(range(start - 1, end + 2)) - {at for item in kept for at in item}
        # The "or"s between what is kept stay: one before each alternative but the first.
        drop -= {item[0] - 1 for item in kept[1:]}
    if not drop:
        return wording
    return " ".join(token for at, token in enumerate(tokens) if at not in drop)


def _manners_remark(tokens: Sequence[str], start: int, end: int,
                    items: Sequence[Sequence[int]]) -> bool:
    """Whether the "or" list from ``start`` to ``end`` of ``tokens`` is a remark of
    manners closing the wording after a comma: ", literally or metaphorically"."""
    return start >= 2 and tokens[start - 2].endswith(",") and end + 2 == len(tokens) \
        and all(len(item) == 1 and tokens[item[0]].endswith("ly") for item in items)


# What opens a verb's object: "tease one another", "hurt someone".
_OBJECT_OPENERS = frozenset({"one", "someone", "somebody", "something", "oneself", "each",
                             "them", "him", "her", "it", "the", "a", "an"})


# An alternative between two "or"s is a word, or a word and its preposition ("fraught
# with"); longer, it is a clause of its own.
MAX_ALTERNATIVE_WORDS = 2


# Words after a list's last alternative that may be its own: "to do or give or refrain
# from something" is no "to do or give from something" (audit).
_PREPOSITIONS = frozenset({"about", "at", "by", "for", "from", "in", "into", "of", "on",
                           "onto", "over", "to", "upon", "with"})


def takes_what_follows(following: str) -> bool:
    """Whether the word after the last alternative of an "or" list may be its own,
    and would stay when it went: a preposition ("refrain from something")."""
    return following.lower() in _PREPOSITIONS


def _kinds_of_a_noun(first: str, second: str, after: str) -> bool:
    """Whether "``first`` or ``second``" are two modifiers of the noun ``after``, one an
    adjective: "electrical or telephone lines" (electrician) are two kinds of line, and
    one left out is another trade, not the same meaning said without the headword."""
    return (any(w.lower().endswith(ADJECTIVE_ENDINGS) for w in (first, second))
            and after.isalpha() and after.lower() not in GLOSS_STOPWORDS)


def _alike(word: str, other: str, before: str, words: WordInfo | None = None) -> bool:
    """Whether ``other`` may stand where ``word`` stood after ``before``: a content word,
    not of ``word``'s family, no participle unless ``word`` is one, taking the same
    article; with ``words``, no verb's "-s" form that is no noun ("gives") for a word
    that is no verb."""
    if other.lower() in GLOSS_STOPWORDS or not other.isalpha() or same_family(
            other.lower(), word.lower()):
        return False
    if other.endswith(("ed", "ing")) and not word.endswith(("ed", "ing")):
        return False
    if words is not None and any(verb_in_s(a, words) and not words.is_noun_form(a)
                                 and not words.is_verb_form(b)
                                 for a, b in ((word, other), (other, word))):
        # "conducts lawsuits or gives legal advice": a thing has no verb for an
        # alternative; the verb's "or" joins what follows it too ("conducts gives legal
        # advice", sweep).
        return False
    vowel = "aeiou"
    return before.lower() not in ("a", "an") or (word[0] in vowel) == (other[0] in vowel)


# An aside in brackets that gives another name or more of the same ("(or recurrence)",
# "(and the largest city in Canada)"), or a remark on the thing ("(usually fresh)",
# "(especially money)", "(such as a party)", "(including fishes and birds)").
_ASIDE = re.compile(r"\s*\((?P<inside>(?P<opener>or|and|usually|often|sometimes|especially"
                    r"|mainly|chiefly|mostly|typically|generally|such as|as|including)"
                    r"\b[^()]*)\)")


# A remark of one describing word before the noun it describes: "a large (usually
# metallic) vessel", "a body of (usually fresh) water".
_REMARK_BEFORE_A_NOUN = re.compile(
    r"\((?P<inside>(?:usually|often|sometimes|especially|mainly|chiefly|mostly|typically"
    r"|generally) [a-z-]+)\) (?P<noun>[a-z]+)\b(?! (?:of|or|and)\b)")
# What opens an example: "(as the weather)", "(such as sheep)", "(especially oxygen)".
_EXAMPLE_OPENERS = frozenset({"as", "such as", "including", "especially"})
# ...and what opens no example after it, but a manner or a time ("(as of a play)",
# "(as if ...)", "(especially when struggling)"): inside a phrase, it goes.
_NO_EXAMPLE = frozenset({"of", "in", "if", "when", "by", "for", "to", "with", "on", "at",
                         "from", "though", "where", "while", "after", "before", "during"})
# Words of a remark on how a word is used, not on what it means.
_USAGE_WORDS = frozenset({"used", "plural", "singular", "expressed", "intensify", "ironically"})


def _asides_as_prose(wording: str, pos: str, words: WordInfo) -> str:
    """``wording`` without brackets where VOA would have none. Another name or an
    addition ("(or ...)", "(and ...)") goes, as does a remark inside a phrase ("a crisis
    (usually involving danger) that requires..."); but an example there is said between
    commas ("how something, such as the weather, will develop"), and a describing word
    after its noun ("a body of water, usually fresh, surrounded by land"). A remark
    closing a clause is said after a comma, which keeps what it says ("the state of
    owing something, especially money"). A verb's brackets hold its object ("forbid the
    distribution of (a movie or a newspaper)"), and one that names a placeholder is part
    of the sentence: both stay. As it is when too little would be left
    (`MIN_CLAUSE_WORDS`)."""
    if pos == "v":
        return wording

    def said(found: re.Match[str]) -> str:
        inside = found.group("inside")
        if PLACEHOLDERS.intersection(inside.lower().split()):
            return found.group(0)
        rest = found.string[found.end():].lstrip()
        closing = not rest or rest[0] in ";)"
        alone = found.string[:found.start()].rstrip().endswith(";")
        opener = found.group("opener")
        if opener in ("or", "and") or alone \
                or _USAGE_WORDS.intersection(WORD_PATTERN.findall(inside.lower())):
            # ...and one alone in its clause or on how the word is used ("(often used
            # ironically)", "(usually plural)"), which says nothing of the meaning
            return ""
        if closing:
            return f", {inside}"
        named = inside[len(opener):].split()[:1]
        before = WORD_PATTERN.findall(found.string[:found.start()].lower())
        named_words = WORD_PATTERN.findall(inside.lower()[len(opener):])
        if not named_words or named_words[-1] in before:
            # "the sap of trees (especially trees)", "lack of ability (especially mental
            # ability)" name nothing new
            return ""
        if opener in _EXAMPLE_OPENERS and named and named[0].lower() not in _NO_EXAMPLE:
            # An example inside a phrase is said between commas: "a prediction about how
            # something, such as the weather, will develop" needs its weather.
            return f", {'such ' if opener == 'as' else ''}{inside},"
        return ""

    def after_its_noun(found: re.Match[str]) -> str:
        describing, noun = found.group("inside").split()[-1], found.group("noun")
        if not (words.is_adjective_form(describing) or "-" in describing  # "ill-defined"
                or _describing(describing, words)) or noun in GLOSS_STOPWORDS \
                or words.noun_lemma(noun) is None \
                or words.is_adjective_form(noun):
            return found.group(0)
        rest = found.string[found.end():]
        comma = "" if not rest.strip() or rest.lstrip()[0] in ";,)" else ","
        return f"{found.group('noun')}, {found.group('inside')}{comma}"

    plain = _ASIDE.sub(said, _REMARK_BEFORE_A_NOUN.sub(after_its_noun, wording)).rstrip(" ;")
    if plain == wording or any(len(clause.split()) < MIN_CLAUSE_WORDS
                               for clause in plain.split(";")):
        return wording
    return plain.replace(",,", ",")


# What a thing is made of, as a pair of one word each side, no longer list: "consisting
# of humus and disintegrated rock" (not "composed of sand and gravel and cement").
_PAIR = re.compile(r"\b(?:consisting|composed|made) (?:of|from) ([a-z]+) (and|or) ([a-z]+)\b"
                   r"(?! (?:and|or)\b)(?!,)")


def without_its_own_kinds(wording: str, sense: Sense, lexicon: Lexicon, words: WordInfo,
                          profile: LearnerProfile) -> str:
    """A noun's ``wording`` without a word of the pair it is made of far above the learner
    whose first meaning WordNet files as a kind of the very sense defined, when the
    pair's other word is none: "soil –the part of the earth's surface consisting of
    disintegrated rock", not "...of humus and disintegrated rock" (humus: "the organic
    component of soil"). A learner who must look up the headword cannot know what is a
    kind of it. Not a pair of two such kinds: each says half of it. Only what a thing is
    made of: elsewhere a pair says a thing two ways ("the degree of hotness or
    coldness", temperature), and one way is half of it (sweep). As it is when no such
    word is there."""
    if sense.pos != "n":
        return wording

    def its_kind(word: str) -> bool:
        first = lexicon.senses(words.noun_lemma(word) or word, "n")[:1]
        broader = lexicon.broader(first[0].synset) if first else None
        return broader is not None and broader.synset == sense.synset

    far = profile.level.rank + FAR_ABOVE
    for found in _PAIR.finditer(wording):
        first, second = found.group(1), found.group(3)
        if first in GLOSS_STOPWORDS or second in GLOSS_STOPWORDS:
            continue
        for word, kept in ((first, second), (second, first)):
            if level_of(word, words).rank >= far and its_kind(word) and not its_kind(kept):
                return wording[:found.start(1)] + kept + wording[found.end():]
    return wording
