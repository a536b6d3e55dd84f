"""The benchmark harness runs in its quick form, so it cannot rot.

A smoke run: it asserts that every case produced figures, never what they are
(timings on a shared CI machine say nothing; docs/performance.md has the real run).
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

from benchmarks import run


def test_quick_run_produces_a_figure_for_every_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "rows.json"
    assert run.main(["--quick", "--cache-dir", os.environ["READER_CACHE_DIR"],
                     "--json", str(report)]) == 0
    printed = capsys.readouterr().out
    assert "| case | measure |" in printed

    import json

    rows = json.loads(report.read_text())
    cases = {row["case"].split()[0] for row in rows}
    assert {"1", "2", "5", "6"} <= cases
    for row in rows:
        assert row["ours"], row["measure"]
        assert all(math.isfinite(v) and v >= 0 for v in row["ours"]), row
    ratios = [row["ratio"] for row in rows if row["ratio"] is not None]
    assert any(row["baseline"] for row in rows)
    assert ratios and all(ratio > 0 for ratio in ratios)


def test_doc_block_is_replaced(tmp_path: Path) -> None:
    doc = tmp_path / "performance.md"
    doc.write_text(f"# P\n\n{run.DOC_START}\nold\n{run.DOC_END}\n\nafter\n")
    run.write_doc("new table\n", doc)
    text = doc.read_text()
    assert "new table" in text and "old" not in text and text.endswith("after\n")
