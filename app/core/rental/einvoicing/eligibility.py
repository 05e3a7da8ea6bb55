"""Which rental invoices are e-invoiced: those whose payer is a VAT-registered business.

Since 1 January 2026 an invoice between Belgian VAT-registered businesses must be a Peppol
BIS Billing 3.0 e-invoice. The payer's VAT number is snapshotted on the invoice at issue;
a payer without one (a private beneficiary) keeps the PDF by e-mail or on paper.
"""

from __future__ import annotations

from app.core.errors import ValidationError
from app.core.i18n import msg


def needs_einvoice(payer_vat_number: str | None) -> bool:
    """True when the invoice's payer is VAT-registered (its e-invoice is due)."""
    return bool((payer_vat_number or "").strip())


def require_einvoice(reference: str, payer_vat_number: str | None) -> None:
    """Refuse an e-invoice for a payer without VAT number, saying why."""
    if not needs_einvoice(payer_vat_number):
        raise ValidationError("payer_vat_number", msg(
            "peppol", "le payeur de {reference} n'a pas de numéro de TVA : particulier, la facture reste en PDF",
            reference=reference), field_label=msg("peppol", "Numéro de TVA du payeur"))
