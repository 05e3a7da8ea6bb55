"""An invoiced rental dossier is frozen by the database (migration 0015), not only by the
service: a raw UPDATE or DELETE is refused on SQLite and PostgreSQL, as is un-freezing it
while one of its invoices is still standing. The legitimate path still works: the credit
notes cancelling all its invoices unfreeze it, it is corrected and invoiced again."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.core.ledger.verify import broken_chains, verify_ledger
from app.core.rental.invoicing.invoicing import invoice_dossier, issue_credit_notes
from app.core.rental.models import RentalDossier
from tests.reliability.conftest import RawRefused, raw_connection
from tests.rental.invoicing.factories import make_contract, make_rental_world


def _state(db, dossier_id: int) -> tuple:
    with db.session() as s:
        row = s.scalars(select(RentalDossier).where(RentalDossier.id == dossier_id)).one()
        return row.invoiced, row.km_in, row.fuel_in, row.version


def test_an_invoiced_dossier_is_frozen_and_the_credit_notes_unfreeze_it(world):
    rw = make_rental_world(world.db, world.company_id)
    dossier = make_contract(world.db, world.site_a, rw)
    first, *others = invoice_dossier(world.db, world.clerk_a, dossier)
    assert others, "a PEC contract with a beneficiary's share gives two invoices"
    frozen = _state(world.db, dossier)
    assert frozen[0] is True
    with raw_connection(world.db) as run:
        for statement in (f"UPDATE rental_dossier SET km_in = 1 WHERE id = {dossier}",
                          f"UPDATE rental_dossier SET invoiced = ? WHERE id = {dossier}",
                          f"DELETE FROM rental_dossier WHERE id = {dossier}"):
            with pytest.raises(RawRefused, match="invoiced rental_dossier is frozen"):
                run(statement, (False,)) if "?" in statement else run(statement)
    issue_credit_notes(world.db, world.clerk_a, dossier, [first.id], "partiel")
    with raw_connection(world.db) as run, pytest.raises(RawRefused, match="frozen"):
        run(f"UPDATE rental_dossier SET invoiced = ? WHERE id = {dossier}", (False,))  # one invoice still stands
    assert _state(world.db, dossier) == (True, *frozen[1:3], frozen[3])
    issue_credit_notes(world.db, world.clerk_a, dossier, None, "erreur de carburant")
    assert _state(world.db, dossier)[0] is False
    with raw_connection(world.db) as run:
        assert run(f"UPDATE rental_dossier SET fuel_in = 8 WHERE id = {dossier}") == 1
    again = invoice_dossier(world.db, world.clerk_a, dossier)
    assert again and _state(world.db, dossier)[:3] == (True, frozen[1], 8)
    assert broken_chains(verify_ledger(world.db, world.admin_a)) == []
