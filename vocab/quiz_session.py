"""One sitting of a quiz: whose turn it is, the verdicts so far, and every answer
saved to the learner store the moment it is given (which also reschedules the word's
FSRS card: see ``Store.record_answer`` for the "learning"/"known" rule)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from vocab.quiz_answers import AnswerCheck, answer_prompt, check_answer
from vocab.quiz_items import QuizItem

if TYPE_CHECKING:
    from vocab.store import Store


@dataclass
class QuizSession:
    """Walks through ``items``; matching items take one answer per word."""

    items: Sequence[QuizItem]
    store: Store | None
    now: Callable[[], datetime]
    position: int = 0
    part: int = 0
    results: list[AnswerCheck] = field(default_factory=list)

    @property
    def current(self) -> QuizItem | None:
        return self.items[self.position] if self.position < len(self.items) else None

    @property
    def finished(self) -> bool:
        return self.current is None

    @property
    def taken(self) -> dict[int, str]:
        """The meanings of the current matching question already matched (shown in
        the feedback, right or wrong), by option index, with their word: not offered
        again."""
        item = self.current
        if item is None or item.type != "matching":
            return {}
        return {item.matches[i]: item.targets[i].shown for i in range(self.part)}

    def matched_already(self, index: int) -> str:
        """What to say when option ``index`` is a meaning already matched; "" if not."""
        word = self.taken.get(index)
        return f"That meaning is matched already, to “{word}”." if word is not None else ""

    def answer(self, given: int | str) -> AnswerCheck:
        """Judge the answer to the current question, save it, and move on. A meaning
        already matched (``taken``) is refused with ``ValueError``."""
        item = self.current
        if item is None:
            raise RuntimeError("the quiz is over")
        if isinstance(given, int) and (refused := self.matched_already(given)):
            raise ValueError(refused)
        verdict = check_answer(item, given, self.part)
        if self.store is not None:
            self._save(item, verdict)
        self.results.append(verdict)
        self.part += 1
        if self.part >= item.parts:
            self.position, self.part = self.position + 1, 0
        return verdict

    def _save(self, item: QuizItem, verdict: AnswerCheck) -> None:
        from vocab.store import QuizAnswer

        assert self.store is not None
        target = verdict.target
        lemma, upos = target.store_key
        # The sentence and definition go with a word met first here, so its reviews
        # quiz it in the same sense.
        self.store.record_answer(
            QuizAnswer(item.type, lemma, upos, target.form,
                       answer_prompt(item, self.part), verdict.given, verdict.correct,
                       target.article_id),
            now=self.now(), sentence=target.sentence, definition=target.definition,
        )

    @property
    def score(self) -> tuple[int, int]:
        """(right answers, answers given)."""
        return sum(r.correct for r in self.results), len(self.results)

    def words_to_review(self) -> list[str]:
        """Lemmas answered wrong at least once, in the order they were missed."""
        return list(dict.fromkeys(r.target.lemma for r in self.results if not r.correct))
