"""Agreements ("accords tarifaires"): an account, its tariff, PEC or not, active or not."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.db.versioning import check_version, flush_versioned, stamp
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.rental import fields as f
from app.core.rental.access import get_agreement, get_customer, get_tariff
from app.core.rental.models import CUSTOMER_COMPANY, RECIPIENT_DRIVER, RECIPIENT_PEC, Agreement, Customer, Tariff


@dataclass(frozen=True)
class AgreementData:
    """The editable fields of an agreement."""

    label: str
    account_id: int
    tariff_id: int
    is_pec: bool = False
    print_recipient: str = RECIPIENT_DRIVER
    active: bool = True
    insurer_pct: Decimal = Decimal("100")
    daily_cap: Decimal | None = None
    vat_to_client: bool = False


@dataclass(frozen=True)
class AgreementInfo:
    """A saved agreement with its account's and tariff's names."""

    id: int
    version: int
    data: AgreementData
    account_name: str
    tariff_name: str


def save_agreement(database: Database, scope: UserScope, data: AgreementData, agreement_id: int | None = None,
                   expected_version: int | None = None) -> AgreementInfo:
    """Create or update an agreement (admins only); the account must be a company."""
    scope.require_admin()
    if data.print_recipient not in (RECIPIENT_DRIVER, RECIPIENT_PEC):
        raise ValidationError("print_recipient", msg("rental", "client conducteur ou prise en charge"),
                              field_label=msg("rental", "Pec impression contrat"))
    data = clean_split(replace(data, label=f.text("label", msg("rental", "Intitulé"), data.label, 120, required=True)))
    with database.session() as session:
        account = get_customer(session, scope, data.account_id)
        if account.kind != CUSTOMER_COMPANY:
            raise ValidationError("account_id", msg("rental", "le compte d'un accord est une société"),
                                  field_label=msg("rental", "Compte"))
        get_tariff(session, scope, data.tariff_id)
        if agreement_id is None:
            row = Agreement(company_id=scope.company_id)
            session.add(row)
        else:
            row = get_agreement(session, scope, agreement_id)
            check_version(row, expected_version if expected_version is not None else row.version,
                          msg("rental", "L'accord {label}", label=row.label))
        for field in fields(AgreementData):
            setattr(row, field.name, getattr(data, field.name))
        stamp(row, scope.login)
        flush_versioned(session, row, msg("rental", "L'accord {label}", label=data.label))
        agreement_id = row.id
    return agreement_info(database, scope, agreement_id)


def clean_split(data: AgreementData) -> AgreementData:
    """The bill-split rules: insurer share 0,01–100 %, a positive daily cap or none; only a
    PEC agreement splits a bill."""
    pct = f.decimal("insurer_pct", msg("rental", "Part de l'assistance (%)"), data.insurer_pct,
                    minimum=Decimal("0.01"), maximum=Decimal(100))
    cap = None
    if data.daily_cap is not None and data.daily_cap != "":
        cap = f.decimal("daily_cap", msg("rental", "Plafond journalier"), data.daily_cap, minimum=Decimal("0.01"),
                        maximum=Decimal(10_000))
    if not data.is_pec and (pct != 100 or cap is not None or data.vat_to_client):
        raise ValidationError("insurer_pct", msg("rental", "seul un accord de prise en charge partage la facture"),
                              field_label=msg("rental", "Partage de la facture"))
    return replace(data, insurer_pct=pct, daily_cap=cap, vat_to_client=bool(data.vat_to_client))


def _query(scope: UserScope) -> Select[Agreement, str, str]:
    return (select(Agreement, Customer.name, Tariff.name).join(Customer, Customer.id == Agreement.account_id)
            .join(Tariff, Tariff.id == Agreement.tariff_id).where(Agreement.company_id == scope.company_id))


def _info(row: Agreement, account: str, tariff: str) -> AgreementInfo:
    data = AgreementData(**{field.name: getattr(row, field.name) for field in fields(AgreementData)})
    return AgreementInfo(row.id, row.version, data, account, tariff)


def agreement_info(database: Database, scope: UserScope, agreement_id: int) -> AgreementInfo:
    """One agreement of the company."""
    with database.session() as session:
        get_agreement(session, scope, agreement_id)  # another company's or none: NotFoundError
        return _info(*session.execute(_query(scope).where(Agreement.id == agreement_id)).one())


def list_agreements(database: Database, scope: UserScope) -> list[AgreementInfo]:
    """Every agreement of the company (back office)."""
    with database.session() as session:
        return [_info(*row) for row in session.execute(_query(scope).order_by(Agreement.label))]


def agreement_choices(database: Database, scope: UserScope, *, pec: bool,
                      current_id: int | None = None) -> list[AgreementInfo]:
    """Agreements a dossier may pick: active ones (PEC-flagged on a PEC dossier), plus the
    one the dossier already holds even if it became inactive."""
    with database.session() as session:
        return agreement_choices_in(session, scope, pec=pec, current_id=current_id)


def agreement_choices_in(session: Session, scope: UserScope, *, pec: bool,
                         current_id: int | None = None) -> list[AgreementInfo]:
    """:func:`agreement_choices` within the caller's session."""
    result = []
    for row, account, tariff in session.execute(_query(scope).order_by(Agreement.label)):
        offered = row.active and (row.is_pec or not pec)
        if offered or row.id == current_id:
            result.append(_info(row, account, tariff))
    return result
