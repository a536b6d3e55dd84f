"""Words in This Story: choose the words an editor would gloss and define them.

VOA's editors do not gloss the rarest words of a story. They gloss the few words an
intermediate learner needs for *this* story and may not know: words central to the
story (repeated, in the title or the lead, far more frequent here than in English at
large), "academic" words common in the news but late in a learner's course, and
common-looking words used in a less common sense. They skip names and very rare
technical words. Each candidate lemma gets measurable features (`FEATURES`); a
weighted sum ranks them (weights fitted by ``scripts/tune_glossary.py`` on VOA
stories, checked on held-out halves); a greedy pass spreads the picks over the
story; each pick is defined in the sense its sentence uses, in words easier than
the headword.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vocab.definitions import define
from vocab.models import Expression, GlossaryEntry, LearnerProfile, Level, Token, WordStatus
from vocab.senses import SenseChooser, sentence_context, voa_label
from vocab.wordinfo import CONTENT_UPOS

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.wordinfo import WordInfo

# VOA prints about 1.1 entries per 100 words (measured on the development set:
# `reader eval glossary` prints the density), so 7-9 for a 600-800-word story.
WORDS_PER_ENTRY = 90
MIN_ENTRIES, MAX_ENTRIES = 3, 10

# Verbs and nouns so common that no learner past A2 needs them glossed, whatever
# sense they carry ("be", "have", "say", "thing"): Zipf 6 is the top ~300 words.
VERY_COMMON_ZIPF = 6.0
# A word the text writes capitalised this often inside sentences is a name or part
# of one ("Workers' Party"), even when the tagger says otherwise.
NAME_LIKE_CAPITALS = 0.5

FEATURES = (
    "zipf",
    "cefr",
    "cefr_missing",
    "level_gap",
    "log_count",
    "keyness",
    "in_title",
    "in_lead",
    "first_position",
    "noun",
    "verb",
    "adj",
    "adv",
    "log_senses",
    "rare_sense",
    "first_sense_share",
    "length",
    "quoted",
    "not_in_wordnet",
    "news_academic",
    "hyphenated",
    "expression",
    "capitalised",
)

# Fitted by scripts/tune_glossary.py (logistic regression on the features above);
# see that script for the cross-check on held-out halves.
WEIGHTS: dict[str, float] = {name: 0.0 for name in FEATURES} | {
    "zipf": -1.0,
    "keyness": 0.5,
    "log_count": 0.5,
    "in_title": 1.0,
}
BIAS = 0.0

# After a pick, other words of the same sentence lose this much score, so five
# words from one sentence are never glossed (VOA spreads its picks).
SAME_SENTENCE_PENALTY = 1.0
# A learner's "learning" words always make the list.
LEARNING_BONUS = 100.0


def default_size(word_count: int) -> int:
    """How many entries VOA would print for a story of ``word_count`` words."""
    return max(MIN_ENTRIES, min(MAX_ENTRIES, round(word_count / WORDS_PER_ENTRY)))


@dataclass
class Candidate:
    """A lemma (or an expression) of the story that might be glossed."""

    lemma: str
    upos: str
    occurrences: list[int]  # token index of each occurrence (first token of an expression)
    expression: Expression | None = None
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0

    @property
    def first(self) -> int:
        return self.occurrences[0]


def build_glossary(
    analysis: Analysis,
    chooser: SenseChooser,
    words: WordInfo,
    profile: LearnerProfile,
    *,
    max_entries: int | None = None,
) -> list[GlossaryEntry]:
    """The article's own glossary first, then generated entries, best first."""
    own = list(analysis.article.glossary)
    limit = max_entries if max_entries is not None else default_size(analysis.article.word_count)
    seen = {entry.lemma.lower() for entry in own}
    ranked = [c for c in rank_candidates(analysis, chooser, profile) if c.lemma not in seen]
    generated: list[GlossaryEntry] = []
    for candidate in spread_out(analysis, ranked):
        if len(generated) >= limit:
            break
        entry = make_entry(analysis, candidate, chooser, words, profile)
        if entry is not None:
            generated.append(entry)
    return own + generated


def rank_candidates(
    analysis: Analysis, chooser: SenseChooser, profile: LearnerProfile
) -> list[Candidate]:
    """Every candidate with its features and score, best first (ties by lemma)."""
    found = collect_candidates(analysis, chooser, profile)
    for candidate in found:
        candidate.score = score(candidate.features)
        if _status(candidate, profile) is WordStatus.LEARNING:
            candidate.score += LEARNING_BONUS
    return sorted(found, key=lambda c: (-c.score, c.lemma))


def score(features: dict[str, float]) -> float:
    return BIAS + sum(WEIGHTS[name] * features.get(name, 0.0) for name in FEATURES)


def spread_out(analysis: Analysis, ranked: Sequence[Candidate]) -> list[Candidate]:
    """Greedy re-ranking: each pick lowers the other words of its sentence."""
    remaining = list(ranked)
    picked: list[Candidate] = []
    used: dict[int, int] = {}
    while remaining:
        best = max(remaining, key=lambda c: (_spread_score(analysis, c, used), -ranked.index(c)))
        remaining.remove(best)
        picked.append(best)
        sentence = analysis.tokens[best.first].sentence
        used[sentence] = used.get(sentence, 0) + 1
    return picked


def _spread_score(analysis: Analysis, candidate: Candidate, used: dict[int, int]) -> float:
    sentences = {analysis.tokens[i].sentence for i in candidate.occurrences}
    crowding = min(used.get(s, 0) for s in sentences)
    return candidate.score - SAME_SENTENCE_PENALTY * crowding


# --- candidates and features ------------------------------------------------------


def _is_candidate_token(token: Token) -> bool:
    return (
        token.is_word
        and not token.proper_noun
        and token.upos in CONTENT_UPOS
        and token.level is not None
        and len(token.lemma) > 1
        and token.zipf < VERY_COMMON_ZIPF
        and not any(ch.isdigit() for ch in token.text)
    )


def _status(candidate: Candidate, profile: LearnerProfile) -> WordStatus:
    return profile.status_of(candidate.lemma, candidate.upos)


def collect_candidates(
    analysis: Analysis, chooser: SenseChooser, profile: LearnerProfile
) -> list[Candidate]:
    """Content lemmas and expressions of the story, with their features.

    Names, numbers and the learner's known or ignored words are left out here, so
    nothing later can gloss them.
    """
    by_lemma: dict[str, Candidate] = {}
    upos_votes: dict[str, dict[str, int]] = {}
    for index, token in enumerate(analysis.tokens):
        if not _is_candidate_token(token):
            continue
        key = token.lemma.lower()
        candidate = by_lemma.setdefault(key, Candidate(lemma=key, upos=token.upos, occurrences=[]))
        candidate.occurrences.append(index)
        votes = upos_votes.setdefault(key, {})
        votes[token.upos] = votes.get(token.upos, 0) + 1
    for key, votes in upos_votes.items():
        by_lemma[key].upos = max(votes, key=lambda u: (votes[u], u))
    for expression in analysis.expressions:
        if expression.kind == "compound":
            continue  # noun compounds read word by word; VOA glosses their hard word
        key = expression.lemma
        candidate = by_lemma.setdefault(
            key, Candidate(lemma=key, upos="EXPR", occurrences=[], expression=expression)
        )
        candidate.occurrences.append(expression.token_indices[0])
    context = _StoryContext.of(analysis)
    found = []
    for candidate in by_lemma.values():
        if _status(candidate, profile) in (WordStatus.KNOWN, WordStatus.IGNORED):
            continue
        candidate.features = features_of(analysis, candidate, chooser, profile, context)
        if candidate.features.get("capitalised", 0.0) >= NAME_LIKE_CAPITALS:
            continue
        found.append(candidate)
    return found


@dataclass(frozen=True)
class _StoryContext:
    words: int
    title_words: frozenset[str]
    lead_end: int  # token index where the lead (first paragraph) ends
    quoted: frozenset[int]  # token indices inside quotation marks

    @classmethod
    def of(cls, analysis: Analysis) -> _StoryContext:
        from vocab.senses import content_words

        article = analysis.article
        title = content_words(article.title) | {w.lower() for w in article.title.split()}
        lead_chars = article.paragraphs[0][1] if article.paragraphs else len(article.body)
        # A one-line first paragraph is a dateline or a caption; take at least two sentences.
        if len(analysis.sentences) > 1:
            lead_chars = max(lead_chars, analysis.sentences[1][1])
        lead_end = next(
            (i for i, t in enumerate(analysis.tokens) if t.start >= lead_chars),
            len(analysis.tokens),
        )
        return cls(
            words=max(1, sum(1 for t in analysis.tokens if t.is_word)),
            title_words=frozenset(title),
            lead_end=lead_end,
            quoted=frozenset(_quoted_tokens(analysis.tokens)),
        )


def _quoted_tokens(tokens: Sequence[Token]) -> set[int]:
    inside = False
    found: set[int] = set()
    for i, token in enumerate(tokens):
        if token.text in {"“", "”", '"'}:
            inside = token.text == "“" or (token.text == '"' and not inside)
            continue
        if inside:
            found.add(i)
    return found


def features_of(
    analysis: Analysis,
    candidate: Candidate,
    chooser: SenseChooser,
    profile: LearnerProfile,
    context: _StoryContext,
) -> dict[str, float]:
    """The measurable signals of one candidate (see `FEATURES`)."""
    tokens = analysis.tokens
    first = tokens[candidate.first]
    count = len(candidate.occurrences)
    is_expression = candidate.expression is not None
    if is_expression:
        zipf = _expression_zipf(candidate.lemma)
        cefr: float | None = None
        level = _zipf_rank(zipf)
    else:
        zipf = first.zipf
        cefr = float(Level(first.cefr).rank) if first.cefr else None
        level = first.level.rank if first.level else _zipf_rank(zipf)
    text_zipf = math.log10(count / context.words) + 9
    senses, chosen = _sense_signals(analysis, candidate, chooser)
    title_hit = candidate.lemma in context.title_words or any(
        tokens[i].text.lower() in context.title_words for i in candidate.occurrences
    )
    return {
        "zipf": zipf,
        "cefr": cefr if cefr is not None else float(level),
        "cefr_missing": 1.0 if cefr is None else 0.0,
        "level_gap": float(level - profile.level.rank),
        "log_count": math.log(count),
        "keyness": text_zipf - zipf,
        "in_title": 1.0 if title_hit else 0.0,
        "in_lead": 1.0 if candidate.first < context.lead_end else 0.0,
        "first_position": candidate.first / max(1, len(tokens)),
        "noun": 1.0 if candidate.upos == "NOUN" else 0.0,
        "verb": 1.0 if candidate.upos == "VERB" else 0.0,
        "adj": 1.0 if candidate.upos == "ADJ" else 0.0,
        "adv": 1.0 if candidate.upos == "ADV" else 0.0,
        "log_senses": math.log1p(len(senses)),
        "rare_sense": 1.0
        if chosen is not None and chosen.rank > 1 and chosen.count < max(s.count for s in senses)
        else 0.0,
        "first_sense_share": _first_sense_share(senses),
        "length": float(len(candidate.lemma)),
        "quoted": sum(1 for i in candidate.occurrences if i in context.quoted) / count,
        "not_in_wordnet": 1.0 if not senses else 0.0,
        "news_academic": 1.0 if (cefr or 0) >= Level.B2.rank and zipf >= 4.0 else 0.0,
        "hyphenated": 1.0 if "-" in candidate.lemma else 0.0,
        "expression": 1.0 if is_expression else 0.0,
        "capitalised": _capitalised_share(analysis, candidate),
    }


def _zipf_rank(zipf: float) -> int:
    from vocab.difficulty import zipf_level

    return zipf_level(zipf).rank


def _expression_zipf(lemma: str) -> float:
    import wordfreq

    frequency = wordfreq.word_frequency(lemma, "en")
    return round(math.log10(frequency * 1e9), 2) if frequency > 0 else 1.0


def _sense_signals(analysis: Analysis, candidate: Candidate, chooser: SenseChooser):  # type: ignore[no-untyped-def]
    if candidate.expression is not None:
        senses = chooser.senses(candidate.lemma, _expression_wordnet_pos(candidate.expression))
        return senses, (senses[0] if senses else None)
    token = analysis.tokens[candidate.first]
    senses = chooser.senses_for(token)
    if not senses:
        return [], None
    chosen, _ = chooser.choose(analysis, candidate.first)
    return senses, chosen


def _expression_wordnet_pos(expression: Expression) -> str:
    return {"phrasal verb": "v", "idiom": "v", "compound": "n"}.get(expression.kind, "r")


def _first_sense_share(senses: Sequence[object]) -> float:
    counts = [getattr(s, "count", 0) for s in senses]
    total = sum(counts)
    return counts[0] / total if total else 1.0


def _capitalised_share(analysis: Analysis, candidate: Candidate) -> float:
    """How often the word is capitalised where position does not explain it."""
    tokens = analysis.tokens
    inside = [
        i
        for i in candidate.occurrences
        if i > 0 and tokens[i - 1].sentence == tokens[i].sentence and tokens[i - 1].is_word
    ]
    if not inside:
        return 0.0
    return sum(1 for i in inside if tokens[i].text[:1].isupper()) / len(inside)


# --- entries ------------------------------------------------------------------------


def make_entry(
    analysis: Analysis,
    candidate: Candidate,
    chooser: SenseChooser,
    words: WordInfo,
    profile: LearnerProfile,
) -> GlossaryEntry | None:
    """A VOA-style entry: the form the story uses, VOA's label, an easy definition."""
    tokens = analysis.tokens
    first = tokens[candidate.first]
    example = analysis.sentence_text(first.sentence).strip()
    if candidate.expression is not None:
        expression = candidate.expression
        pos = _expression_wordnet_pos(expression)
        senses = chooser.senses(candidate.lemma, pos)
        if not senses:
            return None
        own, near = sentence_context(analysis, first.sentence, expression.token_indices)
        ranked = [s for _, s in chooser.rank(senses, own, near, candidate.lemma)]
        definition = define(ranked[0], ranked[1:], candidate.lemma, words, profile)
        label = (
            "idiom"
            if expression.kind == "idiom"
            else ("phrasal verb" if expression.kind == "phrasal verb" else "phrase")
        )
        shown = " ".join(tokens[i].text for i in expression.token_indices)
        return GlossaryEntry(
            word=shown if len(expression.token_indices) > 1 else candidate.lemma,
            lemma=candidate.lemma,
            pos=label,
            definition=definition,
            example=example,
        )
    chosen, others = chooser.choose(analysis, candidate.first)
    if chosen is None:
        return None
    definition = define(chosen, others, candidate.lemma, words, profile)
    word, note = _headword(first, chosen)
    return GlossaryEntry(
        word=word,
        lemma=candidate.lemma,
        pos=voa_label(first.upos),
        definition=definition,
        example=example,
        note=note,
    )


def _headword(token: Token, sense: object) -> tuple[str, str]:
    """The form VOA prints: the lemma, or the plural when the sense is plural-only
    ("affairs –n. (pl.)")."""
    sense_lemma = getattr(sense, "lemma", "")
    text = token.text.lower()
    if token.pos == "NNS" and sense_lemma == text:
        return text, "(pl.)"
    return token.lemma.lower(), ""


def frequency_baseline(analysis: Analysis, limit: int) -> list[str]:
    """The obvious method, kept for comparison: the rarest content lemmas first."""
    rarest: dict[str, float] = {}
    for token in analysis.tokens:
        if token.is_word and not token.proper_noun and token.upos in CONTENT_UPOS:
            rarest.setdefault(token.lemma, token.zipf)
    return sorted(rarest, key=lambda lemma: (rarest[lemma], lemma))[:limit]


__all__ = ["build_glossary", "default_size", "frequency_baseline", "rank_candidates"]
