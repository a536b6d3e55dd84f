"""From a clean article to tokens with tags, lemmas, frequencies and levels.

The result (`Analysis`) does not depend on the learner, so it is computed once per
article text and engine version and cached; learner-specific difficulty is a cheap
function of each token and the profile (see ``difficulty.py``). `analyse` runs the steps
in order over modules of their own: the tag corrections (`vocab.retag`), the marks of
helping verbs, places and names (`vocab.token_marks`), each word type's lemma and level
(`vocab.token_facts`), and the levels revised by what is beside a word or in it
(`vocab.level_revisions`).
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple

from vocab.level_revisions import CompoundParts, compounds_levelled_by_parts, without_foreign_levels
from vocab.models import Article, Expression, Level, Span, Token, WordKey
from vocab.raw_tokens import PartsOfSpeech, RawToken, WordPositions
from vocab.retag import retag, retag_sentence_openers
from vocab.retag_words import PosCounts
from vocab.tagger import Tagger
from vocab.token_facts import make_tokens
from vocab.token_marks import (
    ambiguous_openers,
    common_openers_in,
    mark_auxiliaries,
    mark_name_starts,
    mark_positions,
    names_in_text,
)
from vocab.tokens import (
    balanced_quotes,
    excerpt_around,
    sentence_spans,
    tagger_form,
    tagger_forms,
    word_spans,
)
from vocab.wordinfo import WordInfo

if TYPE_CHECKING:
    from vocab.expressions import ExpressionFinder

# Bump when tokens, tags, lemmas or levels would come out differently, so cached
# analyses in learners' stores are recomputed instead of trusted.
# 127: an -ing form ending its clause after a linking verb is the adjective when that is
# in use often enough against the verb ("the views are stunning": "stunning", not "stun").
#      a long wording loses a qualifier with no comma ("...of an animal especially when
# elongated"), an example ("such as...") and its second relative clause ("phone"); a
# family noun WordNet links a sense to is said by that sense's plainer name ("photos"),
# a state named by its own adjective by what it means ("the quality of having few parts").
#      Senses: no factory makes what "the sun produces"; a field's head sense ("plant")
# where other nouns of its field are used; "bankers in suits" lists no suits as people.
# 126: a wording longer than a line loses its asides and later clauses ("jail"), a
# verb said by its own noun takes that noun's plainer name ("inflict harm upon"); a
# noun counted with "a" is no substance ("a glass of milk"), "of every position" after
# "players" the role a gloss names a player's, and a noun before a noun is not of its
# kind ("air quality" is no quality).
# 125: goods before a place sold at ("a fruit stall"), the stuff a verb's gloss takes
# ("tested the soil"), stuff listed with stuff, "of every rank" (a status) read so.
# 124: a word a verb's gloss names in brackets, or a noun's "of some substance", is of
# the field of the object or the noun before it ("consume coal": use up, "water tablets").
# 123: "wants to be alert/JJ in class" (NN), "The secretary-general/NN spoke/VBD" (JJ, NN).
# 122: a counted noun taking "to" and a noun phrase has the sense whose example has it
# so ("a testament to their courage": evidence, not a profession of belief).
# 121: a bare singular noun favours a sense WordNet shows uncounted ("lost trust in the
# police" is reliance, not property held in trust).
# 120: a noun-tagged verb before its particle after a plural subject ("Workers hand/VBP
# out"), or ending a "how"/"where" clause after one ("how the frogs breed/VBP."), is the verb.
# 119: "She walks/VBD" is the present, "secretary-general/JJ" a noun, "Geese/JJ fly/NNS
# south" a plural and its verb, "the first moon landing/VBG on TV" the noun.
# 118: a verb of motion and "home" say where someone went ("have come home" is no "come
# home", to become clear); a verb, a bare noun and an adjective are the verb, its object
# and what it is made ("make water safe"); a participle right after its noun is passive
# ("objects held in museums"); a participle after "in" opens its phrase ("giving
# farmers in developing countries").
# 117: "two brothers will stand trial" is at law, "an aide to the mayor" no military
# assistant, a permit one receives or shows the document.
# 116: the word a hedge softens keeps its part of speech ("kind of cold/JJ").
# 115: "the bush's flowers and stems/VBZ", "the tree's buds/NN" are plural nouns.
# 114: "the return of the sailors" is their coming back, "a builder named Tom Harris" a
# person, "permits to fish" the document, "critics argue" express a judgment, "they went
# on trial" is at law.
# 113: "was kind of cold", "she sort of likes" are the hedge, whatever the tagger read after "of".
# 112: a noun's "of" phrase or possessive naming a person fits only a gloss's person ("the
# trial of the mayor", "his trial", "the release of the hostages"); "the way in which
# something is composed" takes an "of" phrase ("makeup of").
# 111: "heard the door close/VB" (RB), "The bridge opening/NN delayed/VBD traffic" (VBG, VBN),
#     "wrote The Road to Power/NNP" (VB).
# 110: "was charged with theft" is the verb charge (blame), not the adjective "charged".
# 109: "saw the stone sink/VB" (NN), "Interpol reports/VBZ that" (NNS), "wear tuxedos/NNS" (JJ),
#     "The ship landing/NN surprised" (VBG), "How to Get Ahead/RB", "visited and met/VBD",
#     "lakes mapped/VBN on Europa's surface were" (VBD).
# 108: "The criminal stole/VBD the car" (NN), "drone strikes/NNS hit/VBD the village"
#     (VBZ, NN), "eat properly, rest/VB and drink water" (NN), "Complete/VB the form"
#     (JJ), "Please wait/VB here" (NN), "Avoid/VB binge-eating/VBG snacks" (JJ, NN),
#     "Imagine/VB you are" (NN), "states that neighbor/VBP Russia" (NN), "return to
#     Earth/NNP" (VB), "Pause/VB the audio" (IN), "let's talk/VB" (NN), "Adverbs
#     give/VBP hints" (JJ), "Before you leave, water/VB the plants" (NN). A gloss narrowed to a
#     field ("in playing baseball", "especially a religion") is of it.
# 107: "Police confiscate/VBP phones" (was NN), "its past tense/NN form" (JJ), "Even
#     binge-watching/VBG movies ... loses" (JJ), "The mechanic/NN fixed/VBD my car" (JJ, VBN).
# 106: a word's frequency leaves out its spellings in parts ("under-went", "re-building"):
#     "undergo", "overcome" and "rebuild" were A1-A2, now B1 or harder
# 105: "p.m." is its own lemma (was "p.m"); "[ ]" are brackets (was NN); a first word the
#     story writes only with a capital inside sentences is a name ("Xi/NNP"); "Exercise
#     lowers/VBZ blood/NN", "Some cities banned/VBD cars", "We all share/VBP", "Make the
#     steps easy/JJ to follow", "homes near train/NN stations sell", "Tumor cells
#     grow/VBP and spread/VBP", "Young birds learn/VBP quickly".
# 104: a sentence's capitalised first word is tagged as in lower case ("Weather/NN
#     experts", was PRP$; "Electric/JJ cars", was a name's NNP), and is a plural noun
#     when a plural ("Schools/NNS"); a capital letter's stop before "The", "It"... ends a
#     sentence ("the letter V. The names"); "busy cleaning/VBG"; "Ski lifts/NNS close/VBP";
#     "sells clothes online/RB", "stood nearby/RB"; "Children/NNS"; "stayed awake/JJ";
#     a verb's "-s" form that is no noun is the verb ("Research suggests/VBZ that");
#     "the evidence so far points/VBZ", "poor sleep/NN causes"; "to Ukraine/NNP"
# 103: a capitalised abbreviation or an initial keeps its full stop inside a sentence
#     ("Dr.", "Inc.", "J."), as Treebank writes it; a sentence ends at an abbreviation's
#     stop before "Its", "We"...; a noun WordNet has as a verb too, read as an adjective
#     before a noun, is the noun ("Bread/NN prices"); "prices double/VBP when", "without
#     warning/NN last month", "got wet playing/VBG", "Rice prices double/VBP in a dry year"
# 102: a web or e-mail address is one token with no level ("learningenglish@voanews.com"
#     had made a noun "com"), and so is a suffix named alone ("the -ing ending")
# 101: a clause beside another that has its verb has one too ("Heating costs rise/VBP in
#     winter and families pay more", "When the economy slows and demand falls/VBZ,"); an
#     adjective after a linking verb ("got wet/JJ"), a noun after "without" ("without
#     warning/NN"), "Dr" before its full stop or a name (NNP)
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
ENGINE_VERSION = "127"
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
    pos_counts: PosCounts | None = None,
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
    read from two common words is no harder than they are ("raincoat"). With
    ``pos_counts`` (`Lexicon.pos_counts`), a word after "be" the tagger read as a verb
    form is the adjective or noun SemCor reads it as more often ("to be alert/JJ").
    """
    body = article.body
    sentences = sentence_spans(body, article.paragraphs)
    spans = [word_spans(body[start:end], start) for start, end in sentences]
    texts = [[body[s:e] for s, e in sentence] for sentence in spans]
    # Each text's spelling for the tagger worked out once: a story repeats its words.
    form_of = {text: tagger_form(text) for text in {t for sentence in texts for t in sentence}}
    tags: list[list[str]] = []
    forms = [tagger_forms(body, sentence, form_of.__getitem__, sentence_texts)
             for sentence, sentence_texts in zip(spans, texts, strict=True)]
    for first in range(0, len(texts), SENTENCES_PER_TAGGING):
        tags += tagger.tag_sentences(forms[first:first + SENTENCES_PER_TAGGING])
    words.prefetch(form_of)  # before the corrections, which look words up
    retag_sentence_openers(forms, tags, tagger.tag_sentences, words, usually_capitalised)
    raw = [RawToken(s, e, index, tag, text)
           for index, (sentence, sentence_texts, sentence_tags)
           in enumerate(zip(spans, texts, tags, strict=True))
           for (s, e), text, tag in zip(sentence, sentence_texts, sentence_tags, strict=True)]
    at = WordPositions(raw)  # texts never change: found once for all that follows
    retag(raw, words, parts_of_speech, pos_counts, at)
    mark_auxiliaries(raw, at)
    mark_positions(raw)
    names, lower_case = names_in_text(raw, at.texts())
    if usually_capitalised is not None:
        openers = ambiguous_openers(raw, names, lower_case, words)
        names |= usually_capitalised(openers)
        if seldom_common is not None:
            names |= seldom_common({word for word in openers - names
                                    if words.listed_only_as_name(word)})
    mark_name_starts(raw, names)
    common_openers = (common_openers_in(raw, names, words, listed, usually_capitalised)
                      if listed is not None and usually_capitalised is not None else set())
    tokens = without_foreign_levels(
        make_tokens(raw, words, names, lower_case, common_openers), words, listed)
    if compound_parts is not None:
        tokens = compounds_levelled_by_parts(tokens, words, compound_parts)
    found = tuple(expressions.find(tokens)) if expressions is not None else ()
    return Analysis(
        article=article,
        sentences=tuple(sentences),
        tokens=tokens,
        expressions=found,
        tagger=tagger.name,
    )
