"""Snapshot tests build the app exactly as the Pilot tests do (see tests/reader)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reader"))

from reader_steps import (  # noqa: E402, F401
    engine,
    engine_cache_dir,
    make_app,
    no_animation,
    store_path,
)
