"""PDFs read back with pypdf: both invoices on their own pages, numbers, totals, payers."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from app.core.errors import AtelierError, NotFoundError
from app.core.rental.invoicing.invoicing import invoice_dossier, issue_credit_notes
from app.core.rental.invoicing.printing import contract_pdf, dossier_invoices_pdf
from app.core.rental.models import Agreement
from tests.rental.invoicing.factories import make_contract, make_rental_world


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def split(world):
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw, plate="1-ABC-123")
    return rw, dossier_id, invoice_dossier(world.db, world.clerk_a, dossier_id)


def test_both_invoices_in_one_pdf_each_on_its_own_page(world, split, tmp_path):
    _, dossier_id, (pec, client) = split
    pdf = dossier_invoices_pdf(world.db, world.clerk_a, dossier_id)
    first, second = pages(pdf)
    assert pec.reference in first and client.reference not in first
    assert "Europ Assistance Belgium" in first and "272,25 €" in first and "225,00 €" in first
    assert "EA-2026-88812" in first and "Accord national Europ Assistance" in first and "1-ABC-123" in first
    assert pec.structured_communication in first
    assert "Carrosserie Test SA" in first and "BE 0426.753.973" in first
    assert client.reference in second and "Jean Dupré" in second and "61,24 €" in second
    assert "Carburant manquant" in second and "18,75" in second and "1,899" in second
    assert "EA-2026-88812" not in second  # the PEC file number only on the PEC invoice
    if shutil.which("pdftoppm"):  # the page renders as an image (looked at during development)
        (tmp_path / "inv.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(tmp_path / "inv.pdf"),
                        str(tmp_path / "page")], check=True)
        assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_one_chosen_invoice(world, split):
    _, dossier_id, (_pec, client) = split
    [only] = pages(dossier_invoices_pdf(world.db, world.clerk_a, dossier_id, [client.id]))
    assert client.reference in only and "Europ Assistance" not in only


def test_credit_note_pdf_names_the_cancelled_invoice(world, split):
    _, dossier_id, (pec, _client) = split
    [note] = issue_credit_notes(world.db, world.clerk_a, dossier_id, [pec.id])
    [text] = pages(dossier_invoices_pdf(world.db, world.clerk_a, dossier_id, [note.id]))
    assert "NOTE DE CRÉDIT" in text and note.reference in text and pec.reference in text and "272,25 €" in text


def test_other_site_and_foreign_invoices_are_refused(world, split):
    rw, dossier_id, (pec, _client) = split
    with pytest.raises(NotFoundError):
        dossier_invoices_pdf(world.db, world.clerk_b, dossier_id)
    other = make_contract(world.db, world.site_a, rw)
    with pytest.raises(AtelierError):
        dossier_invoices_pdf(world.db, world.clerk_a, other, [pec.id])
    with pytest.raises(AtelierError, match="pas encore de facture"):
        dossier_invoices_pdf(world.db, world.clerk_a, other)


def test_contract_printed_for_the_agreement_recipient(world, split):
    rw, dossier_id, _ = split
    [text] = pages(contract_pdf(world.db, world.clerk_a, dossier_id))
    assert "CONTRAT DE LOCATION" in text and "Prise en charge" in text
    assert "Europ Assistance Belgium" in text and "Jean Dupré" in text and "225,00 €" in text
    with world.db.session() as s:
        s.get(Agreement, rw.agreement_id).print_recipient = "driver"
    [text] = pages(contract_pdf(world.db, world.clerk_a, dossier_id))
    assert "Europ Assistance Belgium" not in text and "Jean Dupré" in text
    assert "Montants à charge du client" in text and "50,61 €" in text


def test_contract_shows_the_authorisation_and_the_covered_days(world):
    """The contract names the assistance's authorisation and counts its extensions."""
    from app.core.rental.models import RentalDossier

    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw)
    with world.db.session() as s:
        dossier = s.get(RentalDossier, dossier_id)
        dossier.pec_authorisation_number, dossier.covered_days = "AUT-4711", 7
    [text] = pages(contract_pdf(world.db, world.clerk_a, dossier_id))
    assert "AUT-4711" in text and "7 jour(s)" in text
