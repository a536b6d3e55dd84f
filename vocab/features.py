"""The measurable signals of a glossary candidate (`FEATURES`).

How frequent the word is in English and in this story, its CEFR level and place in
the core vocabulary, where the story uses it (title, lead, quotations), how many
senses it has and whether the story uses a rarer one, whether a learner can read it
from its parts... `vocab.glossary` weighs them into one score.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from vocab.candidates import CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS, Candidate
from vocab.difficulty import base_spellings
from vocab.expression_use import defined_by_its_object, shown_expression
from vocab.models import LearnerProfile, Level, Sense, Span, Token, has_letter
from vocab.senses import SenseChooser, expression_wordnet_pos
from vocab.word_family import transparent_compound_parts
from vocab.wordinfo import UPOS_TO_WORDNET

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.lexicon import Lexicon, SenseOutline
    from vocab.wordinfo import WordInfo

# Frequency and level act on the odds of a gloss in steps, not along a line (VOA
# glosses few very rare words and almost no basic ones), so they enter as bands.
ZIPF_BANDS = (3.0, 3.5, 4.0, 4.5, 5.0, 5.5)
# The New General Service List (2,800 headwords, ranked): the core of English a
# learner meets first. VOA's own word book plays this role for its writers.
NGSL_CORE_RANK = 1000

FEATURES = (
    "zipf", "zipf_below_3", "zipf_3", "zipf_3_5", "zipf_4", "zipf_4_5", "zipf_5", "zipf_5_5",
    "cefr_a", "cefr_b1", "cefr_b2", "cefr_c", "cefr_missing", "level_gap",
    "ngsl_core", "ngsl_rest", "log_count", "keyness", "key_outside_core", "in_title",
    "in_lead", "first_position", "noun", "verb", "adj", "adv", "log_senses", "rare_sense",
    "first_sense_share", "length", "quoted", "not_in_wordnet", "news_academic",
    "hyphenated", "expression", "capitalised", "ngsl_log_rank", "key_mid_frequency",
    "sentences", "explained", "transparent",
)


@dataclass(frozen=True)
class StoryContext:
    words: int
    title_words: frozenset[str]
    lead_end: int  # token index where the lead (first paragraph) ends
    quoted: frozenset[int]  # token indices inside quotation marks
    explained: frozenset[int]  # token indices of words the story explains (`_explained_at`)
    # The story's spellings that are title words in lower case: a candidate's uses are
    # tested against them in C, not each lower-cased in Python (long stories: ~1% of
    # the glossary's time).
    title_spellings: frozenset[str]

    @classmethod
    def of(cls, analysis: Analysis) -> StoryContext:
        from vocab.gloss_words import content_words

        article = analysis.article
        title = content_words(article.title) | {w.lower() for w in article.title.split()}
        lead_chars = article.paragraphs[0][1] if article.paragraphs else len(article.body)
        # A one-line first paragraph is a dateline or a caption; take at least two sentences.
        if len(analysis.sentences) > 1:
            lead_chars = max(lead_chars, analysis.sentences[1][1])
        lead_end = next(
            (i for i, t in enumerate(analysis.tokens) if t.start >= lead_chars),
            len(analysis.tokens),
        )
        spellings = Counter(t.text for t in analysis.tokens)
        return cls(
            # Token.is_word asked once per text: a story repeats its words.
            words=max(1, sum(count for text, count in spellings.items() if has_letter(text))),
            title_words=frozenset(title),
            title_spellings=frozenset(text for text in spellings if text.lower() in title),
            lead_end=lead_end,
            quoted=frozenset(_quoted_tokens(analysis.tokens, article.body, article.paragraphs)),
            explained=frozenset(_explained_at(analysis.tokens)),
        )


def _quoted_tokens(tokens: Sequence[Token], body: str, paragraphs: Sequence[Span]) -> set[int]:
    """The indices of the tokens inside quotation marks. A mark says its side by the
    characters beside it (`_side_by_place`: '“caught“ by' closes), else by its glyph;
    quotations nest ('he asked "why now?" twice' inside another); a closing mark with
    none open and a straight one of neither side (the inch sign of '12" boards') are
    passed over; and every quotation ends with its paragraph (one that goes on reopens
    in the next). Read as a switch, one mark on the wrong side had flipped every word
    after it to the story's end (a third of a study-tips story counted as quoted)."""
    ends = sorted(end for _, end in paragraphs)
    paragraph_end = ends[0] if ends else len(body)
    depth = 0
    found: set[int] = set()
    for i, token in enumerate(tokens):
        if token.start >= paragraph_end:
            depth = 0
            at = bisect_right(ends, token.start)
            paragraph_end = ends[at] if at < len(ends) else len(body)
        text = token.text
        if text in _QUOTATION_MARKS:
            side = _side_by_place(body, token.start) or _QUOTATION_MARKS[text]
            if side == "opens":
                depth += 1
            elif side == "closes" and depth:
                depth -= 1
            continue
        if depth:
            found.add(i)
    return found


# Each quotation mark and the side its glyph says ("" for the straight one).
_QUOTATION_MARKS = {"“": "opens", "«": "opens", "”": "closes", "»": "closes", '"': ""}
# What may stand right before a mark that opens a quotation, but for a space.
_BEFORE_AN_OPENING = frozenset("([{—–-/“‘")


def _side_by_place(body: str, at: int) -> str:
    """"opens" for a quotation mark at ``at`` after a space (a bracket, a dash or
    the text's start) and before a word, "closes" for one after a word and before a
    space or a punctuation mark (or the end); "" for one that is neither (between two
    letters or digits, or between spaces), a mark no quotation is read from."""
    before = body[at - 1] if at else " "
    after = body[at + 1] if at + 1 < len(body) else " "
    if (before.isspace() or before in _BEFORE_AN_OPENING) and not after.isspace():
        return "opens"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "closes"
    return ""


def features_of(
    analysis: Analysis,
    candidate: Candidate,
    chooser: SenseChooser,
    profile: LearnerProfile,
    context: StoryContext,
    words: WordInfo | None = None,
) -> dict[str, float]:
    """The measurable signals of one candidate (see `FEATURES`), but for ``rare_sense``
    and ``transparent``."""
    tokens = analysis.tokens
    first = tokens[candidate.first]
    count = len(candidate.occurrences)
    is_expression = candidate.expression is not None
    idiom = opaque_idiom(analysis, candidate, chooser) if is_expression else None
    if is_expression:
        zipf = idiom.zipf if idiom is not None else _expression_zipf(candidate.lemma, words)
        cefr: float | None = None
        level = _zipf_rank(zipf)
    else:
        zipf = candidate.zipf if candidate.zipf is not None else first.zipf
        cefr = _CEFR_RANKS[first.cefr] if first.cefr else None
        level = first.level.rank if first.level else _zipf_rank(zipf)
    text_zipf = math.log10(count / context.words) + 9
    senses = outlines_of(analysis, candidate, chooser)
    uses = list(map(tokens.__getitem__, candidate.occurrences))
    title_hit = candidate.lemma in context.title_words or not context.title_spellings.isdisjoint(
        map(_TEXT, uses))
    ngsl_rank = _ngsl_rank(candidate.lemma)
    core = ngsl_rank <= NGSL_CORE_RANK
    return {
        "zipf": zipf,
        **_zipf_bands(zipf),
        "cefr_a": 1.0 if cefr is not None and cefr <= Level.A2.rank else 0.0,
        "cefr_b1": 1.0 if cefr == Level.B1.rank else 0.0,
        "cefr_b2": 1.0 if cefr == Level.B2.rank else 0.0,
        "cefr_c": 1.0 if cefr is not None and cefr >= Level.C1.rank else 0.0,
        "cefr_missing": 1.0 if cefr is None and idiom is None else 0.0,
        "ngsl_core": 1.0 if core else 0.0,
        "ngsl_rest": 1.0 if not core and ngsl_rank < _NOT_IN_NGSL else 0.0,
        "key_outside_core": 0.0 if core else max(0.0, text_zipf - zipf),
        "level_gap": float(level - profile.level.rank),
        "log_count": math.log(count),
        "keyness": text_zipf - zipf,
        "in_title": 1.0 if title_hit else 0.0,
        "in_lead": 1.0 if candidate.first < context.lead_end else 0.0,
        "first_position": candidate.first / max(1, len(tokens)),
        "noun": 1.0 if candidate.upos == "NOUN" else 0.0,
        "verb": 1.0 if candidate.upos == "VERB" else 0.0,
        "adj": 1.0 if candidate.upos == "ADJ" else 0.0,
        "adv": 1.0 if candidate.upos == "ADV" else 0.0,
        "log_senses": math.log1p(len(senses)),
        "rare_sense": 0.0,
        "first_sense_share": _first_sense_share(senses),
        "length": float(len(candidate.lemma)),
        "quoted": sum(map(context.quoted.__contains__, candidate.occurrences)) / count,
        "not_in_wordnet": 1.0 if not senses else 0.0,
        "news_academic": 1.0 if (cefr or 0) >= Level.B2.rank and zipf >= 4.0 else 0.0,
        "hyphenated": 1.0 if "-" in candidate.lemma else 0.0,
        "expression": 1.0 if is_expression and idiom is None else 0.0,
        "capitalised": _capitalised_share(analysis, candidate),
        "ngsl_log_rank": math.log10(min(ngsl_rank, _NOT_IN_NGSL)),
        "key_mid_frequency": max(0.0, text_zipf - zipf) if 3.5 <= zipf < 5.5 else 0.0,
        "sentences": math.log(len(set(map(_SENTENCE, uses)))),
        "explained": 0.0 if context.explained.isdisjoint(candidate.occurrences) else 1.0,
    }


_NOT_IN_NGSL = 10_000
# A token's spelling and sentence, read in C over a candidate's many uses.
_TEXT = attrgetter("text")
_SENTENCE = attrgetter("sentence")
# Each CEFR label's rank as a float (`Level.rank`), without building the `Level` for
# every candidate.
_CEFR_RANKS = {level.value: float(level.rank) for level in Level}
_ZIPF_BAND_NAMES = ("zipf_below_3", "zipf_3", "zipf_3_5", "zipf_4", "zipf_4_5", "zipf_5",
                    "zipf_5_5")


def _zipf_bands(zipf: float) -> dict[str, float]:
    band = sum(1 for floor in ZIPF_BANDS if zipf >= floor)
    return {name: 1.0 if i == band else 0.0 for i, name in enumerate(_ZIPF_BAND_NAMES)}


def _ngsl_rank(lemma: str) -> int:
    """Rank of the lemma in the NGSL (1 = "the"); a large number when absent."""
    return _ngsl_ranks().get(lemma, _NOT_IN_NGSL)


@cache
def _ngsl_ranks() -> dict[str, int]:
    # Imported on first use (not with the module), then kept: asked for every candidate.
    from ngsl.rank import RANK_DICT

    return RANK_DICT


# Suffixes and prefixes that build a word a learner can read from its parts
# ("effectively", "imprisonment", "unhappy"), longest first.
_SUFFIXES = ("ization", "ation", "ment", "ness", "ity", "ily", "ly", "ful", "less", "er",
             "ing", "ed", "al", "ion")
_PREFIXES = ("un", "re", "dis", "in", "im", "non", "over", "under", "pre", "mis")
# The base must be a word learners meet at least this often, and clearly more often
# than the derived word.
_BASE_ZIPF = 4.5
_BASE_MARGIN = 0.5


def transparent(candidate: Candidate, words: WordInfo, lexicon: Lexicon) -> float:
    """1.0 when the word is a common base plus one or two affixes, so a learner who
    knows the base can read it ("effectively", "imprisonment"), when its parts give
    its meaning (`_parts_give_meaning`); editors skip these. Also a compound a learner
    reads from its two words (`transparent_compound`: "teapot", "doorbell")."""
    floor = max(_BASE_ZIPF, candidate.features["zipf"] + _BASE_MARGIN)
    if (candidate.expression is None and "-" not in candidate.lemma
            and any(words.zipf(form, "X") >= floor
                    and _parts_give_meaning(candidate.lemma, form, affixes, lexicon)
                    for form, affixes in _base_readings_of(candidate.lemma))):
        return 1.0
    if transparent_compound(candidate, words, lexicon):
        return 1.0
    return 0.0


def transparent_bases(candidates: Iterable[Candidate]) -> Iterator[str]:
    """Every spelling `transparent` may look up for ``candidates`` (to read ahead)."""
    for candidate in candidates:
        yield from _base_spellings(candidate)


def transparent_compound(candidate: Candidate, words: WordInfo, lexicon: Lexicon) -> bool:
    """Whether the noun is a closed compound a learner reads from its two common words
    (`transparent_compound_parts`: "teapot", "doorbell", "sailboat", "raindrop"), as
    one made with an affix; editors leave such words unglossed (24 of 25 on the
    development stories' first 2k places)."""
    if candidate.expression is not None or candidate.upos != "NOUN":
        return False
    return transparent_compound_parts(candidate.lemma, words, lexicon) is not None


def _base_spellings(candidate: Candidate) -> tuple[str, ...]:
    lemma = candidate.lemma
    if candidate.expression is not None or "-" in lemma:
        return ()
    return _base_spellings_of(lemma)


# Read ahead, then looked up, for each candidate of each text: worked out once a word.
@lru_cache(maxsize=1 << 14)
def _base_spellings_of(lemma: str) -> tuple[str, ...]:
    return tuple(spelling for spelling, _ in _base_readings_of(lemma))


@lru_cache(maxsize=1 << 14)
def _base_readings_of(lemma: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each spelling of a base ``lemma`` may be read from, with the affixes taken off
    ("rebuilding" -> ("build", ("-ing", "re-")))."""
    return tuple((spelling, (affix, *inner_affix))
                 for base, affix in _bases(lemma)
                 for inner, inner_affix in ((base, ()), *((b, (a,)) for b, a in _bases(base)))
                 for spelling in sorted(base_spellings(inner)))


def _bases(word: str) -> list[tuple[str, str]]:
    found = [(word[: -len(s)], "-" + s) for s in _SUFFIXES if word.endswith(s)]
    found += [(word[len(p):], p + "-") for p in _PREFIXES if word.startswith(p)]
    return [(b, affix) for b, affix in found if len(b) >= 3]


# What a prefix adds to its base, as a definition says it: "build again", "interpret
# in the wrong way", "pay ... before", "not having". "Display", "replace", "discover",
# "inform" and "overcome" begin with one but mean no such thing.
_PREFIX_MEANINGS: dict[str, frozenset[str]] = {
    "re-": frozenset({"again", "anew"}),
    "mis-": frozenset({"wrong", "wrongly", "badly", "incorrectly", "mistakenly"}),
    "pre-": frozenset({"before", "beforehand", "advance", "earlier"}),
    "over-": frozenset({"too", "excessive", "excessively", "excess"}),
    "under-": frozenset({"insufficient", "insufficiently", "inadequately"}),
    **dict.fromkeys(("un-", "dis-", "in-", "im-", "non-"),
                    frozenset({"not", "no", "lack", "lacking", "without", "opposite"})),
}
# How a definition says an adjective made with "-al" relates to its base ("of or
# relating to a nation"); "formal" (in accord with established forms) is no such word.
_RELATING = ("relating to", "pertaining to", "characteristic of")


def _parts_give_meaning(lemma: str, base: str, affixes: tuple[str, ...],
                        lexicon: Lexicon) -> bool:
    """Whether ``lemma``, read as ``base`` with ``affixes``, means what they say: a
    prefix's word is the base's opposite in WordNet ("unhappy", "disagree") or its
    first sense names the base or says what the prefix adds ("rebuild": build again);
    an "-al" adjective's relates to its base. Other suffixes ("-ly", "-ness", "-ment")
    change a word's part of speech, not its meaning."""
    prefixes = [affix for affix in affixes if affix.endswith("-")]
    if not prefixes and "-al" not in affixes:
        return True
    senses = lexicon.senses(lemma)
    firsts = [sense.definition.lower() for sense in senses if sense.rank == 1]
    if "-al" in affixes and not any(phrase in text for text in firsts for phrase in _RELATING):
        return False
    if not prefixes:
        return True
    antonyms = lexicon.antonyms_of(sense.synset for sense in senses)
    if any(base in found for found in antonyms.values()):
        return True
    said = {word for text in firsts for word in re.findall(r"[a-z]+", text)}
    cues = frozenset().union(*(_PREFIX_MEANINGS[p] for p in prefixes))
    return not cues.isdisjoint(said) or any(
        word == base or (word.startswith(base) and len(word) - len(base) <= 3)
        for word in said if word != lemma)


# How a story names a word it has just explained: "boats called dinghies", "is called a
# harness", "the term dead heat", "known as tariffs".
_NAMING_WORDS = frozenset({"called", "named", "term", "word"})
_BEFORE_THE_NAME = frozenset({"a", "an", "the", "“", '"', "‘"})
# How it says what a word means after it: "a tariff means...", "a quorum refers to...".
_EXPLAINING_WORDS = frozenset({"means", "meaning", "refers", "describes"})
# How a lesson names the word it talks about, in quotation marks: "the verb “sap”", "the
# adjective “appellate”" (without them "an expression of joy" names nothing).
_MENTIONING_WORDS = frozenset({"words", "verb", "noun", "adjective", "adverb", "expression",
                               "idiom", "phrase"})
# What opens a clause or a hedge after ", or" ("..., or it is just...", "..., or so"),
# not a rewording.
_CLAUSE_OPENERS = frozenset({"PRP", "VBZ", "VBD", "MD", "DT", "EX", "RB"})


def _explained_at(tokens: Sequence[Token]) -> Iterator[int]:
    """Where the story explains a word where it uses it, so a reader needs no gloss:
    it names the word after describing it ("boats called dinghies", "the term dead
    heat", a lesson's "the verb “sap”"), rewords it in VOA's way ("a harness, or safety
    belt, ..."), or says what it means ("a tariff means...", "“sap” which means..."). A
    dash, a parenthesis or an "or" nearby (the test this replaced) marked as many VOA
    picks as other words (14 of 57 in the development stories' first 2k places, their
    share among all); these mark 4 of 32. Found from the few words that say so, not
    from every use of every candidate: a long story repeats its words thousands of
    times."""
    # Only the tokens of those words are read (each text lower-cased once).
    cues = {text for text in {t.text for t in tokens} if text.lower() in _CUE_WORDS}
    for at in [at for at, t in enumerate(tokens) if t.text in cues]:
        token = tokens[at]
        said = token.text.lower()
        if said in _NAMING_WORDS or (said == "as" and at and tokens[at - 1].text.lower()
                                     == "known"):
            named = at + 1
            while named < len(tokens) and tokens[named].text.lower() in _BEFORE_THE_NAME:
                named += 1
            if named < len(tokens) and tokens[named].sentence == token.sentence:
                yield named
        elif said in _MENTIONING_WORDS:
            named = at + 2
            if (named < len(tokens) and tokens[at + 1].text in OPENING_QUOTE_MARKS
                    and tokens[named].sentence == token.sentence):
                yield named
        elif at and said in _EXPLAINING_WORDS:
            yield _quoted_word_before(tokens, at)
        elif at and _rewording_follows(tokens, at):
            yield at - 1


# Every word `_explained_at` starts from: a naming or mentioning word, "as" (of "known
# as"), an explaining word, the comma of ", or".
_CUE_WORDS = _NAMING_WORDS | _MENTIONING_WORDS | _EXPLAINING_WORDS | {"as", ","}


def _quoted_word_before(tokens: Sequence[Token], at: int) -> int:
    """The word an explaining word at ``at`` explains: the one before it, or a quoted word
    before "which" or "that" and the closing quotation mark (and a comma inside it):
    "“sap” which means", "“appealing,” which describes". A word that is not quoted
    stands before a clause that says what a clause means ("the prices were similar,
    which means...") or what a thing does ("a signal that refers to..."): ``at - 1``,
    no word, is returned for it."""
    before = at - 1
    if before > 0 and tokens[before].text.lower() in {"which", "that"}:
        before -= 1
    if tokens[before].text not in CLOSING_QUOTE_MARKS:
        return at - 1
    while before > 0 and tokens[before].text in CLOSING_QUOTE_MARKS:
        before -= 1
    return before - 1 if before > 0 and tokens[before].text == "," else before


def _rewording_follows(tokens: Sequence[Token], comma: int) -> bool:
    """Whether ", or" at ``comma`` opens a rewording of the word before it ("a harness,
    or safety belt,"), not a clause or a hedge ("..., or it is just...", "..., or so")."""
    return tokens[comma].text == "," and comma + 2 < len(tokens) \
        and tokens[comma + 1].text.lower() == "or" \
        and tokens[comma + 2].sentence == tokens[comma - 1].sentence \
        and tokens[comma + 2].pos not in _CLAUSE_OPENERS


# SemCor tags about 226,000 running words with their senses: a sense tagged n times is
# met about n / 226,000 of the time, Zipf log10(n) + 3.65 (once more for the one an
# editor meets: `OpaqueIdiom.zipf`).
SEMCOR_ZIPF_OFFSET = 3.65
# A verb idiom SemCor tags this often is one a learner meets everywhere ("take place"
# 54 times, "take care" 23): its words' frequency is a fair guess at its own.
COMMON_IDIOM_COUNT = 5


@dataclass(frozen=True)
class OpaqueIdiom:
    """A verb and the noun it takes read as one meaning that does not name the verb."""

    count: int  # SemCor's tags of the expression, all senses

    @property
    def zipf(self) -> float:
        return round(math.log10(self.count + 1) + SEMCOR_ZIPF_OFFSET, 2)


def opaque_idiom(analysis: Analysis, candidate: Candidate, chooser: SenseChooser
                 ) -> OpaqueIdiom | None:
    """The idiom ``candidate`` is when it is a verb and its object read as one meaning a
    learner cannot build from its words ("the law will take effect": become effective;
    "walked off the job": strike), rare in SemCor; None for anything else.

    Its words are common, so their frequency read an idiom as easy ("take effect" at
    Zipf 4.97, below a B1 learner's level) and it was never glossed (QA walk-through).
    Opaque: WordNet's sense of it (its wording, its synonyms, its broader term) does not
    name its verb ("take place" is "happen" too, but common: its words' frequency is
    fair). A verb and its particle ("tune in" is a kind of "tune") and noun compounds
    are not asked."""
    expression = candidate.expression
    tokens = analysis.tokens
    if (expression is None or expression.kind not in ("phrasal verb", "idiom")
            or not any(tokens[i].pos in ("NN", "NNS") for i in expression.token_indices[1:])
            or not shown_expression(expression, tokens)):
        return None
    # Counted before its senses are ranked (the costly part): the same senses.
    count = sum(sense.count for sense in chooser.expression_senses(expression))
    if count >= COMMON_IDIOM_COUNT:
        return None
    senses = chooser.choose_expression(analysis, expression)
    if not senses:
        return None
    verb = expression.lemma.split()[0]
    sense = senses[0]
    broader = chooser.lexicon.broader(sense.synset)
    # Its one-word synonyms and broader terms: another idiom ("walk out") names no
    # meaning.
    named = {name.lower() for name in (*sense.synonyms, *(broader.synonyms if broader else ()))
             if " " not in name and "_" not in name}
    named |= set(re.findall(r"[a-z]+", sense.definition.lower()))
    noun = next(tokens[i].lemma for i in expression.token_indices[1:]
                if tokens[i].pos in ("NN", "NNS"))
    if verb in named or defined_by_its_object(sense.definition, noun):
        return None  # "lose weight" is "take off weight": read from its words
    return OpaqueIdiom(count)


def _zipf_rank(zipf: float) -> int:
    from vocab.difficulty import zipf_level

    return zipf_level(zipf).rank


def _expression_zipf(lemma: str, words: WordInfo | None = None) -> float:
    if words is not None:
        return words.text_zipf(lemma)  # the same value, from the compiled word facts
    import wordfreq

    frequency = wordfreq.word_frequency(lemma, "en")
    return round(math.log10(frequency * 1e9), 2) if frequency > 0 else 1.0


def senses_of(analysis: Analysis, candidate: Candidate, chooser: SenseChooser) -> list[Sense]:
    lemma, pos, surface = wordnet_key(analysis, candidate, chooser)
    return chooser.senses(lemma, pos, surface) if pos else []


def outlines_of(analysis: Analysis, candidate: Candidate, chooser: SenseChooser
                 ) -> list[SenseOutline]:
    """`senses_of`, in outline."""
    lemma, pos, surface = wordnet_key(analysis, candidate, chooser)
    return chooser.outlines(lemma, pos, surface) if pos else []


def wordnet_key(analysis: Analysis, candidate: Candidate, chooser: SenseChooser
                 ) -> tuple[str, str, str]:
    """Where the candidate's senses are in WordNet: (lemma, POS, surface form); the
    POS is "" when it has none. The candidate's lemma in its POS, or else the anchor
    token's own (`SenseLookup.senses_for`)."""
    if candidate.expression is not None:
        return candidate.lemma, expression_wordnet_pos(candidate.expression), ""
    pos = UPOS_TO_WORDNET[candidate.upos]
    if chooser.has_senses(candidate.lemma, pos):
        return candidate.lemma, pos, ""
    return chooser.wordnet_key(analysis.tokens[candidate.anchor])


def rare_sense(analysis: Analysis, candidate: Candidate, chooser: SenseChooser) -> float:
    """1.0 when the story uses the word in a sense less common than its most common one
    and of another field than its first (WordNet's lexicographer file: a garden "plot",
    a place, where the first is a secret plan; a tennis "court", a thing, where the
    first is a body of judges). The meaning a learner knows is the first; a sense of
    its field only narrows it and reads right ("increase prices": make bigger, where
    the first is become bigger), one of another field misleads, and an editor glosses
    it. On the development stories a rarer sense of any field marked VOA picks at Zipf
    4.5-5 hardly more often than other words (12 of 142; 1 of 56 where the fields
    agree); of another field, 11 of 86 (``scripts/tune_glossary.py`` for the held-out
    halves)."""
    if not may_use_a_rare_sense(analysis, candidate, chooser):
        return 0.0
    senses = senses_of(analysis, candidate, chooser)
    chosen, _ = choose_sense(analysis, candidate, chooser)
    if chosen is None or chosen.rank == 1 or chosen.lexname == senses[0].lexname:
        return 0.0
    return 1.0 if chosen.count < max(s.count for s in senses) else 0.0


def may_use_a_rare_sense(analysis: Analysis, candidate: Candidate,
                         chooser: SenseChooser) -> bool:
    """Whether `rare_sense` can be 1.0, known without choosing the sense (the costly
    part): a word, not an expression (read in its first sense), with a sense of
    another field than its first, and a sense SemCor tags (a chosen sense is rarer
    than the most used one, and none is used less than never: a fifth of the words
    asked at 10,000 words have no sense SemCor tags)."""
    senses = senses_of(analysis, candidate, chooser)
    return candidate.expression is None and any(s.lexname != senses[0].lexname
                                                for s in senses[1:]) \
        and any(s.count for s in senses)


def choose_sense(analysis: Analysis, candidate: Candidate, chooser: SenseChooser,  # type: ignore[no-untyped-def]
                 *, whole_story: bool = False):
    """The sense at the candidate's anchor, in the candidate's lemma and POS; with
    ``whole_story``, as the story's uses of it read together (`SenseChooser.choose`)."""
    token = analysis.tokens[candidate.anchor]
    if candidate.lemma == token.lemma.lower() and candidate.upos == chooser.word_pos(token):
        return chooser.choose(analysis, candidate.anchor, whole_story=whole_story)
    found = chooser.choose(analysis, candidate.anchor, lemma=candidate.lemma, upos=candidate.upos,
                           whole_story=whole_story)
    return found if found[0] is not None else chooser.choose(analysis, candidate.anchor,
                                                              whole_story=whole_story)




def _first_sense_share(senses: Sequence[object]) -> float:
    counts = [getattr(s, "count", 0) for s in senses]
    total = sum(counts)
    return counts[0] / total if total else 1.0


def _capitalised_share(analysis: Analysis, candidate: Candidate) -> float:
    """How often the word is capitalised where position does not explain it."""
    tokens = analysis.tokens
    if not any(tokens[i].text[:1].isupper() for i in candidate.occurrences):
        return 0.0  # (most words: never capitalised, whatever their places)
    inside = [
        i
        for i in candidate.occurrences
        if i > 0 and tokens[i - 1].sentence == tokens[i].sentence and tokens[i - 1].is_word
    ]
    if not inside:
        return 0.0
    return sum(1 for i in inside if tokens[i].text[:1].isupper()) / len(inside)

