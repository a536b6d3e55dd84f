"""From a clean article to tokens with tags, lemmas, frequencies and levels.

The result (`Analysis`) does not depend on the learner, so it is computed once per
article text and engine version and cached; learner-specific difficulty is a cheap
function of each token and the profile (see ``difficulty.py``).
"""

from __future__ import annotations

import json
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple

from vocab.closed_class import CLOSED_CLASS, NUMBER_WORDS, ORDINAL_WORDS
from vocab.difficulty import COMMON_BASE_ZIPF, DEFAULT_PROFILE, difficult_for, word_level
from vocab.helping_verbs import HELPER_OF, MAX_WORDS_BEFORE_HELPED_VERB, helped_verb
from vocab.models import Article, Expression, Level, Span, Token, WordKey, has_letter
from vocab.raw_tokens import PartsOfSpeech, RawToken, by_sentence
from vocab.retag import retag
from vocab.tagger import Tagger
from vocab.tokens import (
    OPENING_QUOTES,
    balanced_quotes,
    excerpt_around,
    sentence_spans,
    tagger_form,
    tagger_forms,
    word_spans,
)
from vocab.wordinfo import UNSEEN_ZIPF, WordInfo, upos_of_word

if TYPE_CHECKING:
    from vocab.expressions import ExpressionFinder

# Bump when tokens, tags, lemmas or levels would come out differently, so cached
# analyses in learners' stores are recomputed instead of trusted.
# 100: a length of time counted by any ordinal ("for the twentieth year") is no phrasal
#     verb's object either
# 99: a verbless clause's verb after a plural or joined subject is no noun ("Food
#     prices/NNS rise/VBP every winter", "When rents go up, payments rise/VBP.", "flour
#     and butter cost/VBP more"); a past after a noun before an object or a clause's
#     end ("The project cost/VBD millions", "When the storm hit/VBD,"); a reporting
#     clause's verb ("..., health researchers report/VBP.")
# 98: a base-form present after a singular noun it makes a WordNet noun with is that noun
#     ("the British rock band/NN The Northern Lights")
# 97: an adjective made with "-y" from a common word keeps the CEFR list's early level
#     ("noisy", "windy": were C1 by frequency)
# 96: a compound noun read from two common words is no harder than they are ("raincoat")
# 95: a verb and a preposition before a length of time are no phrasal verb ("fell for the
#     second month" is no "fall for")
# 94: a straight quote that opens a quotation is the tagger's opening `` ("crazy/NN" after
#     '"We were a little'); "a little", "a bit" grade an adjective ("was a little crazy/JJ")
# 93: a lower-case word WordNet has as a noun only with a capital is no noun ("a crane
#     lent/VBN by a company", not "Lent"; "back and forth/RB")
# 92: a yes-no question opens with its verb ("Were/VBD they negative/JJ?", "Did/VBD they
# walk/VB home?"); an adjective alone after a possessive is the noun the word is ("its
# centenary with a parade"); a title quoted in «» is a title, as one in “” is;
# 91: "make ends meet" is an expression (WordNet 3.0 lacks it);
# 90: a present-tense verb after a noun and before a verb is the second noun of a
# compound WordNet lists ("The heat wave/VBP sent");
# 89: two nouns that WordNet writes as one noun are that compound ("heat stroke":
# "heatstroke");
# 88: a word tagged singular that lemminflect inflects as a noun is its own lemma ("a
# bottle of cola" was the plural of "colon"), and a comparative tagged as a particle
# is the adjective ("bring cooler air": RP);
# 87: a "to" infinitive is no verb of its sentence: "The new mission aims/VBZ to
# closely examine the rocks" (it was a plural noun);
# 86: a word between Zipf 3.1 and 3.7 is not A1-A2 for the CEFR list's say-so unless it
# is a noun, and no abstract one ("copious", "closeness" were A2; "pear" stays B1);
# 85: after a linking verb and a grading word, a noun-tagged adjective with no noun
# after it is the adjective ("stay more alert at night");
# 84: a word below Zipf 3.0 is not A1-A2 for the CEFR list's say-so ("instrumentality"
# was B1, cefrpy rating it A2 as it does thousands of rare derived words);
# 83: a quoted question or exclamation and the words after it that say who said it
# are one sentence ('“Why not?” asked Tom Baker');
# 82: a past tense the tagger made an adjective, after the subject of a sentence with
# no verb, is the verb ("The wind swept/VBD across the fields.");
# 81: a noun after "some of them", "many of us"... in a sentence with no verb is its
# verb ("Some of them faint/VBP."), an "-ing" word that is no noun before "to" and a
# verb is a participle ("an agreement promising/VBG to identify"), and a
# present-tagged past that is no base is the past ("pictures hung/VBD on");
# 80: a plural the tagger did not know, opening its clause before a verb's past, is
# its subject ("slugs/NNS destroyed", "slugs/NNS ate/VBD");
# 79: a noun-tagged base form of a verb WordNet has no noun of is the verb ("help the
# region adapt/VB");
# 78: a verb idiom a text quotes alone is found though its first word was read as a
# noun ('is "face the music."');
# 77: a word a story reads as a noun is that noun where the tagger made an adjective of
# it with no noun after it ("the coral turns white"), and before one when the story
# reads it so twice and never after "be" ("coral reefs");
# 76: "broke" after "be" with nothing after it, or between a determiner and a noun, is
# the adjective ("he is broke", "a broke person"), not the verb "break";
# 75: a verb's base tagged as its past, participle, "-ing" or "-s" form, which it is
# of no verb, is the verb's base where one is expected, else the noun ("we have spirit");
# 74: a plural rated easier than its singular has its own CEFR level ("pants": A1);
# 73: a hyphenated modifier the dictionary lacks is its own lemma ("low-interest" was
# "low-inter", "so-called" "so-call");
# 72: a split phrasal verb's object may be longer with "of" after its noun ("turned
# the offer of a joint study down");
# 71: a capitalised plural opening a sentence is the common noun ("Banks have");
# 70: "ca"/"wo"/"sha" before "n't" are "can"/"will"/"shall"; "lay", "found", "saw"...
# tagged VB are themselves, not "lie", "find", "see";
# 69: a verb of motion and "down", "up"... before a place or path are no phrasal verb
# ("a tear ran down his face" is no "run down", to trace);
# 68: a noun-tagged verb after "let" and a noun, ending the sentence, is the bare
# infinitive ("letting iron rust/VB.");
# 67: a sentence that opens with a verb's base form before its object is an order
# ("Sprinkle/VB the yeast");
# 66: a noun that is no noun's form but a verb's past is the verb ("in bed slept/VBD");
# 65: a noun WordNet has only as an adverb or an adjective is one ("flour cheaply/RB",
# "icy/JJ surface");
# 64: a noun's modifier WordNet has only as a noun is one though the dictionary
# lacks it ("the telly/NN");
# 63: a verbless clause after a comma or "when" ends with its verb ("she explained, the
# damage spreads/VBZ.", "When a factory closes/VBZ,");
# 62: a closed class's tag on an open-class word is what WordNet says it can be there
# ("city bear the marks": was a preposition), an adjective or adverb WordNet has only as a
# noun is one ("lithium batteries", "treated graffiti as"), and so is "her mural will".
# 61: a sentence whose only verb-tagged words describe nouns ("nursing homes") has a
# verb after its subject, an adjective-tagged one included ("The illness/NN spreads/VBZ");
# 60: "o'clock" has the CEFR level of "clock" (A1), as no word list spells it;
# 59: a run of over 200 characters without a space (data, code) is one token, unlevelled;
# 58: a plural noun after "and" before a time ("stocks and bonds each year") is no
# second verb;
# 57: a WordNet noun compound after a list's nouns is found though the tagger read its
# first word as a verb ("hospitals, and cruise/VB ships");
# 56: a noun-tagged "-ing" verb after "were all" is the participle ("We were all
# shouting/VBG");
# 55: "and" and a plural noun after a verb's "-s" form and its object, before an
# object of its own, is a second verb ("cuts money and delays/VBZ repairs");
# 54: a noun-tagged verb after a plural noun and "that" is the verb ("signs that
# read/VBP "Save Our Libraries."");
# 53: a clause "if" or "when" opens that the tagger gave no verb has one ("when the
# pool closes/VBZ at six", "if Ortiz and his coach meet/VBP certain targets");
# 52: "come up with" and "walk off the job" are expressions, as WordNet 3.0 lacks them;
# 51: a phrasal verb's object between its verb and particle may have a superlative, a
# participle or a compound ("turned its latest offer down", "turned a bank loan down");
# 50: a comparative after a result verb's object is an adjective ("make the problem
# worse"), and "worse", "better" after a linking verb too ("got worse"); 49: "he
# faces/NNS charges/VBZ" is the verb and its object; 48: an adjective-tagged verb after
# a modal or "to" is the verb ("could last for weeks"); 47: a determiner's adjective at
# a clause's end is the noun ("into the net.");
# 46: a noun in a title that WordNet writes as a name is one ("Daily Life on the Nile");
# 45: the nouns a list joins to a verb are verbs ("cough, sneeze or talk"); 44: a
# noun-tagged verb after a modal is the verb ("will hand out"); 43: a
# spelled-out ordinal has no level ("twentieth"), a sentence the tagger gave no
# verb has one after its subject ("Farmers plant seeds"), a verb's particle opens no
# adjective expression ("looked it up on my phone" is no "up on");
# 37: a sentence's first word WordNet has in lower case is no name ("Policymakers");
# 24: a comparative after a linking verb is the adjective's ("grows warmer": JJR, not a
# heater), an adverb in "-s" is an adverb ("carried them upstairs"); 23: numbers spelled
# out are numbers (CD), with no level, as words made with them ("sixteen-year-old"); a
# word in "-est" or "-er" no adjective grades is no superlative or comparative ("them
# digest": VB); 22: a verb tag on a word the dictionary knows only as a noun is the noun
# ("glucose"); 21: have, be and do helping a verb are auxiliaries (AUX: "had washed"),
# and a noun tag after "to" before an object is the verb ("to plant two hundred trees");
# 20: "because", "although", "if"... are conjunctions (SCONJ), not prepositions; 19:
# words side by side that WordNet and the CEFR lists lack are another language's
# ("sukuma wiki"), with no level; 18: an accented word is looked up as English spells it
# plainly ("café" is "cafe", lemma "caf" before); 17: the commonest words (Zipf >= 6)
# are A1 whatever the CEFR list says ("other"); 16: an inflected word has its base
# form's CEFR level for its part of speech ("helps" is "help" as a verb, A1, not
# cefrpy's average over every part of speech, A2); 15: an expression's adjectives and
# adverbs match as written ("tanks are better" is no "be well"); 14: a phrasal verb only
# where what follows fits WordNet's frames ("fell in the last quarter" is no "fall in"),
# an adjective the tagger took for a verb form ("ongoing"), or a comparative for a noun
# or adverb ("calmer", "safer"), is one, a modifier lemminflect's rules would cut to a
# non-word ("other" -> "oth") keeps its form, and a sentence's first word WordNet mostly
# writes as a name is one ("Japan's"); 13: "COVID-19", "mid-2030s" whole; 12: "21st",
# "1990s" whole and unlevelled, a participle as easy as its adjective; 11: "cannot" is
# "can" + "not"; 10: "I'm Bryan Lynn." names its speaker; 9: "according to" is a
# preposition.
ENGINE_VERSION = "100"
# Sentences tagged in one call: enough that the tagger's cost per call stops counting,
# few enough that its arrays stay small.
SENTENCES_PER_TAGGING = 64


class ShownSentence(NamedTuple):
    """A sentence as a learner sees it alone (`Analysis.sentence_shown_at`)."""

    text: str
    word_start: int  # where the word it is shown for starts in ``text``


@dataclass(frozen=True)
class Analysis:
    """An article with every token tagged, lemmatised and levelled."""

    article: Article
    sentences: tuple[Span, ...]
    tokens: tuple[Token, ...]
    expressions: tuple[Expression, ...] = ()
    tagger: str = ""
    engine_version: str = ENGINE_VERSION
    # The meanings the learner chose for words of this article, (lemma, upos) ->
    # synset: they win over the engine's choice wherever the word is read
    # (`with_chosen_senses`). The learner's, not the engine's: never cached with it.
    chosen_senses: Mapping[WordKey, str] = field(default_factory=dict, compare=False)
    _by_sentence: dict[int, range] = field(default_factory=dict, compare=False, repr=False)
    _worked_out: dict[str, frozenset[int]] = field(default_factory=dict, compare=False,
                                                  repr=False)

    def in_subheading(self, sentence: int) -> bool:
        """Whether the sentence is one of the article's subheadings."""
        if "subheadings" not in self._worked_out:
            spans = [self.article.paragraphs[n] for n in self.article.subheadings]
            self._worked_out["subheadings"] = _sentences_within(self.sentences, spans)
        return sentence in self._worked_out["subheadings"]

    def with_chosen_senses(self, chosen: Mapping[WordKey, str]) -> Analysis:
        """The same analysis, read with the learner's chosen meanings."""
        return replace(self, chosen_senses=dict(chosen))

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.article.body[start:end]

    def sentence_shown_at(self, token_index: int) -> ShownSentence:
        """The sentence of the token at ``token_index`` as a learner sees it alone (an
        example, a quiz, a saved word): its quotation marks balanced (`balanced_quotes`,
        any mark added is at its start or end), a long one cut to the words around the
        token (`excerpt_around`); with where the token starts in it."""
        token = self.tokens[token_index]
        sentence = self.sentence_text(token.sentence)
        balanced = balanced_quotes(sentence)
        opening = len(balanced) - len(sentence) if balanced.endswith(sentence) else 0
        start = token.start - self.sentences[token.sentence][0] + opening
        text, start = excerpt_around(balanced, start, start + len(token.text))
        return ShownSentence(text, start)

    def sentence_tokens(self, index: int) -> Sequence[Token]:
        """The tokens of one sentence, in order."""
        if not self._by_sentence:
            self._index_sentences()
        return [self.tokens[i] for i in self._by_sentence.get(index, range(0))]

    def sentence_token_range(self, index: int) -> range:
        if not self._by_sentence:
            self._index_sentences()
        return self._by_sentence.get(index, range(0))

    def _index_sentences(self) -> None:
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        for i, token in enumerate(self.tokens):
            first.setdefault(token.sentence, i)
            last[token.sentence] = i
        for sentence, start in first.items():
            self._by_sentence[sentence] = range(start, last[sentence] + 1)

    def token_at(self, offset: int) -> int | None:
        """Index of the token covering a character offset of the body, if any."""
        import bisect

        starts = [t.start for t in self.tokens]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return i
        return None

    def to_json(self) -> str:
        """A compact JSON form for the store's analysis cache."""
        return json.dumps(
            {
                "engine_version": self.engine_version,
                "tagger": self.tagger,
                "sentences": self.sentences,
                "tokens": [_token_row(t) for t in self.tokens],
                "expressions": [asdict(e) for e in self.expressions],
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, article: Article, text: str) -> Analysis:
        data = json.loads(text)
        return cls(
            article=article,
            sentences=tuple(tuple(s) for s in data["sentences"]),  # type: ignore[misc]
            tokens=tuple(_token_from_row(row, article.body) for row in data["tokens"]),
            expressions=tuple(
                Expression(
                    lemma=e["lemma"],
                    kind=e["kind"],
                    token_indices=tuple(e["token_indices"]),
                    sentence=e["sentence"],
                )
                for e in data["expressions"]
            ),
            tagger=data["tagger"],
            engine_version=data["engine_version"],
        )


def _sentences_within(sentences: Sequence[Span], spans: Iterable[Span]) -> frozenset[int]:
    """The indices of the sentences that lie inside one of ``spans``. One bisect per
    sentence: testing every span made a 100,000-word text's first example sentence
    (its thousands of sentences, its hundreds of short lines) cost ~0.15 s."""
    ordered = sorted(spans)
    starts = [first for first, _ in ordered]
    # The furthest end of the spans that start at or before each one.
    reach = list(accumulate((last for _, last in ordered), max))
    return frozenset(index for index, (start, end) in enumerate(sentences)
                     if (before := bisect_right(starts, start)) and reach[before - 1] >= end)


def _token_row(t: Token) -> list[Any]:
    return [
        t.start,
        t.end,
        t.sentence,
        t.lemma,
        t.pos,
        t.upos,
        t.zipf,
        t.cefr,
        t.level.value if t.level else None,
        t.difficult,
        t.proper_noun,
        t.score,
    ]


def _token_from_row(row: list[Any], body: str) -> Token:
    start, end, sentence, lemma, pos, upos, zipf, cefr, level, difficult, proper, score = row
    # Positional, in Token's field order: a saved analysis is read as the screen opens.
    return Token(body[start:end], start, end, sentence, lemma, pos, upos, zipf, cefr,
                 _LEVELS[level] if level else None, difficult, proper, score)


_LEVELS = {level.value: level for level in Level}


def analyse(
    article: Article, tagger: Tagger, words: WordInfo,
    expressions: ExpressionFinder | None = None,
    usually_capitalised: Callable[[Iterable[str]], set[str]] | None = None,
    listed: Callable[[Iterable[str]], set[str]] | None = None,
    seldom_common: Callable[[Iterable[str]], set[str]] | None = None,
    parts_of_speech: PartsOfSpeech | None = None,
    compound_parts: CompoundParts | None = None,
) -> Analysis:
    """Tokenise, tag, lemmatise and level every word of ``article``.

    With an expression finder, multi-word expressions are found too. With
    ``usually_capitalised`` (`Lexicon.usually_capitalised`), a sentence's capitalised
    first word that dictionaries know is a name when it is mostly written as one
    ("India's government..."), not only when the text capitalises it elsewhere. With
    ``listed`` (`Lexicon.listed`), words side by side that no dictionary or word list
    has are a phrase of another language ("sukuma wiki"), with no level. With
    ``seldom_common`` (`Lexicon.seldom_common_nouns`), such a first word is a name too
    when the learner word list knows it only as one and WordNet's corpus hardly uses
    it as a common noun ("Maria received a letter" was the moon's maria, a B1 word
    glossed and quizzed: QA walk-through; "Turkey is the main dish" stays the bird).
    With ``parts_of_speech`` (`Lexicon.parts_of_speech`), the tag corrections that ask
    WordNet what a word can be run too (`vocab.retag.retag`). With ``compound_parts``
    (`vocab.word_family.transparent_compound_parts` for each lemma asked), a compound
    read from two common words is no harder than they are ("raincoat").
    """
    body = article.body
    sentences = sentence_spans(body, article.paragraphs)
    spans = [word_spans(body[start:end], start) for start, end in sentences]
    texts = [[body[s:e] for s, e in sentence] for sentence in spans]
    # Each text's spelling for the tagger worked out once: a story repeats its words.
    form_of = {text: tagger_form(text) for text in {t for sentence in texts for t in sentence}}
    tags: list[list[str]] = []
    for first in range(0, len(texts), SENTENCES_PER_TAGGING):
        tags += tagger.tag_sentences([tagger_forms(body, sentence, form_of.__getitem__)
                                      for sentence in spans[first:first + SENTENCES_PER_TAGGING]])
    raw = [RawToken(s, e, index, tag, text)
           for index, (sentence, sentence_texts, sentence_tags)
           in enumerate(zip(spans, texts, tags, strict=True))
           for (s, e), text, tag in zip(sentence, sentence_texts, sentence_tags, strict=True)]
    words.prefetch(form_of)  # before the corrections, which look words up
    retag(raw, words, parts_of_speech)
    _mark_auxiliaries(raw, form_of.keys())
    _mark_positions(raw)
    names, lower_case = _names_in_text(raw)
    if usually_capitalised is not None:
        openers = _ambiguous_openers(raw, names, lower_case, words)
        names |= usually_capitalised(openers)
        if seldom_common is not None:
            names |= seldom_common({word for word in openers - names
                                    if words.listed_only_as_name(word)})
    _mark_name_starts(raw, names)
    common_openers = (_common_openers(raw, names, words, listed, usually_capitalised)
                      if listed is not None and usually_capitalised is not None else set())
    tokens = _without_foreign_levels(
        _make_tokens(raw, words, names, lower_case, common_openers), words, listed)
    if compound_parts is not None:
        tokens = _compounds_levelled_by_parts(tokens, words, compound_parts)
    found = tuple(expressions.find(tokens)) if expressions is not None else ()
    return Analysis(
        article=article,
        sentences=tuple(sentences),
        tokens=tokens,
        expressions=found,
        tagger=tagger.name,
    )


def _mark_auxiliaries(raw: list[RawToken], texts: Iterable[str]) -> None:
    """Marks the forms of "have", "be" and "do" that help the verb after them; ``texts``
    are the tokens' texts, each once (only the tokens of helpers' forms are read)."""
    helpers = {text for text in texts if text.lower().replace("’", "'") in HELPER_OF}
    for index in [index for index, token in enumerate(raw) if token.text in helpers]:
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


def _mark_positions(raw: list[RawToken]) -> None:
    """Marks each sentence's first word, a headline's words and the capitals side by
    side, on tokens fresh from the tagger (their marks all False)."""
    for tokens in by_sentence(raw):
        headline = _title_case(tokens)
        first = next((t for t in tokens if t.penn not in _OPENERS and t.text not in '(["“‘'), None)
        if headline:
            for t in tokens:
                t.in_headline = True
        if first is not None:
            first.sentence_initial = True
        texts = [t.text for t in tokens]
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
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    if len(words) <= 1:
        return False
    lower_case = [word for word in words if not word[0].isupper()]
    return ((len(words) - len(lower_case)) / len(words) >= _HEADLINE_CAPITALISED_SHARE
            and all(word.lower() in CLOSED_CLASS for word in lower_case)
            # Last: a walk over every pair, which few sentences get to.
            and not any(a.text == "I" and b.text.lower() in _AM
                        for a, b in zip(tokens, tokens[1:], strict=False)))


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


def _names_in_text(raw: list[RawToken]) -> tuple[set[str], set[str]]:
    """Words this text capitalises inside ordinary sentences and never writes in lower
    case, and the words it writes in lower case.

    Editors never gloss names; a word that the text only ever capitalises
    ("Xinhua", "Uyghur") is a name even when the tagger calls it an adjective.
    """
    lower_seen: set[str] = set()
    capitalised: set[str] = set()
    for t in raw:
        if t.text[:1].islower():
            lower_seen.add(t.text.lower())
        elif t.text[:1].isupper() and not t.sentence_initial and not t.in_headline:
            capitalised.add(t.text.lower())
    # "I" is always capitalised, and "The" in "The Hague" is still "the".
    return capitalised - lower_seen - CLOSED_CLASS.keys(), lower_seen


def _ambiguous_openers(raw: list[RawToken], names: set[str], lower_case: set[str],
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


def _common_openers(raw: list[RawToken], names: set[str], words: WordInfo,
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


def _mark_name_starts(raw: list[RawToken], names: set[str]) -> None:
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


def _make_tokens(raw: list[RawToken], words: WordInfo, names: set[str],
                 lower_case: set[str], common_openers: set[str]) -> tuple[Token, ...]:
    """Tokens with their lemma, level and difficulty, worked out once per word type.

    What a token is depends on its spelling, its tag and whether it is a name; a
    10,000-word text has a few thousand such types, so per-token work is a look-up.
    """
    # Whether a token is a word, and a name, depends on these of its fields alone:
    # worked out once for each set of them (a token that has it), not for each token.
    marks = [(t.text, t.penn, t.auxiliary, t.sentence_initial, t.in_headline, t.starts_name,
              t.beside_capital) for t in raw]
    key_of = {mark: _type_key(token, names, lower_case, common_openers, words)
              for mark, token in dict(zip(marks, raw, strict=True)).items()}
    types = dict.fromkeys(key_of.values())
    words.prefetch(words.lemma(text, _common_tag(penn, proper))
                   for text, penn, _, proper, _ in types)
    # Positional fields in Token's order: much faster than keywords, token by token.
    facts = {key: _in_token_order(_type_facts(*key, words)) for key in types}
    facts_of = {mark: facts[key] for mark, key in key_of.items()}  # one look-up per token
    return tuple(Token(t.text, t.start, t.end, t.sentence, *facts_of[mark])
                 for t, mark in zip(raw, marks, strict=True))


def _type_key(token: RawToken, names: set[str], lower_case: set[str],
              common_openers: set[str], words: WordInfo) -> tuple[str, str, bool, bool, bool]:
    """What `_type_facts` works from: the text, the tag, whether the token is a word and
    a name, and whether it helps a verb."""
    is_word = has_letter(token.text)
    return (token.text, token.penn, is_word,
            is_word and _is_proper_noun(token, names, lower_case, common_openers, words),
            token.auxiliary)


# Token's fields after its place in the text, which `_type_facts` works out per type.
_TYPE_FIELDS = tuple(f.name for f in fields(Token))[4:]


def _in_token_order(facts: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(facts[name] for name in _TYPE_FIELDS)


def _common_tag(penn: str, proper: bool) -> str:
    if not proper and penn in {"NNP", "NNPS"}:
        # A capitalised common word (sentence start, headline): treat it as a noun.
        return "NNS" if penn == "NNPS" else "NN"
    return penn


# Tags the perceptron gives adjectives it does not know: "ongoing" VBG, "calmer" NN,
# "cheaper" VBN, "bring cooler air" RP.
_ADJECTIVE_SLIPS = frozenset({"NN", "RB", "RP", "VBN", "VBD", "VB", "VBP", "VBG", "VBZ"})


def _type_facts(text: str, penn: str, is_word: bool, proper: bool, auxiliary: bool,
                words: WordInfo) -> dict[str, Any]:
    """Token fields for one word type: lemma, tag, level, default difficulty."""
    penn = _common_tag(penn, proper)
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
            or _counts_with_words(text)):
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


# Words of another language side by side ("c'est la vie", "hasta la vista") are a
# quotation of it, not English words to learn; one such word alone is a loan
# ("merci", "fiesta") and keeps its level.
FOREIGN_RUN = 2
# French and Italian elisions ("c'est", "l'amour"): the word is what follows.
_ELIDED_PREFIX = 2


def _without_foreign_levels(
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


def _compounds_levelled_by_parts(tokens: tuple[Token, ...], words: WordInfo,
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


def _is_proper_noun(raw: RawToken, names: set[str], lower_case: set[str],
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
