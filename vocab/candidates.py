"""Which words of a story might be glossed, and read as which word.

A candidate is a content lemma of the story (or a multi-word expression) with the
token indices where it is used. The tagger's reading is checked here: a participle
used as an adjective is glossed as one ("roasted turkey"), a "noun" before a noun
that is mostly an adjective is one ("the immune system"), a lemmatiser's slip is
mended ("focuse"), and "-ing" nouns join their verbs. Names, numbers, symbols, an
interjection said alone ("Huh?") and the words English lessons are taught in never
become candidates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from vocab.closed_class import COPULAS, LINKING_VERBS, LIST_LINKS
from vocab.expression_use import words_read_in_expressions
from vocab.models import Expression, Token
from vocab.senses import SenseChooser
from vocab.sentence_cues import accustomed_used_to, before_infinitive
from vocab.verb_objects import preposition_after_object, verb_before, word_before
from vocab.wordinfo import CONTENT_UPOS

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.lexicon import Lexicon, SenseOutline
    from vocab.wordinfo import WordInfo

# Verbs and nouns so common that no learner past A2 needs them glossed, whatever
# sense they carry ("be", "have", "say", "thing"): Zipf 6 is the top ~300 words.
VERY_COMMON_ZIPF = 6.0


@dataclass
class Candidate:
    """A lemma (or an expression) of the story that might be glossed."""

    lemma: str
    upos: str
    occurrences: list[int]  # token index of each occurrence (first token of an expression)
    expression: Expression | None = None
    zipf: float | None = None  # when the token's lemma was not a real word
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0

    anchor: int = -1  # the first occurrence in the candidate's usual part of speech

    @property
    def first(self) -> int:
        return self.occurrences[0]


def is_candidate_token(token: Token) -> bool:
    """A content word a learner might look up: no name, number or very common word."""
    return (  # the cheap tests first: most tokens fail one
        token.level is not None
        and token.upos in CONTENT_UPOS
        and not token.proper_noun
        and token.zipf < VERY_COMMON_ZIPF
        and len(token.lemma) > 1
        and token.is_word
        and (token.text.isalpha() or not any(ch.isdigit() for ch in token.text))
    )


def read_candidates(analysis: Analysis, chooser: SenseChooser, words: WordInfo
                    ) -> list[Candidate]:
    """Every content lemma of the story in order of first use, then its expressions;
    each word read in its usual part of speech here (`Candidate.upos`) and anchored
    where the story uses it so (`Candidate.anchor`)."""
    by_lemma: dict[str, Candidate] = {}
    upos_votes: dict[str, dict[str, int]] = {}
    tokens = analysis.tokens
    # "She weeded out the weakest proposals" glosses no "weed –v. clear of weeds", "could
    # shed light on" no "shed –v. get rid of": a word of a phrasal verb or an idiom is
    # read as part of it (QA walk-throughs).
    in_expressions = words_read_in_expressions(analysis)
    candidate_indices = [i for i, token in enumerate(tokens)  # (level: a cheap first test)
                         if token.level is not None and is_candidate_token(token)
                         and i not in in_expressions]
    # Each spelling lower-cased once: a long story repeats its words.
    spellings = {form for i in candidate_indices for form in (tokens[i].lemma, tokens[i].text)}
    chooser.prefetch([*(form.lower() for form in spellings),
                      *(expression.lemma for expression in analysis.expressions)])
    upos_at: dict[int, str] = {}  # each occurrence's reading, for the anchors below
    # A word type's dictionary form and part of speech, read once: they read the token
    # alone, and a long story repeats its words.
    plain: dict[tuple[str, str, str, float], tuple[str, float | None, str]] = {}
    nouns: dict[tuple[str, str, str, float], tuple[str, float | None, str, str | None]] = {}
    for index in candidate_indices:
        token = tokens[index]
        if _glued_to_number(tokens, index) or _interjection(tokens, index, chooser):
            continue
        if token.pos not in _READ_AGAIN_TAGS and token.upos != "ADJ":
            # (Most candidates: the three readings below start from one of these tags
            # or an adjective; a long story has tens of thousands of such tokens.)
            kind = (token.lemma, token.text, token.upos, token.zipf)
            reading = plain.get(kind)
            if reading is None:
                reading = plain[kind] = (*_dictionary_form(token, chooser, words),
                                         chooser.word_pos(token))
            key, zipf, upos = reading
        elif token.pos == "NN" and token.upos != "ADJ":
            # (Most of the others: a singular noun is read again in its context alone,
            # `_retagged`; no participle, and its dictionary form and its verb as an
            # unused gerund are its type's.)
            kind = (token.lemma, token.text, token.upos, token.zipf)
            noun = nouns.get(kind)
            if noun is None:
                noun = nouns[kind] = (*_dictionary_form(token, chooser, words),
                                      chooser.word_pos(token),
                                      verb_of_unused_gerund(token, chooser, words))
            key, zipf, upos, verb = noun
            if verb:
                key, upos, zipf = verb, "VERB", None
            else:
                upos = _retagged(tokens, index, chooser, words) or upos
        else:
            key, zipf = _dictionary_form(token, chooser, words)
            upos = _retagged(tokens, index, chooser, words) or chooser.word_pos(token)
            if _participle_as_adjective(tokens, index, chooser, words):
                key, upos, zipf = token.text.lower(), "ADJ", words.zipf(token.text.lower(), "ADJ")
            elif verb := verb_of_unused_gerund(token, chooser, words):
                key, upos, zipf = verb, "VERB", None
        candidate = by_lemma.get(key)
        if candidate is None:  # not setdefault: a Candidate for every token costs
            candidate = by_lemma[key] = Candidate(lemma=key, upos=upos, occurrences=[],
                                                  zipf=zipf)
            upos_votes[key] = {}
        candidate.occurrences.append(index)
        upos_at[index] = upos
        votes = upos_votes[key]
        votes[upos] = votes.get(upos, 0) + 1
        if upos == candidate.upos and candidate.anchor < 0:
            candidate.anchor = index
    for key, votes in upos_votes.items():
        candidate = by_lemma[key]
        candidate.upos = max(votes, key=lambda u: (votes[u], _POS_PREFERENCE.get(u, 0)))
        candidate.anchor = next(
            (i for i in candidate.occurrences if upos_at[i] == candidate.upos), candidate.first)
    _merge_gerunds(by_lemma, upos_votes, tokens, chooser, words)
    for key in [key for key, candidate in by_lemma.items()
                if _foreign_word_named(tokens, candidate, chooser)]:
        del by_lemma[key]
    for expression in analysis.expressions:
        key = expression.lemma
        candidate = by_lemma.setdefault(
            key,
            Candidate(lemma=key, upos="EXPR", occurrences=[], expression=expression,
                      anchor=expression.token_indices[0]),
        )
        candidate.occurrences.append(expression.token_indices[0])
    return list(by_lemma.values())


# Chemical symbols and abbreviations WordNet writes only with capitals ("Au", "Ca",
# "Le") are this short; written in lower case they are words of another language
# ("café au lait", "le monde"), not the element.
SYMBOL_LETTERS = 3


def symbols_or_foreign(candidates: Iterable[Candidate], chooser: SenseChooser) -> frozenset[str]:
    """The lemmas of ``candidates`` that are short words the text writes in lower case
    that WordNet knows only capitalised; their capitals read in one query."""
    short = {candidate.lemma for candidate in candidates
             if candidate.expression is None and len(candidate.lemma) <= SYMBOL_LETTERS}
    written = chooser.lexicon.capitalised_pos_of_many(short) if short else {}
    return frozenset(lemma for lemma, written_as in written.items()
                     if written_as and written_as == set(chooser.pos_counts(lemma)))


# A unit's symbol ("cm", "kg", "mph"): how a measure is written, in a table's column
# names as in a sentence, which no editor glosses; imported tables had made "cm" one of
# a garden story's key words.
UNITS = ("unit_of_measurement.n.01",)
_VOWELS = frozenset("aeiouy")


def unit_symbol(candidate: Candidate, chooser: SenseChooser) -> bool:
    """A short noun written without a vowel with a unit among its senses ("cm" is
    also curium), or one all of whose senses are units ("kg", "ton")."""
    lemma = candidate.lemma
    if candidate.upos != "NOUN" or candidate.expression is not None \
            or len(lemma) > SYMBOL_LETTERS:
        return False
    units = chooser.synset_ids_below(UNITS)
    senses = chooser.outlines(lemma, "n")
    if not _VOWELS.isdisjoint(lemma):
        return _only_terms(senses, units)
    return any(sense.synset_id in units for sense in senses)


# The words English lessons are taught in (parts of speech, tenses, "clause",
# "grammar"): a learner meets them in their first lessons, whatever their frequency
# in the news, and an editor never glosses "noun" or "tense" in a grammar story.
LANGUAGE_TERMS = (
    "part_of_speech.n.01", "grammatical_category.n.01", "grammatical_relation.n.01",
    "content_word.n.01", "function_word.n.01", "string_of_words.n.01", "linguistics.n.01",
)


def language_term(candidate: Candidate, chooser: SenseChooser) -> bool:
    """A noun whose every sense is a term of grammar ("adverb", "participle"); not
    "sentence" (a prison sentence) or "gender" (a person's sex), which have others."""
    if candidate.upos != "NOUN" or candidate.expression is not None:
        return False
    return _only_terms(chooser.outlines(candidate.lemma, "n"),
                       chooser.synset_ids_below(LANGUAGE_TERMS))


@cache
def is_language_term(lemma: str, lexicon: Lexicon) -> bool:
    """`language_term` for a noun read from the lexicon alone (a quiz's wrong answer):
    "Every battery has two ends, called _____" offered "verbs" (QA walk-through)."""
    senses = [sense for sense in lexicon.sense_outlines([lemma])[lemma] if sense.pos == "n"]
    return _only_terms(senses, lexicon.synset_ids_below(LANGUAGE_TERMS))


def _only_terms(senses: Sequence[SenseOutline], terms: frozenset[int]) -> bool:
    return bool(senses) and all(sense.synset_id in terms for sense in senses)


# When a word is used as a noun and a verb equally often, VOA glosses the noun.
_POS_PREFERENCE = {"NOUN": 4, "VERB": 3, "ADJ": 2, "ADV": 1}

# After "be" or "get", a participle is the adjective only where SemCor tags the
# adjective more than once in this many of the verb's uses: "muscles are partly
# weakened during sleep" is the passive of "weaken" (10 uses), not "impaired by
# diminution" (1 use as an adjective); "she was tired" (9 uses to "tire"'s 6) and "he
# was worried" (7 to 50) are adjectives.
PASSIVE_SHARE = 10


def _participle_as_adjective(tokens: Sequence[Token], index: int, chooser: SenseChooser,
                             words: WordInfo) -> bool:
    """A participle used as an adjective, which VOA glosses as one ("roasted –adj."):
    tagged as an adjective ("feel overwhelmed", defined by the verb when WordNet lacks
    the adjective), or before a noun or after a linking verb when WordNet has the form
    as an adjective; never after "have" ("had violated trade laws"), and after "be" or
    "get" only when the adjective is in use ("is violated" is a passive verb). A
    participle in a list that follows a linking verb follows it too ("felt tired,
    underpaid and overworked", where the tagger read "overworked" as a past tense)."""
    token = tokens[index]
    if token.upos != "ADJ" and token.pos not in _PARTICIPLE_OR_PAST_TAGS:
        return False  # (most candidates: what follows reads none of their other tags)
    surface = token.text.lower()
    if token.upos == "ADJ" and surface != token.lemma.lower():
        # Tagged JJ, not lemmatised as itself: an adjective WordNet has, or an "-ed" one
        # ("feel overwhelmed", defined by the verb). An "-ing" form WordNet lacks is its
        # verb's, as VOA glosses it ("a sanitizing spray": "sanitize –v."; it was the
        # adjective, with no definition, so no entry), when WordNet has the verb.
        return (chooser.has_senses(surface, "a") or surface.endswith("ed")
                or (surface.endswith("ing") and not _verb_of_ing_adjective(token, chooser,
                                                                           words)))
    if token.pos == "VBG":
        return _ing_form_as_adjective(tokens, index, chooser)
    head = _head_of_described_list(tokens, index)
    if token.pos != "VBN" and head == index:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    attributive = after is not None and after.sentence == token.sentence and after.pos in {
        "NN", "NNS"}
    linking = verb_before(tokens, head)
    if linking == "have":
        return False  # a perfect tense: "had violated trade laws"
    predicative = linking in LINKING_VERBS
    if predicative and linking not in {"be", "get"}:
        return True  # "feel overwhelmed": no passive reading; WordNet may lack the form
    if attributive:
        return chooser.has_senses(surface, "a")
    # After "be" or "get" a participle is most often a passive verb ("its sovereignty
    # is violated"): an adjective only when the form is one in use (`PASSIVE_SHARE`),
    # and never before an infinitive ("the money was used to build a school").
    if not predicative or before_infinitive(tokens, index):
        return False
    if accustomed_used_to(tokens, index):
        return True  # "I am used to the cold": WordNet's adjective "used to", in the habit
    if chooser.takes_after_object(token, preposition_after_object(tokens, index)):
        return False  # "was charged with theft": the verb's frame, not "charged particles"
    as_adjective = sum(sense.count for sense in chooser.outlines(surface, "a"))
    return as_adjective * PASSIVE_SHARE > chooser.pos_counts(token.lemma.lower()).get("v", 0)


# The tags `_participle_as_adjective` reads past an adjective's: an "-ing" form, a
# participle, a past tense in a list of participles ("felt tired, underpaid and
# overworked").
_PARTICIPLE_OR_PAST_TAGS = frozenset({"VBG", "VBN", "VBD"})


def _verb_of_ing_adjective(token: Token, chooser: SenseChooser, words: WordInfo) -> bool:
    """Whether ``token``, tagged JJ, is an "-ing" form WordNet lacks as an adjective of a
    verb it has: "a sanitizing spray" is "sanitize"."""
    surface = token.text.lower()
    return (token.pos == "JJ" and surface.endswith("ing")
            and not chooser.has_senses(surface, "a")
            and chooser.has_senses(words.lemma(surface, "VBG"), "v"))


def verb_of_unused_gerund(token: Token, chooser: SenseChooser, words: WordInfo) -> str | None:
    """The verb an "-ing" noun is read as when WordNet has the noun only in senses SemCor
    never counts, none of them a thing (food, an artifact, a substance), and the verb
    in some it counts: "heavy rain and flooding" is no
    "flooding –n. a technique used in behavior therapy" (QA walk-through); VOA glosses
    such a word by its verb. None otherwise ("building", "shopping" are nouns in use)."""
    if token.pos != "NN":
        return None
    surface = token.text.lower()
    if not surface.endswith("ing"):
        return None
    # From the compiled facts: lemminflect's own look-up table is ~45 MB in memory.
    verb = words.lemma(surface, "VBG")
    # A noun WordNet lacks ("polling") is worded by its verb already: "the activity of
    # voting: ...".
    as_noun = chooser.outlines(surface, "n")
    if (verb == surface or not as_noun or any(outline.count for outline in as_noun)
            or not any(outline.count for outline in chooser.outlines(verb, "v"))):
        return None
    # A thing made or used, not the act ("the turkey and its frosting": "a topping for
    # cakes"), is a noun of its own, however rare in SemCor.
    if any(sense.lexname in _THING_FIELDS for sense in chooser.lexicon.senses(surface, "n")):
        return None
    return verb


# WordNet's fields of nouns that name things, not acts or processes: an "-ing" noun of
# one of them is no use of its verb ("stuffing", "topping", "seasoning").
_THING_FIELDS = frozenset({"noun.food", "noun.artifact", "noun.substance"})


# Ends a clause after a predicative adjective: "the agreement is legally binding."
_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?"})
# Tags of the words a list of what describes someone may be made of: "felt tired,
# underpaid and overworked" (the tagger reads the later participles as past tenses).
_DESCRIBING_TAGS = frozenset({"JJ", "VBN", "VBD"})


def _head_of_described_list(tokens: Sequence[Token], index: int) -> int:
    """The first word of the list of adjectives and participles that the participle at
    ``index`` closes or continues ("tired" in "felt tired, underpaid and overworked."),
    so the linking verb before the list is the one before it too; ``index`` itself when
    it is no "-ed" form in such a list, or when something follows it in its clause
    ("felt tired and walked home" is a verb of its own)."""
    token = tokens[index]
    if token.pos not in {"VBN", "VBD"} or not token.text.lower().endswith("ed"):
        return index
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.sentence == token.sentence and not (
            after.text in _CLAUSE_ENDS or after.text.lower() in LIST_LINKS):
        return index
    head = index
    while True:
        at = head - 1
        while at > 0 and tokens[at].text.lower() in LIST_LINKS and at > head - 3:
            at -= 1  # ", and" links as one
        if (at == head - 1 or at < 0 or tokens[at].sentence != token.sentence
                or tokens[at].pos not in _DESCRIBING_TAGS):
            return head
        head = at


def _ing_form_as_adjective(tokens: Sequence[Token], index: int, chooser: SenseChooser) -> bool:
    """An -ing form is most often the verb (VOA glosses "misleading" under "mislead"),
    but after an "-ly" adverb, before a noun or at the end of its clause, it is an
    adjective when WordNet has one in use: "a legally binding treaty", "the deal is
    legally binding" ("executed with proper legal authority", not "stick to firmly").
    Followed by anything else it acts on something ("was quickly running the firm").
    Ending its clause after a linking verb, it is the adjective when that is in use
    often enough against the verb (`PROGRESSIVE_SHARE`): "the views are stunning"."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    ends_clause = after is None or after.sentence != token.sentence or after.text in _CLAUSE_ENDS
    before = tokens[index - 1] if index > 0 else None
    if (before is None or before.sentence != token.sentence or before.pos != "RB"
            or not before.text.lower().endswith("ly")):
        return ends_clause and _predicative_ing_adjective(tokens, index, chooser)
    if not (ends_clause or after is not None and after.pos in {"NN", "NNS"}):
        return False
    return any(sense.count for sense in chooser.outlines(token.text.lower(), "a"))


# After "be" an -ing form ending its clause is the adjective when SemCor counts it so
# at least once for this many uses of the verb: "the views are stunning" (1 to 3),
# "the snow is melting" stays the verb (1 to 8), as do "prices are rising", "workers
# are striking".
PROGRESSIVE_SHARE = 3


def _predicative_ing_adjective(tokens: Sequence[Token], index: int,
                               chooser: SenseChooser) -> bool:
    """Whether the -ing form at ``index``, ending its clause, is an adjective after a
    linking verb: always when WordNet's adjective is in use after one that makes no
    progressive ("looks stunning"), after "be" or "get" only when the verb's uses do
    not far outnumber the adjective's."""
    linking = verb_before(tokens, index)
    if linking not in LINKING_VERBS:
        return False
    as_adjective = sum(sense.count for sense in chooser.outlines(tokens[index].text.lower(), "a"))
    if not as_adjective or linking not in {"be", "get"}:
        return as_adjective > 0
    as_verb = chooser.pos_counts(tokens[index].lemma.lower()).get("v", 0)
    return as_adjective * PROGRESSIVE_SHARE >= as_verb


def reading_at(tokens: Sequence[Token], index: int, chooser: SenseChooser,
               words: WordInfo) -> tuple[str, str]:
    """The lemma and Universal POS the token at ``index`` is defined under, as the
    glossary reads it: "roasted" in "roasted turkey" is the adjective "roasted", "immune"
    in "the immune system" an adjective though tagged as a noun. Word details use it,
    so a selected word means what its glossary entry says."""
    token = tokens[index]
    if _participle_as_adjective(tokens, index, chooser, words):
        return token.text.lower(), "ADJ"
    if verb := verb_of_unused_gerund(token, chooser, words):
        return verb, "VERB"
    return token.lemma.lower(), _retagged(tokens, index, chooser, words) or chooser.word_pos(token)


def _retagged(tokens: Sequence[Token], index: int, chooser: SenseChooser,
              words: WordInfo) -> str | None:
    """The part of speech where the tagger's is impossible or unlikely, else None.

    * an "adjective" in "-ing" that WordNet lacks is its verb's form (VOA glosses the
      verb: "a sanitizing spray", "sanitize –v.");
    * a "past tense" or "participle" that is no form of the verb ("it might be gossip":
      the participle is "gossiped") is the noun (or the adjective);
    * a noun before a noun that SemCor tags at least as often as an adjective (or,
      when it never tags it, that WordNet lists as often) is the adjective: "an ideal
      listening exercise", "the immune system"; "asteroid sample" stays a noun;
    * an "adjective" joined by "or"/"and" to a noun and ending its phrase ("noise or
      static.") is the noun: coordination joins words of one kind.
    """
    token = tokens[index]
    if token.pos not in _RETAGGED_TAGS:
        return None  # (most candidates: each reading below starts from one of these)
    lemma = token.lemma.lower()
    if _verb_of_ing_adjective(token, chooser, words):
        return "VERB"
    if (token.pos in {"VBN", "VBD"} and (text := token.text.lower()) == lemma
            and not words.is_unchanged_verb_form(text, token.pos)):
        for pos, upos in (("n", "NOUN"), ("a", "ADJ")):
            if chooser.has_senses(lemma, pos):
                return upos
        return None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    after_pos = after.pos if after is not None and after.sentence == token.sentence else ""
    if token.pos == "NN" and after_pos in {"NN", "NNS", "VBG"}:
        counts = chooser.pos_counts(lemma)
        as_adjective, as_noun = counts.get("a", 0), counts.get("n", 0)
        if as_adjective > 0 and as_adjective >= as_noun:
            return "ADJ"
        # When SemCor never tags the word, WordNet's senses say which it mostly is ("the
        # immune system": four adjectives, one noun; "an asteroid sample": one each, and
        # the tag stands).
        untagged = "a" in counts and not as_adjective and not as_noun
        if untagged and len(chooser.outlines(lemma, "a")) > len(chooser.outlines(lemma, "n")):
            return "ADJ"
        return None
    if token.pos == "NN" and _after_copula(tokens, index) and (
            not after_pos or after_pos in _CLAUSE_ENDS or after_pos == "CC"):
        counts = chooser.pos_counts(lemma)
        if counts.get("a", 0) > counts.get("n", 0):
            return "ADJ"
    if token.pos == "JJ" and index >= 2 and not after_pos.startswith("NN"):
        conjunction, noun = tokens[index - 1], tokens[index - 2]
        joined = conjunction.text.lower() in {"or", "and"} and noun.pos in {"NN", "NNS"}
        if joined and chooser.has_senses(lemma, "n"):
            return "NOUN"
    return None


# The tags `_retagged` reads again: an adjective, a past or participle, a singular noun.
_RETAGGED_TAGS = frozenset({"JJ", "VBN", "VBD", "NN"})
# The tags of tokens `_retagged`, `_participle_as_adjective` (besides any adjective) or
# `verb_of_unused_gerund` (NN) may read as another word: `read_candidates` asks them of
# no other.
_READ_AGAIN_TAGS = _RETAGGED_TAGS | _PARTICIPLE_OR_PAST_TAGS


def _after_copula(tokens: Sequence[Token], index: int) -> bool:
    """Whether the token follows a linking verb ("stayed pale", "was growing
    desperate"), past adverbs; not a possessive's "'s" ("the market's close")."""
    verb = word_before(tokens, index)
    return (verb is not None and verb.upos in ("VERB", "AUX")
            and verb.lemma.lower() in COPULAS)


def _merge_gerunds(by_lemma: dict[str, Candidate], votes: dict[str, dict[str, int]],
                   tokens: Sequence[Token], chooser: SenseChooser, words: WordInfo) -> None:
    """"highlighting" read as a noun and "highlight" as a verb in one story are one word
    to a learner (and VOA glosses the verb): fold the -ing noun into the verb. When the
    story writes the verb in no other form, the tagger read one noun two ways ("the
    cake, frosting and fruit", "made the frosting" tagged as "frost" in "-ing"): a
    noun WordNet has takes the verb's uses instead."""
    for key in [k for k, c in by_lemma.items() if k.endswith("ing") and c.upos == "NOUN"]:
        # From the compiled facts: lemminflect's own look-up table is ~45 MB in memory.
        verb = words.lemma(key, "VBG")
        target = by_lemma.get(verb)
        if target is None or verb == key or target.upos != "VERB":
            continue
        into, folded = verb, key
        if (all(tokens[i].text.lower() == key for i in target.occurrences)
                and chooser.has_senses(key, "n")):
            into, folded = key, verb
            # Rated as the noun, not by the verb's forms its first use was tagged as.
            by_lemma[key].zipf = words.zipf(key, "NOUN")
        gerund = by_lemma.pop(folded)
        kept = by_lemma[into]
        kept.occurrences = sorted(kept.occurrences + gerund.occurrences)
        merged = votes.setdefault(into, {})
        merged[kept.upos] = merged.get(kept.upos, 0) + len(gerund.occurrences)
        votes.pop(folded, None)


def _glued_to_number(tokens: Sequence[Token], index: int) -> bool:
    """The "th" of "15th", the "s" of "1990s": not words a learner looks up."""
    before = tokens[index - 1] if index else None
    return before is not None and before.end == tokens[index].start and before.text[:1].isdigit()


# What follows an interjection said alone: "Huh?", "Ugh!".
_AFTER_AN_INTERJECTION = frozenset({"?", "!"})


def _interjection(tokens: Sequence[Token], index: int, chooser: SenseChooser) -> bool:
    """A word said alone ("B: Huh? What umbrella?") that WordNet lacks: an interjection
    the tagger read as a noun ("huh" ranked among a dialogue's first words)."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.text not in _AFTER_AN_INTERJECTION:
        return False
    before = tokens[index - 1] if index else None
    if before is not None and before.sentence == tokens[index].sentence and before.is_word:
        return False
    return not chooser.pos_counts(tokens[index].text.lower())


# The marks a word named in quotation marks stands between (`features` reads them too).
OPENING_QUOTE_MARKS = frozenset({"“", '"', "‘"})
CLOSING_QUOTE_MARKS = frozenset({"”", '"', "’"})


def _foreign_word_named(tokens: Sequence[Token], candidate: Candidate,
                        chooser: SenseChooser) -> bool:
    """A word the story only names alone between quotation marks ('The words "now" and
    "ruz" mean “new day” in Farsi') that neither a CEFR list nor WordNet has: a word of
    another language the story translates, not an English word to learn."""
    for index in candidate.occurrences:
        token = tokens[index]
        if (not 0 < index < len(tokens) - 1 or token.cefr is not None or not token.text.isalpha()
                or tokens[index - 1].text not in OPENING_QUOTE_MARKS
                or tokens[index + 1].text not in CLOSING_QUOTE_MARKS):
            return False
    return not chooser.pos_counts(candidate.lemma)


# Below this Zipf a lemma is one wordfreq has never seen.
_UNSEEN_LEMMA_ZIPF = 1.5


def _dictionary_form(
    token: Token, chooser: SenseChooser, words: WordInfo
) -> tuple[str, float | None]:
    """The lemma to gloss, guarding against lemmatiser slips ("focused" -> "focuse"):
    when the lemma is no known word, the first dictionary form of the text's word
    that WordNet knows (as a verb, noun or adjective), else the word as written."""
    lemma = token.lemma.lower()
    if token.zipf > _UNSEEN_LEMMA_ZIPF or chooser.lexicon.has_lemma(lemma):
        return lemma, None
    surface = token.text.lower().replace("’", "'")
    # From the compiled facts: lemminflect's own look-up table is ~45 MB in memory.
    for upos, penn in (("VERB", "VB"), ("NOUN", "NN"), ("ADJ", "JJ")):
        form = words.lemma(surface, penn)
        if chooser.lexicon.has_lemma(form):
            return form, words.zipf(form, upos)
    if chooser.lexicon.has_lemma(surface):
        return surface, words.zipf(surface, "X")
    return lemma, None

