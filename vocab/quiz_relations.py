"""Whether two words or two meanings are too close for one to be a wrong answer
beside the other: a word that could also be right where the answer is
(`interchangeable`: a synonym, a broader or narrower term, a sibling under one
hypernym), two definitions a learner reads as one (`close_definitions`,
`worded_alike`), two senses of a word not far enough apart to ask which one a sentence
uses (`senses_not_apart`), and a definition worded for a whole kind that the other
word is of too (`kind_of_the_same`, `of_the_kind_defined`). Read by the builders to
pick wrong answers and by the validator to refuse them, so the two cannot disagree.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from vocab.definitions import BROADER_NOUN_LEAD, BROADER_VERB_LEAD
from vocab.gloss_text import plain_gloss
from vocab.gloss_words import content_words
from vocab.quiz_family import names_family, word_stems
from vocab.quiz_forms import mentions
from vocab.wordinfo import UPOS_TO_WORDNET, word_forms

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.models import Sense
    from vocab.quiz_items import QuizWord

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
# WordNet's catch-all files for adjectives and adverbs say nothing about closeness.
BROAD_LEXNAMES = frozenset({"adj.all", "adj.pert", "adj.ppl", "adv.all"})


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
    hierarchy (physical things, abstractions...), told by the same other words
    (`named_alike`), or glossed alike (`glossed_alike`)."""
    if same_field(a.lexname, b.lexname) or named_alike(a, b, lexicon) \
            or _idea_and_idea_said(a.lexname, b.lexname) or glossed_alike(a, b):
        return True
    return _TOP_CONCEPTS in (a.lexname, b.lexname) and _branch(a, lexicon) == _branch(b, lexicon)


# An idea and the idea said (WordNet's noun.cognition and noun.communication) are one
# meaning to a learner: "a position or opinion or judgment reached after
# consideration" and "the proposition arrived at by logical reasoning" were both right
# for "our conclusion was simple" (QA). An act and its result are not always one: "the
# activities of educating" is apart from "a message describing how something is to be
# done" (instructions to follow); measured on the seeds, my stories and eight dev
# stories, counting them one lost 5 of 21 sense questions, most of them fair.
_MIND_FIELDS = frozenset({"noun.cognition", "noun.communication"})


def _idea_and_idea_said(lexname_a: str, lexname_b: str) -> bool:
    """Whether two fields are those of an idea and the idea said (`_MIND_FIELDS`)."""
    return lexname_a != lexname_b and {lexname_a, lexname_b} <= _MIND_FIELDS


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


def glossed_alike(a: Sense, b: Sense) -> bool:
    """Whether WordNet's own glosses of two senses share a word (`worded_alike`): a
    learner's wording of one may lose it. "tying the score" keyed "the act of scoring
    in a game or sport", worded by its broader term as "a kind of success: an
    attainment that is successful", beside "a number that expresses the accomplishment
    of a team ... in a game or contest"; "meetings in each neighborhood" keyed "a
    surrounding or nearby region" beside "the approximate amount of something"
    (WordNet: "... as in 'in the region of'"; stories of my own): two right answers
    each. Measured on the seeds and six stories of my own (3 quiz seeds each): sense
    questions 36 -> 33, the 3 lost all "neighborhood"'s."""
    return worded_alike(a.definition, b.definition)


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
    used = lexicon.synset(synset) if synset else None
    return used is not None and any(names_the_kind_of(a, b, lexicon) or
                                    names_the_kind_of(b, a, lexicon) or
                                    names_a_kind_by_family(a, b, lexicon) or
                                    names_a_kind_by_family(b, a, lexicon)
                                    for a, b in ((used, o) for o in other_senses[:KIND_SENSES]))


# How far up both senses' broader terms a kind they share may sit ("wage": regular
# payment, payment; "compensation": recompense, payment), and how many of a wrong
# answer's senses are read so: its usual ones, which a learner knows it by.
KIND_REACH = 2
KIND_SENSES = 2
# A shared kind with more narrower terms than this is too broad to make two words one
# meaning: "device" (2,765: a weapon and a bell), "covering" (1,014: a roof and a
# garment), "science" (435); "payment" has 121, "gift" 62, "money" 24.
NARROW_KIND = 200


def names_the_kind_of(sense: Sense, other: Sense, lexicon: Lexicon) -> bool:
    """Whether ``other``'s definition names a broader term it shares with ``sense``
    (up to `KIND_REACH` above each, not WordNet's top concepts: "person", "act"), which
    ``sense`` is then a kind of as well: "compensation: something given or received as
    payment" is as true of a wage and of a bribe, kinds of payment WordNet files under
    other broader terms than compensation's (a story of my own)."""
    shared = [above for above in broader_terms(sense.synset, lexicon)[:KIND_REACH]
              if above.lexname != _TOP_CONCEPTS and above.synset in
              {b.synset for b in broader_terms(other.synset, lexicon)[:KIND_REACH]}
              and _kinds_below(above.synset, lexicon) <= NARROW_KIND]
    names = {name for above in shared for name in (above.lemma, *above.synonyms)
             if name.isalpha()}
    return bool(names) and bool(content_words(" ".join(names)) & content_words(plain_gloss(other)))


# The fields whose broader terms say what someone is to another or what money is given
# as: "an associate that one works with" (colleague) is as true of an aide, a kind of
# worker two terms up, and "a grant paid by a government" (subsidy) of compensation, a
# kind of payment. Elsewhere the kinds a gloss names by their family are broad words
# that tell nothing: measured on the seeds' and two of my stories' quizzes (635 wrong
# answers), 35 were so linked, and the 27 in other fields fair ("occurrence" for an
# outbreak and a pandemic, "action", "material" for soil and marble).
_FIELDS_OF_ROLES = frozenset({"noun.person", "noun.possession"})


def names_a_kind_by_family(sense: Sense, other: Sense, lexicon: Lexicon) -> bool:
    """Whether ``other``'s definition or one of its synonyms has a word of the family
    of a broader term of ``sense`` (up to `KIND_REACH` above it, by its headword), both
    senses of one field of `_FIELDS_OF_ROLES`: "an associate that one works with"
    (colleague, a "co-worker") names "worker", the kind an aide is of (a story of my
    own offered both for that meaning). A kind shared is `names_the_kind_of`'s."""
    if sense.lexname != other.lexname or sense.lexname not in _FIELDS_OF_ROLES:
        return False
    kinds = {above.lemma for above in broader_terms(sense.synset, lexicon)[:KIND_REACH]
             if above.lexname != _TOP_CONCEPTS and above.lemma.isalpha()}
    if not kinds:
        return False
    text = " ".join([plain_gloss(other), *other.synonyms]).replace("_", " ").replace("-", " ")
    return any(names_family(text, kind, lexicon) for kind in kinds)


@cache
def _kinds_below(synset: str, lexicon: Lexicon) -> int:
    """How many synsets lie under ``synset`` (itself included)."""
    return len(lexicon.synset_ids_below([synset]))


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


def one_meaning_or_kind(a: str, b: str, upos: str, lexicon: Lexicon) -> bool:
    """Whether two wrong answers share a meaning ("crew", "gang"), or one is a broader
    term of the other in its usual senses ("region" beside "city" and "town": audit):
    a learner rules them out together, and the question has a wrong answer fewer.
    Two kinds side by side ("prose", "poetry") stay a fair pair."""
    pos = UPOS_TO_WORDNET.get(upos)
    if pos is None:
        return False
    return _one_or_broader(a.lower(), b.lower(), pos, lexicon) \
        or _one_or_broader(b.lower(), a.lower(), pos, lexicon)


def _one_or_broader(a: str, b: str, pos: str, lexicon: Lexicon) -> bool:
    usual = lexicon.senses(a, pos)[:KIND_SENSES]
    if {s.synset for s in usual} & {s.synset for s in lexicon.senses(b, pos)}:
        return True
    return any(b in (above.lemma, *above.synonyms)
               for sense in usual for above in broader_terms(sense.synset, lexicon))


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
    if not target.definition.startswith(_BROADER_LEADS) \
            and not says_only_its_broader_term(target.definition, sense, lexicon):
        return False
    return any(same_field(sense.lexname, s.lexname)
               for s in lexicon.senses(other, pos)[:DISTRACTOR_SENSES_CHECKED])


def says_only_its_broader_term(definition: str, sense: Sense, lexicon: Lexicon) -> bool:
    """Whether ``definition`` of ``sense`` is its broader term's gloss, or says no word
    that gloss does not (a content word or more, stemmed): "shop" worded as "come into
    possession of something" (obtain's "come into possession of", the headword cut
    from "do one's shopping") fits "recover", "buy" and "inherit" as well (QA)."""
    broader = lexicon.broader(sense.synset)
    if broader is None:
        return False
    gloss = _without_to(plain_gloss(broader))
    if _without_to(definition) == gloss:
        return True
    words = content_words(definition)
    return bool(words) and words <= content_words(gloss)


def _without_to(gloss: str) -> str:
    """A verb's gloss without the "to" WordNet opens some with, which a quiz's wording
    leaves out: "keep watch over" is "guard"'s "to keep watch over"."""
    return gloss[3:] if gloss.startswith("to ") else gloss


def worded_for_its_whole_kind(definition: str, synset: str, target: QuizWord,
                              lexicon: Lexicon) -> bool:
    """Whether a wrong meaning is its broader term's gloss ("cure: a kind of medicine:
    something that treats or prevents or alleviates the symptoms of disease") and
    ``target``'s sense is of the same field (WordNet's "noun.artifact"), which that
    gloss may fit as well: a vaccine prevents a disease too (audit). The other side of
    `kind_of_the_same`."""
    if not synset or not target.synset:
        return False
    wrong, used = lexicon.synset(synset), lexicon.synset(target.synset)
    if wrong is None or used is None or not same_field(wrong.lexname, used.lexname):
        return False
    return definition.startswith(_BROADER_LEADS) \
        or says_only_its_broader_term(definition, wrong, lexicon)


def close_definitions(
    answer_synset: str, definition: str, answer_definition: str, lexicon: Lexicon
) -> bool:
    """Whether a distractor definition is too near the answer's to be plainly wrong:
    the same text, a WordNet neighbour's gloss or a broader term's at any height
    ("make bigger or more", "increase", is as true of "double": QA walk-through), or
    most of the same words."""
    if definition.strip().casefold() == answer_definition.strip().casefold():
        return True
    if answer_synset and definition in lexicon.related_glosses(answer_synset):
        return True
    if answer_synset and _without_to(definition.strip()) in {
            _without_to(plain_gloss(above)) for above in broader_terms(answer_synset, lexicon)}:
        return True
    shared, share = gloss_overlap(definition, answer_definition)
    return shared >= MAX_SHARED_WORDS or share >= MAX_GLOSS_OVERLAP


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
        head |= word_stems(word)
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
             for stem in word_stems(name.lower())}
    return bool(names & head_words(definition))
