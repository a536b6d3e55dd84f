"""WordNet compiled once into SQLite, so the engine never pays NLTK's load at start.

Loading WordNet through NLTK takes seconds (it builds sense maps on load); opening
the compiled file takes milliseconds. `vocab.lexicon_build` compiles it, once;
``Lexicon`` only reads the SQLite file, read-only.

Lemmas are stored lowercase with spaces between words ("work out"). Synsets keep
NLTK's names ("counter.v.01", satellites "big.s.02") so other code and NLTK agree.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from vocab.models import Sense
from vocab.packed import json_rows_for_keys, rows_for_keys


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

# The relation from an adverb to the adjective it is made from ("effectively" ->
# "effective"): `Lexicon.pertainyms`. Not one of the neighbours the sense chooser reads.
PERTAINYM = "pertainym"

# Whether a sense (a row ``x`` of the senses table, its synset joined as ``s``) is a
# person named with a capital ("Graves", "Ford").
PERSON_JOINED = "x.capitalised AND s.lexname = 'noun.person'"

# WordNet's note on a noun sense mostly used in the plural ("terms of a contract").
USUALLY_PLURAL = "(usually plural)"

# Joins a synset's examples, and its synonyms, in one column: WordNet text has no tabs.
FIELD_SEPARATOR = "\t"

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
# How many sets of roots' `Lexicon.synset_ids_below` are kept.
ROOTS_KEPT = 256


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
        # The synsets below a set of roots: asked by each new engine of the same roots
        # (two recursive queries at least, ~3% of a 10,000-word story's glossary). Most
        # roots are the code's own; a few come from glosses, so the cache is bounded.
        self._kept_below = functools.lru_cache(maxsize=ROOTS_KEPT)(self._below)

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
            f" s.lexname, {PERSON_JOINED}, x.frames, x.capitalised",
            "senses x JOIN synsets s ON s.id = x.synset_id WHERE x.lemma IN ({keys})",
            lambda row: _sense(*row),
        )

    def sense_outlines(self, lemmas: Iterable[str]) -> dict[str, list[SenseOutline]]:
        """The senses of every lemma (all POS) as `SenseOutline`, in `senses_of_many`'s
        order, keyed as asked.

        A long story's candidates have thousands of senses; reading their glosses
        means a look-up in the wide synsets table for each (most of the time of
        `senses_of_many`), and only the few words ranked near the top need them.
        Each lemma's outlines are one row, compiled in order (`lexicon_build._outlines`).
        """
        keys: dict[str, list[str]] = {}
        for lemma in lemmas:
            keys.setdefault(lemma_key(lemma), []).append(lemma)
        found: dict[str, list[SenseOutline]] = {
            lemma: [] for asked in keys.values() for lemma in asked}
        rows = json_rows_for_keys(self._db, self._lock, "lemma", "outlines",
                                  "outlines WHERE lemma IN ({keys})", list(keys))
        for key, outlines in rows:
            items = [SenseOutline(pos, count, synset_id, bool(person))
                     for pos, count, synset_id, person in outlines]
            for lemma in keys[key]:
                found[lemma].extend(items)
        return found

    def _per_lemma(self, lemmas: Iterable[str], columns: str, source: str,
                   make: Callable[[list[Any]], _Item]) -> dict[str, list[_Item]]:
        """One item per sense of every lemma (``columns`` of ``source``, whose senses
        table is ``x``), by lemma as asked, each lemma's by POS then rank."""
        keys: dict[str, list[str]] = {}
        for lemma in lemmas:
            keys.setdefault(lemma_key(lemma), []).append(lemma)
        found: dict[str, list[_Item]] = {lemma: [] for asked in keys.values() for lemma in asked}
        # Senses of one rank ("A" and "a" as letters) in the order they were written:
        # the index (`lexicon_build`) gives no order among them.
        rows = rows_for_keys(self._db, self._lock,
                             f"x.lemma, x.pos, x.rank, x.rowid, {columns}", source, list(keys))
        rows.sort(key=lambda row: (row[0], row[1], row[2], row[3]))  # lemma, POS, rank
        for key, _, _, _, *row in rows:
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
            f" s.synonyms, s.lexname, {PERSON_JOINED}, x.frames, x.capitalised"
            " FROM senses x"
            " JOIN synsets s ON s.id = x.synset_id"
            " WHERE x.lemma = ?"
        )
        params: tuple[object, ...] = (lemma_key(lemma),)
        if pos:
            sql += " AND x.pos = ?"
            params += (wordnet_pos(pos),)
        rows = self._rows(sql + " ORDER BY x.pos, x.rank, x.rowid", params)
        return tuple(_sense(*row) for row in rows)

    def pos_counts(self, word: str) -> dict[str, int]:
        """SemCor tag counts of ``word`` per WordNet POS, summed over its senses.

        Every POS the word has in WordNet is a key, with 0 when SemCor never saw it,
        so callers learn both which POS are possible and which is usual.
        """
        rows = self._rows(
            "SELECT pos, SUM(count) FROM senses WHERE lemma = ? GROUP BY pos", (lemma_key(word),)
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
            (lemma_key(word),),
        )
        return frozenset(pos for (pos,) in rows)

    def capitalised_pos_of_many(self, words: Iterable[str]) -> dict[str, frozenset[str]]:
        """`capitalised_pos` (``only``) of each of ``words``, keyed as asked, in one query:
        a story's short candidates were ~30 queries of their own."""
        asked = {word: lemma_key(word) for word in words}
        found: dict[str, set[str]] = {}
        for lemma, pos in rows_for_keys(
                self._db, self._lock, "lemma, pos",
                "(SELECT lemma, pos FROM senses WHERE lemma IN ({keys})"
                " GROUP BY lemma, pos HAVING MIN(capitalised) = 1)",
                sorted(set(asked.values()))):
            found.setdefault(lemma, set()).add(pos)
        return {word: frozenset(found.get(key, ())) for word, key in asked.items()}

    def usually_capitalised(self, words: Iterable[str]) -> set[str]:
        """Those of ``words`` WordNet writes mostly with a capital as nouns: by SemCor's
        counts ("India", "Japan": the country over "japan", a lacquer), or, when SemCor
        never tags the word, by its senses ("Kenya"); not "turkey" (the bird) or "apple".
        As asked (the case of ``words`` is kept)."""
        asked = {word: lemma_key(word) for word in words}
        uses = self._case_uses(set(asked.values()), nouns_only=True)
        return {word for word, key in asked.items()
                if key in uses and uses[key].capitalised_share() > 0.5}

    def written_with_a_capital(self, words: Iterable[str]) -> set[str]:
        """Those of ``words`` WordNet writes with a capital in at least
        `WRITTEN_WITH_A_CAPITAL_SHARE` of their uses, all parts of speech together:
        "welsh" (the people, their language and the adjective, over "welsh", to renege),
        "august" (the month over the adjective); not "south" or "add" (a verb; "ADD" is
        a noun). As asked (the case of ``words`` is kept)."""
        asked = {word: lemma_key(word) for word in words}
        uses = self._case_uses(set(asked.values()), nouns_only=False)
        return {word for word, key in asked.items() if key in uses
                and uses[key].capitalised_share() >= WRITTEN_WITH_A_CAPITAL_SHARE}

    def seldom_common_nouns(self, words: Iterable[str]) -> set[str]:
        """Those of ``words`` that SemCor tags as a common noun (written in lower case) at
        most `SELDOM_USES` times: "maria" (once, as seas of the moon), not "turkey"
        (the bird). As asked (the case of ``words`` is kept)."""
        asked = {word: lemma_key(word) for word in words}
        uses = self._case_uses(set(asked.values()), nouns_only=True)
        return {word for word, key in asked.items()
                if key not in uses or uses[key].other_uses <= SELDOM_USES}

    def capitalised_nouns_only(self, words: Iterable[str]) -> set[str]:
        """Those of ``words`` every noun sense of which WordNet writes with a capital:
        "lent" (only "Lent"), not "china" (porcelain too). As asked (the case of
        ``words`` is kept)."""
        asked = {word: lemma_key(word) for word in words}
        uses = self._case_uses(set(asked.values()), nouns_only=True)
        return {word for word, key in asked.items() if key in uses and not uses[key].other}

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
        asked = {word: lemma_key(word) for word in words}
        if not asked:
            return set()
        rows = rows_for_keys(self._db, self._lock, "lemma",
                             "(SELECT DISTINCT lemma FROM senses WHERE lemma IN ({keys}))",
                             list(set(asked.values())))
        found = {row[0] for row in rows}
        return {word for word, key in asked.items() if key in found}

    def parts_of_speech(self, words: Iterable[str]) -> dict[str, frozenset[str]]:
        """WordNet's parts of speech ("n", "v", "a", "r") of each of ``words`` it has,
        keyed as asked: what the tag corrections ask of a word the tagger misread. A
        word asked in lower case has only the senses WordNet writes so: "lent" is no
        noun ("Lent" is), "august" only an adjective."""
        asked = {word: lemma_key(word) for word in words}
        if not asked:
            return {}
        rows = rows_for_keys(
            self._db, self._lock, "lemma, pos, capitalised",
            "(SELECT DISTINCT lemma, pos, capitalised FROM senses WHERE lemma IN ({keys}))",
            list(set(asked.values())))
        found: dict[str, set[str]] = {}
        found_in_lower_case: dict[str, set[str]] = {}
        for lemma, pos, capitalised in rows:
            found.setdefault(lemma, set()).add(wordnet_pos(pos))
            if not capitalised:
                found_in_lower_case.setdefault(lemma, set()).add(wordnet_pos(pos))
        answers: dict[str, frozenset[str]] = {}
        for word, key in asked.items():
            written = found_in_lower_case if word.islower() else found
            if key in written:
                answers[word] = frozenset(written[key])
        return answers

    def has_lemma(self, lemma: str, pos: str | None = None) -> bool:
        """True when WordNet has ``lemma`` (in ``pos`` when given)."""
        sql = "SELECT 1 FROM senses WHERE lemma = ?"
        params: tuple[object, ...] = (lemma_key(lemma),)
        if pos:
            sql += " AND pos = ?"
            params += (wordnet_pos(pos),)
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
        return self.antonyms_of([synset])[synset]

    def antonyms_of(self, synsets: Iterable[str]) -> dict[str, frozenset[str]]:
        """`antonyms` of each of ``synsets``, in one query (a verb's senses at once)."""
        names = list(dict.fromkeys(synsets))
        found: dict[str, set[str]] = {name: set() for name in names}
        for name, target in rows_for_keys(
                self._db, self._lock, "s.name, l.target",
                "synsets s JOIN lemma_links l ON l.synset_id = s.id"
                " WHERE s.name IN ({keys}) AND l.kind = 'antonym'", names):
            found[name].add(target)
        return {name: frozenset(targets) for name, targets in found.items()}

    def derived_lemmas(self, lemma: str) -> frozenset[str]:
        """The words WordNet derives ``lemma`` from or into, in any of its senses
        ("rider" -> "ride"; "oppose" -> "opponent", "opposition"); empty when none."""
        rows = self._rows(
            "SELECT DISTINCT l.target FROM senses se JOIN lemma_links l"
            " ON l.synset_id = se.synset_id AND l.lemma = se.lemma"
            " WHERE se.lemma = ? AND l.kind = 'derivation'",
            (lemma_key(lemma),),
        )
        return frozenset(target.replace("_", " ") for (target,) in rows)

    def linked_senses(self, synset: str, lemma: str, target: str) -> list[Sense]:
        """The senses of ``target`` WordNet derives ``lemma`` in ``synset`` from or into,
        sense to sense ("management.n.01" -> manage: "be in charge of..." and "watch and
        direct", not "succeed in doing"), the one SemCor counts most first."""
        rows = self._rows(
            "SELECT t.name FROM synsets s JOIN lemma_links l ON l.synset_id = s.id"
            " JOIN synsets t ON t.id = l.target_id"
            " WHERE s.name = ? AND l.kind = 'derivation' AND l.lemma = ? AND l.target = ?",
            (synset, lemma_key(lemma), lemma_key(target)))
        names = {name for (name,) in rows}
        return sorted((sense for sense in self.senses(target) if sense.synset in names),
                      key=lambda sense: (-sense.count, sense.rank))

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

    def topics(self, synsets: Iterable[str]) -> dict[str, str]:
        """The field WordNet files each of ``synsets`` under ("military" for
        "adjutant.n.01", the aide who is an officer), for those it files under one."""
        return dict(rows_for_keys(self._db, self._lock, "name, topic",
                                  "synsets WHERE name IN ({keys}) AND topic != ''",
                                  sorted(set(synsets))))

    def fields_of(self, lemmas: Iterable[str]) -> dict[str, frozenset[str]]:
        """The fields WordNet files the first sense (in each part of speech) of each of
        ``lemmas`` under ("file", "lawyer", "verdict": {"law"}), for those that have
        any: the words a story names a field by (`SenseChooser.fields_named`)."""
        keys = sorted({lemma_key(lemma) for lemma in lemmas})
        found: dict[str, set[str]] = {}
        for lemma, topic in rows_for_keys(
                self._db, self._lock, "x.lemma, s.topic",
                "senses x JOIN synsets s ON s.id = x.synset_id"
                " WHERE x.lemma IN ({keys}) AND x.rank = 1 AND s.topic != ''", keys):
            found.setdefault(lemma, set()).add(topic)
        return {lemma: frozenset(topics) for lemma, topics in found.items()}

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
        as the ids `SenseOutline` carries. Kept per lexicon."""
        return self._kept_below(frozenset(roots), "id", "below")

    def synset_names_below(self, roots: Iterable[str]) -> frozenset[str]:
        """`synset_ids_below` by name ("noun.n.01"), as `Sense.synset` gives it."""
        return self._kept_below(frozenset(roots), "name", "synsets WHERE id IN below")

    def _below(self, roots: frozenset[str], column: str, source: str) -> frozenset[Any]:
        names = sorted(roots)
        if not names:
            return frozenset()
        sql = (
            "WITH RECURSIVE below(id) AS ("
            f" SELECT id FROM synsets WHERE name IN ({','.join('?' * len(names))})"
            " UNION SELECT r.target_id FROM relations r JOIN below b ON r.synset_id = b.id"
            " WHERE r.kind = 'hyponym')"
            f" SELECT json_group_array({column}) FROM {source}"
        )
        packed = self._rows(sql, tuple(names))[0][0]
        return frozenset(json.loads(packed)) if packed else frozenset()

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
        asked = {word: lemma_key(word) for word in words}
        # Each word tested for one row (EXISTS), not every row of it read and made
        # DISTINCT: a common first word ("take", "make") starts hundreds. A story's
        # ~1,200 words: ~2 -> ~1 ms.
        rows = rows_for_keys(self._db, self._lock, "first",
                             "(SELECT column1 AS first FROM (VALUES {keys}) WHERE EXISTS"
                             " (SELECT 1 FROM expressions WHERE expressions.first = column1))",
                             list(set(asked.values())), placeholder="(?)")
        starting = {first for (first,) in rows}
        return {word for word, key in asked.items() if key in starting}

    def _expressions_by(self, column: str, asked_keys: Iterable[str]
                        ) -> dict[str, list[ExpressionOption]]:
        asked = {key: lemma_key(key) for key in asked_keys}
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
        rows = self._rows(  # the broader synset's row in the same query (`synset`'s)
            "SELECT n.name, n.pos, n.definition, n.examples, n.synonyms, n.lexname"
            " FROM synsets s JOIN relations r ON r.synset_id = s.id"
            " JOIN synsets n ON n.id = r.target_id WHERE s.name = ? AND r.kind = 'hypernym'"
            " ORDER BY r.rowid LIMIT 1",
            (synset,),
        )
        return _synset_sense(*rows[0]) if rows else None

    def narrower_names(self, lemma: str) -> frozenset[str]:
        """The one-word names, in lower case, of the things a noun sense of ``lemma`` is
        the kind of: the instances under it that WordNet writes with a capital
        ("volcano" -> "vesuvius", "etna"...); empty when none."""
        rows = self._rows(
            "SELECT n.synonyms FROM senses se JOIN relations r ON r.synset_id = se.synset_id"
            " JOIN synsets n ON n.id = r.target_id"
            " WHERE se.lemma = ? AND se.pos = 'n' AND r.kind = 'hyponym'",
            (lemma_key(lemma),),
        )
        # Not the letters of the alphabet ("letter" -> "a", "i"): words of their own.
        names = {name for (joined,) in rows for name in _split(joined)
                 if name.isalpha() and len(name) > 1}
        # By lemma, which is indexed: the senses' synset ids are not (43 ms a word).
        written = rows_for_keys(self._db, self._lock, "lemma",
                                "senses WHERE lemma IN ({keys}) AND pos = 'n' AND capitalised",
                                sorted(names))
        return frozenset(name for (name,) in written)

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

    def names_below(self, synset: str) -> frozenset[str]:
        """The names of the synsets one and two narrower steps below ``synset``
        ("heavier-than-air craft": "airplane", then "fighter, attack aircraft")."""
        rows = self._rows(
            "SELECT n.synonyms FROM synsets s JOIN relations r ON r.synset_id = s.id"
            " JOIN synsets n ON n.id = r.target_id WHERE s.name = ? AND r.kind = 'hyponym'"
            " UNION ALL SELECT m.synonyms FROM synsets s JOIN relations r ON r.synset_id = s.id"
            " JOIN relations q ON q.synset_id = r.target_id JOIN synsets m ON m.id = q.target_id"
            " WHERE s.name = ? AND r.kind = 'hyponym' AND q.kind = 'hyponym'",
            (synset, synset),
        )
        return frozenset(name for (joined,) in rows for name in _split(joined))

    def synset(self, name: str) -> Sense | None:
        """The synset ``name`` as a Sense of its first lemma (rank 0: no lemma asked)."""
        rows = self._rows(
            "SELECT name, pos, definition, examples, synonyms, lexname FROM synsets WHERE name = ?",
            (name,),
        )
        return _synset_sense(*rows[0]) if rows else None


def _synset_sense(name: str, pos: str, definition: str, examples: str, synonyms: str,
                  lexname: str) -> Sense:
    """A synsets row as a Sense of its first lemma (rank 0: no lemma asked)."""
    words = _split(synonyms)
    return Sense(name, pos, words[0], 0, 0, definition, _split(examples), words, lexname)


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


def lemma_key(word: str) -> str:
    """A lemma as the lexicon stores it: lower case, words joined by spaces ("work out")."""
    return word.strip().lower().replace("_", " ")


def wordnet_pos(pos: str) -> str:
    """WordNet's part of speech with satellite adjectives ("s") read as adjectives."""
    return "a" if pos == "s" else pos


def _split(joined: str) -> tuple[str, ...]:
    return tuple(joined.split(FIELD_SEPARATOR)) if joined else ()


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


def lexicon_summary(lexicon: Lexicon) -> dict[str, int]:
    """Row counts per table, for ``reader doctor`` and tests (what was compiled)."""
    names = ("synsets", "senses", "relations", "lemma_links", "expressions")
    return {name: lexicon._rows(f"SELECT COUNT(*) FROM {name}")[0][0] for name in names}
