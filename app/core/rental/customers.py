"""Customers: individuals and companies (assistance companies are company customers)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from sqlalchemy import func, or_, select
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError as StdnumError

from app.core.db.engine import Database
from app.core.db.versioning import check_version, flush_versioned, stamp
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.peppol.participants import clean_participant
from app.core.platform.identifiers import clean_enterprise_number
from app.core.platform.scope import UserScope
from app.core.rental import fields as f
from app.core.rental.access import get_customer
from app.core.rental.models import CUSTOMER_COMPANY, CUSTOMER_INDIVIDUAL, Customer

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class CustomerData:
    """The editable fields of a customer."""

    name: str
    kind: str = CUSTOMER_INDIVIDUAL
    first_name: str = ""
    is_assistance: bool = False
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "BE"
    email: str = ""
    phone: str = ""
    vat_number: str = ""
    licence_number: str = ""
    active: bool = True
    enterprise_number: str = ""
    peppol_id: str = ""


@dataclass(frozen=True)
class CustomerInfo:
    """A saved customer: its id, version and data."""

    id: int
    version: int
    data: CustomerData

    @property
    def display_name(self) -> str:
        """``Name First-name`` for individuals, the name for companies."""
        return " ".join(part for part in (self.data.name, self.data.first_name) if part)


def clean_vat_number(value: str, country: str = "BE") -> str:
    """A European VAT number checked with python-stdnum (``BE`` added to bare Belgian numbers)."""
    raw = (value or "").strip()
    if not raw:
        return ""
    compact = "".join(ch for ch in raw.upper() if ch.isascii() and ch.isalnum())[:20]
    if compact[:2].isdigit():
        compact = (country or "BE").upper() + compact
    try:
        return eu_vat.validate(compact)
    except StdnumError:
        raise ValidationError("vat_number", msg("rental", "numéro de TVA « {value} » invalide", value=raw),
                              field_label=msg("rental", "Numéro de TVA")) from None


def clean_identifiers(enterprise_number: str, vat_number: str, peppol_id: str) -> tuple[str, str]:
    """(enterprise number, Peppol id) of a customer: the enterprise number is read from a
    Belgian VAT number when not typed, and must match it when typed."""
    enterprise = (enterprise_number or "").strip()
    if enterprise:
        enterprise = clean_enterprise_number(enterprise)
    if vat_number.startswith("BE"):
        if not enterprise:
            enterprise = vat_number[2:]
        elif enterprise != vat_number[2:]:
            raise ValidationError("enterprise_number", msg("rental", "ne correspond pas au numéro de TVA {vat}",
                                                           vat=vat_number),
                                  field_label=msg("rental", "Numéro d'entreprise"))
    return enterprise, clean_participant(peppol_id)


def clean_customer(data: CustomerData) -> CustomerData:
    """Validate every field; return the cleaned data."""
    if data.kind not in (CUSTOMER_INDIVIDUAL, CUSTOMER_COMPANY):
        raise ValidationError("kind", msg("rental", "particulier ou société"), field_label=msg("rental", "Type"))
    if data.is_assistance and data.kind != CUSTOMER_COMPANY:
        raise ValidationError("is_assistance", msg("rental", "une société d'assistance est une société"),
                              field_label=msg("rental", "Société d'assistance"))
    email = f.text("email", msg("rental", "E-mail"), data.email, 120)
    if email and not EMAIL.match(email):
        raise ValidationError("email", msg("rental", "adresse e-mail invalide"), field_label=msg("rental", "E-mail"))
    country = f.text("country", msg("rental", "Pays"), data.country or "BE", 2).upper()
    vat_number = clean_vat_number(data.vat_number, country)
    enterprise, peppol = clean_identifiers(data.enterprise_number, vat_number, data.peppol_id)
    return replace(
        data,
        name=f.text("name", msg("rental", "Nom"), data.name, 120, required=True),
        first_name=f.text("first_name", msg("rental", "Prénom"), data.first_name, 80),
        street=f.text("street", msg("rental", "Rue"), data.street, 120),
        postcode=f.text("postcode", msg("rental", "Code postal"), data.postcode, 10),
        city=f.text("city", msg("rental", "Localité"), data.city, 80),
        country=country, email=email,
        phone=f.text("phone", msg("rental", "Téléphone"), data.phone, 40),
        vat_number=vat_number, enterprise_number=enterprise, peppol_id=peppol,
        licence_number=f.text("licence_number", msg("rental", "Permis de conduire"), data.licence_number, 30).upper(),
    )


def _data(row: Customer) -> CustomerData:
    return CustomerData(**{field.name: getattr(row, field.name) for field in fields(CustomerData)})


def _info(row: Customer) -> CustomerInfo:
    return CustomerInfo(row.id, row.version, _data(row))


def save_customer(database: Database, scope: UserScope, data: CustomerData, customer_id: int | None = None,
                  expected_version: int | None = None) -> CustomerInfo:
    """Create or update a customer. Clerks manage private customers; assistance companies are admin-only."""
    data = clean_customer(data)
    with database.session() as session:
        if customer_id is None:
            if data.is_assistance:
                scope.require_admin()
            row = Customer(company_id=scope.company_id)
            session.add(row)
        else:
            row = get_customer(session, scope, customer_id)
            if row.is_assistance or data.is_assistance:
                scope.require_admin()
            check_version(row, expected_version if expected_version is not None else row.version,
                          msg("rental", "Le client {name}", name=row.name))
        for field in fields(CustomerData):
            setattr(row, field.name, getattr(data, field.name))
        stamp(row, scope.login)
        flush_versioned(session, row, msg("rental", "Le client {name}", name=data.name))
        return _info(row)


def customer_info(database: Database, scope: UserScope, customer_id: int) -> CustomerInfo:
    """One customer of the company."""
    with database.session() as session:
        return _info(get_customer(session, scope, customer_id))


def list_customers(database: Database, scope: UserScope, search: str = "", *, assistance: bool | None = None,
                   kind: str | None = None, include_inactive: bool = False, limit: int = 500) -> list[CustomerInfo]:
    """The company's customers matching ``search`` (name, first name, VAT, e-mail), by name."""
    query = select(Customer).where(Customer.company_id == scope.company_id)
    if search.strip():
        pattern = f"%{search.strip().lower()}%"
        query = query.where(or_(func.lower(Customer.name).like(pattern), func.lower(Customer.first_name).like(pattern),
                                func.lower(Customer.vat_number).like(pattern),
                                func.lower(Customer.email).like(pattern)))
    if assistance is not None:
        query = query.where(Customer.is_assistance == assistance)
    if kind is not None:
        query = query.where(Customer.kind == kind)
    if not include_inactive:
        query = query.where(Customer.active.is_(True))
    with database.session() as session:
        rows = session.scalars(query.order_by(Customer.name, Customer.first_name, Customer.id).limit(limit))
        return [_info(row) for row in rows]
