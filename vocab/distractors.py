"""Wrong answers that a learner could believe: same part of speech, similar frequency.

Preference order, as a teacher would pick them: other difficult words of the same
article (or of the learner's own list), then other words of the article, then
words of similar frequency from wordfreq's list. A candidate that could also be
right (a synonym, hypernym, hyponym... of the answer in the sense used) is never
offered: :func:`vocab.quiz_relations.interchangeable` decides, as it does for the
validator.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from vocab.candidates import is_language_term
from vocab.models import Level
from vocab.offensive import drug_slang, offensive, unfit_for_class
from vocab.quiz_gaps import noun_kind, word_pairs
from vocab.quiz_relations import BROAD_LEXNAMES, interchangeable, one_meaning_or_kind
from vocab.wordinfo import UPOS_TO_WORDNET, word_forms

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.models import Sense
    from vocab.quiz_items import QuizWord
    from vocab.wordinfo import WordInfo

# Zipf distance for "similar difficulty": one CEFR band is about 0.6 Zipf wide
# (see difficulty._ZIPF_BANDS), so a near band is one level either way and a wide
# band two.
NEAR_BAND = 0.7
WIDE_BAND = 1.5
# wordfreq's list is scanned this deep for fallback words (down to Zipf ~2.9;
# rarer words are no fair distractor for a learner).
FREQUENCY_LIST_SIZE = 30_000
MIN_FALLBACK_LENGTH = 4
# The Penn tag of a base form, for the CEFR look-up of fallback words.
_BASE_TAG = {"NOUN": "NN", "VERB": "VB", "ADJ": "JJ", "ADV": "RB"}


@dataclass(frozen=True)
class Candidate:
    """A word that may serve as a distractor, with its definition in the sense met."""

    lemma: str
    upos: str
    zipf: float
    definition: str = ""
    synset: str = ""
    preferred: bool = False  # a difficult word of the article or of the learner's list
    lexname: str = ""  # WordNet's field of the sense ("noun.act"), for fallback words


Accept = Callable[[Candidate], bool]
# (lemma, upos, synset) -> the wording a learner reads for that sense; the glossary
# engine's (vocab.definitions.define) in practice, so quiz and glossary agree.
Definer = Callable[[str, str, str], str]


class DistractorPool:
    """Distractor words and definitions for the targets of one quiz."""

    def __init__(
        self,
        candidates: Sequence[Candidate],
        lexicon: Lexicon,
        words: WordInfo | None = None,
        *,
        fallback: bool = True,
        definer: Definer | None = None,
        names: Collection[str] = (),
        story: str = "",
    ) -> None:
        self._candidates = list(candidates)
        # The pairs of words the story writes side by side (`said_beside`): a word it
        # uses beside a gap's neighbours is a second right answer there.
        self.story_pairs = word_pairs(story)
        self._story_words = frozenset(word for pair in self.story_pairs for word in pair)
        # The story's names in lower case, never offered: "marvel" beside a story of
        # the island of Marvel reads as a word of the story (QA walk-through).
        self._names = frozenset(names)
        self._lexicon = lexicon
        self._words = words
        self._fallback_enabled = fallback
        self._definer = definer
        self._definitions: dict[tuple[str, str, str], str] = {}
        self._fields: dict[str, str] = {}  # synset -> its field, for article words
        self._topic: frozenset[str] | None = None  # `_story_fields`, read once

    def definition(self, candidate: Candidate) -> str:
        """The candidate's definition in the sense it was met (worded once, on demand)."""
        return candidate.definition or self.define(candidate.lemma, candidate.upos,
                                                   candidate.synset)

    def define(self, lemma: str, upos: str, synset: str) -> str:
        """How a learner reads ``synset`` as a sense of ``lemma``."""
        key = (lemma, upos, synset)
        if key not in self._definitions:
            if self._definer is not None:
                wording = self._definer(lemma, upos, synset)
            else:
                sense = self._lexicon.synset(synset) if synset else None
                wording = sense.definition if sense else ""
            self._definitions[key] = wording
        return self._definitions[key]

    def pick(
        self, target: QuizWord, count: int, rng: random.Random, accept: Accept | None = None,
        spare: Collection[str] = (), *, same_field: bool = False,
        offered: Collection[str] = (), away_from_story: bool = False,
    ) -> list[Candidate]:
        """Up to ``count`` distractors for ``target``, best tier first, no two the same
        lemma, none that could also be right; ``accept`` filters further (a cloze
        needs an inflection that fits the blank). The lemmas in ``spare`` come last,
        when nothing else will do: the quiz's words still to be asked, which are then
        not asked (their answer would be given away). With
        ``same_field``, words of the answer's field (WordNet's "noun.person"...) come
        first, the article's and then the frequency list's: "What does 'residents'
        mean?" offered one person among a revenue, a wage and a rival, and "Which word
        means 'someone who acts as assistant'?" two people of four (QA walk-through).
        The lemmas in ``offered``, wrong answers of the quiz's earlier questions, come
        after the others and before ``spare``: a learner rules out at sight a word met as
        a wrong answer before ("deserved" in four gaps of six, QA audit). With
        ``away_from_story``, the story's everyday words (not ``preferred``) come after
        all others: they share the topic of its sentences, whose gaps take them too
        ("the _____ had brought the community closer together": disaster, but also
        army and loss; QA walk-through)."""
        chosen: list[Candidate] = []
        seen = {target.lemma}
        ordered: Iterable[Candidate] = self._ordered(target, rng)
        if same_field and (field := self._field(target)):
            # Lazily: a pick stops at its few words, and its pools hold thousands (sorting
            # them all took ~3 s of a 4-s quiz, QA walk-through).
            ordered = _last_when(ordered, lambda c: self._field_of(c) != field)
        if away_from_story and self._story_words:
            ordered = _last_when(ordered, self._in_story)
        for candidate in _last(_last(ordered, offered), spare):
            if candidate.lemma in seen or candidate.lemma in self._names:
                continue
            seen.add(candidate.lemma)
            if has_unfit_sense(candidate.lemma, self._lexicon):
                continue
            # The words English is taught in are never glossed; nor are they offered.
            if candidate.upos == "NOUN" and is_language_term(candidate.lemma, self._lexicon):
                continue
            if self._specialist(candidate.lemma, candidate.upos) \
                    and not self._target_is_specialist(target):
                continue
            if accept is not None and not accept(candidate):
                continue
            if interchangeable(
                target.lemma, target.synset, target.upos, candidate.lemma, self._lexicon
            ):
                continue
            # Not one meaning with, or a broader term of, a wrong answer already chosen
            # ("region" beside "city"): ruled out together at sight.
            if any(one_meaning_or_kind(c.lemma, candidate.lemma, target.upos, self._lexicon)
                   for c in chosen):
                continue
            chosen.append(candidate)
            if len(chosen) == count:
                break
        return chosen

    def _specialist(self, lemma: str, upos: str) -> bool:
        return specialist_term(lemma, upos, self._lexicon, self._words)

    def _target_is_specialist(self, target: QuizWord) -> bool:
        """Whether the answer is itself a word of medicine or chemistry in any of its
        senses, beside which such words are fair."""
        ids = self._lexicon.synset_ids_below(SPECIALIST_KINDS)
        return target.upos == "NOUN" and any(
            o.pos == "n" and o.synset_id in ids
            for o in self._lexicon.sense_outlines([target.lemma])[target.lemma])

    def _in_story(self, candidate: Candidate) -> bool:
        """Whether ``candidate`` is one of the story's everyday words: not a difficult
        one (`Candidate.preferred`), and the story writes it in some form."""
        return not candidate.preferred and (
            candidate.lemma in self._story_words
            or bool(word_forms(candidate.lemma) & self._story_words))

    def _ordered(self, target: QuizWord, rng: random.Random) -> Iterator[Candidate]:
        same_pos = [c for c in self._candidates if c.upos == target.upos]
        field = self._field(target)
        for band in (NEAR_BAND, WIDE_BAND):
            near = [c for c in same_pos if abs(c.zipf - target.zipf) <= band]
            for tier in ([c for c in near if c.preferred], [c for c in near if not c.preferred]):
                yield from _shuffled(tier, rng, target)
            if self._fallback_enabled:
                pool = frequency_candidates(target.upos, self._lexicon, self._words)
                near = [c for c in pool if abs(c.zipf - target.zipf) <= band]
                # Words of the answer's field first ("pruning", an act: other acts),
                # whose definitions read alike; a wine for "pruning" is no distractor.
                # Then those of the story's fields, which a gap refusing the answer's
                # own still finds on its topic: "_____ lawmakers have called for her
                # resignation" had offered flag, lineup and moisture (a story of mine).
                # Those of the answer's kind first among them: "a long _____ destroyed
                # the harvest" (drought, an event) took "mommy" and "collector".
                topic = self._story_fields()
                kind = noun_kind(field)
                yield from _shuffled([c for c in near if c.lexname == field], rng, target)
                on_topic = [c for c in near if c.lexname != field and c.lexname in topic]
                yield from _shuffled([c for c in on_topic if noun_kind(c.lexname) == kind],
                                     rng, target)
                yield from _shuffled([c for c in on_topic if noun_kind(c.lexname) != kind],
                                     rng, target)
                yield from _shuffled([c for c in near if c.lexname != field
                                      and c.lexname not in topic], rng, target)

    def _story_fields(self) -> frozenset[str]:
        """The WordNet fields ("noun.person", "noun.act"...) of the senses the story's
        difficult words (`Candidate.preferred`) are met in: its topic, as coarsely as
        WordNet files it; those of adjectives and adverbs say nothing (`BROAD_LEXNAMES`)."""
        if self._topic is None:
            self._topic = frozenset(
                self.field_of_sense(c.synset) for c in self._candidates if c.preferred
            ) - {""} - BROAD_LEXNAMES
        return self._topic

    def _field_of(self, candidate: Candidate) -> str:
        return candidate.lexname or self.field_of_sense(candidate.synset)

    def field_of_sense(self, synset: str) -> str:
        """WordNet's field of ``synset`` ("noun.state"); "" when unknown."""
        if not synset:
            return ""
        if synset not in self._fields:
            sense = self._lexicon.synset(synset)
            self._fields[synset] = sense.lexname if sense is not None else ""
        return self._fields[synset]

    def _field(self, target: QuizWord) -> str:
        return self.field_of_sense(target.synset)


def _shuffled(items: list[Candidate], rng: random.Random, target: QuizWord
              ) -> list[Candidate]:
    """``items`` in an order the rng decides, those shaped as ``target`` first: the one
    adverb not in "-ly" among "utterly", "modestly" and "warmly" was the answer
    ("upstream", QA walk-through)."""
    items = sorted(items, key=lambda c: c.lemma)  # the rng alone decides the order
    rng.shuffle(items)
    if target.upos == "ADV":
        ends_in_ly = target.lemma.endswith("ly")
        items.sort(key=lambda c: c.lemma.endswith("ly") != ends_in_ly)  # stable
    return items


def as_the_article_offers(candidates: Sequence[Candidate], lexicon: Lexicon
                          ) -> list[Candidate]:
    """Those of the learner's own words that a question can offer as they are filed,
    as the article's words and the frequency list's are offered: one word in lower
    case and its own base form (lemminflect reads "glasses" as the plural of "glass":
    "a music _____" cannot take it), a word WordNet has in that part of speech and
    does not write with a capital ("paris", "monday", "french"), and no number
    (`DistractorPool.pick` leaves out what is crude, as for every word). A review
    offered "glasses" for "a music _____" and "christmas" for "her grandmother's
    _____"."""
    import lemminflect

    def plain(c: Candidate) -> bool:
        pos = UPOS_TO_WORDNET.get(c.upos)
        if pos is None or not c.lemma.isalpha() or not c.lemma.islower():
            return False
        lemmas = lemminflect.getAllLemmas(c.lemma, c.upos).get(c.upos)
        return ((not lemmas or lemmas[0] == c.lemma) and lexicon.has_lemma(c.lemma, pos)
                and not is_number_word(c.lemma, lexicon))

    kept = [c for c in candidates if plain(c)]
    lemmas = [c.lemma for c in kept]
    names = lexicon.usually_capitalised(lemmas) | lexicon.written_with_a_capital(lemmas)
    return [c for c in kept if c.lemma not in names]


# The kinds of things only medicine or chemistry names: diseases and disorders, their
# signs, medicines, the body's waste, the elements. A learner weighs "flu", "fever" or
# "iron", which they know, but not "hepatitis" or "mercury" (`SPECIALIST_LEVEL`). Not
# ill health as a whole ("harm", "injury") nor every drug ("whiskey", "cigar").
SPECIALIST_KINDS = ("disease.n.01", "illness.n.01", "disorder.n.01", "infection.n.01",
                    "epidemic.n.01", "symptom.n.01", "medicine.n.02", "body_waste.n.01",
                    "chemical_element.n.01")
# A word of those kinds at this CEFR level or above (or with none) is a specialist's.
SPECIALIST_LEVEL = Level.B2


@cache
def specialist_term(lemma: str, upos: str, lexicon: Lexicon,
                    words: WordInfo | None = None) -> bool:
    """Whether the noun ``lemma`` is, in its usual sense, a hard term of medicine or
    chemistry (`SPECIALIST_KINDS`, at `SPECIALIST_LEVEL` or above): offered beside a
    plain answer, a learner cannot weigh it ("hepatitis", "pandemic" among payments,
    QA), only guess. Words of that kind a learner knows ("flu", "injury") are not."""
    if upos != "NOUN" or not _usual_sense_specialist(lemma, lexicon):
        return False
    level = words.cefr(lemma, "NN") if words is not None else None
    return level is None or level >= SPECIALIST_LEVEL


def _usual_sense_specialist(lemma: str, lexicon: Lexicon) -> bool:
    outlines = [o for o in lexicon.sense_outlines([lemma])[lemma] if o.pos == "n"]
    return bool(outlines) and outlines[0].synset_id in lexicon.synset_ids_below(SPECIALIST_KINDS)


# WordNet's wording for number words ("twelve", "dozen", "forty"): poor quiz
# material, and "dozen" and "twelve" share a meaning without sharing a synset.
_NUMBER_GLOSSES = ("cardinal number", "denoting a quantity consisting of")


@cache
def has_unfit_sense(lemma: str, lexicon: Lexicon) -> bool:
    """Whether ``lemma`` is crude or insulting, or any sense of it is: never a distractor."""
    return offensive(lemma) or any(unfit_for_class(s.definition)
                                   for s in lexicon.senses(lemma))


def is_number_word(lemma: str, lexicon: Lexicon) -> bool:
    """Whether any sense of ``lemma`` is a number ("twenty", "dozen")."""
    return any(g in s.definition for s in lexicon.senses(lemma) for g in _NUMBER_GLOSSES)


def frequency_candidates(
    upos: str, lexicon: Lexicon, words: WordInfo | None = None
) -> tuple[Candidate, ...]:
    """Common base-form words whose usual part of speech is ``upos``, from wordfreq.

    A word qualifies when WordNet's sense counts say ``upos`` is its usual part of
    speech, lemminflect says it is a base form, WordNet does not mostly write it with
    a capital, and (with ``words``) the learner word list gives it a level: learner
    vocabulary, not names or slang.
    """
    return fallback_pools(lexicon, words).get(upos, ())


@cache
def fallback_pools(lexicon: Lexicon, words: WordInfo | None = None
                   ) -> dict[str, tuple[Candidate, ...]]:
    """`frequency_candidates` of every part of speech, kept per lexicon and in a file
    beside the compiled lexicon: scanning wordfreq's list asks WordNet about 30,000
    words, 1-3 s a part of speech, which made a session's first quiz wait 3-8 s."""
    path = _pools_path(lexicon, words)
    pools = _read_pools(path) if path is not None else None
    if pools is None:
        pools = {upos: _scanned(upos, lexicon, words) for upos in _BASE_TAG}
        if path is not None:
            _write_pools(path, pools)
    return pools


# Bump when what `_frequency_words` keeps changes: the file is then made again.
POOLS_FORMAT = 6
# A noun in "-ing" that SemCor tags less than this share as often as the verb it is a
# form of: wordfreq's count is the verb's ("dealing with"), and English uses the noun
# little or only in the plural ("dealings": once as a noun, "deal" 89 times as a verb).
# Of 4,660 fallback nouns 46 go ("happening", "holding", "proceeding"...), a few fair
# ones with them ("beginning", "hearing"); "meeting" (39/231) and "feeding" stay.
GERUND_NOUN_SHARE = 0.1


def _pools_path(lexicon: Lexicon, words: WordInfo | None) -> Path | None:
    """The file for this lexicon and these compiled word facts (None without them:
    the libraries answer then, and a file would not say which)."""
    if words is None or not words.compiled:
        return None
    from vocab.wordfacts import facts_key

    folder = lexicon.path.parent
    return folder / f"distractors-{lexicon.path.stem}-{facts_key()}-p{POOLS_FORMAT}.json"


def _read_pools(path: Path) -> dict[str, tuple[Candidate, ...]] | None:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return {upos: tuple(Candidate(lemma, upos, zipf, synset=synset, lexname=lexname)
                            for lemma, zipf, synset, lexname in listed)
                for upos, listed in rows.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return None  # missing, cut short or of another shape: scanned again


def _write_pools(path: Path, pools: dict[str, tuple[Candidate, ...]]) -> None:
    from vocab.data import write_atomically

    rows = {upos: [[c.lemma, c.zipf, c.synset, c.lexname] for c in found]
            for upos, found in pools.items()}
    try:
        write_atomically(path, json.dumps(rows).encode("utf-8"))
    except OSError:
        return  # a read-only cache: kept in memory only
    for outdated in path.parent.glob("distractors-*.json"):
        if outdated != path:
            outdated.unlink(missing_ok=True)


def _scanned(upos: str, lexicon: Lexicon, words: WordInfo | None) -> tuple[Candidate, ...]:
    found = list(_frequency_words(upos, lexicon, words))
    # wordfreq lower-cases every word: "jupiter" is WordNet's "Jupiter", a name.
    names = lexicon.usually_capitalised(c.lemma for c in found)
    return tuple(c for c in found if c.lemma not in names)


def _frequency_words(upos: str, lexicon: Lexicon, words: WordInfo | None) -> Iterator[Candidate]:
    import lemminflect
    import wordfreq

    pos = UPOS_TO_WORDNET.get(upos)
    if pos is None:
        return
    for word in wordfreq.top_n_list("en", FREQUENCY_LIST_SIZE):
        if len(word) < MIN_FALLBACK_LENGTH or not word.isalpha() or not word.islower():
            continue
        counts = lexicon.pos_counts(word)
        if counts.get(pos, 0) <= 0 or counts[pos] < max(counts.values()):
            continue
        # The dictionary's own lemmas, not its rules' guesses: "proto" (a prefix WordNet
        # lists as an adjective) was offered as a word (QA walk-through).
        lemmas = lemminflect.getAllLemmas(word, upos).get(upos)
        if not lemmas or lemmas[0] != word:
            continue
        if words is not None and words.cefr(word, _BASE_TAG[upos]) is None:
            continue
        senses = lexicon.senses(word, pos)
        if not senses or is_number_word(word, lexicon) or has_unfit_sense(word, lexicon) \
                or drug_slang(senses[0].definition):
            continue
        if upos == "NOUN" and _a_verbs_form(word, senses, lexicon):
            continue
        zipf = words.zipf(word, upos) if words is not None else wordfreq.zipf_frequency(word, "en")
        yield Candidate(word, upos, zipf, synset=senses[0].synset,  # worded when picked
                        lexname=senses[0].lexname)


def _a_verbs_form(word: str, senses: Sequence[Sense], lexicon: Lexicon) -> bool:
    """Whether the noun ``word`` (with its ``senses``) is mostly met as a verb's "-ing"
    form, which wordfreq counts with it (`GERUND_NOUN_SHARE`)."""
    import lemminflect

    if not word.endswith("ing"):
        return False
    verbs = [v for v in lemminflect.getAllLemmas(word, "VERB").get("VERB", ()) if v != word]
    if not verbs:
        return False
    as_verb = sum(s.count for s in lexicon.senses(verbs[0], "v"))
    return sum(s.count for s in senses) < GERUND_NOUN_SHARE * as_verb


def _last(candidates: Iterable[Candidate], spare: Collection[str]) -> Iterator[Candidate]:
    """``candidates`` in order, those whose lemma is in ``spare`` after all the others."""
    return _last_when(candidates, lambda candidate: candidate.lemma in spare)


def _last_when(candidates: Iterable[Candidate], later: Accept) -> Iterator[Candidate]:
    """``candidates`` in order, those ``later`` says yes to after all the others."""
    kept: list[Candidate] = []
    for candidate in candidates:
        if later(candidate):
            kept.append(candidate)
        else:
            yield candidate
    yield from kept
