"""Whether a quiz item is fair: exactly one right answer, and a stem that does not give it away.

The generator builds items and then asks :func:`validate_item`; an item with any
problem is rebuilt or dropped, never shown. The same predicates decide which
distractors the generator may pick, so the two cannot disagree.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from vocab.closed_class import CLOSED_CLASS
from vocab.definitions import BROADER_NOUN_LEAD, BROADER_VERB_LEAD
from vocab.gloss_text import plain_gloss
from vocab.gloss_words import content_words
from vocab.noun_phrases import indefinite_article
from vocab.offensive import unfit_for_class
from vocab.quiz_items import BLANK, RECALL
from vocab.senses import SenseChooser
from vocab.word_family import MIN_PART_LETTERS, compound_splits, derived_family
from vocab.word_parts import PREFIX_MEANINGS, SUFFIX_MEANINGS
from vocab.wordinfo import UPOS_TO_WORDNET, word_forms

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from vocab.lexicon import Lexicon
    from vocab.models import Sense
    from vocab.quiz_items import QuizItem, QuizWord

CHOICE_TYPES = frozenset({"meaning", "word", "cloze", "sense"})
WORD_OPTION_TYPES = frozenset({"meaning", "cloze"})
MIN_OPTIONS = 3
MATCHING_SIZE = 5
# The words' meanings, and most often one more that no word takes.
MATCHING_OPTIONS = (MATCHING_SIZE, MATCHING_SIZE + 1)
# Sense items only for nouns and verbs: WordNet's lexicographer files keep their
# senses apart ("noun.substance" soil / "noun.location" soil); adjective senses
# ("vivid": "clear and fresh" / "evoking lifelike images") are too close to test.
SENSE_UPOS = frozenset({"NOUN", "VERB"})
# Two glosses sharing this share of their content words read as one meaning to a
# learner ("a formal agreement" / "a written agreement"): not a fair distractor.
MAX_GLOSS_OVERLAP = 0.34
# Or two content words in common: "the earth's surface" / "the surface of the earth".
MAX_SHARED_WORDS = 2
# Senses of a distractor word checked for a link back to the answer; WordNet lists
# senses most frequent first and the rare tail adds noise, not safety.
DISTRACTOR_SENSES_CHECKED = 6
# Not the words of the sense's own field, when the broader term's gloss defines it.
_BROADER_LEADS = (BROADER_NOUN_LEAD, BROADER_VERB_LEAD)
# A cloze distractor's usual senses (WordNet's first two) must lie outside the
# semantic fields of the sense used and of the answer's usual senses: "They planted
# tomatoes, beans, onions and _____" has "grass" and "vegetable" as right as "flowers".
CLOZE_USUAL_SENSES = 2
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


@cache
def forms_pattern(lemma: str) -> re.Pattern[str]:
    """A case-insensitive whole-word pattern for every form of ``lemma``."""
    forms = sorted(word_forms(lemma), key=len, reverse=True)
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def mentions(text: str, lemma: str) -> bool:
    """Whether ``text`` contains ``lemma`` or one of its inflections as a whole word."""
    return bool(forms_pattern(lemma).search(text))


# WordNet's catch-all files for adjectives and adverbs say nothing about closeness.
BROAD_LEXNAMES = frozenset({"adj.all", "adj.pert", "adj.ppl", "adv.all"})
# WordNet's slang names for drugs ("dope –street names for marijuana", the first sense
# of "dope"): a word whose first meaning is one is never offered in front of a class.
# Only that sense: "snow", "green" and "soap" are such names too, after their own.
_DRUG_SLANG_GLOSS = re.compile(r"\bstreet names? for\b", re.IGNORECASE)


def drug_slang(definition: str) -> bool:
    """Whether a definition is one of WordNet's street names for a drug."""
    return bool(_DRUG_SLANG_GLOSS.search(definition))


def insulting_sense(sense: Sense, senses: Sequence[Sense]) -> bool:
    """Whether ``sense`` names people by the animal the word first means ("frog": a
    person of French descent; "dog", "rat", "snake"): an insult or a slur, which
    WordNet labels only now and then, and never an option in front of a class."""
    return (sense.lexname == "noun.person" and bool(senses)
            and senses[0].lexname == "noun.animal")


def same_field(lexname_a: str, lexname_b: str) -> bool:
    """Whether two senses sit in the same WordNet lexicographer file (e.g. both
    noun.communication): the senses a learner finds hardest to tell apart."""
    return bool(lexname_a) and lexname_a == lexname_b and lexname_a not in BROAD_LEXNAMES


# WordNet's top concepts ("the real physical matter of which a person or thing
# consists": substance) sit beside every field of their branch: "material of a
# particular kind" is noun.substance, and the same meaning to a learner (QA
# walk-through); "the idea that is intended" (an abstraction) is apart from both.
_TOP_CONCEPTS = "noun.Tops"


def senses_not_apart(a: Sense, b: Sense, lexicon: Lexicon) -> bool:
    """Whether two senses of a word may read as one to a learner: of the same field
    (`same_field`), one among WordNet's top concepts and both on one branch of its
    hierarchy (physical things, abstractions...), or told by the same other words
    (`named_alike`)."""
    if same_field(a.lexname, b.lexname) or named_alike(a, b, lexicon):
        return True
    return _TOP_CONCEPTS in (a.lexname, b.lexname) and _branch(a, lexicon) == _branch(b, lexicon)


# Two senses whose synonyms, broader and narrower terms share this many words are
# one meaning to a learner: "examine" as "consider in detail and subject to an
# analysis" and as "observe, check out, and look over carefully or inspect" sit in
# two fields, with no broader term at all, but "check", "inspect", "scrutinize" and
# "survey" are kinds of both. One word in common is too little: a name of many senses
# ("go") links meanings that are far apart. Measured on the seeds, four stories of
# our own and VOA's forty development stories: 6 of 99 wrong senses go, 1 of 40 sense
# questions ("verify": both its wrong answers meant nearly "confirm the truth of").
SHARED_NAMES_FOR_ONE_MEANING = 2


def named_alike(a: Sense, b: Sense, lexicon: Lexicon) -> bool:
    """Whether two senses of a word share `SHARED_NAMES_FOR_ONE_MEANING` words among
    their synonyms and WordNet neighbours' words (`Lexicon.neighbour_names`). A word
    that is a synonym of both is no link: it is the word itself, another spelling
    ("fibre"), or a word with the same two meanings ("sender": a person and a device)."""
    own_a, own_b = set(a.synonyms), set(b.synonyms)
    both = own_a & own_b | word_forms(a.lemma)
    names_a = (own_a | lexicon.neighbour_names(a.synset)) - both
    names_b = (own_b | lexicon.neighbour_names(b.synset)) - both
    return len(names_a & names_b) >= SHARED_NAMES_FOR_ONE_MEANING


def worded_alike(definition: str, other: str) -> bool:
    """Whether two meanings of one word, as a sense question words them, share a word:
    "bake" as "cook and make edible by putting in a hot oven" and as "prepare with dry
    heat in an oven", "require" as "necessitate as useful, just, or proper (another
    word for need)" and as "have need of" were two right answers to one question (QA
    walk-through): WordNet files each pair in two fields, with no broader term, verb
    group or similar sense in common. Two meanings of one word far enough apart to
    ask which one a sentence uses share no word of their wording."""
    shared, _ = gloss_overlap(definition, other)
    return shared > 0


def _branch(sense: Sense, lexicon: Lexicon) -> str:
    """The broadest synset above ``sense`` but WordNet's root ("physical_entity.n.01",
    "abstraction.n.06"), by the first broader term of each."""
    chain = [sense.synset]
    while (broader := lexicon.broader(chain[-1])) is not None and broader.synset not in chain:
        chain.append(broader.synset)
    return chain[-2] if len(chain) > 1 else chain[-1]


def gloss_overlap(a: str, b: str) -> tuple[int, float]:
    """Content words two definitions share (stemmed): how many, and what share (Jaccard)."""
    words_a, words_b = content_words(a), content_words(b)
    if not words_a or not words_b:
        return 0, 0.0
    shared = len(words_a & words_b)
    return shared, shared / len(words_a | words_b)


def interchangeable(target: str, synset: str, upos: str, other: str, lexicon: Lexicon) -> bool:
    """Whether ``other`` could also be a right answer where ``target`` (in ``synset``) is.

    True for the same lemma or one of its forms, a WordNet synonym, hypernym,
    hyponym, similar word or derived form of the sense used, a word sharing any
    sense with the target, whose own senses point back at the target, or which
    shares a WordNet neighbour (a common hypernym) with the sense used.
    """
    target, other = target.lower(), other.lower()
    if other == target or other in word_forms(target) or target in word_forms(other):
        return True
    if synset and other in lexicon.related_lemmas(synset):
        return True
    pos = UPOS_TO_WORDNET.get(upos)
    if pos is None:
        return False
    target_synsets = {s.synset for s in lexicon.senses(target, pos)}
    other_senses = lexicon.senses(other, pos)
    if pos == "r" and synset and _of_degree(lexicon.synset(synset)) \
            and any(_of_degree(sense) for sense in other_senses[:CLOZE_USUAL_SENSES]):
        return True
    if target_synsets & {s.synset for s in other_senses}:
        return True
    # A broader term however far up, or a word of a narrower kind however far down: a
    # helicopter is a craft (three terms up) and a vehicle, whose meanings it fits
    # too (audit).
    if synset and any(other in (above.lemma, *above.synonyms)
                      for above in broader_terms(synset, lexicon)):
        return True
    near = lexicon.related_lemmas(synset) - {target} if synset else frozenset()
    for sense in other_senses[:DISTRACTOR_SENSES_CHECKED]:
        if synset and any(above.synset == synset
                          for above in broader_terms(sense.synset, lexicon)):
            return True
        around = lexicon.related_lemmas(sense.synset)
        # Pointing back at the target, or a sibling under the same hypernym
        # ("alliance" and "bloc" are both kinds of "organization"): either could fit.
        if target in around or near & (around - {other}):
            return True
        # Defined by the target: "particularly: specifically or especially
        # distinguished from others" is another way to say "specifically".
        if mentions(sense.definition, target):
            return True
    return False


# An adverb's definition that says how far something goes, not how it is done: "to a
# small degree or extent" (slightly), "in part; in some degree" (partly), "in large
# part" (largely), "used as intensifiers" (terribly).
_DEGREE_GLOSS = re.compile(r"\b(?:degree|extent|in (?:large |small )?part|intensifiers?)\b",
                           re.IGNORECASE)


def _of_degree(sense: Sense | None) -> bool:
    """Whether an adverb's ``sense`` says only how much: WordNet files such adverbs
    apart ("slightly", "partly"), with no relation between them, and a learner reads
    any two of them as one meaning (QA walk-through)."""
    return sense is not None and bool(_DEGREE_GLOSS.search(sense.definition))


@cache
def broader_terms(synset: str, lexicon: Lexicon) -> tuple[Sense, ...]:
    """Every broader term above ``synset``, nearest first, by WordNet's first hypernym
    of each (`Lexicon.broader`)."""
    chain: list[Sense] = []
    seen = {synset}
    while (above := lexicon.broader(chain[-1].synset if chain else synset)) is not None \
            and above.synset not in seen:
        seen.add(above.synset)
        chain.append(above)
    return tuple(chain)


def kind_of_the_same(target: QuizWord, other: str, lexicon: Lexicon) -> bool:
    """Whether ``target`` is defined by its broader term's gloss ("grain: a kind of
    foodstuff: a substance that can be used or prepared for use as food") and ``other``
    is a word of the same field (WordNet's "noun.food"), which that gloss fits as well:
    butter, salad and sushi are all "a substance ... used as food" (QA walk-through).
    A verb's is shown as the broader verb's gloss alone (`quiz_meaning`)."""
    if not target.synset:
        return False
    pos = UPOS_TO_WORDNET.get(target.upos)
    sense = lexicon.synset(target.synset)
    if pos is None or sense is None:
        return False
    if not target.definition.startswith(_BROADER_LEADS):
        broader = lexicon.broader(sense.synset)
        if broader is None or target.definition != plain_gloss(broader):
            return False
    return any(same_field(sense.lexname, s.lexname)
               for s in lexicon.senses(other, pos)[:DISTRACTOR_SENSES_CHECKED])


def worded_for_its_whole_kind(definition: str, synset: str, target: QuizWord,
                              lexicon: Lexicon) -> bool:
    """Whether a wrong meaning is its broader term's gloss ("cure: a kind of medicine:
    something that treats or prevents or alleviates the symptoms of disease") and
    ``target``'s sense is of the same field (WordNet's "noun.artifact"), which that
    gloss may fit as well: a vaccine prevents a disease too (audit). The other side of
    `kind_of_the_same`."""
    if not definition.startswith(_BROADER_LEADS) or not synset or not target.synset:
        return False
    wrong, used = lexicon.synset(synset), lexicon.synset(target.synset)
    return wrong is not None and used is not None and same_field(wrong.lexname, used.lexname)


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


def gap_points_to_one_word(blanked: str, upos: str = "") -> bool:
    """Whether a sentence with a gap (`QuizWord.blanked`) says enough to fill it: long
    enough, the gap not one item of a list nor the name of a thing another sentence
    describes, but for a verb's (whose frames hold it: `takes_the_gaps_frame`,
    "Some were _____ from their apartments") with words that say something, and for a
    verb's, something named after the gap: a verb whose object is "it" or nothing says
    nothing of what it acts on, and any verb of the frame fits (QA walk-through)."""
    return (len(blanked.split()) >= GAP_MIN_WORDS
            and (len(content_words(blanked.replace(BLANK, " "))) >= GAP_MIN_CONTENT_WORDS
                 if upos != "VERB" else not _NOTHING_NAMED_AFTER.search(blanked))
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
    target_senses = lexicon.senses(target.lemma, pos)[:DISTRACTOR_SENSES_CHECKED]
    related = lexicon.related_lemmas_of(s.synset for s in (*target_senses, *other_senses))
    if any(other in related[s.synset] for s in target_senses):
        return True
    if any(target.lemma in related[s.synset] for s in other_senses):
        return True
    used = lexicon.synset(target.synset) if target.synset else None
    fields = {s.lexname for s in target_senses[:CLOZE_USUAL_SENSES]}
    if used is not None:
        fields.add(used.lexname)
    fields -= BROAD_LEXNAMES
    if _PERSON_GENUS.match(target.definition):
        fields.add("noun.person")
    if fields & _PEOPLE:
        fields |= _PEOPLE
    if any(fields & _fields_of(s) for s in other_senses[:CLOZE_USUAL_SENSES]):
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


# Words of one family share a long beginning: "cooperation" and "cooperative",
# "expansion" and "expanding". The part of the word a family shares: all but this
# many letters of the shorter word, and never fewer than MIN_FAMILY_PREFIX.
FAMILY_SUFFIX_LETTERS = 3
MIN_FAMILY_PREFIX = 5


def names_family(text: str, lemma: str, lexicon: Lexicon | None = None) -> bool:
    """Whether ``text`` has a word of ``lemma``'s family ("cooperative" for
    "cooperation"), or of a part's of a hyphenated lemma ("conditioning" for
    "air-conditioned"): a wrong definition that does reads as the right one. With the
    ``lexicon``, the words WordNet derives it from and into count too, whatever their
    spelling (`derived_family`: "riding" for "rider", "opposition" for "opponent")."""
    lemma = lemma.lower()
    parts = re.findall(r"[a-z]+", lemma)
    if len(parts) > 1:
        return any(names_family(text, part, lexicon) for part in parts
                   if len(part) >= MIN_STEM_LETTERS)
    text_words = re.findall(r"[a-z]+", text.lower())
    if lexicon is not None and not derived_family(lemma, lexicon).isdisjoint(
            [*text_words, *_without_negation(text_words)]):
        return True
    if lexicon is not None and names_a_part(text_words, lemma, lexicon):
        return True
    for word in text_words:
        shortest = min(len(word), len(lemma))
        needed = max(MIN_FAMILY_PREFIX, shortest - FAMILY_SUFFIX_LETTERS)
        if shortest >= needed and word[:needed] == lemma[:needed]:
            return True
        # A short word the answer is made from: "poor" for "poorly", "plans" for
        # "planner", "safe" for "safeguard", "rides" for "rider".
        stem = _short_stem(word)
        if MIN_STEM_LETTERS <= len(stem) < len(lemma) and lemma.startswith(stem):
            return True
        # A short noun its "-y" adjective is made of: "fat" for "fatty", "rain" for "rainy".
        if lemma in (f"{word}y", f"{word}{word[-1]}y"):
            return True
        # A word the answer is built around, with a prefix: "operation" in
        # "cooperation", "prison" in "imprisonment".
        if MIN_INSIDE_LETTERS <= len(stem) < len(lemma) and stem in lemma:
            return True
    return False


# Prefixes that make a word its opposite: "impurities" is "purities" made negative,
# a word of the family of "purify" still (audit).
_NEGATING_PREFIXES = ("dis", "il", "im", "in", "ir", "non", "un")


def _without_negation(words: Sequence[str]) -> list[str]:
    """The words of ``words`` that start with a negating prefix, without it, when what
    is left is long enough not to be there by chance (`MIN_FAMILY_PREFIX`)."""
    return [word[len(prefix):] for word in words for prefix in _NEGATING_PREFIXES
            if word.startswith(prefix) and len(word) - len(prefix) >= MIN_FAMILY_PREFIX]


def names_a_part(text_words: Sequence[str], lemma: str, lexicon: Lexicon) -> bool:
    """Whether a word of the text shares a base with ``lemma`` once a prefix or an
    ending is taken off either (`word_bases`), or is a word of ``lemma``'s compound:
    "pay back" for "repay", "judge incorrectly" for "misjudge", "not careful" for
    "careless", "not conforming to the law" for "unlawfully", "social bee" for
    "bumblebee" (QA audit)."""
    parts = word_bases(lemma, lexicon) | compound_words(lemma, lexicon)
    stems = {stem for part in parts - {lemma} for stem in _stems(part)}
    return any(not stems.isdisjoint(_stems(base))
               for word in text_words if len(word) >= MIN_PART_LETTERS
               for base in word_bases(word, lexicon))


@cache
def word_bases(word: str, lexicon: Lexicon) -> frozenset[str]:
    """``word`` and the dictionary words it is made from: without a prefix or an ending
    English makes words with (`PREFIX_MEANINGS`, `SUFFIX_MEANINGS`: "pay" of "repay",
    "care" of "careless" and of "careful"), an adverb's adjective ("unlawful" of
    "unlawfully"); and theirs in turn ("law")."""
    bases = {word}
    for prefix in PREFIX_MEANINGS:
        if word.startswith(prefix):
            bases |= _base_words(word[len(prefix):], lexicon)
    for suffix in SUFFIX_MEANINGS:
        if word.endswith(suffix):
            bases |= _base_words(word[:-len(suffix)], lexicon)
    for sense in lexicon.senses(word, "r"):
        for adjective in lexicon.pertainyms(sense.synset):
            for made_from in (adjective.lemma, *adjective.synonyms):
                if word.startswith(made_from) and made_from != word:
                    bases |= word_bases(made_from, lexicon)
    return frozenset(bases)


def _base_words(rest: str, lexicon: Lexicon) -> frozenset[str]:
    if len(rest) < MIN_PART_LETTERS or rest in CLOSED_CLASS or not lexicon.has_lemma(rest):
        return frozenset()
    return word_bases(rest, lexicon)


@cache
def compound_words(word: str, lexicon: Lexicon) -> frozenset[str]:
    """The two dictionary words a compound is written with ("bumble" and "bee",
    "cross" and "bar", "new" and "comer"); none a function word ("care" + "less" is
    "careless" of `word_bases`, and "less" names nothing)."""
    def named(part: str) -> bool:
        return part not in CLOSED_CLASS and lexicon.has_lemma(part)

    return frozenset(part for split in compound_splits(word, named) for part in split)


def _stems(word: str) -> set[str]:
    """``word`` and its stem without an inflection ("trained", "training": "train")."""
    return {word, _short_stem(word)}


# The shortest word taken for the base of a longer one: "poor" in "poorly" (never
# "art" in "article").
MIN_STEM_LETTERS = 4
# ...and inside it, after a prefix: long enough that chance does not put it there.
MIN_INSIDE_LETTERS = 6


def _short_stem(word: str) -> str:
    """``word`` without a plural's or a verb's ending: "plans" -> "plan", "rides" ->
    "ride", "farming" -> "farm"."""
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return word[:-2]  # "boxes" -> "box"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]  # "plans" -> "plan", "rides" -> "ride"
    for ending in ("ing", "ed"):  # "farming" -> "farm" (for "farmland")
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM_LETTERS:
            return word[:-len(ending)]
    return word


def close_definitions(
    answer_synset: str, definition: str, answer_definition: str, lexicon: Lexicon
) -> bool:
    """Whether a distractor definition is too near the answer's to be plainly wrong:
    the same text, a WordNet neighbour's gloss, or most of the same words."""
    if definition.strip().casefold() == answer_definition.strip().casefold():
        return True
    if answer_synset and definition in lexicon.related_glosses(answer_synset):
        return True
    shared, share = gloss_overlap(definition, answer_definition)
    return shared >= MAX_SHARED_WORDS or share >= MAX_GLOSS_OVERLAP


def validate_item(item: QuizItem, lexicon: Lexicon) -> list[str]:
    """Every reason ``item`` is unfair; an empty list means it may be shown.

    Rejects items with no right answer or more than one, duplicate options or
    lemmas, distractors related to the answer in the sense used, and stems that
    contain the answer or its lemma.
    """
    if not item.targets or not item.prompt.strip():
        return ["no target word or no prompt"]
    if item.type == RECALL:
        return []
    unfit = [o for o in item.options if unfit_for_class(o)]
    if unfit:
        return [f"option {unfit[0]!r} is not fit for a class"]
    if item.type in {"meaning", "word", "matching", "spelling", "sense"}:
        garbled = _badly_read_options(item, lexicon)
        if garbled:
            return garbled
    if item.type in CHOICE_TYPES:
        problems = _choice_problems(item)
        if problems:
            return problems
        if item.type in WORD_OPTION_TYPES:
            return _word_option_problems(item, lexicon)
        if item.type == "word":
            return _definition_option_problems(item, lexicon)
        return _sense_problems(item, lexicon)
    if item.type == "spelling":
        return _spelling_problems(item, lexicon)
    if item.type == "matching":
        return _matching_problems(item, lexicon)
    return [f"unknown item type {item.type!r}"]


def wrong_options(item: QuizItem) -> list[tuple[str, str]]:
    """(word it comes from, text) of each option that answers nothing: a choice
    question's distractors, a matching question's left-over meaning."""
    answers = set(item.matches) if item.type == "matching" else {item.answer_index}
    return [(lemma, option) for i, ((lemma, _), option)
            in enumerate(zip(item.option_sources, item.options, strict=False))
            if i not in answers]


def offered_as_wrong(item: QuizItem, word: QuizWord) -> list[str]:
    """The words ``item``'s wrong options come from that are ``word`` or say its
    meaning."""
    meaning = word.definition.strip().casefold()
    return [lemma for lemma, option in wrong_options(item)
            if lemma == word.lemma or option.strip().casefold() == meaning]


def distractors_asked_elsewhere(items: Sequence[QuizItem]) -> list[str]:
    """Every wrong answer of a question that another question of the same quiz asks,
    as a word or as its meaning. Offered first, it gives the later answer away (a
    matching question's left-over meaning was the answer of a later "Which word means
    ...?"); offered after, it is ruled out at sight, its meaning shown already."""
    problems = []
    for item in items:
        own = {t.lemma for t in item.targets}
        for other in items:
            if other is item:
                continue
            for target in other.targets:
                problems += [
                    f"{item.type} offers {lemma!r}, which a {other.type} question asks"
                    for lemma in offered_as_wrong(item, target) if lemma not in own
                ]
    return problems


def _choice_problems(item: QuizItem) -> list[str]:
    problems = []
    options = item.options
    if len(options) < MIN_OPTIONS:
        problems.append(f"only {len(options)} options")
    if len({o.strip().casefold() for o in options}) != len(options):
        problems.append("duplicate options")
    if len(item.option_sources) != len(options):
        problems.append("options and their sources differ in number")
    index = item.answer_index
    if index is None or not 0 <= index < len(options):
        problems.append("no right answer among the options")
    elif options[index] != item.answer:
        problems.append("answer_index does not point at the answer")
    return problems


def _word_option_problems(item: QuizItem, lexicon: Lexicon) -> list[str]:
    target = item.targets[0]
    problems = []
    lemmas = [lemma for lemma, _ in item.option_sources]
    if len(set(lemmas)) != len(lemmas):
        problems.append("two options are the same word")
    assert item.answer_index is not None
    if lemmas[item.answer_index] != target.lemma:
        problems.append("the answer option is not the target word")
    for i, (lemma, option) in enumerate(zip(lemmas, item.options, strict=True)):
        if option.lower() not in word_forms(lemma):
            problems.append(f"option {option!r} is not a form of {lemma!r}")
        if i == item.answer_index:
            continue
        if not lexicon.has_lemma(lemma, UPOS_TO_WORDNET.get(target.upos)):
            problems.append(f"distractor {lemma!r} is not a {target.upos.lower()}")
        if interchangeable(target.lemma, target.synset, target.upos, lemma, lexicon):
            problems.append(f"distractor {lemma!r} could also be right")
        elif item.type == "meaning" and kind_of_the_same(target, lemma, lexicon):
            problems.append(f"distractor {lemma!r} fits the broader term's definition too")
        if item.type == "meaning" and mentions(target.definition, lemma):
            # "force or impel in an indicated direction" beside "indicate" (audit)
            problems.append(f"distractor {lemma!r} is a word of the meaning asked")
        if item.type == "cloze" and mentions(item.sentence, lemma):
            problems.append(f"distractor {lemma!r} is already in the sentence")
        elif item.type == "cloze" and fits_blank_too(target, lemma, lexicon):
            problems.append(f"distractor {lemma!r} could also fill the blank")
        elif item.type == "cloze" and target.upos == "VERB" \
                and not takes_the_gaps_frame(lemma, target.gap_frames, lexicon):
            problems.append(f"distractor {lemma!r} cannot stand where the verb does")
    stem = f"{item.prompt}\n{item.sentence}"
    if mentions(stem, target.lemma):
        problems.append("the stem contains the answer")
    elif item.type == "meaning" and defined_by_its_family(target, lexicon):
        problems.append(_GIVEN_AWAY_BY_FAMILY)
    if item.type == "cloze":
        problems += _blank_problems(item.sentence) + _family_in_the_gapped(item, lexicon)
        article = article_before_blank(item.sentence)
        problems += [f"option {option!r} does not take {article!r}" for option in item.options
                     if article and indefinite_article(option) != article]
        if item.answer.lower() not in same_slot_forms(target.lemma, target.penn, target.form):
            problems.append("the answer does not fit the blank")
        if the_one_person(item, lexicon):
            problems.append("the answer is the only person: the gap gives it away")
    return problems


def _definition_option_problems(item: QuizItem, lexicon: Lexicon) -> list[str]:
    target = item.targets[0]
    problems = _naming_options(item)
    assert item.answer_index is not None
    if item.answer != target.definition:
        problems.append("the answer is not the definition of the sense used")
    elif defined_by_its_family(target, lexicon):
        problems.append(_GIVEN_AWAY_BY_FAMILY)
    pos = UPOS_TO_WORDNET.get(target.upos, "")
    own_synsets = {s.synset for s in lexicon.senses(target.lemma, pos)} if pos else set()
    lemmas = [lemma for lemma, _ in item.option_sources]
    if len(set(lemmas)) != len(lemmas):
        problems.append("two options define the same word")
    for i, ((lemma, synset), option) in enumerate(
        zip(item.option_sources, item.options, strict=True)
    ):
        if i == item.answer_index:
            continue
        if synset and synset in own_synsets:
            problems.append(f"option {i + 1} is another sense of the answer word")
        if interchangeable(target.lemma, target.synset, target.upos, lemma, lexicon):
            problems.append(f"option {i + 1} defines a word related to the answer")
        if close_definitions(target.synset, option, target.definition, lexicon):
            problems.append(f"option {i + 1} is too close to the right definition")
        elif worded_for_its_whole_kind(option, synset, target, lexicon):
            problems.append(f"option {i + 1} is worded for a whole kind the answer is of")
        elif names_family(option, target.lemma, lexicon):
            problems.append(f"option {i + 1} names a word of the answer's family")
    return problems


# A gloss whose head word was cut ("the one on which real estate is located", the
# headword "land" taken out) or that WordNet mistyped ("behave as expected during of
# holidays or rites"): two function words no English sentence puts side by side. Or
# one that names its word, taken out, as "it" ("concrete pavement is sometimes
# referred to as it", cement: audit).
_GARBLED = re.compile(r"^the\s+ones?\b|\b(?:during|a|an|the)\s+(?:of|a|an|the)\b"
                      r"|\b(?:referred\s+to\s+as|known\s+as|called|named)\s+(?:it|them)\b",
                      re.IGNORECASE)


def reads_badly(definition: str, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a meaning is not fit to show a learner as ``lemma``'s: garbled, or naming
    a word of ``lemma``'s family ("assignment: a duty that you are assigned to
    perform"), which reads as a riddle (QA audit)."""
    return bool(_GARBLED.search(definition)) or names_family(definition, lemma, lexicon)


def _badly_read_options(item: QuizItem, lexicon: Lexicon) -> list[str]:
    shown = list(zip(item.option_sources, item.options, strict=False))
    if item.type in {"meaning", "spelling"}:
        target = item.targets[0]
        shown.append(((target.lemma, target.synset), target.definition))
    # A target's own meaning naming its family has a problem of its own (below).
    answers = {t.lemma for t in item.targets}
    return [f"the meaning {text!r} reads badly" for (lemma, _), text in shown
            if _GARBLED.search(text) or (item.type in {"word", "matching"}
                                         and lemma not in answers
                                         and names_family(text, lemma, lexicon))]


def defined_by_its_family(target: QuizWord, lexicon: Lexicon | None = None) -> bool:
    """Whether the word's definition uses a word of its family ("effectively: in an
    effective manner...", "neighborliness: ...helpful to neighbors", "rider: a traveler
    riding in a vehicle"): the spelling pairs the two, and a question about the word's
    meaning (or one showing the meaning to spell it) would test nothing."""
    return names_family(target.definition, target.lemma, lexicon)


_GIVEN_AWAY_BY_FAMILY = "the right definition names a word of the answer's family"


def _naming_options(item: QuizItem) -> list[str]:
    """A definition that names the word itself ("fluid: a substance that is fluid...")
    gives the answer away or reads as a riddle."""
    lemma = item.targets[0].lemma
    return [f"option {i + 1} contains {lemma!r}" for i, option in enumerate(item.options)
            if mentions(option, lemma)]


def _sense_problems(item: QuizItem, lexicon: Lexicon) -> list[str]:
    target = item.targets[0]
    problems = _naming_options(item)
    if target.upos not in SENSE_UPOS:
        problems.append("adjective and adverb senses are too fine to tell apart")
    pos = UPOS_TO_WORDNET.get(target.upos, "")
    senses = {s.synset: s for s in lexicon.senses(target.lemma, pos)} if pos else {}
    synsets = [synset for _, synset in item.option_sources]
    if len(set(synsets)) != len(synsets):
        problems.append("two options are the same sense")
    assert item.answer_index is not None
    if synsets[item.answer_index] != target.synset:
        problems.append("the answer is not the sense used in the sentence")
    used = senses.get(target.synset)
    for i, (synset, option) in enumerate(zip(synsets, item.options, strict=True)):
        sense = senses.get(synset)
        if sense is None:
            problems.append(f"option {i + 1} is not a sense of {target.lemma!r}")
        elif i != item.answer_index and insulting_sense(sense, list(senses.values())):
            problems.append(f"option {i + 1} is an insult")
        elif i != item.answer_index and synset not in target.ruled_out:
            problems.append(f"option {i + 1} may be what the sentence means too")
        elif i != item.answer_index and (
            close_definitions(target.synset, option, item.answer, lexicon)
            or (used is not None and senses_not_apart(sense, used, lexicon))
        ):
            problems.append(f"option {i + 1} is too close to the sense used")
        elif i != item.answer_index and mentions(sense.definition, target.lemma):
            # WordNet defines it through the word ("grass" as fodder: "bulky food like
            # grass or hay"): a sense derived from the one used, which the learner's
            # wording hides; the word in the sentence may well mean both.
            problems.append(f"option {i + 1} is a sense named after the sense used")
        elif i != item.answer_index and worded_alike(option, item.answer):
            problems.append(f"option {i + 1} is worded like the sense used")
    if not target.form or target.form.lower() not in item.sentence.lower():
        problems.append("the sentence does not show the word")
    return problems


def _family_in_the_gapped(item: QuizItem, lexicon: Lexicon) -> list[str]:
    """A gapped sentence that holds a word of the answer's family points at it, as the
    word itself would: "build a new car park nearby and offer free _____" (parking, QA
    audit)."""
    around = item.sentence.replace(BLANK, " ")
    if names_family(around, item.targets[0].lemma, lexicon):
        return ["the sentence names a word of the answer's family"]
    return []


def _spelling_problems(item: QuizItem, lexicon: Lexicon) -> list[str]:
    target = item.targets[0]
    problems = _blank_problems(item.sentence) + _family_in_the_gapped(item, lexicon)
    if item.options or item.answer_index is not None:
        problems.append("a typed item has options")
    if not item.accepted or item.answer.lower() not in item.accepted:
        problems.append("the answer is not accepted")
    if mentions(f"{item.prompt}\n{item.sentence}", target.lemma):
        problems.append("the stem contains the answer")
    elif defined_by_its_family(target, lexicon):
        problems.append(_GIVEN_AWAY_BY_FAMILY)  # "Type the word that means 'in an effective..."
    return problems


def _matching_problems(item: QuizItem, lexicon: Lexicon) -> list[str]:
    targets = item.targets
    problems = []
    if len(targets) != MATCHING_SIZE or len(item.options) not in MATCHING_OPTIONS:
        return [f"matching needs {MATCHING_SIZE} words and {MATCHING_SIZE} definitions,"
                " or one more"]
    if len({t.lemma for t in targets}) != MATCHING_SIZE:
        problems.append("a word appears twice")
    if len({o.strip().casefold() for o in item.options}) != len(item.options):
        problems.append("duplicate definitions")
    if len(set(item.matches)) != MATCHING_SIZE or not all(
        0 <= m < len(item.options) for m in item.matches
    ):
        return problems + ["the key is not one definition per word"]
    problems += _extra_meaning_problems(item, lexicon)
    for target, index in zip(targets, item.matches, strict=True):
        if item.options[index] != target.definition:
            problems.append(f"the key pairs {target.lemma!r} with the wrong definition")
        elif defined_by_its_family(target, lexicon):
            problems.append(f"{target.lemma!r}: {_GIVEN_AWAY_BY_FAMILY}")
    for option in item.options:
        for target in targets:
            if mentions(option, target.lemma):
                problems.append(f"a definition contains {target.lemma!r}")
    for a in targets:
        for b in targets:
            if a is not b and (interchangeable(b.lemma, b.synset, b.upos, a.lemma, lexicon)
                               or of_the_kind_defined(a, b.definition, lexicon)):
                problems.append(f"{a.lemma!r} could match the definition of {b.lemma!r}")
            elif a is not b and a.sentence and a.sentence == b.sentence:
                problems.append(f"{a.lemma!r} and {b.lemma!r} are of one sentence")
    return problems


def head_words(definition: str) -> set[str]:
    """The words a definition names its kind with, before its first function word:
    "a tiny piece of anything" -> {"tiny", "piece"}, and their stems."""
    words = re.findall(r"[a-z]+", definition.lower())
    while words and words[0] in _LEADING_DETERMINERS:
        words.pop(0)
    head: set[str] = set()
    for word in words:
        if word in _HEAD_ENDS:
            break
        head |= _stems(word)
    return head


_LEADING_DETERMINERS = frozenset({"a", "an", "the", "any", "some"})
# What ends a definition's head: a preposition, a conjunction, a relative ("a piece
# broken off or cut off of something else").
_HEAD_ENDS = frozenset({"of", "that", "which", "who", "whom", "whose", "where", "when",
                        "for", "in", "on", "at", "with", "by", "from", "to", "into", "as",
                        "or", "and", "but", "used", "having", "being"})


def of_the_kind_defined(word: QuizWord, definition: str, lexicon: Lexicon) -> bool:
    """Whether ``definition`` names ``word``'s broader term as its kind, so that ``word``
    fits it too: "a tiny piece of anything" (particles) fits fragments, which WordNet
    files under "piece" (QA audit)."""
    broader = lexicon.broader(word.synset) if word.synset else None
    if broader is None:
        return False
    names = {stem for name in (broader.lemma, *broader.synonyms) if name.isalpha()
             for stem in _stems(name.lower())}
    return bool(names & head_words(definition))


def _extra_meaning_problems(item: QuizItem, lexicon: Lexicon) -> list[str]:
    """The meaning no word takes must fit none of them."""
    extras = set(range(len(item.options))) - set(item.matches)
    if not extras:
        return []
    if len(item.option_sources) != len(item.options):
        return ["the extra meaning's word is not known"]
    problems = []
    for index in extras:
        lemma, synset = item.option_sources[index]
        for target in item.targets:
            if interchangeable(target.lemma, target.synset, target.upos, lemma, lexicon) or (
                synset and target.lemma in lexicon.related_lemmas(synset)
            ):
                problems.append(f"{target.lemma!r} could match the extra meaning ({lemma!r})")
    return problems


def _blank_problems(sentence: str) -> list[str]:
    count = sentence.count(BLANK)
    return [] if count == 1 else [f"the sentence has {count} blanks, not one"]


def same_slot_forms(lemma: str, penn: str, form: str) -> frozenset[str]:
    """The spellings that fill the target's slot: the form met, and lemminflect's forms
    for the same tag (British and American spellings both count) when the tag agrees
    with the form (a plural the tagger called "NN" does not make the singular right)."""
    forms = set(inflect(lemma, penn))
    if form.lower() != lemma.lower():
        forms.discard(lemma.lower())  # lemminflect lists "principle" among NNS forms too
    found = {form.lower(), *forms} if form.lower() in forms else {form.lower()}
    # A learner taught the other spelling is right too: "millimetres" for "millimeters".
    return frozenset(found | {variant for word in found for variant in other_spellings(word)})


def other_spellings(word: str) -> set[str]:
    """The British spelling of an American word and the American of a British one
    (breame's lists): "millimeters" -> {"millimetres"}; empty when there is none."""
    from breame.spelling import get_american_spelling, get_british_spelling

    return {variant for variant in (get_british_spelling(word), get_american_spelling(word))
            if variant and variant != word}


# English uses a mass noun's plural a hundred times less than the noun ("advices",
# "informations", "equipments"): not a form to offer a learner as an answer. A count
# noun's plural is at least a tenth as common ("bayonets", "pumpkins", "utensils").
RARE_PLURAL_ZIPF_GAP = 1.7


def usual_plural(lemma: str, plural: str) -> bool:
    """Whether English uses ``plural`` (wordfreq) as the plural of the noun ``lemma``."""
    from wordfreq import zipf_frequency

    return zipf_frequency(plural, "en") > zipf_frequency(lemma, "en") - RARE_PLURAL_ZIPF_GAP


def counted(lemma: str) -> bool:
    """Whether English counts the noun ``lemma``: its plural is a word in use
    (`usual_plural`: "gloves", "devices", "memberships"), so alone in the singular,
    with no article, it is no English ("to prevent glove"). Not "erosion", "coaching"
    or "oxygen", whose plurals are rare; "vertex" by "vertices", not "vertexes"."""
    return any(plural != lemma.lower() and usual_plural(lemma, plural)
               for plural in inflect(lemma, "NNS"))


def inflect(lemma: str, penn: str) -> tuple[str, ...]:
    """``lemma`` inflected for Penn tag ``penn`` (lower case); () when lemminflect cannot."""
    import lemminflect

    if penn in {"NN", "VB", "VBP", "JJ", "RB", "NNP"}:
        base = lemminflect.getInflection(lemma, tag=penn)
        return tuple(f.lower() for f in base) or (lemma.lower(),)
    return tuple(f.lower() for f in lemminflect.getInflection(lemma, tag=penn))
