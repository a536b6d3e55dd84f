"""WordNet's gloss as a learner is shown it: its misprints mended, its notes to its
reader (which sense it is, usage labels, citations, asides in brackets, restatements)
taken out, and the tests of what a clause of it says alone (`stands_alone`).

`vocab.definitions` words a sense from here, easier and never circular; this module
only cleans the gloss and reads its grammar, with no lexicon and no learner's level.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vocab.gloss_labels import FIELD_LABEL
from vocab.gloss_words import GLOSS_STOPWORDS
from vocab.models import Sense
from vocab.word_family import mentions

if TYPE_CHECKING:
    from vocab.wordinfo import WordInfo

# Clauses shorter than this say too little to stand alone ("a bloc").
MIN_CLAUSE_WORDS = 3


# Misprints in WordNet 3.0's glosses that learners met (Open English WordNet has them
# mended): "cooperate –v. work together on a common enterprise of project", "hopeful
# –adj. full or promise" (bright.s.08), "a fault plane of from volcanic activity"
# (earthquake), "the phloem of from various plants" (bast).
_MISPRINTS = {
    "common enterprise of project": "common enterprise or project",
    "full or promise": "full of promise",
    "fault plane of from": "fault plane or from",
    "phloem of from": "phloem of",
    "a smallest army unit": "the smallest army unit",  # squad
}


def plain_gloss(sense: Sense) -> str:
    """WordNet's whole gloss without its notes to its reader (which sense it is, its
    field, grammar, a quotation's source): "(usually followed by `to') not affected by
    a given influence" reads "not affected by a given influence". For lists of a
    word's other senses, which `define` does not word."""
    return plain_text_of_gloss(sense.definition)


def plain_text_of_gloss(definition: str) -> str:
    """`plain_gloss` of a gloss's text, for one read without its sense: a neighbouring
    synset's, which a modifier is worded by ("superior –having the most positive
    qualities", not "(superlative of `good') having...": sweep)."""
    gloss = definition.strip()
    for misprint, mended in _MISPRINTS.items():
        gloss = gloss.replace(misprint, mended)
    gloss = FIELD_LABEL.sub("", _LEXICOGRAPHERS_NOTE.sub("", gloss))
    gloss = _named_field_after_its_meaning(gloss)
    gloss = _CITATION.sub("", _USAGE_NOTE.sub("", gloss))
    gloss = _TYPESCRIPT_QUOTE.sub(r'"\1"', gloss)
    if "-" in gloss:  # (few glosses have a dash: every sense a story's words have is read)
        gloss = _DASHED_SOURCE.sub("", gloss)
        gloss = _DASHED_TO_CLAUSE_END.sub(r" (\1)", _DASHED_ASIDE.sub(r" (\1) ", gloss))
        gloss = _DASH.sub(", ", gloss)
    return _TRAILING_SEPARATOR.sub("", gloss).strip() or definition


# A typewriter's dash between words, which VOA does not write: what dashes set apart
# ("the attributes--behavioral, emotional and mental--that characterize"), or one sets
# apart to its clause's end ("the quality of being able -- in body or in mind"), is an
# aside in brackets, which the wordings may leave out ("being able, in body or in mind"
# lost "able" as a modifier of the headword's family: "being in body or in mind"); any
# other is a comma. (Not one before a quotation's source after its clause, "; --Joseph
# Conrad", "; - Ps 37:3", which goes with its clause: `_DASHED_SOURCE`.)
_DASHED_ASIDE = re.compile(r"(?<=[\w)])\s*--\s*([a-z][^;()-]*?)\s*--\s*(?=[\w(])")
_DASHED_TO_CLAUSE_END = re.compile(r"(?<=[\w)])\s*--\s*([a-z][^;()-]*?)\s*(?=;|$)")
_DASH = re.compile(r"(?<=[\w)])\s*--\s*(?=[a-z(])")
_DASHED_SOURCE = re.compile(r"(?:(?:\s*;)+\s*--?\s*[^;\s][^;]*)+$")


# A field WordNet names with a capital before a gloss: "(United Kingdom) a region
# created by territorial division...", "(American football) a successful forward pass"
# (sweep). A learner read the field first and the meaning after it; where the field
# tells two senses apart ("(United States) the largest administrative district within
# a state"), it still says where the meaning holds. Not a language or register label
# ("(British informal)", "(Latin)"), nor a source ("(Genesis 11:1-11)").
_NAMED_FIELD = re.compile(r"^\(([A-Z][a-zA-Z-]*(?: [a-zA-Z-]+)*)\)\s+(?=[A-Za-z])")
_NOT_A_FIELD = re.compile(r"\b(?:informal|slang|usage|colloquial|expletive|intensive|Briticism"
                          r"|Latin|French|Yiddish|Sanskrit|Akkadian|Hebrew|Arabic|Swahili"
                          r"|Italian|regional)\b")
# Names headed by a common noun, which read with "the": "in the Old Testament", "in the
# United Kingdom", "in the Church of England" (not "in Great Britain", "in Judaism").
_NAMES_WITH_THE = re.compile(r"\b(?:Kingdom|States|Testament|Church|Churches|Ages|Nights"
                             r"|Indies|Bible)\b")


def _named_field_after_its_meaning(gloss: str) -> str:
    """``gloss`` with the field it opens with (`_NAMED_FIELD`) said after its first
    clause: "a region created by territorial division for the purpose of local
    government (in the United Kingdom)", "a successful forward pass in football (in
    American football)"."""
    found = _NAMED_FIELD.match(gloss)
    if found is None or _NOT_A_FIELD.search(found.group(1)):
        return gloss
    field = found.group(1)
    the = "the " if _NAMES_WITH_THE.search(field) else ""
    first, semicolon, others = gloss[found.end():].partition(";")
    return f"{first.rstrip()} (in {the}{field}){semicolon}{others}"


# A gloss that is only a usage label, saying nothing of the meaning: "alright –adj.
# nonstandard usage", "informal intensifiers", "informal term" (sweep: the learner was
# shown the label, a noun's words, as an adjective's meaning).
_ONLY_A_LABEL = re.compile(r"(?:(?:chiefly |mainly )?(?:british|american|informal|nonstandard"
                           r"|slang|archaic|obsolete|colloquial)(?: or |,? )?)+"
                           r"(?:usage|terms?|words?|intensifiers?)?", re.IGNORECASE)


def only_a_usage_label(gloss: str) -> bool:
    """Whether ``gloss`` is a usage label and nothing more (`_ONLY_A_LABEL`)."""
    return _ONLY_A_LABEL.fullmatch(gloss.strip()) is not None


# WordNet's Latin shorthand, which no VOA definition has and a learner may not know:
# "etc." closing a list says only that the list goes on ("a way of regarding situations
# or topics etc."); "e.g." before an example inside a sentence reads as well without it
# ("made by e.g. ice", "used e.g. for making baskets"), and opening an aside in brackets
# it is said in words ("(for example, smoke or dust)").
_ETC = re.compile(r",?\s+etc\b\.?")
_EG_ASIDE = re.compile(r"\((?:as )?e\.g\.,?\s+")
_EG_INSIDE = re.compile(r"(?<=[a-z])(?<!\bfor) (?:as )?e\.g\.,? (?=[a-z(])")
_EG_CLOSING = re.compile(r",? e\.g\.(?=\))")


def without_latin_shorthand(gloss: str) -> str:
    """``gloss`` without "etc." and with "e.g." said in words or left out (`_ETC`,
    `_EG_ASIDE`, `_EG_INSIDE`, `_EG_CLOSING`): a wording as it is last shown, once every
    cut is made (a list closed by "etc." is no list of alternatives to cut: "edible fish
    or shellfish or roe etc" keeps its shellfish). A clause that opens with "e.g." keeps
    it, as a remark, and "for e.g." is `for_said_plainly`'s."""
    gloss = _EG_ASIDE.sub("(for example, ", _EG_CLOSING.sub("", _ETC.sub("", _etc_list_closed(
        gloss))))
    gloss = _EG_INSIDE.sub(" ", gloss)
    return gloss.strip()


# A list's last item before "etc.", after a comma and within its clause: "a monarch,
# bishop, etc.", "ornament, colour, etc.".
_LAST_ITEM_BEFORE_ETC = re.compile(r",\s+((?:[\w'-]+\s+){0,2}[\w'-]+),?\s+etc\b")


def _etc_list_closed(gloss: str) -> str:
    """``gloss`` with a list closed by "etc." joined by "or" before its last item, so
    that without "etc." it still reads as a list: "the chair of state for a monarch or
    bishop", not "...for a monarch, bishop" (a learner read the comma as a cut)."""
    def joined(found: re.Match[str]) -> str:
        item = found.group(1)
        if _JOINING_WORDS & set(item.lower().split()) \
                or item.split()[0].lower() in _EXAMPLE_OPENERS:
            return found.group(0)  # (", such as points, etc.": examples, not a list)
        return f" or {item} etc"
    return _LAST_ITEM_BEFORE_ETC.sub(joined, gloss) if "etc" in gloss else gloss


_JOINING_WORDS = frozenset({"and", "or", "but", "nor"})
_EXAMPLE_OPENERS = frozenset({"such", "like", "including", "especially", "for", "as"})


# WordNet quotes a word as typewriters did, `Mrs'; a learner reads "Mrs" ("señora –n.
# ... similar to the English `Mrs' or `madam'", QA walk-through).
_TYPESCRIPT_QUOTE = re.compile(r"`([^`']+)'")


def cleaned_gloss(sense: Sense, headword: str) -> str:
    """The gloss without WordNet's notes to its reader (`plain_gloss`), without an
    opening that names the headword and without a bare broader term before "that is"
    (`_without_bare_genus`)."""
    gloss = _without_bare_genus(_without_restatement(plain_gloss(sense), headword, sense.pos))
    return _ONE_OR_MORE.sub(r"\1", gloss)


# "endowed with talent or talents" says "talent" twice.
_ONE_OR_MORE = re.compile(r"\b([a-z]+) or \1e?s\b(?=\s*(?:[;,)]|$))")


# "line that is the commercial organization responsible for operating a system of
# transportation for trains" (railway): WordNet names the broader term, with no article,
# before the definition proper; a learner read "railway –n. line that is the..." as
# garbled (QA walk-through). What follows "that is" says it in full, when it is long
# enough: "clothing that is a grey color" needs its clothing.
_BARE_GENUS = re.compile(r"^[a-z]+ (?:that|which) (?:is|are) (?=(?:a|an|the) )")
MIN_WORDS_AFTER_GENUS = 4


def _without_bare_genus(gloss: str) -> str:
    opening = _BARE_GENUS.match(gloss)
    if opening is None or opening.group(0).startswith("something "):
        return gloss
    rest = gloss[opening.end():]
    first_clause = rest.split(";", 1)[0]
    return rest if len(first_clause.split()) >= MIN_WORDS_AFTER_GENUS else gloss


# A remark in parentheses inside a gloss: what the thing usually is or is often for,
# an example ("a vague unpleasant emotion ... of some (usually ill-defined)
# misfortune", "a sudden flurry of activity (often for no obvious reason)"). VOA's
# definitions have none; `_wording` drops them when that makes the line easier.
# Parentheses that hold a verb's object ("remove chlorine from (water)") or another
# name ("(or 10,000 square meters)") are no remarks.
_REMARK = re.compile(r"\s*\((?:usually|often|sometimes|especially|mainly|chiefly|mostly"
                     r"|typically|generally|as|such as|e\.g\.)\b[^()]*\)")


# Any other aside in brackets after a word of the gloss gives detail, not the meaning:
# "a violent weather condition with winds 64-72 knots (11 on the Beaufort scale)", "a
# number or ratio (a value on a scale of measurement) derived from...". One or two words
# are a verb's object or a placeholder ("remove chlorine from (water)", "(a person)"),
# and one after a function word or standing for someone is part of the sentence ("the
# act of walking out (of a meeting)", "to cause (someone or oneself) to..."): those stay.
_BRACKETED = re.compile(r"\s*\(([^()]*)\)")
MIN_ASIDE_WORDS = 3
PLACEHOLDERS = frozenset({"someone", "somebody", "something", "oneself", "one's"})
# ...nor one that opens as a clause or an alternative: "a proportion in relation to a
# whole (which is usually the amount per hundred)" says what a percentage is there, and
# "(or 10,000 square meters)" names it in other words.
_PART_OF_THE_SENTENCE = frozenset({"or", "and", "which", "who", "that", "where", "whose"})


def without_asides(wording: str, *, remarks: bool = True) -> str:
    """``wording`` without its asides in brackets, and its remarks too
    (`without_remarks`) unless told to keep them, when enough is left
    (`MIN_CLAUSE_WORDS`)."""
    plain = without_remarks(wording) if remarks else wording

    def kept_or_dropped(match: re.Match[str]) -> str:
        inside = match.group(1).lower().split()
        before = plain[:match.start()].split()
        if len(inside) < MIN_ASIDE_WORDS or inside[0] in _PART_OF_THE_SENTENCE \
                or PLACEHOLDERS.intersection(inside) \
                or not before or before[-1].lower() in GLOSS_STOPWORDS \
                or _REMARK.fullmatch(match.group(0)):  # kept when asked to keep them
            return match.group(0)
        return ""

    left = _BRACKETED.sub(kept_or_dropped, plain).strip().rstrip(",;").rstrip()
    return left if len(left.split()) >= MIN_CLAUSE_WORDS else wording


# VOA's definitions are a line long: a wording longer than this many words is more
# than a learner reads as one ("jail –a correctional institution used to detain persons
# who are in the lawful custody of the government (either accused persons awaiting
# trial or convicted persons serving a sentence)", 30).
LONGEST_LINE = 20
# What `vocab.definitions` puts after a wording and a cut keeps: a hint ("(a kind of
# solid)", "(another word for help)") or a note on a word it names ("(camp: ...)").
_CLOSING_HINT = re.compile(r"\s*\((?:(?:a kind of|another word for) [^()]*"
                           r"|[\w' -]+: [^()]*)\)$")


def said_in_a_line(wording: str, pos: str) -> str:
    """``wording``, when longer than `LONGEST_LINE` words, without its asides in
    brackets ("when that (when achieved) ends" -> "when that ends"; not a verb's, which
    hold its object, nor one that says what a word is), then, when still too long,
    without its clauses after the first ";" ("...as on the human head; helps to prevent
    heat loss"). Its closing hint or note stays. As it is when too little would be left
    (`MIN_CLAUSE_WORDS`), or its first clause opens a list after a colon ("herbage:
    grown as lawns; used as...")."""
    if len(wording.split()) <= LONGEST_LINE:
        return wording
    hint = _CLOSING_HINT.search(wording)
    body, closing = (wording[:hint.start()], wording[hint.start():]) if hint \
        else (wording, "")
    if pos != "v" and not body.startswith("("):
        body = _BRACKETED.sub(_kept_if_it_says_what_a_word_is, body)
    first = body.split(";")[0]
    if len(f"{body}{closing}".split()) > LONGEST_LINE and first != body \
            and ":" not in first and first.count("(") == first.count(")"):
        body = first
    body = body.strip().rstrip(",;").rstrip()
    return f"{body}{closing}" if len(body.split()) >= MIN_CLAUSE_WORDS else wording


def _kept_if_it_says_what_a_word_is(aside: re.Match[str]) -> str:
    """An aside in brackets that opens with an article, kept: it says what the word
    before it is ("an emblem (a small piece of plastic or cloth or metal) that means
    your status"), where others add detail ("(either accused persons awaiting trial
    or...)", "(1745-1829)")."""
    opening = aside.group(1).split(" ", 1)[0].lower()
    return aside.group(0) if opening in ("a", "an") else ""


# An adjective's first clause that names only what the word is said of, not what it
# means: "of a particle or body or system; having a net amount of positive or negative
# electric charge" (charged) was shown as "of a particle or body or system" (QA
# walk-through). The sense chooser reads the same restriction in brackets (`APPLIES_TO`).
_APPLIES_TO_CLAUSE = re.compile(r"^of an? ([a-z ,-]+);\s*"
                                r"(?!used\b|of\b)(?=\S)")
_JOINING = frozenset({"or", "and", "especially", "a", "an"})


def without_application(gloss: str, pos: str, words: WordInfo) -> str:
    """``gloss`` without a first clause that names only what an adjective applies to
    (`_APPLIES_TO_CLAUSE`): one whose words are nouns that are no adjectives ("of a
    shirt", not "of a stern or strict bearing", which describes)."""
    found = _APPLIES_TO_CLAUSE.match(gloss) if pos == "a" else None
    if found is None:
        return gloss
    named = [w for w in found.group(1).replace(",", " ").split() if w not in _JOINING]
    if not named or not all(words.is_noun_form(w) and not words.is_adjective_form(w)
                            for w in named):
        return gloss
    return gloss[found.end():]


def without_remarks(gloss: str) -> str:
    # "a contorted motion, (especially when struggling)": the comma goes with it.
    return _REMARK.sub("", gloss).strip().rstrip(",;").rstrip() or gloss


# WordNet's note to the reader of which sense this is ("primarily temporal sense; being
# or indicating a relatively great duration", for "long"), or of what it is said of
# ("used of a knife or other blade; not sharp"; "still –adv. with reference to action or
# condition; without change..." was shown as "with reference to action or condition",
# QA walk-through): not part of a definition.
_LEXICOGRAPHERS_NOTE = re.compile(r"^(?:(?:primarily )?(?:temporal|spatial) sense"
                                  r"|used of [^;]*|(?:with|in) reference to [^;]*);\s*(?=\S)")
# And (`FIELD_LABEL`, which the sense chooser reads) the field a sense belongs to:
# "(virology) ultramicroscopic infectious agent...". VOA never prints one, and the
# label is often the hardest word of the line.
# And the source of a quotation, or a usage label, left in a clause of its own at its
# end: "...by chance; ;  (Santayana)", "...directory;  (British usage)".
_CITATION = re.compile(r"(?:\s*;)+(?:\s*\([A-Z][\w .'-]*\)\s*;?)+\s*$")
# And its notes about words, which quote them `so': "(sometimes followed by `with') in
# agreement", "(`full' in this sense is used as a combining form)", "(superlative of
# `good')"; and how or where to use the word, which is grammar or register, not
# meaning: "habitually do something (use only in the past tense)", "(used informally)".
_USAGE_NOTE = re.compile(r"\((?:[^()]*(?:\bfollowed by\b|`)[^()]*|used? (?:only in"
                         r"|in combination|informally|colloquially|for emphasis)\b[^()]*)\)\s*")
# What a note leaves behind at the end of a gloss: "completely or entirely; ".
# (What is left of an example WordNet names "e.g." at the end, the example itself
# being in the examples: "reach a goal, e.g.,", "a summary list; as in e.g.")
_TRAILING_SEPARATOR = re.compile(r"(?:[\s;,]+(?:as in\s+)?(?:e\.g|i\.e)\.)?[\s;,:]*$")
# Words that open a remark on what came before, not a definition ("technically, a
# satellite around the sun", "often used in cooking").
_REMARK_OPENERS = frozenset({"as", "often", "sometimes", "usually", "especially", "also",
                             "e.g.", "i.e.", "etc", "mostly", "chiefly", "typically",
                             # what the thing may do or have: "city: ...; may include
                             # several independent administrative districts"
                             "may", "might", "can", "could", "will", "would", "must",
                             # what refers back to the definition: "cell: ...; they may
                             # exist as independent units of life..."
                             "it", "its", "they", "their", "this", "these", "such"})
# Words in -ly that open a clause as what they are, a verb or a noun ("apply force").
_NOT_ADVERBS = frozenset({"apply", "supply", "reply", "rely", "multiply", "comply", "imply",
                          "rally", "tally", "bully", "family", "assembly", "ally"})
# Past participles that open a noun's later clause: a description of the thing ("used
# as pasture", "composed of feldspar"), not what it is.
IRREGULAR_PARTICIPLES = frozenset({
    "made", "cut", "found", "held", "kept", "sold", "grown", "known", "worn", "given",
    "seen", "done", "built", "brought", "bought", "taken", "written", "spoken", "eaten",
    "drawn", "thrown", "shown", "sung", "hung", "spun", "woven", "frozen",
})
# Present participles that open such a description: "pandemic –n. occurring throughout
# a region" says where it happens, not what it is ("an epidemic that is widespread").
# Others stay: "regulation –n. making regular" names the act.
_DESCRIBING_PARTICIPLES = frozenset({
    "having", "occurring", "consisting", "containing", "belonging", "resembling",
    "living", "growing",
})


# Verbs that open a noun's later clause about the thing, with the thing left out:
# "pajama: loose-fitting nightclothes...; have a jacket top and trousers".
_SUBJECTLESS_VERBS = frozenset({"have", "has", "had", "is", "are", "was", "were", "be",
                                "do", "does"})
# After a word that may be a verb or a plural noun ("freezes", "seeds"), these say it
# is the verb: "water: ...; freezes into ice below 0 degrees", but "seeds often used
# as cereal" names the seeds.
_AFTER_A_VERB = frozenset({"into", "in", "on", "at", "from", "to", "with", "by", "as",
                           "a", "an", "the", "up", "out", "off", "down", "through"})


def plural_noun(word: str) -> bool:
    """Whether ``word`` reads as a plural ("seeds", "stories"): by its ending, without
    loading a dictionary of forms into the engine process (lemminflect's, asked for
    every noun's later clause, took the app with 10,000 articles from 228 MB to 262)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _third_person_verb(first: str, second: str) -> bool:
    """Whether a clause opening "first second" opens with a verb in -s, its subject
    left out ("occurs in clay", "freezes into ice")."""
    import lemminflect

    if not first.endswith("s") or first.endswith("ss"):
        return False
    verbs = lemminflect.getLemma(first, upos="VERB", lemmatize_oov=False)
    if not verbs or first in verbs:
        return False  # no verb's -s form
    plural_of = lemminflect.getLemma(first, upos="NOUN", lemmatize_oov=False)
    return not plural_of or second in _AFTER_A_VERB


# A gloss that opens by naming its word again: "to stress, single out as important".
_RESTATEMENT = re.compile(r"^(?:to )?([A-Za-z'-]+), (?=\S)")


def _without_restatement(gloss: str, headword: str, pos: str) -> str:
    """The gloss without an opening that only names the headword ("to stress, "), when
    what follows says what it means ("wither, as with a loss of moisture" keeps it)."""
    opening = _RESTATEMENT.match(gloss)
    if opening is None or not mentions(opening.group(1), headword):
        return gloss
    rest = gloss[opening.end():]
    if len(rest.split()) >= MIN_CLAUSE_WORDS and stands_alone(rest, pos):
        return rest
    return gloss


def stands_alone(clause: str, pos: str) -> bool:
    """Whether a later clause of a WordNet gloss defines the word by itself: not one
    that opens with an adverb ("generally composed of...") or, for a noun, a
    participle ("used as pasture...", "marked by...", "occurring throughout..."), nor
    one that names a place or a people ("a staple food of Ireland"); nor a noun's
    sentence about the thing the clause before named ("rooms usually open onto it",
    `_names_a_thing`)."""
    first = clause.split()[0].lower().strip(",:()`'")
    adverb = first.endswith("ly") and len(first) > 4 and first not in _NOT_ADVERBS
    if first in _REMARK_OPENERS or adverb:
        return False
    if pos == "v" and first == "of":
        # "collectivize –...; of farms and industrial enterprises" says what the verb is
        # done to (a usage note), not what it means.
        return False
    if any(word[:1].isupper() for word in clause.split()[1:]):
        return False  # a fact about a place or a people: "potato: a staple food of Ireland"
    if pos == "n":
        return _names_a_thing(clause)
    return True


# How a noun's later clause that names a thing opens: "; a state resembling deep sleep",
# "; the act of making something seem simpler", "; separation by a boundary".
_NAMING_OPENERS = frozenset({"a", "an", "the", "any", "one", "someone", "something",
                             "anything", "anyone"})
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ure", "ism",
                 "ship", "hood", "ing")
_RELATIVE_WORDS = frozenset({"who", "that", "which", "whose", "where", "when"})
_MAIN_CLAUSE_WORDS = 4


def _names_a_thing(clause: str) -> bool:
    """Whether a noun's later clause names what the noun is, rather than describing it:
    not "; patient but stubborn" (a donkey), "; not older than one year" (a cockerel),
    "; some have edible fruit", "; the major industry is tourism" (a sentence), nor
    a participle ("; used as pasture", "; marked by...") or a verb with its subject
    left out ("; occurs in clay")."""
    words = [word.lower().strip(",:()`'") for word in clause.split()]
    first, second = words[0], words[1] if len(words) > 1 else ""
    if not (first in _NAMING_OPENERS or first.endswith(_NOUN_ENDINGS)
            or plural_noun(first) and not _third_person_verb(first, second)):
        return False  # "; seeds often used as cereal" names them
    if first.endswith("ed") or first in IRREGULAR_PARTICIPLES \
            or first in _DESCRIBING_PARTICIPLES:
        return False
    # Its main verb comes early: "the major industry is tourism" (one "than it really
    # is" later is another clause's).
    main = list(itertools.takewhile(lambda word: word not in _RELATIVE_WORDS,
                                    words[:_MAIN_CLAUSE_WORDS]))
    if any(word in _SUBJECTLESS_VERBS for word in main):
        return False  # "the major industry is tourism"
    if _plural_subject_sentence(words) or _points_back(words):
        return False
    # "the stem grows by deposits": a sentence, not a name
    return not any(_third_person_verb(main[at], main[at + 1] if at + 1 < len(main) else "")
                   for at in range(1, len(main)) if main[at] not in GLOSS_STOPWORDS)


# Adverbs WordNet puts between a plural subject and its verb: "rooms usually open onto it".
_FREQUENCY_ADVERBS = frozenset({"often", "usually", "sometimes", "always", "never", "also",
                                "then", "still", "normally", "generally", "typically"})


def _plural_subject_sentence(words: Sequence[str]) -> bool:
    """Whether a clause is a sentence whose subject is a plural noun, the verb in its
    plain form: "inhabitants remain nationals of their home state" (settlement),
    "rooms usually open onto it" (corridor), "leaves turn red" tell of the thing the
    clause before named, not what it is; "seeds often used as cereal" names them. By
    the words' endings, as `plural_noun` reads them, not lemminflect's tables (which
    cost the engine process ~30 MB)."""
    first = words[0]
    if not plural_noun(first) or first.endswith("'s") or first in _SAME_IN_PLURAL:
        return False  # "Britain's major naval base" is no plural
    rest = [word for word in words[1:] if word not in _FREQUENCY_ADVERBS
            and not (word.endswith("ly") and word not in _NOT_ADVERBS)]
    return bool(rest) and _plain_verb(rest[0])


# Nouns in "-s" that are no plural of another: "news travels fast" is no plural subject.
_SAME_IN_PLURAL = frozenset({"news", "series", "species", "means", "politics", "physics",
                             "economics", "mathematics", "athletics", "whereabouts"})
_MODALS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will",
                     "would"})


def _plain_verb(word: str) -> bool:
    """Whether ``word`` reads as a verb's plain form after a plural subject ("remain",
    "open", "can"): a content word not ending as a verb's other forms do."""
    if word in _MODALS:
        return True
    return (word.isalpha() and word not in GLOSS_STOPWORDS
            and not word.endswith(("s", "ed", "ing")))


# What "it" or "them" may stand for without a noun of its own: "keeps something and
# holds it", "asks others to help them".
_SINGULAR_STAND_INS = frozenset({"something", "someone", "somebody", "anything", "one"})
_PLURAL_STAND_INS = frozenset({"people", "others", "things", "cattle", "police"})


def _points_back(words: Sequence[str]) -> bool:
    """Whether a noun's clause says "it" or "them" of a thing it does not name before:
    "rooms usually open onto it" (corridor), "reducing it to ashes" (incineration)
    speak of what the clause before named. The word just before the pronoun is not
    what it stands for ("keep it"); "using knowledge ... possessing it" names it. Any
    content word of the right number may be what it names (by its ending)."""

    def noun(word: str, plural: bool) -> bool:
        if word in (_PLURAL_STAND_INS if plural else _SINGULAR_STAND_INS):
            return True
        if word in GLOSS_STOPWORDS or not word.isalpha() or len(word) < 3:
            return False
        return plural_noun(word) is plural

    for at, word in enumerate(words):
        if word in ("it", "them") \
                and not any(noun(before, word == "them") for before in words[:max(at - 1, 0)]):
            return True
    return False
