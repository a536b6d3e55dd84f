"""The key bar of each new screen reuses the keys packed for an earlier one with the
same keys, width and styles (issue 8: every article opened packed them again), and
packs them anew when any of those differ."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import SIZE, open_article, open_text, settle

from reader.app import ReaderApp
from reader.widgets.key_bar import KeyBar

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]

STORY = "A Walk by the River\n\nThe river was high after the storm, and the old bridge shook."


async def test_a_new_reading_screen_s_bar_packs_no_keys(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        first = await open_article(pilot)
        drawn = str(first.query_one(KeyBar).render())
        await pilot.press("escape")
        await settle(pilot)
        packed: list[int] = []
        pack = KeyBar._packed_lines

        def counted(self: KeyBar, width: int, *styles: object) -> object:
            packed.append(width)
            return pack(self, width, *styles)  # type: ignore[arg-type]

        monkeypatch.setattr(KeyBar, "_packed_lines", counted)
        second = await open_text(pilot, STORY)
        assert second is not first
        assert str(second.query_one(KeyBar).render()) == drawn
        assert packed == []
        await pilot.resize_terminal(80, SIZE[1])  # another width: packed for it
        await settle(pilot)
        assert packed and set(packed) == {80}
        assert second.query_one(KeyBar).size.height == 2  # two lines below 100 columns
