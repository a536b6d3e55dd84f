"""Per-word facts that do not depend on context: lemma, frequency, CEFR level.

Looked up once per word type and cached on the instance, so a 10,000-word article
costs a few thousand look-ups, not one per token.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from itertools import takewhile
from typing import TYPE_CHECKING, Any

from vocab.closed_class import NUMBER_WORDS
from vocab.models import LEVELS, Level, has_letter
from vocab.wordfacts import base_tag, lemma_out_of_vocabulary

if TYPE_CHECKING:
    from vocab.wordfacts import WordFacts

# Penn Treebank tag -> Universal POS (the tags our taggers produce).
PENN_TO_UPOS = {
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "MD": "AUX",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "RB": "ADV",
    "RBR": "ADV",
    "RBS": "ADV",
    "WRB": "ADV",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WP": "PRON",
    "WP$": "PRON",
    "EX": "PRON",
    "DT": "DET",
    "PDT": "DET",
    "WDT": "DET",
    "IN": "ADP",
    "TO": "PART",
    "RP": "ADP",
    "POS": "PART",
    "CC": "CCONJ",
    "CD": "NUM",
    "UH": "INTJ",
    "FW": "X",
    "SYM": "SYM",
    "LS": "X",
}

# Universal POS -> WordNet POS, for the open classes WordNet covers.
UPOS_TO_WORDNET = {"NOUN": "n", "PROPN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}
WORDNET_TO_UPOS = {"n": "NOUN", "v": "VERB", "a": "ADJ", "r": "ADV"}

CONTENT_UPOS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})

# wordfreq has no entry for words rarer than this on the Zipf scale; treat
# unknown words as this rare.
UNSEEN_ZIPF = 1.0


# A lemma guessed by rules for a modifier the dictionary lacks is kept only when it is
# at most this much rarer (Zipf) than the word: "paint" (4.5) for "painted" (4.4), not
# "oth" (2.7) for "other" (6.2) or "saf" (2.8) for "safer" (4.1).
RARE_GUESS_MARGIN = 1.0


def upos_of(penn: str) -> str:
    """The Universal POS for a Penn tag; punctuation maps to "PUNCT"."""
    return PENN_TO_UPOS.get(penn, "PUNCT" if not penn[:1].isalpha() else "X")


# Words Penn tags IN that only ever join clauses: Universal Dependencies' SCONJ, and
# a conjunction to a learner ("because", not a preposition).
SUBORDINATORS = frozenset({"because", "although", "though", "if", "whether", "unless",
                           "whereas"})


def upos_of_word(word: str, penn: str) -> str:
    """The Universal POS of ``word`` tagged ``penn``: `upos_of`, with IN split into
    prepositions and the conjunctions Penn does not tell apart."""
    if penn == "IN" and word.lower() in SUBORDINATORS:
        return "SCONJ"
    return upos_of(penn)


@cache
def word_forms(lemma: str) -> frozenset[str]:
    """Every inflected form of ``lemma`` in any part of speech, irregular ones too
    ("keep": "kept"), lower case, lemma included."""
    import lemminflect

    lemma = lemma.lower()
    forms = {lemma}
    for group in lemminflect.getAllInflections(lemma).values():
        forms.update(form.lower() for form in group)
    return frozenset(forms)


def level_from_float(value: float) -> Level:
    """cefrpy's 1.0–6.0 scale (1 = A1) rounded to a CEFR level."""
    index = min(max(round(value), 1), 6) - 1
    return LEVELS[index]


# Treebank clitics are words of their own: "n't" is "not", "'ll" is "will".
_CLITIC_LEMMAS = {
    "n't": "not",
    "'re": "be",
    "'m": "be",
    "'ve": "have",
    "'ll": "will",
    "'d": "would",
    "'s": "be",
}


# What is left of a modal when "n't" is split off: "can't" is "ca" + "n't", and was
# the lemma "ca" (QA walk-through).
_NEGATED_MODAL_STEMS = {"ca": "can", "wo": "will", "sha": "shall"}
_VERB_TAGS = frozenset({"MD", "VB", "VBP", "VBD", "VBZ"})

# Verbs whose base form is another verb's past: after "to" or a modal they are
# themselves ("had to lay off two workers" was the verb "lie", QA walk-through; "to
# found a company"). Not as VBP: the tagger gives that to some pasts ("we saw").
_BASES_ALSO_PASTS = frozenset({"lay", "found", "saw", "fell", "ground", "wound", "bore"})
_BASE_TAGS = frozenset({"VB"})
# A verb's forms other than its base, which `is_base_read_as_inflected` asks about.
INFLECTED_VERB_TAGS = frozenset({"VBD", "VBN", "VBG", "VBZ"})


@cache
def _listed_at_least(zipf: float) -> frozenset[str]:
    """`WordInfo.words_at_least` without compiled facts, from wordfreq's list, once per
    process: it takes ~0.6 s, and the glossary asks it of every noun."""
    import wordfreq

    return frozenset(takewhile(lambda word: wordfreq.zipf_frequency(word, "en") >= zipf,
                               wordfreq.iter_wordlist("en")))


class WordInfo:
    """Cached word-type facts from lemminflect, wordfreq and cefrpy.

    With compiled ``facts`` (``wordfacts.py``) the libraries' answers come from one
    SQLite file and the libraries load only for what it cannot answer: a fresh
    process then skips about 1.3 s of loading. The answers are the same either way.
    """

    def __init__(self, facts: WordFacts | None = None) -> None:
        self._facts = facts
        self._lemmas: dict[tuple[str, str], str] = {}
        self._zipf: dict[tuple[str, str], float] = {}
        self._text_zipf: dict[str, float] = {}
        self._cefr: dict[tuple[str, str], Level | None] = {}
        self._foreign: dict[str, frozenset[str]] = {}
        self._unchanged: dict[tuple[str, str], bool] = {}
        self._base_read_as_inflected: dict[tuple[str, str], bool] = {}
        self._cefr_analyzer: Any = None

    @property
    def compiled(self) -> bool:
        """Whether the answers come from compiled facts (else from the libraries)."""
        return self._facts is not None

    def emptied(self) -> WordInfo:
        """A WordInfo on the same compiled facts with nothing cached yet (benchmarks)."""
        return WordInfo(self._facts.emptied() if self._facts is not None else None)

    def prefetch(self, words: Iterable[str]) -> None:
        """Read the compiled facts of many words at once (a text's word types), so the
        look-ups that follow need no query each."""
        if self._facts is not None:
            self._facts.prefetch(map(_fact_key, words))

    def prefetch_lemmas(self, words: Iterable[str]) -> None:
        """Read the compiled lemmas (`dictionary_lemma`) of many words at once, and
        nothing else of them (a gloss's words are no text's: `SenseChooser`)."""
        if self._facts is not None:
            self._facts.prefetch_lemmas(map(_fact_key, words))

    def prefetch_frequencies(self, words: Iterable[str]) -> None:
        """Read the compiled frequencies of many words at once, and nothing else of
        them: all `zipf` asks of a word outside a part of speech ("X")."""
        if self._facts is not None:
            self._facts.prefetch_frequencies(map(_fact_key, words))

    def words_at_least(self, zipf: float) -> frozenset[str]:
        """Every English word at least this frequent (`WordFacts.words_at_least`)."""
        if self._facts is not None:
            return self._facts.words_at_least(zipf)
        return _listed_at_least(zipf)

    def most_frequent(self, count: int) -> list[str]:
        """The ``count`` most frequent English words (none without compiled facts)."""
        return self._facts.most_frequent(count) if self._facts is not None else []

    def lemma(self, word: str, penn: str) -> str:
        """The dictionary form of ``word`` as tagged; names and symbols keep their spelling."""
        key = (word, penn)
        found = self._lemmas.get(key)
        if found is None:
            found = self._lemmatise(word, penn)
            self._lemmas[key] = found
        return found

    def _lemmatise(self, word: str, penn: str) -> str:
        upos = upos_of(penn)
        if upos == "PROPN" or not has_letter(word):
            return word
        lower = _fact_key(word)
        if lower in _CLITIC_LEMMAS and penn != "POS":
            return _CLITIC_LEMMAS[lower]
        if penn in _VERB_TAGS and lower in _NEGATED_MODAL_STEMS:
            return _NEGATED_MODAL_STEMS[lower]
        if penn in _BASE_TAGS and lower in _BASES_ALSO_PASTS:
            return lower
        if upos not in CONTENT_UPOS and upos != "AUX":
            return lower
        lemminflect_upos = "VERB" if upos == "AUX" else upos
        lemma = self._dictionary_lemma(lower, lemminflect_upos)
        if lemma is None and "." in lower:
            # An abbreviation with its stops ("p.m.", "U.S."): the rules for unknown words
            # dropped the last stop, a spelling no dictionary holds ("p.m", QA).
            return lower
        if lemma is None and "-" in lower.strip("-"):
            lemma = self._hyphenated_lemma(lower, lemminflect_upos)
        if lemma is None:
            lemma = lemma_out_of_vocabulary(lower, lemminflect_upos)
        if penn == "NN" and lemma != lower and self._inflects_as_noun(lower):
            # Tagged singular, and a noun with a plural of its own: "a bottle of cola" is
            # no plural of "colon", which lemminflect lists first (QA walk-through).
            # "The criteria is" has no plural of its own: still "criterion".
            return lower
        if upos == "NOUN" and lemma[-1:] == "s" and lemma[:-1] in NUMBER_WORDS:
            # lemminflect lists "billions" as a lemma of its own before "billion": a
            # B2 word highlighted where "millions" is "million", an A2 one.
            return lemma[:-1]
        if (upos in {"ADJ", "ADV"} and lemma != lower
                and self.text_zipf(lemma) < self.text_zipf(lower) - RARE_GUESS_MARGIN):
            # Rules for words the dictionary lacks strip "-er", "-d" or "-ed": "other"
            # became "oth", "focused" "focuse", "wasted" "wast" (a C2 word). A lemma far
            # rarer than the word itself is no word, and the modifier is its own lemma
            # ("painted" stays "paint").
            return lower
        return lemma

    def _hyphenated_lemma(self, lower: str, upos: str) -> str | None:
        """A hyphenated word the dictionary lacks inflects in its last part, if at all:
        "great-granddaughters", "e-mails". None when the last part is no form of
        ``upos`` the dictionary knows; for a modifier, the word is then its own lemma
        (the rules for unknown words read "low-interest" as a superlative, "low-inter")."""
        head, _, last = lower.rpartition("-")
        found = self._dictionary_lemma(last, upos)
        if found is not None:
            return f"{head}-{found}"
        return lower if upos in {"ADJ", "ADV"} else None

    def is_verb(self, word: str) -> bool:
        """Whether ``word`` is a verb's base form in the dictionary ("plant", "water")."""
        lower = word.lower()
        return self._dictionary_lemma(lower, "VERB") == lower

    def is_verb_form(self, word: str) -> bool:
        """Whether ``word`` is any form of a verb in the dictionary ("operating", "slept")."""
        return self._dictionary_lemma(word.lower(), "VERB") is not None

    def is_noun_form(self, word: str) -> bool:
        """Whether ``word`` is a noun or a noun's plural in the dictionary."""
        return self._dictionary_lemma(word.lower(), "NOUN") is not None

    def noun_lemma(self, word: str) -> str | None:
        """The noun ``word`` is a form of in the dictionary ("characters": character)."""
        return self._dictionary_lemma(word.lower(), "NOUN")

    def lemmas_of_any(self, word: str) -> frozenset[str]:
        """``word`` and the lemma it may be a form of in each part of speech ("rose":
        rose, rise), for untagged text such as WordNet's examples."""
        lower = word.lower()
        return frozenset({lower, *(lemma for upos in ("NOUN", "VERB", "ADJ", "ADV")
                                   if (lemma := self._dictionary_lemma(lower, upos)))})

    def is_adjective_form(self, word: str) -> bool:
        """Whether ``word`` is an adjective or its comparative or superlative in the
        dictionary ("strict", "later")."""
        return self._dictionary_lemma(word.lower(), "ADJ") is not None

    def adjective_tag(self, word: str, penn: str) -> str | None:
        """"JJ", "JJR" or "JJS" when ``word``, tagged ``penn``, is no form of that part
        of speech the dictionary knows but an adjective is. Every verb inflects, so the
        dictionary knows every verb form: "ongoing", "uninteresting" (VBG), "easy"
        (VBP), "kindred" (VBN, whose rule-made lemma was "kindre") are adjectives. It
        lacks many nouns and adverbs that do not inflect ("audio", "inside"), so a word
        tagged as one is an adjective only as a comparative or superlative: "calmer"
        (NN), "safer" (RB, whose rule-made lemma was "saf"). A particle is read as the
        adverb it is: "bring cooler air" (RP). None otherwise."""
        lower = word.lower()
        upos = "ADV" if penn == "RP" else upos_of(penn)
        if upos not in {"NOUN", "VERB", "ADV"} or self._dictionary_lemma(lower, upos):
            return None
        adjective = self._dictionary_lemma(lower, "ADJ")
        if adjective is None:
            return None
        if adjective != lower:
            return "JJR" if lower.endswith("er") else "JJS" if lower.endswith("est") else None
        return "JJ" if upos == "VERB" else None

    def noun_tag(self, word: str, penn: str) -> str | None:
        """"NN" or "NNS" when ``word``, tagged as a verb, is no verb form the dictionary
        knows (it knows every one: verbs inflect) and a noun form is: "glucose" in
        "Blood sugar, or glucose, rises" (VBP). None otherwise. On CoNLL-2000 (train and
        test) this changes 56 verb tags to the gold noun, 2 right ones, and 6 wrong to wrong."""
        lower = word.lower()
        if upos_of(penn) != "VERB" or self._dictionary_lemma(lower, "VERB"):
            return None
        noun = self._dictionary_lemma(lower, "NOUN")
        if noun is None:
            return None
        return "NN" if noun == lower else "NNS"

    def ungraded_tag(self, word: str, penn: str, *, verb_expected: bool) -> str | None:
        """A tag for ``word``, tagged as a comparative or superlative (JJR, JJS), when
        it is no adjective's: the tagger reads "-est" and "-er" as grading ("helps them
        digest their food": JJS). "JJ" when it is an adjective itself ("honest"); else
        the verb where one is expected (``verb_expected``: after a pronoun, "to" or a
        modal) and the dictionary has it, or the noun ("forest", "farmer", "unrest").
        None when it is a comparative or superlative ("calmer", "safest"), or a word the
        dictionary lacks. On CoNLL-2000 (train and test): 19 tags fixed, 2 right ones
        changed ("lesser", JJR, to JJ), 5 wrong to wrong."""
        if penn not in {"JJR", "JJS"}:
            return None
        lower = word.lower()
        adjective = self._dictionary_lemma(lower, "ADJ")
        if adjective is not None:
            return "JJ" if adjective == lower else None
        noun = self._dictionary_lemma(lower, "NOUN")
        verb = self._dictionary_lemma(lower, "VERB")
        if verb == lower and (verb_expected or noun is None):
            return "VB"
        if noun is not None:
            return "NN" if noun == lower else "NNS"
        return None

    def is_base_read_as_inflected(self, word: str, penn: str) -> bool:
        """Whether ``word``, tagged a verb's past (VBD), participle (VBN), "-ing" (VBG)
        or "-s" (VBZ) form, is a verb's base form and no such form of any verb: "spirit"
        in "we have spirit" (VBN; its past is "spirited"). A base that is its own past
        ("put", "come", "fit") is one; a word that is no verb's form is left to
        `noun_tag` and `adjective_tag`."""
        if penn not in INFLECTED_VERB_TAGS:
            return False
        key = (word.lower(), penn)
        found = self._base_read_as_inflected.get(key)
        if found is None:
            lower = key[0]
            found = self._base_read_as_inflected[key] = (
                self._dictionary_lemma(lower, "VERB") == lower
                and (penn in {"VBG", "VBZ"} or not any(
                    self.is_unchanged_verb_form(lower, past) for past in ("VBD", "VBN"))))
        return found

    def comparative_of(self, word: str) -> bool:
        """Whether ``word`` is an adjective's comparative ("warmer", "cheaper"): a
        comparative is rarer than its adjective, so "number" is no "numb" + "er"."""
        lower = word.lower()
        adjective = self._dictionary_lemma(lower, "ADJ")
        return (adjective is not None and adjective != lower and lower.endswith("er")
                and self.zipf(adjective, "ADJ") > self.zipf(lower, "X"))

    def adverb_in_s(self, word: str) -> bool:
        """Whether ``word`` ends in "s" and is an adverb as it stands, with no singular
        noun: "upstairs", "indoors", "overseas", not "arms" or "goods"."""
        lower = word.lower()
        return (lower.endswith("s") and self._dictionary_lemma(lower, "ADV") == lower
                and self._dictionary_lemma(lower, "NOUN") in (None, lower))

    def adverb_and_no_verb(self, word: str) -> bool:
        """Whether ``word`` is an adverb as it stands and no form of any verb:
        "sometimes", "otherwise"; not "back" (to back a plan)."""
        lower = word.lower()
        return (self._dictionary_lemma(lower, "ADV") == lower
                and self._dictionary_lemma(lower, "VERB") is None)

    def dictionary_lemma(self, word: str, upos: str) -> str | None:
        """The lemma of ``word`` as ``upos`` (NOUN, VERB, ADJ, ADV) in the dictionary
        ("remunerates": remunerate); None when it is no form of that part of speech there."""
        return self._dictionary_lemma(word.lower(), upos)

    def _dictionary_lemma(self, lower: str, upos: str) -> str | None:
        """The lemma of ``lower`` as ``upos`` in lemminflect's dictionary; None when it
        is no form of that part of speech there."""
        if self._facts is not None:
            return self._facts.lemma(lower, upos)
        import lemminflect

        found = lemminflect.getAllLemmas(lower, upos).get(upos)
        return found[0].lower() if found else None

    def foreign_languages(self, word: str) -> frozenset[str]:
        """The languages (wordfreq's codes) in which ``word`` is common and far more
        frequent than in English ("vie": {"fr"}); empty for an English word."""
        lower = word.lower()
        found = self._foreign.get(lower)
        if found is None:
            if self._facts is not None:
                codes = self._facts.foreign_languages(lower)
            else:
                from vocab.wordfacts import foreign_languages_of

                codes = foreign_languages_of(lower)
            found = self._foreign[lower] = frozenset(codes.split(",")) if codes else frozenset()
        return found

    def _inflects_as_noun(self, lower: str) -> bool:
        """Whether lemminflect inflects ``lower`` as a noun: it is a noun's singular
        ("cola", plural "colas"), whatever else it may be the plural of."""
        if self._facts is not None:
            # The compiled facts sum the Zipf of exactly these (lemma, POS) pairs.
            return self._facts.summed_zipf(lower, "NOUN") is not None
        import lemminflect

        return bool(lemminflect.getAllInflections(lower, upos="NOUN"))

    def is_unchanged_verb_form(self, word: str, penn: str) -> bool:
        """Whether ``word`` is its own ``penn`` form (VBD or VBN) as a verb: "put", "cut".

        From the compiled facts: lemminflect's inflection table costs ~0.2 s and ~18 MB
        to load, for the first article's glossary.
        """
        key = (word.lower(), penn)
        found = self._unchanged.get(key)
        if found is None:
            found = self._unchanged[key] = self._is_unchanged_verb_form(*key)
        return found

    def _is_unchanged_verb_form(self, lower: str, penn: str) -> bool:
        if self._facts is not None:
            return self._facts.is_unchanged_verb_form(lower, penn)
        import lemminflect

        return lower in {form.lower() for form in lemminflect.getInflection(lower, tag=penn)}

    def zipf(self, lemma: str, upos: str) -> float:
        """Zipf frequency of the lemma summed over its inflected forms.

        "guarantee" alone undercounts a word met mostly as "guarantees"; summing the
        forms' frequencies measures how often a learner meets the word itself.
        """
        key = (lemma.lower(), upos)
        found = self._zipf.get(key)
        if found is None:
            found = self._compiled_zipf(*key)
            if found is None:
                found = self._summed_zipf(*key)
            american = american_spelling(key[0])
            if american is not None:
                # The word is met in either spelling: "organisation" as often as the
                # learner meets "organization".
                found = max(found, self.zipf(american, upos))
            self._zipf[key] = found
        return found

    def _compiled_zipf(self, lemma: str, upos: str) -> float | None:
        """`_summed_zipf` from the compiled facts, or None when they cannot tell."""
        if self._facts is None:
            return None
        if upos in CONTENT_UPOS:
            summed = self._facts.summed_zipf(lemma, upos)
            if summed is not None:
                return summed
        # No inflections in lemminflect: the lemma's own frequency.
        frequency = self._facts.frequency(lemma)
        if frequency is None:
            return None
        return _zipf_of(frequency)

    @staticmethod
    def _summed_zipf(lemma: str, upos: str) -> float:
        import wordfreq

        forms = {lemma}
        if upos in CONTENT_UPOS:
            import lemminflect

            for inflections in lemminflect.getAllInflections(lemma, upos=upos).values():
                # Its "re-building", "under-went": wordfreq reads them as two words and
                # counts "building", "went" ("undergo" was A1, never highlighted).
                forms.update(form for form in inflections
                             if _separated(form) <= _separated(lemma))
        return _zipf_of(sum(wordfreq.word_frequency(form, "en") for form in forms))

    def text_zipf(self, text: str) -> float:
        """Zipf value of ``wordfreq.word_frequency(text, "en")``, e.g. for "work out";
        `UNSEEN_ZIPF` when wordfreq does not know it. No summing over inflections."""
        found = self._text_zipf.get(text)
        if found is None:
            frequency = self._facts.frequency(text) if self._facts is not None else None
            if frequency is None:
                import wordfreq

                frequency = wordfreq.word_frequency(text, "en")
            found = self._text_zipf[text] = _zipf_of(frequency)
        return found

    def cefr(self, word: str, penn: str) -> Level | None:
        """CEFR level of the word for this part of speech (cefrpy), if it has one."""
        key = (word.lower(), penn)
        if key in self._cefr:
            return self._cefr[key]
        level = self._lookup_cefr(*key)
        american = american_spelling(key[0])
        if american is not None:
            other = self.cefr(american, penn)
            if other is not None and (level is None or other.rank < level.rank):
                level = other
        joined = _joined_by_elided_of(key[0])
        if level is None and joined is not None:
            level = self.cefr(joined, "NN")
        self._cefr[key] = level
        return level

    def listed_only_as_name(self, word: str) -> bool:
        """Whether the learner word list knows ``word`` as a proper noun and not as a
        common one ("maria", "sarah"): a capital at the start of a sentence is then a
        name's, not the position's ("Maria received a letter" had been the moon's maria)."""
        tags = self._listed_tags(word.lower(), _NAME_TAGS | _COMMON_NOUN_TAGS)
        return bool(tags & _NAME_TAGS) and not tags & _COMMON_NOUN_TAGS

    def listed_as_noun_not_verb(self, word: str) -> bool:
        """Whether the learner word list rates ``word`` as a noun and not as a verb
        ("power", "peace"; not "vote", "learn"): what learners are taught it as, where
        WordNet has both and the tagger's guess needs a tie broken."""
        tags = self._listed_tags(word.lower(), _COMMON_NOUN_TAGS | _VERB_BASE_TAGS)
        return bool(tags & _COMMON_NOUN_TAGS) and not tags & _VERB_BASE_TAGS

    def _listed_tags(self, lower: str, asked: frozenset[str]) -> frozenset[str]:
        """Which of the ``asked`` Penn tags cefrpy gives ``lower`` a level for."""
        if self._facts is not None:
            return self._facts.cefr_tags(lower) & asked
        analyzer = self._analyzer()
        return frozenset(tag for tag in asked
                         if analyzer.get_word_pos_level_CEFR(lower, tag) is not None)

    def is_dictionary_word(self, word: str) -> bool:
        """Whether the learner word list (cefrpy) knows this lower-case word at all."""
        if self._facts is not None:
            return self._facts.in_cefr_list(word.lower())
        return bool(self._analyzer().is_word_in_database(word.lower()))

    def _analyzer(self) -> Any:
        if self._cefr_analyzer is None:
            from cefrpy import CEFRAnalyzer

            self._cefr_analyzer = CEFRAnalyzer()
        return self._cefr_analyzer

    def _lookup_cefr(self, word: str, penn: str) -> Level | None:
        if self._facts is not None:
            compiled = self._facts.cefr_value(word, penn)
            return level_from_float(compiled) if compiled else None
        self._analyzer()
        value = None
        for tag in dict.fromkeys((penn, base_tag(penn))):  # as `WordFacts.cefr_value`
            try:
                value = self._cefr_analyzer.get_word_pos_level_float(word, tag)
            except (KeyError, ValueError):
                value = None
            if value is not None:
                break
        if value is None:
            try:
                value = self._cefr_analyzer.get_average_word_level_float(word)
            except (KeyError, ValueError):
                value = None
        return level_from_float(value) if value else None


_NAME_TAGS = frozenset({"NNP", "NNPS"})
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
_VERB_BASE_TAGS = frozenset({"VB", "VBP"})


# A word's first letter and an apostrophe: an elided "of" ("o'clock" is "of the clock").
_ELIDED_OF = ("o'", "o\u2019")
# What follows must be a word of its own: "o'er" is "over".
_MIN_JOINED_LETTERS = 3


def _joined_by_elided_of(lower: str) -> str | None:
    """The noun an elided "of" joins: "clock" for "o'clock", None for other words.

    The word lists spell no word with an apostrophe (cefrpy's "oclock" is its C2 for
    words it has no evidence on), so "o'clock" had no level but its frequency's, B2,
    and was highlighted for learners below it (QA walk-through); it is as easy as the
    noun it is made of.
    """
    if not lower.startswith(_ELIDED_OF):
        return None
    rest = lower[len(_ELIDED_OF[0]):]
    return rest if len(rest) >= _MIN_JOINED_LETTERS and rest.isalpha() else None


def _fact_key(word: str) -> str:
    """A word as the compiled facts hold it: lower case, a straight apostrophe."""
    return word.lower().replace("’", "'")


def american_spelling(word: str) -> str | None:
    """The American spelling of a British one ("organisation" -> "organization"; breame's
    list), None when the word has no other: the word lists rate the American one."""
    found = _british_spellings().get(word)
    return found if found is not None and found != word else None


@cache
def _british_spellings() -> dict[str, str]:
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    return BRITISH_ENGLISH_SPELLINGS


def _separated(word: str) -> bool:
    """Whether ``word`` is written in parts: "re-built", "give up"."""
    return "-" in word or " " in word


def _zipf_of(frequency: float) -> float:
    """A frequency (share of all words) on the Zipf scale, floored at `UNSEEN_ZIPF`."""
    if frequency <= 0:
        return UNSEEN_ZIPF
    return round(math.log10(frequency * 1e9), 2)
