"""Which WordNet sense a sentence uses, and the details shown for a selected word.

The sense is chosen by an extended Lesk method: each sense's signature (its gloss,
examples and synonyms, and the glosses and lemmas of the synsets around it) is
compared with the words of the sentence and its neighbours; the overlap is added to
a prior from WordNet's sense frequencies (SemCor counts and sense rank), so a rarer
sense wins only when the context speaks for it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from functools import partial
from operator import attrgetter
from typing import TYPE_CHECKING

from vocab.collocations import (
    MASS_DETERMINERS,
    attributive,
    collocation_at,
    counted_to_examples,
    infinitive_examples,
    object_preposition_examples,
    paired_in_examples,
    partitive_examples,
    preposition_examples,
    shown_bare,
    single_word_names,
)
from vocab.expressions import EXTRA_EXPRESSION_SENSES
from vocab.gloss_labels import APPLIES_TO, PLURAL_NOTE
from vocab.gloss_words import GLOSS_STOPWORDS, GLOSS_WORD, content_words, crude_stem
from vocab.models import (
    NO_OBJECT_FRAMES,
    WITH_OBJECT_FRAMES,
    Expression,
    Sense,
    Token,
    WordKey,
)
from vocab.name_senses import named_here
from vocab.offensive import unfit_for_class
from vocab.sense_cues import (
    ContextCues,
    adjacent_words,
    alone_after_be,
    lemma_stems,
    sentence_context,
    stem_set,
    verb_in_examples,
)
from vocab.sense_filters import (
    frames_other_object,
    frames_other_subject,
    indefinite_number,
    kept_plural_sense,
    not_glossed_as_nouns,
    not_names,
    not_people_said_it,
    not_taxa,
    plural_reading,
)
from vocab.sense_lookup import SenseLookup
from vocab.sense_signatures import LeskSignatures
from vocab.sense_weights import (
    _ACT,
    _AMOUNT_GLOSS,
    _CONTACT,
    _NAME_IN_GLOSS,
    _SPEAKER_FIELDS,
    _UNDERGONE_FIELDS,
    ABSTRACT_DOER_PENALTY,
    ACT_NOUN_BONUS,
    ADJACENT_WEIGHT,
    ADMINISTRATIVE_UNIT,
    ALL_USES_READ,
    AMOUNT_SUBJECT_BONUS,
    BORNE_BONUS,
    BORROWED_NAME_USES,
    BORROWED_NAME_ZIPF,
    BRACKETED_OBJECTS,
    COLLOCATION_BONUS,
    COMPLEMENT_KIND_BONUS,
    COMPOUND_KIND_BONUS,
    COUNTED_FIELDS,
    COUNTED_SENSE_PENALTY,
    COUNTED_SUBSTANCE_PENALTY,
    COUNTED_TO_BONUS,
    EXAMPLE_NAMED_BONUS,
    EXAMPLES_NAMED,
    FIELD_FILED_NOUNS,
    FIELD_NAMED_BONUS,
    FIELD_NAMED_WORDS,
    FIELD_SILENCE_SENTENCES,
    FIELD_WORD_WEIGHTS,
    FRAME_MISMATCH_PENALTY,
    GOODS_FIELDS,
    HELD_ACT_PENALTY,
    INFINITIVE_FRAME_BONUS,
    INFINITIVE_STAND_IN,
    INTENSIFYING,
    LIST_FIELD_BONUS,
    MADE_THING,
    MADE_THING_OBJECT,
    MENTAL_PROCESS,
    MODIFIER_GLOSS_WEIGHT,
    NAMED_GLOSS_PENALTY,
    NAMED_OBJECT,
    NEIGHBOUR_SENTENCE_WEIGHT,
    NO_THING_FIELDS,
    NOT_FIRST_PENALTY,
    NOUN_KIND_BONUS,
    NOUN_MODIFIER_LINK_BONUS,
    OBJECT_KIND_BONUS,
    OBJECTLESS_PENALTY,
    OF_OBJECT_BONUS,
    OF_OBJECT_GLOSS,
    OF_PERSON_GLOSS,
    OTHER_OBJECT_PENALTY,
    OTHER_PERSON_PENALTY,
    OWN_SENTENCE_WEIGHT,
    PARTITIVE_PENALTY,
    PERSON_STAND_IN,
    PLURAL_NOTE_BONUS,
    PREPOSITION_BONUS,
    RANK_PENALTY,
    SELDOM_USED,
    SELLS_GLOSS,
    SENTENCE_OPENING,
    SERVED_FIELD_BONUS,
    SERVED_FIELDS,
    SOME_STAND_IN,
    SPEAKER_BONUS,
    STORY_USES_READ,
    STORY_WEIGHT,
    SUBSTANCE,
    TAKES_PREPOSITION_BONUS,
    THING_STAND_IN,
    TO_PERSON_GLOSS,
    TOLD_TO_BONUS,
    TOP_FIELD,
    UNDER_STATE_BONUS,
    UNNAMED_APPLICATION_PENALTY,
    UNRELATED_FIELD_PENALTY,
    USES_REACH,
    VARYING_NAMED_BONUS,
    VERB_OVER_BONUS,
    WHO_SPEAKS_BONUS,
    _count_prior,
    field_strength,
)
from vocab.sentence_cues import (
    accustomed_used_to,
    act_with_doer_and_object,
    adjective_before_infinitive,
    bare_singular_noun,
    before_infinitive,
    counted_by_a,
    counted_plural,
    habitual_used_to,
    names_a_named,
    names_a_speaker,
    of_object_noun,
    points_back,
    taken_preposition,
    time_phrase_noun,
    under_a_bare_noun,
    used_as_pronoun,
    verb_over,
)
from vocab.verb_objects import (
    expression_object,
    expression_object_head,
    object_after,
    object_head,
    preposition_after_object,
    split_by_its_object,
)
from vocab.word_family import same_family
from vocab.wordfacts import PLAIN_COMPOUND
from vocab.wordinfo import CONTENT_UPOS, UPOS_TO_WORDNET, WORDNET_TO_UPOS, american_spelling

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo

# VOA's part-of-speech labels, and a learner's dictionary's for the small words
# (Universal Dependencies' "adp." or "cconj." mean nothing to a learner).
VOA_LABELS = {"NOUN": "n.", "PROPN": "n.", "VERB": "v.", "ADJ": "adj.", "ADV": "adv.",
              "ADP": "prep.", "CCONJ": "conj.", "SCONJ": "conj.", "PRON": "pron.",
              "DET": "det.", "NUM": "num.", "INTJ": "interj.", "AUX": "v."}


def _objects_named_otherwise(definition: str, object_kinds: frozenset[str]) -> bool:
    """Whether a verb's gloss names the things it is done to in brackets ("(a movie or
    a newspaper)", `BRACKETED_OBJECTS`), none of them a kind the object here is of."""
    named = {word for found in BRACKETED_OBJECTS.findall(definition)
             for word in content_words(found)}
    return bool(named) and not named & object_kinds


def expression_wordnet_pos(expression: Expression) -> str:
    """The WordNet part of speech of an expression's lemma: "v" for a phrasal verb."""
    return {"phrasal verb": "v", "idiom": "v", "compound": "n"}.get(expression.kind, "r")


def expression_key(expression: Expression) -> WordKey:
    """The key a meaning the learner chooses for an expression is kept under, as a
    word's is (lemma, Universal POS): ("wind up", "VERB"), as a phrasal verb is saved."""
    return expression.lemma.lower(), WORDNET_TO_UPOS[expression_wordnet_pos(expression)]


def voa_label(upos: str) -> str:
    return VOA_LABELS.get(upos, upos.lower() + ".")


def sense_label(sense: Sense) -> str:
    """VOA's label for a WordNet sense's part of speech: "n.", "v.", "adj.", "adv."."""
    return voa_label(WORDNET_TO_UPOS.get(sense.pos, sense.pos))


_LEMMA = attrgetter("lemma")
# The fields of the stuff things are made of or use up, which a gloss's stand-in may
# name: "a ceremony accompanying the start of some enterprise" is not "job openings",
# though a job and an enterprise are both acts.
_STUFF_FIELDS = frozenset({"noun.substance", "noun.food"})
# The tags of a word before a noun that may name the stuff it is made of ("salt tablets").
_MATERIAL_MODIFIER_TAGS = frozenset({"NN", "NNS", "JJ"})
_PERSON = "noun.person"
# The words before a noun in an "of" phrase that say the things before it are of every
# kind the noun tells apart ("officers of every rank", "people of all ages").
_EVERY_KIND = frozenset({"every", "all", "each", "any", "various", "different"})
# The fields of the senses that tell things apart so: what they have or are in.
_VARYING_FIELDS = frozenset({"noun.attribute", "noun.state"})


class SenseChooser(SenseLookup):
    """The sense a word's sentence and story use: its senses (`SenseLookup`) scored by
    their Lesk signatures (``signatures``: `LeskSignatures`) and by what the context
    says (``cues``: `ContextCues`), with the weights of `vocab.sense_weights`.

    A story's candidates are read ahead in outline (`prefetch`): how many senses
    each has in each part of speech and how common each is, which is all that
    ranking them needs. Glosses are read for the few words whose sense is chosen.
    """

    def __init__(self, lexicon: Lexicon, words: WordInfo | None = None) -> None:
        super().__init__(lexicon, words)
        self.signatures = LeskSignatures(lexicon, self._words)
        self.cues = ContextCues(self, self._words)
        self._story: tuple[Analysis | None, Counter[str]] = (None, Counter())
        self._uses: tuple[Analysis | None, dict[str, list[int]]] = (None, {})
        self._fields: tuple[Analysis | None, dict[str, frozenset[str]]] = (None, {})
        self._types: tuple[Analysis | None, Counter[tuple[str, str]]] = (None, Counter())
        self._far: tuple[Analysis | None, dict[str, float], dict[str, int]] = (None, {}, {})
        self._ranked: tuple[Analysis | None, dict[tuple[object, ...],
                                                  list[tuple[float, Sense]]]] = (None, {})
        self._stuff_of_verbs: dict[str, frozenset[str]] = {}  # `_stuff_taken`, by verb

    def rank(
        self,
        candidates: list[Sense],
        own: set[str],
        near: set[str],
        headword: str,
        story: Mapping[str, int] | None = None,
        adjacent: Collection[str] = frozenset(),
        *,
        skip: Collection[str] = frozenset(),
        before_infinitive: bool = False,
        noun_infinitive: bool = False,
        speaker: bool = False,
        says: bool = False,
        told_to: bool = False,
        with_object: bool | None = None,
        person_object: bool | None = None,
        collocation: tuple[str, str] = ("", ""),
        plural: bool = False,
        list_field: str = "",
        compound_kinds: Collection[str] = frozenset(),
        object_kinds: frozenset[str] = frozenset(),
        kind_field: str = "",
        object_field: str = "",
        person_subject: bool | None = None,
        adjective_infinitive: bool | None = None,
        silent_on_fields: bool = False,
        amount_subject: bool = False,
        subject_kind: str = "",
        names_an_act: bool = False,
        abstract_doer: bool = False,
        undergone: bool = False,
        mental_processes: Collection[str] = frozenset(),
        units_served: Collection[str] = frozenset(),
        of_after: bool | None = None,
        of_object: bool = False,
        of_person: bool | None = None,
        borne: bool = False,
        to_person: Token | None = None,
        held: bool = False,
        in_field: Collection[str] = frozenset(),
        fields_filled: Collection[str] = frozenset(),
        time_phrase: bool = False,
        preposition: str = "",
        object_preposition: str = "",
        describes_person: bool | None = None,
        counted_to: bool = False,
        object_of: str = "",
        modifier: frozenset[str] | set[str] = frozenset(),
        noun_modifier: str = "",
        noun_modified: str = "",
        named_fields: Mapping[str, float] | None = None,
        things_near: frozenset[str] = frozenset(),
        alone_after_be: bool = False,
        opens_sentence: bool = True,
        shown_counted: Collection[str] = frozenset(),
        stuff_taken: Collection[str] = frozenset(),
        sells_goods: Collection[str] = frozenset(),
        of_every_kind: str = "",
        counted_one: bool = False,
    ) -> list[tuple[float, Sense]]:
        """Candidates with their scores, best first (ties keep WordNet's order).

        ``own`` and ``near`` are the stems of the sentence and of it with its
        neighbours; ``story`` those of the whole story, which count least;
        ``adjacent`` those of the words right beside it (`adjacent_words`);
        ``before_infinitive``: the verb is followed by "to" and a verb ("aims to
        preserve"), which favours the senses WordNet frames so (`INFINITIVE_FRAME_BONUS`);
        ``noun_infinitive``: the noun is followed so ("permits to park"), which favours
        the senses whose gloss has a stand-in for such a verb (`INFINITIVE_STAND_IN`);
        ``speaker``: the noun is the subject of a verb of saying (`names_a_speaker`),
        which favours people and bodies of people (`SPEAKER_BONUS`); ``says``: a verb of
        saying follows the noun, which favours a person glossed as speaking
        (`WHO_SPEAKS_BONUS`); ``told_to``: the
        noun is told to do something (`names_one_told_to`), which all but rules out
        anything else (`TOLD_TO_BONUS`); ``with_object``:
        whether the verb has an object here (`object_after`), which WordNet's frames of
        a sense may not allow (`FRAME_MISMATCH_PENALTY`); ``person_object``: whether
        that object is a person (`sense_filters.PERSON_OBJECT_FRAMES`); ``collocation``: the content
        words right before and after it (`collocation_at`), which a sense's own
        examples may pair with the word (`COLLOCATION_BONUS`); ``plural``: the word is a
        plural noun here (`PLURAL_NOTE_BONUS`); ``list_field``: the WordNet field of the
        nouns a list joins it to (`list_field`, `LIST_FIELD_BONUS`); ``compound_kinds``:
        the synsets a compound it ends is a kind of (`compound_kinds`,
        `COMPOUND_KIND_BONUS`); ``object_kinds``: the stems of the verb's object and
        its broader terms (`object_kinds`, `OBJECT_KIND_BONUS`; a verb sense naming
        other things in brackets: `OTHER_OBJECT_PENALTY`), or of a noun's kind
        (`kinds_beside`, `NOUN_KIND_BONUS`); ``kind_field``: the field of that object,
        or of the noun before a noun (`_kind_field`), which a word a verb's gloss names
        in brackets or a noun's "of some substance" may be of too (`SOME_STAND_IN`);
        ``object_field``: the field of the verb's object when a gloss ends on a made
        thing (`_object_field`), which no event or state is (`NO_THING_FIELDS`);
        ``person_subject``:
        whether the verb's subject is a person (`subject_at`, `frames_other_subject`);
        ``adjective_infinitive``: whether an adjective is followed by "to" and a verb
        here, which its senses' examples may show always or never
        (`infinitive_examples`); ``silent_on_fields``: the text is long enough for
        its silence on a sense's field to count (`FIELD_SILENCE_SENTENCES`);
        ``amount_subject``: the noun is the subject of a verb of an amount going up or
        down (`subject_of_amount_change`, `AMOUNT_SUBJECT_BONUS`); ``subject_kind``:
        the WordNet field of the subject the noun says what it is ("noun.act" for
        "buying the house was a gamble", `complement_kind`, `COMPLEMENT_KIND_BONUS`);
        ``abstract_doer``: the verb's doer is an abstraction (`doer_is_abstract`,
        `ABSTRACT_DOER_PENALTY`); ``undergone``: the noun is bare after "under"
        (`under_a_bare_noun`, `UNDER_STATE_BONUS`), as do the ``mental_processes``
        among its senses ("under review", `MENTAL_PROCESS`); ``units_served``: the senses
        that are administrative units serving the field a noun before it names ("the
        health ministry", `_units_served`, `SERVED_FIELD_BONUS`); ``of_after``: whether
        the noun has "of" right after it (None: no noun), which a sense's examples may
        always have (`partitive_examples`, `PARTITIVE_PENALTY`); ``of_object``: the noun
        has an "of" phrase after it, which a sense's gloss may take
        (`OF_OBJECT_GLOSS`, `OF_OBJECT_BONUS`), unless it names an act whose object that
        is (``names_an_act`` weighs it); ``of_person``: whether that phrase names a
        person (`ContextCues.is_person`), whom only a gloss's person fits
        (`OF_PERSON_GLOSS`), which puts the story in its field, as another use's may
        (``in_field``); ``fields_filled``: the senses heading a field the story's other
        nouns are filed under (`_fields_filled`), which counts as named; ``borne``: a
        person subject of the verb the bare noun follows bears it ("they will stand
        trial", `borne_by_subject`), which spares such a gloss `NOT_FIRST_PENALTY`
        (`BORNE_BONUS`); ``to_person``: the person a "to"
        phrase after the noun names (`person_after_to`), of no kind a person's gloss
        may ask for there (`OTHER_PERSON_PENALTY`); ``held``: the noun is a thing its
        verb has, touches or shows (`held_thing`), no act (`HELD_ACT_PENALTY`);
        ``names_an_act``: the noun has a
        doer before it and an object after "of" (`act_with_doer_and_object`,
        `ACT_NOUN_BONUS`); ``time_phrase``: the adjective opens a phrase of time ("next
        week", `time_phrase_noun`, `TIME_PERIOD`); ``preposition``: the one right after the word
        (`taken_preposition`), which a sense's examples may have there too
        (`PREPOSITION_BONUS`; a verb's: `TAKES_PREPOSITION_BONUS`, its frames then
        counting the preposition's object as its own: "consist of");
        ``object_preposition``: the one a verb takes after its object, or a passive
        right after it (`preposition_after_object`), which a sense's examples may have
        so too ("charged the director with indifference", `TAKES_PREPOSITION_BONUS`);
        ``counted_to``: the noun is counted and takes "to" and a noun phrase ("a
        testament to their courage", `_counted_before_to`), as a sense's example may have
        it (`counted_to_examples`, `COUNTED_TO_BONUS`);
        ``describes_person``: whether the noun an adjective is before is a person
        (`is_person`), where a sense's examples describe only people or no one;
        ``object_of``: the verb whose object the noun is (`verb_over`), which a sense's
        example may have over it too ("gave him a flu shot", `verb_in_examples`): a
        collocation, unless a more used sense has the verb surely too
        (`LeskSignatures.distinctive`); ``named_fields``: the fields WordNet files the
        text's words under, with how surely the text names each (`fields_named`), which
        favour a sense of such a field (`FIELD_NAMED_BONUS`); ``things_near``: the stems
        of the nouns around it and of their names (`things_named_near`), which a
        sense's bracketed examples may name (`EXAMPLE_NAMED_BONUS`); ``alone_after_be``,
        ``opens_sentence``: an adverb's place, which an intensifier's or a sentence
        opener's gloss may not fit (`INTENSIFYING`, `SENTENCE_OPENING`);
        ``shown_counted``: the senses whose examples only count the noun, which the text
        has bare where another sense's example does too (`_counted_senses`,
        `COUNTED_SENSE_PENALTY`); ``stuff_taken``: the fields of stuff the verb over the
        noun names in brackets in a gloss of its own (`_stuff_taken`: "determine the
        properties of (a substance)"), which a sense of such a field then fits
        (`NOUN_KIND_BONUS`), as do ``sells_goods``, the senses of a place selling the
        goods the noun before it names (`_sells_goods_named`: "a fruit stall");
        ``of_every_kind``: the noun the word says how it varies ("officers" of every
        rank, `_of_every_kind`), which the senses whose gloss names it do ("players of
        every position": "the role assigned to an individual player",
        `VARYING_NAMED_BONUS`), or with none, its senses of an attribute or a state
        (`_VARYING_FIELDS`, `NOUN_KIND_BONUS`); ``counted_one``: the singular noun is
        counted with "a" ("a glass of milk", `counted_by_a`), which no substance is
        (`COUNTED_SUBSTANCE_PENALTY`)."""
        scored = []
        story = story or {}
        story_stems = story.keys()
        nearer = near | set(skip)  # what counts as the sentence's words, or not at all
        self.signatures.read_signatures_ahead(candidates)
        head = {crude_stem(w) for w in headword.lower().split()}
        if any(collocation) or object_of:
            # The examples' words are lemmatised only (`paired_in_examples`).
            self._words.prefetch_lemmas(word for sense in candidates
                                        for example in sense.examples
                                        for word in GLOSS_WORD.findall(example.lower()))
        paired = {sense.synset: found for sense in candidates
                  if (found := paired_in_examples(
                      sense, collocation, headword, self._words, self.cues.kinds_named_by,
                      partial(self.cues.same_slot, pos=sense.pos, timed=time_phrase)))
                  } if any(collocation) else {}
        # The verb over the noun, as a sense's example has it over the sense's name
        # ("gave him a flu shot"), or a seldom used noun's gloss has it ("tablet": "a
        # dose of medicine... taken"): what a more used sense has surely too says nothing.
        seldom_used = max(sense.count for sense in candidates) <= SELDOM_USED
        verb_paired = frozenset(
            sense.synset for sense in candidates if object_of
            and (object_of in paired.get(sense.synset, ())
                 or verb_in_examples(sense.examples, single_word_names(sense.synonyms, headword),
                                     object_of, self._words)
                 or seldom_used and self.signatures.verb_in_gloss(sense, object_of))
            and self.signatures.distinctive(sense, candidates, object_of))
        paired = {synset: rest for synset, found in paired.items()
                  if (rest := found if synset in verb_paired else found - {object_of})}
        # A collocation is the evidence of the senses whose own examples have it, not
        # of a broader sense that has it from a narrower one's example ("crowd" in
        # "drew a crowd": pulling, through the example of its hyponym attracting).
        claimed = frozenset(crude_stem(word) for found in paired.values() for word in found)
        kind_modified = {sense.synset: _one_of_the_kind_modified(sense, headword, noun_modified)
                         for sense in candidates} if noun_modified else {}
        signatures = {sense.synset: self.signatures.signature(sense) - head - (
            claimed if sense.synset not in paired else frozenset()) - kind_modified.get(
            sense.synset, frozenset()) for sense in candidates}
        on_field = {sense.synset for sense in candidates if sense.synset in fields_filled
                    or named_fields
                    and field_strength(self.signatures.field_of(sense), named_fields)
                    >= FIELD_NAMED_WORDS}
        # A person's "of" phrase (or possessive, or a subject going "on trial") that the
        # gloss asks for ("the determination of a person's innocence or guilt") says the
        # story is in the sense's field, named or not ("the singer went on trial").
        person_fits = {sense.synset for sense in candidates if sense.synset in in_field
                       or of_object and of_person and not names_an_act and sense.pos == "n"
                       and OF_PERSON_GLOSS.search(sense.definition.split(";", 1)[0])}
        off_field = {sense.synset for sense in candidates if sense.synset not in on_field
                     and sense.synset not in person_fits
                     and self.signatures.off_field(sense, signatures[sense.synset],
                                                   own | near | story_stems, story_stems)}
        # A count of a field the text never names says nothing here, nor does the order
        # WordNet made from it (`NOT_FIRST_PENALTY`): "a hardware shop" sells no weaponry.
        uses = {sense.synset: sense.count for sense in candidates}
        borrowed = self._borrowed_names(candidates, headword)
        if borrowed:  # `BORROWED_NAME_ZIPF`: after the word's own senses of as many uses
            uses.update(dict.fromkeys(borrowed, 0))
            candidates = sorted(candidates, key=lambda s: (-uses[s.synset], s.synset in borrowed))
        counted = any(uses[sense.synset] for sense in candidates
                      if sense.synset not in off_field)
        # An "of" phrase naming a person that a sense's gloss takes ("the trial of the
        # mayor": "of a person's innocence") is no thing another's takes ("the act of
        # testing something", SemCor's 44 uses to 1); with none taking a person, "critics
        # of the president" may still express "a reasoned judgment of something".
        clauses = {sense.synset: sense.definition.split(";", 1)[0] for sense in candidates}
        varying, varying_named = _varying_senses(candidates, of_every_kind) \
            if of_every_kind else (frozenset(), False)
        things_only = frozenset(
            synset for synset, clause in clauses.items() if THING_STAND_IN.search(clause)
            and not PERSON_STAND_IN.search(clause)) if of_object and of_person and any(
            OF_PERSON_GLOSS.search(clause) for clause in clauses.values()) else frozenset()
        for order, sense in enumerate(candidates):
            signature = signatures[sense.synset]
            if silent_on_fields and sense.synset in off_field:  # `FIELD_EVIDENCE`
                signature = self.signatures.sure_words(sense, signature)
            overlap = OWN_SENTENCE_WEIGHT * len(signature & own) + NEIGHBOUR_SENTENCE_WEIGHT * len(
                signature & (near - own)
            ) + STORY_WEIGHT * self.signatures.story_overlap(sense, signature, story, nearer) \
                + ADJACENT_WEIGHT * len(
                signature.intersection(adjacent) - self.signatures.beside_others(sense))
            modified = modifier and self.signatures.own_words_of(sense) & signature & modifier
            if modified:  # `MODIFIER_GLOSS_WEIGHT`
                overlap += MODIFIER_GLOSS_WEIGHT * len(modified)
            elif sense.pos == "n" and (
                    noun_modifier and crude_stem(noun_modifier) not in signature
                    and noun_modifier in self.cues.gloss_links(sense)
                    or noun_modified and not kind_modified[sense.synset]
                    and crude_stem(noun_modified) not in signature
                    and noun_modified in self.cues.sister_words(
                        sense, self.signatures.own_words_of(sense))):
                # `NOUN_MODIFIER_LINK_BONUS`: "job openings", "drone attacks"
                modified = {noun_modifier or noun_modified}
                overlap += NOUN_MODIFIER_LINK_BONUS
            if sense.synset in on_field:
                overlap += FIELD_NAMED_BONUS
            if things_near and sense.pos == "n" and (examples := EXAMPLES_NAMED.search(
                    sense.definition)) and content_words(examples.group(1)) & things_near:
                overlap += EXAMPLE_NAMED_BONUS
            if sense.pos == "r" and (
                    alone_after_be and INTENSIFYING.search(sense.definition)
                    or not opens_sentence and SENTENCE_OPENING.search(sense.definition)):
                overlap -= FRAME_MISMATCH_PENALTY
            if plural and PLURAL_NOTE.match(sense.definition):
                overlap += PLURAL_NOTE_BONUS
            if sense.synset in shown_counted:
                overlap -= COUNTED_SENSE_PENALTY
            if sense.synset in off_field:
                overlap -= max(UNRELATED_FIELD_PENALTY, _count_prior(sense.count)) \
                    if silent_on_fields else UNRELATED_FIELD_PENALTY
            restriction = APPLIES_TO.match(sense.definition)
            if restriction:
                named = content_words(restriction.group(1))
                if named and not named & (own | near | story_stems | set(adjacent)):
                    overlap -= UNNAMED_APPLICATION_PENALTY
            if before_infinitive and sense.to_infinitive or noun_infinitive and (
                    sense.pos == "n"
                    and INFINITIVE_STAND_IN.search(sense.definition.split(";", 1)[0])):
                overlap += INFINITIVE_FRAME_BONUS
            if adjective_infinitive is not None and sense.pos == "a" and sense.examples:
                some, every = infinitive_examples(
                    sense.examples, single_word_names(sense.synonyms, headword), self._words)
                if adjective_infinitive and some:
                    overlap += INFINITIVE_FRAME_BONUS
                elif not adjective_infinitive and every:
                    overlap -= FRAME_MISMATCH_PENALTY
            if sense.synset in paired:
                overlap += COLLOCATION_BONUS
            elif sense.synset in verb_paired:
                overlap += VERB_OVER_BONUS
            takes = bool(preposition) and preposition_examples(
                sense.examples, headword.lower(), preposition, self._words,
                no_name_after=sense.pos == "v")
            if takes:
                overlap += PREPOSITION_BONUS if sense.pos == "a" else TAKES_PREPOSITION_BONUS
            elif object_preposition and sense.pos == "v" and object_preposition_examples(
                    sense.examples, headword.lower(), object_preposition, self._words):
                overlap += TAKES_PREPOSITION_BONUS  # "charged the driver with": blamed
            if counted_to and sense.pos == "n" and sense.examples \
                    and counted_to_examples(sense.examples, headword.lower()):
                overlap += COUNTED_TO_BONUS
            if list_field and (sense.lexname == list_field or list_field in _STUFF_FIELDS
                               and sense.lexname in _STUFF_FIELDS):
                # Stuff is listed with stuff, food or not: "prices for grain and fuel".
                overlap += LIST_FIELD_BONUS
            if sense.synset in compound_kinds:
                overlap += COMPOUND_KIND_BONUS
            stand_in_fits = bool(kind_field) and self._stand_in_fits(sense, kind_field)
            if object_kinds and sense.pos in "vn" and content_words(
                    sense.definition) & object_kinds or stand_in_fits:
                overlap += OBJECT_KIND_BONUS if sense.pos == "v" else NOUN_KIND_BONUS
            if sense.lexname in stuff_taken or sense.synset in sells_goods:
                overlap += NOUN_KIND_BONUS  # "tested the soil", "a fruit stall"
            if sense.synset in varying:  # "of every rank": a status, no row of soldiers
                overlap += VARYING_NAMED_BONUS if varying_named else NOUN_KIND_BONUS
            if counted_one and sense.lexname == SUBSTANCE:
                overlap -= COUNTED_SUBSTANCE_PENALTY
            if speaker and sense.lexname in _SPEAKER_FIELDS:
                overlap += SPEAKER_BONUS
            if says and sense.lexname == _PERSON and self.cues.who_speaks(sense):
                overlap += WHO_SPEAKS_BONUS
            if amount_subject and _AMOUNT_GLOSS.match(sense.definition):
                overlap += AMOUNT_SUBJECT_BONUS
            if subject_kind and sense.lexname == subject_kind:
                overlap += COMPLEMENT_KIND_BONUS
            if names_an_act and sense.lexname == _ACT:
                overlap += ACT_NOUN_BONUS
            if abstract_doer and sense.lexname == _CONTACT and sense.synset not in paired:
                overlap -= ABSTRACT_DOER_PENALTY
            if undergone and (sense.lexname in _UNDERGONE_FIELDS
                              or sense.synset in mental_processes):
                overlap += UNDER_STATE_BONUS
            if sense.synset in units_served:
                overlap += SERVED_FIELD_BONUS
            if of_after is False and sense.examples and sense.pos == "n" \
                    and partitive_examples(sense.examples, headword.lower(), self._words):
                overlap -= PARTITIVE_PENALTY
            if of_object and not names_an_act and sense.pos == "n" and (
                    OF_PERSON_GLOSS if of_person else OF_OBJECT_GLOSS).search(
                    sense.definition.split(";", 1)[0]):
                overlap += OF_OBJECT_BONUS + (BORNE_BONUS if borne and of_person else 0.0)
            elif sense.synset in things_only:
                overlap -= OF_OBJECT_BONUS
            if held and _an_act_gloss(sense):
                overlap -= HELD_ACT_PENALTY
            if to_person is not None and _asks_for_a_kind_of_person(sense) \
                    and self.cues.other_person_asked(sense, to_person):
                overlap -= OTHER_PERSON_PENALTY
            if told_to and sense.lexname in _SPEAKER_FIELDS:
                overlap += TOLD_TO_BONUS
            if with_object is False and sense.pos == "v" and NAMED_OBJECT.match(sense.definition):
                overlap -= OBJECTLESS_PENALTY
            if object_kinds and sense.pos == "v" and not stand_in_fits \
                    and _objects_named_otherwise(sense.definition, object_kinds):
                overlap -= OTHER_OBJECT_PENALTY
            elif object_field in NO_THING_FIELDS and self._ends_on_a_made_thing(sense):
                overlap -= OTHER_OBJECT_PENALTY  # "the brain produces waves": no factory
            if with_object is not None and sense.frames and not takes and not sense.frames & (
                    WITH_OBJECT_FRAMES if with_object else NO_OBJECT_FRAMES):
                overlap -= FRAME_MISMATCH_PENALTY
            if person_object is not None and frames_other_object(sense, person_object):
                overlap -= FRAME_MISMATCH_PENALTY
            if person_subject is not None and frames_other_subject(sense, person_subject):
                overlap -= FRAME_MISMATCH_PENALTY
            if describes_person is False and self.cues.describes_people(sense, headword):
                overlap -= FRAME_MISMATCH_PENALTY
            prior = _count_prior(uses[sense.synset]) - RANK_PENALTY * order
            if order and counted and not (seldom_used and (
                    self.signatures.own_words_of(sense) & signature & own
                    or modified or sense.synset in verb_paired)):
                prior -= NOT_FIRST_PENALTY
            if not counted and len(_NAME_IN_GLOSS.findall(sense.definition)) >= 2:
                prior -= NAMED_GLOSS_PENALTY
            scored.append((overlap + prior, -order, sense))
        scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
        return [(score, sense) for score, _, sense in scored]

    def _stand_in_fits(self, sense: Sense, field: str) -> bool:
        """Whether a word that stands in a verb sense's gloss for its object, in brackets
        ("use up (resources or materials)"), or in a noun's for what it is made of ("of
        some substance", `SOME_STAND_IN`) is of WordNet field ``field`` by its first
        sense, as the object or the noun before the noun here is."""
        if sense.pos == "v":
            named = [word for found in BRACKETED_OBJECTS.findall(sense.definition)
                     for word in GLOSS_WORD.findall(found)
                     if len(word) > 1 and word not in GLOSS_STOPWORDS]  # "one's": "s"
        elif sense.pos == "n":
            named = SOME_STAND_IN.findall(sense.definition)
        else:
            return False
        return any(self.cues.first_field(word) == field for word in named)

    def _kind_field(self, tokens: Sequence[Token], index: int,
                    candidates: Sequence[Sense]) -> str:
        """The field (`ContextCues.first_field`) of the common noun a verb at ``index``
        takes as its object, or of the one before a noun there ("salt tablets"): asked
        for only when a candidate's gloss has a stand-in to match it (`_stand_in_fits`),
        as few have (a cue worked out for every word cost 7%); "" unless that field is
        of stuff (`_STUFF_FIELDS`)."""
        if tokens[index].upos == "NOUN":
            # A substring test, then the pattern: the gate runs for every noun ranked.
            if not any("of some " in sense.definition for sense in candidates):
                return ""
            # An adjective there may be the noun too: the tagger reads "salt tablets" so.
            before = tokens[index - 1] if index else None
            if before is None or before.sentence != tokens[index].sentence \
                    or before.pos not in _MATERIAL_MODIFIER_TAGS:
                return ""
            return _stuff(self.cues.first_field(before.lemma.lower()))
        if not any(sense.pos == "v" and "(" in sense.definition
                   and BRACKETED_OBJECTS.search(sense.definition) for sense in candidates):
            return ""
        at = object_head(tokens, index)
        if at is None or not tokens[at].pos.startswith("NN") or tokens[at].proper_noun:
            return ""
        return _stuff(self.cues.first_field(tokens[at].lemma.lower()))

    def _fields_filled(self, analysis: Analysis, token_index: int,
                       candidates: Sequence[Sense]) -> frozenset[str]:
        """The candidates heading a field (`TOP_FIELD`, named as the field is: "plant",
        noun.plant) that has a label of its own (`LeskSignatures.field_of`: "(botany)")
        and that `FIELD_FILED_NOUNS` or more of the story's other common nouns are of by
        their first sense (`ContextCues.first_field`): "seeds" and "flowers" put a garden
        story's plants in botany. Asked only of a word with such a sense, as few have."""
        tops = [sense for sense in candidates if sense.lexname == TOP_FIELD and sense.synonyms
                and self.signatures.field_of(sense)]
        if not tops:
            return frozenset()
        head = analysis.tokens[token_index].lemma.lower()
        nouns = {token.lemma.lower() for token in analysis.tokens
                 if token.upos == "NOUN" and not token.proper_noun} - {head}
        filed = Counter(self.cues.first_field(noun) for noun in nouns)
        return frozenset(sense.synset for sense in tops
                         if filed[f"noun.{sense.synonyms[0].lower()}"] >= FIELD_FILED_NOUNS)

    def _ends_on_a_made_thing(self, sense: Sense) -> bool:
        """Whether ``sense`` is a verb's whose gloss ends its first clause on the thing it
        is done to, out of brackets (`MADE_THING_OBJECT`), a made thing by that noun's
        first sense (`MADE_THING`): "create or manufacture a man-made product"."""
        if sense.pos != "v":
            return False
        named = MADE_THING_OBJECT.match(sense.definition.split(";", 1)[0])
        return named is not None and self.cues.first_field(named.group(1)) == MADE_THING

    def _object_field(self, tokens: Sequence[Token], index: int,
                      candidates: Sequence[Sense]) -> str:
        """The field (`ContextCues.first_field`) of the common noun the verb at
        ``index`` takes as its object, asked for only when a candidate's gloss ends on a
        made thing (`_ends_on_a_made_thing`); "" for none."""
        if tokens[index].upos != "VERB" or not any(
                self._ends_on_a_made_thing(sense) for sense in candidates):
            return ""
        at = object_head(tokens, index)
        if at is None or not tokens[at].pos.startswith("NN") or tokens[at].proper_noun:
            return ""
        return self.cues.first_field(tokens[at].lemma.lower())

    def _stuff_taken(self, tokens: Sequence[Token], index: int,
                     candidates: Sequence[Sense]) -> frozenset[str]:
        """The fields of stuff (`_STUFF_FIELDS`) that a gloss of the verb whose object the
        noun at ``index`` is names in brackets as its object (`BRACKETED_OBJECTS`, by
        first sense: `ContextCues.first_field`): "test" has "determine the presence or
        properties of (a substance)", so "tested the soil" is the earth, not "the state
        of being covered with unclean things". Asked only of a noun with a sense of
        stuff and another of some other field, as few have (a cue worked out for
        every word cost 7%)."""
        if tokens[index].upos != "NOUN" or not any(
                sense.lexname in _STUFF_FIELDS for sense in candidates) or all(
                sense.lexname in _STUFF_FIELDS for sense in candidates):
            return frozenset()
        verb = verb_over(tokens, index)
        if verb is None:
            return frozenset()
        lemma = tokens[verb].lemma.lower()
        found = self._stuff_of_verbs.get(lemma)
        if found is None:
            found = self._stuff_of_verbs[lemma] = frozenset(
                field for sense in self.senses(lemma, "v") if "(" in sense.definition
                for bracket in BRACKETED_OBJECTS.findall(sense.definition)
                for word in GLOSS_WORD.findall(bracket)
                if len(word) > 1 and word not in GLOSS_STOPWORDS
                and (field := self.cues.first_field(word)) in _STUFF_FIELDS)
        return found

    def _sells_goods_named(self, tokens: Sequence[Token], index: int,
                           candidates: Sequence[Sense]) -> frozenset[str]:
        """The made things among ``candidates`` whose gloss says goods are sold there
        (`SELLS_GLOSS`), when the noun before the noun at ``index`` names goods by its
        first sense (`GOODS_FIELDS`): "a vegetable stall" is "a booth where articles are
        displayed for sale". The gloss test comes first: few nouns have such a sense."""
        selling = frozenset(sense.synset for sense in candidates
                            if sense.lexname == "noun.artifact"
                            and SELLS_GLOSS.search(sense.definition))
        if not selling:
            return selling
        modifier = self.cues.noun_modifier(tokens, index)
        if not modifier or self.cues.first_field(modifier) not in GOODS_FIELDS:
            return frozenset()
        return selling

    def _borrowed_names(self, candidates: Sequence[Sense], headword: str) -> set[str]:
        """The used noun senses (`BORROWED_NAME_USES` or fewer uses) whose first name is
        another word, a specialist's or a person's the word has in none of its own
        senses (`BORROWED_NAME_ZIPF`)."""
        word = headword.lower()
        spellings = {word, american_spelling(word) or word}  # "organiser": "organizer"
        lesser = [sense for sense in candidates if sense.pos == "n" and sense.synonyms
                  and 0 < sense.count <= BORROWED_NAME_USES
                  and not any(same_family(sense.synonyms[0].lower(), spelling)
                              for spelling in spellings)]
        if not lesser:
            return set()
        own_fields = {sense.lexname for sense in candidates
                      if sense.synonyms and sense.synonyms[0].lower() in spellings}
        return {sense.synset for sense in lesser
                if self._rarer_name(sense.synonyms[0].lower(), word)
                or sense.lexname == _PERSON and _PERSON not in own_fields}

    def takes_after_object(self, token: Token, preposition: str) -> bool:
        """Whether a sense of the verb of participle ``token`` has an example taking
        ``preposition`` after its object, or right after it as a passive
        (`object_preposition_examples`), and SemCor uses it more than any sense of the
        adjective whose example has the preposition right after it: "was charged with
        theft" is the verb's frame ("he charged the director with indifference", 10
        uses to "an atmosphere charged with excitement", 1), not "charged particles",
        however much more SemCor uses that. "Acquainted with" stays the adjective
        ("fully acquainted with the facts", as many uses as "acquaint you with")."""
        if not preposition:
            return False
        verb, surface = token.lemma.lower(), token.text.lower()
        verb_senses = self.senses(verb, "v")
        # The examples' words are lemmatised (`object_preposition_examples`): read in one
        # query, not one a word.
        self._words.prefetch_lemmas(word for sense in verb_senses if sense.count
                                    for example in sense.examples
                                    for word in GLOSS_WORD.findall(example.lower()))
        as_verb = max((sense.count for sense in verb_senses if sense.count
                       and object_preposition_examples(sense.examples, verb, preposition,
                                                       self._words)), default=0)
        if not as_verb:
            return False
        as_adjective = max((sense.count for sense in self.senses(surface, "a")
                            if preposition_examples(sense.examples, surface, preposition,
                                                    self._words)), default=-1)
        return as_verb > as_adjective

    def _rarer_name(self, name: str, word: str) -> bool:
        """Whether ``name`` is `BORROWED_NAME_ZIPF` rarer than ``word``, both plain words
        the compiled word facts know: for another ("objet d'art") only wordfreq can
        tell, and loading it took the engine process from 127 to 183 MB."""
        return bool(PLAIN_COMPOUND.fullmatch(name) and PLAIN_COMPOUND.fullmatch(word)) \
            and self._words.zipf(name, "NOUN") < self._words.zipf(word, "NOUN") - BORROWED_NAME_ZIPF

    def choose(
        self, analysis: Analysis, token_index: int, *, lemma: str = "", upos: str = "",
        whole_story: bool = False,
    ) -> tuple[Sense | None, list[Sense]]:
        """The sense used at ``token_index`` and the other senses, most frequent first.

        ``lemma`` and ``upos`` override the token's own (a participle read as an
        adjective: "roasted" in "roasted turkey"). With ``whole_story``, every use of
        the word in the story has its say (`rank_in_story`): what the learner is shown,
        the same meaning wherever they open the word. A meaning the learner chose for
        the word in this article (`Analysis.chosen_senses`) is the one used.
        """
        token = analysis.tokens[token_index]
        if used_as_pronoun(analysis.tokens, token_index):
            return None, []  # "Nobody came": none of WordNet's nouns ("a nobody")
        if lemma or upos:
            pos = UPOS_TO_WORDNET.get(upos or token.upos, "")
            candidates = (self.senses(lemma or token.lemma.lower(), pos, name=token.proper_noun)
                          if pos else [])
        else:
            candidates = self.senses_for(token)
            if counted_plural(analysis.tokens, token_index):
                # "two tons of food": counted, so the singular's units, not the
                # plural's own "a large number or amount" ("tons of work").
                lemma_key, pos, _ = self.wordnet_key(token)
                candidates = self.senses(lemma_key, pos) or candidates
        if token.proper_noun:
            candidates = named_here(candidates, analysis, token_index,
                                    lambda word, pos: self.senses(word, pos, name=True))
        else:
            candidates = not_people_said_it(analysis.tokens, token_index,
                                            not_taxa(not_glossed_as_nouns(candidates)))
            if token.text[:1].islower():
                candidates = not_names(candidates)
        if accustomed_used_to(analysis.tokens, token_index):
            # WordNet has it as an adjective of its own: "used to", in the habit.
            accustomed = self.senses("used to", "a")
            if accustomed:
                return accustomed[0], [s for s in candidates
                                       if s.synset != accustomed[0].synset]
        if not candidates:
            return None, []
        learners = self.learners_choice(analysis, token_index, lemma=lemma, upos=upos)
        chosen = next((s for s in candidates if s.synset == learners), None)
        if chosen is not None:  # the learner said which it is: it wins
            return chosen, [s for s in candidates if s is not chosen]
        if len(candidates) == 1:
            return candidates[0], []  # nothing to choose between: no signatures to build
        plural_sense = kept_plural_sense(token, candidates) or indefinite_number(
            token, candidates)
        if plural_sense is not None:
            return plural_sense, [s for s in candidates if s.synset != plural_sense.synset]
        if habitual_used_to(analysis.tokens, token_index):
            # Grammar decides, not the context's words: the sense WordNet shows so.
            habit = next((sense for sense in candidates
                          if any(_USED_TO_EXAMPLE.search(e) for e in sense.examples)), None)
            if habit is not None:
                return habit, [s for s in candidates if s.synset != habit.synset]
        rank = self.rank_in_story if whole_story else self.rank_at
        readings = plural_reading(analysis.tokens, token_index, candidates)
        chosen = rank(analysis, token_index, readings, lemma)[0][1]
        return chosen, [s for s in candidates if s.synset != chosen.synset]

    def learners_choice(self, analysis: Analysis, token_index: int, *, lemma: str = "",
                        upos: str = "") -> str | None:
        """The synset the learner chose for the token's word in this article, read as
        ``lemma`` and ``upos`` when given (as in `choose`); None when they chose none."""
        token = analysis.tokens[token_index]
        return analysis.chosen_senses.get(
            (lemma or token.lemma.lower(), upos or self.word_pos(token)))

    def rank_in_story(self, analysis: Analysis, token_index: int, candidates: list[Sense],
                      lemma: str = "") -> list[tuple[float, Sense]]:
        """``candidates`` scored over the story's uses of the word (this one and the
        nearest others, up to `STORY_USES_READ`) in the part of speech of
        ``candidates``: the mean of each use's `rank_at` score. A word means one thing
        throughout a story (Gale, Church and Yarowsky's "one sense per discourse"):
        "fares" in a story of bus fares was the sum charged once, a taxi passenger
        twice and a menu twice (QA walk-through). ``lemma`` overriding the token's own
        reads this use alone."""
        uses = [token_index]
        if not lemma or lemma == analysis.tokens[token_index].lemma.lower():
            uses += self._nearest_uses(analysis, token_index, candidates[0].pos)
        if len(uses) == 1:
            return self.rank_at(analysis, token_index, candidates, lemma)
        # "These bursts" refers to a use before it and means what that one does: its own
        # sentence is no evidence ("short bursts of activity ... These bursts appear to
        # replay" is no explosion).
        said_anew = [use for use in uses if not points_back(analysis.tokens, use)]
        if said_anew:
            uses = said_anew
            if len(uses) == 1:
                return self.rank_at(analysis, uses[0], candidates, lemma)
        # A list says what kind of thing the word is in the whole story: "farmers,
        # bakers, builders and children", then "the builders are back".
        fields = {use: self.cues.list_field(analysis.tokens, use) for use in uses}
        kinds = set(fields.values()) - {""}
        in_lists = kinds.pop() if len(kinds) == 1 else ""
        # One use with the person a sense's gloss asks for ("the singer went on trial")
        # puts the story in that sense's field for every use ("the trial lasted").
        fitted = self._person_fits(analysis, uses, candidates)
        totals = {sense.synset: 0.0 for sense in candidates}
        for use in uses:
            for score, sense in self.rank_at(analysis, use, candidates, lemma,
                                             fields[use] or in_lists, fitted):
                totals[sense.synset] += score
        order = {sense.synset: n for n, sense in enumerate(candidates)}
        return [(totals[sense.synset] / len(uses), sense) for sense in
                sorted(candidates, key=lambda s: (-totals[s.synset], order[s.synset]))]

    def _nearest_uses(self, analysis: Analysis, token_index: int, pos: str) -> list[int]:
        """The other uses of the token's lemma in WordNet part of speech ``pos`` within
        `USES_REACH` tokens either side: all of them when they are at most
        `ALL_USES_READ`, else the nearest `STORY_USES_READ` - 1."""
        tokens = analysis.tokens
        lemma = tokens[token_index].lemma.lower()
        # The uses of the lemma in reach, from the story's index of its lemmas, then
        # nearest first (the one before at equal distance): a walk out from the word, a
        # step a side at a time, took a few milliseconds a word.
        uses = self._lemma_uses(analysis)[lemma]  # in order
        reach = uses[bisect.bisect_left(uses, token_index - USES_REACH + 1):
                     bisect.bisect_left(uses, token_index + USES_REACH)]
        same = [index for index in reach if index != token_index]
        same.sort(key=lambda index: (abs(index - token_index), index > token_index))
        found: list[int] = []
        for index in same:
            if UPOS_TO_WORDNET.get(self.word_pos(tokens[index])) == pos:
                found.append(index)
                if len(found) == ALL_USES_READ:
                    return found[:STORY_USES_READ - 1]
        return found

    def rank_at(self, analysis: Analysis, token_index: int, candidates: list[Sense],
                lemma: str = "", list_field: str | None = None,
                in_field: Collection[str] = frozenset()) -> list[tuple[float, Sense]]:
        """``candidates`` scored (`rank`) by all the token's story and grammar say, best
        first; ``lemma`` overrides the token's own; ``list_field``: the field of the
        lists the word is in (`list_field`; worked out here when None); ``in_field``:
        the senses another use of the word shows the story is in the field of
        (`rank_in_story`).

        Kept for the last story asked: a glossary asks a word's use again (its rarer
        sense at its anchor, then the story's uses with it; a word's senses for its
        entry and for a language term), ~6 of ~30 rankings at 10,000 words."""
        if list_field is None:
            list_field = self.cues.list_field(analysis.tokens, token_index)
        if self._ranked[0] is not analysis:  # the analysis itself: see `story_words`
            self._ranked = (analysis, {})
        key = (token_index, tuple(candidates), lemma, list_field, frozenset(in_field))
        ranked = self._ranked[1].get(key)
        if ranked is None:
            ranked = self._ranked[1][key] = self._rank_at(analysis, token_index, candidates,
                                                          lemma, list_field, in_field)
        return list(ranked)

    def _rank_at(self, analysis: Analysis, token_index: int, candidates: list[Sense],
                 lemma: str, list_field: str, in_field: Collection[str]
                 ) -> list[tuple[float, Sense]]:
        token = analysis.tokens[token_index]
        own, near = sentence_context(analysis, token.sentence, exclude=token_index)
        doers_own, doers_near = self.cues.doers_context(analysis, token.sentence, token_index)
        own, near = own | doers_own, near | doers_near
        story = self.story_words(analysis)
        beside = adjacent_words(analysis, [token_index]) | self.cues.compound_words(analysis,
                                                                               token_index)
        collocation = collocation_at(analysis.tokens, token_index)
        time_noun = time_phrase_noun(analysis.tokens, token_index)
        undergone = under_a_bare_noun(analysis.tokens, token_index)
        if time_noun is not None:  # "the next three years": "years" is its collocate
            collocation = (collocation[0], analysis.tokens[time_noun].lemma.lower())
        of_object, of_person, names_an_act = self._whose(analysis, token_index)
        return self.rank(candidates, own, near, lemma or token.lemma, story, beside,
                         collocation=collocation,
                         named_fields=self.fields_named(analysis, token_index,
                                                        lemma or token.lemma),
                         things_near=self.cues.things_named_near(analysis, token.sentence)
                         if any(EXAMPLES_NAMED.search(sense.definition)
                                for sense in candidates) else frozenset(),
                         alone_after_be=token.upos == "ADV"
                         and alone_after_be(analysis.tokens, token_index),
                         opens_sentence=token.upos != "ADV" or token_index
                         == analysis.sentence_token_range(token.sentence).start,
                         shown_counted=_counted_senses(analysis.tokens, token_index,
                                                       candidates, lemma or token.lemma),
                         stuff_taken=self._stuff_taken(analysis.tokens, token_index,
                                                       candidates),
                         sells_goods=self._sells_goods_named(analysis.tokens, token_index,
                                                             candidates),
                         of_every_kind=_of_every_kind(analysis.tokens, token_index),
                         counted_one=any(sense.lexname == SUBSTANCE for sense in candidates)
                         and any(sense.lexname in COUNTED_FIELDS for sense in candidates)
                         and counted_by_a(analysis.tokens, token_index),
                         modifier=self.cues.modifier_gloss(analysis.tokens, token_index),
                         noun_modifier=self.cues.noun_modifier(analysis.tokens, token_index),
                         noun_modified=self.cues.noun_modified(analysis.tokens, token_index),
                         plural=token.pos in ("NNS", "NNPS"),
                         list_field=list_field,
                         skip=stem_set(token),
                         before_infinitive=before_infinitive(analysis.tokens, token_index),
                         noun_infinitive=self.cues.noun_before_infinitive(analysis.tokens,
                                                                         token_index),
                         speaker=names_a_speaker(analysis.tokens, token_index)
                         or names_a_named(analysis.tokens, token_index)
                         or self.cues.bears_a_persons_name(analysis.tokens, token_index)
                         or self.cues.names_a_doer(analysis.tokens, token_index),
                         says=names_a_speaker(analysis.tokens, token_index),
                         told_to=self.cues.names_one_told_to(analysis.tokens, token_index)
                         or self.cues.bears_a_persons_name(analysis.tokens, token_index),
                         with_object=object_after(analysis.tokens, token_index),
                         person_object=self.cues.is_person(
                             analysis.tokens, object_head(analysis.tokens, token_index)),
                         compound_kinds=self.cues.compound_kinds(analysis, token_index),
                         object_kinds=self.cues.object_kinds(
                             analysis.tokens, object_head(analysis.tokens, token_index))
                         if token.upos != "NOUN" else self.cues.kinds_beside(analysis.tokens,
                                                                             token_index),
                         kind_field=self._kind_field(analysis.tokens, token_index, candidates),
                         object_field=self._object_field(analysis.tokens, token_index,
                                                         candidates),
                         person_subject=self.cues.subject_is_person(analysis.tokens, token_index),
                         adjective_infinitive=adjective_before_infinitive(analysis.tokens,
                                                                          token_index),
                         silent_on_fields=len(analysis.sentences) >= FIELD_SILENCE_SENTENCES,
                         amount_subject=self.cues.subject_of_amount_change(analysis.tokens,
                                                                      token_index),
                         subject_kind=self.cues.complement_kind(analysis.tokens, token_index),
                         names_an_act=names_an_act,
                         abstract_doer=self.cues.doer_is_abstract(analysis.tokens, token_index),
                         undergone=undergone,
                         mental_processes=self._mental_processes(lemma or token.lemma.lower())
                         if undergone else frozenset(),
                         units_served=self._units_served(analysis.tokens, token_index,
                                                         lemma or token.lemma.lower()),
                         of_after=None if token.upos != "NOUN" else token_index + 1 < len(
                             analysis.tokens) and analysis.tokens[token_index + 1].text == "of",
                         of_object=of_object,
                         of_person=of_person,
                         # These three cues weigh only senses of a kind few words have:
                         # asked for such a word alone (issue 8: asked for every word, the
                         # hyponyms of "artifact" were read for each analysis, +7%).
                         borne=of_object and of_person is True
                         and self.cues.borne_by_subject(analysis.tokens, token_index),
                         to_person=None if not any(_asks_for_a_kind_of_person(sense)
                                                   for sense in candidates)
                         or (to := self.cues.person_after_to(analysis.tokens, token_index))
                         is None else analysis.tokens[to],
                         held=any(_an_act_gloss(sense) for sense in candidates)
                         and self.cues.held_thing(analysis.tokens, token_index),
                         in_field=in_field,
                         fields_filled=self._fields_filled(analysis, token_index, candidates),
                         time_phrase=time_noun is not None,
                         preposition=taken_preposition(analysis.tokens, token_index),
                         object_preposition=preposition_after_object(analysis.tokens,
                                                                     token_index),
                         counted_to=_counted_before_to(analysis.tokens, token_index),
                         describes_person=self.cues.is_person(analysis.tokens, token_index + 1)
                         if attributive(analysis.tokens, token_index) else None,
                         object_of=analysis.tokens[verb].lemma.lower()
                         if (verb := verb_over(analysis.tokens, token_index)) is not None
                         else "")

    def _whose(self, analysis: Analysis, token_index: int) -> tuple[bool, bool | None, bool]:
        """Whether the noun at ``token_index`` has an "of" phrase that is no time, or a
        person whose it is; whether that names a person (None: cannot say); whether it
        names an act (`act_with_doer_and_object`, `ContextCues.act_of_someone`)."""
        tokens = analysis.tokens
        noun = tokens[token_index].upos == "NOUN"
        of_noun = of_object_noun(tokens, token_index)
        of_object = noun and _of_phrase_after(tokens, token_index) \
            and not self._names_a_time(tokens, of_noun)
        # A person's possessive says whose it is as an "of" phrase would ("his trial").
        # So does a person subject of the verb a bare noun follows ("he went on trial").
        whose = noun and (self.cues.possessor_is_person(tokens, token_index)
                          or self.cues.borne_by_subject(tokens, token_index))
        names_an_act = act_with_doer_and_object(tokens, token_index) \
            and not self._names_a_time(tokens, of_noun) \
            or self.cues.act_of_someone(tokens, token_index)
        of_person = self.cues.is_person(tokens, of_noun) if of_object else whose or None
        return of_object or whose, of_person, names_an_act

    def _person_fits(self, analysis: Analysis, uses: Sequence[int],
                     candidates: Sequence[Sense]) -> frozenset[str]:
        """The candidates whose gloss asks for the person one of ``uses`` has in its "of"
        phrase, possessive or subject (`OF_PERSON_GLOSS`, `_whose`)."""
        fitting = [sense for sense in candidates if sense.pos == "n"
                   and OF_PERSON_GLOSS.search(sense.definition.split(";", 1)[0])]
        if not fitting:
            return frozenset()
        for use in uses:
            of_object, of_person, names_an_act = self._whose(analysis, use)
            if of_object and of_person and not names_an_act:
                return frozenset(sense.synset for sense in fitting)
        return frozenset()

    def _mental_processes(self, noun: str) -> frozenset[str]:
        """The synsets of the noun's senses that are processes of the mind
        (`MENTAL_PROCESS`: "review" as a new appraisal), which one undergoes as one does
        an act or a state; read in outline, by synset id."""
        processes = self.synset_ids_below(MENTAL_PROCESS)
        return frozenset(sense.synset for sense, outline in zip(
            self.senses(noun, "n"), self.outlines(noun, "n"), strict=True)
            if outline.synset_id in processes)

    def _units_served(self, tokens: Sequence[Token], index: int, noun: str) -> frozenset[str]:
        """The senses of ``noun`` (at ``index``) that are administrative units
        (`ADMINISTRATIVE_UNIT`), when the noun before it names a field such a unit
        serves (`ContextCues.names_a_field_served`: "the health ministry") and the
        noun's first sense is of no such field itself ("job security"). Read in
        outline, by synset id; asked only of a noun with a noun before it."""
        if tokens[index].upos != "NOUN" or not self.cues.noun_modifier(tokens, index):
            return frozenset()
        units = self.synset_ids_below(ADMINISTRATIVE_UNIT)
        senses = self.senses(noun, "n")
        found = frozenset(sense.synset for sense, outline in zip(
            senses, self.outlines(noun, "n"), strict=True) if outline.synset_id in units)
        if not found or senses[0].lexname in SERVED_FIELDS \
                or not self.cues.names_a_field_served(tokens, index):
            return frozenset()
        return found

    def _names_a_time(self, tokens: Sequence[Token], index: int | None) -> bool:
        """Whether the common noun at ``index`` is first of all a time ("year"): "the
        beginning of the year" is no act of beginning anything."""
        if index is None or tokens[index].proper_noun:
            return False
        senses = self.senses(tokens[index].lemma.lower(), "n")
        return bool(senses) and senses[0].lexname == "noun.time"

    def choose_expression(self, analysis: Analysis, expression: Expression) -> list[Sense]:
        """The expression's senses, the one its sentence uses first ([] when WordNet has
        none in its part of speech): the one the learner chose for it in this article
        (`Analysis.chosen_senses`, under `expression_key`) when they did."""
        ranked = self._rank_expression(analysis, expression)
        learners = analysis.chosen_senses.get(expression_key(expression))
        chosen = next((s for s in ranked if s.synset == learners), None)
        if chosen is None:
            return ranked
        return [chosen, *(s for s in ranked if s is not chosen)]

    def expression_senses(self, expression: Expression) -> list[Sense]:
        """The expression's senses in WordNet's order, the ones `choose_expression` ranks."""
        senses = self.senses(expression.lemma, expression_wordnet_pos(expression))
        if not senses and (synset := EXTRA_EXPRESSION_SENSES.get(expression.lemma)):
            sense = self.lexicon.synset(synset)
            senses = [sense] if sense is not None else []
        return senses

    def _rank_expression(self, analysis: Analysis, expression: Expression) -> list[Sense]:
        senses = self.expression_senses(expression)
        if not senses:
            return []
        own, near = sentence_context(analysis, expression.sentence, expression.token_indices)
        story = self.story_words(analysis)
        beside = adjacent_words(analysis, expression.token_indices)
        ranked = [sense for _, sense in self.rank(
            senses, own, near, expression.lemma, story, beside,
            with_object=expression_object(analysis.tokens, expression),
            person_object=self.cues.is_person(
                analysis.tokens, expression_object_head(analysis.tokens, expression)))]
        split = split_by_its_object(expression)
        # Its object stands inside it: a sense WordNet frames with none cannot be it,
        # however often SemCor has it ("turn my customers away" is to refuse them
        # entry, not "move so as not to face", 13 uses to 1; QA walk-through). Then a
        # sexual or crude sense comes after the others that fit: "she had to wind her
        # players up at half-time" was "stimulate sexually", WordNet's first sense of
        # "wind up" (QA walk-through). It stays in the list, to be chosen.
        return sorted(ranked, key=lambda sense: (
            split and bool(sense.frames) and not sense.frames & WITH_OBJECT_FRAMES,
            unfit_for_class(sense.definition)))

    def _lemma_uses(self, analysis: Analysis) -> dict[str, list[int]]:
        """Where each lemma (lower case) of the last story asked stands, in order: one
        walk over the story, not one over the words in reach of each word ranked."""
        if self._uses[0] is not analysis:  # the analysis itself: see `story_words`
            as_written: defaultdict[str, list[int]] = defaultdict(list)
            for index, lemma in enumerate(map(_LEMMA, analysis.tokens)):
                as_written[lemma].append(index)
            uses: dict[str, list[int]] = {}
            for lemma, where in as_written.items():  # lower case once a lemma, not a token
                key = lemma.lower()
                uses[key] = sorted(uses[key] + where) if key in uses else where
            self._uses = (analysis, uses)
        return self._uses[1]

    def fields_named(self, analysis: Analysis, token_index: int,
                     headword: str) -> dict[str, float]:
        """The fields WordNet files the text's words under (`Lexicon.fields_of`: "law"
        for "filed", "lawyer", "verdict"), each with how surely the text names it
        (`FIELD_WORD_WEIGHTS`: a word of its sentence, of those beside it, of the rest
        of the story); not the word itself."""
        fields = self._lemma_fields(analysis)
        if not fields:
            return {}
        head = headword.lower()
        tokens = analysis.tokens
        sentence = tokens[token_index].sentence
        own = analysis.sentence_token_range(sentence)
        near = range(analysis.sentence_token_range(max(sentence - 1, 0)).start,
                     analysis.sentence_token_range(sentence + 1).stop or own.stop)
        uses = self._lemma_uses(analysis)
        # Every lemma weighs what its uses elsewhere give it (`_far_fields`, once a
        # story); only those used in these sentences, and the word itself, differ:
        # ~30 words ranked had each walked the story's ~500 lemmas with fields.
        far, lemmas_of = self._far_fields(analysis)
        named = dict(far)
        beside = {tokens[i].lemma.lower() for span in (own, near) for i in span}
        for lemma in beside & fields.keys():
            if lemma == head:
                continue
            lift = _nearest_use_weight(uses[lemma], own, near) - FIELD_WORD_WEIGHTS[0]
            for field in fields[lemma]:
                named[field] += lift
        if head in fields:
            weight = _far_weight(uses.get(head, ()))  # (passed over above)
            for field in fields[head]:
                if lemmas_of[field] == 1:
                    del named[field]  # the word's own field, named by no other word
                else:
                    named[field] -= weight
        return named

    def _far_fields(self, analysis: Analysis) -> tuple[dict[str, float], dict[str, int]]:
        """Each field of `_lemma_fields` with what its lemmas weigh by their uses
        anywhere in the story (`FIELD_WORD_WEIGHTS`' least), and how many lemmas it
        has: `fields_named` for a word used in no sentence near any of them. The sums
        are of halves, so taking a lemma's weight out again leaves them exact."""
        if self._far[0] is not analysis:  # the analysis itself: see `story_words`
            uses = self._lemma_uses(analysis)
            totals: dict[str, float] = {}
            counts: dict[str, int] = {}
            for lemma, topics in self._lemma_fields(analysis).items():
                weight = _far_weight(uses.get(lemma, ()))
                for field in topics:
                    totals[field] = totals.get(field, 0.0) + weight
                    counts[field] = counts.get(field, 0) + 1
            self._far = (analysis, totals, counts)
        return self._far[1], self._far[2]

    def _lemma_fields(self, analysis: Analysis) -> dict[str, frozenset[str]]:
        """`Lexicon.fields_of` the story's content words (not names), for the last
        story asked: one query a story."""
        if self._fields[0] is not analysis:  # the analysis itself: see `story_words`
            lemmas = {lemma.lower() for lemma, _ in self._content_types(analysis)}
            self._fields = (analysis, self.lexicon.fields_of(lemmas))
        return self._fields[1]

    def _content_types(self, analysis: Analysis) -> Counter[tuple[str, str]]:
        """The (lemma, text) of the story's content words (not names), with how often
        the story uses each, for the last story asked: `story_words` and
        `_lemma_fields` read the story by word type (a long story repeats its words
        thousands of times), in one walk over it."""
        if self._types[0] is not analysis:  # the analysis itself: see `story_words`
            self._types = (analysis, Counter(
                (token.lemma, token.text) for token in analysis.tokens
                if token.upos in CONTENT_UPOS and not token.proper_noun))
        return self._types[1]

    def story_words(self, analysis: Analysis) -> Counter[str]:
        """Stems of the story's content words (not names), with how often the story
        uses each, for the last story asked."""
        # Kept by the analysis itself, not its id(): a later analysis may be given the
        # id of one freed since, and would be read with the old story's words.
        if self._story[0] is not analysis:
            uses: Counter[str] = Counter()
            for (lemma, text), count in self._content_types(analysis).items():
                # Forms count too, but not those of words that say nothing ("made").
                stems = lemma_stems(lemma, text)
                for stem in stems | content_words(text) if stems else stems:
                    uses[stem] += count
            self._story = (analysis, uses)
        return self._story[1]


def _far_weight(uses: Sequence[int]) -> float:
    """`_nearest_use_weight` of uses none of which is in the sentences asked about."""
    return FIELD_WORD_WEIGHTS[0] if uses else 0.0


def _nearest_use_weight(uses: Sequence[int], own: range, near: range) -> float:
    """The most `FIELD_WORD_WEIGHTS` gives any of ``uses`` (token indices, in order), by
    whether it is in the sentence ``own`` and in the sentences ``near`` it; 0.0 for no
    use. Counted by bisection in each span: a common word's uses run to thousands in a
    long story, and each of the ~30 words ranked walked them all."""
    if not uses:
        return 0.0
    both = range(max(own.start, near.start), min(own.stop, near.stop))
    in_both, in_own, in_near = (_uses_within(uses, span) for span in (both, own, near))
    in_one = in_own + in_near - 2 * in_both
    counted = ((in_both, 2), (in_one, 1), (len(uses) - in_both - in_one, 0))
    return max(FIELD_WORD_WEIGHTS[kind] for count, kind in counted if count)


def _uses_within(uses: Sequence[int], span: range) -> int:
    if span.stop <= span.start:
        return 0
    return bisect.bisect_left(uses, span.stop) - bisect.bisect_left(uses, span.start)


def _stuff(field: str) -> str:
    """``field`` when it is one of the stuff things are made of (`_STUFF_FIELDS`)."""
    return field if field in _STUFF_FIELDS else ""


def _of_phrase_after(tokens: Sequence[Token], index: int) -> bool:
    """Whether "of" and a noun's phrase follow the word at ``index`` ("critics of the
    new tax plan")."""
    after = index + 1
    return after < len(tokens) and tokens[after].text.lower() == "of" \
        and of_object_noun(tokens, index) is not None


# A WordNet example showing the past-habit "used to" ("She used to call her mother").
_USED_TO_EXAMPLE = re.compile(r"\bused to\b", re.IGNORECASE)


def _an_act_gloss(sense: Sense) -> bool:
    """Whether ``sense`` is an act its gloss names as one ("the act of giving a formal
    authorization"), which a thing held is not (`HELD_ACT_PENALTY`)."""
    return sense.lexname == _ACT and sense.definition.startswith("the act of")


def _asks_for_a_kind_of_person(sense: Sense) -> bool:
    """Whether ``sense`` is a person's whose gloss asks for a kind of person after "to"
    (`TO_PERSON_GLOSS`: "assistant to a more senior officer")."""
    return sense.lexname == _PERSON and TO_PERSON_GLOSS.search(
        sense.definition.split(";", 1)[0]) is not None


def _one_of_the_kind_modified(sense: Sense, headword: str, modified: str) -> frozenset[str]:
    """The stem of ``modified``, the noun the sense's word is before ("quality" in "air
    quality", "bill" in "a draft bill"), when the sense's names or the opening of its
    gloss, before any word that links it to something else (`_GLOSS_LINK`), make it one
    of those ("a distinctive but intangible quality", "bill of exchange"; not "a
    compound that ... freezes into ice"): what a noun before a noun names is seldom of
    the kind the noun after it is, so that noun is no evidence for such a sense, unless
    the two words together are one of its names."""
    if not modified or sense.pos != "n":
        return frozenset()
    names = {name.lower() for name in sense.synonyms}
    if f"{headword.lower()} {modified}" in names:
        return frozenset()
    # A name's head, not its modifier: "bill" of "bill of exchange", not "water" of
    # "water tap" (no water, though "tap water" is).
    heads = {name.split(" of ", 1)[0].split()[-1] for name in names}
    stem = crude_stem(modified)
    if stem not in content_words(_GLOSS_LINK.split(sense.definition, 1)[0]) \
            | content_words(" ".join(heads)):
        return frozenset()
    return frozenset({stem})


# What ends the opening of a gloss that says what kind of thing a sense is: a relative
# word, a preposition or a break ("binary compound | that occurs ...").
_GLOSS_LINK = re.compile(r"\b(?:that|which|who|whom|whose|where|when|of|for|with|in|on|at|by"
                         r"|from|to|as|into|used|made)\b|[,;(]")


def _of_every_kind(tokens: Sequence[Token], index: int) -> str:
    """The lemma of the common noun the common noun at ``index`` ends "of every", "of
    all" or the like after (`_EVERY_KIND`), "" for none: "officers of every rank" are of
    every status, not of every row of soldiers; "people of all ages" of every age."""
    if index < 3 or not tokens[index].pos.startswith("NN") or tokens[index].proper_noun:
        return ""
    head, of, every = tokens[index - 3], tokens[index - 2], tokens[index - 1]
    varies = every.text.lower() in _EVERY_KIND and of.text.lower() == "of" \
        and head.pos in ("NN", "NNS") and head.sentence == tokens[index].sentence
    return head.lemma.lower() if varies else ""


def _varying_senses(candidates: Sequence[Sense], varying: str
                    ) -> tuple[frozenset[str], bool]:
    """The candidates by which things of kind ``varying`` vary (`_of_every_kind`), and
    whether their glosses name such a thing ("the role assigned to an individual
    player"); with none naming it, those of an attribute or a state (`_VARYING_FIELDS`)."""
    stem = crude_stem(varying)
    naming = frozenset(sense.synset for sense in candidates
                       if stem in content_words(sense.definition.split(";", 1)[0]))
    return (naming, True) if naming else (frozenset(
        sense.synset for sense in candidates if sense.lexname in _VARYING_FIELDS), False)


def _counted_before_to(tokens: Sequence[Token], index: int) -> bool:
    """Whether the singular noun at ``index`` follows "a" or "an" (past adjectives) and
    is followed by "to" and no verb ("a testament to their courage", not "a plan to
    build"): a cheap test of the tags, so that only such a noun's examples are read
    (`counted_to_examples`)."""
    if tokens[index].pos != "NN" or index + 2 >= len(tokens) \
            or tokens[index + 1].text.lower() != "to" \
            or tokens[index + 2].sentence != tokens[index].sentence \
            or tokens[index + 2].pos.startswith(("VB", "RB", "MD")):
        return False
    return counted_by_a(tokens, index)


def _counted_senses(tokens: Sequence[Token], index: int, candidates: Sequence[Sense],
                    lemma: str) -> frozenset[str]:
    """The candidates whose examples only count the noun (`shown_bare` False: "a
    generous trust"), when it is bare here (`bare_singular_noun`, a mass noun's
    determiners too: "hurt trust in the police", "no trust") and another candidate's
    example has it bare too ("based on trust"): property held for another, not
    reliance. Asked only of a bare singular noun, and only of senses with examples."""
    if not bare_singular_noun(tokens, index, MASS_DETERMINERS):
        return frozenset()
    headword = lemma.lower()
    shown = {sense.synset: shown_bare(sense.examples, headword)
             for sense in candidates if sense.pos == "n" and sense.examples}
    if True not in shown.values():
        return frozenset()
    return frozenset(synset for synset, bare in shown.items() if bare is False)
