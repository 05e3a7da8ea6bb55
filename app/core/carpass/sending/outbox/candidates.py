"""The order in which a sending run tries to claim its due readings."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator


class Candidates(Iterator[int]):
    """The due readings in order, until one turns out to have been claimed by another
    station: the run then goes on from a random place among the rest. Stations sending the
    same list at once thus spread over it instead of trailing each other and trying, one
    statement each, every reading the one ahead has just taken."""

    def __init__(self, reading_ids: Iterable[int], rng: random.Random | None = None):
        self.ids = list(reading_ids)
        self.position = 0
        self.rng = rng or random.Random()

    def __next__(self) -> int:
        if self.position >= len(self.ids):
            raise StopIteration
        self.position += 1
        return self.ids[self.position - 1]

    def taken(self) -> None:
        """The reading just given was claimed elsewhere: go on from a random place."""
        rest = self.ids[self.position:]
        if len(rest) > 1:
            cut = self.rng.randrange(len(rest))
            self.ids[self.position:] = rest[cut:] + rest[:cut]


def taken(candidates: Iterator[int]) -> None:
    """Tell ``candidates`` (if it is a :class:`Candidates`) that its last reading was taken."""
    if isinstance(candidates, Candidates):
        candidates.taken()
