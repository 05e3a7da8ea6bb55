"""The Peppol BIS document of an issued rental invoice or credit note, read from the stored
invoice (the same Decimals as its PDF, never recomputed), its payer's Peppol identifiers
and the PDF itself attached.

- Seller: the company (name, enterprise number as legal id and endpoint 0208, VAT number
  ``BE`` + enterprise number), at the site's address (the company's when the site has none).
- Buyer: the payer as snapshotted on the invoice; its electronic address is the customer's
  Peppol id, else its enterprise number (given, or read from its Belgian VAT number).
- Lines as printed, each in its unit (days, litres, km, or one forfait); a negative line
  (a discount) becomes a document-level allowance, since a BIS item price is never negative.
- Buyer reference: the assistance company's file number on a PEC invoice, the contract
  number otherwise; contract reference: the contract number.
- Invoices: due date, credit transfer to the company's IBAN with the structured
  communication as payment id. Credit notes: the invoice they cancel as billing reference.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import Translator, identity_translator, msg
from app.core.peppol.bis_document import (
    CREDIT_NOTE,
    CREDIT_TRANSFER,
    INVOICE,
    STANDARD_RATE,
    ZERO_RATED,
    BisAllowance,
    BisAttachment,
    BisDocument,
    BisLine,
    BisParty,
    BisVat,
)
from app.core.peppol.participants import BE_ENTERPRISE, ParticipantId, enterprise_digits, participant_for
from app.core.platform.models import Company, Site
from app.core.platform.scope import UserScope
from app.core.rental.einvoicing.eligibility import require_einvoice
from app.core.rental.invoicing.documents import load_documents
from app.core.rental.invoicing.invoice_pdf import render_invoices
from app.core.rental.invoicing.models import KIND_CREDIT_NOTE, Invoice
from app.core.rental.kinds import PayerRole
from app.core.rental.models import Customer
from app.core.timeutil import to_local

ZERO = Decimal("0.00")
# Unit of measure of each priced line (UN/ECE Rec 20): days, km, litres; a forfait is one unit.
UNITS = {"JSUP": "DAY", "PEC-JSUP": "DAY", "KMSUP": "KMT", "CARB": "LTR"}
DAY_EXTRA = "EXTJ-"  # a catalogue extra priced per day
ONE = "C62"


def unit_of(code: str) -> str:
    """The UN/ECE unit of a line by its code."""
    return "DAY" if code.startswith(DAY_EXTRA) else UNITS.get(code, ONE)


def find_invoice(session: Session, scope: UserScope, reference: str) -> Invoice:
    """An invoice or credit note of the user's site by reference (``A-2026-00012``) or id."""
    text = (reference or "").strip().upper()
    condition = Invoice.id == int(text) if text.isdigit() else Invoice.reference == text
    row = session.scalar(select(Invoice).where(condition, Invoice.site_id == scope.site_id))
    if row is None:
        raise NotFoundError(msg("rental", "Facture {reference} introuvable.", reference=reference))
    return row


def vat_category(rate: Decimal) -> str:
    """S (standard rated) for a positive rate, Z (zero rated) for 0 %."""
    return STANDARD_RATE if rate > 0 else ZERO_RATED


def _seller(session: Session, site_id: int) -> tuple[BisParty, Company]:
    site = session.get_one(Site, site_id)
    company = session.get_one(Company, site.company_id)
    street, postcode, city = ((site.street, site.postcode, site.city) if site.street
                              else (company.street, company.postcode, company.city))
    number = company.enterprise_number
    party = BisParty(name=company.name, endpoint=ParticipantId(BE_ENTERPRISE, number), country="BE", street=street,
                     postcode=postcode, city=city, vat_number=f"BE{number}", legal_id=number,
                     legal_id_scheme=BE_ENTERPRISE, email=company.email)
    return party, company


def buyer_endpoint(session: Session, invoice: Invoice) -> ParticipantId:
    """The buyer's Peppol participant id, or an error naming what to fill in on the customer."""
    customer = session.get(Customer, invoice.payer_customer_id) if invoice.payer_customer_id else None
    participant = participant_for(customer.peppol_id if customer else "",
                                  customer.enterprise_number if customer else "", invoice.payer_vat_number)
    if participant is None:
        raise ValidationError("peppol_id", msg("peppol", "{payer} : ni identifiant Peppol ni numéro d'entreprise "
                                                         "belge (fiche client)", payer=invoice.payer_name),
                              field_label=msg("peppol", "Identifiant Peppol"))
    return participant


def _buyer(session: Session, invoice: Invoice) -> BisParty:
    customer = session.get(Customer, invoice.payer_customer_id) if invoice.payer_customer_id else None
    country = invoice.payer_country or (customer.country if customer else "") or "BE"
    vat = invoice.payer_vat_number
    legal = enterprise_digits(vat) if vat.upper().startswith("BE") else None
    return BisParty(name=invoice.payer_name, endpoint=buyer_endpoint(session, invoice), country=country.upper(),
                    street=invoice.payer_street, postcode=invoice.payer_postcode, city=invoice.payer_city,
                    vat_number=vat, legal_id=legal or "", legal_id_scheme=BE_ENTERPRISE if legal else "",
                    email=invoice.payer_email)


def _lines(invoice: Invoice) -> tuple[list[BisLine], list[BisAllowance]]:
    lines, allowances = [], []
    for line in invoice.lines:
        category = vat_category(line.vat_rate)
        if line.amount < 0:
            allowances.append(BisAllowance(line.label, -line.amount, category, line.vat_rate))
            continue
        lines.append(BisLine(line_id=str(line.position), name=line.label, quantity=line.quantity,
                             unit_code=unit_of(line.code), unit_price=line.unit_price, amount=line.amount,
                             vat_category=category, vat_rate=line.vat_rate, description=line.reason,
                             seller_item_id=line.code))
    return lines, allowances


def _note(invoice: Invoice, cancelled: Invoice | None, translate: Translator) -> str:
    parts = [msg("peppol", "Contrat {contract}", contract=invoice.dossier_number)]
    if invoice.vehicle_plate:
        parts.append(msg("peppol", "véhicule {plate}", plate=invoice.vehicle_plate))
    if invoice.period_text:
        parts.append(msg("peppol", "{period}", period=invoice.period_text))
    if invoice.payer_role == PayerRole.PEC and invoice.pec_agreement:
        parts.append(msg("peppol", "accord {agreement}", agreement=invoice.pec_agreement))
    text = ", ".join(part.render(translate) for part in parts)
    if cancelled is not None:
        text += ". " + msg("peppol", "Annule la facture {reference}", reference=cancelled.reference).render(translate)
    if invoice.note:
        text += ". " + invoice.note
    return text


def build_document(session: Session, scope: UserScope, invoice: Invoice,
                   translate: Translator = identity_translator) -> BisDocument:
    """The BIS document of ``invoice`` (refused for a payer without VAT number)."""
    require_einvoice(invoice.reference, invoice.payer_vat_number)
    seller, company = _seller(session, invoice.site_id)
    credit = invoice.kind == KIND_CREDIT_NOTE
    if not credit and not company.iban:
        raise ValidationError("iban", msg("peppol", "l'IBAN de la société est à saisir (fiche société) : la facture "
                                                    "électronique indique le compte à créditer"),
                              field_label=msg("fields", "IBAN"))
    cancelled = session.get(Invoice, invoice.cancels_id) if invoice.cancels_id else None
    if credit and cancelled is None:
        raise AtelierError(msg("peppol", "La note de crédit {reference} n'indique pas la facture qu'elle annule.",
                               reference=invoice.reference))
    lines, allowances = _lines(invoice)
    vat = tuple(BisVat(vat_category(v.rate), v.rate, v.base, v.vat) for v in invoice.vat_lines)
    [printed] = load_documents(session, scope, [invoice.id])
    pdf = render_invoices([printed], translate)
    buyer_reference = (invoice.pec_file_number if invoice.payer_role == PayerRole.PEC and invoice.pec_file_number
                       else invoice.dossier_number)
    allowance_total = sum((a.amount for a in allowances), ZERO) if allowances else None
    return BisDocument(
        kind=CREDIT_NOTE if credit else INVOICE, number=invoice.reference, issue_date=invoice.issue_date,
        seller=seller, buyer=_buyer(session, invoice), lines=tuple(lines), vat=vat,
        line_total=sum((line.amount for line in lines), ZERO), total_excl=invoice.total_excl,
        total_vat=invoice.total_vat, total_incl=invoice.total_incl, payable=invoice.total_incl,
        due_date=None if credit else invoice.due_date, buyer_reference=buyer_reference,
        contract_reference=invoice.dossier_number, note=_note(invoice, cancelled, translate),
        period_start=to_local(invoice.period_start).date() if invoice.period_start else None,
        period_end=to_local(invoice.period_end).date() if invoice.period_end else None,
        preceding_number=cancelled.reference if cancelled else "",
        preceding_issue_date=cancelled.issue_date if cancelled else None,
        allowances=tuple(allowances), allowance_total=allowance_total,
        payment_means="" if credit else CREDIT_TRANSFER,
        payment_id="" if credit else invoice.structured_communication,
        iban="" if credit else company.iban, account_name="" if credit else company.name,
        attachments=(BisAttachment(invoice.reference, f"{invoice.reference}.pdf", "application/pdf", pdf,
                                   msg("peppol", "{reference} (PDF)", reference=invoice.reference).render(translate)),))
