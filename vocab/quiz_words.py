"""What a quiz asks about: the difficult words of an article, or the learner's saved
words with the sentences they were met in; and the quizzes built from them. An
article's words are chosen here, each in its best sentence; whether the sense a word
is keyed in is sure is judged in `vocab.quiz_keys`, and a saved word is made a quiz
target in `vocab.saved_words`."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from vocab.candidates import reading_at, verb_of_unused_gerund
from vocab.compounds import words_read_in_compounds
from vocab.definitions import define, quiz_meaning
from vocab.difficulty import DEFAULT_PROFILE, difficult_for
from vocab.distractors import (
    Candidate,
    Definer,
    DistractorPool,
    as_the_article_offers,
    is_number_word,
)
from vocab.expression_use import words_read_in_expressions
from vocab.glossary import own_level_words
from vocab.lexicon import without_attribution
from vocab.models import (
    OBJECT_FRAMES,
    QUIZ_QUESTIONS,
    WITH_OBJECT_FRAMES,
    Article,
    GlossaryEntry,
    LearnerProfile,
    Level,
    Sense,
    Token,
    WordKey,
    WordStatus,
    is_subheading,
)
from vocab.quiz import ITEM_TYPES, assemble
from vocab.quiz_adjectives import adjective_sense_against
from vocab.quiz_forms import forms_pattern
from vocab.quiz_gaps import names_people
from vocab.quiz_items import QUIZ_UPOS, QuizItem, QuizWord
from vocab.quiz_keys import (
    CONTEXT_WORDS_FOR_SENSE,
    clear_sense,
    ranked_here,
    ruled_out_senses,
    usual_in_its_field,
)
from vocab.saved_words import SavedWord, saved_word
from vocab.sense_cues import sentence_context
from vocab.sense_filters import PERSON_OBJECT_FRAMES, THING_OBJECT_FRAMES
from vocab.senses import voa_label
from vocab.sentence_cues import bare_singular_noun, before_infinitive, plain_subject
from vocab.verb_objects import frames_here, object_head, that_clause_after
from vocab.wordinfo import UPOS_TO_WORDNET, word_forms

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.engine import Engine
    from vocab.lexicon import Lexicon

# Words at or above this level may serve as distractors though the learner is not
# asked about them: hard enough to be believable.
DISTRACTOR_LEVEL = Level.B1
# Fewer difficult words than this and the article's rarest other words at the
# learner's level (and at least A2: never "go" or "big") join the quiz, so an easy
# text still gives a full quiz; easier ones did too ("desk", "gym", "cafe" for a B1
# learner, QA walk-through), and each answer put one on the learning list. Sixteen
# words make ten questions without asking a word twice (a matching question asks five).
MIN_TARGETS = 16
MIN_TARGET_LEVEL = Level.A2
# How many of the rarest words of their own level a learner below B1 is asked (about a
# glossary's share of a story).
OWN_LEVEL_TARGETS = 5
# More of those words, asked only when the others cannot make ten questions: a word
# whose every question is unfair is left out, and the strike story's sixteen words
# made nine (QA walk-through). Ten words more fill ten questions whatever fails.
RESERVE_TARGETS = 10
# Words the learner has settled are never asked about in an article's quiz.
SETTLED = frozenset({WordStatus.KNOWN, WordStatus.IGNORED})
# A sentence this short gives too little context; this long is a paragraph to read.
SENTENCE_WORDS = (6, 45)


def article_quiz(
    engine: Engine,
    analysis: Analysis,
    *,
    rng: random.Random,
    n: int = QUIZ_QUESTIONS,
    types: Sequence[str] = ITEM_TYPES,
    profile: LearnerProfile = DEFAULT_PROFILE,
    article_id: int | None = None,
    asked: Mapping[WordKey, int] | None = None,
    given_up: Callable[[], bool] = lambda: False,
) -> list[QuizItem]:
    """A quiz on the article's difficult words, its "Words in This Story" first;
    ``asked``: how often the learner answered about each word in earlier quizzes of
    the article (`Store.times_asked`), so a quiz taken again asks other words first;
    ``given_up``: whether the quiz is still wanted (`quiz.assemble`)."""
    glossary = engine.glossary(analysis, profile)
    targets, reserve, others = _article_words(engine, analysis, profile,
                                              article_id=article_id, glossary=glossary)
    rng.shuffle(targets)
    ordered = _asking_order(targets, glossary, asked or {})
    pool = DistractorPool([*_candidates(targets, preferred=True), *others], engine.lexicon,
                          engine.words, definer=definer_for(engine, profile),
                          names={t.text.lower() for t in analysis.tokens if t.proper_noun},
                          story=analysis.article.body)
    # Asked in the order made: a word a question has shown with its meaning is then
    # offered as a wrong answer only when no other will do (`DistractorPool.pick`).
    return assemble(ordered, pool, engine.lexicon, rng=rng, n=n, types=types,
                    reserve=_asking_order(reserve, glossary, asked or {}), given_up=given_up)


def why_no_quiz(analysis: Analysis, profile: LearnerProfile = DEFAULT_PROFILE) -> str:
    """Why an article's quiz came out empty, as a sentence to show: a C1 learner's
    148-word story was "too few words to quiz" (QA walk-through) when no word of it
    was above their level, which the learner can do something about."""
    if not any(difficult_for(token, profile) for token in analysis.tokens if token.is_word):
        return (f"No word in this article is above your level ({profile.level.value}): "
                "choose a harder article to quiz, or a lower level in Settings.")
    return "This article has too few words to quiz."


def _settled(word: QuizWord, profile: LearnerProfile) -> bool:
    """Known or ignored as the word is asked: a participle asked as an adjective
    ("binding") is marked under that name, not under its verb's."""
    return profile.status_of(word.lemma, word.upos) in SETTLED


def _asking_order(words: list[QuizWord], glossary: list[GlossaryEntry],
                  asked: Mapping[WordKey, int]) -> list[QuizWord]:
    """``words`` whose sense is sure first, among them the words asked least before,
    and among those the glossary's words first (a stable reorder): a quiz that cannot
    ask all of them leaves out the unsure, and one taken again asks new words."""
    glossed = {e.lemma.lower() for e in glossary} | {e.word.lower() for e in glossary}
    return sorted(words, key=lambda w: (
        not w.sense_sure, asked.get(w.key, 0),
        w.lemma not in glossed and w.form.lower() not in glossed))


def review_quiz(
    engine: Engine,
    due: Sequence[SavedWord],
    others: Sequence[SavedWord] = (),
    *,
    rng: random.Random,
    n: int = QUIZ_QUESTIONS,
    types: Sequence[str] = ITEM_TYPES,
    profile: LearnerProfile = DEFAULT_PROFILE,
    last_ways: Mapping[WordKey, str] | None = None,
) -> list[QuizItem]:
    """A review of the learner's due words, most overdue first, mixing item types;
    distractors come from the learner's other words first. Each due word is asked
    about once, and not the way it was last asked (``last_ways``, `quiz.assemble`)."""
    define = definer_for(engine, profile)
    targets = [_with_its_gap_read(_without_compound_sentence(w, engine), engine) for row in due
               if (w := saved_word(row, engine.lexicon, engine.words, define))]
    keys = {w.store_key for w in targets}
    extra = [
        w
        for row in others
        if (row.lemma, row.upos) not in keys
        and (w := saved_word(row, engine.lexicon, engine.words, define))
    ]
    pool = DistractorPool(as_the_article_offers(_candidates([*targets, *extra], preferred=True),
                                                engine.lexicon),
                          engine.lexicon, engine.words, definer=define)
    kinds = list(types)
    rng.shuffle(kinds)
    # Each due word once: a second question is a second review of the same card in
    # one sitting, and the first one's feedback gives its answer away.
    return assemble(targets, pool, engine.lexicon, rng=rng, n=min(n, len(targets)),
                    types=kinds, review=True, last_ways=last_ways)


def _without_compound_sentence(word: QuizWord, engine: Engine) -> QuizWord:
    """A saved word whose sentence uses it only inside a compound read with it ("nest
    egg" for "egg", saved before the quiz kept to `vocab.compounds`' rule) asked without
    that sentence, as a word saved from a heading is: the quiz asks no compound."""
    if word.sentence and engine.only_in_compounds(word.sentence, word.form, word.lemma):
        return replace(word, sentence="", start=-1)
    return word


def _with_its_gap_read(word: QuizWord, engine: Engine) -> QuizWord:
    """A saved word with what its sentence's grammar says of its gap, read as an
    article's word is (`_article_word`): a verb's frames and the noun it acts on, a
    noun's bare, plain-subject and before-a-noun uses. A review's gap had none of them,
    and offered verbs that act on its object too (`vocab.quiz_gaps.fits_blank_too`)."""
    if word.start < 0 or word.upos not in ("VERB", "NOUN"):
        return word
    analysis = engine.analyse(Article("", word.sentence, ((0, len(word.sentence)),)))
    tokens = analysis.tokens
    index = next((i for i, token in enumerate(tokens) if token.start == word.start), None)
    if index is None or tokens[index].upos != word.upos:
        return word  # read as another part of speech here: nothing sure to add
    if word.upos == "VERB":
        return replace(word, gap_frames=frames_here(tokens, index),
                       describes_noun=word.penn == "VBG" and _describes_a_noun(tokens, index),
                       gap_object=object_noun(tokens, index),
                       gap_infinitive=object_told_to_act(tokens, index),
                       gap_person=done_to_a_person(tokens, index,
                                                   _frames_of(word, engine.lexicon),
                                                   engine.lexicon))
    return replace(word, bare=bare_singular_noun(tokens, index),
                   plain_subject=_plain_noun_subject(tokens, index),
                   before_noun=_before_a_noun(tokens, index),
                   before_complement=before_complement(tokens, index))


def _frames_of(word: QuizWord, lexicon: Lexicon) -> frozenset[int]:
    """WordNet's sentence frames for the saved word in its sense (none when unknown)."""
    sense = next((s for s in lexicon.senses(word.lemma, "v") if s.synset == word.synset), None)
    return frozenset(sense.frames) if sense is not None else frozenset()


def article_words(
    engine: Engine,
    analysis: Analysis,
    profile: LearnerProfile = DEFAULT_PROFILE,
    *,
    article_id: int | None = None,
    glossary: Sequence[GlossaryEntry] | None = None,
) -> tuple[list[QuizWord], list[Candidate]]:
    """The words to ask about (difficult for ``profile`` or in the glossary, one per
    lemma, each in its best sentence) and the article's other believable words.

    Definitions are the glossary's (VOA's own, or the engine's wording of the sense
    used) so the quiz and "Words in This Story" agree; other words are worded by
    the same engine (``vocab.definitions.define``)."""
    targets, _, others = _article_words(engine, analysis, profile, article_id=article_id,
                                        glossary=glossary)
    return targets, others


def _article_words(
    engine: Engine,
    analysis: Analysis,
    profile: LearnerProfile,
    *,
    article_id: int | None,
    glossary: Sequence[GlossaryEntry] | None,
) -> tuple[list[QuizWord], list[QuizWord], list[Candidate]]:
    """`article_words`, and between them the words a quiz asks when those run out
    (`RESERVE_TARGETS`), which stay the article's believable words too."""
    entries = engine.glossary(analysis, profile) if glossary is None else glossary
    by_word = {e.lemma.lower(): e for e in entries if " " not in e.lemma}
    by_word.update({e.word.lower(): e for e in entries if " " not in e.word})
    define = definer_for(engine, profile)
    occurrences: dict[tuple[str, str], list[int]] = {}
    # "turned the offer down" asks nothing of "turn": it means "refuse" there.
    in_phrasal_verbs = words_read_in_expressions(analysis)  # and idioms: "shed light on"
    for index, token in enumerate(analysis.tokens):
        if token.upos in QUIZ_UPOS and token.is_word and not token.proper_noun \
                and index not in in_phrasal_verbs and not _in_a_name(analysis.tokens, index):
            occurrences.setdefault((token.lemma, token.upos), []).append(index)
    # Nor a word by its own meaning where a compound means what it alone does not ("the
    # last straw"): it is asked at its other uses, if any. The quiz asks no compound
    # itself: it has no question for two words.
    in_compounds = words_read_in_compounds(
        analysis, [i for indices in occurrences.values() for i in indices], engine.senses)
    occurrences = {key: alone for key, indices in occurrences.items()
                   if (alone := [i for i in indices if i not in in_compounds])}
    # The story's words by part of speech, read once per quiz: built per word, they
    # took ~7% of a long story's quiz (cProfile).
    story = story_lemmas(analysis)
    targets: list[QuizWord] = []
    rest: list[list[int]] = []
    for indices in occurrences.values():
        first = analysis.tokens[indices[0]]
        if profile.status_of_token(first) in SETTLED:
            continue  # known or ignored: the learner said so, even of VOA's own words
        entry = by_word.get(first.lemma) or by_word.get(first.text.lower())
        if entry is not None and _glossed_in_another_use(entry, first, occurrences):
            continue  # "said principal Diane Morales" (read as an adjective) is the noun
        if entry is not None and _below_the_learner(entry, first, profile):
            entry = None  # glossed for want of harder words: the learner knows it
        if entry is not None or difficult_for(first, profile):
            word = _article_word(engine, analysis, _best_occurrence(engine, analysis, indices),
                                 entry.definition if entry else "", define, article_id,
                                 by_voa=entry is not None and entry.source == "article",
                                 story=story)
            if word is not None and not _asked_already(word, targets) \
                    and not _settled(word, profile):
                targets.append(word)
        elif first.level is not None and first.level >= MIN_TARGET_LEVEL:
            rest.append(indices)
    # An easy article has few difficult words: its rarest other words are the ones
    # a learner at its level is still learning, so they fill the quiz.
    rest.sort(key=lambda indices: (analysis.tokens[indices[0]].zipf, indices[0]))
    others: list[Candidate] = []
    reserve: list[QuizWord] = []
    fill_level = max(MIN_TARGET_LEVEL, profile.level)
    # A learner below B1 is still learning the words of their own level, which their
    # glossary leaves out while harder words fill it: the few it ranks best are asked
    # anyway ("brave", "lane" in a story of bike lanes).
    own_level = set(own_level_words(analysis, engine.senses, engine.words, profile,
                                    OWN_LEVEL_TARGETS)) if profile.level < Level.B1 else set()
    for indices in rest:
        level = analysis.tokens[indices[0]].level
        filling = len(targets) < MIN_TARGETS or analysis.tokens[indices[0]].lemma in own_level
        if (filling or len(reserve) < RESERVE_TARGETS) and level is not None \
                and level >= fill_level:
            word = _article_word(engine, analysis, _best_occurrence(engine, analysis, indices), "",
                                 define, article_id, story=story)
            if word is not None and not _asked_already(word, [*targets, *reserve]) \
                    and not _settled(word, profile):
                (targets if filling else reserve).append(word)
            if filling:
                continue
        first = analysis.tokens[indices[0]]
        headword = _dictionary_lemma(first, engine.lexicon)
        if headword and first.level is not None and first.level >= DISTRACTOR_LEVEL:
            sense, _ = engine.senses.choose(analysis, indices[0])
            if sense is not None:
                others.append(Candidate(headword, first.upos, first.zipf, synset=sense.synset))
    return targets, reserve, others


def story_lemmas(analysis: Analysis) -> dict[str, frozenset[str]]:
    """The story's words in lower case, by part of speech ("NOUN" -> its nouns' lemmas):
    what `clear_sense` reads as the story's other words of the asked word's kind."""
    found: dict[str, set[str]] = {}
    for token in analysis.tokens:
        if token.is_word:
            found.setdefault(token.upos, set()).add(token.lemma.lower())
    return {upos: frozenset(lemmas) for upos, lemmas in found.items()}


def _in_a_name(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` is written with a capital inside its sentence, as a
    word of a name is: "Dear VOA Learning English," asked what "learning" means there
    (audit); the tagger reads such words as common nouns when the name is made of them.
    A sentence's first word, or one after an opening quotation mark or a bracket, has
    its capital anyway."""
    text = tokens[index].text
    if not (text[:1].isupper() and text[1:].islower()) or index == 0:
        return False
    before = tokens[index - 1]
    return before.sentence == tokens[index].sentence and before.is_word


def _asked_already(word: QuizWord, targets: Sequence[QuizWord]) -> bool:
    """Whether a target is already one word of the article by another tag: "protected"
    as an adjective (lemma "protected") and as a verb (lemma "protect") is one word to
    a learner, and asking it three times in one quiz gives it away; or another word
    of the same meaning ("flu", "influenza"): "Which word means 'an acute febrile
    highly contagious viral disease'?" asked twice had two right answers."""
    return any(
        word.lemma in word_forms(other.lemma) or other.lemma in word_forms(word.lemma)
        or (word.synset and word.synset == other.synset)
        for other in targets
    )


def _in_heading(analysis: Analysis, sentence: int) -> bool:
    """Whether a sentence of the analysis is a heading, not a sentence to show in a
    question: a subheading, or a line that reads as one beside another short line
    (`Article.subheadings` takes those for a list: "Part two", "A new approach")."""
    return analysis.in_subheading(sentence) or is_subheading(
        analysis.sentence_text(sentence).strip())


def _best_occurrence(engine: Engine, analysis: Analysis, indices: list[int]) -> int:
    """The occurrence in a sentence, not a heading, of readable length that uses the
    word only once; among those, the one whose sentence says most of
    the sense used (`_sense_words_at`): "I had to choose which _____ to save." took
    "economists" as well as "crops", where the story's next paragraph has "thirsty
    crops such as rice and cotton" (a story of my own)."""

    # Read once per sentence: a run-on text's 400 "tomatoes" were in one 10,400-word
    # sentence, read 400 times (11 s of a quiz's 25, QA walk-through).
    @cache
    def sentence_score(sentence_index: int, lemma: str) -> tuple[bool, bool, bool]:
        sentence = analysis.sentence_text(sentence_index)
        words = len(sentence.split())
        once = len(forms_pattern(lemma).findall(sentence)) == 1
        readable = SENTENCE_WORDS[0] <= words <= SENTENCE_WORDS[1]
        return (_in_heading(analysis, sentence_index), not once, not readable)

    def score(index: int) -> tuple[bool, bool, bool, int]:
        token = analysis.tokens[index]
        return (*sentence_score(token.sentence, token.lemma), index)

    best = min(indices, key=score)
    fit = [i for i in indices if score(i)[:3] == score(best)[:3]]
    if len(fit) < 2:
        return best
    # A sentence says the sense when it has `CONTEXT_WORDS_FOR_SENSE` of its words (as
    # `vocab.quiz_keys` counts them); one word is often chance ("restrictions over its
    # treatment of ethnic Uyghur Muslims", a sentence another word is asked in, over
    # "faced economic and other restrictions from the West").
    said = {index: count if count >= CONTEXT_WORDS_FOR_SENSE else 0
            for index, count in _sense_words_at(engine, analysis, fit).items()}
    # Nor, when it can, where a noun is a plain subject in a sentence that does not say
    # its sense, whose gap is then no cloze (`ItemBuilder.cloze`): "the council rejected the
    # proposal" had won over "it ended a dispute that had divided the council" (a story
    # of my own).
    return min(fit, key=lambda index: (not said[index]
                                       and _plain_noun_subject(analysis.tokens, index),
                                       -said[index], index))


def _before_a_noun(tokens: Sequence[Token], index: int) -> bool:
    """Whether a noun of the same sentence follows the token: "insurance" in "many
    insurance plans"."""
    after = index + 1
    return after < len(tokens) and tokens[after].sentence == tokens[index].sentence \
        and tokens[after].upos == "NOUN"


# Tags of a noun's determiner or possessive between a verb and its object noun.
_DETERMINER_TAGS = frozenset({"DT", "PDT", "PRP$", "POS", "CD"})
# Tags of the adjective said of an object ("called the plan unrealistic").
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR"})


def before_complement(tokens: Sequence[Token], index: int) -> bool:
    """Whether the noun at ``index`` is a verb's object with an adjective said of it
    right after it, which describes no noun after it: "called the sanctions unfair and
    said...", "found the targets unrealistic." (what a verb of judging or making says
    of its object), not "the price rose sharply" nor "left the door open to new
    ideas" (an adjective before a noun)."""
    sentence = tokens[index].sentence
    after = index + 1
    if after >= len(tokens) or tokens[after].sentence != sentence \
            or tokens[after].pos not in _ADJECTIVE_TAGS:
        return False
    past = after + 1
    if past < len(tokens) and tokens[past].sentence == sentence \
            and tokens[past].upos in ("NOUN", "ADJ", "PROPN"):
        return False
    before = index - 1
    while before >= 0 and tokens[before].sentence == sentence \
            and tokens[before].pos in _DETERMINER_TAGS:
        before -= 1
    return before >= 0 and tokens[before].sentence == sentence \
        and tokens[before].upos == "VERB"


# What stands before a noun phrase's describing words: "a", "new", "their", "two".
_BEFORE_A_DESCRIBING_WORD = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD"})


def _describes_a_noun(tokens: Sequence[Token], index: int) -> bool:
    """Whether the "-ing" form at ``index`` stands inside a noun phrase before its noun
    ("new scanning equipment", "a smuggling ring"), not before its object ("began
    shipping cars")."""
    return index > 0 and _before_a_noun(tokens, index) \
        and tokens[index - 1].sentence == tokens[index].sentence \
        and tokens[index - 1].pos in _BEFORE_A_DESCRIBING_WORD


def object_noun(tokens: Sequence[Token], index: int) -> str:
    """The lemma of the head noun of the object right after the verb at ``index``
    (`object_head`: "clear the dry garden plants" -> "plant"); "" when no common noun
    is its object (a name, a pronoun, a clause, nothing: "said the plan was late")."""
    if frames_here(tokens, index) != WITH_OBJECT_FRAMES:
        return ""
    head = object_head(tokens, index)
    if head is None or tokens[head].upos != "NOUN" or tokens[head].proper_noun:
        return ""
    return tokens[head].lemma.lower()


def object_told_to_act(tokens: Sequence[Token], index: int) -> bool:
    """Whether the object right after the verb at ``index`` is followed by "to" and a
    verb's base form ("urged both sides to protect civilians"), not by a place ("sent
    troops to the region"): the frame "Somebody ----s somebody to INFINITIVE"."""
    if frames_here(tokens, index) != WITH_OBJECT_FRAMES:
        return False
    head = object_head(tokens, index)
    if head is None or head + 2 >= len(tokens):
        return False
    to, verb = tokens[head + 1], tokens[head + 2]
    return (to.text.lower() == "to" and to.pos == "TO" and verb.pos == "VB"
            and verb.sentence == tokens[index].sentence)


# Pronouns that say a passive's subject is a person: "she was sentenced".
_PERSON_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "who", "whom"})


def done_to_a_person(tokens: Sequence[Token], index: int, frames: frozenset[int],
                     lexicon: Lexicon) -> bool:
    """Whether the verb at ``index`` is a passive ("was arrested") whose subject, what it
    acts on, is a person: its sense (WordNet's ``frames`` for it) takes only a person
    as its object, or the subject is a personal pronoun or a noun naming people, past a
    clause between commas ("The mayor, who led the town, was arrested")."""
    if tokens[index].pos != "VBN" or frames_here(tokens, index) != OBJECT_FRAMES:
        return False
    if frames & PERSON_OBJECT_FRAMES and not frames & THING_OBJECT_FRAMES:
        return True
    sentence = tokens[index].sentence
    at = index - 1
    while at >= 0 and tokens[at].sentence == sentence:
        token = tokens[at]
        if token.upos == "AUX" or token.pos.startswith("RB"):
            at -= 1
        elif token.text == ",":  # a clause between commas: its noun is not the subject
            at -= 1
            while at >= 0 and tokens[at].sentence == sentence and tokens[at].text != ",":
                at -= 1
            at -= 1
        else:
            break
    if at < 0 or tokens[at].sentence != sentence:
        return False
    subject = tokens[at]
    if subject.text.lower() in _PERSON_PRONOUNS:
        return True
    return subject.pos in ("NN", "NNS") and not subject.proper_noun \
        and names_people(subject.lemma.lower(), "", lexicon)


def _plain_noun_subject(tokens: Sequence[Token], index: int) -> bool:
    return tokens[index].upos == "NOUN" and (plain_subject(tokens, index)
                                             or _counted_subject(tokens, index)
                                             or _subject_of_a_participle(tokens, index)
                                             or _opens_before_a_helper(tokens, index))


# The tags of a helping verb's forms right after a subject: "is", "has", "had"; the
# modals ("will", "could") by their own tag.
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})
_HELPER_LEMMAS = frozenset({"be", "have"})


def _opens_before_a_helper(tokens: Sequence[Token], index: int) -> bool:
    """Whether the common noun at ``index`` opens its sentence, bare, with a helping verb
    right after it: "Construction is expected to begin in the spring" says as little of
    what begins as "The _____ has also changed..." does (`plain_subject`, which leaves a
    bare opener alone for the verb it does: "Landslides blocked two roads")."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return token.pos in ("NN", "NNS") and not token.proper_noun \
        and (index == 0 or tokens[index - 1].sentence != token.sentence) \
        and after is not None and after.sentence == token.sentence \
        and (after.pos == "MD" or after.pos in _FINITE_TAGS and after.lemma in _HELPER_LEMMAS)


# Words of quantity that stand before a subject as a determiner does: "more arrests
# were likely", "many farmers say".
_QUANTITY_WORDS = frozenset({"more", "most", "many", "much", "few", "fewer", "less",
                             "several", "some", "all", "both", "other", "enough"})


def _counted_subject(tokens: Sequence[Token], index: int) -> bool:
    """Whether the common noun at ``index`` is a subject with only a word of quantity
    before it and its verb right after, as a plain subject (`plain_subject`) is with a
    determiner: "Prosecutors said more _____ were likely in the coming weeks" (arrests)
    took "appeals", and indictments or resignations fit as well (a story of my own)."""
    token = tokens[index]
    if token.pos not in ("NN", "NNS") or token.proper_noun or index == 0:
        return False
    before = tokens[index - 1]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return before.sentence == token.sentence and before.text.lower() in _QUANTITY_WORDS \
        and after is not None and after.sentence == token.sentence \
        and after.pos.startswith(("VB", "MD"))


# What may stand before a participle that describes a subject: "the", "their", "two".
_BEFORE_A_PARTICIPLE = frozenset({"DT", "PRP$", "CD"})


def _subject_of_a_participle(tokens: Sequence[Token], index: int) -> bool:
    """Whether the common noun at ``index`` is a subject with only a participle and a
    determiner or a word of quantity before it, and its verb right after: "many
    planned _____ were postponed" (operations) took "films" and "expenses" (task
    audit). What was done to a thing ("planned", "expected", "proposed") says as
    little of what it is as the verb after it does."""
    token = tokens[index]
    if token.pos not in ("NN", "NNS") or token.proper_noun or index < 2:
        return False
    participle, first = tokens[index - 1], tokens[index - 2]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return participle.pos == "VBN" and first.sentence == token.sentence \
        and (first.pos in _BEFORE_A_PARTICIPLE or first.text.lower() in _QUANTITY_WORDS) \
        and after is not None and after.sentence == token.sentence \
        and after.pos.startswith(("VB", "MD"))


def _sense_words_at(engine: Engine, analysis: Analysis, indices: list[int]) -> dict[int, int]:
    """For each of a word's occurrences, how many words of its sentence the sense it is
    used in (chosen over the whole story) names in its gloss, examples and relatives."""
    sense, _ = engine.senses.choose(analysis, indices[0], whole_story=True)
    if sense is None:
        return dict.fromkeys(indices, 0)
    signature = engine.senses.signatures.signature(sense)
    by_sentence: dict[int, int] = {}
    said = {}
    for index in indices:
        sentence = analysis.tokens[index].sentence
        if sentence not in by_sentence:
            own, _ = sentence_context(analysis, sentence, exclude=index)
            by_sentence[sentence] = len(signature & own)
        said[index] = by_sentence[sentence]
    return said


def _glossed_in_another_use(entry: GlossaryEntry, token: Token,
                            occurrences: Mapping[tuple[str, str], list[int]]) -> bool:
    """Whether the glossary entry of the token's word is of another part of speech,
    which the word has elsewhere in the text: that use is asked, with the entry's
    meaning. The tagger read "principal" before a name as an adjective; asked so, with
    the noun's meaning, its answers went to a second "principal" with no sentence."""
    entry_upos = next((upos for upos in QUIZ_UPOS if voa_label(upos) == entry.pos), None)
    return entry_upos not in (None, token.upos) and (token.lemma, entry_upos) in occurrences


# A definition worded as a thing, not an action: "something that is made or done...".
_WORDED_AS_A_THING = re.compile(r"(?:a|an|the|something|someone|somebody)\s", re.IGNORECASE)


def _article_word(
    engine: Engine,
    analysis: Analysis,
    index: int,
    definition: str,
    define: Definer,
    article_id: int | None,
    *,
    by_voa: bool = False,
    story: Mapping[str, frozenset[str]] | None = None,
) -> QuizWord | None:
    """The token at ``index`` as a quiz target; ``definition`` is the glossary's, when
    it has the word (``by_voa``: VOA's editors wrote it, so its sense is sure), else the
    sense used is worded by ``define``. A word met only in headings (`_in_heading`,
    which `_best_occurrence` avoids) is asked only when VOA's editors listed it, and
    then with no sentence: "Feeling the pinch" was the sentence of "What does 'pinch'
    mean in this sentence?", keyed "an injury resulting from getting some part
    squeezed" (a heading's few words, often a play on words, barely say which sense)."""
    token: Token = analysis.tokens[index]
    in_heading = _in_heading(analysis, token.sentence)
    if in_heading and not by_voa:
        return None
    upos, penn = token.upos, token.pos
    read_lemma, read_upos = reading_at(analysis.tokens, index, engine.senses, engine.words)
    read_as = ("", "")  # as tagged
    if read_upos == "ADJ" != upos:
        # A participle used as an adjective ("weakened", "legally binding"): asked as
        # the glossary and word details read it, not as the verb.
        read_as = (lemma, upos) = (read_lemma, read_upos)
        penn = "JJ"
    elif read_upos == "VERB" != upos and verb_of_unused_gerund(token, engine.senses,
                                                                engine.words):
        # "rain and flooding": the verb's act, as the glossary reads it.
        read_as = (lemma, upos) = (read_lemma, read_upos)
        penn = "VBG"
    else:
        found = _dictionary_lemma(token, engine.lexicon)
        if found is None:
            return None
        lemma = found
    sense, _ = engine.senses.choose(analysis, index, lemma=read_as[0], upos=read_as[1],
                                    whole_story=True)
    if sense is not None and sense.person and not by_voa:
        return None  # "nox": WordNet's "Roman goddess of night", a name, not a word to learn
    definition = quiz_meaning(without_attribution(definition))  # the glossary may quote too
    # "counter –v. something that is made or done as a defense..." (a seed): a thing's
    # wording on a verb, the one such meaning among a question's verbs' meanings, gives
    # the answer away: the sense used is worded as a verb's when the engine is sure of
    # it, else the word is asked in its gap, its meaning VOA's still.
    worded_for_its_kind = not (upos == "VERB" and _WORDED_AS_A_THING.match(definition))
    if not definition and sense is not None:
        definition = define(lemma, upos, sense.synset)
    if not definition:
        return None
    # A heading is no sentence to ask the word's sense in: no senses ruled out.
    ranked, own, near = (ranked_here(engine, analysis, index, *read_as)
                         if sense and not in_heading else ([], set(), set()))
    # The story's words of the same part of speech: the noun "evidence" is no name of
    # the verb "attest, evidence" (testify).
    same_kind = (story if story is not None else story_lemmas(analysis)).get(upos, frozenset())
    sure_here = sense is None or clear_sense(engine, ranked, own, near, sense.synset,
                                             same_kind) \
        or engine.senses.learners_choice(analysis, index, lemma=read_as[0],
                                         upos=read_as[1]) == sense.synset
    # A verb whose grammar here speaks against the sense: neither sure nor, by its
    # counts, usual (`_framed_against`).
    framed_against = sense is not None and upos == "VERB" \
        and _framed_against(analysis.tokens, index, sense, engine.lexicon)
    # An adjective whose use speaks against the sense: "concrete barriers", the
    # material; "investors were relieved", of pain or sorrow (`vocab.quiz_adjectives`).
    used_against = framed_against or sense is not None and upos == "ADJ" \
        and adjective_sense_against(analysis.tokens, index, sense, engine.lexicon,
                                    engine.senses.cues.is_person)
    if used_against:
        sure_here = False
    if not worded_for_its_kind and sure_here and sense is not None:
        definition = define(lemma, upos, sense.synset) or definition
    shown = analysis.sentence_shown_at(index)
    return QuizWord(
        lemma=lemma,
        upos=upos,
        form=token.text,
        penn=penn,
        sentence="" if in_heading else shown.text,
        definition=definition,
        synset=sense.synset if sense else "",
        zipf=token.zipf,
        start=-1 if in_heading else shown.word_start,
        article_id=article_id,
        ruled_out=ruled_out_senses(engine, ranked, own, near, sense.synset) if sense else (),
        gap_frames=frames_here(analysis.tokens, index) if upos == "VERB" else frozenset(),
        bare=upos == "NOUN" and bare_singular_noun(analysis.tokens, index),
        plain_subject=_plain_noun_subject(analysis.tokens, index),
        before_noun=upos == "NOUN" and _before_a_noun(analysis.tokens, index),
        before_complement=upos == "NOUN" and before_complement(analysis.tokens, index),
        gap_object=object_noun(analysis.tokens, index) if upos == "VERB" else "",
        gap_infinitive=upos == "VERB" and object_told_to_act(analysis.tokens, index),
        describes_noun=penn == "VBG" and _describes_a_noun(analysis.tokens, index),
        gap_person=upos == "VERB" and sense is not None
        and done_to_a_person(analysis.tokens, index, sense.frames, engine.lexicon),
        sense_sure=by_voa and worded_for_its_kind or sure_here,
        usual_sense=sense is None or usual_in_its_field(sense, engine.lexicon)
        and not used_against,
    )


# WordNet's frames of a verb with "to" and a verb after it: after its object ("Somebody
# ----s somebody to INFINITIVE", "... somebody INFINITIVE") or right after it
# ("Somebody ----s to INFINITIVE", "Somebody ----s INFINITIVE", "Something ----s
# INFINITIVE").
_TOLD_TO_ACT_FRAMES = frozenset({24, 25})
_TO_ACT_FRAMES = frozenset({28, 32, 35})
# "Somebody ----s that CLAUSE".
_THAT_CLAUSE_FRAMES = frozenset({26})


def _framed_against(tokens: Sequence[Token], index: int, sense: Sense,
                    lexicon: Lexicon) -> bool:
    """Whether the verb at ``index`` has "to" and a verb after its object ("persuade both
    sides to compromise") or after itself, which WordNet frames ``sense`` without and
    another sense of the verb with: its grammar speaks against the sense. "could
    persuade both sides to compromise" was keyed "win approval or support for" beside
    "cause somebody to adopt a certain position" (a story of my own)."""
    if object_told_to_act(tokens, index):
        frames = _TOLD_TO_ACT_FRAMES
    elif before_infinitive(tokens, index):
        frames = _TO_ACT_FRAMES
    elif that_clause_after(tokens, index):
        # A clause after it, which the sense has no frame for, whether or not another
        # sense has: "He insisted that the soldiers were there only for training" was
        # keyed "be emphatic or resolute and refuse to budge" (59 of 64 SemCor uses;
        # framed "Somebody ----s" and "... on something"), which the clause is not, and
        # the sense the story means WordNet may lack (a story of my own).
        return not sense.frames & _THAT_CLAUSE_FRAMES
    else:
        return False
    if sense.frames & frames:
        return False
    return any(other.frames & frames for other in lexicon.senses(sense.lemma, "v")
               if other.synset != sense.synset)


def _below_the_learner(entry: GlossaryEntry, token: Token, profile: LearnerProfile) -> bool:
    """Whether a generated entry glosses a word below the learner's level: a story with
    few harder words fills its list with easier ones ("tomato" for a B1 learner), and a
    quiz on them put words the learner knows on the learning list (QA walk-through:
    "brave", "desk"). VOA's own entries and the learner's learning words are asked."""
    return (entry.source != "article" and token.level is not None
            and token.level < profile.level
            and profile.status_of_token(token) is not WordStatus.LEARNING)


def definer_for(engine: Engine, profile: LearnerProfile = DEFAULT_PROFILE) -> Definer:
    """Word a sense for a learner as the glossary does (``vocab.definitions.define``)."""
    lexicon = engine.lexicon

    def define_sense(lemma: str, upos: str, synset: str) -> str:
        pos = UPOS_TO_WORDNET.get(upos)
        senses = lexicon.senses(lemma, pos) if pos else []
        sense = next((s for s in senses if s.synset == synset), None)
        if sense is None and synset:
            # A sense WordNet lists under another headword, the plural ("polls: the
            # place where people vote"): that sense, not the lemma's first ("an inquiry
            # into public opinion", which the quiz had asked, QA walk-through).
            sense = lexicon.synset(synset)
        if sense is None:
            if not senses:
                return ""
            sense = senses[0]
        others = [s for s in senses if s.synset != sense.synset]
        return quiz_meaning(define(sense, others, lemma, engine.words, profile,
                                   lexicon=lexicon))

    return define_sense


def _dictionary_lemma(token: Token, lexicon: Lexicon) -> str | None:
    """The headword WordNet knows: the lemma, else the form met ("wasted" as an
    adjective, whose lemmatised "wast" is archaic); None when neither is known, or
    when the noun is written in lower case and WordNet has it only with a capital: "a
    crane, lent by a company" (read as a noun) is no "Lent" (QA walk-through)."""
    pos = UPOS_TO_WORDNET[token.upos]
    for headword in (token.lemma.lower(), token.text.lower()):
        if pos == "n" and token.text.islower() \
                and lexicon.capitalised_nouns_only([headword]):
            continue
        if lexicon.has_lemma(headword, pos):
            return None if is_number_word(headword, lexicon) else headword
    return None


def _candidates(words: Sequence[QuizWord], *, preferred: bool) -> list[Candidate]:
    return [Candidate(w.lemma, w.upos, w.zipf, w.definition, w.synset, preferred) for w in words]
