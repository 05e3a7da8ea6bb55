"""The invoice PDF drawn on the canvas: long invoices continue on further pages under their
column titles, texts are printed literally, long texts wrap without losing words."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from app.core.rental.invoicing.documents import DocumentLine, InvoiceDocument, Issuer
from app.core.rental.invoicing.invoice_pdf import render_invoices

ISSUER = Issuer("Carrosserie Test SA", "Atelier Liège", ("Rue de Herve 120", "4030 Liège"), "BE 0426.753.973",
                "BE71096123456769", "facturation@test.example", "+32 4 000 00 00")


def document(lines: int = 1, label: str = "Location catégorie B", **changes) -> InvoiceDocument:
    """An invoice of ``lines`` lines of 10 € each."""
    rows = tuple(DocumentLine(f"{label} n°{i:03d}", Decimal("1"), Decimal("10"), Decimal("10"), Decimal("21"))
                 for i in range(1, lines + 1))
    total = Decimal(10 * lines)
    values = dict(
        invoice_id=1, kind="invoice", reference="LIEGE-2026-00042", issue_date=date(2026, 3, 2),
        due_date=date(2026, 4, 1), issuer=ISSUER, payer_role="customer", payer_name="Émile Dupont-Ségur",
        payer_address_lines=("Rue de l'Été 3", "4000 Liège"), payer_vat_number="", payer_email="",
        dossier_number="LIEGE-000007", vehicle_plate="1-ABC-123", pec_agreement="", pec_file_number="",
        period_text="du 19-11-2026 14:00 au 24-11-2026 14:00", lines=rows,
        vat_lines=((Decimal("21"), total, total * Decimal("0.21")),), total_excl=total,
        total_vat=total * Decimal("0.21"), total_incl=total * Decimal("1.21"),
        structured_communication="+++090/9337/55493+++", cancels_reference="", note="")
    values.update(changes)
    return InvoiceDocument(**values)


def texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_long_invoice_continues_under_its_column_titles():
    pages = texts(render_invoices([document(lines=90)]))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert "Désignation" in text and "Montant HTVA" in text  # titles repeated on every page
        assert f"LIEGE-2026-00042 — page {number}" in text
    everything = "\n".join(pages)
    for i in range(1, 91):
        assert everything.count(f"n°{i:03d}") == 1
    assert "Total TVAC" in pages[-1] and "1.089,00 €" in pages[-1] and "+++090/9337/55493+++" in pages[-1]
    assert "Total TVAC" not in "".join(pages[:-1])


def test_each_document_numbers_its_own_pages():
    pages = texts(render_invoices([document(lines=60), document(reference="LIEGE-2026-00043")]))
    assert "LIEGE-2026-00042 — page 2" in pages[1]
    assert "LIEGE-2026-00043 — page 1" in pages[-1] and "LIEGE-2026-00042" not in pages[-1]


def test_markup_characters_and_long_texts_are_printed_literally():
    long_label = "Réparation <b>pare-chocs</b> & " + " ".join(f"mot{i}" for i in range(40))
    note = "Remarque & <i>non</i> interprétée"
    [text] = texts(render_invoices([document(label=long_label, note=note, payer_name="Dupont & Fils <SPRL>")]))
    flat = " ".join(text.split())
    assert "Réparation <b>pare-chocs</b> &" in flat and "mot39 n°001" in flat
    assert all(f"mot{i}" in flat for i in range(40))
    assert "Dupont & Fils <SPRL>" in flat and "Remarque & <i>non</i> interprétée" in flat
    assert "N° LIEGE-2026-00042" in flat  # the translated "N° <b>{reference}</b>": tags not printed


def test_credit_note_and_pec_invoice_texts():
    note = replace(document(), kind="credit_note", reference="LIEGE-2026-00050", cancels_reference="LIEGE-2026-00042")
    pec = replace(document(), payer_role="pec", pec_agreement="Accord national", pec_file_number="EA-2026-1")
    credit, assistance = texts(render_invoices([note, pec]))
    assert "NOTE DE CRÉDIT" in credit and "Annule la facture" in credit and "LIEGE-2026-00042" in credit
    assert "Échéance" not in credit and "communication structurée" not in credit
    assert "Facturé à (prise en charge)" in assistance and "EA-2026-1" in assistance
    assert "Accord national" in assistance
