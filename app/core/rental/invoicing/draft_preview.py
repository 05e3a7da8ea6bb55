"""The draft of a contract's invoices before validation: one PDF holding every invoice the
contract would give (both with a PEC and a beneficiary who owes something), marked
"PROJET", without numbers, due date or structured communication. Nothing is written: the
numbers are drawn only when the clerk validates (:func:`invoicing.invoice_dossier`).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app.core.db.engine import Database
from app.core.i18n import Translator, identity_translator
from app.core.platform.scope import UserScope
from app.core.rental.access import get_dossier
from app.core.rental.invoicing.documents import DocumentLine, InvoiceDocument, issuer_of, payment_terms_days
from app.core.rental.invoicing.invoice_pdf import render_invoices
from app.core.rental.invoicing.invoice_plan import PlannedInvoice, plan_invoices
from app.core.rental.invoicing.invoicing import check_invoiceable, dossier_label, invoice_snapshot
from app.core.rental.invoicing.models import KIND_INVOICE
from app.core.rental.pricing import PricingResult
from app.core.timeutil import local_today


def _document(plan: PlannedInvoice, result: PricingResult, snapshot: dict[str, Any], common: dict[str, Any],
              translate: Translator) -> InvoiceDocument:
    payer = plan.payer
    city = " ".join(p for p in (payer.postcode, payer.city) if p)
    lines = tuple(DocumentLine(line.label.render(translate), line.quantity, line.unit_price, line.amount,
                               result.rate_of(line)) for line in plan.lines)
    return InvoiceDocument(
        invoice_id=0, kind=KIND_INVOICE, reference="", payer_role=payer.role, payer_name=payer.name,
        payer_address_lines=tuple(p for p in (payer.street, city) if p), payer_vat_number=payer.vat_number,
        payer_email=payer.email, vehicle_plate=snapshot["vehicle_plate"], pec_agreement=snapshot["pec_agreement"],
        pec_file_number=snapshot["pec_file_number"], period_text=snapshot["period_text"], lines=lines,
        vat_lines=plan.vat_lines, total_excl=plan.total_excl, total_vat=plan.total_vat,
        total_incl=plan.total_incl, structured_communication="", cancels_reference="",
        note=plan.note.render(translate) if plan.note is not None else "", draft=True,
        **common)


def draft_documents(database: Database, scope: UserScope, dossier_id: int,
                    translate: Translator = identity_translator) -> list[InvoiceDocument]:
    """The invoices validation would issue, as unnumbered draft documents."""
    with database.session() as session:
        dossier = get_dossier(session, scope, dossier_id)
        check_invoiceable(dossier)
        result, plans = plan_invoices(session, scope, dossier)
        today = local_today()
        common = {"issue_date": today, "due_date": today + timedelta(days=payment_terms_days(session, scope.site_id)),
                  "issuer": issuer_of(session, scope.site_id),
                  "dossier_number": dossier_label(dossier, scope.site_code)}
        snapshot = invoice_snapshot(session, dossier, translate)
        return [_document(plan, result, snapshot, common, translate) for plan in plans]


def draft_invoices_pdf(database: Database, scope: UserScope, dossier_id: int,
                       translate: Translator = identity_translator) -> bytes:
    """One PDF of the draft invoices (each on its own pages), marked as a draft."""
    return render_invoices(draft_documents(database, scope, dossier_id, translate), translate)
