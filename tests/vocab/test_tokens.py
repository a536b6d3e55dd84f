"""Tokens are exact slices of the body, split the way the taggers expect."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocab.tokens import (
    CUT_MARK,
    MAX_SHOWN_WORDS,
    balanced_quotes,
    excerpt_around,
    sentence_spans,
    tagger_form,
    tagger_forms,
    word_spans,
)


def _tokens(text: str) -> list[str]:
    return [text[s:e] for s, e in word_spans(text)]


def test_clitics_split_as_treebank_does() -> None:
    assert _tokens("Russia’s plan doesn't work") == ["Russia", "’s", "plan", "does", "n't", "work"]


def test_cannot_splits_as_treebank_does() -> None:
    assert _tokens("We cannot stop the rain. Cannot! Canopy.") == [
        "We", "can", "not", "stop", "the", "rain", ".", "Can", "not", "!", "Canopy", "."]
    assert _tokens("They can't and cannot") == ["They", "ca", "n't", "and", "can", "not"]


def test_a_web_or_mail_address_is_one_token() -> None:
    """An address is one token, its closing full stop and comma not in it: split at its
    dots it gave the tagger words ("com" of ".com" a noun, a glossary candidate)."""
    assert _tokens("Write to news@radio.example.com. Visit https://www.example.org/a?id=5, "
                   "www.example.net or shop.example.co.uk today.") == [
        "Write", "to", "news@radio.example.com", ".", "Visit", "https://www.example.org/a?id=5",
        ",", "www.example.net", "or", "shop.example.co.uk", "today", "."]
    assert _tokens("It ended.Then U.S. officials spoke.") == [
        "It", "ended", ".", "Then", "U.S.", "officials", "spoke", "."]


def test_a_suffix_named_alone_is_one_token() -> None:
    """A lesson's "the -ing ending" names a word's part: "-ing" is one token, not a dash
    and a word "ing" (a glossary candidate). A hyphen between words or spaces is not."""
    assert _tokens("Add the -ing ending or -ed, then -ly.") == [
        "Add", "the", "-ing", "ending", "or", "-ed", ",", "then", "-ly", "."]
    assert _tokens("well-known - and -it rained") == ["well-known", "-", "and", "-", "it",
                                                      "rained"]


def test_ordinals_and_decades_stay_whole() -> None:
    assert _tokens("The 21st century, the 1990s, May 3rd, 2nd and 4th.") == [
        "The", "21st", "century", ",", "the", "1990s", ",", "May", "3rd", ",", "2nd", "and",
        "4th", "."]
    assert _tokens("3 standards") == ["3", "standards"]
    assert _tokens("COVID-19 and F-16 jets in the mid-2030s") == [
        "COVID-19", "and", "F-16", "jets", "in", "the", "mid-2030s"]


def test_abbreviations_numbers_and_hyphens_stay_whole() -> None:
    assert _tokens("The U.S. paid $123.5 billion, up 31% for state-operated firms.") == [
        "The", "U.S.", "paid", "$123.5", "billion", ",", "up", "31%", "for",
        "state-operated", "firms", ".",
    ]


def test_tagger_sees_ascii_quotes() -> None:
    assert tagger_form("“") == "``"
    assert tagger_form("’s") == "'s"
    assert tagger_form("didn’t") == "didn't"


def test_sentences_do_not_cross_paragraphs() -> None:
    body = "Mr. Xi spoke on Wednesday. He agreed.\n\nA new paragraph"
    paragraphs = ((0, 37), (39, len(body)))
    spans = sentence_spans(body, paragraphs)
    assert [body[s:e] for s, e in spans] == [
        "Mr. Xi spoke on Wednesday.", "He agreed.", "A new paragraph",
    ]


def test_a_quoted_question_and_who_asked_it_are_one_sentence() -> None:
    """"asked Tom Baker, a retired _____ who..." began a quiz's gap sentence: Punkt ends
    a sentence at a quoted question or exclamation (QA walk-through)."""
    body = ("“Why not?” asked Tom Baker, a retired teacher. \"Stop!\" shouted the guard. "
            "“Is it safe?” She did not know.")
    spans = sentence_spans(body, ((0, len(body)),))
    assert [body[s:e] for s, e in spans] == [
        "“Why not?” asked Tom Baker, a retired teacher.", '"Stop!" shouted the guard.',
        "“Is it safe?”", "She did not know.",
    ]


@given(st.text(max_size=300))
def test_every_token_is_an_exact_slice(text: str) -> None:
    spans = list(word_spans(text, offset=7))
    previous_end = 7
    for start, end in spans:
        assert previous_end <= start < end <= len(text) + 7
        piece = text[start - 7 : end - 7]
        assert piece.strip() == piece and piece
        previous_end = end
    # Nothing but whitespace is left between tokens.
    covered = "".join(text[s - 7 : e - 7] for s, e in spans)
    assert covered == "".join(text.split())


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1,
                        max_size=80), min_size=1, max_size=5))
def test_sentences_lie_inside_their_paragraphs(paragraph_texts: list[str]) -> None:
    body = "\n\n".join(paragraph_texts)
    paragraphs = []
    offset = 0
    for text in paragraph_texts:
        paragraphs.append((offset, offset + len(text)))
        offset += len(text) + 2
    for start, end in sentence_spans(body, tuple(paragraphs)):
        assert any(p_start <= start < end <= p_end for p_start, p_end in paragraphs)
        assert body[start:end].strip()


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("And we will keep them informed,” Ushakov said.",
         "“And we will keep them informed,” Ushakov said."),
        ("“We will win the vote. ", "“We will win the vote.” "),
        ("He said “no” twice.", "He said “no” twice."),
        ('She said "no".', 'She said "no".'),
        # Straight quotes (QA walk-through: 'The cows are frightened by the noise."'
        # in the glossary, the quiz, the CSV and Anki).
        ('The cows are frightened by the noise."', '"The cows are frightened by the noise."'),
        ('Your body will adapt," she said.', '"Your body will adapt," she said.'),
        ('"We will win the vote. ', '"We will win the vote." '),
        ('The mayor said: "We will build it. ', 'The mayor said: "We will build it." '),
        ('He called it "the "best" plan".', 'He called it "the "best" plan".'),
    ],
)
def test_a_sentence_shown_alone_has_its_quotation_marks_balanced(sentence: str,
                                                                 shown: str) -> None:
    assert balanced_quotes(sentence) == shown


def test_a_run_too_long_for_prose_is_one_token() -> None:
    """2 MB of base64 without a space split at its digits and symbols into 630,000
    tokens, which took 40 s and 1.8 GB to analyse (QA walk-through)."""
    run = "Zm9v/YmFy+" * 200_000
    text = f"It said {run} and stopped."
    assert _tokens(text) == ["It", "said", run, "and", "stopped", "."]
    assert word_spans(text, 10)[2] == (18, 18 + len(run))


def test_a_short_run_still_splits_at_its_symbols() -> None:
    """Only a run longer than prose has is one token for its length (a link is one as an
    address: `test_a_web_or_mail_address_is_one_token`)."""
    assert _tokens("See src/main:a-b now")[:4] == ["See", "src", "/", "main"]
    assert _tokens("See https://example.org/a-b now") == ["See", "https://example.org/a-b", "now"]


def test_a_long_sentence_is_cut_to_the_words_around_a_word() -> None:
    words = [f"w{n}" for n in range(200)]
    sentence = " ".join(words) + "."
    start = sentence.index(" w100 ") + 1
    shown, at = excerpt_around(sentence, start, start + len("w100"))
    assert shown == CUT_MARK + " ".join(words[70:131]) + CUT_MARK
    assert shown[at:].startswith("w100 ")


def test_a_sentence_of_news_length_is_shown_whole() -> None:
    sentence = " ".join(["word"] * MAX_SHOWN_WORDS) + "."
    assert excerpt_around(sentence, 5, 9) == (sentence, 5)


def test_a_word_near_the_end_of_a_long_sentence_is_cut_before_it_only() -> None:
    sentence = " ".join(f"w{n}" for n in range(100)) + "."
    start = sentence.index("w98")
    shown, at = excerpt_around(sentence, start, start + 3)
    assert shown.startswith(CUT_MARK + "w68 ") and shown.endswith("w99.")
    assert shown[at:].startswith("w98")


def test_a_title_or_company_keeps_its_full_stop_inside_a_sentence() -> None:
    """Treebank, whose text the tagger learnt, writes "Dr." and "Inc." as one token;
    split in two, "Dr" read as a sentence's last noun. The full stop that ends the
    sentence stays a token of its own, as Treebank splits it off ("at Apple Inc .")."""
    body = ("Dr. Rosa Field and Mr. Tan left St. Ives for Ore. with Prof. Nadia Kemp. "
            "She joined Bluefin Corp. last year and now works at Kettle Inc.")
    spans = sentence_spans(body, ((0, len(body)),))
    assert [[body[s:e] for s, e in word_spans(body[a:b], a)] for a, b in spans] == [
        ["Dr.", "Rosa", "Field", "and", "Mr.", "Tan", "left", "St.", "Ives", "for", "Ore.",
         "with", "Prof.", "Nadia", "Kemp", "."],
        ["She", "joined", "Bluefin", "Corp.", "last", "year", "and", "now", "works", "at",
         "Kettle", "Inc", "."],
    ]


def test_a_word_is_no_abbreviation_for_its_spelling_alone() -> None:
    """Only a capitalised abbreviation keeps its full stop ("ill." is the word and a
    stop), and the stop that ends a sentence is always its own token, even before a
    closing quote or bracket."""
    assert _tokens("she fell ill. then rested") == ["she", "fell", "ill", ".", "then", "rested"]
    assert _tokens('He said "we met at Nimbus Inc."') == [
        "He", "said", '"', "we", "met", "at", "Nimbus", "Inc", ".", '"']
    assert _tokens("(Both work at Nimbus Inc.)") == [
        "(", "Both", "work", "at", "Nimbus", "Inc", ".", ")"]


def test_initials_keep_their_full_stops() -> None:
    assert _tokens("Poems by J. K. Tolland and Anna B. Vale, born in Oslo.") == [
        "Poems", "by", "J.", "K.", "Tolland", "and", "Anna", "B.", "Vale", ",", "born", "in",
        "Oslo", "."]


def test_a_sentence_ends_at_an_abbreviation_before_a_pronoun_or_a_determiner() -> None:
    """Punkt took "Corp." for an abbreviation inside a sentence and the two sentences for
    one; a title's stop before a name stays inside its sentence."""
    body = ("The deal was signed by Brightwater Corp. Its shares rose. They moved to the "
            "U.S. We stayed. Mrs. Hale met Dr. Ruiz. The talks went well at Kettle Inc. "
            "This year.")
    spans = sentence_spans(body, ((0, len(body)),))
    assert [body[s:e] for s, e in spans] == [
        "The deal was signed by Brightwater Corp.", "Its shares rose.",
        "They moved to the U.S.", "We stayed.", "Mrs. Hale met Dr. Ruiz.",
        "The talks went well at Kettle Inc.", "This year."]


def test_a_sentence_ends_at_a_capital_letter_before_a_pronoun_or_a_determiner() -> None:
    """"named after a V. The names": Punkt took the letter for an initial and the two
    sentences for one; an initial before a name's word stays inside its sentence."""
    body = ("The boat was named after the letter V. The names were painted in red. "
            "Plan B. It failed. Ask Anna B. Vale and J. K. Tolland. They know the way.")
    spans = sentence_spans(body, ((0, len(body)),))
    assert [body[s:e] for s, e in spans] == [
        "The boat was named after the letter V.", "The names were painted in red.",
        "Plan B.", "It failed.", "Ask Anna B. Vale and J. K. Tolland.", "They know the way."]


def test_an_abbreviation_after_a_leading_stop_keeps_its_full_stop() -> None:
    """The search for a letter's full stop starts at the first stop (speed): a stop
    that opens the text, or ends an earlier word, still leaves a later "Dr." whole."""
    assert _tokens(".Dr. Lin waved.") == [".", "Dr.", "Lin", "waved", "."]
    assert _tokens("Wait... Dr. Lin waved.") == ["Wait", "...", "Dr.", "Lin", "waved", "."]
    assert _tokens("No stop here") == ["No", "stop", "here"]


@given(st.text(alphabet=' "abc.,(\'’', max_size=30))
def test_tagger_forms_from_texts_match_those_from_the_body(text: str) -> None:
    """Given the tokens' texts, the forms are the same as read from the body: a straight
    quote still takes its side from the characters beside it."""
    spans = word_spans(text)
    texts = [text[s:e] for s, e in spans]
    assert tagger_forms(text, spans, tagger_form, texts) == tagger_forms(text, spans)
