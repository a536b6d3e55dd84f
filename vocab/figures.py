"""What the library shows about an article for one learner: its estimated level and
the share of its running words the learner knows. Pure computations over an analysis's
tokens and the learner's statuses (no store, no UI)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from vocab.difficulty import difficult_for
from vocab.models import LearnerProfile, Level, Token

# A reader follows a text comfortably when about 95% of its running words are
# known (Laufer & Ravenhorst-Kalovski 2010: 95% for reading with help, 98% alone).
# The estimated level is the lowest level whose words cover that share.
COMFORTABLE_COVERAGE = 0.95


@dataclass(frozen=True)
class ArticleFigures:
    """An article's estimated level and the share of its words this learner knows."""

    level: Level
    known_share: float


def article_figures(tokens: Sequence[Token], profile: LearnerProfile) -> ArticleFigures:
    """The article's estimated level and the share of its running words this learner knows.

    Names are left out of the known share (a learner neither knows nor learns "Putin");
    for the level they count as A1, like function words and words with no level.
    """
    words = [t for t in tokens if t.is_word]
    if not words:
        return ArticleFigures(level=Level.A1, known_share=1.0)
    common = [t for t in words if not t.proper_noun]
    known = sum(1 for t in common if not difficult_for(t, profile))
    counts = Counter(_level_of(t) for t in words)
    covered = 0
    estimated = Level.C2
    for level in Level:
        covered += counts[level]
        if covered / len(words) >= COMFORTABLE_COVERAGE:
            estimated = level
            break
    return ArticleFigures(level=estimated,
                          known_share=known / len(common) if common else 1.0)


def _level_of(token: Token) -> Level:
    if token.proper_noun or token.level is None:
        return Level.A1
    return token.level
