"""What a reading screen makes as an article opens (issue 8: every widget mounted and
styled then is time the learner waits), and that what is left out of the opening
still looks as before once it is needed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import SIZE, open_article, settle
from textual.widgets import OptionList, Static

from reader.app import ReaderApp
from reader.marks import WordMark, word_marks
from reader.widgets.article_view import ArticleText
from reader.widgets.glossary_panel import GlossaryPanel
from reader.widgets.legend import Legend
from vocab.models import LearnerProfile, Level, Token

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


async def test_the_hidden_glossary_panel_is_made_when_first_shown(make_app: AppFactory) -> None:
    """The panel is hidden as an article opens: its title and list are mounted when the
    learner first shows it, title over list as before."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        panel = screen.query_one(GlossaryPanel)
        assert not panel.display
        assert not panel.children
        await pilot.press("g")
        await settle(pilot)
        title, options = panel.children
        assert isinstance(title, Static) and title.has_class("panel-title")
        assert str(title.render()) == "Words in This Story"
        assert isinstance(options, OptionList)
        await pilot.press("escape", "g")  # hidden and shown again: made once
        await settle(pilot)
        assert len(panel.children) == 2


async def test_the_legend_draws_each_band_as_the_text_draws_it(make_app: AppFactory) -> None:
    """The legend has no word styles of its own for the stylesheet to work out: it reads
    the text's, so a band in the legend is its words' style in every highlight style."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        legend, text = screen.query_one(Legend), screen.query_one(ArticleText)
        with pytest.raises(KeyError):
            legend.get_component_styles("word--b2")
        for style in ("background", "underline", "colour"):
            app.mark_style = style
            await settle(pilot)
            for mark in (
                *(WordMark(level) for level in Level),
                WordMark(learning=True),
                WordMark(due=True),
            ):
                assert legend.word_style(mark) == text.word_style(mark)


def _token(text: str, start: int, level: Level, lemma: str = "") -> Token:
    return Token(
        text=text,
        start=start,
        end=start + len(text),
        sentence=0,
        lemma=lemma or text.lower(),
        pos="NN",
        upos="NOUN",
        level=level,
    )


def test_a_word_met_again_at_another_level_is_marked_at_that_level() -> None:
    """Marks are worked out once per kind of token: the same word read at another level
    in context, or as another lemma, is a kind of its own."""
    tokens = (
        _token("drafts", 0, Level.C1),
        _token("drafts", 7, Level.A2),
        _token("drafts", 14, Level.C1),
        _token("drafts", 21, Level.C2, "draftsman"),
    )
    marks = word_marks(tokens, LearnerProfile(level=Level.B1))
    assert sorted(marks) == [0, 2, 3]
    assert marks[0].level is marks[2].level is Level.C1
    assert marks[3].level is Level.C2
