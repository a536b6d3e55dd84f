"""What a learner trips on walking through the app (tmux walk-through, session 39)."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reader_steps import article_view, fixed_now, open_article, settle, until
from textual.pilot import Pilot
from textual.widgets import ProgressBar, Static

from reader.app import ReaderApp, create_app
from reader.screens.placement import PlacementOffer, PlacementScreen
from reader.screens.quiz import QuizScreen
from reader.widgets.article_view import ArticleText, ArticleView
from reader.widgets.glossary_panel import GlossaryPanel
from reader.widgets.key_bar import KeyBar
from vocab.engine import Engine
from vocab.lexicon import Lexicon
from vocab.placement import PlacementItem
from vocab.quiz_items import QuizItem, QuizWord
from vocab.store import Store

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


@pytest.mark.parametrize(("start", "end"), [((160, 45), (80, 24)), ((80, 24), (160, 45))])
async def test_the_selected_word_stays_in_view_when_the_terminal_is_resized(
    make_app: AppFactory, start: tuple[int, int], end: tuple[int, int]
) -> None:
    """A narrower terminal wraps the text onto more lines, as the panel does."""
    async with make_app().run_test(size=start) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        view.scroll_to(y=view.max_scroll_y // 2, animate=False)
        await pilot.pause()
        view.focused_token = view.visible_tokens()[-1]
        await pilot.pause()
        assert _in_view(view)
        await pilot.resize_terminal(*end)
        await settle(pilot)
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


async def test_the_level_test_shows_how_far_choosing_its_words_is(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Choosing the words…" took ~15 s under a bar that only said "--%"."""
    import vocab.placement

    halfway, release = threading.Event(), threading.Event()
    real = vocab.placement.build_test

    def held(
        lexicon: Lexicon, rng: random.Random | None = None, **kwargs: Any
    ) -> list[PlacementItem]:
        progress = kwargs.get("progress")
        assert progress is not None
        progress(0.5)
        halfway.set()
        release.wait(10)
        return real(lexicon, rng, **kwargs)

    monkeypatch.setattr(vocab.placement, "build_test", held)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = PlacementScreen(seed=1)
        await app.push_screen(screen)
        await until(pilot, halfway.is_set)
        await pilot.pause(0.1)
        bar = screen.query_one(ProgressBar)
        assert bar.percentage == pytest.approx(0.5)
        assert str(screen.query_one("#placement-word", Static).render()) == "Choosing the words…"
        release.set()
        await settle(pilot)
        # The answers have their own bar (not this one, which read "Choosing the words…
        # 50%", then "0%" as the test began: QA walk-through), with no percentage: the
        # line under it counts the words instead.
        answers = screen.query_one("#placement-progress", ProgressBar)
        assert answers is not bar and not bar.display and answers.display
        assert screen.items and answers.progress == 0 and answers.total == len(screen.items)
        assert not answers.show_percentage
        count = str(screen.query_one("#placement-count", Static).render())
        assert count == f"Word 1 of {len(screen.items)}"
        await pilot.press("y")
        count = str(screen.query_one("#placement-count", Static).render())
        assert count == f"Word 2 of {len(screen.items)}" and answers.progress == 1


async def test_the_offer_chooses_the_words_while_the_learner_reads_it(
    engine: Engine, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words are made ready behind the first-run offer: "y" then starts at once."""
    import vocab.placement

    monkeypatch.setattr(vocab.placement, "_bands_made", {})
    with Store.open(store_path, now=fixed_now) as store:
        app = create_app(
            store=store, engine_loader=lambda: engine, now=fixed_now, offer_placement=True
        )
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, PlacementOffer)
            assert engine.lexicon in vocab.placement._bands_made
