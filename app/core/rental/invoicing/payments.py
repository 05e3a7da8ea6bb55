"""Payments ("Règlement") of a contract: one line per payment, per payer, never edited or
deleted — a mistake is fixed by a reversing line, both kept. Balances per payer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import Message, msg
from app.core.ledger.chain import append
from app.core.numbers import NumberFormatError, parse_decimal
from app.core.platform.scope import UserScope
from app.core.rental.access import get_dossier
from app.core.rental.invoicing.closed_period import refuse_if_closed
from app.core.rental.invoicing.formatting import format_amount
from app.core.rental.invoicing.journal import entry_for
from app.core.rental.invoicing.models import (
    DEPOSIT_KINDS,
    KIND_CREDIT_NOTE,
    KIND_DEPOSIT,
    KIND_DEPOSIT_APPLIED,
    KIND_DEPOSIT_REFUND,
    KIND_PAYMENT,
    PAYMENT_METHODS,
    SETTLING_KINDS,
    Invoice,
    JournalEntry,
    Payment,
)
from app.core.rental.invoicing.payers import contract_payers
from app.core.rental.models import RentalDossier
from app.core.timeutil import local_today

ZERO = Decimal("0.00")
MAX_AMOUNT = Decimal("1000000")
# What a line does to the deposit held: received (+), refunded (stored negative), applied to invoices (−).
DEPOSIT_HELD = case((Payment.kind == KIND_DEPOSIT_APPLIED, -Payment.amount), else_=Payment.amount)


@dataclass(frozen=True)
class PaymentInfo:
    """A payment line as the Règlement grid shows it."""

    id: int
    paid_on: date
    amount: Decimal
    method: str
    payer_role: str
    payer_name: str
    note: str
    reverses_id: int | None
    reversed_by_id: int | None
    created_by: str
    journal: str
    debit_account: str
    credit_account: str
    kind: str = KIND_PAYMENT


@dataclass(frozen=True)
class PayerBalance:
    """Per payer: invoiced (net of credit notes), paid (deposits applied included), still
    due, and the deposit (caution) still held for them."""

    role: str
    name: str
    invoiced: Decimal
    paid: Decimal
    deposit_held: Decimal = Decimal("0.00")

    @property
    def due(self) -> Decimal:
        """What the payer still owes (negative: paid too much)."""
        return self.invoiced - self.paid


def method_label(method: str) -> Message:
    """Cash, card or transfer, for the clerk."""
    return {"cash": msg("rental", "Espèces"), "card": msg("rental", "Carte"),
            "transfer": msg("rental", "Virement")}[method]


def kind_label(kind: str) -> Message:
    """What a payment line is, for the clerk."""
    return {KIND_PAYMENT: msg("rental", "Règlement"), KIND_DEPOSIT: msg("rental", "Caution reçue"),
            KIND_DEPOSIT_REFUND: msg("rental", "Caution remboursée"),
            KIND_DEPOSIT_APPLIED: msg("rental", "Caution imputée sur la facture")}[kind]


def parse_amount(value: str | Decimal, field: str = "amount") -> Decimal:
    """A positive amount in euros with at most two decimals (``12,50`` or ``12.50``)."""
    label = msg("rental", "Montant")
    try:
        amount = value if isinstance(value, Decimal) else parse_decimal(str(value).replace("€", ""), places=2)
    except NumberFormatError as exc:
        raise ValidationError(field, exc.reason, field_label=label) from None
    if not amount.is_finite() or amount <= 0:
        raise ValidationError(field, msg("rental", "doit être supérieur à zéro"), field_label=label)
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(field, msg("rental", "deux décimales au plus"), field_label=label)
    if amount >= MAX_AMOUNT:
        raise ValidationError(field, msg("rental", "montant trop élevé"), field_label=label)
    return amount.quantize(Decimal("0.01"))


def balances_in(session: Session, dossier: RentalDossier) -> list[PayerBalance]:
    """Each payer's balance within the caller's session."""
    invoiced = dict(session.execute(
        select(Invoice.payer_role, func.sum(Invoice.total_incl)).where(
            Invoice.dossier_id == dossier.id, Invoice.kind != KIND_CREDIT_NOTE).group_by(Invoice.payer_role)).all())
    credited = dict(session.execute(
        select(Invoice.payer_role, func.sum(Invoice.total_incl)).where(
            Invoice.dossier_id == dossier.id, Invoice.kind == KIND_CREDIT_NOTE).group_by(Invoice.payer_role)).all())
    paid = dict(session.execute(select(Payment.payer_role, func.sum(Payment.amount)).where(
        Payment.dossier_id == dossier.id, Payment.kind.in_(SETTLING_KINDS)).group_by(Payment.payer_role)).all())
    held: dict[str, Decimal | None] = dict(session.execute(select(Payment.payer_role, func.sum(DEPOSIT_HELD)).where(
        Payment.dossier_id == dossier.id, Payment.kind.in_(DEPOSIT_KINDS)).group_by(Payment.payer_role)).all())
    cents = Decimal("0.01")

    def money(raw: Decimal | None) -> Decimal:  # SUM keeps the Money type: already euros
        return ZERO if raw is None else Decimal(raw).quantize(cents)

    return [PayerBalance(p.role, p.name, money(invoiced.get(p.role)) - money(credited.get(p.role)),
                         money(paid.get(p.role)), money(held.get(p.role))) for p in contract_payers(session, dossier)]


def payer_balances(database: Database, scope: UserScope, dossier_id: int) -> list[PayerBalance]:
    """Invoiced, paid and due for each payer of the contract."""
    with database.session() as session:
        return balances_in(session, get_dossier(session, scope, dossier_id))


def amount_warning(balances: list[PayerBalance], payer_role: str, amount: Decimal) -> Message | None:
    """A warning when ``amount`` differs from what the payer still owes (None if it matches)."""
    balance = next((b for b in balances if b.role == payer_role), None)
    if balance is None or amount == balance.due:
        return None
    return msg("rental", "Le montant {amount} ne correspond pas au solde de {payer} ({due}).",
               amount=format_amount(amount), payer=balance.name, due=format_amount(balance.due))


def check_line(method: str, paid_on: date | None) -> date:
    """The method is cash, card or transfer; the date (default today) is not in the future."""
    if method not in PAYMENT_METHODS:
        raise ValidationError("method", msg("rental", "espèces, carte ou virement"), field_label=msg("rental", "Mode"))
    paid_on = paid_on or local_today()
    if paid_on > local_today():
        raise ValidationError("paid_on", msg("rental", "ne peut pas être dans le futur"),
                              field_label=msg("rental", "Date du règlement"))
    return paid_on


def payer_of(balances: list[PayerBalance], payer_role: str) -> PayerBalance:
    """The contract's payer with that role, or a refusal naming the allowed ones."""
    payer = next((b for b in balances if b.role == payer_role), None)
    if payer is None:
        allowed = ", ".join(b.role for b in balances)
        raise ValidationError("payer", msg("rental", "à choisir parmi les payeurs du contrat : {allowed}",
                                           allowed=allowed), field_label=msg("rental", "Payeur"))
    return payer


def add_line(session: Session, scope: UserScope, dossier: RentalDossier, payer: PayerBalance, amount: Decimal,
             method: str, paid_on: date, note: str, kind: str = KIND_PAYMENT) -> Payment:
    """Insert one payment line and its journal entry (in the caller's transaction); never
    dated in the site's closed period."""
    refuse_if_closed(session, dossier.site_id, paid_on)
    payment = Payment(site_id=scope.site_id, dossier_id=dossier.id, paid_on=paid_on, amount=amount, method=method,
                      kind=kind, payer_role=payer.role, payer_name=payer.name, note=(note or "").strip()[:200],
                      created_by=scope.login)
    session.add(payment)
    session.flush()
    entry = entry_for(session, payment, f"{dossier.number} {payer.name}")
    session.flush()
    chain_line(session, payment.site_id, payment.id, entry.id)
    return payment


def chain_line(session: Session, site_id: int, payment_id: int, entry_id: int) -> None:
    """Chain a new payment line and its journal entry (tamper evidence, see app.core.ledger)."""
    append(session, "payment", site_id, payment_id)
    append(session, "journal_entry", site_id, entry_id)


def record_payment(database: Database, scope: UserScope, dossier_id: int, amount: str | Decimal, method: str,
                   payer_role: str, paid_on: date | None = None, note: str = "",
                   advance: bool = False) -> tuple[PaymentInfo, Message | None]:
    """Save one payment line and its journal entry; return it with the mismatch warning, if any.

    A payment is dated on or after the payer's first invoice and outside a closed period;
    more than the payer's balance — or anything on a contract whose invoices are all
    cancelled — is refused unless ``advance`` says it is an advance ("acompte", so noted).
    """
    value = parse_amount(amount)
    paid_on = check_line(method, paid_on)
    with database.session(immediate=True) as session:
        dossier = get_dossier(session, scope, dossier_id)
        balances = balances_in(session, dossier)
        payer = payer_of(balances, payer_role)
        if advance:
            note = render_note(msg("rental", "Acompte"), note)
        else:
            _check_against_invoices(session, dossier, payer, value, paid_on)
        payment = add_line(session, scope, dossier, payer, value, method, paid_on, note)
        return payment_info(session, payment), amount_warning(balances, payer_role, value)


def render_note(prefix: Message, note: str) -> str:
    """``Acompte`` or ``Acompte : <note>`` as stored on the line (the site's language)."""
    cleaned = (note or "").strip()
    return f"{prefix.render()} : {cleaned}" if cleaned else prefix.render()


def _check_against_invoices(session: Session, dossier: RentalDossier, payer: PayerBalance,
                            value: Decimal, paid_on: date) -> None:
    """A payment that is not an advance pays the payer's invoices: not before the first
    of them, not beyond what is due, never on a contract whose invoices are all credited."""
    label = msg("rental", "Montant")
    first_invoice = session.scalar(select(func.min(Invoice.issue_date)).where(
        Invoice.dossier_id == dossier.id, Invoice.payer_role == payer.role, Invoice.kind != KIND_CREDIT_NOTE))
    if first_invoice is not None and paid_on < first_invoice:
        raise ValidationError("paid_on", msg("rental", "ne peut pas précéder la facture du {day} ; un paiement "
                                                       "reçu avant est un acompte",
                                             day=first_invoice.strftime("%d-%m-%Y")),
                              field_label=msg("rental", "Date du règlement"))
    if first_invoice is not None and payer.invoiced <= 0:
        raise ValidationError("amount", msg("rental", "toutes les factures de {payer} sur ce contrat sont annulées "
                                                      "par des notes de crédit : enregistrez-le comme acompte s'il "
                                                      "le faut", payer=payer.name), field_label=label)
    if value > payer.due:
        raise ValidationError("amount", msg("rental", "{amount} dépasse le solde de {payer} ({due}) : enregistrez-le "
                                                      "comme acompte s'il le faut", amount=format_amount(value),
                                            payer=payer.name, due=format_amount(max(payer.due, ZERO))),
                              field_label=label)


def reverse_payment(database: Database, scope: UserScope, payment_id: int, note: str = "") -> PaymentInfo:
    """Cancel a payment line with a reversing line (negative amount, accounts swapped)."""
    with database.session(immediate=True) as session:
        original = session.scalar(select(Payment).where(Payment.id == payment_id, Payment.site_id == scope.site_id))
        if original is None:
            raise NotFoundError(msg("rental", "Règlement introuvable."))
        if original.reverses_id is not None:
            raise AtelierError(msg("rental", "Une ligne d'extourne ne s'extourne pas."))
        if session.scalar(select(Payment.id).where(Payment.reverses_id == original.id)) is not None:
            raise AtelierError(msg("rental", "Ce règlement est déjà extourné."))
        refuse_if_closed(session, original.site_id, local_today())
        reversal = Payment(site_id=original.site_id, dossier_id=original.dossier_id, paid_on=local_today(),
                           amount=-original.amount, method=original.method, kind=original.kind,
                           payer_role=original.payer_role,
                           payer_name=original.payer_name, reverses_id=original.id, created_by=scope.login,
                           note=(note or "").strip()[:200])
        session.add(reversal)
        session.flush()
        entry = entry_for(session, reversal, msg("rental", "Extourne du règlement {id}", id=original.id).render())
        session.flush()
        chain_line(session, reversal.site_id, reversal.id, entry.id)
        return payment_info(session, reversal)


def payment_info(session: Session, payment: Payment) -> PaymentInfo:
    """A payment line with its journal entry and whether it was reversed."""
    entry = session.scalar(select(JournalEntry).where(JournalEntry.payment_id == payment.id))
    reversed_by = session.scalar(select(Payment.id).where(Payment.reverses_id == payment.id))
    return PaymentInfo(payment.id, payment.paid_on, payment.amount, payment.method, payment.payer_role,
                       payment.payer_name, payment.note, payment.reverses_id, reversed_by, payment.created_by,
                       entry.journal if entry else "", entry.debit_account if entry else "",
                       entry.credit_account if entry else "", payment.kind)


def list_payments(database: Database, scope: UserScope, dossier_id: int) -> list[PaymentInfo]:
    """The contract's payment lines, oldest first."""
    with database.session() as session:
        get_dossier(session, scope, dossier_id)
        rows = session.scalars(select(Payment).where(Payment.dossier_id == dossier_id,
                                                     Payment.site_id == scope.site_id).order_by(Payment.id))
        return [payment_info(session, row) for row in rows]
