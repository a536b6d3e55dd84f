"""Tag corrections of a phrase's head the tagger read as a modifier, and of the verb
beside it.

Each pass here starts from the head of a noun phrase or of a subject: a verb right
after its plural subject read as a noun or an adjective ("Police confiscate/NN
phones"), the noun of a determiner's adjective + noun compound read as an adjective
("its past tense/JJ form"), an "-ing" word heading a subject read as an adjective
("binge-watching/JJ movies ... loses"), a noun between a determiner and the clause's
verb read as an adjective ("The mechanic/JJ fixed").
"""

from __future__ import annotations

from itertools import islice, takewhile
from typing import TYPE_CHECKING

from vocab.closed_class import ORDINAL_WORDS
from vocab.raw_tokens import (
    FINITE_VERB_TAGS,
    PartsOfSpeech,
    RawToken,
    WordPositions,
    open_word,
    verb_form,
)

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo


# What a subject's verb is read as when the tagger takes it for the subject's modifier.
_VERB_MISREADINGS = frozenset({"NN", "JJ"})
# The tags of a subject's noun: "Police", "Guards".
_SUBJECT_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# What opens a verb's object: "confiscate phones", "confiscate the bags".
_OBJECT_OPENERS = frozenset({"DT", "PRP$", "PRP", "NN", "NNS", "JJ", "CD"})


def _same_sentence(raw: list[RawToken], index: int) -> bool:
    """Whether ``raw[index]`` exists and is in the sentence of ``raw[index - 1]``."""
    return 0 < index < len(raw) and raw[index].sentence == raw[index - 1].sentence


def retag_verbs_read_as_nouns_after_subjects(raw: list[RawToken], words: WordInfo) -> None:
    """"Police confiscate/NN phones at the border": a word tagged a noun or an
    adjective, right after a noun and before its object, that the dictionary has only
    as a verb's base form (no noun's, no adjective's form) is that verb, in the present
    ("confiscate" was glossed by WordNet's adjective, "surrendered as a penalty"). On
    CoNLL-2000 (train and test): 4 tags fixed ("Feedlots fatten", "stores revive"), none
    broken, 2 wrong to wrong (bare infinitives: "help rangers enforce", the reference's VB)."""
    last = len(raw) - 1
    for index, token in enumerate(raw):
        # (The tags before the sentences: most nouns and adjectives stop at one.)
        if (token.penn not in _VERB_MISREADINGS or not 0 < index < last
                or raw[index - 1].penn not in _SUBJECT_NOUNS
                or raw[index + 1].penn not in _OBJECT_OPENERS
                or not _same_sentence(raw, index) or not _same_sentence(raw, index + 1)):
            continue
        word = token.text
        if (open_word(word, words) and words.is_verb(word)
                and (not words.is_noun_form(word)
                     or _opening_plural_before_jj(raw, index, words))
                and not words.is_adjective_form(word)):
            token.penn = "VBP"


def _opening_plural_before_jj(raw: list[RawToken], index: int, words: WordInfo) -> bool:
    """Whether ``raw[index]`` is tagged an adjective right after the plural noun that
    opens its sentence: a verb or a noun, not the adjective the dictionary lacks, and
    before an object the verb ("Adverbs give/JJ hints"; a noun modifier has a name or
    a verb before it: "U.S. ski/JJ areas", "rent ski/JJ equipment"). The plural may
    still be tagged a name, as a sentence's first word ("Adverbs/NNP")."""
    plural = raw[index - 1]
    if raw[index].penn != "JJ" or (index > 1 and raw[index - 2].sentence == plural.sentence):
        return False
    later = index + 1
    while later < len(raw) and raw[later].sentence == plural.sentence:
        if raw[later].penn in FINITE_VERB_TAGS:
            return False  # "Halls cough/JJ tablets sell well": the verb is later
        later += 1
    if plural.penn == "NNS":
        return True
    lower = plural.text.lower()
    return (plural.penn == "NNP" and plural.text[1:].islower() and lower.endswith("s")
            and words.noun_lemma(lower) not in (None, lower))


# What opens a noun phrase whose adjective + noun may be one noun: "its past tense".
_PHRASE_OPENERS = frozenset({"DT", "PRP$", "POS"})


def retag_compound_nouns_read_as_adjectives(raw: list[RawToken], words: WordInfo,
                                            parts_of_speech: PartsOfSpeech) -> None:
    """"Write the verb in its past tense/JJ form": after a determiner and an adjective,
    an adjective-tagged word that is a noun and makes with that adjective a noun
    WordNet lists ("past tense") is that noun (the compound was missed, and "tense"
    glossed as "taut"). On CoNLL-2000 no tag changes; on the dev stories, "its past
    tense/NN form" and "the present perfect/NN tense"."""
    found: dict[int, str] = {}
    for index in range(2, len(raw)):
        token, adjective = raw[index], raw[index - 1]
        if (token.penn != "JJ" or adjective.penn != "JJ" or raw[index - 2].penn
                not in _PHRASE_OPENERS or not _same_sentence(raw, index)
                or not _same_sentence(raw, index - 1)):
            continue
        word = token.text
        if open_word(word, words) and open_word(adjective.text, words) \
                and words.noun_lemma(word) == word:
            found[index] = f"{adjective.text} {word}"
    if not found:
        return
    nouns = {key for key, pos in parts_of_speech(set(found.values())).items() if "n" in pos}
    for index, key in found.items():
        if key in nouns:
            raw[index].penn = "NN"


# What may stand before an "-ing" word heading a sentence's subject: "Even".
_BEFORE_A_GERUND = frozenset({"RB"})
# What may stand between a gerund's plural object and the clause's verb: "every night".
_OBJECT_GOES_ON = frozenset({"DT", "NN", "NNS", "NNP", "NNPS", "JJ", "IN", "PRP$", "CD",
                             "RB"})


def retag_gerunds_heading_subjects(raw: list[RawToken], words: WordInfo,
                                   at: WordPositions) -> None:
    """"Even binge-watching/JJ movies every night loses its appeal": an "-ing" form of
    a verb tagged an adjective, opening its sentence (after an adverb at most), with a
    plural noun after it and a verb's "-s" form for the clause's first verb, heads the
    subject: the plural is no subject of "loses", so the "-ing" word describes no noun
    and is the gerund whose object it is ("Growing demand pushes" stays). On CoNLL-2000
    no tag changes."""
    for index in at.where(_may_be_ing_form):
        token = raw[index]
        if index >= len(raw) - 2 or token.penn != "JJ" or raw[index + 1].penn != "NNS":
            continue
        start = index
        while start and raw[start - 1].sentence == token.sentence \
                and raw[start - 1].penn in _BEFORE_A_GERUND:
            start -= 1
        if start and raw[start - 1].sentence == token.sentence:
            continue
        if not _verb_ing_form(token.text.lower(), words):
            continue
        after = index + 2
        while (after < len(raw) and raw[after].sentence == token.sentence
               and raw[after].penn in _OBJECT_GOES_ON):
            after += 1
        if (after < len(raw) and raw[after].sentence == token.sentence
                and raw[after].penn == "VBZ"):
            token.penn = "VBG"


def _may_be_ing_form(text: str) -> bool:
    """Whether ``text`` is spelt as `_verb_ing_form` needs ("-ing" letters ending it, after
    a hyphen at most): what it asks before the dictionary, for finding its tokens."""
    last = text.lower().rpartition("-")[2]
    return last.endswith("ing") and last.isalpha()


def _verb_ing_form(lower: str, words: WordInfo) -> bool:
    """Whether ``lower`` is a verb's "-ing" form, or a hyphenated word whose last part
    is one ("binge-watching")."""
    last = lower.rpartition("-")[2]
    if not (last.endswith("ing") and last.isalpha()):
        return False
    verb = words.dictionary_lemma(last, "VERB")
    return verb is not None and verb != last


# A finite verb, or a participle the tagger read for a past, right after a subject.
_VERBS_AFTER_A_SUBJECT = FINITE_VERB_TAGS | {"VBN"}
# What a past participle the tagger read for the clause's past stands before: its object.
_PAST_OBJECT_OPENERS = frozenset({"DT", "PRP$", "PRP"})


def retag_nouns_between_determiners_and_verbs(raw: list[RawToken], words: WordInfo) -> None:
    """"The mechanic/JJ fixed/VBN my car": a word tagged an adjective between a
    determiner and a verb is the subject's noun when the dictionary has it as a noun
    met at least as often as the adjective; the past participle after it, before its
    object, is the clause's past. On CoNLL-2000 (train and test): 5 tags fixed ("the
    public perceives", "the weekly went", "the commercial concludes"), 2 broken against
    references that call such nouns adjectives ("the general allowed", "the former
    lures"), 3 wrong to wrong ("The following/VBG were")."""
    for index in range(1, len(raw) - 1):
        token, verb = raw[index], raw[index + 1]
        if (token.penn != "JJ" or raw[index - 1].penn != "DT"
                or verb.penn not in _VERBS_AFTER_A_SUBJECT
                or not _same_sentence(raw, index) or not _same_sentence(raw, index + 1)):
            continue
        word = token.text
        if not (open_word(word, words) and words.noun_lemma(word) == word
                and words.zipf(word, "NOUN") >= words.zipf(word, "ADJ")):
            continue
        if verb.penn == "VBN":
            if not (_same_sentence(raw, index + 2) and raw[index + 2].penn
                    in _PAST_OBJECT_OPENERS):
                continue
            verb.penn = "VBD"
        token.penn = "NN"



# What opens a verb's object right after it, read from the words themselves: "stole the
# car", "stole her purse", "hit them". (Not "this" or "that": "the budget cut this year"
# is a time phrase after a noun.) The corrections below start from these words.
_OBJECT_OPENING_WORDS = frozenset({"a", "an", "the", "my", "your", "his", "her", "its",
                                   "our", "their", "me", "him", "us", "them"})
# What the tagger makes of a past tense after its subject: "stole/NN", "stole/VBZ".
_PAST_MISREADINGS = frozenset({"NN", "JJ", "VBZ", "VBP"})
# How no verb's past ends: "says", "eating".
_NO_PAST_ENDINGS = ("s", "ing")
# A verb's base or past the tagger read as a noun or an adjective after a plural it
# made the verb: "drone strikes/VBZ hit/NN the village".
_VERB_READ_AFTER_A_PLURAL = frozenset({"NN", "JJ", "VB"})
_MISREAD_BEFORE_OBJECTS = _PAST_MISREADINGS | _VERB_READ_AFTER_A_PLURAL


def retag_verbs_read_as_nouns_before_objects(raw: list[RawToken], words: WordInfo,
                                             at: WordPositions) -> None:
    """Right before its object (an article, a possessive, an object pronoun), a word
    the tagger read as a noun is the clause's verb when the words before it are its
    subject: a noun with an object of its own after it is no English.

    "The criminal/JJ stole/NN the car", "A man stole/VBZ the car": a verb's past spelt
    unlike its base, after a noun (or a determiner's adjective that is a noun, then
    the subject's noun), is that past. "The drone strikes/VBZ hit/NN the village": a
    noun's plural the tagger made the verb, after a noun that modifies it, is the
    subject when the word after it is a verb (its past where it is spelt as one, "hit",
    else its present): a singular noun is no object with another object after it."""
    for index in at.of_texts(_OBJECT_OPENING_WORDS):
        verb_at = index - 1
        # (Tags first: most object openers follow a verb or a preposition.)
        if verb_at < 2 or raw[verb_at].penn not in _MISREAD_BEFORE_OBJECTS:
            continue
        verb, before = raw[verb_at], raw[verb_at - 1]
        if not raw[index].sentence == verb.sentence == before.sentence:
            continue
        if verb.penn in _PAST_MISREADINGS and before.penn in _SUBJECT_NOUNS | {"JJ"}:
            _retag_past_after_subject(raw, verb_at, words)
        elif (verb.penn in _VERB_READ_AFTER_A_PLURAL and before.penn == "VBZ"
              and raw[verb_at - 2].penn == "NN" and _same_sentence(raw, verb_at - 1)):
            _retag_verb_after_plural(raw, verb_at, words)


def _retag_past_after_subject(raw: list[RawToken], index: int, words: WordInfo) -> None:
    """"The criminal/JJ stole/NN the car": see `retag_verbs_read_as_nouns_before_objects`."""
    token, subject = raw[index], raw[index - 1]
    text = token.text
    # (`verb_form` takes "says" and "eating" for pasts too: their lemmas differ.)
    if text.endswith(_NO_PAST_ENDINGS) or not (
            open_word(text, words) and not words.is_verb(text)
            and verb_form(text, "VBD", words)):
        return
    if subject.penn == "JJ":
        # (After a determiner and its adjectives: "The young criminal stole".)
        opener = index - 2
        while opener > 0 and raw[opener].penn == "JJ" and _same_sentence(raw, opener + 1):
            opener -= 1
        if raw[opener].penn != "DT" or not _same_sentence(raw, opener + 1) or not (
                open_word(subject.text, words) and words.is_noun_form(subject.text)):
            return
        subject.penn = "NN"
    token.penn = "VBD"


def _retag_verb_after_plural(raw: list[RawToken], index: int, words: WordInfo) -> None:
    """"The drone strikes/VBZ hit/NN the village": see
    `retag_verbs_read_as_nouns_before_objects`."""
    verb, plural, modifier = raw[index], raw[index - 1], raw[index - 2]
    text = verb.text
    if text.endswith(_NO_PAST_ENDINGS) or not (
            open_word(text, words) and open_word(plural.text, words)
            and open_word(modifier.text, words)
            and words.noun_lemma(plural.text) not in (None, plural.text)):
        return
    if verb_form(text, "VBD", words):
        verb.penn = "VBD"
    elif words.is_verb(text):
        verb.penn = "VBP"
    else:
        return
    plural.penn = "NNS"


# Verbs whose object is an activity, an "-ing" form with its own object ("stop eating
# snacks", "avoid binge-eating snacks"), seldom a compound noun ("discuss spending cuts",
# "keep living costs low" and "delay market-opening steps" are left out).
_VERBS_OF_ACTIVITIES = frozenset({"stop", "quit", "avoid", "enjoy", "finish", "start",
                                  "begin", "continue", "resist", "practise", "practice",
                                  "admit", "deny", "imagine", "miss", "mind", "hate",
                                  "love", "prefer"})
# What the tagger makes of the "-ing" form there, and of the verb itself when it opens
# an order ("Avoid/JJ binge-eating snacks").
_GERUND_READINGS = frozenset({"NN", "JJ", "VBG"})
_VERB_TAGS = frozenset({"VB", "VBP", "VBZ", "VBD", "VBN", "VBG"})
_ORDER_MISREADINGS = frozenset({"NN", "NNP", "JJ"})
# What opens the "-ing" form's object: "eating snacks", "eating the cake".
_GERUND_OBJECT_OPENERS = frozenset({"NNS", "NN", "DT", "PRP$"})




def retag_gerunds_after_verbs_of_activities(raw: list[RawToken], words: WordInfo,
                                            at: WordPositions) -> None:
    """"She stopped binge-eating/NN snacks", "Avoid/JJ binge-eating/NN snacks": after a
    verb whose object is an activity ("stop", "avoid", "enjoy"), a verb's "-ing" form
    tagged a noun or an adjective, with its own object after it, is that verb's
    gerund (VBG): the snacks are eaten, no kind of snack. An order's verb the tagger
    made a noun or an adjective before such a gerund is the verb ("Stop/NN eating the
    cake!")."""
    # (The texts spelt as an "-ing" form may be, tested in one comprehension: a call
    # per text of a long story costs more than the test.)
    for index in at.of_texts([text for text in at.texts() if text[-3:] == "ing"]):
        token = raw[index]
        if (token.penn not in _GERUND_READINGS or not 0 < index < len(raw) - 1
                or not _same_sentence(raw, index) or not _same_sentence(raw, index + 1)
                or raw[index + 1].penn not in _GERUND_OBJECT_OPENERS):
            continue
        verb = raw[index - 1]
        opens_order = verb.penn in _ORDER_MISREADINGS and (
            index == 1 or raw[index - 2].sentence != verb.sentence)
        if verb.penn not in _VERB_TAGS and not opens_order:
            continue
        lower = verb.text.lower()
        base = lower if opens_order else words.lemma(lower, verb.penn)
        if base not in _VERBS_OF_ACTIVITIES or not _verb_ing_form(token.text, words):
            continue
        token.penn = "VBG"
        if opens_order:
            verb.penn = "VB"


# What follows a noun phrase's "-ing" head: its clause's verb ("The ship landing
# changed"), or the end of the clause or sentence ("remembers the ship landing.").
_AFTER_AN_ING_HEAD = FINITE_VERB_TAGS | {".", ",", ":"}
# Determiners that open a noun phrase whose "-ing" word heads it.
_ING_HEAD_DETERMINERS = frozenset({"DT", "PRP$"})
# What opens the object of the clause's verb read as a participle after an "-ing" head
# ("The bridge opening delayed/VBN traffic", "...delayed/VBN the traffic").
_HEAD_VERB_OBJECT_OPENERS = frozenset({"DT", "PRP$", "NN", "NNS", "JJ", "CD"})


def retag_ing_nouns_after_noun_modifiers(raw: list[RawToken], words: WordInfo,
                                         parts_of_speech: PartsOfSpeech) -> None:
    """"The ship landing/VBG surprised everyone": after a determiner and a noun, an
    "-ing" word that WordNet has as a noun, with the clause's verb or its end right
    after it, is the noun the first one describes (the glossary printed "landing –v.").
    A verb there would have no object and no place ("the dog barking" is rare in news).
    On CoNLL-2000 no tag changes; before a preposition 1 tag was fixed and 10 broken
    ("a deal going through", "a woman smiling as"), so the head's place ends there (a
    verb's object before one is no different: "watched the man walking on the beach"
    is the verb, "watched the moon landing on TV" the noun). The clause's
    verb may be read as a participle, spelt as its past, with its object after it:
    "The bridge opening/VBG delayed/VBN traffic" is a past, and the "-ing" word its
    subject's noun."""
    places = [index for index in range(2, len(raw) - 1)
              if raw[index].penn == "VBG" and raw[index - 1].penn == "NN"
              and (raw[index - 2].penn in _ING_HEAD_DETERMINERS
                   and (raw[index + 1].penn in _AFTER_AN_ING_HEAD
                        or _past_read_as_participle(raw, index, words))
                   or _counted_after_a_determiner(raw, index - 2)
                   and raw[index + 1].penn not in _ING_VERB_OBJECT_OPENERS)
              and raw[index - 2].sentence == raw[index + 1].sentence
              and raw[index].text.isalpha() and raw[index].text.islower()
              and raw[index - 1].text.isalpha() and raw[index - 1].text.islower()]
    if not places:
        return
    nouns = parts_of_speech({raw[index].text for index in places})
    for index in places:
        if "n" in nouns.get(raw[index].text, ()):
            raw[index].penn = "NN"
            if raw[index + 1].penn == "VBN":
                raw[index + 1].penn = "VBD"


def _counted_after_a_determiner(raw: list[RawToken], index: int) -> bool:
    """Whether the word at ``index`` is an ordinal after a determiner, in one sentence
    ("the first moon landing on TV"): an ordinal counts the events the "-ing" noun
    names, so what follows it, a preposition too, cannot make that noun a verb (the
    glossary printed "landing –v."), unless an object follows ("the third quarter
    ending/VBG Oct. 31", the one tag it broke on CoNLL-2000 without that test; with it,
    none changed)."""
    return (index > 0 and raw[index].text in _COUNTING_ORDINALS
            and raw[index - 1].penn in _ING_HEAD_DETERMINERS
            and raw[index - 1].sentence == raw[index].sentence)


# What opens an "-ing" verb's object, after which it is the verb: "the third quarter
# ending Oct. 31".
_ING_VERB_OBJECT_OPENERS = frozenset({"NNP", "NNPS", "NN", "NNS", "DT", "PRP$", "PRP", "CD",
                                      "JJ"})
# The ordinals that count a noun's events: "the first moon landing", "its third".
_COUNTING_ORDINALS = ORDINAL_WORDS | {"first", "second", "third", "last", "next"}


def _past_read_as_participle(raw: list[RawToken], index: int, words: WordInfo) -> bool:
    """Whether after the "-ing" word at ``index`` the clause's verb is read as a
    participle spelt as its past, with its object after it, and the phrase opens its
    sentence ("The bridge opening delayed/VBN traffic"): a participle there would
    leave the sentence no verb."""
    verb = raw[index + 1]
    return (verb.penn == "VBN" and index + 2 < len(raw)
            and raw[index + 2].penn in _HEAD_VERB_OBJECT_OPENERS
            and raw[index + 2].sentence == verb.sentence
            and (index == 2 or raw[index - 3].sentence != verb.sentence)
            and not any(token.penn in FINITE_VERB_TAGS for token in takewhile(
                lambda token: token.sentence == verb.sentence, islice(raw, index + 2, None)))
            and verb_form(verb.text, "VBD", words))
