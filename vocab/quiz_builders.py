"""The six question builders of a quiz: `ItemBuilder` makes a question of each type
about a word (`vocab.quiz.ITEM_TYPES`), picking its wrong answers from a
`DistractorPool` by the checks the validator makes too (`vocab.quiz_relations`,
`vocab.quiz_gaps`, `vocab.quiz_family`): a cloze's options inflected to fit its gap, a
sense question's only among the senses the sentence rules out, a matching question's
words none of which fits another's meaning. It keeps what the quiz has asked and
offered so far; `vocab.quiz.assemble` decides which word each type asks, and validates
each question made.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from vocab.distractors import Candidate, DistractorPool
from vocab.gloss_labels import field_label
from vocab.noun_phrases import indefinite_article
from vocab.offensive import insulting_sense, unfit_for_class
from vocab.quiz_family import defined_by_its_family, names_family
from vocab.quiz_forms import counted, inflect, mentions, same_slot_forms, usual_plural
from vocab.quiz_gaps import (
    ANY_WORD_FITS,
    CLOZE_FIT_WORDS,
    article_before_blank,
    ends_its_clause,
    fits_blank_too,
    gap_points_to_one_word,
    names_people,
    said_beside,
    sentence_names_sense,
    takes_the_gaps_frame,
)
from vocab.quiz_items import BLANK, QuizItem, QuizWord
from vocab.quiz_relations import (
    BROAD_LEXNAMES,
    close_definitions,
    interchangeable,
    kind_of_the_same,
    of_the_kind_defined,
    senses_not_apart,
    worded_alike,
    worded_for_its_whole_kind,
)
from vocab.quiz_validate import MATCHING_SIZE, SENSE_UPOS, reads_badly, wording_core
from vocab.wordinfo import UPOS_TO_WORDNET

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon

OPTIONS_PER_ITEM = 4
MIN_SENSE_DISTRACTORS = 2


@dataclass
class ItemBuilder:
    """Makes one question of a given type about a word (`meaning`, `cloze`, `word`,
    `sense`, `spelling`, `matching`: the method of that name), its wrong answers drawn
    from ``pool`` with ``rng``; remembers what the quiz has asked and offered so far."""

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
        if w.describes_noun:
            return None  # "buy new _____ equipment": scanning, and cooking, advertising
        if w.upos == "NOUN" and names_people(w.lemma, w.synset, self.lexicon):
            return None  # any other person fits the gap, and a thing gives it away
        if w.upos == "NOUN" and w.before_complement:
            # "called the _____ unfair" (sanctions) took "monopolies": any noun the verb
            # takes and the adjective describes fits, whatever the rest of the sentence
            # says (its "country" and "said" had counted as naming the sense; a story
            # of my own).
            return None
        if w.upos == "NOUN" and (w.plain_subject or w.before_noun
                                 or ends_its_clause(sentence)) \
                and sentence_names_sense(w, self.lexicon) < CLOZE_FIT_WORDS:
            # "The _____ has also changed what farmers plant": lawmaker, irrigation; "the
            # _____ has turned hard and grey" (soil) says what it is. Nor a noun that ends
            # its clause, told only by the word before it: "Critics doubt that it will
            # work for every _____." (species) took pipes, ports and radios, "to build a
            # free phone _____." (application) camera (stories of my own). Nor one that
            # only describes the noun after it: "_____ officials fear..." (tourism) took
            # "Neighborhood" and "Suburb" (task audit).
            return None
        article = article_before_blank(sentence)
        answer = w.form.lower()
        forms: dict[str, str] = {}
        # "several spacecraft": a plural spelled as its singular, which the tagger may
        # call singular; the other options must be plurals too ("several sunlight").
        # Not the first of two nouns, whose gap takes singulars ("many _____ plans":
        # insurance, not "many sharks plans", which only the answer's form had ruled
        # out; a story of my own).
        penn = "NNS" if w.penn == "NN" and not w.before_noun \
            and _PLURAL_BEFORE.search(sentence) else w.penn

        def fits(c: Candidate) -> bool:
            # Whether it fits the gap's meaning first: that refuses nearly every word
            # (~97%), and is kept for the next try (`fits_blank_too`).
            if fits_blank_too(w, c.lemma, self.lexicon):
                return False
            found = inflect(c.lemma, penn)
            if not found or mentions(sentence, c.lemma):
                return False
            if penn in {"NNS", "NNPS"} and (found[0] == c.lemma.lower()
                                            or not usual_plural(c.lemma, found[0])):
                return False  # "advices"; "darkness", whose plural is no other word
            if w.bare and penn == "NN" and counted(c.lemma):
                return False  # "to prevent _____": erosion, not glove (QA walk-through)
            if said_beside(c.lemma, sentence, self.pool.story_pairs):
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
        # The wrong meanings accepted so far: two of them alike ("a quantity of no
        # importance" twice, one "(another word for nothing)") are one meaning shown
        # twice, which a learner rules out together.
        accepted: list[str] = []

        def distinct(c: Candidate) -> bool:
            definition = self.pool.definition(c)
            fair = bool(definition) and not close_definitions(
                w.synset, definition, w.definition, self.lexicon
            ) and not names_family(definition, w.lemma, self.lexicon) \
                and not reads_badly(definition, c.lemma, self.lexicon) \
                and not worded_for_its_whole_kind(definition, c.synset, w, self.lexicon) \
                and not any(close_definitions("", definition, other, self.lexicon)
                            or wording_core(definition) == wording_core(other)
                            for other in accepted)
            if fair:
                accepted.append(definition)
            return fair

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
        or wording_core(a.definition) == wording_core(b.definition)
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
