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
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice, repeat
from operator import mul
from typing import TYPE_CHECKING

from vocab.candidates import (
    LANGUAGE_TERMS,
    Candidate,
    language_term,
    read_candidates,
    symbols_or_foreign,
    unit_symbol,
)
from vocab.collocations import preposition_examples
from vocab.compounds import compounds_read_with
from vocab.definitions import define, parts_wording, sum_of_its_parts
from vocab.features import (
    FEATURES,
    StoryContext,
    choose_sense,
    features_of,
    may_use_a_rare_sense,
    rare_sense,
    senses_of,
    transparent,
    transparent_bases,
    wordnet_key,
)
from vocab.gloss_words import crude_stem
from vocab.models import (
    Expression,
    GlossaryEntry,
    LearnerProfile,
    Level,
    Sense,
    Token,
    WordStatus,
    participle_form,
)
from vocab.senses import SenseChooser, voa_label
from vocab.sentence_cues import preposition_after
from vocab.token_facts import without_accents
from vocab.word_family import derived_lemmas, same_family
from vocab.word_parts import unlisted_word_meaning
from vocab.wordinfo import CONTENT_UPOS

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo

# VOA prints about 1.1 entries per 100 words (measured on the development set:
# `reader eval glossary` prints the density), so 7-9 for a 600-800-word story.
WORDS_PER_ENTRY = 90
MIN_ENTRIES, MAX_ENTRIES = 3, 10
# A word the text writes capitalised this often inside sentences is a name or part
# of one ("Workers' Party"), even when the tagger says otherwise.
NAME_LIKE_CAPITALS = 0.5

# Fitted by scripts/tune_glossary.py (pairwise: within each story, VOA's picks above
# the words it left; see that script for the cross-checks on held-out stories).
# "rare_sense" is the refit's weight for it once it asks for a sense of another field
# (`vocab.features.rare_sense`); the refit moved no other weight by more than 0.16, and
# pasting them all only reshuffled ties at the k boundary (0.401 against 0.413).
WEIGHTS: dict[str, float] = {
    "zipf": -0.29, "zipf_below_3": -0.30, "zipf_3": 0.44, "zipf_3_5": 0.62, "zipf_4": 0.55,
    "zipf_4_5": 0.22, "zipf_5": -0.09, "zipf_5_5": -0.44, "cefr_a": -0.14, "cefr_b1": 0.25,
    "cefr_b2": 0.35, "cefr_c": 0.30, "cefr_missing": -0.34, "level_gap": 0.13,
    "ngsl_core": -0.18, "ngsl_rest": 0.21, "log_count": 0.07, "keyness": 0.28,
    "key_outside_core": 0.11, "in_title": -0.16, "in_lead": -0.29, "first_position": -0.20,
    "noun": 0.25, "verb": -0.05, "adj": 0.09, "adv": -0.45, "log_senses": 0.11,
    "rare_sense": 0.54, "first_sense_share": 0.19, "length": 0.02, "quoted": 0.83,
    "not_in_wordnet": 0.01, "news_academic": 0.03, "hyphenated": 0.32, "expression": -0.46,
    "capitalised": -4.59, "ngsl_log_rank": 0.21, "key_mid_frequency": 0.31, "sentences": 0.10,
    "explained": -1.54, "transparent": -0.76,
}
BIAS = -0.13
# The most that choosing the sense used in the story can move a score (see
# `rank_candidates`): the weight of the one feature that depends on it.
SENSE_REACH = abs(WEIGHTS["rare_sense"])

# After a pick, other words of the same sentence lose this much score, so five
# words from one sentence are never glossed (VOA spreads its picks).
SAME_SENTENCE_PENALTY = 0.5
# The weights were fitted for a B1 reader. For a reader above B1, each step a word sits
# below their level (beyond what it sits below B1) costs this much; for one below B1,
# each step a word sits above their level, up to B1, earns it (words a B1 reader is
# glossed but a lower-level one knows no longer earned it: "bicycle", "desk" led an A2
# reader's list, QA walk-through). Words not above the learner's level are then left
# out but for a rarer sense (`_known_to_learner`).
LEVEL_STEP = 1.0
# A learner's "learning" words make the list, the best of them up to this share of it
# (at least one): after a few quizzes a learner has dozens, and a story's list had
# become theirs ("oven, volunteer, critic, sleep, risk" for a heat wave and water
# rationing, QA walk-through). The others are ranked as any word; all stay coloured.
LEARNING_BONUS = 100.0
LEARNING_SHARE = 1 / 3


def default_size(word_count: int) -> int:
    """How many entries VOA would print for a story of ``word_count`` words."""
    return max(MIN_ENTRIES, min(MAX_ENTRIES, round(word_count / WORDS_PER_ENTRY)))



def build_glossary(
    analysis: Analysis,
    chooser: SenseChooser,
    words: WordInfo,
    profile: LearnerProfile,
    *,
    max_entries: int | None = None,
) -> list[GlossaryEntry]:
    """The article's own glossary first, then generated entries, best first."""
    own = [with_example(analysis, entry) for entry in analysis.article.glossary]
    word_count = analysis.article.word_count
    limit = max_entries if max_entries is not None else default_size(word_count)
    # Without an explicit size, the list is not padded with words the learner knows:
    # past the story's own share (one entry per WORDS_PER_ENTRY words) only words above
    # the learner's level are added, and none far below it ever is. "Hello world. This
    # is a short test." gets no entry at all.
    share = limit if max_entries is not None else min(limit, round(word_count / WORDS_PER_ENTRY))
    seen = {entry.lemma.lower() for entry in own}
    # The senses are chosen as the walk below reaches the words (`Ranking`).
    ranked: list[Candidate] = _ranking(analysis, chooser, profile, words,
                                       _exact_depth(limit) + len(seen)).without(seen)
    ranked = _learning_words_within_share(ranked, profile, limit)
    generated: list[GlossaryEntry] = []
    known: set[str] = set()  # the generated entries of a level the learner knows

    def glossed(candidate: Candidate, own_level: bool = False) -> bool:
        if max_entries is None and not _worth_glossing(candidate, profile,
                                                       len(generated) < share):
            return False
        if _known_to_learner(analysis, candidate, chooser, profile, own_level=own_level):
            return False
        if _of_a_listed_family(candidate, [*own, *generated], chooser.lexicon):
            return False
        if _a_known_language_term_here(analysis, candidate, chooser, profile):
            return False
        entry = make_entry(analysis, candidate, chooser, words, profile)
        # A word glossed as the compound it is read in ("nest" as "nest egg") may meet
        # the compound's own entry: one is enough.
        if entry is None or _listed(entry, [*own, *generated]):
            return False
        same = _same_meaning(entry, [*own, *generated])
        if same is not None and same.lemma in known and _of_a_known_level(candidate, profile):
            # "bike (same as bicycle)": two words of one meaning, both of a level the
            # learner knows, need one entry. An easy word of a hard one's meaning
            # stays, as VOA lists "boring" after "tedious"; so do two hard words.
            return False
        if _of_a_known_level(candidate, profile):
            known.add(entry.lemma)
        generated.append(_linked_to_same_meaning(entry, [*own, *generated]))
        return True

    # Only the words glossed crowd their sentences (`spread_out`'s ``keep``).
    picks = spread_out(analysis, ranked, glossed)
    while len(generated) < limit and next(picks, None) is not None:
        pass
    if profile.level < Level.B1 and len(generated) < share:
        # An easy story has too few words above a beginner's level to fill its share:
        # the words of their own level, the ones they are still learning, fill it
        # ("brave", "lane" in a story of bike lanes), after all harder ones.
        # A word and an expression of it are one pick, in this pass as in the first
        # (`spread_out`): "alarm clock –n. (same as alarm)" was listed under "alarm".
        listed = {word for entry in generated for word in entry.lemma.split()}
        if isinstance(ranked, Ranking):
            ranked = ranked.settled()
        picks = spread_out(analysis, [c for c in ranked if listed.isdisjoint(c.lemma.split())],
                           lambda candidate: glossed(candidate, own_level=True))
        while len(generated) < share and next(picks, None) is not None:
            pass
    return own + generated


def _learning_words_within_share(ranked: list[Candidate], profile: LearnerProfile,
                                 limit: int) -> list[Candidate]:
    """``ranked`` with only its best "learning" words ahead of the story's own: the
    others lose `LEARNING_BONUS` and take their place as any word would."""
    room = max(1, int(limit * LEARNING_SHARE))
    learning = [c for c in ranked if _status(c, profile) is WordStatus.LEARNING]
    if len(learning) <= room:
        return ranked
    if isinstance(ranked, Ranking):  # which are the best is known once all are settled
        return _learning_words_within_share(ranked.settled(), profile, limit)
    for candidate in learning[room:]:
        candidate.score -= LEARNING_BONUS
    return sorted(ranked, key=lambda c: (-c.score, c.lemma))


def _of_a_listed_family(candidate: Candidate, listed: Sequence[GlossaryEntry],
                       lexicon: Lexicon) -> bool:
    """Whether a word of the candidate's family is listed already ("vaccination" and
    "vaccine" after "vaccinated": three of a flu story's six entries, QA walk-through):
    an editor glosses one word of a family, and the learner reads the others from it.
    Measured on the dev stories: recall@2k 0.520 -> 0.524, recall@k unchanged."""
    if candidate.expression is not None:
        return False
    return any(same_family(candidate.lemma, entry.lemma)
               or candidate.lemma in derived_lemmas(entry.lemma, lexicon)
               for entry in listed if " " not in entry.lemma)


# How far up WordNet's broader senses a language term's roots are looked for (a noun
# sits 2-4 steps below them: "sentence", "string of words").
_TERM_DEPTH = 6


def _a_known_language_term_here(analysis: Analysis, candidate: Candidate,
                                chooser: SenseChooser, profile: LearnerProfile) -> bool:
    """Whether the story uses a noun the learner's level knows in its sense of a language
    term ("sentence", "phrase", "object" in a grammar lesson): `language_term` leaves
    out the nouns that are such terms in every sense; these have others ("a prison
    sentence"), but not here. A harder term is the lesson's own ("qualifier"), glossed."""
    if (candidate.upos != "NOUN" or candidate.expression is not None
            or candidate.features.get("level_gap", 0.0) > 0
            or _status(candidate, profile) is WordStatus.LEARNING):
        return False
    sense, _ = choose_sense(analysis, candidate, chooser, whole_story=True)
    if sense is None or sense.synset not in chooser.lexicon.synset_names_below(LANGUAGE_TERMS):
        return False  # below no root at any depth: no walk up (a query a step) finds one
    for _ in range(_TERM_DEPTH):
        if sense is None:
            return False
        if sense.synset in LANGUAGE_TERMS:
            return True
        sense = chooser.lexicon.broader(sense.synset)
    return False


def _listed(entry: GlossaryEntry, listed: Sequence[GlossaryEntry]) -> bool:
    return any(other.lemma.lower() == entry.lemma.lower() for other in listed)


def _linked_to_same_meaning(entry: GlossaryEntry, listed: Sequence[GlossaryEntry]
                            ) -> GlossaryEntry:
    """``entry``, noting the listed word with the same definition, if any: "blizzard"
    and "snowstorm" are one WordNet meaning, and the second line, word for word the
    first, read as a mistake ("snowstorm –n. (same as blizzard) a storm with...").
    Editors gloss both words of such a pair (a story glossed "boring" and "tedious"),
    so the word stays, and so does its definition: the quiz asks it."""
    same = _same_meaning(entry, listed)
    if same is None:
        return entry
    return replace(entry, note=f"{entry.note} (same as {same.word})".lstrip())


def _same_meaning(entry: GlossaryEntry, listed: Sequence[GlossaryEntry]
                  ) -> GlossaryEntry | None:
    """The listed entry with ``entry``'s definition, word for word, if any."""
    return next((other for other in listed if other.definition == entry.definition), None)


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


def _known_to_learner(analysis: Analysis, candidate: Candidate, chooser: SenseChooser,
                      profile: LearnerProfile, *, own_level: bool = False) -> bool:
    """Whether ``candidate`` is a word a learner above B1 is not glossed: one below their
    level that they are not learning, unless the story uses it in a rarer sense and it
    is not far below. The ranking only lowers such words (`LEVEL_STEP`), so a C1
    learner's list for a story with few hard words was "mural, graffiti, rebel,
    organizer, warehouse, striking, toll, sharply", six of them B2 (QA walk-through);
    a shorter list is the right one. A rarer sense is the sense chooser's guess, and
    it let "stop –v." (A1) into a C1 list. A learner below B1 knows the words of their
    own level too (`difficult_for` leaves them plain): an A2 list had "cow, climb,
    bicycle, bike" (QA walk-through), but for an easy story's last places
    (``own_level``). At B1 the fitted ranking decides alone."""
    gap = candidate.features.get("level_gap", 0.0)  # the word's level minus the learner's
    if (profile.level is Level.B1 or not _of_a_known_level(candidate, profile)
            or (own_level and gap == 0)):
        return False
    if _status(candidate, profile) is WordStatus.LEARNING:
        return False
    if gap <= -FAR_BELOW_LEVEL:
        return True
    # Chosen only for the ranking's top places (`rank_candidates`): asked here again.
    return not (candidate.features.get("rare_sense", 0.0)
                or rare_sense(analysis, candidate, chooser))


def own_level_words(analysis: Analysis, chooser: SenseChooser, words: WordInfo,
                    profile: LearnerProfile, count: int) -> list[str]:
    """The lemmas of the ``count`` best-ranked words of the learner's own level, which
    a glossary for a learner below B1 leaves out (`_known_to_learner`) but for an easy
    story's last places: the quiz asks them ("brave", "lane" for an A2 learner)."""
    ranked = rank_candidates(
        analysis, chooser, profile, words, exact_top=count,
        keep=lambda c: c.expression is None and c.features.get("level_gap", 0.0) == 0)
    return [c.lemma for c in ranked[:count]]


def _of_a_known_level(candidate: Candidate, profile: LearnerProfile) -> bool:
    """Whether ``candidate``'s level is one the learner knows: below theirs, or theirs
    below B1. From B1 up a word of the learner's own level is one VOA glosses for them
    (the ranking was fitted so)."""
    gap = candidate.features.get("level_gap", 0.0)  # the word's level minus the learner's
    return gap < 0 or (gap == 0 and profile.level < Level.B1)


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
    keep: Callable[[Candidate], bool] | None = None,
) -> list[Candidate]:
    """Every candidate with its features and score, best first (ties by lemma); with
    ``keep``, only those it keeps (before ``exact_top`` counts its places).

    The sense used in the story is the costly signal (a Lesk choice over the glosses
    of every sense) and moves a score by at most `SENSE_REACH`. With ``exact_top``,
    it is chosen only for the words that can reach the first ``exact_top`` places,
    so those places are exactly what the full ranking gives; the words below keep
    a score without it (``rare_sense`` 0) and stay below.
    """
    return _ranking(analysis, chooser, profile, words, exact_top, keep).settled()


class Ranking(list[Candidate]):
    """Candidates best first by their scores so far, some of them still waiting for the
    sense their story uses (`rare_sense`), which can raise a score by `SENSE_REACH` at
    most: `spread_out` settles a waiting one when it reaches the top, so its picks are
    those of the settled ranking, and the Lesk choice is made for the few words the
    glossary reaches, not for every word within `SENSE_REACH` of its last places (at
    10,000 words 12 of the 37: 2,340 -> ~2,070 million instructions, an analysis and
    its glossary, `benchmarks.instructions`)."""

    def __init__(self, candidates: Iterable[Candidate], waiting: _Waiting) -> None:
        super().__init__(candidates)
        self.waiting = waiting

    def without(self, lemmas: Collection[str]) -> Ranking:
        """The ranking without the candidates of ``lemmas``."""
        return Ranking([c for c in self if c.lemma not in lemmas], self.waiting)

    def settled(self) -> list[Candidate]:
        """Every candidate's sense chosen, best first (ties by lemma)."""
        self.waiting.settle([c for c in self if self.waiting.holds(c)])
        return sorted(self, key=_ranked_order)


def _ranked_order(candidate: Candidate) -> tuple[float, str]:
    return -candidate.score, candidate.lemma


# How many waiting candidates are settled at once: their senses' signatures are read in
# one query, and the glossary's walk reaches the next ones soon after.
SETTLED_TOGETHER = 4
# Above the most a score can gain from `rare_sense`, with room for the rounding of its
# sum in another order (a bound must never fall below the settled score).
_ROUNDING = 1e-9


class _Waiting:
    """The candidates whose `rare_sense` is not chosen yet, in ranked order, and how
    to choose it for some; and those whose `transparent` is not read yet (``plain``:
    far below the places the sense is chosen for, `_read_transparent_above_floor`),
    whose score so far, with `transparent` 0, is the most it can be."""

    def __init__(self, candidates: list[Candidate],
                 settle: Callable[[list[Candidate]], None],
                 plain: list[Candidate] | None = None,
                 read_plain: Callable[[list[Candidate]], None] | None = None) -> None:
        self._order = candidates
        self._ids = {id(c) for c in candidates}
        self._settle = settle
        self._plain_order = plain or []
        self._plain = {id(c) for c in self._plain_order}
        self._read_plain = read_plain

    def holds(self, candidate: Candidate) -> bool:
        return id(candidate) in self._ids or id(candidate) in self._plain

    def bound(self, candidate: Candidate) -> float:
        """The most the candidate's score can be once settled."""
        return candidate.score + SENSE_REACH + _ROUNDING if id(candidate) in self._ids \
            else candidate.score

    def settle_with_next(self, candidate: Candidate) -> None:
        """Settle ``candidate`` and the next waiting ones of its kind after it in
        ranked order."""
        if id(candidate) in self._plain:
            others = (c for c in self._plain_order
                      if c is not candidate and id(c) in self._plain)
            self.settle([candidate, *islice(others, TRANSPARENT_READ_TOGETHER - 1)])
            return
        others = (c for c in self._order if c is not candidate and id(c) in self._ids)
        self.settle([candidate, *islice(others, SETTLED_TOGETHER - 1)])

    def settle(self, candidates: list[Candidate]) -> None:
        plain = [c for c in candidates if id(c) in self._plain]
        if plain and self._read_plain is not None:
            self._read_plain(plain)
            self._plain.difference_update(map(id, plain))
        batch = [c for c in candidates if id(c) in self._ids]
        if batch:
            self._settle(batch)
            self._ids.difference_update(map(id, batch))


def _ranking(analysis: Analysis, chooser: SenseChooser, profile: LearnerProfile,
             words: WordInfo, exact_top: int | None,
             keep: Callable[[Candidate], bool] | None = None) -> Ranking:
    """`rank_candidates` before any sense is chosen: the candidates that may use a
    rarer sense wait in the ranking (`Ranking`)."""
    found = collect_candidates(analysis, chooser, profile, words, choose_senses=False,
                               transparent_later=True)
    if keep is not None:
        found = [candidate for candidate in found if keep(candidate)]
    for candidate in found:
        _score(candidate, profile)  # with `transparent` 0: the most the score can be
    found.sort(key=_ranked_order)

    def read_transparent(batch: list[Candidate]) -> None:
        words.prefetch_frequencies(transparent_bases(batch))
        for candidate in batch:
            read = candidate.features["transparent"] = transparent(candidate, words,
                                                                   chooser.lexicon)
            if read:  # (at 0 the score is the one it has: `score` reads 0 for no value)
                _score(candidate, profile)

    plain = _read_transparent_above_floor(found, exact_top, read_transparent)
    found.sort(key=_ranked_order)
    if exact_top is not None and len(found) > exact_top:
        floor = found[exact_top - 1].score - SENSE_REACH
        to_choose = [c for c in found if c.score >= floor]
    else:
        to_choose = found
    keys = [wordnet_key(analysis, candidate, chooser) for candidate in to_choose]
    chooser.read_senses_ahead(word for lemma, _, surface in keys for word in (lemma, surface)
                              if word)
    to_choose = [c for c in to_choose if may_use_a_rare_sense(analysis, c, chooser)]

    def settle(batch: list[Candidate]) -> None:
        chooser.signatures.read_signatures_ahead(sense for candidate in batch
                                                 for sense in senses_of(analysis, candidate,
                                                                        chooser))
        for candidate in batch:
            candidate.features["rare_sense"] = rare_sense(analysis, candidate, chooser)
            _score(candidate, profile)

    return Ranking(found, _Waiting(to_choose, settle, plain, read_transparent))


# How many candidates' `transparent` is read at once (their bases' frequencies in one
# query): below the sense's floor, the glossary's walk reaches few.
TRANSPARENT_READ_TOGETHER = 16


def _read_transparent_above_floor(found: list[Candidate], exact_top: int | None,
                                  read: Callable[[list[Candidate]], None]
                                  ) -> list[Candidate]:
    """`transparent` read (``read``) for the candidates of ``found`` (best first by their
    scores with it 0, which it only lowers: weight -0.76) that `_ranking` weighs for a
    sense: the first ``exact_top`` places and all within `SENSE_REACH` of the last, as
    their true scores place them. Returns the others, in order: their scores stay below
    that floor whatever it is, and their `transparent` is read when the glossary's walk
    reaches one (`_Waiting`). At 10,000 words a few hundred of the candidates are
    never read."""
    if exact_top is None or len(found) <= exact_top:
        read(found)
        return []
    done = 0
    while done < len(found):
        if done >= exact_top:
            # The last of the first ``exact_top`` places among the read: no candidate
            # not read (its score at most the next's) can pass it, nor reach its floor.
            last = sorted(found[:done], key=_ranked_order)[exact_top - 1]
            if found[done].score < last.score - SENSE_REACH:
                break
        batch = found[done:done + TRANSPARENT_READ_TOGETHER]
        read(batch)
        done += len(batch)
    return found[done:]


def _score(candidate: Candidate, profile: LearnerProfile) -> None:
    candidate.score = score(candidate.features) + _level_adjustment(candidate, profile)
    if _status(candidate, profile) is WordStatus.LEARNING:
        candidate.score += LEARNING_BONUS


def _level_adjustment(candidate: Candidate, profile: LearnerProfile) -> float:
    gap = candidate.features["level_gap"]  # the word's level minus the learner's
    learner = profile.level.rank
    if learner < Level.B1.rank:
        return LEVEL_STEP * min(max(0.0, gap), Level.B1.rank - learner)
    level = gap + learner
    below_learner = max(0.0, learner - level)
    below_b1 = max(0.0, Level.B1.rank - level)
    return -LEVEL_STEP * (below_learner - below_b1)


def score(features: dict[str, float]) -> float:
    # Each weight times its feature, summed in `FEATURES`' order, in C (~650 candidates
    # at 10,000 words); `WEIGHTS` read now, as tune_glossary sets them.
    return BIAS + sum(map(mul, map(WEIGHTS.__getitem__, FEATURES),
                          map(features.get, FEATURES, repeat(0.0))))


def spread_out(analysis: Analysis, ranked: Sequence[Candidate],
               keep: Callable[[Candidate], bool] | None = None) -> Iterator[Candidate]:
    """Greedy re-ranking, lazily: each pick lowers the other words of its sentence,
    and a word and an expression containing it are never both picked. A candidate
    ``keep`` turns down (the glossary's: no definition, a family listed) is no pick:
    it lowers nothing, and its words stay free.

    A pick only ever lowers the others, so a candidate's last computed key bounds its
    true one: the heap's top, recomputed, is the best when it still beats the next
    top (a lazy greedy walk, the same picks as recomputing every key each time). A
    `Ranking`'s waiting candidate enters the heap with the most its score can be, and
    is settled when recomputed at the top: the picks of the settled ranking.
    """
    tokens = analysis.tokens
    sentences: dict[int, set[int]] = {}  # by order, for the candidates whose key is asked

    def crowding_of(order: int) -> int:
        if not used:
            return 0  # (no pick yet: every key of a settled ranking's first heap)
        found = sentences.get(order)
        if found is None:  # (a waiting ranking asks a few dozen of ~600 candidates)
            found = sentences[order] = {tokens[i].sentence for i in ranked[order].occurrences}
        return min(used.get(s, 0) for s in found)

    used: dict[int, int] = {}
    picked_words: set[str] = set()
    waiting = ranked.waiting if isinstance(ranked, Ranking) else None

    def key(order: int) -> tuple[float, int]:
        crowding = crowding_of(order)
        return (-(ranked[order].score - SAME_SENTENCE_PENALTY * crowding), order)

    def settled_key(order: int) -> tuple[float, float, str]:
        # Ties as a settled ranking's order has them: by score, then lemma.
        candidate = ranked[order]
        if waiting is not None and waiting.holds(candidate):
            waiting.settle_with_next(candidate)
        crowding = crowding_of(order)
        return (-(candidate.score - SAME_SENTENCE_PENALTY * crowding), -candidate.score,
                candidate.lemma)

    if waiting is None:
        heap: list[tuple[float, int] | tuple[float, float, str, int]] = [
            key(order) for order in range(len(ranked))]
    else:
        heap = [(-bound, -bound, c.lemma, order) for order, c in enumerate(ranked)
                for bound in (waiting.bound(c),)]
    heapq.heapify(heap)
    while heap:
        order = heap[0][-1]
        fresh = key(order) if waiting is None else (*settled_key(order), order)
        if fresh != heap[0]:
            heapq.heapreplace(heap, fresh)
            if heap[0] != fresh:
                continue
        heapq.heappop(heap)
        best = ranked[order]
        words = set(best.lemma.split())
        if words & picked_words or keep is not None and not keep(best):
            continue
        picked_words |= words
        yield best
        sentence = analysis.tokens[best.first].sentence
        used[sentence] = used.get(sentence, 0) + 1


def _status(candidate: Candidate, profile: LearnerProfile,
            tokens: Sequence[Token] = ()) -> WordStatus:
    """The learner's mark for ``candidate``; with the story's ``tokens``, also the mark
    its participles share (`LearnerProfile.status_of_token`): "overwhelm –v." was
    glossed where the learner had marked "overwhelmed" known (QA walk-through)."""
    if not profile.statuses:
        return WordStatus.NEW  # (no marks: asked for every candidate and its uses)
    status = profile.status_of(candidate.lemma, candidate.upos)
    if status is not WordStatus.NEW or candidate.expression is not None or not tokens:
        return status
    shared = (profile.status_of_token(tokens[i]) for i in candidate.occurrences
              if participle_form(tokens[i]))
    return next((s for s in shared if s is not WordStatus.NEW), status)



def collect_candidates(
    analysis: Analysis,
    chooser: SenseChooser,
    profile: LearnerProfile,
    words: WordInfo,
    *,
    choose_senses: bool = True,
    transparent_later: bool = False,
) -> list[Candidate]:
    """Content lemmas and expressions of the story, with their features.

    Names, numbers and the learner's known or ignored words are left out here, so
    nothing later can gloss them. Without ``choose_senses`` the sense used in the
    story is not chosen and ``rare_sense`` is 0 (see `rank_candidates`). With
    ``transparent_later`` the ``transparent`` feature is not read (0 for now: `_ranking`
    reads it for the words that can reach the glossary's places).
    """
    found_in_story = read_candidates(analysis, chooser, words)
    context = StoryContext.of(analysis)
    if not transparent_later:
        words.prefetch_frequencies(transparent_bases(found_in_story))
    symbols = symbols_or_foreign(found_in_story, chooser)
    found = []
    for candidate in found_in_story:
        if _status(candidate, profile, analysis.tokens) in (WordStatus.KNOWN,
                                                            WordStatus.IGNORED):
            continue
        candidate.features = features_of(analysis, candidate, chooser, profile, context, words)
        if not transparent_later:
            candidate.features["transparent"] = transparent(candidate, words, chooser.lexicon)
        if choose_senses:
            candidate.features["rare_sense"] = rare_sense(analysis, candidate, chooser)
        if candidate.features.get("capitalised", 0.0) >= NAME_LIKE_CAPITALS:
            continue
        if (candidate.lemma in symbols or language_term(candidate, chooser)
                or unit_symbol(candidate, chooser)):
            continue
        if "." in candidate.lemma:
            # An abbreviation written with periods ("a.m.", "e.g."): how a time or an
            # example is written, which no editor glosses ("a.m. –adj. before noon").
            continue
        found.append(candidate)
    return found


# --- entries ------------------------------------------------------------------------

# VOA's labels for multi-word entries: a noun compound is a noun ("rotor blade -n.").
EXPRESSION_LABELS = {"phrasal verb": "phrasal verb", "idiom": "idiom", "phrase": "phrase",
                     "compound": "n."}


# Tags of a verb expression's last word that make it a verb and its object, no verb and
# its particle: "take turns", "take notice", "make sense".
_NOUN_OR_ADJECTIVE_TAGS = frozenset({"NN", "NNS", "JJ"})


def _expression_label(analysis: Analysis, expression: Expression) -> str:
    """VOA's label for ``expression``: a two-word verb expression whose second word is a
    noun or an adjective is a phrase, not a phrasal verb (a verb and its particle or
    preposition: "soak up", "deal with"); "take turns –phrasal verb" had been listed."""
    if expression.kind == "phrasal verb" and len(expression.token_indices) == 2:
        last = analysis.tokens[expression.token_indices[-1]]
        if last.pos in _NOUN_OR_ADJECTIVE_TAGS:
            return EXPRESSION_LABELS["phrase"]
    return EXPRESSION_LABELS[expression.kind]


def make_entry(
    analysis: Analysis,
    candidate: Candidate,
    chooser: SenseChooser,
    words: WordInfo,
    profile: LearnerProfile,
) -> GlossaryEntry | None:
    """A VOA-style entry: the form the story uses, VOA's label, an easy definition."""
    tokens = analysis.tokens
    example = example_sentence(analysis, [candidate.first, *candidate.occurrences])
    if candidate.expression is not None:
        expression = candidate.expression
        ranked = chooser.choose_expression(analysis, expression)
        if not ranked:
            return None
        definition = define(ranked[0], ranked[1:], candidate.lemma, words, profile,
                            lexicon=chooser.lexicon)
        if not definition:
            return None
        return GlossaryEntry(
            word=_expression_headword(analysis, expression),
            lemma=candidate.lemma,
            pos=_expression_label(analysis, expression),
            definition=definition,
            example=example,
        )
    chosen, others = choose_sense(analysis, candidate, chooser, whole_story=True)
    if chosen is None:
        return _unlisted_word_entry(analysis, candidate, chooser, words, profile, example)
    if sum_of_its_parts(candidate.lemma, chosen, words, profile, chooser.lexicon):
        return None  # "warship": "war" and "ship" say it; the next word is glossed
    read_with = {**compounds_read_with(analysis, candidate.occurrences, chooser, chosen),
                 **_compounds_named_by(analysis, candidate.occurrences, chosen)}
    inside = [i for i in candidate.occurrences if i in read_with]
    alone = [i for i in candidate.occurrences if i not in read_with]
    compound = read_with[inside[0]] if inside and all(
        read_with[i].lemma == read_with[inside[0]].lemma for i in inside) else None
    kind = _kind_its_compound_is_of(analysis, compound, candidate.lemma, chooser) \
        if compound is not None and len(alone) < len(inside) else None
    if kind is not None:
        # "tour guide –a guide who leads others on a tour" defines the compound by the word
        # the ranking chose: the word is glossed, in the sense the compound is a kind of.
        chosen = kind
        others = [s for s in senses_of(analysis, candidate, chooser) if s.synset != kind.synset]
    elif compound is not None and len(alone) < len(inside):
        whole = Candidate(lemma=compound.lemma, upos="EXPR", occurrences=[inside[0]],
                          expression=compound, anchor=inside[0])
        entry = make_entry(analysis, whole, chooser, words, profile)
        if entry is not None or chooser.choose_expression(analysis, compound):
            # A compound whose gloss only turns it round is not worded ("hardware store
            # –a store selling hardware"), and its word's own sense would mislead
            # ("hardware –the components making up a computer system"): neither is listed.
            return entry
    elif compound is not None:
        # Mostly alone: glossed, and its example taken, where it stands alone ("a bird
        # built a nest"), not in the compound, which means something else ("nest egg").
        candidate = replace(candidate, occurrences=alone,
                            anchor=candidate.anchor if candidate.anchor in alone else alone[0])
        chosen, others = choose_sense(analysis, candidate, chooser, whole_story=True)
        if chosen is None:
            return None
    anchor = tokens[candidate.anchor]
    example = example_sentence(analysis, _outside_compounds(
        analysis, [candidate.anchor, *candidate.occurrences]))
    definition = define(chosen, others, candidate.lemma, words, profile,
                        lexicon=chooser.lexicon)
    if not definition:
        return None  # no wording without the headword: the next word is glossed
    word, note = _headword(anchor, candidate.lemma, chosen)
    label = voa_label(candidate.upos)
    preposition = _preposition_taken(tokens, candidate.anchor, candidate, chosen, words,
                                     chooser.lexicon)
    frame = _fixed_frame(tokens, candidate.anchor, candidate, chosen)
    if preposition:
        # A verb whose sense takes a preposition ("grab for", "engage with") is still
        # WordNet's one-word verb, labelled as VOA labels such verbs (v.); a phrasal
        # verb is a lemma of its own, found among the story's expressions.
        word = f"{word} {preposition}"
        label = label if candidate.upos == "VERB" else EXPRESSION_LABELS["phrase"]
    elif frame:
        word, label = frame, EXPRESSION_LABELS["phrase"]
    return GlossaryEntry(
        word=word,
        lemma=candidate.lemma,
        pos=label,
        definition=definition,
        example=example,
        note=note,
    )


def _compounds_named_by(analysis: Analysis, occurrences: Sequence[int], sense: Sense
                        ) -> dict[int, Expression]:
    """The noun compounds at ``occurrences`` whose own WordNet meaning ``sense`` is, the
    word being one of its names, when that meaning is a kind of the compound's last
    word: "alarm" is a name of the alarm clock, "a clock that wakes a sleeper", and in
    "set the alarm clock" its entry named the word and defined the compound ("alarm –n.
    a clock that...": the story's "alarm clock" read as a clock clock). The compound is
    the word the story uses there. A meaning that is no kind of the last word reads as
    the word's own: "football" in "a football game" (any of various games played with
    a ball), as VOA glosses a compound's first word in the compound's sense when its
    definition opens with another noun."""
    names = {name.lower().replace("_", " ") for name in sense.synonyms}
    at = set(occurrences)
    return {index: expression for expression in analysis.expressions
            if expression.kind == "compound" and expression.lemma in names
            and _defined_as_a_kind_of(sense.definition, expression.lemma.split()[-1])
            for index in expression.token_indices if index in at}


def _defined_as_a_kind_of(definition: str, head: str) -> bool:
    """Whether ``definition`` opens with ``head`` as its noun phrase's head: "a clock
    that wakes...", "medium-sized live-bearing shark with...", not "the first stage of
    a multistage rocket"."""
    opening = re.split(r"\b(?:of|that|which|who|with|for|in|on|used|having)\b|[;,(]",
                       definition.lower(), maxsplit=1)[0]
    stem = crude_stem(head)
    return any(crude_stem(word) == stem
               for word in re.findall(r"[a-z]+(?:-[a-z]+)*", opening)[:_OPENING_WORDS])


# How many words of a definition's opening may come before its head noun: an article and
# two modifiers ("a small round clock").
_OPENING_WORDS = 4


def _kind_its_compound_is_of(analysis: Analysis, compound: Expression, lemma: str,
                             chooser: SenseChooser) -> Sense | None:
    """The sense of ``lemma`` that ``compound``'s sense in the story is a kind of (its first
    broader term), when the compound's gloss names the word as that kind ("tour guide –a
    guide who leads others on a tour"); None otherwise. Such a gloss cannot be read
    without the word, and the compound reads from its parts once the word is known. A
    compound whose gloss does not name the word is read whole, though WordNet files it
    under the word: "traffic jam" (a number of vehicles blocking one another) is a
    "jam", a crowd of people, and "jam" glossed so misled (QA walk-through)."""
    ranked = chooser.choose_expression(analysis, compound)
    if not ranked:
        return None
    broader = chooser.lexicon.broader(ranked[0].synset)
    if broader is None or lemma not in (name.lower() for name in broader.synonyms):
        return None
    named = re.findall(r"[a-z]+", ranked[0].definition.lower())
    return broader if lemma in named else None


def _unlisted_word_entry(analysis: Analysis, candidate: Candidate, chooser: SenseChooser,
                         words: WordInfo, profile: LearnerProfile, example: str
                         ) -> GlossaryEntry | None:
    """The entry of a word the dictionary lacks, worded as word details word it: a
    verb's form by its verb, a word made of parts by their meanings ("cyberbullying",
    "self-checkout"). The ranking puts such words high (new words are what an editor
    glosses), and with no WordNet sense they had no entry: a story's first-ranked word
    was left out. None for anything else (a misspelling, a foreign word)."""
    if not candidate.features.get("not_in_wordnet"):
        return None  # a word WordNet has in another part of speech: not taken apart
    meaning, parts = unlisted_word_meaning(analysis, candidate.anchor, chooser, words,
                                           profile)
    definition = meaning or parts_wording(parts)
    if not definition:
        return None
    return GlossaryEntry(word=candidate.lemma, lemma=candidate.lemma,
                         pos=voa_label(candidate.upos), definition=definition,
                         example=example)


def _outside_compounds(analysis: Analysis, occurrences: list[int]) -> list[int]:
    """``occurrences`` not inside a compound the story uses, when there are any: a
    word's example shows it alone ("a bird built a nest"), not in a compound that may
    mean something else ("her nest egg"), however the compound's sense reads it."""
    inside = {index for expression in analysis.expressions if expression.kind == "compound"
              for index in expression.token_indices}
    return [index for index in occurrences if index not in inside] or occurrences


def example_sentence(analysis: Analysis, occurrences: Sequence[int]) -> str:
    """The sentence of the first of ``occurrences`` (token indices, the preferred first)
    that is no subheading, as a learner sees it alone; a subheading only when the word
    is in no other sentence. "A striking mural", a subheading, was the example of
    "mural" and "striking", both in the next sentence (QA walk-through)."""
    if not occurrences:
        return ""
    chosen = next((i for i in occurrences
                   if not analysis.in_subheading(analysis.tokens[i].sentence)), occurrences[0])
    return analysis.sentence_shown_at(chosen).text.strip()


def with_example(analysis: Analysis, entry: GlossaryEntry) -> GlossaryEntry:
    """A VOA entry with the story's first sentence that uses its word, in any form, as
    its example, as generated entries have ("electrodes" for "electrode", "hold up"
    for "hold up"); VOA's entries had none, and a lesson printed none for them."""
    if entry.example:
        return entry
    found = _occurrences_of(analysis.tokens, entry.lemma.lower().split())
    return replace(entry, example=example_sentence(analysis, found)) if found else entry


def _occurrences_of(tokens: Sequence[Token], words: Sequence[str]) -> list[int]:
    """Where the tokens read ``words`` in a row, each as written or as its lemma."""
    def reads(token: Token, word: str) -> bool:
        return word in (token.text.lower(), token.lemma.lower())

    span = len(words)
    return [start for start in range(len(tokens) - span + 1) if span
            and all(reads(tokens[start + n], word) for n, word in enumerate(words))]


def _headword(token: Token, lemma: str, sense: object) -> tuple[str, str]:
    """The form VOA prints: the lemma, or the plural when the sense is plural-only
    ("affairs –n. (pl.)")."""
    sense_lemma = getattr(sense, "lemma", "")
    text = token.text.lower()
    # The plural form must differ from the singular: a tagger may call "maize" NNS.
    if token.pos == "NNS" and sense_lemma == text and lemma != text:
        return text, "(pl.)"
    plain = without_accents(text)
    if plain != text and plain.startswith(lemma) and len(plain) == len(text):
        # Looked up plain, printed with the text's accents: "résumé", not "resume".
        return text[:len(lemma)], ""
    return lemma, ""


# The prepositions a verb or an adjective may take as its own, printed with it ("consist
# of", "aware of", "acquainted with"): not "by" (a passive's doer), "than", "as", "like",
# nor the words that open a clause ("that", "if", "because"). "to" is tagged as the
# infinitive's mark (PART) wherever it stands, so it is no preposition here.
_TAKEN_PREPOSITIONS = frozenset({"about", "against", "at", "for", "from", "in", "into", "of",
                                 "on", "onto", "upon", "with"})
# The prepositions that also say where or when ("gather in the park", "arrive at noon"),
# and the kinds of noun that, after them, do ("park", "room", "sea", "June").
_PLACE_PREPOSITIONS = frozenset({"at", "from", "in", "into", "on", "onto", "upon"})
_PLACE_OR_TIME_FIELDS = frozenset({"noun.location", "noun.artifact", "noun.object",
                                   "noun.time"})
# What stands between a preposition and its noun: "in the old park", "in our two rooms".
_BEFORE_THE_NOUN = frozenset({"DT", "PDT", "PRP$", "POS", "JJ", "JJR", "JJS"})


def _preposition_taken(tokens: Sequence[Token], index: int, candidate: Candidate,
                       sense: Sense, words: WordInfo, lexicon: Lexicon) -> str:
    """The preposition right after the verb or adjective at ``index`` when the word takes
    it in the sense used, as VOA prints such a word ("consist of", "acquainted with"):
    one of WordNet's examples of the sense has the word (in any form) before the same
    preposition, and no name after it ("fully acquainted with the facts", "What does this
    dish consist of?"). A name there says where something happens, not what the word
    takes: "The plane landed in Istanbul" is no "land in"; nor, in the story, does a
    place, a time or a number after "in", "at", "on"... ("gather in the old park", "in
    June", "available in Canada"). "" for none."""
    preposition = preposition_after(tokens, index) if candidate.upos in ("VERB", "ADJ") else ""
    if preposition not in _TAKEN_PREPOSITIONS or (
            preposition in _PLACE_PREPOSITIONS and _place_or_time_after(tokens, index + 1,
                                                                       lexicon)):
        return ""
    lemmas = {candidate.lemma, tokens[index].lemma.lower()}
    taken = any(preposition_examples(sense.examples, lemma, preposition, words,
                                     no_name_after=True) for lemma in lemmas)
    return preposition if taken else ""


def _fixed_frame(tokens: Sequence[Token], index: int, candidate: Candidate,
                 sense: Sense) -> str:
    """The phrase a noun stands in, printed as VOA prints it ("for the sake of", "on
    behalf of"), when the text has the noun between a preposition (and "the") and "of",
    and at least half of the WordNet examples of its sense that name it have it in the
    same words ("died for the sake of his country"): the sense is the phrase's. One
    example in three is a place, not a phrase ("she sat on the edge of the bed"). ""
    for none."""
    if (candidate.upos != "NOUN" or index + 1 >= len(tokens)
            or tokens[index + 1].text.lower() != "of"):
        return ""
    start = index - 1
    if start > 0 and tokens[start].text.lower() == "the":
        start -= 1
    if start < 0 or tokens[start].pos != "IN" or tokens[start].sentence != tokens[index].sentence:
        return ""
    frame = " ".join(t.text.lower() for t in tokens[start:index + 2])
    named = [e.lower() for e in sense.examples if _names(e.lower(), tokens[index].text.lower())]
    framed = [e for e in named if _names(e, frame)]
    return frame if framed and 2 * len(framed) >= len(named) else ""


def _names(text: str, words: str) -> bool:
    return re.search(rf"\b{re.escape(words)}\b", text) is not None


def _place_or_time_after(tokens: Sequence[Token], at: int, lexicon: Lexicon) -> bool:
    """Whether the noun the preposition at ``at`` governs is a name, a number or a noun
    first of all a place, a thing or a time ("the old park", "Canada", "June", "1990")."""
    for token in tokens[at + 1:at + 5]:
        if token.sentence != tokens[at].sentence:
            return False
        if token.proper_noun or token.pos in ("CD", "NNP", "NNPS"):
            return True
        if token.pos in ("NN", "NNS"):
            senses = lexicon.senses(token.lemma.lower(), "n")
            return bool(senses) and senses[0].lexname in _PLACE_OR_TIME_FIELDS
        if token.pos not in _BEFORE_THE_NOUN:
            return False
    return False


def _expression_headword(analysis: Analysis, expression: Expression) -> str:
    """The expression's lemma, printed with the story's accents when it writes the same
    words with them: "crème brûlée", which WordNet spells "creme brulee"."""
    written = " ".join(analysis.tokens[i].text for i in expression.token_indices).lower()
    plain = without_accents(written)
    # "heat stroke" as the story writes WordNet's "heatstroke".
    return written if expression.lemma in (plain, plain.replace(" ", "")) else expression.lemma


def frequency_baseline(analysis: Analysis, limit: int) -> list[str]:
    """The obvious method, kept for comparison: the rarest content lemmas first."""
    rarest: dict[str, float] = {}
    for token in analysis.tokens:
        if token.is_word and not token.proper_noun and token.upos in CONTENT_UPOS:
            rarest.setdefault(token.lemma, token.zipf)
    return sorted(rarest, key=lambda lemma: (rarest[lemma], lemma))[:limit]


__all__ = ["build_glossary", "default_size", "frequency_baseline", "rank_candidates"]
