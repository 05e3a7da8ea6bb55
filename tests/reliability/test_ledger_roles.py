"""The ledger under the shared database's roles: a clerk's own PostgreSQL role chains what
it issues (its grants suffice), cannot rewrite the ledger, sees no other site's entries;
the admin's role verifies the chains of the sites it reaches."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.core.ledger.verify import verify_ledger
from app.core.rental.invoicing.invoicing import invoice_dossier
from app.core.rental.invoicing.payments import record_payment
from tests.rental.invoicing.factories import make_contract, make_rental_world


def test_a_clerks_role_chains_its_records_and_cannot_rewrite_the_ledger(pg_world, station):
    world = pg_world
    rw = make_rental_world(world.db, world.company_id)
    dossier = make_contract(world.db, world.site_a, rw)
    clerk = station(world.db, world.clerk_a.login)
    invoices = invoice_dossier(clerk, world.clerk_a, dossier)
    record_payment(clerk, world.clerk_a, dossier, "10", "cash", "client")
    reports = {(r.site_code, r.kind): r for r in verify_ledger(station(world.db, world.admin_a.login), world.admin_a)}
    assert all(r.intact for r in reports.values())
    assert (reports["A", "invoice"].length, reports["A", "payment"].length) == (len(invoices), 1)
    for statement in ("UPDATE ledger_entry SET content = '{}'", "DELETE FROM ledger_entry",
                      "UPDATE ledger_head SET length = 0, head_hash = 'x'", "DELETE FROM ledger_head",
                      "UPDATE ledger_head SET length = length + 1, head_hash = 'x'",
                      f"INSERT INTO ledger_head VALUES ({world.site_a}, 'credit_note', 5, '{'0' * 64}')",
                      "TRUNCATE ledger_entry"):
        with pytest.raises(DBAPIError, match="permission denied|legally protected"), clerk.engine.begin() as c:
            c.execute(text(statement))
    other_site = station(world.db, world.clerk_b.login)
    with other_site.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM ledger_entry")).scalar() == 0
        assert c.execute(text("SELECT count(*) FROM ledger_head")).scalar() == 0
