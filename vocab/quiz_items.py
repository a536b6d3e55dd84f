"""What a quiz question is made of: `QuizWord`, a word to ask about as met in its
sentence and in the sense used there, and `QuizItem`, one question on one word or
more (its prompt, options, key and where each option comes from), with the ``reader
quiz --json`` form. Plain data, read by every other quiz module (the builders, the fairness checks
in `vocab.quiz_validate`, the answers' verdicts in `vocab.quiz_answers`) and by the
app; it imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vocab.models import without_initial_capital

BLANK = "_____"
# A review's last resort for a word no question can fairly ask (`vocab.quiz.recall_item`):
# the learner says whether they remembered its meaning, so there is nothing to be unfair.
RECALL = "recall"
# The parts of speech a quiz asks about.
QUIZ_UPOS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


@dataclass(frozen=True)
class QuizWord:
    """A word to ask about, as met in a sentence and in the sense used there."""

    lemma: str
    upos: str  # Universal POS: NOUN, VERB, ADJ, ADV
    form: str  # as written in the sentence: "countered"
    penn: str  # its Penn tag, so distractors can be inflected to fit: "VBD"
    sentence: str
    definition: str
    synset: str = ""  # the WordNet sense used ("" when unknown)
    zipf: float = 0.0
    start: int = -1  # offset of ``form`` in ``sentence``; -1 when not found
    article_id: int | None = None
    # Senses the sentence speaks against (the sense engine's judgement): the only
    # fair wrong answers of a "sense in context" item. Empty: no sense item.
    ruled_out: tuple[str, ...] = ()
    # Whether the definition is surely of the sense used: VOA's own, the word's only
    # sense, or one the sentence or the word's usage clearly picks. A quiz asks these
    # words first, and the others only in their gap, never by a meaning: a wrong sense
    # keyed as the answer teaches the wrong meaning.
    sense_sure: bool = True
    # Whether the sense keyed is one the word is usually met in (SemCor tags it most,
    # and often, or for a noun most of its field: `vocab.quiz_keys.usual_in_its_field`).
    # Read only for a word whose sense is unsure: a quiz with nothing else to ask asks
    # it by its meaning alone only then, the meaning a learner who knows the word
    # knows it by. True when unknown.
    usual_sense: bool = True
    # The key the learner's store has the word under, when not ``key``: a word saved
    # with a part of speech WordNet lacks for it ("salty" read as a noun) is asked in
    # its own, and its answers go to the saved card.
    saved_as: tuple[str, str] | None = None
    # For a verb, WordNet's sentence frames one of which a verb must allow to fill its
    # gap (`vocab.verb_objects.frames_here`): a cloze offers only such verbs. Empty
    # when unknown (a saved word's sentence is not analysed again).
    gap_frames: frozenset[int] = frozenset()
    # For a singular noun, whether it stands with no determiner ("to prevent erosion",
    # `vocab.sentence_cues.bare_singular_noun`): its gap then takes only nouns English
    # uses uncounted. False when unknown.
    bare: bool = False
    # For a noun, whether it is a plain subject right before its verb ("The _____ has
    # also changed...", `vocab.sentence_cues.plain_subject`): its gap says too little
    # to be a cloze. False when unknown.
    plain_subject: bool = False
    # For a noun, whether a noun follows it in its sentence, which it modifies ("many
    # _____ plans": insurance): its gap takes a singular whatever comes before it.
    # False when unknown.
    before_noun: bool = False
    # For a noun, whether an adjective said of it follows it as the object of the verb
    # before it ("called the _____ unfair", `vocab.quiz_words`): any noun the verb
    # may take and the adjective describe fills the gap. False when unknown.
    before_complement: bool = False
    # For a verb with an object after it, the lemma of the object's head noun ("clear
    # dry plants": plant): a cloze's other verbs must not act on such a thing too
    # (`vocab.quiz_gaps.fits_blank_too`). "" when unknown or not a common noun.
    gap_object: str = ""
    # For a verb, whether its object is followed by "to" and a verb ("urged both sides
    # to protect civilians"): the object is someone told or brought to act, and any
    # verb that takes a person as its object fills the gap (`vocab.quiz_gaps`).
    gap_infinitive: bool = False
    # For a passive verb, whether what it acts on, its subject, is a person ("Haines
    # ... was _____ by police": arrested): any verb that takes a person as its object
    # fills the gap too (`vocab.quiz_gaps.acts_on_the_object_too`). False when unknown.
    gap_person: bool = False
    # For a verb's "-ing" form, whether it describes the noun after it ("buy new
    # scanning equipment", "a smuggling ring"): any "-ing" form that can describe such a
    # thing fills its gap too ("cooking equipment", "a disgusting ring"), so it is no
    # cloze (`vocab.quiz_builders.ItemBuilder.cloze`). False when unknown.
    describes_noun: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.lemma, self.upos)

    @property
    def store_key(self) -> tuple[str, str]:
        """The key its answers and status are saved under in the learner's store."""
        return self.saved_as or self.key

    @property
    def shown(self) -> str:
        """The form as a question names it: "Other" at a sentence start is "other"."""
        return without_initial_capital(self.form)

    def blanked(self) -> str:
        """The sentence with this occurrence of the word replaced by a blank."""
        if self.start < 0:
            return ""
        end = self.start + len(self.form)
        return self.sentence[: self.start] + BLANK + self.sentence[end:]


@dataclass(frozen=True)
class QuizItem:
    """One question. ``options``/``answer_index`` are empty/None for spelling; for
    matching, ``options`` are the definitions and ``matches[i]`` is the option that
    defines ``targets[i]``. ``option_sources`` says, per option, which (lemma, synset)
    it comes from, so the validator can check it."""

    type: str
    prompt: str
    sentence: str
    targets: tuple[QuizWord, ...]
    options: tuple[str, ...] = ()
    answer_index: int | None = None
    answer: str = ""
    option_sources: tuple[tuple[str, str], ...] = ()
    accepted: tuple[str, ...] = ()
    matches: tuple[int, ...] = ()

    @property
    def word(self) -> str:
        return self.targets[0].form

    @property
    def lemma(self) -> str:
        return self.targets[0].lemma

    @property
    def pos(self) -> str:
        return self.targets[0].upos

    @property
    def parts(self) -> int:
        """How many answers the item takes: one per word for matching, else one."""
        return len(self.targets) if self.type == "matching" else 1

    def to_json(self) -> dict[str, Any]:
        """The ``reader quiz --json`` form.

        Keys: type, prompt, sentence (as shown: blanked for cloze and spelling),
        options, answer_index, answer, word, lemma, pos (Universal POS), definition
        and context (the article's sentence). Spelling has no options/answer_index
        but ``accepted``. Matching gives word/lemma/pos/definition/context as lists
        (one per word), options = their five definitions and, most often, one
        more of a word not asked, shuffled; answer_index = the option index for each
        word in order, and answer = {word: definition}.
        """
        if self.type == "matching":
            return {
                "type": self.type,
                "prompt": self.prompt,
                "sentence": self.sentence,
                "options": list(self.options),
                "answer_index": list(self.matches),
                "answer": {t.shown: t.definition for t in self.targets},
                "word": [t.shown for t in self.targets],
                "lemma": [t.lemma for t in self.targets],
                "pos": [t.upos for t in self.targets],
                "definition": [t.definition for t in self.targets],
                "context": [t.sentence for t in self.targets],
            }
        data: dict[str, Any] = {"type": self.type, "prompt": self.prompt, "sentence": self.sentence}
        if self.type == "spelling":
            data["accepted"] = list(self.accepted)
        else:
            data["options"] = list(self.options)
            data["answer_index"] = self.answer_index
        target = self.targets[0]
        data.update(
            answer=self.answer,
            word=target.form,
            lemma=target.lemma,
            pos=target.upos,
            definition=target.definition,
            context=target.sentence,
        )
        return data
