"""The deposit (caution) of a rental: taken at departure, refunded at return or kept to
settle the beneficiary's (or customer's) invoices — all through payment lines and their
journal entries (:mod:`journal`), never edited, a mistake reversed like any line.

- The deposit belongs to the driver's side: the beneficiary on a PEC contract, the
  customer otherwise. The amount asked is the dossier's ``deposit_amount`` (proposed from
  the client tariff's deposit).
- Held = received − refunded − applied; a refund or an application never exceeds it, and
  an application never exceeds what the payer still owes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.errors import ValidationError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.rental.access import get_dossier
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.models import KIND_DEPOSIT, KIND_DEPOSIT_APPLIED, KIND_DEPOSIT_REFUND, Payment
from app.core.rental.invoicing.payments import (
    PaymentInfo,
    add_line,
    balances_in,
    check_line,
    parse_amount,
    payer_of,
    payment_info,
)
from app.core.rental.kinds import PayerRole
from app.core.rental.models import RentalDossier

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class DepositState:
    """The deposit of a contract: asked, held now, and who gives it."""

    asked: Decimal | None
    held: Decimal
    payer_role: str
    payer_name: str


def deposit_role(dossier: RentalDossier) -> str:
    """Who gives the deposit: the beneficiary on a PEC contract, the customer otherwise."""
    return PayerRole.CLIENT if dossier.is_pec else PayerRole.CUSTOMER


def deposit_state(database: Database, scope: UserScope, dossier_id: int) -> DepositState:
    """The contract's deposit: asked and held."""
    with database.session() as session:
        dossier = get_dossier(session, scope, dossier_id)
        payer = payer_of(balances_in(session, dossier), deposit_role(dossier))
        return DepositState(dossier.deposit_amount, payer.deposit_held, payer.role, payer.name)


def record_deposit(database: Database, scope: UserScope, dossier_id: int, amount: str | Decimal, method: str,
                   paid_on: date | None = None, note: str = "") -> PaymentInfo:
    """The deposit received (usually at departure): a line crediting the deposits account."""
    value = parse_amount(amount)
    paid_on = check_line(method, paid_on)
    with database.session(immediate=True) as session:
        dossier = get_dossier(session, scope, dossier_id, for_update=True)
        payer = payer_of(balances_in(session, dossier), deposit_role(dossier))
        return payment_info(session, add_line(session, scope, dossier, payer, value,
                                              method, paid_on, note, KIND_DEPOSIT))


def _last_method(session: Session, dossier_id: int) -> str:
    """How the deposit was received (a refund goes back the same way); a deposit is held, so one was."""
    return session.scalars(select(Payment.method).where(Payment.dossier_id == dossier_id,
                                                        Payment.kind == KIND_DEPOSIT)
                           .order_by(Payment.id.desc()).limit(1)).one()


def _within(value: Decimal, limit: Decimal, reason: Message) -> None:
    if value > limit:
        raise ValidationError("amount", reason, field_label=msg("rental", "Montant"))


def refund_deposit(database: Database, scope: UserScope, dossier_id: int, amount: str | Decimal | None = None,
                   method: str | None = None, paid_on: date | None = None, note: str = "") -> PaymentInfo:
    """Give the deposit back (all that is held by default, the way it was received)."""
    with database.session(immediate=True) as session:
        dossier = get_dossier(session, scope, dossier_id, for_update=True)
        payer = payer_of(balances_in(session, dossier), deposit_role(dossier))
        if payer.deposit_held <= ZERO:
            raise ValidationError("amount", msg("rental", "aucune caution n'est détenue pour ce contrat"),
                                  field_label=msg("rental", "Caution"))
        value = payer.deposit_held if amount in (None, "") else parse_amount(amount)
        _within(value, payer.deposit_held, msg("rental", "au plus la caution détenue ({held})",
                                               held=format_amount(payer.deposit_held)))
        method = method or _last_method(session, dossier.id)
        paid_on = check_line(method, paid_on)
        line = add_line(session, scope, dossier, payer, -value, method, paid_on, note, KIND_DEPOSIT_REFUND)
        return payment_info(session, line)


def apply_deposit(database: Database, scope: UserScope, dossier_id: int, amount: str | Decimal | None = None,
                  paid_on: date | None = None, note: str = "") -> PaymentInfo:
    """Keep (part of) the deposit to pay the payer's invoices: by default what is due, up to
    what is held."""
    with database.session(immediate=True) as session:
        dossier = get_dossier(session, scope, dossier_id, for_update=True)
        payer = payer_of(balances_in(session, dossier), deposit_role(dossier))
        if payer.deposit_held <= ZERO:
            raise ValidationError("amount", msg("rental", "aucune caution n'est détenue pour ce contrat"),
                                  field_label=msg("rental", "Caution"))
        if payer.due <= ZERO:
            raise ValidationError("amount", msg("rental", "{payer} ne doit rien : remboursez la caution",
                                                payer=payer.name), field_label=msg("rental", "Caution"))
        value = min(payer.deposit_held, payer.due) if amount in (None, "") else parse_amount(amount)
        _within(value, payer.deposit_held, msg("rental", "au plus la caution détenue ({held})",
                                               held=format_amount(payer.deposit_held)))
        _within(value, payer.due, msg("rental", "au plus ce que {payer} doit ({due})", payer=payer.name,
                                      due=format_amount(payer.due)))
        paid_on = check_line(_last_method(session, dossier.id), paid_on)
        line = add_line(session, scope, dossier, payer, value, _last_method(session, dossier.id), paid_on, note,
                        KIND_DEPOSIT_APPLIED)
        return payment_info(session, line)
