"""Which sense a quiz may key as a word's meaning, and which other senses it may
offer as wrong: a sense is clear when the sentence's words speak for it, it is by far
the word's usual one, or it leads the next on more than its frequency (`clear_sense`);
a sense question's wrong answers are only the senses the sentence speaks against
(`ruled_out_senses`), scored by the sense engine in the word's sentence
(`ranked_here`). A wrong sense keyed as the answer teaches the wrong meaning, so a
word whose sense is unclear is asked only in its gap.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from vocab.gloss_words import content_words
from vocab.models import Sense
from vocab.sense_cues import sentence_context
from vocab.wordinfo import UPOS_TO_WORDNET

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vocab.analysis import Analysis
    from vocab.engine import Engine
    from vocab.lexicon import Lexicon

# How far below the chosen sense (in the sense engine's score: one point is about
# one context word) another sense must score to be offered as a wrong meaning.
SENSE_MARGIN = 1.0
# A sense is keyed only when the sentence shares this many words with its gloss and
# neighbours, or it has this share of the word's SemCor uses (and this many).
CONTEXT_WORDS_FOR_SENSE = 2
DOMINANT_SHARE = 0.75
DOMINANT_COUNT = 5
# A noun's sense is its usual one when SemCor tags it more often than each other sense,
# and at least this often (`usual_sense`): "a long narrow opening" (3 uses) for the
# "cracks" a canal loses water through, beside "a sudden sharp noise" (1).
USUAL_COUNT = 3
# A sense that leads on more than its frequency owes this much of its lead over every
# other sense to the story (`_lead_from_context`): some word of it, however far
# (`sense_weights.STORY_WEIGHT` is 0.2). Measured on six stories of my own and the
# five seeds: of the senses keyed on their lead alone, 6 wrong ones and 4 right ones
# had less ("safeguard", "enlargement": asked in their gap instead); the right ones
# with more were 27 ("the old pier", 0.2), the wrong ones 4 (the sense chooser's:
# "clinic", "afford", "wasted", "shrink" as "wither").
CONTEXT_LEAD = 0.1


def ruled_out_senses(engine: Engine, ranked: list[tuple[float, Sense]], own: set[str],
                     near: set[str], chosen: str) -> tuple[str, ...]:
    """Senses of the token that the sentence speaks against: scored by the sense
    engine at least ``SENSE_MARGIN`` below the sense chosen, which must itself lead
    every other sense by that margin and be backed by context or usage (`_sure_of`),
    or be a noun's usual sense (then only senses of another field are ruled out); and
    whose own gloss and examples share no word with the sentence or the ones beside it
    (``near``). Only these may be the wrong answers of a "sense in context" item; none
    when the engine is unsure. With the first rule alone a news story of 500 words had
    one sense question or none (QA walk-through)."""
    if len(ranked) < 2 or ranked[0][1].synset != chosen:
        return ()
    (top, used), runner_up = ranked[0], ranked[1][0]
    if top - runner_up < SENSE_MARGIN:
        return ()  # the engine is not sure which sense this is: no sense item to key
    below = [s for score, s in ranked[1:] if top - score >= SENSE_MARGIN]
    if not _sure_of(used, own, engine):
        if used.pos != "n" or not usual_sense(used, engine.lexicon):
            return ()
        # A noun in its usual sense, leading clearly with no context words to back it:
        # only senses of another field (WordNet's "noun.body", "noun.quantity") are
        # ruled out, the coarse difference a learner tells at sight ("an injury to her
        # foot": not the unit of length). A verb's fields are no such difference
        # ("afford to rebuild": "be able to spare", the lead, is of
        # "verb.consumption", "have the financial means" of "verb.stative"), and a
        # rarer sense leading on one context word is too often a wrong guess ("afraid
        # of needles": "the leaf of a conifer").
        below = [s for s in below if s.lexname != used.lexname]
    # A sense the words around speak for fits too, however it scores: "to level the
    # score" was keyed "the act of scoring in a game" and offered "a number that
    # expresses the accomplishment of a team ... in a game" as wrong in a story whose
    # next sentence says "both teams" (QA walk-through).
    headword = content_words(used.lemma)
    return tuple(s.synset for s in below
                 if not (content_words(" ".join([s.definition, *s.examples])) - headword)
                 & near)


def ranked_here(engine: Engine, analysis: Analysis, index: int, lemma: str = "",
                upos: str = "") -> tuple[list[tuple[float, Sense]], set[str], set[str]]:
    """The token's senses scored in its sentence, best first, the sentence's words and
    those of it with its neighbours; ``lemma`` and ``upos``: as the context reads it,
    when not as tagged."""
    token = analysis.tokens[index]
    own, near = sentence_context(analysis, token.sentence, exclude=index)
    senses = (engine.senses.senses(lemma, UPOS_TO_WORDNET[upos]) if lemma and upos
              else engine.senses.senses_for(token))
    return engine.senses.rank_at(analysis, index, senses, lemma), own, near


def usual_sense(sense: Sense, lexicon: Lexicon) -> bool:
    """Whether ``sense`` is the one SemCor tags its word in most, and often
    (`USUAL_COUNT`): WordNet lists "the leaf of a conifer" first among the senses
    of "needle", tagged twice as is "a slender pointer"."""
    others = [s.count for s in lexicon.senses(sense.lemma, sense.pos)
              if s.synset != sense.synset]
    return sense.count >= USUAL_COUNT and all(sense.count > count for count in others)


def usual_in_its_field(sense: Sense, lexicon: Lexicon) -> bool:
    """Whether a learner who knows ``sense``'s word knows it by ``sense``: SemCor tags
    it often (`USUAL_COUNT`) and, for a verb, more than any other sense
    (`usual_sense`); for a noun, more than any other of its field (WordNet's
    "noun.substance"...), the senses of other fields being the coarse differences the
    story's topic tells (as `ruled_out_senses` reads them). "Which word means 'force,
    take, or pull apart'?" keyed "separate" (8 uses) of lanes "separated from cars by
    low walls" (a seed), where "act as a barrier between" (18) is meant; "the part of
    the earth's surface consisting of humus and disintegrated rock" (12) is "soil"
    in a garden, though "the state of being covered with unclean things" has 24."""
    if sense.pos != "n":
        return usual_sense(sense, lexicon)
    return sense.count >= USUAL_COUNT and all(
        other.count <= sense.count or other.lexname != sense.lexname
        for other in lexicon.senses(sense.lemma, sense.pos) if other.synset != sense.synset)


def clear_sense(engine: Engine, ranked: list[tuple[float, Sense]], own: set[str],
                near: set[str], keyed: str = "", story: AbstractSet[str] = frozenset()
                ) -> bool:
    """Whether the sense ranked first (`ranked_here`) is clearly the one used, and is
    ``keyed`` (the sense the quiz keys, chosen over the whole story) when given: the
    word has one sense, `_sure_of` it, or it leads the next by `SENSE_MARGIN` on more
    than its frequency (`_led_on_frequency_alone`, `_lead_from_context`); neither when
    the words around speak for a commoner sense and none for it ("talking to a
    therapist about stress and worry": "the relative prominence of a syllable", 67
    SemCor uses, beside "a state of mental or emotional strain"; a story of my own)."""
    if len(ranked) < 2:
        return True
    if keyed and ranked[0][1].synset != keyed:
        # The story's other uses chose another sense than this sentence does: "Their
        # population shrank" keyed "draw back, as with fear or pain", which ranks third
        # here (a story of my own, where "the ice ... is shrinking" and "our income
        # shrinks" outvoted it).
        return False
    if _led_on_frequency_alone(engine, ranked, near):
        return False
    if _sure_of(ranked[0][1], own, engine):
        return _said_here(ranked[0][1], own, engine) \
            or not _rival_named(ranked[0][1], [sense for _, sense in ranked[1:]], story,
                                engine.lexicon)
    return ranked[0][0] - ranked[1][0] >= SENSE_MARGIN \
        and _lead_from_context(engine, ranked) >= CONTEXT_LEAD


def _lead_from_context(engine: Engine, ranked: list[tuple[float, Sense]]) -> float:
    """How much of the first sense's lead over each other sense the story gives it
    (the least of them): its lead here less its lead with no context at all, which is
    what SemCor's counts and WordNet's order give it. "The ice at the pole is
    shrinking" led with "a long rod of wood or metal" (6 uses) over "one of two points
    where the Earth's axis ... intersects" (none) by frequency alone, as did "how deep
    they dive" ("drop steeply") and "The opening game" ("an open or empty space";
    stories of my own)."""
    senses = sorted((sense for _, sense in ranked), key=lambda sense: sense.rank)
    blank = {sense.synset: score for score, sense in
             engine.senses.rank(senses, set(), set(), ranked[0][1].lemma)}
    top, first = ranked[0]
    return min((top - score) - (blank[first.synset] - blank[sense.synset])
               for score, sense in ranked[1:])


def _led_on_frequency_alone(engine: Engine, ranked: list[tuple[float, Sense]],
                            near: set[str]) -> bool:
    """Whether the sense ranked first leads on its usage counts alone, no word of the
    sentence or the ones beside it (``near``) being for it, while they speak for
    another sense in common use (`DOMINANT_COUNT` SemCor uses): "the demand for buses
    has grown quickly since fuel prices rose" was keyed "an urgent or peremptory
    request" (22 uses), with "service" beside it for "the ability and desire to
    purchase goods and services" (9 uses; a story of my own). A rival used rarely is
    no such doubt: any sense shares a word with a paragraph now and then ("a
    disagreement or argument about something important" for "dispute" leads "coming
    into conflict with", never tagged, which "came" beside it names)."""
    signature = engine.senses.signatures.signature
    return not signature(ranked[0][1]) & near \
        and any(sense.count >= DOMINANT_COUNT and signature(sense) & near
                for _, sense in ranked[1:])


def _rival_named(used: Sense, others: Sequence[Sense], story: AbstractSet[str],
                 lexicon: Lexicon) -> bool:
    """Whether the story (``story``: its words' lemmas of the part of speech, in lower
    case) uses another name of a sense other than ``used``, which no name of ``used``
    but its word shares, and which that name usually means (its first sense):
    "investigators" in a story that says "detective" are WordNet's "detective,
    investigator, tec", not "research worker, researcher, investigator", which its
    SemCor counts alone had keyed (a story of my own). Not "show" for "testified":
    "show" usually means another thing than "bear witness"."""
    own = {name.lower() for name in used.synonyms}
    for other in others:
        for name in other.synonyms:
            name = name.lower()
            if name.isalpha() and name != used.lemma.lower() and name not in own \
                    and name in story:
                senses = lexicon.senses(name, other.pos)
                if senses and senses[0].synset == other.synset:
                    return True
    return False


def _said_here(sense: Sense, own: set[str], engine: Engine) -> bool:
    """Whether the sentence's words speak for ``sense`` (`CONTEXT_WORDS_FOR_SENSE`)."""
    return len(engine.senses.signatures.signature(sense) & own) >= CONTEXT_WORDS_FOR_SENSE


def _sure_of(sense: Sense, own: set[str], engine: Engine) -> bool:
    """Whether a chosen sense is safe to key: the sentence itself speaks for it, or
    it is by far the word's usual sense. Measured on the seeds: without a context
    word the sense engine falls back on frequency, which is wrong for
    "determination" (firmness) or "seizure" (of land) but right for a dominant sense
    ("expansion", 10 of 10 SemCor uses)."""
    if len(engine.senses.signatures.signature(sense) & own) >= CONTEXT_WORDS_FOR_SENSE:
        return True
    counts = [s.count for s in engine.lexicon.senses(sense.lemma, sense.pos)]
    total = sum(counts)
    return sense.count >= DOMINANT_COUNT and sense.count >= DOMINANT_SHARE * total
