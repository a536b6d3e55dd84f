"""``reader doctor`` and ``reader setup`` as a user meets them, with and without data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from vocab import data


@pytest.fixture
def no_language_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No NLTK data, no Debian WordNet, an empty cache; apt and downloads fail fast."""
    import nltk.data

    empty = tmp_path / "nltk_data"
    empty.mkdir()
    monkeypatch.setenv("NLTK_DATA", str(empty))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(nltk.data, "path", [str(empty)])
    monkeypatch.setattr(data, "DEBIAN_WORDNET", tmp_path / "no-debian")
    monkeypatch.setattr(data, "nltk_download", lambda _package: False)
    monkeypatch.setattr(data, "apt_install", lambda _packages: pytest.fail("apt-get ran"))
    return empty


def test_doctor_all_present(lexicon, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    header, *rows = out.splitlines()
    assert header.split() == ["resource", "status", "version", "location", "note"]
    assert rows[0].startswith("WordNet") and " ok " in rows[0] and "3.0" in rows[0]
    assert "in use: perceptron" in out and lexicon.version in out
    assert "To fix" not in out
    # A plain aligned table: every row's status starts in the same column.
    assert len({row.index(" ok ") for row in rows if " ok " in row}) == 1


def test_doctor_json(lexicon, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [entry["name"] for entry in report][:3] == ["WordNet", "POS tagger", "Lexicon"]
    assert all({"found", "location", "version", "note", "fix"} <= set(entry) for entry in report)


def test_doctor_says_what_to_run(no_language_data: Path, capsys) -> None:
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "missing" in out and "in use: fallback" in out
    assert "WordNet: reader setup" in out
    assert "python -m nltk.downloader wordnet averaged_perceptron_tagger_eng" in out
    assert "sudo apt-get install wordnet-base wordnet-sense-index" in out


def test_setup_without_network(no_language_data: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(data, "can_apt_install", lambda: True)
    assert main(["setup"]) == 1  # no terminal to ask on: apt-get is not run
    out = capsys.readouterr().out
    assert "WordNet: downloading with nltk.download('wordnet') ..." in out
    assert "WordNet: download failed (no network?)" in out
    assert "POS tagger: download failed" in out
    assert "lexicon: not compiled" in out
    assert "To fix:" in out


def test_setup_yes_runs_apt_get(no_language_data: Path, capsys, monkeypatch) -> None:
    installed: list[tuple[str, ...]] = []
    monkeypatch.setattr(data, "can_apt_install", lambda: True)
    monkeypatch.setattr(data, "apt_install", lambda p: installed.append(tuple(p)) or False)
    assert main(["setup", "--yes"]) == 1
    assert installed == [("wordnet-base", "wordnet-sense-index")]
    assert "apt-get install failed" in capsys.readouterr().out


def test_setup_with_everything_present(lexicon, capsys, monkeypatch) -> None:
    monkeypatch.setattr(data, "nltk_download", lambda _package: pytest.fail("downloaded"))
    assert main(["setup"]) == 0
    out = capsys.readouterr().out
    assert "downloading" not in out and lexicon.version in out
    assert "word facts: ready" in out
