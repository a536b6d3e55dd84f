"""Code and encoded data beside a story are left out of it, and said to be."""

from __future__ import annotations

import base64
import random
from dataclasses import replace
from pathlib import Path

import pytest

from vocab.articles import article_from_text, load_article
from vocab.data_lines import looks_like_data
from vocab.models import ArticleError

_STORY = ("School Opens Early\n\n"
          "The new school in the village opened two weeks early this year. Parents "
          "said the children were happy to be back with their friends.\n\n"
          "The head teacher, Mary Osei, said the building has twelve classrooms and a "
          "small library. More details are at https://www.example.org/news/2024/"
          "village-school-opens-early?source=newsletter&id=123456.\n")


def _base64(size: int, width: int = 76) -> list[str]:
    """Lines of base64, as an e-mail's attachment is written."""
    encoded = base64.b64encode(random.Random(7).randbytes(size)).decode()
    return [encoded[at:at + width] for at in range(0, len(encoded), width)]


_HEX_DUMP = ["00000000: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............",
             "00000010: 0300 3e00 0100 0000 1010 0000 0000 0000  ..>............."]
_MINIFIED = ("!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]="
             "{i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0}}")


@pytest.mark.parametrize("line", [
    _base64(300)[0], _HEX_DUMP[0], _HEX_DUMP[1], _MINIFIED,
    "#=#=#=#=#=#=#=#=#=#=#=#=#=#=#=#=", "qwpoeiruty" * 8,
])
def test_data_code_and_symbols_are_no_prose(line: str) -> None:
    assert looks_like_data(line)


@pytest.mark.parametrize("line", [
    "Read the report at https://www.example.org/reports/2024/a-very-long-path-for-the-"
    "report?id=12345&utm_source=newsletter&utm_medium=email",
    "The key is 8f4e2a9b7c1d6e3f0a5b9c8d7e6f5a4b3c2d1e0f, he said.",
    "Type `pip install reader` and then press Enter.",
    "COVID-19 cases rose 12% in the 1990s, as F-16 pilots flew at 10:30 on 2024-03-05.",
    "“Yes,” she said — “we will (finally) go.”",
    "Email jane.doe@example.com or call +1 202 555 0100.",
    "1990 2000 2010",
])
def test_prose_with_links_codes_and_numbers_stays(line: str) -> None:
    assert not looks_like_data(line)


@pytest.mark.parametrize("block", [
    [_base64(1_500_000, width=2_000_000)[0]],  # one line of 2 MB, as the QA file had
    _base64(20_000),
    _HEX_DUMP * 40,
    [_MINIFIED] * 5,
])
def test_a_block_of_data_before_a_story_is_left_out_and_counted(block: list[str]) -> None:
    """2 MB of base64 above a football story stayed in its body: 21,000 lines of
    gibberish on screen, "mv" and "js" in the glossary (QA walk-through)."""
    from reader.labels import cleaning_note

    title, rest = _STORY.split("\n\n", 1)
    article = article_from_text(f"{title}\n\n" + "\n".join(block) + f"\n\n{rest}")
    assert article == replace(article_from_text(_STORY), data_lines=len(block))
    assert cleaning_note(article) == (
        f"{article.word_count} words; {len(block)} line{'s' if len(block) > 1 else ''} "
        "of code or data left out.")


def test_data_between_two_lines_of_prose_parts_them() -> None:
    text = ("Floods Close Town\n\nThe river rose for three days and the town was closed to\n"
            + "\n".join(_base64(2_000)) + "\n"
            "Farmers moved their animals to higher ground on Sunday.\n")
    article = article_from_text(text)
    assert article.body == ("The river rose for three days and the town was closed to\n\n"
                            "Farmers moved their animals to higher ground on Sunday.")


def test_a_file_of_data_alone_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "attachment.txt"
    path.write_text("\n".join(_base64(50_000)) + "\n")
    with pytest.raises(ArticleError, match="looks like code or encoded data") as excinfo:
        load_article(path)
    assert "\n" not in str(excinfo.value)
    assert str(path) in str(excinfo.value)
