"""Which WordNet sense a sentence uses, and the details shown for a selected word.

The sense is chosen by an extended Lesk method: each sense's signature (its gloss,
examples and synonyms, and the glosses and lemmas of the synsets around it) is
compared with the words of the sentence and its neighbours; the overlap is added to
a prior from WordNet's sense frequencies (SemCor counts and sense rank), so a rarer
sense wins only when the context speaks for it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Protocol, TypeVar

from vocab.closed_class import CLOSED_CLASS
from vocab.collocations import (
    attributive,
    collocation_at,
    infinitive_examples,
    nouns_described,
    paired_in_examples,
    preposition_examples,
    single_word_names,
)
from vocab.expressions import EXTRA_EXPRESSION_SENSES
from vocab.gloss_labels import APPLIES_TO, PLURAL_NOTE, labelled_field
from vocab.models import (
    NO_OBJECT_FRAMES,
    OBJECT_FRAMES,
    WITH_OBJECT_FRAMES,
    Expression,
    Sense,
    Token,
    WordKey,
)
from vocab.name_senses import named_here
from vocab.offensive import unfit_for_class
from vocab.sense_filters import (
    OWN_PLURAL_MIN_USES,
    THING_SUBJECT_FRAMES,
    frames_other_object,
    frames_other_subject,
    indefinite_number,
    kept_plural_sense,
    kept_plural_singular,
    not_glossed_as_nouns,
    not_names,
    not_taxa,
    plural_reading,
)
from vocab.sentence_cues import (
    BETWEEN_SUBJECT_AND_VERB,
    FINITE_VERB_TAGS,
    SUBJECT_PRONOUNS,
    accustomed_used_to,
    act_with_doer_and_object,
    adjective_before_infinitive,
    before_infinitive,
    counted_plural,
    habitual_used_to,
    list_mates,
    names_a_named,
    names_a_speaker,
    preposition_after,
    subject_at,
    subject_of_complement,
    time_phrase_noun,
    under_a_bare_noun,
    used_as_pronoun,
    verb_of_subject,
)
from vocab.verb_objects import (
    expression_object,
    expression_object_head,
    object_after,
    object_head,
    passive_agent,
    split_by_its_object,
)
from vocab.wordinfo import CONTENT_UPOS, UPOS_TO_WORDNET, WordInfo, american_spelling

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.lexicon import Lexicon, SenseOutline

# VOA's part-of-speech labels, and a learner's dictionary's for the small words
# (Universal Dependencies' "adp." or "cconj." mean nothing to a learner).
VOA_LABELS = {"NOUN": "n.", "PROPN": "n.", "VERB": "v.", "ADJ": "adj.", "ADV": "adv.",
              "ADP": "prep.", "CCONJ": "conj.", "SCONJ": "conj.", "PRON": "pron.",
              "DET": "det.", "NUM": "num.", "INTJ": "interj.", "AUX": "v."}

_WORDNET_TO_UPOS = {"n": "NOUN", "v": "VERB", "a": "ADJ", "r": "ADV"}


class _SenseLike(Protocol):
    """What merging and filtering senses reads: `Sense` and `SenseOutline` both have it."""

    @property
    def count(self) -> int: ...
    @property
    def person(self) -> bool: ...


_S = TypeVar("_S", bound=_SenseLike)

# Weights of the Lesk score, tuned by hand on sentences written for the tests:
# one shared content word in the sentence itself is worth about as much as a
# sense being twice as frequent; the neighbouring sentences count half.
OWN_SENTENCE_WEIGHT = 1.0
NEIGHBOUR_SENTENCE_WEIGHT = 0.5
PRIOR_COUNT_WEIGHT = 0.5
RANK_PENALTY = 0.1
# Any sense but WordNet's first must win by this much: half a shared word from a
# neighbouring sentence ("principles" near "broadcaster") is noise, not evidence.
# Only when SemCor counted some sense of the word: with none counted, WordNet's order
# says nothing of which is usual ("bike": the motorcycle first, the bicycle second).
# Measured: VOA agreement 59 -> 60 of 102, definition ease 0.786 -> 0.790, WordNet's
# examples unchanged (0.355, 0.690 weighted).
NOT_FIRST_PENALTY = 0.55
# ...nor when SemCor used the word no more than this often in any sense and a word of
# the sentence is in the sense's own gloss or examples: one use or two say little, and
# the court's exhibit (1 use) had outweighed "something shown to the public" in "the
# museum opened a new exhibit" ("the museum had many exhibits of oriental art"), and a
# ruin (1 use) "an accident that destroys a ship at sea" beside "ship". Measured: WordNet's
# examples 0.389 -> 0.390 (36 found, 25 lost; 0.705 weighted unchanged), news words
# (653 of 812), VOA agreement (67 of 102, 39 of 52) and the eval unchanged; at 1 the
# examples 0.389, at 3 as at 2, at 4 VOA agreement 66. Dropped for every seldom used
# word, with no such word in the sentence, it lost news words (651 -> 648).
SELDOM_USED = 2
# Words of the rest of the story count a little: a story about borders and armies
# reads "seizure" as taking, not as an illness, even when its sentence says neither.
# A word the story repeats counts more, by `_story_weight`, when the sense's own gloss,
# examples or names use it: a story that says "antibiotics" six times is about them.
# Measured: VOA agreement 60 -> 63 of 102 (37 of 51 with two shared words, unchanged),
# recall@2k 0.516 -> 0.520, definition overlap 0.213 -> 0.218; WordNet's examples (one
# sentence each) unchanged. Weighting the related senses' words too (recall@k 0.365)
# read a moon-landing story's "orbit" as a walk of life.
STORY_WEIGHT = 0.2
# A sense's related words (the glosses and names of the synsets around it, beyond its
# own gloss, examples and names) are as many as WordNet lists kinds of it: the ash
# tree's thirteen kinds give it 117 stems, the residue of burning 21, and a story of a
# volcano shares "area", "grow", "show" and "mountain" (mountain ash) with the tree by
# chance ("a huge column of ash" was the tree, QA walk-through). In the rest of the
# story a related word counts as if a sense had at most this many, by this share of its
# number, unless two of the related glosses have it: a garden story's "flower", "grow"
# and "garden" are in many of the living plant's kinds, and are no chance. The sentence
# and its neighbours count them whole. Measured at 50: news words 639 -> 645 of 812;
# VOA agreement 65 of 101, WordNet's examples (one sentence each), recall@k 0.365, @2k
# 0.528, definition overlap 0.226 and ease 0.791 unchanged. At 30 (each related word so,
# repeated or not): news 639, recall@2k 0.524; at 70: news 645. The same share for every
# related word failed the garden's "water the plants" (factories). Counted so in the
# neighbouring sentences too: news 641; in the sentence as well: verbs' and adjectives'
# examples better (0.618 -> 0.634, 0.779 -> 0.808 weighted), nouns' worse (0.698 -> 0.695).
RELATED_WORDS_COUNTED = 50
# A content word right beside the word ("tap water") says most about its sense: it
# counts this much on top of its weight as a word of the sentence.
ADJACENT_WEIGHT = 1.0
# A noun compound is a kind of its last word ("a foreign minister is a minister", "an
# interest rate a rate"), and WordNet says which kind: when the compound's broader
# synset, or the one above it, is a sense of the word, that is the word's sense there
# ("minister" had been a curate beside "foreign", "lines" beside "power" a formation of
# people). It counts this much, more than SemCor's counts ever do.
COMPOUND_KIND_BONUS = 4.0
# How far up from the compound its head word's sense is looked for.
COMPOUND_KIND_LEVELS = 2
# A word beside the headword that one of a sense's own examples pairs with it ("flu" in
# "got flu shots": "the nurse gave him a flu shot") says which sense it is more surely
# than any other overlap (Yarowsky's "one sense per collocation"): the injection had lost
# to the gun's firing, 24 SemCor uses against 1. Measured: VOA agreement 63 of 102 and
# WordNet's examples 0.374 / 0.707 unchanged (their own pairs are left out there).
# Pairs are compared as lemmas, with any of the sense's names, past determiners (and
# adjectives after a verb), and a pair claims its word from the senses whose examples
# lack it (`collocation_at`, QA walk-through: "rents have risen sharply" was aggressive,
# "prices rose sharply"; "drew a crowd" was pulling, "This pianist pulls huge crowds").
# Measured at 4.0: news words 637 of 812 -> 640; VOA agreement 64 of 101 and recall@2k
# 0.528 unchanged, recall@k 0.365 -> 0.369, definition overlap 0.220 -> 0.218 (WordNet's
# example has "reliable information" as true, VOA's is "trusted"); WordNet's examples
# 0.374 / 0.709 -> 0.376 / 0.702. At 2.0, 3.0 and 5.5 (numbers looked past too): news
# 639, 639, 638; WordNet's examples 0.375 / 0.707, 0.376 / 0.705, 0.376 / 0.693; below
# 4.0 "drew a large crowd" is still pulling.
# An example's name pairs the word with the kind of thing it names: "Vesuvius erupts
# once in a while" (WordNet's volcano sense) with "the volcano erupted", which had
# been "start abruptly", SemCor's 6 uses to 1 (QA walk-through); some 740 of
# WordNet's examples have a name beside the word (Schoenberg, Hemingway, Boston).
# Measured: news words, VOA agreement, recall and WordNet's examples unchanged (they
# have the names, the sentences a learner reads the kinds).
COLLOCATION_BONUS = 4.0
# The verbs of an amount going up or down ("rise", "fall", "grow", "drop", "expand"):
# one slot beside a word, as "rose sharply", "fell sharply" and "grew sharply" are
# (`SenseChooser._same_slot`, with a verb's antonyms), where an example has only one of
# them (QA walk-through: "Attendance at games fell sharply" was aggressive).
AMOUNT_CHANGE = ("change_magnitude.v.01",)
# Periods of time fill one slot after an adjective opening a phrase of time with no
# determiner (`time_phrase_noun`): "next week" is an example's "following day", not
# "nearest in space" (24 uses to none). Measured: news words 648 -> 651 of 812, WordNet's
# examples 0.386 -> 0.387 (0.705 weighted), VOA and eval unchanged; after any adjective
# ("a good time", "any other day") weighted 0.705 -> 0.700. So do they after "the", the
# adjective and a count ("the next three years", "the past few months"), the period
# then the adjective's collocate in place of the count.
TIME_PERIOD = ("time_period.n.01",)
# A preposition right after the word that one of a sense's examples has after it too
# ("curious about how the economy works": "curious about the neighbor's doings", eager
# to learn, not strange) says which sense it is, as a content word beside it does, but
# less surely: prepositions are few, and their uses many. The headword's own examples
# only: a synonym's take other prepositions ("something queer about this town"). After
# adjectives only: WordNet's examples of adjectives 0.455 -> 0.459 found (0.792
# weighted, unchanged); after verbs 0.351 -> 0.348 and after nouns ("the risk of heart
# attacks": "the risks of crossing the street", a venture) they lost.
PREPOSITION_BONUS = 1.0
# What goes up or down is an amount: a noun that is the subject of such a verb, past a
# phrase with a preposition ("Attendance at home games fell"), is likelier in a sense
# WordNet glosses as one ("the number of people that are present") than "the act of
# being present", SemCor's 2 uses (QA walk-through). Those senses gain this much: at
# 2.0 "attendance at the city's public meetings fell" stayed the act, whose gloss has
# "(at a meeting or event etc.)". Measured: 2.0 -> 3.0 changes no figure (news words
# 647 of 812, VOA agreement 65 of 101, WordNet's examples 0.385 / 0.704, recall).
AMOUNT_SUBJECT_BONUS = 3.0
# A noun after "be" names what its subject is, and so is the same kind of thing: "buying
# the old house was a gamble" is a risky act (noun.act, as an "-ing" subject is), not
# money risked (`subject_of_complement`); "the driver is a pilot" a person. Senses of
# the subject's kind (WordNet's lexicographer file, of its first sense) gain this much.
COMPLEMENT_KIND_BONUS = 1.0
# A verb whose doer is an abstraction, a price, a cost, a debt or a rule (its subject, or
# a passive's "by" phrase: "households squeezed by rising prices"), does not touch
# anything: its senses of bodily contact ("to compress with violence", WordNet's
# verb.contact) lose this much, and a figurative sense is read ("to cause to do through
# pressure or necessity"; it had been compressing, SemCor's 9 uses to none, QA
# walk-through). At 2.0 the compressing sense still won by its count. WordNet files
# some figurative senses there too ("attract": "direct toward itself... by means of some
# psychological power"): one whose own example pairs the word so (`COLLOCATION_BONUS`:
# "the concert drew a large crowd", "pulls huge crowds") keeps its score.
ABSTRACT_DOER_PENALTY = 3.0
# The fields of WordNet's nouns (of a noun's first sense) that name abstractions; not
# acts, events or processes, which may strike ("the attack hit the port").
_ABSTRACT_FIELDS = frozenset({
    "noun.attribute", "noun.possession", "noun.state", "noun.communication",
    "noun.relation", "noun.cognition", "noun.time", "noun.quantity", "noun.feeling",
    "noun.motive"})
_CONTACT = "verb.contact"
# A bare noun after "under" ("the grid is under strain", "under attack", "under severe
# pressure") names a state its subject is in or an act it undergoes: senses of states
# and acts (WordNet's noun.state and noun.act) gain this much. "Strain" there had been a
# tune ("air" is one of its names, and "air conditioners" were in the story, QA
# walk-through).
UNDER_STATE_BONUS = 2.0
_UNDERGONE_FIELDS = frozenset({"noun.state", "noun.act"})
# A noun with a doer before it and an object after "of" names an act ("its seizure of
# Ukraine's Crimean Peninsula": the act of taking it, not a disease's sudden return,
# SemCor's 3 uses to 1; `act_with_doer_and_object`): its act senses gain this much.
ACT_NOUN_BONUS = 2.0
# What an "-ing" verb that is a subject names: an act ("buying", "leaving early").
_ACT = "noun.act"
_AMOUNT_GLOSS = re.compile(r"^(?:the|a|an) (?:[a-z]+ )?(?:number|amount|quantity|total|count)"
                           r" of\b")
# How many of a story's uses of a word `SenseChooser.rank_in_story` reads: each is a
# ranking of every sense, and a long story repeats its words hundreds of times (at 8,
# 100,000 words were analysed 3% slower), and they are looked for this many tokens
# either side (a long story's other chapters may use it otherwise).
STORY_USES_READ = 5
USES_REACH = 3000
# ...unless the word has no more than this many uses within reach: then all are read,
# the same uses for each, so each gives the same meaning ("exhibit" in a museum story
# was a court's exhibit in its first three uses, from the 4 nearest each, and a thing
# shown to the public in the five after, QA walk-through).
ALL_USES_READ = 12
# A plural in the story, for a sense WordNet notes is the word's plural use
# (`PLURAL_NOTE`): "choose between the bus and groceries" is the goods, not the shop
# (QA walk-through; 1.5 left the shop first in a story of bus fares). Measured with the
# usage labels no longer read as fields, the same at 1.0, 1.5 and 2.0: VOA
# agreement 63 of 102 and WordNet's examples 0.373 unchanged, weighted 0.708 -> 0.709.
PLURAL_NOTE_BONUS = 2.0
# WordNet labels the field a sense belongs to ("(military) a person who freely enlists
# for service", "(psychology) a state of mental strain"): a story that never names the
# field makes the sense less likely, by this much ("volunteers" in a sleep study or
# raising money for a theater are people who do unpaid work; "the defense team will
# appeal" is a defendant's lawyers). Measured: VOA agreement 57 -> 58 of 101 words at
# 0.5, the same at 1.5; WordNet's examples 0.353 (unchanged), weighted by SemCor
# 0.676 -> 0.675.
# So is a sense WordNet files under a field unlabelled (`Lexicon.topics`: "an officer
# who acts as military assistant", a senator's "aide"). Measured: VOA agreement 65 ->
# 66 of 101, WordNet's examples 0.385 / 0.704 -> 0.386 / 0.705, definition ease 0.809
# -> 0.810 ("organic" food: no carbon compounds); news words and recall unchanged.
UNRELATED_FIELD_PENALTY = 1.5
# ...unless the story shares this many words with the sense: it is about the field
# without naming it (a garden story's "plants", "(botany) a living organism...").
# Measured: VOA agreement (60 of 102), WordNet's examples and recall unchanged.
# Only the sense's own words count, and the related words two of its related glosses
# share (`_field_evidence`): a field's sense has many kinds, and a story shares five
# of their words by chance (computer hardware's kinds say "store", "part", "form",
# "order" and "program"; the chemical reaction's "salt", "fat" and "change"; both were
# read so in a library's and a food-label story, QA walk-through). A story names a
# field too by the words WordNet derives from its name ("lawyer" names law).
# Measured with `FIELD_SILENCE_SENTENCES`: news words 645 of 812, VOA agreement 65 of
# 101, recall@k 0.365, @2k 0.528 and WordNet's examples (0.383, 0.698) unchanged. At 4
# a short garden story shares only "flower", "grow" and "garden" with the living plant.
# In a text long enough for its silence to count (`FIELD_SILENCE_SENTENCES`) such a
# sense's related words count in its sentence neither: "store", right beside the word in
# "runs a small hardware store" and one of computer hardware's kinds' words, had
# outweighed the field's penalty (it counts as a word of the sentence and as one beside
# it). In every text, WordNet's one-sentence examples of nouns lost (0.338 -> 0.337).
FIELD_EVIDENCE = 3
# A text of this many sentences that never names a sense's field takes from the sense
# all its SemCor count gives it, or `UNRELATED_FIELD_PENALTY` if that is more: SemCor
# counted it in that field's texts ("reaction" 38 times as a chemical reaction, 10 as
# an idea evoked; "mixed reactions from parents" was chemistry). One sentence is too
# short for its silence to say as much: in WordNet's examples, one sentence each, the
# baseball "hit" ("he came all the way around on Williams' hit") and the geometer's
# "square" lost (weighted by SemCor 0.698 -> 0.697 for nouns, one sentence counted).
FIELD_SILENCE_SENTENCES = 3
# What a sense of things the story never names loses (`gloss_labels.APPLIES_TO`).
UNNAMED_APPLICATION_PENALTY = 0.5
# A verb sense whose gloss names the object it takes ("deliver (a speech, oration, or
# idea)", "cast (a ballot)") is less likely where the verb has no object: "The
# supplier could not deliver" was giving a speech (QA walk-through; SemCor counts it
# 21 times against 15 for bringing goods).
# So is one whose gloss says only that it takes one: "lose (s.th.) or lose the right to
# (s.th.) by some error" ("we never gave up" had been forfeiting, SemCor's 9 uses to 5,
# once the story's "gave" stopped counting for "admit defeat": see `_gloss_words`).
NAMED_OBJECT = re.compile(r"^[a-z]+(?: [a-z]+)? \((?:(?:a|an|the|one's) [a-z][a-z ,]*"
                          r"|(?:s\.th\.|something|someone|somebody)(?:'s)?[a-z ,]*)\)")
OBJECTLESS_PENALTY = 1.0
# Nouns a list joins are of one kind ("farmers, bakers, builders and children" are
# people): a sense of the field the list's other nouns are usually of counts this much
# more ("builders" had read as a substance added to soaps, QA walk-through). Measured
# on WordNet's 148 examples of nouns in lists: 0.331 -> 0.439 of senses found (0.619 ->
# 0.663 weighted by SemCor; 1.5: 0.412, 4.5: 0.446 but 0.627 weighted); all examples
# 0.373 -> 0.374; VOA agreement 63 of 102 unchanged; recall@2k 0.524 -> 0.520 (one word
# swapped at the last place of one story's list).
LIST_FIELD_BONUS = 3.0
# A verb followed by "to" and a verb ("the plan aims to preserve music") is more likely
# in a sense WordNet frames as "Somebody ----s to INFINITIVE" (aim: to intend, not to
# point a weapon), by this much. Measured: WordNet's 99 example sentences with "to" + a
# verb after the headword 30 -> 42 right (33 at 1.0); in the dev stories 11 of the 12
# verbs it changes read better ("aims to", "seeking to", "asked to", "forget to"), one
# reads no worse ("continued to fight"); VOA agreement unchanged.
# WordNet gives adjectives no frames, but its examples show the same: a sense every
# example of which has "to" and a verb after the adjective ("anxious to see the new
# show": eagerly desirous) is seldom the one meant where none follows ("parents are
# anxious about the test": worried, `FRAME_MISMATCH_PENALTY`), and one example so
# favours it where one does (this bonus).
# Measured on all 9,192 WordNet examples of adjectives: 26 choices change, 9 -> 11 right
# (0.454 unchanged; 0.758 -> 0.759 weighted by SemCor); most of the losses only here,
# where a sense's example left out ("an unwilling assistant") leaves one with "to"
# ("unwilling to face facts"). VOA agreement (65/101) and the news set unchanged.
INFINITIVE_FRAME_BONUS = 2.0
# A noun that says something ("China's state broadcaster CCTV said...", "the court
# ruled") is a person or a body of people: their senses gain this much (a
# broadcaster is then someone who broadcasts, not a device that scatters seed).
# Measured on the dev stories and the seeds: 60 such nouns, 3 change, each for the
# better (broadcaster; "countries" said... a politically organized body of people, not
# a territory; "Catalan" the people, not the language); VOA agreement, WordNet's
# examples and recall unchanged.
SPEAKER_BONUS = 1.0
# So is the subject of a verb that WordNet frames only with a person doing it, used as
# it is used there (with an object or without): "the home fans cheered" (no object:
# only "Somebody ----s") are devotees, not machines that move air. On CoNLL-2000, 1 of
# 53,027 word choices changes ("the defense electronics concern attributed...": a
# business, not a worry); on the news set, "fans". And so is a noun a name follows
# (`names_a_named`: "the broadcaster ZDF").
# A noun told to do something ("urged both sides to return to talks") is people: as
# sure a sign as a verb frame that does not fit (`FRAME_MISMATCH_PENALTY`).
TOLD_TO_BONUS = 2.0
# A verb with an object after it is seldom in a sense WordNet frames only without one,
# and one with none seldom in a sense it frames only with one ("the team will train
# hard": undergo training, not train somebody; "the rain will clear by noon": become
# clear, not rid something of obstructions): such senses lose this much. Measured on
# WordNet's example sentences of verbs (scripts/wsd_examples.py --pos v): 0.275 ->
# 0.309 right (0.294 at 1.0, 0.316 at 3.0), 0.592 -> 0.602 weighted by SemCor (the
# best); in the dev stories and seeds ~45 of the 60 verbs it changes read better
# ("operate on their own": perform as expected, "increase the number": make bigger,
# "the blades broke"), a few worse where WordNet frames a sense oddly ("the war lasted
# from 1950": persist has only "Something ----s something"); VOA agreement and recall
# unchanged.
FRAME_MISMATCH_PENALTY = 2.0
# An adjective's examples say what it describes as a verb's frames say what it takes: a
# sense every example of which describes a person by the noun after it ("a tough
# character": not given to gentleness, SemCor's 9 uses) loses this much before a noun
# that is a thing ("a tough year": very difficult, 5 uses). Measured on WordNet's
# examples of adjectives: 0.455 -> 0.459 found, 0.792 weighted unchanged.
# A verb whose object is a thing ("came to an end", "came to the city") is not in a
# sense WordNet frames only with a person as its object ("a thought came to me": to
# strike someone suddenly), and one whose object is a person not in a sense framed
# only with a thing: such senses lose `FRAME_MISMATCH_PENALTY` too. Measured on
# WordNet's example sentences of verbs: 0.309 -> 0.320 right, 0.602 -> 0.618 weighted
# (0.324 / 0.621 at 3.0, kept at the shared 2.0); all parts of speech 0.366 -> 0.369,
# 0.701 -> 0.706; in the dev stories and seeds 22 verbs change, about 14 for the better
# ("asking a question", "invited you", "leads consumers to seek"), 5 worse where
# WordNet frames a sense narrowly ("ordered the burning": order.v.01 takes only a
# person); VOA agreement (60 of 102) and recall unchanged.
# A verb whose subject is a thing of nature ("warm water will not work", "fewer hens
# means fewer eggs") is not in a sense WordNet frames only with a person as its subject
# ("exert oneself", "intend to express"), and one whose subject is a person not in a
# sense framed only with a thing: such senses lose `FRAME_MISMATCH_PENALTY` too. The
# subject is the noun or pronoun right before the verb, where it opens its clause
# (`subject_at`); made things, texts, plans and places act for people ("the sheet gives
# students information", `subject_is_person`). Measured on WordNet's examples of verbs:
# 0.339 -> 0.347 right, 0.613 -> 0.618 weighted; all 0.381 -> 0.383, 0.696 -> 0.697;
# VOA agreement 65 and recall unchanged; news words 640 -> 639 ("heavy rain flooded
# roads": "cover with liquid, usually water", which its list lacks). 14 verb senses
# change over the seeds and QA stories, 8 better ("it will not work": have an effect;
# "fewer hens means": entail; "it catches what is floating": take hold of), 4 worse
# ("the water came": extend, not arrive; "details that have no value": possess). Every
# thing as a subject: verbs 0.354 / 0.626, but "the sheet gives students information"
# lost "convey". With "to" between them ("inflation to ease") news words fell to 638
# ("a tough pill to swallow" is no subject).
# A verb's object, or a broader term of it up to `OBJECT_KIND_LEVELS` up, that a sense's
# gloss names says which sense it is ("runs a hardware store": a store is a place of
# business, and "direct or control; projects, businesses, etc." names businesses; it had
# been "move fast by using one's feet", SemCor's 106 uses, QA walk-through). Only the
# gloss: examples name things in other roles ("The children ran to the store").
# Measured on WordNet's examples of verbs (scripts/wsd_examples.py --pos v): 0.332 ->
# 0.338 right, 0.613 weighted unchanged (1.0: 0.334 / 0.613; 3.0: 0.340 / 0.611); all
# parts of speech 0.378 -> 0.380, 0.696; news words 640 of 812 and VOA agreement 64 of
# 101 unchanged. In the dev stories, seeds and QA stories 25 verb senses change, ~18 for
# the better ("takes time": require, "blew the whistle", "communicate the
# information"), 3 worse ("released the results": "as a result of" in a gloss; "ran his
# marathon": WordNet's first marathon is an arduous task, a project). Three levels up
# reached words too broad ("physical entity", "abstraction").
# A broader term that is a compound names a kind of its last word (`_kind_named`):
# "game equipment" had given "curled the ball" the curling sense. Measured with the
# objects that open with an adjective (`object_after`): WordNet's examples 0.380 ->
# 0.381 (0.696), of verbs 0.338 -> 0.339 (0.613); news words 640, VOA agreement 65 and
# recall unchanged; 4 verb senses change over the seeds and QA stories, 3 better.
OBJECT_KIND_BONUS = 2.0
OBJECT_KIND_LEVELS = 2
_PERSON_PRONOUNS = frozenset({"me", "him", "her", "us", "you", "whom", "everyone",
                              "everybody", "someone", "somebody", "anyone", "anybody"})
_THING_PRONOUNS = frozenset({"it", "this", "these", "those", "something", "everything",
                             "anything", "nothing"})
# Things that do nothing for people behind them (`subject_is_person`).
_NATURES_THINGS = frozenset({
    "noun.animal", "noun.plant", "noun.substance", "noun.process", "noun.phenomenon",
    "noun.state", "noun.event", "noun.attribute", "noun.quantity", "noun.time",
    "noun.body", "noun.food", "noun.relation", "noun.feeling"})
_SPEAKER_FIELDS = frozenset({"noun.person", "noun.group"})
# WordNet's "Somebody ----s somebody to INFINITIVE", and what comes between a verb and
# its object's noun: "urged both sides to", "asked the two unions to".
_TOLD_TO_FRAME = 24
_BEFORE_AN_OBJECTS_NOUN = frozenset({"DT", "PDT", "JJ", "CD", "PRP$"})
# When SemCor uses none of a word's senses, WordNet's order is all there is; a sense
# whose gloss names people or places, twice or more ("donkey: the symbol of the
# Democratic Party; introduced in cartoons by Thomas Nast"; once is a plain fact: "the
# African wild ass"), is a specialist's, seldom the one meant ("she rode a donkey": the
# beast of burden). Such senses lose this much. Measured on WordNet's examples of
# words SemCor never tags: 1296 -> 1299 of 2578 right; no sense chosen in the seeds and
# dev stories changes.
NAMED_GLOSS_PENALTY = 0.5
_NAME_IN_GLOSS = re.compile(r"\w[\s,;(]+[A-Z][a-z]+")
# A plural that WordNet lists as a lemma of its own is read only in its own senses
# when SemCor tags it so at least this often per tag of the singular's senses
# ("affairs" 9 per 32, "arms" 11 per 109); below it ("hands" 11 per 232, "the masses" 3
# per 84, "colors" 5 per 58, "times" 13 per 595, "minutes" and "chips" never) the
# plural-only sense is a rare reading, and the singular's senses compete with it but
# after "the" (`plural_reading`): "her hands" was guardianship, "many colors" a flag.
OWN_PLURAL_SHARE = 0.1

# Words too common to say anything about a sense.
_GLOSS_FILLERS = (
    "be have do make get use thing something someone somebody one person people way"
    " kind sort etc especially usually often"
)
_GLOSS_STOPWORDS = frozenset(CLOSED_CLASS) | frozenset(_GLOSS_FILLERS.split())
_WORD = re.compile(r"[a-z]+")


def expression_wordnet_pos(expression: Expression) -> str:
    """The WordNet part of speech of an expression's lemma: "v" for a phrasal verb."""
    return {"phrasal verb": "v", "idiom": "v", "compound": "n"}.get(expression.kind, "r")


def expression_key(expression: Expression) -> WordKey:
    """The key a meaning the learner chooses for an expression is kept under, as a
    word's is (lemma, Universal POS): ("wind up", "VERB"), as a phrasal verb is saved."""
    return expression.lemma.lower(), _WORDNET_TO_UPOS[expression_wordnet_pos(expression)]


def voa_label(upos: str) -> str:
    return VOA_LABELS.get(upos, upos.lower() + ".")


def sense_label(sense: Sense) -> str:
    """VOA's label for a WordNet sense's part of speech: "n.", "v.", "adj.", "adv."."""
    return voa_label(_WORDNET_TO_UPOS.get(sense.pos, sense.pos))


def _reduplicated(name: str) -> bool:
    """Whether a name is a rhyming pair ("wish-wash", "hodge-podge", "mumbo-jumbo"):
    its halves are sounds, not words of its meaning ("wish-wash", a synonym of "trash"
    as nonsense, says nothing of washing). "self-government" is no such pair."""
    halves = name.lower().split("-")
    if len(halves) != 2 or min(map(len, halves)) < 3:
        return False
    first, second = halves
    consonants = [re.sub("[aeiouy]", "", half) for half in halves]  # "wsh", "flp"
    return first[-3:] == second[-3:] or consonants[0] == consonants[1]


def content_words(text: str) -> set[str]:
    """Lower-case content words of a gloss, crudely stemmed so "rules" meets "rule"."""
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _GLOSS_STOPWORDS}


# Glosses repeat their words; a signature stems thousands of them.
@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A crude stem, the same for a word's common inflections ("rule", "rules", "ruled"
    -> "rul"; "studies", "study" -> "stud"): enough to match glosses with sentences."""
    for suffix in ("ies", "ing", "ed", "es", "s", "e", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


class SenseChooser:
    """Sense look-ups and Lesk signatures over one lexicon, cached per synset.

    A story's candidates are read ahead in outline (`prefetch`): how many senses
    each has in each part of speech and how common each is, which is all that
    ranking them needs. Glosses are read for the few words whose sense is chosen.
    """

    def __init__(self, lexicon: Lexicon, words: WordInfo | None = None) -> None:
        self.lexicon = lexicon
        # Lemmatises WordNet's examples (`paired_in_examples`): the engine's compiled
        # word facts, not lemminflect's dictionary (0.2 s and 50 MB to load).
        self._words = words if words is not None else WordInfo()
        self._senses: dict[tuple[str, str], list[Sense]] = {}
        self._outlines: dict[str, list[SenseOutline]] = {}  # every POS, by lemma
        self._all_senses: dict[str, list[Sense]] = {}  # by `read_senses_ahead`, every POS
        self._signatures: dict[str, frozenset[str]] = {}
        self._own_words: dict[str, frozenset[str]] = {}
        self._repeated: dict[str, frozenset[str]] = {}
        self._topics: dict[str, str] = {}  # by `read_signatures_ahead`: `Lexicon.topics`
        self._word_pos: dict[tuple[str, str, str], str] = {}
        self._story: tuple[Analysis | None, Counter[str]] = (None, Counter())
        self._compounds: tuple[Analysis | None, dict[int, list[str]]] = (None, {})
        self._compound_kinds: dict[str, frozenset[str]] = {}  # by `_kinds_of`
        self._object_kinds: dict[str, frozenset[str]] = {}  # by `object_kinds`
        self._below: dict[tuple[str, ...], frozenset[int]] = {}
        self._kinds_named: dict[str, frozenset[str]] = {}  # by `_kinds_named_by`
        self._fields: dict[str, frozenset[str]] = {}  # by `_field_words`
        self._antonyms: dict[str, frozenset[str]] = {}  # by `_verb_antonyms`
        self._gloss_stems: dict[str, frozenset[str]] = {}  # by `_gloss_words`, per word

    def senses(self, lemma: str, pos: str, surface: str = "", *,
               name: bool = False) -> list[Sense]:
        """Senses of ``lemma`` in WordNet POS ``pos``, most frequent first.

        When the form in the text is a WordNet lemma of its own ("affairs", "arms",
        "masses"), its senses are the ones meant: plural-only nouns carry a meaning
        the singular lacks, and VOA glosses them as "(pl.)". When SemCor hardly ever
        uses that plural-only sense ("minutes" as a meeting's record, "chips" as fried
        potatoes), the singular's senses compete with it (`_headwords`).

        A word that is not a name is not read as a person ("a ford" is a crossing,
        not Henry Ford; "the devil" an evil being, not Satan): the senses that name
        one are left out when it has others. ``name``: the token is a name.
        """
        key = (f"{lemma}|{surface}|{name}", pos)
        found = self._senses.get(key)
        if found is None:
            words = self._headwords(lemma, pos, surface)
            found = _in_order([self._senses_in(word, pos) for word in words],
                              key=lambda sense: sense.synset,
                              by_use=not self._plural_first(words, pos))
            self._senses[key] = found = found if name else _not_people(found)
        return found

    def _same_slot(self, word: str, other: str, *, pos: str, timed: bool = False) -> bool:
        """Whether two words fill one collocation slot beside a word of WordNet POS
        ``pos``: opposite verbs ("fell sharply", "rose sharply"); beside an adverb, verbs
        of an amount going up or down SemCor uses so ("grew sharply"); after an adjective
        opening a phrase of time (``timed``), periods of time (`TIME_PERIOD`). A noun's
        verb is a narrower slot: "raised the interest" is no "add interest to a room"."""
        if other in self._verb_antonyms(word) or word in self._verb_antonyms(other):
            return True
        if pos == "r":
            return self._changes_amount(word) and self._changes_amount(other)
        return timed and pos == "a" and self._names_time(word) \
            and self._names_time(other)

    def _names_time(self, noun: str) -> bool:
        """Whether SemCor uses ``noun`` as a period of time (`TIME_PERIOD`): "week"."""
        periods = self.synset_ids_below(TIME_PERIOD)
        return any(o.count and o.synset_id in periods for o in self.outlines(noun, "n"))

    def _changes_amount(self, verb: str) -> bool:
        """Whether SemCor uses ``verb`` in a sense of an amount going up or down
        (`AMOUNT_CHANGE`): "rise", "fall", "grow", "drop"."""
        amounts = self.synset_ids_below(AMOUNT_CHANGE)
        return any(o.count and o.synset_id in amounts for o in self.outlines(verb, "v"))

    def _verb_antonyms(self, lemma: str) -> frozenset[str]:
        """The antonyms of the senses of ``lemma`` as a verb ("rise": "fall")."""
        found = self._antonyms.get(lemma)
        if found is None:
            found = self._antonyms[lemma] = frozenset().union(
                *(self.lexicon.antonyms(sense.synset) for sense in self.senses(lemma, "v")))
        return found

    def outlines(self, lemma: str, pos: str, surface: str = "") -> list[SenseOutline]:
        """`senses`, in outline: the same senses in the same order, without glosses."""
        words = self._headwords(lemma, pos, surface)
        return _not_people(_in_order([self._outlines_in(word, pos) for word in words],
                                     key=lambda outline: outline.synset_id,
                                     by_use=not self._plural_first(words, pos)))

    def _plural_first(self, words: tuple[str, ...], pos: str) -> bool:
        """Whether a plural competing with its singular (`_headwords`) comes first: when
        SemCor uses it, though too seldom to stand alone ("hold talks": a discussion
        intended to produce an agreement, once; "talk" 12 times as a conversation), its
        sense is not one more of the singular's to be ranked below theirs."""
        return len(words) == 2 and any(o.count for o in self._outlines_in(words[0], pos))

    def has_senses(self, lemma: str, pos: str, surface: str = "") -> bool:
        """Whether `senses` would find any (without reading a gloss)."""
        return bool(self._headwords(lemma, pos, surface))

    def _headwords(self, lemma: str, pos: str, surface: str) -> tuple[str, ...]:
        """The words whose senses `senses` gives: the surface form alone when WordNet
        has it as a lemma of its own that SemCor uses as such (`OWN_PLURAL_SHARE`), the
        surface form and the lemma when it hardly does, else the lemma; none when
        neither has senses in ``pos``."""
        own = self._outlines_in(lemma, pos)
        american = american_spelling(lemma) if not any(o.count for o in own) else None
        if american and (spelled := self._outlines_in(american, pos)) and (
                not own or any(o.count for o in spelled)
                and {o.synset_id for o in own} <= {o.synset_id for o in spelled}):
            # WordNet spells most words the American way ("neighbouring" had no
            # definition, QA walk-through), and SemCor counts only that spelling:
            # the British one's senses, in WordNet's order for it, had "the organisers
            # of the fair" enlisting workers into a union (QA walk-through).
            lemma, own = american, spelled
        singular = kept_plural_singular(lemma) if not own and pos == "n" else ""
        if singular and self._outlines_in(singular, pos):
            # A plural the lemmatiser keeps ("pajamas", "jeans") that WordNet lists
            # under its singular, "(usually plural)".
            return (singular,)
        # A verb's inflected form is never a verb of its own: "fell" in "spending fell"
        # is "fall" (to fell a tree makes "felled"), "found" is "find", "saw" "see".
        plural = (self._outlines_in(surface, pos)
                  if surface and surface != lemma and pos != "v" else [])
        if not plural:
            return (lemma,) if own else ()
        plural_uses = sum(outline.count for outline in plural)
        lemma_uses = sum(outline.count for outline in own)
        if not own or (plural_uses >= OWN_PLURAL_MIN_USES
                       and plural_uses >= OWN_PLURAL_SHARE * lemma_uses):
            return (surface,)
        return (surface, lemma)

    def prefetch(self, lemmas: Iterable[str]) -> None:
        """Read the outlines of many lemmas at once (a story's candidates), so
        `outlines`, `has_senses` and `pos_counts` need no query for them."""
        wanted = {lemma for lemma in lemmas if lemma not in self._outlines}
        if wanted:
            self._outlines.update(self.lexicon.sense_outlines(wanted))

    def read_senses_ahead(self, lemmas: Iterable[str]) -> None:
        """Read the senses (glosses and all) of many lemmas at once: the words whose
        sense is about to be chosen."""
        wanted = {lemma for lemma in lemmas
                  if lemma not in self._all_senses and self._outlines.get(lemma) != []}
        if wanted:
            self._all_senses.update(self.lexicon.senses_of_many(wanted))

    def synset_ids_below(self, roots: tuple[str, ...]) -> frozenset[int]:
        """`Lexicon.synset_ids_below`, asked once per set of roots."""
        found = self._below.get(roots)
        if found is None:
            found = self._below[roots] = self.lexicon.synset_ids_below(roots)
        return found

    def pos_counts(self, lemma: str) -> dict[str, int]:
        """`Lexicon.pos_counts`, from the lemma's outlines."""
        counts: dict[str, int] = {}
        for outline in self._every_outline(lemma):
            counts[outline.pos] = counts.get(outline.pos, 0) + outline.count
        return counts

    def _every_outline(self, lemma: str) -> list[SenseOutline]:
        found = self._outlines.get(lemma)
        if found is None:
            found = self._outlines[lemma] = self.lexicon.sense_outlines([lemma])[lemma]
        return found

    def _outlines_in(self, lemma: str, pos: str) -> list[SenseOutline]:
        wordnet_pos = "a" if pos == "s" else pos
        return [outline for outline in self._every_outline(lemma) if outline.pos == wordnet_pos]

    def _senses_in(self, lemma: str, pos: str) -> list[Sense]:
        every = self._all_senses.get(lemma)
        if every is None:
            return self.lexicon.senses(lemma, pos)
        wordnet_pos = "a" if pos == "s" else pos
        return [sense for sense in every if sense.pos == wordnet_pos]

    def signature(self, sense: Sense) -> frozenset[str]:
        found = self._signatures.get(sense.synset)
        if found is None:
            self.read_signatures_ahead([sense])
            found = self._signatures[sense.synset]
        return found

    def _story_overlap(self, sense: Sense, signature: frozenset[str], story: Mapping[str, int],
                       skip: set[str]) -> float:
        """The story's words in the sense's signature: once each, and a word of the
        sense's own gloss, examples or names more the more the story uses it
        (`_story_weight`); the related senses' words, the signature's noise, only once
        ("land", nine times in a story of moon landings, is a hyponym of the "sphere"
        that is a walk of life, and had made "orbit" one), and less when they are many
        (`_related_share`)."""
        shared = [word for word in signature & story.keys() if word not in skip]
        if not shared:
            return 0.0
        own = self._own_words_of(sense)
        related = _related_share(len(signature - own))
        repeated = self._repeated.get(sense.synset, frozenset())
        return sum(_story_weight(story[word]) if word in own
                   else 1.0 if word in repeated else related for word in shared)

    def _describes_people(self, sense: Sense, headword: str) -> bool:
        """Whether the adjective sense's examples describe people only ("a tough
        character": not given to gentleness), as a verb's frames may take only a person."""
        nouns = nouns_described(sense.examples, single_word_names(sense.synonyms, headword),
                                self._words) if sense.pos == "a" else ()
        return bool(nouns) and all(
            (found := self.senses(noun, "n")) and found[0].lexname == "noun.person"
            for noun in nouns)

    def _field_evidence(self, sense: Sense, signature: frozenset[str],
                        story: AbstractSet[str]) -> int:
        """How many of the story's words the sense has of its own (gloss, examples,
        names) or from two of its related glosses (`FIELD_EVIDENCE`)."""
        return len(self._sure_words(sense, signature) & story)

    def _sure_words(self, sense: Sense, signature: frozenset[str]) -> frozenset[str]:
        """The words of ``signature`` the sense has of its own (gloss, examples, names)
        or from two of its related glosses: not one related gloss's chance word."""
        return signature & (self._own_words_of(sense)
                            | self._repeated.get(sense.synset, frozenset()))

    def _field_of(self, sense: Sense) -> str:
        """The field the sense's gloss is labelled with ("(military) ..."), else the one
        WordNet files it under (`Lexicon.topics`), else ""."""
        label = labelled_field(sense.definition)
        return label.group(1) if label else self._topics.get(sense.synset, "")

    def _off_field(self, sense: Sense, signature: frozenset[str], context: AbstractSet[str],
                   story: AbstractSet[str]) -> bool:
        """Whether the sense is of a field (`_field_of`) ``context`` never names and the
        ``story`` shares under `FIELD_EVIDENCE` words with (`UNRELATED_FIELD_PENALTY`)."""
        field = self._field_of(sense)
        return bool(field) and not self._field_words(field) & context \
            and self._field_evidence(sense, signature, story) < FIELD_EVIDENCE

    def _field_words(self, field: str) -> frozenset[str]:
        """Stems of a field's label and of the words WordNet derives from its words:
        "lawyer" names law, "chemical" chemistry, "scientist" science."""
        found = self._fields.get(field)
        if found is None:
            derived = " ".join(lemma for word in field.split()
                               for lemma in self.lexicon.derived_lemmas(word))
            found = self._fields[field] = frozenset(content_words(f"{field} {derived}"))
        return found

    def _kinds_named_by(self, word: str) -> frozenset[str]:
        """`Lexicon.narrower_names` of a content word, asked once."""
        if word in _GLOSS_STOPWORDS:
            return frozenset()
        found = self._kinds_named.get(word)
        if found is None:
            found = self._kinds_named[word] = self.lexicon.narrower_names(word) \
                - _GLOSS_STOPWORDS
        return found

    def _own_words_of(self, sense: Sense) -> frozenset[str]:
        """Stems of the sense's own gloss, examples and names (not its neighbours')."""
        own = self._own_words.get(sense.synset)
        if own is None:
            own = self._own_words[sense.synset] = frozenset(self._gloss_words(
                sense) | content_words(" ".join(sense.synonyms)))
        return own

    def forget_signature(self, synset: str) -> None:
        """Drop the kept signature of ``synset``; it is built again from the sense
        next asked about (a measure that changes a sense: scripts/wsd_examples.py)."""
        self._signatures.pop(synset, None)
        self._own_words.pop(synset, None)
        self._repeated.pop(synset, None)
        self._topics.pop(synset, None)

    def read_signatures_ahead(self, senses: Iterable[Sense]) -> None:
        """Work out the Lesk signatures of many senses with one read of their
        neighbourhoods (`Lexicon.neighbourhoods`)."""
        wanted = {sense.synset: sense for sense in senses
                  if sense.synset not in self._signatures}
        if not wanted:
            return
        neighbourhoods = self.lexicon.neighbourhoods(wanted)
        self._read_gloss_words(text for sense in wanted.values()
                               for text in (sense.definition, *sense.examples))
        for name, around in neighbourhoods.items():
            sense = wanted[name]
            names = [word for word in (*sense.synonyms, *around.lemmas)
                     if not _reduplicated(word)]
            seen: set[str] = set()
            repeated: set[str] = set()
            for text in around.glosses:
                words = content_words(text)
                repeated |= words & seen
                seen |= words
            gloss = self._gloss_words(sense)
            self._signatures[name] = frozenset(gloss | content_words(" ".join(names)) | seen)
            self._own_words[name] = frozenset(gloss | content_words(" ".join(sense.synonyms)))
            self._repeated[name] = frozenset(repeated)
        self._topics.update(self.lexicon.topics(wanted))

    def _read_gloss_words(self, texts: Iterable[str]) -> None:
        """Stem the new words of many glosses (`_stems_of_gloss_word`), their lemmas
        read in a few queries: one look-up each had been a query each."""
        words = {word for text in texts for word in _WORD.findall(text.lower())
                 if word not in self._gloss_stems}
        self._words.prefetch_lemmas(words - _GLOSS_STOPWORDS)
        for word in words:
            self._gloss_stems[word] = self._stems_of_gloss_word(word)

    def _gloss_words(self, sense: Sense) -> set[str]:
        """Stems of the sense's gloss and examples, a form of a verb by its verb's
        (`_stems_of_gloss_word`): the sentence's words are lemmas, and "gave" in the
        injection's "the nurse gave him a flu shot", "taken" or "carried" had never met
        "give", "take" or "carry" (the crude `_stem` joins regular forms, not all).
        The related senses' glosses keep their words as they are: lemmatised, their
        chance words ("children" in a gloss of passing by) outweighed what they found
        (WordNet's examples weighted 0.705 -> 0.702; nouns' plurals too: 0.700)."""
        words = _WORD.findall(" ".join([sense.definition, *sense.examples]).lower())
        if not all(word in self._gloss_stems for word in words):
            self._read_gloss_words(words)
        return set().union(*map(self._gloss_stems.__getitem__, words))

    def _stems_of_gloss_word(self, word: str) -> frozenset[str]:
        """The stem of a gloss's word, or of the verb it is a form of: only that one
        when the word is no noun, adjective or adverb of its own ("gave": give; "left"
        and "saw" keep their own too), as the sentence's words count once, by lemma."""
        if word in _GLOSS_STOPWORDS:
            return frozenset()
        verb = self._words.dictionary_lemma(word, "VERB")
        if verb is None or verb == word:
            return frozenset({_stem(word)})
        verb_stems = frozenset() if verb in _GLOSS_STOPWORDS else frozenset({_stem(verb)})
        if any(self._words.dictionary_lemma(word, upos) == word
               for upos in ("NOUN", "ADJ", "ADV")):
            return verb_stems | {_stem(word)}
        return verb_stems

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
        speaker: bool = False,
        told_to: bool = False,
        with_object: bool | None = None,
        person_object: bool | None = None,
        collocation: tuple[str, str] = ("", ""),
        plural: bool = False,
        list_field: str = "",
        compound_kinds: Collection[str] = frozenset(),
        object_kinds: frozenset[str] = frozenset(),
        person_subject: bool | None = None,
        adjective_infinitive: bool | None = None,
        silent_on_fields: bool = False,
        amount_subject: bool = False,
        subject_kind: str = "",
        names_an_act: bool = False,
        abstract_doer: bool = False,
        undergone: bool = False,
        time_phrase: bool = False,
        preposition: str = "",
        describes_person: bool | None = None,
    ) -> list[tuple[float, Sense]]:
        """Candidates with their scores, best first (ties keep WordNet's order).

        ``own`` and ``near`` are the stems of the sentence and of it with its
        neighbours; ``story`` those of the whole story, which count least;
        ``adjacent`` those of the words right beside it (`adjacent_words`);
        ``before_infinitive``: the verb is followed by "to" and a verb ("aims to
        preserve"), which favours the senses WordNet frames so (`INFINITIVE_FRAME_BONUS`);
        ``speaker``: the noun is the subject of a verb of saying (`names_a_speaker`),
        which favours people and bodies of people (`SPEAKER_BONUS`); ``told_to``: the
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
        its broader terms (`object_kinds`, `OBJECT_KIND_BONUS`); ``person_subject``:
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
        (`under_a_bare_noun`, `UNDER_STATE_BONUS`); ``names_an_act``: the noun has a
        doer before it and an object after "of" (`act_with_doer_and_object`,
        `ACT_NOUN_BONUS`); ``time_phrase``: the adjective opens a phrase of time ("next
        week", `time_phrase_noun`, `TIME_PERIOD`); ``preposition``: the one right after the word,
        which a sense's examples may have there too (`PREPOSITION_BONUS`);
        ``describes_person``: whether the noun an adjective is before is a person
        (`is_person`), where a sense's examples describe only people or no one."""
        scored = []
        story = story or {}
        story_stems = story.keys()
        nearer = near | set(skip)  # what counts as the sentence's words, or not at all
        self.read_signatures_ahead(candidates)
        head = {_stem(w) for w in headword.lower().split()}
        if any(collocation):
            self._words.prefetch(word for sense in candidates for example in sense.examples
                                 for word in _WORD.findall(example.lower()))
        paired = {sense.synset: found for sense in candidates
                  if (found := paired_in_examples(
                      sense, collocation, headword, self._words, self._kinds_named_by,
                      partial(self._same_slot, pos=sense.pos, timed=time_phrase)))
                  } if any(collocation) else {}
        # A collocation is the evidence of the senses whose own examples have it, not
        # of a broader sense that has it from a narrower one's example ("crowd" in
        # "drew a crowd": pulling, through the example of its hyponym attracting).
        claimed = frozenset(_stem(word) for found in paired.values() for word in found)
        signatures = {sense.synset: self.signature(sense) - head - (
            claimed if sense.synset not in paired else frozenset()) for sense in candidates}
        off_field = {sense.synset for sense in candidates if self._off_field(
            sense, signatures[sense.synset], own | near | story_stems, story_stems)}
        # A count of a field the text never names says nothing here, nor does the order
        # WordNet made from it (`NOT_FIRST_PENALTY`): "a hardware shop" sells no weaponry.
        counted = any(sense.count for sense in candidates if sense.synset not in off_field)
        seldom_used = max(sense.count for sense in candidates) <= SELDOM_USED
        for order, sense in enumerate(candidates):
            signature = signatures[sense.synset]
            if silent_on_fields and sense.synset in off_field:  # `FIELD_EVIDENCE`
                signature = self._sure_words(sense, signature)
            overlap = OWN_SENTENCE_WEIGHT * len(signature & own) + NEIGHBOUR_SENTENCE_WEIGHT * len(
                signature & (near - own)
            ) + STORY_WEIGHT * self._story_overlap(sense, signature, story, nearer) \
                + ADJACENT_WEIGHT * len(
                signature.intersection(adjacent))
            if plural and PLURAL_NOTE.match(sense.definition):
                overlap += PLURAL_NOTE_BONUS
            if sense.synset in off_field:
                overlap -= max(UNRELATED_FIELD_PENALTY, _count_prior(sense.count)) \
                    if silent_on_fields else UNRELATED_FIELD_PENALTY
            restriction = APPLIES_TO.match(sense.definition)
            if restriction:
                named = content_words(restriction.group(1))
                if named and not named & (own | near | story_stems | set(adjacent)):
                    overlap -= UNNAMED_APPLICATION_PENALTY
            if before_infinitive and sense.to_infinitive:
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
            if preposition and preposition_examples(sense.examples, headword.lower(),
                                                    preposition, self._words):
                overlap += PREPOSITION_BONUS
            if list_field and sense.lexname == list_field:
                overlap += LIST_FIELD_BONUS
            if sense.synset in compound_kinds:
                overlap += COMPOUND_KIND_BONUS
            if object_kinds and sense.pos == "v" and content_words(sense.definition) & object_kinds:
                overlap += OBJECT_KIND_BONUS
            if speaker and sense.lexname in _SPEAKER_FIELDS:
                overlap += SPEAKER_BONUS
            if amount_subject and _AMOUNT_GLOSS.match(sense.definition):
                overlap += AMOUNT_SUBJECT_BONUS
            if subject_kind and sense.lexname == subject_kind:
                overlap += COMPLEMENT_KIND_BONUS
            if names_an_act and sense.lexname == _ACT:
                overlap += ACT_NOUN_BONUS
            if abstract_doer and sense.lexname == _CONTACT and sense.synset not in paired:
                overlap -= ABSTRACT_DOER_PENALTY
            if undergone and sense.lexname in _UNDERGONE_FIELDS:
                overlap += UNDER_STATE_BONUS
            if told_to and sense.lexname in _SPEAKER_FIELDS:
                overlap += TOLD_TO_BONUS
            if with_object is False and sense.pos == "v" and NAMED_OBJECT.match(sense.definition):
                overlap -= OBJECTLESS_PENALTY
            if with_object is not None and sense.frames and not sense.frames & (
                    WITH_OBJECT_FRAMES if with_object else NO_OBJECT_FRAMES):
                overlap -= FRAME_MISMATCH_PENALTY
            if person_object is not None and frames_other_object(sense, person_object):
                overlap -= FRAME_MISMATCH_PENALTY
            if person_subject is not None and frames_other_subject(sense, person_subject):
                overlap -= FRAME_MISMATCH_PENALTY
            if describes_person is False and self._describes_people(sense, headword):
                overlap -= FRAME_MISMATCH_PENALTY
            prior = _count_prior(sense.count) - RANK_PENALTY * order
            if order and counted and not (
                    seldom_used and self._own_words_of(sense) & signature & own):
                prior -= NOT_FIRST_PENALTY
            if not counted and len(_NAME_IN_GLOSS.findall(sense.definition)) >= 2:
                prior -= NAMED_GLOSS_PENALTY
            scored.append((overlap + prior, -order, sense))
        scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
        return [(score, sense) for score, _, sense in scored]

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
            candidates = not_taxa(not_glossed_as_nouns(candidates))
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
        # A list says what kind of thing the word is in the whole story: "farmers,
        # bakers, builders and children", then "the builders are back".
        fields = {use: self.list_field(analysis.tokens, use) for use in uses}
        kinds = set(fields.values()) - {""}
        in_lists = kinds.pop() if len(kinds) == 1 else ""
        totals = {sense.synset: 0.0 for sense in candidates}
        for use in uses:
            for score, sense in self.rank_at(analysis, use, candidates, lemma,
                                             fields[use] or in_lists):
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
        # The uses of the lemma in reach, in one walk over them, then nearest first (the
        # one before at equal distance): a walk out from the word, a step a side at a
        # time, took a few milliseconds a word.
        start = max(0, token_index - USES_REACH + 1)
        same = [index for index, token in enumerate(tokens[start:token_index + USES_REACH], start)
                if token.lemma.lower() == lemma and index != token_index]
        same.sort(key=lambda index: (abs(index - token_index), index > token_index))
        found: list[int] = []
        for index in same:
            if UPOS_TO_WORDNET.get(self.word_pos(tokens[index])) == pos:
                found.append(index)
                if len(found) == ALL_USES_READ:
                    return found[:STORY_USES_READ - 1]
        return found

    def rank_at(self, analysis: Analysis, token_index: int, candidates: list[Sense],
                lemma: str = "", list_field: str | None = None) -> list[tuple[float, Sense]]:
        """``candidates`` scored (`rank`) by all the token's story and grammar say, best
        first; ``lemma`` overrides the token's own; ``list_field``: the field of the
        lists the word is in (`list_field`; worked out here when None)."""
        token = analysis.tokens[token_index]
        own, near = sentence_context(analysis, token.sentence, exclude=token_index)
        story = self.story_words(analysis)
        beside = adjacent_words(analysis, [token_index]) | self.compound_words(analysis,
                                                                               token_index)
        collocation = collocation_at(analysis.tokens, token_index)
        time_noun = time_phrase_noun(analysis.tokens, token_index)
        if time_noun is not None:  # "the next three years": "years" is its collocate
            collocation = (collocation[0], analysis.tokens[time_noun].lemma.lower())
        return self.rank(candidates, own, near, lemma or token.lemma, story, beside,
                         collocation=collocation,
                         plural=token.pos in ("NNS", "NNPS"),
                         list_field=self.list_field(analysis.tokens, token_index)
                         if list_field is None else list_field,
                         skip=_stem_set(token),
                         before_infinitive=before_infinitive(analysis.tokens, token_index),
                         speaker=names_a_speaker(analysis.tokens, token_index)
                         or names_a_named(analysis.tokens, token_index)
                         or self.names_a_doer(analysis.tokens, token_index),
                         told_to=self.names_one_told_to(analysis.tokens, token_index),
                         with_object=object_after(analysis.tokens, token_index),
                         person_object=self.is_person(
                             analysis.tokens, object_head(analysis.tokens, token_index)),
                         compound_kinds=self.compound_kinds(analysis, token_index),
                         object_kinds=self.object_kinds(
                             analysis.tokens, object_head(analysis.tokens, token_index)),
                         person_subject=self.subject_is_person(analysis.tokens, token_index),
                         adjective_infinitive=adjective_before_infinitive(analysis.tokens,
                                                                          token_index),
                         silent_on_fields=len(analysis.sentences) >= FIELD_SILENCE_SENTENCES,
                         amount_subject=self.subject_of_amount_change(analysis.tokens,
                                                                      token_index),
                         subject_kind=self.complement_kind(analysis.tokens, token_index),
                         names_an_act=act_with_doer_and_object(analysis.tokens, token_index),
                         abstract_doer=self.doer_is_abstract(analysis.tokens, token_index),
                         undergone=under_a_bare_noun(analysis.tokens, token_index),
                         time_phrase=time_noun is not None,
                         preposition=preposition_after(analysis.tokens, token_index)
                         if token.upos == "ADJ" else "",
                         describes_person=self.is_person(analysis.tokens, token_index + 1)
                         if attributive(analysis.tokens, token_index) else None)

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

    def _rank_expression(self, analysis: Analysis, expression: Expression) -> list[Sense]:
        senses = self.senses(expression.lemma, expression_wordnet_pos(expression))
        if not senses and (synset := EXTRA_EXPRESSION_SENSES.get(expression.lemma)):
            sense = self.lexicon.synset(synset)
            senses = [sense] if sense is not None else []
        if not senses:
            return []
        own, near = sentence_context(analysis, expression.sentence, expression.token_indices)
        story = self.story_words(analysis)
        beside = adjacent_words(analysis, expression.token_indices)
        ranked = [sense for _, sense in self.rank(
            senses, own, near, expression.lemma, story, beside,
            with_object=expression_object(analysis.tokens, expression),
            person_object=self.is_person(
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

    def list_field(self, tokens: Sequence[Token], index: int) -> str:
        """The WordNet field (lexname) that most of the nouns a list joins the noun at
        ``index`` to are of, by their first senses ("farmers, bakers, builders and
        children": noun.person); "" when it is in no list or they share none."""
        if tokens[index].upos != "NOUN":
            return ""
        fields = Counter(senses[0].lexname for other in list_mates(tokens, index)
                         if (senses := self.senses(tokens[other].lemma.lower(), "n")))
        if not fields:
            return ""
        field, count = fields.most_common(1)[0]
        return field if count * 2 > sum(fields.values()) else ""

    def object_kinds(self, tokens: Sequence[Token], index: int | None) -> frozenset[str]:
        """Stems of the noun at ``index`` and of its first sense's broader terms, up to
        `OBJECT_KIND_LEVELS` up ("store", "outlet", "business", "establishment")."""
        if index is None or not tokens[index].pos.startswith("NN") or tokens[index].proper_noun:
            return frozenset()
        lemma = tokens[index].lemma.lower()
        kinds = self._object_kinds.get(lemma)
        if kinds is None:
            senses = self.senses(lemma, "n")
            names = [lemma]
            kind = senses[0] if senses else None
            for _ in range(OBJECT_KIND_LEVELS):
                kind = self.lexicon.broader(kind.synset) if kind else None
                if kind is None:
                    break
                names += (_kind_named(name) for name in kind.synonyms)
            kinds = self._object_kinds[lemma] = frozenset(content_words(" ".join(names)))
        return kinds

    def subject_is_person(self, tokens: Sequence[Token], index: int) -> bool | None:
        """`is_person` for the subject of the verb at ``index`` (`subject_at`), a thing
        only when it is of nature's making (`_NATURES_THINGS`): a made thing, a text, a
        plan or a place acts for the people behind it ("the sheet gives students
        weather information" conveys it as a person would)."""
        subject = subject_at(tokens, index)
        if subject is None:
            return None
        person = self.is_person(tokens, subject)
        senses = self.senses(tokens[subject].lemma.lower(), "n") \
            if tokens[subject].pos.startswith("NN") else []
        if person is False and senses and senses[0].lexname not in _NATURES_THINGS:
            return None
        return person

    def doer_is_abstract(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether what does what the verb at ``index`` says, its subject (`subject_at`)
        or a passive's "by" phrase (`passive_agent`), is a common noun whose first sense
        is an abstraction (`_ABSTRACT_FIELDS`): "prices", "costs", "debt"."""
        doer = passive_agent(tokens, index)
        if doer is None:
            doer = subject_at(tokens, index)
        if doer is None or not tokens[doer].pos.startswith("NN"):
            return False
        senses = self.senses(tokens[doer].lemma.lower(), "n")
        return bool(senses) and senses[0].lexname in _ABSTRACT_FIELDS

    def is_person(self, tokens: Sequence[Token], index: int | None) -> bool | None:
        """Whether the word at ``index`` names a person ("me", "the doctor"), or a thing
        ("it", "the city"); None when it cannot say (no word, "them", a name, a group,
        a list of people and things: "bans street performers and food carts")."""
        if index is None:
            return None
        token = tokens[index]
        word = token.text.lower()
        if word in _PERSON_PRONOUNS or word in _THING_PRONOUNS or word in SUBJECT_PRONOUNS:
            return word not in _THING_PRONOUNS
        if token.proper_noun or not token.pos.startswith("NN"):
            return None
        person = self._names_a_person(token)
        if person is not None and any(self._names_a_person(tokens[mate]) is not person
                                      for mate in list_mates(tokens, index)):
            return None
        return person

    def _names_a_person(self, token: Token) -> bool | None:
        """Whether the common noun ``token`` is a person by its first sense; None for a
        group or a word WordNet lacks."""
        senses = self.senses(token.lemma.lower(), "n")
        if not senses or senses[0].lexname == "noun.group":
            return None
        return senses[0].lexname == "noun.person"

    def compound_words(self, analysis: Analysis, token_index: int) -> set[str]:
        """Stems of the definition of the WordNet compound the token is part of ("the
        long airfoil that rotates to provide the lift..." for "blade" in "rotor blades"):
        a word in a compound has the compound's meaning, and its definition says which
        of the word's senses that is ("flat surface that rotates", not "a leaf of
        grass"). Counted as the words beside it are (`ADJACENT_WEIGHT`)."""
        found: set[str] = set()
        for compound in self._compounds_at(analysis, token_index):
            senses = self.senses(compound, "n")
            if senses:
                found |= content_words(senses[0].definition)
        return found

    def _compounds_at(self, analysis: Analysis, token_index: int) -> list[str]:
        """The lemmas of the story's compounds the token is part of."""
        if self._compounds[0] is not analysis:  # kept per analysis, as `story_words`
            within: dict[int, list[str]] = {}
            for expression in analysis.expressions:
                if expression.kind == "compound":
                    for index in expression.token_indices:
                        within.setdefault(index, []).append(expression.lemma)
            self._compounds = (analysis, within)
        return self._compounds[1].get(token_index, [])

    def compound_kinds(self, analysis: Analysis, token_index: int) -> set[str]:
        """The synsets a WordNet compound that ends at the token is a kind of, up to
        `COMPOUND_KIND_LEVELS` up ("minister.n.02", "executive.n.01" for "minister" in
        "foreign minister")."""
        head = " " + analysis.tokens[token_index].lemma.lower()
        found: set[str] = set()
        for compound in self._compounds_at(analysis, token_index):
            if compound.endswith(head):
                found |= self._kinds_of(compound)
        return found

    def _kinds_of(self, compound: str) -> frozenset[str]:
        kinds = self._compound_kinds.get(compound)
        if kinds is None:
            senses = self.senses(compound, "n")
            kind = senses[0] if senses else None
            chain = []
            for _ in range(COMPOUND_KIND_LEVELS):
                kind = self.lexicon.broader(kind.synset) if kind else None
                if kind is None:
                    break
                chain.append(kind.synset)
            kinds = self._compound_kinds[compound] = frozenset(chain)
        return kinds

    def names_a_doer(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the noun at ``index`` is the subject of the verb after it (past helping
        verbs, adverbs and names) and WordNet frames that verb, with an object or
        without one as here, only with a person as its subject (`SPEAKER_BONUS`)."""
        noun = tokens[index]
        if noun.upos != "NOUN":
            return False
        for at in range(index + 1, len(tokens)):
            verb = tokens[at]
            if verb.sentence != noun.sentence:
                return False
            if verb.proper_noun or verb.upos == "AUX" or verb.pos in BETWEEN_SUBJECT_AND_VERB:
                continue
            if verb.upos != "VERB" or verb.pos not in FINITE_VERB_TAGS:
                return False
            with_object = object_after(tokens, at)
            if with_object is None:
                return False
            fitting = OBJECT_FRAMES if with_object else NO_OBJECT_FRAMES
            frames: set[int] = set()
            for sense in self.senses(verb.lemma.lower(), "v"):
                frames |= sense.frames & fitting
            return bool(frames) and not frames & THING_SUBJECT_FRAMES
        return False

    def subject_of_amount_change(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the noun at ``index`` is the subject of a verb after it
        (`verb_of_subject`: "attendance at home games also fell") that SemCor uses as an
        amount going up or down (`AMOUNT_CHANGE`)."""
        verb = verb_of_subject(tokens, index)
        return verb is not None and self._changes_amount(tokens[verb].lemma.lower())

    def complement_kind(self, tokens: Sequence[Token], index: int) -> str:
        """The WordNet field of what the noun at ``index`` says its subject is
        (`subject_of_complement`): an act for an "-ing" verb ("buying the house was a
        gamble"), a person for "he", "she", "I" or "we", a noun's first sense's field;
        "" for none ("it", a name)."""
        subject = subject_of_complement(tokens, index)
        if subject is None:
            return ""
        token = tokens[subject]
        if token.pos == "VBG":
            return _ACT
        if token.text.lower() in SUBJECT_PRONOUNS:
            return "noun.person" if token.text.lower() != "it" else ""
        senses = self.senses(token.lemma.lower(), "n") if not token.proper_noun else []
        return senses[0].lexname if senses else ""

    def names_one_told_to(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the noun at ``index`` is the object of a verb and the subject of the
        infinitive after it ("urged both sides to return to talks", "asked the unions to
        wait"), a verb WordNet frames so ("Somebody ----s somebody to INFINITIVE", the
        only frame of that shape): it names people, not a place beside a centre."""
        noun = tokens[index]
        if noun.upos != "NOUN" or index + 2 >= len(tokens):
            return False
        to, infinitive = tokens[index + 1], tokens[index + 2]
        if to.pos != "TO" or infinitive.pos != "VB" or infinitive.sentence != noun.sentence:
            return False
        at = index - 1
        while at >= 0 and tokens[at].pos in _BEFORE_AN_OBJECTS_NOUN:
            at -= 1
        verb = tokens[at] if at >= 0 else None
        if verb is None or verb.upos != "VERB" or verb.sentence != noun.sentence:
            return False
        return any(_TOLD_TO_FRAME in sense.frames
                   for sense in self.senses(verb.lemma.lower(), "v"))

    def story_words(self, analysis: Analysis) -> Counter[str]:
        """Stems of the story's content words (not names), with how often the story
        uses each, for the last story asked."""
        # Kept by the analysis itself, not its id(): a later analysis may be given the
        # id of one freed since, and would be read with the old story's words.
        if self._story[0] is not analysis:
            # By word type: a long story repeats its words thousands of times.
            types = Counter((token.lemma, token.text) for token in analysis.tokens
                            if token.upos in CONTENT_UPOS and not token.proper_noun)
            uses: Counter[str] = Counter()
            for (lemma, text), count in types.items():
                # Forms count too, but not those of words that say nothing ("made").
                stems = _lemma_stems(lemma, text)
                for stem in stems | content_words(text) if stems else stems:
                    uses[stem] += count
            self._story = (analysis, uses)
        return self._story[1]

    def senses_for(self, token: Token) -> list[Sense]:
        """WordNet senses of the token's lemma in its part of speech (see `word_pos`)."""
        lemma, pos, surface = self.wordnet_key(token)
        return self.senses(lemma, pos, surface, name=token.proper_noun) if pos else []

    def wordnet_key(self, token: Token) -> tuple[str, str, str]:
        """What `senses_for` looks up: (lemma, WordNet POS, surface form); the POS is ""
        when the token's part of speech has none in WordNet."""
        pos = UPOS_TO_WORDNET.get(self.word_pos(token), "")
        return token.lemma.lower(), pos, token.text.lower()

    def word_pos(self, token: Token) -> str:
        """The Universal POS to define the token under: its tag's, unless WordNet has
        no such sense for the word and has another ("asteroid" tagged JJ in "asteroid
        sample" is a noun used as a modifier; WordNet knows only the noun)."""
        key = (token.lemma, token.text, token.upos)  # a story repeats its words
        found = self._word_pos.get(key)
        if found is None:
            found = self._word_pos[key] = self._word_pos_of(token)
        return found

    def _only_people(self, token: Token, pos: str) -> bool:
        """Whether the word, written as no name, has only people for senses in ``pos``:
        "before building begins" read as a noun was Menachem Begin, "the Israeli
        statesman"; its other part of speech is meant."""
        if token.proper_noun:
            return False
        outlines = self.outlines(token.lemma.lower(), pos, token.text.lower())
        return bool(outlines) and all(outline.person for outline in outlines)

    def _word_pos_of(self, token: Token) -> str:
        pos = UPOS_TO_WORDNET.get(token.upos)
        if pos is None or self.has_senses(token.lemma.lower(), pos, token.text.lower()) \
                and not self._only_people(token, pos):
            return token.upos
        counts = self.pos_counts(token.lemma.lower())
        if not counts:
            return token.upos
        if token.upos == "ADJ" and "n" in counts:
            return "NOUN"  # a modifier with no adjective sense is a noun ("tap water")
        best = max(counts, key=lambda p: (counts[p], p == "n"))
        return _WORDNET_TO_UPOS.get(best, token.upos)


def _kind_named(name: str) -> str:
    """What a broader term names a kind of: a compound's last word ("game equipment" is
    equipment: its "game" had read "curled the ball" as playing curling, "the Scottish
    game of curling", QA walk-through); a phrase with "of" whole ("place of business",
    "medium of exchange")."""
    words = name.replace("_", " ").split()
    return " ".join(words) if "of" in words else words[-1]


# A WordNet example showing the past-habit "used to" ("She used to call her mother").
_USED_TO_EXAMPLE = re.compile(r"\bused to\b", re.IGNORECASE)


def _not_people(senses: list[_S]) -> list[_S]:
    """The senses that are not a person WordNet names; all of them when every one is."""
    kept = [sense for sense in senses if not sense.person]
    return kept if kept else senses


def _in_order(groups: list[list[_S]], key: Callable[[_S], object], *,
              by_use: bool = True) -> list[_S]:
    """The senses of several words as one list, each synset once: most used first (ties
    in the words' order, then each word's own), or ``by_use=False`` word by word."""
    if len(groups) == 1:
        return groups[0]
    seen: set[object] = set()
    merged: list[tuple[int, int, int, _S]] = []
    for word_order, group in enumerate(groups):
        for sense_order, sense in enumerate(group):
            if key(sense) not in seen:
                seen.add(key(sense))
                merged.append((-sense.count if by_use else 0, word_order, sense_order, sense))
    merged.sort(key=lambda item: item[:3])
    return [item[3] for item in merged]


def _stem_set(token: Token) -> set[str]:
    """The stems a context word adds: its lemma's (its form's when the lemma has none).
    Both made one word count twice: "built" gave "build" and "built", and a sense
    whose signature had both (factories, for "plants" beside "built small beds") won
    two points from it. Measured: VOA agreement 60 -> 61 of 102, WordNet's examples
    weighted by SemCor 0.690 -> 0.693 (each alike 0.356, unchanged); 48 choices change
    in the seeds, the dev stories and four walk-through texts, about twice as many for
    the better ("fix that problem": a difficulty; "race for mayor": any competition) as
    for the worse ("the measures are too small": an amount)."""
    return _lemma_stems(token.lemma, token.text)


def _count_prior(count: int) -> float:
    """What SemCor's count of a sense adds to its score."""
    return PRIOR_COUNT_WEIGHT * math.log2(1 + count)


def _related_share(related: int) -> float:
    """What a story word among a sense's ``related`` words counts, one word of a sense
    with few counting 1 (`RELATED_WORDS_COUNTED`)."""
    return min(1.0, RELATED_WORDS_COUNTED / related) if related else 1.0


def _story_weight(uses: int) -> float:
    """What a story word used ``uses`` times counts, one use counting 1: its second use
    adds as much as its first, its fourth and eighth less and less."""
    return 1 + math.log2(uses)


def _lemma_stems(lemma: str, text: str) -> set[str]:
    # The form stands in only for a lemma with no letters of its own: "made", whose
    # lemma "make" says nothing about a sense, had given "mad" to every story.
    return content_words(lemma) if _WORD.search(lemma.lower()) else content_words(text)


def sentence_context(
    analysis: Analysis, sentence: int, exclude: int | Iterable[int] = ()
) -> tuple[set[str], set[str]]:
    """Content words of a sentence, and of it with its neighbours, as stems."""
    skip = {exclude} if isinstance(exclude, int) else set(exclude)
    own: set[str] = set()
    near: set[str] = set()
    for index in (sentence - 1, sentence, sentence + 1):
        if not 0 <= index < len(analysis.sentences):
            continue
        for i in analysis.sentence_token_range(index):
            token = analysis.tokens[i]
            if i in skip or token.upos not in CONTENT_UPOS or token.proper_noun:
                continue
            words = _stem_set(token)
            near |= words
            if index == sentence:
                own |= words
    return own, near


# Function words between a word and its neighbour that still leave them side by side:
# "bursts of activity", "a cup of tea".
_LINKING_UPOS = frozenset({"ADP", "DET", "PART"})


def adjacent_words(analysis: Analysis, indices: Sequence[int]) -> set[str]:
    """Stems of the nearest content word before and after the tokens ``indices`` (a
    word, or the words of an expression) in the same sentence, across at most one
    function word ("bursts of activity")."""
    tokens = analysis.tokens
    sentence = tokens[indices[0]].sentence
    found: set[str] = set()
    for start, step in ((min(indices) - 1, -1), (max(indices) + 1, 1)):
        for i in (start, start + step):
            if not (0 <= i < len(tokens) and tokens[i].sentence == sentence):
                break
            token = tokens[i]
            if token.upos in CONTENT_UPOS:
                if not token.proper_noun:
                    found |= _stem_set(token)
                break
            if token.upos not in _LINKING_UPOS:
                break
    return found


