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

import heapq
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from vocab.definitions import define
from vocab.models import (
    Expression,
    GlossaryEntry,
    LearnerProfile,
    Level,
    Sense,
    Token,
    WordStatus,
)
from vocab.senses import SenseChooser, adjacent_words, sentence_context, voa_label
from vocab.wordinfo import CONTENT_UPOS, UPOS_TO_WORDNET

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.lexicon import SenseOutline
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

# Frequency and level act on the odds of a gloss in steps, not along a line (VOA
# glosses few very rare words and almost no basic ones), so they enter as bands.
ZIPF_BANDS = (3.0, 3.5, 4.0, 4.5, 5.0, 5.5)
# The New General Service List (2,800 headwords, ranked): the core of English a
# learner meets first. VOA's own word book plays this role for its writers.
NGSL_CORE_RANK = 1000

FEATURES = (
    "zipf", "zipf_below_3", "zipf_3", "zipf_3_5", "zipf_4", "zipf_4_5", "zipf_5", "zipf_5_5",
    "cefr_a", "cefr_b1", "cefr_b2", "cefr_c", "cefr_missing", "level_gap",
    "ngsl_core", "ngsl_rest", "log_count", "keyness", "key_outside_core", "in_title",
    "in_lead", "first_position", "noun", "verb", "adj", "adv", "log_senses", "rare_sense",
    "first_sense_share", "length", "quoted", "not_in_wordnet", "news_academic",
    "hyphenated", "expression", "capitalised", "ngsl_log_rank", "key_mid_frequency",
    "sentences", "explained", "transparent",
)

# Fitted by scripts/tune_glossary.py (pairwise: within each story, VOA's picks above
# the words it left; see that script for the cross-checks on held-out stories).
WEIGHTS: dict[str, float] = {
    "zipf": -0.26, "zipf_below_3": -0.51, "zipf_3": 0.49, "zipf_3_5": 0.46, "zipf_4": 0.61,
    "zipf_4_5": 0.27, "zipf_5": -0.10, "zipf_5_5": -0.45, "cefr_a": -0.19, "cefr_b1": 0.29,
    "cefr_b2": 0.49, "cefr_c": 0.37, "cefr_missing": -0.37, "level_gap": 0.16, "ngsl_core": -0.14,
    "ngsl_rest": 0.22, "log_count": 0.06, "keyness": 0.25, "key_outside_core": 0.09,
    "in_title": -0.22, "in_lead": -0.30, "first_position": -0.27, "noun": 0.22, "verb": 0.00,
    "adj": 0.06, "adv": -0.37, "log_senses": 0.13, "rare_sense": 0.20, "first_sense_share": 0.19,
    "length": 0.03, "quoted": 0.85, "not_in_wordnet": 0.13, "news_academic": -0.06,
    "hyphenated": 0.39, "expression": -0.49, "capitalised": -3.80, "ngsl_log_rank": 0.17,
    "key_mid_frequency": 0.31, "sentences": 0.09, "explained": -0.21, "transparent": -0.70,
}
BIAS = -0.11
# The most that choosing the sense used in the story can move a score (see
# `rank_candidates`): the weight of the one feature that depends on it.
SENSE_REACH = abs(WEIGHTS["rare_sense"])

# After a pick, other words of the same sentence lose this much score, so five
# words from one sentence are never glossed (VOA spreads its picks).
SAME_SENTENCE_PENALTY = 0.5
# The weights were fitted for a B1 reader. For another level, each step a word sits
# below the learner's level (beyond what it sits below B1) costs this much, and
# each step of a word a B1 reader knows but a lower-level reader does not earns it.
LEVEL_STEP = 1.0
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
    zipf: float | None = None  # when the token's lemma was not a real word
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0

    anchor: int = -1  # the first occurrence in the candidate's usual part of speech

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
    word_count = analysis.article.word_count
    limit = max_entries if max_entries is not None else default_size(word_count)
    # Without an explicit size, the list is not padded with words the learner knows:
    # past the story's own share (one entry per WORDS_PER_ENTRY words) only words above
    # the learner's level are added, and none far below it ever is. "Hello world. This
    # is a short test." gets no entry at all.
    share = limit if max_entries is not None else min(limit, round(word_count / WORDS_PER_ENTRY))
    seen = {entry.lemma.lower() for entry in own}
    ranked = [c for c in rank_candidates(analysis, chooser, profile, words,
                                         exact_top=_exact_depth(limit) + len(seen))
              if c.lemma not in seen]
    generated: list[GlossaryEntry] = []
    for candidate in spread_out(analysis, ranked):
        if len(generated) >= limit:
            break
        if max_entries is None and not _worth_glossing(candidate, profile, len(generated) < share):
            continue
        entry = make_entry(analysis, candidate, chooser, words, profile)
        if entry is not None:
            generated.append(entry)
    return own + generated


# Words this many levels below the learner's are never glossed to reach a default size.
FAR_BELOW_LEVEL = 2


def _worth_glossing(candidate: Candidate, profile: LearnerProfile, within_share: bool) -> bool:
    """Whether a default-size glossary may list ``candidate``: within the story's share,
    anything not far below the learner's level; past it, only words above that level
    (a learner's "learning" words always)."""
    if _status(candidate, profile) is WordStatus.LEARNING:
        return True
    gap = candidate.features.get("level_gap", 0.0)  # the word's level minus the learner's
    if within_share:
        return gap > -FAR_BELOW_LEVEL
    return gap > 0


def _exact_depth(limit: int) -> int:
    # The glossary walks past its size when it skips words (spread, level, no
    # definition); this many places leaves it room.
    return 4 * limit + 10


def rank_candidates(
    analysis: Analysis,
    chooser: SenseChooser,
    profile: LearnerProfile,
    words: WordInfo,
    *,
    exact_top: int | None = None,
) -> list[Candidate]:
    """Every candidate with its features and score, best first (ties by lemma).

    The sense used in the story is the costly signal (a Lesk choice over the glosses
    of every sense) and moves a score by at most `SENSE_REACH`. With ``exact_top``,
    it is chosen only for the words that can reach the first ``exact_top`` places,
    so those places are exactly what the full ranking gives; the words below keep
    a score without it (``rare_sense`` 0) and stay below.
    """
    found = collect_candidates(analysis, chooser, profile, words, choose_senses=False)
    for candidate in found:
        _score(candidate, profile)
    found.sort(key=lambda c: (-c.score, c.lemma))
    if exact_top is not None and len(found) > exact_top:
        floor = found[exact_top - 1].score - SENSE_REACH
        to_choose = [c for c in found if c.score >= floor]
    else:
        to_choose = found
    keys = [_wordnet_key(analysis, candidate, chooser) for candidate in to_choose]
    chooser.read_senses_ahead(word for lemma, _, surface in keys for word in (lemma, surface)
                              if word)
    chooser.read_signatures_ahead(sense for candidate in to_choose
                                  for sense in _senses_of(analysis, candidate, chooser))
    for candidate in to_choose:
        candidate.features["rare_sense"] = _rare_sense(analysis, candidate, chooser)
        _score(candidate, profile)
    return sorted(found, key=lambda c: (-c.score, c.lemma))


def _score(candidate: Candidate, profile: LearnerProfile) -> None:
    candidate.score = score(candidate.features) + _level_adjustment(candidate, profile)
    if _status(candidate, profile) is WordStatus.LEARNING:
        candidate.score += LEARNING_BONUS


def _level_adjustment(candidate: Candidate, profile: LearnerProfile) -> float:
    level = candidate.features["level_gap"] + profile.level.rank
    below_learner = max(0.0, profile.level.rank - level)
    below_b1 = max(0.0, Level.B1.rank - level)
    return -LEVEL_STEP * (below_learner - below_b1)


def score(features: dict[str, float]) -> float:
    return BIAS + sum(WEIGHTS[name] * features.get(name, 0.0) for name in FEATURES)


def spread_out(analysis: Analysis, ranked: Sequence[Candidate]) -> Iterator[Candidate]:
    """Greedy re-ranking, lazily: each pick lowers the other words of its sentence,
    and a word and an expression containing it are never both picked.

    A pick only ever lowers the others, so a candidate's last computed key bounds its
    true one: the heap's top, recomputed, is the best when it still beats the next
    top (a lazy greedy walk, the same picks as recomputing every key each time).
    """
    sentences = [{analysis.tokens[i].sentence for i in c.occurrences} for c in ranked]
    used: dict[int, int] = {}
    picked_words: set[str] = set()

    def key(order: int) -> tuple[float, int]:
        crowding = min(used.get(s, 0) for s in sentences[order])
        return (-(ranked[order].score - SAME_SENTENCE_PENALTY * crowding), order)

    heap = [key(order) for order in range(len(ranked))]
    heapq.heapify(heap)
    while heap:
        order = heap[0][1]
        fresh = key(order)
        if fresh != heap[0]:
            heapq.heapreplace(heap, fresh)
            if heap[0] != fresh:
                continue
        heapq.heappop(heap)
        best = ranked[order]
        words = set(best.lemma.split())
        if words & picked_words:
            continue
        picked_words |= words
        yield best
        sentence = analysis.tokens[best.first].sentence
        used[sentence] = used.get(sentence, 0) + 1


# --- candidates and features ------------------------------------------------------


def _is_candidate_token(token: Token) -> bool:
    return (  # the cheap tests first: most tokens fail one
        token.level is not None
        and token.upos in CONTENT_UPOS
        and not token.proper_noun
        and token.zipf < VERY_COMMON_ZIPF
        and len(token.lemma) > 1
        and token.is_word
        and (token.text.isalpha() or not any(ch.isdigit() for ch in token.text))
    )


def _status(candidate: Candidate, profile: LearnerProfile) -> WordStatus:
    return profile.status_of(candidate.lemma, candidate.upos)


def collect_candidates(
    analysis: Analysis,
    chooser: SenseChooser,
    profile: LearnerProfile,
    words: WordInfo,
    *,
    choose_senses: bool = True,
) -> list[Candidate]:
    """Content lemmas and expressions of the story, with their features.

    Names, numbers and the learner's known or ignored words are left out here, so
    nothing later can gloss them. Without ``choose_senses`` the sense used in the
    story is not chosen and ``rare_sense`` is 0 (see `rank_candidates`).
    """
    by_lemma: dict[str, Candidate] = {}
    upos_votes: dict[str, dict[str, int]] = {}
    tokens = analysis.tokens
    candidate_indices = [i for i, token in enumerate(tokens) if _is_candidate_token(token)]
    chooser.prefetch([*(form for i in candidate_indices
                        for form in (tokens[i].lemma.lower(), tokens[i].text.lower())),
                      *(expression.lemma for expression in analysis.expressions)])
    for index in candidate_indices:
        token = tokens[index]
        if _glued_to_number(tokens, index):
            continue
        key, zipf = _dictionary_form(token, chooser, words)
        upos = _retagged(tokens, index, chooser, words) or chooser.word_pos(token)
        if _participle_as_adjective(tokens, index, chooser):
            key, upos, zipf = token.text.lower(), "ADJ", words.zipf(token.text.lower(), "ADJ")
        candidate = by_lemma.get(key)
        if candidate is None:  # not setdefault: a Candidate for every token costs
            candidate = by_lemma[key] = Candidate(lemma=key, upos=upos, occurrences=[],
                                                  zipf=zipf)
            upos_votes[key] = {}
        candidate.occurrences.append(index)
        votes = upos_votes[key]
        votes[upos] = votes.get(upos, 0) + 1
        if upos == candidate.upos and candidate.anchor < 0:
            candidate.anchor = index
    for key, votes in upos_votes.items():
        candidate = by_lemma[key]
        candidate.upos = max(votes, key=lambda u: (votes[u], _POS_PREFERENCE.get(u, 0)))
        candidate.anchor = next(
            (i for i in candidate.occurrences
             if _pos_here(analysis.tokens, i, chooser, words) == candidate.upos),
            candidate.first,
        )
    _merge_gerunds(by_lemma, upos_votes, words)
    for expression in analysis.expressions:
        key = expression.lemma
        candidate = by_lemma.setdefault(
            key,
            Candidate(lemma=key, upos="EXPR", occurrences=[], expression=expression,
                      anchor=expression.token_indices[0]),
        )
        candidate.occurrences.append(expression.token_indices[0])
    context = _StoryContext.of(analysis)
    words.prefetch(_transparent_bases(by_lemma.values()))
    found = []
    for candidate in by_lemma.values():
        if _status(candidate, profile) in (WordStatus.KNOWN, WordStatus.IGNORED):
            continue
        candidate.features = features_of(analysis, candidate, chooser, profile, context, words)
        candidate.features["transparent"] = _transparent(candidate, words)
        if choose_senses:
            candidate.features["rare_sense"] = _rare_sense(analysis, candidate, chooser)
        if candidate.features.get("capitalised", 0.0) >= NAME_LIKE_CAPITALS:
            continue
        if _symbol_or_foreign(candidate, chooser) or _language_term(candidate, chooser):
            continue
        found.append(candidate)
    return found


# Chemical symbols and abbreviations WordNet writes only with capitals ("Au", "Ca",
# "Le") are this short; written in lower case they are words of another language
# ("café au lait", "le monde"), not the element.
SYMBOL_LETTERS = 3


def _symbol_or_foreign(candidate: Candidate, chooser: SenseChooser) -> bool:
    """A short word the text writes in lower case that WordNet knows only capitalised."""
    lemma = candidate.lemma
    if candidate.expression is not None or len(lemma) > SYMBOL_LETTERS:
        return False
    written_as = chooser.lexicon.capitalised_pos(lemma)
    return bool(written_as) and written_as == set(chooser.pos_counts(lemma))


# The words English lessons are taught in (parts of speech, tenses, "clause",
# "grammar"): a learner meets them in their first lessons, whatever their frequency
# in the news, and an editor never glosses "noun" or "tense" in a grammar story.
LANGUAGE_TERMS = (
    "part_of_speech.n.01", "grammatical_category.n.01", "grammatical_relation.n.01",
    "content_word.n.01", "function_word.n.01", "string_of_words.n.01", "linguistics.n.01",
)


def _language_term(candidate: Candidate, chooser: SenseChooser) -> bool:
    """A noun whose every sense is a term of grammar ("adverb", "participle"); not
    "sentence" (a prison sentence) or "gender" (a person's sex), which have others."""
    if candidate.upos != "NOUN" or candidate.expression is not None:
        return False
    senses = chooser.outlines(candidate.lemma, "n")
    terms = chooser.synset_ids_below(LANGUAGE_TERMS)
    return bool(senses) and all(sense.synset_id in terms for sense in senses)


# When a word is used as a noun and a verb equally often, VOA glosses the noun.
_POS_PREFERENCE = {"NOUN": 4, "VERB": 3, "ADJ": 2, "ADV": 1}

# Verbs after which a participle describes the subject ("she felt overwhelmed").
_LINKING_VERBS = frozenset({"be", "feel", "seem", "become", "get", "look", "appear", "remain"})


def _participle_as_adjective(tokens: Sequence[Token], index: int, chooser: SenseChooser) -> bool:
    """A participle used as an adjective, which VOA glosses as one ("roasted –adj."):
    tagged as an adjective ("feel overwhelmed", defined by the verb when WordNet lacks
    the adjective), or before a noun or after a linking verb when WordNet has the form
    as an adjective; never after "have" ("had violated trade laws"), and after "be" or
    "get" only when the adjective is in use ("is violated" is a passive verb)."""
    token = tokens[index]
    surface = token.text.lower()
    if token.upos == "ADJ" and surface != token.lemma.lower():
        # tagged JJ, lemmatised as a verb
        return chooser.has_senses(surface, "a") or surface.endswith(("ed", "ing"))
    if token.pos != "VBN":
        return False  # VOA glosses "misleading" under its verb, "overwhelmed" as an adjective
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    before = tokens[index - 1] if index else None
    attributive = after is not None and after.sentence == token.sentence and after.pos in {
        "NN", "NNS"}
    linking = None
    if before is not None and before.sentence == token.sentence:
        linking = before
        if before.pos.startswith("RB") and index > 1:
            linking = tokens[index - 2]
    if linking is not None and linking.lemma.lower() == "have":
        return False  # a perfect tense: "had violated trade laws"
    predicative = linking is not None and linking.lemma.lower() in _LINKING_VERBS
    if predicative and linking is not None and linking.lemma.lower() not in {"be", "get"}:
        return True  # "feel overwhelmed": no passive reading; WordNet may lack the form
    if attributive:
        return chooser.has_senses(surface, "a")
    # After "be" or "get" a participle is most often a passive verb ("its sovereignty
    # is violated"): an adjective only when the form is one in use (SemCor counts it).
    return predicative and any(sense.count for sense in chooser.outlines(surface, "a"))


def _pos_here(tokens: Sequence[Token], index: int, chooser: SenseChooser,
              words: WordInfo) -> str:
    if _participle_as_adjective(tokens, index, chooser):
        return "ADJ"
    return _retagged(tokens, index, chooser, words) or chooser.word_pos(tokens[index])


def reading_at(tokens: Sequence[Token], index: int, chooser: SenseChooser,
               words: WordInfo) -> tuple[str, str]:
    """The lemma and Universal POS the token at ``index`` is defined under, as the
    glossary reads it: "roasted" in "roasted turkey" is the adjective "roasted", "immune"
    in "the immune system" an adjective though tagged as a noun. Word details use it,
    so a selected word means what its glossary entry says."""
    token = tokens[index]
    if _participle_as_adjective(tokens, index, chooser):
        return token.text.lower(), "ADJ"
    return token.lemma.lower(), _retagged(tokens, index, chooser, words) or chooser.word_pos(token)


def _retagged(tokens: Sequence[Token], index: int, chooser: SenseChooser,
              words: WordInfo) -> str | None:
    """The part of speech where the tagger's is impossible or unlikely, else None.

    * a "past tense" or "participle" that is no form of the verb ("it might be gossip":
      the participle is "gossiped") is the noun (or the adjective);
    * a noun before a noun that SemCor tags at least as often as an adjective (or,
      when it never tags it, that WordNet lists as often) is the adjective: "an ideal
      listening exercise", "the immune system"; "asteroid sample" stays a noun;
    * an "adjective" joined by "or"/"and" to a noun and ending its phrase ("noise or
      static.") is the noun: coordination joins words of one kind.
    """
    token = tokens[index]
    lemma = token.lemma.lower()
    text = token.text.lower()
    if (token.pos in {"VBN", "VBD"} and text == lemma
            and not words.is_unchanged_verb_form(text, token.pos)):
        for pos, upos in (("n", "NOUN"), ("a", "ADJ")):
            if chooser.has_senses(lemma, pos):
                return upos
        return None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    after_pos = after.pos if after is not None and after.sentence == token.sentence else ""
    if token.pos == "NN" and after_pos in {"NN", "NNS", "VBG"}:
        counts = chooser.pos_counts(lemma)
        as_adjective, as_noun = counts.get("a", 0), counts.get("n", 0)
        if as_adjective > 0 and as_adjective >= as_noun:
            return "ADJ"
        # When SemCor never tags the word, WordNet's senses say which it mostly is ("the
        # immune system": four adjectives, one noun; "an asteroid sample": one each, and
        # the tag stands).
        untagged = "a" in counts and not as_adjective and not as_noun
        if untagged and len(chooser.outlines(lemma, "a")) > len(chooser.outlines(lemma, "n")):
            return "ADJ"
        return None
    if token.pos == "JJ" and index >= 2 and not after_pos.startswith("NN"):
        conjunction, noun = tokens[index - 1], tokens[index - 2]
        joined = conjunction.text.lower() in {"or", "and"} and noun.pos in {"NN", "NNS"}
        if joined and chooser.has_senses(lemma, "n"):
            return "NOUN"
    return None


def _merge_gerunds(by_lemma: dict[str, Candidate], votes: dict[str, dict[str, int]],
                   words: WordInfo) -> None:
    """"highlighting" read as a noun and "highlight" as a verb in one story are one word
    to a learner (and VOA glosses the verb): fold the -ing noun into the verb."""
    for key in [k for k, c in by_lemma.items() if k.endswith("ing") and c.upos == "NOUN"]:
        # From the compiled facts: lemminflect's own look-up table is ~45 MB in memory.
        verb = words.lemma(key, "VBG")
        target = by_lemma.get(verb)
        if target is None or verb == key or target.upos != "VERB":
            continue
        gerund = by_lemma.pop(key)
        target.occurrences = sorted(target.occurrences + gerund.occurrences)
        merged = votes.setdefault(verb, {})
        merged["VERB"] = merged.get("VERB", 0) + len(gerund.occurrences)
        votes.pop(key, None)


def _glued_to_number(tokens: Sequence[Token], index: int) -> bool:
    """The "th" of "15th", the "s" of "1990s": not words a learner looks up."""
    before = tokens[index - 1] if index else None
    return before is not None and before.end == tokens[index].start and before.text[:1].isdigit()


# Below this Zipf a lemma is one wordfreq has never seen.
_UNSEEN_LEMMA_ZIPF = 1.5


def _dictionary_form(
    token: Token, chooser: SenseChooser, words: WordInfo
) -> tuple[str, float | None]:
    """The lemma to gloss, guarding against lemmatiser slips ("focused" -> "focuse"):
    when the lemma is no known word, the first dictionary form of the text's word
    that WordNet knows (as a verb, noun or adjective), else the word as written."""
    lemma = token.lemma.lower()
    if token.zipf > _UNSEEN_LEMMA_ZIPF or chooser.lexicon.has_lemma(lemma):
        return lemma, None
    surface = token.text.lower().replace("’", "'")
    # From the compiled facts: lemminflect's own look-up table is ~45 MB in memory.
    for upos, penn in (("VERB", "VB"), ("NOUN", "NN"), ("ADJ", "JJ")):
        form = words.lemma(surface, penn)
        if chooser.lexicon.has_lemma(form):
            return form, words.zipf(form, upos)
    if chooser.lexicon.has_lemma(surface):
        return surface, words.zipf(surface, "X")
    return lemma, None


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
    words: WordInfo | None = None,
) -> dict[str, float]:
    """The measurable signals of one candidate (see `FEATURES`), but for ``rare_sense``
    and ``transparent``."""
    tokens = analysis.tokens
    first = tokens[candidate.first]
    count = len(candidate.occurrences)
    is_expression = candidate.expression is not None
    if is_expression:
        zipf = _expression_zipf(candidate.lemma, words)
        cefr: float | None = None
        level = _zipf_rank(zipf)
    else:
        zipf = candidate.zipf if candidate.zipf is not None else first.zipf
        cefr = float(Level(first.cefr).rank) if first.cefr else None
        level = first.level.rank if first.level else _zipf_rank(zipf)
    text_zipf = math.log10(count / context.words) + 9
    senses = _outlines_of(analysis, candidate, chooser)
    title_hit = candidate.lemma in context.title_words or any(
        tokens[i].text.lower() in context.title_words for i in candidate.occurrences
    )
    ngsl_rank = _ngsl_rank(candidate.lemma)
    core = ngsl_rank <= NGSL_CORE_RANK
    return {
        "zipf": zipf,
        **_zipf_bands(zipf),
        "cefr_a": 1.0 if cefr is not None and cefr <= Level.A2.rank else 0.0,
        "cefr_b1": 1.0 if cefr == Level.B1.rank else 0.0,
        "cefr_b2": 1.0 if cefr == Level.B2.rank else 0.0,
        "cefr_c": 1.0 if cefr is not None and cefr >= Level.C1.rank else 0.0,
        "cefr_missing": 1.0 if cefr is None else 0.0,
        "ngsl_core": 1.0 if core else 0.0,
        "ngsl_rest": 1.0 if not core and ngsl_rank < _NOT_IN_NGSL else 0.0,
        "key_outside_core": 0.0 if core else max(0.0, text_zipf - zipf),
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
        "rare_sense": 0.0,
        "first_sense_share": _first_sense_share(senses),
        "length": float(len(candidate.lemma)),
        "quoted": sum(1 for i in candidate.occurrences if i in context.quoted) / count,
        "not_in_wordnet": 1.0 if not senses else 0.0,
        "news_academic": 1.0 if (cefr or 0) >= Level.B2.rank and zipf >= 4.0 else 0.0,
        "hyphenated": 1.0 if "-" in candidate.lemma else 0.0,
        "expression": 1.0 if is_expression else 0.0,
        "capitalised": _capitalised_share(analysis, candidate),
        "ngsl_log_rank": math.log10(min(ngsl_rank, _NOT_IN_NGSL)),
        "key_mid_frequency": max(0.0, text_zipf - zipf) if 3.5 <= zipf < 5.5 else 0.0,
        "sentences": math.log(len({tokens[i].sentence for i in candidate.occurrences})),
        "explained": 1.0 if _explained(analysis, candidate.first) else 0.0,
    }


_NOT_IN_NGSL = 10_000
_ZIPF_BAND_NAMES = ("zipf_below_3", "zipf_3", "zipf_3_5", "zipf_4", "zipf_4_5", "zipf_5",
                    "zipf_5_5")


def _zipf_bands(zipf: float) -> dict[str, float]:
    band = sum(1 for floor in ZIPF_BANDS if zipf >= floor)
    return {name: 1.0 if i == band else 0.0 for i, name in enumerate(_ZIPF_BAND_NAMES)}


def _ngsl_rank(lemma: str) -> int:
    """Rank of the lemma in the NGSL (1 = "the"); a large number when absent."""
    from ngsl.rank import RANK_DICT

    return RANK_DICT.get(lemma, _NOT_IN_NGSL)


# Suffixes and prefixes that build a word a learner can read from its parts
# ("effectively", "imprisonment", "unhappy"), longest first.
_SUFFIXES = ("ization", "ation", "ment", "ness", "ity", "ily", "ly", "ful", "less", "er",
             "ing", "ed", "al", "ion")
_PREFIXES = ("un", "re", "dis", "in", "im", "non", "over", "under", "pre", "mis")
# The base must be a word learners meet at least this often, and clearly more often
# than the derived word.
_BASE_ZIPF = 4.5
_BASE_MARGIN = 0.5


def _transparent(candidate: Candidate, words: WordInfo) -> float:
    """1.0 when the word is a common base plus one or two affixes, so a learner who
    knows the base can read it ("effectively", "imprisonment"); editors skip these."""
    floor = max(_BASE_ZIPF, candidate.features["zipf"] + _BASE_MARGIN)
    if any(words.zipf(form, "X") >= floor for form in _base_spellings(candidate)):
        return 1.0
    return 0.0


def _transparent_bases(candidates: Iterable[Candidate]) -> Iterator[str]:
    """Every spelling `_transparent` may look up for ``candidates`` (to read ahead)."""
    for candidate in candidates:
        yield from _base_spellings(candidate)


def _base_spellings(candidate: Candidate) -> tuple[str, ...]:
    lemma = candidate.lemma
    if candidate.expression is not None or "-" in lemma:
        return ()
    return _base_spellings_of(lemma)


# Read ahead, then looked up, for each candidate of each text: worked out once a word.
@lru_cache(maxsize=1 << 14)
def _base_spellings_of(lemma: str) -> tuple[str, ...]:
    return tuple(spelling for base in _bases(lemma) for inner in (base, *_bases(base))
                 for spelling in sorted(_spellings(inner)))


def _bases(word: str) -> list[str]:
    found = [word[: -len(s)] for s in _SUFFIXES if word.endswith(s)]
    found += [word[len(p):] for p in _PREFIXES if word.startswith(p)]
    return [b for b in found if len(b) >= 3]


def _spellings(base: str) -> set[str]:
    """What a base looks like as a word: "us" -> "use", "happi" -> "happy",
    "stopp" -> "stop"."""
    forms = {base, base + "e"}
    if base.endswith("i"):
        forms.add(base[:-1] + "y")
    if len(base) > 3 and base[-1] == base[-2]:
        forms.add(base[:-1])
    return {f for f in forms if len(f) >= 3}


# Words a writer uses to explain a term in the text itself ("a fin is...", "called").
_EXPLAINING_WORDS = frozenset({"called", "means", "meaning", "known", "refers", "or"})


def _explained(analysis: Analysis, index: int) -> bool:
    """Whether the story explains the word where it first appears: quoted, followed by
    a dash or a parenthesis, or next to "called", "means", "known as"..."""
    tokens = analysis.tokens
    sentence = tokens[index].sentence
    near = [t for t in tokens[max(0, index - 3):index + 4] if t.sentence == sentence]
    return any(t.text.lower() in _EXPLAINING_WORDS or t.text in {"(", "—", "–"} for t in near)


def _zipf_rank(zipf: float) -> int:
    from vocab.difficulty import zipf_level

    return zipf_level(zipf).rank


def _expression_zipf(lemma: str, words: WordInfo | None = None) -> float:
    if words is not None:
        return words.text_zipf(lemma)  # the same value, from the compiled word facts
    import wordfreq

    frequency = wordfreq.word_frequency(lemma, "en")
    return round(math.log10(frequency * 1e9), 2) if frequency > 0 else 1.0


def _senses_of(analysis: Analysis, candidate: Candidate, chooser: SenseChooser) -> list[Sense]:
    lemma, pos, surface = _wordnet_key(analysis, candidate, chooser)
    return chooser.senses(lemma, pos, surface) if pos else []


def _outlines_of(analysis: Analysis, candidate: Candidate, chooser: SenseChooser
                 ) -> list[SenseOutline]:
    """`_senses_of`, in outline."""
    lemma, pos, surface = _wordnet_key(analysis, candidate, chooser)
    return chooser.outlines(lemma, pos, surface) if pos else []


def _wordnet_key(analysis: Analysis, candidate: Candidate, chooser: SenseChooser
                 ) -> tuple[str, str, str]:
    """Where the candidate's senses are in WordNet: (lemma, POS, surface form); the
    POS is "" when it has none. The candidate's lemma in its POS, or else the anchor
    token's own (`SenseChooser.senses_for`)."""
    if candidate.expression is not None:
        return candidate.lemma, _expression_wordnet_pos(candidate.expression), ""
    pos = UPOS_TO_WORDNET[candidate.upos]
    if chooser.has_senses(candidate.lemma, pos):
        return candidate.lemma, pos, ""
    return chooser.wordnet_key(analysis.tokens[candidate.anchor])


def _rare_sense(analysis: Analysis, candidate: Candidate, chooser: SenseChooser) -> float:
    """1.0 when the story uses the word in a sense less common than its most common one."""
    senses = _senses_of(analysis, candidate, chooser)
    if candidate.expression is not None or len(senses) < 2:
        return 0.0  # an expression is read in its first sense; one sense is the common one
    chosen, _ = _choose(analysis, candidate, chooser)
    top = max(s.count for s in senses)
    return 1.0 if chosen is not None and chosen.rank > 1 and chosen.count < top else 0.0


def _choose(analysis: Analysis, candidate: Candidate, chooser: SenseChooser):  # type: ignore[no-untyped-def]
    """The sense at the candidate's anchor, in the candidate's lemma and POS."""
    token = analysis.tokens[candidate.anchor]
    if candidate.lemma == token.lemma.lower() and candidate.upos == chooser.word_pos(token):
        return chooser.choose(analysis, candidate.anchor)
    found = chooser.choose(analysis, candidate.anchor, lemma=candidate.lemma, upos=candidate.upos)
    return found if found[0] is not None else chooser.choose(analysis, candidate.anchor)


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

# VOA's labels for multi-word entries: a noun compound is a noun ("rotor blade -n.").
EXPRESSION_LABELS = {"phrasal verb": "phrasal verb", "idiom": "idiom", "phrase": "phrase",
                     "compound": "n."}


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
        story = chooser.story_words(analysis)
        beside = adjacent_words(analysis, expression.token_indices)
        ranked = [s for _, s in chooser.rank(senses, own, near, candidate.lemma, story, beside)]
        definition = define(ranked[0], ranked[1:], candidate.lemma, words, profile,
                            lexicon=chooser.lexicon)
        if not definition:
            return None
        return GlossaryEntry(
            word=candidate.lemma,
            lemma=candidate.lemma,
            pos=EXPRESSION_LABELS[expression.kind],
            definition=definition,
            example=example,
        )
    anchor = tokens[candidate.anchor]
    example = analysis.sentence_text(anchor.sentence).strip()
    chosen, others = _choose(analysis, candidate, chooser)
    if chosen is None:
        return None
    definition = define(chosen, others, candidate.lemma, words, profile,
                        lexicon=chooser.lexicon)
    if not definition:
        return None  # no wording without the headword: the next word is glossed
    word, note = _headword(anchor, candidate.lemma, chosen)
    return GlossaryEntry(
        word=word,
        lemma=candidate.lemma,
        pos=voa_label(candidate.upos),
        definition=definition,
        example=example,
        note=note,
    )


def _headword(token: Token, lemma: str, sense: object) -> tuple[str, str]:
    """The form VOA prints: the lemma, or the plural when the sense is plural-only
    ("affairs –n. (pl.)")."""
    sense_lemma = getattr(sense, "lemma", "")
    text = token.text.lower()
    # The plural form must differ from the singular: a tagger may call "maize" NNS.
    if token.pos == "NNS" and sense_lemma == text and lemma != text:
        return text, "(pl.)"
    return lemma, ""


def frequency_baseline(analysis: Analysis, limit: int) -> list[str]:
    """The obvious method, kept for comparison: the rarest content lemmas first."""
    rarest: dict[str, float] = {}
    for token in analysis.tokens:
        if token.is_word and not token.proper_noun and token.upos in CONTENT_UPOS:
            rarest.setdefault(token.lemma, token.zipf)
    return sorted(rarest, key=lambda lemma: (rarest[lemma], lemma))[:limit]


__all__ = ["build_glossary", "default_size", "frequency_baseline", "rank_candidates"]
