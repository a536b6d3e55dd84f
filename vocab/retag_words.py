"""Tag corrections from what the dictionary says a word can be.

Each pass here starts from a tag the word cannot have, by the dictionary (WordInfo) or
WordNet: "according" before "to" as a verb, "Dr" before a name as a noun, an
open word read as a preposition or a determiner, a noun read as a modifier and a
modifier as a noun, a verb's form read as a noun, a base read as inflected, a past
read as a present, a superlative no adjective has ("digest"), a spelled number, an
adverb read as a plural noun or a verb.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import chain
from typing import TYPE_CHECKING

from vocab.closed_class import (
    BE_FORMS,
    CLOSED_CLASS,
    DO_FORMS,
    HAVE_FORMS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    TITLES_AND_COMPANIES,
    spelled_number,
)
from vocab.raw_tokens import (
    FIXED_PREPOSITIONS,
    NOUNS,
    SINGULAR_SUBJECTS,
    PartsOfSpeech,
    RawToken,
    TaggedTexts,
    WordPositions,
    comparative,
    open_word,
    verb_form,
)
from vocab.wordinfo import INFLECTED_VERB_TAGS

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo


def retag_fixed_prepositions(raw: list[RawToken], at: WordPositions) -> None:
    for index in at.of(FIXED_PREPOSITIONS):
        token = raw[index]
        after = raw[index + 1] if index + 1 < len(raw) else None
        if (after is not None and FIXED_PREPOSITIONS[token.text.lower()] == after.text.lower()
                and after.sentence == token.sentence):
            token.penn = "IN"


# Titles before a name that Treebank writes with their full stop, beside the ones the
# taggers share (`TITLES_AND_COMPANIES`): "Prof. Chen", "Capt. Ruiz".
_MORE_TITLES = frozenset({"prof.", "capt.", "lt.", "sgt.", "rev.", "maj.", "adm.", "mt.",
                          "ft.", "supt."})
_ABBREVIATIONS = TITLES_AND_COMPANIES | _MORE_TITLES


def retag_titles_before_names(raw: list[RawToken], at: WordPositions) -> None:
    """"Dr Lena Ortiz" in a caption or a headline, where a capital proves nothing and
    "dr" is a dictionary's word: a capitalised title's or company's abbreviation with no
    full stop, right before a name, is the proper noun that starts it. (With its stop,
    "Dr." is one token inside a sentence, as in Treebank, and the tagger's proper noun.)"""
    for index in at.where(_abbreviation):
        token = raw[index]
        after = raw[index + 1] if index + 1 < len(raw) else None
        if after is not None and after.penn in _NAMES and after.text[:1].isupper():
            token.penn = "NNP"
            token.starts_name = True


_NAMES = frozenset({"NNP", "NNPS"})


def _abbreviation(text: str) -> bool:
    """Whether ``text`` is a capitalised abbreviation of `_ABBREVIATIONS`, without its
    full stop ("Dr", "Prof")."""
    return text[:1].isupper() and f"{text.lower()}." in _ABBREVIATIONS


# Tags of the closed classes, whose words `CLOSED_CLASS` lists (not "UH": "say").
# ("TO" neither: "gon na"; nor "MD": "and need to leave".)
_CLOSED_TAGS = frozenset({"IN", "DT", "CC", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "EX",
                          "PDT"})
# What a verb follows that agrees with it: "The walls of this city bear".
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


def retag_open_words_read_as_closed_class(raw: list[RawToken], words: WordInfo,
                                           parts_of_speech: PartsOfSpeech,
                                           at: WordPositions,
                                           tagged: TaggedTexts) -> None:
    """"The walls of this city bear the marks": a word the tagger gave a closed class's
    tag (a preposition, "bear –prep.", with no definition: QA walk-through) that is no
    word of that class is what WordNet says it can be there: a verb after its subject,
    else an adjective or a noun, whichever is met more (the noun before a noun). A
    preposition WordNet has as an adverb is left as it is ("astride", "underneath",
    "past"). On CoNLL-2000 (train and test): 14 tags fixed ("worth", "toll calls",
    "ocean"), none broken, 2 wrong to wrong."""
    candidates = _words_where(
        lambda text: open_word(text, words) and text not in FIXED_PREPOSITIONS,
        tagged.texts(_CLOSED_TAGS))
    if not candidates:
        return
    known = parts_of_speech(candidates)
    for index in at.of_texts(known):
        token = raw[index]
        found = known.get(token.text) if token.penn in _CLOSED_TAGS else None
        if not found or (token.penn == "IN" and "r" in found):
            continue
        before = raw[index - 1] if index and raw[index - 1].sentence == token.sentence else None
        after = raw[index + 1] if index + 1 < len(raw) else None
        modifies = after is not None and after.sentence == token.sentence and after.penn in NOUNS
        tag = None
        if "v" in found and before is not None and not modifies:  # ("students weather data")
            if before.penn in {"MD", "TO"} and words.is_verb(token.text):
                tag = "VB"
            elif before.penn in _SUBJECT_TAGS:
                tag = next((form for form in ("VBP", "VBZ")
                            if verb_form(token.text, form, words)), None)
        if tag is None and "a" in found and "n" in found and modifies:
            tag = _noun_tag(token.text, words)  # a noun's modifier: "weather information"
        if tag is None and "a" in found and ("n" not in found or words.zipf(
                token.text, "ADJ") >= words.zipf(token.text, "NOUN")):
            tag = "JJ"
        if tag is None and "n" in found:
            tag = _noun_tag(token.text, words)
        if tag is not None:
            tagged.retag(token, tag)


# What a noun compound's verb-tagged second word may stand before: a finite verb or a
# participle, which no present-tense verb can ("the heat wave sent", "...wave has").
_VERBS_AFTER_A_SUBJECT = frozenset({"VBD", "VBN", "VBZ", "VBP", "MD"})
_HELPING_VERBS = BE_FORMS | HAVE_FORMS | {"do", "does"}


def retag_compound_nouns_read_as_verbs(raw: list[RawToken], words: WordInfo,
                                       parts_of_speech: PartsOfSpeech) -> None:
    """"The heat wave sent people home": a present-tense verb after a singular noun,
    before another verb, that makes with that noun a noun WordNet lists ("heat wave"),
    is that noun's second word (it was "wave –v.", and the compound was missed: QA
    walk-through). Two verbs in a row cannot both be the clause's. A base-form present
    (VBP) is that noun whatever follows: a singular noun takes no such verb ("was the
    British rock band/VBP The Northern Lights", QA walk-through). On CoNLL-2000 (train
    and test) that changes no tag; on the dev stories and seven others, that one. So is
    a verb-tagged noun that makes such a noun with the noun after it, before the
    clause's verb ("homes near train/VBP stations sell")."""
    found: dict[int, str] = {}
    for i, token in enumerate(raw):
        if token.penn not in ("VBP", "VBZ") or not 0 < i < len(raw) - 1:
            continue  # (the tag first: most tokens stop there)
        before, after = raw[i - 1], raw[i + 1]
        if (before.penn == "NN"
                and (after.penn in _VERBS_AFTER_A_SUBJECT or token.penn == "VBP")
                and before.sentence == token.sentence == after.sentence
                and token.text.lower() not in _HELPING_VERBS
                and (noun := _noun_tag(token.text, words)) is not None
                and (noun == "NN") == (token.penn == "VBP")):
            singular = words.lemma(token.text.lower(), "NN") or token.text.lower()
            found[i] = f"{before.text.lower()} {singular}"
        elif (i + 2 < len(raw) and after.penn in NOUNS and raw[i + 2].penn in _CLAUSE_VERBS
                and token.sentence == raw[i + 2].sentence and token.text.islower()
                and _noun_tag(token.text, words) == "NN"):
            # "New homes near train/VBP stations sell fast": the compound's first word
            singular = words.lemma(after.text.lower(), "NN") or after.text.lower()
            found[i] = f"{token.text.lower()} {singular}"
    if not found:
        return
    nouns = {key for key, pos in parts_of_speech(set(found.values())).items() if "n" in pos}
    for i, key in found.items():
        if key in nouns:
            raw[i].penn = _noun_tag(raw[i].text, words) or "NN"


# The tags of a clause's verb after its subject, its base form ("sell/VB fast") included.
_CLAUSE_VERBS = _VERBS_AFTER_A_SUBJECT | {"VB"}


def _noun_tag(text: str, words: WordInfo) -> str | None:
    """"NN" or "NNS" for a noun's singular or plural form; None for no noun's form."""
    lower = text.lower()
    noun = words.lemma(lower, "NN") if words.is_noun_form(lower) else None
    if noun is None:
        return None
    return "NN" if noun == lower else "NNS"


def retag_nouns_read_as_modifiers(raw: list[RawToken], words: WordInfo,
                                   parts_of_speech: PartsOfSpeech, at: WordPositions,
                                   tagged: TaggedTexts) -> None:
    """"used in lithium batteries", "treated graffiti as a crime": a word tagged an
    adjective or an adverb that WordNet has only as a noun is the noun, a noun's
    modifier before another ("lithium –adj." was C2 there and C1 as a noun; "graffiti
    –adv.": QA walk-through). On CoNLL-2000 (train and test): 166 tags fixed ("deputy",
    "hospital", "impeachment"), 4 broken, nouns the reference tags call adjectives
    ("populist dictator", "terrorist band"), 6 wrong to wrong. One the dictionary
    lacks is WordNet's noun as written ("telly –adv."): 11 more fixed ("airfare",
    "fallback"), 1 broken ("audio disk players"), 9 wrong to wrong ("hiking paths",
    the reference's VBG)."""
    candidates = _words_where(
        lambda text: (open_word(text, words) and text not in ORDINAL_WORDS
                      and not comparative(text, words)),  # ("warmer" is a heater too)
        tagged.texts(_MODIFIERS))
    _retag_nouns_or_verbs_read_as_adjectives(raw, words, parts_of_speech, at, tagged)
    if not candidates:
        return
    nouns = {word for word, found in parts_of_speech(candidates).items() if found == {"n"}}
    for index in at.of_texts(nouns):
        token = raw[index]
        if token.penn in _MODIFIERS:
            # The dictionary lacks some ("telly"): WordNet has the word as written.
            tagged.retag(token, _noun_tag(token.text, words) or "NN")


def _retag_nouns_or_verbs_read_as_adjectives(raw: list[RawToken], words: WordInfo,
                                             parts_of_speech: PartsOfSpeech,
                                             at: WordPositions, tagged: TaggedTexts) -> None:
    """"Bread/JJ prices double": an adjective-tagged word right before a noun (a
    sentence's first word too) that WordNet has only as a noun and a verb, and the
    dictionary as no adjective, is the noun's modifier: a verb's base describes no
    noun, and a plain noun is no adjective; not right after a noun, where it is as
    likely the verb ("Adverbs give/JJ hints"). On CoNLL-2000 (train and test): 75 tags
    fixed ("ski resort", "lead underwriter", "freight rates"), none broken, 10 wrong
    to wrong ("stop orders", the reference's VB). So is one after a determiner or an
    adjective before an "-s" verb, its phrase's head ("poor sleep/JJ causes"): on
    CoNLL-2000 no tag changed."""
    places: dict[int, str] = {}
    for index in at.of_texts(tagged.texts(_JJ)):
        token = raw[index]
        if token.penn != "JJ" or index == len(raw) - 1:
            continue
        after = raw[index + 1]
        if after.sentence != token.sentence:
            continue
        first = index == 0 or raw[index - 1].sentence != token.sentence
        if after.penn not in {"NN", "NNS"} and not (
                # the head of the phrase before its verb: "poor sleep/JJ causes"
                after.penn == "VBZ" and not first and raw[index - 1].penn in _HEAD_OPENERS):
            continue
        if not first and raw[index - 1].penn in _SUBJECT_TAGS:
            continue  # ("Adverbs give/JJ hints": the verb after its subject)
        lower = token.text.lower() if first and token.text.istitle() else token.text
        if open_word(lower, words) and words.dictionary_lemma(lower, "ADJ") is None:
            places[index] = lower
    if not places:
        return
    found_as = parts_of_speech(set(places.values()))
    for index, lower in places.items():
        if found_as.get(lower) == {"n", "v"} and _noun_tag(lower, words) == "NN":
            tagged.retag(raw[index], "NN")


_MODIFIERS = frozenset({"JJ", "RB"})
_NN = frozenset({"NN"})
_JJ = frozenset({"JJ"})
# What stands before a noun phrase's head the tagger read as an adjective: "poor sleep".
_HEAD_OPENERS = frozenset({"JJ", "DT", "PRP$"})
# The tag of a word tagged a singular noun whose only part of speech in WordNet is
# an adverb's or an adjective's.
_MODIFIER_TAGS = {"r": "RB", "a": "JJ"}


def retag_modifiers_read_as_nouns(raw: list[RawToken], words: WordInfo,
                                   parts_of_speech: PartsOfSpeech, at: WordPositions,
                                   tagged: TaggedTexts) -> None:
    """"supermarkets can buy flour cheaply", "loyal customers": a word tagged a singular
    noun that WordNet has only as an adverb or only as an adjective is that ("cheaply
    –n." was C2 with no noun's meaning: QA walk-through). An adjective that is also a
    verb's form is left to the verb rules ("operating profit": the reference's noun),
    a comparative to the comparative rules.
    On CoNLL-2000 (train and test), adverbs: 25 tags fixed ("truly", "chiefly",
    "nonetheless"), 6 broken, 5 of them "briefly" that the reference calls a noun, 1
    wrong to wrong; adjectives: 105 fixed ("pure", "loyal", "greedy"), 3 broken ("on
    the cheap"), 3 wrong to wrong."""
    candidates = _words_where(
        # (not the comparative rules' "healthier")
        lambda text: open_word(text, words) and not comparative(text, words),
        tagged.texts(_NN))
    if not candidates:
        return
    tags: dict[str, str] = {}
    for word, found in parts_of_speech(candidates).items():
        tag = _MODIFIER_TAGS.get(next(iter(found))) if len(found) == 1 else None
        if tag == "RB" or (tag == "JJ" and not words.is_verb_form(word)):
            tags[word] = tag
    for index in at.of_texts(tags):
        token = raw[index]
        if token.penn == "NN":
            tagged.retag(token, tags[token.text])


def retag_plurals_read_as_adjectives(raw: list[RawToken], words: WordInfo,
                                     parts_of_speech: PartsOfSpeech,
                                     at: WordPositions,
                                     tagged: TaggedTexts) -> None:
    """"Dance teachers wear tuxedos/JJ": a word tagged an adjective that is a noun's plural
    in the dictionary, and no adjective's form there or in WordNet, is that plural (the
    glossary printed "tuxedos –adj.")."""
    candidates = _words_where(
        lambda text: (open_word(text, words) and text.endswith("s")
                      and words.noun_lemma(text) not in (None, text)
                      and not words.is_adjective_form(text)),
        tagged.texts(_JJ))
    if not candidates:
        return
    found = parts_of_speech(candidates)
    plurals = {word for word in candidates if "a" not in found.get(word, ())}
    for index in at.of_texts(plurals):
        if raw[index].penn == "JJ":
            tagged.retag(raw[index], "NNS")


def retag_plurals_read_as_singulars(raw: list[RawToken], words: WordInfo,
                                    parts_of_speech: PartsOfSpeech,
                                    at: WordPositions,
                                    tagged: TaggedTexts) -> None:
    """"The tree's buds/NN open in May": a word tagged a singular noun that is another
    noun's plural in the dictionary and no singular with a plural of its own ("a bottle
    of cola"), and that WordNet has no noun written so ("news", "arms", "customs" stay),
    is that plural: the tagger reads a rare plural after "'s" as singular, and the
    corrections after this read a singular subject or a lone noun where a plural one
    stands ("the tree's buds/NN and shoots"). On CoNLL-2000 (train and test): 59 tags
    fixed ("photos", "columns", "slabs"), 3 changed against a reference
    that calls "rating bureaus" singular, 3 wrong to wrong (an "-s" verb, "the ad
    reads"). So is a plural not made with "-s" tagged a singular noun or an adjective,
    no adjective's form ("the ducks and geese/JJ swim/NN": "geese" was its own lemma,
    no goose), but not after a
    number, where the reference reads "29 pence" as singular: on CoNLL-2000, 2 fixed
    ("teeth", "chairmen"), 2 wrong to wrong ("its salespeople/JJ", the
    reference's NN)."""
    # (A plural by the lemma its singular's tag gives: "a bottle of cola" has its own.)
    candidates = _words_where(
        lambda text: (open_word(text, words) and text.endswith("s")
                      and _noun_tag(text, words) == "NNS"),
        tagged.texts(_NN))
    irregular = _words_where(
        lambda text: (open_word(text, words) and not text.endswith("s")
                      and _noun_tag(text, words) == "NNS" and not words.is_adjective_form(text)),
        tagged.texts(_IRREGULAR_PLURAL_MISREADINGS))
    if not candidates and not irregular:
        return
    found = parts_of_speech(candidates | irregular)
    plurals = {word for word in candidates if "n" not in found.get(word, ())}
    for index in at.of_texts(plurals):
        if raw[index].penn == "NN":
            tagged.retag(raw[index], "NNS")
    for index in at.of_texts({word for word in irregular if "a" not in found.get(word, ())}):
        token = raw[index]
        before = raw[index - 1] if index else None
        if token.penn in _IRREGULAR_PLURAL_MISREADINGS and not (
                before is not None and before.penn == "CD" and before.sentence == token.sentence):
            tagged.retag(token, "NNS")


# What the tagger made of a plural not made with "-s": "geese/JJ", "mice/NN".
_IRREGULAR_PLURAL_MISREADINGS = frozenset({"NN", "JJ"})


def retag_nouns_read_as_adjectives(raw: list[RawToken], words: WordInfo,
                                   parts_of_speech: PartsOfSpeech,
                                   at: WordPositions,
                                   tagged: TaggedTexts) -> None:
    """"The man sells bread/JJ to shops": a word tagged an adjective that is no
    adjective's form in the dictionary or WordNet, but a noun in WordNet, and no verb's
    form in the dictionary ("breaded" is, "bread" is not), is that noun (the glossary
    printed "bread –adj.")."""
    candidates = _words_where(
        lambda text: (open_word(text, words) and not text.endswith("s")
                      and not words.is_adjective_form(text) and not words.is_verb_form(text)),
        tagged.texts(_JJ))
    if not candidates:
        return
    nouns = {word for word, found in parts_of_speech(candidates).items()
             if "n" in found and "a" not in found}
    for index in at.of_texts(nouns):
        if raw[index].penn == "JJ":
            tagged.retag(raw[index], "NN")


def retag_noun_heads_read_as_adjectives(raw: list[RawToken], words: WordInfo,
                                        parts_of_speech: PartsOfSpeech,
                                        at: WordPositions,
                                        tagged: TaggedTexts) -> None:
    """"placed more weight/JJ on exports", "got his wish/JJ": a word tagged an adjective
    that is no adjective's form in the dictionary or WordNet, but a noun and a verb in
    WordNet, is the noun where it heads its phrase: after a determiner, an owner, an
    adjective or a preposition, with no noun after it (before one it is the noun's
    modifier, left to `_retag_nouns_or_verbs_read_as_adjectives`). On CoNLL-2000 (train
    and test): 6 tags fixed ("more relish than", "its recent nosedive by", "little
    prospect the"), none broken, 1 wrong to wrong ("got his wish", the reference's
    VBP)."""
    found_as = parts_of_speech(_words_where(
        lambda text: (open_word(text, words) and not words.is_adjective_form(text)
                      and words.is_verb_form(text)),  # (the others: the rule above)
        tagged.texts(_JJ)))
    for index in at.of_texts(word for word, found in found_as.items()
                             if found >= _NOUN_AND_VERB and "a" not in found):
        token = raw[index]
        if token.penn != "JJ" or not 0 < index < len(raw) - 1:
            continue
        before, after = raw[index - 1], raw[index + 1]
        if (before.penn in _NOUN_HEAD_OPENERS and after.penn not in _NOUN_TAGS
                and before.sentence == token.sentence):
            tagged.retag(token, _noun_tag(token.text, words) or "NN")


# What stands before a noun phrase's head: "the", "his", "more", "recent", "of".
_NOUN_HEAD_OPENERS = frozenset({"DT", "PRP$", "POS", "JJ", "JJR", "JJS", "IN"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NOUN_AND_VERB = frozenset({"n", "v"})


def retag_verb_forms_read_as_nouns(raw: list[RawToken], words: WordInfo,
                                    parts_of_speech: PartsOfSpeech, at: WordPositions,
                                    tagged: TaggedTexts) -> None:
    """"people who used their phones in bed slept less": a word tagged a noun that is
    no noun's form, in the dictionary or WordNet, but a verb's past form is that verb,
    its participle after "have" or "be" ("slept –n." had no definition: QA
    walk-through). On CoNLL-2000 (train and test): 15 tags fixed ("struck", "sank",
    "forbade"), none broken, 15 wrong to wrong (a participle read as the past tense,
    "the incident described": its lemma and meaning right now). A noun-tagged base form
    of a word WordNet has only as a verb is the verb's base form: "help the region
    adapt" ("adapt –n." had no noun's meaning); on CoNLL-2000, test 96.004% -> 96.017%,
    train 95.951% -> 95.964%."""
    candidates = _words_where(
        # (not "-s" or "-ing": "oils", "tenths" and "selling pressure" the reference
        # calls nouns: 55 fixed, 14 broken and 80 fixed, 62 broken)
        lambda text: (open_word(text, words) and not text.endswith(("s", "ing"))
                      and not words.is_noun_form(text)),
        tagged.texts(NOUNS))
    if not candidates:
        return
    found_as = parts_of_speech(candidates)
    nouns = {word for word, found in found_as.items() if "n" in found}
    for index in at.of_texts(candidates - nouns):
        token = raw[index]
        if token.penn not in NOUNS:
            continue
        verb = words.lemma(token.text, "VBD")
        if not words.is_verb(verb):
            continue
        before = raw[index - 1] if index and raw[index - 1].sentence == token.sentence else None
        if verb == token.text:
            # (only a verb's: "the correct way", "stayed awake" are adjectives)
            if token.penn == "NN" and found_as.get(verb) == {"v"}:
                tagged.retag(token, "VB")
            continue
        after = raw[index + 1] if index + 1 < len(raw) else None
        helped = before is not None and (
            before.text.lower() in HAVE_FORMS | BE_FORMS
            # a noun's description: "a crane lent by a company"
            or (before.penn in NOUNS and after is not None and after.text == "by"))
        tagged.retag(token, "VBN" if helped else "VBD")


def retag_bases_read_as_inflected(raw: list[RawToken], words: WordInfo,
                                  at: WordPositions, pos_counts: PosCounts | None = None) -> None:
    """"But we have spirit": a word tagged a verb's past, participle, "-ing" or "-s"
    form that is no such form of any verb, only a verb's base, is that base where a
    base is expected ("to wring", "they cancel", "Second, hang up"), else the noun
    ("spirit –v." was a past participle, and the quiz offered "approved", "decided" for
    it: QA walk-through), the adjective where it describes ("legally free", "has blue
    skin"). On CoNLL-2000 (train and test): 28 tags fixed ("to wring", "Trading was
    light", "an air freight forwarding concern"), none broken, 12 wrong to wrong, most
    verbs the reference calls nouns ("that the government cancel the Bofors contract").
    With ``pos_counts`` (`Lexicon.pos_counts`), a word after "be" that is a noun and an
    adjective is the one SemCor reads it as more often: "wants to be alert/JJ in class"
    (the glossary printed "alert –n.", a warning)."""
    # Each (word, tag) tested once: a long story repeats its verbs.
    bases = {(text, penn) for text, penn in {(t.text, t.penn) for t in raw
                                             if t.penn in INFLECTED_VERB_TAGS}
             if open_word(text, words) and words.is_base_read_as_inflected(text, penn)}
    if not bases:
        return
    for index in at.of_texts({text for text, _ in bases}):
        token = raw[index]
        if token.penn not in INFLECTED_VERB_TAGS or (token.text, token.penn) not in bases:
            continue
        before = raw[index - 1] if index and raw[index - 1].sentence == token.sentence else None
        after = raw[index + 1] if index + 1 < len(raw) else None
        if after is not None and after.sentence != token.sentence:
            after = None
        tag = _base_or_word_tag(token.text.lower(), before, after, words, pos_counts)
        if tag is not None:
            token.penn = tag


def retag_pasts_read_as_present(raw: list[RawToken], words: WordInfo) -> None:
    """"these pictures hung on someone else's walls": a word tagged a verb's present
    (VBP) that is no verb's base, only a verb's past form, is that past (a cloze offered
    "sign", "examine", "identify" beside "hung", the one past form, QA2 walk-through).
    A base that is also a past stays ("they put", "we found a company"). On CoNLL-2000
    (train and test): 9 tags fixed ("which ate up", "tremors again shook"), none broken,
    2 wrong to wrong ("traders handcuffed/VBN", "They shot", which the reference calls a
    noun)."""
    for token in raw:
        if token.penn != "VBP" or not token.text.isalpha() or not token.text.islower() \
                or token.text in BE_FORMS or token.text in HAVE_FORMS \
                or token.text.endswith("s"):
            continue  # ("are", "'ve", "drops": a present that is no base)
        verb = words.lemma(token.text, "VBD")
        if verb != token.text and not words.is_verb(token.text) and words.is_verb(verb) \
                and words.is_verb_form(token.text):
            token.penn = "VBD"


def retag_forms_in_s_read_as_pasts(raw: list[RawToken], words: WordInfo,
                                   at: WordPositions) -> None:
    """"She walks/VBD home": a word in "-s" tagged a verb's past that is a verb's "-s"
    form is that form: no past of an open word ends so (the tagger read "walks" after
    "she" as a past, and the lemma, level and quiz forms followed it). On CoNLL-2000
    (train and test): 3 tags fixed ("He surveys", "planner prescribes", "mania
    spawns"), none broken."""
    for index in at.where(_ends_in_single_s):
        token = raw[index]
        text = token.text
        if (token.penn == "VBD"
                and open_word(text, words) and verb_form(text, "VBZ", words)):
            token.penn = "VBZ"


def _ends_in_single_s(text: str) -> bool:
    """Whether ``text`` ends in one "s" ("walks", not "press"): a verb's "-s" form may."""
    return text.endswith("s") and not text.endswith("ss")


def retag_hyphenated_nouns_read_as_adjectives(raw: list[RawToken], words: WordInfo,
                                             parts_of_speech: PartsOfSpeech,
                                             at: WordPositions,
                                             tagged: TaggedTexts) -> None:
    """"served as secretary-general of the group": a hyphenated word tagged an adjective
    that WordNet lacks, whose first part is only a noun and whose last part a noun too,
    heading its phrase (no noun or adjective after it, not after "be" or an adverb,
    where "child-friendly" describes), is a noun: an office with its rank after it
    ("secretary-general", "auditor-general"; the glossary printed "–adj."). On CoNLL-2000
    (train and test): 3 tags fixed, none broken; before "and" or a quotation mark it
    still describes (3 broken there: "investment-bank and securities-firm subsidiary").
    A verb's past after it, read as a noun it describes, is its verb: "The
    secretary-general spoke/VBD" (the glossary printed "spoke –n.", a wheel's rod)."""
    places: dict[int, tuple[str, str]] = {}
    verbs_after: set[int] = set()
    for index in at.where(_hyphenated_once):
        token = raw[index]
        if token.penn != "JJ":
            continue
        first, last = token.text.split("-")
        if not (first.isalpha() and last.isalpha()) or len(first) < 2 or len(last) < 2:
            continue
        after = raw[index + 1] if index + 1 < len(raw) else None
        before = raw[index - 1] if index else None
        if after is not None and after.sentence == token.sentence \
                and after.penn in _DESCRIBED_AFTER_A_HYPHENATED_WORD:
            if not _past_heading_its_clause(raw, index + 1, words):
                continue
            verbs_after.add(index + 1)
        if before is not None and before.sentence == token.sentence and (
                before.penn.startswith("RB") or before.text.lower() in _BE):
            continue
        places[index] = (first, last)
    if not places:
        return
    found = parts_of_speech({raw[index].text for index in places}
                            | {part for parts in places.values() for part in parts})
    for index, (first, last) in places.items():
        if (raw[index].text not in found and found.get(first) == _NOUN_ONLY
                and "n" in found.get(last, ())):
            tagged.retag(raw[index], "NN")
            if index + 1 in verbs_after:
                tagged.retag(raw[index + 1], "VBD")


def _hyphenated_once(text: str) -> bool:
    """Whether ``text`` is a lower-case word with one hyphen ("secretary-general")."""
    return text.count("-") == 1 and text.islower()


def _past_heading_its_clause(raw: list[RawToken], index: int, words: WordInfo) -> bool:
    """Whether the noun-tagged word at ``index`` is a verb's past (no base of its own:
    "spoke", "felt") with no noun after it in its sentence: the verb of the office
    before it, not a thing that office describes."""
    token = raw[index]
    text = token.text
    if token.penn != "NN" or not text.isalpha() or not text.islower() or text.endswith("ing"):
        return False  # ("newspaper-industry advertising": a noun)
    verb = words.lemma(text, "VBD")
    # (the dictionary's form too: the lemmatiser reads "peddler" as a past of "peddle")
    if verb == text or not words.is_verb(verb) or not words.is_verb_form(text):
        return False
    after = raw[index + 1] if index + 1 < len(raw) else None
    return after is None or after.sentence != token.sentence or after.penn not in NOUNS


# What a hyphenated adjective describes or is graded with: "child-friendly places", and
# what joins it to another or quotes it before its noun ("investment-bank and
# securities-firm subsidiary", "`` government-plus '' bond funds").
_DESCRIBED_AFTER_A_HYPHENATED_WORD = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD",
                                                "CC", "``", "''"})
_NOUN_ONLY = frozenset({"n"})
# "be" itself, after which a hyphenated word describes ("is child-friendly"); not
# "become", as an office is become ("became secretary-general").
_BE = BE_FORMS - {"get", "gets", "got", "gotten", "getting", "become", "becomes", "became"}


# What an imperative's verb is followed by: "hang up", "take the bus", "call them".
_IMPERATIVE_FOLLOWERS = frozenset({"RP", "RB", "DT", "PRP$", "PRP"})
# What an imperative opens after: a sentence's start, or a list's number ("Second,").
_IMPERATIVE_OPENERS = frozenset({",", ":", ";"})


def _base_or_word_tag(lower: str, before: RawToken | None, after: RawToken | None,
                      words: WordInfo, pos_counts: PosCounts | None = None) -> str | None:
    """The tag of a verb's base form the tagger read as inflected: the verb's where its
    place asks for a verb, else its noun's or adjective's (None: none it has)."""
    before_text = before.text.lower().replace("’", "'") if before is not None else ""
    helped = before_text in HAVE_FORMS | BE_FORMS  # no verb's base follows: "have spirit"
    if not helped and before is not None and (before.penn in {"TO", "MD"}
                                              or before_text in DO_FORMS):
        return "VB"
    if (not helped and before is not None and before.penn in _PLURAL_SUBJECT_TAGS
            and before_text not in SINGULAR_SUBJECTS):
        return "VBP"  # (after a singular noun, a noun: "an air freight forwarding concern")
    if ((before is None or before.text in _IMPERATIVE_OPENERS)
            and after is not None and after.penn in _IMPERATIVE_FOLLOWERS):
        return "VB"
    if not helped and after is not None and after.penn in _VERB_OBJECT_OPENERS:
        return "VB"  # "Does the report answer the questions"
    describes = (before is not None and before.penn == "RB") or (
        after is not None and after.penn in NOUNS)  # "legally free", "has blue skin"
    if words.is_adjective_form(lower) and (describes or not words.is_noun_form(lower)):
        return "JJ"
    if words.is_noun_form(lower):
        # After "be", either describes the subject: the one SemCor reads more often ("to
        # be alert", a warning only in "an alert"). Asked only here, of the few words
        # both an adjective and a noun that the tagger read as a verb form after "be".
        if pos_counts is not None and before_text in BE_FORMS \
                and words.is_adjective_form(lower) and _mostly_adjective(pos_counts(lower)):
            return "JJ"
        return "NN"
    return None


# SemCor's counts of a word per WordNet part of speech (`Lexicon.pos_counts`).
PosCounts = Callable[[str], dict[str, int]]


def _mostly_adjective(counts: dict[str, int]) -> bool:
    """Whether SemCor tags the word an adjective more often than a noun."""
    return counts.get("a", 0) + counts.get("s", 0) > counts.get("n", 0)


# What opens a verb's object rather than follows a noun: "answer the questions".
_VERB_OBJECT_OPENERS = frozenset({"DT", "PRP$"})
# What a verb's base form agrees with: "we have", "the fans cheer", "towers that ring".
_PLURAL_SUBJECT_TAGS = frozenset({"PRP", "NNS", "NNPS", "WDT"})


# What a verb's base form follows: "helps them digest", "to digest", "will digest".
_BEFORE_BASE_VERB = frozenset({"PRP", "TO", "MD"})


def retag_ungraded(raw: list[RawToken], words: WordInfo) -> None:
    """A word in "-est" or "-er" the tagger took for a superlative or comparative that
    no adjective has ("digest", "manifest"): `WordInfo.ungraded_tag`."""
    for index, token in enumerate(raw):
        if token.penn not in {"JJR", "JJS"} or token.text.lower() in CLOSED_CLASS:
            continue
        before = raw[index - 1] if index else None
        verb_expected = (before is not None and before.sentence == token.sentence
                         and before.penn in _BEFORE_BASE_VERB)
        token.penn = words.ungraded_tag(token.text, token.penn,
                                        verb_expected=verb_expected) or token.penn


# What a noun follows that an adverb does not: "the upstairs", "its outdoors".
_NOUN_OPENERS = frozenset({"DT", "PRP$", "POS", "JJ", "IN"})


def retag_adverbs_in_s(raw: list[RawToken], words: WordInfo, at: WordPositions) -> None:
    """"carried the children upstairs": an adverb in "-s" the tagger read as a plural
    noun; after a determiner or a preposition it stays one ("the great outdoors"). On
    CoNLL-2000 (train and test): 4 tags fixed, none broken, 2 wrong to wrong."""
    adverbs = _words_where(words.adverb_in_s, (t.text for t in raw if t.penn == "NNS"))
    for index in at.of_texts(adverbs):
        token = raw[index]
        if token.penn != "NNS":
            continue
        before = raw[index - 1] if index else None
        if before is None or before.sentence != token.sentence or before.penn not in _NOUN_OPENERS:
            token.penn = "RB"


def retag_adverbs_read_as_verbs(raw: list[RawToken], words: WordInfo,
                                at: WordPositions) -> None:
    """"cancer cells can sometimes hide": after a modal the tagger read "sometimes" as
    a verb (and its lemma as "sometime"); a word that is an adverb and no verb's form
    is an adverb."""
    adverbs = _words_where(words.adverb_and_no_verb,
                           (t.text for t in raw if t.penn.startswith("VB")))
    if not adverbs:
        return  # most texts: no walk
    for index in at.of_texts(adverbs):
        token = raw[index]
        if token.penn.startswith("VB"):
            token.penn = "RB"


def retag_verb_forms_in_s_read_as_plurals(raw: list[RawToken], words: WordInfo,
                                          parts_of_speech: PartsOfSpeech,
                                          at: WordPositions) -> None:
    """"Research in animals suggests/NNS that...", "the garden grows/NNS": a word
    tagged a plural noun that is no noun's form in the dictionary, but a verb's "-s"
    form, of a verb WordNet has only as a verb, is that verb ("suggests –n."). Not a
    form WordNet has as a noun itself ("thanks to"). On CoNLL-2000 (train and test):
    46 tags fixed ("implies", "reveals", "belongs"), 1 changed against a wrong reference
    ("Friday's `` shatters investors' confidence")."""
    places = [index for index in at.where(_verb_form_in_s(words)) if raw[index].penn == "NNS"]
    if not places:
        return
    verbs = {raw[index].text: words.dictionary_lemma(raw[index].text, "VERB") or ""
             for index in places}
    found_as = parts_of_speech({*verbs, *verbs.values()})
    for index in places:
        text = raw[index].text
        if found_as.get(verbs[text]) == _VERB_ONLY and text not in found_as:
            raw[index].penn = "VBZ"


_VERB_ONLY = frozenset({"v"})


def _verb_form_in_s(words: WordInfo) -> Callable[[str], bool]:
    def test(text: str) -> bool:
        if not (text.endswith("s") and open_word(text, words)) or words.is_noun_form(text):
            return False
        verb = words.dictionary_lemma(text, "VERB")
        return verb is not None and verb != text
    return test


def retag_names_read_as_verbs(raw: list[RawToken], words: WordInfo,
                              parts_of_speech: PartsOfSpeech, at: WordPositions) -> None:
    """"NATO will not expand to Ukraine/VB or to deploy troops": a capitalised word
    after "to", tagged a verb's base form, that WordNet does not have as a verb is a
    name (as a verb it was no name, and a story naming it once would level and
    gloss it). On CoNLL-2000 (train and test): 2 tags fixed ("to Asia/VB"), none
    broken. In prose (lower case before "to"), a capitalised word is a name even where
    WordNet has it as a verb: "return to Earth/VB"."""
    places = [index for index in (to + 1 for to in at.of({"to"}) if to + 1 < len(raw))
              if raw[index].penn in _BASE_VERB_TAGS
              and raw[index].sentence == raw[index - 1].sentence
              and _capitalised_word(raw[index].text)]
    if not places:
        return
    found_as = parts_of_speech({raw[index].text.lower() for index in places})
    for index in places:
        if "v" not in found_as.get(raw[index].text.lower(), ()) or _in_prose(raw, index):
            raw[index].penn = "NNP"
        elif _object_in_a_title(raw, index, words):
            raw[index].penn = "NNP" if raw[index - 2].penn == "NNP" else "NN"


# What follows a title's last word, or a preposition's object: "The Road to Power in
# 1990", "The Road to Power." (a verb there would have its object: "Plans to Power Homes").
_AFTER_AN_OBJECT = frozenset({"IN", "TO", ",", ".", ":", "CC"})


def _object_in_a_title(raw: list[RawToken], index: int, words: WordInfo) -> bool:
    """Whether the capitalised word at ``index``, after "to", ends a title's words as the
    object of "to": "The Road to Power/VB" (a book's, a film's or a headline's) has a
    capitalised noun before "to", nothing a verb would take after the word, and a word
    learners are taught as a noun, not as a verb ("The Right to Vote", "A Chance to
    Learn" keep their verbs)."""
    before = raw[index - 2] if index > 1 else None
    after = raw[index + 1] if index + 1 < len(raw) else None
    return (before is not None and before.sentence == raw[index].sentence
            and before.penn in _TITLE_NOUNS and _capitalised_word(before.text)
            and (after is None or after.sentence != raw[index].sentence
                 or after.penn in _AFTER_AN_OBJECT)
            and words.listed_as_noun_not_verb(raw[index].text))


# A title's noun before "to": "The Road/NNP to", "Road/NN to Power".
_TITLE_NOUNS = frozenset({"NN", "NNP"})


def _in_prose(raw: list[RawToken], index: int) -> bool:
    """Whether the capitalised word at ``index``, after "to", stands in a sentence's
    prose, not in a title's words that all open with capitals: the word before "to" is
    in lower case ("return to Earth/VB": WordNet has "earth" as a verb, to hide in the
    ground; "Astronauts to Return Home" is a headline's verb)."""
    before = raw[index - 2] if index > 1 else None
    return (before is not None and before.sentence == raw[index].sentence
            and before.text.isalpha() and before.text.islower())


def _capitalised_word(text: str) -> bool:
    return (len(text) > 1 and text[0].isupper() and text[1:].islower() and text.isalpha()
            and text.lower() not in CLOSED_CLASS)


# A verb's base form, as WordNet has its verbs (a title's "Is Born", "Using" are forms).
_BASE_VERB_TAGS = frozenset({"VB", "VBP"})


def _words_where(test: Callable[[str], bool], texts: Iterable[str]) -> set[str]:
    """The texts that pass ``test``, each tested once: a long story repeats its words."""
    return {text for text in set(texts) if test(text)}


def retag_spelled_numbers(raw: list[RawToken], at: WordPositions) -> None:
    """"thirty", "fifteen", "seventy-two" are numbers (the tagger reads them as
    adjectives or verbs); "one" is left as tagged ("no one", "the one she chose"). On
    CoNLL-2000 (train and test): 16 tags fixed, 1 right one changed ("Thousand Oaks")."""
    for index in at.where(_spelled_number):
        token = raw[index]
        if token.penn != "CD":
            token.penn = "CD"


def _spelled_number(text: str) -> bool:
    return text in _NUMBER_FORMS or "-" in text and spelled_number(text)


# Number words as a text writes them alone ("thirty", "Thirty", "THIRTY"), but "one".
_NUMBER_FORMS = frozenset(form for word in NUMBER_WORDS - {"one"}
                          for form in (word, word.capitalize(), word.upper()))


# The tagger's tags for a sentence's first word that its capital did not cause, or that
# stay: an order's verb ("Put", "Try") and an adverb ("Likewise", "Sure") are read
# well, and worse in lower case.
_KEPT_OPENER_TAGS = frozenset({"NNPS", "VB", "RB"})
# A name's tag, which a first word keeps unless in lower case it is an adjective ("New",
# "Local", "Heavy") that WordNet does not write as a name ("Cuban", "January").
_NAME_TAG = "NNP"
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
# What starts the word after a name's first word: a capital, "&" ("Young & Rubicam").
_NAME_GOES_ON = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ&")
# Marks that may stand before a sentence's first word, as the tagger sees them.
_BEFORE_AN_OPENER = frozenset({"``", "(", "`"})


def retag_sentence_openers(sentences: list[list[str]], tags: list[list[str]],
                           tag_sentences: Callable[[list[list[str]]], list[list[str]]],
                           words: WordInfo,
                           usually_capitalised: Callable[[Iterable[str]], set[str]] | None
                           = None) -> None:
    """"Weather/PRP$ experts warn", "Library/JJ users say", "Old/NNP habits die hard":
    the tagger read a sentence's capitalised first word by its capital (its first letter
    is one of its features, and "Her" opens many sentences); a word the learner word
    list has gets the tag the tagger gives it in lower case, with the words after it
    (``sentences``: the tagger's forms; ``tags``: changed in place). One read as a name
    does only when that is an adjective's that WordNet (``usually_capitalised``) does
    not write as a name. Only the first word is tagged again, which the tagger reads
    from the words after it alone; a word before a capitalised one may start a name
    ("Electric Boat"). On CoNLL-2000 (train and test): 22 tags fixed ("Housing/VBG",
    "Interest/JJS", "Unknown/IN"), 5 right ones changed ("Booming", JJ, to VBG;
    "Buying", VBG, to NN), 8 wrong to wrong; a name's tag: 31 fixed ("New", "Final",
    "Ski/NN promotions" through the adjective's correction), 10 broken (names: "Digital
    hopes", "Eastern"; "Third", "Giant yellow cranes" against wrong references), 3 wrong
    to wrong."""
    # (First: a headline's first word is tagged again after its verbs.)
    for forms, sentence_tags in zip(sentences, tags, strict=True):
        if "to" in forms or "To" in forms:
            _retag_headline_verbs_after_to(forms, sentence_tags, words)
    windows: list[list[str]] = []
    where: list[tuple[int, int]] = []
    listed: dict[str, bool] = {}  # a story opens many sentences with the same words
    names = _names_of_the_story(sentences, tags)
    for number, forms in enumerate(sentences):
        first = 1 if len(forms) > 1 and forms[0] in _BEFORE_AN_OPENER else 0
        if first >= len(forms):
            continue
        word, tag = forms[first], tags[number][first]
        if word in names:
            tags[number][first] = _NAME_TAG  # "Xi/RB visited ... Officials said Xi/NNP"
            continue
        if (len(word) < 2 or not word[0].isupper() or not word[1:].islower()
                or not word.isalpha() or tag in _KEPT_OPENER_TAGS
                or (tag == _NAME_TAG and usually_capitalised is None)
                or (first + 1 < len(forms) and forms[first + 1][:1] in _NAME_GOES_ON)):
            continue
        lower = word.lower()
        if lower in CLOSED_CLASS:
            continue
        known = listed.get(lower)
        if known is None:
            known = listed[lower] = words.is_dictionary_word(lower)
        if not known:
            continue
        windows.append([*forms[:first], lower, *forms[first + 1:first + 3]])
        where.append((number, first))
    if not windows:
        return
    found = [(number, first, window_tags[first], window[first])
             for (number, first), window, window_tags
             in zip(where, windows, tag_sentences(windows), strict=True)]
    adjectives = {lower for number, first, tag, lower in found
                  if tags[number][first] == _NAME_TAG and tag in _ADJECTIVE_TAGS}
    # A plural noun: on CoNLL-2000 (train and test), 6 tags fixed ("Groups representing",
    # "Books and software", "Salespeople also"), none broken.
    plurals = {lower for number, first, tag, lower in found
               if tag in _PLURAL_MISREADINGS and _plural_noun(lower, tag, words)}
    asked = adjectives | plurals
    names = usually_capitalised(asked) if usually_capitalised and asked else set()
    for number, first, tag, lower in found:
        if lower in plurals - names:
            tags[number][first] = "NNS"  # "Geese/JJ fly south", "Children/NNP play"
        elif tags[number][first] != _NAME_TAG or lower in adjectives - names:
            tags[number][first] = tag


# What the tagger makes of a plural noun in lower case with two words after it:
# "geese/JJ fly south", "children/NNS play in".
_PLURAL_MISREADINGS = frozenset({"NNS", "JJ", "NN"})


def _plural_noun(lower: str, tag: str, words: WordInfo) -> bool:
    """Whether ``lower``, tagged ``tag`` in lower case, is a noun's plural and no
    adjective's form: a plural the tagger read in lower case, or one not made with
    "-s" it read as an adjective or a singular ("geese", "mice", "women")."""
    noun = words.noun_lemma(lower)
    if noun in (None, lower) or words.is_adjective_form(lower):
        return False
    return tag == "NNS" or not lower.endswith("s")


# A headline's share of capitalised words, as `vocab.token_marks` reads a headline.
_HEADLINE_CAPITALS = 0.6
# What the tagger reads a headline's capitalised verb after "to" as: "How to Learn/NNP".
_HEADLINE_MISREADINGS = frozenset({"NNP", "NN", "NNPS", "JJ", "VB"})
# Words before "to" that make what follows it an infinitive: "How to", "Trying to",
# "Want Schools to", "Ready to", "Pays to".
_BEFORE_AN_INFINITIVE = frozenset({"WRB", "VB", "VBG", "VBP", "VBZ", "VBD", "VBN", "JJ",
                                   "RB", "NNS"})
# After a noun, "to" opens an infinitive when its verb has words after it ("The Best
# Way to Learn English"), not a preposition or the headline's end ("The Road to Power",
# "A Trip to Space in 2030").
_ENDS_A_PLACE = frozenset({"IN", "TO", ",", ".", ":", "CC"})


def _headline(forms: list[str]) -> bool:
    """Whether ``forms`` are a headline's: most words capitalised, the others of a
    closed class ("How to Get Ahead", "Parents Want Schools to Teach Money Skills")."""
    letters = [form for form in forms if form[:1].isalpha()]
    lower = [form for form in letters if form[0].islower()]
    return (len(letters) > 2 and (len(letters) - len(lower)) / len(letters) >= _HEADLINE_CAPITALS
            and all(form in CLOSED_CLASS for form in lower))


def _retag_headline_verbs_after_to(forms: list[str], tags: list[str], words: WordInfo) -> None:
    """"The Best Way to Learn/NNP English", "How to Get Ahead/NNP": in a headline, a
    capitalised word after "to" that the dictionary has as a verb, tagged a name, a
    noun or an adjective by its capital, is the verb after a verb, an adverb or
    "how", and after a noun when words that are no preposition follow it (the
    glossary printed "learn –n."); an adverb right after it that is no verb is that
    adverb ("get ahead"). Not a preposition's object: "The Road to Power"."""
    places = [place + 1 for place in range(1, len(forms) - 1)
              if forms[place].lower() == "to" and tags[place] == "TO"
              and tags[place + 1] in _HEADLINE_MISREADINGS
              and forms[place + 1][:1].isupper() and forms[place + 1][1:].islower()]
    if not places or not _headline(forms):
        return
    for place in places:
        before = tags[place - 2]
        after = place + 1
        if before not in _BEFORE_AN_INFINITIVE and (
                after >= len(forms) or tags[after] in _ENDS_A_PLACE):
            continue
        if not words.is_verb(forms[place]):
            continue
        tags[place] = "VB"
        if (after < len(forms) and tags[after] in {"NNP", "NN"} and forms[after][1:].islower()
                and forms[after].lower() not in CLOSED_CLASS
                and words.adverb_and_no_verb(forms[after])):
            tags[after] = "RB"


def _names_of_the_story(sentences: list[list[str]], tags: list[list[str]]) -> set[str]:
    """The capitalised words a story writes inside a sentence, after a word, read there
    as a name, and never in lower case: "Xi" of "Officials said Xi/NNP would come"; not
    "American" of "said American/JJ troops"."""
    # The tag first: most tokens are no name. A name's lower-case spelling is looked for
    # among the story's forms (in C), not gathered from every lower-case token.
    inside = {form for forms, sentence_tags in zip(sentences, tags, strict=True)
              for place, tag in enumerate(sentence_tags)
              if tag == _NAME_TAG and place
              and not (form := forms[place])[:1].islower() and form[1:].islower()
              and form.isalpha() and forms[place - 1][:1].isalpha()}
    lowered = {form.lower() for form in inside}
    written_lower = {form for form in lowered.intersection(chain.from_iterable(sentences))
                     if form[:1].islower()}
    return {form for form in inside
            if form.lower() not in written_lower and form.lower() not in CLOSED_CLASS}
