"""Tag corrections read from a verb and the object after it.

A verb of seeing, hearing or causing takes an object and a bare infinitive after it:
"saw the stone sink/NN", "will have the team return/NN home". The tagger reads the
infinitive as a noun of a compound with the object ("stone sink"), and the glossary
printed "drop –n.".
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from vocab.raw_tokens import PartsOfSpeech, RawToken, WordPositions, open_word, verb_form

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo


# Verbs followed by an object and a bare infinitive: "saw the stone sink", "heard the
# door close", "had the team return", "let the dough rest".
# ("make" and "help" are read by `vocab.retag_phrases` alone: on CoNLL-2000 "make the
# venture work" is the reference's noun.)
_CAUSING_OR_SENSING = frozenset({
    "have", "has", "had", "having", "let", "lets", "letting", "see", "sees", "saw", "seeing",
    "watch", "watches", "watched", "watching", "hear", "hears", "heard", "hearing",
    "feel", "feels", "felt", "feeling", "notice", "notices", "noticed", "noticing"})
_CAUSING_OR_SENSING_FORMS = frozenset(
    form for word in _CAUSING_OR_SENSING for form in (word, word.capitalize()))
# What opens the object: "the stone", "his car", "our team".
_OBJECT_DETERMINERS = frozenset({"DT", "PRP$"})
# Describing words inside the object: "the small grey stone".
_OBJECT_MODIFIERS = frozenset({"JJ", "CD"})
# Words longest in an object before its noun: "the two small boats".
_MOST_MODIFIERS = 2
# What follows the infinitive, its clause going on as a verb's would: a place or time
# ("drop into the water", "return home", "rest overnight"), the end of the clause.
_AFTER_AN_INFINITIVE = frozenset({"IN", "TO", "RB", "RP", ".", ",", ":"})
# Words that say where or when after a verb, tagged as nouns: "return home", "rest
# overnight".
_PLACE_NOUNS = frozenset({"home", "downstairs", "upstairs", "overnight", "today",
                          "tonight", "tomorrow"})
# Things watched or heard, nouns that are verbs too: after "watched the football" or
# "heard the radio", they end the object ("the football match", "the radio broadcast"),
# which the dictionary lacks as one word.
_EVENTS = frozenset({"match", "race", "show", "play", "fight", "parade", "launch",
                     "dance", "display", "march", "debate", "test", "talk", "report",
                     "broadcast", "call", "cast", "screen", "program", "programme"})
# After "have" and its object a verb spelt as its participle is that participle: "will
# have its work cut out", "had her hair cut".
_HAVE = frozenset({"have", "has", "had", "having"})
# Determiners of an object that is no doer of an infinitive: a quantity ("have no
# time", "had some fun") or a thing had ("has a 60 % stake", "had a strong market
# position": 6 tags broken on CoNLL-2000 with "a").
_NOT_A_DOER = frozenset({"a", "an", "no", "some", "any", "enough", "much", "more", "less"})
# Verbs of hearing and watching, whose object is seen or heard doing something over
# time: after them the tagger reads a verb that is an adjective or adverb too as one
# ("heard the door close/RB", "watched the gate open/JJ"). Not "see" or "notice", after
# which such a word is as often what the object is ("saw the door open").
_HEARING_OR_WATCHING = frozenset({"hear", "hears", "heard", "hearing", "watch", "watches",
                                  "watched", "watching"})
# "feel" too, but for a word read as an adverb with a place after it only ("felt the
# door close behind her"): one read as an adjective, or ending the sentence, says what
# the object felt like ("felt the water warm", "felt the danger close").
_FEELING = frozenset({"feel", "feels", "felt", "feeling"})
# What the verb after the object of a verb of hearing or watching is tagged as.
_ADVERB_OR_ADJECTIVE = frozenset({"RB", "JJ"})
# What follows an adverb that is no verb: "watched the boat close to shore", "heard the
# voice close by".
_ADVERB_GOES_ON = frozenset({"to", "by"})


def retag_infinitives_after_objects(raw: list[RawToken], words: WordInfo,
                                    parts_of_speech: PartsOfSpeech,
                                    at: WordPositions) -> None:
    """"We saw the stone sink/NN into the lake", "They will have the team return/NN
    home": after a verb of seeing, hearing or causing and its object (a determiner and
    its noun), a noun-tagged word that can be a verb, with a place, a time or the end of
    its clause after it, is the bare infinitive. Not when the object and the word are a
    compound the dictionary has ("saw the bus stop", "have a bank account")."""
    found: list[tuple[RawToken, str]] = []
    for index in at.of_texts(_CAUSING_OR_SENSING_FORMS):
        verb = raw[index]
        if not verb.penn.startswith("VB") or index + 3 >= len(raw):
            continue
        opener = raw[index + 1]
        if opener.penn not in _OBJECT_DETERMINERS or opener.text.lower() in _NOT_A_DOER:
            continue
        noun = index + 2
        while noun - index - 2 < _MOST_MODIFIERS and raw[noun].penn in _OBJECT_MODIFIERS:
            noun += 1
        if noun + 2 >= len(raw) or raw[noun].penn != "NN":
            continue
        token, after = raw[noun + 1], raw[noun + 2]
        if token.penn in _ADVERB_OR_ADJECTIVE:
            if ((verb.text.lower() in _HEARING_OR_WATCHING
                 or token.penn == "RB" and verb.text.lower() in _FEELING
                 and after.sentence == token.sentence and after.penn == "IN")
                    and verb.sentence == token.sentence
                    and _verb_ends_its_clause(token, after)
                    and open_word(token.text, words) and words.is_verb(token.text)):
                token.penn = "VB"
            continue
        if (token.penn != "NN" or not verb.sentence == token.sentence == after.sentence
                or not (after.penn in _AFTER_AN_INFINITIVE
                        or after.text.lower() in _PLACE_NOUNS)
                or not open_word(token.text, words) or not words.is_verb(token.text)):
            continue
        if token.text in _EVENTS or (verb.text.lower() in _HAVE
                                     and words.is_unchanged_verb_form(token.text, "VBN")):
            continue
        found.append((token, f"{raw[noun].text.lower()} {token.text}"))
    if not found:
        return
    compounds = parts_of_speech({pair for _, pair in found})
    for token, pair in found:
        if pair not in compounds:
            token.penn = "VB"


def _verb_ends_its_clause(token: RawToken, after: RawToken) -> bool:
    """Whether what follows ``token`` goes on as a bare infinitive's clause would (a
    place, a time, an adverb, the sentence's end), not as an adverb's ("close to")."""
    return (after.sentence != token.sentence
            or (after.penn in _AFTER_AN_INFINITIVE
                and after.text.lower() not in _ADVERB_GOES_ON))


# What may stand before a name that is a clause's subject: nothing (the sentence's
# start), a comma, a conjunction or "that" ("officials said that Interpol plans to...").
_BEFORE_A_SUBJECT = frozenset({",", "CC", "IN", "WDT", "``"})
# What follows a verb of saying or planning in "-s", never a plural noun: a clause
# ("reports that", "says the ice is...") or "to" ("plans to").
_CLAUSE_AFTER_A_VERB = frozenset({"that"})
_THAT_FORMS = frozenset(form for word in _CLAUSE_AFTER_A_VERB
                        for form in (word, word.capitalize(), word.upper()))
_NAME_TAGS = frozenset({"NNP", "NNPS"})
# What opens the subject of the clause "that" opens after a verb: "reports that the
# ice...", "says that scientists...".
# (Not a word tagged a singular noun or an adjective: a relative clause's verb may be
# read so, "IBM models that last/JJ for years".)
_CLAUSE_SUBJECT_OPENERS = frozenset({"DT", "PRP", "PRP$", "NNS", "NNP", "NNPS", "CD", "EX"})


def retag_verbs_in_s_after_names(raw: list[RawToken], words: WordInfo,
                                 at: WordPositions) -> None:
    """"Interpol reports/NNS that the thieves escaped": a name opening its clause, then a
    word tagged a plural noun that is a verb's "-s" form, then "that", is the name's
    verb (the glossary printed "reports –n."), where the clause "that" opens has its
    subject. Not after a determiner ("The Interpol reports that were leaked") or a dash,
    nor before a relative clause's verb ("chatbots – AI tools that work"). On CoNLL-2000
    (train and test): 1 tag changed against a wrong reference ("Hewlett-Packard claims
    that the software allows")."""
    for index in (that - 1 for that in at.of_texts(_THAT_FORMS)):
        token = raw[index]
        if token.penn != "NNS" or index < 1:
            continue
        after = raw[index + 1]
        if after.text.lower() not in _CLAUSE_AFTER_A_VERB or after.sentence != token.sentence:
            continue
        if index + 2 >= len(raw) or raw[index + 2].penn not in _CLAUSE_SUBJECT_OPENERS:
            continue  # "AI tools that work": a relative clause's verb after "that"
        start = index - 1
        while start >= 0 and raw[start].penn in _NAME_TAGS \
                and raw[start].text[:1].isalpha() and raw[start].sentence == token.sentence:
            start -= 1
        if start == index - 1:
            continue  # no name before it
        if start >= 0 and raw[start].sentence == token.sentence and (
                raw[start].penn not in _BEFORE_A_SUBJECT or raw[start].text.lower() in _OF):
            continue
        if not open_word(token.text, words):
            continue
        verb = words.dictionary_lemma(token.text, "VERB")
        if verb is not None and verb != token.text:
            token.penn = "VBZ"


# Prepositions a name after them belongs to, no subject: "the reports of Interpol that...".
_OF = frozenset({"of", "in", "at", "from", "by", "for", "with", "on", "about"})


# Links of verbs that share their subject and tense: "visited Paris and met the mayor".
_VERB_LINKS = frozenset({"and", "or", "but", "then"})
# Words a past's object or place spans back to the joined verb at most: "visited the
# old city of Paris and met".
_MOST_WORDS_BETWEEN = 8
# What ends a verb's clause before a link that joins another's: a verb there belongs
# to another clause ("said the talks, which ended, and met").
_CLAUSE_BREAKS = frozenset({",", ":", ";", "WDT", "WP", "IN"})


def retag_pasts_joined_to_pasts(raw: list[RawToken], words: WordInfo,
                                at: WordPositions) -> None:
    """"The leaders visited Paris and met/VBN with the president": a verb joined by
    "and" to a past tense of its clause, tagged a participle that is spelt as its past
    ("met", "held", "found"), is that past: the two share their subject and tense.
    Only a past right after its subject (not "had visited and met", nor "securities
    issued last spring and backed by"), and a joined verb with its object or "with"
    after it (a passive's participle has none). On CoNLL-2000 no tag changes; without
    those two tests, 1 tag fixed and 7 broken."""
    for link in at.of_texts(_VERB_LINKS):
        if link + 1 >= len(raw) or raw[link].penn != "CC":
            continue
        token = raw[link + 1]
        if token.penn != "VBN" or token.sentence != raw[link].sentence \
                or not verb_form(token.text, "VBD", words):
            continue
        first = link - 1
        while (first >= 0 and link - first <= _MOST_WORDS_BETWEEN
               and raw[first].sentence == token.sentence
               and not raw[first].penn.startswith("VB")
               and raw[first].penn not in _CLAUSE_BREAKS and raw[first].penn != "MD"):
            first -= 1
        if (first < 1 or raw[first].penn != "VBD" or raw[first].sentence != token.sentence
                or raw[first - 1].penn not in _SUBJECT_ENDS):
            continue
        after = raw[link + 2] if link + 2 < len(raw) else None
        if after is not None and after.sentence == token.sentence and (
                after.penn in _OBJECT_STARTS or after.text.lower() == "with"):
            token.penn = "VBD"


# What a past tense's subject ends with: "The leaders visited", "She visited".
_SUBJECT_ENDS = frozenset({"PRP", "NN", "NNS", "NNP", "NNPS"})
# What opens the object of the joined past, which a passive participle lacks ("and
# backed by Citibank", "acquired or sold ,"): "and met the president", "and met with".
_OBJECT_STARTS = frozenset({"DT", "PRP$", "PRP", "NNP", "CD"})


# What a place or time after a participle spans: "examined on Titan's surface",
# "collected in the last two years".
_PHRASE_WORDS = frozenset({"IN", "DT", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "POS",
                           "CD", "PRP$"})
# Words longest from such a participle to its clause's verb.
_MOST_PHRASE_WORDS = 8
# The verb of the clause the described noun is the subject of: "craters examined on
# Titan were".
_CLAUSE_VERBS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_HEAD_NOUNS = frozenset({"NNS", "NN"})
_PENN = attrgetter("penn")
# Words that open a clause of their own after a verb, whose verb is not the described
# noun's: "rebounded as traders shook off", "agreed in 1972 that".
_CLAUSE_LINKS = frozenset({"as", "after", "before", "since", "until", "while", "because",
                           "although", "though", "if", "that", "once", "than", "whether",
                           "when", "where", "amid"})


def retag_participles_describing_subjects(raw: list[RawToken], words: WordInfo) -> None:
    """"Many craters examined/VBD on the moon's surface were old": a past tense right
    after a noun, with a place or time and then the clause's own verb after it, is the
    participle describing the noun (the subject of that verb): no clause has two verbs
    side by side so. Only a past spelt as its participle ("examined", "found"), and no
    word that opens a clause of its own on the way ("rebounded as traders shook off").
    On CoNLL-2000 (train): 4 tags fixed ("cattle slaughtered in the quarter dropped"),
    2 changed against wrong references ("the value of the stock received in a
    conversion would exceed"); test: none."""
    # (A past made a participle below is no head noun, phrase word or clause verb of
    # another: the pasts found first are the ones to read.)
    pasts = [index for index, penn in enumerate(map(_PENN, raw)) if penn == "VBD"]
    for index in pasts:
        token = raw[index]
        if (index < 1 or index + 2 >= len(raw) or token.penn != "VBD"
                or raw[index - 1].penn not in _HEAD_NOUNS or raw[index + 1].penn != "IN"
                or raw[index + 1].text.lower() == "that"
                or not raw[index - 1].sentence == token.sentence == raw[index + 1].sentence):
            continue
        after = index + 1
        while (after < len(raw) and after - index <= _MOST_PHRASE_WORDS
               and raw[after].sentence == token.sentence and raw[after].penn in _PHRASE_WORDS
               and raw[after].text.lower() not in _CLAUSE_LINKS):
            after += 1
        if (after - index > 2 and after < len(raw) and raw[after].sentence == token.sentence
                and raw[after].penn in _CLAUSE_VERBS and raw[after - 1].penn != "IN"
                and not _describes_a_time(raw, after)
                and verb_form(token.text, "VBD", words)
                and words.lemma(token.text.lower(), "VBN") == words.lemma(token.text.lower(),
                                                                          "VBD")
                and _participle_spelt_as_past(token.text, words)):
            token.penn = "VBN"


def _describes_a_time(raw: list[RawToken], index: int) -> bool:
    """Whether the past at ``index`` describes the noun before it with a date after it:
    "in the week ended/VBD Tuesday" is no clause's verb."""
    after = raw[index + 1] if index + 1 < len(raw) else None
    return raw[index].penn == "VBD" and after is not None and after.penn in {"NNP", "CD"}


def _participle_spelt_as_past(text: str, words: WordInfo) -> bool:
    """Whether ``text`` is its verb's participle as well as its past ("examined",
    "found"; not "took", "rose")."""
    return text.lower().endswith("ed") or words.is_unchanged_verb_form(text, "VBN")
