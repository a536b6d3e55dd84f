"""Which multi-word expressions found in a text are read as one: word details name the
expression a word is part of ("at the same time", "cleaned the beach up"), and a word
of a phrasal verb or idiom is glossed and quizzed as part of it ("weeded out the
weakest proposals" glosses no "weed –v. clear of weeds")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from vocab.closed_class import PARTICLES
from vocab.gloss_words import crude_stem
from vocab.models import Expression, Level, Token
from vocab.verb_objects import nothing_moved

if TYPE_CHECKING:
    from vocab.analysis import Analysis


# Word details name the expression a word is part of ("at the same time", "keep in
# touch") when it has at least this many words: two-word matches are too often chance
# ("was given" is no "be given", "the city" no "the City" of London)...
SHOWN_EXPRESSION_WORDS = 3


def shown_expression(expression: Expression, tokens: Sequence[Token]) -> bool:
    """...or when it is a verb and the particle the tagger found with it ("clean up the
    beach", "cleaned the beach up"): "clean" alone is "cause to change"; or a verb and
    the preposition before a pronoun it takes ("would look into it":
    `_before_object_pronoun`); or a verb and the bare noun right after it ("the
    fares will take effect in March", "take place", "make sense": "take" alone was
    "carry out", QA walk-through); or a noun compound of content words (`_named_compound`)."""
    first, last = expression.token_indices[0], expression.token_indices[-1]
    particle = tokens[last]
    return len(expression.token_indices) >= SHOWN_EXPRESSION_WORDS or (
        expression.kind == "phrasal verb" and particle.text.lower() in PARTICLES
        and (particle.pos in _PARTICLE_TAGS or _before_preposition(tokens, last)
             or _ends_clause(tokens, last, first))
    ) or (expression.kind == "phrasal verb" and last == first + 1
          and _before_object_pronoun(tokens, last)
          ) or (expression.kind == "phrasal verb" and last == first + 1
          and tokens[first].upos == "VERB" and particle.pos in ("NN", "NNS")
          and tokens[first].lemma.lower() not in _POSSESSING_VERBS
          ) or _named_compound(expression, tokens)


# Verbs whose bare noun after them is seldom an idiom: "the language has words for it"
# is no "have words" (to argue).
_POSSESSING_VERBS = frozenset({"have", "be"})


def _before_preposition(tokens: Sequence[Token], index: int) -> bool:
    """A particle the tagger read as a preposition, right before another one: "found
    out about the offer", "came back from school". Not before "of": "out of the room"
    is one preposition, and "the place they live in because..." no phrasal verb."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (tokens[index].pos == "IN" and following is not None
            and following.pos in ("IN", "TO")
            and following.text.lower() not in _NOT_AFTER_PARTICLES)


def _before_object_pronoun(tokens: Sequence[Token], index: int) -> bool:
    """A particle the tagger read as a preposition, before a pronoun that is its
    object: "would look into it." (was "look", to give an impression: QA walk-through),
    "building on it and...". A verb expression the finder kept there is one SemCor
    tags, and a pronoun names nothing a literal reading would need. Not a pronoun
    that is the subject of what follows: "feel like you already know"."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if (tokens[index].pos != "IN" or following is None or following.pos != "PRP"
            or following.text.lower() not in _OBJECT_PRONOUNS):
        return False
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    return after is None or after.sentence != following.sentence \
        or not after.pos.startswith(("VB", "MD", "RB"))


# Pronouns that may be a preposition's object; "you" and "it" may also open a clause.
_OBJECT_PRONOUNS = frozenset({"it", "me", "him", "her", "us", "them", "you"})


def _ends_clause(tokens: Sequence[Token], index: int, verb: int) -> bool:
    """A particle the tagger read as a preposition, with nothing after it for a
    preposition to take: "if this goes on, the crops die", "she turned the switch on
    and waited". Not where its object was moved before the verb: "the place they live
    in." (`nothing_moved`)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    ends = following is None or following.sentence != tokens[index].sentence \
        or following.upos in ("PUNCT", "CCONJ")
    return tokens[index].pos == "IN" and ends and nothing_moved(tokens, verb) is False


# Words tagged IN that do not follow a particle: "of" ("out of"), and conjunctions.
_NOT_AFTER_PARTICLES = frozenset({"of", "because", "if", "though", "although", "while",
                                  "whether", "that", "than", "so", "unless", "as", "since"})


_PARTICLE_TAGS = frozenset({"RP", "RB"})  # "cleaned the beach up": up/RB


def expression_read_whole_at(analysis: Analysis, token_index: int) -> Expression | None:
    """The verb expression word details show for the token, when the token is read as
    part of it (`words_read_in_expressions`): what a learner who saves the word means to
    learn ("turned the offer down": "turn down"; "shed light on": not "shed")."""
    return next((e for e in _expressions_read_whole(analysis)
                 if token_index in e.token_indices), None)


def words_read_in_expressions(analysis: Analysis) -> frozenset[int]:
    """The tokens of the phrasal verbs and idioms word details show: a quiz does not
    ask, nor the glossary gloss, one of their words alone ("turned the offer down" says
    nothing of "turn", "could shed light on" nothing of "shed", to get rid of)."""
    return frozenset(index for expression in _expressions_read_whole(analysis)
                     for index in expression.token_indices)


# Verb expressions whose words mean little alone: a verb with its particle ("turn
# down"), an idiom ("shed light on", "keep in touch").
_READ_WHOLE_KINDS = frozenset({"phrasal verb", "idiom"})


def _expressions_read_whole(analysis: Analysis) -> Iterator[Expression]:
    return (e for e in analysis.expressions
            if e.kind in _READ_WHOLE_KINDS and shown_expression(e, analysis.tokens))


def _named_compound(expression: Expression, tokens: Sequence[Token]) -> bool:
    """A noun compound of words that are not names, the first no basic adjective:
    "solar panels", "rotor blades", "tap water" say what the word alone does not
    ("panels" alone read as control panels). "first state" (Delaware), "big tree" (a
    giant sequoia) or "long time" are two everyday words side by side, seldom the
    compound. Measured on the seeds and the dev stories: 92 two-word compounds shown, 5
    of them in a sense the story does not use (the "security interests" of two
    countries read as a claim on property, "Turkey Trot" races as a dance); the word's
    own sense is still shown after the compound."""
    if expression.kind != "compound":
        return False
    words = [tokens[i] for i in expression.token_indices]
    first = words[0]
    basic_adjective = (first.upos == "ADJ" and first.cefr is not None
                       and Level(first.cefr).rank <= Level.A2.rank)
    return not basic_adjective and all(
        word.upos in _COMPOUND_UPOS and not word.proper_noun for word in words)


_COMPOUND_UPOS = frozenset({"NOUN", "ADJ", "VERB"})  # "melting pot", "sewing machine"


def defined_by_its_object(definition: str, noun: str) -> bool:
    """Whether a verb idiom's WordNet ``definition`` is a verb acting on the idiom's own
    ``noun``: "lose weight" is "take off weight", "take control" "assume control".
    Such an idiom reads as its words say, the noun in its own meaning and the verb as
    one of its uses, so its common words' frequency is a fair guess at its own; an idiom
    whose gloss names its noun only after a preposition ("take effect": "go into
    effect") or not at all ("walk off the job": "stop work...") is opaque. Each
    alternative of the gloss (between commas, semicolons and "or") is asked: its first
    word is its verb, then particles and determiners may come before the noun."""
    stem = crude_stem(noun.lower())
    for alternative in _GLOSS_ALTERNATIVES.split(definition.lower()):
        words = _GLOSS_WORD.findall(alternative)
        after_verb = iter(words[1:])
        following = next((word for word in after_verb
                          if word not in PARTICLES and word not in _OBJECT_OPENERS), None)
        if following is not None and crude_stem(following) == stem:
            return True
    return False


_GLOSS_ALTERNATIVES = re.compile(r"[;,]|\bor\b")
_GLOSS_WORD = re.compile(r"[a-z']+")
# What may stand between a gloss's verb and its object: "assume an office", "lose
# blood from one's body", "take someone's hands".
_OBJECT_OPENERS = frozenset({"a", "an", "the", "one's", "someone's", "some", "any"})
