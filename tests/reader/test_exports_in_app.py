"""Exports started from the app: the learner's words (Anki, CSV) from the command
palette, a lesson of the article being read (e); the app says where each file went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from reader_steps import SIZE, article_view, open_article, open_text, settle, until

from reader.app import ReaderApp
from vocab.models import WordStatus

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


async def _until_file(pilot, folder: Path, pattern: str) -> list[Path]:  # type: ignore[no-untyped-def]
    # Up to a minute: a lesson's quiz took over ten seconds on two shared cores.
    for _ in range(1200):
        found = sorted(folder.glob(pattern))
        if found:
            return found
        await pilot.pause(0.05)
    return []


async def test_words_are_exported_for_anki_and_as_a_spreadsheet_from_the_palette(
    make_app: AppFactory, tmp_path: Path,
) -> None:
    app = make_app()
    app.export_dir = tmp_path / "exports"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await app.run_action("export_words('anki')")
        await settle(pilot)
        assert not (tmp_path / "exports").exists()  # nothing to export yet: no empty deck
        # A word with neither a definition nor a sentence makes no card: no deck.
        app.store.set_status("bloc", "NOUN", WordStatus.LEARNING, word="bloc")
        await app.run_action("export_words('anki')")
        await settle(pilot)
        assert not list((tmp_path / "exports").glob("*.apkg"))
        assert any("has a definition or a sentence" in str(n.message)
                   for n in app._notifications)
        app.store.set_status("bloc", "NOUN", WordStatus.LEARNING, word="bloc",
                             definition="a group of countries with common goals")
        await pilot.press("ctrl+p", *"export words for anki")
        await pilot.pause(0.5)
        await pilot.press("enter")
        decks = await _until_file(pilot, tmp_path / "exports", "voa-reader-words-*.apkg")
        assert len(decks) == 1 and decks[0].stat().st_size > 0
        await app.run_action("export_words('csv')")
        sheets = await _until_file(pilot, tmp_path / "exports", "voa-reader-words-*.csv")
        assert "bloc" in sheets[0].read_text(encoding="utf-8")


async def test_a_lesson_of_the_article_is_exported(make_app: AppFactory, tmp_path: Path) -> None:
    app = make_app()
    app.export_dir = tmp_path
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        title = article_view(pilot).article.title
        await pilot.press("e")
        # Named after the article: a teacher's folder holds many lessons.
        # Whole words of the title: "...-to-get-security-", not "...-guara-".
        lessons = await _until_file(pilot, tmp_path,
                                    "lesson-russia-gets-chinas-support-to-get-security-B1-2*.html")
        assert len(lessons) == 1
        html = lessons[0].read_text(encoding="utf-8")
        assert title.split()[0] in html and "bloc" in html
        assert "Level: B1" in html  # the learner's level, which made its words and quiz


async def test_a_lesson_is_made_for_the_learners_level_and_says_so(
    make_app: AppFactory, tmp_path: Path,
) -> None:
    from vocab.models import Level

    app = make_app()
    app.export_dir = tmp_path
    app.set_level(Level.C1)
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("e")
        lessons = await _until_file(pilot, tmp_path, "lesson-*.html")
        assert "Level: C1" in lessons[0].read_text(encoding="utf-8")
        # And its name: a teacher's folder holds one article's handouts for two classes.
        assert "-C1-" in lessons[0].name


async def test_a_word_marked_known_leaves_the_glossary_and_the_lesson_prints_its_list(
    make_app: AppFactory, tmp_path: Path,
) -> None:
    """A word marked known stayed in the panel until the app was started again, where
    the CLI's glossary dropped it at once (QA walk-through); the handout prints the
    list on screen (it had printed a list made again, other words than those shown)."""
    from reader.widgets.glossary_panel import GlossaryPanel

    app = make_app()
    app.export_dir = tmp_path
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        panel = app.screen.query_one(GlossaryPanel)
        for _ in range(200):
            if panel.entries is not None:
                break
            await pilot.pause(0.05)
        generated = next(e for e in panel.entries or () if e.source != "article")
        upos = {"n.": "NOUN", "v.": "VERB", "adj.": "ADJ", "adv.": "ADV"}[generated.pos]
        app.store.set_status(generated.lemma, upos, WordStatus.KNOWN, word=generated.word)
        app.refresh_learner()
        await until(pilot, lambda: generated not in (panel.entries or (generated,)))
        shown = panel.entries or ()
        assert shown and generated not in shown
        await pilot.press("e")
        lessons = await _until_file(pilot, tmp_path, "lesson-*.html")
        html = lessons[0].read_text(encoding="utf-8")
        assert f"<dt>{generated.word} <em>" not in html
        assert all(f"<dt>{entry.word} <em>" in html for entry in shown)


async def test_a_second_lesson_of_the_article_is_another_version_of_the_quiz(
    make_app: AppFactory, tmp_path: Path,
) -> None:
    """Pressing e twice wrote two identical quizzes (QA walk-through): a teacher asking
    again wants a version B."""
    import re

    app = make_app()
    app.export_dir = tmp_path
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("e")
        await _until_file(pilot, tmp_path, "lesson-*.html")
        await settle(pilot)
        await pilot.press("e")
        for _ in range(200):
            lessons = sorted(tmp_path.glob("lesson-*.html"))
            if len(lessons) == 2:
                break
            await pilot.pause(0.05)
        assert len(lessons) == 2
        texts = [path.read_text(encoding="utf-8") for path in lessons]
        # Each copy says which it is, its quiz and its key (QA walk-through: the
        # printed copies and keys could not be told apart).
        versions = [re.findall(r"<h2>(?:Quiz|Answer key) \(version (\w)\)</h2>", text)
                    for text in texts]
        assert sorted(versions) == [["A", "A"], ["B", "B"]]
        quizzes = [re.sub(r"(?s).*<section class=\"quiz\"><h2>[^<]*</h2>", "", text)
                   for text in texts]
        assert quizzes[0] != quizzes[1]


async def test_an_export_folder_that_is_a_file_is_named_plainly(
    make_app: AppFactory, tmp_path: Path,
) -> None:
    """The app said "Could not save the lesson: [Errno 17] File exists: '...'"."""
    in_the_way = tmp_path / "exports"
    in_the_way.write_text("not a folder", encoding="utf-8")
    app = make_app()
    app.export_dir = in_the_way
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("e")
        for _ in range(200):
            said = [n.message for n in app._notifications if "Could not save" in n.message]
            if said:
                break
            await pilot.pause(0.05)
        assert said == [f"Could not save the lesson: {in_the_way} is a file, not a folder."]
        app.store.set_status("bloc", "NOUN", WordStatus.LEARNING, word="bloc")
        await app.run_action("export_words('csv')")
        for _ in range(200):
            said = [n.message for n in app._notifications
                    if "Could not save the export" in n.message]
            if said:
                break
            await pilot.pause(0.05)
        assert said == [f"Could not save the export: {in_the_way} is a file, not a folder."]


async def test_a_lesson_with_nothing_in_it_is_not_saved(
    make_app: AppFactory, tmp_path: Path,
) -> None:
    """e on "The cat is on the mat..." saved "a lesson with 0 words and 0 questions", an
    empty handout (QA walk-through)."""
    from vocab.articles import article_from_text

    app = make_app()
    app.export_dir = tmp_path
    article_id = app.store.add_article(article_from_text(
        "My dog\n\nI like my dog. My dog is big. We go to the park. It is a good day."))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article(article_id)
        await settle(pilot)
        await pilot.press("e")
        for _ in range(200):
            said = [n.message for n in app._notifications if "lesson" in n.message.lower()
                    and "Preparing" not in n.message]
            if said:
                break
            await pilot.pause(0.05)
        assert said and said[0].startswith("No lesson saved: this article has no word")
        assert not list(tmp_path.glob("lesson-*.html"))


async def test_the_export_notice_shows_the_file_name_whole_at_80_columns(
    make_app: AppFactory, tmp_path: Path,
) -> None:
    """The notice broke the path mid-word at 80 columns ("…2026-12-05.cs" / "v"): it
    names the folder once and the file whole, on a line of its own (QA walk-through)."""
    from textual.geometry import Region
    from textual.widgets._toast import Toast

    app = make_app()
    app.export_dir = tmp_path / "Documents" / "VOA Reader"
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app.store.set_status("bloc", "NOUN", WordStatus.LEARNING, word="bloc",
                             definition="a group of countries with common goals")
        await app.run_action("export_words('csv')")
        sheets = await _until_file(pilot, app.export_dir, "voa-reader-words-*.csv")
        await settle(pilot)
        toast = app.screen.query(Toast).last()
        lines = [strip.text.strip("▌ ") for strip in
                 toast.render_lines(Region(0, 0, *toast.outer_size))]
        assert sheets[0].name in lines
        assert sum(str(app.export_dir.parent) in line for line in lines) <= 1  # once
        assert lines[lines.index(sheets[0].name) + 1].startswith("in")


async def _lesson_notice(pilot, app: ReaderApp) -> str:  # type: ignore[no-untyped-def]
    for _ in range(1200):
        said = [str(n.message) for n in app._notifications
                if "lesson" in str(n.message).lower() and "Preparing" not in str(n.message)]
        if said:
            return said[0]
        await pilot.pause(0.05)
    return ""


async def test_a_lesson_says_which_level_it_was_made_for(
    make_app: AppFactory, tmp_path: Path,
) -> None:
    """e said "Saved a lesson with 5 words and 10 questions" for an A2 learner; the
    handout, made for A2, was meant for a teacher's B2 class, and nothing on screen said
    for which level it was (QA walk-through)."""
    app = make_app()
    app.export_dir = tmp_path
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("e")
        notice = await _lesson_notice(pilot, app)
        assert notice.startswith("Saved a lesson for your level (B1) with ")
        assert "E" in notice  # the key that makes one for a class at another level


CLASS_STORY = (
    "Town Opens a Repair Cafe\n\n"
    "Residents of a small town opened a repair cafe on Saturday. Volunteers fix broken "
    "lamps, toasters and bicycles for free, and teach visitors how to do it themselves. "
    "The organizers say the cafe keeps tons of waste out of landfills every year. "
    "\"People throw away things that need only a new fuse or a loose screw tightened,\" "
    "said one volunteer, a retired electrician. Visitors wait with a cup of coffee while "
    "their appliances are mended. The town council has promised a grant to keep the "
    "project running, and neighbouring villages plan to copy it.")


async def test_a_lesson_for_a_class_is_made_at_the_level_chosen_without_the_learners_words(
    make_app: AppFactory, tmp_path: Path,
) -> None:
    """A teacher could make a handout only for the app's own learner: their level and
    without the words they had marked known; the command line's `export lesson --level`
    makes one for a class (QA walk-through). E asks the class's level."""
    from reader.screens.lesson_level import LessonLevelDialog
    from reader.widgets.glossary_panel import GlossaryPanel

    app = make_app()
    app.export_dir = tmp_path
    async with app.run_test(size=SIZE) as pilot:
        await open_text(pilot, CLASS_STORY)
        panel = app.screen.query_one(GlossaryPanel)
        await until(pilot, lambda: panel.entries is not None, 60.0)
        known = next(e for e in panel.entries or () if e.source != "article")
        upos = {"n.": "NOUN", "v.": "VERB", "adj.": "ADJ", "adv.": "ADV"}[known.pos]
        app.store.set_status(known.lemma, upos, WordStatus.KNOWN, word=known.word)
        app.refresh_learner()
        await until(pilot, lambda: known not in (panel.entries or (known,)), 60.0)
        await pilot.press("E")
        await until(pilot, lambda: isinstance(app.screen, LessonLevelDialog))
        await pilot.press("enter")  # the learner's level is offered first
        lessons = await _until_file(pilot, tmp_path, "lesson-*.html")
        html = lessons[0].read_text(encoding="utf-8")
        assert "Level: B1" in html
        assert f"<dt>{known.word} <em>" in html  # a class does not know the learner's words
        assert (await _lesson_notice(pilot, app)).startswith("Saved a lesson for a B1 class")
        await pilot.press("E")
        await until(pilot, lambda: isinstance(app.screen, LessonLevelDialog))
        await pilot.press("down", "enter")
        await until(pilot, lambda: len(list(tmp_path.glob("lesson-*.html"))) == 2, 60.0)
        newest = max(tmp_path.glob("lesson-*.html"), key=lambda p: p.stat().st_mtime_ns)
        assert "Level: B2" in newest.read_text(encoding="utf-8")


async def test_a_straight_apostrophe_in_a_title_is_dropped_from_the_file_name() -> None:
    """"How Painted Lines Changed a City's Streets" was saved as "...-a-city-s-streets",
    where "China’s" (a curly apostrophe) gave "chinas" (QA walk-through)."""
    from reader.exporting import file_stem

    assert file_stem("How Painted Lines Changed a City's Streets") == (
        "how-painted-lines-changed-a-citys-streets")
    assert file_stem("Russia Gets China’s Support") == "russia-gets-chinas-support"


LONG_TITLE_STORY = (
    "Town Council Votes to Rebuild the Old Railway Station Beside the River Market\n\n"
    "The town council voted on Tuesday to rebuild the old railway station beside the "
    "river market. The building has stood empty for twenty years, and its roof "
    "collapsed during a storm last winter. Engineers said the brick walls were still "
    "sturdy enough to keep. The council will borrow money to restore the waiting hall "
    "and add a covered platform. Shopkeepers at the market welcomed the decision. They "
    "hope that passengers will stroll through the stalls and buy vegetables, bread and "
    "cheese. Some residents objected to the cost, which they called extravagant, but "
    "the mayor said the station would attract visitors and revive the neighborhood."
)


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_the_lesson_notice_shortens_a_long_file_name_rather_than_break_it(
    make_app: AppFactory, tmp_path: Path, size: tuple[int, int],
) -> None:
    """A lesson of a story with a long title is named by most of it: the notice broke
    its name over two lines ("lesson-town-council-...-2" / "026-12-06.html"). A name too
    long for the notice is shortened in the middle, its start and its date kept, on
    one line; the folder on the next (its last folders, when it is long too)."""
    from textual.geometry import Region
    from textual.widgets._toast import Toast

    app = make_app()
    app.export_dir = tmp_path / "Lessons"
    async with app.run_test(size=size, notifications=True) as pilot:
        await open_text(pilot, LONG_TITLE_STORY)
        await pilot.press("e")
        [lesson] = await _until_file(pilot, app.export_dir, "lesson-*.html")
        assert len(lesson.name) > 50  # too long for the notice
        await until(pilot, lambda: any(
            "Saved a lesson" in str(t.render()) for t in app.screen.query(Toast)))
        toast = next(t for t in app.screen.query(Toast) if "Saved a lesson" in str(t.render()))
        lines = [strip.text.strip("▌ ") for strip in
                 toast.render_lines(Region(0, 0, *toast.outer_size))]
        [named] = [line for line in lines if line.startswith("lesson-")]
        start, end = named.split("…")
        assert lesson.name.startswith(start) and lesson.name.endswith(end)
        assert end.endswith(".html") and lesson.name[-16:-5] in end  # the date
        assert "B1-" in end  # and the class's level
        folder = lines[lines.index(named) + 1]
        assert folder.startswith("in ") and folder.endswith("/Lessons")
        assert str(app.export_dir).endswith(folder.removeprefix("in ").lstrip("…"))


async def test_the_lesson_notice_stays_until_it_is_saved_and_e_starts_no_second_export(
    make_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first lesson of a session took about 20 s while "Preparing the lesson…" went
    after 3: a teacher saw nothing and pressed e again (QA walk-through)."""
    import threading

    import reader.exporting

    release = threading.Event()
    made: list[int] = []
    export = reader.exporting.export_lesson

    def slow_export(*args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(1)
        release.wait(30)
        return export(*args, **kwargs)

    monkeypatch.setattr(reader.exporting, "export_lesson", slow_export)
    app = make_app()
    app.export_dir = tmp_path

    def preparing() -> int:
        return sum(n.message == "Preparing the lesson…" for n in app._notifications)

    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("e")
        await until(pilot, lambda: bool(made))
        await pilot.pause(3.5)
        assert preparing() == 1  # still said, once
        await pilot.press("e")
        await pilot.pause(0.5)
        assert preparing() == 1 and len(made) == 1
        release.set()
        lessons = await _until_file(pilot, tmp_path, "lesson-*.html")
        await until(pilot, lambda: preparing() == 0)
        assert len(lessons) == 1 and len(made) == 1 and preparing() == 0
        assert any("Saved a lesson" in str(n.message) for n in app._notifications)
