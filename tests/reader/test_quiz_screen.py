"""The quiz screen: taken with keys, answers saved at once, FSRS state kept after a restart."""

from __future__ import annotations

import random
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from reader_steps import FIXED_NOW, SIZE, open_article, settle
from rich.console import Console
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from reader.app import ReaderApp
from reader.screens.quiz import QuizScreen, nothing_due, option_prompt
from vocab.articles import load_article
from vocab.engine import Engine
from vocab.models import WordStatus
from vocab.quiz_items import QuizItem, QuizWord
from vocab.quiz_words import article_quiz

pytestmark = pytest.mark.anyio

VOA_SEED = Path(__file__).resolve().parents[2] / "seeds" / "004_365fc8dcfed9d6e0.txt"


def _cards(store_path: Path) -> dict[str, tuple[str, str]]:
    """lemma -> (FSRS state, due) as saved in the learner's file."""
    with sqlite3.connect(store_path) as db:
        rows = db.execute("SELECT lemma, state, due FROM review_cards").fetchall()
    return {lemma: (state, due) for lemma, state, due in rows}


async def _ready(app: ReaderApp, pilot: Pilot) -> QuizScreen:
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, QuizScreen)
    assert screen.session is not None, screen.query_one("#progress", Static).render()
    return screen


async def _review(app: ReaderApp, pilot: Pilot) -> QuizScreen:
    """A review from the library (`v`), ready."""
    await settle(pilot)
    await pilot.press("v")
    return await _ready(app, pilot)


async def _article_quiz(app: ReaderApp, pilot: Pilot) -> QuizScreen:
    """The first article's quiz, from its reading screen (`z`), ready."""
    await open_article(pilot)
    await settle(pilot)
    await pilot.press("z")
    return await _ready(app, pilot)


async def _answer(pilot: Pilot, screen: QuizScreen, right: bool,
                  feedback: dict[str, str] | None = None) -> str:
    """Answer the current question right or wrong with the keys; returns its lemma
    (and puts the feedback's first line in ``feedback[""]``)."""
    session = screen.session
    assert session is not None and session.current is not None
    item = session.current
    target = item.targets[session.part]
    if item.type == "spelling":
        await pilot.press(*(item.answer if right else "zzzz"), "enter")
    else:
        key = item.matches[session.part] if item.type == "matching" else item.answer_index
        assert key is not None
        if not right:
            key = next(k for k in range(len(item.options))
                       if k != key and k not in session.taken)
        await pilot.press(str(key + 1))
    await pilot.pause()
    assert screen.answered
    shown = str(screen.query_one("#feedback", Static).render())
    assert ("Right!" in shown) == right
    assert target.definition in shown
    if feedback is not None:
        feedback[""] = shown.splitlines()[0]
    await pilot.press("enter")
    await pilot.pause()
    return target.lemma


async def test_after_an_answer_the_keys_scroll_a_page_taller_than_the_terminal(
    make_app: Callable[[], ReaderApp],
) -> None:
    app = make_app()
    app.store.add_article(load_article(VOA_SEED))
    async with app.run_test(size=(80, 14)) as pilot:
        screen = await _article_quiz(app, pilot)
        session = screen.session
        assert session is not None and session.current is not None
        item = session.current
        if item.type == "spelling":
            await pilot.press(*"zzzz", "enter")
        else:
            key = item.matches[0] if item.type == "matching" else item.answer_index
            assert key is not None
            await pilot.press(str((key + 1) % len(item.options) + 1))
        # As the learner sees it once the answer's work is done (on a busy machine one
        # pause measured the page before the scroll that follows a refresh).
        await settle(pilot)
        body = screen.query_one("#quiz-body", VerticalScroll)
        assert app.focused is body and body.max_scroll_y > 0
        # The feedback is what the learner reads next: its top is on screen, at the top
        # when it does not all fit.
        feedback = screen.query_one("#feedback").virtual_region
        top, shown = feedback.y, body.scrollable_content_region.height
        assert body.scroll_y <= top < body.scroll_y + shown
        # The questions come in random order: a short feedback at the end of the page
        # fits below a view scrolled as far as it goes.
        fits = body.scroll_y == body.max_scroll_y and feedback.bottom <= body.scroll_y + shown
        assert top - body.scroll_y <= 1 or fits  # at most its margin above it
        await pilot.press("home")
        assert body.scroll_y == 0
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y


async def test_article_quiz_from_the_reader_is_saved_and_survives_a_restart(
    make_app: Callable[[], ReaderApp], store_path: Path
) -> None:
    app = make_app()
    article_id = app.store.add_article(load_article(VOA_SEED))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _article_quiz(app, pilot)
        assert screen.mode == "article"
        right = await _answer(pilot, screen, right=True)
        wrong = await _answer(pilot, screen, right=False)
        assert screen.session is not None
        assert [r.correct for r in screen.session.results] == [True, False]

    again = make_app()
    answers = again.store.answers()
    assert [(a.answer.lemma, a.answer.correct) for a in answers] == [(right, True), (wrong, False)]
    assert all(a.answer.article_id == article_id for a in answers)
    assert again.store.status_of(wrong, answers[1].answer.upos) is WordStatus.LEARNING
    cards = _cards(store_path)
    assert cards[right][0] in {"learning", "review"}
    assert cards[wrong][0] in {"learning", "relearning"}
    assert cards[wrong][1] <= cards[right][1], "a wrong answer brings the word back sooner"


async def test_an_answer_about_a_story_another_app_deleted_is_saved(
    make_app: Callable[[], ReaderApp], store_path: Path
) -> None:
    """Two apps on one data dir: the other deletes the story this one is quizzing. The
    answer is saved, without the story, and the quiz goes on; the app had exited with
    "reader: internal error (IntegrityError)" and lost the answer (QA walk-through)."""
    from vocab.store import Store

    app = make_app()
    article_id = app.store.add_article(load_article(VOA_SEED))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _article_quiz(app, pilot)
        with Store.open(store_path) as other:
            other.delete_article(article_id)
        lemma = await _answer(pilot, screen, right=False)
        assert app.is_running and app.screen is screen
        [answer] = app.store.answers()
        assert (answer.answer.lemma, answer.answer.article_id) == (lemma, None)


async def test_review_from_the_library_asks_the_due_words_and_ends_with_a_summary(
    make_app: Callable[[], ReaderApp], store_path: Path
) -> None:
    app = make_app()
    article = load_article(VOA_SEED)
    article_id = app.store.add_article(article)
    saved = {
        "bloc": ("NOUN", "the NATO bloc.", "a group of countries connected by treaty"),
        "counter": ("VERB", "to counter U.S. and Western influence", ""),
        "safeguard": ("VERB", "to more effectively safeguard the security interests", ""),
    }
    earlier = FIXED_NOW - timedelta(days=2)
    for lemma, (upos, sentence, definition) in saved.items():
        app.store.add_to_review(lemma, upos, earlier, word=lemma, sentence=sentence,
                                article_id=article_id, definition=definition)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        screen = await _ready(app, pilot)
        assert screen.mode == "review"
        assert screen.session is not None
        asked = {t.lemma for item in screen.session.items for t in item.targets}
        assert asked & set(saved)
        first = screen.session.items[0].targets[0].lemma
        assert first in saved, "the due words come first"
        missed = []
        while screen.session.current is not None:
            right = len(screen.session.results) % 2 == 0
            lemma = await _answer(pilot, screen, right=right)
            if not right:
                missed.append(lemma)
        summary = str(screen.query_one("#summary", Static).render())
        assert "Score:" in summary
        assert str(screen.query_one("#progress", Static).render()) == "Review finished"
        for lemma in missed:
            assert lemma in summary
        given = len(screen.session.results)
    assert len(make_app().store.answers()) == given


async def review_with_none_due(app: ReaderApp, pilot: Pilot) -> str:
    """What Review says when it has no question to ask."""
    await settle(pilot)
    await pilot.press("v")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, QuizScreen) and screen.session is None
    # Only what is said shows: no empty sentence box, no options.
    assert [w.id for w in screen.query("#quiz-body > *") if w.display] == ["progress", "summary"]
    # The box says what is next, not only "Press Escape to go back." under a muted
    # line (it read as an empty box): the reason opens it, and the way back ends it.
    summary = str(screen.query_one("#summary", Static).render())
    assert summary.endswith("Press Escape to go back.")
    assert str(screen.query_one("#progress", Static).render()) == "Review"
    return summary


async def test_no_due_words_says_so(make_app: Callable[[], ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert (await review_with_none_due(app, pilot)).startswith("No words are due")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, QuizScreen)


async def test_words_due_later_say_when_they_come_back(
    make_app: Callable[[], ReaderApp],
) -> None:
    app = make_app()
    app.store.add_to_review("bloc", "NOUN", FIXED_NOW + timedelta(minutes=45), word="bloc")
    async with app.run_test(size=SIZE) as pilot:
        said = await review_with_none_due(app, pilot)
        assert said.startswith("No words are due yet. The next one comes back in 45 min (")
        # ...and how to add more meanwhile.
        assert "To add words, open an article and press r on a word" in said


async def test_a_word_due_in_a_few_minutes_is_asked_now(
    make_app: Callable[[], ReaderApp],
) -> None:
    # A learning step after a wrong answer brings a word back in minutes: reviewing
    # now asks it (learn ahead), rather than a review of one question each minute.
    app = make_app()
    app.store.add_to_review("bloc", "NOUN", FIXED_NOW + timedelta(minutes=10), word="bloc",
                            sentence="the NATO bloc.",
                            definition="a group of countries connected by treaty")
    async with app.run_test(size=SIZE) as pilot:
        screen = await _review(app, pilot)
        assert screen.session is not None
        assert {t.lemma for item in screen.session.items for t in item.targets} == {"bloc"}


@pytest.fixture
def utc_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC, so the times said are known."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_nothing_due_says_when_the_next_word_is(utc_clock: None) -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
    assert nothing_due(None, now).startswith("No words are due for review.")
    assert nothing_due(now + timedelta(minutes=25), now).endswith("in 25 min (09:25).")
    assert nothing_due(now + timedelta(hours=3), now).endswith("today at 12:00.")
    assert nothing_due(now + timedelta(days=3), now).endswith("on Thu 5 Mar at 09:00.")


def _meaning_item() -> QuizItem:
    """A fixed item, so the picture does not depend on the engine's choices."""
    sentence = "Putin’s foreign policy advisor said Putin spoke about the NATO bloc."
    bloc = QuizWord("bloc", "NOUN", "bloc", "NN", sentence,
                    "a group of countries that are connected by treaty or agreement",
                    start=sentence.index("bloc"))
    options = ("boycott", "bloc", "broadcaster", "initiative")
    return QuizItem("meaning", f"Which word means “{bloc.definition}”?", "", (bloc,),
                    options=options, answer_index=1, answer="bloc",
                    option_sources=tuple((o, "") for o in options))


def test_feedback_after_a_wrong_answer_snapshot(
    snap_compare: Callable[..., bool], make_app: Callable[[], ReaderApp]
) -> None:
    """Question 1 of 1 · Meaning: the definition as the prompt; the four options with
    "✓ 2. bloc" marked right and "✗ 1. boycott" marked wrong; below, a red-bordered
    box: "Not quite. The answer is: bloc", then "bloc – a group of countries…",
    "In the article: Putin’s foreign policy advisor…" and "Press Enter to see your
    score." (the only question); the Footer shows Esc Close and ⏎ Next (the number
    keys are gone)."""

    async def answer_wrong(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.app.push_screen(QuizScreen(items=[_meaning_item()]))
        await settle(pilot)
        await pilot.press("1")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=answer_wrong)


async def _open_quiz(app: ReaderApp, pilot: Pilot, items: list[QuizItem]) -> QuizScreen:
    await settle(pilot)
    await app.push_screen(QuizScreen(items=items))
    screen = await _ready(app, pilot)
    return screen


async def test_arrows_and_enter_answer_too(make_app: Callable[[], ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_quiz(app, pilot, [_meaning_item()])
        # Nothing is highlighted until the learner moves: Down to option 1, then 2, "bloc".
        assert screen.query_one("#options", OptionList).highlighted is None
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session is not None and not screen.session.results
        assert any("Press the number of your answer" in str(n.message)
                   for n in app._notifications)
        # Enter again while the hint shows adds no second one over the question (they
        # piled up, QA walk-through).
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert sum("Press the number of your answer" in str(n.message)
                   for n in app._notifications) == 1
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert screen.session is not None and screen.session.results[0].correct
        await pilot.press("enter")
        await pilot.pause()
        assert "Score: 1 of 1" in str(screen.query_one("#summary", Static).render())
    [saved] = make_app().store.answers()
    assert (saved.answer.lemma, saved.answer.item_type, saved.answer.correct) == (
        "bloc", "meaning", True)


async def test_a_typo_in_spelling_shows_the_near_miss(make_app: Callable[[], ReaderApp]) -> None:
    sentence = "He knew how to make the soil better."
    soil = QuizWord("soil", "NOUN", "soil", "NN", sentence, "the top layer of the earth",
                    start=sentence.index("soil"))
    item = QuizItem("spelling", "Type the word that means “the top layer of the earth”.",
                    soil.blanked(), (soil,), answer="soil", accepted=("soil",))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_quiz(app, pilot, [item])
        await pilot.press("s", "o", "i", "k", "enter")
        await pilot.pause()
        feedback = str(screen.query_one("#feedback", Static).render())
        assert "Not quite" in feedback and "Nearly: you typed “soik”" in feedback
    [saved] = make_app().store.answers()
    assert (saved.answer.given, saved.answer.correct) == ("soik", False)


@pytest.fixture
def matching_item(engine: Engine) -> QuizItem:
    analysis = engine.analyse(load_article(VOA_SEED))
    [item] = article_quiz(engine, analysis, rng=random.Random(2), n=1, types=("matching",))
    return item


async def test_matching_takes_one_answer_per_word(
    make_app: Callable[[], ReaderApp], matching_item: QuizItem
) -> None:
    item = matching_item
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_quiz(app, pilot, [item])
        for part in range(item.parts):
            assert item.targets[part].shown in str(screen.query_one("#prompt", Static).render())
            await _answer(pilot, screen, right=part != 0)
        assert screen.session is not None and screen.session.finished
        assert screen.session.score == (item.parts - 1, item.parts)
    saved = make_app().store.answers()
    assert [a.answer.lemma for a in saved] == [t.lemma for t in item.targets]
    assert [a.answer.correct for a in saved] == [False, True, True, True, True]


async def test_a_matching_word_met_first_in_its_sentence_is_asked_in_lower_case(
    make_app: Callable[[], ReaderApp], matching_item: QuizItem
) -> None:
    """"Which meaning matches “Corruption”?": the word had opened its sentence, and the
    other four were asked in lower case (QA walk-through)."""
    from dataclasses import replace

    first = matching_item.targets[0]
    capital = replace(first, form=first.form.capitalize())
    item = replace(matching_item, targets=(capital, *matching_item.targets[1:]))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_quiz(app, pilot, [item])
        prompt = str(screen.query_one("#prompt", Static).render())
        assert f"matches “{first.form.lower()}”?" in prompt


async def test_a_matched_meaning_is_not_offered_again(
    make_app: Callable[[], ReaderApp], matching_item: QuizItem
) -> None:
    item = matching_item
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_quiz(app, pilot, [item])
        await _answer(pilot, screen, right=False)  # then Enter: the second word
        first_meaning = item.matches[0]
        options = screen.query_one("#options", OptionList)
        matched = options.get_option_at_index(first_meaning)
        assert matched.disabled
        assert f"{first_meaning + 1}. {item.targets[0].shown}: " in _plain(matched.prompt)
        assert options.highlighted != first_meaning
        await pilot.press(str(first_meaning + 1))  # its number is no answer now
        await pilot.pause()
        assert not screen.answered and screen.session is not None
        assert screen.session.part == 1 and len(screen.session.results) == 1
        told = [str(n.message) for n in app._notifications]
        assert told[-1] == f"That meaning is matched already, to “{item.targets[0].shown}”."
        # Said below the meanings too, until the learner answers (a notice in the corner
        # was missed, QA walk-through).
        feedback = screen.query_one("#feedback", Static)
        assert feedback.display and told[-1] in str(feedback.render())
        assert f"Choose another meaning for “{item.targets[1].shown}”" in str(feedback.render())


async def test_pressing_a_matched_meaning_again_does_not_stack_its_notice(
    make_app: Callable[[], ReaderApp], matching_item: QuizItem
) -> None:
    """Each press of a matched meaning's number had added the same notice, and they
    piled up over the feedback (QA walk-through): one shows while it lasts."""
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await _open_quiz(app, pilot, [matching_item])
        await _answer(pilot, screen, right=True)
        for _ in range(3):
            await pilot.press(str(matching_item.matches[0] + 1))
            await pilot.pause()
        await settle(pilot)
        told = [str(n.message) for n in app._notifications]
        assert len([message for message in told if "matched already" in message]) == 1
        assert len(list(screen.query("Toast"))) == 1


@pytest.mark.parametrize("size", [(80, 24), SIZE])
async def test_the_matched_already_notice_is_on_screen_and_not_covered(
    make_app: Callable[[], ReaderApp], matching_item: QuizItem, size: tuple[int, int]
) -> None:
    """At 80x24 the notice below the meanings was covered by the toast that says it
    too (QA walk-through): the notice is all on screen, and nothing is over it."""
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await _open_quiz(app, pilot, [matching_item])
        await _answer(pilot, screen, right=True)
        await pilot.press(str(matching_item.matches[0] + 1))
        await settle(pilot)
        await pilot.pause(0.2)  # the toast's arrival, and the scroll after the refresh
        assert list(screen.query("Toast")), "the notice is said in a toast too"
        feedback = screen.query_one("#feedback", Static)
        assert "That meaning is matched already" in str(feedback.render())
        region = feedback.region
        assert region.area and screen.region.contains_region(region)
        covering = {type(widget).__name__ for y in range(region.y, region.bottom)
                    for x in range(region.x, region.right)
                    if (widget := app.get_widget_at(x, y)[0]) is not feedback}
        assert covering == set()


@pytest.mark.parametrize("right", [True, False])
async def test_a_matching_answers_feedback_is_all_on_screen_at_80x24(
    make_app: Callable[[], ReaderApp], matching_item: QuizItem, right: bool
) -> None:
    """At 80x24 the feedback of a matching question fell below the screen: the learner
    had to scroll to see "Press Enter" (QA walk-through). All of it is in view, and no
    notice covers it."""
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await _open_quiz(app, pilot, [matching_item])
        for part in range(2):
            key = matching_item.matches[part]
            if not right:
                key = next(k for k in range(len(matching_item.options))
                           if k != key and k not in screen.session.taken)  # type: ignore[union-attr]
            await pilot.press(str(key + 1))
            await settle(pilot)
            await pilot.pause(0.2)
            feedback = screen.query_one("#feedback", Static)
            assert "Press Enter" in str(feedback.render())
            body = screen.query_one("#quiz-body", VerticalScroll)
            region = feedback.region
            assert region.area and body.region.contains_region(region), (region, body.region)
            covering = {type(widget).__name__ for y in range(region.y, region.bottom)
                        for x in range(region.x, region.right)
                        if (widget := app.get_widget_at(x, y)[0]) is not feedback}
            assert covering == set()
            await pilot.press("enter")
            await settle(pilot)


async def test_the_feedback_says_what_enter_brings_next(
    make_app: Callable[[], ReaderApp], matching_item: QuizItem
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_quiz(app, pilot, [matching_item, _meaning_item()])
        said = []
        while screen.session is not None and not screen.session.finished:
            session = screen.session
            item = session.current
            assert item is not None
            key = item.matches[session.part] if item.type == "matching" else item.answer_index
            assert key is not None
            await pilot.press(str(key + 1))
            await pilot.pause()
            said.append(str(screen.query_one("#feedback", Static).render()).splitlines()[-1])
            await pilot.press("enter")
            await pilot.pause()
        words = matching_item.parts
        assert said == (["Press Enter for the next word."] * (words - 1)
                        + ["Press Enter for the next question.", "Press Enter to see your score."])


def _plain(renderable: object) -> str:
    console = Console(width=200, record=True)
    console.print(renderable)
    return console.export_text()


def test_a_long_choice_wraps_under_its_text_not_its_number() -> None:
    console = Console(width=30, record=True)
    console.print(option_prompt(3, "a group of countries connected by treaty or common goals",
                                mark="✓ "))
    lines = console.export_text().splitlines()
    assert lines[0].startswith("✓ 3. a group of")
    assert len(lines) > 1
    assert all(line.startswith(" " * len("✓ 3. ")) and line[len("✓ 3. ")] != " "
               for line in lines[1:])


async def test_a_second_enter_that_follows_the_first_does_not_answer_the_next_question(
    make_app: Callable[[], ReaderApp],
) -> None:
    """Enter, Enter after the feedback ("Press Enter for the next question") answered
    the next question with its first option, a wrong answer saved (QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_quiz(app, pilot, [_meaning_item(), _meaning_item()])
        await pilot.press("2")  # right
        await pilot.press("enter")
        await pilot.pause(1.0)  # a slower second Enter answered too, once a guard was timed
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session is not None and len(screen.session.results) == 1
        assert not screen.answered
        await pilot.press("down", "down", "enter")  # moving to an option and choosing it answers
        await pilot.pause()
        assert len(screen.session.results) == 2 and screen.session.results[1].correct


async def test_a_finished_review_says_how_many_more_are_due_and_v_goes_on(
    make_app: Callable[[], ReaderApp],
) -> None:
    """A review stopped after its batch with nothing said, while Progress showed 25
    more due now (QA walk-through)."""
    app = make_app()
    article_id = app.store.add_article(load_article(VOA_SEED))
    saved = {"bloc": ("NOUN", "the NATO bloc."), "counter": ("VERB", "to counter U.S. influence"),
             "safeguard": ("VERB", "to more effectively safeguard the security interests")}
    for lemma, (upos, sentence) in saved.items():
        app.store.add_to_review(lemma, upos, FIXED_NOW - timedelta(days=2), word=lemma,
                                sentence=sentence, article_id=article_id)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await app.push_screen(QuizScreen("review", length=2))
        screen = await _ready(app, pilot)
        assert screen.session is not None
        while screen.session.current is not None:
            await _answer(pilot, screen, right=True)
        asked = {t.lemma for item in screen.session.items for t in item.targets}
        summary = str(screen.query_one("#summary", Static).render())
        left = len(saved) - len(asked)
        assert "1 more word is due now: press v to go on." in summary and left == 1
        # Nothing missed: no word of missed words coming back (QA walk-through).
        assert "Words you missed: none" in summary and "missed words" not in summary
        await pilot.press("v")
        following = await _ready(app, pilot)
        assert following is not screen and following.session is not None
        assert {t.lemma for item in following.session.items for t in item.targets} \
            == set(saved) - asked
        while following.session.current is not None:
            await _answer(pilot, following, right=True)
        summary = str(following.query_one("#summary", Static).render())
        assert "No more words are due now." in summary and "press v" not in summary


def test_feedback_shows_the_articles_sentence_only_when_the_question_did_not() -> None:
    """After "What does 'bloc' mean in this sentence?" the feedback repeated the
    sentence just shown (QA walk-through); after a gap, the whole sentence is new."""
    from dataclasses import replace

    from reader.commands.quiz import feedback_lines
    from reader.screens.quiz import feedback_text
    from vocab.quiz_answers import AnswerCheck

    sentence = "Putin spoke about threats from the NATO bloc."
    bloc = QuizWord("bloc", "NOUN", "bloc", "NN", sentence, "a group of countries")
    verdict = AnswerCheck(False, "a shop", "a group of countries", bloc)
    asked_in_it = QuizItem("word", "What does “bloc” mean in this sentence?", sentence,
                           (bloc,), options=("a shop", "a group of countries"),
                           answer_index=1, answer="a group of countries")
    gap = replace(asked_in_it, type="cloze", sentence=sentence.replace("bloc", "_____"))
    assert "In the article" not in str(feedback_text(verdict, shown=asked_in_it.sentence))
    assert "In the article" in str(feedback_text(verdict, shown=gap.sentence))
    assert not any("In the article" in line for line in feedback_lines(asked_in_it, verdict))
    assert any("In the article" in line for line in feedback_lines(gap, verdict))


def _spelling_item() -> QuizItem:
    sentence = "The fire sent flames high into the sky."
    flames = QuizWord("flame", "NOUN", "flames", "NNS", sentence,
                      "the process of combustion of inflammable materials",
                      start=sentence.index("flames"))
    return QuizItem("spelling", f"Type the word that means “{flames.definition}”.",
                    flames.blanked(), (flames,), answer="flames", accepted=("flames",))


async def test_typing_on_after_a_typed_answer_triggers_no_shortcut(
    make_app: Callable[[], ReaderApp],
) -> None:
    """After "flame" and Enter, the learner typing on ("flames", then digits and Enter)
    opened Settings with the "s" and set the level to A1 (QA walk-through): the
    feedback stays until Enter, whatever is typed, and the app's letters are off in the
    quiz, whatever the question."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        level = app.profile.level
        screen = await _open_quiz(app, pilot, [_spelling_item(), _meaning_item()])
        await pilot.press(*"flame", "enter")
        await pilot.pause()
        assert screen.answered
        await pilot.press(*"flames q n v 1 2 ?")
        await pilot.pause()
        assert app.screen is screen and screen.answered
        assert screen.session is not None and len(screen.session.results) == 1
        assert "s" not in screen.active_bindings  # nor shown in the key bar
        await pilot.press("enter")  # the next question: a choice
        await pilot.pause()
        assert app.screen is screen and not screen.answered
        await pilot.press("s", "3")  # "s" is no answer and opens nothing
        await pilot.pause()
        assert app.screen is screen and screen.answered
        assert not screen.session.results[1].correct
        assert app.profile.level == level and app.store.get_setting("level") is None


async def test_every_question_type_names_the_answer_after_a_wrong_one(
    make_app: Callable[[], ReaderApp], engine: Engine
) -> None:
    """"What does 'bloc' mean?" answered wrong said only "Not quite." where the other
    questions said "Not quite. The answer is: ..." (QA walk-through)."""
    from vocab.quiz import ITEM_TYPES

    analysis = engine.analyse(load_article(VOA_SEED))
    items = [item for kind in ITEM_TYPES
             for item in article_quiz(engine, analysis, rng=random.Random(3), n=1,
                                      types=(kind,))]
    assert {item.type for item in items} == set(ITEM_TYPES)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_quiz(app, pilot, items)
        said: dict[str, str] = {}
        while screen.session is not None and screen.session.current is not None:
            kind = screen.session.current.type
            shown: dict[str, str] = {}
            await _answer(pilot, screen, right=False, feedback=shown)
            said.setdefault(kind, shown[""])  # a matching question's first word
        assert set(said) == set(ITEM_TYPES)
        assert all(line.startswith("Not quite. The answer is") for line in said.values()), said


async def test_escape_mid_quiz_asks_first_once_a_question_is_answered(
    make_app: Callable[[], ReaderApp],
) -> None:
    """Esc in the middle of a quiz closed it at once, with no score (QA walk-through):
    with an answer given and questions left, it asks; with none given, or the quiz
    done, it closes."""
    from reader.screens.dialogs import ConfirmDialog

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open_quiz(app, pilot, [_meaning_item(), _meaning_item()])
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (QuizScreen, ConfirmDialog)), "nothing answered"

        screen = await _open_quiz(app, pilot, [_meaning_item(), _meaning_item()])
        await _answer(pilot, screen, right=True)
        await pilot.press("escape")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert dialog.question == "Leave the quiz? Your 1 answer is saved."
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen and screen.session is not None
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert not isinstance(app.screen, (QuizScreen, ConfirmDialog))

        screen = await _open_quiz(app, pilot, [_meaning_item()])
        await _answer(pilot, screen, right=False)
        assert screen.session is not None and screen.session.finished
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, (QuizScreen, ConfirmDialog)), "the quiz is done"


async def test_a_word_no_question_can_ask_is_a_card_the_learner_grades(
    make_app: Callable[[], ReaderApp],
) -> None:
    """A due "slippery" (its meaning names "slip") was never asked: "2 more words are
    due now: press v", then "The words due could not be made into questions" (QA
    walk-through). It is asked as "Do you remember...?", and a "No" is the learner's
    own answer: marked as chosen, not as wrong, with the meaning shown."""
    app = make_app()
    app.store.add_to_review("slippery", "ADJ", FIXED_NOW - timedelta(days=1), word="slippery",
                            sentence="Wet leaves made the mountain path slippery.",
                            definition="causing or tending to cause things to slip or slide")
    async with app.run_test(size=SIZE) as pilot:
        screen = await _review(app, pilot)
        assert screen.session is not None
        [item] = screen.session.items
        assert str(screen.query_one("#progress", Static).render()).endswith("· Remember")
        await pilot.press("2")
        await pilot.pause()
        feedback = str(screen.query_one("#feedback", Static).render())
        assert "comes back sooner" in feedback and "Not quite" not in feedback
        assert "slip or slide" in feedback
        options = screen.query_one("#options", OptionList)
        shown = [_plain(options.get_option_at_index(i).prompt) for i in range(2)]
        assert shown[1].startswith("→") and "✗" not in " ".join(shown)
    assert [(a.answer.item_type, a.answer.correct) for a in make_app().store.answers()] \
        == [("recall", False)]


def test_feedback_names_the_word_as_a_dictionary_does() -> None:
    """After a question on "Shoppers" (a sentence's first word) the feedback read
    "Shoppers – someone who visits stores…", after one on "residents" "residents –
    someone who lives…", after "donated" "donated – give to…" (QA walk-through): a
    definition of one person or an infinitive under a plural, a capital or a past
    tense. The word is named as the glossary names it; a capital kept mid-sentence
    is the word's own."""
    from reader.commands.quiz import feedback_lines
    from reader.screens.quiz import feedback_text
    from vocab.quiz_answers import AnswerCheck

    def shown_after(lemma: str, form: str, sentence: str, definition: str) -> tuple[str, str]:
        word = QuizWord(lemma, "NOUN", form, "NNS", sentence, definition,
                        start=sentence.index(form))
        verdict = AnswerCheck(True, definition, definition, word)
        item = QuizItem("word", f"What does “{form}” mean in this sentence?", sentence,
                        (word,), options=("a shop", definition), answer_index=1,
                        answer=definition)
        [line] = [line.strip() for line in feedback_lines(item, verdict) if " – " in line]
        [app_line] = [line for line in str(feedback_text(verdict)).splitlines() if " – " in line]
        return line, app_line

    shoppers = shown_after("shopper", "Shoppers", "Shoppers paid in cash at the stalls.",
                           "someone who visits stores")
    assert shoppers == ("shopper – someone who visits stores",) * 2
    quoted = shown_after("retirement", "Retirement",
                         "\u201cRetirement can be lonely,\u201d he said.",
                         "the state of having stopped work")
    assert quoted[0].startswith("retirement – ")
    donated = shown_after("donate", "donated", "A bank donated the money.",
                          "give to a charity")
    assert donated[1] == "donate – give to a charity"
    european = shown_after("european", "European", "Many European cities have trams.",
                           "of or relating to Europe")
    assert european[0] == "European – of or relating to Europe"


async def test_a_practice_is_called_practice_not_review(
    make_app: Callable[[], ReaderApp]
) -> None:
    """Your words' p practises words that are not due: the screen was titled "Review"
    and ended "Review finished", as a due review does (QA). It says Practice, and a
    due review still says Review."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await app.push_screen(QuizScreen("practice", items=[_meaning_item()]))
        screen = await _ready(app, pilot)
        assert screen.sub_title == "Practice"
        await pilot.press("2")  # bloc, right
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert str(screen.query_one("#progress", Static).render()) == "Practice finished"
        summary = str(screen.query_one("#summary", Static).render())
        assert "due now" not in summary and "Review" not in summary


async def test_the_answering_hint_shows_once_through_a_matching_question(
    make_app: Callable[[], ReaderApp], matching_item: QuizItem,
) -> None:
    """On a matching question "Press the number of your answer…" stacked up, several
    copies over the question (QA walk-through): a notice's end comes late on a busy
    machine, after the hint's own four seconds, and Enter then added a copy. The hint's
    clock is moved on here while the first copy still shows."""
    from reader.screens.quiz import AnswerList

    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await _open_quiz(app, pilot, [matching_item])
        counts = []
        for _ in range(3):
            await pilot.press("enter")
            await pilot.pause(0.3)
            screen.query_one(AnswerList)._hinted_at -= 5
            counts.append(sum("Press the number" in str(t.render())
                              for t in screen.query("Toast")))
        assert counts[0] == 1 and max(counts) == 1, counts


def _hold_article_quiz(monkeypatch: pytest.MonkeyPatch,
                       given_up: list[Callable[[], bool]] | None = None) -> threading.Event:
    """An article's quiz made only once the event returned is set (a slow machine);
    each call's ``given_up`` check is put in ``given_up`` when asked."""
    import vocab.quiz_words

    made = threading.Event()
    real = vocab.quiz_words.article_quiz

    def held(*args: object, **kwargs: object) -> list[QuizItem]:
        if given_up is not None:
            given_up.append(kwargs["given_up"])  # type: ignore[arg-type]
        made.wait(20)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(vocab.quiz_words, "article_quiz", held)
    return made


async def test_a_quiz_left_while_being_made_stops_making_it(
    make_app: Callable[[], ReaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """z, esc, z: the first quiz's thread ran on to its end beside the second's, seconds
    of work for a screen gone (walk-through). Left with esc, its maker is told it is
    given up, and a new quiz is not."""
    asked_to_stop: list[Callable[[], bool]] = []
    made = _hold_article_quiz(monkeypatch, asked_to_stop)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("z")
        await pilot.pause(0.5)
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert not isinstance(app.screen, QuizScreen)
        await pilot.press("z")
        await pilot.pause(0.5)
        assert len(asked_to_stop) == 2
        assert asked_to_stop[0]() and not asked_to_stop[1]()
        made.set()
        await _ready(app, pilot)


async def test_a_slow_quiz_says_what_it_is_doing_and_for_how_long(
    make_app: Callable[[], ReaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under load an article's quiz took 10 s and more behind a still "Preparing your
    quiz…" (QA): the line names the step and, from 2 s on, counts the seconds; the
    first question replaces it."""
    made = _hold_article_quiz(monkeypatch)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("z")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        progress = screen.query_one("#progress", Static)
        await pilot.pause(0.5)
        assert str(progress.render()) == \
            "Preparing your quiz: choosing the words and writing the questions…"
        await pilot.pause(2.2)
        counted = re.search(r"questions… (\d+) s$", str(progress.render()))
        assert counted and int(counted[1]) >= 2, str(progress.render())
        made.set()
        screen = await _ready(app, pilot)
        await pilot.pause(1.2)  # a second more: no count comes back over the question
        assert str(progress.render()).startswith("Question 1 of ")


async def test_a_quiz_being_made_shows_no_empty_question_and_esc_leaves_it(
    make_app: Callable[[], ReaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a quiz was made (10-30 s on a loaded machine) an empty sentence's bar showed
    under "Preparing your quiz…", like a box waiting for an answer (walk-through). No
    question's line shows until there is a question; the keys still answer meanwhile:
    ? opens the help, and Esc leaves for the article at once."""
    from reader.screens.help import HelpScreen
    from reader.screens.reading import ReadingScreen

    made = _hold_article_quiz(monkeypatch)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("z")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        await pilot.pause(0.5)
        assert "choosing the words" in str(screen.query_one("#progress", Static).render())
        shown = [w.id for w in screen.query("#prompt, #sentence, #options, #typed") if w.display]
        assert shown == []
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        made.set()  # the quiz made after the learner left it changes nothing
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)


def test_the_preparing_line_names_the_mode_and_counts_from_two_seconds() -> None:
    from reader.screens.quiz import STEP_REVIEW, preparing_line

    assert preparing_line("", 0) == "Preparing your quiz…"
    assert preparing_line(STEP_REVIEW, 1.9, "review") == \
        "Preparing your review: writing the questions on the words due…"
    assert preparing_line("reading the story", 3.4) == \
        "Preparing your quiz: reading the story… 3 s"
