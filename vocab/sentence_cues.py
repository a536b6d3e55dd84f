"""What a word's sentence says about how the word is used, read from the tags around
it: its subject, whether a "to" + verb follows, whether it is counted, listed, said
by a speaker or names something. The sense chooser (`vocab.senses`) weighs WordNet's
senses with these; the candidates and word details read some of them too."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from vocab.closed_class import BE_FORMS, DO_FORMS, HAVE_FORMS, INDEFINITE_PRONOUNS, LIST_LINKS
from vocab.models import Token
from vocab.verb_objects import verb_before

# The tags of a verb with a subject of its own: not "fans cheering", "fans cheered by".
FINITE_VERB_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ"})
# Subject pronouns `is_person` reads: "she", "he", "I", "we" are people, "it" a thing.
SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "it"})
# Verbs that report what someone said: their subject is a speaker (`names_a_speaker`).
_SPEECH_VERBS = frozenset({"say", "tell", "report", "announce", "claim", "warn",
                           "explain", "argue", "insist", "confirm", "deny", "state"})


def used_as_pronoun(tokens: Sequence[Token], index: int) -> bool:
    """Whether the token is an indefinite pronoun used as one ("Nobody came"), not as a
    noun after a determiner or an adjective ("a nobody", "a real somebody")."""
    if tokens[index].text.lower() not in INDEFINITE_PRONOUNS:
        return False
    before = tokens[index - 1] if index else None
    return (before is None or before.sentence != tokens[index].sentence
            or before.pos not in {"DT", "JJ", "PRP$"})


def list_mates(tokens: Sequence[Token], index: int) -> list[int]:
    """The other common nouns of the list the noun at ``index`` is in: nouns side by
    side with it, each two apart by a comma or "and"/"or" ("farmers, bakers, builders
    and children"); [] when it is in none."""
    sentence = tokens[index].sentence

    def joined(at: int, step: int) -> list[int]:
        found = []
        while 0 <= at + 2 * step < len(tokens):
            other = at + 2 * step
            link, noun = tokens[at + step], tokens[other]
            if noun.sentence != sentence or link.text.lower() not in LIST_LINKS \
                    or noun.upos != "NOUN" or noun.proper_noun:
                break
            found.append(other)
            at = other
        return found

    return joined(index, -1)[::-1] + joined(index, 1)


def before_infinitive(tokens: Sequence[Token], index: int) -> bool:
    """Whether the verb at ``index`` is followed by "to" and a bare verb, perhaps with
    an adverb between them ("aims to closely study")."""
    verb = tokens[index]
    if not verb.pos.startswith("VB") or index + 2 >= len(tokens):
        return False
    to, after = tokens[index + 1], tokens[index + 2]
    if after.pos == "RB" and index + 3 < len(tokens):
        after = tokens[index + 3]
    return (to.pos == "TO" and after.pos == "VB"
            and to.sentence == after.sentence == verb.sentence)


def adjective_before_infinitive(tokens: Sequence[Token], index: int) -> bool | None:
    """Whether the adjective at ``index`` is followed by "to" and a bare verb ("anxious
    to leave"); None for a word that is no adjective here."""
    if not tokens[index].pos.startswith("JJ"):
        return None
    adjective = tokens[index]
    to, after = tokens[index + 1:index + 2], tokens[index + 2:index + 3]
    return bool(to and after and to[0].pos == "TO" and after[0].pos == "VB"
                and to[0].sentence == after[0].sentence == adjective.sentence)


def preposition_after(tokens: Sequence[Token], index: int) -> str:
    """The preposition right after the word at ``index`` in its sentence, in lower case
    ("curious about", "depends on"); "" for none."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.sentence != tokens[index].sentence or after.upos != "ADP":
        return ""
    return after.text.lower()


# What Penn tags IN after a verb but is none of the prepositions a verb takes.
_NOT_TAKEN = frozenset({"that", "after", "before", "during", "until", "since"})


def taken_preposition(tokens: Sequence[Token], index: int) -> str:
    """The preposition right after the adjective or verb at ``index`` that may be the
    one its sense takes ("curious about", "consist of"); not "that", which opens a
    clause ("I know that"), nor one of time, which opens a phrase of when ("tumbled
    after the plane hit it"), nor a passive's "by", which names the doer ("perturbed by
    the news"). Not after a noun: "a place for a picnic" is no sign of the sense whose
    example has "for" ("the place for ambitious young people")."""
    token = tokens[index]
    if token.upos not in ("ADJ", "VERB"):
        return ""
    preposition = preposition_after(tokens, index)
    if preposition in _NOT_TAKEN or preposition == "by" and token.pos == "VBN":
        return ""
    return preposition


def names_a_speaker(tokens: Sequence[Token], index: int) -> bool:
    """Whether the noun at ``index`` is followed by a verb of saying, perhaps after a
    name ("the state broadcaster CCTV said", "a presidential aide Yuri Ushakov said")."""
    noun = tokens[index]
    if noun.upos != "NOUN":
        return False
    for at in range(index + 1, len(tokens)):  # not a slice: it copied the rest of the text
        after = tokens[at]
        if after.sentence != noun.sentence:
            return False
        if not after.proper_noun:
            return after.pos.startswith("VB") and after.lemma.lower() in _SPEECH_VERBS
    return False


def names_a_named(tokens: Sequence[Token], index: int) -> bool:
    """Whether the noun at ``index`` stands before a name it is the kind of ("a survey
    for the broadcaster ZDF", "the singer Adele"): what bears a name is a person or a
    group, not the seed spreader WordNet also calls a broadcaster (QA walk-through)."""
    noun = tokens[index]
    if noun.upos != "NOUN" or noun.proper_noun or index + 1 >= len(tokens):
        return False
    name = tokens[index + 1]
    return (name.proper_noun and name.sentence == noun.sentence
            and name.text.lower() not in _CALENDAR_NAMES)


# Names of days and months follow nouns as dates, not as what the noun is called: "the
# market Monday", "sales March".
_CALENDAR_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
})


def habitual_used_to(tokens: Sequence[Token], index: int) -> bool:
    """Whether the token is the "used to" of a past habit ("people used to think", "they
    didn't use to live here"), not a passive "use" ("it was used to build a school")."""
    token = tokens[index]
    surface = token.text.lower()
    if token.lemma.lower() != "use" or not before_infinitive(tokens, index):
        return False
    helper = verb_before(tokens, index)
    if surface == "used":
        return helper not in {"be", "get"}
    return surface == "use" and helper == "do"


def accustomed_used_to(tokens: Sequence[Token], index: int) -> bool:
    """Whether the token is the "used to" of being accustomed: after "be" or "get" and
    before a noun or an "-ing" form ("I am used to the cold", "she got used to living
    alone"), not before a verb ("it was used to build", a passive)."""
    token = tokens[index]
    if token.text.lower() != "used" or index + 1 >= len(tokens):
        return False
    to = tokens[index + 1]
    if to.text.lower() != "to" or to.sentence != token.sentence or before_infinitive(tokens,
                                                                                      index):
        return False
    return verb_before(tokens, index) in {"be", "get", "become", "grow"}


# Between a subject and its verb: "prices have risen", "it will", "fans loudly cheered".
BETWEEN_SUBJECT_AND_VERB = frozenset({"RB", "MD"})


# Words of a noun phrase before its noun, and what may open a clause before it.
_IN_A_SUBJECT = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "POS"})


_BEFORE_A_SUBJECT = frozenset({",", "CC", "WDT", "WP", "WRB", ":", "``", "''"})


def subject_at(tokens: Sequence[Token], index: int) -> int | None:
    """Where the subject of the verb at ``index`` (its base or a finite form) is, when it
    stands right before it, past adverbs, modals and helping verbs ("the crowd erupted",
    "she weaves", "prices have risen"): a common noun or a pronoun; None else. Not
    across "to": "a tough pill to swallow" has no subject there."""
    verb = tokens[index]
    if verb.upos != "VERB" or verb.pos not in FINITE_VERB_TAGS:
        return None
    at = index - 1
    while at >= 0 and tokens[at].sentence == verb.sentence and (
            tokens[at].pos in BETWEEN_SUBJECT_AND_VERB or tokens[at].upos == "AUX"):
        at -= 1
    if at < 0 or tokens[at].sentence != verb.sentence:
        return None
    subject = tokens[at]
    if subject.text.lower() in SUBJECT_PRONOUNS:
        return at
    if subject.pos not in ("NN", "NNS") or subject.proper_noun:
        return None
    start = at
    while start > 0 and tokens[start - 1].sentence == verb.sentence \
            and tokens[start - 1].pos in _IN_A_SUBJECT:
        start -= 1
    # Where the noun phrase opens its clause, not where it is a preposition's or a
    # verb's ("eating too much sugar can raise...": the subject is "eating").
    opens = start == 0 or tokens[start - 1].sentence != verb.sentence \
        or tokens[start - 1].pos in _BEFORE_A_SUBJECT
    return at if opens else None


# Words of a phrase with a preposition after a subject's noun ("attendance at home
# games fell"), which `verb_of_subject` looks past.
_IN_A_PREPOSITIONS_PHRASE = frozenset({"DT", "PDT", "JJ", "CD", "PRP$", "NN", "NNS", "POS"})
# How many such phrases: "attendance at meetings of the council fell".
_PREPOSITIONS_PHRASES_PASSED = 2


def verb_of_subject(tokens: Sequence[Token], index: int) -> int | None:
    """Where the verb whose subject is the noun at ``index`` is, after it in its
    sentence past helping verbs, adverbs and up to two phrases with a preposition
    ("attendance at home games also fell", "attendance at meetings of the council
    fell", "prices have dropped"): a finite verb, or any verb form after a helping
    verb; None when the next such word is none."""
    noun = tokens[index]
    if noun.upos != "NOUN":
        return None
    at, phrases, helped = index + 1, 0, False
    while at < len(tokens) and tokens[at].sentence == noun.sentence:
        token = tokens[at]
        if token.pos == "IN" and phrases < _PREPOSITIONS_PHRASES_PASSED:
            phrases += 1
            at += 1
            while at < len(tokens) and tokens[at].pos in _IN_A_PREPOSITIONS_PHRASE:
                at += 1
            continue
        if token.upos == "AUX" or token.pos in BETWEEN_SUBJECT_AND_VERB:
            helped = helped or token.upos == "AUX"  # "has dropped", "will grow"
            at += 1
            continue
        if token.upos != "VERB" or not (token.pos in FINITE_VERB_TAGS
                                        or helped and token.pos.startswith("VB")):
            return None
        return at
    return None


# Words of a noun phrase before its noun after "be": "was a big gamble", "is the best".
_BEFORE_A_COMPLEMENT = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "RB"})


def subject_of_complement(tokens: Sequence[Token], index: int) -> int | None:
    """Where the subject is of the "be" the noun at ``index`` follows as what the
    subject is ("the plan was a gamble": "plan"; "buying the old house was a gamble":
    the "-ing" verb that opens the clause, "buying"); None when the noun follows no
    "be", or its subject is neither."""
    noun = tokens[index]
    if noun.upos != "NOUN":
        return None
    at = word_before_modifiers(tokens, index, _BEFORE_A_COMPLEMENT)
    if at is None or tokens[at].lemma.lower() != "be" or not tokens[at].pos.startswith("VB"):
        return None
    subject = subject_at(tokens, at)
    if subject is not None:
        return subject
    # An "-ing" verb opening the clause with its object: "Buying the old house was".
    start = at - 1
    while start > 0 and tokens[start - 1].sentence == noun.sentence \
            and tokens[start - 1].pos not in _BEFORE_A_SUBJECT \
            and tokens[start - 1].pos not in FINITE_VERB_TAGS:
        start -= 1
    opens = start == 0 or tokens[start - 1].sentence != noun.sentence \
        or tokens[start - 1].pos in _BEFORE_A_SUBJECT
    return start if start >= 0 and opens and tokens[start].pos == "VBG" else None


def counted_plural(tokens: Sequence[Token], index: int) -> bool:
    """Whether the token is a plural noun a number counts ("two tons", "12 loads"): its
    singular's senses are meant, not those WordNet gives the plural of its own."""
    return (tokens[index].pos == "NNS" and index > 0 and tokens[index - 1].pos == "CD"
            and tokens[index - 1].sentence == tokens[index].sentence)


# What may stand between "under" and a bare noun: "under severe strain", "under very
# heavy pressure".
_BEFORE_A_BARE_NOUN = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS"})


def singular_head_noun(tokens: Sequence[Token], index: int) -> bool:
    """Whether the token at ``index`` is a singular common noun that heads its phrase,
    no noun after it ("strain", not "nutrition" in "nutrition director")."""
    token = tokens[index]
    if token.pos != "NN" or token.proper_noun:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return after is None or after.sentence != token.sentence or after.pos not in ("NN", "NNS")


def under_a_bare_noun(tokens: Sequence[Token], index: int) -> bool:
    """Whether the singular common noun at ``index`` heads a phrase after "under" with no
    determiner ("under strain", "under severe pressure", "under attack"): what its
    subject is in or is undergoing, not a thing it is below ("under the bridge")."""
    if not singular_head_noun(tokens, index):
        return False
    at = word_before_modifiers(tokens, index, _BEFORE_A_BARE_NOUN)
    return at is not None and tokens[at].text.lower() == "under"


# Between a possessor and its noun: "Russia's sudden seizure", "its military seizure".
_BETWEEN_POSSESSOR_AND_NOUN = frozenset({"JJ", "JJR", "JJS", "VBN", "RB"})
# What opens the object of such a noun after "of": "of Ukraine's Crimean Peninsula",
# "of the peninsula", "of two cities".
_OPENS_AN_OF_OBJECT = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS"})
# A noun that is a verb's "-ing" form by its spelling: "landing", not "king" or "ring".
_GERUND = re.compile(r"^[a-z]{3,}ing$", re.IGNORECASE)


def act_with_doer_and_object(tokens: Sequence[Token], index: int) -> bool:
    """Whether the noun at ``index`` has a possessor before it and an object after "of"
    ("its seizure of Ukraine's Crimean Peninsula", "the government's handling of the
    crisis"): a verb's doer and object around it, so the noun names that act. A verb's
    "-ing" form after "the" is one with its doer or object after "of" alone ("the
    landing of the spacecraft", "the opening of the bridge")."""
    noun = tokens[index]
    if noun.pos != "NN" or index + 2 >= len(tokens):
        return False
    of, after = tokens[index + 1], tokens[index + 2]
    if of.text.lower() != "of" or after.pos not in _OPENS_AN_OF_OBJECT \
            or not noun.sentence == of.sentence == after.sentence:
        return False
    before = word_before_modifiers(tokens, index, _BETWEEN_POSSESSOR_AND_NOUN)
    if before is None:
        return False
    return tokens[before].pos in ("PRP$", "POS") or (
        tokens[before].text.lower() == "the" and _GERUND.search(noun.text) is not None)


def of_object_noun(tokens: Sequence[Token], index: int) -> int | None:
    """Where the noun after "of" right after the word at ``index`` is, past what opens
    its phrase ("the landing of its robot spacecraft": "spacecraft"), in the sentence."""
    at = index + 2
    while at < len(tokens) and tokens[at].sentence == tokens[index].sentence:
        if tokens[at].pos.startswith("NN") and not (
                at + 1 < len(tokens) and tokens[at + 1].pos.startswith("NN")):
            return at
        if tokens[at].pos not in _OPENS_AN_OF_OBJECT and not tokens[at].pos.startswith("NN"):
            return None
        at += 1
    return None


def word_before_modifiers(tokens: Sequence[Token], index: int, modifiers: AbstractSet[str]
                          ) -> int | None:
    """Where the word before the one at ``index`` is, past the words tagged one of
    ``modifiers`` before it ("was a big gamble": "was"); None at its sentence's start."""
    sentence = tokens[index].sentence
    at = index - 1
    while at >= 0 and tokens[at].sentence == sentence and tokens[at].pos in modifiers:
        at -= 1
    return at if at >= 0 and tokens[at].sentence == sentence else None


# What opens a noun phrase before its adjectives: "the next room", "my last day".
_PHRASE_OPENERS = frozenset({"DT", "PDT", "PRP$", "POS", "WP$", "CD"})


# Words that count a plural as a number does: "the next few days".
_VAGUE_COUNTS = frozenset({"few", "several", "many"})


def time_phrase_noun(tokens: Sequence[Token], index: int) -> int | None:
    """The noun of the phrase of time the adjective at ``index`` opens, None for none:
    with no determiner, a singular noun after it ("next week", "last year", "in Mexico
    next year"); after "the", a count and a plural noun ("the next three years", "the
    past few months"): phrases that say when, as "the next room" or "a good time" do
    not."""
    token = tokens[index]
    if token.upos != "ADJ" or index + 1 >= len(tokens):
        return None
    after = tokens[index + 1]
    if after.sentence != token.sentence:
        return None
    before = tokens[index - 1] if index else None
    if before is None or before.sentence != token.sentence \
            or before.pos not in _PHRASE_OPENERS:
        return index + 1 if after.pos == "NN" else None
    counted = index + 2 < len(tokens) and tokens[index + 2].pos == "NNS" \
        and (after.pos == "CD" or after.text.lower() in _VAGUE_COUNTS)
    return index + 2 if counted and before.text.lower() == "the" else None


# What may stand between a noun and its determiner: "the expensive private coaching",
# "a school lunch", "the long-awaited rain".
_NOUN_MODIFIERS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "VBN", "VBG", "NN",
                             "NNP", "HYPH"})
# What makes a singular noun's phrase counted or pointed at: "a", "that", "its", "her
# sister's", "two".
_DETERMINERS = frozenset({"DT", "PDT", "PRP$", "POS", "CD", "WP$", "WDT"})
# ...whatever the tagger calls them: "removes that stigma" was tagged "that/IN".
_DETERMINER_WORDS = frozenset({"a", "an", "the", "this", "that", "these", "those", "every",
                               "each", "no", "another", "either", "neither", "whose"})


# A verb's tags, and a modal's: what follows a clause's subject.
_VERB_TAGS = FINITE_VERB_TAGS | {"VBG", "VBN", "MD"}


def plain_subject(tokens: Sequence[Token], index: int) -> bool:
    """Whether the common noun at ``index`` is a clause's subject with nothing but a
    determiner before it and its verb right after: "The drought has
    also changed...", "One of the elevators broke down", "the city's debt had grown".
    Only the verb then says what it is, and "has changed", "broke down" or "had grown"
    say it of almost anything; "A wide staircase leads..." has a word of its own."""
    token = tokens[index]
    if token.pos not in ("NN", "NNS") or token.proper_noun:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.sentence != token.sentence or after.pos not in _VERB_TAGS:
        return False
    # A bare noun opening its sentence is left alone: "Landslides blocked two roads" is
    # read by what blocks roads (test_a_gap_that_opens_its_sentence_offers_capitalised_words).
    before = tokens[index - 1] if index > 0 else None
    return before is not None and before.sentence == token.sentence \
        and (before.pos in _DETERMINERS or before.text.lower() in _DETERMINER_WORDS)


def bare_singular_noun(tokens: Sequence[Token], index: int,
                       uncounting: AbstractSet[str] = frozenset()) -> bool:
    """Whether the singular common noun at ``index`` heads a phrase with no determiner
    ("to prevent erosion", "could not afford expensive coaching"), as only a noun
    English uses uncounted can: "prevent glove" is no English. Not a noun that is
    itself a modifier ("nutrition director"), which any noun can be. A determiner in
    ``uncounting`` leaves it bare ("no trust"): one a mass noun takes too."""
    if not singular_head_noun(tokens, index):
        return False
    at = word_before_modifiers(tokens, index, _NOUN_MODIFIERS)
    return at is None or tokens[at].text.lower() in uncounting or (
        tokens[at].pos not in _DETERMINERS and tokens[at].text.lower() not in _DETERMINER_WORDS)


# What may stand between "a" and the noun it counts: adjectives and adverbs ("a tall
# glass"), not nouns, which would make a compound of it ("a milk glass").
_COUNTED_NOUN_MODIFIERS = frozenset({"JJ", "JJR", "JJS", "RB", "VBN", "VBG"})


def counted_by_a(tokens: Sequence[Token], index: int) -> bool:
    """Whether the singular common noun at ``index`` heads a phrase opened by "a" or
    "an" ("a glass of milk", "into a tall glass"): counted, as a substance is not."""
    if not singular_head_noun(tokens, index):
        return False
    at = word_before_modifiers(tokens, index, _COUNTED_NOUN_MODIFIERS)
    return at is not None and tokens[at].text.lower() in ("a", "an")


_POINTING_BACK = frozenset({"this", "these", "that", "those"})


def points_back(tokens: Sequence[Token], index: int) -> bool:
    """Whether the noun at ``index`` has a demonstrative before it, across at most one
    adjective ("these bursts", "this new plan"): it refers to something named before."""
    for before in range(index - 1, max(-1, index - 3), -1):
        token = tokens[before]
        if token.pos == "DT" and token.text.lower() in _POINTING_BACK:
            return True
        if token.upos != "ADJ":
            return False
    return False


# Words of a noun phrase before its noun ("the", "their", "two", "old"), and the
# object pronouns that may stand between a verb and its second object ("gave him").
_BEFORE_A_NOUN = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "POS"})
_INDIRECT_OBJECT_TAGS = frozenset({"PRP", "NN", "NNS"})


# "be", "have" and "do" take any noun after them: "was a disaster", "had a stay",
# "had no cause" say nothing of its sense (WordNet's examples of nouns, weighted by
# SemCor, 0.705 -> 0.703 with them as a noun's verb).
_AUXILIARY_FORMS = BE_FORMS | HAVE_FORMS | DO_FORMS


def verb_over(tokens: Sequence[Token], index: int) -> int | None:
    """Where the verb is whose object the noun at ``index`` is, past the words of its
    phrase and one object before it ("took the medicine", "gave the boy an injection",
    "gave him a shot"); None when no verb stands there in the sentence, or only "be",
    "have" or "do"."""
    if tokens[index].upos != "NOUN":
        return None
    sentence = tokens[index].sentence
    at = index - 1
    passed_object = False
    while at >= 0 and tokens[at].sentence == sentence:
        pos = tokens[at].pos
        if pos in FINITE_VERB_TAGS or pos in ("VBG", "VBN"):
            word = tokens[at].text.lower()
            return at if tokens[at].upos == "VERB" and word not in _AUXILIARY_FORMS else None
        if pos in _INDIRECT_OBJECT_TAGS and not passed_object and at < index - 1 \
                and tokens[at + 1].pos in _BEFORE_A_NOUN:
            passed_object = True  # "gave [the boy] an injection": the first object
        elif pos not in _BEFORE_A_NOUN and not (pos == "PRP" and at == index - 1):
            return None  # (a pronoun right before the noun is its owner: "took her pills")
        at -= 1
    return None


# What may come between a noun and the head of its "of" phrase: "a fleet of electric buses".
_IN_AN_OF_PHRASE = (_BEFORE_A_NOUN - {"POS"}) | {"VBN", "VBG"}


def nouns_beside(tokens: Sequence[Token], index: int) -> list[int]:
    """Where the common nouns that say what kind of thing the noun at ``index`` is, or
    is of, are: the one right before it in its compound ("a bike rider"), and the head
    of its "of" phrase ("a fleet of electric buses"); [] for a word no noun."""
    if tokens[index].upos != "NOUN":
        return []
    sentence = tokens[index].sentence
    found = []
    before = index - 1
    if before >= 0 and tokens[before].sentence == sentence and tokens[before].pos in ("NN", "NNS") \
            and not tokens[before].proper_noun:
        found.append(before)
    at = index + 1
    if at < len(tokens) and tokens[at].sentence == sentence and tokens[at].text.lower() == "of":
        at += 1
        while at < len(tokens) and tokens[at].sentence == sentence \
                and tokens[at].pos in _IN_AN_OF_PHRASE:
            at += 1
        while at + 1 < len(tokens) and tokens[at + 1].sentence == sentence \
                and tokens[at].pos in ("NN", "NNS") and tokens[at + 1].pos in ("NN", "NNS"):
            at += 1  # "a fleet of city buses": buses
        if at < len(tokens) and tokens[at].sentence == sentence \
                and tokens[at].pos in ("NN", "NNS") and not tokens[at].proper_noun:
            found.append(at)
    return found
