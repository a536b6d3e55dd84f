"""What the screens look like at 100x30, with a fixed clock and no animation.

Update after a deliberate change with ``pytest tests/snapshots --snapshot-update``
and look at the report before committing.
"""

from __future__ import annotations

from collections.abc import Callable

from reader_steps import open_article, settle
from textual.pilot import Pilot

from reader.app import ReaderApp

SNAPSHOT_SIZE = (100, 30)


async def _library(pilot: Pilot) -> None:
    await settle(pilot)


async def _reader_with_glossary(pilot: Pilot) -> None:
    await open_article(pilot)
    await pilot.press("g")
    await settle(pilot)


async def _word_details(pilot: Pilot) -> None:
    await open_article(pilot)
    await pilot.press("n", "enter")
    await settle(pilot)


def test_library(snap_compare: Callable[..., bool], make_app: Callable[[], ReaderApp]) -> None:
    """The library on first run: the filter box, then a table of the bundled seed
    articles sorted by title (▲ on Title) with source file, word count, estimated
    level, known share, glossary size and "never" read; "5 articles" under the
    table; the Footer lists a Add, d Delete, / Filter, o Sort, v Review, S Stats,
    f Feeds, w Words, q Quit, ? Help, s Settings (all on one line at 100 columns)."""
    assert snap_compare(make_app(), terminal_size=SNAPSHOT_SIZE, run_before=_library)


def test_reader_with_glossary(
    snap_compare: Callable[..., bool], make_app: Callable[[], ReaderApp]
) -> None:
    """The VOA seed "Russia Gets China's Support…": title, file name, paragraphs with
    words above B1 in colour (bold; C2 also underlined), names such as Putin and
    NATO plain. On the right, "Words in This Story": a dim heading "From the story
    (VOA's own list)" with bloc, initiative, counter… in VOA's layout (word –n.
    definition), the first entry highlighted; then the generated entries. The
    legend line shows the B2/C1/C2 samples, "learning" and "due for review"; the
    Footer lists esc Close glossary (and no second label for g, which closes it too),
    k/K Known, z Quiz, e/E Export lesson."""
    assert snap_compare(make_app(), terminal_size=SNAPSHOT_SIZE, run_before=_reader_with_glossary)


def test_word_details(snap_compare: Callable[..., bool], make_app: Callable[[], ReaderApp]) -> None:
    """Word details for the first highlighted word of the VOA seed ("expansion"),
    in a bordered box over the dimmed reader: the word, its base form, part of speech,
    level and frequency, IPA between slashes, the learner's status (new), the
    definition "In this sentence", the sentence with the word underlined, other
    meanings; the Footer lists Close, Known, Learning, Ignore, Review later."""
    assert snap_compare(make_app(), terminal_size=SNAPSHOT_SIZE, run_before=_word_details)
