"""Tokens with their lemma, tag, level and default difficulty, made from the raw tokens.

What a token is depends on its spelling, its tag, whether it is a name and whether it
helps a verb; a 10,000-word text has a few thousand such types, so `make_tokens` works
out each type's facts once (`_type_facts`) and gives every token its type's: the tag
mended where the tagger took an adjective for another word, the lemma of the word as
English spells it without accents (`without_accents`), its Zipf frequency, CEFR level
and level in context, and whether it is difficult for the default learner; no level
for names, numbers and the words made with them, words in another script, web and
e-mail addresses, or a suffix named alone ("-ing").
"""

from __future__ import annotations

import unicodedata
from dataclasses import fields
from operator import attrgetter
from typing import Any

from vocab.closed_class import NUMBER_WORDS, ORDINAL_WORDS
from vocab.difficulty import COMMON_BASE_ZIPF, DEFAULT_PROFILE, difficult_for, word_level
from vocab.models import Token, has_letter
from vocab.raw_tokens import RawToken
from vocab.token_marks import is_proper_noun
from vocab.tokens import is_address, is_word_part
from vocab.wordinfo import UNSEEN_ZIPF, WordInfo, upos_of_word


def make_tokens(raw: list[RawToken], words: WordInfo, names: set[str],
                 lower_case: set[str], common_openers: set[str]) -> tuple[Token, ...]:
    """Tokens with their lemma, level and difficulty, worked out once per word type.

    What a token is depends on its spelling, its tag and whether it is a name; a
    10,000-word text has a few thousand such types, so per-token work is a look-up.
    """
    # Whether a token is a word, and a name, depends on these of its fields alone:
    # worked out once for each set of them (a token that has it), not for each token.
    marks = list(map(_MARK, raw))  # attrgetter: half the time of a tuple built in Python
    key_of = {mark: _type_key(token, names, lower_case, common_openers, words)
              for mark, token in dict(zip(marks, raw, strict=True)).items()}
    types = dict.fromkeys(key_of.values())
    words.prefetch(words.lemma(text, _common_tag(text, penn, proper, words))
                   for text, penn, _, proper, _ in types)
    # Positional fields in Token's order: much faster than keywords, token by token.
    facts = {key: _in_token_order(_type_facts(*key, words)) for key in types}
    facts_of = {mark: facts[key] for mark, key in key_of.items()}  # one look-up per token
    return tuple([Token(t.text, t.start, t.end, t.sentence, *facts_of[mark])
                  for t, mark in zip(raw, marks, strict=True)])


# A raw token's fields that `_type_key` reads: tokens alike in these are alike in all
# that `make_tokens` works out.
_MARK = attrgetter("text", "penn", "auxiliary", "sentence_initial", "in_headline",
                   "starts_name", "beside_capital")


def _type_key(token: RawToken, names: set[str], lower_case: set[str],
              common_openers: set[str], words: WordInfo) -> tuple[str, str, bool, bool, bool]:
    """What `_type_facts` works from: the text, the tag, whether the token is a word and
    a name, and whether it helps a verb."""
    is_word = has_letter(token.text)
    return (token.text, token.penn, is_word,
            is_word and is_proper_noun(token, names, lower_case, common_openers, words),
            token.auxiliary)


# Token's fields after its place in the text, which `_type_facts` works out per type.
_TYPE_FIELDS = tuple(f.name for f in fields(Token))[4:]


def _in_token_order(facts: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(facts[name] for name in _TYPE_FIELDS)


def _common_tag(text: str, penn: str, proper: bool, words: WordInfo) -> str:
    if not proper and penn in {"NNP", "NNPS"}:
        # A capitalised common word (sentence start, headline): treat it as a noun, a
        # plural as one ("Schools remain closed", "Children picked up the bottles" were
        # singular nouns).
        if penn == "NNPS" or _plural_noun(text.lower(), words):
            return "NNS"
        return "NN"
    return penn


def _plural_noun(lower: str, words: WordInfo) -> bool:
    """Whether ``lower`` is a noun's plural and no singular noun ("schools", "children";
    not "news")."""
    return words.noun_lemma(lower) not in (None, lower)


# Tags the perceptron gives adjectives it does not know: "ongoing" VBG, "calmer" NN,
# "cheaper" VBN, "bring cooler air" RP.
_ADJECTIVE_SLIPS = frozenset({"NN", "RB", "RP", "VBN", "VBD", "VB", "VBP", "VBG", "VBZ"})


def _type_facts(text: str, penn: str, is_word: bool, proper: bool, auxiliary: bool,
                words: WordInfo) -> dict[str, Any]:
    """Token fields for one word type: lemma, tag, level, default difficulty."""
    penn = _common_tag(text, penn, proper, words)
    if is_word and not proper and penn in _ADJECTIVE_SLIPS and not auxiliary:
        # "classrooms calmer" is no noun; "or glucose, rises" no verb.
        penn = words.adjective_tag(text, penn) or words.noun_tag(text, penn) or penn
    upos = "AUX" if auxiliary else upos_of_word(text, penn)
    plain = without_accents(text)
    lemma = words.lemma(plain, penn)
    facts: dict[str, Any] = {"lemma": lemma, "pos": penn, "upos": upos, "zipf": 0.0,
                             "cefr": None, "level": None, "difficult": False,
                             "proper_noun": proper, "score": 0.0}
    if (not is_word or proper or not _in_latin_script(text) or _has_digit(text)
            or _counts_with_words(text) or is_address(text) or is_word_part(text)):
        return facts
    zipf = words.zipf(lemma, upos)
    cefr = words.cefr(lemma, penn) or words.cefr(plain, penn)
    if penn == "NNS" and (own := words.cefr(plain, penn)) and cefr and own.rank < cefr.rank:
        # A plural that is a word of its own, rated easier: "pants" (trousers, A1), not
        # "pant" (to breathe hard, C2), "clothes" (QA walk-through).
        cefr = own
    if penn in _PARTICIPLES:
        # "was excited": a learner who knows the adjective (A1) knows this, whatever
        # the verb's level ("excite": C2).
        as_adjective = words.cefr(text.lower(), "JJ")
        if as_adjective is not None and (cefr is None or as_adjective.rank < cefr.rank):
            cefr = as_adjective
    common = words.words_at_least(COMMON_BASE_ZIPF).__contains__
    level = word_level(zipf, cefr, penn, lemma, common) if zipf > UNSEEN_ZIPF or cefr else None
    facts.update(zipf=zipf, cefr=cefr.value if cefr else None, level=level)
    probe = Token(text=text, start=0, end=0, sentence=0, **facts)
    facts["difficult"] = difficult_for(probe, DEFAULT_PROFILE)
    return facts


_PARTICIPLES = frozenset({"VBN", "VBG"})


def _counts_with_words(text: str) -> bool:
    """A number spelled out, or a word made with one ("thirty", "seventy-two",
    "sixteen-year-old", "twentieth"): as a number written with digits ("20th"), it has
    no level to learn. "one" ("no one") and "one-sided" or "one-way" are words of their
    own."""
    return any(part in _COUNTING_WORDS for part in text.lower().split("-"))


_COUNTING_WORDS = (NUMBER_WORDS | ORDINAL_WORDS) - {"one"}


def _has_digit(text: str) -> bool:
    """A word written with a digit is a number or a code ("21st", "1990s", "F-16"): it
    has no level to learn."""
    return not text.isalpha() and any(ch.isdigit() for ch in text)


def without_accents(text: str) -> str:
    """``text`` spelled without accents ("café" -> "cafe", "naïve" -> "naive"), as
    WordNet and the word lists spell English loanwords (a lemmatiser made "café"
    "caf"); unchanged when plain already, or when more than accents is not ASCII."""
    if text.isascii():
        return text
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(ch))
    return plain if plain.isascii() else text


def _in_latin_script(text: str) -> bool:
    """Whether the word's letters are Latin ones (English written in another script is
    a name or a quotation: "习近平", "Москва")."""
    return text.isascii() or any(
        ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN") for ch in text)
