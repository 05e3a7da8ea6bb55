"""Who pays a contract: the assistance company and the beneficiary on a PEC contract, the
customer otherwise. Also loads a dossier within the user's site."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import NotFoundError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.rental.kinds import PayerRole
from app.core.rental.models import Agreement, Customer, RentalDossier


@dataclass(frozen=True)
class Payer:
    """A payer of the contract, as invoices snapshot it."""

    role: str
    customer_id: int | None
    name: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    vat_number: str = ""
    email: str = ""
    country: str | None = None


def role_label(role: str) -> Message:
    """How a payer role is named to the clerk."""
    return {PayerRole.PEC: msg("rental", "Prise en charge"),
            PayerRole.CLIENT: msg("rental", "Client bénéficiaire"),
            PayerRole.CUSTOMER: msg("rental", "Client")}[PayerRole(role)]


def customer_name(customer: Customer) -> str:
    """``Jean Dupont`` for a person, the company name otherwise."""
    return " ".join(p for p in (customer.first_name, customer.name) if p).strip() or customer.name


def _payer(role: str, customer: Customer | None) -> Payer:
    if customer is None:
        return Payer(role, None, "?")
    return Payer(role, customer.id, customer_name(customer), customer.street, customer.postcode, customer.city,
                 customer.vat_number, customer.email, customer.country or "BE")


def load_dossier(session: Session, scope: UserScope, dossier_id: int, *, lock: bool = False) -> RentalDossier:
    """The dossier of the user's site (locked FOR UPDATE on PostgreSQL when ``lock``)."""
    query = select(RentalDossier).where(RentalDossier.id == dossier_id, RentalDossier.site_id == scope.site_id)
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    dossier = session.scalars(query.execution_options(populate_existing=True)).first()
    if dossier is None:
        raise NotFoundError(msg("rental", "Dossier introuvable."))
    return dossier


def beneficiary_id(dossier: RentalDossier) -> int | None:
    """The customer of the dossier (the beneficiary), or its driver when no customer is set."""
    return dossier.customer_id or dossier.driver_id


def contract_payers(session: Session, dossier: RentalDossier) -> list[Payer]:
    """PEC and beneficiary on a PEC contract; the customer alone otherwise."""
    client = session.get(Customer, beneficiary_id(dossier)) if beneficiary_id(dossier) else None
    if not dossier.is_pec:
        return [_payer(PayerRole.CUSTOMER, client)]
    agreement = session.get(Agreement, dossier.agreement_id) if dossier.agreement_id else None
    account = session.get(Customer, agreement.account_id) if agreement else None
    return [_payer(PayerRole.PEC, account), _payer(PayerRole.CLIENT, client)]
