"""The monthly statement of an assistance company (PDF and CSV), amounts by hand."""

from __future__ import annotations

import csv
import io
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from app.core.errors import ValidationError
from app.core.rental.invoicing.invoicing import invoice_dossier, issue_credit_notes
from app.core.rental.invoicing.payments import record_payment, reverse_payment
from app.core.rental.invoicing.statement import monthly_statement, parse_month, statement_csv
from app.core.rental.invoicing.statement_pdf import render_statement
from app.core.timeutil import local_today
from tests.rental.invoicing.factories import make_contract, make_rental_world


def _next(year, month):
    return (year + month // 12, month % 12 + 1)


def test_statement_of_the_month_and_the_next(world):
    """Invoiced 3 × 272,25 = 816,75; one credited (272,25); paid 272,25 (a 100,00 payment reversed):
    272,25 due at the end of the month, carried over to the next one."""
    rw = make_rental_world(world.db, world.company_id)
    first = make_contract(world.db, world.site_a, rw)  # the beneficiary's 61,24 fuel is not the assistance's
    second = make_contract(world.db, world.site_a, rw, fuel_in=8)
    invoice_dossier(world.db, world.clerk_a, first)
    invoice_dossier(world.db, world.clerk_a, second)
    issue_credit_notes(world.db, world.clerk_a, second, reason="mauvais tarif")
    invoice_dossier(world.db, world.clerk_a, second)
    record_payment(world.db, world.clerk_a, first, "272.25", "transfer", "pec")
    wrong, _ = record_payment(world.db, world.clerk_a, second, "100", "transfer", "pec")
    reverse_payment(world.db, world.clerk_a, wrong.id)
    record_payment(world.db, world.clerk_a, first, "61.24", "card", "client")  # not the assistance's
    elsewhere = make_contract(world.db, world.site_b, rw, fuel_in=8)
    invoice_dossier(world.db, world.clerk_b, elsewhere)  # another site's
    today = local_today()
    statement = monthly_statement(world.db, world.clerk_a, rw.assistance_id, today.year, today.month)
    assert statement.opening == D("0.00")
    assert (statement.invoiced, statement.credited, statement.paid) == (D("816.75"), D("272.25"), D("272.25"))
    assert statement.closing == D("272.25")
    assert [(x.kind, x.debit, x.credit) for x in statement.lines] == [
        ("invoice", D("272.25"), D("0.00")), ("invoice", D("272.25"), D("0.00")),
        ("invoice", D("272.25"), D("0.00")), ("credit_note", D("0.00"), D("272.25")),
        ("payment", D("0.00"), D("272.25")), ("payment", D("0.00"), D("100.00")),
        ("payment", D("0.00"), D("-100.00"))]
    assert statement.lines[-1].balance == D("272.25")
    following = monthly_statement(world.db, world.clerk_a, rw.assistance_id, *_next(today.year, today.month))
    assert (following.opening, following.lines, following.closing) == (D("272.25"), (), D("272.25"))
    rows = list(csv.reader(io.StringIO(statement_csv(statement).decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Date", "Type", "Numéro", "Contrat", "Dossier assistance", "Débit", "Crédit", "Solde"]
    assert rows[1][1:] == ["Solde reporté", "", "", "", "", "", "0,00"]
    assert rows[-1][1:] == ["Solde dû", "", "", "", "816,75", "544,50", "272,25"]
    assert len(rows) == 2 + 7 + 1
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(render_statement(statement))).pages)
    assert "RELEVÉ DE COMPTE" in text and "Europ Assistance Belgium" in text and "EA-2026-88812" in text
    assert "816,75 €" in text and "Solde dû" in text and "272,25 €" in text


def test_statement_input_is_checked(world):
    rw = make_rental_world(world.db, world.company_id)
    assert parse_month("2026-11") == (2026, 11) and parse_month("11/2026") == (2026, 11)
    for bad in ("2026-13", "novembre", ""):
        with pytest.raises(ValidationError) as refused:
            parse_month(bad)
        assert refused.value.field == "month"
    with pytest.raises(ValidationError) as refused:
        monthly_statement(world.db, world.clerk_a, rw.beneficiary_id, 2026, 11)
    assert refused.value.field == "assistance"
