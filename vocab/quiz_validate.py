"""Whether a quiz item is fair: exactly one right answer, and a stem that does not give it away.

The generator builds items and then asks :func:`validate_item`; an item with any
problem is rebuilt or dropped, never shown. The same predicates decide which
distractors the generator may pick, so the two cannot disagree: they live in
`vocab.quiz_relations` (words or meanings too close), `vocab.quiz_gaps` (what fills a
gap), `vocab.quiz_family` (a word of the answer's family named) and `vocab.quiz_forms`
(a word's forms); this module applies them to whole questions, and to a quiz's
questions together (`distractors_asked_elsewhere`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vocab.noun_phrases import indefinite_article
from vocab.offensive import insulting_sense, unfit_for_class
from vocab.quiz_family import defined_by_its_family, names_family
from vocab.quiz_forms import mentions, same_slot_forms
from vocab.quiz_gaps import (
    article_before_blank,
    fits_blank_too,
    takes_the_gaps_frame,
    the_one_person,
)
from vocab.quiz_items import BLANK, RECALL
from vocab.quiz_relations import (
    close_definitions,
    interchangeable,
    kind_of_the_same,
    of_the_kind_defined,
    senses_not_apart,
    worded_alike,
    worded_for_its_whole_kind,
)
from vocab.wordinfo import UPOS_TO_WORDNET, word_forms

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vocab.lexicon import Lexicon
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


# What a definition adds after its meaning or before it, which does not make it
# another: "(another word for nothing)", "(a kind of collection)", "a kind of
# devastation: ...".
_TRAILING_REMARK = re.compile(r"(?:\s*\([^()]*\))+\s*$")
_LEADING_KIND = re.compile(r"^a kind of [^:]+:\s*", re.IGNORECASE)


def wording_core(option: str) -> str:
    """An option as a learner tells it from the others: without a closing remark in
    brackets or a leading "a kind of ...:", in one case. "a quantity of no importance
    (another word for nothing)" and "a quantity of no importance" are one meaning
    shown twice ("What does 'hundreds' mean?", a story of my own)."""
    core = _LEADING_KIND.sub("", _TRAILING_REMARK.sub("", option.strip()))
    return (core or option).strip().casefold()


def _choice_problems(item: QuizItem) -> list[str]:
    problems = []
    options = item.options
    if len(options) < MIN_OPTIONS:
        problems.append(f"only {len(options)} options")
    if len({wording_core(o) for o in options}) != len(options):
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


def _garbled(text: str) -> bool:
    """`_GARBLED`, or a bracket left open or closed alone: "open to or concerning the
    people as a whole)" (publicly) was a matching question's meaning (seed audit)."""
    return bool(_GARBLED.search(text)) or text.count("(") != text.count(")")


def reads_badly(definition: str, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a meaning is not fit to show a learner as ``lemma``'s: garbled, or naming
    a word of ``lemma``'s family ("assignment: a duty that you are assigned to
    perform"), which reads as a riddle (QA audit)."""
    return _garbled(definition) or names_family(definition, lemma, lexicon)


def _badly_read_options(item: QuizItem, lexicon: Lexicon) -> list[str]:
    shown = list(zip(item.option_sources, item.options, strict=False))
    if item.type in {"meaning", "spelling"}:
        target = item.targets[0]
        shown.append(((target.lemma, target.synset), target.definition))
    # A target's own meaning naming its family has a problem of its own (below).
    answers = {t.lemma for t in item.targets}
    return [f"the meaning {text!r} reads badly" for (lemma, _), text in shown
            if _garbled(text) or (item.type in {"word", "matching"}
                                         and lemma not in answers
                                         and names_family(text, lemma, lexicon))]


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
    elif names_family(item.answer, target.lemma, lexicon):
        # "invest": "make an investment" among senses worded without the word.
        problems.append(_GIVEN_AWAY_BY_FAMILY)
    used = senses.get(target.synset)
    for i, (synset, option) in enumerate(zip(synsets, item.options, strict=True)):
        sense = senses.get(synset)
        if sense is None:
            problems.append(f"option {i + 1} is not a sense of {target.lemma!r}")
        elif i != item.answer_index and insulting_sense(sense, list(senses.values())):
            problems.append(f"option {i + 1} is an insult")
        elif i != item.answer_index and synset not in target.ruled_out:
            problems.append(f"option {i + 1} may be what the sentence means too")
        elif i != item.answer_index and mentions(sense.definition, target.lemma):
            # WordNet defines it through the word ("grass" as fodder: "bulky food like
            # grass or hay"): a sense derived from the one used, which the learner's
            # wording hides; the word in the sentence may well mean both. Said before
            # closeness, which such a gloss often has too.
            problems.append(f"option {i + 1} is a sense named after the sense used")
        elif i != item.answer_index and (
            close_definitions(target.synset, option, item.answer, lexicon)
            or (used is not None and senses_not_apart(sense, used, lexicon))
        ):
            problems.append(f"option {i + 1} is too close to the sense used")
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
    if len({wording_core(o) for o in item.options}) != len(item.options):
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
