"""VOA's "Words in This Story": the layouts editors actually print."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocab.voa_glossary import (
    is_glossary_header,
    parse_entries,
    parse_entry_line,
    split_glossary,
    split_senses,
)


@pytest.mark.parametrize(
    "line",
    [
        "harvest –n. the crops gathered in one season",
        "harvest – n. the crops gathered in one season",
        "harvest—n. the crops gathered in one season",
        "harvest -n. the crops gathered in one season",
        "harvest-n. the crops gathered in one season",
        "harvest — n. the crops gathered in one season",
    ],
)
def test_every_dash_separates_word_and_label(line: str) -> None:
    entry = parse_entry_line(line)
    assert entry is not None
    assert (entry.word, entry.pos, entry.definition) == (
        "harvest",
        "n.",
        "the crops gathered in one season",
    )
    assert entry.source == "article"


@pytest.mark.parametrize(
    ("line", "word", "pos", "note"),
    [
        ("goods –n. (pl.) things that are made to be sold", "goods", "n.", "(pl.)"),
        ("eager –adj. wanting very much to do something", "eager", "adj.", ""),
        ("gently –adv. in a soft and careful way", "gently", "adv.", ""),
        ("despite –prep. without being stopped by", "despite", "prep.", ""),
        ("whereas –conj. while on the other hand", "whereas", "conj.", ""),
        ("on the fence –idiom not able to decide", "on the fence", "idiom", ""),
        ("in charge of –phrase having control of", "in charge of", "phrase", ""),
        ("give up –phrasal verb to stop trying", "give up", "phrasal verb", ""),
        ("well-known –adj. known by many people", "well-known", "adj.", ""),
        ("Stubborn –Adj. not willing to change", "Stubborn", "adj.", ""),
        ("harvest - noun: the crops gathered", "harvest", "n.", ""),
        (
            "referee –n. (sports) a person who makes sure players follow the rules",
            "referee",
            "n.",
            "(sports)",
        ),
    ],
)
def test_labels_notes_and_headwords(line: str, word: str, pos: str, note: str) -> None:
    entry = parse_entry_line(line)
    assert entry is not None
    assert (entry.word, entry.pos, entry.note) == (word, pos, note)
    assert entry.lemma == word.lower()


@pytest.mark.parametrize(("line", "word", "pos", "definition"), [
    ("vote – verb – to make a choice", "vote", "v.", "to make a choice"),  # QA6
    ("harvest —n.— the crops gathered", "harvest", "n.", "the crops gathered"),
    ("harvest - noun - the crops gathered", "harvest", "n.", "the crops gathered"),
    ("in the dark – (idiom) – not knowing", "in the dark", "idiom", "not knowing"),
    ("e-mail – noun –a message sent by computer", "e-mail", "n.", "a message sent by computer"),
])
def test_a_dash_after_the_label_leaves_none_in_the_definition(
        line: str, word: str, pos: str, definition: str) -> None:
    """"vote – verb – to make a choice" had printed as "vote –v. – to make a choice"."""
    entry = parse_entry_line(line)
    assert entry is not None
    assert (entry.word, entry.pos, entry.definition) == (word, pos, definition)


@pytest.mark.parametrize(("line", "pos"), [
    ("in a row –phrase. one after another", "phrase"),
    ("give up –phrasal verb. to stop trying to do something", "phrasal verb"),
    ("wash away – idiom. to carry away by the force of water", "idiom"),
    ("harvest – noun. the crops gathered", "n."),
])
def test_a_label_written_with_a_full_stop_leaves_none_in_the_definition(
        line: str, pos: str) -> None:
    """A teacher's "give up –phrase. to stop trying" had printed as "give up –phrase .
    to stop trying"."""
    entry = parse_entry_line(line)
    assert entry is not None and entry.pos == pos
    assert entry.definition[0].isalpha()


@pytest.mark.parametrize(("line", "word", "pos", "definition"), [
    ("hold up (phrasal verb) to stay strong over time", "hold up", "phrasal verb",
     "to stay strong over time"),
    ("in the dark – (idiom) not knowing about something", "in the dark", "idiom",
     "not knowing about something"),
    ("mural (n.) a painting on a wall", "mural", "n.", "a painting on a wall"),
    ("striking: (adj.) very easy to notice", "striking", "adj.", "very easy to notice"),
    ("give in – (phrasal verb) to stop fighting", "give in", "phrasal verb", "to stop fighting"),
    ("gently (Adv) in a soft way", "gently", "adv.", "in a soft way"),
    ("harvest [noun] the crops gathered", "harvest", "n.", "the crops gathered"),
    ("striking: adj. very easy to notice", "striking", "adj.", "very easy to notice"),
])
def test_labels_in_brackets_or_after_a_colon(line: str, word: str, pos: str,
                                             definition: str) -> None:
    """VOA's pages print these too; they had stayed in the story as paragraphs."""
    entry = parse_entry_line(line)
    assert entry is not None
    assert (entry.word, entry.pos, entry.definition) == (word, pos, definition)


def test_no_line_of_the_section_stays_in_the_story() -> None:
    """An entry the parser cannot read no longer ends the section and leaves itself and
    every entry after it in the story ("in the dark – (idiom)..." became a quiz question)."""
    text = (
        "Story text.\n\nWords in This Story\n\n"
        "tide –n. the rise and fall of the sea\n\n"
        "shore ~~ the land by the sea\n\n"
        "drift - v. to move slowly\n\n"
        "nimble: quick and light\n\n"
        "What do you think? Tell us below.\n"
    )
    section = split_glossary(text)
    assert section is not None
    assert [entry.word for entry in section.entries] == ["tide", "drift"]
    assert section.after.strip() == "What do you think? Tell us below."


@pytest.mark.parametrize(
    "line",
    [
        "The results came in - not what anyone expected.",
        "The price (in dollars) rose again.",
        "She said the word twice -- very slowly.",
        "Words in This Story",
        "",
        "– n. a definition with no word",
    ],
)
def test_sentences_are_not_entries(line: str) -> None:
    assert parse_entry_line(line) is None


@pytest.mark.parametrize(
    "header",
    [
        "Words in This Story",
        "Words in this Story",
        "WORDS IN THIS STORY",
        "  Words in this story: ",
    ],
)
def test_header_variants(header: str) -> None:
    assert is_glossary_header(header)


def test_words_in_this_story_inside_a_sentence_is_no_header() -> None:
    assert not is_glossary_header("You can find the words in this story at the end.")


def test_wrapped_entries_without_blank_lines() -> None:
    text = (
        "WORDS IN THIS STORY\n"
        "tide –n. the regular rise and fall of the sea, which happens\n"
        "    twice a day\n"
        "shore –n. the land along the edge of a sea or lake\n"
        "drift –v. to move slowly, carried by\n"
        "water or air\n"
    )
    section = split_glossary(text)
    assert section is not None
    assert [entry.word for entry in section.entries] == ["tide", "shore", "drift"]
    assert section.entries[0].definition == (
        "the regular rise and fall of the sea, which happens twice a day"
    )
    assert section.entries[2].definition == "to move slowly, carried by water or air"
    assert section.after == ""


def test_text_after_a_blank_line_ends_the_section() -> None:
    text = (
        "Story text.\n\nWords in this Story\n\n"
        "tide –n. the rise and fall of the sea\n\n"
        "shore –n. the land by the sea\n\n"
        "What do you think? Tell us below.\n"
    )
    section = split_glossary(text)
    assert section is not None
    assert section.before == "Story text.\n"
    assert len(section.entries) == 2
    assert section.after.startswith("What do you think?")


def test_multi_sense_definitions_are_kept_as_printed() -> None:
    line = "run –v. 1. to move fast on foot 2. to manage a business; to lead"
    entry = parse_entry_line(line)
    assert entry is not None
    assert entry.definition == "1. to move fast on foot 2. to manage a business; to lead"
    assert split_senses(entry.definition) == (
        "to move fast on foot",
        "to manage a business; to lead",
    )


def test_senses_split_on_semicolons() -> None:
    assert split_senses("a plan; a first step; ") == ("a plan", "a first step")
    assert split_senses("one sense only") == ("one sense only",)


def test_no_section_without_header_or_entries() -> None:
    assert split_glossary("Just a story.\n\nNothing else.") is None
    assert split_glossary("Story.\n\nWords in This Story\n\nNo entries here at all.") is None


def test_the_last_header_is_the_section() -> None:
    text = (
        "Words in This Story\n\nThis line is part of the story.\n\n"
        "Words in This Story\n\nfew –adj. not many\n"
    )
    section = split_glossary(text)
    assert section is not None
    assert section.before.startswith("Words in This Story\n\nThis line")
    assert [entry.word for entry in section.entries] == ["few"]


def test_separator_lines_inside_the_section_are_skipped() -> None:
    entries, rest = parse_entries("few –adj. not many\n______\nmany –adj. a lot of\n")
    assert [entry.word for entry in entries] == ["few", "many"]
    assert rest == ""


@given(st.text(max_size=400))
def test_parsing_never_crashes(text: str) -> None:
    section = split_glossary(text)
    if section is not None:
        assert all(entry.word and entry.pos for entry in section.entries)
    for line in text.splitlines():
        parse_entry_line(line)
