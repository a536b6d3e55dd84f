"""The bundled articles ship inside the wheel, byte for byte."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What setuptools needs to build; copying only this keeps the build out of the
# checkout (no build/ or egg-info left behind) and fast.
BUILD_INPUTS = ("pyproject.toml", "README.md", "vocab", "reader", "seeds")
BUILD_TIMEOUT_SECONDS = 180
# pip says this when it cannot fetch the build backend (no network, no local wheels).
NO_BACKEND = "installing build dependencies"


def _copy_sources(target: Path) -> None:
    for name in BUILD_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / name)


def _build_wheel(tmp_path: Path) -> Path:
    sources = tmp_path / "src"
    sources.mkdir()
    _copy_sources(sources)
    out = tmp_path / "dist"
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out)]
    result = subprocess.run(
        [*command, str(sources)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_SECONDS,
    )
    if result.returncode != 0 and NO_BACKEND in result.stderr + result.stdout:
        pytest.skip(f"cannot fetch the build backend here: {result.stderr.strip()[-200:]}")
    assert result.returncode == 0, result.stderr
    wheels = list(out.glob("*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_the_wheel_contains_every_seed(tmp_path: Path) -> None:
    seeds = sorted(path for path in (ROOT / "seeds").iterdir() if path.suffix == ".txt")
    assert len(seeds) >= 5
    with zipfile.ZipFile(_build_wheel(tmp_path)) as wheel:
        names = set(wheel.namelist())
        assert "seeds/__init__.py" in names
        for seed in seeds:
            assert f"seeds/{seed.name}" in names
            assert wheel.read(f"seeds/{seed.name}") == seed.read_bytes()
