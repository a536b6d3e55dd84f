"""The rough figures ``reader eval glossary`` prints beside recall."""

from __future__ import annotations

from reader.commands.evaluate import definition_overlap


def test_definition_overlap_is_the_share_of_voas_content_words_we_use() -> None:
    voa = "a group of countries that work together"
    assert definition_overlap("a group of countries in special alliance", voa) == 2 / 3
    assert definition_overlap("a slight indication", voa) == 0.0


def test_definition_overlap_reads_only_voas_first_sense() -> None:
    voa = "something that completes : -v. to complete or enhance"
    assert definition_overlap("to enhance", voa) == 0.0
    assert definition_overlap("something that completes a set", voa) == 1.0
