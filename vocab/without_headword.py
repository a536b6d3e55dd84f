"""A gloss worded without its headword: the headword taken out and said by a synonym, a
pronoun ("it", "one") or nothing (`_without_headword`); a modifier, an alternative or a
last part of the headword's family left out; a verb's gloss opening with another of its
names (`_synonym_first`). `vocab.definitions` tries these when every plain wording of a
sense names the word it defines."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vocab.gloss_text import MIN_CLAUSE_WORDS, plain_gloss, plural_noun, stands_alone
from vocab.gloss_words import GLOSS_STOPWORDS
from vocab.models import LearnerProfile, Sense
from vocab.noun_phrases import ADJECTIVE_ENDINGS, ARTICLES, a_or_an, articles_mended
from vocab.plainer_words import uses_in, usually_means
from vocab.word_family import WORD_PATTERN, mentions, mentions_family, same_family
from vocab.wording_ease import level_of

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo

def _without_own_modifier(gloss: str, headword: str, words: WordInfo) -> str:
    """A noun's ``gloss`` (its first clause) without the headword where it only describes
    the noun after it ("self-propelled by a rocket engine" -> "by an engine"); "" when
    it uses the headword otherwise, or too little is left (`MIN_CLAUSE_WORDS`)."""
    tokens = gloss.split(";")[0].split()
    if " " in headword:
        return ""
    kept: list[str] = []
    for at, token in enumerate(tokens):
        if not mentions(token, headword):
            kept.append(token)
            continue
        following = tokens[at + 1].lower() if at + 1 < len(tokens) else ""
        if token != token.strip(",;:()") or not following.isalpha() \
                or following in GLOSS_STOPWORDS or not words.is_noun_form(following) \
                or mentions(following, headword):
            return ""
        if kept and kept[-1].lower() in _INDEFINITE:
            kept[-1] = a_or_an(following, capital=kept[-1][:1].isupper())
    if len(kept) == len(tokens) or len(kept) < MIN_CLAUSE_WORDS \
            or kept[-1].lower() in _DANGLING:
        return ""
    return " ".join(kept)


def _synonym_first(gloss: str, headword: str, sense: Sense, lexicon: Lexicon,
                   words: WordInfo, profile: LearnerProfile) -> str:
    """A verb's ``gloss`` that opens with ``headword`` and says more after it, with the
    sense's commonest other one-word name the learner knows and that usually means this
    (`usually_means`) in its place; "" when it has none ("behave –acquit in a certain
    manner" would not help, nor "impose –visit something unpleasant")."""
    head = headword.lower()
    if not re.match(rf"{re.escape(head)}\b", gloss.lower()) or gloss.lower().count(head) > 1:
        return ""
    if other := _alternative_after_own_preposition(gloss, head):
        return other
    known = [s for s in sense.synonyms if s.isalpha() and not same_family(s.lower(), head)
             and level_of(s, words) <= profile.level]
    # A name SemCor counts in this sense must usually mean it: "impose –visit something
    # unpleasant", "behave –bear in a certain manner" did not help. With no counts at all,
    # WordNet's order says which name comes first ("hurt –injure the feelings of").
    if any(uses_in(lexicon, s, sense) for s in sense.synonyms if s.lower() != head):
        known = [s for s in known if usually_means(lexicon, s, sense)]
    rest = gloss[len(head):].strip()
    known = [s for s in known if not mentions(rest, s)]  # not "wall with a wall"
    if not known or len(rest.split()) < MIN_CLAUSE_WORDS - 1:
        return ""
    synonym = known[0]
    return f"{synonym} {rest}"


# The prepositions a verb may take as its own: "fight against", "look after".
_OWN_PREPOSITIONS = frozenset({"about", "after", "against", "at", "for", "from", "in", "into",
                               "of", "on", "over", "to", "upon", "with"})


def _alternative_after_own_preposition(gloss: str, head: str) -> str:
    """What a verb's ``gloss`` that opens with the headword and its preposition offers
    after its "or": "fight against or resist strongly" is "resist strongly". The
    preposition is the headword's own, and another name before it is no English
    ("oppose against or resist strongly", sweep). "" when the gloss is not of that
    kind, or too little follows."""
    found = re.match(rf"{re.escape(head)} (?:{'|'.join(sorted(_OWN_PREPOSITIONS))}) or ([^;]+)",
                     gloss, re.IGNORECASE)
    if found is None or len(found.group(1).split()) < MIN_CLAUSE_WORDS - 1:
        return ""
    return found.group(1).strip()


def _part_without_headword(text: str, headword: str, words: WordInfo) -> str:
    """The first part of a verb's gloss ``text`` between its commas or semicolons that
    says it without the headword or its family and opens with a verb: "come to a halt"
    of "come to a halt, stop moving"; "" when there is none (`MIN_CLAUSE_WORDS`)."""
    for part in re.split(r"[,;] ", text):
        part = part.strip()
        opening = part.split(" ", 1)[0].lower()
        if len(part.split()) >= MIN_CLAUSE_WORDS and words.is_verb(opening) \
                and not opening.endswith(("ing", "ed")) and part.count("(") == part.count(")") \
                and stands_alone(part, "v") and not mentions(part, headword) \
                and not mentions_family(part, headword) \
                and part.split()[-1].lower() not in _DANGLING:
            return part
    return ""


def _known_synonym(sense: Sense, headword: str, words: WordInfo, profile: LearnerProfile,
                   lexicon: Lexicon) -> str:
    """The first other name of ``sense`` the learner knows, not of the headword's
    family and, where SemCor counts the sense's names, one that usually means it
    (`usually_means`) when one does, else any they know: "fight –struggle", where
    nothing sent the word panel to WordNet's own "be engaged in a fight" (review);
    "" when they know none."""
    head = headword.lower()
    names = [name for name in sense.synonyms if name.lower() != head
             and not mentions_family(name.replace("_", " "), headword)
             and all(level_of(part, words) <= profile.level for part in name.split("_"))]
    if any(uses_in(lexicon, name, sense) for name in sense.synonyms if name.lower() != head):
        names = [name for name in names if usually_means(lexicon, name, sense)] or names
    return names[0].replace("_", " ") if names else ""  # WordNet's order: "restrict", not "bound"


def _with_its_noun_said_by_a_synonym(text: str, headword: str, sense: Sense,
                                     words: WordInfo, lexicon: Lexicon) -> str:
    """A verb's gloss whose first clause names the headword only as a noun, after an
    article, with the sense's commonest other name that is a noun too, and one the
    headword's noun is, in its place: "fight –be engaged in a struggle", where no other
    name the learner knows said it and the word panel fell back to WordNet's "be
    engaged in a fight" (sweep); "" when there is none, or the clause names the
    headword otherwise."""
    head = headword.lower()
    clause = text.split(";")[0].strip()
    named = re.findall(rf"\b(?:a|an|the) {re.escape(head)}\b", clause, re.IGNORECASE)
    if not named or sum(mentions(word, headword) for word in clause.split()) != len(named):
        return ""
    names = [name for name in sense.synonyms if name.isalpha() and name.lower() != head
             and not mentions_family(name, headword) and words.is_noun_form(name)]
    # ...one that says what the headword's noun says: a name or a word of one of its
    # noun senses ("fight –n. the act of fighting; any contest or struggle").
    nouns = lexicon.senses(head, "n")
    names = [name for name in names if any(name in noun.synonyms
                                           or mentions(plain_gloss(noun), name)
                                           for noun in nouns)]
    if not names:
        return ""
    name = max(names, key=lambda name: words.zipf(name, "NOUN"))
    said = re.sub(rf"\b(a|an|the) {re.escape(head)}\b",
                  lambda found: f"{found.group(1)} {name}", clause, flags=re.IGNORECASE)
    return articles_mended(said)


def _without_family_modifier(wording: str, headword: str) -> str:
    """``wording`` without a word of the headword's family (not the headword itself)
    that stands between an article and the noun it describes, else as it is."""
    words = wording.split(" ")
    for at in range(1, len(words) - 1):
        word = words[at]
        following = words[at + 1]
        if (words[at - 1].lower() in ARTICLES and word.isalpha()
                and word.lower().endswith(ADJECTIVE_ENDINGS)
                and word.lower() != headword.lower() and mentions_family(word, headword)
                and following.isalpha() and following.lower() not in GLOSS_STOPWORDS):
            article = words[at - 1]
            if article.lower() in _INDEFINITE:
                article = a_or_an(words[at + 1], capital=article[:1].isupper())
            return " ".join([*words[:at - 1], article, *words[at + 1:]])
    return wording


def _before_own_part(wording: str, headword: str, pos: str = "") -> str:
    """``wording`` up to its last " and " before the headword's first use, when what
    comes before says enough (`MIN_CLAUSE_WORDS`), else as it is. A verb's part may end
    with the preposition its object follows, as WordNet's verb glosses do: "dry –remove
    the moisture from", without "and make dry" (the word panel had no wording)."""
    words = wording.split(" ")
    own = next((at for at, word in enumerate(words) if mentions(word, headword)), None)
    if own is None:
        return wording
    cut = next((at for at in range(own - 1, 0, -1) if words[at] == "and"), None)
    if cut is None or cut < MIN_CLAUSE_WORDS \
            or _sharing_an_object(words[cut - 1], words[cut + 1]):
        return wording
    last = words[cut - 1].lower()
    if last in _DANGLING and not (pos == "v" and last in _OBJECT_PREPOSITIONS):
        return wording
    return " ".join(words[:cut]).rstrip(",")


# The prepositions a verb's gloss may end with, its object after them: "remove the
# moisture from", "take care of" (not "a", "the", "or": those leave a phrase broken).
_OBJECT_PREPOSITIONS = frozenset({"of", "to", "in", "for", "with", "on", "at", "from",
                                  "into"})


def said_by_how(wording: str, headword: str, words: WordInfo) -> str:
    """A verb's ``wording`` that names the headword and then says how it is done after
    "by" with an "-ing" verb, as that verb: "clean –make clean by removing dirt, filth,
    or unwanted substances from" is "remove dirt, filth, or unwanted substances from"
    (the word panel had no wording: every clause named "clean"). "" when it is not of
    that kind, or the "by" part names the headword too."""
    before, by, how = wording.partition(" by ")
    verb, _, rest = how.partition(" ")
    if not by or not mentions(before, headword) or mentions(how, headword) \
            or mentions_family(how, headword) or not verb.endswith("ing") \
            or len(rest.split()) < MIN_CLAUSE_WORDS - 1 or ";" in how:
        return ""
    base = words.lemma(verb, "VBG")
    if base == verb or not words.is_verb(base) or mentions(base, headword):
        return ""
    return f"{base} {rest}"


def _family_word_used(text: str, headword: str) -> bool:
    """Whether ``text`` names things by a plural of the headword's family that is not
    the headword's own ("photographs" in a gloss of "photography"): a synonym of the
    headword names the act or the field, not those things. (A family word that says
    the same is said by the synonym well: "worthy of being treated..." is "deserving
    of...", "clothing in general" is "apparel in general".)"""
    head = headword.lower()
    if " " in head:
        return False
    return any(mentions(word, head) and not _inflection_of(word, head) and plural_noun(word)
               for word in WORD_PATTERN.findall(text.lower()))


def _inflection_of(word: str, head: str) -> bool:
    """Whether ``word`` is ``head`` or one of its regular inflections ("dancing",
    "carried", "taxes", "hopped"); not another word of its family ("photographs")."""
    if word == head:
        return True
    if not word.startswith(head[:-1]):
        return False
    ending = word[len(head):] if word.startswith(head) else None
    if ending in _INFLECTIONS or (ending and ending[0] == head[-1] and ending[1:] in _INFLECTIONS):
        return True  # "taxes", "hopped"
    ending = word[len(head) - 1:]
    return ending in _LAST_LETTER_INFLECTIONS.get(head[-1], ())  # "carried", "dancing"


# What an inflection adds to a word: "s", "es", "ed", "ing", "er", "est".
_INFLECTIONS = frozenset({"s", "es", "ed", "d", "ing", "er", "r", "est", "st"})
# What an inflection puts in place of a word's last letter: "carry" -> "carried",
# "dance" -> "dancing".
_LAST_LETTER_INFLECTIONS = {"y": frozenset({"ies", "ied", "ier", "iest"}),
                            "e": frozenset({"ing"})}


def _sharing_an_object(before: str, after: str) -> bool:
    """Whether the words either side of an "and" are two "-ing" verbs with one object
    after the second: "the act of taking and printing photographs" cut at its "and"
    left "the act of taking" (photography), taking nothing."""
    return before.endswith("ing") and after.endswith("ing") and before.isalpha()


def _without_headword(text: str, headword: str, sense: Sense, words: WordInfo,
                      profile: LearnerProfile, lexicon: Lexicon | None = None) -> str:
    synonym = next(
        (s for s in sense.synonyms if s.lower() != headword.lower() and not mentions(s, headword)),
        "",
    )
    first = WORD_PATTERN.search(text)
    if sense.pos == "v" and (other := _alternative_after_own_preposition(text, headword.lower())):
        return other
    if synonym and sense.pos == "v" and first and not mentions(first.group(0), headword):
        # Not the verb itself but a word after it ("clear –become clear"): a verb put
        # there is no English ("become light up"). A part of the gloss between its commas
        # may say it ("stop –come to a halt, stop moving"); else, with the lexicon (as the
        # learner is shown it), the one other name they know, never the list ("soil
        # –dirty, begrime, grime, colly, bemire" was no definition, lead's walk-through).
        # Without it, its synonyms say it.
        if lexicon is None:
            return ", ".join(word.replace("_", " ") for word in sense.synonyms
                             if not mentions_family(word.replace("_", " "), headword))
        return _part_without_headword(text, headword, words) \
            or _known_synonym(sense, headword, words, profile, lexicon) \
            or _with_its_noun_said_by_a_synonym(text, headword, sense, words, lexicon)
    if synonym and _family_word_used(text, headword):
        # A synonym of the headword stands for no other word of its family: "taking and
        # printing photographs" became "...printing picture taking" (photography).
        return ""
    if synonym:
        replacement = synonym.replace("_", " ")
    elif sense.pos in ("a", "s", "r"):
        # A modifier can go: "characteristic of the western parts of the world"
        # still reads, where "the it parts" would not.
        replacement = ""
    elif sense.pos == "v":
        # The headword in a verb's own gloss is its noun ("exert oneself by doing mental
        # or physical work"): no pronoun stands for it ("physical it", QA walk-through).
        return ""
    else:
        replacement = "it"

    # A noun's "it" is put in last, after a determiner as "one" (`_as_pronoun`).
    stand_for = _GONE if replacement == "it" else replacement

    def taken_out(word: str) -> str:
        if not mentions(word, headword):
            return word
        return _GONE_PLURAL if sense.pos == "n" and plural_noun(word.lower()) else _GONE

    marked = WORD_PATTERN.sub(lambda match: taken_out(match.group(0)), text)
    if not replacement and marked.rstrip(" .").endswith((_GONE, _GONE_PLURAL)):
        # A modifier's gloss says something of the word that ends it: "containing" is
        # all "sugary –containing sugar" kept (a quiz asked for the word that means
        # "containing", QA2 walk-through).
        return ""
    if sense.pos == "v" and replacement and _ARTICLE_BEFORE.search(marked):
        return ""  # the gloss has the noun there: "be engaged in a contend"
    if not replacement:
        # A describing word taken out of a pair takes its "and" or "or": "having a fixed
        # and unchanging value" is "having an unchanging value", not "having a and
        # unchanging value" (fixed).
        marked = _GONE_FROM_A_PAIR.sub("", marked)
    if stand_for != _GONE:
        marked = marked.replace(_GONE_PLURAL, stand_for)
    left = marked.replace(_GONE, stand_for).split()
    if stand_for == _GONE:
        left = _as_pronoun(left)
        if _pronoun_among_describing_words(left, words):
            return ""  # "mental or physical it"
    if left and left[-1].lower() in _DANGLING:
        # "fossil: characteristic of a", "harm: cause or do it to": no wording at all
        # rather than this
        return ""
    return articles_mended(" ".join(left))


# A gone describing word and the "and" or "or" that joined it to another.
# Only one that came first: "the spine or spinal cord" is no "the spine cord"; nor one
# before another phrase: "the ancient Latins or the Latin language".
_GONE_FROM_A_PAIR = re.compile(r"\x00,? (?:and|or)(?= (?!(?:the|a|an|its|their)\b)\w)")
# Where a noun was taken out of its gloss, before `_as_pronoun` words it (a plural).
_GONE = "\x00"
_GONE_PLURAL = "\x01"
# The headword taken out right after an article: it was a noun there.
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+\x00", re.IGNORECASE)


def _as_pronoun(words: list[str]) -> list[str]:
    """The noun taken out (`_GONE`, `_GONE_PLURAL`) as "it" ("them"), or "one" ("ones")
    after a determiner: "the land on which real estate is located" -> "the one on
    which...", "a quorvak that grows" -> "one that grows", never "the it on which...";
    "the words that are spoken" -> "the ones that are spoken". After "of" it goes with
    the "of": "a period of time considered as a resource" -> "a period considered as a
    resource", not "a period of it" (QA walk-through)."""
    out: list[str] = []
    for word in words:
        before = out[-1].lower() if out else ""
        plural = word == _GONE_PLURAL
        if word not in (_GONE, _GONE_PLURAL):
            out.append(word)
        elif before == "of" and len(out) > 1:
            out.pop()
        elif before in _INDEFINITE:
            out[-1] = "one"
        elif before in _DETERMINERS:
            out.append("ones" if plural else "one")
        else:
            out.append("them" if plural else "it")
    return out


def _pronoun_among_describing_words(words: list[str], facts: WordInfo) -> bool:
    """Whether `_as_pronoun` put "it" or "them" after a describing word or before a
    noun, where only a noun reads: "mental or physical it", "a newly it employee",
    "one or more it engines". The gloss's own "it" is after a function word or a verb
    ("so that it lives", "makes it")."""
    def content(word: str) -> bool:
        return word.isalpha() and word.lower() not in GLOSS_STOPWORDS \
            and not facts.is_verb_form(word.lower())

    padded = ["", *words, ""]
    return any(word in ("it", "them") and (
        content(before) or content(after) and facts.is_noun_form(after.lower()))
        for before, word, after in zip(padded, padded[1:], padded[2:], strict=False))


_INDEFINITE = frozenset({"a", "an"})
_DETERMINERS = frozenset({"the", "this", "that", "any", "each", "every", "another", "some"})

# Words a phrase cannot end with: a wording that does, once the headword is gone, is
# broken ("characteristic of a" for "characteristic of a fossil").
_DANGLING = frozenset({"a", "an", "the", "of", "to", "in", "for", "with", "by", "on", "at",
                       "from", "or", "and", "as", "into"})


# An alternative this short is the phrase said again ("go into effect"), not a meaning
# of its own ("take hold of so as to seize").
MAX_OWN_ALTERNATIVE_WORDS = 4


def without_own_phrase_alternative(wording: str, headword: str, pos: str,
                                   words: WordInfo) -> str:
    """A phrasal verb's ``wording`` without a first alternative that says it by a word of the
    phrase, where another verb's alternative follows its "or": "take effect –become
    effective or operative", not "go into effect or become effective..." (QA: the
    phrase said by its own word read badly). As it is otherwise."""
    # The phrase's words after its verb: "effect" of "take effect".
    own = [word for word in headword.lower().split()[1:] if word not in GLOSS_STOPWORDS]
    if pos != "v" or " " not in headword or not own:
        return wording
    first, joined, rest = wording.partition(" or ")
    if not words.is_verb(first.split(" ", 1)[0].lower()):
        return wording
    opening = rest.split(" ", 1)[0].lower()
    if not joined or ";" in first or len(first.split()) > MAX_OWN_ALTERNATIVE_WORDS \
            or not any(mentions(first, word) for word in own) \
            or opening in GLOSS_STOPWORDS or not words.is_verb(opening) \
            or words.is_adjective_form(opening) or opening.endswith(("ing", "ed")) \
            or len(rest.split()) < MIN_CLAUSE_WORDS - 1:
        return wording
    return rest


def noun_said_by_its_kind(text: str, headword: str, words: WordInfo,
                          profile: LearnerProfile, lexicon: Lexicon) -> str:
    """A verb's gloss ``text`` whose first clause names the headword only as a noun (after
    a describing word) with the plain word for what the headword's first
    noun sense is a kind of in its place: "work –exert oneself by doing mental or
    physical activity for a purpose", where the verb has no other name and the word panel
    had no wording ("physical work" said "work" by itself). "" when the clause names the
    headword otherwise, or the learner would not know that broader word."""
    head = headword.lower()
    clause = text.split(";")[0].strip()
    tokens = clause.split()
    uses = [at for at, token in enumerate(tokens) if mentions(token, head)]
    if not uses or " " in head or any(
            tokens[at] != head or at == 0 or not _before_a_noun(tokens[at - 1].lower(), words)
            for at in uses):
        return ""
    nouns = lexicon.senses(head, "n")
    kind = lexicon.broader(nouns[0].synset) if nouns else None
    name = kind.synonyms[0] if kind is not None and kind.synonyms else ""
    if not name.isalpha() or mentions_family(name, head) or mentions(clause, name) \
            or level_of(name, words) > profile.level:  # not "form a curve or curve" (arch)
        return ""
    for at in uses:
        tokens[at] = name
    return articles_mended(" ".join(tokens))


def _before_a_noun(word: str, words: WordInfo) -> bool:
    """Whether ``word`` is a describing word that is no verb ("physical work", not "to
    work"). Not an article: after one the noun was often another sense than the noun's
    first ("stamp with a date" said "stamp with a day", "have or feel a need for" said
    "...a condition for", sweep); a describing word narrows it to the first one."""
    return word.isalpha() and word not in GLOSS_STOPWORDS \
        and words.is_adjective_form(word) and not words.is_verb(word)


def noun_said_by_its_plain_name(text: str, headword: str, sense: Sense, words: WordInfo,
                                profile: LearnerProfile, lexicon: Lexicon) -> str:
    """A verb's gloss ``text`` whose first clause names the headword as the noun WordNet
    links this verb sense to, with another name of that noun the learner knows in its
    place: "inflict harm upon", not "inflict damage upon" (damage, whose gloss said it
    by its own noun and had no wording). The noun must be the one the headword usually
    means as a noun (its first noun sense): "engage in the trade of" is no "...the deal
    of", though WordNet links that noun too. "" when the clause names a word of the
    headword's family otherwise ("cause to be covered"), opens with the headword (the
    verb itself), or no such name is known."""
    head = headword.lower()
    nouns = lexicon.senses(head, "n")
    if " " in head or not nouns or nouns[0].synset not in {
            linked.synset for linked in lexicon.linked_senses(sense.synset, head, head)}:
        return ""
    names = [name for name in nouns[0].synonyms if name.isalpha() and name.lower() != head
             and not same_family(name.lower(), head) and level_of(name, words) <= profile.level]
    tokens = text.split(";")[0].strip().split()
    uses = [at for at, token in enumerate(tokens) if mentions(token, head)]
    if not names or not uses or uses[0] == 0 \
            or any(tokens[at].lower() != head or tokens[at - 1].lower() == "to" for at in uses):
        return ""  # "to damage" is the verb
    for at in uses:
        tokens[at] = names[0]
    said = " ".join(tokens)
    return "" if mentions_family(said, head) else articles_mended(said)
