"""Invoicing a returned contract, and cancelling its invoices with credit notes.

- The contract must be a returned contract: return date-time, odometer and fuel filled in
  (what is missing is named), not invoiced yet.
- Pricing comes from :func:`app.core.rental.pricing.price_dossier` only. With a PEC: one
  invoice to the assistance company, plus one to the beneficiary when they owe something.
  Without PEC: one invoice to the customer.
- Numbers are drawn in the same transaction as the inserts (see ``numbering``); the
  contract is frozen (``invoiced``) in that transaction too.
- A credit note cancels one invoice (its own sequence). The contract is unfrozen once
  none of its invoices is left uncancelled; it can then be corrected and invoiced again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.db.versioning import stamp
from app.core.errors import AtelierError, NotFoundError, ValidationError, ValidationErrors
from app.core.i18n import Translator, identity_translator, msg
from app.core.ledger.chain import append
from app.core.platform.scope import UserScope
from app.core.rental.access import get_dossier
from app.core.rental.dossier_data import dossier_reference
from app.core.rental.invoicing.documents import payment_terms_days
from app.core.rental.invoicing.invoice_plan import PlannedInvoice, plan_invoices
from app.core.rental.invoicing.invoice_status import STATUS
from app.core.rental.invoicing.models import (
    KIND_CREDIT_NOTE,
    KIND_INVOICE,
    Invoice,
    InvoiceLine,
    InvoiceVatLine,
)
from app.core.rental.invoicing.numbering import format_reference, next_number
from app.core.rental.invoicing.payers import Payer
from app.core.rental.invoicing.structured_communication import make_communication
from app.core.rental.kinds import DossierKind
from app.core.rental.models import Agreement, FleetVehicle, RentalDossier
from app.core.rental.pricing import PricingResult
from app.core.timeutil import format_local, local_today, utcnow

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class InvoiceSummary:
    """An invoice or credit note as the contract screen and the CLI list it."""

    id: int
    reference: str
    kind: str
    payer_role: str
    payer_name: str
    payer_email: str
    issue_date: date
    total_excl: Decimal
    total_vat: Decimal
    total_incl: Decimal
    structured_communication: str
    cancels_reference: str
    cancelled_by_reference: str
    status: str = ""

    @property
    def active(self) -> bool:
        """An invoice not cancelled by a credit note."""
        return self.kind == KIND_INVOICE and not self.cancelled_by_reference


def dossier_label(dossier: RentalDossier, site_code: str) -> str:
    """The contract number as printed on its invoices (``A-000042``)."""
    return dossier_reference(site_code, dossier.number)


def missing_return_data(dossier: RentalDossier) -> list[ValidationError]:
    """One error per piece of departure/return data the invoice needs and lacks."""
    required = (
        ("actual_departure", dossier.actual_departure, msg("rental", "Date-heure de départ réelle")),
        ("km_out", dossier.km_out, msg("rental", "Kilométrage au départ")),
        ("fuel_out", dossier.fuel_out, msg("rental", "Carburant au départ")),
        ("actual_return", dossier.actual_return, msg("rental", "Date-heure de retour réelle")),
        ("km_in", dossier.km_in, msg("rental", "Kilométrage au retour")),
        ("fuel_in", dossier.fuel_in, msg("rental", "Carburant au retour")),
    )
    return [ValidationError(field, msg("rental", "à saisir avant de facturer"), field_label=label)
            for field, value, label in required if value is None]


def check_invoiceable(dossier: RentalDossier) -> None:
    """Refuse what cannot be invoiced, naming every missing piece of return data."""
    if dossier.kind != DossierKind.CONTRACT or dossier.cancelled:
        raise ValidationError("kind", msg("rental", "seul un contrat (ni devis, ni réservation, ni annulé) se facture"),
                              field_label=msg("rental", "Type de dossier"))
    if dossier.invoiced:
        raise AtelierError(msg("rental", "Ce contrat est déjà facturé. Annulez ses factures par une note de crédit "
                                         "avant de le refacturer."))
    errors = missing_return_data(dossier)
    for field, value, label in (("actual_departure", dossier.actual_departure, msg("rental", "Départ réel")),
                                ("actual_return", dossier.actual_return, msg("rental", "Retour réel"))):
        if value is not None and value > utcnow():
            errors.append(ValidationError(field, msg("rental", "dans le futur ({when}) : on ne facture qu'un "
                                                               "véhicule rentré", when=format_local(value)),
                                          field_label=label))
    if dossier.vehicle_id is None:
        errors.insert(0, ValidationError("vehicle", msg("rental", "obligatoire"),
                                         field_label=msg("rental", "Véhicule")))
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)


def _summary(session: Session, row: Invoice) -> InvoiceSummary:
    def ref(invoice_id: int | None) -> str:
        return session.scalars(select(Invoice.reference).where(Invoice.id == invoice_id)).one() if invoice_id else ""

    return InvoiceSummary(row.id, row.reference, row.kind, row.payer_role, row.payer_name, row.payer_email,
                          row.issue_date, row.total_excl, row.total_vat, row.total_incl,
                          row.structured_communication, ref(row.cancels_id), ref(row.cancelled_by_id),
                          session.scalars(select(STATUS).where(Invoice.id == row.id)).one())


def _new_invoice(session: Session, scope: UserScope, dossier: RentalDossier, kind: str, issue: date,
                 due: date, payer: Payer, snapshot: dict[str, Any]) -> Invoice:
    number = next_number(session, scope.site_id, issue.year, kind)
    invoice = Invoice(
        site_id=scope.site_id, year=issue.year, number=number, kind=kind,
        reference=format_reference(scope.site_code, issue.year, number, kind),
        dossier_id=dossier.id, dossier_number=dossier_label(dossier, scope.site_code), payer_role=payer.role,
        payer_customer_id=payer.customer_id, payer_name=payer.name, payer_street=payer.street,
        payer_postcode=payer.postcode, payer_city=payer.city, payer_vat_number=payer.vat_number,
        payer_email=payer.email, payer_country=payer.country, issue_date=issue, due_date=due, created_by=scope.login,
        structured_communication=make_communication(scope.site_id, issue.year, number) if kind == KIND_INVOICE else "",
        **snapshot)
    session.add(invoice)
    session.flush()
    return invoice


def _add_lines(session: Session, invoice: Invoice, plan: PlannedInvoice, result: PricingResult,
               translate: Translator) -> None:
    for position, line in enumerate(plan.lines, start=1):
        session.add(InvoiceLine(invoice_id=invoice.id, position=position, code=line.code,
                                label=line.label.render(translate)[:200], reason=line.reason.render(translate),
                                quantity=line.quantity, unit_price=line.unit_price, amount=line.amount,
                                vat_rate=result.rate_of(line)))
    for rate, base, vat in plan.vat_lines:
        session.add(InvoiceVatLine(invoice_id=invoice.id, rate=rate, base=base, vat=vat))


def invoice_snapshot(session: Session, dossier: RentalDossier, translate: Translator) -> dict[str, Any]:
    """What an invoice copies from its contract: plate, PEC agreement and file, period."""
    vehicle = session.get(FleetVehicle, dossier.vehicle_id) if dossier.vehicle_id else None
    agreement = session.get(Agreement, dossier.agreement_id) if dossier.agreement_id else None
    start, end = dossier.actual_departure, dossier.actual_return
    period = msg("rental", "du {start} au {end}", start=format_local(start) if start else "",
                 end=format_local(end) if end else "").render(translate)
    return {"vehicle_plate": vehicle.plate if vehicle else "", "pec_agreement": agreement.label if agreement else "",
            "pec_file_number": dossier.pec_file_number or "", "period_text": period,
            "period_start": dossier.actual_departure, "period_end": dossier.actual_return}


def invoice_dossier(database: Database, scope: UserScope, dossier_id: int,
                    translate: Translator = identity_translator) -> list[InvoiceSummary]:
    """Invoice a returned contract: one or two invoices, the contract frozen, all at once."""
    with database.session(immediate=True) as session:
        dossier = get_dossier(session, scope, dossier_id, for_update=True)
        check_invoiceable(dossier)
        result, plans = plan_invoices(session, scope, dossier)
        issue = local_today()
        due = issue + timedelta(days=payment_terms_days(session, scope.site_id))
        snapshot = invoice_snapshot(session, dossier, translate)
        invoices = []
        for plan in plans:
            note = plan.note.render(translate) if plan.note is not None else ""
            invoice = _new_invoice(session, scope, dossier, KIND_INVOICE, issue, due, plan.payer,
                                   {**snapshot, "total_excl": plan.total_excl, "total_vat": plan.total_vat,
                                    "total_incl": plan.total_incl, "note": note})
            _add_lines(session, invoice, plan, result, translate)
            append(session, KIND_INVOICE, invoice.site_id, invoice.id)
            invoices.append(invoice)
        dossier.invoiced = True
        stamp(dossier, scope.login)
        session.flush()
        return [_summary(session, row) for row in invoices]


def issue_credit_notes(database: Database, scope: UserScope, dossier_id: int, invoice_ids: list[int] | None = None,
                       reason: str = "") -> list[InvoiceSummary]:
    """Cancel invoices of a contract (all uncancelled ones by default) with credit notes.

    The contract is unfrozen when none of its invoices is left uncancelled.
    """
    with database.session(immediate=True) as session:
        return credit_notes_in(session, scope, dossier_id, invoice_ids, reason)


def credit_notes_in(session: Session, scope: UserScope, dossier_id: int, invoice_ids: list[int] | None,
                    reason: str) -> list[InvoiceSummary]:
    """:func:`issue_credit_notes` within the caller's transaction (opened with
    ``immediate=True``: the numbers are drawn in it)."""
    dossier = get_dossier(session, scope, dossier_id, for_update=True)
    active = list(session.scalars(select(Invoice).where(
        Invoice.dossier_id == dossier.id, Invoice.site_id == scope.site_id, Invoice.kind == KIND_INVOICE,
        Invoice.cancelled_by_id.is_(None)).order_by(Invoice.number)))
    targets = active if invoice_ids is None else [row for row in active if row.id in set(invoice_ids)]
    if invoice_ids is not None and len(targets) != len(set(invoice_ids)):
        raise AtelierError(msg("rental", "Facture introuvable sur ce contrat ou déjà annulée."))
    if not targets:
        raise AtelierError(msg("rental", "Ce contrat n'a aucune facture à annuler."))
    issue = local_today()
    notes = []
    for original in targets:
        payer = Payer(original.payer_role, original.payer_customer_id, original.payer_name, original.payer_street,
                      original.payer_postcode, original.payer_city, original.payer_vat_number,
                      original.payer_email, original.payer_country)
        snapshot = {key: getattr(original, key) for key in (
            "vehicle_plate", "pec_agreement", "pec_file_number", "period_text", "period_start", "period_end",
            "total_excl", "total_vat", "total_incl")}
        note = _new_invoice(session, scope, dossier, KIND_CREDIT_NOTE, issue, issue, payer,
                            {**snapshot, "cancels_id": original.id, "note": (reason or "").strip()[:500]})
        for line in original.lines:
            session.add(InvoiceLine(invoice_id=note.id, position=line.position, code=line.code, label=line.label,
                                    reason=line.reason, quantity=line.quantity, unit_price=line.unit_price,
                                    amount=line.amount, vat_rate=line.vat_rate))
        for vat in original.vat_lines:
            session.add(InvoiceVatLine(invoice_id=note.id, rate=vat.rate, base=vat.base, vat=vat.vat))
        append(session, KIND_CREDIT_NOTE, note.site_id, note.id)
        original.cancelled_by_id = note.id
        notes.append(note)
    session.flush()
    if len(targets) == len(active):
        dossier.invoiced = False
        stamp(dossier, scope.login)
        session.flush()
    return [_summary(session, row) for row in notes]


def find_invoice(session: Session, scope: UserScope, reference: str) -> Invoice:
    """An invoice or credit note of the user's site by its reference (``A-2026-00012``)."""
    row = session.scalar(select(Invoice).where(Invoice.reference == (reference or "").strip().upper(),
                                               Invoice.site_id == scope.site_id))
    if row is None:
        raise NotFoundError(msg("rental", "Facture {reference} introuvable.", reference=reference))
    return row


def credit_note_for(database: Database, scope: UserScope, reference: str, reason: str = "") -> InvoiceSummary:
    """Cancel one invoice, given by its reference, with a credit note."""
    with database.session(immediate=True) as session:
        invoice = find_invoice(session, scope, reference)
        if invoice.kind != KIND_INVOICE:
            raise ValidationError("invoice", msg("rental", "une note de crédit ne s'annule pas"),
                                  field_label=msg("rental", "Facture"))
        return credit_notes_in(session, scope, invoice.dossier_id, [invoice.id], reason)[0]


def dossier_invoices(database: Database, scope: UserScope, dossier_id: int) -> list[InvoiceSummary]:
    """Every invoice and credit note of a contract, oldest first."""
    with database.session() as session:
        get_dossier(session, scope, dossier_id)
        rows = session.scalars(select(Invoice).where(Invoice.dossier_id == dossier_id,
                                                     Invoice.site_id == scope.site_id).order_by(Invoice.id))
        return [_summary(session, row) for row in rows]

