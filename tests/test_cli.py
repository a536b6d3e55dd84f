"""The command line as a user meets it: versions, and one plain line for every bad file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_reader(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=stdin.decode("utf-8", "replace") if stdin is not None else None,
        capture_output=True, text=True, cwd=ROOT, env=os.environ.copy(), timeout=120,
    )


def test_version() -> None:
    result = run_reader("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("reader ")


def _bad_files(tmp: Path) -> dict[str, Path]:
    binary = tmp / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp / "huge.txt"
    with huge.open("wb") as out:  # 50 MB of text, written sparsely
        out.seek(50 * 1024 * 1024 - 1)
        out.write(b"a")
    undecodable = tmp / "mixed.txt"
    undecodable.write_bytes(b"\xff\xfe\x00\xd8\x00\xd8" * 400 + b"\x81\x8d\x8f" * 500)
    return {
        "missing": tmp / "nope.txt",
        "directory": tmp,
        "binary": binary,
        "empty": empty,
        "huge": huge,
        "undecodable": undecodable,
    }


@pytest.mark.parametrize("case", ["missing", "directory", "binary", "empty", "huge", "undecodable"])
def test_bad_file_gives_one_plain_line_and_status_2(case: str, tmp_path: Path) -> None:
    path = _bad_files(tmp_path)[case]
    result = run_reader("analyze", str(path), "--json")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reader: ")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("command", "source", "says"),
    [
        ("analyze", "ftp://example.com/story.txt", "fetches only http:// and https://"),
        ("import", "file:///etc/hostname", "fetches only http:// and https://"),
        ("glossary", "http://", "it names no site"),
        ("quiz", "HTTP://127.0.0.1:9/", "Could not reach 127.0.0.1:9"),
        ("import", "learningenglish.voanews.com/a/1.html",
         "type its address with https://: https://learningenglish.voanews.com/a/1.html"),
        ("analyze", "www.example.invalid/story", "https://www.example.invalid/story"),
        # A site's name alone (QA walk-through: "There is no file at example.com.").
        ("analyze", "example.com", "type its address with https://: https://example.com"),
        ("feeds", "learningenglish.voanews.com/rss",
         "it must start with http:// or https:// (https://learningenglish.voanews.com/rss?)"),
    ],
)
def test_an_address_the_reader_cannot_fetch_is_one_plain_line(
    command: str, source: str, says: str, isolated_dirs: Path
) -> None:
    result = run_reader(*(("feeds", "add") if command == "feeds" else (command,)), source)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr
    assert result.stderr.startswith("reader: ") and "Traceback" not in result.stderr


def test_doctor_reports_a_damaged_learner_store(isolated_dirs: Path) -> None:
    isolated_dirs.mkdir(parents=True, exist_ok=True)
    (isolated_dirs / "learner.sqlite3").write_bytes(b"this is not a database" * 100)
    result = run_reader("doctor")
    assert result.returncode == 1
    store_line = next(line for line in result.stdout.splitlines()
                      if line.startswith("Learner store"))
    assert "reader restore" in result.stdout or "damaged" in store_line.lower()
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["glossary", "analyze"])
def test_a_negative_glossary_size_is_refused(command: str) -> None:
    """QA walk-through: `reader glossary --max -3` printed an empty glossary."""
    result = run_reader(command, "--max", "-3", "-", stdin=b"The farmers were happy.")
    assert result.returncode == 2
    assert "argument --max: -3 is below 0" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_glossary_says_so_under_its_heading() -> None:
    """`glossary --max 0` and a text of easy words printed the heading alone (QA
    walk-through)."""
    easy = run_reader("glossary", "-", stdin=b"My Dog\n\nI like my dog. My dog is big.")
    assert easy.returncode == 0, easy.stderr
    assert easy.stdout.strip().endswith("No words to explain for your level.")
    none = run_reader("glossary", "--max", "0", "-",
                      stdin=b"Rain\n\nThe farmers were happy when the monsoon arrived.")
    assert none.returncode == 0, none.stderr
    assert "none asked for (--max 0)" in none.stdout


def test_a_path_too_long_for_a_file_name_is_one_plain_error() -> None:
    """It was "internal error (OSError)" from checking whether the file exists."""
    result = run_reader("analyze", "a" * 300)
    assert result.returncode == 2
    assert "cannot be read: File name too long" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
