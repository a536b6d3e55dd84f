"""Which words of an article the reader marks, and why: plain data, no Textual.

The article view turns a `WordMark` into a style; the library's figures
(`vocab.figures`) use the same `difficult_for`, so what is counted is what is highlighted.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vocab.difficulty import difficult_for
from vocab.expression_use import expression_read_whole_at
from vocab.models import LearnerProfile, Level, Token, WordKey, WordStatus, participle_form

if TYPE_CHECKING:
    from vocab.analysis import Analysis


@dataclass(frozen=True, slots=True)
class WordMark:
    """How one token is shown: its level band when difficult, and review/learning flags."""

    level: Level | None = None
    due: bool = False
    learning: bool = False

    @property
    def difficult(self) -> bool:
        return self.level is not None


def word_key(token: Token) -> WordKey:
    """The key the learner store files this word under."""
    return (token.lemma.lower(), token.upos)


def status_at(profile: LearnerProfile, key: WordKey, token: Token) -> WordStatus:
    """The learner's status for the word saved under ``key`` (`saved_word_at`) at
    ``token``: its own mark, else the token's as highlighting reads it ("felt
    overwhelmed", saved as the adjective, shares the mark of the verb "overwhelm")."""
    status = profile.status_of(*key)
    return profile.status_of_token(token) if status is WordStatus.NEW else status


def saved_word_at(analysis: Analysis, index: int,
                  reading: Callable[[Analysis, int], WordKey] | None = None
                  ) -> tuple[WordKey, str]:
    """The key a word the learner saves at token ``index`` is filed under, and the word
    as the text has it: the phrasal verb or idiom it is part of ("turned the offer down":
    "turn down", "turned down"; the verb alone means something else), else the token, read
    as the glossary and the quiz read it when ``reading`` (`Engine.reading`) is given
    ("tolerate salty soil": the adjective, though tagged as a noun; saved as the noun,
    its quiz answers went to another card), else as tagged. The word is spelled as a
    dictionary spells it (`Token.dictionary_spelling`): "Attendance" that starts a
    sentence is saved, listed and reviewed as "attendance"."""
    phrasal = expression_read_whole_at(analysis, index)
    if phrasal is not None:
        words = " ".join(analysis.tokens[i].dictionary_spelling
                         for i in phrasal.token_indices)
        return (phrasal.lemma.lower(), "VERB"), words
    token = analysis.tokens[index]
    return ((reading(analysis, index) if reading is not None else word_key(token)),
            token.dictionary_spelling)


def word_marks(
    tokens: Sequence[Token], profile: LearnerProfile, due: Collection[WordKey] = ()
) -> dict[int, WordMark]:
    """Token index -> mark, for every token the reader highlights.

    A word is highlighted when it is difficult for this learner, or when it is due
    in their spaced review (so reading is review). Names are never highlighted.
    """
    marks: dict[int, WordMark] = {}
    due_lemmas = {lemma for lemma, _ in due}
    # A story uses its words again and again ("the", "said", its topic's nouns): each
    # kind of token, by the fields the mark reads, is judged once. Judging every token
    # was ~4% of opening a saved article (issue 8).
    judged: dict[tuple[object, ...], WordMark | None] = {}
    for index, token in enumerate(tokens):
        kind = (token.text, token.lemma, token.pos, token.upos, token.level,
                token.proper_noun)
        mark = judged.get(kind, _UNJUDGED)
        if mark is _UNJUDGED:
            mark = judged[kind] = _mark_of(token, profile, due, due_lemmas)
        if mark is not None:
            marks[index] = mark
    return marks


# Not a mark: a kind of token not judged yet (None is "no mark").
_UNJUDGED = WordMark()


def _mark_of(token: Token, profile: LearnerProfile, due: Collection[WordKey],
             due_lemmas: Collection[str]) -> WordMark | None:
    """The mark of ``token``, if it has one (`word_marks`)."""
    if not token.is_word or token.proper_noun:
        return None
    difficult = difficult_for(token, profile)
    is_due = _is_due(token, due, due_lemmas, profile)
    if not (difficult or is_due):
        return None
    status = profile.status_of_token(token)
    return WordMark(
        level=(token.level or Level.C2) if difficult else None,
        due=is_due,
        learning=status is WordStatus.LEARNING,
    )


def _is_due(token: Token, due: Collection[WordKey], due_lemmas: Collection[str],
            profile: LearnerProfile) -> bool:
    """Whether the token's word is due: its own card, or the card of its lemma in
    another part of speech when the learner has no mark for this one, as
    `LearnerProfile.status_of` reads marks ("salty" saved as an adjective is due where
    the tagger read "salty soil" as a noun), or the card of its participle's form read as
    an adjective ("overwhelmed" saved from "felt overwhelmed", met in "were overwhelmed")."""
    lemma = token.lemma.lower()
    adjective = participle_form(token)
    if adjective and (adjective, "ADJ") in due and (lemma, token.upos) not in profile.statuses:
        return True
    if lemma not in due_lemmas:
        return False
    return ((lemma, token.upos) in due or (lemma, "") in due
            or (lemma, token.upos) not in profile.statuses)


def new_difficult_keys(
    tokens: Sequence[Token], indices: Collection[int], profile: LearnerProfile,
    key_of: Callable[[int], WordKey] | None = None,
) -> list[WordKey]:
    """Keys of the still-new difficult words among ``indices`` ("I know the rest"),
    each filed as ``key_of`` (a token's index -> its key; `saved_word_at`) files it,
    else as tagged: "imported" read as the adjective by the quiz had been marked as
    the verb "import" (QA walk-through)."""
    keys: dict[WordKey, None] = {}
    for index in sorted(indices):
        token = tokens[index]
        if token.proper_noun or not difficult_for(token, profile):
            continue
        if profile.status_of_token(token) is not WordStatus.NEW:
            continue
        key = key_of(index) if key_of is not None else word_key(token)
        if profile.status_of(*key) is WordStatus.NEW:
            keys[key] = None
    return list(keys)


def first_use(tokens: Sequence[Token], body: str, word: str, lemma: str) -> int | None:
    """Index of the first token where a glossary entry's word is used in the text.

    Matches the lemma first (VOA glosses "affairs" under its plural), then the
    written form, then the first word of a multi-word entry.
    """
    lemma_key, word_key_ = lemma.lower(), word.lower()
    for index, token in enumerate(tokens):
        if token.lemma.lower() == lemma_key and token.is_word:
            return index
    for index, token in enumerate(tokens):
        if token.text.lower() == word_key_:
            return index
    position = body.lower().find(word_key_)
    if position < 0:
        head = word_key_.split()[0] if word_key_.split() else ""
        position = body.lower().find(head) if head else -1
    if position < 0:
        return None
    for index, token in enumerate(tokens):
        if token.end > position:
            return index
    return None
