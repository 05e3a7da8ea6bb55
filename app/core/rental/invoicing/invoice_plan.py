"""Who is invoiced what: the invoices a returned contract gives, before any number is drawn.

Both the issue (:func:`app.core.rental.invoicing.invoicing.invoice_dossier`) and the draft
preview (:mod:`app.core.rental.invoicing.draft_preview`) use this plan, so the draft shows
exactly the invoices validation will issue.

- With a PEC: the assistance company's invoice (its lines), and the beneficiary's when
  they owe something. Without PEC: one invoice to the customer.
- Every invoice has a payer to address it to and a positive total.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from app.core.errors import ValidationError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.payers import Payer, contract_payers
from app.core.rental.kinds import PayerRole
from app.core.rental.models import RentalDossier
from app.core.rental.pricing import PricingResult, price_dossier
from app.core.rental.pricing_input import load_pricing_input
from app.core.rental.pricing_lines import HUNDRED, PriceLine, money

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PlannedInvoice:
    """One invoice to issue: its payer, its lines and totals (VAT per rate)."""

    payer: Payer
    lines: tuple[PriceLine, ...]
    vat_lines: tuple[tuple[Decimal, Decimal, Decimal], ...]  # (rate, base, VAT)
    total_excl: Decimal
    total_vat: Decimal
    total_incl: Decimal
    note: Message | None = None


def _vat_note(result: PricingResult, pricing_payer: str) -> Message | None:
    """What the invoice says when the VAT on the assistance's share goes to the beneficiary."""
    moved = next((line for line in result.lines if line.code == "TVA-PEC"), None)
    if moved is None:
        return None
    vat = money(moved.amount * result.vat_rate / HUNDRED)
    if pricing_payer == PayerRole.PEC:
        return msg("rental", "TVA non facturée à l'assistance : la TVA de {vat} sur ce montant est à charge du "
                             "bénéficiaire et lui est facturée.", vat=format_amount(vat))
    return msg("rental", "La part de l'assistance ({share} HTVA) lui est facturée ; la TVA de {vat} sur cette part "
                         "est à votre charge.", share=format_amount(moved.amount), vat=format_amount(vat))


def _planned(result: PricingResult, payer: Payer, pricing_payer: str) -> PlannedInvoice:
    lines = tuple(result.lines_of(pricing_payer))
    breakdown = tuple(result.vat_breakdown(pricing_payer))
    excl = sum((base for _rate, base, _vat in breakdown), ZERO)
    vat = sum((tax for _rate, _base, tax in breakdown), ZERO)
    return PlannedInvoice(payer, lines, breakdown, excl, vat, excl + vat, _vat_note(result, pricing_payer))


def plan_from_result(result: PricingResult, dossier: RentalDossier, payers: list[Payer]) -> list[PlannedInvoice]:
    """The invoices of a priced contract (refused when one has no payer or nothing to pay)."""
    by_role = {p.role: p for p in payers}
    plans: list[PlannedInvoice] = []
    if dossier.is_pec:
        pec = _planned(result, by_role[PayerRole.PEC], PayerRole.PEC)
        client = _planned(result, by_role[PayerRole.CLIENT], PayerRole.CLIENT)
        if pec.total_incl != ZERO or client.total_incl == ZERO:
            plans.append(pec)
        if client.total_incl != ZERO:
            plans.append(client)
    else:
        plans.append(_planned(result, payers[0], PayerRole.CLIENT))
    for plan in plans:
        if plan.payer.customer_id is None:
            field = "agreement" if plan.payer.role == PayerRole.PEC else "customer"
            label = msg("rental", "Accord PEC") if plan.payer.role == PayerRole.PEC else msg("rental", "Client")
            raise ValidationError(field, msg("rental", "obligatoire : à qui adresser la facture ?"), field_label=label)
        if not plan.lines or plan.total_incl <= ZERO:
            raise ValidationError("total", msg("rental", "rien à facturer (total nul)"),
                                  field_label=msg("rental", "Total contrat"))
    return plans


def plan_invoices(session: Session, scope: UserScope, dossier: RentalDossier) -> tuple[PricingResult,
                                                                                       list[PlannedInvoice]]:
    """Price the contract and plan its invoices (nothing written)."""
    result = price_dossier(load_pricing_input(session, scope, dossier.id))
    return result, plan_from_result(result, dossier, contract_payers(session, dossier))
