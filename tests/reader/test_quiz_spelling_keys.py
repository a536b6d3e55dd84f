"""The key bar under a spelling question says how to answer it: Enter checks the
word typed, as the box's placeholder says (the bar showed only "esc Close", and a
learner looked for a key to press)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import SIZE, settle

from reader.app import ReaderApp
from reader.screens.quiz import QuizScreen
from reader.widgets.key_bar import KeyBar
from vocab.quiz_items import QuizItem, QuizWord

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


def _spelling_item() -> QuizItem:
    sentence = "The farmers asked for a subsidy after the storm."
    word = QuizWord(
        "subsidy",
        "NOUN",
        "subsidy",
        "NN",
        sentence,
        "money a government pays to help",
        start=sentence.index("subsidy"),
    )
    return QuizItem(
        "spelling",
        "Type the word that means “money a government pays”.",
        word.blanked(),
        (word,),
        answer="subsidy",
        accepted=("subsidy",),
    )


def _bar_keys(app: ReaderApp) -> list[tuple[str, str]]:
    bar = app.screen.query_one(KeyBar)
    return [
        (binding.key_display or binding.key, binding.description)
        for binding, enabled in bar.shown_bindings()
        if enabled
    ]


async def test_the_bar_shows_enter_while_a_spelling_answer_waits(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await app.push_screen(QuizScreen(items=[_spelling_item()]))
        await settle(pilot)
        assert ("⏎", "Check") in _bar_keys(app)
        await pilot.press(*"subsidy", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen) and screen.session is not None
        assert [result.correct for result in screen.session.results] == [True]
        # Answered: Enter moves on, as the bar then says, and checks nothing.
        keys = _bar_keys(app)
        assert ("⏎", "Check") not in keys and any(d == "Next" for _, d in keys)
