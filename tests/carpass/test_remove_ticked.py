"""Removing the ticked rows of the Car-Pass list: one reason, all or none."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.core.carpass.entries import remove_entries, remove_entry
from app.core.carpass.models import CarpassEntry
from app.core.errors import AtelierError, ValidationError
from tests.carpass.test_gui import small_list


def _entries(db):
    with db.session() as session:
        return {e.id: e for e in session.scalars(select(CarpassEntry).order_by(CarpassEntry.id))}


def test_remove_entries_takes_all_with_one_reason_or_none(world):
    small_list(world)
    mine = [e for e in _entries(world.db).values() if e.site_id == world.site_a]
    with pytest.raises(ValidationError):
        remove_entries(world.db, world.clerk_a, {e.id: e.version for e in mine}, "  ")
    remove_entry(world.db, world.clerk_a, mine[2].id, mine[2].version, "doublon")
    with pytest.raises(AtelierError, match="n'est plus à envoyer"):
        remove_entries(world.db, world.clerk_a, {e.id: None for e in mine}, "lot")
    assert [_entries(world.db)[e.id].status for e in mine] == ["pending", "pending", "removed"]  # none taken
    assert remove_entries(world.db, world.clerk_a, {mine[0].id: mine[0].version, mine[1].id: None}, "lot") == 2
    after = _entries(world.db)
    assert [after[e.id].removed_reason for e in mine] == ["lot", "lot", "doublon"]
