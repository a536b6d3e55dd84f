"""The learner's saved words as quiz targets: `saved_word` turns a word of the store
(`SavedWord`: a due card or a word of the list, with the sentence it was met in) into
a `QuizWord`, its part of speech, sense, place in its sentence and Penn tag recovered
from the lexicon, so a review asks it as an article's quiz would.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from vocab.definitions import quiz_meaning
from vocab.distractors import Definer
from vocab.models import is_subheading
from vocab.quiz_forms import forms_pattern, mentions
from vocab.quiz_items import QUIZ_UPOS, QuizWord
from vocab.tokens import excerpt_around
from vocab.wordinfo import UPOS_TO_WORDNET, WORDNET_TO_UPOS

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo

_BASE_TAG = {"NOUN": "NN", "VERB": "VB", "ADJ": "JJ", "ADV": "RB"}


class SavedWord(Protocol):
    """A word from the learner store (``DueWord`` and ``WordRow`` both fit)."""

    @property
    def lemma(self) -> str: ...
    @property
    def upos(self) -> str: ...
    @property
    def word(self) -> str: ...
    @property
    def sentence(self) -> str: ...
    @property
    def definition(self) -> str: ...


def saved_word(
    row: SavedWord, lexicon: Lexicon, words: WordInfo | None = None,
    define: Definer | None = None,
) -> QuizWord | None:
    """A stored word as a quiz target: its POS, sense and place in its sentence
    recovered from the lexicon (None when WordNet does not know it). The article it
    was met in comes along when the row has one (``WordRow.article_id``)."""
    lemma = row.lemma.lower()
    upos = row.upos if row.upos in QUIZ_UPOS else _usual_upos(lemma, lexicon)
    pos = UPOS_TO_WORDNET.get(upos)
    senses = lexicon.senses(lemma, pos) if pos else []
    saved_as = None
    if not senses and upos in QUIZ_UPOS:
        # Saved in a part of speech WordNet lacks for it (a tagger's slip: "salty soil"
        # read as a noun): asked in its own, or its card would stay due and never be
        # asked (QA walk-through).
        saved_as, upos = (lemma, upos), _usual_upos(lemma, lexicon)
        pos = UPOS_TO_WORDNET.get(upos)
        senses = lexicon.senses(lemma, pos) if pos and upos in QUIZ_UPOS else []
    if not senses:
        return None
    # A word saved with no meaning ("warren", known from the level test) is not read
    # as a person WordNet names with it: a review offered "United States writer and
    # poet (1905-1989)" as a wrong answer (QA walk-through).
    usual = next((s for s in senses if not s.person), senses[0])
    sense = next((s for s in senses if s.definition == row.definition), usual)
    form = row.word or lemma
    # A word saved from a heading ("Feeling the pinch") is asked without it.
    sentence = "" if is_subheading(row.sentence.strip()) else row.sentence
    match = _find_form(sentence, form, lemma)
    # Saved before sentences were cut when shown: a word's whole run-on text.
    sentence, start = excerpt_around(sentence, *(match.span() if match else (0, 0)))
    if match:
        form = match.group()
    else:
        start = -1
    zipf = words.zipf(lemma, upos) if words is not None else 0.0
    return QuizWord(
        lemma=lemma,
        upos=upos,
        form=form,
        penn=_penn_of(form, lemma, upos),
        sentence=sentence,
        definition=quiz_meaning(row.definition)
        or (define(lemma, upos, sense.synset) if define else sense.definition),
        synset=sense.synset,
        zipf=zipf,
        start=start,
        article_id=getattr(row, "article_id", None),
        saved_as=saved_as,
    )


def _usual_upos(lemma: str, lexicon: Lexicon) -> str:
    counts = lexicon.pos_counts(lemma)
    if not counts:
        return ""
    pos = max(sorted(counts), key=lambda p: counts[p])
    return WORDNET_TO_UPOS.get(pos, "")


def _find_form(sentence: str, form: str, lemma: str) -> re.Match[str] | None:
    exact = re.search(rf"\b{re.escape(form)}\b", sentence, re.IGNORECASE) if form else None
    if exact or not mentions(sentence, lemma):
        return exact
    return forms_pattern(lemma).search(sentence)


def _penn_of(form: str, lemma: str, upos: str) -> str:
    """The Penn tag whose inflection of ``lemma`` is spelt ``form`` ("guarantees" -> NNS).

    A form several tags share ("put") takes lemminflect's first, but a noun spelt as
    its lemma is singular: lemminflect lists "parade" and "glucose" as plurals too, and
    a review asked "hold a _____" with "shuttles" and "peaks" beside "parade" (QA
    walk-through).
    """
    import lemminflect

    base = _BASE_TAG.get(upos, "NN")
    wanted = form.lower()
    if upos == "NOUN" and wanted == lemma.lower():
        return base
    for tag, forms in lemminflect.getAllInflections(lemma, upos=upos).items():
        if wanted in (f.lower() for f in forms):
            return tag
    return base
