"""Which WordNet sense a sentence uses, and the details shown for a selected word."""

from __future__ import annotations

from vocab.analysis import Analysis
from vocab.lexicon import Lexicon
from vocab.models import Sense, Token, WordDetails
from vocab.pronounce import Pronouncer
from vocab.wordinfo import UPOS_TO_WORDNET

# VOA's part-of-speech labels.
VOA_LABELS = {"NOUN": "n.", "PROPN": "n.", "VERB": "v.", "ADJ": "adj.", "ADV": "adv."}


def voa_label(upos: str) -> str:
    return VOA_LABELS.get(upos, upos.lower() + ".")


def senses_for(token: Token, lexicon: Lexicon) -> list[Sense]:
    """WordNet senses of the token's lemma in its part of speech, most frequent first."""
    pos = UPOS_TO_WORDNET.get(token.upos)
    if pos is None:
        return []
    found = lexicon.senses(token.lemma, pos)
    if not found and token.text.lower() != token.lemma:
        found = lexicon.senses(token.text.lower(), pos)  # plural-only nouns: "affairs"
    return found


def choose_sense(
    analysis: Analysis, token_index: int, lexicon: Lexicon
) -> tuple[Sense | None, list[Sense]]:
    """The sense used in this sentence and the other senses, most frequent first."""
    token = analysis.tokens[token_index]
    candidates = senses_for(token, lexicon)
    if not candidates:
        return None, []
    chosen = candidates[0]
    return chosen, [s for s in candidates if s.synset != chosen.synset]


def word_details(
    analysis: Analysis, token_index: int, lexicon: Lexicon, pronouncer: Pronouncer
) -> WordDetails:
    token = analysis.tokens[token_index]
    sense, others = choose_sense(analysis, token_index, lexicon)
    expression = next(
        (e for e in analysis.expressions if token_index in e.token_indices), None
    )
    entry = next(
        (g for g in analysis.article.glossary if g.lemma in {token.lemma, token.text.lower()}),
        None,
    )
    return WordDetails(
        token=token,
        sentence=analysis.sentence_text(token.sentence),
        sense=sense,
        other_senses=tuple(others),
        voa_pos=voa_label(token.upos),
        ipa=pronouncer.ipa(token.text) or pronouncer.ipa(token.lemma),
        expression=expression,
        glossary_entry=entry,
    )
