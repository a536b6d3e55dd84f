"""What the app shows for a selected word (`word_details`): its lemma, part of speech,
level, pronunciation, the sense its sentence uses and the others; the glossary and
the word view share the sense chooser behind it (`vocab.senses`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from vocab.expression_use import shown_expression
from vocab.models import Sense, Token, WordDetails
from vocab.pronounce import HETERONYMS
from vocab.senses import SenseChooser, voa_label
from vocab.verb_objects import TIME_UNITS

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.pronounce import Pronouncer


def _tense_in_context(analysis: Analysis, token_index: int) -> str:
    """The token's tag, with a present the sentence puts in the past: the tagger takes
    "read" after "I" or "we" for a present ("I read the news yesterday"), and the past
    is said /rɛd/. Only verbs whose past is spelled as their present."""
    token = analysis.tokens[token_index]
    if token.pos not in {"VB", "VBP"} or token.text.lower() not in _SAME_SPELLED_PASTS:
        return token.pos
    sentence = analysis.sentence_token_range(token.sentence)
    words = [analysis.tokens[i].text.lower() for i in sentence]
    past = any(w in _PAST_TIME_WORDS for w in words) or any(
        a == "last" and b in TIME_UNITS for a, b in zip(words, words[1:], strict=False))
    after_modal = (token_index - 1 in sentence
                   and analysis.tokens[token_index - 1].pos in {"MD", "TO"})
    return "VBD" if past and not after_modal else token.pos


# Verbs said differently in the past though spelled alike: those `HETERONYMS` says as
# a past ("read").
_SAME_SPELLED_PASTS = frozenset(word for word, rules in HETERONYMS.items()
                                if any("VBD" in tags for tags, _ in rules))
_PAST_TIME_WORDS = frozenset({"yesterday", "ago", "earlier", "once"})


def _with_its_negation(tokens: Sequence[Token], index: int) -> str:
    """The word as said: with the "n't" split off it ("ca" is said in "can't", not as
    /kʌ/, QA walk-through); spelled as shown alone (`Token.dictionary_spelling`)."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.start == token.end and after.text in _NEGATIONS:
        return token.dictionary_spelling + after.text
    return token.dictionary_spelling


_NEGATIONS = frozenset({"n't", "n’t"})


def word_details(
    analysis: Analysis, token_index: int, chooser: SenseChooser, pronouncer: Pronouncer,
    *, lemma: str = "", upos: str = "",
) -> WordDetails:
    """Lemma, POS, level, the sense used here and the other senses, for one token;
    ``lemma`` and ``upos``: how the context reads it, when not as tagged
    (`candidates.reading_at`)."""
    token = analysis.tokens[token_index]
    tagged = chooser.word_pos(token)
    if lemma == token.lemma.lower() and upos in ("", tagged):
        lemma = upos = ""  # as tagged: the plural's own senses stay ("affairs")
    headword = ""
    sense: Sense | None
    named = _name_of_several_words(analysis, token_index, chooser)
    if named is not None:
        headword, (sense, *others) = named
        upos = "NOUN"
    else:
        sense, others = chooser.choose(analysis, token_index, lemma=lemma, upos=upos,
                                       whole_story=True)
    expression = next((e for e in analysis.expressions if token_index in e.token_indices
                       and shown_expression(e, analysis.tokens)), None)
    entry = next(
        (g for g in analysis.article.glossary if g.lemma in {token.lemma, token.text.lower()}),
        None,
    )
    # The tag only as tagged: "roasted" read as an adjective is no past tense.
    penn = "" if upos else _tense_in_context(analysis, token_index)
    spoken = _with_its_negation(analysis.tokens, token_index)
    said = next(((word, ipa) for word in (spoken, token.lemma)
                 if (ipa := pronouncer.ipa(word, upos or token.upos,
                                           penn if word == token.dictionary_spelling else "",
                                           sense.lexname if sense else ""))), ("", ""))
    return WordDetails(
        token=token,
        sentence=analysis.sentence_shown_at(token_index).text,
        sense=sense,
        other_senses=tuple(others),
        voa_pos=voa_label(upos or tagged),
        ipa=said[1],
        ipa_of=said[0],
        expression=expression,
        glossary_entry=entry,
        headword=headword,
    )


# The most words of a name WordNet has whole that a token is read in: "Bay of Pigs"
# is three, "Democratic Republic of the Congo" more than any story's word needs.
MAX_NAME_WORDS = 4


def _name_of_several_words(analysis: Analysis, token_index: int, chooser: SenseChooser
                           ) -> tuple[str, list[Sense]] | None:
    """The name of several capitalised words side by side that the token is one of,
    as the story writes it, and its senses, when WordNet has it whole and as no person
    ("New York", "White House", "Red Cross", "New Testament"): a word of it alone means
    something else ("York" a royal house, "White" a river, "New" "in use after medieval
    times"). The longest such name first; None when there is none. A person's name is
    the name rules' (`name_senses`): "John Smith" is the story's own person."""
    tokens = analysis.tokens
    token = tokens[token_index]
    if not token.proper_noun:
        return None

    def in_name(index: int) -> bool:
        return 0 <= index < len(tokens) and tokens[index].proper_noun \
            and tokens[index].sentence == token.sentence

    start, end = token_index, token_index + 1
    while token_index - start < MAX_NAME_WORDS - 1 and in_name(start - 1):
        start -= 1
    while end - token_index < MAX_NAME_WORDS and in_name(end):
        end += 1
    for length in range(min(end - start, MAX_NAME_WORDS), 1, -1):
        for first in range(max(start, token_index - length + 1),
                           min(token_index, end - length) + 1):
            written = " ".join(t.text for t in tokens[first:first + length])
            senses = [s for s in chooser.lexicon.senses(written.lower(), "n")
                      if s.capitalised and not s.person]
            if senses:
                return written, senses
    return None
