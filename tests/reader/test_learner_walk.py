"""What a learner trips on walking through the app (tmux walk-through, session 39)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import article_view, open_article, settle
from textual.pilot import Pilot

from reader.app import ReaderApp
from reader.screens.quiz import QuizScreen
from reader.widgets.article_view import ArticleText, ArticleView
from reader.widgets.glossary_panel import GlossaryPanel
from reader.widgets.key_bar import KeyBar
from vocab.quiz_items import QuizItem, QuizWord

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


def _word_line(view: ArticleView) -> int:
    """The screen row of the focused word."""
    index = view.focused_token
    assert index is not None
    text = view.query_one(ArticleText)
    return text.region.y + text.position_of(index).y


def _in_view(view: ArticleView) -> bool:
    return view.region.y <= _word_line(view) < view.region.bottom


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (160, 45)])
async def test_the_selected_word_stays_in_view_when_the_glossary_opens_and_closes(
    make_app: AppFactory, size: tuple[int, int]
) -> None:
    """The panel narrows the text, which wraps onto more lines: the word chosen near the
    bottom of the screen went below it, and out of view again when the panel closed."""
    async with make_app().run_test(size=size) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        # The last word on screen: the one the re-wrap pushes furthest down.
        view.focused_token = view.visible_tokens()[-1]
        await pilot.pause()
        assert _in_view(view)
        await pilot.press("g")
        await settle(pilot)
        assert pilot.app.screen.query_one(GlossaryPanel).display
        assert _in_view(view), (_word_line(view), view.region)
        await pilot.press("escape")
        await settle(pilot)
        assert not pilot.app.screen.query_one(GlossaryPanel).display
        assert _in_view(view), (_word_line(view), view.region)


async def test_without_a_word_chosen_the_line_read_stays_at_the_top(make_app: AppFactory) -> None:
    """Scrolled half way with no word chosen, the panel's re-wrap showed other lines."""
    async with make_app().run_test(size=(100, 30)) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        view.scroll_to(y=view.max_scroll_y // 2, animate=False)
        await pilot.pause()
        first = view.visible_tokens()[0]
        assert view.focused_token is None
        await pilot.press("g")
        await settle(pilot)
        assert first in view.visible_tokens()[:12], view.visible_tokens()[:12]


def _meaning_item() -> QuizItem:
    sentence = "The council opened a new library beside the river."
    word = QuizWord(
        "library",
        "NOUN",
        "library",
        "NN",
        sentence,
        "a room or building where books are kept",
        start=sentence.index("library"),
    )
    options = ("bridge", "library", "market", "station")
    return QuizItem(
        "meaning",
        f"Which word means “{word.definition}”?",
        "",
        (word,),
        options=options,
        answer_index=1,
        answer="library",
        option_sources=tuple((o, "") for o in options),
    )


async def _bar(pilot: Pilot) -> str:
    await pilot.pause()
    return str(pilot.app.screen.query_one(KeyBar).render())


async def test_the_quizs_next_key_is_named_as_every_other_bar_names_enter(
    make_app: AppFactory,
) -> None:
    """The quiz's bar said "enter Next" where the reader's says "⏎ Details"."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await app.push_screen(QuizScreen(items=[_meaning_item()]))
        await settle(pilot)
        await pilot.press("2")
        bar = await _bar(pilot)
        assert "⏎ Next" in bar and "enter Next" not in bar, bar
