"""Definitions a learner can read: easier than the word they define, never circular.

WordNet glosses are written for linguists ("a group of countries in special
alliance"), often several clauses joined by ";". We measure a wording's ease as the
share of its content words at or below the learner's level, keep the whole gloss
when it is easy enough, otherwise the easiest of its clauses, and never let the
headword (or a form of it) define itself.

Here: the entry points (`define`, `define_each`, `shown_definition`...) and the choice
of a wording. The steps it takes live by what they do: the measure (`wording_ease`),
articles (`noun_phrases`), plainer words (`plainer_words`), what a wording can do
without (`wording_cuts`), and the headword taken out (`without_headword`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from vocab.difficulty import DEFAULT_PROFILE
from vocab.gloss_text import (
    MIN_CLAUSE_WORDS,
    cleaned_gloss,
    only_a_usage_label,
    plain_gloss,
    plain_text_of_gloss,
    said_in_a_line,
    stands_alone,
    without_application,
    without_asides,
    without_latin_shorthand,
    without_remarks,
)
from vocab.gloss_words import GLOSS_STOPWORDS
from vocab.models import LearnerProfile, Level, Sense, WordDetails
from vocab.noun_phrases import ARTICLES, articles_mended, as_noun_phrase, opening_noun
from vocab.plain_register import in_plain_register
from vocab.plainer_words import (
    _GLOSS_WORD_POS,
    PLAIN_SYNONYM_MARGIN,
    _known_measure,
    _plain_kind,
    _plain_synonym,
    _plainer_head,
    _rare_words_plainer,
    _with_its_kind,
    usually_means,
    verbs_said_plainly,
    without_hard_kind_modifiers,
)
from vocab.without_headword import (
    _before_own_part,
    _synonym_first,
    _without_family_modifier,
    _without_headword,
    _without_own_modifier,
    noun_said_by_its_kind,
    noun_said_by_its_plain_name,
    said_by_how,
    without_own_phrase_alternative,
)
from vocab.word_family import (
    WORD_PATTERN,
    compound_splits,
    defines_by_itself,
    mentions,
    mentions_family,
    same_family,
)
from vocab.word_notes import MAX_NOTE_WORDS, note_said_briefly
from vocab.wording_cuts import (
    _PREPOSITIONS,
    _aside_for_its_word,
    _asides_as_prose,
    _said_once,
    _without_closing_qualifier,
    _without_hard_alternatives,
    _without_hard_closing_word,
    _without_hard_describing_words,
    _without_harder_remarks,
    _without_hedges,
    _without_own_alternative,
    _without_scientific_names,
    _without_what_it_lacks,
    adjective_without_its_noun,
    for_said_plainly,
    member_as_its_kind,
    without_hard_group_nouns,
    without_hard_named_parts,
    without_its_own_kinds,
    without_second_relative_clause,
)
from vocab.wording_ease import EASY_ENOUGH, MIN_SHORT_CLAUSE_WORDS, ease, level_of
from vocab.wording_links import (
    PLAINLY_SHORTER,
    act_said_by_its_verb,
    family_noun_said_plainly,
    ing_form,
    quality_said_by_its_meaning,
)
from vocab.wording_participles import participle_of, said_as_participle
from vocab.wording_shape import (
    ONE_THING_OBJECT_FRAMES,
    after_its_lead,
    as_a_use,
    shaped,
    without_sentences,
)

if TYPE_CHECKING:
    from vocab.lexicon import Lexicon
    from vocab.wordinfo import WordInfo


def define(
    sense: Sense,
    others: Sequence[Sense],
    headword: str,
    words: WordInfo,
    profile: LearnerProfile,
    related: Sequence[str] | None = None,
    lexicon: Lexicon | None = None,
) -> str:
    """The wording to print for ``sense`` of ``headword`` (`_worded`), a noun's read as
    a noun phrase (`as_noun_phrase`): "bloc –n. a group of countries...", as VOA
    writes it, not WordNet's "respiratory disease characterized by..."."""
    wording = _worded(sense, others, headword, words, profile, related, lexicon)
    if wording and participle_of(headword, sense, words):
        # "betrayed –adj. delivered to an enemy by treachery", not the verb's order
        wording = said_as_participle(wording, words)
    if lexicon is None or not wording:
        return in_plain_register(without_latin_shorthand(wording))
    wording = _asides_as_prose(wording, sense.pos, words)
    wording = shaped(wording, _without_hedges(wording, words), words)
    wording = shaped(wording, _said_once(wording, words), words)
    wording = shaped(wording, _without_closing_qualifier(wording, MAX_WHOLE_WORDS, words), words)
    wording = shaped(wording, without_second_relative_clause(wording, MAX_CLAUSES_WORDS, words),
                     words)
    wording = shaped(wording, said_in_a_line(wording, sense.pos), words)
    wording = shaped(wording, _without_hard_closing_word(wording, headword, sense.pos, words,
                                                         profile), words)
    if sense.pos in ("a", "s"):
        wording = adjective_without_its_noun(wording, words)
    if sense.pos == "n":
        wording = as_noun_phrase(shaped(wording, _without_what_it_lacks(wording), words),
                                 lexicon, words)
    # "a" or "an" as the word after it now sounds, whatever a step took out or put in
    # ("make a exchange of", once "a shift in or" went; WordNet's own "a earlier period").
    return articles_mended(in_plain_register(without_latin_shorthand(wording)))


def _worded(sense: Sense, others: Sequence[Sense], headword: str, words: WordInfo,
            profile: LearnerProfile, related: Sequence[str] | None,
            lexicon: Lexicon | None) -> str:
    """The wording to print for ``sense`` of ``headword``.

    Preferred, in order: the whole gloss when it is easy and uses no word of the
    headword's family; the easiest clause (or the whole) without one; the easiest
    without the headword itself ("the practice of cooperating"); a neighbouring
    synset's gloss (``related``; by default `_stand_in_glosses`, read from the
    ``lexicon`` only then); the gloss with the headword replaced by a synonym.
    ``others`` (the word's other senses) are not borrowed from: they mean something
    else. With the ``lexicon``, a wording still hard for the learner ends with the
    sense's plainest synonym, when it has one the learner knows ("serpent –n. limbless
    scaly elongate reptile (another word for snake)"), or else, for a noun, the plain
    word for what it is a kind of (`_plain_kind`). "" when no wording of the sense
    reads without the headword ("characteristic of a fossil").
    """
    def stand_ins() -> Sequence[str]:
        if related is not None:
            return related
        explained = _headword_explained(sense, others, headword)
        if not explained and lexicon is not None:
            explained = _own_adjective_explained(lexicon, sense, headword, words, profile)
        return [*([explained] if explained else []),
                *(_stand_in_glosses(lexicon, sense, words) if lexicon is not None else ())]

    wording = chosen = _wording(sense, headword, words, profile, stand_ins, lexicon)
    if lexicon is not None and wording:
        wording = _known_measure(wording, words, profile)
        wording = _rare_words_plainer(wording, sense, headword, lexicon, words, profile)
        wording = verbs_said_plainly(wording, sense, headword, lexicon, words, profile)
        wording = shaped(wording, without_hard_group_nouns(wording, lexicon, words, profile),
                         words)
        wording = _plainer_head(wording, sense, headword, lexicon, words, profile)
        wording = shaped(wording, _without_hard_describing_words(
            wording, sense.pos, headword, lexicon, words, profile), words)
        wording = chosen = _with_its_kind(wording, sense, headword, lexicon, words, profile)
    if lexicon is not None and sense.pos != "r":
        # Chosen and worded as it is (its synonym or kind still named after it), a hard
        # wording loses the alternatives of an "or" list the learner cannot read:
        # "causing or showing anxiety", not "causing or fraught with or showing anxiety";
        # an easy one those far above them ("a thin region", not "a thin expanse or region").
        wording = shaped(wording, _without_hard_alternatives(
            wording, words, profile, only_far=ease(wording, words, profile) >= EASY_ENOUGH),
            words)
    if not wording and lexicon is not None:
        return _said_by_its_opposite(sense, headword, lexicon, words, profile)
    if not wording or lexicon is None:
        return wording
    if sense.pos == "n" and (said := act_said_by_its_verb(
            wording, sense, headword, lexicon, words, profile,
            lambda verb: define(verb, (), verb.lemma, words, profile, lexicon=lexicon))):
        # "management –the act of being in charge of something", not "...of managing
        # something": the verb's meaning in the sense WordNet links the noun to. Its first
        # sense's says it as well when that is plainly shorter and names no word of the
        # family ("prevention –the act of keeping something from happening or arising",
        # not "...of stopping someone or something from doing something or being in...";
        # but "causing someone to suffer", not the first sense's "causing to suffer").
        first = _family_word_explained(lexicon, wording, headword, words, profile)
        if first and not mentions_family(first, headword) \
                and len(first.split()) + PLAINLY_SHORTER <= len(said.split()):
            return first
        return said
    if sense.pos == "n" and (said := quality_said_by_its_meaning(
            wording, sense, headword, lexicon, words, profile,
            lambda adjective: define(adjective, (), adjective.lemma, words, profile,
                                     lexicon=lexicon))):
        # "simplicity –the quality of having few parts", not "...of being simple" (the
        # word it is made from): the adjective's meaning in the sense WordNet links to.
        return said
    if sense.pos == "r":
        # The gloss itself too, when the headword kept every wording of it out:
        # "terribly –in a terrible manner", not "in a atrociously manner".
        whole = cleaned_gloss(sense, headword)
        tried = [wording] if wording in whole else [wording, whole]
        if explained := _adjective_explained(lexicon, sense, tried, headword, words, profile):
            return explained
    if sense.pos == "v" and (said := _phrasal_name_said(wording, sense, headword, lexicon,
                                                        words, profile)):
        return said
    if ease(wording, words, profile) >= EASY_ENOUGH and wording == chosen:
        # Easy word by word, a wording may still say the headword by the word it is made
        # from: "retailer –a merchant who sells goods at retail" sends the learner back.
        # (A noun's: "skilled –having or showing special skill" needs no "skill" explained.)
        return sense.pos == "n" and _family_word_explained(
            lexicon, wording, headword, words, profile, only_made_from=True) or wording
    synonym = _plain_synonym(lexicon, sense, headword, words, profile,
                             unreadable=ease(wording, words, profile) == 0)
    # Not one the wording names already: "overcome, as with emotions"; "pull back or move
    # away" is no "pull away" to learn.
    if synonym and not mentions(wording, synonym.split(" ", 1)[0]):
        return f"{_before_a_hint(wording, sense.pos)} (another word for {synonym})"
    if sense.pos == "n" and not wording.startswith(BROADER_NOUN_LEAD) \
            and (kind := _plain_kind(lexicon, sense, headword, wording, words, profile)):
        return f"{_before_a_hint(wording, sense.pos)} (a kind of {kind})"
    return _family_word_explained(lexicon, wording, headword, words, profile) or wording


def sum_of_its_parts(headword: str, sense: Sense, words: WordInfo, profile: LearnerProfile,
                     lexicon: Lexicon) -> bool:
    """Whether ``headword`` is a compound of two words the learner knows whose ``sense``
    is what they say together: its gloss names both ("warship –a government ship that is
    available for waging war", "notebook –a book with blank pages for recording notes").
    An editor glosses no such word; "deadline" (no line that is dead) and "carpet" are
    glossed by what their parts do not say."""
    if not headword.isalpha() or not headword.islower():
        return False
    gloss = plain_gloss(sense)
    return any(all(level_of(part, words) <= profile.level
                   and (mentions(gloss, part) or mentions_family(gloss, part))
                   for part in split)
               for split in compound_splits(headword, lexicon.has_lemma))


def _before_a_hint(wording: str, pos: str) -> str:
    """``wording`` as a hint in brackets follows it: without its asides and remarks
    (`without_asides`), "profit –the excess of revenues over outlays... (including
    depreciation and other non-cash expenses) (a kind of income)" read as two brackets
    in a row (QA walk-through). A verb's brackets hold its object, and stay."""
    return wording if pos == "v" else without_asides(wording)


def define_each(
    senses: Sequence[Sense],
    headword: str,
    words: WordInfo,
    profile: LearnerProfile,
    lexicon: Lexicon | None = None,
) -> tuple[str, ...]:
    """`define` for each of ``senses`` (a word's senses, the one used first), with the
    rest as its others: the wording a sense reads in when the learner chooses it, so
    a list of the word's meanings says each as it would then be shown ("octopus –a
    kind of seafood: ...", not WordNet's "tentacles of octopus prepared as food")."""
    return tuple(define(sense, [*senses[:index], *senses[index + 1:]], headword, words,
                        profile, lexicon=lexicon)
                 for index, sense in enumerate(senses))


def _adjective_explained(lexicon: Lexicon, sense: Sense, wordings: Sequence[str],
                         headword: str, words: WordInfo, profile: LearnerProfile) -> str:
    """An adverb's wording that leans on its own adjective, with what that adjective
    means: "effectively –adv. in an effective manner (effective: producing or capable
    of producing an intended result...)". WordNet words a third of its adverbs so, and
    the line alone sends a learner back to the word they looked up. The first of
    ``wordings`` that names an adjective the sense is made from (`Lexicon.pertainyms`)
    whose meaning can be worded without the headword; "" when none does."""
    head = headword.lower()
    made_from = lexicon.pertainyms(sense.synset)
    for wording in wordings:
        if len(_describing_words(wording, head)) > 1:
            continue  # "in a poor or improper or unsatisfactory manner" says it already
        for word in dict.fromkeys(WORD_PATTERN.findall(wording.lower())):
            if not _made_into(word, head):
                continue  # "negatively –in a harmful manner" is worded by another word
            for adjective in made_from:
                if word not in adjective.synonyms:
                    continue
                meaning = _first_clause(define(adjective, (), word, words, profile))
                # "rapid –accomplished rapidly and without delay" would send them back;
                # "sad –of things that make you feel sad" is no sentence without "sad".
                if meaning and not mentions(meaning, head) and not mentions(meaning, word) \
                        and not _cut_from(meaning, plain_gloss(adjective), word):
                    return _with_its_note(wording, word, meaning, words, profile)
    return ""


def _with_its_note(wording: str, word: str, meaning: str, words: WordInfo,
                   profile: LearnerProfile) -> str:
    """An adverb's ``wording`` with a note on the adjective ``word`` it names, as short as
    VOA's definitions (`note_said_briefly`): none for a word every learner knows
    ("strongly –with strength or in a strong manner"), none for one the learner knows
    whose note is still longer than `MAX_NOTE_WORDS` ("typically –in a typical manner",
    not "...(typical: exhibiting the qualities that identify a group or kind or
    category)"), which read as a second, harder definition (sweep)."""
    level = level_of(word, words)
    if level <= Level.A1:
        return wording
    note = note_said_briefly(meaning, words, profile)
    if len(note.split()) > MAX_NOTE_WORDS and level <= profile.level:
        return wording
    return f"{wording} ({word}: {note})"


def _first_clause(meaning: str) -> str:
    """An explained word's ``meaning`` as an aside says it: its first clause, when that
    says enough (`MIN_CLAUSE_WORDS`). "(retail: the selling of goods to consumers)",
    not "...; usually in small quantities and not for resale", which made the aside
    longer than the definition it explains."""
    first = meaning.split(";")[0].strip()
    return first if len(first.split()) >= MIN_CLAUSE_WORDS else meaning


# Words after which a gloss's word is a verb: "someone who processes things".
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


# "talent" + "ed": a headword made from a word the learner knows by a suffix this long.
MAX_SUFFIX = 3


def _family_word_explained(lexicon: Lexicon, wording: str, headword: str, words: WordInfo,
                           profile: LearnerProfile, *, only_made_from: bool = False) -> str:
    """A wording that says the headword by a word of its family, with what that word
    means: "talented –adj. endowed with talent (talent: natural abilities or
    qualities)", as `_adjective_explained` does for an adverb. The word's first sense in
    the part of speech SemCor reads it in most, worded without the headword; "" when
    there is none, or the word needs no explaining (A1, or at the learner's level and
    not the word the headword is made from: "the quality of being simple"); with
    ``only_made_from``, "" unless it is the word the headword is made from ("retail")."""
    head = headword.lower()
    if " " in head:
        return ""  # "greenhouse gas" says what it is by its words
    for word in dict.fromkeys(WORD_PATTERN.findall(wording.lower())):
        if word in GLOSS_STOPWORDS or not same_family(word, head) or word == head:
            continue
        # Its first sense in the part of speech SemCor reads it in most, else in the
        # next: "retail" is first a verb, "be sold at the retail level", which names it.
        before = re.search(rf"(\w+) {re.escape(word)}\b", wording.lower())
        after_a_noun_opener = before is not None and before.group(1) in _PREPOSITIONS | ARTICLES
        # An "-ing" word after an article or a noun with no object after it is the noun:
        # "the data processing" is no verb's "subject to a treatment" (processor, QA).
        as_noun = word.endswith("ing") and _read_as_noun(wording.lower(), word, words)
        for tried, sense in enumerate(_first_senses_of(lexicon, word, words)):
            if as_noun and sense.pos == "v":
                continue
            # ...and one after "who", "that" or "which" is the verb: "someone who
            # processes things" is no noun's "a particular course of action" (sweep).
            # Not explained at all: a verb's first sense may not fit either ("someone
            # who fishes" is no "seek indirectly").
            if sense.pos == "n" and before is not None and before.group(1) in _RELATIVE_PRONOUNS:
                break
            if tried and sense.pos == "n" and not after_a_noun_opener and not as_noun:
                break  # "people who settle far from home" is no bench, a noun's "settle"
            lemma = sense.lemma.lower()
            level = level_of(lemma, words)
            made_from = head.startswith(lemma) and len(head) - len(lemma) <= MAX_SUFFIX
            if level <= Level.A1 or (level <= profile.level and not made_from) \
                    or only_made_from and not made_from:
                break
            meaning = _first_clause(define(sense, (), sense.lemma, words, profile))
            # An aside longer than VOA's longer definitions is a second definition to
            # read: every word of it must be one the learner knows. "processor –a
            # business engaged in processing agricultural products... (processing:
            # subject to a treatment, with the aim of readying for some purpose,
            # improving, or remedying a condition)" (QA) was harder than the first.
            meaning_ease = ease(meaning, words, profile)
            if meaning and not mentions_family(meaning, head) and not mentions(meaning, word) \
                    and (len(meaning.split()) <= MAX_WHOLE_WORDS or meaning_ease >= 1) \
                    and meaning_ease >= EASY_ENOUGH \
                    and not _cut_from(meaning, plain_gloss(sense), word):
                return _act_said_by_its_meaning(wording, word, meaning, sense, words) \
                    or f"{wording} ({word}: {meaning})"
            if meaning:
                break
    return ""


def _read_as_noun(wording: str, word: str, words: WordInfo) -> bool:
    """Whether ``word`` in ``wording`` is read as a noun: after an article or a noun
    ("the data processing"), before no object (nothing, or a little word: "for")."""
    found = re.search(rf"(\w+) {re.escape(word)}\b(?: (\w+))?", wording)
    if found is None:
        return False
    before, after = found.group(1), found.group(2)
    noun_before = before in ARTICLES or before not in GLOSS_STOPWORDS \
        and not before.endswith("s") and words.is_noun_form(before)
    return noun_before and (after is None or after in GLOSS_STOPWORDS)


def _act_said_by_its_meaning(wording: str, word: str, meaning: str, sense: Sense,
                             words: WordInfo) -> str:
    """A wording that names an act by its verb in "-ing" after "of", closing its clause
    ("prevention –the act of preventing"), with what the verb means in its place, its
    first verb in "-ing" and its object said when the verb takes a thing: "the act of
    keeping something from happening or arising", not "the act of preventing
    (preventing: keep from happening or arising)" (sweep), which sends the learner
    through a word of the headword's family. "" when the wording is not of that kind,
    or the verb's "-ing" form is not known."""
    found = re.search(rf"\bof {re.escape(word)}(?: (?:something|someone))?(?=$|;)", wording)
    first, _, rest = meaning.split(";")[0].strip().partition(" ")
    if found is None or sense.pos != "v" or not words.is_verb(first) or not rest:
        return ""
    gerund = ing_form(first, words)
    if not gerund:
        return ""
    takes_a_thing = bool(sense.frames & ONE_THING_OBJECT_FRAMES) \
        and rest.split()[0] not in ("something", "someone", "it", "the", "a", "an")
    said = f"of {gerund} {'something ' if takes_a_thing else ''}{rest}"
    return wording[:found.start()] + said + wording[found.end():]


def _first_senses_of(lexicon: Lexicon, word: str, words: WordInfo) -> list[Sense]:
    """The first sense of the lemma ``word`` (a gloss's word) is a form of in each part
    of speech, the one SemCor uses it in most first; [] when WordNet has none."""
    found: list[tuple[int, Sense]] = []
    for pos, upos in _GLOSS_WORD_POS:
        lemma = words.dictionary_lemma(word, upos) or word
        senses = lexicon.senses(lemma, pos)
        if senses and senses[0].lemma.lower() == lemma:
            found.append((sum(s.count for s in senses), senses[0]))
    return [sense for _, sense in sorted(found, key=lambda pair: -pair[0])]


def _cut_from(wording: str, gloss: str, word: str) -> bool:
    """Whether ``wording`` is ``gloss`` with ``word`` taken out of it (`define`'s last
    resort), rather than a clause of it."""
    if not mentions(gloss, word):
        return False
    clauses = [WORD_PATTERN.findall(clause) for clause in gloss.split(";")
               if not mentions(clause, word)]
    return not any(WORD_PATTERN.findall(wording) == clause for clause in clauses)


# The words of "in a ... manner" that say nothing of the adjective's meaning.
_MANNER_WORDS = frozenset({"manner", "way", "fashion"})


def _describing_words(wording: str, head: str) -> list[str]:
    """The content words of an adverb's wording other than its own adjective and
    "manner", "way"..."""
    return [w for w in WORD_PATTERN.findall(wording.lower()) if w not in GLOSS_STOPWORDS
            and w not in _MANNER_WORDS and not _made_into(w, head)]


def _made_into(word: str, adverb: str) -> bool:
    """Whether ``word`` may be the adjective ``adverb`` is made from: of its family, or
    its beginning ("open" for "openly", "terrible" for "terribly")."""
    return same_family(word, adverb) or adverb.startswith(word[:-1])


def _wording(sense: Sense, headword: str, words: WordInfo, profile: LearnerProfile,
             stand_ins: Callable[[], Sequence[str]], lexicon: Lexicon | None = None) -> str:
    # No Latin name of a genus: "a tree that has acorns...", not "a tree of the genus
    # Quercus; has acorns...".
    whole = _without_scientific_names(member_as_its_kind(
        without_application(cleaned_gloss(sense, headword), sense.pos, words), sense.lexname))
    whole = as_a_use(for_said_plainly(in_plain_register(whole)), sense.pos)
    # A phrase's gloss without a first alternative that says it by a word of the phrase:
    # "take effect –become effective", not "go into effect or become effective".
    whole = without_own_phrase_alternative(whole, headword, sense.pos, words)
    if only_a_usage_label(whole):
        # "nonstandard usage" says how the word is used, not what it means: the sense's
        # neighbour says it ("alright –adj. giving satisfaction", its similar adjective).
        return next((gloss for gloss in stand_ins()
                     if len(gloss.split()) >= MIN_SHORT_CLAUSE_WORDS
                     and not defines_by_itself(gloss, headword, sense.pos)), "")
    if lexicon is not None:
        whole = without_hard_named_parts(whole, lexicon, words, profile)
    if sense.pos == "n" and lexicon is not None:
        whole = without_sentences(whole, words, lexicon)
    # VOA's definitions have no asides: an easy gloss is printed without them too. Its
    # remarks stay: "the state of owing something (especially money)" needs its money.
    trimmed = whole if sense.pos == "v" else without_asides(whole, remarks=False)
    def own(text: str) -> bool:
        return defines_by_itself(text, headword, sense.pos)

    def own_or_family(text: str) -> bool:
        return mentions_family(text, headword) or own(text)

    # ...unless it is several clauses longer than VOA's definitions: its first says what
    # the thing is ("jefferson –third President of the United States", not "...; chief
    # author of the Declaration of Independence; made the Louisiana Purchase in 1803
    # and sent out the Lewis and Clark Expedition to explore it"), chosen below.
    if not own_or_family(trimmed) and ease(trimmed, words, profile) >= EASY_ENOUGH \
            and not _several_long_clauses(trimmed):
        return _without_harder_remarks(trimmed, headword, words, profile)
    clauses = [c.strip() for c in whole.split(";") if c.strip()]
    # "; or of the usual or accepted kind" (standard) offers another definition: without
    # its "or", it stands alone (a learner was shown "or of the usual...", QA walk-through).
    clauses = clauses[:1] + [c.removeprefix("or ") for c in clauses[1:]]
    wordings = [c for n, c in enumerate(clauses)
                if len(c.split()) >= MIN_CLAUSE_WORDS and (n == 0 or stands_alone(c, sense.pos))]
    if len(clauses) > 1 or whole not in wordings:
        wordings.append(whole)
    # Each wording also without its remarks: chosen only when that is easier.
    wordings += [short for w in wordings if (short := without_remarks(w)) != w
                 and len(short.split()) >= MIN_CLAUSE_WORDS]
    # ...and without its asides in brackets: "a number or ratio derived from a series of
    # observed facts" (index), without "(a value on a scale of measurement)".
    if sense.pos != "v":  # a verb's brackets hold its object: "plan and direct (a project)"
        # ...or with the hard word an aside names plainly said by it: "tools or implements
        # made of metal", not "instrumentalities (tools or implements) made of metal".
        wordings += [plain for w in wordings
                     if (plain := _aside_for_its_word(w, headword, words, profile)) != w]
        wordings += [short for w in wordings if (short := without_asides(w)) != w]
    # ...and without a hard word before the name of its kind: "a sugar that has several
    # forms", not "a monosaccharide sugar..." (glucose).
    if sense.pos == "n" and lexicon is not None:
        wordings += [plain for w in wordings if (plain := without_hard_kind_modifiers(
            w, sense, lexicon, words, profile)) != w]
    # ...and without a word of a pair that is a kind of the sense itself: "the part of
    # the earth's surface consisting of disintegrated rock", not "...of humus and
    # disintegrated rock" (soil), which a learner could only read by the headword.
    if lexicon is not None:
        wordings += [plain for w in wordings if (plain := without_its_own_kinds(
            w, sense, lexicon, words, profile)) != w]
    # ...and without an alternative that is the headword's: "undergo training or
    # instruction in preparation for a particular role" says it without "training".
    wordings += [other for w in wordings
                 if (other := shaped(w, _without_own_alternative(w, headword, sense.pos),
                                     words, whole_alternative=True)) != w]
    # ...and up to a last part that uses the headword: "the branch of physics that
    # deals with the emission and effects of electrons" (electronics), without "and
    # with the use of electronic devices".
    wordings += [first for w in wordings
                 if (first := _before_own_part(w, headword, sense.pos)) != w]
    if sense.pos == "v":
        # ...and as the "-ing" verb after its "by" that says how: "clean –remove dirt,
        # filth, or unwanted substances from", not "make clean by removing...".
        wordings += [how for w in wordings if (how := said_by_how(w, headword, words))]
    # ...and without a modifier of its family before a noun: "a precautionary measure
    # warding off impending danger" (precaution) says it as "a measure warding off...".
    wordings += [plain for w in wordings
                 if (plain := shaped(w, _without_family_modifier(w, headword), words)) != w]
    for allowed in (own_or_family, own):
        usable = [c for c in wordings if not allowed(c)]
        if usable:
            # The easiest wording; among equals, the first (WordNet puts the core first).
            return max(usable, key=lambda c: (round(_hardest_clause_ease(c, words, profile), 2),
                                              -usable.index(c)))
    def family_noun_said() -> str:
        # Last, a noun of the headword's family WordNet links the sense to, said by a
        # plainer name of that noun's sense: "photography –the act of taking and printing
        # photos" (every wording named "photographs": WordNet's gloss was shown instead).
        # Only last: a verb's own noun ("be engaged in a fight") reads better by its
        # broader verb's gloss than by the noun's ("be engaged in a battle").
        if lexicon is None:
            return ""
        linked = [plain for w in wordings if (plain := family_noun_said_plainly(
            w, sense, headword, lexicon, words, profile)) and not own(plain)]
        return max(linked, key=lambda c: (round(_hardest_clause_ease(c, words, profile), 2),
                                          -linked.index(c)), default="")

    if any(not mentions(c, headword) for c in wordings):
        # A compound its own gloss only turns round ("hardware store –a store selling
        # hardware") says what it is by its words: a broader term's gloss would lose
        # them ("basketball team –a kind of team: a cooperative unit"), so it is not
        # worded at all, and the glossary takes the next word.
        return family_noun_said()
    # A short clause of the sense's own says more than a broader term's gloss:
    # "give up –admit defeat", not the whole "give up in the face of defeat...".
    brief = [c for n, c in enumerate(clauses) if len(c.split()) >= MIN_SHORT_CLAUSE_WORDS
             and (n == 0 or stands_alone(c, sense.pos)) and not c.startswith("of ")
             and not own(c)]  # "; of animals" says what it applies to
    if brief:
        return brief[0]
    # "wither, as with a loss of moisture" reads as "shrivel, as with a loss of
    # moisture", not as its broader term ("a way to fall: decrease in size...", QA).
    if sense.pos == "v" and whole.lower().startswith(f"{headword.lower()}, ") \
            and whole.lower().count(headword.lower()) == 1 \
            and (plain := _without_headword(whole, headword, sense, words, profile, lexicon)):
        return plain
    # "rocket –any vehicle self-propelled by an engine" says more than its broader term's
    # gloss ("a kind of vehicle: a conveyance that transports people or objects", QA).
    if sense.pos == "n" and (plain := _without_own_modifier(whole, headword, words)):
        return plain
    stand_in = next((gloss for gloss in stand_ins()
                     if len(gloss.split()) >= MIN_CLAUSE_WORDS and not own(gloss)),
                    "")
    # A verb's gloss that opens with the verb reads with a synonym in its place when that
    # is no harder than the broader term's: "hurts everyone" had been "a way to arouse:
    # call forth (emotions, feelings, and responses)", not "wound the feelings of".
    if stand_in and sense.pos == "v" and lexicon is not None \
            and (swapped := _synonym_first(whole, headword, sense, lexicon, words, profile)) \
            and ease(swapped, words, profile) >= min(ease(stand_in, words, profile), 0.5):
        return swapped
    # With no broader term, a verb's gloss that names its own noun says it by what the
    # noun is a kind of: "work –exert oneself by doing mental or physical activity", not
    # nothing. (Before a broader term's gloss, the noun's first sense was often not the
    # one meant: "date –go on a day with", sweep.)
    if not stand_in and sense.pos == "v" and lexicon is not None \
            and (kind := noun_said_by_its_kind(whole, headword, words, profile, lexicon)):
        return kind
    # Last, one that names it only as a verb, by its broader verb in the same form:
    # "fire –start shooting a weapon", where the broader term's gloss named "fire" too.
    # ...or, a verb's gloss that names its own noun, by that noun's other name: "inflict
    # harm upon", where "damage" had no wording at all.
    return stand_in or _without_headword(whole, headword, sense, words, profile, lexicon) \
        or (lexicon is not None and verb_said_by_its_broader(whole, headword, sense, lexicon,
                                                             words, profile)) \
        or (lexicon is not None and sense.pos == "v" and noun_said_by_its_plain_name(
            whole, headword, sense, words, profile, lexicon)) or family_noun_said()


# A wording of several clauses longer than this is longer than most of VOA's
# definitions (their median is 9 words, nine in ten at most 18).
MAX_WHOLE_WORDS = 15


# Nine in ten of VOA's definitions are at most this long: clauses beyond it are more
# than VOA ever says ("captions –translation of foreign dialogue of a movie or TV
# program; usually displayed at the bottom of the screen", 17, is as long as theirs).
MAX_CLAUSES_WORDS = 18


def _several_long_clauses(wording: str) -> bool:
    """Whether ``wording`` is clauses joined by ";" longer than `MAX_CLAUSES_WORDS`, not
    one list after a colon ("herbage: grown as lawns; used as pasture...")."""
    # What is left of it once its asides and remarks go, and any other brackets ("having
    # just (or relatively recently) come into being": new).
    said = re.sub(r" ?\([^()]*\)", "", without_asides(wording))
    return ";" in said and len(said.split()) > MAX_CLAUSES_WORDS \
        and ":" not in said.split(";")[0]


def _hardest_clause_ease(wording: str, words: WordInfo, profile: LearnerProfile) -> float:
    """The `ease` of a wording of several clauses longer than `MAX_WHOLE_WORDS` as that
    of its hardest clause, else its own: a learner reads every clause, and easy later
    ones ("taxonomy is difficult; often considered to be plants") made the four clauses
    of "bacteria" read easier than its first alone. A short one keeps the easy clause
    that says it best ("hate –dislike intensely; feel antipathy or aversion towards")."""
    if len(wording.split()) <= MAX_WHOLE_WORDS or ":" in wording.split(";")[0]:
        # After a colon the clauses are one list: "herbage: grown as lawns; used as
        # pasture...; cut and dried as hay", "grasping: arm; leg; wing"
        return ease(wording, words, profile)
    return min(ease(clause, words, profile) for clause in wording.split(";"))


def shown_definition(details: WordDetails) -> str:
    """The meaning word details show for a word, and so the one kept with a word the
    learner saves: the article's own glossary line (VOA's), else the phrasal verb's or
    idiom's meaning when the word is part of one (`senses.expression_read_whole_at`:
    "turned the offer down" is saved as "turn down", "shed light on" whole), else the
    sense used worded for the learner, else what a word the dictionary lacks is made of,
    or the expression it is part of."""
    entry = details.glossary_entry
    if entry is not None and entry.source == "article":
        return entry.definition
    expression = details.expression
    if expression is not None and expression.kind in ("phrasal verb", "idiom") \
            and details.expression_definition:
        return details.expression_definition  # the phrasal verb or idiom is what is saved
    if details.sense is None and details.parts:
        return parts_wording(details.parts)
    if details.sense is None and expression is not None and details.expression_definition:
        # "crème" in "crème brûlée" means nothing alone: a card with no meaning (QA)
        return f"part of “{expression.lemma}”: {details.expression_definition}"
    return details.definition or (plain_gloss(details.sense) if details.sense else "")


def parts_wording(parts: Sequence[tuple[str, str]]) -> str:
    """A word the dictionary lacks, as the meanings of its parts on one line:
    "cyber-: to do with computers and the internet; security: ..."."""
    return "; ".join(f"{part}: {meaning}" for part, meaning in parts)


def other_meanings(details: WordDetails) -> list[tuple[Sense, str]]:
    """The other senses of the expression the word is part of, when it has any ("wind
    ... up": what the sentence uses is the expression's), else the word's, each with
    the wording word details would show for it once chosen (`define_each`), else
    WordNet's gloss (`plain_gloss`), as the meaning shown for the sense used falls back to."""
    senses, worded = ((details.expression_others, details.expression_other_definitions)
                      if details.expression_others
                      else (details.other_senses, details.other_definitions))
    return [(sense, (worded[index] if index < len(worded) else "") or plain_gloss(sense))
            for index, sense in enumerate(senses)]


# How a broader term is named before its gloss: "fluid –n. a kind of substance: ...",
# "print –v. a way to write: ...".
BROADER_NOUN_LEAD = "a kind of "
BROADER_VERB_LEAD = "a way to "


def quiz_meaning(definition: str) -> str:
    """``definition`` as a quiz shows it: a verb worded by its broader verb's gloss
    without the lead that names that verb ("a way to designate: assign a name or title
    to" is "assign a name or title to"). One of four meanings to choose from, it read
    as two, and named a word harder than the meaning (QA walk-through); the glossary
    keeps the lead, which says the meaning is a broader one. A lead with no gloss after
    it ("a way to move") is the meaning itself, and stays."""
    if definition.startswith(BROADER_VERB_LEAD):
        _, colon, gloss = definition.partition(": ")
        if colon and gloss:
            return gloss
    return definition


def _headword_explained(sense: Sense, others: Sequence[Sense], headword: str) -> str:
    """A gloss that names its headword once, as the thing another of its noun senses is,
    with that sense's gloss in its place: "disapproval –the expression of disapproval"
    is "the expression of a feeling of disliking something or what someone is doing"
    (its broader term had read "a kind of message: what a communication that is about
    something is about"). "" when the gloss is not of that kind, or no other sense of
    the word says it without the word."""
    if headword.endswith("ing"):
        return ""  # "burning –the act of burning something": the verb, not its noun
    gloss = cleaned_gloss(sense, headword)
    # The thing, closing the gloss or its clause: "a water solution of ammonia".
    named = list(re.finditer(
        rf"\b(?:of|for|to|about) ((?:the |an? )?{re.escape(headword)})(?=$|[;,])",
        gloss, re.IGNORECASE))
    if len(named) != 1 or sum(mentions(word, headword) for word in gloss.split()) != 1:
        return ""
    # What "of", "for", "to" or "about" names is a thing: a noun's sense, never a
    # describing word's ("made from or largely consisting of silver" was "...consisting
    # of expressing yourself readily, clearly, effectively", silver speech, QA).
    other = next((o for o in others if o.pos == "n"
                  and not mentions_family(plain_gloss(o), headword)), None)
    if other is None:
        return ""
    meaning = plain_gloss(other).split(";")[0].strip()
    return gloss[:named[0].start(1)] + meaning + gloss[named[0].end(1):]


def _own_adjective_explained(lexicon: Lexicon, sense: Sense, headword: str, words: WordInfo,
                             profile: LearnerProfile) -> str:
    """A noun's gloss that names its headword once, as the adjective after "is" or "are",
    with what that adjective means in its place: "fluid –n. a substance that is capable
    of flowing and easily changing shape at room temperature and pressure", where its
    broader term's gloss had said less ("a kind of substance: the real physical matter
    of which a person or thing consists"). The adjective's sense is the one its gloss
    says of the noun ("characteristic of a fluid; capable of flowing..."), not its first
    ("subject to change"); "" when there is not exactly one such, or no wording of it
    without the headword."""
    if sense.pos != "n":
        return ""
    gloss = cleaned_gloss(sense, headword)
    named = list(re.finditer(rf"\b(?:is|are) ({re.escape(headword)})\b", gloss, re.IGNORECASE))
    if len(named) != 1 or sum(mentions(word, headword) for word in gloss.split()) != 1:
        return ""
    of_the_noun = [adjective for adjective in lexicon.senses(headword, "a")
                   if mentions(plain_gloss(adjective), headword)]
    if len(of_the_noun) != 1:
        return ""
    meaning = define(of_the_noun[0], (), headword, words, profile)
    if not meaning or mentions_family(meaning, headword):
        return ""
    return gloss[:named[0].start(1)] + meaning + gloss[named[0].end(1):]


def _stand_in_glosses(lexicon: Lexicon, sense: Sense, words: WordInfo) -> list[str]:
    """``define``'s ``related``: for when every wording of the sense's own gloss uses the
    headword, the broader term's definition, named as such ("fluid –n. a kind of
    substance: the real physical matter of which a person or thing consists"; alone it
    would define the wrong word); for a modifier, the definition of the first synset
    next to it (a similar adjective's)."""
    broader = lexicon.broader(sense.synset)
    if broader is not None and sense.pos in ("n", "v"):
        lead = (BROADER_NOUN_LEAD if sense.pos == "n" else BROADER_VERB_LEAD).strip()
        # Its first name, unless another one-word name is plainly commoner ("gesture",
        # not "gesticulate"; but "person", not "someone": "a kind of someone" is no
        # English), rated as a definition's own words are (`ease`).
        # Only a name whose usual sense this is: "room, way" is "way" elsewhere ("a
        # kind of way: space for movement" was a parking lot, QA walk-through).
        single = [w for w in broader.synonyms if w.isalpha()
                  and usually_means(lexicon, w, broader)]
        name = _broader_name(lexicon, broader, words)
        if not single and sense.pos == "n" \
                and _means_another_thing(lexicon, broader.lemma, broader):
            # No name of it says it: "room" is a room in a building ("parking –a kind of
            # room: space for movement", QA). Its gloss says what it is, after the lead
            # when it opens with a noun ("a kind of space for movement"), else alone.
            # (A verb's lead stays: "sweep –a way to move", not "move so as to...".)
            return [_kind_said_by_its_gloss(plain_gloss(broader), lead, lexicon, words)]
        gloss = plain_gloss(broader)
        # Not a verb whose gloss is only its own cause: "clean –v. a way to change: cause
        # to change; make different" (QA walk-through) says nothing; "cause to become
        # wet" says enough for "water" (whose own gloss names water, and whose synonym
        # is the harder "irrigate").
        if gloss.split(";")[0].strip() == f"cause to {broader.lemma.replace('_', ' ')}":
            return []
        # Nor a gloss that opens with the broader term itself in words a learner does not
        # know: "sweep –v. a way to move: move so as to change position, perform a
        # nontranslational motion" (QA2 walk-through) says no more than "a way to move"
        # ("a way to put: put into a certain place" says where, in easy words).
        if gloss.split()[:1] in ([name], [broader.lemma]) \
                and ease(gloss, words, DEFAULT_PROFILE) < 1:
            return [f"{lead} {name.replace('_', ' ')}"]
        if sense.pos == "v":
            own = [s for s in lexicon.senses(broader.lemma, "v") if s.synset == broader.synset]
            gloss = after_its_lead(gloss, own[0].frames if own else frozenset())
            if name.lower() == sense.lemma.lower():
                # The broader sense is the headword's own, wider one: "sing –deliver by
                # singing" is "produce tones with the voice", not "a way to sing: ..."
                # (which names the headword, and left the verb with no wording: sweep).
                return [gloss]
        return [f"{lead} {name}: {gloss}"]
    if sense.pos in ("n", "v"):
        # The synsets next to a noun or verb with no broader term are narrower ones or
        # parts: "trade" (engage in the trade of) was worded as its narrower "traffic",
        # "deal in illegally, such as arms or liquor".
        return []
    # ...without WordNet's notes to its reader, as a sense's own gloss is read.
    return [plain_text_of_gloss(gloss) for gloss in lexicon.related_glosses(sense.synset)[:1]]



def _said_by_its_opposite(sense: Sense, headword: str, lexicon: Lexicon, words: WordInfo,
                          profile: LearnerProfile) -> str:
    """A sense no wording of its own gloss says without the headword, by its opposite
    when WordNet names one the learner knows that is no harder than the headword and
    not of its family: "open –v. the opposite of close" ("cause to open or to become
    open" named it twice; the word panel fell back to WordNet's gloss). "" when there
    is none ("cover": "uncover" is of its family)."""
    head = headword.lower()
    if not head.isalpha():
        return ""  # "hardware store" is left unworded on purpose: the glossary moves on
    level = level_of(head, words)
    known = sorted(name for name in lexicon.antonyms(sense.synset)
                   if name.isalpha() and not mentions_family(name, head)
                   and level_of(name, words) <= min(level, profile.level))
    return f"the opposite of {known[0]}" if len(known) == 1 else ""


def _broader_name(lexicon: Lexicon, broader: Sense, words: WordInfo) -> str:
    """The name a broader term is said by: its first, unless another one-word name that
    usually means it (`usually_means`) is plainly commoner (`PLAIN_SYNONYM_MARGIN`):
    "gesture", not "gesticulate"; "shoot", not "blast"."""
    upos = "NOUN" if broader.pos == "n" else "VERB"
    single = [w for w in broader.synonyms if w.isalpha() and usually_means(lexicon, w, broader)]
    name = broader.lemma
    if single:
        commonest = max(single, key=lambda w: words.zipf(w, upos))
        if words.zipf(commonest, upos) - words.zipf(name, upos) >= PLAIN_SYNONYM_MARGIN:
            name = commonest
    return name


def verb_said_by_its_broader(text: str, headword: str, sense: Sense, lexicon: Lexicon,
                             words: WordInfo, profile: LearnerProfile) -> str:
    """A verb's gloss ``text`` whose first clause names the headword only as a verb (its
    own form or "-ing"), with its broader verb's name in the same form in its place:
    "fire –start shooting a weapon", where "start firing a weapon" was all WordNet said
    and its broader term's gloss named "fire" too ("fire a shot"): the word panel had
    fallen back to WordNet's gloss. "" when the clause names the headword otherwise (a
    noun: "inflict damage upon"), or the learner would not know the broader verb."""
    head = headword.lower()
    broader = lexicon.broader(sense.synset)
    if sense.pos != "v" or broader is None or " " in head:
        return ""
    name = _broader_name(lexicon, broader, words).replace("_", " ")
    tokens = text.split(";")[0].strip().split(" ")
    forms = {head: name, ing_form(head, words): ing_form(name, words)}
    uses = [at for at, token in enumerate(tokens) if mentions(token, head)]
    if not uses or "" in forms or not forms[ing_form(head, words)] \
            or mentions_family(name, head) or mentions(" ".join(tokens), name) \
            or level_of(name, words) > profile.level \
            or any(tokens[at] not in forms or not _verb_place(tokens, at, head) for at in uses):
        return ""
    said = " ".join(forms.get(token, token) if at in uses else token
                    for at, token in enumerate(tokens))
    return "" if mentions_family(said, head) else said  # "give an assignment to"


def _verb_place(tokens: Sequence[str], at: int, head: str) -> bool:
    """Whether ``tokens[at]`` is the verb ``head`` where only a verb stands: its "-ing"
    form after no article and before a little word ("start firing a weapon"), its own
    form opening the clause or after "to", "or", "and" ("inflict damage upon" has the
    noun)."""
    token, before = tokens[at], tokens[at - 1].lower() if at else ""
    after = tokens[at + 1].lower() if at + 1 < len(tokens) else ""
    if token != head:
        # ...and before no noun it describes: "with insulating material" (insulate).
        return token.endswith("ing") and before not in ARTICLES \
            and (not after or after in GLOSS_STOPWORDS)
    return before in ("", "to", "or", "and")


def _means_another_thing(lexicon: Lexicon, word: str, sense: Sense) -> bool:
    """Whether ``word``'s first meaning is a thing one can touch (`_CONCRETE`) and
    ``sense``, which it also names, is not: a learner reads "a kind of room" as a room
    in a building, not as space for movement."""
    first = lexicon.senses(word, sense.pos)[:1]
    return bool(first) and first[0].synset != sense.synset \
        and first[0].lexname in _CONCRETE and sense.lexname not in _CONCRETE | {"noun.Tops"}


# WordNet's fields of nouns for things one can touch.
_CONCRETE = frozenset({"noun.artifact", "noun.body", "noun.animal", "noun.plant", "noun.food",
                       "noun.object", "noun.substance", "noun.person"})


# A broader verb's gloss this short says what a phrasal name means ("make smaller").
MAX_PHRASAL_GLOSS_WORDS = 4


def _phrasal_name_said(wording: str, sense: Sense, headword: str, lexicon: Lexicon,
                       words: WordInfo, profile: LearnerProfile) -> str:
    """A verb's ``wording`` that is only another of its names of several words, with
    what its broader verb's short, easy gloss says after it: "reduce –cut down on; make
    smaller", not "cut down on" alone (QA): an idiom a learner may not know read as the
    whole definition. "" when the wording is not such a name, or there is no such gloss
    (`MAX_PHRASAL_GLOSS_WORDS`)."""
    said = wording.lower().split()
    if ";" in wording or not any(
            " " in name and said[:len(name.split())] == name.lower().split()
            and len(said) - len(name.split()) <= 1 for name in sense.synonyms):
        return ""
    broader = lexicon.broader(sense.synset)
    if broader is None:
        return ""
    gloss = plain_gloss(broader).split(";")[0].strip()
    if len(gloss.split()) > MAX_PHRASAL_GLOSS_WORDS or mentions_family(gloss, headword) \
            or mentions(gloss, headword) or ease(gloss, words, profile) < EASY_ENOUGH:
        return ""
    return f"{wording}; {gloss}"


def _kind_said_by_its_gloss(gloss: str, lead: str, lexicon: Lexicon, words: WordInfo) -> str:
    """A broader term's ``gloss`` in the place of its name: after ``lead`` ("a kind of")
    when its first clause opens with a noun, without its article ("a kind of space for
    movement", "a kind of device consisting of..."), else as it is ("that which has
    mass and occupies space")."""
    tokens = gloss.split(" ")
    if tokens[0].lower() in ARTICLES:
        tokens = tokens[1:]
    if not tokens or ";" in tokens[0] or opening_noun(tokens, lexicon, words) is None:
        return gloss
    return f"{lead} {' '.join(tokens)}"
