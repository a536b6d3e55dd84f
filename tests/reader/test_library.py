"""The library and the app-wide keys: seeds, filter, sort, add, delete, help, palette."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

import pytest
from reader_steps import (
    ENGINE_WAIT_S,
    FIXED_NOW,
    SIZE,
    VOA_TITLE,
    article_view,
    fixed_now,
    open_article,
    open_details,
    open_glossary,
    settle,
    until,
)
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from reader.app import ReaderApp, create_app
from reader.screens.dialogs import AddArticleDialog, ConfirmDialog
from reader.screens.help import HelpScreen
from reader.screens.library import LibraryScreen
from reader.screens.reading import ReadingScreen
from reader.screens.settings import SettingsScreen
from reader.widgets.article_table import COLUMNS, PENDING, ArticleTable, word_count_text
from reader.widgets.article_view import ArticleText
from reader.widgets.glossary_panel import GlossaryPanel
from reader.widgets.key_bar import KeyBar
from reader.widgets.legend import Legend
from vocab.articles import SEED_SOURCE, article_from_text
from vocab.engine import Engine
from vocab.models import LanguageDataMissing, Level
from vocab.setup_progress import COMPILING_LEXICON, SetupProgress
from vocab.store import ArticleSummary, Store

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


def titles(app: ReaderApp) -> list[str]:
    table = app.screen.query_one(ArticleTable)
    return [table.row_text(row)[0] for row in range(table.row_count)]


async def test_first_run_shows_the_bundled_seeds_with_their_figures(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        shown = titles(app)
        assert any(VOA_TITLE.startswith(t.rstrip("…")) for t in shown)
        assert shown == sorted(shown, key=str.casefold)
        summaries = app.store.list_articles()
        assert all(a.level is not None and a.known_share is not None for a in summaries)
        table = app.screen.query_one(ArticleTable)
        sources = {table.row_text(row)[1] for row in range(table.row_count)}
        assert sources == {SEED_SOURCE}, "not the package's file names"


async def test_the_first_start_preparation_is_told_in_the_hint_line(
    engine: Engine, store_path: Path,
) -> None:
    """The dictionary's first compile reports its steps under the table, where toasts
    stacked over the welcome dialog; the article count comes back when it is over."""
    release = threading.Event()

    def compiling() -> Engine:
        app.report_engine_progress(SetupProgress(COMPILING_LEXICON, 0, 1, (COMPILING_LEXICON,)))
        release.wait(ENGINE_WAIT_S)
        return engine

    store = Store.open(store_path, now=fixed_now)
    app = create_app(store=store, engine_loader=compiling, now=fixed_now)
    toasts: list[str] = []
    app.notify = lambda message, **_: toasts.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        hint = app.screen.query_one("#library-hint", Static)
        for _ in range(200):
            await pilot.pause(0.02)
            if "Preparing" in str(hint.render()):
                break
        # In plain words, with how far along it is ("writing the lexicon" was jargon).
        assert "Preparing the dictionary (first start only): reading the dictionary… " in str(
            hint.render())
        release.set()
        await settle(pilot)
        assert str(hint.render()) == f"{len(titles(app))} articles"
        assert toasts == []
    store.close()


async def test_the_hint_line_says_how_many_words_are_due_for_review(
    make_app: AppFactory, store_path: Path,
) -> None:
    """A learner who opens the app each evening saw "7 articles" and nothing about the
    words due, which only Progress (S) counted (QA walk-through). The hint line says
    how many a review (v) would ask now, and follows the marks made."""
    with Store.open(store_path, now=fixed_now) as store:
        for lemma in ("pier", "berth"):
            store.add_to_review(lemma, "NOUN", FIXED_NOW - timedelta(days=1), word=lemma)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        hint = app.screen.query_one("#library-hint", Static)
        articles = f"{len(titles(app))} articles"
        assert str(hint.render()) == f"{articles} · 2 words to review now: press v"
        app.store.set_status("pier", "NOUN", "known")
        app.refresh_learner()
        await pilot.pause()
        assert str(hint.render()) == f"{articles} · 1 word to review now: press v"
        app.store.set_status("berth", "NOUN", "ignored")
        app.refresh_learner()
        await pilot.pause()
        assert str(hint.render()) == articles


async def test_typing_in_the_filter_narrows_the_table_and_q_is_just_a_letter_there(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        everything = len(titles(app))
        await pilot.press("slash", *"russia")
        assert app.screen.query_one(Input).has_focus
        assert 0 < len(titles(app)) < everything
        hint = app.screen.query_one("#library-hint", Static)
        assert str(hint.render()) == f"{len(titles(app))} of {everything} articles match “russia”"
        await pilot.press("q")
        assert app.is_running
        assert app.screen.query_one(Input).value == "russiaq"
        assert titles(app) == []
        # Not "Press a to add one": the filter has the keys (QA walk-through).
        assert str(hint.render()) == "No articles match “russiaq”: Esc clears the filter."
        await pilot.press("escape")
        assert len(titles(app)) == everything
        assert app.screen.query_one(ArticleTable).has_focus


async def test_down_from_the_filter_goes_to_the_articles_it_found(make_app: AppFactory) -> None:
    """Down in the filter did nothing: only Tab reached the table (QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"russia", "down")
        table = app.screen.query_one(ArticleTable)
        assert table.has_focus and app.screen.query_one(Input).value == "russia"
        await pilot.press("down")  # then moves in the table, as it always does
        assert table.has_focus


async def test_o_sorts_by_the_next_column_and_O_reverses(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await pilot.press("o", "o")
        assert screen.sort_key == "words"
        counts = [a.word_count for a in app.store.list_articles(sort="words")]
        table = screen.query_one(ArticleTable)
        shown = [int(table.row_text(row)[2].replace(",", "")) for row in range(table.row_count)]
        assert shown == counts
        await pilot.press("O")
        shown = [int(table.row_text(row)[2].replace(",", "")) for row in range(table.row_count)]
        assert shown == counts[::-1]


async def test_the_sorted_columns_name_and_arrow_are_shown_whole(make_app: AppFactory) -> None:
    """Sorted by Known, the header read "Know…": the arrow saying which column and which
    way was cut off (QA walk-through)."""
    from reader.widgets.article_table import COLUMNS

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.query_one(ArticleTable)
        for column in COLUMNS[1:]:
            while screen.sort_key != column.key:
                await pilot.press("o")
            for key in ("", "O"):
                if key:
                    await pilot.press(key)
                header = table.render_line(0).text
                arrow = "▼" if table.descending else "▲"
                assert f"{column.label}{arrow}" in header, (column.key, header)


async def test_a_adds_a_file_by_path_and_its_text_is_never_markup(
    make_app: AppFactory, tmp_path: Path
) -> None:
    story = tmp_path / "brackets.txt"
    story.write_text(
        "A [bold]Plain[/bold] Title\n\nThe text says [red]hello[/red] and means the brackets.\n",
        encoding="utf-8",
    )
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = len(titles(app))
        await pilot.press("a")
        assert isinstance(app.screen, AddArticleDialog)
        await pilot.press(*str(story), "enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert len(titles(app)) == before + 1
        await open_article(pilot, "A [bold]Plain[/bold] Title")
        shown = "\n".join(str(p.render()) for p in article_view(pilot).query(ArticleText))
        assert "[red]hello[/red]" in shown


def _two_towns(folder: Path) -> Path:
    story = folder / "story.txt"
    story.write_text("Two Towns Share Water\n\nThe towns signed a deal.\n", encoding="utf-8")
    return story


async def test_adding_a_file_again_says_it_is_in_the_library_already(
    make_app: AppFactory, tmp_path: Path
) -> None:
    story = _two_towns(tmp_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = len(titles(app))
        for expected in ("Added “Two Towns Share Water”: 5 words.",
                         "“Two Towns Share Water” is already in your library."):
            await pilot.press("a")
            await pilot.press(*str(story), "enter")
            await settle(pilot)
            assert [str(n.message) for n in app._notifications][-1] == expected
        assert len(titles(app)) == before + 1


async def test_the_added_notice_writes_a_large_count_with_a_thousands_comma(
    make_app: AppFactory, tmp_path: Path
) -> None:
    """A long page's import said "8314 lines of page clutter left out" (tmux walk-through);
    "8,314" is read at a glance, as a number is written in an article."""
    links = "".join(f"<li><a href='/item/{n}'>Market stall {n}</a></li>" for n in range(1200))
    page = tmp_path / "market.html"
    page.write_text("<html><head><title>A Market by the River</title></head><body><article>"
                    "<h1>A Market by the River</h1><p>Farmers sell bread, cheese and apples "
                    "by the river every Sunday morning.</p></article>"
                    f"<aside><ul>{links}</ul></aside></body></html>", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.press(*str(page), "enter")
        await settle(pilot)
        said = [str(n.message) for n in app._notifications][-1]
        assert said.startswith("Added “A Market by the River”")
        assert "1,200 lines of page clutter" in said, said


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_added_notice_covers_neither_the_filter_nor_the_lines_below(
    make_app: AppFactory, tmp_path: Path, size: tuple[int, int]
) -> None:
    """"Added “…”" showed at the top right, over the filter box (QA walk-through): on a
    screen with a filter above its list, notices show under the list's end, above the
    line under it and the key bar, covering none of them."""
    from textual.widgets._toast import Toast

    story = _two_towns(tmp_path)
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.press(*str(story), "enter")
        await settle(pilot)
        [toast] = list(app.screen.query(Toast))
        assert "Added" in str(toast.render())
        table = app.screen.query_one(ArticleTable)
        assert table.region.contains_region(toast.region), (toast.region, table.region)
        for kept in (app.screen.query_one("#filter", Input),
                     app.screen.query_one("#library-hint", Static),
                     app.screen.query_one(KeyBar)):
            assert not toast.region.overlaps(kept.region), (toast.region, kept.region)


async def test_adding_a_file_again_after_it_changed_updates_its_article(
    make_app: AppFactory, tmp_path: Path
) -> None:
    """Adding a file whose text changed (an encoding fix) made a second article and
    left the first garbled: its article takes the new text, and the app says so."""
    story = tmp_path / "story.txt"
    # A lossy conversion's "?": "\u00e2\u20ac\u2122" is mended on import (ftfy).
    story.write_text("Two Towns Share Water\n\nThe towns? deal.\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = len(titles(app))
        await pilot.press("a", *str(story), "enter")
        await settle(pilot)
        story.write_text("Two Towns Share Water\n\nThe towns\u2019 deal.\n", encoding="utf-8")
        await pilot.press("a", *str(story), "enter")
        await settle(pilot)
        assert [str(n.message) for n in app._notifications][-1] == (
            "Updated “Two Towns Share Water”: its text changed since it was added, and the "
            "new text replaces the old; your reading history and words are kept.")
        assert len(titles(app)) == before + 1
        [saved] = [s for s in app.store.list_articles() if s.title == "Two Towns Share Water"]
        stored = app.store.get_article(saved.id)
        assert stored is not None and stored.article.body == "The towns\u2019 deal."


@pytest.mark.parametrize(("title", "said"), [
    # The saved article took the new title while the app said "already in your
    # library" (QA walk-through); then a copy's title, source and byline replacing the
    # original's were found silent changes (QA walk-through): the saved one stays.
    ("Two Towns Agree on Water", "This text is already in your library as “Two Towns"
                                 " Share Water”."),
    # The same story from a copied file had said "Updated “X”, already in your
    # library as “X”." (QA walk-through).
    ("Two Towns Share Water", "“Two Towns Share Water” is already in your library."),
])
async def test_adding_the_same_text_from_another_file_says_what_happened(
    make_app: AppFactory, tmp_path: Path, title: str, said: str
) -> None:
    story = _two_towns(tmp_path)
    copy = tmp_path / "story copy.txt"
    copy.write_text(f"{title}\n\nThe towns signed a deal.\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for path in (story, copy):
            await pilot.press("a")
            await pilot.press(*str(path), "enter")
            await settle(pilot)
        assert [str(n.message) for n in app._notifications][-1] == said
        assert [t for t in titles(app) if t.startswith("Two Towns")] == [
            "Two Towns Share Water"]


async def test_an_article_added_while_filtering_is_shown_and_selected(
    make_app: AppFactory, tmp_path: Path
) -> None:
    """A QA run added a story while the filter said "sound": "Added ..." and no row."""
    story = _two_towns(tmp_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        everything = len(titles(app))
        await pilot.press("slash", *"russia")
        assert 0 < len(titles(app)) < everything
        app.screen.query_one(ArticleTable).focus()  # back to the list, filtered
        await pilot.press("a", *str(story), "enter")
        await settle(pilot)
        assert app.screen.query_one("#filter", Input).value == ""
        assert len(titles(app)) == everything + 1
        table = app.screen.query_one(ArticleTable)
        assert table.row_text(table.cursor_row)[0] == "Two Towns Share Water"


async def test_adding_a_missing_file_says_so_and_keeps_the_dialog(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a", *"/no/such/file.txt", "enter")
        assert isinstance(app.screen, AddArticleDialog)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_a_file_that_cannot_be_read_keeps_the_dialog_with_the_reason(
    make_app: AppFactory, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    story = tmp_path / "story.txt"
    story.write_text("A Short Story\n\nIt was a quiet morning in the village.\n",
                     encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = len(titles(app))
        await pilot.press("a", *str(empty), "enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, AddArticleDialog)  # open, with what was typed and why
        assert dialog.query_one(Input).value == str(empty)
        assert dialog.status == f"{empty} is empty."
        assert not dialog.busy
        dialog.query_one(Input).value = ""
        await pilot.press(*str(story), "enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert "A Short Story" in titles(app) and len(titles(app)) == before + 1


async def test_delete_asks_first(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = titles(app)
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        assert titles(app) == before
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        chosen = screen.selected_id()
        await pilot.press("d", "y")
        await pilot.pause()
        assert len(titles(app)) == len(before) - 1
        assert chosen not in {a.id for a in app.store.list_articles()}


async def test_a_title_in_quotes_is_not_quoted_again(make_app: AppFactory) -> None:
    """A title taken from a quotation read 'Delete ““Hello,” said…”' (QA walk-through)."""
    app = make_app()
    app.store.add_article(article_from_text("“Hello,” said the new neighbor to everyone on"
                                            " the street that morning."))
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await library_table(app, pilot)
        row = next(r for r in range(table.row_count) if table.row_text(r)[0].startswith("“"))
        table.move_cursor(row=row)
        await pilot.press("d")
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert dialog.question == "Delete “Hello,” said the new neighbor to everyone on… from" \
            " your library?"


def import_from_another_process(store_path: Path) -> None:
    """`reader import` of "Bees Return to the City" while the app is open."""
    other = Store.open(store_path, now=fixed_now)  # another process's connection
    try:
        other.add_article(article_from_text("Bees Return to the City\n\nBees are back"
                                            " in the parks of the city this spring."))
    finally:
        other.close()


async def test_an_article_imported_from_the_command_line_shows_in_the_open_library(
    make_app: AppFactory, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`reader import` while the app is open: the library picks the article up without
    being left and opened again (QA walk-through)."""
    import reader.screens.library as library_module

    monkeypatch.setattr(library_module, "OUTSIDE_CHANGES_S", 0.05)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        import_from_another_process(store_path)
        await pilot.pause(0.3)
        assert "Bees Return to the City" in titles(app)


async def test_marks_and_a_level_set_in_another_window_reach_this_one(
    make_app: AppFactory, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two windows on one learner: a word marked known and the level changed in the
    other were not seen here, whose articles went on highlighting the word at the old
    level until this window changed something itself (QA walk-through)."""
    import reader.screens.library as library_module

    monkeypatch.setattr(library_module, "OUTSIDE_CHANGES_S", 0.05)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.profile.level is Level.B1
        other = Store.open(store_path, now=fixed_now)  # the other window's connection
        try:
            other.set_status("treaty", "NOUN", "known", word="treaty")
            other.set_setting("level", "B2")
        finally:
            other.close()
        await pilot.pause(0.3)
        assert app.profile.level is Level.B2
        assert ("treaty", "NOUN") in app.profile.statuses


async def test_the_library_under_an_article_neither_redraws_it_nor_looks_again(
    make_app: AppFactory, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under an article, the library's look for outside changes redrew its hint line,
    and Textual wrote the article on top to the terminal whole each time: 56 KB in 9
    seconds of reading, every three seconds a repaint (QA walk-through). The library
    looks again when the learner is back in it."""
    import reader.screens.library as library_module

    monkeypatch.setattr(library_module, "OUTSIDE_CHANGES_S", 0.05)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        painted: list[str] = []
        display = app._display

        def spy(screen: object, update: object) -> None:
            painted.append(type(screen).__name__)
            display(screen, update)  # type: ignore[arg-type]

        monkeypatch.setattr(app, "_display", spy)
        import_from_another_process(store_path)
        await pilot.pause(0.3)
        assert painted == []
        await pilot.press("escape")
        await settle(pilot)
        assert "Bees Return to the City" in titles(app)


async def test_help_lists_the_keys_of_the_screen_underneath(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        actions = {str(table.get_row(key)[1]) for key in table.rows}
        assert {
            "Glossary",
            "Known",
            "I know the rest",
            "Next word",
            "Quit",
            "Settings",
            "Learning",
            "Ignore",
            "Review later",
            "Undo",
            "Next word, any",
        } <= actions
        # The text wraps: Textual's sideways scrolling does nothing here.
        assert not actions & {"Page Left", "Page Right", "Scroll Left", "Scroll Right"}
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_end_in_help_goes_to_the_last_key_not_sideways(make_app: AppFactory) -> None:
    """At 60x18, End in help scrolled its table sideways and hid the Key column (QA
    walk-through): End and Home go to the last and the first key, the Key column stays."""
    app = make_app()
    async with app.run_test(size=(60, 18)) as pilot:
        await open_article(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        await pilot.pause()
        assert table.max_scroll_y > 0, "a short terminal: the keys scroll"
        assert table.max_scroll_x > 0, "the reader's keys are wider than the box"
        await pilot.press("end")
        await pilot.pause()
        assert (table.scroll_x, table.scroll_y) == (0, table.max_scroll_y)
        await pilot.press("home")
        await pilot.pause()
        assert (table.scroll_x, table.scroll_y) == (0, 0)


async def test_help_at_80x24_shows_every_column_whole_and_the_palette_note(
        make_app: AppFactory) -> None:
    """At 80x24 the reader's help cut "Where" to "everywh" (its longest action, "Export a
    lesson of this article (to print)", pushed the column out of the box) and its line
    about ctrl+p was not on screen (QA walk-through). An 80-column terminal is the
    smallest usual one: there the keys are read without scrolling sideways."""
    from reader.screens.help import PALETTE_NOTE

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        assert table.max_scroll_x == 0
        assert "everywhere" in {str(table.get_row(key)[2]) for key in table.rows}
        [note] = [static for static in app.screen.query(Static)
                  if str(static.render()) == PALETTE_NOTE]
        assert note.region.height >= 1 and note.region.bottom <= 24
        box = app.screen.query_one("#help-box")
        assert box.content_region.contains_region(note.region)  # not under its border


async def test_help_says_where_keys_work_in_the_learners_words(make_app: AppFactory) -> None:
    """Help over the glossary listed "GlossaryPanel" and "OptionList" (QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_glossary(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        places = {str(table.get_row(key)[2]) for key in table.rows}
        assert "glossary" in places
        assert not any(re.search(r"[a-z][A-Z]", place) for place in places)


async def test_the_command_palette_runs_the_screen_actions(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("ctrl+p", *"glossary")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(GlossaryPanel).display


async def test_the_command_palette_finds_the_lesson_by_print(make_app: AppFactory) -> None:
    """A teacher preparing a handout typed "print" in the palette and read "No matches
    found": the lesson export said "printable" only in its help line, which the palette
    does not search (QA walk-through)."""
    from textual.command import CommandList

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("ctrl+p", *"print")
        await pilot.pause(0.5)
        listed = app.screen.query_one(CommandList)
        titles = [str(listed.get_option_at_index(i).prompt).split("\n")[0]
                  for i in range(listed.option_count)]
        assert any(title.startswith("Export a lesson") for title in titles), titles


async def test_the_reader_fits_80x24_and_survives_resizing(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(pilot)
        await pilot.press("g", "n")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        view = article_view(pilot)
        assert view.region.width > 30
        assert app.screen.query_one(GlossaryPanel).region.width >= 30


async def test_the_key_bar_leaves_out_the_palette_key_rather_than_cut_a_key(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(KeyBar)
        narrow = str(bar.render())
        # At 80 columns the bar takes two lines, each within the width, the palette's
        # key on the right of the second when there is room.
        assert all(len(line) <= 80 for line in narrow.split("\n"))
        # Help lists every key, and Quit is the way out: both kept at 80 columns (QA
        # walk-through: "q Quit" was left out).
        assert "? Help" in narrow and "q Quit" in narrow
        await pilot.resize_terminal(130, 30)
        await pilot.pause()
        wide = str(bar.render())
        assert "▏" in wide and "palette" in wide.rsplit("▏", 1)[1]
        assert len(wide) <= 130


async def test_the_readers_key_bar_keeps_the_quiz_rather_than_quit(
    make_app: AppFactory,
) -> None:
    """The reader shows "esc Library", a way out: its narrow bar keeps "z Quiz" (kept
    "q Quit" had pushed it out at 100 columns)."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_article(pilot)
        shown = str(app.screen.query_one(KeyBar).render())
        assert "esc Library" in shown and "z Quiz" in shown and "? Help" in shown
        assert "q Quit" not in shown and len(shown) <= 100
        # At 80 columns too, with the word's keys (n/Tab, Enter) in front (QA
        # walk-through: "z Quiz" had gone); on two lines, nothing is left out now.
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        narrow = str(app.screen.query_one(KeyBar).render())
        assert "z Quiz" in narrow and "g Glossary" in narrow and "? Help" in narrow
        assert "s Settings" in narrow and "q Quit" in narrow
        assert all(len(line) <= 80 for line in narrow.split("\n"))


def _keys_left_out(bar: KeyBar) -> list[str]:
    """The keys the bar lists (but the palette's) that are not on it as drawn: a key of
    a group is drawn with the others', under the group's description ("k/K Known")."""
    drawn = str(bar.render())
    left_out = []
    for binding, _ in bar.shown_bindings():
        if binding.key == bar.app.COMMAND_PALETTE_BINDING:
            continue
        key = bar.app.get_key_display(binding)
        label = binding.group.description if binding.group else binding.description
        if not re.search(rf" (\S+/)?{re.escape(key)}(/\S+)? {re.escape(label)} ", drawn):
            left_out.append(f"{key} {label}")
    return left_out


async def test_every_key_bar_shows_every_key_at_80_columns(make_app: AppFactory) -> None:
    """At 80x24 the key bars cut keys off ("K I know the rest", "q Quit", "s Settings"
    in the reader; "f Feeds", "w Your words" in the library): below 100 columns a bar
    takes a second line, and keeps one line at 100 columns, as it looked before."""
    from reader.screens.quiz import QuizScreen
    from reader.screens.words import WordsScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        seen: list[str] = []

        async def check(name: str) -> None:
            await settle(pilot)
            bar = app.screen.query_one(KeyBar)
            lines = str(bar.render()).split("\n")
            assert (name, _keys_left_out(bar)) == (name, [])
            assert all(len(line) <= 80 for line in lines)
            assert bar.region.height == len(lines) and bar.region.bottom == 24
            seen.append(name)

        await check("library")
        await open_article(pilot)
        await check("reader")
        await pilot.press("g")
        await check("glossary")
        await pilot.press("escape")
        await open_details(pilot, "expansion")
        await check("details")
        # Its one line of keys covers the reader's two: no "n/Tab Next word" above it.
        assert str(app.screen.query_one(KeyBar).render()).startswith("\n esc Close")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("z")
        await until(pilot, lambda: isinstance(app.screen, QuizScreen))
        await check("quiz")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen, WordsScreen))
        await check("words")
        assert seen == ["library", "reader", "glossary", "details", "quiz", "words"]
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        # Your words' keys do not fit one line at 100 columns: the bar takes two rather
        # than leave out "p Practise" and "/ Filter" (QA walk-through); the library's
        # and the reader's keep one (tests of their bars at 100 columns).
        assert app.screen.query_one(KeyBar).region.height == 2


WORDS_WIDTH = next(column.width for column in COLUMNS if column.key == "words")


def test_a_book_length_word_count_fits_its_column() -> None:
    assert [word_count_text(n) for n in (242, 12_345, 99_999, 150_000, 621_482)] == [
        "242", "12,345", "99,999", "150k", "621k"]
    assert all(len(word_count_text(n)) <= WORDS_WIDTH for n in (99_999, 150_000))


async def library_table(app: ReaderApp, pilot: Pilot) -> tuple[LibraryScreen, ArticleTable]:
    """The library once settled, and its table."""
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, LibraryScreen)
    return screen, screen.query_one(ArticleTable)


async def test_after_a_change_of_level_the_figures_show_as_pending_until_redone(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await library_table(app, pilot)
        known = COLUMNS.index(next(c for c in COLUMNS if c.key == "known"))
        assert all(table.row_text(row)[known].strip() != PENDING
                   for row in range(table.row_count))
        app.set_level(Level.C1)
        screen._queue_figures()
        # The old level's known shares are not shown as this level's.
        assert all(table.row_text(row)[known].strip() == PENDING
                   for row in range(table.row_count))
        await settle(pilot)
        assert all(table.row_text(row)[known].strip() != PENDING
                   for row in range(table.row_count))


def assert_known_shares_are_this_levels(app: ReaderApp) -> None:
    """Every saved article's Known share is the one worked out at the learner's level."""
    from vocab.figures import article_figures

    for summary in app.store.list_articles():
        stored = app.store.get_article(summary.id)
        assert stored is not None
        analysis = app.analyses.get(stored, app.wait_for_engine)
        expected = article_figures(analysis.tokens, app.profile)
        assert summary.known_share == pytest.approx(expected.known_share), summary.title


async def test_back_at_a_level_left_before_the_figures_are_that_levels_again(
    make_app: AppFactory,
) -> None:
    """B1, then A2 in Settings, then B1 again: the rows kept A2's Known share, even
    after the app was reopened (QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, _ = await library_table(app, pilot)
        for level in (Level.A2, Level.B1):
            app.set_level(level)
            screen._queue_figures()
            await settle(pilot)
            await settle(pilot)
        assert_known_shares_are_this_levels(app)


async def test_named_screens_that_are_missing_only_warn(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_open_screen("no-such-screen")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_without_language_data_articles_still_open_and_say_what_to_install(
    store_path: Path,
) -> None:
    def missing() -> Engine:
        raise LanguageDataMissing("WordNet is not installed; run: reader setup")

    store = Store.open(store_path, now=fixed_now)
    app = create_app(store=store, engine_loader=missing, now=fixed_now)
    told: list[str] = []
    app.notify = lambda message, **_: told.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        await open_article(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        assert article_view(pilot).query(ArticleText), "the text is shown without the engine"
        assert not screen.query_one(Legend).busy
        await pilot.press("g")
        entries = screen.query_one(GlossaryPanel).entries
        assert entries and all(e.source == "article" for e in entries), "VOA's own list"
        assert any("reader setup" in message for message in told)
    store.close()


async def test_a_large_library_fetches_only_the_rows_on_screen(make_app: AppFactory) -> None:
    """Hundreds of articles: the table draws and fetches the rows on screen, wherever
    the cursor goes, and every column sorts the whole library (in the store)."""
    from reader.widgets.article_table import FETCH_MARGIN
    from vocab.models import Article

    app = make_app()
    store = app.store
    for i in range(300):
        body = f"Body number {i} here."
        store.add_article(Article(title=f"Story {i:03d}", body=body, paragraphs=((0, len(body)),)))
    fetched: list[int] = []
    summaries = store.article_summaries

    def counting(ids: Sequence[int]) -> list[ArticleSummary]:
        fetched.extend(ids)
        return summaries(ids)

    store.article_summaries = counting  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.query_one(ArticleTable)
        total = screen.article_count
        assert total >= 300
        screen_rows = table.size.height
        assert len(set(fetched)) <= screen_rows + 2 * FETCH_MARGIN
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == total - 1
        assert table.row_text(table.cursor_row)[0] == max(
            (a.title for a in store.list_articles()), key=str.casefold)
        assert len(set(fetched)) <= 2 * (screen_rows + 2 * FETCH_MARGIN), "not the middle"
        for _ in range(7):
            await pilot.press("o")
            await pilot.pause()
            assert screen.article_count == total
        await pilot.press("O")  # by title again, descending
        await pilot.pause()
        last = max((a.title for a in store.list_articles()), key=str.casefold)
        assert table.row_text(0)[0] == last
        assert any(last.startswith(line.text.strip().split("  ")[0].rstrip("…"))
                   for line in (table.render_line(y) for y in range(1, 4))), "drawn on screen"


async def test_clicking_a_header_sorts_and_a_second_click_on_a_row_opens_it(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await library_table(app, pilot)
        words_x = table.render_line(0).text.index("Words")
        await pilot.click(ArticleTable, offset=(words_x, 0))
        await pilot.pause()
        assert screen.sort_key == "words"
        counts = [a.word_count for a in app.store.list_articles(sort="words")]
        assert [int(table.row_text(row)[2].replace(",", "")) for row in range(3)] == counts[:3]
        await pilot.click(ArticleTable, offset=(words_x, 0))
        await pilot.pause()
        assert screen.descending
        await pilot.click(ArticleTable, offset=(5, 3))  # the third row
        await pilot.pause()
        assert table.cursor_row == 2
        assert isinstance(app.screen, LibraryScreen), "the first click only moves the cursor"
        await pilot.click(ArticleTable, offset=(5, 3))
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        assert reading.article_id == table.selected_id


async def test_the_librarys_sort_is_kept_after_a_restart(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("o", "O")  # the next column, then reversed
        chosen = (library.sort_key, library.descending)
        assert chosen[0] != "title" and chosen[1]
    restarted = make_app()
    async with restarted.run_test(size=SIZE) as pilot:
        await settle(pilot)
        library = restarted.screen
        assert isinstance(library, LibraryScreen)
        assert (library.sort_key, library.descending) == chosen


async def test_titles_keep_their_room_at_80_columns(make_app: AppFactory) -> None:
    """On a narrow terminal the source column gives way before the titles, which the
    learner chooses by (at 80 columns titles were cut to 16 cells: "A Garden for Ev…")."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ArticleTable)
        lines = [table.render_line(y).text for y in range(1, table.row_count + 1)]
        assert any("A Garden for Everyone" in line for line in lines)


@pytest.mark.parametrize(("key", "dialog", "expected"), [
    ("a", AddArticleDialog, "⏎ Add  tab Complete path  esc Cancel"),
    ("d", ConfirmDialog, "y Yes  n No"),
    ("s", SettingsScreen, "⏎ Choose  tab Next setting  esc Close"),
    ("question_mark", HelpScreen, "esc Close"),
])
async def test_a_dialog_shows_its_own_keys_not_the_library_s(
    make_app: AppFactory, key: str, dialog: type, expected: str
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, dialog)
        # Its bar covers the library's, whose keys do nothing while it is open; the
        # app's letters are left out too (q would be typed into an input).
        [bar] = app.screen.query(KeyBar)
        assert bar.region.y == SIZE[1] - 1
        shown = str(bar.render()).strip()
        assert shown == expected


async def test_figures_of_a_level_left_meanwhile_are_not_saved_over_the_new_ones(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The learner changes level while the old level's figures are being worked out:
    the old worker, finishing last, must not leave the old level's Known share (QA
    walk-through: after the level test and then B1 in Settings, Known kept A1's)."""
    import reader.screens.library as library_module
    from vocab.figures import article_figures

    app = make_app()
    app.store.set_setting("level", Level.A1.value)
    levels: list[Level] = []
    new_level_saved = threading.Event()
    save = app.store.update_article_stats

    def switch_level() -> None:
        app.set_level(Level.C1)
        app.screen._queue_figures()  # type: ignore[attr-defined]

    def figures(tokens, profile):  # type: ignore[no-untyped-def]
        levels.append(profile.level)
        result = article_figures(tokens, profile)
        if len(levels) == 1:  # the old level's worker: the learner changes level now
            app.call_from_thread(switch_level)
            new_level_saved.wait(30)
        return result

    def saved(article_id, level, glossary_size, known_share):  # type: ignore[no-untyped-def]
        save(article_id, level, glossary_size, known_share)
        if len(levels) >= 2:
            new_level_saved.set()

    monkeypatch.setattr(library_module, "article_figures", figures)
    monkeypatch.setattr(app.store, "update_article_stats", saved)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert levels[0] is Level.A1 and set(levels[1:]) == {Level.C1}
        assert_known_shares_are_this_levels(app)


async def test_the_command_palette_offers_the_readers_commands_not_table_scrolling(
    make_app: AppFactory,
) -> None:
    """ctrl+p in the library opened on the table's own keys: Up, Down, Scroll Left,
    Page Left... (QA walk-through)."""
    from textual.command import CommandList

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        listed = app.screen.query_one(CommandList)
        titles = [str(listed.get_option_at_index(i).prompt).split("\n")[0]
                  for i in range(listed.option_count)]
        assert not {"Scroll Left", "Page Left", "Cursor up", "Up", "Down", "Keys",
                    "Maximize"} & set(titles), titles
        assert "Export words for Anki" in titles and "Level test (placement)" in titles
        # Once each: the library's Review, Progress and Feeds keys open those screens, and
        # the app's q quits (the palette listed "Review words (quiz)", "Progress (stats)"
        # and "News feeds" beside them, and two "Quit"s).
        assert "Review" in titles and "Review words (quiz)" not in titles
        assert titles.count("Quit") == 1 and "News feeds" not in titles


async def test_a_screenshot_from_the_palette_is_saved_with_the_exports(
    make_app: AppFactory, tmp_path: Path,
) -> None:
    """Textual saved it in ~/Downloads, and said "Failed to save screenshot" where that
    folder does not exist (QA walk-through)."""
    app = make_app()
    app.export_dir = tmp_path / "exports"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Screenshot")
        command.callback()
        for _ in range(100):
            if list(app.export_dir.glob("*.svg")):
                break
            await pilot.pause(0.05)
        assert len(list(app.export_dir.glob("*.svg"))) == 1
    # Saved whole, by no thread left waiting for the app that has quit (Textual's
    # delivery thread kept the test run from exiting).
    assert "</svg>" in next(app.export_dir.glob("*.svg")).read_text(encoding="utf-8")
    assert not [t for t in threading.enumerate() if "save_file_thread" in t.name]


async def test_words_marked_elsewhere_change_every_storys_known_share(
    make_app: AppFactory,
) -> None:
    """Words marked known while reading one story (or by `reader import`) are known in
    the others too: the library's Known share of the stories not read was only redone
    on a change of level (QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen, _ = await library_table(app, pilot)
        await settle(pilot)
        before = {a.id: a.known_share for a in app.store.list_articles()}
        stored = app.store.get_article(min(before))
        assert stored is not None
        analysis = app.analyses.get(stored, app.wait_for_engine)
        hard = {(t.lemma.lower(), t.upos) for t in analysis.tokens if t.difficult}
        app.store.set_statuses(hard, "known")
        app.refresh_learner()
        screen._queue_figures()
        await settle(pilot)
        await settle(pilot)
        assert_known_shares_are_this_levels(app)
        after = {a.id: a.known_share for a in app.store.list_articles()}
        assert any(after[i] != before[i] for i in before if i != stored.id)


async def test_the_librarys_key_bar_shows_settings_at_100_columns(make_app: AppFactory) -> None:
    """At 100x30 the library's bar left out "s Settings" (the first key to go): Settings
    was not discoverable from the first screen (QA walk-through). "o Sort" went first
    there, and was not discoverable either: with "S Stats" and "w Words" all fit."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        _assert_one_line_with(app.screen.query_one(KeyBar), (
            "s Settings", "q Quit", "? Help", "a Add", "d Delete", "/ Filter", "v Review",
            "S Stats", "f Feeds", "w Words", "o Sort"))


def _assert_one_line_with(bar: KeyBar, keys: Sequence[str]) -> None:
    """The bar on one line of at most 100 columns, with each of ``keys``."""
    shown = str(bar.render())
    assert "\n" not in shown and len(shown) <= 100
    for key in keys:
        assert f" {key} " in shown, (key, shown)


async def test_the_readers_key_bar_shows_the_lesson_keys(make_app: AppFactory) -> None:
    """e (a lesson to print) and E (a lesson for a class at a chosen level) were in the
    help and the palette only: a teacher did not find them. The bar shows them as one
    item, "e/E Export lesson", on one line at 100 columns, with k and K ("k/K Known")."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_article(pilot)
        bar = app.screen.query_one(KeyBar)
        _assert_one_line_with(bar, ("e/E Export lesson", "k/K Known", "z Quiz", "g Glossary",
                                    "esc Library", "? Help"))
        # The help still names each one apart.
        await pilot.press("question_mark")
        table = app.screen.query_one(DataTable)
        rows = {str(table.get_row(key)[0]): str(table.get_row(key)[1]) for key in table.rows}
        assert rows["e"].startswith("Export a lesson of this article")
        assert rows["E"].startswith("Export a lesson for a class")
        assert rows["K"] == "I know the rest"
        await pilot.press("escape")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        lines = str(bar.render()).split("\n")
        assert len(lines) == 2 and all(len(line) <= 80 for line in lines)
        assert " e/E Export lesson " in "\n".join(lines)


MARKET_BODY = ("The farmers' market moved to the old bus station on Saturday.\n\n"
               "Stall holders said the roof keeps the rain off the bread and the flowers.")


async def _paste_into_add_dialog(pilot: Pilot, text: str) -> None:
    from textual import events

    from reader.screens.dialogs import SourceInput

    await pilot.press("a")
    await pilot.pause()
    pilot.app.screen.query_one(SourceInput).post_message(events.Paste(text))
    await pilot.pause()
    await pilot.press("enter")
    await settle(pilot)


async def _added_from_file(pilot: Pilot, path: Path, text: str) -> ArticleSummary:
    """``text`` written to ``path`` and added from the library's Add dialog."""
    path.write_text(text, encoding="utf-8")
    await settle(pilot)
    await pilot.press("a", *str(path), "enter")
    await settle(pilot)
    app: ReaderApp = pilot.app  # type: ignore[assignment]
    [added] = [s for s in app.store.list_articles() if s.source == str(path)]
    return added


@pytest.mark.parametrize("rename", [False, True])
async def test_pasting_a_saved_text_under_a_new_title_asks_and_loses_nothing(
    make_app: AppFactory, tmp_path: Path, rename: bool
) -> None:
    """A story added from a file, then its text pasted under another title: the saved
    article took the pasted title and lost its file as its source, with "Updated ..."
    said after the fact (QA walk-through). The app asks; No keeps the story as it was,
    Yes gives it the new title and keeps its file."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        first = await _added_from_file(pilot, tmp_path / "market.txt",
                                       f"Market Moves Indoors\n\n{MARKET_BODY}\n")
        before = len(titles(app)) - 1
        source = first.source
        assert source.endswith("market.txt")
        await _paste_into_add_dialog(pilot, f"Saturday Market Lesson\n\n{MARKET_BODY}\n")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert isinstance(app.screen, ConfirmDialog)
        assert app.screen.question == ("This text is already in your library as “Market "
                                       "Moves Indoors”. Rename it “Saturday Market Lesson”?")
        await pilot.press("y" if rename else "n")
        await settle(pilot)
        assert len(titles(app)) == before + 1
        [saved] = [s for s in app.store.list_articles() if "Market" in s.title]
        stored = app.store.get_article(saved.id)
        assert stored is not None
        assert stored.article.title == ("Saturday Market Lesson" if rename
                                        else "Market Moves Indoors")
        assert saved.id == first.id and stored.article.source == source
        assert app.screen.query_one(ArticleTable).selected_id == saved.id
        said = [str(n.message) for n in app._notifications][-1]
        assert said == ("Renamed “Market Moves Indoors” “Saturday Market Lesson”." if rename
                        else "Kept “Market Moves Indoors”: this text is in your library "
                             "already.")
