"""Part-of-speech taggers: NLTK's pretrained perceptron, and a fallback of our own.

Both return Penn Treebank tags. The fallback needs no tagged corpus: each word's
possible tags come from closed-class lists (``closed_class``), lemminflect's
inflection tables and WordNet's sense counts (how often SemCor saw the word as a
noun, verb, ...), suffixes and capitals; then a Viterbi pass over hand-set
transition weights (after "to" a verb, after "the" no finite verb, ...) picks
the sequence. Figures: ``scripts/tagger_accuracy.py``.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from vocab.closed_class import (
    BE_FORMS,
    CLOSED_CLASS,
    DO_FORMS,
    HAVE_FORMS,
    PLURAL_NOUNS,
    PUNCTUATION,
    TITLES_AND_COMPANIES,
)

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.perceptron import AveragedPerceptron


class Tagger(Protocol):
    """Anything that tags a sentence's words with Penn Treebank tags."""

    name: str

    def tag(self, words: Sequence[str]) -> list[str]:
        """One Penn tag per word, in order."""
        ...

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """`tag` of each sentence (a text's sentences at once: faster for some taggers)."""
        ...


class PerceptronTagger:
    """NLTK's pretrained averaged perceptron (JSON weights), loaded on first use.

    Tagged by ``vocab.perceptron`` (nltk's algorithm, identical tags) so a fresh
    process does not import nltk (0.4 s). Loading the weights takes about 0.2 s,
    so it happens in ``tag``, not at construction: the app builds the tagger at
    start and tags in a worker.
    """

    name = "perceptron"

    def __init__(self, data_root: Path, cache_dir: Path | None = None) -> None:
        self._data_root = data_root  # the NLTK data dir holding taggers/
        self._cache_dir = cache_dir  # where the parsed model is kept (faster to load)
        self._model: AveragedPerceptron | None = None
        self._lock = threading.Lock()

    def _load(self) -> AveragedPerceptron:
        with self._lock:
            if self._model is None:
                from vocab.perceptron import MODEL_NAME, AveragedPerceptron

                self._model = AveragedPerceptron.load(self._data_root / "taggers" / MODEL_NAME,
                                                      self._cache_dir)
            return self._model

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        return self._load().tag(words)

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        if not any(sentences):
            return [[] for _ in sentences]
        return self._load().tag_sentences(sentences)


# --- the fallback -----------------------------------------------------------------

NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
VERBS = FINITE | {"VB", "VBN", "VBG", "MD"}
ADJECTIVES = frozenset({"JJ", "JJR", "JJS"})
ADVERBS = frozenset({"RB", "RBR", "RBS"})
DETERMINERS = frozenset({"DT", "PRP$", "WP$", "PDT"})

_NUMBER = re.compile(r"[+-]?(\d[\d,]*(\.\d+)?|\.\d+)(/\d+)?(s|'s)?")
_UPOS_TO_WORDNET = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}
# Suffixes of words neither lemminflect nor WordNet knows, with the tags they
# usually mark in English morphology; the first match wins (telling ones first).
_SUFFIX_TAGS: tuple[tuple[str, dict[str, float]], ...] = (
    ("ness", {"NN": 1.0}),
    ("ment", {"NN": 1.0}),
    ("tion", {"NN": 1.0}),
    ("sion", {"NN": 1.0}),
    ("ity", {"NN": 1.0}),
    ("ism", {"NN": 1.0}),
    ("ist", {"NN": 0.9, "JJ": 0.1}),
    ("ship", {"NN": 1.0}),
    ("ance", {"NN": 1.0}),
    ("ence", {"NN": 1.0}),
    ("er", {"NN": 0.8, "JJR": 0.1, "NNP": 0.1}),
    ("or", {"NN": 0.9, "NNP": 0.1}),
    ("ous", {"JJ": 1.0}),
    ("ful", {"JJ": 1.0}),
    ("able", {"JJ": 1.0}),
    ("ible", {"JJ": 1.0}),
    ("al", {"JJ": 0.8, "NN": 0.2}),
    ("ive", {"JJ": 0.9, "NN": 0.1}),
    ("ic", {"JJ": 0.9, "NN": 0.1}),
    ("ish", {"JJ": 1.0}),
    ("less", {"JJ": 1.0}),
    ("ary", {"JJ": 0.6, "NN": 0.4}),
    ("est", {"JJS": 0.7, "NN": 0.3}),
    ("ly", {"RB": 0.9, "JJ": 0.1}),
    ("ing", {"VBG": 0.6, "NN": 0.3, "JJ": 0.1}),
    ("ed", {"VBN": 0.5, "VBD": 0.3, "JJ": 0.2}),
    ("s", {"NNS": 0.8, "VBZ": 0.2}),
)
_UNKNOWN = {"NN": 0.6, "JJ": 0.25, "NNS": 0.05, "VB": 0.05, "RB": 0.05}


class FallbackTagger:
    """A tagger from what the project installs: WordNet counts, word lists, lemminflect.

    Measured on CoNLL-2000's test set (newswire): 94.9% of tokens right, against
    95.9% for the pretrained perceptron (``scripts/tagger_accuracy.py``). Used when
    NLTK's pretrained tagger is not installed, or with ``READER_TAGGER=fallback``.
    """

    name = "fallback"

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        # Lexical analysis is per word form; cached so long texts cost lookups once.
        self._lexical = lru_cache(maxsize=50_000)(self._analyse)

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        candidates = [self._candidates(words, i) for i in range(len(words))]
        tags = _viterbi(words, candidates)
        return _fix_by_neighbours(words, tags, candidates)

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [self.tag(words) for words in sentences]

    def _candidates(self, words: Sequence[str], index: int) -> dict[str, float]:
        word = words[index]
        initial = index == 0 or words[index - 1] in {"``", '"', "(", ":", "--"}
        if initial and index + 1 < len(words) and words[index + 1][:1].isupper():
            initial = False  # "Federal Reserve officials": the start of a name
        return self._lexical(word, initial)

    def _analyse(self, word: str, initial: bool) -> dict[str, float]:
        """Tag probabilities for one word form, before context."""
        lower = word.lower()
        fixed = _fixed_tag(word, lower)
        if fixed:
            return {fixed: 1.0}
        if word[0].isupper() and not (initial and self._is_common(lower)):
            return self._proper(word, lower)
        if lower in CLOSED_CLASS:
            return _closed(CLOSED_CLASS[lower])
        common = self._open_class(lower)
        if word[0].isupper() and "n" in self._lexicon.capitalised_pos(lower, only=False):
            # "China said ...", "Bush fires ...": a name WordNet knows, or a common word.
            return {**{tag: p * 0.4 for tag, p in common.items()}, "NNP": 0.6}
        return common

    def _is_common(self, lower: str) -> bool:
        """True when a sentence-initial capitalised word is an ordinary word."""
        if lower in CLOSED_CLASS:
            return True
        from lemminflect import getAllLemmas

        lemmas = {lower, *(lemma for forms in getAllLemmas(lower).values() for lemma in forms)}
        return any(
            set(self._lexicon.pos_counts(lemma)) - self._lexicon.capitalised_pos(lemma)
            for lemma in lemmas
        )

    def _proper(self, word: str, lower: str) -> dict[str, float]:
        """Capitalised mid-sentence (or unknown at the start): a name, a plural name,
        or an adjective WordNet writes with a capital ("Dutch", "Soviet")."""
        acronym = len(word) > 1 and word == word.upper()  # "US", "IT"; not "I"
        if lower in CLOSED_CLASS and not acronym and lower not in {"may", "march"}:
            return _closed(CLOSED_CLASS[lower])
        if "a" in self._lexicon.capitalised_pos(lower):
            return {"JJ": 0.6, "NNP": 0.4}
        if len(word) > 3 and lower.endswith("s") and not lower.endswith("ss") and word[-1] == "s":
            from lemminflect import getAllLemmas

            singular = getAllLemmas(lower).get("NOUN", ("",))[0]
            if singular and singular != lower:
                if self._lexicon.capitalised_pos(singular):  # "Americans", "Democrats"
                    return {"NNPS": 0.8, "NNP": 0.2}
                return {"NNPS": 0.6, "NNP": 0.4}
        return {"NNP": 0.9, "NN": 0.05, "JJ": 0.05}

    def _open_class(self, lower: str) -> dict[str, float]:
        from lemminflect import getAllLemmas

        if "-" in lower.strip("-"):
            return self._hyphenated(lower)
        scores: dict[str, float] = {}
        for upos, lemmas in getAllLemmas(lower).items():
            wordnet_pos = _UPOS_TO_WORDNET.get(upos)
            if wordnet_pos is None:
                continue
            for lemma in lemmas:
                tags = _penn_tags(lower, lemma, upos)
                weight = self._weight(lemma, wordnet_pos)
                for tag in tags:
                    scores[tag] = scores.get(tag, 0.0) + weight / len(tags)
        self._add_wordnet_forms(lower, scores)
        if not scores:
            scores = self._unknown(lower)
        return _normalised(scores)

    def _add_wordnet_forms(self, lower: str, scores: dict[str, float]) -> None:
        """Add what WordNet knows of the form itself and lemminflect does not:
        gerunds as nouns ("trading"), participles as adjectives ("limited")."""
        counts = self._lexicon.pos_counts(lower)
        noun = "NNS" if lower in PLURAL_NOUNS or lower.endswith("ings") else "NN"
        # A participle WordNet also lists as an adjective ("improved") stays mostly
        # a participle: Penn tags "improved results" VBN.
        participle = 0.3 if {"VBN", "VBD"} & set(scores) else 1.0
        for pos, tag in (("n", noun), ("a", "JJ")):
            if pos in counts and tag not in scores:
                scores[tag] = math.sqrt(counts[pos] + 1.0) * (participle if pos == "a" else 1.0)
        if lower in PLURAL_NOUNS:
            scores.pop("NN", None)

    def _hyphenated(self, lower: str) -> dict[str, float]:
        """Hyphenated compounds: adjectives ("long-term", "well-known") unless both
        halves are nouns ("real-estate", "lung-cancer"), as Penn tags them."""
        first, last = lower.split("-", 1)[0], lower.rsplit("-", 1)[-1]
        if last.endswith("ed"):
            return {"JJ": 0.7, "VBN": 0.2, "VBD": 0.1}
        if last.endswith("ing"):
            return {"JJ": 0.6, "VBG": 0.2, "NN": 0.2}
        plural = last.endswith("s") and not last.endswith("ss")
        first_counts = self._lexicon.pos_counts(first)
        nouns = first_counts.get("n", -1) > first_counts.get("a", -1) and self._lexicon.has_lemma(
            last, "n"
        )
        if plural:
            return {"NNS": 0.6, "JJ": 0.3, "VBZ": 0.1}
        return {"NN": 0.6, "JJ": 0.4} if nouns else {"JJ": 0.6, "NN": 0.4}

    def _weight(self, lemma: str, wordnet_pos: str) -> float:
        """How likely this POS is for the lemma: SemCor counts, flattened.

        The square root keeps a rare POS possible, so context can still choose it.
        """
        counts = self._lexicon.pos_counts(lemma)
        if wordnet_pos not in counts:
            return 0.3
        return math.sqrt(counts[wordnet_pos] + 1.0)

    def _unknown(self, lower: str) -> dict[str, float]:
        counts = self._lexicon.pos_counts(lower)
        if counts:
            base = {"n": "NN", "v": "VB", "a": "JJ", "r": "RB"}
            return {base[pos]: math.sqrt(count + 1.0) for pos, count in counts.items()}
        for suffix, tags in _SUFFIX_TAGS:
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
                return dict(tags)
        return dict(_UNKNOWN)


def _fixed_tag(word: str, lower: str) -> str | None:
    """Tags that need no context: punctuation, numbers, titles such as "Mr."."""
    if word in PUNCTUATION:
        return PUNCTUATION[word]
    if _NUMBER.fullmatch(word):
        return "CD"
    if lower in TITLES_AND_COMPANIES:
        return "NNP"
    if any(ch.isdigit() for ch in word):
        return "JJ" if "-" in word and any(ch.isalpha() for ch in word) else "CD"
    if not any(ch.isalnum() for ch in word) and lower not in CLOSED_CLASS:
        return ":"
    return None


def _closed(tags: tuple[str, ...]) -> dict[str, float]:
    """The first tag usual (0.7), the others possible."""
    if len(tags) == 1:
        return {tags[0]: 1.0}
    rest = 0.3 / (len(tags) - 1)
    return {tag: (0.7 if i == 0 else rest) for i, tag in enumerate(tags)}


@lru_cache(maxsize=50_000)
def _penn_tags(word: str, lemma: str, upos: str) -> tuple[str, ...]:
    """Penn tags ``word`` has as an inflection of ``lemma`` (lemminflect's tables)."""
    from lemminflect import getAllInflections, getInflection

    if upos == "NOUN" and word == lemma:
        return ("NN",)  # lemminflect lists mass nouns' plural as the same word
    forms = getAllInflections(lemma, upos=upos)
    if upos == "VERB":
        # Regular verbs list one "-ed" form under VBD only: it is VBN as well.
        participle = getInflection(lemma, "VBN")
        forms = {**forms, "VBN": tuple(participle or ())}
    tags = tuple(tag for tag, spelled in forms.items() if word in spelled)
    if tags:
        return tags
    base = {"NOUN": "NN", "VERB": "VB", "ADJ": "JJ", "ADV": "RB"}[upos]
    return (base,) if word == lemma else ({"NOUN": "NNS", "VERB": "VBD"}.get(upos, base),)


def _normalised(scores: dict[str, float]) -> dict[str, float]:
    total = sum(scores.values()) or 1.0
    return {tag: score / total for tag, score in scores.items()}


# --- context ----------------------------------------------------------------------

# The anchor is the last tag before any adverbs, so "has also said" and "to
# quickly sell" see "has" and "to"; its kind marks forms of "have" and "be".
_State = tuple[str, str, str]  # (tag, anchor tag, anchor kind)


def _viterbi(words: Sequence[str], candidates: list[dict[str, float]]) -> list[str]:
    """The most likely tag sequence under the word probabilities and ``_transition``."""
    start: _State = ("<s>", "<s>", "")
    best: dict[_State, tuple[float, list[str]]] = {start: (0.0, [])}
    for word, options in zip(words, candidates, strict=True):
        kind = _verb_kind(word.lower())
        step: dict[_State, tuple[float, list[str]]] = {}
        for (prev, anchor, anchor_kind), (score, path) in best.items():
            for tag, probability in options.items():
                total = score + math.log(probability) + _transition(prev, anchor, anchor_kind, tag)
                if tag in ADVERBS:
                    state = (tag, anchor, anchor_kind)
                else:
                    state = (tag, tag, kind if tag in VERBS | {"PRP"} else "")
                if state not in step or total > step[state][0]:
                    step[state] = (total, path + [tag])
        best = step
    return max(best.values(), key=lambda scored: scored[0])[1]


def _verb_kind(lower: str) -> str:
    if lower in HAVE_FORMS:
        return "have"
    if lower in BE_FORMS:
        return "be"
    if lower in DO_FORMS:
        return "do"
    if lower in {"he", "she", "it"}:
        return "third"  # takes "is", "has", "says"
    if lower in {"i", "we", "you", "they"}:
        return "plural"  # takes "are", "have", "say"
    return ""


def _transition(prev: str, anchor: str, anchor_kind: str, tag: str) -> float:
    """Log weight of ``tag`` after ``prev`` (and the anchor): English word order, by hand."""
    return math.log(_order_weight(prev, anchor, anchor_kind, tag))


def _order_weight(prev: str, anchor: str, anchor_kind: str, tag: str) -> float:
    if tag in VERBS:
        return _verb_weight(prev, anchor, anchor_kind, tag)
    if prev in DETERMINERS or prev == "POS":
        return 1.5 if tag in NOUNS | ADJECTIVES | {"CD"} else 0.1
    if prev in ADJECTIVES:
        return 2.0 if tag in NOUNS else 1.0
    if prev in {"TO", "MD"} and tag in NOUNS | ADJECTIVES:
        return 0.3 if prev == "MD" else 1.0
    if tag == "POS":
        return 1.0 if prev in NOUNS else 0.1
    if prev in {"PRP", "EX"} and tag in NOUNS | ADJECTIVES | DETERMINERS:
        return 0.2
    return 1.0


def _verb_weight(prev: str, anchor: str, anchor_kind: str, tag: str) -> float:
    """Where verbs go: base form after "to" and modals, participles after have/be,
    finite verbs agreeing with the noun or pronoun before them."""
    if anchor in {"TO", "MD"} or (anchor_kind == "do" and tag == "VB"):
        return 8.0 if tag == "VB" else 0.05
    if anchor_kind in {"have", "be"}:
        if tag == "VBN":
            return 6.0
        if tag == "VBG" and anchor_kind == "be":
            return 4.0
        return 0.1 if tag in FINITE | {"VB"} else 1.0
    if prev in DETERMINERS | ADJECTIVES or prev == "POS":
        return 0.4 if tag == "VBN" else 0.01 if tag != "VBG" else 0.1
    if prev in {"IN", "CD"}:
        return {"VBG": 1.0, "VBN": 0.3}.get(tag, 0.05)
    if prev in {"PRP", "WDT", "WP", "EX"}:
        return _agreement(tag, anchor_kind, 3.0)
    if prev in NOUNS:
        plural = prev in {"NNS", "NNPS"}
        return _agreement(tag, "plural" if plural else "third", 1.5) if tag != "VBN" else 0.5
    if prev == "<s>":
        return 0.3 if tag in FINITE else 0.5
    return 1.0


def _agreement(tag: str, subject: str, finite: float) -> float:
    """Weight of a verb after its subject: present tense must agree in number."""
    if (tag == "VBZ" and subject == "plural") or (tag == "VBP" and subject == "third"):
        return 0.1
    return finite if tag in FINITE | {"MD"} else 0.2


def _fix_by_neighbours(
    words: Sequence[str], tags: list[str], candidates: list[dict[str, float]]
) -> list[str]:
    """Rules that need the next word, which the left-to-right pass cannot see."""
    fixed = list(tags)
    for i, word in enumerate(words):
        lower = word.lower()
        after = tags[i + 1] if i + 1 < len(tags) else ""
        before = fixed[i - 1] if i else ""
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if lower in _WORD_RULES:
            fixed[i] = _WORD_RULES[lower](before, after, nxt, words[i + 2 : i + 5])
        else:
            fixed[i] = _open_class_rule(fixed[i], candidates[i], before, after, nxt)
    return fixed


def _open_class_rule(tag: str, options: dict[str, float], before: str, after: str, nxt: str) -> str:
    """Second looks at ambiguous open-class words, knowing the next tag."""
    if tag == "NNPS" and after == "NNP":
        return "NNP"  # inside a longer name: "Salomon Brothers Inc.", "Wells Fargo"
    if tag == "VBD" and "VBN" in options and nxt == "by":
        return "VBN"  # "antibodies sparked by": a passive participle
    if tag in {"VBZ", "VBP"} and after in FINITE | {"MD"}:
        noun = "NNS" if tag == "VBZ" else "NN"  # "health measures were": a noun subject
        return noun if noun in options else tag
    if tag == "JJ" and "NN" in options and before in DETERMINERS | {"POS"} and after in _CLOSING:
        return "NN"  # "a subsidiary of", "the future ."
    return tag


_CLOSING = frozenset({"IN", ",", ".", ":", "CC", "VBD", "VBZ", "MD", ""})


def _there(before: str, after: str, nxt: str, rest: Sequence[str]) -> str:
    existential = nxt in BE_FORMS or after == "MD" or nxt in {"seem", "seems", "appear"}
    return "EX" if existential else "RB"


def _predeterminer(word: str) -> Callable[[str, str, str, Sequence[str]], str]:
    default = CLOSED_CLASS[word][0]
    return lambda before, after, nxt, rest: "PDT" if after in {"DT", "PRP$"} else default


def _as(before: str, after: str, nxt: str, rest: Sequence[str]) -> str:
    """ "as" is an adverb in "as big as" (Penn), a preposition otherwise."""
    return "RB" if after in ADJECTIVES | ADVERBS and "as" in _lower(rest) else "IN"


_WORD_RULES: dict[str, Callable[[str, str, str, Sequence[str]], str]] = {
    "that": lambda before, after, nxt, rest: _that(before, after),
    "there": _there,
    "all": _predeterminer("all"),
    "both": _predeterminer("both"),
    "half": _predeterminer("half"),
    "her": lambda before, after, nxt, rest: "PRP$" if after in NOUNS | ADJECTIVES else "PRP",
    "more": lambda before, after, nxt, rest: "RBR" if after in ADJECTIVES | ADVERBS else "JJR",
    "less": lambda before, after, nxt, rest: "RBR" if after in ADJECTIVES | ADVERBS else "JJR",
    "as": _as,
}


def _that(before: str, after: str) -> str:
    """ "that" as a relative pronoun, determiner or complementiser, by its neighbours."""
    if before in NOUNS and after in VERBS | ADVERBS:
        return "WDT"
    if after in {"NN", "NNS", "JJ"} and before not in VERBS:
        return "DT"
    return "IN"


def _lower(words: Sequence[str]) -> list[str]:
    return [word.lower() for word in words]
