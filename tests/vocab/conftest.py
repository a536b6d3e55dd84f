"""The real engine for the glossary, sense and expression tests, loaded once a session."""

from __future__ import annotations

import pytest

from vocab.engine import Engine
from vocab.lexicon import Lexicon


@pytest.fixture(scope="session")
def engine(lexicon: Lexicon) -> Engine:
    from vocab.data import load_tagger

    return Engine(lexicon=lexicon, tagger=load_tagger(lexicon))
