"""Levels revised once a text's tokens are made, by the words beside a word or in it.

Words of another language side by side are a quotation of it, not English words to
learn: `without_foreign_levels` takes their level away ("c'est la vie", "sukuma
wiki"), while one such word alone is a loan and keeps it. A compound noun a learner
reads from two common words is one level above the harder of them when that is lower
than its own: `compounds_levelled_by_parts` ("raincoat"). Both run in
`vocab.analysis.analyse`, after `vocab.token_facts.make_tokens`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from vocab.difficulty import DEFAULT_PROFILE, difficult_for, word_level
from vocab.models import Level, Token, has_letter
from vocab.wordinfo import WordInfo

# Words of another language side by side ("c'est la vie", "hasta la vista") are a
# quotation of it, not English words to learn; one such word alone is a loan
# ("merci", "fiesta") and keeps its level.
FOREIGN_RUN = 2
# French and Italian elisions ("c'est", "l'amour"): the word is what follows.
_ELIDED_PREFIX = 2


def without_foreign_levels(
    tokens: tuple[Token, ...], words: WordInfo,
    listed: Callable[[Iterable[str]], set[str]] | None = None,
) -> tuple[Token, ...]:
    """The tokens, with no level for words of a fragment of another language: words
    side by side that are common in another language (wordfreq's), or that neither
    WordNet nor the CEFR word lists have ("sukuma wiki", Swahili greens: wordfreq
    knows no Swahili)."""
    languages_of = {text: _foreign_languages(text, words)
                    for text in {token.text for token in tokens} if has_letter(text)}
    if listed is not None:
        for text in _unlisted(tokens, listed):
            languages_of[text] = languages_of[text] | _UNLISTED
    # Most tokens are English: only the others are walked, run by run.
    foreign = [i for i, token in enumerate(tokens) if languages_of.get(token.text)]
    marked: list[Token] | None = None
    at = 0
    while at < len(foreign):
        start = end = foreign[at]
        shared = languages_of[tokens[start].text]
        while (at + 1 < len(foreign) and foreign[at + 1] == end + 1
               and tokens[end + 1].sentence == tokens[start].sentence
               and shared & languages_of[tokens[end + 1].text]):
            at += 1
            end += 1
            shared = shared & languages_of[tokens[end].text]
        if end + 1 - start >= FOREIGN_RUN:
            marked = marked if marked is not None else list(tokens)
            for index in range(start, end + 1):
                marked[index] = replace(tokens[index], level=None, difficult=False)
        at += 1
    return tuple(marked) if marked is not None else tokens


# The parts each compound noun asked about is read from ("raincoat": "rain", "coat"),
# for those a learner reads from their parts (`vocab.word_family.transparent_compound_parts`).
CompoundParts = Callable[[Iterable[str]], dict[str, tuple[str, str]]]
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})


def compounds_levelled_by_parts(tokens: tuple[Token, ...], words: WordInfo,
                                 compound_parts: CompoundParts) -> tuple[Token, ...]:
    """The tokens, a compound noun a learner reads from its two words one level above
    the harder of them when that is lower than its own: "raincoats (C2)" was underlined
    for a B1 reader (QA walk-through), rare as the word is, and "rain" and "coat" are
    A-level words. Only nouns above A2 are asked about."""
    asked = {token.lemma.lower() for token in tokens
             if token.pos in _COMMON_NOUN_TAGS and not token.proper_noun
             and token.level is not None and token.level > Level.A2}
    parts = compound_parts(asked) if asked else {}
    if not parts:
        return tokens
    levels = {lemma: _one_up(max(_noun_level(first, words), _noun_level(head, words)))
              for lemma, (first, head) in parts.items()}
    levelled = list(tokens)
    for index, token in enumerate(tokens):
        level = levels.get(token.lemma.lower())
        if level is not None and token.level is not None and level < token.level:
            easier = replace(token, level=level)
            levelled[index] = replace(easier, difficult=difficult_for(easier, DEFAULT_PROFILE))
    return tuple(levelled)


def _one_up(level: Level) -> Level:
    """The level above ``level`` (C2 stays): a compound asks a learner for both its
    words and for how they join ("readout", "horseback" were A1 as their words are)."""
    order = list(Level)
    return order[min(order.index(level) + 1, len(order) - 1)]


def _noun_level(word: str, words: WordInfo) -> Level:
    return word_level(words.zipf(word, "NOUN"), words.cefr(word, "NN"), "NN", word)


# The "language" of words no list has: they make a run with each other only.
_UNLISTED = frozenset({"?"})


def _unlisted(tokens: Sequence[Token], listed: Callable[[Iterable[str]], set[str]]) -> set[str]:
    """The texts of words with a level that no CEFR list rates and WordNet lacks, as
    written and as lemmatised (one query, for the few such words a text has)."""
    asked = {token.text: {token.text.lower(), token.lemma.lower()} for token in tokens
             if token.level is not None and token.cefr is None and token.is_word
             and token.text.isalpha()}
    if not asked:
        return set()
    known = listed({form for forms in asked.values() for form in forms})
    return {text for text, forms in asked.items() if not forms & known}


def _foreign_languages(text: str, words: WordInfo) -> frozenset[str]:
    lower = text.lower().replace("’", "'")
    prefix, apostrophe, rest = lower.partition("'")
    if apostrophe and 0 < len(prefix) <= _ELIDED_PREFIX and rest:
        lower = rest
    return words.foreign_languages(lower)
