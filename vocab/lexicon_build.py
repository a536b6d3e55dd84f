"""WordNet compiled into the SQLite file that `vocab.lexicon.Lexicon` reads.

This is the only place that reads WordNet itself, straight from its database files
(``data.*``, ``index.*``, ``cntlist.rev``) by NLTK's rules: compared table by table
with a compile through NLTK's ``WordNetCorpusReader`` on WordNet 3.0, every row is
the same, in half the time. It runs once per WordNet and schema version
(`vocab.data`), never while a learner reads.
"""

from __future__ import annotations

import itertools
import json
import operator
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from vocab.lexicon import (
    FIELD_SEPARATOR,
    PERSON_JOINED,
    PERTAINYM,
    TAKES_INFINITIVE,
    TAKES_OBJECT,
    USUALLY_PLURAL,
    first_pair,
    lemma_key,
    without_attribution,
    wordnet_pos,
)
from vocab.models import INFINITIVE_FRAMES, OBJECT_FRAMES
from vocab.work_parts import PartListener, part_teller

# Bump when the tables change: the version key then differs and the lexicon recompiles.
SCHEMA_VERSION = 17  # 3: expressions by first pair; 4: glosses cleaned; 5: verb complements,
# brackets unpadded; 6: whether a verb sense takes "to" + infinitive; 7: pertainyms, every
# attribution unquoted; 8: a verb sense's sentence frames; 9: two-word nouns written as one;
# 10: no names among the expressions; 11: whether SemCor tags an expression; 12: an example
# with one quotation mark is an example, and no empty clauses; 13: a plural noun of its own
# has its singular's "(usually plural)" senses; 14: a synset's topic (WordNet's domain);
# 15: each lemma's sense outlines as one row (`Lexicon.sense_outlines`); 16: senses_lemma
# covers the columns asked of a word's senses without their glosses; 17: a derivation
# link's target synset (`Lexicon.linked_senses`: sense to sense)

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

# Synset relations `Lexicon.related_lemmas` and `Lexicon.related_glosses` follow; NLTK's pointer
# symbols. Hypernyms and hyponyms include instance links ("Paris" -> "city").
NEIGHBOUR_POINTERS = {
    "@": "hypernym",
    "@i": "hypernym",
    "~": "hyponym",
    "~i": "hyponym",
    "&": "similar",
    "^": "also",
}

# The synset-level pointer to the field WordNet files a synset under, its "domain of
# topic" ("adjutant": military; "hardware", the weaponry: military): `Lexicon.topics`.
TOPIC_POINTER = ";c"
# Only the domains that are fields of knowledge or institutions ("computer science",
# "chemistry", "law", "military"): a specialist's sense, as a gloss labelled "(military)"
# is. The others are pastimes and subjects of everyday life, and WordNet files common
# senses under them ("record", anything providing permanent evidence, under photography;
# "cruise", to drive about, under driving).
TOPIC_LEXNAMES = frozenset({"noun.cognition", "noun.group"})

# Lemma-level pointers: derivationally related forms and antonyms.
LEMMA_POINTERS = {"+": "derivation", "!": "antonym"}
# The lemma-level pointer from an adverb to the adjective it is made from ("effectively"
# -> "effective"), kept as a relation between their synsets: `Lexicon.pertainyms`. Not
# one of the neighbours the sense chooser reads.
PERTAINYM_POINTER = "\\"

# The tables `Lexicon` reads.
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE synsets (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, pos TEXT NOT NULL, lexname TEXT NOT NULL,
    definition TEXT NOT NULL, examples TEXT NOT NULL, synonyms TEXT NOT NULL,
    topic TEXT NOT NULL);
CREATE TABLE senses (
    lemma TEXT NOT NULL, pos TEXT NOT NULL, rank INTEGER NOT NULL,
    synset_id INTEGER NOT NULL, count INTEGER NOT NULL, capitalised INTEGER NOT NULL,
    frames TEXT NOT NULL);
CREATE TABLE relations (synset_id INTEGER NOT NULL, kind TEXT NOT NULL, target_id INTEGER NOT NULL);
CREATE TABLE lemma_links (
    synset_id INTEGER NOT NULL, kind TEXT NOT NULL, lemma TEXT NOT NULL, target TEXT NOT NULL,
    target_id INTEGER NOT NULL);
CREATE TABLE expressions (
    first TEXT NOT NULL, pair TEXT NOT NULL, lemma TEXT NOT NULL, pos TEXT NOT NULL,
    complements TEXT NOT NULL, tagged INTEGER NOT NULL);
CREATE TABLE outlines (lemma TEXT PRIMARY KEY, outlines TEXT NOT NULL) WITHOUT ROWID;
"""
# Built after the bulk insert: measured faster than inserting into indexed tables.
_INDICES = """
CREATE UNIQUE INDEX synsets_name ON synsets (name);
-- Covering: a word's parts of speech, whether it is written with a capital, its
-- SemCor counts and its first sense's synset are read from the index alone, not a
-- table row each (a 10,000-word story asks ~1,000 words: ~7 ms less).
CREATE INDEX senses_lemma ON senses (lemma, pos, rank, capitalised, count, synset_id);
CREATE INDEX relations_synset ON relations (synset_id);
CREATE INDEX lemma_links_synset ON lemma_links (synset_id);
CREATE INDEX expressions_first ON expressions (first);
CREATE INDEX expressions_pair ON expressions (pair);
"""


# The parts of the compile, in order, by the seconds each took (about 20 s in all, the
# mean of two runs on one core): reading WordNet's files and linking its senses, writing
# the tables and their indices, writing each word's outline of senses (and the fsync).
# A progress bar is told each part's share as it begins (`vocab.setup_progress`): with
# none told, the step's share of the bar moved by the time alone, crawling when slow.
COMPILE_PART_SECONDS = (12.4, 3.5, 4.5)


def compile_lexicon(
    wordnet_dir: Path,
    dest: Path,
    *,
    version: str,
    progress: Callable[[str], None] | None = None,
    on_part: PartListener | None = None,
) -> Path:
    """Compile the WordNet files in ``wordnet_dir`` into ``dest``; returns ``dest``.
    ``on_part`` hears each part of the work as it begins, for a progress bar.

    Written to a temporary file in the same dir and renamed at the end, so a crash
    mid-compile leaves the old lexicon (or none), never a broken one.
    """
    say = progress or (lambda _message: None)
    next_part = part_teller(COMPILE_PART_SECONDS, on_part)
    started = time.perf_counter()
    dest.parent.mkdir(parents=True, exist_ok=True)
    temp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    try:
        next_part()
        wordnet = _WordNetFiles(wordnet_dir)
        say(f"reading WordNet {wordnet.get_version()} from {wordnet_dir}")
        rows = _lexicon_rows(wordnet, _sense_counts(wordnet_dir / "cntlist.rev"))
        say("writing the lexicon")
        next_part()
        meta = {"version": version, "wordnet_version": wordnet.get_version()}
        _write(temp, rows, meta, writing_outlines=next_part)
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
    by_offset = {(wordnet_pos(s._pos), s._offset): s for s in synsets}
    ids = {key: number for number, key in enumerate(by_offset, 1)}
    rows: _Rows = {name: [] for name in ("synsets", "senses", "relations", "lemma_links")}
    # Of each multi-word lemma WordNet writes in lower case: one it writes only with
    # capitals is a name ("the City", "White House"), and "the city" in a story is not.
    complements: dict[tuple[str, str], set[str]] = {}
    tagged: set[tuple[str, str]] = set()  # those SemCor tags in some sense
    offsets = wordnet.index
    for number, synset in enumerate(synsets, 1):
        pos = wordnet_pos(synset._pos)
        words = [lemma_key(lemma._name) for lemma in synset._lemmas]
        rows["synsets"].append(
            (
                number,
                synset._name,
                pos,
                synset._lexname,
                without_attribution(synset._definition),  # once here, not at every read
                FIELD_SEPARATOR.join(synset._examples),
                FIELD_SEPARATOR.join(dict.fromkeys(words)),
                _topic(by_offset, synset),
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
                    (number, kind, ids[(wordnet_pos(p), offset)]) for p, offset in targets
                )
        rows["lemma_links"].extend(_lemma_links(by_offset, ids, synset, number))
        if pos == "r":
            rows["relations"].extend(_pertainyms(ids, synset, number))
    rows["senses"].extend(_closed_compounds(rows["senses"]))
    rows["senses"] = _with_plural_senses(rows["senses"], rows["synsets"])
    rows["expressions"] = sorted(
        (word.split(" ", 1)[0], first_pair(word), word, pos, "".join(sorted(letters)),
         (word, pos) in tagged)
        for (word, pos), letters in complements.items())
    return rows


def _topic(by_offset: dict[tuple[str, int], _Synset], synset: _Synset) -> str:
    """The name of the field WordNet files ``synset`` under ("military", "computer
    science"), or "": none, one not in `TOPIC_LEXNAMES`, or several (a sense of games,
    politics and war, "one of two or more contesting groups", is of no one field)."""
    topics = synset._pointers.get(TOPIC_POINTER, [])
    domain = by_offset.get((wordnet_pos(topics[0][0]), topics[0][1])) \
        if len(topics) == 1 else None
    if domain is None or not domain._lemmas or domain._lexname not in TOPIC_LEXNAMES:
        return ""
    return lemma_key(domain._lemmas[0]._name)


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
    by_offset: dict, ids: dict[tuple[str, int], int], synset: _Synset, number: int
) -> Iterator[tuple[int, str, str, str, int]]:
    for (name, symbol), targets in synset._lemma_pointers.items():
        kind = LEMMA_POINTERS.get(symbol)
        if not kind:
            continue
        for pos, offset, index in targets:
            key = (wordnet_pos(pos), offset)
            target = by_offset[key]._lemmas[index]._name
            yield number, kind, lemma_key(name), lemma_key(target), ids[key]


def _pertainyms(ids: dict[tuple[str, int], int], synset: _Synset, number: int
                ) -> Iterator[tuple[int, str, int]]:
    targets: dict[int, None] = {}
    for (_, symbol), pointed in synset._lemma_pointers.items():
        if symbol == PERTAINYM_POINTER:
            targets.update((ids[(wordnet_pos(pos), offset)], None) for pos, offset, _ in pointed)
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


def _outlines(db: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    """Each lemma's senses in outline (POS, SemCor count, synset id, whether a person
    WordNet capitalises), by POS then rank, as one JSON array (`Lexicon.sense_outlines`):
    a story's candidates read one row a word, not one a sense, and need no sorting."""
    rows = db.execute(
        f"SELECT x.lemma, x.pos, x.count, x.synset_id, {PERSON_JOINED}"
        " FROM senses x JOIN synsets s ON s.id = x.synset_id"
        " ORDER BY x.lemma, x.pos, x.rank, x.rowid")
    for lemma, senses in itertools.groupby(rows, key=operator.itemgetter(0)):
        outlines = [[pos, count, synset_id, int(bool(person))]
                    for _, pos, count, synset_id, person in senses]
        yield lemma, json.dumps(outlines, separators=(",", ":"))


def _write(
    path: Path,
    rows: _Rows,
    meta: dict[str, str],
    writing_outlines: Callable[[], None] = lambda: None,
) -> None:
    """One transaction of executemany inserts, then the indices, then the outlines
    (``writing_outlines`` is called as they begin), then fsync."""
    db = sqlite3.connect(path)
    try:
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        with db:
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            db.executemany("INSERT INTO synsets VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows["synsets"])
            db.executemany("INSERT INTO senses VALUES (?, ?, ?, ?, ?, ?, ?)", rows["senses"])
            db.executemany("INSERT INTO relations VALUES (?, ?, ?)", rows["relations"])
            db.executemany("INSERT INTO lemma_links VALUES (?, ?, ?, ?, ?)", rows["lemma_links"])
            db.executemany("INSERT INTO expressions VALUES (?, ?, ?, ?, ?, ?)", rows["expressions"])
        db.executescript(_INDICES)
        writing_outlines()
        with db:
            db.executemany("INSERT INTO outlines VALUES (?, ?)", list(_outlines(db)))
        db.execute("PRAGMA synchronous = FULL")
        db.commit()
    finally:
        db.close()
    # An fsync before the rename makes the rename's promise hold after a power cut.
    with path.open("rb") as written:
        os.fsync(written.fileno())
