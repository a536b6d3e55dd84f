"""The learner store's rows (frozen dataclasses) and the small conversions every area
of the store shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from vocab.models import Article, Level, WordKey, WordStatus

# ---------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredArticle:
    id: int
    article: Article
    content_hash: str
    added_at: datetime
    last_read_at: datetime | None
    fetched_at: datetime | None
    source_url: str | None
    level: Level | None
    glossary_size: int | None
    known_share: float | None


@dataclass(frozen=True)
class ArticleSummary:
    """One line of the library: no body, so listing 10,000 articles stays fast."""

    id: int
    title: str
    source: str
    word_count: int
    level: Level | None
    known_share: float | None
    glossary_size: int | None
    last_read_at: datetime | None
    added_at: datetime
    source_url: str | None = None


@dataclass(frozen=True)
class QuizAnswer:
    """One answer the learner gave in a quiz (``item_type`` as the quiz names it)."""

    item_type: str
    lemma: str
    upos: str
    word: str
    prompt: str
    given: str
    correct: bool
    article_id: int | None = None


@dataclass(frozen=True)
class AnswerRow:
    """A saved quiz answer: the answer as given, its id and when it was given."""

    id: int
    answer: QuizAnswer
    at: datetime


@dataclass(frozen=True)
class DueWord:
    lemma: str
    upos: str
    due: datetime
    word: str
    sentence: str
    definition: str


@dataclass(frozen=True)
class WordRow:
    """A word the learner has marked or looked up, with where it was first met."""

    lemma: str
    upos: str
    status: WordStatus
    word: str
    sentence: str
    article_id: int | None
    definition: str
    updated_at: datetime | None
    article_title: str = ""  # kept when the article is deleted
    # The word's other keys this one entry stands for: the level test's, under no part
    # of speech, beside the part of speech the word was met in (`WordsMixin.words`).
    also_filed_under: tuple[WordKey, ...] = ()

    @property
    def keys(self) -> tuple[WordKey, ...]:
        """Every key a change of this entry's mark is saved under."""
        return ((self.lemma, self.upos), *self.also_filed_under)


@dataclass(frozen=True)
class StatusChange:
    lemma: str
    upos: str
    old: WordStatus
    new: WordStatus
    at: datetime
    reason: str


@dataclass(frozen=True)
class Reading:
    article_id: int | None
    word_count: int
    at: datetime


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    title: str
    etag: str | None
    last_modified: str | None
    last_checked: datetime | None


@dataclass(frozen=True)
class FeedItem:
    id: int
    feed_id: int
    guid: str
    url: str
    title: str
    summary: str
    published: str | None
    content: str
    article_id: int | None
    seen: bool


# ---------------------------------------------------------------------------
# Small conversions
# ---------------------------------------------------------------------------


def _ts(when: datetime) -> str:
    # One fixed format (UTC, microseconds always present) so text order is time order.
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _dt_required(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _key(lemma: str, upos: str) -> WordKey:
    # LearnerProfile.status_of looks lemmas up in lower case.
    return (lemma.strip().lower(), upos or "")
