"""Long id lists cut into batches, so an ``IN (…)`` never passes the drivers' limits on
bound parameters (SQLite's 32,766; PostgreSQL's 65,535 per statement)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
BATCH_SIZE = 500


def in_batches(values: Sequence[T], size: int = BATCH_SIZE) -> Iterator[Sequence[T]]:
    """``values`` in consecutive slices of at most ``size`` items."""
    for start in range(0, len(values), size):
        yield values[start:start + size]
