"""A word's WordNet senses as the text has it (`SenseLookup`): a plural's own senses or
its singular's, the American spelling's, no person for a word that is no name, read in
outline ahead for a whole story; and the part of speech a token is defined under."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol, TypeVar

from vocab.models import Sense, Token
from vocab.sense_filters import OWN_PLURAL_MIN_USES, kept_plural_singular
from vocab.sense_weights import OWN_PLURAL_SHARE
from vocab.wordinfo import UPOS_TO_WORDNET, WORDNET_TO_UPOS, WordInfo, american_spelling

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon, SenseOutline



class _SenseLike(Protocol):
    """What merging and filtering senses reads: `Sense` and `SenseOutline` both have it."""

    @property
    def count(self) -> int: ...
    @property
    def person(self) -> bool: ...


_S = TypeVar("_S", bound=_SenseLike)


class SenseLookup:
    """Sense look-ups over one lexicon, cached per word.

    A story's candidates are read ahead in outline (`prefetch`): how many senses
    each has in each part of speech and how common each is, which is all that
    ranking them needs. Glosses are read for the few words whose sense is chosen.
    """

    def __init__(self, lexicon: Lexicon, words: WordInfo | None = None) -> None:
        self.lexicon = lexicon
        # Lemmatises WordNet's examples (`paired_in_examples`): the engine's compiled
        # word facts, not lemminflect's dictionary (0.2 s and 50 MB to load).
        self._words = words if words is not None else WordInfo()
        self._senses: dict[tuple[str, str], list[Sense]] = {}
        self._outlines: dict[str, list[SenseOutline]] = {}  # every POS, by lemma
        self._outlines_by_pos: dict[tuple[str, str], list[SenseOutline]] = {}
        self._merged_outlines: dict[tuple[str, str, str], list[SenseOutline]] = {}
        self._all_senses: dict[str, list[Sense]] = {}  # by `read_senses_ahead`, every POS
        self._word_pos: dict[tuple[str, str, str], str] = {}
        self._headwords_of: dict[tuple[str, str, str], tuple[str, ...]] = {}

    def senses(self, lemma: str, pos: str, surface: str = "", *,
               name: bool = False) -> list[Sense]:
        """Senses of ``lemma`` in WordNet POS ``pos``, most frequent first.

        When the form in the text is a WordNet lemma of its own ("affairs", "arms",
        "masses"), its senses are the ones meant: plural-only nouns carry a meaning
        the singular lacks, and VOA glosses them as "(pl.)". When SemCor hardly ever
        uses that plural-only sense ("minutes" as a meeting's record, "chips" as fried
        potatoes), the singular's senses compete with it (`_headwords`).

        A word that is not a name is not read as a person ("a ford" is a crossing,
        not Henry Ford; "the devil" an evil being, not Satan): the senses that name
        one are left out when it has others. ``name``: the token is a name.
        """
        key = (f"{lemma}|{surface}|{name}", pos)
        found = self._senses.get(key)
        if found is None:
            words = self._headwords(lemma, pos, surface)
            found = _in_order([self._senses_in(word, pos) for word in words],
                              key=lambda sense: sense.synset,
                              by_use=not self._plural_first(words, pos))
            self._senses[key] = found = found if name else _not_people(found)
        return found

    def outlines(self, lemma: str, pos: str, surface: str = "") -> list[SenseOutline]:
        """`senses`, in outline: the same senses in the same order, without glosses."""
        key = (lemma, pos, surface)  # asked ~1,000 times at 10,000 words, of ~600 words
        found = self._merged_outlines.get(key)
        if found is None:
            words = self._headwords(lemma, pos, surface)
            found = self._merged_outlines[key] = _not_people(_in_order(
                [self._outlines_in(word, pos) for word in words],
                key=lambda outline: outline.synset_id,
                by_use=not self._plural_first(words, pos)))
        return list(found)  # (a copy: the caller's to change)

    def _plural_first(self, words: tuple[str, ...], pos: str) -> bool:
        """Whether a plural competing with its singular (`_headwords`) comes first: when
        SemCor uses it, though too seldom to stand alone ("hold talks": a discussion
        intended to produce an agreement, once; "talk" 12 times as a conversation), its
        sense is not one more of the singular's to be ranked below theirs."""
        return len(words) == 2 and any(o.count for o in self._outlines_in(words[0], pos))

    def has_senses(self, lemma: str, pos: str, surface: str = "") -> bool:
        """Whether `senses` would find any (without reading a gloss)."""
        return bool(self._headwords(lemma, pos, surface))

    def _headwords(self, lemma: str, pos: str, surface: str) -> tuple[str, ...]:
        """The words whose senses `senses` gives: the surface form alone when WordNet
        has it as a lemma of its own that SemCor uses as such (`OWN_PLURAL_SHARE`), the
        surface form and the lemma when it hardly does, else the lemma; none when
        neither has senses in ``pos``. Kept per word: asked for each of a story's uses."""
        key = (lemma, pos, surface)
        found = self._headwords_of.get(key)
        if found is None:
            found = self._headwords_of[key] = self._find_headwords(lemma, pos, surface)
        return found

    def _find_headwords(self, lemma: str, pos: str, surface: str) -> tuple[str, ...]:
        own = self._outlines_in(lemma, pos)
        american = american_spelling(lemma) if not any(o.count for o in own) else None
        if american and (spelled := self._outlines_in(american, pos)) and (
                not own or any(o.count for o in spelled)
                and {o.synset_id for o in own} <= {o.synset_id for o in spelled}):
            # WordNet spells most words the American way ("neighbouring" had no
            # definition, QA walk-through), and SemCor counts only that spelling:
            # the British one's senses, in WordNet's order for it, had "the organisers
            # of the fair" enlisting workers into a union (QA walk-through).
            lemma, own = american, spelled
        singular = kept_plural_singular(lemma) if not own and pos == "n" else ""
        if singular and self._outlines_in(singular, pos):
            # A plural the lemmatiser keeps ("pajamas", "jeans") that WordNet lists
            # under its singular, "(usually plural)".
            return (singular,)
        # A verb's inflected form is never a verb of its own: "fell" in "spending fell"
        # is "fall" (to fell a tree makes "felled"), "found" is "find", "saw" "see".
        plural = (self._outlines_in(surface, pos)
                  if surface and surface != lemma and pos != "v" else [])
        if not plural:
            return (lemma,) if own else ()
        plural_uses = sum(outline.count for outline in plural)
        lemma_uses = sum(outline.count for outline in own)
        if not own or (plural_uses >= OWN_PLURAL_MIN_USES
                       and plural_uses >= OWN_PLURAL_SHARE * lemma_uses):
            return (surface,)
        return (surface, lemma)

    def prefetch(self, lemmas: Iterable[str]) -> None:
        """Read the outlines of many lemmas at once (a story's candidates), so
        `outlines`, `has_senses` and `pos_counts` need no query for them."""
        wanted = {lemma for lemma in lemmas if lemma not in self._outlines}
        if wanted:
            self._outlines.update(self.lexicon.sense_outlines(wanted))

    def read_senses_ahead(self, lemmas: Iterable[str]) -> None:
        """Read the senses (glosses and all) of many lemmas at once: the words whose
        sense is about to be chosen."""
        wanted = {lemma for lemma in lemmas
                  if lemma not in self._all_senses and self._outlines.get(lemma) != []}
        if wanted:
            self._all_senses.update(self.lexicon.senses_of_many(wanted))

    def synset_ids_below(self, roots: tuple[str, ...]) -> frozenset[int]:
        """`Lexicon.synset_ids_below` (which the lexicon keeps)."""
        return self.lexicon.synset_ids_below(roots)

    def pos_counts(self, lemma: str) -> dict[str, int]:
        """`Lexicon.pos_counts`, from the lemma's outlines."""
        counts: dict[str, int] = {}
        for outline in self._every_outline(lemma):
            counts[outline.pos] = counts.get(outline.pos, 0) + outline.count
        return counts

    def _every_outline(self, lemma: str) -> list[SenseOutline]:
        found = self._outlines.get(lemma)
        if found is None:
            found = self._outlines[lemma] = self.lexicon.sense_outlines([lemma])[lemma]
        return found

    def _outlines_in(self, lemma: str, pos: str) -> list[SenseOutline]:
        """The lemma's outlines in ``pos``; kept (not to be changed): asked ~3,000 times
        at 10,000 words."""
        wordnet_pos = "a" if pos == "s" else pos
        key = (lemma, wordnet_pos)
        found = self._outlines_by_pos.get(key)
        if found is None:
            found = self._outlines_by_pos[key] = [
                outline for outline in self._every_outline(lemma) if outline.pos == wordnet_pos]
        return found

    def _senses_in(self, lemma: str, pos: str) -> list[Sense]:
        every = self._all_senses.get(lemma)
        if every is None:
            return self.lexicon.senses(lemma, pos)
        wordnet_pos = "a" if pos == "s" else pos
        return [sense for sense in every if sense.pos == wordnet_pos]

    def senses_for(self, token: Token) -> list[Sense]:
        """WordNet senses of the token's lemma in its part of speech (see `word_pos`)."""
        lemma, pos, surface = self.wordnet_key(token)
        return self.senses(lemma, pos, surface, name=token.proper_noun) if pos else []

    def wordnet_key(self, token: Token) -> tuple[str, str, str]:
        """What `senses_for` looks up: (lemma, WordNet POS, surface form); the POS is ""
        when the token's part of speech has none in WordNet."""
        pos = UPOS_TO_WORDNET.get(self.word_pos(token), "")
        return token.lemma.lower(), pos, token.text.lower()

    def word_pos(self, token: Token) -> str:
        """The Universal POS to define the token under: its tag's, unless WordNet has
        no such sense for the word and has another ("asteroid" tagged JJ in "asteroid
        sample" is a noun used as a modifier; WordNet knows only the noun)."""
        key = (token.lemma, token.text, token.upos)  # a story repeats its words
        found = self._word_pos.get(key)
        if found is None:
            found = self._word_pos[key] = self._word_pos_of(token)
        return found

    def _only_people(self, token: Token, pos: str) -> bool:
        """Whether the word, written as no name, has only people for senses in ``pos``:
        "before building begins" read as a noun was Menachem Begin, "the Israeli
        statesman"; its other part of speech is meant."""
        if token.proper_noun:
            return False
        lemma, surface = token.lemma.lower(), token.text.lower()
        words = self._headwords(lemma, pos, surface)
        # One word's outlines need no merging (`outlines`): asked of each word type.
        outlines = self._outlines_in(words[0], pos) if len(words) == 1 \
            else self.outlines(lemma, pos, surface)
        return bool(outlines) and all(outline.person for outline in outlines)

    def _word_pos_of(self, token: Token) -> str:
        pos = UPOS_TO_WORDNET.get(token.upos)
        if pos is None or self.has_senses(token.lemma.lower(), pos, token.text.lower()) \
                and not self._only_people(token, pos):
            return token.upos
        counts = self.pos_counts(token.lemma.lower())
        if not counts:
            return token.upos
        if token.upos == "ADJ" and "n" in counts:
            return "NOUN"  # a modifier with no adjective sense is a noun ("tap water")
        best = max(counts, key=lambda p: (counts[p], p == "n"))
        return WORDNET_TO_UPOS.get(best, token.upos)


def _not_people(senses: list[_S]) -> list[_S]:
    """The senses that are not a person WordNet names; all of them when every one is."""
    kept = [sense for sense in senses if not sense.person]
    return kept if kept else senses


def _in_order(groups: list[list[_S]], key: Callable[[_S], object], *,
              by_use: bool = True) -> list[_S]:
    """The senses of several words as one list, each synset once: most used first (ties
    in the words' order, then each word's own), or ``by_use=False`` word by word."""
    if len(groups) == 1:
        return groups[0]
    seen: set[object] = set()
    merged: list[tuple[int, int, int, _S]] = []
    for word_order, group in enumerate(groups):
        for sense_order, sense in enumerate(group):
            if key(sense) not in seen:
                seen.add(key(sense))
                merged.append((-sense.count if by_use else 0, word_order, sense_order, sense))
    merged.sort(key=lambda item: item[:3])
    return [item[3] for item in merged]
