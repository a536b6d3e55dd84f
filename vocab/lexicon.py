"""WordNet compiled once into SQLite, so the engine never pays NLTK's load at start.

Loading WordNet through NLTK takes seconds (it builds sense maps on load); opening
the compiled file takes milliseconds. ``compile_lexicon`` is the only place that
reads WordNet itself, straight from its database files (``data.*``, ``index.*``,
``cntlist.rev``) by NLTK's rules: compared table by table with a compile through
NLTK's ``WordNetCorpusReader`` on WordNet 3.0, every row is the same, in half the
time. ``Lexicon`` only reads the SQLite file, read-only.

Lemmas are stored lowercase with spaces between words ("work out"). Synsets keep
NLTK's names ("counter.v.01", satellites "big.s.02") so other code and NLTK agree.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from vocab.models import INFINITIVE_FRAMES, OBJECT_FRAMES, Sense
from vocab.packed import rows_for_keys

# Bump when the tables change: the version key then differs and the lexicon recompiles.
SCHEMA_VERSION = 13  # 3: expressions by first pair; 4: glosses cleaned; 5: verb complements,
# brackets unpadded; 6: whether a verb sense takes "to" + infinitive; 7: pertainyms, every
# attribution unquoted; 8: a verb sense's sentence frames; 9: two-word nouns written as one;
# 10: no names among the expressions; 11: whether SemCor tags an expression; 12: an example
# with one quotation mark is an example, and no empty clauses; 13: a plural noun of its own
# has its singular's "(usually plural)" senses

# WordNet 3.0's lexicographer files, in file-number order (the ``lex_filenum`` of
# every data line). NLTK reads them from a ``lexnames`` file that Debian does not
# ship: ``vocab.data`` writes that file from this list.
_LEXNAMES_TEXT = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute"
    " noun.body noun.cognition noun.communication noun.event noun.feeling noun.food"
    " noun.group noun.location noun.motive noun.object noun.person noun.phenomenon"
    " noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape"
    " noun.state noun.substance noun.time verb.body verb.change verb.cognition"
    " verb.communication verb.competition verb.consumption verb.contact verb.creation"
    " verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative"
    " verb.weather adj.ppl"
)
LEXNAMES = tuple(_LEXNAMES_TEXT.split())

# Synset relations ``related_lemmas`` and ``related_glosses`` follow; NLTK's pointer
# symbols. Hypernyms and hyponyms include instance links ("Paris" -> "city").
NEIGHBOUR_POINTERS = {
    "@": "hypernym",
    "@i": "hypernym",
    "~": "hyponym",
    "~i": "hyponym",
    "&": "similar",
    "^": "also",
}
class _CaseUses(NamedTuple):
    """How often SemCor tags a lemma written with a capital and without, and how many of
    its senses are written each way."""

    capitalised_uses: int
    other_uses: int
    capitalised: int
    other: int

    def capitalised_share(self) -> float:
        """The share of uses written with a capital: by SemCor's counts, or, when SemCor
        never tags the lemma, by its senses."""
        if self.capitalised_uses + self.other_uses:
            return self.capitalised_uses / (self.capitalised_uses + self.other_uses)
        return self.capitalised / (self.capitalised + self.other)


# At least two of three uses with a capital make a word one a learner reads as a name
# or a nationality in lower case (`Lexicon.written_with_a_capital`): "welsh", "august".
# A bare majority took in words read in lower case as often: "south" (42 of 67 of
# SemCor's uses are the South, a region), "earth", "north".
WRITTEN_WITH_A_CAPITAL_SHARE = 2 / 3


# A word SemCor tags as a common noun no more than this is hardly one in English: a
# capital at a sentence's start may then be a name's (`Lexicon.seldom_common_nouns`).
SELDOM_USES = 1

# Lemma-level pointers: derivationally related forms and antonyms.
LEMMA_POINTERS = {"+": "derivation", "!": "antonym"}
# The lemma-level pointer from an adverb to the adjective it is made from ("effectively"
# -> "effective"), kept as a relation between their synsets: `Lexicon.pertainyms`. Not
# one of the neighbours the sense chooser reads.
PERTAINYM_POINTER = "\\"
PERTAINYM = "pertainym"

# Whether a sense (a row ``x`` of the senses table) is a person named with a capital
# ("Graves", "Ford"); the synsets table, whose rows are wide, is read only for the few
# capitalised senses.
_PERSON = ("CASE WHEN x.capitalised THEN (SELECT p.lexname = 'noun.person' FROM synsets p"
           " WHERE p.id = x.synset_id) ELSE 0 END")
# The same, where the synset is joined as ``s``.
_PERSON_JOINED = "x.capitalised AND s.lexname = 'noun.person'"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE synsets (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, pos TEXT NOT NULL, lexname TEXT NOT NULL,
    definition TEXT NOT NULL, examples TEXT NOT NULL, synonyms TEXT NOT NULL);
CREATE TABLE senses (
    lemma TEXT NOT NULL, pos TEXT NOT NULL, rank INTEGER NOT NULL,
    synset_id INTEGER NOT NULL, count INTEGER NOT NULL, capitalised INTEGER NOT NULL,
    frames TEXT NOT NULL);
CREATE TABLE relations (synset_id INTEGER NOT NULL, kind TEXT NOT NULL, target_id INTEGER NOT NULL);
CREATE TABLE lemma_links (
    synset_id INTEGER NOT NULL, kind TEXT NOT NULL, lemma TEXT NOT NULL, target TEXT NOT NULL);
CREATE TABLE expressions (
    first TEXT NOT NULL, pair TEXT NOT NULL, lemma TEXT NOT NULL, pos TEXT NOT NULL,
    complements TEXT NOT NULL, tagged INTEGER NOT NULL);
"""
# Built after the bulk insert: measured faster than inserting into indexed tables.
_INDICES = """
CREATE UNIQUE INDEX synsets_name ON synsets (name);
CREATE INDEX senses_lemma ON senses (lemma, pos, rank);
CREATE INDEX relations_synset ON relations (synset_id);
CREATE INDEX lemma_links_synset ON lemma_links (synset_id);
CREATE INDEX expressions_first ON expressions (first);
CREATE INDEX expressions_pair ON expressions (pair);
"""
_SEP = "\t"  # joins examples and synonyms in one column; WordNet text has no tabs

# What a multi-word verb may take straight after it, from WordNet's sentence frames
# (the numbers of its ``frames.vrb``): a noun phrase ("look after *the children*":
# "Somebody ----s something", "... somebody", "... somebody PP"...) or a bare
# infinitive ("get to *see*": "Somebody ----s INFINITIVE"). Kept as letters in the
# expressions table: "o" an object, "i" an infinitive.
TAKES_OBJECT, TAKES_INFINITIVE = "o", "i"
# A multi-word lemma as the expressions table gives it: (lemma, WordNet POS, what a verb
# may take straight after it: `TAKES_OBJECT`, `TAKES_INFINITIVE`, both or "", whether
# SemCor tags any of its senses).
ExpressionOption = tuple[str, str, str, bool]


@dataclass(frozen=True)
class Neighbourhood:
    """What WordNet puts next to a synset: the glosses and examples of the synsets it
    links to (broader term first), and the words of those synsets and its own."""

    glosses: tuple[str, ...]
    lemmas: frozenset[str]


_Item = TypeVar("_Item")


@dataclass(slots=True)
class SenseOutline:
    """A sense without its gloss: what ranking a story's words needs of every one of
    them (how many senses, how often each is used), read without the synsets table."""

    pos: str  # WordNet's n, v, a or r
    count: int  # SemCor tag count
    synset_id: int
    person: bool = False  # `Sense.person`


# How many synsets' `Lexicon.related_lemmas`, and words' `Lexicon.senses`, are kept
# (a few hundred bytes to a few kB each).
RELATED_KEPT = 20_000
SENSES_KEPT = 4_096


class Lexicon:
    """Read-only access to a compiled lexicon; safe to share with worker threads.

    One connection (``check_same_thread=False``) guarded by a lock: queries take
    microseconds, so serialising them costs nothing the learner would notice.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self._lock = threading.Lock()
        self.path = path
        self.version = self._meta("version")
        self.wordnet_version = self._meta("wordnet_version")
        # `related_lemmas` by synset: a quiz asks them of the same few dozen words for
        # every distractor it weighs (three queries each: most of a quiz's 3 s).
        self._related: dict[str, frozenset[str]] = {}
        # ...and `senses`, asked of each distractor's word again for every target.
        self._kept_senses = functools.lru_cache(maxsize=SENSES_KEPT)(self._read_senses)

    @classmethod
    def open(cls, path: Path) -> Lexicon:
        """Open a compiled lexicon read-only; raises FileNotFoundError when it is not there."""
        if not path.is_file():
            raise FileNotFoundError(path)
        uri = f"{path.resolve().as_uri()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        return cls(connection, path)

    def close(self) -> None:
        self._db.close()

    def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _meta(self, key: str) -> str:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else ""

    def senses_of_many(self, lemmas: Iterable[str]) -> dict[str, list[Sense]]:
        """`senses` of every lemma (all POS) in a few queries, keyed as asked.

        One row per query (`rows_for_keys`): a worker stepping through rows one by
        one beside a busy screen waited for its turn at each.
        """
        return self._per_lemma(
            lemmas,
            "s.name, x.pos, x.lemma, x.rank, x.count, s.definition, s.examples, s.synonyms,"
            f" s.lexname, {_PERSON_JOINED}, x.frames, x.capitalised",
            "senses x JOIN synsets s ON s.id = x.synset_id WHERE x.lemma IN ({keys})",
            lambda row: _sense(*row),
        )

    def sense_outlines(self, lemmas: Iterable[str]) -> dict[str, list[SenseOutline]]:
        """The senses of every lemma (all POS) as `SenseOutline`, in `senses_of_many`'s
        order, keyed as asked.

        A long story's candidates have thousands of senses; reading their glosses
        means a look-up in the wide synsets table for each (most of the time of
        `senses_of_many`), and only the few words ranked near the top need them.
        """
        return self._per_lemma(
            lemmas, f"x.pos, x.count, x.synset_id, {_PERSON}",
            "senses x WHERE x.lemma IN ({keys})",
            lambda row: SenseOutline(row[0], row[1], row[2], bool(row[3])),
        )

    def _per_lemma(self, lemmas: Iterable[str], columns: str, source: str,
                   make: Callable[[list[Any]], _Item]) -> dict[str, list[_Item]]:
        """One item per sense of every lemma (``columns`` of ``source``, whose senses
        table is ``x``), by lemma as asked, each lemma's by POS then rank."""
        keys: dict[str, list[str]] = {}
        for lemma in lemmas:
            keys.setdefault(_key(lemma), []).append(lemma)
        found: dict[str, list[_Item]] = {lemma: [] for asked in keys.values() for lemma in asked}
        rows = rows_for_keys(self._db, self._lock, f"x.lemma, x.pos, x.rank, {columns}",
                             source, list(keys))
        rows.sort(key=lambda row: (row[0], row[1], row[2]))  # lemma, POS, rank
        for key, _, _, *row in rows:
            item = make(row)
            for lemma in keys[key]:
                found[lemma].append(item)
        return found

    def senses(self, lemma: str, pos: str | None = None) -> list[Sense]:
        """WordNet's senses of ``lemma`` (as given, not lemmatised), most frequent first.

        ``pos`` is WordNet's n/v/a/r ("s" is read as "a"); None means every POS,
        ordered by POS then rank.
        """
        return list(self._kept_senses(lemma, pos))

    def _read_senses(self, lemma: str, pos: str | None) -> tuple[Sense, ...]:
        sql = (
            "SELECT s.name, x.pos, x.lemma, x.rank, x.count, s.definition, s.examples,"
            f" s.synonyms, s.lexname, {_PERSON_JOINED}, x.frames, x.capitalised"
            " FROM senses x"
            " JOIN synsets s ON s.id = x.synset_id"
            " WHERE x.lemma = ?"
        )
        params: tuple[object, ...] = (_key(lemma),)
        if pos:
            sql += " AND x.pos = ?"
            params += (_wordnet_pos(pos),)
        rows = self._rows(sql + " ORDER BY x.pos, x.rank", params)
        return tuple(_sense(*row) for row in rows)

    def pos_counts(self, word: str) -> dict[str, int]:
        """SemCor tag counts of ``word`` per WordNet POS, summed over its senses.

        Every POS the word has in WordNet is a key, with 0 when SemCor never saw it,
        so callers learn both which POS are possible and which is usual.
        """
        rows = self._rows(
            "SELECT pos, SUM(count) FROM senses WHERE lemma = ? GROUP BY pos", (_key(word),)
        )
        return {pos: int(total) for pos, total in rows}

    def capitalised_pos(self, word: str, *, only: bool = True) -> frozenset[str]:
        """The POS in which WordNet writes ``word`` only with a capital ("Dutch": a, n),
        or, with ``only=False``, in at least one sense ("China" and "china": n).

        Tells names and nationality adjectives from ordinary words ("brown", "bush").
        """
        having = "MIN(capitalised) = 1" if only else "MAX(capitalised) = 1"
        rows = self._rows(
            f"SELECT pos FROM senses WHERE lemma = ? GROUP BY pos HAVING {having}",
            (_key(word),),
        )
        return frozenset(pos for (pos,) in rows)

    def usually_capitalised(self, words: Iterable[str]) -> set[str]:
        """Those of ``words`` WordNet writes mostly with a capital as nouns: by SemCor's
        counts ("India", "Japan": the country over "japan", a lacquer), or, when SemCor
        never tags the word, by its senses ("Kenya"); not "turkey" (the bird) or "apple".
        As asked (the case of ``words`` is kept)."""
        asked = {word: _key(word) for word in words}
        uses = self._case_uses(set(asked.values()), nouns_only=True)
        return {word for word, key in asked.items()
                if key in uses and uses[key].capitalised_share() > 0.5}

    def written_with_a_capital(self, words: Iterable[str]) -> set[str]:
        """Those of ``words`` WordNet writes with a capital in at least
        `WRITTEN_WITH_A_CAPITAL_SHARE` of their uses, all parts of speech together:
        "welsh" (the people, their language and the adjective, over "welsh", to renege),
        "august" (the month over the adjective); not "south" or "add" (a verb; "ADD" is
        a noun). As asked (the case of ``words`` is kept)."""
        asked = {word: _key(word) for word in words}
        uses = self._case_uses(set(asked.values()), nouns_only=False)
        return {word for word, key in asked.items() if key in uses
                and uses[key].capitalised_share() >= WRITTEN_WITH_A_CAPITAL_SHARE}

    def seldom_common_nouns(self, words: Iterable[str]) -> set[str]:
        """Those of ``words`` that SemCor tags as a common noun (written in lower case) at
        most `SELDOM_USES` times: "maria" (once, as seas of the moon), not "turkey"
        (the bird). As asked (the case of ``words`` is kept)."""
        asked = {word: _key(word) for word in words}
        uses = self._case_uses(set(asked.values()), nouns_only=True)
        return {word for word, key in asked.items()
                if key not in uses or uses[key].other_uses <= SELDOM_USES}

    def _case_uses(self, keys: set[str], *, nouns_only: bool) -> dict[str, _CaseUses]:
        """SemCor's tags of each lemma (as a noun, with ``nouns_only``) written with a
        capital and without, and how many of its senses are written each way."""
        if not keys:
            return {}
        nouns = "pos = 'n' AND " if nouns_only else ""
        rows = rows_for_keys(
            self._db, self._lock, "lemma, capitalised_uses, other_uses, capitalised, other",
            "(SELECT lemma, SUM(count * capitalised) AS capitalised_uses,"
            " SUM(count * (1 - capitalised)) AS other_uses, SUM(capitalised) AS capitalised,"
            f" SUM(1 - capitalised) AS other FROM senses WHERE {nouns}lemma IN ({{keys}})"
            " GROUP BY lemma)",
            list(keys))
        return {lemma: _CaseUses(*counts) for lemma, *counts in rows}

    def listed(self, words: Iterable[str]) -> set[str]:
        """Those of ``words`` WordNet has as a lemma, in any part of speech (as asked)."""
        asked = {word: _key(word) for word in words}
        if not asked:
            return set()
        rows = rows_for_keys(self._db, self._lock, "lemma",
                             "(SELECT DISTINCT lemma FROM senses WHERE lemma IN ({keys}))",
                             list(set(asked.values())))
        found = {row[0] for row in rows}
        return {word for word, key in asked.items() if key in found}

    def parts_of_speech(self, words: Iterable[str]) -> dict[str, frozenset[str]]:
        """WordNet's parts of speech ("n", "v", "a", "r") of each of ``words`` it has,
        keyed as asked: what the tag corrections ask of a word the tagger misread."""
        asked = {word: _key(word) for word in words}
        if not asked:
            return {}
        rows = rows_for_keys(self._db, self._lock, "lemma, pos",
                             "(SELECT DISTINCT lemma, pos FROM senses WHERE lemma IN ({keys}))",
                             list(set(asked.values())))
        found: dict[str, set[str]] = {}
        for lemma, pos in rows:
            found.setdefault(lemma, set()).add(_wordnet_pos(pos))
        return {word: frozenset(found[key]) for word, key in asked.items() if key in found}

    def has_lemma(self, lemma: str, pos: str | None = None) -> bool:
        """True when WordNet has ``lemma`` (in ``pos`` when given)."""
        sql = "SELECT 1 FROM senses WHERE lemma = ?"
        params: tuple[object, ...] = (_key(lemma),)
        if pos:
            sql += " AND pos = ?"
            params += (_wordnet_pos(pos),)
        return bool(self._rows(sql + " LIMIT 1", params))

    def related_lemmas(self, synset: str) -> frozenset[str]:
        """Words near ``synset``: its synonyms, the lemmas of its hypernyms, hyponyms,
        similar and see-also synsets, and derivationally related forms. Empty when unknown.
        """
        return self.related_lemmas_of([synset])[synset]

    def related_lemmas_of(self, synsets: Iterable[str]) -> dict[str, frozenset[str]]:
        """`related_lemmas` of each of ``synsets``, those not asked before read at once."""
        wanted = list(dict.fromkeys(synsets))
        # Answered from what was found here: another thread may empty the store meanwhile.
        found = {name: kept for name in wanted
                 if (kept := self._related.get(name)) is not None}
        missing = [name for name in wanted if name not in found]
        if missing:
            read = {name: around.lemmas for name, around in self.neighbourhoods(missing).items()}
            if len(self._related) + len(read) > RELATED_KEPT:
                self._related.clear()
            self._related.update(read)
            found.update(read)
        return {name: found[name] for name in wanted}

    def antonyms(self, synset: str) -> frozenset[str]:
        """Antonyms of the lemmas of ``synset`` ("good" -> "bad"); empty when none."""
        rows = self._rows(
            "SELECT l.target FROM synsets s JOIN lemma_links l ON l.synset_id = s.id"
            " WHERE s.name = ? AND l.kind = 'antonym'",
            (synset,),
        )
        return frozenset(target for (target,) in rows)

    def derived_lemmas(self, lemma: str) -> frozenset[str]:
        """The words WordNet derives ``lemma`` from or into, in any of its senses
        ("rider" -> "ride"; "oppose" -> "opponent", "opposition"); empty when none."""
        rows = self._rows(
            "SELECT DISTINCT l.target FROM senses se JOIN lemma_links l"
            " ON l.synset_id = se.synset_id AND l.lemma = se.lemma"
            " WHERE se.lemma = ? AND l.kind = 'derivation'",
            (_key(lemma),),
        )
        return frozenset(target.replace("_", " ") for (target,) in rows)

    def related_glosses(self, synset: str) -> list[str]:
        """Definitions and examples of the synsets next to ``synset``, for extended Lesk,
        the broader term first (WordNet's order). The synset's own gloss is not included
        (``senses`` has it).
        """
        return list(self.neighbourhoods([synset])[synset].glosses)

    def neighbourhoods(self, synsets: Iterable[str]) -> dict[str, Neighbourhood]:
        """`related_glosses` and `related_lemmas` of many synsets in three queries.

        The extended Lesk of a story's candidates asks for hundreds of synsets: one
        query each, with a busy screen beside it, waited for its turn every time.
        """
        names = sorted(set(synsets))
        glosses: dict[str, list[tuple[int, str, str]]] = {name: [] for name in names}
        lemmas: dict[str, set[str]] = {name: set() for name in names}
        rows = rows_for_keys(
            self._db, self._lock, "s.name, r.rowid, n.definition, n.examples, n.synonyms",
            "synsets s JOIN relations r ON r.synset_id = s.id JOIN synsets n"
            f" ON n.id = r.target_id WHERE s.name IN ({{keys}}) AND r.kind != '{PERTAINYM}'",
            names)
        for name, order, definition, examples, synonyms in rows:
            glosses[name].append((order, definition, examples))
            lemmas[name].update(_split(synonyms))
        for name, synonyms in rows_for_keys(self._db, self._lock, "name, synonyms",
                                            "synsets WHERE name IN ({keys})", names):
            lemmas[name].update(_split(synonyms))
        for name, target in rows_for_keys(
                self._db, self._lock, "s.name, l.target",
                "synsets s JOIN lemma_links l ON l.synset_id = s.id"
                " WHERE s.name IN ({keys}) AND l.kind = 'derivation'", names):
            lemmas[name].add(target)
        return {
            name: Neighbourhood(
                glosses=tuple(text for _, definition, examples in sorted(glosses[name])
                              for text in (definition, *_split(examples))),
                lemmas=frozenset(lemmas[name]),
            )
            for name in names
        }

    def pertainyms(self, synset: str) -> list[Sense]:
        """The adjective synsets an adverb synset's words are made from, in WordNet's
        order ("in an effective manner" -> "producing or capable of producing an
        intended result"); empty for other synsets."""
        rows = self._rows(
            "SELECT n.name FROM synsets s JOIN relations r ON r.synset_id = s.id"
            " JOIN synsets n ON n.id = r.target_id WHERE s.name = ? AND r.kind = ?"
            " ORDER BY r.rowid", (synset, PERTAINYM))
        return [sense for (name,) in rows if (sense := self.synset(name)) is not None]

    def synset_ids_below(self, roots: Iterable[str]) -> frozenset[int]:
        """The synsets under ``roots`` (their hyponyms, all the way down), roots included,
        as the ids `SenseOutline` carries."""
        names = sorted(set(roots))
        if not names:
            return frozenset()
        sql = (
            "WITH RECURSIVE below(id) AS ("
            f" SELECT id FROM synsets WHERE name IN ({','.join('?' * len(names))})"
            " UNION SELECT r.target_id FROM relations r JOIN below b ON r.synset_id = b.id"
            " WHERE r.kind = 'hyponym')"
            " SELECT json_group_array(id) FROM below"
        )
        packed = self._rows(sql, tuple(names))[0][0]
        return frozenset(json.loads(packed) if packed else ())

    def expressions_starting_with(self, word: str) -> list[ExpressionOption]:
        """Multi-word lemmas whose first word is ``word``: [("work out", "v", "o"), ...]
        (lemma, WordNet POS, what a verb may take straight after it: `TAKES_OBJECT`...)."""
        return self.expressions_starting_with_many([word])[word]

    def expressions_starting_with_many(self, words: Iterable[str]
                                       ) -> dict[str, list[ExpressionOption]]:
        """`expressions_starting_with` of every word, in a few queries, keyed as asked."""
        return self._expressions_by("first", words)

    def expressions_by_first_pair(self, pairs: Iterable[str]
                                  ) -> dict[str, list[ExpressionOption]]:
        """Multi-word lemmas by their first two words ("work out" for "work out of"...),
        for many pairs in a few queries, keyed as asked: a text's adjacent words find
        the few expressions they may start without reading the hundreds a common
        first word ("take", "make") has."""
        return self._expressions_by("pair", pairs)

    def starting_expressions(self, words: Iterable[str]) -> set[str]:
        """Those of ``words`` that are the first word of some multi-word lemma, as asked."""
        asked = {word: _key(word) for word in words}
        rows = rows_for_keys(self._db, self._lock, "first",
                             "(SELECT DISTINCT first FROM expressions WHERE first IN ({keys}))",
                             list(set(asked.values())))
        starting = {first for (first,) in rows}
        return {word for word, key in asked.items() if key in starting}

    def _expressions_by(self, column: str, asked_keys: Iterable[str]
                        ) -> dict[str, list[ExpressionOption]]:
        asked = {key: _key(key) for key in asked_keys}
        found: dict[str, list[ExpressionOption]] = {}
        rows = rows_for_keys(self._db, self._lock, f"{column}, lemma, pos, complements, tagged",
                             f"expressions WHERE {column} IN ({{keys}})",
                             list(set(asked.values())))
        for key, lemma, pos, complements, tagged in sorted(rows):
            found.setdefault(key, []).append((lemma, pos, complements, bool(tagged)))
        return {key: found.get(normal, []) for key, normal in asked.items()}

    def broader(self, synset: str) -> Sense | None:
        """The first broader synset of ``synset`` (WordNet's first hypernym, or the class
        of an instance) as a Sense of its first lemma; None when it has none."""
        rows = self._rows(
            "SELECT n.name FROM synsets s JOIN relations r ON r.synset_id = s.id"
            " JOIN synsets n ON n.id = r.target_id WHERE s.name = ? AND r.kind = 'hypernym'"
            " ORDER BY r.rowid LIMIT 1",
            (synset,),
        )
        return self.synset(rows[0][0]) if rows else None

    def neighbour_names(self, synset: str) -> frozenset[str]:
        """The words of the synsets next to ``synset``: its broader and narrower terms,
        similar and see-also synsets (not its derived forms, nor its own synonyms).
        Empty when unknown."""
        rows = self._rows(
            "SELECT n.synonyms FROM synsets s JOIN relations r ON r.synset_id = s.id"
            " JOIN synsets n ON n.id = r.target_id WHERE s.name = ?"
            f" AND r.kind != '{PERTAINYM}'",
            (synset,),
        )
        return frozenset(name for (joined,) in rows for name in _split(joined))

    def synset(self, name: str) -> Sense | None:
        """The synset ``name`` as a Sense of its first lemma (rank 0: no lemma asked)."""
        rows = self._rows(
            "SELECT name, pos, definition, examples, synonyms, lexname FROM synsets WHERE name = ?",
            (name,),
        )
        if not rows:
            return None
        name, pos, definition, examples, synonyms, lexname = rows[0]
        words = _split(synonyms)
        return Sense(
            name,
            pos,
            words[0],
            0,
            0,
            definition,
            _split(examples),
            words,
            lexname,
        )


def _sense(name: str, pos: str, lemma: str, rank: int, count: int, definition: str,
           examples: str, synonyms: str, lexname: str, person: int,
           frames: str, capitalised: int) -> Sense:
    return Sense(name, pos, lemma, rank, count, definition,
                 _split(examples), _split(synonyms), lexname, bool(person),
                 _frames(frames), bool(capitalised))


@cache
def _frames(text: str) -> frozenset[int]:
    """A verb sense's frame numbers ("8 9"), one set shared by every sense that has
    them (most have none: one empty set, not one each)."""
    return frozenset(int(frame) for frame in text.split())


def first_pair(lemma: str) -> str:
    """The first two words of a multi-word lemma ("work out of" -> "work out")."""
    return " ".join(lemma.split(" ", 2)[:2])


def _key(word: str) -> str:
    return word.strip().lower().replace("_", " ")


def _wordnet_pos(pos: str) -> str:
    return "a" if pos == "s" else pos


def _split(joined: str) -> tuple[str, ...]:
    return tuple(joined.split(_SEP)) if joined else ()


# A quotation's attribution left in a WordNet gloss ("...; - J.F.Kennedy",
# "...force; ; - John D.Rockefeller Jr", "...; -LewisMumford", "...; --Thomas Paine"),
# with the empty clauses before it.
_ATTRIBUTION = re.compile(r"(?:\s*;\s*(?:-\s*[^;]*)?)+$")


# A gloss that opens with its abbreviation: "(abbreviated `ha') a unit of surface area".
_ABBREVIATION = re.compile(r"^\(abbreviated [^)]*\)\s*")


def without_attribution(gloss: str) -> str:
    """A gloss as a learner should read it: no quotation attributions, and no
    leading note of the word's abbreviation in WordNet's `quotes'."""
    # Both patterns need a ";" or a leading "(abbreviated": most glosses have neither.
    text = (_ATTRIBUTION.sub("", gloss) if ";" in gloss else gloss).strip()
    if "( " in text or " )" in text:  # "forbid the public distribution of ( a movie"
        text = _PADDED_BRACKET.sub(lambda m: m.group(0).strip(), text)
    return _ABBREVIATION.sub("", text) if text.startswith("(abbreviated") else text


_PADDED_BRACKET = re.compile(r"\(\s+|\s+\)")


# --- compiling -------------------------------------------------------------------


def compile_lexicon(
    wordnet_dir: Path,
    dest: Path,
    *,
    version: str,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Compile the WordNet files in ``wordnet_dir`` into ``dest``; returns ``dest``.

    Written to a temporary file in the same dir and renamed at the end, so a crash
    mid-compile leaves the old lexicon (or none), never a broken one.
    """
    say = progress or (lambda _message: None)
    started = time.perf_counter()
    dest.parent.mkdir(parents=True, exist_ok=True)
    temp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    try:
        wordnet = _WordNetFiles(wordnet_dir)
        say(f"reading WordNet {wordnet.get_version()} from {wordnet_dir}")
        rows = _lexicon_rows(wordnet, _sense_counts(wordnet_dir / "cntlist.rev"))
        say("writing the lexicon")
        _write(temp, rows, {"version": version, "wordnet_version": wordnet.get_version()})
        os.replace(temp, dest)
    finally:
        temp.unlink(missing_ok=True)
    say(f"lexicon compiled in {time.perf_counter() - started:.1f} s: {dest}")
    return dest


def _sense_counts(cntlist: Path) -> dict[str, int]:
    """SemCor counts by sense key, read once: what NLTK's ``Lemma.count()`` returns,
    without one binary search of the file per lemma (measured: the slow part)."""
    counts: dict[str, int] = {}
    if cntlist.is_file():
        with cntlist.open(encoding="utf-8") as lines:
            for line in lines:
                parts = line.split()
                if len(parts) == 3:
                    counts.setdefault(parts[0], int(parts[2]))
    return counts


_Rows = dict[str, list[tuple]]


def _lexicon_rows(wordnet: _WordNetFiles, counts: dict[str, int]) -> _Rows:
    """Every row of the lexicon tables, built in memory."""
    synsets = wordnet.synsets()
    by_offset = {(_wordnet_pos(s._pos), s._offset): s for s in synsets}
    ids = {key: number for number, key in enumerate(by_offset, 1)}
    rows: _Rows = {name: [] for name in ("synsets", "senses", "relations", "lemma_links")}
    # Of each multi-word lemma WordNet writes in lower case: one it writes only with
    # capitals is a name ("the City", "White House"), and "the city" in a story is not.
    complements: dict[tuple[str, str], set[str]] = {}
    tagged: set[tuple[str, str]] = set()  # those SemCor tags in some sense
    offsets = wordnet.index
    for number, synset in enumerate(synsets, 1):
        pos = _wordnet_pos(synset._pos)
        words = [_key(lemma._name) for lemma in synset._lemmas]
        rows["synsets"].append(
            (
                number,
                synset._name,
                pos,
                synset._lexname,
                without_attribution(synset._definition),  # once here, not at every read
                _SEP.join(synset._examples),
                _SEP.join(dict.fromkeys(words)),
            )
        )
        for lemma, word in zip(synset._lemmas, words, strict=True):
            rank = _rank(offsets, lemma._name, pos, synset._offset)
            count = counts.get(lemma._key, 0)
            frames = synset.frames_of(lemma) if pos == "v" else []
            rows["senses"].append((word, pos, rank, number, count, lemma._name[:1].isupper(),
                                   " ".join(map(str, frames))))
            if " " in word and lemma._name.islower():
                complements.setdefault((word, pos), set()).update(_complements(frames))
                if count:
                    tagged.add((word, pos))
        for symbol, targets in synset._pointers.items():
            kind = NEIGHBOUR_POINTERS.get(symbol)
            if kind:
                rows["relations"].extend(
                    (number, kind, ids[(_wordnet_pos(p), offset)]) for p, offset in targets
                )
        rows["lemma_links"].extend(_lemma_links(by_offset, synset, number))
        if pos == "r":
            rows["relations"].extend(_pertainyms(ids, synset, number))
    rows["senses"].extend(_closed_compounds(rows["senses"]))
    rows["senses"] = _with_plural_senses(rows["senses"], rows["synsets"])
    rows["expressions"] = sorted(
        (word.split(" ", 1)[0], first_pair(word), word, pos, "".join(sorted(letters)),
         (word, pos) in tagged)
        for (word, pos), letters in complements.items())
    return rows


def _closed_compounds(senses: list[tuple]) -> list[tuple]:
    """Sense rows for two-word nouns as news often writes them, in one word ("heatwave",
    "airbase", "healthcare"): WordNet has only "heat wave", and a learner's "heatwave"
    had no meaning at all (QA walk-through). Not names, and not where the one-word
    spelling is a word of its own."""
    lemmas = {row[0] for row in senses}
    joined_rows = []
    for word, pos, *rest in senses:
        if pos != "n" or word.count(" ") != 1 or rest[3]:  # rest[3]: capitalised
            continue
        joined = word.replace(" ", "")
        if joined.isalpha() and joined not in lemmas:
            joined_rows.append((joined, pos, *rest))
    return joined_rows


USUALLY_PLURAL = "(usually plural)"


def _with_plural_senses(senses: list[tuple], synsets: list[tuple]) -> list[tuple]:
    """``senses``, where a plural WordNet has as a noun of its own ("terms", "writings")
    also has its singular's senses WordNet marks "(usually plural)", all ranked by use.

    The sense chooser reads such a plural under its own senses alone, and WordNet put
    the everyday meaning under the singular: "the terms of his contract" was a status
    between people, "his early writings" the third division of the Hebrew Scriptures.
    """
    nouns = {word for word, pos, *_ in senses if pos == "n"}
    added: dict[str, list[tuple]] = {}
    for word, pos, _, number, *rest in senses:
        if pos != "n" or " " in word or not synsets[number - 1][4].startswith(USUALLY_PLURAL):
            continue
        plural = next((form for form in _regular_plurals(word) if form in nouns), "")
        if plural:
            added.setdefault(plural, []).append((plural, pos, 0, number, *rest))
    if not added:
        return senses
    own: dict[str, list[tuple]] = {word: [] for word in added}
    kept: list[tuple] = []
    for row in senses:
        (own[row[0]] if row[1] == "n" and row[0] in own else kept).append(row)
    for plural, rows in own.items():
        ids = {row[3] for row in rows}
        merged = rows + [row for row in added[plural] if row[3] not in ids]
        # Most used first, as WordNet ranks a lemma's senses; the plural's own first on a tie.
        merged.sort(key=lambda row: (-row[4], row[2] == 0, row[2]))
        kept.extend((*row[:2], rank, *row[3:]) for rank, row in enumerate(merged, 1))
    return kept


def _regular_plurals(noun: str) -> tuple[str, ...]:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return (noun[:-1] + "ies",)
    return (noun + "es",) if noun.endswith(("s", "x", "z", "ch", "sh")) else (noun + "s",)


def _complements(frames: Iterable[int]) -> set[str]:
    """What a verb sense with these sentence frames may take straight after it."""
    found = set()
    for frame in frames:
        if frame in OBJECT_FRAMES:
            found.add(TAKES_OBJECT)
        elif frame in INFINITIVE_FRAMES:
            found.add(TAKES_INFINITIVE)
    return found


def _rank(offsets, name: str, pos: str, offset: int) -> int:
    """1-based position of the synset in WordNet's index for the lemma (1 = most frequent)."""
    ordered = offsets.get(name.lower(), {}).get(pos, [])
    return ordered.index(offset) + 1 if offset in ordered else len(ordered) + 1


def _lemma_links(
    by_offset: dict, synset: _Synset, number: int
) -> Iterator[tuple[int, str, str, str]]:
    for (name, symbol), targets in synset._lemma_pointers.items():
        kind = LEMMA_POINTERS.get(symbol)
        if not kind:
            continue
        for pos, offset, index in targets:
            target = by_offset[(_wordnet_pos(pos), offset)]._lemmas[index]._name
            yield number, kind, _key(name), _key(target)


def _pertainyms(ids: dict[tuple[str, int], int], synset: _Synset, number: int
                ) -> Iterator[tuple[int, str, int]]:
    targets: dict[int, None] = {}
    for (_, symbol), pointed in synset._lemma_pointers.items():
        if symbol == PERTAINYM_POINTER:
            targets.update((ids[(_wordnet_pos(pos), offset)], None) for pos, offset, _ in pointed)
    return ((number, PERTAINYM, target) for target in targets)


# --- reading WordNet's files ------------------------------------------------------


class _Lemma:
    """One word of a synset, with the attributes the compile reads (NLTK's names)."""

    __slots__ = ("_name", "_lex_id", "_key")

    def __init__(self, name: str, lex_id: int) -> None:
        self._name = name
        self._lex_id = lex_id
        self._key = ""


class _Synset:
    """One line of a WordNet ``data.*`` file, parsed as NLTK parses it."""

    __slots__ = (
        "_offset",
        "_pos",
        "_lexname_index",
        "_lexname",
        "_lemmas",
        "_pointers",
        "_lemma_pointers",
        "_definition",
        "_examples",
        "_name",
        "_frames",
    )

    def __init__(self, line: str) -> None:
        columns, gloss = line.strip().split("|", 1)
        self._definition, self._examples = _definition_and_examples(gloss)
        fields = columns.split()
        self._offset = int(fields[0])
        self._lexname_index = int(fields[1])
        self._lexname = LEXNAMES[self._lexname_index]
        self._pos = fields[2]
        self._lemmas: list[_Lemma] = []
        at = 4
        for _ in range(int(fields[3], 16)):
            # A syntactic marker such as "(a)" or "(ip)" is not part of the word.
            name = _MARKER.sub("", fields[at]) if fields[at].endswith(")") else fields[at]
            self._lemmas.append(_Lemma(name, int(fields[at + 1], 16)))
            at += 2
        self._pointers: dict[str, list[tuple[str, int]]] = {}
        self._lemma_pointers: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
        for _ in range(int(fields[at])):
            symbol, offset, pos, ids = fields[at + 1 : at + 5]
            at += 4
            if ids == "0000":
                targets = self._pointers.setdefault(symbol, [])
                if (pos, int(offset)) not in targets:
                    targets.append((pos, int(offset)))
            else:
                source = self._lemmas[int(ids[:2], 16) - 1]._name
                self._lemma_pointers.setdefault((source, symbol), []).append(
                    (pos, int(offset), int(ids[2:], 16) - 1)
                )
        # Verbs: their sentence frames ("+ 08 00": frame 8, for every word of the
        # synset; "+ 09 02": frame 9, for its second word only).
        self._frames: list[tuple[int, int]] = []
        if self._pos == "v" and at + 1 < len(fields):
            at += 1
            for _ in range(int(fields[at])):
                self._frames.append((int(fields[at + 2]), int(fields[at + 3], 16)))
                at += 3
        self._name = ""

    def frames_of(self, lemma: _Lemma) -> list[int]:
        """The sentence frames of one of this verb synset's words."""
        number = self._lemmas.index(lemma) + 1
        return [frame for frame, word in self._frames if word in (0, number)]


_MARKER = re.compile(r"\([^()]*\)$")
_EXAMPLE = re.compile(r'"([^"]*)"')
_QUOTED = re.compile(r'["].*?["]')
_AUTHOR_CLAUSE = re.compile(r"\([A-Z][^()]*\)")


def _definition_and_examples(gloss: str) -> tuple[str, list[str]]:
    """A data line's gloss as its definition and its quoted examples. A few dozen
    glosses have an example with one quotation mark ("lacking substance or
    significance; ...; a fragile claim to fame\"", "an announcement...; \"a notice of
    sale"): such a clause is an example too, not part of the definition, which had
    read "lacking substance or significance; ; ; ; a fragile claim to fame\"" in the
    app."""
    examples = _EXAMPLE.findall(gloss) if '"' in gloss else []
    clauses = []
    for clause in (_QUOTED.sub("", gloss) if examples else gloss).split(";"):
        clause = clause.strip()
        if '"' in clause:
            examples.append(clause.replace('"', "").strip())
        elif clause and not _AUTHOR_CLAUSE.fullmatch(clause):  # "; (Santayana)": a quote's
            clauses.append(clause)
    return "; ".join(clauses), examples
_POS_NUMBERS = {"n": 1, "v": 2, "a": 3, "r": 4, "s": 5}


def wordnet_version(folder: Path) -> str:
    """WordNet's version from the licence header of ``data.adj`` ("3.0"), or ""."""
    try:
        with (folder / "data.adj").open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if not line.startswith(" "):  # the header is over
                    break
                match = re.search(r"Word[nN]et (\d+\.\d+) Copyright", line)
                if match:
                    return match.group(1)
    except OSError:
        pass
    return ""


class _WordNetFiles:
    """WordNet's database files read directly, for the compile.

    Measured: reading WordNet through NLTK took twice as long, most of it in
    NLTK's seekable stream reader. Names and sense keys follow NLTK's rules, so
    "counter.v.01" means the same synset here and in NLTK.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.index = self._read_indices()

    def get_version(self) -> str:
        return wordnet_version(self.folder)

    def _read_indices(self) -> dict[str, dict[str, list[int]]]:
        """lemma -> pos -> synset offsets, most frequent sense first (``index.*``)."""
        offsets: dict[str, dict[str, list[int]]] = {}
        for suffix in ("noun", "verb", "adj", "adv"):
            with (self.folder / f"index.{suffix}").open(encoding="utf-8") as lines:
                for line in lines:
                    if line.startswith(" "):
                        continue
                    fields = line.split()
                    senses = int(fields[2])
                    offsets.setdefault(fields[0], {})[fields[1]] = [
                        int(offset) for offset in fields[len(fields) - senses :]
                    ]
        return offsets

    def synsets(self) -> list[_Synset]:
        """Every synset, named and with sense keys on its lemmas, as NLTK would."""
        synsets: list[_Synset] = []
        for suffix in ("noun", "verb", "adj", "adv"):
            with (self.folder / f"data.{suffix}").open(encoding="utf-8") as lines:
                synsets.extend(_Synset(line) for line in lines if not line.startswith(" "))
        adjectives = {s._offset: s for s in synsets if s._pos in "as"}
        satellites = {s._offset for s in adjectives.values() if s._pos == "s"}
        for synset in synsets:
            self._name_synset(synset, satellites)
            head = None
            if synset._pos == "s":  # a satellite's sense key names its head adjective
                head = adjectives[synset._pointers["&"][0][1]]._lemmas[0]
            for lemma in synset._lemmas:
                lemma._key = _sense_key(synset, lemma, head)
        return synsets

    def _name_synset(self, synset: _Synset, satellites: set[int]) -> None:
        first = synset._lemmas[0]._name.lower()
        index_pos = "a" if synset._pos == "s" else synset._pos
        offsets = self.index[first][index_pos]
        if synset._pos == "s":  # NLTK numbers satellites among satellites only
            offsets = [offset for offset in offsets if offset in satellites]
        synset._name = f"{first}.{synset._pos}.{offsets.index(synset._offset) + 1:02d}"


def _sense_key(synset: _Synset, lemma: _Lemma, head: _Lemma | None) -> str:
    """WordNet's sense key ("dog%1:05:00::"), the key of ``cntlist.rev``."""
    head_name, head_id = (head._name, f"{head._lex_id:02d}") if head else ("", "")
    return (
        f"{lemma._name}%{_POS_NUMBERS[synset._pos]}:{synset._lexname_index:02d}:"
        f"{lemma._lex_id:02d}:{head_name}:{head_id}"
    ).lower()


def _write(path: Path, rows: _Rows, meta: dict[str, str]) -> None:
    """One transaction of executemany inserts, then the indices, then fsync."""
    db = sqlite3.connect(path)
    try:
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        with db:
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            db.executemany("INSERT INTO synsets VALUES (?, ?, ?, ?, ?, ?, ?)", rows["synsets"])
            db.executemany("INSERT INTO senses VALUES (?, ?, ?, ?, ?, ?, ?)", rows["senses"])
            db.executemany("INSERT INTO relations VALUES (?, ?, ?)", rows["relations"])
            db.executemany("INSERT INTO lemma_links VALUES (?, ?, ?, ?)", rows["lemma_links"])
            db.executemany("INSERT INTO expressions VALUES (?, ?, ?, ?, ?, ?)", rows["expressions"])
        db.executescript(_INDICES)
        db.execute("PRAGMA synchronous = FULL")
        db.commit()
    finally:
        db.close()
    # An fsync before the rename makes the rename's promise hold after a power cut.
    with path.open("rb") as written:
        os.fsync(written.fileno())


def lexicon_summary(lexicon: Lexicon) -> dict[str, int]:
    """Row counts per table, for ``reader doctor`` and tests (what was compiled)."""
    names = ("synsets", "senses", "relations", "lemma_links", "expressions")
    return {name: lexicon._rows(f"SELECT COUNT(*) FROM {name}")[0][0] for name in names}
