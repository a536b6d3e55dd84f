"""Word details in a learner's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import SIZE, open_details, open_text
from textual.widgets import Static

from reader.app import ReaderApp

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


async def test_the_word_s_dictionary_form_is_called_its_base_form(make_app: AppFactory) -> None:
    """QA walk-through: details read "lemma colleague", a linguist's word a learner had to
    look up. It is "base form colleague", as learners' dictionaries say."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_text(
            pilot,
            "Office news\n\nHer colleagues at the harbour office "
            "planned a party for her retirement.",
        )
        details = await open_details(pilot, "colleagues")
        facts = str(details.query_one("#details-facts", Static).render())
        assert facts.startswith("base form colleague")
        assert "lemma" not in facts
