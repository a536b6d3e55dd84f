"""App tests: a real engine loaded once per session, a fresh store per test, a fixed clock.

The fixtures live in ``reader_steps`` so the snapshot tests can share them.
"""

from reader_steps import (  # noqa: F401  (fixtures, found by pytest by name)
    anyio_backend,
    engine,
    engine_cache_dir,
    make_app,
    no_animation,
    store_path,
)
