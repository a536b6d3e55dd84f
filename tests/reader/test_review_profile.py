"""A review from the library words its questions for the learner's level, as an
article's quiz does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from reader_steps import FIXED_NOW, SIZE, settle

import vocab.quiz_words
from reader.app import ReaderApp
from reader.screens.quiz import QuizScreen
from vocab.models import Level

pytestmark = pytest.mark.anyio


async def test_a_review_is_worded_for_the_learners_level(
    make_app: Callable[[], ReaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    app.store.set_setting("level", Level.C1.value)
    app.store.add_to_review(
        "bloc",
        "NOUN",
        FIXED_NOW - timedelta(days=2),
        word="bloc",
        sentence="Russia worries about the NATO bloc.",
        definition="a group of countries connected by treaty",
    )
    seen: list[Any] = []
    made = vocab.quiz_words.review_quiz

    def recorded(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs.get("profile"))
        return made(*args, **kwargs)

    monkeypatch.setattr(vocab.quiz_words, "review_quiz", recorded)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, QuizScreen)
    assert seen, "the review was made"
    assert seen[0] is not None and seen[0].level is Level.C1
