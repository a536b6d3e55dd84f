"""Your words: the learner's marked and looked-up words, filtered by status and text,
and a mark changed from the list (committed at once, the reader's highlighting follows)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from reader_steps import SIZE, open_by_key, settle, until
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from reader.app import ReaderApp
from reader.screens.library import LibraryScreen
from reader.screens.words import NO_WORDS, WordsScreen, matching_words
from vocab.models import WordStatus
from vocab.store import Store

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


def some_words(store_path: Path) -> None:
    with Store.open(store_path) as store:
        store.set_status("treaty", "NOUN", "known", word="treaties",
                         definition="a written agreement between two states")
        store.set_status("bloc", "NOUN", "learning",
                         definition="a group of countries connected by treaty")
        store.set_status("counter", "VERB", "ignored")
        store.record_lookup("deployed", "deploy", "VERB",
                            definition="place troops in battle formation")


async def open_words(pilot: Pilot) -> WordsScreen:
    return await open_by_key(pilot, "w", WordsScreen)


def rows(screen: WordsScreen) -> list[tuple[str, str, str]]:
    """(word, label, status) of each row shown, top to bottom."""
    table = screen.query_one("#words", DataTable)
    return [(str(cells[0]), str(cells[1]), str(cells[2]))
            for cells in (table.get_row_at(i) for i in range(table.row_count))]


def summary(screen: WordsScreen) -> str:
    return str(screen.query_one("#words-summary", Static).render())


async def test_every_word_is_listed_and_a_status_or_a_text_narrows_the_list(
    make_app: AppFactory, store_path: Path
) -> None:
    some_words(store_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_words(pilot)
        assert rows(screen) == [("bloc", "n.", "learning"), ("counter", "v.", "ignored"),
                                ("deploy", "v.", "new"), ("treaty", "n.", "known")]
        assert "1 learning · 1 known · 1 ignored · 1 new" in summary(screen)
        await pilot.press("s")  # learning only
        assert rows(screen) == [("bloc", "n.", "learning")]
        for _ in range(4):  # known, ignored, new (looked up), and all again
            await pilot.press("s")
        assert len(rows(screen)) == 4
        await pilot.press("slash", *"troops")
        await settle(pilot)
        assert rows(screen) == [("deploy", "v.", "new")]  # by its meaning
        assert "Showing 1 word matching “troops”" in summary(screen)
        await pilot.press("escape")  # clears the filter, as in the library
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_esc_in_the_filter_clears_it_and_a_filter_with_no_match_says_so(
    make_app: AppFactory, store_path: Path
) -> None:
    """Esc in the filter closed Your words, where in the library it clears the filter,
    and a filter that matched nothing showed an empty table and no line saying so
    (QA walk-through): both as in the library."""
    some_words(store_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_words(pilot)
        await pilot.press("slash", *"zebra")
        await settle(pilot)
        assert rows(screen) == []
        assert summary(screen).startswith("No words match “zebra”: Esc clears the filter.")
        await pilot.press("escape")
        assert app.screen is screen
        assert screen.query_one("#words-filter", Input).value == ""
        assert screen.query_one("#words", DataTable).has_focus
        assert len(rows(screen)) == 4
        await pilot.press("slash", "escape")  # an empty filter: back to the table
        assert app.screen is screen and screen.query_one("#words", DataTable).has_focus
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_a_mark_changed_here_is_saved_at_once(make_app: AppFactory,
                                                     store_path: Path) -> None:
    some_words(store_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_words(pilot)
        await pilot.press("down", "down", "down")  # treaty, marked known by mistake
        await pilot.press("l")
        await settle(pilot)
        assert ("treaty", "n.", "learning") in rows(screen)
        with Store.open(store_path) as other:  # another connection sees it committed
            assert other.status_of("treaty", "NOUN") is WordStatus.LEARNING
        assert app.profile.status_of("treaty", "NOUN") is WordStatus.LEARNING
        await pilot.press("n")  # unmarked: back to new, still listed
        await settle(pilot)
        assert ("treaty", "n.", "new") in rows(screen)
        assert app.store.status_of("treaty", "NOUN") is WordStatus.NEW


async def test_a_notice_here_covers_neither_the_filter_nor_the_lines_below(
        make_app: AppFactory, store_path: Path) -> None:
    """As in the library (QA walk-through: "Added …" over its filter box): the notice of a
    mark shows over the list's end, not over the filter, the summary or the key bar."""
    from textual.widgets._toast import Toast

    from reader.widgets.key_bar import KeyBar

    some_words(store_path)
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_words(pilot)
        await pilot.press("down", "l")
        await settle(pilot)
        [toast] = list(screen.query(Toast))
        assert screen.query_one("#words", DataTable).region.contains_region(toast.region)
        for kept in (screen.query_one("#words-filter", Input),
                     screen.query_one("#words-summary", Static), screen.query_one(KeyBar)):
            assert not toast.region.overlaps(kept.region), (toast.region, kept.region)


async def test_u_takes_back_the_marks_changed_here_last_first(make_app: AppFactory,
                                                               store_path: Path) -> None:
    """A mark changed by mistake on this screen could only be changed again by hand,
    knowing what it had been (QA walk-through): u puts it back, each change in turn."""
    some_words(store_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_words(pilot)
        await pilot.press("down", "down", "down")  # treaty, known
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert app.store.status_of("treaty", "NOUN") is WordStatus.IGNORED
        await pilot.press("u")
        await settle(pilot)
        assert app.store.status_of("treaty", "NOUN") is WordStatus.LEARNING
        await pilot.press("u")
        await settle(pilot)
        assert ("treaty", "n.", "known") in rows(screen)
        assert app.profile.status_of("treaty", "NOUN") is WordStatus.KNOWN
        await pilot.press("u")  # nothing left to undo: nothing changes
        await settle(pilot)
        assert app.store.status_of("treaty", "NOUN") is WordStatus.KNOWN


async def test_a_word_marked_learning_here_comes_up_in_review(make_app: AppFactory,
                                                              store_path: Path) -> None:
    """`l` marked a word learning that no review ever asked: only "Review later" and
    quiz answers made a card (QA walk-through). Now it is due at once; `u` takes it out."""
    some_words(store_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_words(pilot)
        await pilot.press("down", "down", "down")  # treaty, known
        await pilot.press("l")
        await settle(pilot)
        assert "treaty" in {card.lemma for card in app.store.cards_to_review(app.now())}
        await pilot.press("u")
        await settle(pilot)
        assert "treaty" not in {card.lemma for card in app.store.cards_to_review(app.now())}


async def test_a_word_from_the_level_test_is_one_entry_and_one_mark(
        make_app: AppFactory, store_path: Path) -> None:
    """"early" was listed twice (QA walk-through): "known" from the level test, which
    saves a word under no part of speech, and "adj. new" where it was looked up. One
    entry; a mark changed there is the word's, whichever part of speech the reader
    meets it in, and u puts back each mark as it was."""
    with Store.open(store_path) as store:
        store.set_statuses([("early", "")], WordStatus.KNOWN, reason="placement")
        store.record_lookup("early", "early", "ADJ", sentence="It was early morning.",
                            definition="at or near the beginning of a period of time")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_words(pilot)
        assert rows(screen) == [("early", "adj.", "known")]
        await pilot.press("l")
        await settle(pilot)
        assert rows(screen) == [("early", "adj.", "learning")]
        for upos in ("ADJ", "ADV", ""):
            assert app.profile.status_of("early", upos) is WordStatus.LEARNING
        await pilot.press("u")
        await settle(pilot)
        assert rows(screen) == [("early", "adj.", "known")]
        assert app.store.statuses() == {("early", ""): WordStatus.KNOWN}


async def test_no_words_says_how_words_get_here(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_words(pilot)
        assert rows(screen) == []
        assert summary(screen) == NO_WORDS
        await pilot.press("k")  # nothing to mark: nothing happens
        assert rows(screen) == []


def test_matching_words_looks_at_the_lemma_the_form_and_the_meaning() -> None:
    from datetime import UTC, datetime

    from vocab.store import WordRow

    def row(lemma: str, word: str, definition: str, status: WordStatus) -> WordRow:
        return WordRow(lemma, "NOUN", status, word, "", None, definition,
                       datetime(2026, 1, 1, tzinfo=UTC))

    words = [row("mouse", "mice", "a small rodent", WordStatus.KNOWN),
             row("cat", "cats", "a feline mammal", WordStatus.LEARNING)]
    assert [r.lemma for r in matching_words(words, None, "MICE")] == ["mouse"]
    assert [r.lemma for r in matching_words(words, None, "mammal")] == ["cat"]
    assert [r.lemma for r in matching_words(words, WordStatus.KNOWN, "")] == ["mouse"]
    assert [r.lemma for r in matching_words(words, None, " ")] == ["cat", "mouse"]


async def test_enter_opens_the_story_a_word_was_met_in(make_app: AppFactory,
                                                       store_path: Path) -> None:
    from reader.screens.reading import ReadingScreen
    from vocab.articles import article_from_text

    with Store.open(store_path) as store:
        article_id = store.add_article(article_from_text(
            "Bus Fares Rise\n\nThe city council voted to raise bus fares on Tuesday."))
        store.set_status("fare", "NOUN", "learning", word="fares", article_id=article_id)
        deleted = store.add_article(article_from_text(
            "Trade Talks\n\nThe trade bloc met in Brussels on Monday."))
        store.set_status("bloc", "NOUN", "known", article_id=deleted)  # met in no story kept
        store.delete_article(deleted)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_words(pilot)
        assert [word for word, _, _ in rows(screen)] == ["bloc", "fare"]
        await pilot.press("enter")  # bloc: no story to open
        await settle(pilot)
        assert app.screen is screen
        assert any("no longer in your library" in str(n.message) for n in app._notifications)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.article_id == article_id


@pytest.mark.parametrize(("size", "columns"), [((80, 24), 4), ((120, 36), 6)])
async def test_the_table_fits_the_screen(make_app: AppFactory, store_path: Path,
                                         size: tuple[int, int], columns: int) -> None:
    """At 80 columns the meaning was cut mid-word at the screen's edge and "Met in" and
    "Changed" needed 60 presses of → (QA walk-through): the story and the date are shown
    on a wide screen only, and the meaning is shortened to what is left."""
    some_words(store_path)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_words(pilot)
        table = screen.query_one("#words", DataTable)
        assert len(table.columns) == columns
        assert table.virtual_size.width <= size[0]


async def test_enter_on_a_word_with_no_story_says_why(make_app: AppFactory,
                                                      store_path: Path) -> None:
    """A word the level test marked was "The story “aboriginal” was met in is no longer
    in your library": it was never met in one, and it read as a story called
    "aboriginal" (QA walk-through)."""
    from vocab.articles import article_from_text

    with Store.open(store_path) as store:
        store.set_statuses([("aboriginal", "")], WordStatus.KNOWN, reason="placement")
        article_id = store.add_article(article_from_text(
            "Memory\n\nThe hippocampus helps the brain store memories."))
        store.set_status("hippocampus", "NOUN", "learning", word="hippocampus",
                         article_id=article_id)
        store.delete_article(article_id)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_words(pilot)
        assert [word for word, _, _ in rows(screen)] == ["aboriginal", "hippocampus"]
        await pilot.press("enter", "down", "enter")
        await settle(pilot)
        assert app.screen is screen
        assert [str(n.message) for n in app._notifications] == [
            "“aboriginal” was marked in the level test, not met in a story.",
            "The story where you met “hippocampus” is no longer in your library.",
        ]


async def test_yours_counts_words_as_your_progress_does(
    make_app: AppFactory, store_path: Path
) -> None:
    """"nurse n." and "nurse v." learning are one word learning: Your words said "Yours:
    64 learning" where `reader stats` and Progress said 63 (QA walk-through)."""
    from datetime import UTC, datetime

    from vocab.stats import learner_stats

    with Store.open(store_path) as store:
        store.set_status("nurse", "NOUN", "learning")
        store.set_status("nurse", "VERB", "learning")
        store.set_status("bloc", "NOUN", "learning")
        learning = learner_stats(store, datetime.now(UTC)).words_learning
    assert learning == 2
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_words(pilot)
        assert len(rows(screen)) == 3  # an entry a part of speech
        assert "Showing 2 words. Yours: 2 learning" in summary(screen)


def many_words(store_path: Path, count: int) -> list[str]:
    """``count`` made-up words, one in three learning, the others known."""
    lemmas = [f"word{index:05d}" for index in range(count)]
    with Store.open(store_path) as store:
        for index, lemma in enumerate(lemmas):
            store.set_status(lemma, "NOUN", "learning" if index % 3 == 0 else "known",
                             definition=f"the meaning of made-up word number {index}")
    return lemmas


async def test_a_long_list_is_built_once_and_a_mark_changes_only_its_row(
        make_app: AppFactory, store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With thousands of words (a learner file imported), the list was built three times
    on opening (mount, first size, resume) and again after every mark or undo: each
    build of 6,000 rows froze the screen for 2-3 seconds (QA walk-through, 80x24). It
    is built once; a mark or an undo changes its row where it is."""
    builds: list[str | None] = []
    clear = DataTable.clear

    def counted_clear(table: DataTable, columns: bool = False) -> DataTable:
        builds.append(table.id)
        return clear(table, columns)

    monkeypatch.setattr(DataTable, "clear", counted_clear)
    lemmas = many_words(store_path, 1_200)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_words(pilot)
        table = screen.query_one("#words", DataTable)
        await until(pilot, lambda: table.row_count == len(lemmas))
        assert builds.count("words") == 1
        assert rows(screen)[:2] == [("word00000", "n.", "learning"), ("word00001", "n.", "known")]
        await pilot.press("down", "l")
        await settle(pilot)
        assert rows(screen)[1] == ("word00001", "n.", "learning")
        assert app.store.status_of("word00001", "NOUN") is WordStatus.LEARNING
        await pilot.press("u")
        await settle(pilot)
        assert rows(screen)[1] == ("word00001", "n.", "known")
        assert table.cursor_row == 1
        assert "400 learning · 800 known" in summary(screen)
        assert builds.count("words") == 1
        await pilot.press("s")  # learning only: a word marked known leaves the list
        await until(pilot, lambda: table.row_count == 400)
        assert rows(screen)[table.cursor_row][0] == "word00003"  # the cursor kept its row
        await pilot.press("k")
        await settle(pilot)
        assert table.row_count == 399 and "word00003" not in {row[0] for row in rows(screen)}
        assert rows(screen)[table.cursor_row][0] == "word00006"
        assert "399 learning · 801 known" in summary(screen)


async def test_a_word_s_meaning_and_story_show_as_written(make_app: AppFactory,
                                                          store_path: Path) -> None:
    """The table read its cells as markup: "[of a ship]" vanished from a meaning and a
    title's "[VIDEO]" from "Met in"; a "[/]" would have stopped the app. Shown as
    written, as the library shows titles."""
    from vocab.articles import article_from_text

    with Store.open(store_path) as store:
        article_id = store.add_article(article_from_text(
            "[VIDEO] Ports Reopen [/] Update\n\nThe ship's bow was damaged in the storm."))
        store.set_status("bow", "NOUN", "learning", word="bow", article_id=article_id,
                         definition="the front part [of a ship] [/]")
    app = make_app()
    async with app.run_test(size=(130, 30)) as pilot:
        screen = await open_words(pilot)
        table = screen.query_one("#words", DataTable)
        await until(pilot, lambda: table.row_count == 1)
        shown = "".join(segment.text for segment in table.render_line(1))  # under the header
        assert "the front part [of a ship] [/]" in shown
        assert "[VIDEO] Ports Reopen" in shown


async def test_p_practises_the_words_shown_even_when_none_is_due(
    make_app: AppFactory, store_path: Path
) -> None:
    """A learner back the next day with nothing due could not practise their words:
    Review said only when the next one comes back, and Your words had no quiz (QA
    walk-through). p quizzes the words shown, learning ones first, never the ignored;
    each answer is saved as a review's is."""
    from reader.screens.quiz import QuizScreen

    with Store.open(store_path) as store:
        store.set_status("glacier", "NOUN", "learning", word="glacier",
                         sentence="The glacier melted faster this summer than ever.")
        store.set_status("harbor", "NOUN", "learning", word="harbor",
                         sentence="The fishing boats stayed in the harbor during the storm.")
        store.set_status("counter", "VERB", "ignored", word="counter",
                         sentence="She tried to counter his argument with facts.")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_words(pilot)
        assert app.store.count_to_review(app.now()) == 0
        await pilot.press("p")
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        assert quiz.session is not None
        asked = {target.lemma for item in quiz.session.items for target in item.targets}
        assert asked == {"glacier", "harbor"}
        first = quiz.session.items[0]
        if first.type == "spelling":
            await pilot.press(*first.targets[0].form, "enter")
        else:
            await pilot.press("1")
        await settle(pilot)
        assert len(app.store.answers()) == 1


@pytest.mark.parametrize("width", [80, 100])
async def test_the_key_bar_lists_enter_to_open_the_words_story(
        make_app: AppFactory, store_path: Path, width: int) -> None:
    """The table's own (hidden) Enter shadowed the screen's "⏎ Open its story": the bar
    never listed it, at 100 columns or any other (QA walk-through)."""
    from reader.widgets.key_bar import KeyBar

    some_words(store_path)
    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        screen = await open_words(pilot)
        await pilot.pause()
        assert "Open its story" in str(screen.query_one(KeyBar).render())
        # Not while typing a filter, where Enter only goes back to the list.
        await pilot.press("slash")
        await pilot.pause()
        assert "Open its story" not in str(screen.query_one(KeyBar).render())


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 30)])
async def test_the_key_bar_shows_practise_and_filter_at_every_width(
        make_app: AppFactory, store_path: Path, size: tuple[int, int]) -> None:
    """At 100 columns the bar left out "p Practise" and "/ Filter" to keep one line: a
    learner did not find them. It takes a second line instead, each within the width,
    and the list keeps most of the screen."""
    from reader.widgets.key_bar import KeyBar

    some_words(store_path)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_words(pilot)
        await pilot.pause()
        bar = screen.query_one(KeyBar)
        lines = str(bar.render()).split("\n")
        shown = "\n".join(lines)
        for key in ("p Practise", "/ Filter", "k Known", "l Learning", "i Ignore",
                    "n Unmark", "u Undo", "s Show", "⏎ Open its story", "esc Close",
                    "? Help"):
            assert f" {key} " in shown, (key, shown)
        assert len(lines) <= 2 and all(len(line) <= size[0] for line in lines)
        assert bar.region.height == len(lines) and bar.region.bottom == size[1]


async def test_preparing_a_practice_stays_said_until_the_practice_opens(
    make_app: AppFactory, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """"Preparing a practice of 2 words…" went after 3 s while under load the practice
    took longer, with nothing on screen to say so (QA walk-through)."""
    import threading

    import vocab.quiz_words
    from reader.notices import notice_shown
    from reader.screens.quiz import QuizScreen

    made = threading.Event()
    real = vocab.quiz_words.review_quiz

    def held(*args: object, **kwargs: object) -> object:
        made.wait(20)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(vocab.quiz_words, "review_quiz", held)
    with Store.open(store_path) as store:
        store.set_status("glacier", "NOUN", "learning", word="glacier",
                         sentence="The glacier melted faster this summer than ever.")
        store.set_status("harbor", "NOUN", "learning", word="harbor",
                         sentence="The fishing boats stayed in the harbor during the storm.")
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_words(pilot)
        await pilot.press("p")
        await pilot.pause(3.5)
        assert notice_shown(app, "Preparing a practice of 2 words…")
        made.set()
        await settle(pilot)
        assert isinstance(app.screen, QuizScreen)
        assert not notice_shown(app, "Preparing a practice of 2 words…")


async def test_a_mark_and_its_undo_name_the_word_as_the_table_shows_it(
        make_app: AppFactory, store_path: Path) -> None:
    """The table lists "treaty"; its mark and undo notices said "treaties", the form met
    in the story, so the learner could not tell which row had changed (QA walk-through)."""
    some_words(store_path)
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await open_words(pilot)
        await pilot.press("down", "down", "down")  # treaty, met as "treaties"
        await pilot.press("k")  # already known
        await pilot.press("l", "u")
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert said[0] == "“treaty” is already known."
        assert said[1].startswith("“treaty” marked learning (was known).")
        assert said[2] == "Undone: “treaty” is known again."
        assert not any("treaties" in text for text in said)
        assert ("treaty", "n.", "known") in rows(screen)
