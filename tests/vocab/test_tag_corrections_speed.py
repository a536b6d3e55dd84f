"""Tag corrections that start only from the tokens of one tag (speed) still find every
place the whole walk found, up to the text's first and last tokens."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import ClassVar, cast

from vocab.engine import Engine
from vocab.raw_tokens import RawToken, TaggedTexts, WordPositions
from vocab.retag_clauses import retag_verbs_ending_clauses
from vocab.retag_heads import (
    retag_gerunds_heading_subjects,
    retag_verbs_read_as_nouns_after_subjects,
)
from vocab.retag_joined_clauses import (
    retag_verbs_of_clauses_beside_others,
    retag_verbs_of_clauses_joined_after_others,
)
from vocab.retag_phrases import (
    retag_adjectives_before_infinitives,
    retag_participles_after_linked_adjectives,
    retag_verbs_after_plural_pronouns_and_all,
)
from vocab.retag_sentences import Sentences
from vocab.retag_words import (
    retag_adverbs_read_as_verbs,
    retag_forms_in_s_read_as_pasts,
    retag_hyphenated_nouns_read_as_adjectives,
    retag_plurals_read_as_adjectives,
    retag_sentence_openers,
)
from vocab.token_marks import mark_auxiliaries
from vocab.wordinfo import WordInfo


def _raw(tagged: str) -> list[RawToken]:
    """Tokens of "word/TAG" pairs, sentences parted by " | "."""
    return [
        RawToken(index, index + 1, sentence, tag, text)
        for sentence, words in enumerate(tagged.split(" | "))
        for index, (text, tag) in enumerate(
            (pair.rsplit("/", 1) for pair in words.split()), start=sentence * 100)
    ]


def _tags(raw: list[RawToken]) -> list[str]:
    return [token.penn for token in raw]


def test_a_pronoun_and_all_before_a_verb_read_as_a_noun(engine: Engine) -> None:
    raw = _raw("We/PRP all/DT share/NN the/DT cost/NN and/CC they/PRP both/DT agree/NN")
    retag_verbs_after_plural_pronouns_and_all(raw, engine.words)
    assert _tags(raw)[2] == "VBP"
    assert _tags(raw)[8] == "VBP"  # the text's last token
    short = _raw("we/PRP all/DT")  # no room for a verb: nothing to read
    retag_verbs_after_plural_pronouns_and_all(short, engine.words)
    assert _tags(short) == ["PRP", "DT"]


def test_an_adverb_before_an_infinitive_of_its_object(engine: Engine) -> None:
    raw = _raw(
        "Make/VB the/DT steps/NNS easy/RB to/TO follow/VB ./. | "
        "Keep/VB it/PRP simple/RB to/TO read/VB ./."
    )
    retag_adjectives_before_infinitives(raw, engine.words)
    assert _tags(raw)[3] == "JJ"
    assert _tags(raw)[9] == "JJ"
    first = _raw("easy/RB to/TO follow/VB ./.")  # nothing before: no object
    retag_adjectives_before_infinitives(first, engine.words)
    assert _tags(first)[0] == "RB"


def test_a_verb_read_as_a_noun_after_its_subject(engine: Engine) -> None:
    raw = _raw("Police/NNS confiscate/NN phones/NNS ./. | Guards/NNS confiscate/NN")
    retag_verbs_read_as_nouns_after_subjects(raw, engine.words)
    assert _tags(raw)[1] == "VBP"
    assert _tags(raw)[5] == "NN"  # the text's last token: no object after it


class _Watched(RawToken):
    """A raw token that notes whose tag and text a correction reads: a correction that
    starts from the texts that can fire it reads no other token's tag, nor walks them."""

    __slots__ = ()
    read: ClassVar[Counter[str]] = Counter()
    texts_read: ClassVar[Counter[str]] = Counter()

    @property  # type: ignore[override]
    def penn(self) -> str:
        _Watched.read[_SLOT_TEXT.__get__(self, RawToken)] += 1
        return cast(str, _SLOT_PENN.__get__(self, RawToken))

    @penn.setter
    def penn(self, tag: str) -> None:
        _SLOT_PENN.__set__(self, tag)

    @property  # type: ignore[override]
    def text(self) -> str:
        text = cast(str, _SLOT_TEXT.__get__(self, RawToken))
        _Watched.texts_read[text] += 1
        return text

    @text.setter
    def text(self, text: str) -> None:
        _SLOT_TEXT.__set__(self, text)


_SLOT_PENN = RawToken.__dict__["penn"]
_SLOT_TEXT = RawToken.__dict__["text"]


def _watched(tagged: str) -> list[RawToken]:
    raw = [_Watched(token.start, token.end, token.sentence, token.penn, token.text)
           for token in _raw(tagged)]
    _unwatched()
    return list(raw)


def _unwatched() -> None:
    _Watched.read.clear()
    _Watched.texts_read.clear()


# Words no correction below starts from: their tags are never read.
_PLAIN = "The/DT old/JJ baker/NN sells/VBZ fresh/JJ bread/NN ./."


def test_a_hyphenated_word_is_found_by_its_text(engine: Engine) -> None:
    raw = _watched(f"{_PLAIN} | The/DT vice-captain/JJ waved/VBD ./.")
    at, tagged = WordPositions(raw), TaggedTexts(raw)
    _unwatched()
    retag_hyphenated_nouns_read_as_adjectives(
        raw, engine.words, engine.lexicon.parts_of_speech, at, tagged)
    read = set(_Watched.read)
    assert "vice-captain" in read
    assert not read & {"old", "baker", "sells", "fresh", "bread"}


def test_a_past_in_s_is_found_by_its_text(engine: Engine) -> None:
    raw = _watched(f"{_PLAIN} | She/PRP paints/VBD walls/NNS")
    retag_forms_in_s_read_as_pasts(raw, engine.words, WordPositions(raw))
    read = set(_Watched.read)
    assert _tags(raw)[-2] == "VBZ"
    assert not read & {"old", "baker", "fresh", "bread", "She"}


def test_an_adverb_read_as_a_verb_is_found_by_its_text(engine: Engine) -> None:
    raw = _watched(f"{_PLAIN} | Cats/NNS can/MD sometimes/VBZ hide/VB | sometimes/VBZ")
    at = WordPositions(raw)
    _unwatched()
    retag_adverbs_read_as_verbs(raw, engine.words, at)
    read = Counter(_Watched.texts_read)
    assert _tags(raw)[-3] == "RB"
    assert _tags(raw)[-1] == "RB"  # the text's last token
    # The verbs' texts, read to ask the dictionary; no other token's, once the adverb is
    # known: its places are known.
    assert not read.keys() & {"old", "baker", "fresh", "bread", "Cats", "can"}


def test_an_ing_word_after_a_linked_adjective_is_found_by_its_text(engine: Engine) -> None:
    raw = _watched(f"{_PLAIN} | The/DT boys/NNS got/VBD wet/JJ giggling/NN ./.")
    retag_participles_after_linked_adjectives(raw, engine.words, WordPositions(raw))
    read = set(_Watched.read)
    assert _tags(raw)[-2] == "VBG"
    assert not read & {"old", "baker", "sells", "fresh", "bread", "boys"}
    first = _watched("giggling/NN ./.")  # nothing before it: nothing to read
    retag_participles_after_linked_adjectives(first, engine.words, WordPositions(first))
    assert _tags(first) == ["NN", "."]


def test_a_gerund_heading_a_subject_is_found_by_its_text(engine: Engine) -> None:
    raw = _watched(f"{_PLAIN} | Even/RB bird-watching/JJ trips/NNS often/RB costs/VBZ "
                   "money/NN ./.")
    retag_gerunds_heading_subjects(raw, engine.words, WordPositions(raw))
    read = set(_Watched.read)
    assert _tags(raw)[-6] == "VBG"
    assert not read & {"old", "baker", "sells", "fresh", "bread"}
    last = _watched("He/PRP likes/VBZ ./. | sleeping/JJ cats/NNS")  # no verb after it
    retag_gerunds_heading_subjects(last, engine.words, WordPositions(last))
    assert _tags(last)[-2] == "JJ"


def test_a_name_the_story_writes_inside_a_sentence_opens_one_as_a_name(engine: Engine) -> None:
    forms = [["Zorvek", "waved", "."], ["Reporters", "said", "Zorvek", "left", "."],
             ["Brisk", "winds", "blew", "."], ["Nobody", "saw", "Brisk", "."],
             ["They", "felt", "brisk", "."]]
    tags = [["RB", "VBD", "."], ["NNS", "VBD", "NNP", "VBD", "."],
            ["RB", "NNS", "VBD", "."], ["NN", "VBD", "NNP", "."],
            ["PRP", "VBD", "JJ", "."]]
    retag_sentence_openers(forms, tags, engine.tagger.tag_sentences, engine.words)
    assert tags[0][0] == "NNP"
    assert tags[2][0] != "NNP"  # the story writes "brisk" in lower case too


def test_helping_verbs_are_found_by_their_texts() -> None:
    raw = _watched(f"{_PLAIN} | She/PRP had/VBD washed/VBN it/PRP | They/PRP had/VBD time/NN")
    at = WordPositions(raw)
    _unwatched()
    mark_auxiliaries(raw, at)
    read = set(_Watched.texts_read)
    assert [token.auxiliary for token in raw if token.text == "had"] == [True, False]
    assert not read & {"The", "old", "baker", "sells", "fresh", "bread", "She", "They"}


def test_tag_counts_follow_a_changed_tag() -> None:
    raw = _raw("The/DT kites/JJ flew/VBD ./. | Kites/NNS and/CC kites/JJ")
    tagged = TaggedTexts(raw)
    assert tagged.texts({"JJ"}) == {"kites"}
    tagged.retag(raw[1], "NNS")
    assert tagged.texts({"JJ"}) == {"kites"}  # the other "kites" is still JJ
    tagged.retag(raw[-1], "NNS")
    assert tagged.texts({"JJ"}) == set()
    assert tagged.texts({"NNS"}) == {"kites", "Kites"}
    assert raw[-1].penn == "NNS"


def test_a_plural_read_as_an_adjective_is_found_by_the_tag_counts(engine: Engine) -> None:
    raw = _watched(f"{_PLAIN} | Dancers/NNS wear/VBP aprons/JJ ./.")
    at, tagged = WordPositions(raw), TaggedTexts(raw)
    _unwatched()
    retag_plurals_read_as_adjectives(raw, engine.words, engine.lexicon.parts_of_speech, at,
                                     tagged)
    read = set(_Watched.read)
    assert _tags(raw)[-2] == "NNS"
    assert tagged.texts({"JJ"}) == {"old", "fresh"}
    assert not read & {"The", "baker", "sells", "bread", "Dancers", "wear"}


def _run_by_sentences(raw: list[RawToken],
                      correction: Callable[[Sentences, WordInfo], None], engine: Engine) -> None:
    """Run a correction that takes `Sentences`, watching only what the correction reads."""
    sentences = Sentences(raw, WordPositions(raw))
    _unwatched()
    correction(sentences, engine.words)


def test_clauses_beside_others_are_found_by_their_conjunctions(engine: Engine) -> None:
    raw = _watched(f"{_PLAIN} | Heating/VBG costs/NNS rise/NN in/IN winter/NN and/CC "
                   "families/NNS pay/VBP more/RBR ./.")
    _run_by_sentences(raw, retag_verbs_of_clauses_beside_others, engine)
    read = set(_Watched.read) | set(_Watched.texts_read)
    assert _tags(raw)[9] == "VBP"
    assert not read & {"The", "old", "baker", "sells", "fresh", "bread"}


def test_clauses_joined_after_others_are_found_by_their_conjunctions(engine: Engine) -> None:
    raw = _watched(f"{_PLAIN} | The/DT rains/NNS come/VBP in/IN May/NNP and/CC "
                   "farmers/NNS plant/NN rice/NN ./.")
    _run_by_sentences(raw, retag_verbs_of_clauses_joined_after_others, engine)
    read = set(_Watched.read)
    assert _tags(raw)[-3] == "VBP"
    assert not read & {"old", "baker", "sells", "fresh", "bread"}


def test_verbs_ending_clauses_are_found_by_the_clauses_ends(engine: Engine) -> None:
    raw = _watched(f"{_PLAIN} | When/WRB a/DT factory/NN closes/NNS ,/, the/DT "
                   "damage/NN spreads/NNS ./.")
    _run_by_sentences(raw, retag_verbs_ending_clauses, engine)
    read = set(_Watched.read)
    assert _tags(raw)[-2] == "VBZ"
    assert not read & {"The", "old", "baker", "sells"}  # no clause ends beside them
