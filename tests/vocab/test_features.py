"""The measurable signals of a glossary candidate (`vocab.features`)."""

from __future__ import annotations

from vocab.articles import article_from_text
from vocab.engine import Engine
from vocab.features import StoryContext


def _quoted_words(engine: Engine, text: str) -> list[str]:
    """The words of ``text`` the ``quoted`` signal counts as inside quotation marks."""
    analysis = engine.analyse(article_from_text(text))
    quoted = StoryContext.of(analysis).quoted
    return [t.text for i, t in enumerate(analysis.tokens) if i in quoted and t.is_word]


def test_the_words_inside_quotation_marks_are_quoted(engine: Engine) -> None:
    """Curly and straight quotation marks alike; the words around them are not."""
    quoted = _quoted_words(engine, "Garden Day\n\nThe mayor said “plant more trees” on "
                                   'Monday. A gardener added, "water them daily." Then '
                                   "everyone went home.")
    assert quoted == ["plant", "more", "trees", "water", "them", "daily"]


def test_a_quotation_inside_a_quotation_ends_with_it(engine: Engine) -> None:
    """Straight quotation marks inside a straight quotation open and close a quotation
    of their own: 'he asked "why now?" twice' did not end the outer one, and the story
    after its end was counted as quoted to its last word (or as outside, alternately)."""
    quoted = _quoted_words(
        engine, 'River Talk\n\n"My neighbor asked "why now?" twice, and I told him '
                '"because the river is rising." That was all," the farmer said. Later the '
                "farmers repaired the old bridge.\n\nThe bridge opened in the spring.")
    assert "farmer" not in quoted and "repaired" not in quoted and "bridge" not in quoted
    assert {"neighbor", "why", "rising", "all"} <= set(quoted)


def test_a_straight_quote_for_inches_flips_nothing(engine: Engine) -> None:
    """A straight double quote after a number is the inch sign, not a quotation's mark:
    the words after it are no quotation ("12" boards" had made the rest of the story
    quoted)."""
    quoted = _quoted_words(
        engine, 'Workshop Notes\n\nThe carpenter cut 12" boards for the shelves. She sanded '
                "the edges carefully.\n\nThen the shelves were painted blue.")
    assert quoted == []


def test_a_quotation_ends_with_its_paragraph(engine: Engine) -> None:
    """A quotation left open at a paragraph's end ends there: a quotation that goes on
    reopens in the next paragraph, as writers mark it, and a stray mark's reach is its
    paragraph (one unclosed mark had quoted every word after it)."""
    quoted = _quoted_words(
        engine, 'Harbor News\n\nThe captain said, "We waited for the storm to pass.\n\n'
                '"Then we sailed home," she added.\n\nThe harbor reopened on Tuesday.')
    assert "harbor" not in quoted and "reopened" not in quoted and "added" not in quoted
    assert {"waited", "storm", "sailed", "home"} <= set(quoted)


def test_a_curly_quote_of_the_wrong_side_says_its_side_by_its_place(engine: Engine) -> None:
    """A mistyped opening mark after a word and before a space closes the quotation
    ('was “caught“ by'): its glyph had opened a second one, left open to the paragraph's
    end."""
    quoted = _quoted_words(engine, "Launch Day\n\nThe rocket was “caught“ by the tower's "
                                   "metal arms. Engineers cheered loudly.")
    assert quoted == ["caught"]


def test_the_capitalised_share_passes_over_sentence_starts(engine: Engine) -> None:
    """A word capitalised only where it starts a sentence is no name (share 0.0), as
    one never capitalised (its share known without counting its places)."""
    from vocab.candidates import read_candidates
    from vocab.features import _capitalised_share

    analysis = engine.analyse(article_from_text(
        "Harbor Notes\n\nThe shop sold a lantern to every sailor. Lanterns glowed on "
        "the pier. The sailor carried a lantern home, and the pier was quiet."))
    found = {c.lemma: c for c in read_candidates(analysis, engine.senses, engine.words)}
    assert len(found["lantern"].occurrences) == 3
    assert _capitalised_share(analysis, found["lantern"]) == 0.0
    assert _capitalised_share(analysis, found["sailor"]) == 0.0
