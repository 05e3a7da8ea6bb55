"""The draft of the invoices before validation: both invoices in one PDF, marked "PROJET",
without numbers; nothing is written (no number drawn, contract not frozen)."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.core.errors import ValidationErrors
from app.core.rental.invoicing.draft_preview import draft_documents, draft_invoices_pdf
from app.core.rental.invoicing.invoicing import invoice_dossier
from app.core.rental.invoicing.models import Invoice, InvoiceCounter
from app.core.rental.models import RentalDossier
from tests.rental.invoicing.factories import make_contract, make_rental_world


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def counts(db) -> tuple[int, int]:
    with db.session() as s:
        return s.scalar(select(func.count(Invoice.id))), s.scalar(select(func.count()).select_from(InvoiceCounter))


def test_draft_holds_both_invoices_without_numbers(world):
    """Seed example: PEC 5 days 225,00 + 21 % = 272,25; beneficiary fuel 50,61 + 10,63 = 61,24."""
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw)
    pec, client = draft_documents(world.db, world.clerk_a, dossier_id)
    assert (pec.payer_name, pec.total_excl, pec.total_vat, pec.total_incl) == (
        "Europ Assistance Belgium", Decimal("225.00"), Decimal("47.25"), Decimal("272.25"))
    assert (client.payer_name, client.total_incl) == ("Jean Dupré", Decimal("61.24"))
    assert pec.draft and pec.reference == "" and pec.structured_communication == ""
    first, second = pages(draft_invoices_pdf(world.db, world.clerk_a, dossier_id))
    for text in (first, second):
        assert "PROJET DE FACTURE" in text and "N° attribué à la validation" in text and "+++" not in text
        assert "Ne payez pas ce document" in text and "Projet — page 1" in text
    assert "272,25 €" in first and "EA-2026-88812" in first and "61,24 €" in second
    assert counts(world.db) == (0, 0)  # no invoice, no number drawn
    with world.db.session() as s:
        assert not s.get(RentalDossier, dossier_id).invoiced
    issued = invoice_dossier(world.db, world.clerk_a, dossier_id)
    assert [i.total_incl for i in issued] == [pec.total_incl, client.total_incl]  # what validation issues


def test_draft_needs_the_return_data_like_the_invoice(world):
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw, returned=False)
    with pytest.raises(ValidationErrors) as refused:
        draft_invoices_pdf(world.db, world.clerk_a, dossier_id)
    assert {e.field for e in refused.value.errors} == {"actual_return", "km_in", "fuel_in"}
