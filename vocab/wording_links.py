"""A noun's wording that names its act by its own verb ("management –the act of managing
something"), said by what that verb means in the sense WordNet links the noun to: "the act
of being in charge of something". The line alone sends a learner round in a circle, and
the verb's first sense is often another meaning ("manage –succeed in doing"): WordNet's
derivation links say which verb sense the noun is the act of (`Lexicon.linked_senses`).
Likewise a wording that names a noun of the headword's family, by a plainer name of the
noun sense WordNet links the sense to (`family_noun_said_plainly`: "photography –the act of
taking and printing photos"), and a state named by its own adjective, by what the
adjective means (`quality_said_by_its_meaning`: "simplicity –the quality of having few
parts")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from vocab.gloss_text import plain_gloss, without_asides
from vocab.gloss_words import GLOSS_STOPWORDS
from vocab.models import LearnerProfile, Level, Sense
from vocab.noun_phrases import plural_of
from vocab.plainer_words import usually_means
from vocab.word_family import WORD_PATTERN, mentions, mentions_family, same_family
from vocab.wording_ease import EASY_ENOUGH, ease, level_of
from vocab.wording_shape import NOUN_PHRASE_OPENERS, ONE_THING_OBJECT_FRAMES

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo

# Words fewer by which the verb's first sense's wording of the act is plainly shorter
# than the linked sense's, and kept (`definitions`: "prevention –the act of keeping
# something from happening", not "...of stopping someone or something from doing...").
PLAINLY_SHORTER = 3

# "of" and the "-ing" verb closing its phrase, with the object the gloss gives it:
# "the act of managing something", "the activity of protecting someone or something",
# "the act of predicting, as by..." (not "admitting someone to enter": what follows the
# verb there is its own, and the meaning says it again).
_ACT_OF = re.compile(
    r"\bof (?P<verb>[a-z]+ing)"
    r"(?P<object> (?:someone or something|something or someone|something|someone))?"
    r"(?=$|[;,]| \()"
)

# What a verb's wording may end with, its object after it: "be in charge of".
_OBJECT_PREPOSITIONS = frozenset(
    {"of", "to", "for", "with", "on", "at", "from", "into", "about", "upon", "in"}
)
# Verbs whose "to" follows their object: "cause (someone) to suffer".
_CAUSING_VERBS = frozenset({"cause", "force", "allow", "help", "get", "encourage"})
# WordNet's sentence frame "Somebody ----s somebody".
_SOMEONE_OBJECT_FRAME = 9

# What may follow a verb before its object: "set up", "bring into", "keep from".
_PARTICLES = frozenset(
    {
        "up",
        "down",
        "out",
        "off",
        "in",
        "into",
        "on",
        "onto",
        "from",
        "for",
        "with",
        "away",
        "aside",
        "back",
        "over",
        "through",
        "at",
        "about",
        "as",
        "by",
    }
)


def act_said_by_its_verb(
    wording: str,
    sense: Sense,
    headword: str,
    lexicon: Lexicon,
    words: WordInfo,
    profile: LearnerProfile,
    define_verb: Callable[[Sense], str],
) -> str:
    """A noun ``sense``'s ``wording`` that names its act by a verb of the headword's own
    family in "-ing" after "of" ("the act of managing something"), with that verb's
    meaning in the sense WordNet links the noun to, in "-ing" ("the act of being in
    charge of something"). ``define_verb`` words a verb sense (`definitions.define`).
    "" when the wording is not of that kind, WordNet links the noun to no sense of the
    verb, or its meaning names the family too or is hard for the learner."""
    found = _ACT_OF.search(wording)
    if sense.pos != "n" or found is None or " " in headword:
        return ""
    verb = words.dictionary_lemma(found.group("verb"), "VERB") or ""
    # Of the headword's family by its spelling ("store" of "storage"): WordNet links
    # some nouns to verbs of another word too ("exhibition" to "show"), which say it.
    linked = (
        lexicon.linked_senses(sense.synset, headword, verb)
        if verb and verb != found.group("verb") and headword.lower()[:2] == verb[:2]
        else []
    )
    # A verb whose own gloss names it is worded by a stand-in ("refuse –deny to let
    # have"), which reads worse as an act than the verb itself.
    if not linked or mentions(plain_gloss(linked[0]), verb):
        return ""
    meaning = _first_alternative(without_asides(define_verb(linked[0])), words)
    if (
        not meaning
        or mentions_family(meaning, headword)
        or mentions(meaning, verb)
        or mentions_family(meaning, verb)
        or not _readable(meaning, verb, words, profile)
    ):
        return ""
    said = _as_gerund(meaning, found.group("object"), linked[0], words)
    if not said:
        return ""
    return wording[: found.start("verb")] + said + wording[found.end() :]


def _readable(meaning: str, verb: str, words: WordInfo, profile: LearnerProfile) -> bool:
    """Whether the learner reads ``meaning`` well enough to stand for ``verb``: easy
    (`EASY_ENOUGH`), or, for a verb above their level, half known ("transaction –the
    act of conducting business", not "...of transacting", a C2 word)."""
    said = ease(meaning, words, profile)
    return (
        said >= EASY_ENOUGH
        or (level_of(verb, words) or Level.C2) > profile.level
        and said >= HALF_KNOWN
    )


# The share of a meaning's words a learner knows that says more than a verb they do not.
HALF_KNOWN = 0.5


# A part of a verb's wording before its first comma says it alone when this long: "be in
# charge of" of "be in charge of, act on, or dispose of".
MIN_ALTERNATIVE_WORDS = 2


def _first_alternative(meaning: str, words: WordInfo) -> str:
    """A verb's ``meaning`` as one phrase: its first clause, its object in brackets said
    plainly ("stop someone or something from doing..."), and of a comma list of verbs
    sharing one object its first ("be in charge of" of "be in charge of, act on, or
    dispose of"); a list of things stays ("show an attribute, property, or skill")."""
    clause = _BRACKETED_OBJECT.sub(r"\1", meaning.split(";")[0].strip())
    first, comma, after = (part.strip() for part in clause.partition(","))
    # ...and none of what a comma adds after it ("get involved, so as to alter or
    # hinder an action", "take something concrete, as by lifting, ...").
    if (
        comma
        and len(first.split()) >= MIN_ALTERNATIVE_WORDS
        and (
            first.split()[-1] in _OBJECT_PREPOSITIONS
            or after.split(" ", 1)[0] in _ADDED_AFTER_A_COMMA
        )
    ):
        return first
    # A last other verb, alone after "or", which the "-ing" form would leave as it is:
    # "bring onto the market or release" (not a list: "danger, injury, or damage").
    before, joined, last = clause.rpartition(" or ")
    if (
        joined
        and "," not in clause
        and " " not in last
        and words.is_verb(last)
        and len(before.split()) >= MIN_ALTERNATIVE_WORDS + 1
    ):
        return before
    return clause


# The words that open what a comma adds to a verb's meaning, not another of its objects.
_ADDED_AFTER_A_COMMA = frozenset(
    {
        "as",
        "so",
        "or",
        "and",
        "especially",
        "usually",
        "often",
        "in",
        "by",
        "through",
        "with",
        "for",
        "from",
        "such",
    }
)


# A verb gloss's object in brackets: "(someone or something)".
_BRACKETED_OBJECT = re.compile(r"\((some(?:one|thing)(?: or some(?:one|thing))?)\)")


def _as_gerund(meaning: str, given: str | None, verb: Sense, words: WordInfo) -> str:
    """``meaning`` with its first verb in "-ing" and the object the noun's gloss
    ``given`` it ("something"), where the meaning puts one: after a closing
    preposition ("being in charge of something"), else after the verb when it takes a
    thing and has no object of its own ("shielding someone or something from danger");
    "" when the first word is no verb the dictionary has an "-ing" form of."""
    first, _, rest = meaning.partition(" ")
    gerund = ing_form(first, words)
    if not gerund or not words.is_verb(first):
        return ""
    tokens = rest.split()
    if len(tokens) > 1 and tokens[0] in ("or", "and"):
        # "keep or lay aside" is "keeping or laying aside", "watch and direct" "watching
        # and directing"; a second verb left as it is is no English.
        second = ing_form(tokens[1], words)
        if not second or not words.is_verb(tokens[1]):
            return ""
        gerund, tokens = f"{gerund} {tokens[0]} {second}", tokens[2:]
        rest = " ".join(tokens)
    obj = (given or "").strip()
    if first in _CAUSING_VERBS and tokens[:1] == ["to"]:
        # "cause to suffer" is "causing someone to suffer" (persecution), as its frame
        # has it: one does it to someone, or to something.
        doer = "someone" if verb.frames & {_SOMEONE_OBJECT_FRAME} else "something"
        return f"{gerund} {obj or doer} {rest}"
    if tokens and tokens[-1] in _OBJECT_PREPOSITIONS:
        return f"{gerund} {rest} {obj or 'something'}"
    if not obj and verb.frames & ONE_THING_OBJECT_FRAMES:
        obj = "something"
    # The object goes before a particle or preposition ("setting something up for
    # use", "shielding someone from danger"); a meaning with its own object keeps it
    # ("ensuring observance of laws", not "ensuring something observance...").
    if obj and (not tokens or tokens[0] in _PARTICLES):
        return f"{gerund} {obj} {rest}".strip()
    return f"{gerund} {rest}".strip()


def ing_form(verb: str, words: WordInfo) -> str:
    """``verb``'s "-ing" form, the one the dictionary knows among the ways English
    spells it ("keep" -> "keeping", "make" -> "making", "stop" -> "stopping", "tie" ->
    "tying"); "" when it knows none."""
    tried = [f"{verb}ing", f"{verb[:-1]}ing", f"{verb}{verb[-1:]}ing", f"{verb[:-2]}ying"]
    return next((form for form in tried if words.dictionary_lemma(form, "VERB") == verb), "")


def family_noun_said_plainly(wording: str, sense: Sense, headword: str, lexicon: Lexicon,
                             words: WordInfo, profile: LearnerProfile) -> str:
    """A ``wording`` that names a noun of the headword's family, which WordNet links the
    ``sense`` to, with a plainer name of that noun's sense in its place: "photography –the
    act of taking and printing photos", not "...printing photographs", which the glossary
    had left unworded (the raw gloss was shown); "trade –v. engage in the commercial
    exchange of", not "engage in the trade of". The name is the linked sense's commonest
    one-word synonym the learner knows that usually means it (`usually_means`; of the
    family only when every learner knows it, "photo"), else the opening noun phrase of
    its gloss when every word of it is easy ("commercial exchange").
    "" when the wording names no such noun, or no plainer name says it."""
    head = headword.lower()
    if " " in head or sense.pos not in ("n", "v"):
        return ""
    tokens = wording.split(" ")
    said = list(tokens)
    placed: set[str] = set()
    for at, token in enumerate(tokens):
        word = token.lower()
        if not word.isalpha() or word in GLOSS_STOPWORDS or not same_family(word, head):
            continue
        # The headword itself only where a noun phrase opens: "engage in the trade of".
        before = tokens[at - 1].lower() if at else ""
        if word == head and before not in NOUN_PHRASE_OPENERS:
            return ""
        lemma = words.dictionary_lemma(word, "NOUN") or ""
        linked = lexicon.linked_senses(sense.synset, head, lemma) if lemma else []
        linked = [noun for noun in linked if noun.pos == "n"]
        if not linked:
            return ""
        # The one the noun usually has, when WordNet links several ("trade": a deal, or the
        # buying and selling of goods): a gloss uses a word in its usual sense.
        first = lexicon.senses(lemma, "n")[:1]
        noun = first[0] if first and first[0] in linked else linked[0]
        plain = _plain_name(noun, lemma, head, lexicon, words, profile)
        if not plain:
            return ""
        if word != lemma:
            if " " in plain:
                return ""  # "commercial exchanges" of a plural: the phrase's own may differ
            plain = plural_of(plain)
        said[at] = plain
        placed.add(plain)
    joined = " ".join(said)
    left = [word for word in WORD_PATTERN.findall(joined.lower())
            if same_family(word, head) and word not in placed]
    return joined if joined != wording and not left else ""


# The longest opening noun phrase of a gloss taken as a plain name: "commercial exchange".
_MAX_NAME_WORDS = 3


def _plain_name(noun: Sense, lemma: str, head: str, lexicon: Lexicon, words: WordInfo,
                profile: LearnerProfile) -> str:
    """A plainer name of the ``noun`` sense than ``lemma`` (`family_noun_said_plainly`)."""
    synonyms = [
        name
        for name in noun.synonyms
        if name.isalpha()
        and name.islower()
        and name != lemma
        and not mentions(name, head)
        # One of the family only when it is a word every learner knows: "photo".
        and (not same_family(name, head) or level_of(name, words) <= Level.A2)
        and level_of(name, words) <= profile.level
        and usually_means(lexicon, name, noun)
    ]
    if synonyms:
        return max(synonyms, key=lambda name: words.zipf(name, "NOUN"))
    opening = re.split(r" (?:of|that|which|who|in|on|for|to|with)\b|[(,;]", plain_gloss(noun))[0]
    name = opening.strip().split(" ")
    if name and name[0] in ("a", "an", "the"):
        name = name[1:]
    phrase = " ".join(name)
    if (
        not name
        or len(name) > _MAX_NAME_WORDS
        or not all(word.isalpha() for word in name)
        or mentions_family(phrase, head)
        or mentions_family(phrase, lemma)
        or ease(phrase, words, profile) < 1
    ):
        return ""
    return phrase


# A state or quality named by its adjective: "the quality of being humane".
_BEING = re.compile(r"^(?P<lead>the (?:quality|state|condition) of )being (?P<adjective>[a-z]+)"
                    r"(?P<rest>$| or | and |,)")

# The longest meaning of an adjective said in its place.
_MAX_MEANING_WORDS = 8


def quality_said_by_its_meaning(wording: str, sense: Sense, headword: str, lexicon: Lexicon,
                                words: WordInfo, profile: LearnerProfile,
                                define_adjective: Callable[[Sense], str]) -> str:
    """A noun's ``wording`` "the quality (state, condition) of being X", where X is of
    the headword's family or above the learner's level, with what X means in the sense
    WordNet links the noun to in its place: "significance –the quality of being important
    in effect or meaning", not "...of being significant"; "blindness –the state of being
    unable to see". ``define_adjective`` words an adjective sense (`definitions.define`).
    "" when the wording is not of that kind, the adjective is one the learner knows and
    of another word, WordNet links none, or its meaning is long, hard or names the
    headword's family."""
    found = _BEING.match(wording)
    if sense.pos != "n" or found is None or " " in headword:
        return ""
    adjective = found.group("adjective")
    if level_of(adjective, words) <= profile.level and not same_family(adjective, headword):
        return ""
    linked = [s for s in lexicon.linked_senses(sense.synset, headword, adjective)
              if s.pos in ("a", "s")]
    if not linked:
        return ""
    meaning = _first_alternative(without_asides(define_adjective(linked[0])), words)
    first = meaning.split(" ", 1)[0]
    if (not meaning or len(meaning.split()) > _MAX_MEANING_WORDS
            or mentions_family(meaning, headword) or mentions(meaning, adjective)
            or ease(meaning, words, profile) < EASY_ENOUGH
            or first in ("of", "relating", "pertaining", "characteristic")):
        return ""
    # "having the ability to...": the "-ing" form says it after "of" without "being".
    being = "" if first.endswith("ing") and words.is_verb_form(first) else "being "
    return f"{found.group('lead')}{being}{meaning}{wording[found.start('rest'):]}"
