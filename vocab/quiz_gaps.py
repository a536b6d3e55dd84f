"""Whether a sentence with a gap asks for one word, and which words could fill the
gap as well as the answer: a gap long enough, in no list and with something named
after a verb's (`gap_points_to_one_word`), the verbs that take the gap's sentence
frames (`takes_the_gaps_frame`), a word of the answer's field or kind, or one whose
sense the sentence's words fit as well (`fits_blank_too`), a word the story itself
writes beside the gap's neighbours (`said_beside`), and the "a" or "an" before the gap
every option must take (`article_before_blank`). The checks of cloze and spelling
questions, and of the exports' gapped sentences.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from vocab.closed_class import CLOSED_CLASS
from vocab.gloss_words import content_words
from vocab.quiz_items import BLANK
from vocab.quiz_relations import BROAD_LEXNAMES, CLOZE_USUAL_SENSES, DISTRACTOR_SENSES_CHECKED
from vocab.sense_filters import PERSON_OBJECT_FRAMES, THING_OBJECT_FRAMES
from vocab.senses import SenseChooser
from vocab.wordinfo import UPOS_TO_WORDNET, word_forms

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from vocab.lexicon import Lexicon
    from vocab.models import Sense
    from vocab.quiz_items import QuizItem, QuizWord

# A cloze distractor whose sense shares this many content words with the sentence
# (extended Lesk, as the sense engine scores senses), and no fewer than the sense
# used, fits the sentence as well as the answer: "fully supports our _____ to work
# out these security guarantees" (initiative) takes "partnership" and "alliance".
CLOZE_FIT_WORDS = 2
# A sentence with no more words than this around a noun's gap, none of them in the
# sense used's signature, takes any noun that can be said of them: "He admitted the
# _____ was difficult." (timing) took "injury" and "candidate" (QA walk-through). A
# verb's gap is narrowed by its frames too ("Some were _____ from their apartments"),
# and a longer sentence says more ("Six _____ are to make ... of the vaccine").
FEW_WORDS_AROUND_GAP = 5
# A sense of a verb is one of its usual ones when it is WordNet's first or SemCor tags
# it at least this share as often as the verb's most used (`usual_verb_senses`).
USUAL_SENSE_SHARE = 0.25
# When the sentence says nothing of the answer's meaning (its sense shares no word
# with it), the gap takes any noun of the same broad kind: "Mr. Chen brought his
# _____" takes tools, beans or lunches, any thing one can carry.
_NOUN_KINDS = {
    "thing": frozenset({"noun.artifact", "noun.food", "noun.plant", "noun.animal",
                        "noun.object", "noun.substance", "noun.body"}),
    "person": frozenset({"noun.person"}),
}
# A definition that names a person ("a person or thing having the same function as
# another": counterpart) puts the sense among people, whatever WordNet's file says:
# "keep our Chinese _____ informed" takes "colleagues" too.
_PERSON_GENUS = re.compile(r"(?:an?\s+)?(?:person|someone|somebody|people)\b", re.IGNORECASE)
# People and bodies of people do the same things: "_____ spent a year studying bank
# records" took "Juries" as well as "Investigators" (QA walk-through).
_PEOPLE = frozenset({"noun.person", "noun.group"})


# Parts of speech whose blank any other word of the class fills: no cloze for them.
ANY_WORD_FITS = frozenset({"ADV", "ADJ"})

# A gap needs this many words of sentence around it to point at one word: "Maria
# _____." took "smiled" and "traded" alike, "I picked the right _____." "path" and
# "chapter" (QA walk-through).
GAP_MIN_WORDS = 6
# A gap in a list takes anything of the list's kind: "You need land, _____ and people
# who care" (patience, soil...). A comma after the gap alone is no list: "She asked
# her _____, 'Why not?'"; one followed by a short item and another comma or "and" is.
_IN_A_LIST = re.compile(r"(?:,|\band|\bor)\s*_+|_+\s*(?:and|or)\b"
                        r"|_+\s*,(?:\s*[\w'-]+){1,3}\s*(?:,|\band\b|\bor\b)")


_ARTICLE_BEFORE = re.compile(rf"\b(a|an)\s+{re.escape(BLANK)}", re.IGNORECASE)


def article_before_blank(sentence: str) -> str:
    """ "a" or "an" when the blank follows one: every option must then agree with it."""
    match = _ARTICLE_BEFORE.search(sentence)
    return match.group(1).lower() if match else ""


# A word as `word_pairs` reads it: "U.S." and "U.S" alike, "don't" one word.
_PAIR_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")


def _plain_words(text: str) -> list[str]:
    return [word.rstrip(".").lower() for word in _PAIR_WORD.findall(text)]


def word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of words ``text`` writes side by side, in lower case."""
    words = _plain_words(text)
    return frozenset(zip(words, words[1:], strict=False))


def said_beside(lemma: str, blanked: str, pairs: Collection[tuple[str, str]]) -> bool:
    """Whether a form of ``lemma`` stands in ``pairs`` (a story's, `word_pairs`) beside
    a content word the gap of ``blanked`` stands beside: the story itself then says
    the word fits there. "to _____ U.S. influence" offered "balance" in a story that
    says "balance U.S. influence" elsewhere (audit)."""
    before, _, after = blanked.partition(BLANK)
    if not pairs or not _:
        return False
    forms = word_forms(lemma)
    previous, following = _plain_words(before)[-1:], _plain_words(after)[:1]
    return (any((word, form) in pairs for word in previous if word not in CLOSED_CLASS
                for form in forms)
            or any((form, word) in pairs for word in following if word not in CLOSED_CLASS
                   for form in forms))


# ...and this many content words besides the gap: "And do not forget about the _____."
# has seven words and says nothing of what fills it (a gravy, a workout: audit).
GAP_MIN_CONTENT_WORDS = 2
# A gap that names what a pronoun stands for, the thing described in another sentence:
# "In the pet fish industry, this is called _____." took any noun (audit).
_NAMED_ELSEWHERE = re.compile(
    r"\b(?:this|that|it|these|those|they)\s+(?:is|are|was|were)\s+(?:also\s+|often\s+|usually\s+)?"
    r"(?:called|named|termed|known\s+as)\s+(?:an?\s+|the\s+)?_+", re.IGNORECASE)


# A verb's gap with nothing after it but a pronoun, or nothing at all, before its
# clause ends: "the city could not _____ it." (afford; reduce, limit), "ask visitors
# not to _____." (litter; dump), "they want to _____ them." (taste; process).
_NOTHING_NAMED_AFTER = re.compile(
    rf"{re.escape(BLANK)}(?:\s+(?:it|them|him|her|me|us|you|one))?\s*"
    r"(?:[.,;:!?\"”’)]|\s(?:and|but|or|so|because|when|if|before|after|until)\b|$)",
    re.IGNORECASE)


# A gap with nothing after it before a mark ends its clause: "to build a free phone
# _____." A noun's adverbial after it ("to prevent _____ after heavy rain") says what
# it does. A word that opens a new clause ends it too: "disapproval of NATO _____ but
# has never..." took "arrogance" and "conservatism" (seed audit).
_ENDS_ITS_CLAUSE = re.compile(rf"{re.escape(BLANK)}\s*[\"”’)]?\s*(?:[.,;:!?]|$"
                              r"|(?:but|and|or|so|yet|because|while|although|though)\b)",
                              re.IGNORECASE)

# A verb's gap followed by a clause says what was said, thought or asked, not which
# verb did it: "a former clerk _____ that she had seen envelopes of cash" (testified)
# takes "said", "claimed", "told", and the only verbs left to offer cannot take
# "that" at all (QA). "if", "when"... are `_NOTHING_NAMED_AFTER`'s.
# So does a clause without "that": one opened by a pronoun that is only ever a
# subject, or by a short noun phrase and then a verb that needs a subject: "he _____
# he would lose" (predicted) took "replied", "said" and "admitted" (task audit). Not a
# relative clause on an object ("_____ the people who were living...").
_CLAUSE_AFTER = re.compile(
    rf"{re.escape(BLANK)}\s+(?:that|whether|how|why|what|i|he|she|we|they)\b"
    rf"|{re.escape(BLANK)}\s+(?:(?!(?:who|whom|which|that|to|and|or|but)\b)[\w'’-]+\s+){{1,3}}"
    r"(?:would|could|will|can|should|might|must|may|had|has|have|was|were|is|are)\b",
    re.IGNORECASE)
# Words that say when, and nothing else: a verb's gap followed only by them before its
# clause ends names nothing it acts on or goes to. "He _____ in March, carrying..."
# took "fled" and "responded" alike (QA); "resigned", "left", "moved" fit as well.
_TIME_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall",
    "winter", "today", "yesterday", "tomorrow", "tonight", "ago", "later", "earlier",
    "soon", "recently", "again", "then", "once", "year", "years", "month", "months",
    "week", "weeks", "weekend", "day", "days", "night", "morning", "afternoon",
    "evening", "hour", "hours", "minute", "minutes", "decade", "decades", "century",
})
# ...and the words that lead them: "in", "on", "last", "two years", "the next day".
_TIME_LEADS = frozenset({
    "in", "on", "at", "during", "since", "until", "last", "this", "next", "that",
    "the", "a", "an", "early", "late", "every", "each", "few", "several", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten",
})
# A clause ends at a mark, or at a word that opens another clause or adverbial.
_CLAUSE_OPENERS = frozenset({
    "and", "but", "or", "so", "because", "when", "while", "if", "after", "before",
    "as", "although", "though",
})
_AFTER_WORDS = re.compile(r"[A-Za-z’']+|\d+|[^\w\s]")


def only_a_time_after(blanked: str) -> bool:
    """Whether all that follows the gap of ``blanked`` before its clause ends is a time
    ("in March", "last year", "two years ago", "on Tuesday"): nothing that tells which
    verb it is."""
    _, gap, after = blanked.partition(BLANK)
    if not gap:
        return False
    said_when = False
    for word in _AFTER_WORDS.findall(after):
        lower = word.lower()
        if not (word[0].isalnum() or word[0] in "’'"):  # a mark ends the clause
            break
        if lower in _CLAUSE_OPENERS and said_when:
            break
        if lower in _TIME_WORDS or word.isdigit():
            said_when = True
        elif lower not in _TIME_LEADS:
            return False
    return said_when


def ends_its_clause(blanked: str) -> bool:
    """Whether nothing follows the gap of ``blanked`` but a mark that ends its clause
    (`_ENDS_ITS_CLAUSE`): a noun there is told only by the words before it."""
    return bool(_ENDS_ITS_CLAUSE.search(blanked))


def gap_points_to_one_word(blanked: str, upos: str = "") -> bool:
    """Whether a sentence with a gap (`QuizWord.blanked`) says enough to fill it: long
    enough, the gap not one item of a list nor the name of a thing another sentence
    describes, but for a verb's (whose frames hold it: `takes_the_gaps_frame`,
    "Some were _____ from their apartments") with words that say something, and for a
    verb's, something named after the gap: a verb whose object is "it" or nothing says
    nothing of what it acts on, and any verb of the frame fits (QA walk-through); nor
    does one followed by a clause ("_____ that she had seen...") or only by a time
    ("_____ in March": `only_a_time_after`)."""
    return (len(blanked.split()) >= GAP_MIN_WORDS
            and (len(content_words(blanked.replace(BLANK, " "))) >= GAP_MIN_CONTENT_WORDS
                 if upos != "VERB" else not (_NOTHING_NAMED_AFTER.search(blanked)
                                             or _CLAUSE_AFTER.search(blanked)
                                             or only_a_time_after(blanked)))
            and not _IN_A_LIST.search(blanked) and not _NAMED_ELSEWHERE.search(blanked))


def takes_the_gaps_frame(verb: str, frames: frozenset[int], lexicon: Lexicon) -> bool:
    """Whether the verb ``verb`` can stand in a gap that needs one of WordNet's sentence
    ``frames`` (`QuizWord.gap_frames`; none: any verb) in one of its usual senses
    (`usual_verb_senses`), as the answer does: "Some were _____ from their apartments"
    (evicted) took "resided", "aspired" and "whistled", and "caused bee numbers to
    _____." (decline) "involve", "contain" and "recognize" (QA walk-through). A verb
    whose usual senses WordNet does not frame fits any gap."""
    if not frames:
        return True
    usual = usual_verb_senses(lexicon.senses(verb.lower(), "v"))
    if not any(sense.frames for sense in usual):
        return True
    return any(sense.frames & frames for sense in usual)


def usual_verb_senses(senses: Sequence[Sense]) -> list[Sense]:
    """The senses of a verb a learner knows it in: its first, and those SemCor tags at
    least `USUAL_SENSE_SHARE` as often as its most used. "reside" is "live in a place"
    (10 times); that it may also be "be inherent in" (once, with an object) is no
    reason to offer "were resided"; "hang" is "hang a picture" often enough (12 times,
    35 "be suspended")."""
    most = max((sense.count for sense in senses), default=0)
    return [sense for sense in senses
            if sense.rank == 1 or sense.count and sense.count >= USUAL_SENSE_SHARE * most]


# Cached: a quiz tries a gap again (another attempt, another turn of cloze) and
# meets the same words, each check ~2 ms.
@lru_cache(maxsize=4096)
def fits_blank_too(target: QuizWord, other: str, lexicon: Lexicon) -> bool:
    """Whether ``other`` could fill ``target``'s cloze blank as well as the answer.

    Stricter than `interchangeable`, as a sentence with a gap only half fixes the
    meaning: any other adverb fits an adverb's blank ("Xi _____ stated":
    specifically, previously, publicly), any adjective an adjective's ("most _____
    dreams": vivid, startling), and ``other`` is refused when it is a
    WordNet neighbour of any sense of the
    answer (not only the sense used), when its usual senses are of the same semantic
    field as the sense used or the answer's usual senses (people, plants, acts...),
    when the sentence says nothing of the sense used and ``other`` names a thing (or
    a person) as the answer does ("Mr. Chen brought his _____": tools, beans), or,
    for a noun, says nothing of it in `FEW_WORDS_AROUND_GAP` words ("He admitted the _____ was
    difficult": timing, injury, candidate), or when
    one of its senses fits the sentence's words at least as well as the sense used
    does.
    """
    pos = UPOS_TO_WORDNET.get(target.upos)
    if pos is None:
        return False
    if target.upos in ANY_WORD_FITS:
        return True
    other = other.lower()
    other_senses = lexicon.senses(other, pos)[:DISTRACTOR_SENSES_CHECKED]
    if not other_senses:
        return False
    if (target.gap_object or target.gap_infinitive or target.gap_person) \
            and acts_on_the_object_too(target, other, lexicon):
        return True
    target_senses = lexicon.senses(target.lemma, pos)[:DISTRACTOR_SENSES_CHECKED]
    used = lexicon.synset(target.synset) if target.synset else None
    fields = {s.lexname for s in target_senses[:CLOZE_USUAL_SENSES]}
    if used is not None:
        fields.add(used.lexname)
    fields -= BROAD_LEXNAMES
    if _PERSON_GENUS.match(target.definition):
        fields.add("noun.person")
    if fields & _PEOPLE:
        fields |= _PEOPLE
    # The fields first: they need no query of the lexicon, and refuse most words.
    if any(fields & _fields_of(s) for s in other_senses[:CLOZE_USUAL_SENSES]):
        return True
    related = lexicon.related_lemmas_of(s.synset for s in (*target_senses, *other_senses))
    if any(other in related[s.synset] for s in target_senses):
        return True
    if any(target.lemma in related[s.synset] for s in other_senses):
        return True
    sentence = target.blanked() or target.sentence
    context = _gap_context(target)
    chooser = _sense_chooser(lexicon)
    said = len(chooser.signatures.signature(used) & context) if used else 0
    if not said and target.upos == "NOUN" \
            and len(sentence.replace(BLANK, " ").split()) <= FEW_WORDS_AROUND_GAP:
        return True
    if not said and _kinds(fields) & {k for s in other_senses[:CLOZE_USUAL_SENSES]
                                      for k in _kinds(_fields_of(s))}:
        return True
    needed = max(CLOZE_FIT_WORDS, said)
    return any(len(chooser.signatures.signature(s) & context) >= needed for s in other_senses)


# The kind of thing a noun names, by its WordNet field: what a verb's object may be.
_CONCRETE, _ABSTRACT, _PEOPLE_KIND = "concrete", "abstract", "people"
# The groups WordNet files under these are bodies of people ("troops", "staff",
# "family", "crowd"), acted on as people are; a system or a range ("economy",
# "network", also noun.group) is not.
_PEOPLE_GROUPS = ("social_group.n.01", "people.n.01")
_NOUN_FIELD_KIND = {
    **dict.fromkeys(("noun.artifact", "noun.object", "noun.plant", "noun.animal",
                     "noun.food", "noun.substance", "noun.body"), _CONCRETE),
    **dict.fromkeys(("noun.cognition", "noun.communication", "noun.act", "noun.attribute",
                     "noun.relation", "noun.state", "noun.event", "noun.feeling",
                     "noun.process", "noun.time", "noun.quantity", "noun.phenomenon",
                     "noun.motive", "noun.possession"), _ABSTRACT),
}
# The kinds of object the verbs of each WordNet field act on in their "Somebody ----s
# something" frames: a verb of contact on a thing ("grip the wheel", not "grip the
# plan"), of communication or thought on an idea ("defend the plan", not "praise the
# plants" as one does them), of change, possession or making on either ("delay the
# plan", "collect the plants"). A person as the object is left out: almost any verb
# acts on one.
_VERB_FIELD_OBJECTS = {
    "verb.contact": {_CONCRETE}, "verb.body": {_CONCRETE}, "verb.motion": {_CONCRETE},
    "verb.communication": {_ABSTRACT}, "verb.cognition": {_ABSTRACT},
    "verb.social": {_ABSTRACT},
    # A feeling is about a thing or an idea: "they would _____ the decision" (appeal)
    # took "regret", "fear" and "resent" too (QA: a verdict's gap).
    "verb.emotion": {_CONCRETE, _ABSTRACT},
    **dict.fromkeys(("verb.change", "verb.possession", "verb.creation", "verb.consumption",
                     "verb.stative", "verb.perception", "verb.competition"),
                    {_CONCRETE, _ABSTRACT}),
}


def acts_on_the_object_too(target: QuizWord, other: str, lexicon: Lexicon) -> bool:
    """Whether the verb ``other``, in one of its usual senses that takes a thing as its
    object (`THING_OBJECT_FRAMES`), acts on the kind of thing ``target``'s gap has as
    its object (`QuizWord.gap_object`: concrete or abstract, by its first sense), as
    the answer's sense does: "volunteers will _____ dry plants" (clear) takes "collect"
    too, and "_____ the plan" (defended) "delayed" (QA). Not said when the answer's own
    sense is not one the table finds acting on it (the table does not know this use).
    An object that is people, or a body of them, or one told to do something after
    it (`QuizWord.gap_infinitive`), or a passive's subject that is a person
    (`QuizWord.gap_person`: "was _____ by police"), is acted on by any verb WordNet frames with a
    person as its object, whatever its field: "had _____ troops to the region" (sent)
    took "smuggled", and "_____ both sides to protect civilians" (urged) "motivated".
    So is one of the verb's first senses (`PEOPLE_SENSES_CHECKED`), however seldom used,
    of a field that acts on that kind alone (thought or talk on ideas, touch on things):
    "_____ relations" took "entertained" ("entertain an idea", its second sense), which
    a learner reads as "maintained" (task audit). Not the fields that act on either
    kind (change, possession...): nearly every verb has such a rare sense."""
    kind = _PEOPLE_KIND if target.gap_infinitive or target.gap_person \
        else _object_kind(target.gap_object, lexicon)
    if kind == _PEOPLE_KIND:
        senses = lexicon.senses(other, "v")
        return any(sense.frames & PERSON_OBJECT_FRAMES for sense in usual_verb_senses(senses)) \
            or any(sense.frames & _DONE_TO_PEOPLE_FRAMES for sense in _met_senses(senses))
    used = lexicon.synset(target.synset) if target.synset else None
    if not kind or used is None or kind not in _VERB_FIELD_OBJECTS.get(used.lexname, ()):
        return False
    senses = lexicon.senses(other, "v")
    return any(sense.frames & THING_OBJECT_FRAMES
               and kind in _VERB_FIELD_OBJECTS.get(sense.lexname, ())
               for sense in usual_verb_senses(senses)) \
        or any(sense.frames & THING_OBJECT_FRAMES
               and _VERB_FIELD_OBJECTS.get(sense.lexname) == {kind}
               for sense in _met_senses(senses))


# A verb's first senses, however seldom SemCor tags them, read for whether it takes a
# person as its object: "admit" is mostly "admit a mistake" (64 uses), but "would _____
# more soldiers" takes it in its second (11 uses), "enlisted both sides to ..."
# "enlist"'s third (1 use), "evacuated both sides" "evacuate"'s third (none). A person
# object lets so many verbs in that the wider net is fairer.
PEOPLE_SENSES_CHECKED = 3
# ...by someone: not "Something ----s somebody" (10), a thing's doing ("the sun bakes
# the workers", a rare "bake"), which the wider net would let in for nearly any verb.
_DONE_TO_PEOPLE_FRAMES = PERSON_OBJECT_FRAMES - {10}


def _met_senses(senses: Sequence[Sense]) -> list[Sense]:
    return list(senses[:PEOPLE_SENSES_CHECKED])


def _object_kind(noun: str, lexicon: Lexicon) -> str:
    """Concrete or abstract, the thing ``noun`` names in its first sense (its broader
    terms' field for WordNet's top words: "plant" the organism); people for a person
    or a body of people (`_PEOPLE_GROUPS`); "" for another group or a place, or when
    not known."""
    if not noun:
        return ""
    senses = lexicon.senses(noun, "n")
    sense = senses[0] if senses else None
    if sense is not None and _names_people(noun, sense, lexicon):
        return _PEOPLE_KIND
    first = sense
    for _ in range(3):
        if sense is None or sense.lexname != "noun.Tops":
            break
        sense = lexicon.broader(sense.synset)
    if first is not None and (sense is None or sense.lexname == "noun.Tops"):
        # Top concepts all the way up ("relation" -> abstraction -> entity): an idea
        # when under "abstraction" ("_____ relations": praised, and pursued, canceled).
        outlines = [o for o in lexicon.sense_outlines([noun])[noun] if o.pos == "n"]
        if outlines and outlines[0].synset_id in lexicon.synset_ids_below(("abstraction.n.06",)):
            return _ABSTRACT
    return _NOUN_FIELD_KIND.get(sense.lexname, "") if sense is not None else ""


def _names_people(noun: str, sense: Sense, lexicon: Lexicon) -> bool:
    """Whether ``sense`` (the noun's first) is a person or a body of people."""
    if sense.lexname == "noun.person" or _PERSON_GENUS.match(sense.definition):
        return True
    if sense.lexname != "noun.group":
        return False
    outlines = [o for o in lexicon.sense_outlines([noun])[noun] if o.pos == "n"]
    return bool(outlines) and outlines[0].synset_id in lexicon.synset_ids_below(_PEOPLE_GROUPS)


def _gap_context(target: QuizWord) -> set[str]:
    """The content words (stems) of ``target``'s sentence around its gap."""
    sentence = target.blanked() or target.sentence
    return content_words(sentence.replace(BLANK, " ")) - content_words(target.form)


def sentence_names_sense(target: QuizWord, lexicon: Lexicon) -> int:
    """How many words of ``target``'s sentence the sense used names in its gloss,
    examples and relatives (as the sense engine's signatures do)."""
    used = lexicon.synset(target.synset) if target.synset else None
    if used is None:
        return 0
    return len(_sense_chooser(lexicon).signatures.signature(used) & _gap_context(target))


def names_people(lemma: str, synset: str, lexicon: Lexicon) -> bool:
    """Whether the noun ``lemma`` names a person in ``synset`` (without one, in its
    usual senses): of WordNet's "noun.person", or defined as "someone who..."."""
    sense = lexicon.synset(synset) if synset else None
    senses = [sense] if sense is not None else lexicon.senses(lemma, "n")[:CLOZE_USUAL_SENSES]
    return any("noun.person" in _fields_of(s) for s in senses)


def the_one_person(item: QuizItem, lexicon: Lexicon) -> bool:
    """Whether a cloze's answer is the only person among its options: "said a _____"
    with volunteer, percent, proposal and discount (QA audit) asks nothing but who can
    speak. Another person would fill the gap as well (`fits_blank_too`), so a person
    is not asked in a gap."""
    if item.type != "cloze" or item.pos != "NOUN" or item.answer_index is None:
        return False
    people = [names_people(lemma, synset, lexicon) for lemma, synset in item.option_sources]
    return people[item.answer_index] and sum(people) == 1


def noun_kind(lexname: str) -> str:
    """A noun field's broad kind, as a gap's words around tell them apart: "thing"
    (`_NOUN_KINDS`), "people" (a person or a body of them, `_PEOPLE`) or "idea" (acts,
    events, states...); the field of a verb or another part of speech is its own kind."""
    if not lexname.startswith("noun."):
        return lexname
    if lexname in _PEOPLE:
        return "people"
    return "thing" if lexname in _NOUN_KINDS["thing"] else "idea"


def _kinds(fields: set[str]) -> set[str]:
    """The broad kinds of nouns (things, people) among WordNet fields."""
    return {kind for kind, members in _NOUN_KINDS.items() if fields & members}


def _fields_of(sense: Sense) -> set[str]:
    """A sense's semantic field, and "noun.person" too when its gloss names a person."""
    fields = {sense.lexname}
    if _PERSON_GENUS.match(sense.definition):
        fields.add("noun.person")
    return fields


@cache
def _sense_chooser(lexicon: Lexicon) -> SenseChooser:
    """Lesk signatures, cached per lexicon (one per process in practice)."""
    return SenseChooser(lexicon)
