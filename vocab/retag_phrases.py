"""Tag corrections from the words around a word.

Each pass here starts from the phrase a word stands in: verbs after "he", "she", "it"
and after "to", an unknown plural before its past, comparatives after a linking verb,
before a noun or after an object, an adjective after a linking verb ("got wet"), a
noun after "without" ("without warning"), past tenses that describe ("is broke"), a
story's nouns read as adjectives, bare infinitives ("helps schools hire"), a
determiner's adjective with no noun after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vocab.closed_class import BE_FORMS, CLOSED_CLASS, LIST_LINKS
from vocab.raw_tokens import (
    BARE_INFINITIVE_VERBS,
    DETERMINERS,
    GRADING_WORDS,
    NOUNS,
    PAST_TENSES_ALSO_ADJECTIVES,
    PLACE_ADVERBS,
    SENTENCE_ENDS,
    SINGULAR_SUBJECTS,
    SMALL_AMOUNTS,
    RawToken,
    WordPositions,
    comparative,
    may_be_comparative,
    open_word,
    verb_form,
)
from vocab.verb_objects import TIME_UNITS

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo


def retag_verbs_after_subject_pronouns(raw: list[RawToken], words: WordInfo,
                                        at: WordPositions) -> None:
    """"He faces charges of fraud", "she plans changes": two "-s" words after "he",
    "she" or "it", tagged a plural noun and a verb, are the verb and its object. The fallback
    tagger read them so ("charges –v. to make a rush at"); CoNLL-2000 (train and test)
    has no such pair to fix or break, with either tagger."""
    for index in (place + 1 for place in at.of(SINGULAR_SUBJECTS) if place + 2 < len(raw)):
        subject, verb, noun = raw[index - 1], raw[index], raw[index + 1]
        if (verb.penn == "NNS" and noun.penn == "VBZ"
                and subject.sentence == verb.sentence == noun.sentence
                and verb_form(verb.text.lower(), "VBZ", words)
                and words.is_noun_form(noun.text)):
            verb.penn, noun.penn = "VBZ", "NNS"


def retag_verbs_after_plural_pronouns_and_all(raw: list[RawToken], words: WordInfo) -> None:
    """"We all share/NN the cost": a word tagged a noun or an adjective after "we",
    "they" or "you" and a determiner standing for them ("all", "both") is their verb
    when it is a verb's base form; no noun follows a subject pronoun so."""
    # (Only at a pronoun: the pass makes none, so the pronouns found first are all.)
    for place in [i for i, token in enumerate(raw) if token.penn == "PRP"]:
        if place >= len(raw) - 2:
            break
        subject, quantifier, verb = raw[place:place + 3]
        if (subject.penn == "PRP" and quantifier.penn == "DT" and verb.penn in _NOUN_OR_ADJECTIVE
                and subject.text.lower() in _PLURAL_SUBJECT_PRONOUNS
                and subject.sentence == verb.sentence and verb.text.islower()
                and words.is_verb(verb.text)):
            verb.penn = "VBP"


_PLURAL_SUBJECT_PRONOUNS = frozenset({"we", "they", "you"})
_NOUN_OR_ADJECTIVE = frozenset({"NN", "JJ"})


# What a clause's subject follows: its start, or its determiner or modifier.
_BEFORE_A_SUBJECT = frozenset({",", ":", "CC", "DT", "JJ", "CD", "PRP$", "``"})
# What the tagger makes of a plural it does not know before a verb's past ("slugs
# destroyed": a verb's "-s" or base form, an adjective), and of that past ("ate": a
# present, a noun).
_SUBJECT_MISREADINGS = frozenset({"VBZ", "VBP", "JJ"})
_PAST_MISREADINGS = frozenset({"VBD", "VBN", "VBP", "NN"})


def retag_plural_subjects_before_past_tenses(raw: list[RawToken], words: WordInfo,
                                             at: WordPositions) -> None:
    """"In the first year, slugs destroyed most of the lettuce": a plural noun the
    tagger does not know, opening its clause right before a verb's past form, read as a
    verb ("slug –v. strike heavily", QA walk-through) or an adjective ("slugs ate"), is
    the noun that does it; a past read as a present or a noun ("ate") is the past. No
    verb's "-s" form is followed by a past, nor its base form by one (the past then is
    a participle, and left so: "the slugs found in the garden"). On CoNLL-2000
    (train and test): no tag changes (its plurals are ones the tagger knows)."""
    for index in at.where(_plural_spelling):
        if index + 1 >= len(raw):
            break
        token, after = raw[index], raw[index + 1]
        if token.penn not in _SUBJECT_MISREADINGS or after.penn not in _PAST_MISREADINGS \
                or after.sentence != token.sentence:
            continue
        before = raw[index - 1] if index and raw[index - 1].sentence == token.sentence else None
        if before is not None and before.penn not in _BEFORE_A_SUBJECT:
            continue
        lower = token.text.lower()
        if not (lower.endswith("s") and not lower.endswith("ss") and open_word(lower, words)
                and words.is_noun_form(lower) and words.lemma(lower, "NNS") != lower
                and not words.is_verb(lower)):
            continue
        past = after.text.lower()
        verb = words.lemma(past, "VBD")
        if verb == past or not words.is_verb(verb) or not words.is_verb_form(past):
            continue  # (the lemmatiser makes "publish" of "publisher" too)
        token.penn = "NNS"
        if after.penn in ("VBP", "NN"):
            after.penn = "VBD"


def _plural_spelling(text: str) -> bool:
    """Whether ``text`` ends as a plural noun's spelling may ("slugs", not "grass")."""
    lower = text.lower()
    return lower.endswith("s") and not lower.endswith("ss")


# What opens a verb's object: "to plant two hundred trees", "to water the garden",
# which the tagger reads as nouns after "to"; a noun after "to" is followed by other
# things ("to school.", "to market the day before" stays a noun only by luck).
_OBJECT_OPENERS = frozenset({"DT", "PRP$", "CD"})


# What an adjective is followed by, or a verb seldom is: "to clean water", "to high levels".
_ADJECTIVE_READING_AFTER = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBG",
                                      "POS"})
# What "to last" follows when it is no verb: "second to last", "next to last".
_RANK_BEFORE_TO = frozenset({"JJ", "JJS", "RB", "CD"})


def retag_verbs_after_to(raw: list[RawToken], words: WordInfo, at: WordPositions) -> None:
    """"to plant two hundred trees": a noun-tagged verb with its object after it;
    "expected to last two years": an adjective-tagged verb with no noun after it (it
    was "last –adj. occurring at or forming an end"). The adjective's reading, on
    CoNLL-2000 (train and test): 1 tag fixed, none broken."""
    # ("TO" is the tag of "to" alone.)
    for index in (place + 1 for place in at.of({"to"}) if place + 2 < len(raw)):
        before, token, after = raw[index - 1:index + 2]
        if before.penn != "TO" or not before.sentence == token.sentence == after.sentence:
            continue
        noun_with_object = token.penn == "NN" and after.penn in _OBJECT_OPENERS
        adjective_alone = (token.penn == "JJ" and token.text.islower()
                           and after.penn not in _ADJECTIVE_READING_AFTER
                           and (index < 2 or raw[index - 2].penn not in _RANK_BEFORE_TO))
        if (noun_with_object or adjective_alone) and words.is_verb(token.text):
            token.penn = "VB"


# Verbs that link their subject to an adjective: "the ocean grows warmer", "prices
# got cheaper", "it is bigger".
_LINKING_VERBS = frozenset({
    "grow", "grows", "grew", "grown", "growing", "become", "becomes", "became", "becoming",
    "get", "gets", "got", "gotten", "getting", "seem", "seems", "seemed", "feel", "feels",
    "felt", "look", "looks", "looked", "turn", "turns", "turned", "stay", "stays", "stayed",
    "remain", "remains", "remained", "be", "is", "are", "was", "were", "been", "being", "'s",
    "'re"})


# Words that may stand between the verb and its adjective: "grew much warmer".
# ("no longer", "any longer" are adverbs: not among them.)
_DEGREE_WORDS = frozenset({"much", "even", "far", "still", "slightly", "a", "little", "bit",
                           "somewhat", "considerably", "significantly"})


def retag_comparatives_after_linking_verbs(raw: list[RawToken], words: WordInfo,
                                           at: WordPositions) -> None:
    """"As the ocean grows warmer": "warmer" is the adjective's comparative there, not
    the noun (a heater), which the tagger made of it. On CoNLL-2000 (train and test):
    6 tags fixed, none broken; 7 with "worse" and "better" ("got worse")."""
    for index in at.where(may_be_comparative):
        token = raw[index]
        if token.penn not in {"NN", "RBR"} or not comparative(token.text, words):
            continue
        before = index - 1
        while (before >= 0 and raw[before].sentence == token.sentence
               and raw[before].text.lower() in _DEGREE_WORDS):
            before -= 1
        if (before >= 0 and raw[before].sentence == token.sentence
                and raw[before].text.lower().replace("’", "'") in _LINKING_VERBS):
            token.penn = "JJR"


# What follows an adjective a linking verb ends with: no noun, but a preposition, an
# adverb or the end of its clause ("stay more alert at night", "is more level here.").
_AFTER_A_LINKED_ADJECTIVE = frozenset({"IN", "TO", "RB", ".", ",", ":", "CC"})


def retag_graded_adjectives_after_linking_verbs(raw: list[RawToken], words: WordInfo,
                                                at: WordPositions) -> None:
    """"Drivers must stay more alert at night": after a linking verb and a grading
    word, a word the dictionary has as an adjective with no noun after it is that
    adjective, not the noun (a warning signal) the tagger made of it. (The word right
    before it grades it: "it was so much fun", where "much" grades no adjective.) "A
    little" and "a bit" grade so too: "The rain was a little crazy on Saturday" read
    "crazy –n." (QA walk-through); "has a little cold" keeps its noun (no linking verb)."""
    for index in (place + 1 for place in at.of(GRADING_WORDS | SMALL_AMOUNTS)
                  if place + 2 < len(raw)):
        token, after = raw[index], raw[index + 1]
        grading = raw[index - 1].text.lower()
        if grading in SMALL_AMOUNTS and (index < 2 or raw[index - 2].text.lower() != "a"):
            continue
        if (token.penn != "NN" or after.sentence != token.sentence
                or raw[index - 1].sentence != token.sentence
                or after.penn not in _AFTER_A_LINKED_ADJECTIVE
                or not open_word(token.text, words)
                or words.lemma(token.text, "JJ") != token.text
                or not words.is_adjective_form(token.text)):
            continue
        before = index - 1
        while (before >= 0 and raw[before].sentence == token.sentence
               and raw[before].text.lower() in GRADING_WORDS | _DEGREE_WORDS):
            before -= 1
        if (before >= 0 and raw[before].sentence == token.sentence
                and raw[before].text.lower().replace("’", "'") in _LINKING_VERBS):
            token.penn = "JJ"


# Tags the tagger gives an adjective right after a linking verb: "got wet/NNS", "got
# wet/RB in the rain", "stayed warm/NN".
_LINKED_ADJECTIVE_SLIPS = frozenset({"NN", "NNS", "RB"})


def retag_adjectives_after_linking_verbs(raw: list[RawToken], words: WordInfo,
                                         at: WordPositions) -> None:
    """"The players got wet/NNS.", "The tent stayed warm/NN at night": right after a
    linking verb, with no noun after it, a word the dictionary has as an adjective and
    meets more as one than as a noun (its comparatives count: "wetter") describes the
    subject ("wet –n." in the word panel). Not one met as much as a noun ("got water",
    "is fun"), nor an adverb the tagger saw ("stayed late/RB"); one that is no noun in
    the dictionary is the adjective ("stayed awake/NN"; its frequency is the word's own
    in either part of speech): on CoNLL-2000 (train and test) 4 more fixed ("was
    uneven/RB", "is mature/NN"), 1 broken (the reference's "is awry/RB")."""
    linking = at.where(lambda text: text.lower().replace("’", "'") in _LINKING_VERBS)
    for index in (verb + 1 for verb in linking if verb + 2 < len(raw)):
        token = raw[index]
        if token.penn not in _LINKED_ADJECTIVE_SLIPS:
            continue
        before, after = raw[index - 1], raw[index + 1]
        lower = token.text.lower()
        if (not before.penn.startswith("VB")  # (not "the day's high")
                or not before.sentence == token.sentence == after.sentence
                or after.penn not in _AFTER_A_LINKED_ADJECTIVE
                or not open_word(token.text, words)
                or words.dictionary_lemma(lower, "ADJ") != lower
                or (token.penn == "RB" and words.dictionary_lemma(lower, "ADV") is not None)):
            continue
        if (words.dictionary_lemma(lower, "NOUN") is None  # "stayed awake/NN"
                or words.zipf(lower, "ADJ") > words.zipf(lower, "NOUN")):
            token.penn = "JJ"


# What ends the phrase a preposition's bare "-ing" noun ends: "without warning.",
# "without warning, and", "without warning in the night".
_AFTER_A_BARE_NOUN = frozenset({".", ",", ":", ";", "CC", "IN", "''"})
# How much rarer than the word its plural may be for the word to count as a noun of its
# own (Zipf): "warnings" (3.8) beside "warning" (4.6), not "clearings" (2.3, 4.0).
_OWN_PLURAL_ZIPF_BELOW = 1.0


def retag_nouns_of_their_own_after_without(raw: list[RawToken], words: WordInfo,
                                           at: WordPositions) -> None:
    """"The company closed the shop without warning/VBG.": an "-ing" word right after
    "without" that ends its phrase, and is a noun of its own, met in the plural too
    ("warnings"), is that noun ("with no warning"), not the verb's participle ("warn"
    in the word panel). A participle with an object stays ("without warning anyone"),
    and one no plural has ("without paying"). (After other prepositions a bare "-ing"
    word is as often the verb: "after meeting, they left".) A phrase of time may end
    its phrase too ("without warning last month"). CoNLL-2000 (train and test) has no
    such word to change."""
    for index in (place + 1 for place in at.of({"without"}) if place + 2 < len(raw)):
        token = raw[index]
        if token.penn != "VBG":
            continue
        after = raw[index + 1]
        lower = token.text.lower()
        if ((after.penn in _AFTER_A_BARE_NOUN or _time_phrase(raw, index + 1))
                and token.text.islower()
                and raw[index - 1].sentence == token.sentence
                and words.dictionary_lemma(lower, "NOUN") == lower
                and words.text_zipf(lower + "s")
                >= words.text_zipf(lower) - _OWN_PLURAL_ZIPF_BELOW):
            token.penn = "NN"


# Words that open a phrase of time before a noun of time: "last month", "this year".
_TIME_PHRASE_OPENERS = frozenset({"last", "next", "this", "every", "that"})
# Words that are a phrase of time alone.
_TIME_ADVERBS = frozenset({"yesterday", "today", "tonight", "tomorrow"})


def _time_phrase(raw: list[RawToken], index: int) -> bool:
    """Whether a phrase of time opens at ``index``: "yesterday", "last month", "this
    year", "every week" ("without warning last night")."""
    lower = raw[index].text.lower()
    if lower in _TIME_ADVERBS:
        return True
    after = raw[index + 1] if index + 1 < len(raw) else None
    return (lower in _TIME_PHRASE_OPENERS and after is not None
            and after.sentence == raw[index].sentence
            and after.text.lower() in TIME_UNITS)


# The linking verbs but "be": "there has been sporadic fighting/NN".
_LINKING_VERBS_BUT_BE = _LINKING_VERBS - {"be", "is", "are", "was", "were", "been", "being",
                                          "am", "'s", "'re", "'m"}


def retag_participles_after_linked_adjectives(raw: list[RawToken], words: WordInfo,
                                              at: WordPositions) -> None:
    """"The players got wet playing/NN in the rain": right after a linking verb and its
    adjective, an "-ing" word that is a verb's form and no noun in the dictionary is
    the participle of what the subject was doing ("playing –n." in the word panel).
    One that is a noun stays ("got warm clothing"), and so does any after "be" ("there
    has been sporadic fighting/NN": CoNLL-2000 train, 2 broken). On CoNLL-2000 (train and
    test): no tag changed."""
    for index in at.where(_lower_case_ing):
        token = raw[index]
        if index < 2 or token.penn != "NN":
            continue
        adjective, verb = raw[index - 1], raw[index - 2]
        lower = token.text.lower()
        if (adjective.penn == "JJ" and verb.penn.startswith("VB")
                and verb.text.lower().replace("’", "'") in _LINKING_VERBS_BUT_BE
                and verb.sentence == adjective.sentence == token.sentence
                and words.dictionary_lemma(lower, "NOUN") is None
                and words.dictionary_lemma(lower, "VERB") is not None):
            token.penn = "VBG"


def _lower_case_ing(text: str) -> bool:
    """Whether ``text`` is a lower-case "-ing" word ("playing")."""
    return text.endswith("ing") and text.islower()


def retag_participles_after_busy(raw: list[RawToken], words: WordInfo,
                                 at: WordPositions) -> None:
    """"She was busy cleaning/NN.": after a verb and "busy" ("were very busy", "kept
    busy"), an "-ing" word that is a verb's form is what the subject was doing, and so
    are those listed with it ("busy cooking and cleaning", "busy sorting, storing and
    cleaning"), though the dictionary has a noun
    "cleaning" too ("cleaning –n." in the word panel). Not before a noun it describes
    when "busy" follows a determiner ("a busy shopping street" has no verb before it).
    On CoNLL-2000 (train and test): no tag changed."""
    for place in (*at.at("busy"), *at.at("Busy")):
        before = place - 1
        if before > 0 and raw[before].penn == "RB":
            before -= 1  # "were very busy"
        if before < 0 or not raw[before].penn.startswith("VB") \
                or raw[before].sentence != raw[place].sentence:
            continue
        index = place + 1
        while index < len(raw) and raw[index].sentence == raw[place].sentence:
            token = raw[index]
            if (token.penn not in _ING_MISREADINGS or not token.text.endswith("ing")
                    or not token.text.islower()
                    or words.dictionary_lemma(token.text, "VERB") is None):
                break
            token.penn = "VBG"
            if index + 2 >= len(raw) or raw[index + 1].text not in LIST_LINKS:
                break
            index += 2  # "busy cooking and cleaning", "busy sorting, storing and cleaning"
            if raw[index].text in LIST_LINKS:
                index += 1  # ("sorting, and cleaning")


# What the tagger makes of an "-ing" verb after "busy": a noun, an adjective.
_ING_MISREADINGS = frozenset({"NN", "NNS", "JJ", "VBG"})


# Words between "be" and such an adjective: "was completely broke", 'is "broke."'.
_BEFORE_DESCRIBING = frozenset({"so", "completely", "totally", "flat", "too",
                                "really", "very", "pretty", "still", "not", "n't", "always",
                                "often", "never"})
_QUOTES = frozenset({"``", "''"})
# What ends the phrase such an adjective ends: "is broke.", "were broke, so".
_PHRASE_ENDS = frozenset({".", ",", ":", ";", "!", "?", "''", "CC"})


def retag_past_tenses_that_describe(raw: list[RawToken], at: WordPositions) -> None:
    """"He is "broke."", "I'm broke", "a broke person": "broke" after "be" with nothing
    after it, or between a determiner and a noun, is the adjective (has no money); it
    was the verb "break", an A1 word (or an adverb), and not highlighted (QA
    walk-through)."""
    for index in at.of(PAST_TENSES_ALSO_ADJECTIVES):
        token = raw[index]
        if token.penn == "JJ":
            continue
        before = index - 1
        while (before >= 0 and raw[before].sentence == token.sentence
               and (raw[before].penn in _QUOTES
                    or raw[before].text.lower().replace("’", "'") in _BEFORE_DESCRIBING)):
            before -= 1
        if before < 0 or raw[before].sentence != token.sentence:
            continue
        after = raw[index + 1] if index + 1 < len(raw) else None
        if after is not None and after.sentence != token.sentence:
            after = None
        said = raw[before].text.lower().replace("’", "'")
        predicative = said in BE_FORMS and (after is None or after.penn in _PHRASE_ENDS)
        attributive = (raw[before].penn in DETERMINERS and before == index - 1
                       and after is not None and after.penn in NOUNS)
        if predicative or attributive:
            token.penn = "JJ"


# What an adjective describing a noun is followed by: the noun, or more of its modifiers.
_NOUN_PHRASE_GOES_ON = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "VBG",
                                  "VBN", "POS", "CC", ","})
# What an adjective that describes no noun after it follows: "is coral", "very coral".
_BEFORE_PREDICATE = frozenset({"RB", "RBR", "RBS", "JJ", "CC", ","})
# Times a story reads a word as a noun before its adjective-tagged modifiers are the
# noun too ("coral reefs" where "the coral turns white").
_NOUN_READINGS = 2


def retag_story_nouns_read_as_adjectives(raw: list[RawToken], words: WordInfo,
                                         at: WordPositions) -> None:
    """"The algae give coral its color... the coral turns white": a word the story
    reads as a noun is that noun where the tagger made an adjective of it with no noun
    to describe ("coral pushes out the algae" was "coral –adj. of a strong pink color",
    beside "coral –n." sentences before: QA walk-through), so one story gives one word
    one reading; and before a noun too ("coral reefs") when so made a noun, the story
    reads it as one at least twice, and never as a predicate adjective ("is coral").
    CoNLL-2000, measured sentence by sentence, has no such word to change."""
    adjectives = [(index, token) for index, token in enumerate(raw) if token.penn == "JJ"]
    spellings = {token.text for _, token in adjectives}
    spellings |= {text.lower() for text in spellings} | {text.capitalize() for text in spellings}
    # Only the nouns spelt as one of the adjectives are lower-cased (a long text's others
    # cost more than the pass).
    spelt = at.of_texts(spellings)
    nouns = {raw[index].text.lower() for index in spelt if raw[index].penn in NOUNS}
    candidates = [(index, token) for index, token in adjectives
                  if token.text.lower() in nouns]
    if not candidates:
        return
    readings: dict[str, int] = {}  # of the words made nouns here
    predicates: set[str] = set()
    modifiers: list[RawToken] = []
    for index, token in candidates:
        lower = token.text.lower()
        if (len(lower) < 2 or not lower.isalpha() or lower in CLOSED_CLASS
                or not words.is_noun_form(lower)):
            continue  # (the "s" of "Voyager 1's")
        before = raw[index - 1] if index and raw[index - 1].sentence == token.sentence else None
        after = raw[index + 1] if index + 1 < len(raw) else None
        if after is not None and after.sentence == token.sentence \
                and after.penn in _NOUN_PHRASE_GOES_ON:
            modifiers.append(token)
        elif before is not None and (before.penn in _BEFORE_PREDICATE or before.text.lower(
                ).replace("’", "'") in _LINKING_VERBS):
            predicates.add(lower)
        else:
            token.penn = "NN"
            readings[lower] = 0
    if not modifiers:
        return
    for index in spelt:
        token = raw[index]
        if token.penn in NOUNS and (lower := token.text.lower()) in readings:
            readings[lower] += 1
    for token in modifiers:
        lower = token.text.lower()
        if readings.get(lower, 0) >= _NOUN_READINGS and lower not in predicates:
            token.penn = "NN"
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
# Nouns to the tagger that end a clause rather than follow an adjective: "She bought
# a cleaner yesterday".
_DEICTIC_TIMES = frozenset({"yesterday", "today", "tonight", "tomorrow"})


def retag_comparatives_before_nouns(raw: list[RawToken], words: WordInfo,
                                    at: WordPositions) -> None:
    """"A warmer atmosphere can hold more water": between a determiner and a noun,
    "warmer" describes the noun; the tagger made a noun of it (a heater). So between a
    verb and its object: "should bring cooler air" (a refrigerator, QA walk-through)."""
    for index in at.where(may_be_comparative):
        if not 0 < index < len(raw) - 1:
            continue
        before, token, after = raw[index - 1], raw[index], raw[index + 1]
        if (token.penn == "NN" and (before.penn in DETERMINERS or before.penn in _VERB_TAGS)
                and after.penn in {"NN", "NNS"} and after.text.lower() not in _DEICTIC_TIMES
                and before.sentence == token.sentence == after.sentence
                and token.text.lower().endswith("er") and words.comparative_of(token.text)):
            token.penn = "JJR"


# Verbs that give their object a quality: "make the problem worse", "keep prices lower".
_RESULT_VERBS = frozenset({
    "make", "makes", "made", "making", "keep", "keeps", "kept", "keeping",
    "render", "renders", "rendered", "rendering"})
# Tags of a short object between such a verb and its adjective: "the housing problem".
_OBJECT_TAGS = frozenset({"DT", "PRP$", "PRP", "JJ", "NN", "NNS", "CD", "POS"})
_OBJECT_WORDS = 4


def retag_comparatives_after_objects(raw: list[RawToken], words: WordInfo,
                                     at: WordPositions) -> None:
    """"Export limits can make the problem worse": the comparative after a result
    verb's object is an adjective, which the tagger made a noun of ("worse –n.
    something inferior in quality", QA walk-through). On CoNLL-2000 (train and test):
    2 tags fixed, none broken. An adverb there ("make the soil better") is left as it
    is: no glossary or quiz asks "well", and as an adjective it changed the sense
    chosen for the noun before it."""
    for index in at.where(may_be_comparative):
        token = raw[index]
        if token.penn != "NN" or not comparative(token.text, words):
            continue
        object_start = index
        while (object_start > 0 and index - object_start < _OBJECT_WORDS
               and raw[object_start - 1].sentence == token.sentence
               and raw[object_start - 1].penn in _OBJECT_TAGS):
            object_start -= 1
        verb = object_start - 1
        if (object_start < index and raw[index - 1].penn in {"NN", "NNS", "PRP"}
                and verb >= 0 and raw[verb].sentence == token.sentence
                and raw[verb].text.lower() in _RESULT_VERBS):
            token.penn = "JJR"


# What opens the object of a bare infinitive: "helps schools hire teachers".
_INFINITIVE_OBJECT_OPENERS = frozenset({"DT", "PRP$", "CD", "NNS", "JJ", "PRP"})


# "let's" as a text may write it, and its "'s" (us).
_LET_FORMS = frozenset({"let", "Let", "LET"})
_US_CLITICS = frozenset({"'s", "’s"})
# What the tagger makes of the verb after "let's": "let's talk/NN about it".
_MISREAD_AFTER_LETS = frozenset({"NN", "NNP", "JJ", "VBP", "RB"})


def retag_verbs_after_lets(raw: list[RawToken], words: WordInfo, at: WordPositions) -> None:
    """"Now let's talk/NN about the weather": after "let's" the word that is a verb's
    base form is that verb (an order to us), as after "to"."""
    for index in at.of_texts(_LET_FORMS):
        if index + 2 >= len(raw) or raw[index + 1].text not in _US_CLITICS:
            continue
        verb = raw[index + 2]
        if (verb.penn in _MISREAD_AFTER_LETS and verb.sentence == raw[index].sentence
                and verb.text.isalpha() and verb.text.islower()
                and verb.text not in CLOSED_CLASS and words.is_verb(verb.text)):
            verb.penn = "VB"


def retag_bare_infinitives(raw: list[RawToken], words: WordInfo, at: WordPositions) -> None:
    """"the change helps schools hire teachers": after "help", "let" or "make" and its
    object, a noun-tagged word that can be a verb, before an object of its own, is the
    verb's base form (it was glossed "hire –n. the act of hiring"). After "let" and a
    noun, one that ends the sentence is too: "works by letting iron rust." ("rust –n.
    the formation of reddish-brown ferric oxides", QA walk-through)."""
    for index in at.of(BARE_INFINITIVE_VERBS):
        if index + 3 >= len(raw):
            break
        verb, obj, token, after = raw[index:index + 4]
        if token.penn != "NN" or verb.sentence != after.sentence \
                or not words.is_verb(token.text):
            continue
        opener = verb.text.lower() in BARE_INFINITIVE_VERBS and obj.penn in (
            "NNS", "PRP", "NNP") and after.penn in _INFINITIVE_OBJECT_OPENERS
        ending = verb.text.lower() in _LET and obj.penn in ("NN", "NNS") \
            and after.text in SENTENCE_ENDS
        if opener or ending:
            token.penn = "VB"


_LET = frozenset({"let", "lets", "letting"})


# What follows a determiner's adjective that has no noun to describe: a preposition,
# or the end of a sentence or clause ("kicked the ball into the net.").
_NO_NOUN_AFTER = frozenset({"IN", ".", ",", "MD"})


def retag_adverbs_after_verbs(raw: list[RawToken], at: WordPositions) -> None:
    """"Others stood nearby/JJ watching", "She sells clothes online/JJ.", "They watched
    it online/JJ": a word of place that is an adverb after its verb ("nearby", "online",
    "nationwide"), tagged an adjective right after a verb, or after a verb and its
    object, with nothing after it that it could describe, says where the verb happens
    ("online –adj." in the word panel). Not after a linking verb ("The shop is online"),
    or "go" ("went online", "go nationwide"), nor after the object of a verb that may
    say where its object stays ("kept it online"). On CoNLL-2000 (train and test): no
    tag changed."""
    for index in at.of(PLACE_ADVERBS):
        token = raw[index]
        if token.penn != "JJ" or index < 1 or not token.text.islower():
            continue
        after = raw[index + 1] if index + 1 < len(raw) else None
        if after is not None and after.sentence == token.sentence \
                and after.penn not in _AFTER_AN_ADVERB_ALONE \
                and after.text.lower() not in _TIME_PHRASE_OPENERS \
                and not (after.penn == "NN" and after.text.endswith("ing")):
            continue  # "a nearby town"; not "moved online last year", "stood nearby watching"
        verb = index - 1
        if raw[verb].penn in _OBJECT_ENDS:
            while verb > 0 and index - verb <= _OBJECT_WORDS \
                    and raw[verb].penn in _OBJECT_TAGS and raw[verb].sentence == token.sentence:
                verb -= 1  # "sells clothes online", "watched the game online"
        before = raw[verb]
        if (before.sentence != token.sentence or not before.penn.startswith("VB")
                or before.text.lower().replace("’", "'") in _LINKING_VERBS
                or before.text.lower() in _GO_FORMS
                or verb < index - 1 and before.text.lower() in _COMPLEMENT_VERBS):
            continue
        token.penn = "RB"


# What may follow an adverb that ends its verb's phrase: no noun or adjective it would
# describe.
_AFTER_AN_ADVERB_ALONE = frozenset({".", ",", ":", "IN", "TO", "CC", "RB", "VBG", "WRB",
                                    "''", "WDT"})
# "go" says what its subject becomes: "plans to go nationwide", "the service went online".
_GO_FORMS = frozenset({"go", "goes", "went", "gone", "going"})
# What opens a phrase of time after such an adverb: "moved online last year".
_TIME_PHRASE_OPENERS = frozenset({"last", "next", "this", "every", "each"})
# The object between a verb and such an adverb: "it", "clothes", "the game", "her car".
_OBJECT_ENDS = frozenset({"PRP", "NN", "NNS", "NNP"})
_OBJECT_TAGS = _OBJECT_ENDS | {"DT", "PRP$", "JJ"}
_OBJECT_WORDS = 4
# Verbs that may say where their object stays: "kept it online", "left them nearby".
_COMPLEMENT_VERBS = frozenset({"keep", "keeps", "kept", "keeping", "leave", "leaves", "left",
                               "leaving", "get", "gets", "got", "getting", "make", "makes",
                               "made", "making", "put", "puts", "putting", "bring", "brings",
                               "brought", "take", "takes", "took", "taken"})


def retag_adjectives_before_infinitives(raw: list[RawToken], words: WordInfo) -> None:
    """"Make the steps easy/RB to follow": a word tagged an adverb between an object
    (a noun, a pronoun) and a "to" infinitive whose own object is that one (nothing
    of an object follows it) is the adjective that describes the object, when the
    dictionary has it as its own adjective and no "-ly" adverb ("left the house early
    to catch the bus" stays)."""
    # (Only at an adverb: the pass makes none, so the adverbs found first are all.)
    for place in [i for i, token in enumerate(raw) if token.penn == "RB"]:
        if not 1 <= place < len(raw) - 3:
            continue
        before, token, to, verb, after = raw[place - 1:place + 4]
        if (token.penn == "RB" and before.penn in _OBJECT_ENDS and to.penn == "TO"
                and verb.penn == "VB" and after.penn not in _OBJECT_TAGS
                and after.penn not in _OBJECT_ENDS and before.sentence == verb.sentence
                and token.text.islower() and not token.text.endswith("ly")
                and words.dictionary_lemma(token.text, "ADJ") == token.text):
            token.penn = "JJ"


def retag_adjectives_before_prepositions(raw: list[RawToken], words: WordInfo) -> None:
    """"found the net in the 70th minute": a determiner's adjective followed by a
    preposition has no noun to describe, and is the noun when the word is met more as
    one ("net" more than the adjective; not "same" or "late"). So is one at the end of a
    clause ("kicked the ball into the net."; QA walk-through). On CoNLL-2000 (train and
    test): 18 tags fixed ("the novel in", "a secret to", "The mural, now"), one broken
    ("the lean, mean"); 10 and none before a preposition alone. After a possessive too,
    and before a modal ("her mural will last", QA walk-through; "the general should"):
    3 more fixed, none broken. After a possessive an adjective stands alone only in "her
    own" or "their best" (JJS): a word that is a noun at all is the noun there ("its
    centenary with a parade" was "–adj. of or relating to a period of 100 years")."""
    for before, token, after in zip(raw, raw[1:], raw[2:], strict=False):
        if (token.penn == "JJ" and before.penn in DETERMINERS and after.penn in _NO_NOUN_AFTER
                and before.sentence == after.sentence
                and token.text.islower() and token.text not in CLOSED_CLASS
                and (words.zipf(token.text, "NOUN") > words.zipf(token.text, "ADJ")
                     # (not before a comma: "their annual, inter-city costs")
                     or (before.penn == "PRP$" and after.penn != ","
                         and token.text not in _ALONE_AFTER_POSSESSIVES
                         and words.is_noun_form(token.text)))):
            token.penn = "NN"


# Adjectives a possessive takes with no noun after them: "on their own".
_ALONE_AFTER_POSSESSIVES = frozenset({"own"})


def retag_words_after_hedges(raw: list[RawToken], words: WordInfo,
                             at: WordPositions) -> None:
    """"The weather was kind of cold/NN", "My brother sort of likes/NNS the song": after
    a hedge ("kind of", "sort of" with nothing before "kind" that makes it a noun
    phrase's head: no determiner, possessive, modifier or quantifier; `expressions`
    finds the hedge by the same test), the word it softens keeps its own part of speech,
    which the tagger, reading "of" as a preposition, took for a noun ("cold –n." an
    illness, in the word panel). A noun the dictionary has as an adjective, and meets
    more as one, with no noun after it, is that adjective; a plural that is a verb's
    "-s" form after a subject is that verb, as is a base form after "I", "we", "you"
    or "they" ("I kind of like/IN the teacher"). "a kind of cold", "what kind of music"
    keep their nouns."""
    for index in at.of_texts(_HEDGE_NOUNS):
        if index < 1 or index + 2 >= len(raw):
            continue
        before, hedge, of, token = raw[index - 1], raw[index], raw[index + 1], raw[index + 2]
        if (hedge.penn != "NN" or of.text.lower() != "of"
                or not before.sentence == hedge.sentence == token.sentence
                or before.penn in _BEFORE_A_NOUN_HEAD
                or before.text.lower() in _HEDGE_QUANTIFIERS
                or not token.text.isalpha() or not token.text.islower()):
            continue
        after = raw[index + 3] if index + 3 < len(raw) else None
        noun_after = (after is not None and after.sentence == token.sentence
                      and after.penn in NOUNS)
        lower = token.text.lower()
        if (token.penn == "NN" and not noun_after and open_word(token.text, words)
                and words.dictionary_lemma(lower, "ADJ") == lower
                and (words.dictionary_lemma(lower, "NOUN") is None
                     or words.zipf(lower, "ADJ") > words.zipf(lower, "NOUN"))):
            token.penn = "JJ"  # "was kind of cold"
        elif (token.penn == "NNS" and before.penn in _HEDGED_SUBJECTS
              and open_word(token.text, words) and verb_form(token.text, "VBZ", words)):
            token.penn = "VBZ"  # "she sort of likes"
        elif (token.penn in _BASE_VERB_SLIPS and before.text.lower() in _PLURAL_OR_I
              and verb_form(token.text, "VBP", words)):
            token.penn = "VBP"  # "I kind of like/IN the teacher", "they sort of agree/VB"


# The nouns of the hedges "kind of" and "sort of", as a text may write them.
_HEDGE_NOUNS = frozenset({"kind", "sort", "Kind", "Sort"})
# Tags of what makes "kind" a noun phrase's head, as `expressions` reads them: a
# determiner, a possessive, a "wh" word, a modifier, a number ("a kind of cold").
_BEFORE_A_NOUN_HEAD = frozenset({"DT", "PDT", "PRP$", "POS", "WDT", "WP", "WP$", "JJ", "JJR",
                                 "JJS", "CD"})
# Determiners the tagger may tag otherwise: "every kind of", "no sort of".
_HEDGE_QUANTIFIERS = frozenset({"every", "each", "no", "any", "some", "another", "what",
                                "which", "whatever", "one", "same", "other", "such"})
# A subject before a hedged verb's "-s" form: "she sort of likes", "Tom kind of knows".
_HEDGED_SUBJECTS = frozenset({"PRP", "NN", "NNP"})
# Subjects of a verb's base form, and the tags the tagger gives it after "of".
_PLURAL_OR_I = frozenset({"i", "we", "you", "they"})
_BASE_VERB_SLIPS = frozenset({"IN", "NN", "VB"})
