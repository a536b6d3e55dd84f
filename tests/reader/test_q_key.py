"""`q` quits the app from the library and the reader; over them (a quiz, a word's
details, progress, feeds, the level test, help, settings) it closes that screen, as
in a pager, so a learner who presses it to leave a quiz is not thrown out of the app."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import SIZE, open_article, settle
from textual import events
from textual.pilot import Pilot
from textual.screen import Screen

from reader.app import ReaderApp
from reader.screens.details import WordDetailsScreen
from reader.screens.feeds import FeedsScreen
from reader.screens.help import HelpScreen
from reader.screens.library import LibraryScreen
from reader.screens.placement import PlacementScreen
from reader.screens.quiz import QuizScreen
from reader.screens.reading import ReadingScreen
from reader.screens.settings import SettingsScreen
from reader.screens.stats import StatsScreen
from vocab.quiz_items import QuizItem, QuizWord

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


async def _q_closes(app: ReaderApp, pilot: Pilot, shown: type[Screen[object]],
                    beneath: type[Screen[object]]) -> None:
    await settle(pilot)
    assert isinstance(app.screen, shown)
    await pilot.press("q")
    await pilot.pause()
    assert app.is_running and app.return_code is None
    assert isinstance(app.screen, beneath)


@pytest.mark.parametrize(("key", "shown"), [
    ("v", QuizScreen), ("S", StatsScreen), ("f", FeedsScreen),
    ("question_mark", HelpScreen), ("s", SettingsScreen),
])
async def test_q_closes_a_screen_opened_from_the_library(
    make_app: AppFactory, key: str, shown: type[Screen[object]]
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await _q_closes(app, pilot, shown, LibraryScreen)
        await pilot.press("q")
    assert app.return_code == 0, "from the library, q still quits"


async def test_q_closes_word_details_and_the_article_quiz(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("n", "enter")
        await _q_closes(app, pilot, WordDetailsScreen, ReadingScreen)
        # A question with options: in a spelling question q is a letter (below).
        await app.push_screen(QuizScreen("article", items=[_meaning_item()]))
        await _q_closes(app, pilot, QuizScreen, ReadingScreen)


def _meaning_item() -> QuizItem:
    sentence = "Leaders of the bloc met on Monday."
    bloc = QuizWord("bloc", "NOUN", "bloc", "NN", sentence, "a group of countries",
                    start=sentence.index("bloc"))
    options = ("boycott", "bloc", "broadcaster", "initiative")
    return QuizItem("meaning", f"Which word means “{bloc.definition}”?", "", (bloc,),
                    options=options, answer_index=1, answer="bloc",
                    option_sources=tuple((o, "") for o in options))


async def test_q_closes_the_level_test(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_open_screen("placement")
        await _q_closes(app, pilot, PlacementScreen, LibraryScreen)


async def test_q_is_a_letter_in_a_spelling_answer(make_app: AppFactory) -> None:
    sentence = "They asked a question."
    word = QuizWord("question", "NOUN", "question", "NN", sentence,
                    "a sentence that asks for an answer", start=sentence.index("question"))
    item = QuizItem("spelling", "Type the word that means “a sentence that asks”.",
                    word.blanked(), (word,), answer="question", accepted=("question",))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await app.push_screen(QuizScreen(items=[item]))
        await settle(pilot)
        await pilot.press(*"question", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen) and screen.session is not None
        assert [result.correct for result in screen.session.results] == [True]


@pytest.mark.parametrize("key", ["a", "v", "f", "question_mark", "s", "S"])
async def test_a_key_pressed_as_the_app_quits_is_ignored(make_app: AppFactory, key: str) -> None:
    """A fast typist's next key, after q, opened a screen the closing app could not
    build: "reader: internal error (NoMatches)" on the way out (QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # Both keys arrive before the app has closed.
        app.post_message(events.Key("q", "q"))
        app.post_message(events.Key(key, "?" if key == "question_mark" else key))
        await pilot.pause()
    assert app.return_code == 0
