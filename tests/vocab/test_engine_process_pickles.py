"""What the engine process's queues send: tokens as their field values."""

from __future__ import annotations

import pickle
from multiprocessing.reduction import ForkingPickler

import vocab.engine_process  # noqa: F401  (registers how tokens travel)
from vocab.models import Level, Token


def test_tokens_go_to_the_child_as_their_field_values_and_come_back_the_same() -> None:
    """Every field of a token kept (a level, a None, a score), in less than pickle's
    own form of a slotted object."""
    tokens = [
        Token("Leaders", 0, 7, 0, "leader", "NNS", "NOUN", 4.5, "B1", Level.B1, True, False, 0.25),
        Token("Oslo", 8, 12, 0, "Oslo", "NNP", "PROPN", proper_noun=True),
    ]
    sent = bytes(ForkingPickler.dumps(tokens))
    assert pickle.loads(sent) == tokens
    assert len(sent) < len(pickle.dumps(tokens))
