"""Corrections to the tagger's tags where the sentence or the dictionary says better.

The averaged perceptron reads "thirty" as an adjective, "digest" after "them" as a
superlative, "warmer" after "grows" as a noun (a heater), "upstairs" as a plural noun;
each pass fixes one such reading, measured on CoNLL-2000 (train and test) before it was
kept. `vocab.analysis` runs them on the raw tokens (`vocab.raw_tokens`), before lemmas
and levels, through `retag`, which holds their order. The passes live by what they read:
`vocab.retag_words` (what the dictionary says a word can be), `vocab.retag_phrases` (the
words around it), `vocab.retag_clauses` (the clause a verb is in),
`vocab.retag_joined_clauses` (a clause beside another that has its verb),
`vocab.retag_heads` (a phrase's head read as a modifier, and the verb beside it),
`vocab.retag_objects` (a verb and what follows its object or its subject: "saw the
stone sink", "Interpol reports that", "visited Paris and met").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from vocab.raw_tokens import (
    PartsOfSpeech,
    RawToken,
    TaggedTexts,
    WordPositions,
)
from vocab.retag_clauses import (
    retag_coordinated_verbs,
    retag_imperatives,
    retag_orders_after_opening_clauses,
    retag_participles_after_be,
    retag_participles_before_infinitives,
    retag_verb_forms_in_s_of_verbless_sentences,
    retag_verbs_after_modals,
    retag_verbs_ending_clauses,
    retag_verbs_joined_after_objects,
    retag_verbs_of_relative_clauses,
    retag_verbs_of_verbless_clauses,
    retag_verbs_of_verbless_sentences,
    retag_verbs_read_as_adverbs,
    retag_yes_no_questions,
)
from vocab.retag_heads import (
    retag_compound_nouns_read_as_adjectives,
    retag_gerunds_after_verbs_of_activities,
    retag_gerunds_heading_subjects,
    retag_ing_nouns_after_noun_modifiers,
    retag_nouns_between_determiners_and_verbs,
    retag_verbs_read_as_nouns_after_subjects,
    retag_verbs_read_as_nouns_before_objects,
)
from vocab.retag_joined_clauses import (
    retag_verbs_of_clauses_beside_others,
    retag_verbs_of_clauses_joined_after_others,
    retag_verbs_of_joined_subordinate_clauses,
)
from vocab.retag_joined_nouns import (
    retag_plurals_joined_to_plurals,
    retag_verbs_joined_before_object_pronouns,
)
from vocab.retag_lists import retag_verbs_listed_before_verbs
from vocab.retag_objects import (
    retag_infinitives_after_objects,
    retag_participles_describing_subjects,
    retag_pasts_joined_to_pasts,
    retag_verbs_in_s_after_names,
)
from vocab.retag_particles import retag_verbs_before_particles, retag_verbs_ending_adverb_clauses
from vocab.retag_phrases import (
    retag_adjectives_after_linking_verbs,
    retag_adjectives_before_infinitives,
    retag_adjectives_before_prepositions,
    retag_adverbs_after_verbs,
    retag_bare_infinitives,
    retag_comparatives_after_linking_verbs,
    retag_comparatives_after_objects,
    retag_comparatives_before_nouns,
    retag_graded_adjectives_after_linking_verbs,
    retag_nouns_of_their_own_after_without,
    retag_participles_after_busy,
    retag_participles_after_linked_adjectives,
    retag_past_tenses_that_describe,
    retag_plural_subjects_before_past_tenses,
    retag_story_nouns_read_as_adjectives,
    retag_verbs_after_lets,
    retag_verbs_after_plural_pronouns_and_all,
    retag_verbs_after_subject_pronouns,
    retag_verbs_after_to,
    retag_words_after_hedges,
)
from vocab.retag_sentences import Sentences
from vocab.retag_words import (
    PosCounts,
    retag_adverbs_in_s,
    retag_adverbs_read_as_verbs,
    retag_bases_read_as_inflected,
    retag_compound_nouns_read_as_verbs,
    retag_fixed_prepositions,
    retag_forms_in_s_read_as_pasts,
    retag_hyphenated_nouns_read_as_adjectives,
    retag_modifiers_read_as_nouns,
    retag_names_read_as_verbs,
    retag_noun_heads_read_as_adjectives,
    retag_nouns_read_as_adjectives,
    retag_nouns_read_as_modifiers,
    retag_open_words_read_as_closed_class,
    retag_pasts_read_as_present,
    retag_plurals_read_as_adjectives,
    retag_plurals_read_as_singulars,
    retag_sentence_openers,
    retag_spelled_numbers,
    retag_titles_before_names,
    retag_ungraded,
    retag_verb_forms_in_s_read_as_plurals,
    retag_verb_forms_read_as_nouns,
)

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo

class _AskedOnce:
    """``parts_of_speech`` asking the lexicon of each word once in a run of the passes:
    several passes ask of the same adjectives (one query ~50 microseconds a word)."""

    def __init__(self, ask: PartsOfSpeech) -> None:
        self._ask = ask
        self._asked: set[str] = set()
        self._found: dict[str, frozenset[str]] = {}

    def __call__(self, words: Iterable[str]) -> dict[str, frozenset[str]]:
        wanted = list(dict.fromkeys(words))
        new = [word for word in wanted if word not in self._asked]
        if new:
            self._found.update(self._ask(new))
            self._asked.update(new)
        found = self._found
        return {word: found[word] for word in wanted if word in found}


# `retag_sentence_openers` runs first, on the tagger's tags of each sentence, before the
# raw tokens are made: it tags a sentence's first word again.
__all__ = ["retag", "retag_sentence_openers"]

def retag(raw: list[RawToken], words: WordInfo,
          parts_of_speech: PartsOfSpeech | None = None,
          pos_counts: PosCounts | None = None, at: WordPositions | None = None) -> None:
    """Every correction, in order, on ``raw`` (changed in place). The ones that ask
    WordNet what a word can be run only with ``parts_of_speech``; those that weigh how
    often SemCor reads a word in each part of speech, only with ``pos_counts``. ``at``:
    where each text of ``raw`` stands, when the caller has found it."""
    if at is None:
        at = WordPositions(raw)
    if parts_of_speech is not None:
        parts_of_speech = _AskedOnce(parts_of_speech)
    retag_fixed_prepositions(raw, at)
    retag_titles_before_names(raw, at)
    retag_yes_no_questions(raw, words, at)
    if parts_of_speech is not None:
        # The passes given ``tagged`` find their words' texts by tag in it, and change
        # tags only through it (so must any pass put among them), so its counts hold.
        tagged = TaggedTexts(raw)
        retag_open_words_read_as_closed_class(raw, words, parts_of_speech, at, tagged)
        retag_nouns_read_as_modifiers(raw, words, parts_of_speech, at, tagged)
        retag_modifiers_read_as_nouns(raw, words, parts_of_speech, at, tagged)
        retag_plurals_read_as_adjectives(raw, words, parts_of_speech, at, tagged)
        retag_plurals_read_as_singulars(raw, words, parts_of_speech, at, tagged)
        retag_nouns_read_as_adjectives(raw, words, parts_of_speech, at, tagged)
        retag_hyphenated_nouns_read_as_adjectives(raw, words, parts_of_speech, at, tagged)
        retag_noun_heads_read_as_adjectives(raw, words, parts_of_speech, at, tagged)
        retag_verb_forms_read_as_nouns(raw, words, parts_of_speech, at, tagged)
        retag_verb_forms_in_s_read_as_plurals(raw, words, parts_of_speech, at)
        retag_compound_nouns_read_as_verbs(raw, words, parts_of_speech)
        retag_compound_nouns_read_as_adjectives(raw, words, parts_of_speech)
    retag_verbs_read_as_nouns_after_subjects(raw, words)
    retag_verbs_read_as_nouns_before_objects(raw, words, at)
    retag_bases_read_as_inflected(raw, words, at, pos_counts)
    retag_pasts_read_as_present(raw, words)
    retag_forms_in_s_read_as_pasts(raw, words, at)
    retag_verbs_after_subject_pronouns(raw, words, at)
    retag_verbs_in_s_after_names(raw, words, at)
    retag_verbs_after_plural_pronouns_and_all(raw, words)
    retag_plural_subjects_before_past_tenses(raw, words, at)
    retag_verbs_after_to(raw, words, at)
    retag_verbs_after_lets(raw, words, at)
    retag_ungraded(raw, words)
    retag_spelled_numbers(raw, at)
    retag_comparatives_after_linking_verbs(raw, words, at)
    retag_graded_adjectives_after_linking_verbs(raw, words, at)
    retag_adjectives_after_linking_verbs(raw, words, at)
    retag_words_after_hedges(raw, words, at)
    retag_participles_after_linked_adjectives(raw, words, at)
    retag_participles_after_busy(raw, words, at)
    retag_nouns_of_their_own_after_without(raw, words, at)
    retag_past_tenses_that_describe(raw, at)
    retag_story_nouns_read_as_adjectives(raw, words, at)
    # After the story's nouns: that pass counts the readings it makes itself.
    retag_nouns_between_determiners_and_verbs(raw, words)
    retag_comparatives_before_nouns(raw, words, at)
    retag_comparatives_after_objects(raw, words, at)
    retag_adverbs_in_s(raw, words, at)
    retag_adverbs_read_as_verbs(raw, words, at)
    retag_verbs_read_as_adverbs(raw, words, at)
    retag_bare_infinitives(raw, words, at)
    if parts_of_speech is not None:
        retag_infinitives_after_objects(raw, words, parts_of_speech, at)
    retag_adjectives_before_prepositions(raw, words)
    retag_adjectives_before_infinitives(raw, words)
    retag_adverbs_after_verbs(raw, at)
    # Tags change below, never which sentence a token is in: grouped once.
    sentences = Sentences(raw, at)
    retag_imperatives(sentences.lists, words)
    retag_orders_after_opening_clauses(raw, words, at)
    retag_verbs_of_verbless_sentences(sentences.lists, words)
    retag_verb_forms_in_s_of_verbless_sentences(sentences.lists, words)
    retag_verbs_of_verbless_clauses(raw, words, at)
    # After the verbless sentences' verbs are found: "day-dreaming thoughts ... costs/NNS".
    retag_gerunds_heading_subjects(raw, words, at)
    retag_gerunds_after_verbs_of_activities(raw, words, at)
    retag_verbs_ending_clauses(sentences, words)
    retag_verbs_of_clauses_beside_others(sentences, words)
    retag_verbs_of_clauses_joined_after_others(sentences, words)
    retag_verbs_of_joined_subordinate_clauses(raw, words, at)
    retag_verbs_of_relative_clauses(raw, words, at)
    retag_verbs_after_modals(raw, words)
    retag_verbs_before_particles(raw, words, at)
    retag_verbs_ending_adverb_clauses(raw, words, at)
    retag_verbs_listed_before_verbs(raw, words, at)
    retag_coordinated_verbs(raw, words, at)
    retag_pasts_joined_to_pasts(raw, words, at)
    retag_participles_describing_subjects(raw, words)
    retag_verbs_joined_after_objects(raw, sentences.lists, words, at)
    retag_plurals_joined_to_plurals(raw, words, at)
    retag_verbs_joined_before_object_pronouns(raw, words, at)
    retag_participles_after_be(raw, words, at)
    if parts_of_speech is not None:
        retag_participles_before_infinitives(raw, words, parts_of_speech, at)
        retag_ing_nouns_after_noun_modifiers(raw, words, parts_of_speech)
        # Last: the passes above read a verb's place ("to Ukraine/VB") as a verb's.
        retag_names_read_as_verbs(raw, words, parts_of_speech, at)
