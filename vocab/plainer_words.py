"""Plainer words for a definition's hard ones: a rare word said by a plainer name of its
one meaning (`_rare_words_plainer`), a hard head noun by a plainer name of its kind
(`_plainer_head`), a participle-led noun gloss led by its kind (`_with_its_kind`), an
amount said once, in units the learner knows (`_known_measure`); and the plain synonym
or kind named after a hard wording (`_plain_synonym`, `_plain_kind`), only a name that
usually means the sense (`usually_means`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vocab.gloss_text import PLACEHOLDERS
from vocab.gloss_words import GLOSS_STOPWORDS
from vocab.models import LearnerProfile, Sense
from vocab.noun_phrases import ARTICLES, a_or_an, articles_mended, opening_noun, plural_of
from vocab.word_family import (
    WORD_PATTERN,
    defines_by_itself,
    mentions,
    mentions_family,
    same_family,
)
from vocab.wording_cuts import MIN_CONTENT_WORDS_LEFT, takes_what_follows
from vocab.wording_ease import FAR_ABOVE, level_of
from vocab.wording_shape import VERB_PARTICLES

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo

# A noun's gloss that opens with a participle and its preposition ("cultivated in
# temperate regions", "derived from ginger", "often trained as a show animal") says how
# the thing is treated, not what it is.
_HEADLESS_GLOSS = re.compile(
    r"(?:(?:widely|commonly|often|usually|especially|sometimes|formerly|originally|"
    r"chiefly|mainly|mostly) )?([a-z]+) (?:in|from|by|as|for|with|to|on|at|into|under|"
    r"near|along|throughout|around)\b")


def _with_its_kind(wording: str, sense: Sense, headword: str, lexicon: Lexicon,
                   words: WordInfo, profile: LearnerProfile) -> str:
    """A noun's ``wording`` that opens with a participle and names no thing
    (`_HEADLESS_GLOSS`) led by its broader term's name: "peach –n. a fruit tree
    cultivated in temperate regions", not "cultivated in temperate regions", which a
    quiz asked with "crop" among the wrong answers, as fitting as the right one (QA
    walk-through). As it is when the broader term is none to name (WordNet's top
    nouns: "entity", "object"), of the headword's family, or above the learner's level."""
    # An abstraction's broader term is one too, and reads as a count noun it is not
    # ("an honesty characterized by integrity").
    found = _HEADLESS_GLOSS.match(wording) if sense.pos == "n" \
        and sense.lexname not in _ABSTRACT_FIELDS else None
    if found is None:
        return wording
    participle = found.group(1)
    lemma = words.dictionary_lemma(participle, "VERB")
    if not lemma or lemma == participle or participle.endswith(("ing", "s")) \
            or words.dictionary_lemma(participle, "NOUN"):
        # "wood from..." opens with a thing; "rescuing from error", "arises from" with
        # an act or a verb of their own
        return wording
    broader = lexicon.broader(sense.synset)
    if broader is None or broader.lexname == "noun.Tops":
        return wording
    name = broader.lemma.replace("_", " ")
    if same_family(name.split()[-1], headword.lower()) \
            or any(level_of(word, words) > profile.level for word in name.split()):
        return wording  # "turpentine –an oleoresin obtained from..." names a harder word
    return f"{a_or_an(name, capital=False)} {name} {wording}"


# An amount said two ways: "100 ares (or 10,000 square meters)", "4 quarts or 3.785
# liters"; a unit is a word or two ("square meters"), never "or".
_QUANTITY = r"\d[\d,.]*(?: (?!or\b)[a-z]+){1,2}"
_TWO_QUANTITIES = re.compile(rf"(?P<first>{_QUANTITY}) (?:\(or (?P<inside>{_QUANTITY})\)"
                             rf"|or (?P<second>{_QUANTITY}))(?![\w])")


def _known_measure(wording: str, words: WordInfo, profile: LearnerProfile) -> str:
    """``wording`` with an amount it says two ways (`_TWO_QUANTITIES`) said once, in
    the first units the learner knows: "hectare –a unit of surface area equal to 10,000
    square meters", not "...100 ares (or 10,000 square meters)"; VOA gives one figure.
    As it is when the learner knows neither."""
    def known(match: re.Match[str]) -> str:
        for name in ("first", "inside", "second"):
            amount = match.group(name)
            if amount and all(level_of(w, words) <= profile.level
                              for w in WORD_PATTERN.findall(amount) if w.isalpha()):
                return amount
        return match.group(0)

    return _TWO_QUANTITIES.sub(known, wording)


# How many broader terms up from the sense a noun's wording may name the thing it is a
# kind of (WordNet's genus: "an exile who flees..." for refugee, one up), and how many up
# from that its plainer name is looked for: "immunogen" -> antigen -> "substance".
HEAD_NOUN_LEVELS = 2
PLAINER_HEAD_LEVELS = 3


def _plainer_head(wording: str, sense: Sense, headword: str, lexicon: Lexicon,
                  words: WordInfo, profile: LearnerProfile) -> str:
    """A noun's ``wording`` whose opening noun, the thing it is a kind of, is above the
    learner's level, with a plainer name of that kind: "refugee –a person who flees for
    safety", not "an exile who..."; "teenager –a person between...", not "a
    juvenile...". The opening noun names one of the sense's broader terms
    (`HEAD_NOUN_LEVELS` up), so which meaning it has is known, however many it has;
    it is said by `_plainer_name_of_kind`. As it is when there is no such name, or only
    one of the headword's family or of a word the wording has ("a secretion secreted
    by"); when the headword says the noun itself ("flight attendant –an attendant on an
    airplane"); or when too little follows it to say what the thing is
    (`MIN_CONTENT_WORDS_LEFT`): "a person on an airplane" is anyone."""
    if sense.pos != "n":
        return wording
    tokens = wording.split(" ")
    start = 1 if tokens and tokens[0].lower() in ARTICLES else 0
    at = opening_noun(tokens[start:], lexicon, words) if len(tokens) > start else None
    if at is None:
        return wording
    at += start
    noun = tokens[at]
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    if noun.endswith("ing") or following in ("or", "and") \
            or following == "of" and noun.endswith(("er", "or")):
        # "the striking of one body against another" is an act, not a kind; "a
        # prominent attribute or aspect" has its own plainer alternative; "a magnifier
        # of images" magnifies them, and "an instrument of images" says nothing (QA).
        return wording
    lemma = words.dictionary_lemma(noun, "NOUN") or noun
    rest = [w for w in WORD_PATTERN.findall(" ".join(tokens[at + 1:]))
            if w.lower() not in GLOSS_STOPWORDS]
    if mentions_family(headword, lemma) or len(rest) < MIN_CONTENT_WORDS_LEFT - 1:
        return wording
    level = level_of(lemma, words)
    person_or_animal = sense.lexname in _FIELD_LEXNAMES
    if level.rank < profile.level.rank + (1 if person_or_animal else FAR_ABOVE):
        # A term a step above the learner still says more than a broader one ("a
        # regular payment", not "a regular cost"); a person is a person.
        return wording
    head: Sense | None = sense
    sense_kind = lexicon.broader(sense.synset)
    for _ in range(HEAD_NOUN_LEVELS):
        head = lexicon.broader(head.synset) if head is not None else None
        if head is None or head.lexname == "noun.Tops":
            return wording
        if lemma in head.synonyms:
            break
    else:
        return wording
    name = _plainer_name_of_kind(head, sense, headword, wording, lemma, lexicon, words,
                                 profile)
    if not name or name in head.synonyms and sense_kind is not None \
            and head.synset == sense_kind.synset and not person_or_animal \
            and sense.lexname not in _ABSTRACT_FIELDS:
        # Another name of the sense's own kind is said after the wording instead: "an
        # assemblage of separate parts (a kind of collection)" (`_plain_kind`).
        return wording
    plain = articles_mended(" ".join([*tokens[:at], plural_of(name) if lemma != noun
                                       else name, *tokens[at + 1:]]))
    return plain if not defines_by_itself(plain, headword, sense.pos) else wording


def _plainer_name_of_kind(kind: Sense, sense: Sense, headword: str, wording: str,
                          named: str, lexicon: Lexicon, words: WordInfo,
                          profile: LearnerProfile) -> str:
    """`_plainer_head`'s name for ``kind``, which ``wording`` names ``named``: "person"
    or "animal" for one of those, else the commonest name the learner knows of it or of
    a term up to `PLAINER_HEAD_LEVELS` above it, whose first meaning that is, commoner
    than ``named`` ("potable" is no plainer "beverage"), no "-ing" word ("a happening"
    says nothing of an epidemic); "" when there is none."""
    floor = words.zipf(named, "NOUN")
    # A name of the same kind must be plainly commoner: "artisan" (Zipf 3.56) is no
    # plainer "craftsman" (3.51) for a learner ("mechanic –an artisan skilled in...", QA).
    # A broader kind's name is plainer by being broader ("a person", "a substance").
    # A plain top noun a step above the learner is plainer than a word three above: "a
    # substance consisting of...", not "an immunogen consisting of..." (vaccine, lead's
    # list). Another name a step above is not ("antigen", "obstruction" for "structure").
    highest = max(profile.level.rank, level_of(named, words).rank - FAR_ABOVE)

    def usable(name: str, synset: str, margin: float) -> bool:
        first = lexicon.senses(name, "n")[:1]
        top = name in _PLAIN_TOP_NAMES
        return name.isalpha() and name.islower() and name not in PLACEHOLDERS \
            and not name.endswith("ing") and words.zipf(name, "NOUN") > floor + margin \
            and level_of(name, words).rank <= (highest if top else profile.level.rank) \
            and not same_family(name, headword.lower()) and not mentions_family(wording, name) \
            and bool(first) and (first[0].synset == synset or top)  # substance.n.07: matter

    person_or_animal = sense.lexname in _FIELD_LEXNAMES
    above: Sense | None = kind
    for _ in range(MAX_KIND_LEVELS if person_or_animal else PLAINER_HEAD_LEVELS + 1):
        if above is None:
            return ""
        if _names_the_field(above, sense):
            return above.lemma
        # A person's own kind may have a plainer name ("doctor" for "physician"), which
        # says more than "person" ("psychiatrist –a person who specializes...", sweep).
        if (not person_or_animal or above is kind) and (above.lexname != "noun.Tops"
                                                        or above.lemma in _PLAIN_TOP_NAMES):
            margin = PLAIN_SYNONYM_MARGIN if above is kind else 0.0
            names = sorted((name for name in above.synonyms
                            if usable(name, above.synset, margin)),
                           key=lambda name: -words.zipf(name, "NOUN"))
            if names:
                return names[0]
            if margin and not person_or_animal \
                    and any(usable(name, above.synset, 0.0) for name in above.synonyms):
                # A name barely commoner is no plainer, and a broader one says less: "a
                # kilo of a drug" is no "a unit of a drug".
                return ""
        above = lexicon.broader(above.synset)
    return ""


# Words after an "-ing" word that show it is no verb with its object.
_NO_OBJECT = frozenset({"and", "or", "of", "is", "are", "was", "were", "that", "which"})


def _rare_words_plainer(wording: str, sense: Sense, headword: str, lexicon: Lexicon,
                        words: WordInfo, profile: LearnerProfile) -> str:
    """``wording`` with each word far above the learner's level (`FAR_ABOVE`) that has
    one meaning in WordNet said by a plainer name of it (`_plainer_name`): "wildfire –a
    raging and rapidly spreading fire", not "...conflagration"; not by a broader verb
    where the wording closes on it ("something that pays" is no salary). A word of several meanings
    stays: which one the gloss means is not known ("lay off –dismiss" was once worded by
    "dismiss"'s first sense, "ignore"). As it is when the new wording would be circular."""
    far = profile.level.rank + FAR_ABOVE

    def plainer(match: re.Match[str]) -> str:
        token = match.group(0)
        if not token.islower() or token in GLOSS_STOPWORDS \
                or level_of(token, words).rank < far:
            return token
        before = wording[:match.start()].split()[-1:]
        after = WORD_PATTERN.findall(wording[match.end():])[:1]
        # A broader term's name would say less than the rest of a list ("feldspar and
        # mineral and quartz"), and a noun before a noun describes it ("a multistage
        # rocket" is no "a period rocket").
        listed = bool(before and before[0] in ("and", "or") or after and after[0] in (
            "and", "or") or wording[match.end():].startswith(","))
        modifier = bool(after) and after[0].lower() not in GLOSS_STOPWORDS \
            and words.is_noun_form(after[0].lower())
        # A verb's preposition is its own: another verb may not take it ("presides
        # over a forum" is no "controls over a forum", QA walk-through).
        governs = bool(after) and takes_what_follows(after[0])
        # An "-ing" form of a verb with a word after it that is no preposition or "and"
        # is that verb with its object: "enlisting people for the army" is no
        # "achievement people" (recruitment, QA).
        with_object = token.endswith("ing") and bool(after) \
            and after[0].lower() not in _NO_OBJECT \
            and words.dictionary_lemma(token, "VERB") not in (None, token)
        # A verb closing the wording has its object left out, and its broader term alone
        # may mean another thing: "something that pays" is no salary ("something that
        # remunerates", QA walk-through).
        closing = not after
        for pos, upos in _GLOSS_WORD_POS:
            lemma = words.dictionary_lemma(token, upos) or token
            ending = token[len(lemma):]
            if not token.startswith(lemma) or ending not in ("", "s", "es") \
                    or (ending and pos == "a"):
                continue
            every = lexicon.senses(lemma)
            own = [s for s in every if s.pos == pos]
            # An animal's name with a describing word of its spelling ("quadruped":
            # four-footed) is the noun where no noun or describing word follows it
            # ("solid-hoofed quadruped domesticated"; "a brittle transparent solid" is no
            # candy, "United States feminist" more than a person).
            homograph = pos == "n" and not modifier and not (
                after and words.is_adjective_form(after[0].lower())) \
                and all(s.pos in ("n", "a", "s") for s in every) \
                and all(s.lexname == "noun.animal" for s in own)
            if len(own) != 1 or len(every) != 1 and not homograph:
                continue
            every = own
            if pos == "n" and modifier or pos == "v" and governs:
                continue
            # A word of the headword's family is what sets it apart from its kind: a
            # broader term would lose it ("psychiatrist –a physician who specializes in
            # psychiatry" was "...in medicine", sweep); `_family_word_explained` says it.
            its_family = same_family(lemma, headword.lower())
            name = _plainer_name(every[0], lemma, headword, lexicon, words, profile,
                                 broader=not listed and not (pos == "v" and closing)
                                 and not its_family)
            # ...nor a noun's name for a verb with its object ("enlisting people" is no
            # "achievement people"); another "-ing" name before a preposition reads as
            # the verb ("converging on a point" -> "joining on a point").
            if pos == "n" and with_object and not (name.endswith("ing") and governs):
                continue
            if name and not mentions(wording, name):
                return plural_of(name) if ending else name
        return token

    plain = WORD_PATTERN.sub(plainer, wording)
    if plain == wording or defines_by_itself(plain, headword, sense.pos):
        return wording
    return articles_mended(plain)


def _plainer_name(sense: Sense, word: str, headword: str, lexicon: Lexicon,
                  words: WordInfo, profile: LearnerProfile, *, broader: bool = True) -> str:
    """A one-word name the learner knows for the only meaning of ``word``: its commonest
    synonym that usually means this (`usually_means`: "lift" is no plain name for
    "rescind"), else (when ``broader``) for a noun or a verb the name of its broader
    term, whose first meaning that is ("fire" for "conflagration", "pay" for
    "remunerate"), or for a noun the root of its field ("animal", "person") up to
    `PLAINER_NOUN_LEVELS` up; no pronoun ("a someone"); "" when there is none, or only
    one of the headword's family."""
    def known(name: str) -> bool:
        return name.isalpha() and name.islower() and name != word \
            and not same_family(name, headword.lower()) \
            and level_of(name, words) <= profile.level

    upos = {"n": "NOUN", "v": "VERB"}.get(sense.pos, "X")
    synonyms = sorted((name for name in sense.synonyms if known(name)),
                      key=lambda name: -words.zipf(name, upos))
    found = next((name for name in synonyms if usually_means(lexicon, name, sense)), "")
    if found or sense.pos not in ("n", "v") or not broader:
        return found
    kind: Sense | None = sense
    # A rare animal word (`RARE_ANIMAL_ZIPF`) is said by the nearest kind of animal the
    # learner knows however far up ("songbird" -> oscine -> passerine -> "bird"), else
    # as an animal ("quadruped" -> tetrapod -> vertebrate -> chordate -> "animal"); one
    # a learner meets ("reptile", "mammal", "livestock", "fetus") says more than
    # "animal". A person's or a thing's names two up say too little ("shareholder" is
    # no "person").
    animal = sense.pos == "n" and sense.lexname == "noun.animal" \
        and words.zipf(word, "NOUN") < RARE_ANIMAL_ZIPF
    levels = 1 if sense.pos != "n" else MAX_KIND_LEVELS if animal else PLAINER_NOUN_LEVELS
    for level in range(levels):
        kind = lexicon.broader(kind.synset) if kind is not None else None
        if kind is None:
            return ""
        root = _names_the_field(kind, sense)
        if kind.lexname == "noun.Tops" and not root or level > 0 and not root and not animal:
            continue
        for name in sorted((name for name in kind.synonyms if known(name)
                            and name not in PLACEHOLDERS),
                           key=lambda name: -words.zipf(name, upos)):
            first = lexicon.senses(name, sense.pos)[:1]
            if first and first[0].synset == kind.synset:
                return name
    return ""


# How many broader terms up a rare noun of a gloss may be said by the name of the root
# of its field: "arthropod" (C2) -> invertebrate (C2) -> animal (QA walk-through).
# Another term two up says too little ("dishware" -> tableware -> "ware", "authenticity"
# -> genuineness -> "quality"), as a verb's does ("change", "move").
PLAINER_NOUN_LEVELS = 2
# ...and a rare animal word's (below this Zipf: "quadruped" 2.0, "pachyderm" 1.8,
# "songbird" 2.7; not "reptile" 3.3) by any kind of animal up to "animal" (sweep of the
# 12,000 commonest words: "horse –solid-hoofed quadruped...").
RARE_ANIMAL_ZIPF = 3.0


def _names_the_field(top: Sense, sense: Sense) -> bool:
    """Whether ``top``, one of WordNet's top nouns, names the field of ``sense`` and is
    the learner's word for everything in it: "animal" for an arthropod (noun.animal),
    "person" for a businessperson (noun.person); not "food" for a drink ("coffee –a food
    consisting of an infusion of ground beans"), nor "substance" or "object", which say
    nothing of what a thing is."""
    return top.lemma in _FIELD_ROOTS and sense.lexname == f"noun.{top.lemma}"


_FIELD_ROOTS = frozenset({"animal", "person"})
# WordNet's top nouns that say what a thing is when the wording goes on to say which:
# "a substance consisting of a suspension of dead cells..." (not "a thing", "an object").
_PLAIN_TOP_NAMES = frozenset({"substance"})
_FIELD_LEXNAMES = frozenset(f"noun.{root}" for root in _FIELD_ROOTS)


# A gloss word's parts of speech as WordNet's and the dictionary's.
_GLOSS_WORD_POS = (("v", "VERB"), ("n", "NOUN"), ("a", "ADJ"))


# A synonym named after a hard definition must be this much commoner (Zipf) than the
# headword: "plane" for "airplane" (4.6 against 4.1), not "chopper" for "helicopter".
PLAIN_SYNONYM_MARGIN = 0.5
# After a wording the learner can read none of, it may be this much rarer (Zipf):
# "curse" (4.1) for "swear" (4.5), not "populate" (3.4) for "live" (6.0).
UNREADABLE_SYNONYM_RARER = 1.0
# ...and used in this sense more than once in SemCor: "grace" (once) is not another
# word for "decorate" to a learner, "snake" (20 times) is for "serpent".
MIN_SYNONYM_USES = 2
# ...and this sense is its first, or one of its usual ones: at least this share of
# its uses in SemCor in this part of speech ("practice" means "rehearse" in 5 of its
# 25 uses as a verb; "gay" means "merry" 3 times in 20, and a learner knows "gay"
# for something else)...
MIN_SYNONYM_SHARE = 0.2
# ...and this share of all its uses: "set" is "located" twice in 177 ("situated in a
# particular spot (another word for set)" would teach nothing).
MIN_SYNONYM_SHARE_ALL = 0.05


def _plain_synonym(lexicon: Lexicon, sense: Sense, headword: str, words: WordInfo,
                   profile: LearnerProfile, *, unreadable: bool = False) -> str:
    """The sense's commonest one-word synonym that the learner knows, clearly commoner
    than ``headword`` (after an ``unreadable`` wording, not much rarer), not of its
    family and that usually means this (`usually_means`): "merry" is not "another word
    for gay", nor "depend on" for "ride"; "" when none is.
    """
    head = headword.lower()
    # After a wording the learner can read none of, a synonym they know helps though
    # it is a little rarer: "swear –utter obscenities or profanities (another word for
    # curse)"; not a much rarer one ("live" is no "populate").
    floor = words.zipf(head, "X") + (-UNREADABLE_SYNONYM_RARER if unreadable
                                     else PLAIN_SYNONYM_MARGIN)
    plain = [word for word in sense.synonyms
             if word.isalpha() and word.islower() and not same_family(word, head)
             and not head.startswith(word)  # "firm" for "firmly"
             and word not in head.split()  # "down" for "drink down"
             and words.zipf(word, "X") >= floor and level_of(word, words) <= profile.level]
    return next((word for word in sorted(plain, key=lambda word: -words.zipf(word, "X"))
                 if usually_means(lexicon, word, sense)), "") \
        or _plain_two_word_verb(lexicon, sense, head, words, profile)


def _plain_two_word_verb(lexicon: Lexicon, sense: Sense, head: str, words: WordInfo,
                         profile: LearnerProfile) -> str:
    """The verb sense's name of a verb and its particle ("call off" for "cancel") whose
    verb the learner knows and is as common as ``head``, and whose first meaning this
    sense is, counted in SemCor; "" when none is. Its own frequency is not a phrase's
    (wordfreq reads "call off" as its two words), nor are its SemCor uses many (it
    counts "call off" once in "cancel"'s sense): its first meaning stands for both."""
    if sense.pos != "v":
        return ""
    for name in sense.synonyms:
        verb, _, particle = name.partition(" ")
        if particle not in VERB_PARTICLES or not verb.isalpha() or same_family(verb, head) \
                or level_of(verb, words) > profile.level \
                or words.zipf(verb, "VERB") < words.zipf(head, "VERB"):
            continue
        first = lexicon.senses(name, "v")[:1]
        if first and first[0].synset == sense.synset and first[0].count > 0:
            return name
    return ""


def _plain_kind(lexicon: Lexicon, sense: Sense, headword: str, wording: str,
                words: WordInfo, profile: LearnerProfile) -> str:
    """The word for what the sense is a kind of (WordNet's broader term), when it is one
    word the learner knows, not of the headword's family, and what that word means
    first, and ``wording`` names it by none of its names the learner knows: "burial –n.
    the ritual placing of a corpse in a grave (a kind of funeral)", not "tail –n. the
    posterior part of the body... (a kind of process)"; "" when it is none such. One
    level up only: the next is too often another thing ("successor": heir, then
    relative)."""
    if sense.lexname in _ABSTRACT_FIELDS:
        return ""  # "a kind of condition", "a kind of quality" say nothing
    broader = lexicon.broader(sense.synset)
    if broader is None or broader.lexname == "noun.Tops" or not broader.synonyms:
        return ""  # "a kind of person" says no more than "someone who..."
    word = broader.synonyms[0]
    # "a store selling hardware (a kind of shop)": it says so already. Or it names a
    # broader kind still: "employer –a person or firm that employs workers (a kind of
    # leader)" (QA walk-through) only misleads.
    kind: Sense | None = broader
    for _ in range(MAX_KIND_LEVELS):
        if kind is None:
            break
        if any(mentions(wording, name) and level_of(name, words) <= profile.level
               for name in kind.synonyms if name.isalpha()):
            return ""
        kind = None if kind.lexname == "noun.Tops" else lexicon.broader(kind.synset)
    if not word.isalpha() or same_family(word, headword.lower()) \
            or level_of(word, words) > profile.level \
            or "n" in lexicon.capitalised_pos(word):  # "a kind of european"
        return ""
    first = lexicon.senses(word, "n")[:1]
    return word if first and first[0].synset == broader.synset else ""


# How many broader terms up a wording that names one says what kind its sense is.
MAX_KIND_LEVELS = 6


# WordNet's fields of abstract nouns, whose broader terms are abstractions too.
_ABSTRACT_FIELDS = frozenset({
    "noun.Tops", "noun.attribute", "noun.cognition", "noun.communication", "noun.feeling",
    "noun.motive", "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.time",
})


def usually_means(lexicon: Lexicon, word: str, sense: Sense) -> bool:
    """Whether ``sense`` is the first meaning of ``word``, or one it has in at least
    `MIN_SYNONYM_SHARE` of its uses in the sense's part of speech and
    `MIN_SYNONYM_SHARE_ALL` of all; and at least `MIN_SYNONYM_USES` times."""
    every = lexicon.senses(word)
    own = [s for s in every if s.pos == sense.pos]
    uses = uses_in(lexicon, word, sense)
    if uses < MIN_SYNONYM_USES:
        return False
    return own[0].synset == sense.synset or (
        uses >= MIN_SYNONYM_SHARE * sum(s.count for s in own)
        and uses >= MIN_SYNONYM_SHARE_ALL * sum(s.count for s in every))


def uses_in(lexicon: Lexicon, word: str, sense: Sense) -> int:
    """How often SemCor counts ``word`` in ``sense``."""
    return next((s.count for s in lexicon.senses(word, sense.pos) if s.synset == sense.synset), 0)


# The words after which a gloss's next word is its verb: "a landowner who leases to
# others", "an agent that operates some apparatus".
_RELATIVES = re.compile(r"\b(?:who|that|which) ([a-z]+)\b")
# A verb's name said in its place must be one in this share of the verb's uses in
# SemCor (of its senses, when SemCor counts none): "rent" is every sense of "lease",
# "run" two in three uses of "operate"; "control", one sense in six, is not.
MIN_VERB_NAME_SHARE = 0.5
# A verb a learner meets in the news is this common (Zipf): "rent" (4.7), not "sire" (3.6).
PLAIN_VERB_ZIPF = 4.5
# The verb's form, by its ending, as lemminflect's tags.
_VERB_FORMS = (("ing", "VBG"), ("ed", "VBD"), ("s", "VBZ"))


def verbs_said_plainly(wording: str, sense: Sense, headword: str, lexicon: Lexicon,
                       words: WordInfo, profile: LearnerProfile) -> str:
    """``wording`` with a verb after "who", "that" or "which" that is above the learner
    or of the headword's family said by a plainer name of it: "landlord –a person who
    rents to others", not "...who leases to others"; "operator –an agent that runs some
    apparatus", not "...that operates" (the headword again). The name is one the
    learner knows that most of the verb's uses mean (`MIN_VERB_NAME_SHARE`), so which
    of its senses the gloss means matters little, one that often means that
    (`_often_means`: "get" is no plain "baffle", nor "deal" "conduct"), as common as
    the verb and `PLAIN_VERB_ZIPF` ("bound" is no plainer "limit"), taking an
    object where the verb has one ("inhabits a place" is no "lives a place"). As it is
    when there is none."""
    head = headword.lower()

    def plainer(match: re.Match[str]) -> str:
        token = match.group(1)
        lemma = words.dictionary_lemma(token, "VERB")
        if not lemma or token in GLOSS_STOPWORDS or not words.is_verb(lemma) \
                or not (same_family(lemma, head) or level_of(lemma, words) > profile.level):
            return match.group(0)
        after = WORD_PATTERN.findall(wording[match.end():])[:1]
        # Anything but a preposition or a joining word after the verb is its object
        # ("employs workers", "inhabits much of").
        with_object = bool(after) and not takes_what_follows(after[0]) \
            and after[0].lower() not in ("and", "or", "but", "as")
        name = _commonest_verb_name(lemma, head, wording, with_object, lexicon, words,
                                    profile)
        tag = next((tag for ending, tag in _VERB_FORMS if token != lemma
                    and token.endswith(ending)), "VB")
        form = _verb_form(name, tag) if name else ""
        return match.group(0)[:match.start(1) - match.start()] + form if form \
            else match.group(0)

    plain = _RELATIVES.sub(plainer, wording)
    return wording if defines_by_itself(plain, headword, sense.pos) else plain


# WordNet's sentence frames in which a verb has an object ("Somebody ----s something").
_OBJECT_FRAMES = frozenset({8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 26, 30, 31,
                            32, 33, 34, 35})


def _commonest_verb_name(lemma: str, head: str, wording: str, with_object: bool,
                         lexicon: Lexicon, words: WordInfo, profile: LearnerProfile) -> str:
    """The one-word name of the verb ``lemma`` the learner knows, not of the headword's
    family nor in ``wording``, that names the most of its uses, when that is at least
    `MIN_VERB_NAME_SHARE` of them, and often means the commonest of those, taking an
    object there ``with_object``; "" when none does."""
    senses = lexicon.senses(lemma, "v")
    total = sum(s.count for s in senses)
    share: dict[str, int] = {}
    commonest: dict[str, Sense] = {}
    for s in senses:
        for name in s.synonyms:
            if name.isalpha() and name.islower() and name != lemma \
                    and not same_family(name, head) and not mentions(wording, name) \
                    and level_of(name, words) <= profile.level:
                share[name] = share.get(name, 0) + (s.count if total else 1)
                commonest.setdefault(name, s)
    whole = total or len(senses)
    floor = max(words.zipf(lemma, "VERB"), PLAIN_VERB_ZIPF)
    for name in sorted(share, key=lambda name: (-share[name], -words.zipf(name, "VERB"))):
        if share[name] < MIN_VERB_NAME_SHARE * whole:
            return ""
        own = next((s for s in lexicon.senses(name, "v")
                    if s.synset == commonest[name].synset), None)
        if own is not None and _often_means(lexicon, name, own) \
                and words.zipf(name, "VERB") >= floor \
                and (not with_object or own.frames & _OBJECT_FRAMES
                     and not _takes_a_preposition(name, own)):
            return name
    return ""


def _often_means(lexicon: Lexicon, name: str, sense: Sense) -> bool:
    """Whether ``sense`` is one ``name`` usually has (`usually_means`), or a verb of many
    senses has in enough of its uses (`MIN_SYNONYM_SHARE_ALL`): "run" means "operate"
    in 20 of its 268 uses, "get" never means "baffle"."""
    uses = uses_in(lexicon, name, sense)
    return usually_means(lexicon, name, sense) or uses >= MIN_SYNONYM_USES \
        and uses >= MIN_SYNONYM_SHARE_ALL * sum(s.count for s in lexicon.senses(name, "v"))


def _takes_a_preposition(name: str, sense: Sense) -> bool:
    """Whether ``sense``'s gloss names ``name`` with a preposition after it: "inhabit
    or live in" says "live" needs its "in" ("who lives much of the Middle East")."""
    return re.search(rf"\b{re.escape(name)} (?:in|on|at|to|with|for|from|of|into)\b",
                     sense.definition) is not None


def _verb_form(lemma: str, tag: str) -> str:
    """``lemma`` in the form ``tag`` names (lemminflect, loaded only here)."""
    if tag == "VB":
        return lemma
    import lemminflect

    forms = lemminflect.getInflection(lemma, tag=tag)
    return forms[0] if forms else ""


def without_hard_kind_modifiers(wording: str, sense: Sense, lexicon: Lexicon,
                                words: WordInfo, profile: LearnerProfile) -> str:
    """A noun's ``wording`` that opens with the name of what it is a kind of (one of the
    sense's broader terms, up to `MAX_KIND_LEVELS` up) after a name of a narrower kind
    between them far above the learner (`FAR_ABOVE`), without that name: "glucose –a
    sugar that has several forms", not "a monosaccharide sugar that..." (its clause "an
    important source of physiological energy" had been chosen as the easier, saying
    nothing of sugar). The broader name says what the thing is, the narrower one only
    which kind of it, in a word the learner cannot read. A describing word stays: it
    says what sets the thing apart ("a nonmilitary citizen", "an erroneous mental
    representation"). As it is otherwise."""
    tokens = wording.split(" ")
    start = 1 if tokens and tokens[0].lower() in ARTICLES else 0
    found = opening_noun(tokens[start:], lexicon, words) if len(tokens) > start else None
    if sense.pos != "n" or found is None or found == 0:
        return wording
    at = start + found
    name = words.dictionary_lemma(tokens[at], "NOUN") or tokens[at]
    far = profile.level.rank + FAR_ABOVE
    between: set[str] = set()
    kind: Sense | None = sense
    for _ in range(MAX_KIND_LEVELS):
        kind = lexicon.broader(kind.synset) if kind is not None else None
        if kind is None:
            return wording
        if name in kind.synonyms:
            break
        between.update(kind.synonyms)
    else:
        return wording
    kept = [token for token in tokens[start:at]
            if token not in between or level_of(token, words).rank < far]
    if len(kept) == at - start:
        return wording
    return articles_mended(" ".join([*tokens[:start], *kept, *tokens[at:]]))
