"""What the stylesheet works out as an article opens (issue 8: each pass over a widget is
time the learner waits): the article's view is styled once, focused."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from reader_steps import SIZE, open_article, settle
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode

from reader.app import ReaderApp
from reader.widgets.article_view import ArticleView

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


async def test_the_article_view_is_styled_once_and_focused(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        styled: Counter[str] = Counter()
        apply = Stylesheet.apply

        def counted(self: Stylesheet, node: DOMNode, **options: object) -> None:
            styled[type(node).__name__] += 1
            apply(self, node, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(Stylesheet, "apply", counted)
        screen = await open_article(pilot)
        view = screen.query_one(ArticleView)
        assert screen.focused is view and view.has_focus
        assert "focus" in view.pseudo_classes
        assert view.styles.background_tint.a > 0  # ArticleView:focus's tint
        assert styled["ArticleView"] == 1
