"""``reader import URL_OR_FILE`` end to end: the learner command delegates to the web import."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from localweb import PAGES, LocalWeb, Route

from reader.cli import main
from reader.commands.web import load_article_from_source
from reader.paths import store_path
from vocab.store import Store

HTML = "text/html; charset=utf-8"
# The page's cookie banner, menu, share bar, photo caption, related stories, comments
# and footer: 30 lines, every one the extractor left out (it said 2, the lines the
# cleaning removed after it, and a teacher could not tell the page was cleaned).
EXPECTED_VOA_OUTPUT = """\
Imported article 1: Farmers in Kenya Turn to Drought-Resistant Crops
245 words; 30 lines of page clutter left out.

Farmers in eastern Kenya are planting old crops in new ways as the rains become harder to \
predict.

Words in This Story
  predict –v. to say that something will or might happen in the future
  harvest –n. the amount of crops that are gathered
  generation –n. a group of people born and living during the same time
  give up –phrasal verb to stop trying to do something
  market –n. a place or group of people where goods can be sold
"""


def test_import_a_voa_page(web: LocalWeb, capsys: pytest.CaptureFixture[str]) -> None:
    url = web.serve_file("/a/kenya-crops.html", "voa_story.html", HTML)
    assert main(["import", url]) == 0
    assert capsys.readouterr().out == EXPECTED_VOA_OUTPUT
    with Store.open(store_path()) as store:
        [summary] = store.list_articles()
        stored = store.get_article(summary.id)
    assert stored is not None
    assert stored.source_url == url
    assert stored.fetched_at is not None
    assert stored.article.title == "Farmers in Kenya Turn to Drought-Resistant Crops"
    assert len(stored.article.glossary) == 5


def test_importing_the_same_url_twice_updates(
    web: LocalWeb, capsys: pytest.CaptureFixture[str]
) -> None:
    url = web.serve_file("/a/kenya-crops.html", "voa_story.html", HTML)
    assert main(["import", url]) == 0
    changed = (PAGES / "voa_story.html").read_text().replace(
        "harder to predict.", "much harder to predict.")
    web.routes["/a/kenya-crops.html"] = Route(changed.encode(), HTML)
    capsys.readouterr()
    assert main(["import", url]) == 0
    assert capsys.readouterr().out.startswith("Updated article 1: Farmers in Kenya")
    with Store.open(store_path()) as store:
        [summary] = store.list_articles()
        stored = store.get_article(summary.id)
    assert stored is not None
    assert "much harder to predict" in stored.article.body


def test_import_a_local_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.html"
    story.write_bytes((PAGES / "voa_story.html").read_bytes())
    assert main(["import", str(story)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported article 1: Farmers in Kenya Turn to Drought-Resistant Crops\n")
    assert "  give up –phrasal verb to stop trying to do something\n" in out


def test_the_import_shows_how_a_long_text_begins_not_all_of_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file of one run-on line with no full stops printed its whole 65 KB as the
    text's first paragraph (QA walk-through)."""
    story = tmp_path / "longline.txt"
    phrase = "the farmers walked along the dusty road toward the market carrying baskets"
    story.write_text(" and ".join([phrase] * 500) + "\n")
    assert main(["import", str(story)]) == 0
    out = capsys.readouterr().out
    preview = out.split("\n\n", 1)[1].strip()
    assert preview.startswith("the farmers walked along") and preview.endswith("…")
    assert len(preview) <= 400 and len(out.splitlines()) <= 8


def _garbled_then_fixed(path: Path) -> None:
    """An article imported before an encoding fix, then the file fixed. Its apostrophe
    lost to a "?" by a lossy conversion: "\u00e2\u20ac\u2122" the reader mends itself."""
    path.write_text("Rain at Last\n\nThe farmers? fields were dry. The rain "
                    "came at last.\n", encoding="utf-8")


def test_importing_the_same_file_again_replaces_its_text_and_keeps_the_learners_history(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Importing a file again made a second article, and the first kept its garbled
    text: the same file updates its article, under the same id, and says so."""
    story = tmp_path / "story.txt"
    _garbled_then_fixed(story)
    assert main(["import", str(story)]) == 0
    with Store.open(store_path()) as store:
        [first] = store.list_articles()
        store.mark_read(first.id, now=datetime(2024, 3, 1, tzinfo=UTC))
    story.write_text("Rain at Last\n\nThe farmers\u2019 fields were dry. The rain came at "
                     "last.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(story)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Updated article {first.id}: Rain at Last\nIts text changed since "
                          "it was added, and the new text replaces the old; your reading "
                          "history and words are kept.\n")
    with Store.open(store_path()) as store:
        [again] = store.list_articles()
        stored = store.get_article(again.id)
    assert stored is not None
    assert (again.id, stored.last_read_at) == (first.id, datetime(2024, 3, 1, tzinfo=UTC))
    assert stored.article.body == "The farmers\u2019 fields were dry. The rain came at last."
    assert main(["import", str(story)]) == 0
    assert capsys.readouterr().out.startswith(
        f"Article {first.id} is already in your library, unchanged: Rain at Last\n")


def test_a_copy_of_an_imported_file_leaves_the_saved_article_as_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A copy with its own title had renamed the saved article, taken its file, and
    said "unchanged" with the copy's title; edited, the copy then changed the original's
    text (QA walk-through). The same text from another file changes nothing and says so
    by the saved title; the copy edited is an article of its own."""
    story, copy = tmp_path / "story.txt", tmp_path / "copy.txt"
    story.write_text("Rain at Last\n\nThe fields were dry. The rain came at last.\n",
                     encoding="utf-8")
    copy.write_text("Clinic Story\n\nThe fields were dry. The rain came at last.\n",
                    encoding="utf-8")
    assert main(["import", str(story)]) == 0
    capsys.readouterr()
    assert main(["import", str(copy)]) == 0
    assert capsys.readouterr().out.startswith(
        "Article 1 is already in your library, unchanged: Rain at Last\n")
    copy.write_text("Clinic Story\n\nThe fields were wet. The rain came at last.\n",
                    encoding="utf-8")
    assert main(["import", str(copy)]) == 0
    with Store.open(store_path()) as store:
        saved = {a.title: a.source for a in store.list_articles()}
    assert saved == {"Rain at Last": str(story.resolve()), "Clinic Story": str(copy.resolve())}


def test_a_file_imported_by_an_earlier_version_is_found_by_the_path_it_was_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Earlier versions saved a file's path as typed ("story.txt"); the same path typed
    in the same folder updates that article rather than adding one."""
    from vocab.articles import load_article

    monkeypatch.chdir(tmp_path)
    _garbled_then_fixed(tmp_path / "story.txt")
    with Store.open(store_path()) as store:
        old_id = store.add_article(load_article("story.txt"))
    (tmp_path / "story.txt").write_text("Rain at Last\n\nThe fields were dry. The rain "
                                        "came at last.\n", encoding="utf-8")
    assert main(["import", "story.txt"]) == 0
    assert capsys.readouterr().out.startswith(f"Updated article {old_id}: Rain at Last\n")
    with Store.open(store_path()) as store:
        [saved] = store.list_articles()
    assert (saved.id, saved.source) == (old_id, str(tmp_path.resolve() / "story.txt"))


def test_an_import_that_leaves_out_most_of_the_text_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher's story had gone whole behind a comment counter, and the import only
    printed its title: what was kept and left out is said, and a warning when most
    of the text went."""
    page = tmp_path / "page.txt"
    captions = "\n\n".join(
        f"Photo: Volunteers plant vegetables along the old railway line, day {day}. "
        "(Photo by John Smith/Reuters)" for day in range(1, 6))
    page.write_text(f"Garden News\n\n{captions}\n\nThe garden opened on Monday.\n")
    assert main(["import", str(page)]) == 0
    out = capsys.readouterr().out
    assert "Only 5 words kept: 75 words were left out as page clutter" in out
    assert "paste it in instead" in out


def test_import_text_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-` reads the article from standard input, as `reader analyze -` does (QA
    walk-through: "There is no file at -")."""
    import io
    import sys

    text = "Rain at Last\n\nThe farmers were happy when the rain came after a dry summer.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["import", "-"]) == 0
    assert capsys.readouterr().out.startswith("Imported article 1: Rain at Last\n")
    with Store.open(store_path()) as store:
        [saved] = store.list_articles()
    assert saved.title == "Rain at Last"


def test_a_failed_import_changes_nothing(
    web: LocalWeb, capsys: pytest.CaptureFixture[str]
) -> None:
    url = web.serve_file("/a/kenya-crops.html", "voa_story.html", HTML)
    assert main(["import", url]) == 0
    with Store.open(store_path()) as store:
        before = store.get_article(1)
    web.routes["/a/kenya-crops.html"] = Route(b"down", HTML, status=503)
    capsys.readouterr()
    assert main(["import", url]) == 2
    host = web.base.removeprefix("http://")
    assert capsys.readouterr().err == (
        f"reader: The server at {host} failed (HTTP 503); try again later.\n")
    with Store.open(store_path()) as store:
        assert store.get_article(1) == before
        assert len(store.list_articles()) == 1


def test_load_article_from_source_reads_urls_and_paths(web: LocalWeb, tmp_path: Path) -> None:
    now = datetime(2024, 3, 12, 15, 0, tzinfo=UTC)
    url = web.serve_file("/a/kenya-crops.html", "voa_story.html", HTML)
    from_web = load_article_from_source(url, now=now)
    story = tmp_path / "story.html"
    story.write_bytes((PAGES / "voa_story.html").read_bytes())
    from_file = load_article_from_source(str(story), now=now)
    assert from_web.body == from_file.body
    assert (from_web.source, from_file.source) == (url, str(story))
