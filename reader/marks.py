"""Which words of an article the reader marks, and why: plain data, no Textual.

The article view turns a `WordMark` into a style; tests and the library's
figures use the same functions, so what is counted is what is highlighted.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from vocab.difficulty import difficult_for
from vocab.models import LearnerProfile, Level, Token, WordKey, WordStatus

# A reader follows a text comfortably when about 95% of its running words are
# known (Laufer & Ravenhorst-Kalovski 2010: 95% for reading with help, 98% alone).
# The estimated level is the lowest level whose words cover that share.
COMFORTABLE_COVERAGE = 0.95


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


def word_marks(
    tokens: Sequence[Token], profile: LearnerProfile, due: Collection[WordKey] = ()
) -> dict[int, WordMark]:
    """Token index -> mark, for every token the reader highlights.

    A word is highlighted when it is difficult for this learner, or when it is due
    in their spaced review (so reading is review). Names are never highlighted.
    """
    marks: dict[int, WordMark] = {}
    for index, token in enumerate(tokens):
        if not token.is_word or token.proper_noun:
            continue
        difficult = difficult_for(token, profile)
        is_due = _is_due(token, due)
        if not (difficult or is_due):
            continue
        status = profile.status_of(token.lemma, token.upos)
        marks[index] = WordMark(
            level=(token.level or Level.C2) if difficult else None,
            due=is_due,
            learning=status is WordStatus.LEARNING,
        )
    return marks


def _is_due(token: Token, due: Collection[WordKey]) -> bool:
    if not due:
        return False
    lemma = token.lemma.lower()
    return (lemma, token.upos) in due or (lemma, "") in due


def new_difficult_keys(
    tokens: Sequence[Token], indices: Collection[int], profile: LearnerProfile
) -> list[WordKey]:
    """Keys of the still-new difficult words among ``indices`` ("I know the rest")."""
    keys: dict[WordKey, None] = {}
    for index in sorted(indices):
        token = tokens[index]
        if token.proper_noun or not difficult_for(token, profile):
            continue
        if profile.status_of(token.lemma, token.upos) is WordStatus.NEW:
            keys[word_key(token)] = None
    return list(keys)


@dataclass(frozen=True)
class ArticleFigures:
    """What the library shows about an article for this learner."""

    level: Level
    known_share: float


def article_figures(tokens: Sequence[Token], profile: LearnerProfile) -> ArticleFigures:
    """The article's estimated level and the share of its running words this learner knows.

    Names count as known; function words and words with no level count as A1.
    """
    words = [t for t in tokens if t.is_word]
    if not words:
        return ArticleFigures(level=Level.A1, known_share=1.0)
    known = sum(1 for t in words if not difficult_for(t, profile))
    counts: Mapping[Level, int] = {
        level: sum(1 for t in words if _level_of(t) == level) for level in Level
    }
    covered = 0
    estimated = Level.C2
    for level in Level:
        covered += counts[level]
        if covered / len(words) >= COMFORTABLE_COVERAGE:
            estimated = level
            break
    return ArticleFigures(level=estimated, known_share=known / len(words))


def _level_of(token: Token) -> Level:
    if token.proper_noun or token.level is None:
        return Level.A1
    return token.level


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
