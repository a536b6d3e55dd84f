"""Words in This Story: choose the words an editor would gloss and define them."""

from __future__ import annotations

from vocab.analysis import Analysis
from vocab.difficulty import difficult_for
from vocab.lexicon import Lexicon
from vocab.models import GlossaryEntry, LearnerProfile
from vocab.senses import choose_sense, voa_label

# VOA glosses about 4–8 words in a 600–800-word story.
WORDS_PER_ENTRY = 110
MIN_ENTRIES, MAX_ENTRIES = 3, 8


def default_size(word_count: int) -> int:
    return max(MIN_ENTRIES, min(MAX_ENTRIES, round(word_count / WORDS_PER_ENTRY)))


def build_glossary(
    analysis: Analysis,
    lexicon: Lexicon,
    profile: LearnerProfile,
    *,
    max_entries: int | None = None,
) -> list[GlossaryEntry]:
    """The article's own glossary first, then generated entries, best first."""
    own = list(analysis.article.glossary)
    limit = max_entries if max_entries is not None else default_size(analysis.article.word_count)
    seen = {entry.lemma for entry in own}
    candidates: dict[str, int] = {}
    for index, token in enumerate(analysis.tokens):
        if difficult_for(token, profile) and token.lemma not in seen:
            candidates.setdefault(token.lemma, index)
    ranked = sorted(candidates.values(), key=lambda i: analysis.tokens[i].zipf)
    generated: list[GlossaryEntry] = []
    for index in ranked:
        if len(generated) >= limit:
            break
        token = analysis.tokens[index]
        sense, _ = choose_sense(analysis, index, lexicon)
        if sense is None:
            continue
        generated.append(
            GlossaryEntry(
                word=token.lemma,
                lemma=token.lemma,
                pos=voa_label(token.upos),
                definition=sense.definition,
                example=analysis.sentence_text(token.sentence),
                source="generated",
            )
        )
    return own + generated
