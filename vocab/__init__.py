"""The language engine and the learner's data for the reader. No UI code here.

The public API is small; heavy modules (nltk, wordfreq) load only when used.
"""

from vocab.models import (
    Article,
    ArticleError,
    Expression,
    GlossaryEntry,
    LanguageDataMissing,
    LearnerProfile,
    Level,
    Sense,
    Token,
    WordDetails,
    WordKey,
    WordStatus,
)

__all__ = [
    "Article",
    "ArticleError",
    "Expression",
    "GlossaryEntry",
    "LanguageDataMissing",
    "LearnerProfile",
    "Level",
    "Sense",
    "Token",
    "WordDetails",
    "WordKey",
    "WordStatus",
]
