"""Tag corrections of verbs from the clause they are in.

Each pass here finds the verb a clause must have where the tagger gave it a noun or an
adjective: orders ("Sprinkle the yeast"), sentences and conjunctions' clauses with no
verb, a verb ending a clause, relative clauses, after a modal, verbs joined in a list
or after an object, participles after "were all" and before an infinitive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from vocab.closed_class import BE_FORMS, CLOSED_CLASS, DO_FORMS, HAVE_FORMS, LIST_LINKS
from vocab.raw_tokens import (
    CLAUSE_ENDS,
    CLAUSE_OPENERS,
    DETERMINERS,
    FINITE_VERB_TAGS,
    NOUNS,
    PLURAL_BE_FORMS,
    QUESTION_MARK,
    SENTENCE_ENDS,
    PartsOfSpeech,
    RawToken,
    WordPositions,
    verb_form,
)
from vocab.retag_sentences import Sentences

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo


# The verbs that open a yes-no question before its subject ("Are they ready?"), with
# the tag each has there.
_QUESTION_VERBS = {
    "am": "VBP", "are": "VBP", "is": "VBZ", "was": "VBD", "were": "VBD",
    "do": "VBP", "does": "VBZ", "did": "VBD", "have": "VBP", "has": "VBZ", "had": "VBD",
    **dict.fromkeys(("can", "could", "will", "would", "shall", "should", "may", "might",
                     "must"), "MD"),
}
# A question's subject after its verb: "Are they", "Is there", "Did the council", "Has
# Maria". After a modal, no name: "Will Smith" and "May Day" are names themselves.
_QUESTION_SUBJECTS = frozenset({"PRP", "EX", "DT", "PRP$", "CD", "NN", "NNS", "NNP", "NNPS"})
_MODAL_QUESTION_SUBJECTS = frozenset({"PRP", "EX", "DT", "PRP$"})
# Where a question begins inside its sentence: after an opening quotation mark or a colon
# ('“Are they ready?” she asked').
_QUESTION_OPENERS = frozenset({"“", '"', "``", "‘", "(", ":"})
# A yes-no question is short: its verb is found this near its question mark, or not at all
# (a long run-on "sentence" is not walked back to its start).
_QUESTION_WORDS = 40
# Tags the tagger gives a question's second verb that the question's first one rules out.
_FINITE_AFTER_SUBJECT = frozenset({"VBP", "VBZ", "VBD", "NN", "IN"})


def retag_yes_no_questions(raw: list[RawToken], words: WordInfo, at: WordPositions) -> None:
    """"Were they negative or positive?": a question that opens with a form of "be",
    "do" or "have", or a modal, before its subject has that verb first. The tagger,
    which saw few questions, read "Were" as a wh-adverb, "Are" and "Did" as names, and
    after the pronoun a present tense ("negative –v."; "Did they walk/VBP home?"). After
    a pronoun subject the next word is no finite verb: the base form after "do" or a
    modal, the participle after "have", the adjective (when the word is one) after
    "be"."""
    for mark in at.of({QUESTION_MARK}):
        start, sentence = mark, raw[mark].sentence
        while (start > 0 and mark - start < _QUESTION_WORDS
               and raw[start - 1].sentence == sentence
               and raw[start - 1].text not in _QUESTION_OPENERS):
            start -= 1
        if mark - start < 3 or not raw[start].text[:1].isupper():
            continue  # (a verb, its subject and something asked about)
        verb, subject, after = raw[start:start + 3]
        lower = verb.text.lower()
        tag = _QUESTION_VERBS.get(lower)
        if tag is None or subject.penn not in (
                _MODAL_QUESTION_SUBJECTS if tag == "MD" else _QUESTION_SUBJECTS):
            continue
        verb.penn = tag
        if subject.penn != "PRP" or after.penn not in _FINITE_AFTER_SUBJECT:
            continue
        word = after.text.lower()
        if (tag == "MD" or lower in DO_FORMS) and words.is_verb(word):
            after.penn = "VB"  # "Did they walk home?", "Do you like it?"
        elif lower in HAVE_FORMS and after.penn == "VBD":
            after.penn = "VBN"  # "Have they finished?"
        elif lower in BE_FORMS and after.penn in {"VBP", "VBZ"} \
                and words.is_adjective_form(word):
            after.penn = "JJ"  # "Were they negative?", "Are they ready?"


# The subject a verb form agrees with: a plural noun before a base form ("farmers
# plant"), a singular one before an "-s" form ("the farmer plants").
_AGREEING_FORMS = {("NNS", "NN"): "VBP", ("NN", "NNS"): "VBZ", ("NNP", "NNS"): "VBZ",
                   # A past tense agrees with any subject: "The wind swept/JJ across the
                   # fields." ("swept –adj. possessing sweep", QA walk-through)
                   ("NN", "JJ"): "VBD", ("NNS", "JJ"): "VBD", ("NNP", "JJ"): "VBD"}
# What may follow the verb: its object or a phrase ("plant seeds", "plant in spring").
# (Not a number: "futures index 129.62" is a table's line.)
_AFTER_VERB = frozenset({"DT", "PRP$", "NNS", "NN", "JJ", "IN", "PRP", "RB", "TO",
                         "RBR", "JJR"})
_PARTICIPLES = frozenset({"VBN", "VBG"})
_LIST_JOINS = frozenset({"CC", ","})


# What follows an order's verb: its object ("Sprinkle the yeast", "Cover it") or how
# ("Stir gently").
_IMPERATIVE_OBJECT_OPENERS = frozenset({"DT", "PRP$", "PRP", "RB"})
# What the tagger makes of an order's verb, and what may follow each reading for the
# word to be the verb: an adjective or a preposition before an object ("Complete/JJ the
# form", "Clean/JJ your room", "Pause/IN the audio"), an adverb before how ("Sleep/RB
# well").
_IMPERATIVE_MISREADINGS = {"NN": _IMPERATIVE_OBJECT_OPENERS,
                           "NNP": _IMPERATIVE_OBJECT_OPENERS,
                           "JJ": frozenset({"DT", "PRP$"}),
                           "IN": frozenset({"DT", "PRP$"}),  # "Pause/IN the audio"
                           "RB": frozenset({"RB"})}
# The word that asks before an order: "Please complete/JJ this form" (Penn: VB).
_PLEASE = frozenset({"Please", "please"})
_NOUN_OR_NAME = frozenset({"NN", "NNP"})
# What the tagger makes of the verb of an order after "please": "Please wait/NN here",
# "Please read/VBD the text".
_MISREAD_AFTER_PLEASE = frozenset({"VB", "NN", "NNP", "JJ", "VBD", "VBZ", "VBP", "RB"})


def retag_imperatives(sentences: list[list[RawToken]], words: WordInfo) -> None:
    """"Sprinkle the yeast over the water.", "Stir gently.": a sentence opening with a
    verb's base form, its object or an adverb after it, and no other verb that could
    have a subject, is an order; the tagger made "Sprinkle" a noun (a recipe's gap
    question offered "Wrist / Sprinkle / Gram / Flour", QA walk-through), "Complete" an
    adjective before "the form", "Sleep" an adverb before "well". After "Please" (a
    noun to the tagger, Penn's VB) the word that is a verb's base form is the order's
    verb, whatever follows ("Please wait/NN here.", "Please complete/JJ this form")."""
    for tokens in sentences:
        if len(tokens) < 3:
            continue
        if tokens[0].text in _PLEASE:
            _retag_order_after_please(tokens, words)
            continue
        if tokens[0].penn in _NOUN_OR_NAME and _retag_verb_that_is_no_noun(tokens, words):
            continue
        openers = _IMPERATIVE_MISREADINGS.get(tokens[0].penn)
        if openers is None:
            continue
        first, after = tokens[0], tokens[1]
        lower = first.text.lower()
        if first.penn == "NNP" and after.penn == "RB" and words.is_adjective_form(lower):
            # A name-tagged one only before its object ("Better yet", "Berkeley very
            # quiet"), unless no adjective ("Rest often").
            continue
        if (first.text[:1].isupper() and first.text[1:].islower()
                and after.penn in openers
                and not any(t.penn in FINITE_VERB_TAGS for t in tokens)
                and lower not in CLOSED_CLASS and words.is_verb(lower)
                and words.lemma(lower, "VB") == lower
                and (first.penn != "RB" or words.dictionary_lemma(lower, "ADV") is None)):
            first.penn = "VB"


# What follows a sentence's first word that is only a verb: "Imagine you are...",
# "Remember that...", "Suppose the rain stops". (Not a name's next word: "Imagine
# Dragons played".)
_AFTER_AN_OPENING_VERB = frozenset({"PRP", "IN", "DT", "PRP$", "WRB", "WP", "NNS", "NN"})


def _retag_verb_that_is_no_noun(tokens: list[RawToken], words: WordInfo) -> bool:
    """Whether the sentence's first word, tagged a noun, is a verb's base form the
    dictionary has as no noun and no adjective, before what may follow a verb, and was
    made the order's verb: "Imagine/NN you are sitting in a field" (a finite verb
    after it is the clause it opens)."""
    first, after = tokens[0], tokens[1]
    text = first.text
    if (after.penn not in _AFTER_AN_OPENING_VERB
            or not (text.isalpha() and text[0].isupper() and text[1:].islower())):
        return False
    lower = text.lower()
    # (The noun test first: most such words are nouns or names, and it is asked anyway.)
    if (lower in CLOSED_CLASS or words.is_noun_form(lower) or not words.is_verb(lower)
            or words.is_adjective_form(lower)):
        return False
    first.penn = "VB"
    return True


# Conjunctions whose clause may open a sentence before an order: "When you finish, use
# the pen", "Before you leave, water the plants".
_ORDER_CLAUSE_OPENERS = CLAUSE_OPENERS | {"before", "after", "once", "while", "until"}
# What opens an order's object: "use the pen", "water your plants".
_ORDER_OBJECT_OPENERS = frozenset({"DT", "PRP$"})


def retag_orders_after_opening_clauses(raw: list[RawToken], words: WordInfo,
                                       at: WordPositions) -> None:
    """"When you finish, use/NN the pen.", "Here is a tip: pay/NN the fee first.":
    after the comma that ends a clause opening its sentence with "when", "if",
    "before"..., or after a colon, a word tagged a noun that is a verb's base form,
    before its object, is an order's verb (a noun is no object's head there)."""
    for mark in at.of_texts({",", ":"}):
        if not 0 < mark < len(raw) - 2:
            continue
        token, after = raw[mark + 1], raw[mark + 2]
        if (token.penn != "NN" or after.penn not in _ORDER_OBJECT_OPENERS
                or not token.text.isalpha() or not token.text.islower()
                or token.sentence != raw[mark].sentence or after.sentence != token.sentence
                or token.text in CLOSED_CLASS or not words.is_verb(token.text)):
            continue
        if raw[mark].text == "," and not _opened_by_clause(raw, mark):
            continue
        token.penn = "VB"


def _opened_by_clause(raw: list[RawToken], mark: int) -> bool:
    """Whether the sentence of the comma at ``mark`` opens with a clause's conjunction
    ("When you finish, ...") and has no other comma before it."""
    start = mark
    while start > 0 and raw[start - 1].sentence == raw[mark].sentence:
        start -= 1
        if raw[start].text == ",":
            return False
    return raw[start].text.lower() in _ORDER_CLAUSE_OPENERS


def _retag_order_after_please(tokens: list[RawToken], words: WordInfo) -> None:
    """"Please/NN wait/NN here.": "Please" opens an order whose verb follows it."""
    please, verb = tokens[0], tokens[1]
    lower = verb.text.lower()
    if (verb.penn not in _MISREAD_AFTER_PLEASE or not verb.text.isalpha()
            or not verb.text.islower() or lower in CLOSED_CLASS or not words.is_verb(lower)
            or any(t.penn == "MD" for t in tokens)):
        return
    if please.penn in {"NN", "NNP"}:
        please.penn = "VB"
    verb.penn = "VB"


# What follows a verb the tagger read as an adverb: "prices double in a bad year".
_AFTER_A_BASE_READ_AS_ADVERB = frozenset({"IN", "DT", "PRP$", "CD", "RB", "TO"})


def _retag_base_read_as_adverb(tokens: list[RawToken], words: WordInfo) -> bool:
    """Whether a plural noun's verb read as an adverb was found, and made the verb, in a
    verbless sentence: "Bread prices double/RB in a bad year" (the noun before it was
    read as the verb, "prices/VBZ")."""
    for subject, token, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if (subject.penn == "NNS" and token.penn == "RB"
                and after.penn in _AFTER_A_BASE_READ_AS_ADVERB
                and token.text.islower() and token.text not in CLOSED_CLASS
                and words.is_verb(token.text) and words.is_noun_form(subject.text)):
            token.penn = "VBP"
            return True
    return False


# Verbs the tagger reads as adverbs after their plural subject though the dictionary
# has them as adverbs too: "Ski lifts close/RB early", "when schools close/RB".
_VERBS_READ_AS_ADVERBS = frozenset({"close"})
# What may stand between a clause's start and its subject's last noun: "the palm trees",
# "Ski lifts", "many small shops".
_SUBJECT_PHRASE_TAGS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS",
                                  "NNP", "NNPS", "VBG", "POS"})
# What a clause's subject follows: the start of its sentence or of a clause.
_CLAUSE_STARTS = frozenset({",", ":", ";", "CC", "WRB", "``", "--"})
# Words that open a clause before its subject: "when schools close", "that old ways die".
_SUBJECT_OPENERS = CLAUSE_OPENERS | {"that"}
# What follows an adverb that is no verb: "people close to the investor", "homes close by".
_AFTER_AN_ADVERB = frozenset({"to", "by"})


def retag_verbs_read_as_adverbs(raw: list[RawToken], words: WordInfo,
                                at: WordPositions) -> None:
    """"Ski lifts/VBZ close/RB early", "when schools close/RB for a week", "old ways
    die/RB hard": right after a plural noun that ends its clause's subject (the clause's
    first words, its nouns and their modifiers), a verb's base the tagger read as an
    adverb is the subject's verb, when the dictionary has no such adverb ("die",
    "sway") or the verb is one the tagger often misreads ("close"; not before "to" or
    "by": "people close to the talks"). A plural noun read as the verb before it is
    the noun ("lifts/VBZ"). On CoNLL-2000 (train and test): 6 tags fixed, none broken."""
    # Only texts tagged an adverb somewhere are tested (the dictionary asked of a few
    # dozen, not of every text): no tag turns into one below.
    test = _maybe_verb_read_as_adverb(words)
    read_as_adverbs = {t.text for t in raw if t.penn == "RB"}
    for index in at.of_texts([text for text in read_as_adverbs if test(text)]):
        token = raw[index]
        if token.penn != "RB" or index < 1:
            continue
        subject = raw[index - 1]
        after = raw[index + 1] if index + 1 < len(raw) else None
        if (subject.sentence != token.sentence
                or after is not None and after.text.lower() in _AFTER_AN_ADVERB
                or not _ends_clause_subject(raw, index - 1)):
            continue
        if subject.penn == "VBZ" and words.noun_lemma(subject.text) not in (None, subject.text):
            subject.penn = "NNS"  # "Ski lifts/VBZ close"
        if subject.penn == "NNS":
            token.penn = "VBP"


def _maybe_verb_read_as_adverb(words: WordInfo) -> Callable[[str], bool]:
    def test(text: str) -> bool:
        return (text.isalpha() and text.islower() and text not in CLOSED_CLASS
                and words.is_verb(text)
                and (text in _VERBS_READ_AS_ADVERBS
                     or words.dictionary_lemma(text, "ADV") is None))
    return test


def _ends_clause_subject(raw: list[RawToken], index: int) -> bool:
    """Whether the token at ``index`` ends a noun phrase that opens its sentence or a
    clause: nothing but the phrase's words before it, back to the start, a comma, a
    conjunction, "when" or "that"."""
    sentence = raw[index].sentence
    start = index
    while start > 0 and raw[start - 1].sentence == sentence \
            and raw[start - 1].penn in _SUBJECT_PHRASE_TAGS:
        start -= 1
    before = raw[start - 1] if start > 0 else None
    return (before is None or before.sentence != sentence or before.penn in _CLAUSE_STARTS
            or before.text.lower() in _SUBJECT_OPENERS)


def retag_verbs_of_verbless_sentences(sentences: list[list[RawToken]], words: WordInfo) -> None:
    """"Farmers plant seeds in the spring": a sentence the tagger gave no verb has
    one, and a noun after its subject that agrees with it as a verb is it (it was
    glossed "plant –n. buildings for industrial labor"). On CoNLL-2000 (train and
    test): 4 tags fixed, 5 changed against gold tags that are mostly wrong themselves
    ("Ms. Slater reports on personal finance", "the Bay area accounts for 15%"); the
    one true break is a caption with a full stop ("Many hairline cracks in the concrete
    slabs afterwards."). A "to" infinitive is no verb of its sentence ("The mission aims
    to closely examine the rocks"): 2 more fixed ("The Treasury plans to raise"), 2
    changed against gold tags that are wrong ("a black stock boy scurries/NNS to help").
    A compound's plural subject the tagger (or the rule above) made the verb, nouns
    joined by "and", a past spelt as its base before its object ("Food prices rise/NN",
    "flour and butter cost/NN more", "The project cost/NN millions"; QA walk-through):
    1 more changed, against a wrong reference NN ("The current transaction cost the
    bank approximately $140 million"). The subject may stand before one or two adverbs
    ("the evidence so far points/NNS in one direction"): 2 more fixed ("Panic frequently
    results in"), none broken."""
    for tokens in sentences:
        if tokens[-1].text not in SENTENCE_ENDS or any(
                token.penn.startswith(("VB", "MD")) and not _describes_noun(tokens, place)
                and not _infinitive(tokens, place)
                and not _plural_subject_read_as_verb(tokens, place, words)
                for place, token in enumerate(tokens)):
            continue  # a caption or a table's line has no verb
        if _retag_base_read_as_adverb(tokens, words):
            continue
        for place, (subject, token, after) in enumerate(
                zip(tokens, tokens[1:], tokens[2:], strict=False)):
            if _plural_subject_read_as_verb(tokens, place + 1, words):
                token.penn, after.penn = "NNS", "VBP"  # "Food prices rise every winter"
                break
            subject_at = place
            if subject.penn == "RB" and token.penn in NOUNS:
                # "the evidence so far points/NNS in one direction": the subject is
                # before the adverbs
                subject_at = _before_adverbs(tokens, place)
                subject = tokens[subject_at]
            people = _people_of_pronoun(tokens, subject_at)
            subject_tag = ("NNS" if people else
                           _noun_read_as_adjective(tokens, subject_at, words) or subject.penn)
            form = _AGREEING_FORMS.get((subject_tag, token.penn)) or _unagreeing_form(
                tokens, place, after, words)
            # (Only such a subject's verb may end the sentence: "Stock prices." is a
            # heading's two nouns.)
            ends = people and after.text in SENTENCE_ENDS
            if (form and (after.penn in _AFTER_VERB or ends)
                    and token.text.islower() and verb_form(token.text, form, words)
                    and (people or subject.penn == "NNP"
                         or words.is_noun_form(subject.text))):
                # ...after a noun or a name: "Excludes bond funds." opens with a verb
                if not people:
                    subject.penn = subject_tag
                token.penn = form
                break


def _before_adverbs(tokens: list[RawToken], place: int) -> int:
    """The place of the last word before the adverbs that end at ``place`` (at most
    two: "so far", "also")."""
    start = place
    while start > 0 and place - start < 2 and tokens[start].penn == "RB":
        start -= 1
    return start


def _plural_subject_read_as_verb(tokens: list[RawToken], place: int, words: WordInfo) -> bool:
    """Whether the plural noun or "-s" verb at ``place`` ends a compound subject whose
    verb the tagger made a noun: "Food prices/VBZ rise/NN every winter" (it was "rise
    –n.", QA walk-through). A noun no determiner opens is before it ("The farmer plants
    corn" has its subject), a verb's base form after it, and after that no noun that
    would go on the compound, but what follows a verb: "every winter", "by ten percent",
    "when demand drops", the sentence's end."""
    if not 0 < place < len(tokens) - 2:
        return False
    token, verb, after = tokens[place:place + 3]
    if (token.penn not in _PLURAL_OR_S_FORM or tokens[place - 1].penn != "NN" and not (
            place == 1 and tokens[0].penn == "NNP")  # "House/NNP prices rise."
            or verb.penn != "NN" or not token.text.islower() or not verb.text.islower()
            or not (after.penn in _AFTER_INTRANSITIVE or after.text in SENTENCE_ENDS
                    or after.text.lower() in CLAUSE_OPENERS)):
        return False
    start = place - 1
    while start > 0 and tokens[start - 1].penn in _SUBJECT_WORDS:
        start -= 1
    if start > 0 and tokens[start - 1].penn in _POSSESSIVE_OPENERS:
        return False  # "The wind blows sand across": a singular subject's verb
    return words.is_noun_form(token.text) and words.is_verb(verb.text)


_PLURAL_OR_S_FORM = frozenset({"NNS", "VBZ"})
_POSSESSIVE_OPENERS = frozenset({"DT", "PRP$", "POS"})
# What follows a verb with no object: "rise every winter", "rise by ten percent", "cost
# more".
_AFTER_INTRANSITIVE = frozenset({"DT", "IN", "RB", "RBR", "JJR", "TO", "CD"})


# What follows a past tense spelt as its base ("cost", "hurt") after a singular noun:
# its object ("The project cost millions"), not a preposition ("The tax cut for
# families." is a heading).
_PAST_OBJECT_OPENERS = frozenset({"DT", "PRP$", "PRP", "NNS", "CD"})


def _unagreeing_form(tokens: list[RawToken], place: int, after: RawToken,
                     words: WordInfo) -> str | None:
    """The verb form of the noun-tagged word after ``place`` that agrees with no
    single noun there: "VBP" after nouns joined by "and" ("flour and butter cost/NN
    more"), "VBD" for a past tense spelt as its base before an object ("The project
    cost/NN millions"; QA walk-through)."""
    subject, token = tokens[place], tokens[place + 1]
    if (subject.penn == "NNS" and token.penn == "NNS" and token.text.islower()
            and not token.text.endswith("s") and words.noun_lemma(token.text) == token.text):
        return "VBP"  # a singular read as a plural after its plural subject: "Geese fly"
    if subject.penn != "NN" or token.penn != "NN":
        return None
    if place > 0 and tokens[place - 1].text == "and":
        return "VBP"
    if after.penn in _PAST_OBJECT_OPENERS and words.is_unchanged_verb_form(token.text, "VBD"):
        return "VBD"
    return None


def _infinitive(tokens: list[RawToken], place: int) -> bool:
    """Whether the verb at ``place`` is a "to" infinitive, no verb of its sentence: "The
    new mission aims to closely examine the rocks" has none but "aims" (it was "aims
    –n. an anticipated outcome", quiz audit)."""
    if tokens[place].penn != "VB":
        return False
    before = place - 1
    if before > 0 and tokens[before].penn == "RB":
        before -= 1  # "to closely examine"
    return before >= 0 and tokens[before].penn == "TO"


# Quantities of a group a plural pronoun names: "Some of them faint.", "Many of us worry".
_GROUP_QUANTIFIERS = frozenset({"some", "many", "most", "all", "few", "several", "both",
                                "none", "half", "more", "fewer"})
_PLURAL_OBJECT_PRONOUNS = frozenset({"them", "us", "you"})


def _people_of_pronoun(tokens: list[RawToken], place: int) -> bool:
    """Whether the pronoun at ``place`` ends a plural subject, "some of them": the word
    after it agrees with it as a plural noun would ("Some of them faint." was "faint
    –n. a spontaneous loss of consciousness", QA2 walk-through)."""
    return (place >= 2 and tokens[place].text.lower() in _PLURAL_OBJECT_PRONOUNS
            and tokens[place - 1].text.lower() == "of"
            and (tokens[place - 2].text.lower() in _GROUP_QUANTIFIERS
                 or tokens[place - 2].penn == "CD"))


def _describes_noun(tokens: list[RawToken], place: int) -> bool:
    """Whether the verb form at ``place`` is rather a word describing the noun after
    it: a participle ("nursing homes", "in crowded rooms") or a base form joined to a
    list ("prisons, nursing homes and cruise ships"), no verb of its sentence."""
    token = tokens[place]
    if place == 0 or place + 1 == len(tokens) or tokens[place + 1].penn not in NOUNS:
        return False
    return token.penn in _PARTICIPLES or (
        token.penn == "VB" and tokens[place - 1].penn in _LIST_JOINS)


def _noun_read_as_adjective(tokens: list[RawToken], place: int, words: WordInfo) -> str | None:
    """"NN" for a determiner's word the tagger made an adjective that is met more as a
    noun ("The illness spreads": "illness" was JJ, which hid the sentence's subject)."""
    token = tokens[place]
    if (token.penn == "JJ" and place > 0 and tokens[place - 1].penn == "DT"
            and token.text.islower()
            and words.zipf(token.text, "NOUN") > words.zipf(token.text, "ADJ")):
        return "NN"
    return None




def retag_verbs_of_verbless_clauses(raw: list[RawToken], words: WordInfo,
                                    at: WordPositions) -> None:
    """"When the library closes at five", "if Mensah and his team meet certain goals": a
    clause a conjunction opens has a verb, and when the tagger gave it none, a noun after
    its subject that agrees with it as a verb is it (they were "closes –n." and "meet
    –n. a meeting at which a number of athletic contests are held", QA walk-through).
    The subject may be a noun the tagger read as an adjective ("the library/JJ") or two
    joined by "and", which agree with a base form. The verb may end the clause ("when
    demand drops/NNS."), and the main clause after "When ...," is read too ("When rents
    go up, payments rise/NN."; QA walk-through): on CoNLL-2000 (train and test) 1 tag
    more fixed ("when trouble arises."), 2 changed against reference tags that are
    wrong ("if emergency strikes/NNS.", "unless Congress acts/NNS."). A past there
    after a noun: "When the quake hit/NN," (2 fixed, none broken). A verb before "and"
    and a determiner ends its clause: "if the rain stops/NNS and the river level drops"
    had "level/VBP" (CoNLL-2000, train and test: no tag changed)."""
    for index in at.where(lambda text: text.lower() in CLAUSE_OPENERS):
        opener = raw[index]
        if index + 1 < len(raw) and raw[index + 1].text == "of":
            continue  # ("because of the labor talks" is a preposition's phrase)
        end = index + 1
        while (end < len(raw) and raw[end].sentence == opener.sentence
               and raw[end].text not in CLAUSE_ENDS):
            end += 1
        _find_clause_verb(raw, index + 1, end, words)
        if (end < len(raw) - 1 and raw[end].text == "," and _opens_sentence(raw, index)
                and raw[end + 1].sentence == opener.sentence):
            # The main clause after "When prices go up,": "payments rise/NN."
            last = end + 1
            while raw[last].text not in SENTENCE_ENDS and last + 1 < len(raw) \
                    and raw[last + 1].sentence == opener.sentence:
                last += 1
            if raw[last].text in SENTENCE_ENDS:
                _find_clause_verb(raw, end + 1, last, words)


def _opens_sentence(raw: list[RawToken], index: int) -> bool:
    """Whether the token at ``index`` is its sentence's first word (after a quotation
    mark)."""
    if index > 0 and raw[index - 1].text in _QUESTION_OPENERS:
        index -= 1
    return index == 0 or raw[index - 1].sentence != raw[index].sentence


def _find_clause_verb(raw: list[RawToken], start: int, end: int, words: WordInfo) -> None:
    """Tags as a verb the noun after the subject of the clause ``raw[start:end]`` when
    the clause has no verb: its first noun-tagged word that agrees with the word before
    it as a verb, before what follows a verb or the clause's end ("when demand
    drops/NNS.")."""
    clause = raw[start:end]
    if any(t.penn.startswith(("VB", "MD")) for t in clause):
        return
    for place, (subject, token) in enumerate(zip(clause, clause[1:], strict=False)):
        # (Subjects "and" joins are before the verb: not "if the rain stops and the
        # river level/VBP drops".)
        joined = any(t.text == "and" for t in clause[:place])
        after = raw[start + place + 2] if start + place + 2 < len(raw) else None
        if after is None or after.sentence != token.sentence:
            continue
        ends = start + place + 2 == end
        # (A verb may end its clause before "and" opens another: "if the rain stops and
        # the river level drops".)
        if after.penn not in _AFTER_VERB and not ends and not (
                after.penn == "CC" and start + place + 3 < end
                and raw[start + place + 3].penn in DETERMINERS):
            continue
        if place == 0 and subject.penn != "NNP" and not ends:
            continue  # "if trade figures for September ... fail": a compound
        form = _clause_verb_form(subject, token, joined, words) or (
            "VBD" if subject.penn in NOUNS and token.penn == "NN"
            and (ends or after.penn in _PAST_OBJECT_OPENERS) else None)
        if form and token.text.islower() and verb_form(token.text, form, words):
            token.penn = form
            return


# What a clause's subject is made of after its determiner: "the damage", "the new
# import program".
_SUBJECT_WORDS = frozenset({"JJ", "NN"})


def retag_verbs_ending_clauses(sentences: Sentences, words: WordInfo) -> None:
    """"When a factory closes, she explained, the damage spreads.": a clause with no
    verb that a comma after a verb's clause or a conjunction opens, made of a
    determiner's noun phrase and a word in "-s" that is a verb's form, ends with that
    verb (it was "spreads –n.", QA walk-through). After a comma it must end the
    sentence: "It sold apartments, the shopping centers, ..." is a list. On CoNLL-2000
    (train and test): 2 tags changed, both against reference tags that are wrong ("the
    indictment charges.", "when the current import trade restraint program ends,")."""
    for tokens, ends in sentences.where(CLAUSE_ENDS.__contains__):
        # (Each branch below reads a word before a clause's end.)
        for place in (end - 1 for end in ends if 3 <= end < len(tokens)):
            token, end = tokens[place], tokens[place + 1]
            if (token.penn == "NN" and tokens[place - 1].penn == "NNS"
                    and end.text in SENTENCE_ENDS and token.text.islower()):
                _retag_reporting_verb(tokens, place, words)
                continue
            if (token.penn != "NNS" or tokens[place - 1].penn != "NN"
                    or end.text not in CLAUSE_ENDS or not token.text.islower()):
                continue
            start = place - 1
            while start > 0 and tokens[start - 1].penn in _SUBJECT_WORDS:
                start -= 1
            if start < 2 or tokens[start - 1].penn not in DETERMINERS:
                continue
            opener = tokens[start - 2]
            after_comma = opener.text == "," and end.text in SENTENCE_ENDS and any(
                t.penn.startswith(("VB", "MD")) for t in tokens[:start - 2])
            if ((after_comma or opener.text.lower() in CLAUSE_OPENERS)
                    and words.is_noun_form(tokens[place - 1].text)
                    and verb_form(token.text, "VBZ", words)):
                token.penn = "VBZ"


def _retag_reporting_verb(tokens: list[RawToken], place: int, words: WordInfo) -> None:
    """"..., health researchers report.": a plural noun (after adjectives or nouns) that
    a comma after a verb's clause opens, and a noun-tagged verb's base form ending the
    sentence, are the reporting clause's subject and verb (it was "report –n."). On
    CoNLL-2000 (train and test): 2 tags fixed ("federal researchers report."), none
    broken."""
    start = place - 1
    while start > 0 and tokens[start - 1].penn in _SUBJECT_WORDS:
        start -= 1
    if (start > 1 and tokens[start - 1].text == ","
            and any(t.penn.startswith(("VB", "MD")) for t in tokens[:start - 1])
            and words.is_verb(tokens[place].text)):
        tokens[place].penn = "VBP"


def _clause_verb_form(subject: RawToken, token: RawToken, joined: bool,
                      words: WordInfo) -> str | None:
    """The verb form ``token`` would take after ``subject``: "VBZ" after a singular noun,
    "VBP" after a plural one or after two joined by "and"; None when it would not agree."""
    if subject.penn == "JJ" and token.penn == "NNS" and words.is_noun_form(subject.text) \
            and not subject.text.lower().endswith("s"):
        return "VBZ"  # "the library/JJ closes"
    if joined and subject.penn == "NN" and token.penn == "NN":
        return "VBP"  # "Mensah and his team meet"
    form = _AGREEING_FORMS.get((subject.penn, token.penn))
    if form and (subject.penn == "NNP" or words.is_noun_form(subject.text)):
        return form
    return None


# Relative pronouns a clause about the noun before them opens: "signs that read".
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
# What opens the object of a relative clause's verb: "that read "Save Our Libraries."",
# "who pay their taxes", "states that neighbor/NN Russia".
_RELATIVE_OBJECT_OPENERS = frozenset({"DT", "PRP$", "PRP", "CD", "''", "``", "NNP"})


def retag_verbs_of_relative_clauses(raw: list[RawToken], words: WordInfo,
                                    at: WordPositions) -> None:
    """"Many held signs that read "Save Our Libraries."": after a plural noun and
    "that", "which" or "who", a noun-tagged verb's base form before an object is the
    clause's verb (it was "read –n. something that is read", QA walk-through)."""
    for place in at.where(lambda text: text.lower() in _RELATIVE_PRONOUNS):
        if not 0 < place < len(raw) - 2:
            continue
        noun, pronoun, token, after = raw[place - 1:place + 3]
        if (token.penn == "NN" and noun.penn == "NNS"
                and after.penn in _RELATIVE_OBJECT_OPENERS
                and noun.sentence == after.sentence
                and token.text.islower() and words.is_verb(token.text)):
            token.penn = "VBP"


def retag_verbs_after_modals(raw: list[RawToken], words: WordInfo) -> None:
    """"The government will hand out seeds", "farmers can plant again", "the trial could
    last for weeks": after a modal (and an adverb or "not"), a word tagged a noun or an
    adjective that is a verb's base form is the verb (it was "hand –n. (prehensile)
    extremity", "last –adj."). On CoNLL-2000 (train and test): nouns 5 tags fixed, none
    broken; adjectives 3 fixed ("may last weeks", "'d rather live next door"), and
    "won't last long" against a gold JJ."""
    for index, token in enumerate(raw):
        if token.penn != "MD":
            continue
        at = index + 1
        while at < len(raw) and raw[at].penn in {"RB", "RBR"} and at - index <= 2:
            at += 1
        if (at < len(raw) and raw[at].penn in {"NN", "JJ"} and raw[at].sentence == token.sentence
                and raw[at].text.islower() and words.is_verb(raw[at].text)):
            raw[at].penn = "VB"


def retag_coordinated_verbs(raw: list[RawToken], words: WordInfo,
                            positions: WordPositions) -> None:
    """"infected people cough, sneeze or talk": the words a list joins to a verb's
    base form, tagged as nouns, are verbs of its form when they are verbs' base forms
    ("sneeze –n." was glossed and exported, QA walk-through). On CoNLL-2000 (train and
    test): 1 tag fixed, 6 changed against reference tags that are themselves wrong (its
    tags are a tagger's): "might rise or fall", "will close, move or overhaul 40 of its
    facilities", "people still eat, smoke, and take medicine". A noun before a finite
    verb is that verb's subject: "When oil prices rise and demand/NN falls" (no tag
    changed on CoNLL-2000)."""
    # (The words before a list's links, in text order: the links' texts never change.)
    for index in [link - 1 for link in positions.of_texts(LIST_LINKS) if 0 < link < len(raw) - 1]:
        token = raw[index]
        if token.penn not in _BASE_VERB_TAGS or not words.is_verb(token.text):
            continue  # ("as to principal and interest": the tagger's verb is none)
        chain: list[RawToken] = []
        joined = False
        at = index + 1
        while at + 1 < len(raw):
            separator, word = raw[at], raw[at + 1]
            if separator.text == "," and word.penn == "CC" and at + 2 < len(raw):
                separator, word = word, raw[at + 2]  # "cough, sneeze, and talk"
                at += 1
            if separator.text not in LIST_LINKS or word.sentence != token.sentence:
                break
            # (Not a subject before its verb: "prices rise and demand falls".)
            subject = at + 2 < len(raw) and raw[at + 2].penn in FINITE_VERB_TAGS
            read_as_noun = (word.penn == "NN" and word.text.islower() and not subject
                            and words.is_verb(word.text))
            if not read_as_noun and word.penn not in _BASE_VERB_TAGS:
                break  # "plow, plant and harvest": a verb already goes on the list
            joined = joined or separator.penn == "CC"
            if read_as_noun:
                chain.append(word)
            at += 2
        if joined:
            for word in chain:
                word.penn = token.penn


_BASE_VERB_TAGS = frozenset({"VB", "VBP"})


# What opens the object of a verb joined to another: "and delays repairs", "and raises
# the price". (Not a singular noun: "and sports equipment" is a compound; nor a
# determiner that opens a time, "bought stocks and bonds each year".)
_JOINED_OBJECT_OPENERS = frozenset({"NNS", "PRP$", "CD"})
_OBJECT_ARTICLES = frozenset({"a", "an", "the"})
# "-s" forms that are mostly auxiliaries, not the verb a second one is joined to.
_AUXILIARY_S_FORMS = frozenset({"is", "has", "does", "'s"})


def retag_verbs_joined_after_objects(raw: list[RawToken], sentences: list[list[RawToken]],
                                     words: WordInfo, at: WordPositions) -> None:
    """"It also cuts money for the city's libraries and delays repairs": after a verb's
    "-s" form and its object, "and" and a plural noun that is the same form of a verb,
    before an object of its own, is the second verb (it was "delays –n. the act of
    delaying", QA walk-through)."""
    joining = {raw[index].sentence for index in at.of_texts({"and"})}
    for tokens in sentences:
        if tokens[0].sentence not in joining:
            continue  # (no "and" to join a verb)
        verb_seen = False
        for index, token in enumerate(tokens):
            if token.penn.startswith(("VB", "MD")) and token.penn not in {"VBZ", "VBN", "VBG"}:
                verb_seen = False  # another clause's verb: "cuts" is not what "and" joins
            if token.penn == "VBZ":
                verb_seen = token.text.lower() not in _AUXILIARY_S_FORMS
                continue
            if (not verb_seen or token.penn != "NNS" or index < 2 or index + 1 >= len(tokens)
                    or tokens[index - 1].text != "and" or tokens[index - 2].penn == "VBZ"):
                continue
            after = tokens[index + 1]
            if ((after.penn in _JOINED_OBJECT_OPENERS
                 or after.text.lower() in _OBJECT_ARTICLES) and token.text.islower()
                    and verb_form(token.text, "VBZ", words)):
                token.penn = "VBZ"
            else:
                # "and" joined a noun to the object: so does the next ("sells shoes
                # and clothes and sports/NNS bags").
                verb_seen = False
# Words between "be" and the participle that quantify the subject, not open a noun
# phrase: "were all shouting", "are both running" (unlike "was the planning").
_FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
# What a participle's noun reading is followed by: "is all marketing costs".
_NOUN_READING_AFTER = frozenset({"NN", "NNS", "NNP", "NNPS", "POS"})


def retag_participles_after_be(raw: list[RawToken], words: WordInfo,
                                at: WordPositions) -> None:
    """""We were all shouting," she said": after "were" and "all", "both" or "each", a
    noun-tagged "-ing" form of a verb is its participle, the progressive's (it was
    "shouting –n. encouragement in the form of cheers from spectators", QA walk-through)."""
    for index in at.of(PLURAL_BE_FORMS):
        if index + 3 >= len(raw):
            break
        be, quantifier, token, after = raw[index:index + 4]
        if (token.penn == "NN" and token.text.endswith("ing")
                and quantifier.text.lower() in _FLOATING_QUANTIFIERS
                and after.penn not in _NOUN_READING_AFTER
                and be.sentence == token.sentence
                and words.is_verb(words.lemma(token.text.lower(), "VBG"))):
            token.penn = "VBG"


# What comes before a noun-tagged word that is a noun after all: "the/DT spending to
# date", "her/PRP$ ...", "new/JJ ...".
_NOUN_PHRASE_OPENERS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "POS", "CD"})


def retag_participles_before_infinitives(raw: list[RawToken], words: WordInfo,
                                          parts_of_speech: PartsOfSpeech,
                                          at: WordPositions) -> None:
    """"an agreement promising to identify such works": a noun-tagged "-ing" word that
    is no noun in the dictionary or WordNet, only a verb's form, before "to" and a
    verb's base, is that verb's participle (it was "promising –adj. showing possibility
    of achievement", QA2 walk-through). A noun stays: "a meeting to discuss", "insider
    trading to reach". On CoNLL-2000 (train and test): no tag fixed or broken; one
    changed from one wrong tag to another ("a slogan promising/JJ to keep")."""
    windows = (raw[place - 2:place + 2] for place in at.of({"to"})
               if 2 <= place < len(raw) - 1 and raw[place].text == "to")
    found = [(token, words.lemma(token.text, "VBG"))
             for before, token, to, verb in windows
             if token.penn == "NN" and token.text.endswith("ing")
             and verb.penn == "VB" and before.penn not in _NOUN_PHRASE_OPENERS
             and token.sentence == verb.sentence and token.text.islower()
             and not words.is_noun_form(token.text)]
    found = [(token, verb) for token, verb in found if words.is_verb(verb)]
    if not found:
        return
    known = parts_of_speech({token.text for token, _ in found})
    for token, _ in found:
        if "n" not in known.get(token.text, frozenset()):
            token.penn = "VBG"


def retag_verb_forms_in_s_of_verbless_sentences(sentences: list[list[RawToken]],
                                                words: WordInfo) -> None:
    """"Exercise lowers/NNS blood/VBD pressure", "Daily walking lowers/NNS blood
    pressure": a sentence whose only finite verb, if any, is a noun right after it has
    its verb in a word tagged a plural after a singular subject (a noun, a name, an
    "-ing" form) that is no noun's form in the dictionary but a verb's "-s" form; the
    noun after it is its object's. One with no finite verb may have it in a
    participle after its subject (`_retag_past_after_its_subject`)."""
    for tokens in sentences:
        if tokens[-1].text not in SENTENCE_ENDS:
            continue  # a caption or a heading has no verb
        if not any(token.penn in FINITE_VERB_TAGS for token in tokens):
            _retag_past_after_its_subject(tokens, words)
            _retag_base_after_its_subject(tokens, words)
        for place in range(1, len(tokens) - 1):
            token, after = tokens[place], tokens[place + 1]
            if (token.penn != "NNS" or tokens[place - 1].penn not in _SINGULAR_SUBJECTS
                    or not token.text.isalpha() or not token.text.islower()
                    or words.is_noun_form(token.text) or not verb_form(token.text, "VBZ", words)):
                continue
            object_read_as_verb = after.penn in FINITE_VERB_TAGS and words.is_noun_form(after.text)
            if any(other.penn in FINITE_VERB_TAGS
                   for at, other in enumerate(tokens)
                   if not (at == place + 1 and object_read_as_verb)):
                break
            token.penn = "VBZ"
            if object_read_as_verb:
                after.penn = "NNS" if after.penn == "VBZ" else "NN"
            break


_SINGULAR_SUBJECTS = frozenset({"NN", "NNP", "VBG"})


def _retag_past_after_its_subject(tokens: list[RawToken], words: WordInfo) -> None:
    """"Some cities banned/VBN cars": in a sentence with no finite verb, a participle
    right after a noun, before its object, that is also a past form, is the past (it
    was shown as "adj.")."""
    for place in range(1, len(tokens) - 1):
        token, after = tokens[place], tokens[place + 1]
        if (token.penn == "VBN" and tokens[place - 1].penn in _SUBJECT_NOUNS
                and after.penn in _OBJECT_OPENERS and token.text.islower()
                and verb_form(token.text, "VBD", words)):
            token.penn = "VBD"
            return


_SUBJECT_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _retag_base_after_its_subject(tokens: list[RawToken], words: WordInfo) -> None:
    """"Tumor cells grow/VB and spread/VB.", "Young birds learn/JJ quickly.": in a
    sentence with no finite verb, a base form (or a word tagged an adjective that is no
    adjective in the dictionary but a verb) right after a plural noun that ends the
    phrase opening the sentence (no verb before it: "Let the birds grow" has its object
    there) is the present, and so is a base form joined to it by "and"."""
    if tokens[0].penn not in _SUBJECT_PHRASE_TAGS:
        return
    for place in range(1, len(tokens)):
        token = tokens[place]
        if tokens[place - 1].penn == "NNS" and (token.penn == "VB" or (
                token.penn == "JJ" and token.text.islower() and words.is_verb(token.text)
                and not words.is_adjective_form(token.text))):
            break
        if token.penn not in _SUBJECT_PHRASE_TAGS:
            return
    else:
        return
    token.penn = "VBP"
    for before, after in zip(tokens[place:], tokens[place + 1:], strict=False):
        if before.text == "and" and after.penn == "VB":
            after.penn = "VBP"
_OBJECT_OPENERS = frozenset({"DT", "PRP$", "PRP", "NN", "NNS", "CD", "JJ"})
