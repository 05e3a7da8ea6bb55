"""Extras: each tariff's catalogue (delivery/collection, extra driver, child seat, cleaning…)
and the extras taken on a dossier, each with its payer.

- A catalogue item has a code, a label, a price excl. VAT per rental or per day and the
  payer it goes to by default (the beneficiary, or the assistance when its agreement
  covers it). Admins manage the catalogue; an item is deactivated, never deleted, once used.
- A dossier takes items of its client tariff's or its PEC tariff's catalogue, with a
  quantity and a payer; on a dossier without PEC the customer pays everything.
- Priced at pricing time like the tariff grid (:func:`extra_lines`): per rental
  ``quantity × price``; per day ``quantity × rental days × price``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.db.versioning import flush_versioned, stamp
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.rental import fields as f
from app.core.rental.access import get_dossier, get_tariff
from app.core.rental.kinds import LINE_PAYERS, PayerRole
from app.core.rental.models import EXTRA_PER_DAY, EXTRA_PER_RENTAL, DossierExtra, RentalDossier, TariffExtra
from app.core.rental.pricing_lines import ExtraItem, PriceLine, money
from app.core.timeutil import utcnow

CODE = re.compile(r"^[A-Z0-9-]{1,20}$")


def extra_lines(items: Iterable[ExtraItem], days: int, is_pec: bool) -> list[PriceLine]:
    """The priced lines of the dossier's extras (the customer pays all of them without PEC)."""
    lines = []
    for item in items:
        payer = PayerRole.PEC if is_pec and item.payer == PayerRole.PEC else PayerRole.CLIENT
        if item.unit == EXTRA_PER_DAY:
            quantity = Decimal(item.quantity * days)
            reason = msg("rental", "{n} × {days} jour(s) à {price} € HTVA par jour", n=item.quantity, days=days,
                         price=item.price)
            code = f"EXTJ-{item.code}"
        else:
            quantity = Decimal(item.quantity)
            reason = msg("rental", "{n} × {price} € HTVA par location", n=item.quantity, price=item.price)
            code = f"EXT-{item.code}"
        lines.append(PriceLine(payer, code, msg("rental", "{label}", label=item.label), quantity, item.price,
                               money(quantity * item.price), reason))
    return lines


@dataclass(frozen=True)
class ExtraData:
    """A catalogue item as the admin edits it."""

    tariff_id: int
    code: str
    label: str
    price: Decimal
    unit: str = EXTRA_PER_RENTAL
    default_payer: str = PayerRole.CLIENT
    active: bool = True


@dataclass(frozen=True)
class ExtraInfo:
    """A saved catalogue item."""

    id: int
    data: ExtraData


@dataclass(frozen=True)
class DossierExtraInfo:
    """An extra taken on a dossier."""

    id: int
    extra_id: int
    code: str
    label: str
    unit: str
    price: Decimal
    quantity: int
    payer: str
    added_by: str
    added_at: datetime


def clean_extra(data: ExtraData) -> ExtraData:
    """Validate a catalogue item; every refusal names its field."""
    code = (data.code or "").strip().upper()
    if not CODE.match(code):
        raise ValidationError("code", msg("rental", "1 à 20 lettres, chiffres ou tirets"),
                              field_label=msg("rental", "Code"))
    if data.unit not in (EXTRA_PER_RENTAL, EXTRA_PER_DAY):
        raise ValidationError("unit", msg("rental", "par location ou par jour"), field_label=msg("rental", "Unité"))
    if data.default_payer not in LINE_PAYERS:
        raise ValidationError("default_payer", msg("rental", "client ou prise en charge"),
                              field_label=msg("rental", "Payeur"))
    return replace(data, code=code, label=f.text("label", msg("rental", "Libellé"), data.label, 120, required=True),
                   price=f.decimal("price", msg("rental", "Prix HTVA"), data.price, maximum=Decimal(100_000)))


def save_extra(database: Database, scope: UserScope, data: ExtraData, extra_id: int | None = None) -> ExtraInfo:
    """Create or update a catalogue item of a tariff (admins only)."""
    scope.require_admin()
    data = clean_extra(data)
    with database.session() as session:
        get_tariff(session, scope, data.tariff_id)
        clash = session.scalar(select(TariffExtra.id).where(TariffExtra.tariff_id == data.tariff_id,
                                                             TariffExtra.code == data.code))
        if clash is not None and clash != extra_id:
            raise ValidationError("code", msg("rental", "le code {code} existe déjà dans ce tarif", code=data.code),
                                  field_label=msg("rental", "Code"))
        row = TariffExtra(company_id=scope.company_id) if extra_id is None else _extra(session, scope, extra_id)
        for field in fields(ExtraData):
            setattr(row, field.name, getattr(data, field.name))
        session.add(row)
        session.flush()
        return ExtraInfo(row.id, data)


def _extra(session: Session, scope: UserScope, extra_id: int) -> TariffExtra:
    row = session.get(TariffExtra, extra_id)
    if row is None or row.company_id != scope.company_id:
        raise NotFoundError(msg("rental", "Supplément introuvable."))
    return row


def _info(row: TariffExtra) -> ExtraInfo:
    return ExtraInfo(row.id, ExtraData(**{field.name: getattr(row, field.name) for field in fields(ExtraData)}))


def list_extras(database: Database, scope: UserScope, tariff_ids: list[int] | None = None, *,
                include_inactive: bool = True) -> list[ExtraInfo]:
    """The company's catalogue items (of ``tariff_ids`` when given), by tariff then code."""
    query = select(TariffExtra).where(TariffExtra.company_id == scope.company_id)
    if tariff_ids is not None:
        query = query.where(TariffExtra.tariff_id.in_([t for t in tariff_ids if t is not None]))
    if not include_inactive:
        query = query.where(TariffExtra.active.is_(True))
    with database.session() as session:
        return [_info(row) for row in session.scalars(query.order_by(TariffExtra.tariff_id, TariffExtra.code))]


def extra_items(session: Session, dossier_id: int | None) -> tuple[ExtraItem, ...]:
    """The dossier's extras as pricing needs them."""
    if dossier_id is None:
        return ()
    rows = session.execute(select(DossierExtra, TariffExtra).join(TariffExtra, TariffExtra.id == DossierExtra.extra_id)
                           .where(DossierExtra.dossier_id == dossier_id).order_by(DossierExtra.id))
    return tuple(ExtraItem(extra.code, extra.label, extra.unit, extra.price, taken.quantity, taken.payer)
                 for taken, extra in rows)


def _touch(session: Session, scope: UserScope, dossier: RentalDossier) -> None:
    """An extra changes the price: the dossier's version moves (another open window sees it)."""
    stamp(dossier, scope.login)
    dossier.updated_at = utcnow()  # an UPDATE even when the same clerk saved last: the version moves
    flush_versioned(session, dossier, msg("rental", "Le dossier {number}", number=dossier.number))


def _editable(session: Session, scope: UserScope, dossier_id: int) -> RentalDossier:
    dossier = get_dossier(session, scope, dossier_id, for_update=True)
    if dossier.invoiced or dossier.cancelled:
        raise AtelierError(msg("rental", "Le dossier {number} est facturé ou annulé : ses suppléments ne changent "
                                         "plus.", number=dossier.number))
    return dossier


def add_dossier_extra(database: Database, scope: UserScope, dossier_id: int, extra_id: int, quantity: int = 1,
                      payer: str | None = None) -> DossierExtraInfo:
    """Take a catalogue item of the dossier's client or PEC tariff, ``quantity`` times."""
    quantity = f.integer("quantity", msg("rental", "Quantité"), quantity, minimum=1, maximum=99)
    with database.session(immediate=True) as session:
        dossier = _editable(session, scope, dossier_id)
        extra = _extra(session, scope, extra_id)
        if extra.tariff_id not in (dossier.client_tariff_id, dossier.pec_tariff_id) or not extra.active:
            raise ValidationError("extra", msg("rental", "« {label} » n'est pas au catalogue des tarifs de ce "
                                                         "dossier", label=extra.label),
                                  field_label=msg("rental", "Supplément"))
        payer = payer or extra.default_payer
        if payer not in LINE_PAYERS or (payer == PayerRole.PEC and not dossier.is_pec):
            raise ValidationError("payer", msg("rental", "la prise en charge ne paie que sur un dossier avec PEC"),
                                  field_label=msg("rental", "Payeur"))
        row = DossierExtra(site_id=dossier.site_id, dossier_id=dossier.id, extra_id=extra.id, quantity=quantity,
                           payer=payer, added_by=scope.login)
        session.add(row)
        _touch(session, scope, dossier)
        return _dossier_extra(row, extra)


def remove_dossier_extra(database: Database, scope: UserScope, dossier_id: int, dossier_extra_id: int) -> None:
    """Take an extra off a dossier not invoiced yet."""
    with database.session(immediate=True) as session:
        dossier = _editable(session, scope, dossier_id)
        row = session.get(DossierExtra, dossier_extra_id)
        if row is None or row.dossier_id != dossier.id:
            raise NotFoundError(msg("rental", "Supplément introuvable."))
        session.delete(row)
        _touch(session, scope, dossier)


def _dossier_extra(row: DossierExtra, extra: TariffExtra) -> DossierExtraInfo:
    return DossierExtraInfo(row.id, extra.id, extra.code, extra.label, extra.unit, extra.price, row.quantity,
                            row.payer, row.added_by, row.added_at)


def dossier_extras(database: Database, scope: UserScope, dossier_id: int) -> list[DossierExtraInfo]:
    """The extras taken on a dossier, in the order they were added."""
    with database.session() as session:
        get_dossier(session, scope, dossier_id)
        rows = session.execute(select(DossierExtra, TariffExtra)
                               .join(TariffExtra, TariffExtra.id == DossierExtra.extra_id)
                               .where(DossierExtra.dossier_id == dossier_id).order_by(DossierExtra.id))
        return [_dossier_extra(taken, extra) for taken, extra in rows]
