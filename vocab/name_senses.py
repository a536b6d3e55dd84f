"""What a name in a story may mean, of the senses WordNet has for the word.

Most names in news are people and places WordNet has never heard of, that happen to
be spelt like a word or like someone WordNet names: "David Green" is no river in
Wyoming, "Sarah Mills" no wife of Abraham, "Ms Evans" no nervous disorder, "in
Kettering" no engineer (QA walk-through). A name's sense is shown only when the
story gives no reason to doubt it is the one WordNet means; otherwise the word is
only "a name".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from vocab.models import Sense, Token
from vocab.offensive import insulting_gloss

if TYPE_CHECKING:
    from vocab.analysis import Analysis

# What a name in a story may be, of what WordNet writes with a capital: not a genus
# ("Maria", a timber tree of Panama), a food or a Roman numeral ("Xi" as eleven).
_NOT_NAMED_FIELDS = frozenset({"noun.plant", "noun.animal", "noun.food", "noun.substance",
                               "noun.body", "noun.quantity"})

# Words before a surname that are no first name: "President Putin", "Dr. Marsh".
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "doctor", "professor", "prof", "sir", "lady", "lord",
    "president", "vice", "prime", "minister", "secretary", "chancellor", "governor",
    "mayor", "senator", "representative", "judge", "justice", "general", "captain",
    "coach", "king", "queen", "prince", "princess", "pope", "chief", "premier",
    "councillor", "councilor", "councilman", "councilwoman", "reverend", "rev"})

# Titles anyone may have: the name after one is the story's own person, not one of
# the few WordNet names ("Dr. Hart" is no Broadway playwright, "Ms Evans" no
# archaeologist). "President Putin" and "Queen Elizabeth" are WordNet's people.
_EVERYDAY_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "doctor", "professor", "prof", "coach",
    "councillor", "councilor", "councilman", "councilwoman", "reverend", "rev"})

# Words before a name that make it a place: "in Kettering" is the town, not WordNet's
# engineer.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "across",
                                 "around", "throughout"})

# What WordNet calls a title as such ("Ms –a form of address for a woman").
_FORM_OF_ADDRESS = "a form of address"


def named_here(candidates: list[Sense], analysis: Analysis, index: int,
               senses_of: Callable[[str, str], list[Sense]]) -> list[Sense]:
    """The senses a name in the story may have: WordNet's names (written with a capital;
    "Dr. Helen Marsh" is no "low-lying wet land", "Maria" no dark region of the moon,
    QA walk-through) of places, bodies, events, languages..., never an insult ("Tom");
    and a person WordNet names, unless the story gives the name a first name WordNet's
    person does not have ("the mayor Tom Reed" is not the journalist John Reed;
    "Vladimir Putin" is Putin, and "Putin" alone too), nor a surname alone that WordNet
    gives several people. A word of a person's name ("Sarah Mills", "David Green",
    "Councillor Green") is no place, river or other person; a title before a name is a
    form of address, if anything ("Ms", not multiple sclerosis). ``senses_of``: a
    word's senses as a name, to tell a person's name from a place's ("North Korea")."""
    named = [sense for sense in candidates
             if sense.capitalised and sense.lexname not in _NOT_NAMED_FIELDS
             and not insulting_gloss(sense.definition)]
    tokens = analysis.tokens
    before, after = _name_word_before(tokens, index), _name_word_after(tokens, index)
    word = _bare(tokens[index])
    if word in TITLES and after is not None:
        return [sense for sense in named if sense.definition.startswith(_FORM_OF_ADDRESS)]
    if before is not None and _bare(before) in _EVERYDAY_TITLES:
        return []
    neighbours = {_bare(t) for t in (before, after) if t is not None} - TITLES
    describing = before is None and any(s.capitalised for s in senses_of(word, "a"))
    if neighbours and not describing and any(
            a_person_word(t.text, senses_of) for t in (before, after) if t is not None):
        # One word of a longer name: only the person the whole name is.
        return [sense for sense in named if sense.person and any(
            neighbours & set(synonym.lower().split()) for synonym in sense.synonyms)]
    if _after_place_preposition(tokens, index):
        named = [sense for sense in named if not sense.person]
    towns = [sense for sense in named if _a_town(sense)]
    if len(towns) >= 2:
        # "Manchester" the English city or the one in New Hampshire: the one in a
        # place the story names ("Valencia, Spain"), else none.
        story_names = {t.text for t in tokens if t.proper_noun}
        placed = [sense for sense in towns
                  if story_names & set(_WORD.findall(sense.definition))]
        named = [sense for sense in named
                 if not _a_town(sense) or (len(placed) == 1 and sense is placed[0])]
    if not any(sense.person for sense in named):
        return named
    surname = tokens[index].text
    first_names = {first for i, token in enumerate(tokens)
                   if i and token.text == surname and tokens[i - 1].proper_noun
                   and tokens[i - 1].sentence == token.sentence
                   and (first := _bare(tokens[i - 1])) not in TITLES}
    if not first_names:
        # "Smith said": one of WordNet's eight Smiths would be a guess, and the story's
        # own Smith most likely none of them (QA walk-through: a sculptor); "Putin" has
        # one.
        people = sum(1 for sense in named if sense.person and _full_name_of(sense, surname))
        return named if people < 2 else [sense for sense in named if not sense.person]
    return [sense for sense in named if not sense.person or any(
        first_names & set(synonym.lower().split()) for synonym in sense.synonyms)]


def a_person_word(word: str, senses_of: Callable[[str, str], list[Sense]]) -> bool:
    """Whether a word of a name makes it a person's: one WordNet does not know
    ("Okafor"), or knows with a capital only as people ("Sarah", "David", "Mills")."""
    senses = senses_of(word, "n")
    named = [sense for sense in senses if sense.capitalised]
    if named:
        return all(sense.person for sense in named)
    return not senses and not senses_of(word, "a") and not senses_of(word, "v")


def _bare(token: Token) -> str:
    return token.text.lower().rstrip(".")


def _name_word_before(tokens: Sequence[Token], index: int) -> Token | None:
    """The name word just before ``tokens[index]`` in its name ("Tom" for "Okafor",
    "Dr" for "Hart" across the abbreviation's full stop), if any."""
    at = index - 1
    if (at > 0 and tokens[at].text == "." and _bare(tokens[at - 1]) in TITLES
            and tokens[at - 1].end == tokens[at].start):
        at -= 1  # "Dr. Hart"
    if at < 0:
        return None
    word = tokens[at]
    joined = tokens[index].start - word.end <= 2  # a space, or ". " after "Dr"
    same = word.sentence == tokens[index].sentence or _bare(word) in TITLES
    return word if word.proper_noun and joined and same else None


def _name_word_after(tokens: Sequence[Token], index: int) -> Token | None:
    """The name word just after ``tokens[index]`` ("Mills" for "Sarah"), if any."""
    at = index + 1
    if (at < len(tokens) and tokens[at].text == "." and _bare(tokens[index]) in TITLES
            and tokens[at].start == tokens[index].end):
        at += 1  # "Dr. Hart"
    if at >= len(tokens):
        return None
    word = tokens[at]
    joined = word.start - tokens[index].end <= 2
    return word if word.proper_noun and joined else None


def _after_place_preposition(tokens: Sequence[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].text.lower() in _PLACE_PREPOSITIONS


def _a_town(sense: Sense) -> bool:
    return sense.lexname == "noun.location" and bool(_TOWN.search(sense.definition))


_WORD = re.compile(r"[A-Z][a-z]+")
_TOWN = re.compile(r"\b(?:city|town|port)\b")


def _full_name_of(sense: Sense, surname: str) -> bool:
    """Whether WordNet names a person of ``surname`` in full ("David Smith"): one
    person, not a kind of person the name stands for ("an Einstein", a genius)."""
    name = surname.lower()
    return any(" " in synonym and name in synonym.split() for synonym in sense.synonyms)
