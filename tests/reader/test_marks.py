"""What the reader marks and counts, on hand-made tokens (no engine, no Textual)."""

from __future__ import annotations

from reader.marks import first_use, new_difficult_keys, word_marks
from vocab.models import LearnerProfile, Level, Token, WordStatus


def token(text: str, start: int, level: Level | None, *, pos: str = "NN",
          proper: bool = False) -> Token:
    return Token(text=text, start=start, end=start + len(text), sentence=0,
                 lemma=text.lower(), pos=pos, upos="NOUN", level=level, proper_noun=proper)


BODY = "Putin signed a treaty and the treaty became law"
TOKENS = (
    token("Putin", 0, Level.C2, pos="NNP", proper=True),
    token("signed", 6, Level.A2, pos="VBD"),
    token("a", 13, None, pos="DT"),
    token("treaty", 15, Level.C1),
    token("and", 22, None, pos="CC"),
    token("the", 26, None, pos="DT"),
    token("treaty", 30, Level.C1),
    token("became", 37, Level.A2, pos="VBD"),
    token("law", 44, Level.B1),
)


def test_names_are_never_marked_and_every_occurrence_is() -> None:
    marks = word_marks(TOKENS, LearnerProfile(level=Level.B1))
    assert sorted(marks) == [3, 6]
    assert marks[3].level is Level.C1


def test_a_known_word_is_unmarked_everywhere_but_stays_marked_when_due() -> None:
    known = LearnerProfile(level=Level.B1, statuses={("treaty", "NOUN"): WordStatus.KNOWN})
    assert word_marks(TOKENS, known) == {}
    due = word_marks(TOKENS, known, due={("treaty", "NOUN")})
    assert sorted(due) == [3, 6]
    assert all(m.due and not m.difficult for m in due.values())


def test_a_card_due_in_another_part_of_speech_marks_the_word_and_its_learning_style() -> None:
    """The tagger read "treaty" as a noun here; the learner saved it, learning, where it
    was read as an adjective: it is theirs, and due, all the same."""
    saved = LearnerProfile(level=Level.C2, statuses={("treaty", "ADJ"): WordStatus.LEARNING})
    marks = word_marks(TOKENS, saved, due={("treaty", "ADJ")})
    assert sorted(marks) == [3, 6]
    assert all(m.due and m.learning for m in marks.values())
    # A mark of the token's own part of speech is its own word, with a card of its own.
    both = LearnerProfile(level=Level.C2, statuses={("treaty", "ADJ"): WordStatus.LEARNING,
                                                    ("treaty", "NOUN"): WordStatus.KNOWN})
    assert word_marks(TOKENS, both, due={("treaty", "ADJ")}) == {}


def test_a_participle_is_the_word_its_form_was_saved_as_an_adjective() -> None:
    """"overwhelmed", saved as the adjective where word details read it so ("felt
    overwhelmed"), is that word where the tagger reads the verb's participle ("Staff
    were overwhelmed"): not highlighted when known, due when its card is; and word
    details on the adjective show the verb's mark when it has none (QA walk-through)."""
    from reader.marks import status_at

    participle = Token(text="overwhelmed", start=0, end=11, sentence=0, lemma="overwhelm",
                       pos="VBN", upos="VERB", level=Level.B1)
    adjective = ("overwhelmed", "ADJ")
    known = LearnerProfile(level=Level.A1, statuses={adjective: WordStatus.KNOWN})
    assert word_marks([participle], LearnerProfile(level=Level.A1)) != {}
    assert word_marks([participle], known) == {}
    learning = LearnerProfile(level=Level.C2, statuses={adjective: WordStatus.LEARNING})
    marks = word_marks([participle], learning, due={adjective})
    assert marks[0].due and marks[0].learning
    verb = LearnerProfile(statuses={("overwhelm", "VERB"): WordStatus.KNOWN})
    assert status_at(verb, adjective, participle) is WordStatus.KNOWN
    assert status_at(known, ("overwhelm", "VERB"), participle) is WordStatus.KNOWN


def test_i_know_the_rest_takes_each_new_word_once() -> None:
    learning = LearnerProfile(level=Level.A1, statuses={("law", "NOUN"): WordStatus.LEARNING})
    keys = new_difficult_keys(TOKENS, range(len(TOKENS)), learning)
    assert keys == [("signed", "NOUN"), ("treaty", "NOUN"), ("became", "NOUN")]


def test_i_know_the_rest_files_each_word_as_a_saved_word_is_filed() -> None:
    """"imported" that the quiz reads as the adjective was marked as the verb "import"
    (QA walk-through): the keys are the ones a word saved by hand gets."""
    read_as = {1: ("signing", "ADJ")}  # "signed" read otherwise, by its index

    def key_of(index: int) -> tuple[str, str]:
        return read_as.get(index, (TOKENS[index].lemma.lower(), TOKENS[index].upos))

    profile = LearnerProfile(level=Level.A1, statuses={("law", "NOUN"): WordStatus.LEARNING})
    keys = new_difficult_keys(TOKENS, range(len(TOKENS)), profile, key_of=key_of)
    assert keys == [("signing", "ADJ"), ("treaty", "NOUN"), ("became", "NOUN")]
    # A word already saved under that key is not new.
    profile = LearnerProfile(level=Level.A1, statuses={("signing", "ADJ"): WordStatus.KNOWN})
    assert ("signing", "ADJ") not in new_difficult_keys(TOKENS, range(len(TOKENS)), profile,
                                                        key_of=key_of)


def test_a_glossary_entry_finds_its_first_use() -> None:
    assert first_use(TOKENS, BODY, "treaties", "treaty") == 3
    assert first_use(TOKENS, BODY, "became law", "become law") == 7
    assert first_use(TOKENS, BODY, "absent", "absent") is None


def test_a_saved_word_is_filed_as_the_glossary_and_quiz_read_it(engine) -> None:  # type: ignore[no-untyped-def]
    """"tolerate salty soil": tagged as a noun, glossed and quizzed as the adjective;
    filed as the noun, the reader's "known" and the quiz's "learning" were two cards.
    ("salty" is tagged an adjective now, WordNet having it only as one; "immune",
    which WordNet has as a noun too, is still tagged a noun there.)"""
    from reader.marks import saved_word_at
    from vocab.articles import article_from_text

    analysis = engine.analyse(article_from_text(
        "Health story\n\nDoctors say the immune system stays active for weeks."))
    index = next(i for i, t in enumerate(analysis.tokens) if t.text == "immune")
    assert analysis.tokens[index].upos == "NOUN"  # the tagger's reading, kept as tagged
    assert saved_word_at(analysis, index, engine.reading) == (("immune", "ADJ"), "immune")
    assert saved_word_at(analysis, index) == (("immune", "NOUN"), "immune")  # no engine yet


def test_a_word_saved_at_the_start_of_a_sentence_is_saved_in_lower_case(engine) -> None:  # type: ignore[no-untyped-def]
    """The word saved with a key is the one the words list, the review and the
    messages show: "“Attendance” added to your review" kept the capital its sentence
    gave it (QA walk-through). A name keeps its own."""
    from reader.marks import saved_word_at
    from vocab.articles import article_from_text

    analysis = engine.analyse(article_from_text(
        "Harbour news\n\nTurnout at the festival dropped. Visitors came from Norway."))
    turnout = next(i for i, t in enumerate(analysis.tokens) if t.text == "Turnout")
    norway = next(i for i, t in enumerate(analysis.tokens) if t.text == "Norway")
    assert saved_word_at(analysis, turnout, engine.reading)[1] == "turnout"
    assert saved_word_at(analysis, norway, engine.reading)[1] == "Norway"
