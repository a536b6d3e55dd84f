"""Tag corrections of verbs from the clauses a sentence joins.

`vocab.retag_clauses` finds the verb of a sentence, or of a clause a conjunction opens,
that has none; each pass here finds the verb of one clause beside another that has
its own: "Heating costs rise/NN in winter and families pay more", "When the economy
slows and demand falls/NNS, ...". The tagger reads the first clause's verb as a noun
because the sentence has a verb elsewhere, and so did the rules that look for one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vocab.closed_class import CLOSED_CLASS
from vocab.raw_tokens import (
    CLAUSE_ENDS,
    CLAUSE_OPENERS,
    FINITE_VERB_TAGS,
    NOUNS,
    SENTENCE_ENDS,
    RawToken,
    WordPositions,
    verb_form,
)
from vocab.retag_sentences import Sentences

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo


# Conjunctions that join two clauses, each with its subject and its verb.
_CLAUSE_JOINS = frozenset({"and", "but", "or", "so", "yet"})
# Conjunctions that open a clause: "Prices drop when demand falls", "while demand falls".
_CLAUSE_OPENERS = CLAUSE_OPENERS | {"while", "once", "until"}


def _joins_clauses(text: str) -> bool:
    return text.lower() in _CLAUSE_JOINS


def _opens_or_joins_clauses(text: str) -> bool:
    return text.lower() in _CLAUSE_OPENERS or text.lower() in _CLAUSE_JOINS
# What opens a clause's subject after a conjunction: "and families pay", "and the
# workers paid", "and they".
_SUBJECT_OPENERS = frozenset({"DT", "PDT", "PRP$", "JJ", "JJS", "CD", "NN", "NNS", "NNP", "NNPS",
                              "PRP"})
# A verb's form after a subject the tagger read as a noun: a plural subject's base
# ("prices rise/NN"), a singular one's "-s" form ("demand falls/NNS"). The second is
# read only in a clause "and" joins inside a conjunction's, or right before "when" or
# "if" ("skepticism vanishes when"): elsewhere a singular noun and a plural one are
# most often a compound ("settlement prices of", "crunch times for").
_AGREEING = {("NNS", "NN"): "VBP", ("NN", "NNS"): "VBZ"}
_PLURAL_SUBJECT_ONLY = {("NNS", "NN"): "VBP"}
# ...and before "when" or "if", a plural's base the tagger read as an adverb ("prices
# double/RB when").
_BEFORE_AN_OPENER = _AGREEING | {("NNS", "RB"): "VBP"}
_Forms = dict[tuple[str, str], str]
# What follows a verb in its clause: how, where, when, how much ("rise in winter",
# "rise every year", "rise by ten percent", "cost more").
_AFTER_THE_VERB = frozenset({"IN", "DT", "RB", "RBR", "JJR", "TO", "CD"})


def retag_verbs_of_clauses_beside_others(sentences: Sentences, words: WordInfo) -> None:
    """"Heating costs rise in winter and families pay more", "Ticket prices drop when
    demand falls": a sentence's first clause, before "and", "but" or "or" and a clause
    with its subject and verb, or before "when" or "if" and theirs, has a verb too;
    when the tagger gave it none, a noun after a plural (or singular) noun that agrees
    with it as a verb, and is followed by what follows a verb, is it (it was "rise
    –n."). An "-ing" word opening it before a noun is the noun's modifier ("Heating/VBG
    costs"), no verb. On CoNLL-2000 (train and test): 1 tag fixed ("healthy skepticism
    vanishes/NNS when"), none broken; 5 broken before a singular subject's verb was
    read only before "when" (compounds: "The settlement prices/VBZ of"). Before "when"
    or "if", a plural's verb the tagger read as an adverb is the verb too ("Bread prices
    double/RB when"): no CoNLL tag changed."""
    for tokens, places in sentences.where(_opens_or_joins_clauses):
        if tokens[-1].text not in SENTENCE_ENDS:
            continue
        boundary = _first_clause_boundary(tokens, places)
        if boundary is None:
            continue
        comma = tokens[boundary - 1].text == ","
        clause = tokens[:boundary - 1] if comma else tokens[:boundary]
        opener = tokens[boundary].text.lower() in _CLAUSE_OPENERS
        if any(token.penn.startswith(("VB", "MD")) and not _modifier(clause, place)
               for place, token in enumerate(clause)):
            continue
        # (A clause that ends before a comma may end with its verb: "price changes
        # matter, and investors watch them"; a plural's, or before "when" a singular's.)
        _retag_agreeing_verb(clause, words, _PLURAL_SUBJECT_ONLY,
                             at_end=_BEFORE_AN_OPENER if opener
                             else _PLURAL_SUBJECT_ONLY if comma
                             else None)


# What opens a joined clause's subject before its noun: "and the local farmers plant".
_SUBJECT_MODIFIERS = frozenset({"DT", "PRP$", "JJ", "CD", "NN"})
# What follows a joined clause's verb: its object too ("and farmers plant rice").
_AFTER_A_JOINED_VERB = _AFTER_THE_VERB | {"NN", "NNS", "PRP", "PRP$", "JJ"}


def retag_verbs_of_clauses_joined_after_others(sentences: Sentences,
                                               words: WordInfo) -> None:
    """"The rains come in May and farmers plant/NN rice": after a clause with its
    finite verb, "and", "but" or "or" and a plural noun (after its modifiers), a noun
    that is a verb's base form, before its object or what follows a verb, is the
    joined clause's verb, when that clause has none; not one that ends the sentence,
    which is as often a compound's last noun ("a building and forest products
    concern.": 4 such on CoNLL-2000, whose reference tags call them verbs too). On
    CoNLL-2000 (train and test): no tag changed."""
    for tokens, places in sentences.where(_joins_clauses):
        joins = [place for place in places
                 if place < len(tokens) - 3 and tokens[place].penn == "CC"]
        if not joins:
            continue
        first_finite = next((place for place, token in enumerate(tokens[:joins[-1] + 1])
                             if _finite(token, tokens[place - 1] if place else None)), None)
        if first_finite is None:
            continue
        for place in joins:
            if place < first_finite:
                continue
            start = place + 1
            while start < len(tokens) and tokens[start].penn in _SUBJECT_MODIFIERS:
                start += 1
            if start + 2 >= len(tokens):
                continue
            subject, verb, after = tokens[start:start + 3]
            rest = tokens[start + 1:]
            clause_end = next((k for k, t in enumerate(rest)
                               if t.penn == "CC" or t.text in SENTENCE_ENDS), len(rest))
            if (subject.penn == "NNS" and verb.penn == "NN"
                    and after.penn in _AFTER_A_JOINED_VERB
                    and not any(t.penn.startswith(("VB", "MD")) for t in rest[:clause_end])
                    and verb.text.islower() and verb.text not in CLOSED_CLASS
                    and words.is_noun_form(subject.text) and words.is_verb(verb.text)):
                verb.penn = "VBP"


def _first_clause_boundary(tokens: list[RawToken], places: list[int]) -> int | None:
    """Where the sentence's first clause ends: at a conjunction that joins a clause with
    its subject and finite verb, or that opens one; None when there is none. ``places``:
    where the conjunctions stand in ``tokens``, in order."""
    for place in places:
        if not 2 <= place < len(tokens) - 2:
            continue
        lower = tokens[place].text.lower()
        if lower in _CLAUSE_OPENERS:
            return place if _has_subject_and_verb(tokens, place + 1) else None
        if (lower in _CLAUSE_JOINS and tokens[place].penn == "CC"
                and _has_subject_and_verb(tokens, place + 1)):
            return place
    return None


def _has_subject_and_verb(tokens: list[RawToken], start: int) -> bool:
    """Whether a clause begins at ``start``: a subject's words, then a finite verb."""
    place = start
    while place < len(tokens) and tokens[place].penn in _SUBJECT_OPENERS:
        place += 1
    subject_end = place
    while place < len(tokens) and tokens[place].penn == "RB":
        place += 1  # "but teachers still work"
    return (start < subject_end and place < len(tokens)
            and _finite(tokens[place], tokens[subject_end - 1]))


def _finite(token: RawToken, subject: RawToken | None) -> bool:
    """Whether ``token`` is a finite verb after ``subject``: a base form after a plural
    is its present the tagger missed ("households pay/VB", "our neighbours grow/VB
    tomatoes")."""
    return token.penn in FINITE_VERB_TAGS or (
        token.penn == "VB" and subject is not None and subject.penn in {"NNS", "NNPS"})


def _modifier(clause: list[RawToken], place: int) -> bool:
    """Whether the verb form at ``place`` describes the noun after it: "Heating/VBG
    costs", "the rising/VBG prices", "frozen/VBN food"."""
    return (clause[place].penn in {"VBG", "VBN"} and place + 1 < len(clause)
            and clause[place + 1].penn in NOUNS)


def _retag_agreeing_verb(clause: list[RawToken], words: WordInfo, agreeing: _Forms, *,
                         at_end: _Forms | None) -> None:
    """Tags as a verb the first noun of ``clause`` that agrees as a verb with the noun
    before it (by ``agreeing``), and is followed by what follows a verb; or, by
    ``at_end``, ends the clause ("Ticket prices drop when ..."). An "-ing" modifier
    opening it is the noun."""
    for place in range(1, len(clause)):
        subject, token = clause[place - 1], clause[place]
        after = clause[place + 1] if place + 1 < len(clause) else None
        subject_tag = _noun_read_as_adjective(subject, words) or subject.penn
        forms = agreeing if after is not None else at_end or {}
        form = forms.get((subject_tag, token.penn))
        if (form is None or not token.text.islower() or token.text in CLOSED_CLASS
                or after is not None and after.penn not in _AFTER_THE_VERB):
            continue
        if words.is_noun_form(subject.text) and verb_form(token.text, form, words):
            token.penn, subject.penn = form, subject_tag
            opener = clause[0]
            if place == 2 and opener.penn == "VBG" and words.is_noun_form(opener.text):
                opener.penn = "NN"  # "Heating costs rise"
            return
        return  # (the first pair that agrees is the subject and its verb, or neither)


def _noun_read_as_adjective(token: RawToken, words: WordInfo) -> str | None:
    """"NN" for an adjective-tagged word the dictionary has as a noun and no adjective:
    "and snow/JJ falls"."""
    lower = token.text.lower()
    if (token.penn == "JJ" and token.text.islower() and words.is_noun_form(lower)
            and words.dictionary_lemma(lower, "ADJ") is None):
        return "NN"
    return None


# Prepositions after a clause's head noun: "the demand for cars", "the price of oil".
_HEAD_PREPOSITIONS = frozenset({"for", "of", "in", "on", "at", "from"})


def retag_verbs_of_joined_subordinate_clauses(raw: list[RawToken], words: WordInfo,
                                              at: WordPositions) -> None:
    """"When the economy slows and demand falls/NNS, people buy less": in a clause
    "when" or "if" opens, the clause "and" joins after one with its verb has a verb
    too, a noun that agrees with its subject ("falls –n."). "When the demand for cars
    falls/NNS": a clause with no verb whose head noun is singular before a
    preposition's phrase ends with its "-s" verb, whatever the plural before it. "When
    spending falls, shops close/RB.": the main clause after it ends with its verb. On
    CoNLL-2000 (train and test): no tag changed; 2 broken before the first clause had to
    end with no noun ("affect all sex and race groups/VBZ,")."""
    for index in at.where(lambda text: text.lower() in _CLAUSE_OPENERS):
        end = index + 1
        while (end < len(raw) and raw[end].sentence == raw[index].sentence
               and raw[end].text not in CLAUSE_ENDS):
            end += 1
        clause = raw[index + 1:end]
        if len(clause) < 2 or clause[0].text == "of":
            continue  # ("because of the talks")
        if not any(token.penn.startswith(("VB", "MD")) for token in clause):
            _retag_verb_after_head_phrase(clause, words)
        else:
            _retag_joined_clause_verb(clause, words)
        if end + 3 < len(raw) and raw[end].text == "," and any(
                token.penn in FINITE_VERB_TAGS for token in clause):
            _retag_verb_read_as_adverb(raw[end + 1:end + 4], words)


# What the first clause ends with when "and" may join a noun to its object, not a
# clause: "affect all sex and race groups", "through the Caribbean and the coast states".
_NOUN_PHRASE_ENDS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})


def _retag_joined_clause_verb(clause: list[RawToken], words: WordInfo) -> None:
    """The verb of one of two clauses "and" joins inside ``clause`` when the other has
    its own: the second's ("the economy slows and demand falls/NNS"), or the first's
    before a singular subject's "-s" verb ("oil prices rise/NN and demand falls": two
    subjects "and" joined would take a plural's verb)."""
    joins = [place for place, token in enumerate(clause)
             if token.text.lower() in _CLAUSE_JOINS and token.penn == "CC"]
    if not joins:
        return
    first, rest = clause[:joins[0]], clause[joins[0] + 1:]
    first_verb = any(t.penn.startswith(("VB", "MD")) for t in first)
    rest_verb = any(t.penn.startswith(("VB", "MD")) for t in rest)
    if (first_verb and not rest_verb and first[-1].penn not in _NOUN_PHRASE_ENDS
            and any(t.penn in FINITE_VERB_TAGS for t in first)):
        _retag_agreeing_verb(rest, words, _AGREEING, at_end=_AGREEING)
    elif not first_verb and any(t.penn == "VBZ" for t in rest):
        _retag_agreeing_verb(first, words, _PLURAL_SUBJECT_ONLY, at_end=_PLURAL_SUBJECT_ONLY)


def _retag_verb_read_as_adverb(main: list[RawToken], words: WordInfo) -> None:
    """"shops close/RB.": a main clause of a plural noun and an adverb-tagged verb's
    base form, ending the sentence, is the noun and its verb."""
    subject, token, end = main
    if (subject.penn == "NNS" and token.penn == "RB" and end.text in SENTENCE_ENDS
            and subject.sentence == end.sentence and token.text.islower()
            and token.text not in CLOSED_CLASS and words.is_verb(token.text)
            and words.is_noun_form(subject.text)):
        token.penn = "VBP"


def _retag_verb_after_head_phrase(clause: list[RawToken], words: WordInfo) -> None:
    """"the demand for cars falls/NNS": a clause opening with a singular noun (after its
    determiner and modifiers) and a preposition, and ending with a plural noun and a
    word in "-s" that is a verb's form, ends with that verb."""
    place = 0
    while place < len(clause) and clause[place].penn in {"DT", "PRP$", "JJ"}:
        place += 1
    if (place + 1 >= len(clause) - 2 or clause[place].penn != "NN"
            or clause[place + 1].text.lower() not in _HEAD_PREPOSITIONS):
        return
    last = clause[-1]
    if (last.penn == "NNS" and clause[-2].penn == "NNS" and last.text.islower()
            and words.is_noun_form(clause[place].text) and verb_form(last.text, "VBZ", words)):
        last.penn = "VBZ"
