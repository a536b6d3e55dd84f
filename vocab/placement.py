"""A yes/no vocabulary test that places a learner on the CEFR scale (engine only, no UI).

The design follows Meara's X_Lex / Yes-No tests: real words sampled from thousand-word
frequency bands, mixed with made-up words. A learner who says "yes" to made-up words is
guessing, and their score is corrected for it. X_Lex stops at the 5,000 most frequent
words, where B2, C1 and C2 learners all score near the top (Milton 2010); this test goes
on to the 10,000 most frequent, so it can tell them apart.

    items = build_test(lexicon, rng=random.Random(7))
    result = score([(item, learner_says_yes(item.word)) for item in items])
    apply(store, result)   # sets the level, marks the words answered "yes" as known
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from vocab.closed_class import CLOSED_CLASS
from vocab.models import Level, WordStatus
from vocab.offensive import OFFENSIVE_WORDS
from vocab.store import Store

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon

BANDS = 10  # 1k..10k: above 5k is where B2, C1 and C2 learners differ
BAND_SIZE = 1000
TESTED_WORDS = BANDS * BAND_SIZE
# 50 real words and 10 made-up ones: 60 questions, a test of about three minutes (it
# was 40 + 10 over five bands). Five words a band is coarse for one band, but the size
# is the sum over ten bands, whose errors partly cancel.
WORDS_PER_BAND = 5
PSEUDO_WORDS = 10
# wordfreq ranks word forms; the 10,000th base form kept below is near rank 23,000.
RANKS_SEARCHED = 30_000
MIN_LENGTH = 3  # "ox", "go": too short to judge, and easy to confuse with parts of words

# Estimated size (base forms among the 10,000 most frequent) -> CEFR level: A1 < 1,000,
# A2 < 2,000, B1 < 3,250, B2 < 5,000, C1 < 8,000, C2 from 8,000. These are the usual
# rough estimates, not a standard (the CEFR states no sizes). Up to B2 they follow
# Milton & Alexiou (2009), "Vocabulary size and the Common European Framework of
# Reference for Languages", in Richards et al. (eds.), Vocabulary Studies in First and
# Second Language Acquisition, Palgrave, pp. 194-211 (X_Lex: B1 2,750-3,250, B2 from
# 3,250), with the A levels rounded down to whole thousands. X_Lex stops at 5,000, where
# their C1 and C2 learners already scored 3,750-5,000, so their C boundaries (3,750,
# 4,500) are a ceiling effect: the test placed a B2 learner who knew the 5,000 words at C2
# (QA walk-through). Above it: C2 from 8,000, the size Nation (2006, "How large a
# vocabulary is needed for reading and listening?", Canadian Modern Language Review 63)
# finds for reading unsimplified text with 98% of its words known (8,000-9,000 families).
CEFR_BY_SIZE = (
    (1000, Level.A1),
    (2000, Level.A2),
    (3250, Level.B1),
    (5000, Level.B2),
    (8000, Level.C1),
)
# The share of the top band's words known above which the learner may well know words
# rarer than the test asks: the estimate is then a floor ("and perhaps more").
KNOWS_THE_TOP_BAND = 0.8

# Left out of the sample: slurs and crude words (the learner sees every test word),
# the informal "yea", and frequent names that lemminflect also knows as rare common
# nouns ("peter out", "a tom cat"). Most names never get this far: lemminflect has no
# lemma for "john" or "london". And words a learner reads as a contraction that lost its
# apostrophe ("cant": can't).
EXCLUDED = OFFENSIVE_WORDS | frozenset(
    {
        "yea", "christ", "peter", "tom", "mike", "martin", "harry", "bob", "lee", "nick",
        "don", "trump", "jersey", "van", "potter", "jesus", "jean", "sam", "ben", "joe",
        "dan", "manila", "bobby", "cant", "wont",
    }
)

# Pseudo-words are built from English spelling patterns, so they look like words.
ONSETS = (
    "b",
    "bl",
    "br",
    "c",
    "cr",
    "d",
    "dr",
    "f",
    "fl",
    "g",
    "gl",
    "gr",
    "h",
    "l",
    "m",
    "n",
    "p",
    "pl",
    "pr",
    "r",
    "s",
    "sp",
    "st",
    "t",
    "tr",
    "v",
    "w",
)
SIMPLE_ONSETS = ("b", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v")
VOWELS = ("a", "e", "i", "o", "u", "ea", "oa", "ai")
CODAS = ("", "b", "d", "g", "l", "m", "n", "nd", "nt", "p", "r", "rk", "sh", "st", "t", "ck")
ENDINGS = ("", "", "er", "ent", "ish", "ous", "age", "ize", "ment", "ate")


@dataclass(frozen=True)
class PlacementItem:
    """One word of the test; ``band`` is 1..10 for a real word, None for a made-up one."""

    word: str
    band: int | None

    @property
    def real(self) -> bool:
        return self.band is not None


@dataclass(frozen=True)
class PlacementResult:
    vocabulary_size: int  # estimated words known of the 10,000 most frequent
    level: Level
    known_words: tuple[str, ...]  # real words the learner said they know
    false_alarm_rate: float  # share of made-up words the learner said they know
    # The learner knew the rarest words asked: they may know more than the test can show.
    beyond_the_test: bool = False

    @property
    def reliable(self) -> bool:
        """False when the learner said yes to many made-up words (guessing)."""
        return self.false_alarm_rate <= 0.3


# What the test has done of making itself (0.0 to 1.0), for a progress bar: the first
# test of a session reads wordfreq's and lemminflect's tables, ~5 s on a busy machine.
Progress = Callable[[float], None]

# The share of the first test's making done after each step, by the CPU time the steps
# take with the libraries not yet loaded (wordfreq's list 0.3 s, WordNet's capitals
# 0.35 s, lemminflect's tables 0.25 s, the pass over the words 0.2 s, made-up words
# 0.12 s): the bar moves with the time that passes, not with the steps done.
LISTED_SHARE = 0.25
CAPITALS_SHARE = 0.5
TABLES_SHARE = 0.7
WORDS_SHARE = 0.9
# How often the pass over the words says how far it is (in words chosen).
WORDS_PER_PROGRESS = 1_000

# `band_words`' answer for each lexicon, made once (the lists never change in a session).
# The app makes them ahead while it offers the test: a test started meanwhile waits on
# the lock for that answer, and hears its progress (`_listeners`), not making its own.
_bands_made: dict[Lexicon, tuple[tuple[str, ...], ...]] = {}
_making_bands = threading.Lock()
_listeners: list[Progress] = []


def band_words(lexicon: Lexicon, progress: Progress | None = None
               ) -> tuple[tuple[str, ...], ...]:
    """The 10,000 most frequent English base forms in ten bands (wordfreq + lemminflect).

    wordfreq ranks word forms, so inflected forms ("went", "cars", "absorbed"), names
    (lemminflect knows no lemma for "john"), function words and non-alphabetic tokens
    are dropped before the list is cut into bands; so are words WordNet mostly writes
    with a capital (``lexicon``): shown in lower case, as the test shows every word,
    "welsh" was read as the nationality it names (QA walk-through). Made once per
    lexicon; ``progress`` hears how far the making is (`LISTED_SHARE`...), from
    whichever thread makes them.
    """
    made = _bands_made.get(lexicon)
    if made is not None:
        return made
    if progress is not None:
        _listeners.append(progress)
    try:
        with _making_bands:
            made = _bands_made.get(lexicon)
            if made is None:
                made = _bands_made[lexicon] = _made_band_words(lexicon, _tell_listeners)
    finally:
        if progress is not None:
            _listeners.remove(progress)
    return made


def _tell_listeners(share: float) -> None:
    for listener in list(_listeners):
        listener(share)


def _made_band_words(lexicon: Lexicon, progress: Progress) -> tuple[tuple[str, ...], ...]:
    import lemminflect
    from wordfreq import top_n_list

    ranked = top_n_list("en", RANKS_SEARCHED)
    progress(LISTED_SHARE)
    capitalised = lexicon.written_with_a_capital(ranked)
    progress(CAPITALS_SHARE)
    lemminflect.getAllLemmas("warm")  # loads its tables: a step of its own for the bar
    progress(TABLES_SHARE)
    chosen: list[str] = []
    for word in ranked:
        if len(chosen) == BANDS * BAND_SIZE:
            break
        if (
            len(word) >= MIN_LENGTH
            and word.isascii()
            and word.isalpha()
            and word not in CLOSED_CLASS
            and word not in EXCLUDED
            and word not in capitalised
            and _base_form_only(lemminflect.getAllLemmas(word), word)
        ):
            chosen.append(word)
            if len(chosen) % WORDS_PER_PROGRESS == 0:
                progress(TABLES_SHARE + (WORDS_SHARE - TABLES_SHARE)
                         * len(chosen) / (BANDS * BAND_SIZE))
    return tuple(tuple(chosen[n : n + BAND_SIZE]) for n in range(0, len(chosen), BAND_SIZE))


def _base_form_only(lemmas: dict[str, tuple[str, ...]], word: str) -> bool:
    """True for a word that is its own lemma and no other word's inflection: keeps
    "decline", drops "absorbed" (absorb) and "goods" (good), which test the base word."""
    return bool(lemmas) and all(found == (word,) for found in lemmas.values())


def pseudo_words(count: int, rng: random.Random) -> list[str]:
    """Made-up words that look English but are not words (wordfreq has never seen them)."""
    from wordfreq import zipf_frequency

    made: list[str] = []
    while len(made) < count:
        word = rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
        if rng.random() < 0.4:  # some two-syllable stems, as real words have
            word += rng.choice(SIMPLE_ONSETS) + rng.choice(VOWELS[:5]) + rng.choice(CODAS)
        word += rng.choice(ENDINGS)
        if 5 <= len(word) <= 9 and word not in made and zipf_frequency(word, "en") == 0 \
                and not _reads_as_a_misprint(word):
            made.append(word)
    return made


# Made-up words this close to a word this common read as its misprint: "stuent",
# "caindate" were taken for "student" and "candidate" (QA walk-through), and a learner
# who says yes to them is counted as guessing. (difflib's ratio: 0.92 and 0.82 there.)
TYPO_OF_TOP_WORDS = 30_000
MISPRINT_RATIO = 0.8


@cache
def _common_words_by_start() -> dict[str, tuple[str, ...]]:
    from wordfreq import top_n_list

    by_start: dict[str, list[str]] = {}
    for word in top_n_list("en", TYPO_OF_TOP_WORDS):
        by_start.setdefault(word[:1], []).append(word)
    return {start: tuple(words) for start, words in by_start.items()}


def _reads_as_a_misprint(word: str) -> bool:
    """Whether ``word`` is nearly a common word of about its length and first letter."""
    import difflib

    alike = [common for common in _common_words_by_start().get(word[:1], ())
             if abs(len(common) - len(word)) <= 1]
    return bool(difflib.get_close_matches(word, alike, n=1, cutoff=MISPRINT_RATIO))


def build_test(
    lexicon: Lexicon,
    rng: random.Random | None = None,
    *,
    seed: int | None = None,
    words_per_band: int = WORDS_PER_BAND,
    pseudo: int = PSEUDO_WORDS,
    progress: Progress | None = None,
) -> list[PlacementItem]:
    """The test items, real and made-up words shuffled together; the real ones from
    `band_words` (``lexicon`` tells the words written with a capital).

    Pass ``rng`` or ``seed`` for a repeatable test; each retake with a new seed
    samples other words. ``progress`` hears how far the making is (0.0 to 1.0).
    """
    rng = rng or random.Random(seed)
    items = [
        PlacementItem(word, band)
        for band, words in enumerate(band_words(lexicon, progress), start=1)
        for word in rng.sample(words, words_per_band)
    ]
    items += [PlacementItem(word, None) for word in pseudo_words(pseudo, rng)]
    rng.shuffle(items)
    if progress is not None:
        progress(1.0)
    return items


def level_for_size(size: int) -> Level:
    for limit, level in CEFR_BY_SIZE:
        if size < limit:
            return level
    return Level.C2


def _corrected(hit_rate: float, false_alarm_rate: float) -> float:
    """Hits corrected for guessing: (h - f) / (1 - f), the classic correction used for
    Yes/No tests (Huibregtse, Admiraal & Meara 2002, "cfg"); 0 when every made-up word
    was accepted, as nothing can then be told from a "yes"."""
    if false_alarm_rate >= 1.0:
        return 0.0
    return min(1.0, max(0.0, (hit_rate - false_alarm_rate) / (1.0 - false_alarm_rate)))


def score(answers: Iterable[tuple[PlacementItem, bool]]) -> PlacementResult:
    """Estimate vocabulary size from yes/no answers: per band, the corrected share of
    words known times the band's size, summed over the ten bands."""
    answered = list(answers)
    pseudo = [yes for item, yes in answered if not item.real]
    false_alarms = sum(pseudo) / len(pseudo) if pseudo else 0.0
    size = 0.0
    known_share = 0.0
    for band in range(1, BANDS + 1):
        said = [yes for item, yes in answered if item.band == band]
        known_share = _corrected(sum(said) / len(said), false_alarms) if said else 0.0
        size += known_share * BAND_SIZE
    vocabulary_size = round(size)
    return PlacementResult(
        vocabulary_size=vocabulary_size,
        level=level_for_size(vocabulary_size),
        known_words=tuple(item.word for item, yes in answered if item.real and yes),
        false_alarm_rate=false_alarms,
        beyond_the_test=known_share >= KNOWS_THE_TOP_BAND,  # the last band's: the top
    )


def size_in_words(result: PlacementResult) -> str:
    """The estimate as the learner is told it, never more than the test can show:
    "about 3,250 of the 10,000 most frequent English words", and "and perhaps more
    beyond them" when they knew the rarest words asked."""
    said = f"about {result.vocabulary_size:,} of the {TESTED_WORDS:,} most frequent English words"
    return said + (", and perhaps more beyond them" if result.beyond_the_test else "")


# The reason saved with the marks the test makes: the words screen tells them by it.
MARKED_BY_LEVEL_TEST = "placement"


def apply(store: Store, result: PlacementResult) -> int | None:
    """Save the placement: the learner's level, and the words they said they know as
    known (undoable as one batch; words the learner already marked keep their mark).

    When the learner was guessing (see ``PlacementResult.reliable``) only the level is
    set. Returns the batch id, or None when no word was marked.
    """
    store.set_setting("level", result.level.value)
    store.set_setting(
        "placement",
        {
            "vocabulary_size": result.vocabulary_size,
            "level": result.level.value,
            "false_alarm_rate": result.false_alarm_rate,
        },
    )
    if not result.reliable:
        return None
    learner = store.profile()
    # A word marked in any part of speech is the learner's: a "known" beside it would
    # be a second entry of the same word.
    fresh = [(word, "") for word in result.known_words
             if learner.status_of(word) is WordStatus.NEW]
    if not fresh:
        return None
    return store.set_statuses(fresh, WordStatus.KNOWN, reason=MARKED_BY_LEVEL_TEST)
