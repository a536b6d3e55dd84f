"""What a raw token's place and capital say, marked before its lemma is looked up.

`vocab.analysis` runs these on the tagged tokens (`RawToken`) after the tag
corrections: the forms of "have", "be" and "do" that help a verb (`mark_auxiliaries`);
a sentence's first word, a headline's words and capitals side by side
(`mark_positions`); the names a text uses and the words it writes in lower case
(`names_in_text`); the capitalised openers that WordNet may write as names
(`ambiguous_openers`) or has as common words (`common_openers_in`); a name's first word
at a sentence's start (`mark_name_starts`); and from all of these, whether a token is a
name (`is_proper_noun`), which `vocab.token_facts` asks once per word type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from vocab.closed_class import CLOSED_CLASS
from vocab.helping_verbs import HELPER_OF, MAX_WORDS_BEFORE_HELPED_VERB, helped_verb
from vocab.raw_tokens import RawToken, WordPositions, by_sentence
from vocab.tokens import OPENING_QUOTES
from vocab.wordinfo import WordInfo


def mark_auxiliaries(raw: list[RawToken], at: WordPositions) -> None:
    """Marks the forms of "have", "be" and "do" that help the verb after them; ``at``
    finds their tokens (only the tokens of helpers' forms are read)."""
    helpers = {text for text in at.texts() if text.lower().replace("’", "'") in HELPER_OF}
    for index in at.of_texts(helpers):
        token = raw[index]
        if not token.penn.startswith("VB"):
            continue
        helper = HELPER_OF[token.text.lower().replace("’", "'")]
        after = raw[index + 1:index + 2 + MAX_WORDS_BEFORE_HELPED_VERB]
        token.auxiliary = helped_verb(helper, ((t.penn, t.sentence) for t in after),
                                      token.sentence) is not None


# Punctuation that may open a sentence before its first word.
_OPENERS = {"``", "(", "''", ":", "`", "--", "-LRB-"}
# A "sentence" most of whose words are capitalised is a headline or a caption
# credit: its capitals say nothing about which words are names.
_HEADLINE_CAPITALISED_SHARE = 0.6


def mark_positions(raw: list[RawToken]) -> None:
    """Marks each sentence's first word, a headline's words and the capitals side by
    side, on tokens fresh from the tagger (their marks all False)."""
    for tokens in by_sentence(raw):
        texts = [t.text for t in tokens]  # read once: each test below walks them
        headline = _title_case_texts(texts)
        first = next((t for t in tokens if t.penn not in _OPENERS and t.text not in '(["“‘'), None)
        if headline:
            for t in tokens:
                t.in_headline = True
        if first is not None:
            first.sentence_initial = True
        if not headline and not _OPENING_QUOTE_MARKS.isdisjoint(texts):
            for quoted in _quotations(tokens):
                # A title quoted in a sentence: 'the article "When Colleges Close, Some
                # Students Never Go Back."' Its capitals are the title's, not names'.
                if _title_case(quoted):
                    for t in quoted:
                        t.in_headline = True
        capitals = [k for k, text in enumerate(texts) if text[:1].isupper()]
        for k, after in zip(capitals, capitals[1:], strict=False):
            # Two capitals in a row, or joined: "New York", "Institute of Technology".
            if after == k + 1 or (after == k + 2 and tokens[k + 1].text in _NAME_JOINTS):
                tokens[k].beside_capital = tokens[after].beside_capital = True


def _title_case(tokens: list[RawToken]) -> bool:
    """Most words capitalised, and only function words in lower case: "correspondent,
    Rupert Wingfield-Hayes, was detained" is a sentence full of names, not a title; nor
    is a speaker naming themselves ("I'm Bryan Lynn.", as VOA's stories end)."""
    return _title_case_texts([t.text for t in tokens])


def _title_case_texts(texts: list[str]) -> bool:
    """`_title_case` of the tokens with these texts."""
    words = [text for text in texts if text[:1].isalpha()]
    if len(words) <= 1:
        return False
    lower_case = [word for word in words if not word[0].isupper()]
    return ((len(words) - len(lower_case)) / len(words) >= _HEADLINE_CAPITALISED_SHARE
            and all(word.lower() in CLOSED_CLASS for word in lower_case)
            # Last: a walk over every pair, which few sentences get to.
            and not any(a == "I" and b.lower() in _AM
                        for a, b in zip(texts, texts[1:], strict=False)))


_AM = frozenset({"'m", "’m", "am"})
_OPENING_QUOTE_MARKS = frozenset(OPENING_QUOTES)
# Lower-case words inside multi-word names: "Secretary of State", "Bank of America".
_NAME_JOINTS = frozenset({"of", "for", "and", "the", "de", "on"})


def _quotations(tokens: list[RawToken]) -> list[list[RawToken]]:
    """The runs of tokens between quotation marks in one sentence."""
    found: list[list[RawToken]] = []
    closing: str | None = None
    run: list[RawToken] = []
    for t in tokens:
        if closing is not None and t.text == closing:
            found.append(run)
            closing, run = None, []
        elif closing is None and t.text in OPENING_QUOTES:
            closing = OPENING_QUOTES[t.text]
        elif closing is not None:
            run.append(t)
    return found


def names_in_text(raw: list[RawToken], texts: Iterable[str]) -> tuple[set[str], set[str]]:
    """Words this text capitalises inside ordinary sentences and never writes in lower
    case, and the words it writes in lower case (``texts``: the tokens' texts, each
    once).

    Editors never gloss names; a word that the text only ever capitalises
    ("Xinhua", "Uyghur") is a name even when the tagger calls it an adjective.
    """
    # Each spelling lower-cased once: a long text repeats its words. Only the capitalised
    # spellings depend on where a token stands.
    lower_seen_as = {text for text in texts if text[:1].islower()}
    capitalised_as = {t.text for t in raw if not t.sentence_initial and not t.in_headline
                      and t.text[:1].isupper()}
    lower_seen = {text.lower() for text in lower_seen_as}
    capitalised = {text.lower() for text in capitalised_as}
    # "I" is always capitalised, and "The" in "The Hague" is still "the".
    return capitalised - lower_seen - CLOSED_CLASS.keys(), lower_seen


def ambiguous_openers(raw: list[RawToken], names: set[str], lower_case: set[str],
                       words: WordInfo) -> set[str]:
    """Lower-case forms of nouns capitalised only because they open a sentence or are
    in a title, that dictionaries know and the text never writes otherwise ("Japan's
    space agency...", "Kenya has...", an exhibit called "Daily Life on the Nile"): a
    name or a common word, as WordNet writes them."""
    return {
        lower for t in raw
        if (t.sentence_initial or t.in_headline) and t.penn in _NOUN_TAGS
        and t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper()
        and (lower := t.text.lower()) not in names and lower not in lower_case
        and lower not in CLOSED_CLASS and words.is_dictionary_word(lower)
        # A plural is the common noun's: "Banks have also come under pressure" is no
        # botanist (WordNet's capitalised "Banks", QA walk-through).
        and not (t.penn == "NNS" and words.lemma(lower, "NNS") != lower)
    }


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def common_openers_in(raw: list[RawToken], names: set[str], words: WordInfo,
                    listed: Callable[[Iterable[str]], set[str]],
                    usually_capitalised: Callable[[Iterable[str]], set[str]]) -> set[str]:
    """Lower-case forms of words capitalised by their place (a sentence's first word, a
    headline's) that the learner word list lacks but WordNet has as a common word, and
    the tagger does not read as a name: "Policymakers met on Tuesday" (WordNet's
    "policymaker"), not "Ushakov said" (no dictionary has it) or "Smith said" (WordNet
    writes its Smiths with a capital)."""
    lemma_of = {
        lower: words.lemma(lower, t.penn)
        for t in raw
        if (t.sentence_initial or t.in_headline) and t.penn not in _NAME_TAGS
        and t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper()
        and not t.starts_name and (lower := t.text.lower()) not in names
        and lower not in CLOSED_CLASS and not words.is_dictionary_word(lower)
    }
    in_wordnet = listed(lemma_of.values())
    capitalised = usually_capitalised(in_wordnet)
    return {lower for lower, lemma in lemma_of.items()
            if lemma in in_wordnet and lemma not in capitalised}


_NAME_TAGS = frozenset({"NNP", "NNPS"})


def mark_name_starts(raw: list[RawToken], names: set[str]) -> None:
    """A capitalised sentence opener followed by a name is the name's first word
    ("Shelley Gollust", "Mario Ritter"): its capital is not only positional."""
    for token, after in zip(raw, raw[1:], strict=False):
        if (
            token.sentence_initial
            and not token.in_headline
            and token.text[:1].isupper()
            and token.text.lower() not in CLOSED_CLASS  # "The BBC", "In Paris"
            and after.sentence == token.sentence
            and after.text[:1].isupper()
            and after.text.isalpha()
            and (after.text.lower() in names or after.penn in {"NNP", "NNPS"})
        ):
            token.starts_name = True


def is_proper_noun(raw: RawToken, names: set[str], lower_case: set[str],
                    common_openers: set[str], words: WordInfo) -> bool:
    text = raw.text
    if not text[:1].isupper():
        return False
    if text.isupper() and len(text) > 1 and text.isalpha():
        return True  # acronyms: NATO, CCTV
    lower = text.lower()
    if lower in names or raw.starts_name:
        return True
    if raw.sentence_initial or raw.in_headline:
        # Capitalised by position, so the capital proves nothing: a name only if
        # English dictionaries do not know the word ("Ushakov" yes; "Effort" no).
        return not (words.is_dictionary_word(lower) or lower in common_openers)
    # A word standing alone that the text also writes in lower case is a common word
    # capitalised as a concept ("Let's examine Verification"); beside another capital
    # it is part of a name ("New York", "the Supreme Court").
    return raw.penn in {"NNP", "NNPS"} and (raw.beside_capital or lower not in lower_case)
