"""``reader doctor`` (what language data is there) and ``reader setup`` (get what is not)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily: `reader --version` must not load the engine
    from vocab.data import Resource

# More doctor checks, run after the language data ones: each returns one Resource.
DOCTOR_CHECKS: tuple[Callable[[], Resource], ...] = ()

_COLUMNS = ("resource", "status", "version", "location", "note")


def register(subparsers: argparse._SubParsersAction) -> None:
    doctor = subparsers.add_parser(
        "doctor",
        help="show which language data is installed and what to run when some is missing",
        description="List WordNet, the POS tagger, the compiled lexicon, CMUdict, wordfreq "
        "data and the learner store: where each was found, its version, and the command "
        "to run when it is missing. Exit status 1 when something needed is missing.",
    )
    doctor.add_argument("--json", action="store_true", help="print the report as JSON")
    doctor.set_defaults(func=run_doctor)

    setup = subparsers.add_parser(
        "setup",
        help="download or install missing language data, then compile the lexicon",
        description="Try nltk.download() for WordNet and the POS tagger; on Debian/Ubuntu "
        "as root, offer apt-get install wordnet-base wordnet-sense-index; then compile "
        "WordNet into the lexicon (about 15 s, once). Set READER_TAGGER=fallback to use "
        "the built-in tagger even when NLTK's is installed.",
    )
    setup.add_argument(
        "--yes", "-y", action="store_true", help="run apt-get without asking (Debian, as root)"
    )
    setup.set_defaults(func=run_setup)


def run_doctor(args: argparse.Namespace) -> int:
    """Print the report; 0 when everything needed is present, else 1."""
    from reader.paths import cache_dir, data_dir
    from vocab.data import all_required_found, doctor_report

    report = doctor_report(cache_dir(), data_dir=data_dir(), extra_checks=DOCTOR_CHECKS)
    if args.json:
        print(json.dumps([asdict(resource) for resource in report], indent=2))
    else:
        print(format_report(report))
    return 0 if all_required_found(report) else 1


def run_setup(args: argparse.Namespace) -> int:
    """Get what is missing, compile the lexicon, print the doctor table; 0 when all is there."""
    from reader.paths import cache_dir, data_dir
    from vocab.data import all_required_found, can_apt_install, doctor_report, setup, wordnet_dir

    def progress(message: str) -> None:
        print(message, flush=True)

    allow_apt = False
    if wordnet_dir(cache_dir()) is None and can_apt_install():
        allow_apt = args.yes or _confirm(
            "Install WordNet with apt-get (wordnet-base, wordnet-sense-index)? [y/N] "
        )
    setup(cache_dir(), progress=progress, allow_apt=allow_apt)
    report = doctor_report(cache_dir(), data_dir=data_dir(), extra_checks=DOCTOR_CHECKS)
    print()
    print(format_report(report))
    return 0 if all_required_found(report) else 1


def _confirm(question: str) -> bool:
    """Ask on a terminal; with no terminal (scripts, CI) the answer is no."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().lower() in {"y", "yes"}
    except EOFError:
        return False


def format_report(report: Sequence[Resource]) -> str:
    """The report as a plain aligned table, then one "to fix" line per missing resource."""
    rows = [_COLUMNS] + [
        (r.name, _status(r), r.version or "-", r.location or "-", r.note) for r in report
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(_COLUMNS) - 1)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
        + "  "
        + row[-1]
        for row in rows
    ]
    fixes = [f"  {r.name}: {r.fix}" for r in report if not r.found and r.fix]
    if fixes:
        lines += ["", "To fix:", *fixes]
    return "\n".join(line.rstrip() for line in lines)


def _status(resource: Resource) -> str:
    if resource.found:
        return "ok"
    return resource.failure if resource.required else "optional"
