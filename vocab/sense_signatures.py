"""Lesk signatures (`LeskSignatures`): the stems of a sense's gloss, examples and names
and of the synsets around it, read many at once and kept per synset; which of them are
the sense's own, which field it is of and whether a story is silent on it, and what the
story's words in a signature count (`story_overlap`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from vocab.gloss_labels import labelled_field
from vocab.gloss_words import (
    GLOSS_STOPWORDS,
    GLOSS_WORD,
    content_words,
    crude_stem,
    stemmed_content,
)
from vocab.models import Sense
from vocab.sense_weights import FIELD_EVIDENCE, related_share, story_weight

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo

# A gloss's narrowing of its sense to a field it names: "the tenets of especially a
# religion", "the handwear used by fielders in playing baseball". A story that names
# none of it is silent on the sense's field as on a labelled one (`field_of`): doubtful
# scientists question no faith, nurses' gloves are no fielder's. Only a word naming an
# activity or a body of thought counts (`_FIELD_KINDS`): "(especially money)", "(especially
# a child)", "(especially air)" name what the sense is mostly of, and read as fields
# had cost WordNet's examples 0.396 -> 0.395 (debt, seal, supersonic...); "(as a horse or
# camel)" and many-word brackets ("(especially susceptibility to bribery)") had made
# an election story's corruption a bribe. Measured: skeptical doubt and gloves (QA
# probes) right; news words 657/812, VOA agreement 68/102 and 39/52, WordNet's examples
# 0.396 / 0.709, recall 0.425 / 0.548, overlap 0.228, ease 0.819 unchanged.
_QUALIFIER = re.compile(r"\(especially (?:an? |the )?([a-zA-Z]+)\)"
                        r"|\bespecially (?:an? |the )?([a-z]+)$|\bin playing ([a-z]+)$")

# The kinds of noun a qualifier names a field by (`LeskSignatures._names_a_field`).
_FIELD_KINDS = frozenset({"noun.act", "noun.cognition"})


def gloss_qualifier(definition: str) -> str:
    """The words a gloss narrows its sense by (`_QUALIFIER`), else ""."""
    found = _QUALIFIER.search(definition.split(";", 1)[0])
    return next((group for group in found.groups() if group), "") if found else ""


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


class LeskSignatures:
    """The signatures of the senses asked about, over one lexicon, cached per synset."""

    def __init__(self, lexicon: Lexicon, words: WordInfo) -> None:
        self.lexicon = lexicon
        self._words = words  # lemmatises the glosses' words (`_stems_of_gloss_word`)
        self._signatures: dict[str, frozenset[str]] = {}
        self._own_words: dict[str, frozenset[str]] = {}
        self._repeated: dict[str, frozenset[str]] = {}
        self._beside_others: dict[str, frozenset[str]] = {}  # by `beside_others`
        self._topics: dict[str, str] = {}  # by `read_signatures_ahead`: `Lexicon.topics`
        self._field_nouns: dict[str, bool] = {}  # by `_names_a_field`, per word
        self._fields: dict[str, frozenset[str]] = {}  # by `_field_words`
        self._gloss_stems: dict[str, frozenset[str]] = {}  # by `_gloss_words`, per word

    def signature(self, sense: Sense) -> frozenset[str]:
        found = self._signatures.get(sense.synset)
        if found is None:
            self.read_signatures_ahead([sense])
            found = self._signatures[sense.synset]
        return found

    def story_overlap(self, sense: Sense, signature: frozenset[str], story: Mapping[str, int],
                       skip: set[str]) -> float:
        """The story's words in the sense's signature: once each, and a word of the
        sense's own gloss, examples or names more the more the story uses it
        (`story_weight`); the related senses' words, the signature's noise, only once
        ("land", nine times in a story of moon landings, is a hyponym of the "sphere"
        that is a walk of life, and had made "orbit" one), and less when they are many
        (`related_share`)."""
        shared = [word for word in signature & story.keys() if word not in skip]
        if not shared:
            return 0.0
        own = self.own_words_of(sense)
        related = related_share(len(signature - own))
        repeated = self._repeated.get(sense.synset, frozenset())
        return sum(story_weight(story[word]) if word in own
                   else 1.0 if word in repeated else related for word in shared)

    def _field_evidence(self, sense: Sense, signature: frozenset[str],
                        story: AbstractSet[str]) -> int:
        """How many of the story's words the sense has of its own (gloss, examples,
        names) or from two of its related glosses (`FIELD_EVIDENCE`)."""
        return len(self.sure_words(sense, signature) & story)

    def sure_words(self, sense: Sense, signature: frozenset[str]) -> frozenset[str]:
        """The words of ``signature`` the sense has of its own (gloss, examples, names)
        or from two of its related glosses: not one related gloss's chance word."""
        return signature & (self.own_words_of(sense)
                            | self._repeated.get(sense.synset, frozenset()))

    def has_surely(self, sense: Sense, lemma: str) -> bool:
        """Whether a form of ``lemma`` is in the sense's own gloss, examples or names, or
        in two of its related glosses (as `sure_words`, but by any form: the related
        glosses' words are kept as written, "taken" and "taking" for "take")."""
        def has(text: str) -> bool:
            return any(lemma in self._words.lemmas_of_any(word)
                       for word in GLOSS_WORD.findall(text.lower()))
        if any(map(has, (sense.definition, *sense.examples, *sense.synonyms))):
            return True
        return sum(map(has, self.lexicon.related_glosses(sense.synset))) >= 2

    def distinctive(self, sense: Sense, candidates: list[Sense], verb: str) -> bool:
        """Whether no sense more used than ``sense`` (SemCor) has ``verb``, the verb over
        the noun that one of the sense's examples has over it too, surely
        (`has_surely`: in its own words, or two of its related glosses):
        "took the medicine" pairs as WordNet's "take your medicine" (punishment, no
        use), but the drug's related glosses say "a measured portion of medicine taken
        at any one time" and "to be taken by inhaling it" (3 uses): what one takes, the
        verb tells the rarer sense from it no better than any word they share."""
        return not any(other.count > sense.count and other is not sense
                       and self.has_surely(other, verb) for other in candidates)

    def verb_in_gloss(self, sense: Sense, verb: str) -> bool:
        """Whether a form of ``verb`` is in the sense's gloss or its broader term's, which
        say what is done with such a thing: "take one tablet a day" is the pill, "a dose
        of medicine", "a measured portion of medicine taken at any one time"."""
        broader = self.lexicon.broader(sense.synset)
        words = [word for text in (sense.definition, broader.definition if broader else "")
                 for word in GLOSS_WORD.findall(text.lower())]
        # The broader gloss's words are read ahead in one query, not one query each.
        self._words.prefetch_lemmas(words)
        return any(verb in self._words.lemmas_of_any(word) for word in words)

    def beside_others(self, sense: Sense) -> frozenset[str]:
        """The words a related gloss has right beside a name of the synsets around the
        sense, and the sense has not of its own: another word's collocates ("a bad cut",
        an example of "bad", of which "painful" as "exceptionally bad" is a satellite).
        An adjective's only (`ADJACENT_WEIGHT`)."""
        if sense.pos != "a":
            return frozenset()
        self.signature(sense)
        return self._beside_others.get(sense.synset, frozenset())

    def field_of(self, sense: Sense) -> str:
        """The field the sense's gloss is labelled with ("(military) ..."), else the one
        WordNet files it under (`Lexicon.topics`), else the one its gloss narrows it to
        (`gloss_qualifier`: "in playing baseball"), else ""."""
        label = labelled_field(sense.definition)
        if label:
            return label.group(1)
        qualifier = gloss_qualifier(sense.definition)
        return self._topics.get(sense.synset, "") or (
            qualifier if qualifier and self._names_a_field(qualifier) else "")

    def _names_a_field(self, word: str) -> bool:
        """Whether the noun's first sense is an activity or a body of thought
        (`_FIELD_KINDS`: "baseball", "religion"), not a thing the sense is mostly of
        ("the state of owing something (especially money)")."""
        found = self._field_nouns.get(word)
        if found is None:
            senses = self.lexicon.senses(word.lower(), "n")
            found = self._field_nouns[word] = bool(senses) and senses[0].lexname in _FIELD_KINDS
        return found

    def off_field(self, sense: Sense, signature: frozenset[str], context: AbstractSet[str],
                   story: AbstractSet[str]) -> bool:
        """Whether the sense is of a field (`field_of`) ``context`` never names and the
        ``story`` shares under `FIELD_EVIDENCE` words with (`UNRELATED_FIELD_PENALTY`)."""
        field = self.field_of(sense)
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

    def own_words_of(self, sense: Sense) -> frozenset[str]:
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
        self._beside_others.pop(synset, None)
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
            beside: set[str] = set()
            named = {word.lower() for word in around.lemmas if word.isalpha()}
            for text in around.glosses:
                said = GLOSS_WORD.findall(text.lower())
                words = stemmed_content(said)
                repeated |= words & seen
                seen |= words
                beside.update(*(stemmed_content(said[max(at - 1, 0):at + 2:2])
                                for at, word in enumerate(said) if word in named))
            gloss = self._gloss_words(sense)
            self._signatures[name] = frozenset(gloss | content_words(" ".join(names)) | seen)
            self._own_words[name] = frozenset(gloss | content_words(" ".join(sense.synonyms)))
            self._repeated[name] = frozenset(repeated)
            self._beside_others[name] = frozenset(beside - self._own_words[name])
        self._topics.update(self.lexicon.topics(wanted))

    def _read_gloss_words(self, texts: Iterable[str]) -> None:
        """Stem the new words of many glosses (`_stems_of_gloss_word`), their lemmas
        read in a few queries: one look-up each had been a query each."""
        words = {word for text in texts for word in GLOSS_WORD.findall(text.lower())
                 if word not in self._gloss_stems}
        self._words.prefetch_lemmas(words - GLOSS_STOPWORDS)
        for word in words:
            self._gloss_stems[word] = self._stems_of_gloss_word(word)

    def _gloss_words(self, sense: Sense) -> set[str]:
        """Stems of the sense's gloss and examples, a form of a verb by its verb's
        (`_stems_of_gloss_word`): the sentence's words are lemmas, and "gave" in the
        injection's "the nurse gave him a flu shot", "taken" or "carried" had never met
        "give", "take" or "carry" (the crude `crude_stem` joins regular forms, not all).
        The related senses' glosses keep their words as they are: lemmatised, their
        chance words ("children" in a gloss of passing by) outweighed what they found
        (WordNet's examples weighted 0.705 -> 0.702; nouns' plurals too: 0.700)."""
        words = GLOSS_WORD.findall(" ".join([sense.definition, *sense.examples]).lower())
        if not all(word in self._gloss_stems for word in words):
            self._read_gloss_words(words)
        return set().union(*map(self._gloss_stems.__getitem__, words))

    def _stems_of_gloss_word(self, word: str) -> frozenset[str]:
        """The stem of a gloss's word, or of the verb it is a form of: only that one
        when the word is no noun, adjective or adverb of its own ("gave": give; "left"
        and "saw" keep their own too), as the sentence's words count once, by lemma."""
        if word in GLOSS_STOPWORDS:
            return frozenset()
        verb = self._words.dictionary_lemma(word, "VERB")
        if verb is None or verb == word:
            return frozenset({crude_stem(word)})
        verb_stems = frozenset() if verb in GLOSS_STOPWORDS else frozenset({crude_stem(verb)})
        if any(self._words.dictionary_lemma(word, upos) == word
               for upos in ("NOUN", "ADJ", "ADV")):
            return verb_stems | {crude_stem(word)}
        return verb_stems
