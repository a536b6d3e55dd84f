"""Whether a verb has an object, read from the words after it and before it.

WordNet frames each verb sense with or without one ("Somebody ----s something",
"Somebody ----s"): "the team will train hard" (nothing after it) is to undergo training,
"she trained the workers" to teach them. `vocab.senses` weighs the senses by it. What
grammar hides (a passive, an object moved before the verb, a gerund used as a noun) is
said as unknown, not guessed.
"""

from __future__ import annotations

from collections.abc import Sequence

from vocab.closed_class import PARTICLES
from vocab.models import (
    NO_OBJECT_FRAMES,
    OBJECT_FRAMES,
    WITH_OBJECT_FRAMES,
    Expression,
    Token,
)
from vocab.tokens import OPENING_QUOTES

_OBJECT_UPOS = frozenset({"DET", "NOUN", "PROPN", "NUM"})
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "it", "you", "this",
                              "these", "those", "everyone", "everything", "something",
                              "so"})  # "plan to do so"
# Comparatives that with "than" make a noun phrase: "visited more than 20 countries".
_COMPARED_AMOUNTS = frozenset({"more", "less", "fewer"})
_ADVERB_TAGS = frozenset({"RB", "RBR", "RBS"})
_QUOTES = frozenset("\"'“”‘’«»:")
# Before a gerund or participle, words that make it a noun or a modifier ("the -ing
# ending", "your writing", "strength training"), not a verb with or without an object.
_NOUN_LIKE_BEFORE = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
# Before a subject pronoun, words that may be the object moved before it ("the goals
# they conceded", "one I call").
_MOVED_OBJECT_UPOS = frozenset({"NOUN", "PRON", "NUM"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# The helpers of a passive: "were evicted", "got fired".
_PASSIVE_HELPERS = frozenset({"be", "get"})
# Nouns of time, which after "next", "last" or "this" make an adverb's phrase, not an
# object ("may ease next year", "I read the news last night").
TIME_UNITS = frozenset({"night", "week", "month", "year", "time", "summer", "winter",
                        "spring", "autumn", "fall", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday"})
# Verbs that stand for another at a sentence's end ("because people on bikes did").
_HELPING_VERBS = frozenset({"do", "be", "have"})


def object_after(tokens: Sequence[Token], index: int, *, particle: int = -1) -> bool | None:
    """Whether the verb at ``index`` has a noun phrase straight after it (True: "they
    conceded two goals"), or nothing or a preposition (False: "the team will train hard
    before the match", "the rain will clear by noon"); None when its grammar does not
    say: a participle ("strings called yarn", "it was trained"), a gerund used as a noun
    or a modifier ("flying vehicles"), an object moved before it ("the goals they
    conceded", "what did they find", a quotation), a particle, a clause. ``particle``:
    where a phrasal verb's particle is, after which its object would be."""
    verb = tokens[index]
    if verb.upos != "VERB" or verb.pos == "VBN" and verb_before(tokens, index) != "have":
        return None
    if verb.pos == "VBG" and index and (tokens[index - 1].upos in _NOUN_LIKE_BEFORE
                                        or tokens[index - 1].pos in ("PRP$", "POS")):
        return None
    start = max(index, particle) + 1
    after = _past_adverbs(tokens, start, verb.sentence)
    if any(token.text.lower() in PARTICLES for token in tokens[start:after]):
        return None  # a phrasal verb: "splashed down in the ocean"
    if after == len(tokens) or tokens[after].sentence != verb.sentence:
        return nothing_moved(tokens, index)
    following = tokens[after]
    if following.text in _QUOTES:
        return None
    if following.upos in _OBJECT_UPOS or following.text.lower() in _OBJECT_PRONOUNS \
            or following.pos == "PRP$" or following.text.lower() in _COMPARED_AMOUNTS:
        # "losing weight", or a modifier: "flying taxis"; after its particle or "be" the
        # "-ing" form is the verb ("are paying off credit card debts")
        gerund = verb.pos == "VBG" and particle < 0 and verb_before(tokens, index) != "be"
        return None if gerund and following.upos == "NOUN" else True
    if following.upos == "ADJ":
        # A noun phrase that opens with an adjective ("weaves colorful threads",
        # "banned plastic shopping bags"), but none of time ("ease next year").
        head = _noun_after_adjectives(tokens, after)
        if head is None or tokens[head].text.lower() in TIME_UNITS:
            return None
        gerund = verb.pos == "VBG" and particle < 0 and verb_before(tokens, index) != "be"
        return None if gerund else True
    if following.pos == "CC" and particle < 0:
        return _shared_with_next_verb(tokens, index, after)
    if particle >= 0 and following.pos == "IN":
        return None  # "cut back on spending": its object comes after the preposition
    if following.upos == "PUNCT" or following.pos == "IN" and following.text.lower() not in (
            "that", "if", "whether"):
        if following.pos == "IN" and that_clause_after(tokens, index):
            return None  # "a judge ruled on Friday that the law...": its clause is its object
        return nothing_moved(tokens, index)
    return None


def _noun_after_adjectives(tokens: Sequence[Token], index: int) -> int | None:
    """Where the common noun is that the adjectives from ``index`` stand before ("colorful
    threads", "plastic shopping bags": shopping); None when something else follows them."""
    sentence = tokens[index].sentence
    while index < len(tokens) and tokens[index].sentence == sentence \
            and tokens[index].upos == "ADJ":
        index += 1
    if index < len(tokens) and tokens[index].sentence == sentence \
            and tokens[index].upos == "NOUN":
        return index
    return None


def _shared_with_next_verb(tokens: Sequence[Token], index: int, conjunction: int) -> bool | None:
    """What follows two verbs joined by "and" or "or" ("clapped and cheered.") follows
    the first too: no object when the second has none; an object after the second may
    be the first's or not ("He left and took the bus"), so None then, as for anything
    else after a conjunction."""
    second = conjunction + 1
    if second < len(tokens) and tokens[second].upos == "VERB" \
            and tokens[second].pos == tokens[index].pos \
            and object_after(tokens, second) is False:
        return False
    return None


def frames_here(tokens: Sequence[Token], index: int) -> frozenset[int]:
    """WordNet's sentence frames one of which a verb must allow to stand where the verb
    at ``index`` stands: with an object (a passive's subject is its object: "were
    evicted"), with a noun phrase after it (`WITH_OBJECT_FRAMES`), or with none
    (`NO_OBJECT_FRAMES`: "caused bee numbers to decline."); empty when grammar does not
    say (`object_after`)."""
    verb = tokens[index]
    if verb.upos != "VERB":
        return frozenset()
    if verb.pos == "VBN" and verb_before(tokens, index) in _PASSIVE_HELPERS:
        return OBJECT_FRAMES
    with_object = object_after(tokens, index)
    if with_object is None:
        return frozenset()
    return WITH_OBJECT_FRAMES if with_object else NO_OBJECT_FRAMES


# How far past a preposition a verb's clause may begin: "ruled on Friday that",
# "said in a statement on Monday that".
_CLAUSE_REACH = 8


def that_clause_after(tokens: Sequence[Token], index: int) -> bool:
    """Whether the verb at ``index`` is followed by a "that" clause, right after it or
    after a phrase ("ruled that the law...", "ruled on Friday that the law..."), before
    any other verb: the clause it reports, the frame "Somebody ----s that CLAUSE"."""
    verb = tokens[index]
    if verb.upos != "VERB":
        return False
    for token in tokens[index + 1:index + 1 + _CLAUSE_REACH]:
        if token.sentence != verb.sentence or token.pos.startswith(("VB", "MD")):
            return False
        if token.text.lower() == "that":  # not "ruled that case": a determiner
            return token.pos == "IN" or (token.pos == "WDT" and token is not tokens[index + 1])
    return False


def _past_adverbs(tokens: Sequence[Token], index: int, sentence: int) -> int:
    """The index of the first token from ``index`` on that is not an adverb ("hard",
    "at least", an adjective used as one: "train hard before the match")."""
    while index < len(tokens) and tokens[index].sentence == sentence:
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text.lower() == "at" and following and following.text.lower() in (
                "least", "most"):
            index += 2
        elif token.text.lower() in _OBJECT_PRONOUNS or (
                token.text.lower() in _COMPARED_AMOUNTS and following
                and following.text.lower() == "than"):
            break
        elif token.pos in _ADVERB_TAGS or token.upos == "ADJ" and following is not None \
                and following.upos not in ("NOUN", "ADJ"):
            index += 1
        else:
            break
    return index


def nothing_moved(tokens: Sequence[Token], index: int) -> bool | None:
    """False (no object) unless one may have been moved before the verb: a quotation,
    a question or relative word earlier in its sentence, or a noun right before its
    subject pronoun ("the goals they conceded"); or "do", "be", "have" standing for
    another verb ("because people on bikes did")."""
    if tokens[index].lemma.lower() in _HELPING_VERBS:
        return None
    sentence = tokens[index].sentence
    start = index
    while start > 0 and tokens[start - 1].sentence == sentence:
        start -= 1
    start = _quotation_start(tokens, start, index)
    if any(token.pos in _RELATIVE_TAGS or token.text in _QUOTES
           for token in tokens[start:index]):
        return None
    subject = index - 1
    while subject > start and tokens[subject].pos.startswith(("RB", "MD", "VB")):
        subject -= 1
    if subject > start and tokens[subject].pos == "PRP" \
            and tokens[subject - 1].upos in _MOVED_OBJECT_UPOS:
        return None
    return False


def _quotation_start(tokens: Sequence[Token], start: int, index: int) -> int:
    """Where the clause of the verb at ``index`` starts, its sentence starting at
    ``start``: after the mark that opens the quotation the verb stands in, if it stands
    in one. A quotation moved before a verb is its object ("'That,' she added"); the
    mark that opens the verb's own quotation is not ('"The plants dried up before the
    fruit could ripen.' had an object moved before it, and the sense framed with one,
    "cause to develop fully", won: QA walk-through)."""
    closing: str | None = None
    opened = start
    for at in range(start, index):
        text = tokens[at].text
        if closing is not None and text == closing:
            closing = None
        elif closing is None and text in OPENING_QUOTES:
            closing, opened = OPENING_QUOTES[text], at + 1
    return opened if closing is not None else start


def expression_object(tokens: Sequence[Token], expression: Expression) -> bool | None:
    """`object_after` for a phrasal verb: whether something follows its particle ("we
    never gave up.": nothing, so admit defeat, not forfeit something); True when it
    is split by its object ("turned the offer down"); None for other expressions."""
    if expression.kind != "phrasal verb":
        return None
    if split_by_its_object(expression):
        return True
    first, last = expression.token_indices[0], expression.token_indices[-1]
    return object_after(tokens, first, particle=last)


def split_by_its_object(expression: Expression) -> bool:
    """Whether a phrasal verb's object stands between its verb and particle ("turned
    the offer down")."""
    first, last = expression.token_indices[0], expression.token_indices[-1]
    return expression.kind == "phrasal verb" and last - first >= len(expression.token_indices)


def object_head(tokens: Sequence[Token], index: int, *, particle: int = -1) -> int | None:
    """Where the head of the verb's object is, when `object_after` finds one: the
    pronoun ("came to me"), or the last noun of the noun phrase ("came to the city
    council": council); None when there is none or it is not plain."""
    if object_after(tokens, index, particle=particle) is not True:
        return None
    return _noun_phrase_head(tokens, _past_adverbs(tokens, max(index, particle) + 1,
                                                   tokens[index].sentence))


def expression_object_head(tokens: Sequence[Token], expression: Expression) -> int | None:
    """`object_head` for a phrasal verb (the object of a split one is inside it)."""
    if expression.kind != "phrasal verb":
        return None
    first, last = expression.token_indices[0], expression.token_indices[-1]
    if last - first >= len(expression.token_indices):
        return _noun_phrase_head(tokens, first + 1)
    return object_head(tokens, first, particle=last)


# Words of a noun phrase before its head: "the", "their", "two", "old".
_BEFORE_HEAD_TAGS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "POS"})


def _noun_phrase_head(tokens: Sequence[Token], start: int) -> int | None:
    """The head of the noun phrase at ``start``: its pronoun, or the last noun of its
    nouns ("the soldiers' graves": graves); None when a verb follows it, whose subject
    it then is ("do you have", "what did you do")."""
    if start >= len(tokens):
        return None
    sentence = tokens[start].sentence
    head = None
    index = start
    if tokens[start].text.lower() in _OBJECT_PRONOUNS:
        head, index = start, start + 1
    else:
        while index < len(tokens) and tokens[index].sentence == sentence:
            pos = tokens[index].pos
            if pos.startswith("NN"):
                head = index
            elif (head is not None and pos != "POS") or pos not in _BEFORE_HEAD_TAGS:
                break
            index += 1
    if head is None or (index < len(tokens) and tokens[index].sentence == sentence
                        and tokens[index].pos in _SUBJECT_OF_TAGS):
        return None
    return head


# What follows a subject: "do you *have*", "did you *do*", "can you *say*".
_SUBJECT_OF_TAGS = frozenset({"VB", "VBP", "VBZ", "VBD", "MD"})


def verb_before(tokens: Sequence[Token], index: int) -> str:
    """The lemma of the word before the token, past adverbs ("never", "n't", "already"),
    in its sentence ("" at its start): the helper or linking verb of a participle."""
    word = word_before(tokens, index)
    return word.lemma.lower() if word is not None else ""


def word_before(tokens: Sequence[Token], index: int) -> Token | None:
    """The word before the token, past adverbs, in its sentence (None at its start)."""
    before = index - 1
    while before >= 0 and tokens[before].pos.startswith("RB"):
        before -= 1
    if before < 0 or tokens[before].sentence != tokens[index].sentence:
        return None
    return tokens[before]


# Words of the noun phrase after a passive's "by", before its noun: "by rising prices",
# "by higher fuel costs", "by unusually heavy storms".
_IN_AN_AGENT = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "VBG", "NN", "NNS",
                          "POS", *_ADVERB_TAGS})


def passive_agent(tokens: Sequence[Token], index: int) -> int | None:
    """Where the noun that does what the passive participle at ``index`` says is, after
    "by" ("households squeezed by rising prices": "prices"); None for no passive, no
    "by" right after it (past adverbs) or no common noun heading the phrase."""
    verb = tokens[index]
    if verb.pos != "VBN" or verb_before(tokens, index) not in _PASSIVE_HELPERS:
        return None
    at = index + 1
    while at < len(tokens) and tokens[at].pos in _ADVERB_TAGS:
        at += 1
    if at >= len(tokens) or tokens[at].text.lower() != "by":
        return None
    head = None
    at += 1
    while at < len(tokens) and tokens[at].sentence == verb.sentence \
            and tokens[at].pos in _IN_AN_AGENT and not tokens[at].proper_noun:
        if tokens[at].pos in ("NN", "NNS"):
            head = at
        at += 1
    return head


# Prepositions that after a verb's object (or a passive) mostly open its second
# complement ("charged the driver with speeding", "sent him to prison") rather than a
# phrase of place, purpose or time. Not "of", mostly inside the object ("drew the
# attention of several teams", "left thousands of homes"), nor "in" ("lost a vote in
# parliament" is no "lost her husband in the war") or "for" ("left their land for the
# cities" is no "leave lots of time for the trip"): news words lost 3 with them.
_TAKEN_AFTER_OBJECT = frozenset({"with", "to", "into", "from", "against", "as", "onto", "on"})


def preposition_after_object(tokens: Sequence[Token], index: int) -> str:
    """The preposition the verb at ``index`` takes after its object, in lower case:
    after the object's head ("police charged the driver with speeding": "with"), or
    right after a passive participle, whose object is its subject ("he was charged with
    theft"); "" for none."""
    verb = tokens[index]
    if verb.upos != "VERB":
        return ""
    if verb.pos == "VBN" and verb_before(tokens, index) in _PASSIVE_HELPERS:
        at = index + 1
    else:
        head = object_head(tokens, index)
        if head is None:
            return ""
        at = head + 1
    if at >= len(tokens) or tokens[at].sentence != verb.sentence or tokens[at].upos != "ADP":
        return ""
    preposition = tokens[at].text.lower()
    return preposition if preposition in _TAKEN_AFTER_OBJECT else ""
