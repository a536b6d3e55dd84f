"""Quiz items a teacher would hand out: built from the learner's own reading, one right
answer each, wrong answers a learner could believe.

Six item types (``ITEM_TYPES``):

* ``meaning``  a definition (in the sense the article uses) -> choose the word;
* ``word``     a word in its sentence -> choose the definition;
* ``cloze``    the article's sentence with the word blanked; options inflected to fit;
* ``matching`` five words, five definitions;
* ``sense``    "In this sentence, *counter* means..." with the word's other senses;
* ``spelling`` the definition and the blanked sentence -> type the word.

Every item passes :func:`vocab.quiz_validate.validate_item` before it is returned;
randomness comes only from the ``rng`` passed in, so a seed gives the same quiz.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from vocab.distractors import Candidate, DistractorPool
from vocab.gloss_labels import field_label
from vocab.gloss_text import MIN_CLAUSE_WORDS, stands_alone
from vocab.noun_phrases import indefinite_article
from vocab.offensive import unfit_for_class
from vocab.quiz_items import BLANK, RECALL, QuizItem, QuizWord
from vocab.quiz_validate import (
    ANY_WORD_FITS,
    BROAD_LEXNAMES,
    CLOZE_FIT_WORDS,
    MATCHING_SIZE,
    SENSE_UPOS,
    article_before_blank,
    close_definitions,
    counted,
    defined_by_its_family,
    distractors_asked_elsewhere,
    fits_blank_too,
    gap_points_to_one_word,
    inflect,
    insulting_sense,
    interchangeable,
    kind_of_the_same,
    mentions,
    names_family,
    names_people,
    of_the_kind_defined,
    offered_as_wrong,
    reads_badly,
    said_beside,
    same_slot_forms,
    senses_not_apart,
    sentence_names_sense,
    takes_the_gaps_frame,
    usual_plural,
    validate_item,
    worded_alike,
    worded_for_its_whole_kind,
    wrong_options,
)
from vocab.wordinfo import UPOS_TO_WORDNET

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon

ITEM_TYPES: tuple[str, ...] = ("meaning", "word", "cloze", "matching", "sense", "spelling")
OPTIONS_PER_ITEM = 4
MIN_SENSE_DISTRACTORS = 2
# A fresh set of distractors is tried this many times before an item is dropped.
ATTEMPTS_PER_ITEM = 3
# Questions that blank the word in its sentence.
_GAPPED_TYPES = frozenset({"cloze", "spelling"})
# Questions that key a meaning, beside the word's sentence or alone: none for a word
# whose sense is unsure (`QuizWord.sense_sure`), which is asked in its gap (cloze).
_KEYS_A_MEANING = frozenset({"meaning", "word", "matching", "sense", "spelling"})
# Questions that ask a word whose sense is unsure, when no other question fills the
# quiz: its meaning alone, which a learner who knows the word still matches to it. A
# short story's quiz of ten had nine without them (the test's strike story).
_UNSURE_BY_MEANING = frozenset({"meaning", "matching"})


# --- building -------------------------------------------------------------------


@dataclass
class _Builder:
    lexicon: Lexicon
    pool: DistractorPool
    rng: random.Random
    asked_keys: set[tuple[str, str]] = field(default_factory=set)  # words a question asked
    asked: set[str] = field(default_factory=set)  # lemmas whose meaning a question showed
    # The quiz's words still to be asked: offered as wrong answers only when nothing
    # else will do, and then not asked (`distractors_asked_elsewhere`).
    waiting: set[str] = field(default_factory=set)
    # Lemmas earlier questions offered as wrong answers: offered again only when
    # nothing else will do.
    offered: set[str] = field(default_factory=set)

    def pick(self, w: QuizWord, count: int, accept: Callable[[Candidate], bool] | None = None,
             *, same_field: bool = False, away_from_story: bool = False) -> list[Candidate]:
        """Distractors for ``w`` that no other question of the quiz asks: a word asked
        before is ruled out at sight, and a word asked after would have its answer
        given away (a matching question's left-over meaning was the answer of a later
        "Which word means...?")."""
        def fair(c: Candidate) -> bool:
            return c.lemma not in self.asked and (accept is None or accept(c))

        return self.pool.pick(w, count, self.rng, accept=fair, spare=self.waiting,
                              same_field=same_field, offered=self.offered,
                              away_from_story=away_from_story)

    def meaning(self, w: QuizWord) -> QuizItem | None:
        def fair(c: Candidate) -> bool:
            return not kind_of_the_same(w, c.lemma, self.lexicon) \
                and not mentions(w.definition, c.lemma)

        picked = self.pick(w, OPTIONS_PER_ITEM - 1, fair, same_field=True)
        words = [(w.lemma, w.synset)] + [(c.lemma, c.synset) for c in picked]
        return self._choice(
            "meaning",
            f"Which word means “{w.definition}”?",
            "",
            w,
            [lemma for lemma, _ in words],
            words,
            0,
        )

    def cloze(self, w: QuizWord) -> QuizItem | None:
        sentence = w.blanked()
        if not sentence or w.upos in ANY_WORD_FITS or not gap_points_to_one_word(sentence,
                                                                                 w.upos):
            return None  # every distractor would be refused, after a scan of them all
        if w.upos == "NOUN" and names_people(w.lemma, w.synset, self.lexicon):
            return None  # any other person fits the gap, and a thing gives it away
        if w.upos == "NOUN" and w.plain_subject \
                and sentence_names_sense(w, self.lexicon) < CLOZE_FIT_WORDS:
            # "The _____ has also changed what farmers plant": lawmaker, irrigation; "the
            # _____ has turned hard and grey" (soil) says what it is.
            return None
        article = article_before_blank(sentence)
        answer = w.form.lower()
        forms: dict[str, str] = {}
        # "several spacecraft": a plural spelled as its singular, which the tagger may
        # call singular; the other options must be plurals too ("several sunlight").
        penn = "NNS" if w.penn == "NN" and _PLURAL_BEFORE.search(sentence) else w.penn

        def fits(c: Candidate) -> bool:
            found = inflect(c.lemma, penn)
            if not found or mentions(sentence, c.lemma):
                return False
            if penn in {"NNS", "NNPS"} and (found[0] == c.lemma.lower()
                                            or not usual_plural(c.lemma, found[0])):
                return False  # "advices"; "darkness", whose plural is no other word
            if w.bare and penn == "NN" and counted(c.lemma):
                return False  # "to prevent _____": erosion, not glove (QA walk-through)
            if fits_blank_too(w, c.lemma, self.lexicon) \
                    or said_beside(c.lemma, sentence, self.pool.story_pairs):
                return False
            if w.upos == "VERB" and not takes_the_gaps_frame(c.lemma, w.gap_frames,
                                                              self.lexicon):
                return False  # "Some were _____ from their apartments": resided
            if article and indefinite_article(found[0]) != article:
                return False
            forms[c.lemma] = found[0]
            return True

        if article and indefinite_article(answer) != article:
            return None
        # Not the story's other words, when others will do: they share its topic, and
        # a gap too often takes them ("Wanjiru's _____ has made her a hero": victory,
        # record; QA walk-through), which no check of the sentence's words tells.
        picked = self.pick(w, OPTIONS_PER_ITEM - 1, fits, away_from_story=True)
        sources = [(w.lemma, w.synset)] + [(c.lemma, c.synset) for c in picked]
        options = [answer] + [forms[c.lemma] for c in picked]
        if sentence.lstrip("“\"‘'(").startswith(BLANK):
            # The sentence's first word: "Critics say...", not "critics say..."
            options = [option[:1].upper() + option[1:] for option in options]
        return self._choice(
            "cloze",
            "Choose the word that best completes the sentence.",
            sentence,
            w,
            options,
            sources,
            0,
        )

    def word(self, w: QuizWord) -> QuizItem | None:
        def distinct(c: Candidate) -> bool:
            definition = self.pool.definition(c)
            return bool(definition) and not close_definitions(
                w.synset, definition, w.definition, self.lexicon
            ) and not names_family(definition, w.lemma, self.lexicon) \
                and not reads_badly(definition, c.lemma, self.lexicon) \
                and not worded_for_its_whole_kind(definition, c.synset, w, self.lexicon)

        picked = self.pick(w, OPTIONS_PER_ITEM - 1, distinct, same_field=True)
        sources = [(w.lemma, w.synset)] + [(c.lemma, c.synset) for c in picked]
        options = [w.definition] + [self.pool.definition(c) for c in picked]
        return self._choice(
            "word",
            f"What does “{w.shown}” mean in this sentence?" if w.sentence
            else f"What does “{w.shown}” mean?",
            w.sentence,
            w,
            options,
            sources,
            0,
        )

    def sense(self, w: QuizWord) -> QuizItem | None:
        pos = UPOS_TO_WORDNET.get(w.upos)
        if not w.synset or not w.sentence or pos is None or w.upos not in SENSE_UPOS:
            return None
        senses = self.lexicon.senses(w.lemma, pos)
        used = next((s for s in senses if s.synset == w.synset), None)
        if used is None:
            return None
        answer = self.pool.define(w.lemma, w.upos, used.synset)
        if not answer:
            return None
        others: list[tuple[str, str]] = []
        # Senses whose broader terms share a name with the one used's are two wordings
        # of one meaning to a learner: "crops" offered "the yield from plants in a
        # single growing season" and "the output of something in a season", kinds of
        # "output" both (QA walk-through).
        near_used = self._broader_names(used.synset)
        # A sense of a field the word is not used in here is no fair wrong answer:
        # "inflation" in a story of prices was offered "a brief exponential expansion
        # of the universe" (cosmology), "doubled" "make a demand for (a card or suit)"
        # (bridge) (audit): a learner weighs the word's everyday senses.
        used_field = field_label(used.definition)
        for s in senses:
            if (s.synset not in w.ruled_out or senses_not_apart(s, used, self.lexicon)
                    or field_label(s.definition) not in ("", used_field)
                    or unfit_for_class(s.definition) or insulting_sense(s, senses)
                    or _YEAR.search(s.definition)
                    or mentions(s.definition, w.lemma)
                    or near_used & self._broader_names(s.synset)):
                # ("German writer ... (born 1927)": a person, not a meaning; "bulky
                # food like grass": a sense named after the one used)
                continue
            definition = self.pool.define(w.lemma, w.upos, s.synset)
            if not definition or close_definitions(used.synset, definition, answer,
                                                   self.lexicon) \
                    or worded_alike(definition, answer):
                continue
            if any(close_definitions("", definition, d, self.lexicon) for d, _ in others):
                continue
            others.append((definition, s.synset))
            if len(others) == OPTIONS_PER_ITEM - 1:
                break
        if len(others) < MIN_SENSE_DISTRACTORS:
            return None
        options = [answer] + [d for d, _ in others]
        sources = [(w.lemma, used.synset)] + [(w.lemma, synset) for _, synset in others]
        sense_word = replace(w, definition=answer)
        return self._choice(
            "sense",
            f"In this sentence, “{w.shown}” means…",
            w.sentence,
            sense_word,
            options,
            sources,
            0,
            minimum=MIN_SENSE_DISTRACTORS + 1,
        )

    def _broader_names(self, synset: str) -> set[str]:
        broader = self.lexicon.broader(synset)
        return {broader.lemma, *broader.synonyms} if broader is not None else set()

    def spelling(self, w: QuizWord) -> QuizItem | None:
        sentence = w.blanked()
        if not sentence or not gap_points_to_one_word(sentence, w.upos):
            return None  # "_____." or "vegetables, _____ and flowers" (QA walk-through)
        answer = w.form.lower()
        others = sorted(same_slot_forms(w.lemma, w.penn, answer) - {answer})
        accepted = (answer, *others)
        hint = f"(It starts with “{answer[0]}” and has {len(answer)} letters.)"
        # The definition is the lemma's; the letters counted are the form's.
        form = ", in the form the sentence needs" if answer != w.lemma.lower() else ""
        return QuizItem(
            "spelling",
            f"Type the word that means “{w.definition}”{form}. {hint}",
            sentence,
            (w,),
            answer=answer,
            accepted=accepted,
        )

    def matching(self, words: Sequence[QuizWord]) -> QuizItem | None:
        group: list[QuizWord] = []
        for w in words:
            if defined_by_its_family(w, self.lexicon) or any(_clash(w, g, self.lexicon)
                                                            for g in group):
                continue
            group.append(w)
            if len(group) == MATCHING_SIZE:
                break
        if len(group) < MATCHING_SIZE:
            return None
        sources = [(w.lemma, w.synset) for w in group]
        definitions = [w.definition for w in group]
        extra = self._extra_meaning(group)
        if extra is not None:
            sources.append((extra.lemma, extra.synset))
            definitions.append(extra.definition)
        order = list(range(len(definitions)))
        self.rng.shuffle(order)
        return QuizItem(
            "matching",
            "Match each word with its meaning."
            + (" One meaning is left over." if extra is not None else ""),
            "",
            tuple(group),
            options=tuple(definitions[i] for i in order),
            matches=tuple(order.index(i) for i in range(MATCHING_SIZE)),
            option_sources=tuple(sources[i] for i in order),
        )

    def _extra_meaning(self, group: Sequence[QuizWord]) -> QuizWord | None:
        """One meaning more than there are words, of a word not asked: a matched
        meaning is not offered again, so without it the last word would have one
        meaning left, its answer given away."""
        def as_word(c: Candidate) -> QuizWord:
            return QuizWord(c.lemma, c.upos, c.lemma, "", "", self.pool.definition(c), c.synset)

        # Nor of a field (WordNet's "noun.state"...) a matched word's sense is of: "any
        # sensation or change in bodily function" (symptom) was left over beside
        # "tiredness", which it fits too (audit). The frequency list has words enough
        # of other fields. (An adjective's or adverb's field is no field: "adj.all".)
        fields = {self.pool.field_of_sense(g.synset) for g in group} - {""} - BROAD_LEXNAMES

        def distinct(c: Candidate) -> bool:
            word = as_word(c)
            return bool(word.definition) and not any(_clash(word, g, self.lexicon) for g in group) \
                and not reads_badly(word.definition, c.lemma, self.lexicon) \
                and self.pool.field_of_sense(c.synset) not in fields

        picked = self.pick(group[0], 1, distinct)
        return as_word(picked[0]) if picked else None

    def _choice(
        self,
        kind: str,
        prompt: str,
        sentence: str,
        w: QuizWord,
        options: list[str],
        sources: list[tuple[str, str]],
        answer: int,
        minimum: int = OPTIONS_PER_ITEM,
    ) -> QuizItem | None:
        if len(options) < minimum:
            return None
        order = list(range(len(options)))
        self.rng.shuffle(order)
        shuffled = tuple(options[i] for i in order)
        index = order.index(answer)
        return QuizItem(
            kind,
            prompt,
            sentence,
            (w,),
            options=shuffled,
            answer_index=index,
            answer=shuffled[index],
            option_sources=tuple(sources[i] for i in order),
        )


def _clash(a: QuizWord, b: QuizWord, lexicon: Lexicon) -> bool:
    """Two words that cannot share a matching item: one could match the other's
    definition (as one of the kind it names: "a tiny piece of anything" fits fragments
    too), a definition names one of them, or both are of one sentence, which their
    feedback shows twice."""
    return (
        a.lemma == b.lemma
        or bool(a.sentence) and a.sentence == b.sentence
        or of_the_kind_defined(a, b.definition, lexicon)
        or of_the_kind_defined(b, a.definition, lexicon)
        or a.definition.casefold() == b.definition.casefold()
        or interchangeable(a.lemma, a.synset, a.upos, b.lemma, lexicon)
        or interchangeable(b.lemma, b.synset, b.upos, a.lemma, lexicon)
        or mentions(a.definition, b.lemma)
        or mentions(b.definition, a.lemma)
        or mentions(a.definition, a.lemma)
        or mentions(b.definition, b.lemma)
    )


# A year in a gloss marks a person or a place WordNet lists under the word.
_YEAR = re.compile(r"\b1[0-9]{3}\b|\b20[0-9]{2}\b")
# Words after which only a plural noun fits.
_PLURAL_BEFORE = re.compile(
    rf"\b(?:several|many|few|fewer|these|those|both|various|numerous|two|three|four|five"
    rf"|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of|millions of)"
    rf"\s+{re.escape(BLANK)}", re.IGNORECASE)


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
) -> list[QuizItem]:
    """Up to ``n`` valid items about ``targets`` (earlier targets first), cycling
    through ``types`` so the quiz mixes them. Each word is asked once: a second
    question on it is answered by the first one's feedback (a short story's quiz
    blanked "bakery" in its sentence, then asked which word means "a workplace where
    baked goods are produced"), so a story with fewer words than ``n`` gives fewer
    questions. ``reserve``: words asked, in order, only when no question of any type
    can be made of ``targets``, until the quiz has ``n``. ``review``: the learner's due
    words, whose feedback is no story's sentence (`_sentence_shown_before`)."""
    unknown = set(types) - set(ITEM_TYPES)
    if unknown:
        raise ValueError(f"unknown item types: {', '.join(sorted(unknown))}")
    targets = [asked_without_its_family(w, lexicon) for w in targets]
    reserve = [asked_without_its_family(w, lexicon) for w in reserve]
    builder = _Builder(lexicon, pool, rng)
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
    while len(items) < n:
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
                 and not _offered_already(w, items)]
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
    builder: _Builder,
    lexicon: Lexicon,
    shown_before: Sequence[QuizItem] = (),
    feedback_counts: bool = True,
    unsure_alone: bool = False,
) -> QuizItem | None:
    pending = targets
    if kind in _KEYS_A_MEANING and not (unsure_alone and kind in _UNSURE_BY_MEANING):
        # A meaning keyed beside a sentence that may use another one has two answers, or
        # none: "its seizure of the peninsula" spelt from "a sudden occurrence of a
        # disease" (audit). Keyed with no sentence, it is taught as the word's meaning
        # where the story means another: "Russia's initiative to develop legally binding
        # security" keyed "readiness to embark on bold new ventures", "the dusty
        # surface" "overlaid or spread or topped with or enclosed within something"
        # (audit: 13 of 175 questions). A word whose sense is unsure is asked in its gap,
        # and by its meaning alone only when nothing else fills the quiz.
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
