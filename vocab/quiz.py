"""Quiz items a teacher would hand out: built from the learner's own reading, one right
answer each, wrong answers a learner could believe.

Six item types (``ITEM_TYPES``):

* ``meaning``  a definition (in the sense the article uses) -> choose the word;
* ``word``     a word in its sentence -> choose the definition;
* ``cloze``    the article's sentence with the word blanked; options inflected to fit;
* ``matching`` five words, five definitions;
* ``sense``    "In this sentence, *counter* means..." with the word's other senses;
* ``spelling`` the definition and the blanked sentence -> type the word.

`assemble` chooses which word each type asks, in turn, and keeps the quiz fair as a
whole (each word asked once, no sentence shown twice, no answer given away by another
question); `vocab.quiz_builders.ItemBuilder` makes each question. Every item passes
:func:`vocab.quiz_validate.validate_item` before it is returned; randomness comes
only from the ``rng`` passed in, so a seed gives the same quiz.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from vocab.distractors import DistractorPool
from vocab.gloss_text import MIN_CLAUSE_WORDS, stands_alone
from vocab.quiz_builders import ItemBuilder
from vocab.quiz_family import defined_by_its_family, names_family
from vocab.quiz_forms import mentions
from vocab.quiz_items import RECALL, QuizItem, QuizWord
from vocab.quiz_validate import (
    MATCHING_SIZE,
    distractors_asked_elsewhere,
    offered_as_wrong,
    validate_item,
    wrong_options,
)
from vocab.wordinfo import UPOS_TO_WORDNET

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon

ITEM_TYPES: tuple[str, ...] = ("meaning", "word", "cloze", "matching", "sense", "spelling")
# A fresh set of distractors is tried this many times before an item is dropped.
ATTEMPTS_PER_ITEM = 3
# Questions that blank the word in its sentence.
_GAPPED_TYPES = frozenset({"cloze", "spelling"})
# Questions that key a meaning, beside the word's sentence or alone: none for a word
# whose sense is unsure (`QuizWord.sense_sure`), which is asked in its gap (cloze).
_KEYS_A_MEANING = frozenset({"meaning", "word", "matching", "sense", "spelling"})
# Questions that ask a word whose sense is unsure, when no other question fills the
# quiz: its meaning alone, which a learner who knows the word still matches to it. A
# short story's quiz of ten had nine without them (the test's strike story). Only a
# word keyed in its usual sense (`QuizWord.usual_sense`): "Which word means 'force,
# take, or pull apart'?" asked "separate" of lanes separated from cars by low walls
# (a seed), a rarer sense the story does not use, taught as the word's meaning.
_UNSURE_BY_MEANING = frozenset({"meaning", "matching"})


def assemble(
    targets: Sequence[QuizWord],
    pool: DistractorPool,
    lexicon: Lexicon,
    *,
    rng: random.Random,
    n: int,
    types: Sequence[str] = ITEM_TYPES,
    review: bool = False,
    reserve: Sequence[QuizWord] = (),
    given_up: Callable[[], bool] = lambda: False,
    last_ways: Mapping[tuple[str, str], str] | None = None,
) -> list[QuizItem]:
    """Up to ``n`` valid items about ``targets`` (earlier targets first), cycling
    through ``types`` so the quiz mixes them. Each word is asked once: a second
    question on it is answered by the first one's feedback (a short story's quiz
    blanked "bakery" in its sentence, then asked which word means "a workplace where
    baked goods are produced"), so a story with fewer words than ``n`` gives fewer
    questions. ``reserve``: words asked, in order, only when no question of any type
    can be made of ``targets``, until the quiz has ``n``. ``review``: the learner's due
    words, whose feedback is no story's sentence (`_sentence_shown_before`).
    ``given_up``: asked before each question; once true, the items made so far are all
    (the learner left the quiz being made: seconds of work for no one). ``last_ways``:
    the item type each word was last asked by (`Store.last_ways_asked`, by the key its
    answers are saved under): a review asks it another way, not the question it missed
    minutes before once more (QA: the same spelling question for "verdict" in two
    sittings running); one no other way can ask is a recall card."""
    unknown = set(types) - set(ITEM_TYPES)
    if unknown:
        raise ValueError(f"unknown item types: {', '.join(sorted(unknown))}")
    targets = [asked_without_its_family(w, lexicon) for w in targets]
    reserve = [asked_without_its_family(w, lexicon) for w in reserve]
    builder = ItemBuilder(lexicon, pool, rng)
    items: list[QuizItem] = []
    # Where an article quiz's cycle of types starts is drawn too: quizzes of the same
    # story with other seeds (a lesson's version B) had asked each word the same way, in
    # the same sentence (QA audit: "knock" a spelling question in all four).
    turn = 0 if review else rng.randrange(len(types))
    # Too few words for the quiz: no matching question, which takes five of them at
    # once; each word its own question makes the longest quiz the story allows.
    few = not review and len(targets) + len(reserve) < n and len(set(types)) > 1
    exhausted = {"matching"} if few else set()
    asking = list(targets)
    # Whether a word whose sense is unsure may be asked by its meaning alone: only when
    # nothing else fills the quiz (`_UNSURE_BY_MEANING`).
    unsure_alone = False
    while len(items) < n and not given_up():
        if exhausted >= set(types):
            if reserve and len(asking) == len(targets):
                # Until now the reserve words were the article's to offer as wrong
                # answers; those offered are not asked (`_offered_already`). One word a
                # question: a matching question spends five words on one.
                asking += reserve
                exhausted = {"matching"}
            elif not unsure_alone and not review and _UNSURE_BY_MEANING & set(types):
                unsure_alone = True
                exhausted = set(types) - _UNSURE_BY_MEANING
            else:
                break
        kind = types[turn % len(types)]
        turn += 1
        if kind in exhausted:
            continue
        fresh = [w for w in asking if w.key not in builder.asked_keys
                 and not _offered_already(w, items)
                 and (last_ways or {}).get(w.store_key) != kind]
        builder.waiting = {w.lemma for w in fresh}
        item = _next_item(kind, fresh, builder, lexicon, shown_before=items,
                          feedback_counts=not review, unsure_alone=unsure_alone)
        if item is None:
            exhausted.add(kind)
            continue
        items.append(item)
        builder.offered.update(lemma for lemma, _ in wrong_options(item))
        for w in item.targets:
            builder.asked_keys.add(w.key)
            builder.asked.add(w.lemma)
    if review:  # a due word no question can ask would stay due for good
        unasked = [w for w in asking if w.key not in builder.asked_keys]
        items += [recall_item(w) for w in unasked[: max(0, n - len(items))]]
    return items


# The answers of a recall card, the one it is "right" to give first.
RECALL_ANSWERS = ("Yes, I remembered its meaning", "No, I did not")


def recall_item(w: QuizWord) -> QuizItem:
    """A card the learner grades, as in Anki: the word in its sentence, "did you
    remember its meaning?", and the meaning shown after the answer. Only for a review's
    word that no question can fairly ask: "slippery: causing things to slip or slide"
    names its own family, and an adjective has no gap or sense question (16 of 90 words
    a B1 learner would save, QA walk-through)."""
    where = " in this sentence" if w.sentence else ""
    return QuizItem(
        RECALL,
        f"Do you remember what “{w.shown}” means{where}? Think of it, then answer.",
        w.sentence,
        (w,),
        options=RECALL_ANSWERS,
        answer_index=0,
        answer=RECALL_ANSWERS[0],
    )


def asked_without_its_family(w: QuizWord, lexicon: Lexicon) -> QuizWord:
    """``w`` with its definition cut to its first clause that names no word of its
    family nor its base, when the whole does (`defined_by_its_family`): "careless:
    marked by lack of attention or consideration or forethought or thoroughness; not
    careful" is asked by the first clause, not left to a gap an adjective has none of
    (QA audit). A later clause only when it stands alone (`stands_alone`). As it is
    when no clause will do ("repay: pay back")."""
    if not defined_by_its_family(w, lexicon):
        return w
    pos = UPOS_TO_WORDNET.get(w.upos, "n")
    clauses = [c.strip() for c in w.definition.split(";")]
    for at, clause in enumerate(clauses):
        # A later clause only when it says what the word is by itself: "sourdough" was
        # asked by "used by pioneers for making bread" (QA walk-through).
        if len(clause.split()) >= MIN_CLAUSE_WORDS and (at == 0 or stands_alone(clause, pos)) \
                and not names_family(clause, w.lemma, lexicon):
            return replace(w, definition=clause)
    return w


def _offered_already(word: QuizWord, items: Sequence[QuizItem]) -> bool:
    """Whether a question offered ``word``, or its meaning, as a wrong answer: asked
    later, its answer would be given away (`distractors_asked_elsewhere`)."""
    return any(offered_as_wrong(item, word) for item in items)


def _next_item(
    kind: str,
    targets: Sequence[QuizWord],
    builder: ItemBuilder,
    lexicon: Lexicon,
    shown_before: Sequence[QuizItem] = (),
    feedback_counts: bool = True,
    unsure_alone: bool = False,
) -> QuizItem | None:
    pending = targets
    # A meaning keyed beside a sentence that may use another one has two answers, or
    # none: "its seizure of the peninsula" spelt from "a sudden occurrence of a
    # disease" (audit). Keyed with no sentence, it is taught as the word's meaning
    # where the story means another: "Russia's initiative to develop legally binding
    # security" keyed "readiness to embark on bold new ventures", "the dusty
    # surface" "overlaid or spread or topped with or enclosed within something"
    # (audit: 13 of 175 questions). A word whose sense is unsure is asked in its gap,
    # and by its meaning alone only when nothing else fills the quiz, in its usual
    # sense (`_UNSURE_BY_MEANING`).
    if unsure_alone and kind in _UNSURE_BY_MEANING:
        targets = [w for w in targets if w.sense_sure or w.usual_sense]
    elif kind in _KEYS_A_MEANING:
        targets = [w for w in targets if w.sense_sure]
    if kind == "matching":
        # Words of one part of speech first: the last word's two meanings left, a verb's
        # and an adjective's, gave "curled" away (QA walk-through); then of any.
        kinds = Counter(w.upos for w in targets)
        groups = [[w for w in targets if w.upos == upos] for upos, _ in kinds.most_common()]
        for words in (*groups, targets):
            for start in range(max(0, len(words) - MATCHING_SIZE + 1)):
                item = builder.matching(words[start:])
                if item is not None and not validate_item(item, lexicon) \
                        and not distractors_asked_elsewhere([*shown_before, item]):
                    return item
        return None
    make: Callable[[QuizWord], QuizItem | None] = getattr(builder, kind)
    for w in _sparing_sentences(targets, pending):
        for _ in range(ATTEMPTS_PER_ITEM):
            item = make(w)
            if item is None:
                break
            if (not validate_item(item, lexicon) and not _spelling_given_away(item, shown_before)
                    and not _sentence_shown_before(item, shown_before, feedback_counts)
                    and not distractors_asked_elsewhere([*shown_before, item])):
                return item
    return None


def _sparing_sentences(targets: Sequence[QuizWord], pending: Sequence[QuizWord]
                       ) -> list[QuizWord]:
    """``targets`` in order, those whose sentence is the sentence of a word before them
    in ``pending`` (the words still to ask, first first) after the others: a question
    showing it leaves no gap there for that word (`_sentence_shown_before`), and a
    retake spelled "counter", asked before, in the one sentence of "cooperation", which
    no gap could then ask (audit)."""
    first_at: dict[str, int] = {}
    for at, w in enumerate(pending):
        if w.sentence:
            first_at.setdefault(w.sentence, at)
    position = {w.key: at for at, w in enumerate(pending)}
    return sorted(targets, key=lambda w: bool(w.sentence)
                  and first_at[w.sentence] < position.get(w.key, len(pending)))


def _sentence_shown_before(item: QuizItem, others: Sequence[QuizItem],
                           feedback_counts: bool = True) -> bool:
    """Whether another question shows the article's sentence this one shows: a gap in
    it is filled by the other ("said _____ Mark Davies" beside the whole sentence, QA
    walk-through), and two questions on one sentence are one too many for a quiz. A
    gap is filled by a sentence an answer's feedback showed, too ("In the article:
    ...in the penalty area." before "...in the _____ area.", QA walk-through); not in a
    review (``feedback_counts`` False), which must ask every word due."""
    if not item.sentence:
        return False  # matching shows words and meanings only
    mine = {target.sentence for target in item.targets}
    gapped = feedback_counts and item.type in _GAPPED_TYPES
    return any((other.sentence or gapped) and mine & {t.sentence for t in other.targets}
               for other in others)


def _spelling_given_away(item: QuizItem, others: Sequence[QuizItem]) -> bool:
    """Whether a word to be typed is shown by another question of the quiz: a cloze
    sentence that blanks one word may print the spelling answer of the next."""
    typed = [(item, others)] if item.type == "spelling" else []
    typed += [(other, [item]) for other in others if other.type == "spelling"]
    return any(
        mentions(f"{shown.prompt} {shown.sentence}", spelled.lemma)
        for spelled, showing in typed
        for shown in showing
    )
