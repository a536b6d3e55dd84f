"""Which of a word's senses its spelling and grammar leave it (engine only, no UI).

Filters `vocab.senses.SenseChooser` applies before it weighs a sentence's words: a
plural before "of" or after "the" (`plural_reading`), a plural the lemmatiser keeps
("jeans", `kept_plural_sense`), "millions of" (`indefinite_number`), and senses a
lower-case word in running text never has: a place or body WordNet names with a
capital (`not_names`), a genus or family (`not_taxa`), an adjective WordNet glosses as
a noun (`not_glossed_as_nouns`). Each keeps every sense when it would leave none. And
a verb's senses WordNet frames only for the other kind of subject or object, a person
or a thing (`frames_other_subject`, `frames_other_object`), which the chooser scores
down. A speaker that speaks of itself as "it" is no person (`not_people_said_it`).
"""

from __future__ import annotations

from collections.abc import Sequence

from vocab.closed_class import NUMBER_WORDS
from vocab.lexicon import USUALLY_PLURAL
from vocab.models import OBJECT_FRAMES, Sense, Token
from vocab.sentence_cues import names_a_speaker

# A plural WordNet lists as a lemma of its own is read in its own senses only when
# SemCor tags it so at least this many times (and often enough: `senses.OWN_PLURAL_SHARE`):
# one tag is chance ("weeds" once as a widow's black dress, and "covered in rubbish and
# weeds" read so).
OWN_PLURAL_MIN_USES = 2


_LARGE_NUMBER = "large number"  # WordNet's "a large number or amount", "a large number of..."


def plural_reading(tokens: Sequence[Token], index: int, candidates: list[Sense]) -> list[Sense]:
    """The senses a plural noun may have where its grammar says which: before "of", a
    large number's when it has one ("scores of firms", "masses of people", not marks or
    a body's weight); after "the", with no "of", those WordNet gives the plural as a
    word of its own ("led by the masses", "the arts"), where "her hands" and "many
    colors" are plain plurals whose singular's senses compete with them
    (`SenseLookup._headwords`). Else ``candidates``."""
    token = tokens[index]
    if token.pos != "NNS":
        return candidates
    if index + 1 < len(tokens) and tokens[index + 1].text.lower() == "of":
        return [sense for sense in candidates if _LARGE_NUMBER in sense.definition] or candidates
    if index == 0 or tokens[index - 1].text.lower() != "the":
        return candidates
    plural = token.text.lower()
    own = [sense for sense in candidates if sense.lemma == plural]
    if len(own) == len(candidates) or sum(s.count for s in own) < OWN_PLURAL_MIN_USES:
        return candidates
    return own


# What a speaker that is a thing, not a person, calls itself in what it says: "The food
# processor said it would close two plants", "the ministry said its doctors...".
_THING_SELF = frozenset({"it", "its"})
_PERSON = "noun.person"


def not_people_said_it(tokens: Sequence[Token], index: int,
                       candidates: list[Sense]) -> list[Sense]:
    """The senses of a noun that says something of itself as "it" ("The processor said
    it would close two plants": a business, not "someone who processes things") that
    are no person, when it has any; else ``candidates``."""
    if not names_a_speaker(tokens, index):
        return candidates
    verb = next((at for at in range(index + 1, len(tokens)) if not tokens[at].proper_noun),
                len(tokens))
    said = verb + 1
    if said < len(tokens) and tokens[said].text.lower() == "that":
        said += 1
    if said >= len(tokens) or tokens[said].text.lower() not in _THING_SELF:
        return candidates
    return [sense for sense in candidates if sense.lexname != _PERSON] or candidates


def kept_plural_singular(lemma: str) -> str:
    """The singular WordNet may list a plural lemma under (morphy's first rule: "jeans"
    -> "jean"); "" for a lemma that is no such plural ("glass")."""
    return lemma[:-1] if lemma.endswith("s") and not lemma.endswith("ss") else ""


def kept_plural_sense(token: Token, candidates: Sequence[Sense]) -> Sense | None:
    """For a plural the lemmatiser keeps ("pajamas", "jeans"), read under its singular
    (`SenseLookup._headwords`), the one sense WordNet marks "(usually plural)": the
    singular's other senses are not what the plural means ("jean" is also denim)."""
    singular = kept_plural_singular(token.lemma.lower())
    if not singular or not candidates or candidates[0].lemma != singular:
        return None
    plural = [sense for sense in candidates if sense.definition.startswith(USUALLY_PLURAL)]
    return plural[0] if len(plural) == 1 else None


def indefinite_number(token: Token, candidates: Sequence[Sense]) -> Sense | None:
    """"billions of birds", "millions of people": no exact number but a very large one,
    as WordNet has it ("a very large indefinite number"); its first sense of "billion"
    is the British one, a one followed by 12 zeros."""
    if token.pos != "NNS" or token.lemma.lower() not in NUMBER_WORDS:
        return None
    return next((sense for sense in candidates if "indefinite number" in sense.definition),
                None)


def not_names(senses: list[Sense]) -> list[Sense]:
    """The senses that are no place or body WordNet names with a capital; all of them
    when every one is. A word written in lower case is not its name: "the highlands
    of Ethiopia" had been "a mountainous region of northern Scotland", WordNet's
    Highlands (QA walk-through), "the party congress" the United States' legislature.
    Not other names: news writes "the moon" and "the earth" in lower case, and
    WordNet's capitalised "Pyramid" is the monument ("the Maya built a pyramid")."""
    kept = [sense for sense in senses
            if not (sense.capitalised and sense.lexname in _PLACES_AND_BODIES)]
    return kept if kept else senses


_PLACES_AND_BODIES = frozenset({"noun.location", "noun.group"})


def not_taxa(senses: list[Sense]) -> list[Sense]:
    """The senses that are no genus, family or order of living things; all of them when
    every one is. Those are names ("Sorghum", "Rosa"): "planting sorghum and millet"
    had been "annual or perennial tropical and subtropical cereal grasses: sorghum",
    the genus, cut short to "annual or perennial tropical" (QA walk-through)."""
    kept = [sense for sense in senses if not (
        sense.capitalised and sense.lexname in _LIVING_FIELDS
        and sense.synset.split("_", 1)[0] in _TAXONOMIC_RANKS)]
    return kept if kept else senses


def not_glossed_as_nouns(senses: list[Sense]) -> list[Sense]:
    """The senses but those WordNet files under an adjective with a noun's gloss
    (`_NOUN_GLOSSED_ADJECTIVES`); all of them when every one is such."""
    kept = [sense for sense in senses if sense.synset not in _NOUN_GLOSSED_ADJECTIVES]
    return kept if kept else senses


# Adjective senses whose gloss defines a noun: "volcanic –adj. igneous rock produced by
# eruption..." (the noun "volcanic rock") was shown for "30 active volcanic systems" (QA
# walk-through). Found in WordNet 3.0 as the adjective glosses that open with a noun
# compound WordNet has ("igneous rock", "food products") followed by a participle or
# "that"; those two are all there are.
_NOUN_GLOSSED_ADJECTIVES = frozenset({"volcanic.s.02", "ready-to-eat.s.01"})


_TAXONOMIC_RANKS = frozenset({"genus", "subgenus", "family", "subfamily", "order",
                              "suborder", "class", "subclass", "phylum", "division"})
_LIVING_FIELDS = frozenset({"noun.plant", "noun.animal"})  # not the Order of the Purple Heart


# WordNet's frames whose subject is a thing ("Something ----s"); the others' a person.
THING_SUBJECT_FRAMES = frozenset({1, 3, 4, 5, 6, 10, 11, 12, 34, 35})
# ...and those whose object is a person ("Somebody ----s somebody") or a thing.
PERSON_OBJECT_FRAMES = frozenset({9, 10, 14, 17, 18, 20, 24, 25, 30})
THING_OBJECT_FRAMES = frozenset({5, 8, 11, 15, 16, 19, 21, 31})


def frames_other_subject(sense: Sense, person_subject: bool) -> bool:
    """Whether WordNet frames the verb ``sense`` only with the other kind of subject:
    only with a person ("Somebody ----s") when the subject is a thing, or only with a
    thing when it is a person."""
    if sense.pos != "v" or not sense.frames:
        return False
    things = sense.frames & THING_SUBJECT_FRAMES
    return not things if not person_subject else things == sense.frames


def frames_other_object(sense: Sense, person_object: bool) -> bool:
    """Whether WordNet frames ``sense`` only with the other kind of object: only with a
    person when the object is a thing, or only with a thing when it is a person."""
    objects = sense.frames & OBJECT_FRAMES
    if not objects:
        return False
    return objects <= (THING_OBJECT_FRAMES if person_object else PERSON_OBJECT_FRAMES)
