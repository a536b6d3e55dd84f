"""The learner's path through the app, driven with Pilot: read, look up, mark, glossary."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from reader_steps import (
    SIZE,
    article_view,
    marked_lemmas,
    open_article,
    open_details,
    open_glossary,
    open_text,
    settle,
    until,
)
from rich.style import Style as RichStyle
from textual.content import Content, Span
from textual.geometry import Offset
from textual.pilot import Pilot
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual
from textual.widgets import OptionList, Select, Static

from reader.app import ReaderApp
from reader.marks import WordMark
from reader.screens.details import WordDetailsScreen
from reader.screens.reading import ReadingScreen
from reader.screens.settings import SettingsScreen
from reader.widgets.article_view import ArticleText, ArticleView
from reader.widgets.glossary_panel import GlossaryPanel
from reader.widgets.legend import Legend
from vocab.engine import Engine
from vocab.models import Level, Token, WordStatus
from vocab.store import Store

pytestmark = pytest.mark.anyio

AppFactory = Callable[[], ReaderApp]


async def test_a_word_looked_up_is_saved_but_a_word_of_grammar_is_not(
    make_app: AppFactory,
) -> None:
    """A CSV of the learner's words began with "the", "so", "some": every word whose
    details were opened was saved as looked up (QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        tokens = view.analysis.tokens  # type: ignore[union-attr]
        grammar = next(i for i, t in enumerate(tokens) if t.text.lower() == "the")
        content = next(iter(view.marks))
        for index in (grammar, content):
            view.focused_token = index
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, WordDetailsScreen)
            await until(pilot, lambda: app.screen.details is not None)  # type: ignore[attr-defined]
            await pilot.press("escape")
            await settle(pilot)
        assert len(app.store.lookup_times()) == 1


async def test_mark_known_from_details_clears_every_occurrence_and_survives_restart(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        assert view.marks, "the VOA story has words above B1"
        await pilot.press("n")
        index = view.focused_token
        assert index in view.marks
        token = view.analysis.tokens[index]  # type: ignore[union-attr]
        lemma = token.lemma.lower()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WordDetailsScreen)
        assert app.screen.details is not None
        assert app.screen.details.token.text == token.text
        shown = str(app.screen.query_one("#details-sense", Static).render())
        details = app.screen.details
        own = details.glossary_entry
        # VOA's own definition when the story has one, else the sense in the words the
        # glossary prints (not WordNet's gloss whole)
        expected = own.definition if own is not None and own.source == "article" else (
            details.definition)
        assert expected and expected in shown
        await pilot.press("k")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert lemma not in marked_lemmas(article_view(pilot))
        assert app.store.status_of(token.lemma, token.upos) is WordStatus.KNOWN

    restarted = make_app()
    async with restarted.run_test(size=SIZE) as pilot:
        assert restarted.store.status_of(token.lemma, token.upos) is WordStatus.KNOWN
        await open_article(pilot)
        assert lemma not in marked_lemmas(article_view(pilot))


async def test_a_word_marked_in_a_story_another_app_deleted_is_saved_without_a_crash(
    make_app: AppFactory, store_path: Path,
) -> None:
    """Two apps on one data dir: the other deletes the story this one has open. A word
    marked here is saved (without the story) instead of the app exiting with an
    internal error (QA walk-through: FOREIGN KEY constraint failed)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        with Store.open(store_path) as other:
            other.delete_article(screen.article_id)
        view = article_view(pilot)
        await pilot.press("n")
        token = view.analysis.tokens[view.focused_token]  # type: ignore[union-attr]
        await pilot.press("k")
        await settle(pilot)
        assert app.is_running and app.screen is screen
        assert app.store.status_of(token.lemma, token.upos) is WordStatus.KNOWN


def test_every_level_has_a_highlight_style() -> None:
    from reader.widgets.article_view import MarkedText

    assert {f"word--{level.value.lower()}" for level in Level} <= MarkedText.COMPONENT_CLASSES


async def test_an_easy_word_the_learner_is_learning_is_highlighted(make_app: AppFactory) -> None:
    """A learner may keep an A1 word to learn ("touch" in "keep in touch"): it is marked
    like any word being learned (this crashed the reader: no style for A1)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        assert view.analysis is not None
        index, token = next((i, t) for i, t in enumerate(view.analysis.tokens)
                            if t.level is Level.A1 and not t.proper_noun and t.is_word
                            and t.upos in {"NOUN", "VERB", "ADJ"})
        app.store.set_status(token.lemma, token.upos, WordStatus.LEARNING)
        app.refresh_learner()
        await settle(pilot)
        assert view.marks[index].level is Level.A1
        # Being learnt shows: the band's style in italics (the legend says so).
        assert view.marks[index].learning
        assert view.query_one(ArticleText).word_style(view.marks[index]).italic
        assert "learning" in str(app.screen.query_one(Legend).render())
        view.focused_token = index
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        app.pop_screen()
        await settle(pilot)
        await open_article(pilot)  # and drawn again by a new screen
        assert article_view(pilot).marks[index].level is Level.A1


async def test_a_learner_picks_the_right_meaning_and_it_is_kept(make_app: AppFactory) -> None:
    """A wrong meaning ("builders": a substance added to soaps) could only be read
    past (QA walk-throughs): a number in word details picks one of the other meanings,
    kept for the word in this article, and read so after a restart."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        view = article_view(pilot)
        for _ in view.marks:  # the first highlighted word with other meanings
            await pilot.press("n")
            index = view.focused_token
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, WordDetailsScreen)
            details = app.screen.details
            assert details is not None
            if details.other_senses and details.expression is None and not (
                    details.glossary_entry and details.glossary_entry.source == "article"):
                break
            await pilot.press("escape")
            await settle(pilot)
        assert details.sense is not None
        picked = details.other_senses[0]
        others = str(app.screen.query_one("#details-others", Static).render())
        assert "1. " in others and "press its number" in others
        await pilot.press("1")
        await settle(pilot)
        await until(pilot, lambda: "(your choice)" in str(
            app.screen.query_one("#details-sense", Static).render()))
        assert app.screen.details is not None
        assert app.screen.details.sense == picked
        assert details.sense in app.screen.details.other_senses
        assert list(app.store.chosen_senses(screen.article_id).values()) == [picked.synset]
        await pilot.press("escape")
        await settle(pilot)
        assert screen.analysis is not None
        assert picked.synset in screen.analysis.chosen_senses.values()

    restarted = make_app()
    async with restarted.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        assert index is not None
        await open_details(pilot, index)
        assert isinstance(restarted.screen, WordDetailsScreen)
        assert restarted.screen.details is not None
        assert restarted.screen.details.sense == picked
        assert "(your choice)" in str(restarted.screen.query_one("#details-sense", Static).render())


async def test_the_kept_meaning_is_confirmed_inside_the_dialog(make_app: AppFactory) -> None:
    """"This meaning is kept for “rider” wherever this story uses it." was a notice drawn
    under the word details dialog, cut off (QA walk-through): the dialog says it."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        for _ in view.marks:  # the first highlighted word with other meanings
            await pilot.press("n", "enter")
            await settle(pilot)
            details = app.screen.details  # type: ignore[attr-defined]
            if details.other_senses and details.expression is None and not (
                    details.glossary_entry and details.glossary_entry.source == "article"):
                break
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("1")
        await settle(pilot)
        await until(pilot, lambda: "wherever this story uses it" in str(
            app.screen.query_one("#details-sense", Static).render()))
        sense = str(app.screen.query_one("#details-sense", Static).render())
        assert "(your choice)" in sense and "wherever this story uses it" in sense
        assert not any("wherever this story" in str(n.message) for n in app._notifications)


WIND_UP = ("Half-Time Talk\n\nThe coach was angry. She had to wind her players up at "
           "half-time, and they won the game.")


async def test_a_learner_picks_an_expressions_meaning_and_it_is_kept(
        make_app: AppFactory) -> None:
    """"wind ... up" listed its other meanings with bullets, none to choose (QA
    walk-through): a number in the details of a word of an expression picks the
    expression's meaning, kept for it in this article, and read so after a restart."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_text(pilot, WIND_UP)
        view = article_view(pilot)
        assert view.analysis is not None
        view.focused_token = next(i for i, t in enumerate(view.analysis.tokens)
                                  if t.text == "up")
        await pilot.press("l")  # saved as the phrasal verb, with the meaning shown
        await app.workers.wait_for_complete()
        details = await open_details(pilot, "up")
        assert details.details is not None and details.details.expression is not None
        before = details.details.expression_sense
        [saved] = [w for w in app.store.words() if w.lemma == "wind up"]
        assert (saved.upos, saved.definition) == ("VERB", details.details.expression_definition)
        others = str(details.query_one("#details-others", Static).render())
        assert "1. " in others and "press its number" in others
        listed = [line.split(". ", 1)[1] for line in others.splitlines()[1:]]
        picked = details.details.expression_others[-1]
        await pilot.press(str(len(listed)))
        await until(pilot, lambda: "(your choice)" in str(
            details.query_one("#details-sense", Static).render()))
        assert details.details.expression_sense == picked
        assert before in details.details.expression_others
        assert app.store.chosen_senses(screen.article_id) == {("wind up", "VERB"): picked.synset}
        # The saved phrasal verb is kept with the meaning chosen for it.
        [saved] = [w for w in app.store.words() if w.lemma == "wind up"]
        assert saved.definition == details.details.expression_definition
        await pilot.press("escape")
        await settle(pilot)
        assert screen.analysis is not None
        assert screen.analysis.chosen_senses == {("wind up", "VERB"): picked.synset}

    restarted = make_app()
    async with restarted.run_test(size=SIZE) as pilot:
        restarted.open_article(screen.article_id)
        await settle(pilot)
        details = await open_details(pilot, "wind")  # the expression's other word
        assert details.details is not None
        assert details.details.expression_sense == picked
        shown = str(details.query_one("#details-sense", Static).render())
        assert "(your choice)" in shown and details.details.expression_definition in shown


async def test_other_meanings_read_as_the_meaning_does_once_chosen(
        make_app: AppFactory) -> None:
    """"octopus" as food was listed as WordNet's "tentacles of octopus prepared as
    food" and, once chosen, read "a kind of seafood: ..." (QA walk-through): the list
    words each meaning as the meaning above it would be."""
    async with make_app().run_test(size=SIZE) as pilot:
        await open_text(pilot, "Clever Animals\n\nAn octopus has eight arms and a soft "
                               "body. It lives on the bottom of the sea.")
        details = await open_details(pilot, "octopus")
        assert details.details is not None
        assert [s.synset for s in details.details.other_senses] == ["octopus.n.01"]
        others = str(details.query_one("#details-others", Static).render())
        listed = others.split("1. n. ", 1)[1].strip()
        assert listed.startswith("a kind of seafood")
        await pilot.press("1")
        await until(pilot, lambda: "(your choice)" in str(
            details.query_one("#details-sense", Static).render()))
        shown = str(details.query_one("#details-sense", Static).render())
        assert shown.split("(your choice): ", 1)[1].startswith(listed)


async def test_a_word_that_starts_its_sentence_is_shown_and_saved_in_lower_case(
        make_app: AppFactory) -> None:
    """Word details titled the word "Attendance" and said “Attendance” /əˈtɛndəns/, and
    the review saved it so, with the capital the start of its sentence gave it (QA
    walk-through): shown alone, a word is spelled as a dictionary spells it."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_text(pilot, "Harbour news\n\nTurnout at the harbour festival dropped "
                               "this year. Visitors from Norway came late.")
        details = await open_details(pilot, "Turnout")
        assert str(details.query_one("#details-word", Static).render()) == "turnout"
        facts = str(details.query_one("#details-facts", Static).render())
        assert "“Turnout”" not in facts and "“turnout”" in facts
        await pilot.press("r")
        await app.workers.wait_for_complete()
        assert [row.word for row in app.store.words() if row.lemma == "turnout"] == ["turnout"]


async def test_no_meaning_is_picked_under_the_storys_own_definition(
        make_app: AppFactory) -> None:
    """"counter" shows VOA's own definition: its other meanings were numbered, and a
    number "kept" a meaning that nothing then used (QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        details = await open_details(pilot, "counter")
        assert details.details is not None and details.details.other_senses
        assert "In this story (VOA)" in str(details.query_one("#details-sense", Static).render())
        others = str(details.query_one("#details-others", Static).render())
        assert "1. " not in others and "press its number" not in others
        await pilot.press("1")
        await settle(pilot)
        assert app.store.chosen_senses(screen.article_id) == {}


async def test_word_details_name_the_idiom_the_word_is_part_of(make_app: AppFactory) -> None:
    """"touch" in "keep in touch" is first part of the idiom, then a word on its own;
    the other meanings carry VOA's labels ("n.", "adj."), not WordNet's letters."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot, "China supports Russia in NATO demands – Moscow")
        await open_details(pilot, "touch")
        assert isinstance(app.screen, WordDetailsScreen)
        shown = str(app.screen.query_one("#details-sense", Static).render())
        assert "part of the idiom “keep in touch”" in shown
        assert "“touch” on its own:" in shown
        others = str(app.screen.query_one("#details-others", Static).render())
        assert "• n. " in others or "• v. " in others
        assert "Other meanings of “touch” on its own:" in others  # not the idiom's
        assert "(n)" not in others and "(v)" not in others
        # An example is shown only when it uses the word: a synset's examples show any
        # of its words.
        assert "e.g." not in shown or "touch" in shown.split("e.g.", 1)[1]


async def test_a_word_of_a_compound_has_one_meaning_in_this_sentence(
        make_app: AppFactory) -> None:
    """"gouging" in "price gouging" read "In this sentence:" twice: the compound's
    meaning, then the word's own, "the activity of obtaining by coercion" (QA
    walk-through). The sentence uses the compound; the word's own sense is on its own."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_text(pilot, "Egg Prices Rise\n\nEgg prices have doubled this year. "
                        "Some shoppers accuse large egg producers of price gouging.")
        screen = await open_details(pilot, "gouging")
        await until(pilot, lambda: screen.details is not None)
        shown = str(screen.query_one("#details-sense", Static).render())
        assert "part of the noun “price gouging”: pricing above" in shown
        assert shown.count("In this sentence:") == 1
        assert "“gouging” on its own:" in shown


async def test_n_and_p_move_between_highlighted_words(make_app: AppFactory) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        words = view.highlighted
        await pilot.press("n", "n")
        assert view.focused_token == words[1]
        await pilot.press("p")
        assert view.focused_token == words[0]
        await pilot.press("tab")
        assert view.focused_token == words[1]
        await pilot.press("shift+tab", "shift+tab")
        assert view.focused_token == words[-1], "moving back from the first word wraps"


async def test_the_arrows_reach_every_word_highlighted_or_not(make_app: AppFactory) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        assert view.analysis is not None
        words = [i for i, token in enumerate(view.analysis.tokens) if token.is_word]
        await pilot.press("right", "right", "right")
        assert view.focused_token == words[2]
        await pilot.press("left")
        assert view.focused_token == words[1]
        plain = next(i for i in words if i not in view.highlighted)
        view.focused_token = words[words.index(plain) - 1]
        await pilot.press("right", "enter")  # a word the level leaves plain has details too
        assert view.focused_token == plain
        await pilot.pause()
        assert isinstance(pilot.app.screen, WordDetailsScreen)


async def test_focused_word_is_scrolled_into_view(make_app: AppFactory) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        await pilot.press("shift+tab")  # the last highlighted word, far below
        await pilot.pause()
        assert view.scroll_y > 0
        index = view.focused_token
        paragraph = next(p for p in view.query(ArticleText) if any(i == index for i, _ in p.tokens))
        line = paragraph.region.y + paragraph.position_of(index).y  # type: ignore[arg-type]
        assert view.region.y <= line < view.region.bottom


def _cells(strip: Strip) -> list[tuple[str, RichStyle | None]]:
    return [(character, segment.style) for segment in strip for character in segment.text]


def _assert_drawn_as_content_draws_it(text: ArticleText) -> None:
    """Every line of ``text`` as Textual's Content draws the whole text, each word
    styled afresh from the stylesheet (not from the widget's kept styles), the
    subheadings in bold."""
    headings = [Span(start, start + len(text._texts[n]), Style(bold=True))
                for n, (_, start) in enumerate(text._paragraphs) if n in text._subheadings]
    spans = headings + [
        Span(start, end, text.word_style(text.marks.get(index), index == text.focused)
             + Style.from_meta({"token": index}))
        for start, end, index in text._words]
    expected = Visual.to_strips(text, Content(text.text, spans), text.size.width, None,
                                text.visual_style, apply_selection=False, pad=True)
    assert len(expected) == text.size.height > 10
    for y, reference in enumerate(expected):
        assert _cells(text.render_line(y)) == _cells(reference.apply_offsets(0, y)), y


async def test_lines_are_drawn_as_textual_content_draws_the_whole_text(
    make_app: AppFactory,
) -> None:
    """Lines are drawn straight as segments and kept; a new highlight style or theme
    draws them again."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("n")
        await pilot.pause()
        text = article_view(pilot).query_one(ArticleText)
        _assert_drawn_as_content_draws_it(text)
        focused = text.position_of(text.focused)  # type: ignore[arg-type]
        style = _cells(text.render_line(focused.y))[focused.x][1]
        assert style is not None and style.reverse, "the focused word is drawn reversed"
        before = _cells(text.render_line(focused.y))
        app.mark_style = "background"
        await pilot.pause()
        assert _cells(text.render_line(focused.y)) != before
        _assert_drawn_as_content_draws_it(text)
        app.theme = "textual-light"
        await pilot.pause()
        _assert_drawn_as_content_draws_it(text)


def _look(strip: Strip) -> list[tuple[str, RichStyle | None]]:
    """What each cell shows (offsets in the styles' meta set aside)."""
    return [(character, style.clear_meta_and_links() if style else None)
            for character, style in _cells(strip)]


async def test_selected_text_is_drawn_selected_and_copied_as_shown(make_app: AppFactory) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        await open_article(pilot)
        text = article_view(pilot).query_one(ArticleText)
        plain = _look(text.render_line(0))
        text.screen.selections = {text: Selection(Offset(0, 0), Offset(5, 0))}
        await pilot.pause()
        selected = _look(text.render_line(0))
        assert selected[5:] == plain[5:]
        assert all(new != old for new, old in zip(selected[:5], plain[:5], strict=True))
        assert text.get_selection(text.text_selection) == (text.text[:5], "\n")  # type: ignore[arg-type]
        text.screen.selections = {}
        await pilot.pause()
        assert _look(text.render_line(0)) == plain


async def test_clicking_a_word_focuses_it_and_a_second_click_opens_details(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        paragraph = next(
            p for p in view.query(ArticleText) if any(i in view.marks for i, _ in p.tokens)
        )
        index = next(i for i, _ in paragraph.tokens if i in view.marks)
        offset = paragraph.position_of(index)
        await pilot.click(paragraph, offset=offset)
        assert view.focused_token == index
        await pilot.click(paragraph, offset=offset)
        await settle(pilot)
        assert isinstance(app.screen, WordDetailsScreen)


async def test_glossary_lists_voa_entries_and_jumps_to_first_use(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("g")
        await settle(pilot)
        panel = app.screen.query_one(GlossaryPanel)
        assert panel.display
        assert panel.entries
        voa = [e for e in panel.entries if e.source == "article"]
        assert [e.word for e in voa][:2] == ["bloc", "initiative"]
        options = panel.query_one(OptionList)
        assert options.has_focus
        assert "VOA" in str(options.get_option_at_index(0).prompt)
        await pilot.press("enter")  # the first entry: "bloc"
        view = article_view(pilot)
        assert view.has_focus
        assert view.focused_token is not None
        assert view.analysis.tokens[view.focused_token].text == "bloc"  # type: ignore[union-attr]
        # The panel is still shown beside the text: "g" goes back into its list (the
        # keyboard had no way back but hiding and showing it), then hides it.
        await pilot.press("g")
        assert panel.display and options.has_focus
        await pilot.press("down", "down")
        assert options.highlighted is not None and options.highlighted > 1
        await pilot.press("g")
        assert not panel.display and view.has_focus


async def test_known_in_the_glossary_marks_the_entry_under_the_cursor(
    make_app: AppFactory,
) -> None:
    """k in the glossary said "Move to a word first" (QA walk-through): it marks the
    entry the cursor is on, which then leaves the list, the cursor staying in place."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        panel = await open_glossary(pilot)
        options = panel.query_one(OptionList)
        while (entry := panel.highlighted_entry) is not None and entry.source == "article":
            await pilot.press("down")
        assert entry is not None
        at = options.highlighted
        await pilot.press("k")
        await until(pilot, lambda: entry not in (panel.entries or (entry,)))
        assert entry not in (panel.entries or ())
        assert app.profile.status_of(entry.lemma, {"n.": "NOUN", "v.": "VERB", "adj.": "ADJ",
                                                   "adv.": "ADV"}[entry.pos]) is WordStatus.KNOWN
        assert options.has_focus and options.highlighted == at


async def test_escape_in_the_glossary_closes_it_and_the_key_bar_says_so(
    make_app: AppFactory,
) -> None:
    """The key bar said "esc Library" over an open glossary, where esc closed the
    glossary (QA walk-through)."""
    from reader.widgets.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        bar = app.screen.query_one(KeyBar)
        assert "esc Library" in str(bar.render())
        await pilot.press("g")
        await settle(pilot)
        assert "esc Close glossary" in str(bar.render())
        assert "Library" not in str(bar.render())
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert not app.screen.query_one(GlossaryPanel).display
        assert article_view(pilot).has_focus
        assert "esc Library" in str(bar.render())


async def test_next_word_from_the_glossary_panel_leads_back_to_the_words(
    make_app: AppFactory,
) -> None:
    """With the glossary focused, "n" did nothing: the text did not have the focus
    (QA walk-throughs). It moves to the text's next word, as it does in the text."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_glossary(pilot)
        view = article_view(pilot)
        assert not view.has_focus and view.focused_token is None
        await pilot.press("n")
        assert view.has_focus and view.focused_token is not None


async def test_escape_after_word_details_from_the_glossary_goes_back_to_it(
    make_app: AppFactory,
) -> None:
    """Glossary (g), n, Enter, l: the key bar said "esc Library" and Esc left the article
    (QA walk-through). Details opened beside the glossary close back into its list, and
    while the glossary is shown Esc closes it first, the bar saying so."""
    from reader.widgets.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await open_glossary(pilot)
        bar = app.screen.query_one(KeyBar)
        await pilot.press("n", "enter")
        await settle(pilot)
        assert isinstance(app.screen, WordDetailsScreen)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert panel.display and panel.has_focus_within
        assert "esc Close glossary" in str(bar.render())
        # From an entry to its word in the text, the glossary still shown beside it.
        await pilot.press("enter")
        await settle(pilot)
        assert article_view(pilot).has_focus and panel.display
        assert "esc Close glossary" in str(bar.render())
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert not panel.display and article_view(pilot).has_focus
        assert "esc Library" in str(bar.render())


async def test_changing_the_level_changes_the_highlighting(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        at_b1 = set(view.marks)
        await pilot.press("s")
        assert isinstance(app.screen, SettingsScreen)
        app.screen.query_one("#level", Select).focus()
        await pilot.press("enter", "down", "down", "enter")  # B1 -> C1
        await pilot.press("escape")
        await settle(pilot)
        assert app.store.get_setting("level") == "C1"
        at_c1 = set(view.marks)
        assert at_c1 < at_b1
        assert all(view.analysis.tokens[i].level >= Level.C2 for i in at_c1)  # type: ignore[union-attr,operator]
        assert app.screen.query_one(Legend).level is Level.C1


async def test_i_know_the_rest_marks_new_words_on_screen_and_u_undoes(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        before = set(view.marks)
        visible = set(view.visible_tokens())
        await pilot.press("K")
        assert set(view.marks) == before, "nothing is marked before the learner confirms"
        await pilot.press("n")  # no
        assert set(view.marks) == before
        await pilot.press("K", "y")
        await settle(pilot)
        after = set(view.marks)
        assert after < before
        assert not (after & visible), "every highlighted word on screen is now known"
        assert app.store.statuses()
        # A sentence, which reads right wherever the toast wraps: "u" alone at a line's
        # end ("known. u" / "undoes.") read as a typo.
        said = str(list(app._notifications)[-1].message)
        assert said.startswith("Marked ") and said.endswith(" words as known. Press u to undo.")
        await pilot.press("u")
        assert set(view.marks) == before
        assert not app.store.statuses()


async def test_words_marked_by_i_know_the_rest_keep_their_sentence_story_and_meaning(
    make_app: AppFactory,
) -> None:
    """They were saved with none: Your words showed "relevant  adj.  known  —", Enter
    had no story to open and exports no sentence (QA walk-through). Each keeps where
    it was first met on the screen, as `k` keeps it, and the meaning it would show."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        await pilot.press("K", "y")
        await settle(pilot)
        rows = [row for row in app.store.words() if row.status is WordStatus.KNOWN]
        assert rows
        body = app.store.get_article(screen.article_id).article.body  # type: ignore[union-attr]
        for row in rows:
            assert row.article_id == screen.article_id, row
            assert row.word and row.word in row.sentence and row.sentence in body, row
            assert row.definition, row


async def test_i_know_the_rest_names_the_words_it_would_mark(
    make_app: AppFactory,
) -> None:
    """"Mark the 2 highlighted new words on the screen as known?" did not say which
    (QA walk-through): the question names them, in their dictionary form, as they are
    saved."""
    from reader.labels import NAMED_AT_MOST
    from reader.marks import new_difficult_keys
    from reader.screens.dialogs import ConfirmDialog

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        assert view.analysis is not None
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        keys = new_difficult_keys(view.analysis.tokens, view.visible_tokens(), app.profile,
                                  key_of=screen.saved_key)
        await pilot.press("K")
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        named = dialog.question.split(" as known: ", 1)[1]
        shown = [lemma for lemma, _ in keys]
        if len(shown) > NAMED_AT_MOST:
            first = NAMED_AT_MOST - 1
            assert named.endswith(f" and {len(shown) - first} more?")
            shown = shown[:first]
        assert all(lemma in named for lemma in shown), dialog.question
        await pilot.press("n")


async def test_i_know_the_rest_counts_the_words_on_screen_not_their_whole_paragraph(
    make_app: AppFactory,
) -> None:
    """A paragraph that runs on below the screen: its words down there are not seen,
    and "I know the rest" must not mark them known."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        text = view.query_one(ArticleText)
        below: list[int] = []
        for y in range(int(view.max_scroll_y) + 1):  # until a paragraph is cut so
            view.scroll_to(y=y, animate=False, immediate=True)
            await pilot.pause()
            top = round(view.scroll_y) - text.virtual_region.y
            bottom = top + view.scrollable_content_region.height
            visible = set(view.visible_tokens())
            line_of = {index: text.position_of(index).y for index in view.highlighted}
            assert {i for i, y in line_of.items() if top <= y < bottom} == visible & set(line_of)
            last_paragraph = text._paragraph_of(view.analysis.tokens[max(visible)].start)
            below = [i for i, y in line_of.items() if y >= bottom
                     and text._paragraph_of(view.analysis.tokens[i].start) == last_paragraph]
            if below:
                break
        assert below, "the test needs a paragraph cut by the screen's bottom edge"
        await pilot.press("K", "y")
        await settle(pilot)
        assert all(i in view.marks for i in below)


async def test_add_to_review_marks_the_word_as_due_wherever_it_appears(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        await pilot.press("n", "r")
        token = view.analysis.tokens[view.focused_token]  # type: ignore[union-attr,index]
        same = [
            i
            for i, t in enumerate(view.analysis.tokens)  # type: ignore[union-attr]
            if t.lemma.lower() == token.lemma.lower() and t.upos == token.upos
        ]
        assert all(view.marks[i].due for i in same)
        assert app.store.status_of(token.lemma, token.upos) is WordStatus.LEARNING


@pytest.mark.parametrize("key", ["r", "l"])
async def test_a_word_saved_from_the_reader_keeps_the_meaning_its_details_show(
    make_app: AppFactory, engine: Engine, key: str,
) -> None:
    """Saved without opening its details, "undercut" had no meaning kept, and its review
    asked WordNet's first ("sell cheaper than one's competition") instead of the
    story's."""
    from vocab.definitions import shown_definition

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        await pilot.press("n", key)
        index = view.focused_token
        assert index is not None and view.analysis is not None
        await app.workers.wait_for_complete()
        token = view.analysis.tokens[index]
        [row] = [w for w in app.store.words() if w.lemma == token.lemma]
        expected = shown_definition(engine.word_details(view.analysis, index, app.profile))
        assert expected and row.definition == expected


async def test_article_opened_before_opens_without_waiting(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        assert screen.analysis is not None, "shown from memory, before any worker ran"
        assert not screen.query_one(Legend).busy


async def test_escape_goes_back_to_the_library_and_q_quits(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("escape")
        assert type(app.screen).__name__ == "LibraryScreen"
        await pilot.press("q")
    assert app.return_code == 0


async def test_an_article_opened_again_is_shown_as_it_was_left(make_app: AppFactory) -> None:
    """The last few reading screens are kept: the same word focused, the text scrolled
    as it was; the reading is logged each time; five other articles push it out."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        first = await open_article(pilot)
        await pilot.press("n", "n", "n", "pagedown")
        view = article_view(pilot)
        focused, scrolled = view.focused_token, view.scroll_y
        assert focused is not None and scrolled > 0
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is first
        assert (view.focused_token, view.scroll_y) == (focused, scrolled)
        assert [r.article_id for r in app.store.readings()] == [first.article_id] * 2
        await pilot.press("escape")
        for article in app.store.list_articles():
            if article.id != first.article_id:
                app.open_article(article.id)
                await settle(pilot)
                await pilot.press("escape")
        body = "A sixth story, to open last."
        from vocab.models import Article

        app.open_article(app.store.add_article(
            Article(title="Sixth", body=body, paragraphs=((0, len(body)),))))
        await settle(pilot)
        await pilot.press("escape")
        app.open_article(first.article_id)
        await settle(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen is not first, "the oldest of the kept screens was let go"


async def test_a_deleted_article_lets_its_kept_screen_go(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_screen_installed(screen)
        await pilot.press("d", "y")
        await settle(pilot)
        assert not app.is_screen_installed(screen)
        assert screen.article_id not in {a.id for a in app.store.list_articles()}


async def test_a_kept_screen_catches_up_with_what_changed_while_it_was_away(
    make_app: AppFactory,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        view = article_view(pilot)
        before = set(view.marks)
        await pilot.press("escape")
        await settle(pilot)
        app.set_level(Level.C1)
        await settle(pilot)
        assert view.profile.level is not Level.C1, "not restyled while hidden"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert view.profile.level is Level.C1
        assert screen.query_one(Legend).level is Level.C1
        assert set(view.marks) < before, "fewer words above C1 than above B1"


async def test_a_kept_article_deleted_by_another_process_says_so(make_app: AppFactory) -> None:
    app = make_app()
    told: list[str] = []
    app.notify = lambda message, **_: told.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        await pilot.press("escape")
        await settle(pilot)
        app.store.delete_article(screen.article_id)  # as `reader` in another terminal would
        app.open_article(screen.article_id)
        await settle(pilot)
        assert type(app.screen).__name__ == "LibraryScreen"
        assert any("no longer in the library" in message for message in told)


async def _meaning_shown(make_app: AppFactory, body: str, word: str) -> str:
    """What word details say ``word`` means in a one-paragraph article of ``body``."""
    from vocab.models import Article

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article(app.store.add_article(
            Article(title="Story", body=body, paragraphs=((0, len(body)),))))
        await settle(pilot)
        view = article_view(pilot)
        assert view.analysis is not None
        view.focused_token = next(i for i, t in enumerate(view.analysis.tokens)
                                  if t.text == word)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WordDetailsScreen)
        return str(app.screen.query_one("#details-sense", Static).render())


async def test_a_compound_the_dictionary_lacks_shows_what_it_is_made_of(
    make_app: AppFactory,
) -> None:
    shown = await _meaning_shown(
        make_app, "Scientists say the moon has a methane-filled crust under its ice.",
        "methane-filled")
    assert "Made of:" in shown and "methane" in shown and "gas" in shown
    assert "No dictionary definition" not in shown


@pytest.mark.parametrize(("word", "said"), [
    ("up", "part of the phrasal verb “set up”"),  # the particle: the phrasal verb says it
    ("and", "A word of grammar"),
])
async def test_a_particle_or_a_grammar_word_is_not_said_to_lack_a_definition(
    make_app: AppFactory, word: str, said: str,
) -> None:
    """"up" in "set up" read "part of the phrasal verb ... No dictionary definition
    found.", as did "and" and "their" (QA walk-through)."""
    shown = await _meaning_shown(
        make_app, "The town set up a new market, and farmers sold their vegetables there.",
        word)
    assert said in shown and "No dictionary definition" not in shown


def test_a_rare_words_frequency_is_rounded_as_a_person_would() -> None:
    from reader.screens.details import frequency_text

    assert frequency_text(1.37) == "rare (1 in 43 million words)"
    assert frequency_text(2.4) == "rare (1 in 4 million words)"
    assert frequency_text(2.9) == "rare (1 in 1.3 million words)"
    assert frequency_text(3.5) == "less common (3.1 per million words)"
    # Near a boundary, one wording: "1 per million", never "1 in 1 million"; and below
    # "common" (10 per million) the figure is never rounded up to 10.
    assert frequency_text(2.99) == "less common (1 per million words)"
    assert frequency_text(3.999) == "less common (9.9 per million words)"


def _last_said(app: ReaderApp) -> str:
    return str(list(app._notifications)[-1].message)


async def _first_highlighted(pilot: Pilot) -> tuple[ArticleView, int, Token]:
    """An article opened and its first highlighted word chosen (n)."""
    await open_article(pilot)
    view = article_view(pilot)
    await pilot.press("n")
    index = view.focused_token
    assert index is not None and view.analysis is not None
    return view, index, view.analysis.tokens[index]


async def test_undo_says_which_word_and_a_repeated_mark_is_no_step(make_app: AppFactory) -> None:
    """"Undone." never named the word, and marking a word learning twice took two undo
    steps, the second changing nothing on screen (QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        _, _, token = await _first_highlighted(pilot)
        word = token.text
        await pilot.press("l")
        await pilot.press("l")
        assert _last_said(app) == f"“{word}” is already learning."
        await pilot.press("u")
        assert _last_said(app) == f"Undone: “{word}” is new again."
        await pilot.press("u")
        assert _last_said(app) == "Nothing to undo."
        await pilot.press("K", "y")
        await settle(pilot)
        await pilot.press("u")
        assert re.fullmatch(r"Undone: \d+ words are new again\.", _last_said(app))


async def test_n_says_so_when_no_word_is_highlighted(make_app: AppFactory) -> None:
    app = make_app()
    app.store.set_setting("level", "C2")
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        assert not view.highlighted, "nothing in the VOA story is above C2"
        await pilot.press("n")
        assert view.focused_token is None
        said = _last_said(app)
        assert "No word is highlighted" in said and "→" in said


async def test_the_next_word_is_found_from_the_text_on_screen(make_app: AppFactory) -> None:
    """After scrolling away (End, PgDn), n went back to the first highlighted word at
    the top, or to the one after the word left behind (QA walk-through): it goes on
    from the text on screen, and shift+n likewise backwards."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        await pilot.press("end")
        await pilot.pause()
        on_screen = view.visible_tokens()
        await pilot.press("n")
        await pilot.pause()
        shown = [w for w in view.highlighted if on_screen[0] <= w <= on_screen[-1]]
        assert shown and view.focused_token == shown[0]
        await pilot.press("home")
        await pilot.pause()
        top = view.visible_tokens()
        await pilot.press("n")
        await pilot.pause()
        assert view.focused_token == next(w for w in view.highlighted if w >= top[0])


async def test_review_later_can_be_undone(make_app: AppFactory) -> None:
    """Every mark but "Review later" said "Press u to undo" (QA walk-through): it is
    undone like them, its new review card taken out with it."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view, index, token = await _first_highlighted(pilot)
        await pilot.press("r")
        assert _last_said(app) == f"“{token.text}” added to your review. Press u to undo."
        assert (token.lemma, token.upos) in app.store.due_keys(app.now())
        await pilot.press("r")
        assert _last_said(app) == f"“{token.text}” is in your review already."
        await pilot.press("u")
        await pilot.pause()
        assert _last_said(app) == f"Undone: “{token.text}” is new again, and out of your review."
        assert app.store.status_of(token.lemma, token.upos) is WordStatus.NEW
        assert (token.lemma, token.upos) not in app.store.due_keys(app.now())
        assert not view.marks[index].due


async def test_the_legend_fits_80_columns_at_every_level(make_app: AppFactory) -> None:
    """At A1 the legend ran past 80 columns: "... learning  due for" (QA walk-through)."""
    app = make_app()
    app.store.set_setting("level", "A1")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(pilot)
        legend = app.screen.query_one(Legend)
        line = legend.render()
        assert line.cell_length <= legend.size.width, str(line)
        assert str(line).endswith(" due for review ") and "C2 underlined" in str(line)


async def test_a_notice_at_80x24_leaves_the_key_bar_and_legend_in_view(
    make_app: AppFactory,
) -> None:
    """At 80x24 "“word” marked learning. Press u to undo." covered the key bar for
    seconds (QA walk-through): notices show at the top, over the text."""
    from textual.widgets._toast import Toast

    from reader.widgets.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _first_highlighted(pilot)
        await pilot.press("l")
        await pilot.pause(0.3)
        toasts = list(app.screen.query(Toast))
        assert toasts
        for below in (app.screen.query_one(KeyBar), app.screen.query_one(Legend)):
            assert not toasts[0].region.overlaps(below.region), (toasts[0].region, below.region)


TEXT_STYLES = ("bold", "italic", "underline", "reverse")


@pytest.mark.parametrize(("style", "no_color"), [("colour", True), ("background", True),
                                                  ("underline", False), ("underline", True)])
async def test_without_colour_every_level_has_a_text_style_the_legend_names(
    make_app: AppFactory, style: str, no_color: bool,
) -> None:
    """Under NO_COLOR, Textual turns colours to greys: B1, B2 and C1 were bold in greys
    close to the text's, only C2 stood out (underlined); "Underline only" had two tiers
    and its legend did not say which (QA walk-through at A2, 80x24). Without colour each
    level has a text style of its own, and the legend says which (on two lines at most)."""
    app = make_app()
    app.no_color = no_color
    app.store.set_setting("level", "A1")
    app.store.set_setting("highlight_style", style)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(pilot)
        text = article_view(pilot).query_one(ArticleText)
        legend = app.screen.query_one(Legend)
        shown = legend.render()
        described = " ".join(str(shown).split())
        looks = {}
        for level in list(Level)[1:]:
            drawn = text.word_style(WordMark(level))
            look = tuple(name for name in TEXT_STYLES if getattr(drawn, name))
            assert look, level
            looks[level] = look
            assert f"{level.value} {'+'.join(look)}" in described, described
        assert len(set(looks.values())) == len(looks), looks
        assert "C2 underlined" not in described
        lines = str(shown).splitlines()
        assert len(lines) <= 2 and legend.size.height == len(lines)
        assert all(len(line) <= legend.size.width for line in lines), lines
        assert described.endswith("due for review")


@pytest.mark.parametrize("key", ["r", "l"])
async def test_a_verb_of_a_phrasal_verb_is_saved_as_the_phrasal_verb(
    make_app: AppFactory, key: str,
) -> None:
    """Word details said "turn down: refuse to accept", and l saved "turn" with "change
    orientation or direction": its review and its Anki card asked the wrong meaning
    (QA walk-through)."""
    from vocab.articles import article_from_text

    app = make_app()
    article_id = app.store.add_article(article_from_text(
        "The Job Offer\n\nMaria thought about the new job for a week. In the end, she "
        "turned the offer down and stayed at the bakery."))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_article(article_id)
        await settle(pilot)
        view = article_view(pilot)
        assert view.analysis is not None
        view.focused_token = next(i for i, t in enumerate(view.analysis.tokens)
                                  if t.text == "turned")
        await pilot.press(key)
        await settle(pilot)
        [row] = [w for w in app.store.words() if w.lemma.startswith("turn")]
        assert (row.lemma, row.upos, row.word) == ("turn down", "VERB", "turned down")
        assert row.definition == "refuse to accept"
        assert app.store.status_of("turn", "VERB") is WordStatus.NEW


@pytest.mark.parametrize(("is_it", "said"), [
    (lambda t: t.text == "Putin" and t.proper_noun, "a name"),  # "Russia" showed
    (lambda t: t.upos == "NUM", "a number"),  # "level no level   rare", and "five" too
])
async def test_a_name_or_number_in_word_details_says_what_it_is_not_a_rare_word(
    make_app: AppFactory, is_it: Callable[[Token], bool], said: str,
) -> None:
    """"Russia" and "five" showed "level no level   rare" (QA walk-throughs)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        assert view.analysis is not None
        view.focused_token = next(i for i, t in enumerate(view.analysis.tokens) if is_it(t))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WordDetailsScreen)
        facts = str(app.screen.query_one("#details-facts", Static).render())
        assert facts.startswith(said)
        assert "rare" not in facts and "level" not in facts


async def test_arrows_do_not_stop_on_a_possessive(make_app: AppFactory) -> None:
    """"’s" in "Russia’s" was a stop of its own for → (QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        view = article_view(pilot)
        assert view.analysis is not None
        tokens = view.analysis.tokens
        russia = next(i for i, t in enumerate(tokens)
                      if t.text == "Russia" and tokens[i + 1].pos == "POS")
        view.focused_token = russia
        await pilot.press("right")
        assert view.focused_token == russia + 2
        await pilot.press("left")
        assert view.focused_token == russia


async def test_reading_an_article_never_writes_out_its_words(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Textual describes a worker by the repr of its arguments unless told otherwise:
    handing the analysis to the glossary's worker wrote out every token on the UI
    thread (~3 ms of each opening of a 1,000-word article); marking a word did it too."""
    written: list[Token] = []
    monkeypatch.setattr(Token, "__repr__", lambda token: written.append(token) or "Token")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        await pilot.press("n", "k")
        await settle(pilot)
        assert app.profile.statuses, "a word was marked"
    assert written == []


def _styles_of(screen: ReadingScreen) -> dict[object, tuple[str, dict[str, str]]]:
    """Every node's CSS rules, and those of its component classes (the words' styles)."""
    return {node: (node.styles.css, {name: node.get_component_styles(name).css
                                     for name in sorted(node._get_component_classes())})
            for node in screen.walk_children(with_self=True)}


async def test_an_article_opened_is_styled_as_a_full_style_pass_would_style_it(
    make_app: AppFactory,
) -> None:
    """A reading screen shown for the first time skips Textual's restyling of all its
    widgets, which were styled as they were mounted: a full pass would change nothing.
    Nor after a theme was chosen over it (in the word's details): the words have it."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        shown = _styles_of(screen)
        screen.update_node_styles(animate=False)
        assert _styles_of(screen) == shown
        await pilot.press("n", "enter")
        await settle(pilot)
        assert isinstance(app.screen, WordDetailsScreen)
        app.theme = "textual-light"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        again = _styles_of(screen)
        assert again != shown
        screen.update_node_styles(animate=False)
        assert _styles_of(screen) == again


async def test_opening_an_article_records_the_reading(make_app: AppFactory) -> None:
    """Its "last read" and the reading log (the stats' streaks), written after the
    article is shown; opened again from its kept screen, once more."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_article(pilot)
        stored = app.store.get_article(screen.article_id)
        assert stored is not None and stored.last_read_at is not None
        await pilot.press("escape")
        await settle(pilot)
        await open_article(pilot)
        assert app.screen is screen
        assert [reading.article_id for reading in app.store.readings()] == [
            screen.article_id, screen.article_id]


def test_the_words_of_the_text_are_found_where_they_are_shown() -> None:
    """Each word's place in the text as shown (paragraphs one blank line apart), the
    text between paragraphs left out, whatever the order the tokens come in."""
    body = "Hello world.\n\nNot shown\n\nA second\nline."
    paragraphs = ((0, 12), (25, 40))

    def token(start: int, end: int) -> Token:
        return Token(body[start:end], start, end, 0, body[start:end], "NN", "NOUN")

    tokens = [token(0, 5), token(6, 11), token(11, 12), token(14, 17), token(18, 23),
              token(25, 26), token(27, 33), token(34, 38), token(38, 39)]
    text = ArticleText(body, paragraphs)
    for order in (tokens, tokens[::-1]):
        text.set_tokens([(tokens.index(t), t) for t in order])
        words = {index: text.text[start:end] for start, end, index in text._words}
        assert words == {0: "Hello", 1: "world", 5: "A", 6: "second", 7: "line"}
    assert text.text == "Hello world.\n\nA second line."


async def test_the_key_bar_on_screen_follows_the_keys(make_app: AppFactory) -> None:
    """The bar is drawn again only when the keys it shows change (Textual tells it at
    every focus change): what is on screen, not only what it would render, follows."""
    from textual.geometry import Region

    from reader.widgets.key_bar import KeyBar

    def on_screen(bar: KeyBar) -> str:
        [line] = bar.render_lines(Region(0, 0, bar.size.width, 1))
        return line.text

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_article(pilot)
        bar = app.screen.query_one(KeyBar)
        assert "esc Library" in on_screen(bar)
        await pilot.press("g")
        await settle(pilot)
        assert "esc Close glossary" in on_screen(bar)
        await pilot.press("escape")
        await settle(pilot)
        assert "esc Library" in on_screen(bar)


async def test_a_run_on_text_shows_and_saves_the_words_around_a_word(
    make_app: AppFactory,
) -> None:
    """A text of one line with no full stops is one sentence: word details showed its
    10,400 words and pushed "Other meanings" off the screen, and the word was saved
    with them all (QA walk-through)."""
    phrase = ("the engineers repaired the irrigation canal after the flood had destroyed "
              "the embankment near the orchard where the villagers harvested apricots")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_text(pilot, "Market Day\n\n" + " and ".join([phrase] * 60))
        view = article_view(pilot)
        assert view.analysis is not None
        middle = [i for i, t in enumerate(view.analysis.tokens) if t.text == "flood"][30]
        screen = await open_details(pilot, middle)
        await until(pilot, lambda: screen.details is not None)
        await settle(pilot)
        others = screen.query_one("#details-others", Static)
        assert "Other meanings" in str(others.render())
        assert 0 < others.region.bottom <= SIZE[1]
        await pilot.press("l")
        await settle(pilot)
        await app.workers.wait_for_complete()
        [row] = [w for w in app.store.words() if w.lemma == "flood"]
        assert "flood" in row.sentence
        assert len(row.sentence.split()) < 100


OWN_LIST_STORY = (
    "Town Library Lends Drills\n\nThe town library now lends drills, ladders and sewing "
    "machines to anyone with a library card. A librarian checks every drill when it comes "
    "back, and volunteers repair the ones that break.\n\n"
    "Words in This Story\n\ndrill – n. a tool for making holes in wood or walls\n")


async def test_a_storys_own_list_is_not_called_voas_when_the_story_is_not(
    make_app: Callable[[], ReaderApp],
) -> None:
    """A teacher's own story with its "Words in This Story" showed "From the story
    (VOA's own list)" and "In this story (VOA): ..." (QA walk-through)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_text(pilot, OWN_LIST_STORY)
        await pilot.press("g")
        await settle(pilot)
        options = app.screen.query_one(GlossaryPanel).query_one(OptionList)
        await until(pilot, lambda: options.option_count > 0, 60.0)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert "From the story (its own list)" in shown
        assert not any("VOA" in line for line in shown)
        await pilot.press("escape")
        details = await open_details(pilot, "drills")
        await until(pilot, lambda: details.details is not None, 60.0)
        meaning = str(details.query_one("#details-sense", Static).render())
        assert meaning.startswith("In this story (the story's list): a tool for making holes")


async def test_answers_in_the_articles_quiz_restyle_the_article_once_on_return(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article under its quiz made its glossary again after every answer (each
    answer changes the learner), on the cores the quiz shares, and had the quiz redrawn
    whole: the quiz covers it, so it waits until the learner is back (QA walk-through)."""
    from reader.screens.quiz import QuizScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        reading = await open_article(pilot)
        made: list[object] = []
        prepare = reading._prepare_glossary

        def counted_prepare(*args: object) -> None:
            made.append(args)
            prepare(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(reading, "_prepare_glossary", counted_prepare)
        await pilot.press("z")
        await settle(pilot)
        quiz = app.screen
        assert isinstance(quiz, QuizScreen) and quiz.session is not None
        for _ in range(2):
            item = quiz.session.current
            assert item is not None
            if item.type == "spelling":
                await pilot.press(*item.targets[0].form, "enter")
            else:
                await pilot.press("1")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
        assert made == []
        await pilot.press("escape")  # leaving the quiz half done asks first
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert app.screen is reading
        assert len(made) == 1
        assert reading.query_one(ArticleView).profile is app.profile
