"""Settings: level, theme and highlight style apply at once and are kept between runs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from reader_steps import SIZE, article_view, open_article, open_settings, settle, tab_order
from textual.color import Color
from textual.pilot import Pilot
from textual.widgets import Select

from reader.app import HIGHLIGHT_STYLES, ReaderApp
from reader.marks import WordMark
from reader.screens.settings import SettingsScreen
from reader.widgets.article_view import ArticleText
from reader.widgets.key_bar import KeyBar
from reader.widgets.legend import Legend
from vocab.models import Level

pytestmark = pytest.mark.anyio


async def choose(pilot: Pilot, select_id: str, values: list[str], value: str) -> None:
    """Pick ``value`` (one of ``values``, in the order shown) in a Select, with keys."""
    select = pilot.app.screen.query_one(f"#{select_id}", Select)
    select.focus()
    steps = values.index(value) - values.index(select.value)
    keys = ["down"] * steps if steps >= 0 else ["up"] * -steps
    await pilot.press("enter", *keys, "enter")
    await pilot.pause()


async def test_settings_apply_at_once_and_survive_a_restart(
    make_app: Callable[[], ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        assert "C2 underlined" in str(app.screen.query_one(Legend).render())
        await pilot.press("s")
        assert isinstance(app.screen, SettingsScreen)
        await choose(pilot, "theme", sorted(app.available_themes), "textual-light")
        await choose(pilot, "highlight", list(HIGHLIGHT_STYLES), "underline")
        await pilot.press("escape")
        await settle(pilot)
        assert app.theme == "textual-light"
        paragraphs = list(article_view(pilot).query(ArticleText))
        assert all(p.has_class("-underline") for p in paragraphs)
        assert app.screen.query_one(Legend).has_class("-underline")
        # Every band is underlined now: the note would set C2 apart by nothing.
        assert "underlined" not in str(app.screen.query_one(Legend).render())

    restarted = make_app()
    async with restarted.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert restarted.theme == "textual-light"
        assert restarted.mark_style == "underline"


async def test_settings_say_how_to_close_and_have_a_close_button(
    make_app: Callable[[], ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        settings = await open_settings(pilot)
        keys = [(b.key, b.description) for b, _ in settings.query_one(KeyBar).shown_bindings()]
        # Enter and Tab too, since the bar listed only "esc" (QA walk-through).
        assert keys == [("enter", "Choose"), ("tab", "Next setting"),
                        ("escape", "Close")]
        await pilot.click("#close")
        await pilot.pause()
        assert not isinstance(app.screen, SettingsScreen)


async def test_every_level_band_has_more_than_colour(make_app: Callable[[], ReaderApp]) -> None:
    """Bold for every highlighted band and underline for C2, in each highlight style."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        paragraph = article_view(pilot).query(ArticleText).first()
        for style in ("colour", "background", "underline"):
            paragraph.set_highlight_style(style)
            await pilot.pause()
            for band in (Level.B2, Level.C1, Level.C2):
                look = paragraph.word_style(WordMark(band))
                assert look.bold or look.underline, (style, band)
            assert paragraph.word_style(WordMark(Level.C2)).underline, style
            assert paragraph.word_style(WordMark(due=True)).italic, style
            assert paragraph.word_style(None, focused=True).reverse, style


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio; 3.0 is the minimum for bold text."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_highlighted_words_are_readable_in_dark_and_light_themes(
    make_app: Callable[[], ReaderApp], theme: str
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        app.theme = theme
        await pilot.pause()
        paragraph = article_view(pilot).query(ArticleText).first()
        background = paragraph.background_colors[1]
        for mark in (WordMark(Level.B2), WordMark(Level.C1), WordMark(Level.C2),
                     WordMark(due=True)):
            style = paragraph.word_style(mark)
            behind = background + style.background if style.background else background
            ink = behind + (style.foreground or paragraph.styles.color)
            assert contrast(ink, behind) >= 3.0, (theme, mark)


def test_themes_are_named_for_the_learner() -> None:
    from reader.screens.settings import theme_label

    assert theme_label("textual-dark") == "Dark (default)"
    assert theme_label("catppuccin-mocha") == "Catppuccin Mocha"


async def test_the_settings_key_bar_lists_enter_and_tab(
    make_app: Callable[[], ReaderApp],
) -> None:
    """The Settings key bar listed only "esc" (QA walk-through)."""
    from reader.widgets.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_settings(pilot)
        bar = str(screen.query_one(KeyBar).render())
        assert "⏎ Choose" in bar and "tab Next setting" in bar, bar
        assert "esc Close" in bar


async def test_tab_moves_to_the_next_setting_and_enter_opens_it(
    make_app: Callable[[], ReaderApp],
) -> None:
    """Tab, which the key bar offers as "Next setting", left the focus on the level:
    the theme and highlight style could not be reached from the keyboard (QA
    walk-through: Tab, Tab, Enter opened the level list again)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot)
        assert await tab_order(pilot, 4) == ["theme", "highlight", "placement", "close"]
        await pilot.press("shift+tab", "shift+tab", "enter", "down", "enter")
        await pilot.pause()
        assert app.mark_style == list(HIGHLIGHT_STYLES)[1]
