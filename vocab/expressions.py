"""Multi-word expressions: WordNet's multi-word lemmas found in a tagged text.

Two kinds of match:

* contiguous: the words of a WordNet lemma in order ("keep in touch", "melting pot",
  "work out"), each word matching a token's lemma or its lower-case form, with the
  expression's part of speech agreeing with the tags (a verb expression starts with
  a verb, a noun compound ends with a noun);
* split phrasal verbs: a verb and its particle a few words apart with only a short
  noun phrase between them ("looked it up", "turned the offer down"), found from
  the tags.

Names are not expressions: a match that includes a proper noun ("Hong Kong") is
dropped, so names never reach the glossary this way either.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from vocab.models import Expression, ExpressionKind, Token

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon

# WordNet writes placeholders into idioms ("lose one's temper"); "one's" stands
# for any possessive pronoun.
_POSSESSIVE_PLACEHOLDER = "one's"
_POSSESSIVE_TAGS = frozenset({"PRP$"})

# Particles of English phrasal verbs (the tagger calls them RP, RB or IN).
PARTICLES = frozenset(
    {
        "up",
        "down",
        "out",
        "off",
        "in",
        "on",
        "away",
        "back",
        "over",
        "around",
        "about",
        "through",
        "along",
        "apart",
        "aside",
        "forward",
        "together",
    }
)
_PARTICLE_TAGS = frozenset({"RP", "RB", "IN"})
# What may stand between a verb and its particle: a short noun phrase. Longer
# gaps are almost always a preposition starting a new phrase ("put the books on the
# table" is not "put on").
_OBJECT_TAGS = frozenset({"DT", "PRP", "PRP$", "NN", "NNS", "JJ", "CD", "POS", "PDT"})
MAX_SPLIT_GAP = 3
# Everyday expressions WordNet 3.0 lacks (it has "get in touch", not "keep in touch").
EXTRA_EXPRESSIONS: tuple[tuple[str, str], ...] = (
    ("keep in touch", "v"),
    ("stay in touch", "v"),
    ("turn into", "v"),
)
MAX_EXPRESSION_WORDS = 6
_EXTRA_BY_FIRST: dict[str, list[tuple[str, str]]] = {}
for _lemma, _pos in EXTRA_EXPRESSIONS:
    _EXTRA_BY_FIRST.setdefault(_lemma.split()[0], []).append((_lemma, _pos))
_NOMINAL_TAGS = ("NN", "DT", "PRP", "CD", "JJ", "WP", "WDT")
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
# Words after which a participle modifies a noun: "a melting pot", "our living room".
_NOUN_PHRASE_OPENERS = frozenset({"DT", "PRP$", "POS", "CD", "JJ", "PDT"})


class ExpressionFinder:
    """Finds expressions in texts, keeping what it learns of each first word.

    Which expressions a word may start is a lexicon query and an index built from
    its answer; a text repeats its words, and the texts a learner reads share most
    of theirs, so both are kept for the finder's life (an engine keeps one).
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._starts: dict[str, list[tuple[str, str]]] = {}
        self._indexes: dict[tuple[str, str], _OptionIndex] = {}

    def find(self, tokens: Sequence[Token]) -> list[Expression]:
        """Every expression in ``tokens``, longest first where two would overlap.

        Each token belongs to at most one expression; contiguous matches are taken
        before split phrasal verbs.
        """
        taken: set[int] = set()
        found: list[Expression] = []
        # Each token's (lemma, text) in lower case: as a first word and as the next one.
        forms = [(token.lemma.lower(), token.text.lower()) for token in tokens]
        starts = [i for i, token in enumerate(tokens)
                  if not token.proper_noun and token.is_word]
        self.read_ahead({word for i in starts for word in forms[i]})
        last = len(tokens) - 1
        for i in starts:
            if i in taken:
                continue
            index = self._index_for(forms[i])
            if index.empty:
                continue
            following = tokens[i + 1] if i < last else None
            options = index.fitting(following, forms[i + 1] if i < last else None)
            if not options:
                continue  # most tokens: nothing they start fits the next word
            match = _longest_contiguous(tokens, i, options)
            if match is not None:
                found.append(match)
                taken.update(match.token_indices)
        for i, token in enumerate(tokens):
            if i in taken or not token.pos.startswith("VB"):
                continue
            match = _split_phrasal_verb(tokens, i, self._lexicon, taken)
            if match is not None:
                found.append(match)
                taken.update(match.token_indices)
        return sorted(found, key=lambda e: e.token_indices)

    def read_ahead(self, words: Iterable[str]) -> None:
        """Look up now, in a few queries, which expressions each of ``words`` may start."""
        missing = {word for word in words if word not in self._starts}
        if not missing:
            return
        for word, options in self._lexicon.expressions_starting_with_many(missing).items():
            self._starts[word] = _EXTRA_BY_FIRST.get(word, []) + [
                (lemma, pos) for lemma, pos in options
                if lemma.count(" ") < MAX_EXPRESSION_WORDS  # words are single-spaced
            ]

    def _index_for(self, forms: tuple[str, str]) -> _OptionIndex:
        """The options of a first token, by its (lemma, text) in lower case."""
        index = self._indexes.get(forms)
        if index is None:
            index = self._indexes[forms] = _OptionIndex({
                *self._candidates(forms[0]), *self._candidates(forms[1]),
            })
        return index

    def _candidates(self, word: str) -> list[tuple[str, str]]:
        if word not in self._starts:
            self.read_ahead([word])
        return self._starts[word]


# An expression option: (position in the index's order, lemma, WordNet POS, its words).
_Option = tuple[int, str, str, tuple[str, ...]]


class _OptionIndex:
    """The options for one first token, in a fixed order, indexed by second word:
    most fail on it ("take" starts hundreds), so only the few that fit are tried."""

    def __init__(self, options: set[tuple[str, str]]) -> None:
        self.single: list[_Option] = []
        self.possessive: list[_Option] = []
        self.by_second: dict[str, list[_Option]] = {}
        for order, (lemma, pos) in enumerate(sorted(options)):  # not a set's order: it varies
            words = _words_of(lemma)
            option = (order, lemma, pos, words)
            if len(words) < 2:
                self.single.append(option)
            elif words[1] == _POSSESSIVE_PLACEHOLDER:
                self.possessive.append(option)
            else:
                self.by_second.setdefault(words[1], []).append(option)
        self.empty = not options

    def fitting(self, following: Token | None, forms: tuple[str, str] | None
                ) -> list[_Option]:
        """Options whose second word fits ``following`` (its lemma and text in lower
        case: ``forms``), in the index's order."""
        if following is None or forms is None:
            return self.single
        lemma, text = forms
        text = text.replace("’", "'")
        by_text = self.by_second.get(text, ())
        by_lemma = self.by_second.get(lemma, ()) if lemma != text else ()
        possessive = self.possessive if following.pos in _POSSESSIVE_TAGS else ()
        if not (by_text or by_lemma or possessive):
            return self.single  # most tokens: no option fits the next word
        found = [*self.single, *by_text, *by_lemma, *possessive]
        return sorted(found) if len(found) > 1 else found


def _longest_contiguous(tokens: Sequence[Token], i: int, options: list[_Option]
                        ) -> Expression | None:
    first = tokens[i]
    best: tuple[int, str, str] | None = None
    for _, lemma, pos, words in options:
        end = i + len(words)
        if end > len(tokens) or (best and len(words) <= best[0]):
            continue
        span = tokens[i:end]
        if any(t.sentence != first.sentence or t.proper_noun for t in span):
            continue
        after = tokens[end] if end < len(tokens) else None
        before = tokens[i - 1] if i and tokens[i - 1].sentence == first.sentence else None
        if all(_word_matches(w, t) for w, t in zip(words, span, strict=True)) and _tags_fit(
            pos, span, after, before
        ):
            best = (len(words), lemma, pos)
    if best is None:
        return None
    size, lemma, pos = best
    return Expression(
        lemma=lemma,
        kind=_kind(lemma, pos, tokens[i : i + size]),
        token_indices=tuple(range(i, i + size)),
        sentence=first.sentence,
    )


@lru_cache(maxsize=1 << 16)
def _words_of(lemma: str) -> tuple[str, ...]:
    return tuple(lemma.split())


def _word_matches(word: str, token: Token) -> bool:
    if word == _POSSESSIVE_PLACEHOLDER:
        return token.pos in _POSSESSIVE_TAGS
    text = token.text.lower().replace("’", "'")
    return word in (text, token.lemma.lower())


def _tags_fit(pos: str, span: Sequence[Token], after: Token | None,
              before: Token | None = None) -> bool:
    """The expression's WordNet POS agrees with how the text uses the words.

    A noun compound may open with a participle the tagger reads as a verb when a
    determiner or modifier comes first ("a melting pot", "their living room"), not
    after a verb ("was melting pots"). An adverb expression ending in a preposition
    ("kind of") must not be followed by what that preposition would govern ("what
    kind of music" is no adverb).
    """
    if pos == "v":
        return span[0].pos.startswith("VB")
    if pos == "n":
        opens_phrase = (span[0].pos in _PARTICIPLE_TAGS and before is not None
                        and before.pos in _NOUN_PHRASE_OPENERS)
        return span[-1].pos.startswith("NN") and (
            not span[0].pos.startswith("VB") or opens_phrase)
    if pos == "a":
        return not span[0].pos.startswith("VB") and not span[-1].pos.startswith("NN")
    if span[-1].pos == "IN" and after is not None and after.pos.startswith(_NOMINAL_TAGS):
        return False
    return not span[0].pos.startswith("VB")  # adverbs: "kind of", "at least"


def _kind(lemma: str, pos: str, span: Sequence[Token]) -> ExpressionKind:
    words = lemma.split()
    if pos == "v":
        if len(words) == 2 and words[1] in PARTICLES:
            return "phrasal verb"
        return "idiom" if len(words) >= 3 else "phrasal verb"
    if pos == "n":
        return "compound"
    return "phrase"


def _split_phrasal_verb(
    tokens: Sequence[Token], i: int, lexicon: Lexicon, taken: set[int]
) -> Expression | None:
    verb = tokens[i]
    for gap in range(1, MAX_SPLIT_GAP + 1):
        j = i + 1 + gap
        if j >= len(tokens):
            return None
        between = tokens[i + 1 : j]
        if any(
            t.pos not in _OBJECT_TAGS or t.sentence != verb.sentence or k in taken
            for k, t in enumerate(between, i + 1)
        ):
            return None
        particle = tokens[j]
        word = particle.text.lower()
        if (
            word in PARTICLES
            and particle.pos in _PARTICLE_TAGS
            and j not in taken
            and _particle_ends_phrase(tokens, j)
            and lexicon.has_lemma(f"{verb.lemma.lower()} {word}", "v")
        ):
            return Expression(
                lemma=f"{verb.lemma.lower()} {word}",
                kind="phrasal verb",
                token_indices=(i, j),
                sentence=verb.sentence,
            )
    return None


def _particle_ends_phrase(tokens: Sequence[Token], j: int) -> bool:
    """A particle after its object closes the phrase: "turned the offer down last year"
    but not "put the cup on the table" (there "on" starts a phrase of its own). The
    tagger's RP settles it; after RB or IN, what follows decides."""
    particle = tokens[j]
    if particle.pos == "RP" or j + 1 >= len(tokens) or tokens[j + 1].sentence != particle.sentence:
        return True
    if tokens[j + 1].text.lower() in _TIME_WORDS:
        return True  # "turned the offer down last year"
    after = tokens[j + 1].pos
    if particle.pos == "RB":
        return after not in _PREPOSITION_OBJECT_STARTS
    return after not in _PREPOSITION_OBJECT_STARTS | {"JJ", "PRP", "NNP"}


# Words that start a time adverbial, not the object of a preposition.
_TIME_WORDS = frozenset({"last", "next", "yesterday", "today", "tonight", "tomorrow", "again"})
# Tags that start the object of a preposition ("on the table", "in his car").
_PREPOSITION_OBJECT_STARTS = frozenset({"DT", "PRP$", "CD", "NN", "NNS"})
