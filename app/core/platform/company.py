"""The company record (admin): name, enterprise number, VAT register flag, address."""

from __future__ import annotations

from dataclasses import dataclass

from stdnum import iban as iban_number
from stdnum.exceptions import ValidationError as StdnumError

from app.core.db.engine import Database
from app.core.db.versioning import check_version, flush_versioned, stamp
from app.core.errors import FieldErrors, NotFoundError, ValidationError
from app.core.i18n import msg
from app.core.platform.identifiers import clean_enterprise_number
from app.core.platform.models import Company
from app.core.platform.scope import UserScope
from app.core.platform.sites import require_text

WHAT = msg("fields", "La fiche société")


@dataclass(frozen=True)
class CompanyForm:
    """The company as its form shows it; ``version`` is the one loaded (optimistic lock)."""

    name: str
    enterprise_number: str
    uses_vat_register: bool
    street: str = ""
    postcode: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    iban: str = ""
    version: int = 0


def get_company(database: Database, scope: UserScope) -> CompanyForm:
    """The scope's company."""
    with database.session() as session:
        company = session.get(Company, scope.company_id)
        if company is None:
            raise NotFoundError(msg("errors", "Société introuvable."))
        return CompanyForm(company.name, company.enterprise_number, company.uses_vat_register, company.street,
                           company.postcode, company.city, company.email, company.phone, company.iban,
                           company.version)


def _validated(form: CompanyForm) -> dict[str, str | bool | None]:
    checks = FieldErrors()
    values: dict[str, str | bool | None] = {  # None only for a failed check, raised below
        "uses_vat_register": form.uses_vat_register,
        "name": checks.run(require_text, "name", form.name, msg("fields", "Nom de la société")),
        "enterprise_number": checks.run(clean_enterprise_number, form.enterprise_number),
    }
    for key in ("street", "postcode", "city", "phone"):
        values[key] = (getattr(form, key) or "").strip()
    email = (form.email or "").strip()
    if email and ("@" not in email or "." not in email.split("@")[-1]):
        checks.keep(ValidationError("email", msg("validation", "adresse e-mail invalide"),
                                   field_label=msg("fields", "E-mail")))
    values["email"] = email
    raw_iban = (form.iban or "").replace(" ", "").upper()
    if raw_iban:
        try:
            raw_iban = iban_number.validate(raw_iban)
        except StdnumError:
            checks.keep(ValidationError("iban", msg("validation", "IBAN invalide"), field_label=msg("fields", "IBAN")))
    values["iban"] = raw_iban
    checks.raise_if_any()
    return values


def update_company(database: Database, scope: UserScope, form: CompanyForm) -> CompanyForm:
    """Save the company form (admins); refuses a stale form naming who saved meanwhile."""
    scope.require_admin()
    values = _validated(form)
    with database.session() as session:
        company = session.get(Company, scope.company_id)
        if company is None:
            raise NotFoundError(msg("errors", "Société introuvable."))
        check_version(company, form.version, WHAT)
        for key, value in values.items():
            setattr(company, key, value)
        stamp(company, scope.login)
        flush_versioned(session, company, WHAT)
    return get_company(database, scope)
