"""Four stations (OS processes) on PostgreSQL record payments and issue invoices at the same
moment: every chain stays one unbroken line (positions 1..n, each entry linked to the one
before), whatever the interleaving — the chain's head row is locked while appending."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.core.ledger.verify import broken_chains, verify_ledger
from app.core.rental.invoicing.invoicing import invoice_dossier
from app.core.rental.invoicing.payments import record_payment
from tests.reliability.test_concurrency_processes import run_stations
from tests.rental.invoicing.factories import make_contract, make_rental_world

STATIONS = 4
PAYMENTS = 5


@pytest.mark.slow
def test_four_processes_appending_at_once_keep_every_chain_valid(pg_world):
    world = pg_world
    rw = make_rental_world(world.db, world.company_id)
    paid = [make_contract(world.db, world.site_a, rw) for _ in range(STATIONS)]
    for dossier in paid:
        invoice_dossier(world.db, world.clerk_a, dossier)
    to_invoice = [make_contract(world.db, world.site_a, rw) for _ in range(STATIONS)]

    def station(database, index):
        for _ in range(PAYMENTS):
            record_payment(database, world.clerk_a, paid[index], "1", "cash", "client")
        return [i.reference for i in invoice_dossier(database, world.clerk_a, to_invoice[index])]

    results = run_stations(world.db, STATIONS, station)
    assert {kind for kind, _ in results.values()} == {"ok"}, results
    reports = {(r.site_code, r.kind): r for r in verify_ledger(world.db, world.admin_a)}
    assert broken_chains(list(reports.values())) == []
    assert reports["A", "payment"].length == reports["A", "journal_entry"].length == STATIONS * PAYMENTS
    with world.db.session() as s:
        invoices = s.execute(text("SELECT count(*) FROM invoice WHERE kind = 'invoice'")).scalar()
        seqs = s.execute(text("SELECT seq FROM ledger_entry WHERE kind = 'payment' ORDER BY seq")).scalars().all()
    assert reports["A", "invoice"].length == invoices
    assert seqs == list(range(1, STATIONS * PAYMENTS + 1))
