"""The parts of a word the dictionary lacks, each with its usual meaning.

News English makes compounds on the spot ("methane-filled", "anti-vaccine",
"binge-watching", "radiation-hardened", "boreholes") and new words with a prefix
("cybersecurity", "multitasking", "overcommitted") or an ending ("ridership",
"joblessness"); WordNet
lists the common ones ("long-term",
"well-known", "unfriendly") and none of these. A learner who selects one is shown what
it is made of instead of nothing: each content word with the meaning it has most
often, worded as the glossary words a sense (`define`), and a prefix with what it adds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from vocab.closed_class import CLOSED_CLASS
from vocab.definitions import BROADER_VERB_LEAD, define
from vocab.gloss_words import content_words
from vocab.models import LearnerProfile, Sense
from vocab.quiz_forms import inflect

if TYPE_CHECKING:
    from vocab.analysis import Analysis
    from vocab.senses import SenseChooser
    from vocab.wordinfo import WordInfo

# Penn tags a part may be read as to find its dictionary form: "filled" as "fill",
# "watching" as "watch", "vaccines" as "vaccine"; each with the ending its form has
# ("" for a past: "known", "hit"), lest "bullying" be read as a comparative ("bully
# –adj. very good").
_FORMS = {"NNS": "s", "VBN": "", "VBG": "ing", "VBD": "", "JJR": "er"}
_WORDNET_POS = ("n", "v", "a", "r")
# More parts than this is a phrase written with hyphens ("up-to-the-minute"), not a
# compound to take apart.
MAX_PARTS = 3
# Prefixes English makes new words with, and what each adds, in a learner's words.
PREFIX_MEANINGS = {
    "anti": "against",
    "co": "together; with others",
    "counter": "against; in answer to",
    "cyber": "to do with computers and the internet",
    "de": "removing or undoing",
    "inter": "between",
    "mis": "wrongly or badly",
    "multi": "many",
    "non": "not",
    "over": "too much",
    "post": "after",
    "pre": "before",
    "re": "again",
    "self": "of or by yourself",
    "super": "very big or very strong",
    "under": "too little",
    "un": "not, or the opposite action",
}
# Endings English makes new words with, and what each makes of the word before it:
# "ridership" (the riders of a bus line), "joblessness", "smokeless", "pitiful".
# (The part of speech of the word before it, and what the ending adds.)
SUFFIX_MEANINGS = {
    "ship": ("NOUN", "all of them, as a group or a number"),
    "ness": ("ADJ", "the quality or state of being so"),
    "less": ("NOUN", "without it"),
    "ful": ("NOUN", "full of it, or having it"),
    "ist": ("NOUN", "a person who studies it or works with it"),
}
# What an ending may have taken off the word before it: "volcanologist" is
# "volcanology" + "-ist" (WordNet has the science, not its scientist: "No dictionary
# definition found", QA walk-through).
_TAKEN_OFF = {"ist": ("y", "")}
# "great-" before a word for a relative is a generation further from you, not large
# ("great-granddaughters" read "great – relatively large in size or number", QA).
GENERATION_PREFIX = "great"
RELATIVES = ("grand", "aunt", "uncle", "niece", "nephew")
GENERATION_MEANING = "one generation further back (or, for children, further on)"
# The sense a word has where the text uses it, given as (lemma, Universal POS).
SenseHere = Callable[[str, str], "Sense | None"]
# The rest of a prefixed word must be a word of its own: "co" + "st" is no "cost".
MIN_STEM_LETTERS = 4


def part_meanings(word: str, chooser: SenseChooser, words: WordInfo,
                  profile: LearnerProfile, sense_here: SenseHere | None = None
                  ) -> Parts:
    """(part, meaning) for each content word of hyphenated ``word``, or for the word
    and the prefix or ending of one the dictionary lacks; empty when it is no such
    word or a part has no meaning to give ("on-the-go"). ``sense_here`` reads the
    sense the word before an ending has in the text ("bus ridership": riders of a
    vehicle, not of a horse)."""
    parts = [part for part in word.lower().split("-") if part]
    if len(parts) == 1 and parts[0].isalpha():
        return (_prefixed(parts[0], chooser, words, profile)
                or _suffixed(parts[0], chooser, words, profile, sense_here)
                or _compounded(parts[0], chooser, words, profile))
    if len(parts) < 2 or len(parts) > MAX_PARTS or not all(p.isalpha() for p in parts):
        return ()
    content = [part for part in parts if part not in CLOSED_CLASS and len(part) >= 2]
    # A part with a sense naming the other is read in it: "egg-laying" is "laying –the
    # production of eggs", not "put into a certain place" (QA walk-through).
    naming = ({content[0]: _sense_naming(content[0], content[1], chooser),
               content[1]: _sense_naming(content[1], content[0], chooser)}
              if len(content) == 2 else {})
    found = []
    for at, part in enumerate(parts):
        if part not in content:
            continue
        if part == GENERATION_PREFIX and parts[at + 1:] and parts[at + 1].startswith(RELATIVES):
            found.append((part, GENERATION_MEANING))
            continue
        meaning = _usual_meaning(part, chooser, words, profile, naming.get(part))
        if not meaning:
            return ()
        found.append((part, meaning))
    # One content word is an idiom written with hyphens ("on-the-go"): its parts' own
    # meanings would mislead.
    return tuple(found) if len(found) >= 2 else ()


def graded_compound_meaning(word: str, chooser: SenseChooser, words: WordInfo) -> str:
    """What a superlative or comparative joined to a participle means, said with its
    parts in their usual order: "hardest-hit" is "hit the hardest", "better-known"
    "known better". Each part's own first sense would mislead ("hardest –adj. not
    easy", "hit –v. cause to move by striking", QA walk-through), and WordNet lacks
    the word. "" for any other word."""
    parts = word.lower().split("-")
    if len(parts) != 2 or not all(part.isalpha() for part in parts):
        return ""
    grade, participle = parts
    if not _participle(participle, chooser, words):
        return ""
    if _graded(grade, "JJS", IRREGULAR_SUPERLATIVES, chooser, words):
        return f"{participle} the {grade} (more than any other)"
    if _graded(grade, "JJR", IRREGULAR_COMPARATIVES, chooser, words):
        return f"{participle} {grade}"
    return ""


IRREGULAR_SUPERLATIVES = frozenset({"best", "worst", "most", "least"})
IRREGULAR_COMPARATIVES = frozenset({"better", "worse", "more", "less"})


def _graded(part: str, penn: str, irregular: frozenset[str], chooser: SenseChooser,
            words: WordInfo) -> bool:
    """Whether ``part`` is a superlative (JJS) or comparative (JJR) of an adjective or
    adverb: "hardest", "best"; not "interest" or "ever"."""
    if part in irregular:
        return True
    ending = "est" if penn == "JJS" else "er"
    base = words.lemma(part, penn)
    return part.endswith(ending) and base != part and (
        chooser.has_senses(base, "a") or chooser.has_senses(base, "r"))


def _participle(part: str, chooser: SenseChooser, words: WordInfo) -> bool:
    """Whether ``part`` is a verb's past participle or -ing form ("hit", "known",
    "growing"); not a noun ("worst-case")."""
    if part.endswith("ing"):
        return chooser.has_senses(words.lemma(part, "VBG"), "v")
    verb = words.lemma(part, "VBN")
    changed = verb != part or words.is_unchanged_verb_form(part, "VBN")
    return changed and chooser.has_senses(verb, "v")


def _prefixed(word: str, chooser: SenseChooser, words: WordInfo,
              profile: LearnerProfile) -> tuple[tuple[str, str], ...]:
    """A prefix and the word it is added to ("cyber-" and "security"), the longest
    prefix that leaves a word the dictionary has; empty when there is none."""
    for prefix in sorted(PREFIX_MEANINGS, key=len, reverse=True):
        stem = word[len(prefix):]
        if not word.startswith(prefix) or len(stem) < MIN_STEM_LETTERS:
            continue
        meaning = _usual_meaning(stem, chooser, words, profile)
        if meaning:
            return ((f"{prefix}-", PREFIX_MEANINGS[prefix]), (stem, meaning))
    return ()


def _suffixed(word: str, chooser: SenseChooser, words: WordInfo, profile: LearnerProfile,
              sense_here: SenseHere | None) -> tuple[tuple[str, str], ...]:
    """The word an ending is added to and the ending ("rider" and "-ship": "ridership"
    showed "No dictionary definition found", QA walk-through); empty when the rest is
    no word the dictionary has."""
    for suffix, (upos, adds) in SUFFIX_MEANINGS.items():
        if not word.endswith(suffix) or len(word) - len(suffix) < MIN_STEM_LETTERS:
            continue
        for restored in _TAKEN_OFF.get(suffix, ("",)):
            stem = word[:-len(suffix)] + restored
            here = sense_here(stem, upos) if sense_here is not None else None
            meaning = _usual_meaning(stem, chooser, words, profile, here)
            if meaning:
                return ((stem, meaning), (f"-{suffix}", adds))
    return ()


# Each word of a compound written as one has at least this many letters: "borehole" is
# "bore" + "hole", "often" no "of" + "ten".
MIN_COMPOUND_PART = 3


def _compounded(word: str, chooser: SenseChooser, words: WordInfo,
                profile: LearnerProfile) -> tuple[tuple[str, str], ...]:
    """Two words written as one noun ("boreholes": "bore" and "hole") where a sense of
    one names the other ("bore": a hole made by a drill, not making someone bored),
    each in that sense, else in its usual one. Only then: "livestream" is no "live" +
    "stream" (water), nor "chatbot" a "chat" + "bot" (a botfly's larva), as their usual
    senses would say. Empty when no cut of the word is so (it said "No dictionary
    definition found" for "boreholes", QA walk-through)."""
    noun = words.lemma(word, "NNS")
    for at in range(MIN_COMPOUND_PART, len(noun) - MIN_COMPOUND_PART + 1):
        first, second = noun[:at], noun[at:]
        if not (words.is_dictionary_word(first) and words.is_dictionary_word(second)
                and chooser.senses(second, "n")):
            continue
        naming = {first: _sense_naming(first, second, chooser),
                  second: _sense_naming(second, first, chooser)}
        if not any(naming.values()):
            continue
        meanings = tuple((part, _usual_meaning(part, chooser, words, profile, naming[part]))
                         for part in (first, second))
        if all(meaning for _, meaning in meanings):
            return meanings
    return ()


def _sense_naming(part: str, other: str, chooser: SenseChooser) -> Sense | None:
    """The first of the part's senses whose definition names the other part, in any
    form ("laying –the production of eggs" names "egg")."""
    named = content_words(other)
    return next((sense for pos in ("n", "v", "a") for sense in chooser.senses(part, pos)
                 if named and named <= content_words(sense.definition)), None)


def _usual_meaning(part: str, chooser: SenseChooser, words: WordInfo,
                   profile: LearnerProfile, sense: Sense | None = None) -> str:
    """``sense`` (by default the part's usual one, `_usual_sense`) worded as the
    glossary words it; "" when it has none."""
    sense = sense or _usual_sense(part, chooser, words)
    if sense is None:
        return ""
    return define(sense, [], sense.lemma, words, profile, lexicon=chooser.lexicon)


def _usual_sense(part: str, chooser: SenseChooser, words: WordInfo) -> Sense | None:
    """The sense the part has most often in SemCor, in any part of speech, as written or
    in its dictionary form ("hardened" as "harden": to make hard). Where WordNet has
    the part as written in a part of speech, that is the word in it: "bullying" is
    the act (WordNet's "bullying –n."), not "bully –n. a cruel and brutal fellow",
    which SemCor tags more often (QA of the glossary)."""
    own = {pos: chooser.senses(part, pos) for pos in _WORDNET_POS}
    forms = dict.fromkeys(words.lemma(part, tag) for tag, ending in _FORMS.items()
                          if part.endswith(ending))
    senses = [*(sense for found in own.values() for sense in found),
              *(sense for lemma in forms if lemma != part for pos in _WORDNET_POS
                if not own[pos] for sense in chooser.senses(lemma, pos))]
    if not senses:
        return None
    return max(senses, key=lambda sense: (sense.count, sense.lemma == part, -sense.rank))


# What a word the dictionary lacks is made of: (part, its meaning) for each part.
Parts = tuple[tuple[str, str], ...]


def unlisted_word_meaning(analysis: Analysis, token_index: int, chooser: SenseChooser,
                          words: WordInfo, profile: LearnerProfile) -> tuple[str, Parts]:
    """What the word at ``token_index``, which the dictionary lacks, means there: (a
    meaning, ()) for a verb's form ("whaling") or a graded compound ("hardest-hit"),
    ("", its parts) for a word made of parts ("cybersecurity"), ("", ()) for any other
    word. A name is not made of parts to look up ("Jean-Paul", "Prescott")."""
    token = analysis.tokens[token_index]
    if meaning := verb_form_meaning(analysis, token_index, chooser, words, profile):
        return meaning, ()
    if token.proper_noun:
        return "", ()
    if meaning := graded_compound_meaning(token.text, chooser, words):
        return meaning, ()
    return "", part_meanings(
        token.text, chooser, words, profile,
        lambda lemma, upos: chooser.choose(analysis, token_index, lemma=lemma, upos=upos)[0])


# A noun in "-ing" or an adjective in "-ed" that the dictionary lacks is what its verb
# does or has done: "whaling", "bottled water". (Penn tag: its WordNet part of speech,
# its ending, the verb form's tag.)
_VERB_FORMS = {"NN": ("n", "ing", "VBG"), "JJ": ("a", "ed", "VBN")}


def verb_form_meaning(analysis: Analysis, token_index: int, chooser: SenseChooser,
                      words: WordInfo, profile: LearnerProfile) -> str:
    """The meaning of a noun in "-ing" or an adjective in "-ed" the dictionary lacks,
    from the sense its verb has in the sentence: "whaling" is "the activity of hunting
    for whales", "bottled" water is "put into bottles". "" for any other word."""
    token = analysis.tokens[token_index]
    pos, ending, tag = _VERB_FORMS.get(token.pos, ("", "", ""))
    text = token.text.lower()
    if not ending or not text.endswith(ending) or chooser.has_senses(text, pos):
        return ""
    verb = words.lemma(text, tag)
    if verb == text or not chooser.has_senses(verb, "v"):
        return ""
    sense, others = chooser.choose(analysis, token_index, lemma=verb, upos="VERB")
    if sense is None:
        return ""
    # Worded against the word itself: "hunt for whales" may say "whales", a word the
    # learner knows, not "whaling".
    meaning = define(sense, others, text, words, profile, lexicon=chooser.lexicon)
    # A broader verb's wording ("a way to vote: cast a vote") names the activity by
    # that verb: "the activity of voting: cast a vote" (it was "of aaing way to vote").
    broader = meaning.removeprefix(BROADER_VERB_LEAD) if tag == "VBG" else meaning
    first, space, rest = broader.partition(" ")
    verb = first.rstrip(":")  # "vote:" of "a way to vote: cast a vote"
    if not meaning or verb.lower() in CLOSED_CLASS or not words.is_verb(verb):
        return meaning  # not worded as a verb: as it stands
    inflected = inflect(verb, tag)
    if not inflected:
        return meaning
    worded = inflected[0] + first[len(verb):] + space + rest
    return f"the activity of {worded}" if tag == "VBG" else worded
