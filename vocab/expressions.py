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

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import repeat
from typing import TYPE_CHECKING

from vocab.closed_class import LIST_LINKS, ORDINAL_WORDS, PARTICLES
from vocab.lexicon import TAKES_INFINITIVE, TAKES_OBJECT, ExpressionOption, first_pair
from vocab.models import Expression, ExpressionKind, Token, has_letter
from vocab.verb_objects import verb_before

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon

# WordNet writes placeholders into idioms ("lose one's temper"); "one's" stands
# for any possessive pronoun.
_POSSESSIVE_PLACEHOLDER = "one's"
_POSSESSIVE_TAGS = frozenset({"PRP$"})

_PARTICLE_TAGS = frozenset({"RP", "RB", "IN"})
# What may stand between a verb and its particle: a short noun phrase. Longer
# gaps are almost always a preposition starting a new phrase ("put the books on the
# table" is not "put on").
_OBJECT_TAGS = frozenset({"DT", "PRP", "PRP$", "NN", "NNS", "JJ", "JJR", "JJS", "CD", "POS",
                          "PDT"})
# Inside a noun phrase, after its determiner, a participle is a modifier or the noun
# itself: "turned the warning down", "put the damaged car back".
_PARTICIPLE_IN_PHRASE = frozenset({"VBG", "VBN"})
_DETERMINER_TAGS = frozenset({"DT", "PRP$", "PDT", "POS"})
MAX_SPLIT_GAP = 3
# An object with an "of" after its noun may be longer: "turned the offer of a joint
# study down", "took the rest of the day off" (QA walk-through: it was missed).
MAX_SPLIT_GAP_WITH_OF = 6
_PLAIN_NOUNS = frozenset({"NN", "NNS"})
# Everyday expressions WordNet 3.0 lacks (it has "get in touch", not "keep in touch").
EXTRA_EXPRESSIONS: tuple[ExpressionOption, ...] = (
    ("keep in touch", "v", "", True),
    ("stay in touch", "v", "", True),
    ("turn into", "v", TAKES_OBJECT, True),
    ("come up with", "v", TAKES_OBJECT, True),
    ("walk off the job", "v", "", True),
    ("walk off one's job", "v", "", True),
    ("make ends meet", "v", "", True),
)
# What those mean, as the WordNet sense of a synonym WordNet has: without one, "come up
# with the same solution" was "come up" (to move upward) and "walked off the job" the
# verb "walk" (QA walk-through).
EXTRA_EXPRESSION_SENSES = {
    "come up with": "think_up.v.01",  # devise or invent
    "walk off the job": "strike.v.07",  # stop work in order to press demands
    "walk off one's job": "strike.v.07",
    "make ends meet": "scrape_along.v.01",  # manage one's existence barely
}
MAX_EXPRESSION_WORDS = 6
_EXTRA_BY_PAIR: dict[str, list[ExpressionOption]] = {}
for _option in EXTRA_EXPRESSIONS:
    _EXTRA_BY_PAIR.setdefault(first_pair(_option[0]), []).append(_option)
_EXTRA_FIRSTS = frozenset(option[0].split(" ", 1)[0] for option in EXTRA_EXPRESSIONS)
_NOMINAL_TAGS = ("NN", "DT", "PRP", "CD", "JJ", "WP", "WDT")
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
# Verb tags the first word of a noun compound after a list's nouns may have: "cruise/VB
# ships", "nursing/VBG homes".
_LISTED_NOUN_OPENERS = frozenset({"VB", "VBP", "VBG"})
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
# Last words of a phrase that govern a noun phrase after them: "kind of", "in this".
_GOVERNING_TAGS = frozenset({"IN", "DT", "CD", "PDT"})
# Words after which a participle modifies a noun: "a melting pot", "our living room".
_NOUN_PHRASE_OPENERS = frozenset({"DT", "PRP$", "POS", "CD", "JJ", "PDT"})


class ExpressionFinder:
    """Finds expressions in texts, keeping what it learns of each pair of words.

    Which expressions two adjacent words may start is a lexicon query; a text repeats
    its words, and the texts a learner reads share most of theirs, so the answers are
    kept for the finder's life (an engine keeps one).
    """

    def __init__(self, lexicon: Lexicon, text_zipf: Callable[[str], float] | None = None
                 ) -> None:
        self._lexicon = lexicon
        # How often a word is written (`WordInfo.text_zipf`): a closed compound is one in
        # use as one word. None: two nouns are never joined.
        self._text_zipf = text_zipf
        # Options by their first two words ("work out"); an empty list: none.
        self._by_pair: dict[str, list[ExpressionOption]] = {}
        self._complete: set[str] = set()  # first words whose every pair is known
        # Whether a word starts any expression: most words of a text start none, and
        # need no pair looked up.
        self._starts_any: dict[str, bool] = {first: True for first in _EXTRA_FIRSTS}

    def find(self, tokens: Sequence[Token]) -> list[Expression]:
        """Every expression in ``tokens``, longest first where two would overlap.

        Each token belongs to at most one expression; contiguous matches are taken
        before split phrasal verbs.
        """
        taken: set[int] = set()
        found: list[Expression] = []
        texts = [token.text for token in tokens]
        lemmas = [token.lemma for token in tokens]
        tags = [token.pos for token in tokens]
        # Each token's (lemma, text) in lower case: as a first word and as the next one.
        # A text repeats its words: each is lowered once.
        lower = {word: word.lower() for word in {*texts, *lemmas}}
        forms = list(zip(map(lower.__getitem__, lemmas), map(lower.__getitem__, texts),
                         strict=True))
        # Whether a text is a word (`Token.is_word`), asked once per text.
        lettered = {text for text in set(texts) if has_letter(text)}
        starting = self._starts_any
        # Every word of the text is asked whether it starts an expression (a few more
        # than could: names, punctuation), so one pass over the tokens finds the bigrams.
        self._read_firsts(set(lower.values()))
        # What an expression starting at token i may be depends on its forms, the next
        # token's and whether that is a possessive: worked out once per such bigram.
        bigrams = {i: (form, forms[i + 1], tags[i + 1] in _POSSESSIVE_TAGS)
                   for i, (token, text, form, after)
                   in enumerate(zip(tokens, texts, forms, tags[1:], strict=False))  # not the last
                   if (starting[form[0]] or starting[form[1]])  # most tokens: the cheapest test
                   and text in lettered and not token.proper_noun
                   # "The" before a plural noun starts no expression: WordNet's idioms of
                   # that shape ("the pits": a place of pain and turmoil) are, in running
                   # text, nearly always the plain plural ("the water collects in the
                   # pits"; QA walk-through).
                   and (form[1] != "the" or after != "NNS")}
        pairs = {bigram: _pairs(*bigram, starting) for bigram in set(bigrams.values())}
        self._read_pairs({pair for these in pairs.values() for pair in these})
        options_of = {bigram: self._options(these) for bigram, these in pairs.items()}
        # (Most tokens: nothing they start fits the next word.)
        for i, options in [(i, options) for i, bigram in bigrams.items()
                           if (options := options_of[bigram])]:
            if i in taken:
                continue
            match = _longest_contiguous(tokens, forms, i, options)
            if match is not None and not _motion_along_a_path(tokens, match, self._lexicon) \
                    and not _motion_home(tokens, match, self._lexicon):
                found.append(match)
                taken.update(match.token_indices)
        for match in self._closed_compounds(tokens, tags, taken):
            found.append(match)
            taken.update(match.token_indices)
        compounds = {i for e in found if e.kind == "compound" for i in e.token_indices}
        # A split phrasal verb's particle comes a word or more after the verb: only a
        # verb with a particle's word so near is tried.
        near = _near_particles(forms)
        for i in [i for i, tag in enumerate(tags) if near[i] and tag.startswith("VB")]:
            if i in taken:
                continue
            match = _split_phrasal_verb(tokens, i, self._lexicon, taken, compounds)
            if match is not None:
                found.append(match)
                taken.update(match.token_indices)
        return sorted(found, key=lambda e: e.token_indices)

    def _closed_compounds(self, tokens: Sequence[Token], tags: Sequence[str], taken: set[int]
                          ) -> list[Expression]:
        """Two nouns WordNet writes as one noun: "heat stroke" is "heatstroke", "land
        slide" "landslide" (QA walk-through: "stroke" alone was a blood vessel's
        rupture). Only nouns, the first singular: "every day" is no "everyday", "may
        be" no "maybe". And a word in use: "leather jackets" is no "leatherjacket" (a
        fish, Zipf 1.5), "heatstroke" is Zipf 2.3 (`CLOSED_COMPOUND_ZIPF`)."""
        if self._text_zipf is None:
            return []
        # The tags first, from ``tags`` (the tokens' own): few tokens are a noun before one.
        spaced = {
            i: f"{token.text.lower()} {after.lemma.lower()}"
            for i in [i for i, (tag, next_tag) in enumerate(zip(tags, tags[1:], strict=False))
                      if tag == "NN" and next_tag in _COMPOUND_END_TAGS]
            if (token := tokens[i]).sentence == (after := tokens[i + 1]).sentence
            and token.text.isalpha() and after.text.isalpha()
            and not token.proper_noun and not after.proper_noun
            and i not in taken and i + 1 not in taken
        }
        joined = {i: words.replace(" ", "") for i, words in spaced.items()}
        parts = self._lexicon.parts_of_speech({*spaced.values(), *joined.values()})
        found: list[Expression] = []
        for i, word in joined.items():
            # The lexicon also lists WordNet's two-word nouns without their space
            # ("interestrate"): those are WordNet's as two words, found (or not) above.
            if "n" in parts.get(word, ()) and spaced[i] not in parts \
                    and not (found and i in found[-1].token_indices) \
                    and self._text_zipf(word) >= CLOSED_COMPOUND_ZIPF:
                found.append(Expression(word, "compound", (i, i + 1), tokens[i].sentence))
        return found

    def read_ahead(self, words: Iterable[str]) -> None:
        """Look up now, in a few queries, every expression each of ``words`` may start
        (the most frequent words, once, where there is time to spare)."""
        missing = {word for word in words if word not in self._complete}
        if not missing:
            return
        for word, options in self._lexicon.expressions_starting_with_many(missing).items():
            for option in options:
                self._by_pair.setdefault(first_pair(option[0]), []).append(option)
            self._complete.add(word)
            self._starts_any[word] = bool(options) or word in _EXTRA_FIRSTS

    def _read_firsts(self, words: set[str]) -> None:
        missing = [word for word in words if word not in self._starts_any]
        if missing:
            starting = self._lexicon.starting_expressions(missing)
            self._starts_any.update((word, word in starting) for word in missing)

    def _read_pairs(self, pairs: set[str]) -> None:
        missing = [pair for pair in pairs if pair not in self._by_pair
                   and pair.split(" ", 1)[0] not in self._complete]
        if missing:
            self._by_pair.update(self._lexicon.expressions_by_first_pair(missing))

    def _options(self, pairs: Iterable[str]) -> list[_Option]:
        """The options of a first token, by the pairs it makes with the next token, in
        a fixed order (not a set's: it varies between processes): longest first, so the
        first that fits is the match (`_longest_contiguous`)."""
        if not any(self._by_pair.get(pair) or pair in _EXTRA_BY_PAIR for pair in pairs):
            return []  # most tokens: nothing they start fits the next word
        found = {option for pair in pairs
                 for option in (*self._by_pair.get(pair, ()), *_EXTRA_BY_PAIR.get(pair, ()))
                 if option[0].count(" ") < MAX_EXPRESSION_WORDS}  # words are single-spaced
        options = [(*option, _words_of(option[0])) for option in sorted(found)]
        return sorted(options, key=_option_length, reverse=True)  # stable: ties keep order


# Below this Zipf a noun WordNet writes as one word is too rare to be what two nouns
# mean: of the 27 pairs of gold-tagged nouns of CoNLL-2000 (train and test) that join
# into a WordNet noun (not one of its two-word nouns), it keeps 16 ("air fares", "snow
# storm", "gun man"; "sun sets" may be a verb) and drops 11: "leather jackets"
# (leatherjacket, Zipf 1.5, a fish) and 10 rare right ones ("guest room", "gas fields").
CLOSED_COMPOUND_ZIPF = 2.0
# The tags of a noun that may end a compound WordNet writes as one word.
_COMPOUND_END_TAGS = frozenset({"NN", "NNS"})

# An expression option: (lemma, WordNet POS, a verb's complements, whether SemCor tags
# it, its words).
_Option = tuple[str, str, str, bool, tuple[str, ...]]


def _pairs(first: tuple[str, str], second: tuple[str, str], possessive: bool,
           starting: Mapping[str, bool]) -> list[str]:
    """The first two words an expression starting at a token may have: the token's
    lemma or text, then the next token's text or lemma (or "one's" for a possessive).
    Only a form that ``starting`` says starts some expression opens a pair: "was" of
    "be" starts none, and its pairs would be looked up for nothing (a fifth of them)."""
    lemma, text = second
    if "’" in text:
        text = text.replace("’", "'")
    seconds = [text] if text == lemma else [text, lemma]
    if possessive:
        seconds.append(_POSSESSIVE_PLACEHOLDER)
    firsts = first[:1] if first[0] == first[1] else first
    return [f"{word} {after}" for word in firsts if starting[word] for after in seconds]


def _longest_contiguous(tokens: Sequence[Token], forms: Sequence[tuple[str, str]], i: int,
                        options: list[_Option]) -> Expression | None:
    """The longest of ``options`` (longest first, `ExpressionFinder._options`) spelled
    and used at ``tokens[i]``; of two as long, the one first in ``options``. ``forms``
    are the tokens' (lemma, text) in lower case."""
    room = _room(tokens, i, len(options[0][-1]))
    for lemma, pos, complements, tagged, words in options:
        size = len(words)
        if size > room:
            continue
        # A cheap first test, of the last word: most long options fail there. Only an
        # apostrophe (’ for ') or "one's" makes a word match neither lower-case form.
        last, end_forms = words[-1], forms[i + size - 1]
        if last not in end_forms and last != _POSSESSIVE_PLACEHOLDER \
                and "’" not in end_forms[1]:
            continue
        span = tokens[i : i + size]
        inflects = pos in _INFLECTING_EXPRESSIONS
        spelled = all(map(_word_matches, words, span, repeat(inflects)))  # equal lengths
        if spelled and _used_so(pos, complements, tagged, tokens, i, i + size):
            return Expression(
                lemma=lemma,
                kind=_kind(lemma, pos, span),
                token_indices=tuple(range(i, i + size)),
                sentence=tokens[i].sentence,
            )
    return None


def _option_length(option: _Option) -> int:
    return len(option[-1])


def _room(tokens: Sequence[Token], i: int, longest: int) -> int:
    """How many tokens from ``i`` (at most ``longest``) an expression may span: its
    sentence's, with no name among them. Found once for all the options at ``i``."""
    sentence = tokens[i].sentence
    end = i
    last = min(len(tokens), i + longest)
    while end < last and tokens[end].sentence == sentence and not tokens[end].proper_noun:
        end += 1
    return end - i


@lru_cache(maxsize=1 << 16)
def _words_of(lemma: str) -> tuple[str, ...]:
    return tuple(lemma.split())


def _word_matches(word: str, token: Token, inflects: bool) -> bool:
    """Whether ``token`` is ``word`` of an expression: as written, or inflected inside
    a noun or verb expression ("went on", "melting pots"). A phrase does not inflect:
    "goods and services" is no "good and" (very), "these kinds of" no "kind of"."""
    if word == _POSSESSIVE_PLACEHOLDER:
        return token.pos in _POSSESSIVE_TAGS
    text = token.text.lower().replace("’", "'")
    if not inflects or not token.pos.startswith(_INFLECTED_IN_EXPRESSIONS):
        return word == text  # "tanks are better" is no "be well"
    return word in (text, token.lemma.lower())


# Verbs and nouns inflect inside an expression ("went on", "melting pots"); other words
# do not, and the lemma of a comparative is another word ("better" -> "well").
_INFLECTED_IN_EXPRESSIONS = ("VB", "NN")
# ...inside noun and verb expressions (WordNet's POS).
_INFLECTING_EXPRESSIONS = frozenset({"n", "v"})


def _tags_fit(pos: str, span: Sequence[Token], after: Token | None,
              before: Token | None = None, *, listed: bool = False) -> bool:
    """The expression's WordNet POS agrees with how the text uses the words.

    A noun compound may open with a participle the tagger reads as a verb when a
    determiner or modifier comes first ("a melting pot", "their living room"), not
    after a verb ("was melting pots"); so may one with a verb's base form when
    ``listed``, after other nouns of a list ("schools, hospitals, and cruise ships",
    where the tagger read "cruise" as a verb; not "scientists study groups of birds").
    An adverb expression ending in a preposition ("kind of") must not be followed by
    what that preposition would govern ("what kind of music" is no adverb). A word the
    tagger reads as a particle (RP) belongs to the verb before it, so it opens no
    adjective or adverb ("looked it up on my phone" is no "up on", well informed).
    """
    if pos == "v":
        return span[0].pos.startswith("VB") or _quoted_whole(span, before, after)
    if pos == "n":
        opens_phrase = (span[0].pos in _PARTICIPLE_TAGS and before is not None
                        and before.pos in _NOUN_PHRASE_OPENERS) or (
                            listed and span[0].pos in _LISTED_NOUN_OPENERS)
        return span[-1].pos.startswith("NN") and (
            not span[0].pos.startswith("VB") or opens_phrase)
    if span[0].pos == "RP":
        return False
    if pos == "a":
        return not span[0].pos.startswith("VB") and not span[-1].pos.startswith("NN")
    if (span[-1].pos in _GOVERNING_TAGS and after is not None
            and after.pos.startswith(_NOMINAL_TAGS) and not _bare_singular_opening(span, before)):
        return False  # "in this lesson" is no "in this" (herein), "for one minute" no "for one"
    if span[-1].pos == "JJ" and after is not None and after.pos in {"NN", "NNS"}:
        return False  # "in public spaces" is no "in public" (openly)
    return not span[0].pos.startswith("VB")  # adverbs: "kind of", "at least"


def _bare_singular_opening(span: Sequence[Token], before: Token | None) -> bool:
    """Whether an adverb expression opens with a singular noun that has nothing before
    it in its sentence to make it one: "was kind of cold", "she sort of likes" are the
    hedge (to some extent), whatever the tagger made of the next word after "of" (it
    read "cold", "boring", "likes" as nouns, and the hedge went unfound); "a kind of
    small bird", "what kind of music" have their determiner. Not a sentence's first
    word, which has none either way."""
    return (span[0].pos == "NN" and before is not None
            and before.pos not in _BEFORE_A_NOUN and before.text.lower() not in _QUANTIFIERS)


# Tags of what makes a singular noun a noun phrase's head: a determiner, a possessive, a
# "wh" word, a modifier, a number. A subject ("prices kind of rose"), a verb ("has been
# kind of slow"), a preposition or a link ("in kind of a hurry", "and kind of sad")
# leaves "kind" bare.
_BEFORE_A_NOUN = frozenset({"DT", "PDT", "PRP$", "POS", "WDT", "WP", "WP$", "JJ", "JJR",
                            "JJS", "CD"})
# Determiners the tagger may tag otherwise: "every kind of", "no sort of".
_QUANTIFIERS = frozenset({"every", "each", "no", "any", "some", "another", "what", "which",
                          "whatever", "one", "same", "other", "such"})


# Tags of quotation marks, and what may close a quoted expression: 'is "face the music."'.
_QUOTE_TAGS = frozenset({"``", "''"})
_QUOTE_CLOSERS = frozenset({".", ",", "?", "!", ":", ";"})


def _quoted_whole(span: Sequence[Token], before: Token | None, after: Token | None) -> bool:
    """Whether the text quotes the words alone, naming the expression: 'Another expression
    is "face the music."', where the tagger, with no subject before it, read "face" as a
    noun (the idiom was found in the story's other sentences, not there: QA walk-through)."""
    return (before is not None and before.pos in _QUOTE_TAGS and after is not None
            and (after.pos in _QUOTE_TAGS or after.text in _QUOTE_CLOSERS))


def _verb_and_its_own_complement(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A verb and a word that belongs with what follows, not with the verb: "be" and
    an adjective ("were quiet" is no "be quiet", to refuse to talk; "is well known" no
    "be well"), or "it" before an adjective or a verb ("made it possible" is no "make
    it", to succeed; "makes it really hard", "did it happen" no "do it")."""
    if end - start != 2:
        return False
    verb, second = tokens[start], tokens[start + 1]
    past_adverbs = end
    while past_adverbs < len(tokens) and tokens[past_adverbs].pos in {"RB", "RBR"}:
        past_adverbs += 1
    follows = (tokens[past_adverbs].pos if past_adverbs < len(tokens)
               and tokens[past_adverbs].sentence == verb.sentence else "")
    if verb.lemma == "be":
        return second.pos in _ADJECTIVE_TAGS or follows in {"VBN", "JJ"}
    if second.pos in _PLAIN_NOUNS and follows in _ADJECTIVE_TAGS:
        # The noun is the verb's object and the adjective what it is made: "tablets that
        # make water safe to drink" is no "make water" (to urinate). An adjective before
        # a noun opens a phrase of its own, as does a time word ("take place last week").
        adjective = tokens[past_adverbs]
        after = tokens[past_adverbs + 1] if past_adverbs + 1 < len(tokens) else None
        return adjective.text.lower() not in _TIME_WORDS and (
            after is None or after.sentence != verb.sentence or after.pos not in _NOUN_TAGS)
    return second.text.lower() == "it" and (follows in _ADJECTIVE_TAGS or follows == "VB")


# The tags of a noun, a name's too: an adjective before one modifies it.
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _used_so(pos: str, complements: str, tagged: bool, tokens: Sequence[Token], start: int,
             end: int) -> bool:
    """Whether the words at ``tokens[start:end]``, which spell an expression, are used
    as it: the tags, what follows and how it is used agree."""
    span = tokens[start:end]
    after = tokens[end] if end < len(tokens) else None
    before = (tokens[start - 1] if start and tokens[start - 1].sentence == span[0].sentence
              else None)
    return (_tags_fit(pos, span, after, before, listed=_after_listed_noun(tokens, start))
            and _complement_fits(pos, complements, tokens, start, end)
            and not _reads_as_its_words(pos, tagged, span))


def _after_listed_noun(tokens: Sequence[Token], start: int) -> bool:
    """Whether ``tokens[start]`` follows a noun and a list's link: "hospitals, and",
    "schools or"."""
    at = start - 1
    if at < 1 or tokens[at].text not in LIST_LINKS:
        return False
    if tokens[at].text != "," and tokens[at - 1].text == ",":
        at -= 1  # "hospitals, and cruise ships"
    noun = tokens[at - 1] if at >= 1 else None
    return (noun is not None and noun.sentence == tokens[start].sentence
            and noun.pos in {"NN", "NNS"})


def _reads_as_its_words(pos: str, tagged: bool, span: Sequence[Token]) -> bool:
    """Whether a verb expression SemCor never tags reads as a verb and a preposition,
    or a verb and "it": "worked in education" (not "work in": to add by mixing),
    "lives on Pennsylvania Avenue" ("live on": to live through hardship), "water you add
    to the tank", "been doing it" (WordNet's one "do it" is sex)."""
    return pos == "v" and not tagged and len(span) == 2 and (
        span[1].pos in {"IN", "TO"} or span[1].text.lower() == "it")


def _complement_fits(pos: str, complements: str, tokens: Sequence[Token], start: int,
                     end: int) -> bool:
    """What follows a verb expression ending in a particle or preposition is something
    WordNet's sentence frames let it take: "fell in the last quarter" is "fall" and a
    time phrase ("fall in" takes no object: it collapses, or lines up), "whatever it
    takes to bring prices down" is "take" and an infinitive (not "take to", to like),
    "lives in the city" is not "live in"; "looked after the children", "got on the
    bus" and "got to see" are the expressions. A passive participle's object stands
    before it, so a preposition after it governs what follows: "will be held in North
    Korea" is no "hold in" (to restrain)."""
    last = tokens[end - 1]
    if pos != "v":
        return True
    if _verb_and_its_own_complement(tokens, start, end):
        return False
    if end >= len(tokens) or tokens[end].sentence != last.sentence:
        return True
    after = tokens[end]
    if last.pos == "TO" and after.pos == "VB":
        return TAKES_INFINITIVE in complements
    if last.pos == "IN" and _length_of_time(tokens, end):
        return False  # the preposition's own phrase: "fell for the second month"
    if last.pos in _PARTICLE_TAGS and _opens_object(tokens, end):
        passive = last.pos == "IN" and _passive(tokens, start)
        return TAKES_OBJECT in complements and not passive
    return True


def _passive(tokens: Sequence[Token], index: int) -> bool:
    """A passive participle: after "be" or "get", or right after its noun ("objects held
    in its museums", a reduced relative: no "hold in", to restrain)."""
    if tokens[index].pos != "VBN":
        return False
    before = tokens[index - 1] if index else None
    return verb_before(tokens, index) in {"be", "get"} or (
        before is not None and before.sentence == tokens[index].sentence
        and before.pos in _PLAIN_NOUNS)


def _opens_object(tokens: Sequence[Token], at: int) -> bool:
    """Whether the token at ``at`` starts a noun phrase the particle or preposition
    before it would govern; a time phrase is none ("came back the next day")."""
    particle, after = tokens[at - 1], tokens[at]
    if after.text.lower() in _TIME_WORDS:
        return False  # "the roof fell in last night"
    if particle.pos == "IN":  # a preposition: "fell in the last quarter", "in what is now"
        return after.pos in _PREPOSITION_OBJECT_STARTS | {"PRP", "JJ", "PDT", "NNP", "WP"}
    if after.pos in {"DT", "PDT"} and any(
            tokens[k].text.lower() in _TIME_WORDS | _ADVERBIAL_NOUNS
            for k in range(at + 1, min(at + 3, len(tokens)))):
        return False  # "came back the next day", "this week", "touched down the wrong way"
    # After an adverb or particle a number is a measure ("prices went up 5 percent").
    return after.pos in {"DT", "PRP$", "PRP", "PDT"}


# Units of time, and the words that make a length of time of them: "for the second
# month", "for a few minutes", "for three years".
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "weekend", "month",
                         "season", "year", "decade", "century", "time", "while"})
_COUNTING_WORDS = frozenset({"few", "several", "many", "next", "last", "past", "coming",
                             "whole", "entire", "long", "first", "second"}) | ORDINAL_WORDS


def _length_of_time(tokens: Sequence[Token], at: int) -> bool:
    """Whether the noun phrase at ``at`` is a length of time: a unit of time counted
    ("the second month", "a few minutes", "three years") or a bare plural one ("for
    years"). After a preposition it says how long, and is no object the preposition
    takes from the verb: "fell for the second month in a row" is no "fall for" (to be
    fooled by; QA walk-through), "looked for a few minutes" no "look for"."""
    sentence = tokens[at - 1].sentence
    end = at
    while (end < len(tokens) and tokens[end].sentence == sentence
           and tokens[end].pos in _DETERMINER_TAGS | _ADJECTIVE_TAGS | {"CD"}):
        end += 1
    head = tokens[end] if end < len(tokens) and tokens[end].sentence == sentence else None
    if head is None or head.pos not in _PLAIN_NOUNS or head.lemma.lower() not in _TIME_UNITS:
        return False
    if end == at:
        return head.pos == "NNS"  # "for years", "for hours"
    return any(token.pos == "CD" or token.text.lower() in _COUNTING_WORDS
               for token in tokens[at:end])


def _kind(lemma: str, pos: str, span: Sequence[Token]) -> ExpressionKind:
    words = lemma.split()
    if pos == "v":
        if len(words) == 2 and words[1] in PARTICLES:
            return "phrasal verb"
        return "idiom" if len(words) >= 3 else "phrasal verb"
    if pos == "n":
        return "compound"
    return "phrase"


def _object_word(tokens: Sequence[Token], k: int, start: int) -> bool:
    """Whether ``tokens[k]`` may be a word of the short noun phrase from ``start`` that
    is the object between a verb and its particle, a participle only after the phrase's
    determiner ("the warning")."""
    word = tokens[k]
    return word.pos in _OBJECT_TAGS or (
        word.pos in _PARTICIPLE_IN_PHRASE and k > start and tokens[start].pos in _DETERMINER_TAGS
    ) or (word.text.lower() == "of" and k > start and tokens[k - 1].pos in _PLAIN_NOUNS)


def _split_phrasal_verb(
    tokens: Sequence[Token], i: int, lexicon: Lexicon, taken: set[int], compounds: set[int]
) -> Expression | None:
    """A verb and its particle after a short object (`_object_word`); a noun compound
    may be that object, or a word of it ("turned a bank loan down"): ``compounds`` holds
    the tokens of the compounds found, which ``taken`` holds too."""
    verb = tokens[i]
    # The particle at j after the object i + 1 .. j - 1: each step tests the one word it
    # adds to the object, as the words before it passed.
    with_of = False
    for j in range(i + 2, min(i + 2 + MAX_SPLIT_GAP_WITH_OF, len(tokens))):
        added = j - 1
        if (tokens[added].sentence != verb.sentence
                or (added in taken and added not in compounds)
                or not _object_word(tokens, added, i + 1)):
            return None
        with_of = with_of or tokens[added].text.lower() == "of"
        if j - i - 1 > MAX_SPLIT_GAP and not with_of:
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


def _near_particles(forms: list[tuple[str, str]]) -> bytearray:
    """1 at each token a particle's word follows closely enough to be the particle of a
    split phrasal verb it starts (`_split_phrasal_verb`: 2 to 1 + MAX_SPLIT_GAP_WITH_OF
    tokens after it), else 0; ``forms`` are the tokens' (lemma, text) in lower case."""
    near = bytearray(len(forms))
    for j in [j for j, (_, text) in enumerate(forms) if text in PARTICLES]:
        start, end = max(0, j - 1 - MAX_SPLIT_GAP_WITH_OF), max(0, j - 1)
        near[start:end] = _ONES[:end - start]
    return near


_ONES = b"\1" * MAX_SPLIT_GAP_WITH_OF


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
    # A participle after a preposition opens its phrase: "giving farmers in developing
    # countries information" is no "give in" (to yield).
    return after not in _PREPOSITION_OBJECT_STARTS | {"JJ", "PRP", "NNP", "WP", "VBG"}


# Words that start a time adverbial, not the object of a preposition.
_TIME_WORDS = frozenset({"last", "next", "yesterday", "today", "tonight", "tomorrow", "again"})
# Nouns that make an adverbial of "this", "the next"...: "came back this week", "touched
# down the wrong way".
_ADVERBIAL_NOUNS = frozenset({"way", "day", "days", "week", "weeks", "month", "months",
                              "year", "years", "night", "morning", "afternoon", "evening",
                              "weekend", "time", "following"})
# Tags that start the object of a preposition ("on the table", "in his car").
_PREPOSITION_OBJECT_STARTS = frozenset({"DT", "PRP$", "CD", "NN", "NNS"})


# Particles that, after a verb of motion, are prepositions of a path: "ran down his face".
_PATH_PREPOSITIONS = frozenset({"down", "up", "along", "across", "through", "over",
                                "around", "past"})
# WordNet's fields of nouns that name a place or a path ("hill", "face", "river"), and
# the synset of roads, streets, stairs and corridors ("way": a road or path).
_PLACE_FIELDS = frozenset({"noun.location", "noun.object", "noun.body"})
_WAY = "way.n.06"
# How far up WordNet's broader terms a noun is looked for under `_WAY` ("street" is 3).
_WAY_DEPTH = 6


def _motion_along_a_path(tokens: Sequence[Token], match: Expression, lexicon: Lexicon) -> bool:
    """Whether a verb of motion and a particle are the verb and a preposition of the path
    after it: "a tear ran down his face", "ran down the street" (not "run down", to
    trace; QA walk-through); "ran down the driver" is the phrasal verb."""
    if match.kind != "phrasal verb" or len(match.token_indices) != 2:
        return False
    verb_at, particle_at = match.token_indices
    if tokens[particle_at].text.lower() not in _PATH_PREPOSITIONS:
        return False
    verb_senses = lexicon.senses(tokens[verb_at].lemma.lower(), "v")
    if not verb_senses or verb_senses[0].lexname != "verb.motion":
        return False
    head = _head_noun_after(tokens, particle_at + 1)
    return head is not None and _names_a_place(head.lemma.lower(), lexicon)


def _motion_home(tokens: Sequence[Token], match: Expression, lexicon: Lexicon) -> bool:
    """Whether a verb of motion and "home" say where someone went, though WordNet has the
    pair only as an idiom of no motion: "the soldiers have come home" is no "come home"
    (to become clear), "drove home after work" no "drive home" (to make clear; a
    glossary listed the idiom for a story's "the statues have come home"). The idiom
    takes an object after "home" ("drive home the point") or "to" and whom it is clear
    to ("came home to me"); "go home" (to return home) is motion, and "hit home" has no
    verb of motion."""
    if match.kind != "phrasal verb" or len(match.token_indices) != 2:
        return False
    verb_at, home_at = match.token_indices
    if tokens[home_at].text.lower() != "home":
        return False
    verb_senses = lexicon.senses(tokens[verb_at].lemma.lower(), "v")
    if not verb_senses or verb_senses[0].lexname != "verb.motion":
        return False
    if any(sense.lexname == "verb.motion" for sense in lexicon.senses(match.lemma, "v")):
        return False
    after = home_at + 1
    if after >= len(tokens) or tokens[after].sentence != tokens[home_at].sentence:
        return True
    if tokens[after].pos == "TO" or tokens[after].text.lower() == "to":
        return not (after + 1 < len(tokens) and tokens[after + 1].pos in {"PRP", "NNP"})
    return tokens[after].pos not in _DETERMINER_TAGS | _ADJECTIVE_TAGS | _PLAIN_NOUNS


def _head_noun_after(tokens: Sequence[Token], at: int) -> Token | None:
    """The last noun of the noun phrase starting at ``at``, or None when none starts there."""
    sentence = tokens[at - 1].sentence
    while at < len(tokens) and tokens[at].sentence == sentence \
            and tokens[at].pos in _DETERMINER_TAGS | _ADJECTIVE_TAGS | {"CD"}:
        at += 1
    head = None
    while at < len(tokens) and tokens[at].sentence == sentence and tokens[at].pos in {"NN", "NNS"}:
        head = tokens[at]
        at += 1
    return head


def _names_a_place(noun: str, lexicon: Lexicon) -> bool:
    senses = lexicon.senses(noun, "n")
    if not senses:
        return False
    if senses[0].lexname in _PLACE_FIELDS:
        return True
    broader = lexicon.broader(senses[0].synset)
    for _ in range(_WAY_DEPTH):
        if broader is None:
            return False
        if broader.synset == _WAY:
            return True
        broader = lexicon.broader(broader.synset)
    return False
