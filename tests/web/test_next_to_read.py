"""Choosing what to read next: unread items nearest the 95–98 % known-words band."""

from __future__ import annotations

from vocab.feeds import Candidate, distance_to_band, next_to_read


def test_items_inside_the_band_come_first() -> None:
    chosen = next_to_read([
        Candidate("too hard", 0.80),
        Candidate("just right", 0.96),
        Candidate("too easy", 1.00),
        Candidate("a bit hard", 0.93),
    ])
    assert chosen == ["just right", "too easy", "a bit hard", "too hard"]


def test_read_items_are_left_out() -> None:
    chosen = next_to_read([Candidate("read already", 0.96, read=True), Candidate("new", 0.90)])
    assert chosen == ["new"]


def test_at_equal_distance_the_easier_text_wins() -> None:
    # 0.93 is 0.02 under the band, 1.00 is 0.02 over it.
    assert next_to_read([Candidate("hard", 0.93), Candidate("easy", 1.00)]) == ["easy", "hard"]


def test_inside_the_band_the_feed_order_is_kept_for_ties() -> None:
    chosen = next_to_read([Candidate("newest", 0.97), Candidate("older", 0.97)])
    assert chosen == ["newest", "older"]


def test_limit_and_empty_input() -> None:
    items = [Candidate(n, 0.95 + n / 1000) for n in range(10)]
    assert next_to_read(items, limit=3) == [9, 8, 7]
    assert next_to_read([]) == []


def test_distance_to_band() -> None:
    assert distance_to_band(0.96) == 0.0
    assert distance_to_band(0.90) == 0.05
    assert distance_to_band(0.99) == 0.01
