"""Sales journal and payments CSV by period; the grids' sort and filter run in SQL."""

from __future__ import annotations

import csv
from datetime import timedelta
from decimal import Decimal

import pytest

from app.core.errors import ValidationError
from app.core.grid import GridQuery
from app.core.progress import run_to_end
from app.core.rental.invoicing.exports import PaymentsJournalSource, SalesJournalSource, export_journals
from app.core.rental.invoicing.invoicing import invoice_dossier, issue_credit_notes
from app.core.rental.invoicing.payments import record_payment, reverse_payment
from app.core.timeutil import local_today
from tests.rental.invoicing.factories import make_contract, make_rental_world


def read(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_journals_of_a_period(world, tmp_path):
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw)
    pec, client = invoice_dossier(world.db, world.clerk_a, dossier_id)
    issue_credit_notes(world.db, world.clerk_a, dossier_id, [client.id])
    payment, _ = record_payment(world.db, world.clerk_a, dossier_id, "272.25", "transfer", "pec")
    reverse_payment(world.db, world.clerk_a, payment.id)
    b_dossier = make_contract(world.db, world.site_b, rw, fuel_in=8)
    invoice_dossier(world.db, world.clerk_b, b_dossier)  # another site: never in A's journals
    today = local_today()
    sales, payments = tmp_path / "ventes.csv", tmp_path / "reglements.csv"
    run_to_end(export_journals(world.db, world.clerk_a, today, today, sales, payments))
    rows = read(sales)
    assert rows[0][:3] == ["Date", "Numéro", "Type"]
    by_ref = {r[1]: r for r in rows[1:]}
    assert set(by_ref) == {pec.reference, client.reference, f"NC-A-{today.year}-00001"}
    assert by_ref[pec.reference][8] == "272,25" and by_ref[client.reference][10] == "annulée"
    credit_note = by_ref[f"NC-A-{today.year}-00001"]
    assert credit_note[8] == "-61,24" and credit_note[2] == "Note de crédit"
    pay_rows = read(payments)
    assert [r[4] for r in pay_rows[1:]] == ["272,25", "-272,25"]
    assert [r[6] for r in pay_rows[1:]] == ["550000", "400000"]
    yesterday = today - timedelta(days=1)
    run_to_end(export_journals(world.db, world.clerk_a, yesterday, yesterday, sales, payments))
    assert len(read(sales)) == 1 and len(read(payments)) == 1


def test_grid_sort_filter_and_period_check(world):
    rw = make_rental_world(world.db, world.company_id)
    for _ in range(3):
        invoice_dossier(world.db, world.clerk_a, make_contract(world.db, world.site_a, rw))
    source = SalesJournalSource(world.db, world.clerk_a)
    assert source.count(GridQuery()) == 6
    rows = source.fetch(GridQuery(sort_key="total_incl", descending=True), 0, 2)
    assert [r["total_incl"] for r in rows] == [Decimal("272.25")] * 2
    assert source.count(GridQuery(text="dupré")) == 3
    assert PaymentsJournalSource(world.db, world.clerk_a).count(GridQuery()) == 0
    with pytest.raises(ValidationError):
        SalesJournalSource(world.db, world.clerk_a, local_today(), local_today() - timedelta(days=1))
