"""English closed-class words with their Penn Treebank tags, for the fallback tagger.

Written by hand from English grammar (not derived from any tagged corpus): the
words of classes that take no new members, each with its usual tag first and the
other tags it often has after. Open-class words (nouns, verbs, adjectives,
adverbs) come from WordNet and lemminflect instead.
"""

from __future__ import annotations


def _tagged(tags: str, words: str) -> dict[str, tuple[str, ...]]:
    """Every word of ``words`` (space-separated) with the tags ``tags`` ("IN RB")."""
    return {word: tuple(tags.split()) for word in words.split()}


# The usual tag first. A word listed in two groups keeps the first group's tags.
CLOSED_CLASS: dict[str, tuple[str, ...]] = {
    **_tagged("DT", "the a an every each another no"),
    **_tagged("DT", "these those"),
    **_tagged("DT RB", "this"),
    **_tagged("IN WDT DT", "that"),
    **_tagged("DT PDT", "all both half"),
    **_tagged("DT RB", "any some"),
    **_tagged("DT CC", "either neither"),
    **_tagged(
        "PRP",
        "i me you he him she it we us they them myself yourself himself herself"
        " itself ourselves yourselves themselves",
    ),
    **_tagged("PRP$", "my your his its our their"),
    **_tagged("PRP$ PRP", "her"),
    **_tagged("WP", "who whom what whoever whatever"),
    **_tagged("WP$", "whose"),
    **_tagged("WDT", "which whichever"),
    **_tagged("WRB", "when where why how whenever wherever whereby"),
    **_tagged(
        "IN",
        "of in for on with at by from into than under between through during"
        " without against among because although though if whether unless upon"
        " within per via despite toward towards across along behind beyond amid"
        " except whereas onto throughout amongst beneath beside besides versus vs."
        " till notwithstanding",
    ),
    **_tagged("IN RB", "about before after since over around near below above outside inside once"),
    **_tagged("IN RB RP", "up down out off"),
    **_tagged("IN JJ", "like unlike"),
    **_tagged("IN RB", "while until so"),
    **_tagged("IN RB", "as"),
    **_tagged("CC", "and or but nor & plus"),
    **_tagged("TO", "to"),
    **_tagged("MD", "can could may might must shall should will would 'll 'd ca wo ought"),
    **_tagged("EX", "there"),
    **_tagged(
        "RB",
        "not n't also very just only even still already now then however"
        " too never ever often again here almost perhaps later yet recently rather"
        " quite instead else twice soon ago together away abroad maybe thus"
        " nevertheless moreover meanwhile indeed sometimes somewhat anyway otherwise"
        " hence therefore usually always eventually currently probably nearly"
        " especially finally apparently certainly simply merely alone",
    ),
    **_tagged("RB JJ NN", "well"),
    **_tagged("RB JJ", "enough"),
    **_tagged("RB JJ IN", "back"),
    # Forms of "be", "have" and "do": auxiliaries as well as main verbs.
    **_tagged("VB", "be"),
    **_tagged("VBZ", "is"),
    **_tagged("VBP", "are am 're 'm 've"),
    **_tagged("VBD", "was were"),
    **_tagged("VBN", "been"),
    **_tagged("VBG", "being having doing"),
    **_tagged("VBP VB", "have do"),
    **_tagged("VBZ", "has does"),
    **_tagged("VBD VBN", "had"),
    **_tagged("VBD", "did"),
    **_tagged("VBN", "done"),
    **_tagged("POS VBZ", "'s"),
    **_tagged("POS", "'"),
    # Determiner-like adjectives and comparatives: Penn tags them JJ/JJR/JJS.
    **_tagged("JJ", "such other many few several own same various certain"),
    **_tagged("JJ RB", "much"),
    **_tagged("JJR RBR", "more less"),
    **_tagged("JJS RBS", "most least"),
    **_tagged("JJ RB", "last next first"),
    **_tagged("JJR", "fewer"),
    **_tagged(
        "CD",
        "one two three four five six seven eight nine ten eleven twelve"
        " thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty"
        " forty fifty sixty seventy eighty ninety hundred thousand million billion"
        " trillion zero",
    ),
    **_tagged("UH", "yes oh hello please ok okay"),
}

# Numbers spelled out ("twenty", "million").
NUMBER_WORDS = frozenset(word for word, tags in CLOSED_CLASS.items() if tags[0] == "CD")

_IRREGULAR_ORDINALS = {"three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
                       "twelve": "twelfth"}
# Ordinal numbers spelled out ("fourth", "twentieth", "hundredth"); not "first" and
# "second", words of their own too ("a second of time").
ORDINAL_WORDS = frozenset(
    _IRREGULAR_ORDINALS.get(word) or (f"{word[:-1]}ieth" if word.endswith("y") else f"{word}th")
    for word in NUMBER_WORDS - {"zero", "one", "two"})


def spelled_number(text: str) -> bool:
    """Whether ``text`` is a number in words: "thirty", "Seventy-two"."""
    return all(part in NUMBER_WORDS for part in text.lower().split("-"))


# Penn tags of punctuation and symbols as the Treebank tokenises them.
PUNCTUATION: dict[str, str] = {
    **dict.fromkeys([".", "?", "!"], "."),
    ",": ",",
    **dict.fromkeys([":", ";", "--", "-", "...", "…"], ":"),
    **dict.fromkeys(["``", "“", "‘", "`"], "``"),
    **dict.fromkeys(["''", "”", "’"], "''"),
    **dict.fromkeys(["(", "[", "{", "-LRB-", "-LCB-", "-LSB-"], "("),
    **dict.fromkeys([")", "]", "}", "-RRB-", "-RCB-", "-RSB-"], ")"),
    **dict.fromkeys(["$", "US$", "C$", "A$", "HK$", "£", "€", "¥"], "$"),
    "#": "#",
    "%": "NN",
}

# Abbreviations Penn tags as proper nouns, capitalised or not at a sentence start.
TITLES_AND_COMPANIES = frozenset(
    [
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "st.",
        "jr.",
        "sr.",
        "inc.",
        "corp.",
        "co.",
        "ltd.",
        "bros.",
        "plc",
        "gov.",
        "sen.",
        "rep.",
        "gen.",
        "col.",
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "aug.",
        "sept.",
        "sep.",
        "oct.",
        "nov.",
        "dec.",
    ]
)

# Verbs and auxiliaries after which an "-ed" form is a past participle (VBN).
HAVE_FORMS = frozenset(["have", "has", "had", "having", "'ve", "'d"])
BE_FORMS = frozenset(
    [
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "am",
        "'re",
        "'m",
        "'s",
        "get",
        "gets",
        "got",
        "gotten",
        "getting",
        "become",
        "becomes",
        "became",
    ]
)
DO_FORMS = frozenset(["do", "does", "did"])
# Verbs after which a participle describes the subject ("she felt overwhelmed").
LINKING_VERBS = frozenset({"be", "feel", "seem", "become", "get", "look", "appear", "remain"})
# ...and after which a word is the adjective it mostly is ("the octopuses stayed pale").
COPULAS = LINKING_VERBS | {"stay", "grow", "turn"}
# Plural nouns without a plural "-s", which lemminflect gives as their own lemma.
PLURAL_NOUNS = frozenset(["people", "police", "cattle", "clergy"])
# What joins the items of a list: "cough, sneeze or talk", "farmers, bakers and children".
LIST_LINKS = frozenset({",", "and", "or"})

# Pronouns the Penn tag set calls nouns ("Nobody liked it": NN), with what they mean as
# pronouns. WordNet has only their uses as nouns ("a nobody": a person of no
# influence), which the learner would otherwise be shown for "Nobody came".
INDEFINITE_PRONOUNS: dict[str, str] = {
    "nobody": "no person; not anyone",
    "somebody": "a person who is not named or not known",
    "someone": "a person who is not named or not known",
    "anybody": "any person",
    "anyone": "any person",
    "everybody": "every person; all the people",
    "everyone": "every person; all the people",
    "nothing": "not anything; no thing",
    "something": "a thing that is not named or not known",
    "anything": "any thing, whatever it is",
    "everything": "all things; all that there is",
    "none": "not one; not any",
}

# What word details say of a word of grammar WordNet has no sense of ("and", "their").
GRAMMAR_WORD_NOTE = ("A word of grammar: it works with the words around it, with no "
                     "meaning of its own to learn")

# Particles of English phrasal verbs (the tagger calls them RP, RB or IN).
PARTICLES = frozenset({
    "up", "down", "out", "off", "in", "on", "away", "back", "over",
    "around", "about", "through", "along", "apart", "aside", "forward", "together",
})
