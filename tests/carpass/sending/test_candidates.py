"""The claim order of a sending run: in order while nobody else claims, from a random place
among the rest after a reading another station took — never a reading twice, none left out."""

from __future__ import annotations

import random

from app.core.carpass.sending.outbox.candidates import Candidates, taken


def test_in_order_while_nothing_is_taken():
    assert list(Candidates(range(10))) == list(range(10))


def test_after_a_taken_reading_the_rest_is_rotated_and_each_reading_given_once():
    candidates = Candidates(range(100), random.Random(3))
    given = [next(candidates), next(candidates)]
    taken(candidates)
    given += list(candidates)
    assert given[:2] == [0, 1] and given[2] != 2  # jumped
    assert sorted(given) == list(range(100))
    rest = given[2:]
    start = rest.index(2)
    assert rest[start:] + rest[:start] == list(range(2, 100))  # a rotation: order kept around the jump


def test_taken_ignores_a_plain_iterator():
    plain = iter([1, 2])
    taken(plain)
    assert list(plain) == [1, 2]
