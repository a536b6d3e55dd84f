"""The verdict on a learner's answer to a quiz question: `check_answer` judges an
option chosen or a word typed and returns an `AnswerCheck`, which says what to show
(the right answer, "Nearly: ..." for a typo, "Right word, but this sentence needs
..."); `answer_prompt` is the question as the store saves it beside the answer. Read
by a quiz sitting (`vocab.quiz_session`) and the app's quiz screens.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from vocab.quiz_items import RECALL, QuizItem, QuizWord
from vocab.tokens import excerpt_around
from vocab.wordinfo import word_forms

# A typo, not another word: difflib's similarity at or above this.
NEAR_MISS_RATIO = 0.75


@dataclass(frozen=True)
class AnswerCheck:
    """The verdict on one answer, with what to show the learner."""

    correct: bool
    given: str  # what the learner chose or typed, as text
    expected: str
    target: QuizWord
    note: str = ""  # "Nearly: ..." for a typo, "Right word, wrong form" ...
    expected_number: int = 0  # the right option's number (from 1); 0 for a typed answer
    self_graded: bool = False  # a recall card: the learner said whether they remembered

    @property
    def verdict(self) -> str:
        if self.self_graded:
            return "Well remembered." if self.correct else "Here it is; it comes back sooner."
        return "Right!" if self.correct else "Not quite."

    @property
    def named_answer(self) -> str:
        """"The answer is: ..." after a wrong answer, whatever the question ("What does
        'bloc' mean?" said only "Not quite.", QA walk-through). When the answer is the
        word's definition, which the feedback shows beside the word, it is named by its
        number, not printed twice (QA walk-through)."""
        if self.correct or self.self_graded:
            return ""
        if self.expected.strip().casefold() == self.target.definition.strip().casefold():
            number = f" number {self.expected_number}," if self.expected_number else ""
            return f"The answer is{number} the meaning below."
        return f"The answer is: {self.expected}"

    @property
    def verdict_line(self) -> str:
        """`verdict` and `named_answer` on one line."""
        return f"{self.verdict} {self.named_answer}".strip()


def check_answer(item: QuizItem, given: int | str, part: int = 0) -> AnswerCheck:
    """Judge an answer: an option index for choice and matching items (``part`` is
    the word being matched), the typed word for spelling."""
    if item.type == "spelling":
        return _check_spelling(item, str(given))
    index = int(given)
    chosen = item.options[index] if 0 <= index < len(item.options) else ""
    if item.type == "matching":
        target = item.targets[part]
        right = item.matches[part]
    else:
        target = item.targets[0]
        right = item.answer_index if item.answer_index is not None else -1
    return AnswerCheck(index == right, chosen, item.options[right], target,
                       expected_number=right + 1, self_graded=item.type == RECALL)


def _check_spelling(item: QuizItem, typed: str) -> AnswerCheck:
    target = item.targets[0]
    clean = typed.strip().lower()
    if clean in item.accepted:
        return AnswerCheck(True, typed.strip(), item.answer, target)
    note = ""
    if clean in word_forms(target.lemma):
        note = f"Right word, but this sentence needs “{item.answer}”."
    elif clean and difflib.SequenceMatcher(None, clean, item.answer.lower()).ratio() >= (
        NEAR_MISS_RATIO
    ):
        note = f"Nearly: you typed “{typed.strip()}”; the word is spelt “{item.answer}”."
    return AnswerCheck(False, typed.strip(), item.answer, target, note)


# Words either side of the answer in the feedback's piece of its sentence: enough to
# see the word in use, not the whole sentence read again.
CONTEXT_WORDS = 6


def sentence_to_show(item: QuizItem, verdict: AnswerCheck) -> str:
    """The piece of the answer's sentence an answer's feedback shows: none after a
    right answer or a sentence the question showed whole, else the word with
    `CONTEXT_WORDS` words either side ("…backing Moscow is particularly notable, as
    Beijing has…"). The terminal quiz printed the whole sentence again after every
    answer, a 40-word one after a gap the learner had just read (QA)."""
    target = verdict.target
    if verdict.correct or verdict.self_graded or not target.sentence \
            or target.sentence == item.sentence:
        return ""
    if target.start < 0:
        return target.sentence
    return excerpt_around(target.sentence, target.start, target.start + len(target.form),
                          around=CONTEXT_WORDS)[0]


def answer_prompt(item: QuizItem, part: int = 0) -> str:
    """The question as the store saves it with the answer."""
    if item.type == "matching":
        return f"{item.prompt} {item.targets[part].shown}"
    return f"{item.prompt}\n{item.sentence}".strip()
