"""IPA from CMUdict phones, stress marked where learners' dictionaries mark it."""

import pytest

from vocab.pronounce import arpabet_to_ipa, said_as


@pytest.mark.parametrize(
    ("phones", "ipa"),
    [
        # The stress mark goes before the whole syllable, with its consonant cluster.
        ("IH0 K S P AE1 N SH AH0 N", "/ɪkˈspænʃən/"),
        ("K AH0 N S T R AH1 K T", "/kənˈstrʌkt/"),
        ("D IH0 T ER2 M AH0 N EY1 SH AH0 N", "/dɪˌtɝməˈneɪʃən/"),
        # A word-initial stressed syllable takes every consonant before its vowel.
        ("S T R EH1 NG K TH", "/ˈstrɛŋkθ/"),
        # Clusters no English syllable starts with are split: ks|tr, t|l.
        ("EH1 K S T R AH0", "/ˈɛkstrə/"),
        ("AE1 T L AH0 S", "/ˈætləs/"),
        # Unstressed AH and ER are schwas.
        ("AH0 F EH1 R Z", "/əˈfɛrz/"),
        ("K AW1 N T ER0", "/ˈkaʊntɚ/"),
        # CMUdict stresses both halves of some compounds; a dictionary shows the last
        # as the main stress (QA walk-through: /ˈdaʊnˈtaʊn/).
        ("D AW1 N T AW1 N", "/ˌdaʊnˈtaʊn/"),
        ("AW1 T D AO1 R", "/ˌaʊtˈdɔr/"),
        # An unstressed ER before a vowel: a schwa, then the r that begins the next
        # syllable (QA walk-through: "parade" was /pɚˈeɪd/).
        ("P ER0 EY1 D", "/pəˈreɪd/"),
        ("K AE1 M ER0 AH0", "/ˈkæmərə/"),
        ("AA2 P ER0 EY1 SH AH0 N", "/ˌɑpəˈreɪʃən/"),
        ("F ER1 IY0", "/ˈfɝi/"),
        # CMUdict's secondary stress right before the main one is not marked (QA
        # walk-through: "initiative" was /ˌɪˈnɪʃətɪv/); one further before still is.
        ("IH2 N IH1 SH AH0 T IH0 V", "/ɪˈnɪʃətɪv/"),
        ("HH OW2 T EH1 L", "/hoʊˈtɛl/"),
        ("AH2 N D ER0 S T AE1 N D", "/ˌʌndɚˈstænd/"),
    ],
)
def test_ipa_marks_stress_at_the_start_of_the_syllable(phones: str, ipa: str) -> None:
    assert arpabet_to_ipa(phones.split()) == ipa


def test_ng_never_begins_a_syllable() -> None:
    assert arpabet_to_ipa(["S", "IH1", "NG", "ER0"]) == "/ˈsɪŋɚ/"
    assert arpabet_to_ipa(["B", "R", "IH1", "NG", "IH0", "NG"]) == "/ˈbrɪŋɪŋ/"


RECORD = [["R", "EH1", "K", "ER0", "D"], ["R", "IH0", "K", "AO1", "R", "D"]]
EITHER = [["IY1", "DH", "ER0"], ["AY1", "DH", "ER0"]]


def test_a_noun_and_a_verb_spelt_alike_are_said_with_their_own_stress() -> None:
    assert said_as(RECORD, "NOUN") == RECORD[0]  # a REcord
    assert said_as(RECORD, "ADJ") == RECORD[0]
    assert said_as(RECORD[::-1], "NOUN") == RECORD[0]  # whichever CMUdict lists first
    assert said_as(RECORD, "VERB") == RECORD[1]  # to reCORD
    assert said_as(RECORD, "ADV") == RECORD[0]  # no rule: CMUdict's first
    # Variants with the stress in the same place keep CMUdict's order.
    assert said_as(EITHER, "NOUN") == said_as(EITHER, "VERB") == EITHER[0]


COOPERATION = [["K", "OW0", "AA2", "P", "ER0", "EY1", "SH", "AH0", "N"],
               ["K", "W", "AA2", "P", "ER0", "EY1", "SH", "AH0", "N"]]


def test_a_variant_with_fewer_syllables_is_no_other_stress() -> None:
    """CMUdict's quick "cooperation" (/ˌkwɑpɚˈeɪʃən/) has its stress on an earlier
    vowel only because it has one vowel less: the noun is the five-syllable word."""
    assert said_as(COOPERATION, "NOUN") == COOPERATION[0]


@pytest.mark.parametrize(
    ("word", "penn", "ipa"),
    [
        ("live", "VBP", "/ˈlɪv/"),  # they live near
        ("live", "JJ", "/ˈlaɪv/"),  # live music
        ("lives", "NNS", "/ˈlaɪvz/"),  # quiet lives
        ("lives", "VBZ", "/ˈlɪvz/"),  # she lives here
        ("lead", "VBP", "/ˈlid/"),
        ("read", "VBP", "/ˈrid/"),  # I read the news every morning
        ("read", "VBD", "/ˈrɛd/"),  # yesterday I read it
        ("close", "VB", "/ˈkloʊz/"),  # close the door
        ("close", "JJ", "/ˈkloʊs/"),  # close to the end
        ("use", "VB", "/ˈjuz/"),
        ("use", "NN", "/ˈjus/"),
        ("wind", "NN", "/ˈwɪnd/"),
        ("tears", "NNS", "/ˈtɪrz/"),
    ],
)
def test_words_spelt_alike_are_said_as_their_tag_says(word: str, penn: str, ipa: str) -> None:
    from vocab.pronounce import Pronouncer

    assert Pronouncer().ipa(word, "", penn) == ipa


def test_the_possessive_s_is_said_as_itself_not_as_its_letter() -> None:
    """Word details said the possessive "'s" (the man's dog) as /ˈɛs/, the letter."""
    from vocab.pronounce import Pronouncer

    assert Pronouncer().ipa("'s", "PART", "POS") == "/z/"
    assert Pronouncer().ipa("’s", "VERB", "VBZ") == "/z/"


@pytest.mark.parametrize(
    ("word", "upos", "ipa"),
    [
        # A compound's second word begins its own syllable: "life|line", not "li|fline".
        ("lifeline", "NOUN", "/ˈlaɪfˌlaɪn/"),
        ("headline", "NOUN", "/ˈhɛdˌlaɪn/"),
        # Not a word that is no compound of two common ones: "it|self" is no "its|elf".
        ("itself", "PRON", "/ɪtˈsɛlf/"),
        # A British spelling as its American one says it (CMUdict lacks "councillor",
        # and has "kilometres" as /kɪˈlɔˌmʌtɚz/).
        ("councillors", "NOUN", "/ˈkaʊnsəlɚz/"),
        ("kilometres", "NOUN", "/ˈkɪləˌmitɚz/"),
        ("colour", "NOUN", "/ˈkʌlɚ/"),
        # A hyphenated word CMUdict lacks, as its parts: a noun stressed on its first,
        # an adjective on its last.
        ("kick-off", "NOUN", "/ˈkɪkˌɔf/"),
        ("year-old", "ADJ", "/ˌjɪrˈoʊld/"),
        # A noun CMUdict lacks, made of two common words.
        ("motorway", "NOUN", "/ˈmoʊtɚˌweɪ/"),
        # An abbreviation is said in full: CMUdict's first "Dr" is "drive".
        ("Dr", "PROPN", "/ˈdɑktɚ/"),
    ],
)
def test_words_cmudict_lacks_or_misreads(word: str, upos: str, ipa: str) -> None:
    from vocab.pronounce import Pronouncer

    assert Pronouncer().ipa(word, upos) == ipa


def test_a_name_is_not_guessed_from_the_words_it_is_spelt_with() -> None:
    from vocab.pronounce import Pronouncer

    assert Pronouncer().ipa("Okafor", "PROPN") == ""


def test_the_metal_lead_is_said_as_the_metal() -> None:
    from vocab.pronounce import Pronouncer

    assert Pronouncer().ipa("lead", "NOUN", "NN", "noun.substance") == "/ˈlɛd/"
    assert Pronouncer().ipa("lead", "NOUN", "NN", "noun.state") == "/ˈlid/"
