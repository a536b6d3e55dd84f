"""What a word's context says of its sense, read through WordNet (`ContextCues`): the
field of the list it is in, the kinds of a verb's object, whether a subject or object is
a person, a doer an abstraction, the compound a word is part of, a noun told to do
something; which words fill one collocation slot. And the stems of a sentence and its
neighbours (`sentence_context`) and of the words beside a word (`adjacent_words`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from vocab.collocations import COLLOCATION_SKIPPED_WORDS, nouns_described, single_word_names
from vocab.gloss_words import GLOSS_STOPWORDS, GLOSS_WORD, content_words, crude_stem
from vocab.models import NO_OBJECT_FRAMES, OBJECT_FRAMES, Sense, Token
from vocab.name_senses import a_person_word
from vocab.sense_filters import THING_SUBJECT_FRAMES
from vocab.sense_lookup import SenseLookup
from vocab.sense_weights import (
    _ABSTRACT_FIELDS,
    _ACT,
    _BEFORE_AN_OBJECTS_NOUN,
    _COMMUNICATION,
    _NATURES_THINGS,
    _PERSON_PRONOUNS,
    _THING_OBJECT_TOO,
    _THING_PRONOUNS,
    _TOLD_TO_FRAME,
    AMOUNT_CHANGE,
    COMPOUND_KIND_LEVELS,
    HELD_THINGS,
    HELD_VERB_FIELDS,
    OBJECT_KIND_LEVELS,
    SERVED_FIELDS,
    TIME_PERIOD,
    TO_PERSON_GLOSS,
    VEHICLE,
    WHO_VERB,
)
from vocab.sentence_cues import (
    BETWEEN_SUBJECT_AND_VERB,
    FINITE_VERB_TAGS,
    SUBJECT_PRONOUNS,
    list_mates,
    nouns_beside,
    of_object_noun,
    subject_at,
    subject_of_complement,
    verb_of_subject,
    verb_over,
)
from vocab.verb_objects import object_after, passive_agent
from vocab.wordinfo import CONTENT_UPOS

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.wordinfo import WordInfo

# A doer noun's endings ("seller", "visitor", "beggar"), of the ones WordNet derives
# from verbs (`ContextCues.doers_verbs`). The verb counts as a word of the sentence:
# "sellers offer fruit for sale" had read a market's "stalls" as a stable's (SemCor's 10
# uses to 2; QA walk-through). Measured: news words 655 -> 656 of 812, WordNet's
# examples 0.392 / 0.710 unchanged (3 found, none lost: "migratory workers", "an
# editor's deletions"), VOA agreement 67 of 102 and 39 of 52 unchanged. For any noun
# with the ending, "eat for dinner" became dining and "modify this letter" letting.
_DOER_ENDINGS = ("er", "or", "ar")
# The participles that give a noun its name: "a builder named Tom Harris", "a
# nurse called Ann Lee" (`ContextCues.bears_a_persons_name`).
_NAMING_WORDS = frozenset({"named", "called"})


class ContextCues:
    """The cues of a word's context, the senses of its neighbours read by ``lookup``
    (the sense chooser's own look-ups), cached per word."""

    def __init__(self, lookup: SenseLookup, words: WordInfo) -> None:
        self.lookup = lookup
        self.lexicon = lookup.lexicon
        self._words = words  # lemmatises WordNet's examples (`nouns_described`)
        self._compounds: tuple[Analysis | None, dict[int, list[str]]] = (None, {})
        self._compound_kinds: dict[str, frozenset[str]] = {}  # by `_kinds_of`
        self._object_kinds: dict[str, frozenset[str]] = {}  # by `object_kinds`
        self._noun_kinds: dict[str, frozenset[str]] = {}  # by `kinds_beside`
        self._kinds_named: dict[str, frozenset[str]] = {}  # by `kinds_named_by`
        self._antonyms: dict[str, frozenset[str]] = {}  # by `_verb_antonyms`
        self._doers_verbs: dict[str, frozenset[str]] = {}  # by `doers_verbs`
        self._gloss_links: dict[str, frozenset[str]] = {}  # by `gloss_links`
        self._who_speaks: dict[str, bool] = {}  # by `who_speaks`
        # By `sister_words`: the stems and the words of each name.
        self._sister_names: dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]] = {}

    def doers_verbs(self, lemmas: Iterable[str]) -> set[str]:
        """The verbs WordNet derives doer nouns from ("seller" -> "sell", "farmer" ->
        "farm"): a noun ending in -er, -or or -ar spelt as the verb and the ending
        ("drive" in "driver"), never the noun itself ("mother", "corner")."""
        found: set[str] = set()
        for lemma in lemmas:
            if lemma not in self._doers_verbs:
                self._doers_verbs[lemma] = frozenset(
                    verb for verb in self.lexicon.derived_lemmas(lemma)
                    if len(verb) < len(lemma) - 1
                    and lemma.startswith(verb.removesuffix("e")) and " " not in verb
                    and self._words.is_verb(verb)
                ) if lemma.endswith(_DOER_ENDINGS) and self._first_a_person(lemma) else frozenset()
            found |= self._doers_verbs[lemma]
        return found

    def modifier_gloss(self, tokens: Sequence[Token], index: int) -> set[str]:
        """The stems of the gloss of the adjective right before the noun at ``index``,
        in its most used sense: "cheap", "relatively low in price or charging low
        prices", says a "cheap fare" is a sum charged, not a passenger."""
        if index == 0 or tokens[index].upos != "NOUN" or tokens[index - 1].upos != "ADJ":
            return set()
        senses = self.lookup.senses(tokens[index - 1].lemma.lower(), "a")
        if not senses:
            return set()
        # Not the forms of the fillers glosses are written with: "colored", "having color
        # ... sometimes used in combination", says nothing of gunpowder "used in gunnery".
        return {crude_stem(word) for word in GLOSS_WORD.findall(senses[0].definition.lower())
                if not {word, word[:-1], word[:-2], word[:-3], word[:-3] + "e"}
                & GLOSS_STOPWORDS}

    def noun_modifier(self, tokens: Sequence[Token], index: int) -> str:
        """The lemma of the common noun right before the noun at ``index`` that it
        modifies as an adjective would ("job" in "job openings"); "" if none."""
        if index == 0 or tokens[index].upos != "NOUN":
            return ""
        before = tokens[index - 1]
        if before.pos not in ("NN", "NNS") or before.sentence != tokens[index].sentence:
            return ""
        return before.lemma.lower()

    def noun_modified(self, tokens: Sequence[Token], index: int) -> str:
        """The lemma of the noun right after the common noun at ``index`` when that noun
        ends the phrase ("attack" in "drone attacks"); "" if none."""
        if index + 1 >= len(tokens) or tokens[index].pos not in ("NN", "NNS"):
            return ""
        after = tokens[index + 1]
        if after.pos not in ("NN", "NNS") or after.sentence != tokens[index].sentence or (
                index + 2 < len(tokens) and tokens[index + 2].pos.startswith("NN")):
            return ""
        return after.lemma.lower()

    def names_a_field_served(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the common noun right before the noun at ``index`` (`noun_modifier`)
        names a field of activity by its first sense (`SERVED_FIELDS`): "health" in "the
        health ministry", not "church" in "the church ministry"."""
        modifier = self.noun_modifier(tokens, index)
        senses = self.lookup.senses(modifier, "n") if modifier else []
        return bool(senses) and senses[0].lexname in SERVED_FIELDS

    def gloss_links(self, sense: Sense) -> frozenset[str]:
        """The words of the names and gloss of the most used noun sense of each word of
        ``sense``'s gloss: "opportunity especially for employment" links to "job"
        through "employment", "the state of being employed or having a job"."""
        links = self._gloss_links.get(sense.synset)
        if links is None:
            found: set[str] = set()
            for word in GLOSS_WORD.findall(sense.definition.lower()):
                if word in GLOSS_STOPWORDS:
                    continue
                senses = self.lookup.senses(word, "n")
                if senses:
                    # Whole words, not stems: "party" is no "part".
                    found.update(GLOSS_WORD.findall(" ".join(
                        (senses[0].definition, *senses[0].synonyms)).lower()))
            links = self._gloss_links[sense.synset] = frozenset(found)
        return links

    def sister_words(self, sense: Sense, own: frozenset[str]) -> frozenset[str]:
        """The words of the names of the other kinds of ``sense``'s broader term, one
        and two steps below it, that name the thing ``sense`` is with a word of its own
        (``own``): a drone, "an aircraft without a pilot", is a sister of the "fighter,
        attack aircraft", so "attack" and "aircraft"; a name without such a word says
        nothing ("transparency level" is no physical phenomenon's level)."""
        names = self._sister_names.get(sense.synset)
        if names is None:
            broader = self.lexicon.broader(sense.synset)
            below = self.lexicon.names_below(broader.synset) if broader else frozenset()
            names = self._sister_names[sense.synset] = tuple(
                (frozenset(content_words(name)), frozenset(GLOSS_WORD.findall(name.lower())))
                for name in below - set(sense.synonyms) if " " in name)
        return frozenset(word for stems, words in names if stems & own for word in words)

    def _first_a_person(self, noun: str) -> bool:
        senses = self.lookup.senses(noun, "n")
        return bool(senses) and senses[0].lexname == "noun.person"

    def doers_context(self, analysis: Analysis, sentence: int, exclude: int) -> tuple[
            set[str], set[str]]:
        """The stems of the verbs of the doer nouns (`doers_verbs`) of a sentence, and of
        it with its neighbours, which `sentence_context` leaves out: "sellers" says
        "sell", as a booth's gloss does ("displayed for sale", "sold")."""
        own: set[str] = set()
        near: set[str] = set()
        for index in (sentence - 1, sentence, sentence + 1):
            if not 0 <= index < len(analysis.sentences):
                continue
            nouns = [analysis.tokens[i].lemma.lower() for i in analysis.sentence_token_range(index)
                     if i != exclude and analysis.tokens[i].upos == "NOUN"]
            words = {stem for verb in self.doers_verbs(nouns) for stem in content_words(verb)}
            near |= words
            if index == sentence:
                own |= words
        return own, near

    def same_slot(self, word: str, other: str, *, pos: str, timed: bool = False) -> bool:
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
        periods = self.lookup.synset_ids_below(TIME_PERIOD)
        return any(o.count and o.synset_id in periods for o in self.lookup.outlines(noun, "n"))

    def _changes_amount(self, verb: str) -> bool:
        """Whether SemCor uses ``verb`` in a sense of an amount going up or down
        (`AMOUNT_CHANGE`): "rise", "fall", "grow", "drop"."""
        amounts = self.lookup.synset_ids_below(AMOUNT_CHANGE)
        return any(o.count and o.synset_id in amounts for o in self.lookup.outlines(verb, "v"))

    def _verb_antonyms(self, lemma: str) -> frozenset[str]:
        """The antonyms of the senses of ``lemma`` as a verb ("rise": "fall")."""
        found = self._antonyms.get(lemma)
        if found is None:
            found = self._antonyms[lemma] = frozenset().union(*self.lexicon.antonyms_of(
                sense.synset for sense in self.lookup.senses(lemma, "v")).values())
        return found

    def describes_people(self, sense: Sense, headword: str) -> bool:
        """Whether the adjective sense's examples describe people only ("a tough
        character": not given to gentleness), as a verb's frames may take only a person."""
        nouns = nouns_described(sense.examples, single_word_names(sense.synonyms, headword),
                                self._words) if sense.pos == "a" else ()
        return bool(nouns) and all(
            (found := self.lookup.senses(noun, "n")) and found[0].lexname == "noun.person"
            for noun in nouns)

    def kinds_named_by(self, word: str) -> frozenset[str]:
        """`Lexicon.narrower_names` of a content word, asked once."""
        if word in GLOSS_STOPWORDS:
            return frozenset()
        found = self._kinds_named.get(word)
        if found is None:
            found = self._kinds_named[word] = self.lexicon.narrower_names(word) \
                - GLOSS_STOPWORDS
        return found

    def first_field(self, noun: str) -> str:
        """The WordNet field (lexname) of the first sense of common noun ``noun``, read
        as the noun a plural is of ("materials"); "" when WordNet has none. A field's
        top noun is filed under "noun.Tops", and stands for its own field here:
        "substance" for "noun.substance", where "salt" and "material" are."""
        senses = self.lookup.senses(noun, "n") or self.lookup.senses(
            self._words.lemma(noun, "NNS"), "n")
        if not senses:
            return ""
        return f"noun.{noun}" if senses[0].lexname == "noun.Tops" else senses[0].lexname

    def list_field(self, tokens: Sequence[Token], index: int) -> str:
        """The WordNet field (lexname) that most of the nouns a list joins the noun at
        ``index`` to are of, by their first senses ("farmers, bakers, builders and
        children": noun.person); "" when it is in no list or they share none."""
        if tokens[index].upos != "NOUN":
            return ""
        fields = Counter(senses[0].lexname for other in list_mates(tokens, index)
                         if (senses := self.lookup.senses(tokens[other].lemma.lower(), "n")))
        if not fields:
            return ""
        field, count = fields.most_common(1)[0]
        if count * 2 <= sum(fields.values()):
            return ""
        # "bankers in suits, nurses and teachers": the people listed are the bankers'
        # mates, the suits what the bankers wear; a list of the field of the noun a
        # preposition's phrase describes is that noun's ("prices for grain and fuel"
        # stays a list of stuff: prices are none).
        if index >= 2 and tokens[index - 1].upos == "ADP" \
                and tokens[index - 2].upos == "NOUN" and not tokens[index - 2].proper_noun \
                and tokens[index - 2].sentence == tokens[index].sentence \
                and self.first_field(tokens[index - 2].lemma.lower()) == field:
            return ""
        return field

    def object_kinds(self, tokens: Sequence[Token], index: int | None) -> frozenset[str]:
        """Stems of the noun at ``index`` and of its first sense's broader terms, up to
        `OBJECT_KIND_LEVELS` up ("store", "outlet", "business", "establishment")."""
        if index is None or not tokens[index].pos.startswith("NN") or tokens[index].proper_noun:
            return frozenset()
        lemma = tokens[index].lemma.lower()
        kinds = self._object_kinds.get(lemma)
        if kinds is None:
            senses = self.lookup.senses(lemma, "n")
            names = [lemma]
            kind = senses[0] if senses else None
            for _ in range(OBJECT_KIND_LEVELS):
                kind = self.lexicon.broader(kind.synset) if kind else None
                if kind is None:
                    break
                names += (_kind_named(name) for name in kind.synonyms)
            kinds = self._object_kinds[lemma] = frozenset(content_words(" ".join(names)))
        return kinds

    def kinds_beside(self, tokens: Sequence[Token], index: int) -> frozenset[str]:
        """Stems of the nouns that say what kind of thing the noun at ``index`` is, or
        is of (`nouns_beside`: "bike" in "a bike rider", "buses" in "a fleet of
        buses"), of their first sense's names and of its broader terms, up to
        `OBJECT_KIND_LEVELS` up ("motorcycle", "motor vehicle"; "passenger vehicle")."""
        found: frozenset[str] = frozenset()
        for at in nouns_beside(tokens, index):
            lemma = tokens[at].lemma.lower()
            kinds = self._noun_kinds.get(lemma)
            if kinds is None:
                senses = self.lookup.senses(lemma, "n")
                kind = senses[0] if senses else None
                names = [lemma, *(_kind_named(name) for name in kind.synonyms)] if kind else [lemma]
                for _ in range(OBJECT_KIND_LEVELS):
                    kind = self.lexicon.broader(kind.synset) if kind else None
                    if kind is None:
                        break
                    names.append(_kind_named(kind.synonyms[0]))
                kinds = self._noun_kinds[lemma] = frozenset(content_words(" ".join(names)))
            found |= kinds
        return found

    def things_named_near(self, analysis: Analysis, sentence: int) -> frozenset[str]:
        """Stems of the common nouns of a sentence and those beside it, and of the names
        of each one's first sense ("bike": "motorcycle"), which a sense's bracketed
        examples may name (`EXAMPLES_NAMED`)."""
        found: set[str] = set()
        for index in (sentence - 1, sentence, sentence + 1):
            if not 0 <= index < len(analysis.sentences):
                continue
            for at in analysis.sentence_token_range(index):
                token = analysis.tokens[at]
                if token.upos != "NOUN" or token.proper_noun:
                    continue
                lemma = token.lemma.lower()
                senses = self.lookup.senses(lemma, "n")
                names = senses[0].synonyms if senses else ()
                found |= content_words(" ".join((lemma, *names)).replace("_", " "))
        return frozenset(found)

    def subject_is_person(self, tokens: Sequence[Token], index: int) -> bool | None:
        """`is_person` for the subject of the verb at ``index`` (`subject_at`), a thing
        only when it is of nature's making (`_NATURES_THINGS`): a made thing, a text, a
        plan or a place acts for the people behind it ("the sheet gives students
        weather information" conveys it as a person would)."""
        subject = subject_at(tokens, index)
        if subject is None:
            return None
        person = self.is_person(tokens, subject)
        senses = self.lookup.senses(tokens[subject].lemma.lower(), "n") \
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
        senses = self.lookup.senses(tokens[doer].lemma.lower(), "n")
        return bool(senses) and senses[0].lexname in _ABSTRACT_FIELDS

    def possessor_is_person(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the noun at ``index`` has a person's possessive right before it, past
        adjectives: "his trial", "the mayor's long trial" (`is_person`); not "its" or
        "their", said of things and bodies too."""
        at = index - 1
        while at >= 0 and tokens[at].pos in ("JJ", "JJR", "JJS"):
            at -= 1
        if at < 0 or tokens[at].sentence != tokens[index].sentence:
            return False
        if tokens[at].pos == "PRP$":
            return tokens[at].text.lower() in _PERSON_POSSESSIVES
        return tokens[at].pos == "POS" and self.is_person(tokens, at - 1) is True

    def borne_by_subject(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the bare singular noun at ``index`` (no determiner) follows a verb
        whose subject is a person, right after it or after "on": "the former mayor went
        on trial", "he will stand trial" say whose trial it is, as "his trial" does
        (`possessor_is_person`)."""
        if tokens[index].pos != "NN" or index < 2:
            return False
        at = index - 1
        if tokens[at].text.lower() == "on":
            at -= 1
        verb = tokens[at]
        return verb.upos == "VERB" and verb.sentence == tokens[index].sentence \
            and self.subject_is_person(tokens, at) is True

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
        senses = self.lookup.senses(token.lemma.lower(), "n")
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
            senses = self.lookup.senses(compound, "n")
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
            senses = self.lookup.senses(compound, "n")
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
            for sense in self.lookup.senses(verb.lemma.lower(), "v"):
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
        senses = self.lookup.senses(token.lemma.lower(), "n") if not token.proper_noun else []
        return senses[0].lexname if senses else ""

    def act_of_someone(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the singular noun at ``index``, after "the", is spelled as a verb and
        has an "of" phrase naming a person or a vehicle (`VEHICLE`): "the return of the
        soldiers", "the arrival of the boats" say who or what did the act (or had it
        done), so the noun names the act, not a thing ("the return of the fishing boats"
        is no tax return)."""
        noun = tokens[index]
        if noun.pos != "NN" or index == 0 or tokens[index - 1].text.lower() != "the" \
                or index + 1 >= len(tokens) or tokens[index + 1].text.lower() != "of":
            return False
        of = of_object_noun(tokens, index)
        if of is None or not self.lookup.has_senses(noun.lemma.lower(), "v"):
            return False
        if self.is_person(tokens, of):
            return True
        senses = self.lookup.outlines(tokens[of].lemma.lower(), "n") \
            if not tokens[of].proper_noun else []
        return bool(senses) and senses[0].synset_id in self.lookup.synset_ids_below(VEHICLE)

    def held_thing(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the noun at ``index`` is a thing held: the object of a verb (past the
        nouns before it: "received her work permit") whose first sense is one of having,
        touching or showing (`HELD_VERB_FIELDS`: "received", "carried", "showed"), and
        one of its senses is a made object or a document (`HELD_THINGS`)."""
        if tokens[index].upos != "NOUN":
            return False
        first = index
        while first > 0 and tokens[first - 1].pos in ("NN", "NNS") \
                and tokens[first - 1].sentence == tokens[index].sentence:
            first -= 1
        verb = verb_over(tokens, first)
        if verb is None:
            return False
        verbs = self.lookup.senses(tokens[verb].lemma.lower(), "v")
        if not verbs or verbs[0].lexname not in HELD_VERB_FIELDS:
            return False
        below = self.lookup.synset_ids_below(HELD_THINGS)
        return any(outline.synset_id in below
                   for outline in self.lookup.outlines(tokens[index].lemma.lower(), "n"))

    def person_after_to(self, tokens: Sequence[Token], index: int) -> int | None:
        """Where the common noun naming a person is in a "to" phrase right after the
        noun at ``index`` ("a senior aide to the president": "president"); None without
        one, or when it is a name or no person (`is_person`)."""
        if tokens[index].upos != "NOUN" or index + 1 >= len(tokens) \
                or tokens[index + 1].text.lower() != "to":
            return None
        person = of_object_noun(tokens, index)
        return person if self.is_person(tokens, person) is True else None

    def other_person_asked(self, sense: Sense, person: Token) -> bool:
        """Whether ``sense``'s gloss asks for a kind of person after "to" (`TO_PERSON_GLOSS`:
        "assistant to a more senior officer") that no sense of ``person`` is one of:
        an aide to the president is no military assistant."""
        asked = TO_PERSON_GLOSS.search(sense.definition.split(";", 1)[0])
        if asked is None:
            return False
        roots = tuple(kind.synset for kind in self.lookup.senses(asked.group(1), "n")
                      if kind.lexname == "noun.person")
        if not roots:
            return False
        below = self.lookup.synset_ids_below(roots)
        return not any(outline.synset_id in below
                       for outline in self.lookup.outlines(person.lemma.lower(), "n"))

    def bears_a_persons_name(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the common noun at ``index`` is followed by "named" or "called" and a
        person's name of two words or more, its first one a person's word
        (`a_person_word`): "a builder named Tom Harris" is a person, as surely as one
        told to do something, not a substance added to soaps (SemCor's 11 uses). "A
        chemical called BPA" may be a substance."""
        noun = tokens[index]
        if noun.upos != "NOUN" or noun.proper_noun or index + 3 >= len(tokens):
            return False
        named, first, second = tokens[index + 1], tokens[index + 2], tokens[index + 3]
        return named.text.lower() in _NAMING_WORDS and named.pos == "VBN" \
            and first.proper_noun and second.proper_noun \
            and first.sentence == second.sentence == noun.sentence \
            and a_person_word(first.text, partial(self.lookup.senses, name=True))

    @staticmethod
    def noun_before_infinitive(tokens: Sequence[Token], index: int) -> bool:
        """Whether the common noun at ``index`` is followed by "to" and a bare verb that
        completes it ("two permits to park", "the decision to leave")."""
        noun = tokens[index]
        if noun.upos != "NOUN" or index + 2 >= len(tokens):
            return False
        to, verb = tokens[index + 1], tokens[index + 2]
        return to.pos == "TO" and verb.pos == "VB" and to.sentence == verb.sentence \
            == noun.sentence

    def who_speaks(self, sense: Sense) -> bool:
        """Whether the person ``sense`` glosses speaks, by the first verb after "who" in
        its gloss (`WHO_VERB`) being one of communication, as WordNet files its first
        sense: "anyone who expresses a reasoned judgment of something"."""
        found = self._who_speaks.get(sense.synset)
        if found is None:
            verb = WHO_VERB.search(sense.definition.split(";", 1)[0])
            senses = self.lookup.senses(self._words.lemma(verb.group(1), "VBZ"), "v") \
                if verb else []
            found = self._who_speaks[sense.synset] = bool(senses) \
                and senses[0].lexname == _COMMUNICATION
        return found

    def names_one_told_to(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the noun at ``index`` is the object of a verb and the subject of the
        infinitive after it ("urged both sides to return to talks", "asked the unions to
        wait"), a verb WordNet frames so ("Somebody ----s somebody to INFINITIVE", the
        only frame of that shape) in a sense that takes no thing as object (not "used a
        drone to watch"): it names people, not a place beside a centre."""
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
        return any(_TOLD_TO_FRAME in sense.frames and not sense.frames & _THING_OBJECT_TOO
                   for sense in self.lookup.senses(verb.lemma.lower(), "v"))


def verb_in_examples(examples: tuple[str, ...], names: frozenset[str], verb: str,
                     words: WordInfo) -> bool:
    """Whether an example has a form of ``verb`` over one of ``names``: before it, with
    only determiners, possessives, a number or an object pronoun between them, and one
    word right before the name ("the nurse gave him a flu shot": give, over "shot")."""
    for example in examples:
        said = GLOSS_WORD.findall(example.lower())
        for at, word in enumerate(said):
            if not words.lemmas_of_any(word) & names:
                continue
            before = at - 2  # the word right before the name may be anything ("flu")
            while before >= 0 and (said[before] in _PHRASE_WORDS) and before > at - 5:
                before -= 1
            for start in {before, at - 1} - {-1}:
                if start >= 0 and verb in words.lemmas_of_any(said[start]) \
                        and said[start] not in names:
                    return True
    return False


# The words `verb_in_examples` looks past between a verb and its object's noun.
_PHRASE_WORDS = COLLOCATION_SKIPPED_WORDS | {"me", "him", "her", "us", "them", "you", "it"}


def _kind_named(name: str) -> str:
    """What a broader term names a kind of: a compound's last word ("game equipment" is
    equipment: its "game" had read "curled the ball" as playing curling, "the Scottish
    game of curling", QA walk-through); a phrase with "of" whole ("place of business",
    "medium of exchange")."""
    words = name.replace("_", " ").split()
    return " ".join(words) if "of" in words else words[-1]


# The possessives only people have ("its" and "their" are things' and bodies' too).
_PERSON_POSSESSIVES = frozenset({"his", "her", "my", "your"})


def stem_set(token: Token) -> set[str]:
    """The stems a context word adds: its lemma's (its form's when the lemma has none).
    Both made one word count twice: "built" gave "build" and "built", and a sense
    whose signature had both (factories, for "plants" beside "built small beds") won
    two points from it. Measured: VOA agreement 60 -> 61 of 102, WordNet's examples
    weighted by SemCor 0.690 -> 0.693 (each alike 0.356, unchanged); 48 choices change
    in the seeds, the dev stories and four walk-through texts, about twice as many for
    the better ("fix that problem": a difficulty; "race for mayor": any competition) as
    for the worse ("the measures are too small": an amount)."""
    return lemma_stems(token.lemma, token.text)


def lemma_stems(lemma: str, text: str) -> set[str]:
    # The form stands in only for a lemma with no letters of its own: "made", whose
    # lemma "make" says nothing about a sense, had given "mad" to every story.
    return content_words(lemma) if GLOSS_WORD.search(lemma.lower()) else content_words(text)


def alone_after_be(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` follows a form of "be" and ends its clause ("it was
    alright.", "the food is fine, and..."): said of the subject, modifying no word."""
    if index == 0 or tokens[index - 1].lemma.lower() != "be":
        return False
    after = index + 1
    return after >= len(tokens) or tokens[after].sentence != tokens[index].sentence \
        or tokens[after].upos in _CLAUSE_ENDS


# What ends a clause after a word: punctuation, "and", "but", "or".
_CLAUSE_ENDS = frozenset({"PUNCT", "CCONJ"})


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
            words = stem_set(token)
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
                    found |= stem_set(token)
                break
            if token.upos not in _LINKING_UPOS:
                break
    return found
