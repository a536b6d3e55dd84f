"""Plain data the engine passes around: articles, tokens, senses, glossary entries.

Every text position is a character offset into ``Article.body``; the engine never
returns markup, so the app can style article text without parsing it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Literal
from urllib.parse import urlsplit

Span = tuple[int, int]

# VOA named as a story's source in a line the cleaning took out: a credit, a sign-off.
_VOA_CREDIT = re.compile(r"\bVOA\b|Voice of America")


class Level(StrEnum):
    """CEFR levels, easiest first. ``Level.B1 < Level.B2`` compares by rank."""

    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"

    @property
    def rank(self) -> int:
        # Keyed by the member itself (a str equal to its value): ``self.value`` goes
        # through the enum's descriptor, ~17,000 times at 10,000 words.
        return _LEVEL_RANKS[self]

    def __lt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Level):
            return NotImplemented
        return _LEVEL_RANKS[self] < _LEVEL_RANKS[other]

    def __le__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Level):
            return NotImplemented
        return _LEVEL_RANKS[self] <= _LEVEL_RANKS[other]

    def __gt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Level):
            return NotImplemented
        return _LEVEL_RANKS[self] > _LEVEL_RANKS[other]

    def __ge__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Level):
            return NotImplemented
        return _LEVEL_RANKS[self] >= _LEVEL_RANKS[other]


_LEVEL_ORDER = ("A1", "A2", "B1", "B2", "C1", "C2")
_LEVEL_RANKS = {name: rank for rank, name in enumerate(_LEVEL_ORDER)}  # asked per word
# The levels by rank, easiest first: ``LEVELS[rank]`` (``list(Level)`` walks the enum's
# members through a generator, per word).
LEVELS: tuple[Level, ...] = tuple(Level)


class WordStatus(StrEnum):
    """What a learner has said about a word. Anything unmarked is ``NEW``."""

    NEW = "new"
    LEARNING = "learning"
    KNOWN = "known"
    IGNORED = "ignored"


# A word as the learner knows it: (lemma, coarse POS). The POS is a Universal
# tag ("NOUN", "VERB", "ADJ", "ADV", ...) or "" for "any part of speech".
WordKey = tuple[str, str]


# Tags of a verb's form a learner may have marked as an adjective: the participles,
# and the adjective the tagger lemmatises as its verb ("an overwhelmed/JJ nurse").
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG", "JJ"})


def participle_form(token: Token) -> str:
    """The form of a participle (or of an adjective lemmatised as its verb), in lower
    case, under which the learner may have marked it as an adjective; else ""."""
    if token.pos not in _PARTICIPLE_TAGS:
        return ""
    form = token.text.lower()
    return form if form != token.lemma.lower() else ""


@dataclass(frozen=True)
class LearnerProfile:
    """Who is reading: the target level and the words they have marked.

    The engine takes this as an argument; it keeps no learner state of its own.
    """

    level: Level = Level.B1
    statuses: Mapping[WordKey, WordStatus] = field(default_factory=dict)

    def status_of(self, lemma: str, upos: str = "", adjective: str = "") -> WordStatus:
        """The learner's status for a lemma, preferring the POS-specific mark, then the
        any-POS one, then the mark of ``adjective`` (a participle's form read as an
        adjective, `participle_form`), then the lemma's mark in another part of speech:
        the tagger may read one word two ways in one story ("salty soil" a noun here, an
        adjective there), and a learner marks words, not tags."""
        key = lemma.lower()
        found = self.statuses.get((key, upos))
        if found is None and upos:
            found = self.statuses.get((key, ""))
        if found is None and adjective:
            found = self.statuses.get((adjective, "ADJ"))
        if found is None:
            found = self._marked_lemmas.get(key)
        return found or WordStatus.NEW

    def status_of_token(self, token: Token) -> WordStatus:
        """The learner's status for the word ``token`` is: "overwhelmed" marked known
        where word details read it as the adjective is known where the tagger reads
        the verb's participle ("Staff were overwhelmed"), and the other way round (it
        was asked in a quiz and made "overwhelm" a learning card: QA walk-through)."""
        return self.status_of(token.lemma, token.upos, participle_form(token))

    @cached_property
    def _marked_lemmas(self) -> dict[str, WordStatus]:
        """Each marked lemma's first mark, whatever its part of speech."""
        found: dict[str, WordStatus] = {}
        for (lemma, _), status in self.statuses.items():
            if status is not WordStatus.NEW:
                found.setdefault(lemma, status)
        return found

    def marks_digest(self) -> str:
        """A short digest of the marks, the same for the same marks in any process: what
        figures worked out with them (an article's known share) are kept under."""
        digest = hashlib.blake2b(digest_size=8)
        for (lemma, upos), status in sorted(self.statuses.items()):
            digest.update(f"{lemma}\t{upos}\t{status.value}\n".encode())
        return digest.hexdigest()


GlossarySource = Literal["article", "generated"]
# How the app and the handout head each source's entries, in the order they come.
GLOSSARY_HEADINGS: dict[GlossarySource, str] = {
    "article": "From the story (VOA's own list)",
    # The story's key words for this learner: some at their level (as VOA glosses too),
    # so not all are highlighted; "for your level" promised only harder ones.
    "generated": "Key words of this story",
}
# The story's own list when the story is not VOA's: a teacher's own text, printed with
# its "Words in This Story", was headed "VOA's own list" (QA walk-through).
OWN_LIST_HEADINGS: dict[GlossarySource, str] = {
    **GLOSSARY_HEADINGS, "article": "From the story (its own list)"}


def glossary_headings(article: Article) -> dict[GlossarySource, str]:
    """How each source's entries are headed for ``article``: its own list is VOA's only
    when the story is (`Article.from_voa`)."""
    return GLOSSARY_HEADINGS if article.from_voa else OWN_LIST_HEADINGS


@dataclass(frozen=True)
class GlossaryEntry:
    """One line of "Words in This Story": ``word –pos. definition``.

    ``pos`` is VOA's label without the dash: "n.", "v.", "adj.", "adv.",
    "phrase", "idiom" (or what VOA printed, e.g. "prep."); ``note`` holds
    a qualifier VOA prints after it, such as "(pl.)".
    """

    word: str
    lemma: str
    pos: str
    definition: str
    example: str = ""
    source: GlossarySource = "generated"
    note: str = ""

    @property
    def label(self) -> str:
        """The part of speech as VOA prints it, e.g. "n. (pl.)"."""
        return f"{self.pos} {self.note}".strip()

    def as_voa_line(self) -> str:
        """The entry in VOA's layout: ``affairs –n. (pl.) work or activities ...``."""
        return f"{self.word} –{self.label} {self.definition}"


@dataclass(frozen=True)
class PlainText:
    """Text extracted from a file, with what its format told us about it."""

    text: str
    title: str | None = None
    author: str = ""
    published: str = ""
    left_out: tuple[str, ...] = ()  # a web page's text the extractor left out, in order
    # The lines the source itself marks as headings (Markdown's "## ...", a page's
    # <h2>...<h6>), as written in ``text``.
    headings: tuple[str, ...] = ()
    # Those of ``headings`` that head a part even as the text's first line: a page's
    # <h3>...<h6> (a site may set its standfirst, the story's summary, in an <h2>).
    section_headings: tuple[str, ...] = ()
    # A web page too long to read whole (`vocab.html_text.MAX_PAGE_CHARS`): only its
    # first part was read.
    first_part_only: bool = False


@dataclass(frozen=True)
class Article:
    """A cleaned text ready to read: no clutter, no glossary in the body."""

    title: str
    body: str
    paragraphs: tuple[Span, ...]
    source: str = ""
    removed: tuple[str, ...] = ()  # what the cleaning took out of the text, in order
    glossary: tuple[GlossaryEntry, ...] = ()
    author: str = ""
    published: str = ""
    # A web page's text around the article, which its extractor left out (menus,
    # captions, share buttons, footers), in page order.
    left_out: tuple[str, ...] = ()
    # How many lines of code or encoded data the cleaning left out (counted only).
    data_lines: int = 0
    # The paragraphs the source itself marks as headings (Markdown's "## Introduction"),
    # which are subheadings wherever they stand.
    headings: tuple[int, ...] = ()
    # Only the first part of a page too long to read whole was read (the import says
    # so: the story's end may be missing).
    first_part_only: bool = False

    def __post_init__(self) -> None:
        # The store reads a saved article back from JSON, where a tuple is a list.
        if not isinstance(self.headings, tuple):
            object.__setattr__(self, "headings", tuple(self.headings))

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    @property
    def from_voa(self) -> bool:
        """Whether the story is VOA's: fetched from its site, or credited to it in the
        lines the cleaning took out ("... adapted this story for VOA Learning English",
        "(Jane Doe/VOA)")."""
        host = (urlsplit(self.source).hostname or "") if "://" in self.source else ""
        return (host == "voanews.com" or host.endswith(".voanews.com")
                or any(_VOA_CREDIT.search(line) for line in (*self.removed, *self.left_out)))

    @property
    def subheadings(self) -> frozenset[int]:
        """The indices of the paragraphs that are subheadings (`is_subheading`), each
        between two that are not: short lines one after another are a list. Never the
        first: a story opens with text, and a short line under the headline is its
        standfirst (the one-sentence summary), which heads nothing; but for a heading
        over a list ("Key points" of a live page). The paragraphs the source marks as
        headings (`headings`) are subheadings wherever they stand: a Markdown file's
        opening "## Introduction" had printed as a plain line."""
        texts = [self.body[start:end].strip() for start, end in self.paragraphs]
        short = [is_subheading(text) for text in texts]
        opens_list = len(texts) > 1 and _LIST_ITEM.match(texts[1]) is not None
        marked = frozenset(n for n in self.headings if 0 <= n < len(texts))
        return marked | frozenset(
            n for n, heading in enumerate(short) if heading and (n or opens_list)
            and not (n and short[n - 1]) and not (n + 1 < len(short) and short[n + 1]))


# How many questions a quiz asks, in the app, `reader quiz` and a lesson alike: the
# command's help said 12 and a lesson had 10 (QA walk-through). The quiz's word lists
# are sized for ten (`vocab.quiz_words.MIN_TARGETS`).
QUIZ_QUESTIONS = 10


# A subheading is a line of at most this many words without a sentence's closing mark
# ("Effort to block NATO expansion"), or a question of at most the second ("Who pays?").
SUBHEADING_WORDS = 12
SUBHEADING_QUESTION_WORDS = 5
# A list's item as the cleaning writes it ("- fewer days", "• happier", "2. more").
_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u2013]|\d{1,2}[.)])\s")
# A cell a table's row names by its column, as `vocab.table_text` writes one.
_NAMED_CELL = re.compile(r" \u2014 [^:\u2014]{1,60}: \S")
_SENTENCE_CLOSERS = frozenset('.!:;,"”’)…')


def is_subheading(text: str) -> bool:
    """Whether a paragraph reads as a subheading: a short capitalised line that no
    sentence's mark closes. Read as a sentence, it was a quiz's gap sentence and a
    plain paragraph of a teacher's handout (QA walk-through)."""
    words = text.split()
    if not words or len(words) > SUBHEADING_WORDS or "\n" in text or not text[:1].isupper():
        return False
    if _NAMED_CELL.search(text):
        return False  # a table's row ("Apples — Price: 2.10"), however short
    last = text[-1]
    if last == "?":
        return len(words) <= SUBHEADING_QUESTION_WORDS
    return last not in _SENTENCE_CLOSERS


def without_initial_capital(word: str) -> str:
    """``word`` in lower case when a first capital is its only one ("Attendance",
    "Other"): the capital a sentence's start gives a word. "NATO", "iPhone" and "I" are
    kept as written."""
    return word.lower() if word[:1].isupper() and word[1:].islower() else word


def has_letter(text: str) -> bool:
    """Whether ``text`` has a letter: a word, not punctuation or a number."""
    # isalpha() settles plain words in C; the scan is for "co-op", "3D", "don't".
    return text.isalpha() or any(ch.isalpha() for ch in text)


# Not frozen: a frozen dataclass sets each of its 13 fields through
# object.__setattr__, which made building the tokens of a 100,000-word text take
# 0.33 s instead of 0.17 s (a fifth of the whole analysis). Tokens are still never
# changed after they are made (`dataclasses.replace` makes a new one), and hash as
# a frozen one would.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A word or punctuation mark of an article, with what the engine knows of it.

    ``pos`` is the Penn Treebank tag, ``upos`` the Universal one. ``zipf`` is the
    lemma's frequency on wordfreq's Zipf scale (summed over inflected forms);
    ``cefr`` is the level of the word for its POS (None when unknown);
    ``level`` combines the signals into the level a learner needs to know this
    word in this context. ``difficult`` is for the default learner (B1). Treat it
    as immutable: analyses are shared between screens and threads.
    """

    text: str
    start: int
    end: int
    sentence: int
    lemma: str
    pos: str
    upos: str
    zipf: float = 0.0
    cefr: str | None = None
    level: Level | None = None
    difficult: bool = False
    proper_noun: bool = False
    score: float = 0.0

    @property
    def is_word(self) -> bool:
        text = self.text
        return text.isalpha() or has_letter(text)  # the first test settles most tokens

    @property
    def dictionary_spelling(self) -> str:
        """The word as written, shown alone as a dictionary spells it: "attendance" for
        the "Attendance" that starts a sentence. A name keeps its capital ("Norway"), and
        so does a word written with more than a first capital ("NATO", "iPhone") or of
        one letter ("I"): those capitals are the word's own, not the sentence's."""
        return self.text if self.proper_noun else without_initial_capital(self.text)


ExpressionKind = Literal["phrase", "idiom", "phrasal verb", "compound"]


@dataclass(frozen=True, slots=True)
class Expression:
    """A multi-word expression found in the text, possibly split ("turned the offer down")."""

    lemma: str
    kind: ExpressionKind
    token_indices: tuple[int, ...]
    sentence: int


# WordNet's sentence frames for verbs (the numbers of its ``frames.vrb``). Those whose
# verb takes a noun phrase straight after it ("Somebody ----s something", "... somebody",
# "... somebody PP"...):
OBJECT_FRAMES = frozenset({5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31})
# Those whose verb takes no object: nothing, a preposition or an adjective ("Somebody
# ----s", "Something ----s", "Somebody ----s PP", "Somebody ----s Adjective"...):
NO_OBJECT_FRAMES = frozenset({1, 2, 3, 4, 6, 7, 12, 13, 22, 23, 27})
# Frames after which a noun phrase may follow besides an object: a complement ("became
# a doctor") or a clause whose "that" is left out ("said the plan failed").
WITH_OBJECT_FRAMES = OBJECT_FRAMES | {6, 26}
# A bare infinitive ("get to *see*") and "Somebody ----s to INFINITIVE" ("aims to
# preserve": intends; "failed to act").
INFINITIVE_FRAMES = frozenset({32, 35})
TO_INFINITIVE_FRAME = 28


# Not frozen, for the reason given at `Token`: a 10,000-word text reads ~5,000 senses.
@dataclass(slots=True, unsafe_hash=True)
class Sense:
    """One WordNet sense of a lemma, as stored in the compiled lexicon.

    ``rank`` is 1 for WordNet's most frequent sense of the lemma in ``pos``;
    ``count`` is the SemCor tag count for this lemma in this sense.
    ``pos`` is WordNet's: "n", "v", "a" (adjectives, satellites included) or "r".
    ``person`` is True when the sense is a person WordNet names with a capital
    ("Ford", "Graves", "the Devil").
    Treat it as immutable: the sense caches share one object between texts.
    """

    synset: str
    pos: str
    lemma: str
    rank: int
    count: int
    definition: str
    examples: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    lexname: str = ""
    person: bool = False
    # The numbers of the sentence frames WordNet gives a verb sense (`OBJECT_FRAMES`...).
    frames: frozenset[int] = frozenset()
    # WordNet writes the lemma with a capital in this sense: a name ("Russia", "Putin",
    # "Turkey" the country), which a name in the text may mean; "marsh" may not.
    capitalised: bool = False

    @property
    def to_infinitive(self) -> bool:
        """A verb sense WordNet frames as "Somebody ----s to INFINITIVE" ("aim": to intend)."""
        return TO_INFINITIVE_FRAME in self.frames


@dataclass(frozen=True)
class WordDetails:
    """Everything the app shows for one selected token."""

    token: Token
    sentence: str
    sense: Sense | None
    other_senses: tuple[Sense, ...]
    voa_pos: str
    ipa: str = ""
    ipa_of: str = ""  # the word the IPA says: the form in the text, else its lemma
    # The expression of three words or more the token is part of ("keep in touch"), and
    # what it means here, worded as the glossary words it ("" when WordNet lacks it).
    expression: Expression | None = None
    expression_definition: str = ""
    # The expression's sense used here (the learner's choice when they made one), its
    # other senses, and each of those as it would be worded once chosen (`define_each`).
    expression_sense: Sense | None = None
    expression_others: tuple[Sense, ...] = ()
    expression_other_definitions: tuple[str, ...] = ()
    glossary_entry: GlossaryEntry | None = None
    # The sense used here in the words the glossary would print for it (`define`).
    definition: str = ""
    # Each of ``other_senses`` in the words it would be shown in if chosen, "" where
    # no wording reads without the word (`definitions.define_each`).
    other_definitions: tuple[str, ...] = ()
    # A hyphenated word WordNet lacks ("methane-filled"): its parts and their usual
    # meanings (`word_parts.part_meanings`).
    parts: tuple[tuple[str, str], ...] = ()
    # The dictionary form as the context reads the word, and its frequency, when not
    # the token's: "binding" (an adjective) in "legally binding", not "bind".
    headword: str = ""
    headword_zipf: float = 0.0


class ArticleError(ValueError):
    """A text the learner gave us cannot be read; the message says why, in plain words."""


class LanguageDataMissing(RuntimeError):
    """WordNet or another resource is not installed; the message says what to run."""
