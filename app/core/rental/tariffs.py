"""Tariffs: named price grids (excl. VAT) per category and duration, with fees (admin)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.db.versioning import check_version, flush_versioned, stamp
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.rental import fields as f
from app.core.rental.access import get_tariff
from app.core.rental.models import Tariff, TariffPrice
from app.core.rental.pricing import TariffRate


@dataclass(frozen=True)
class TariffData:
    """A tariff and its grid rows."""

    code: str
    name: str
    rates: tuple[TariffRate, ...] = ()
    fuel_price_per_litre: Decimal = Decimal("0")
    refuelling_fee: Decimal = Decimal("0")
    cleaning_fee: Decimal = Decimal("0")
    is_default: bool = False
    active: bool = True
    deposit: Decimal = Decimal("0")


@dataclass(frozen=True)
class TariffInfo:
    """A saved tariff."""

    id: int
    version: int
    data: TariffData

    def categories(self) -> list[str]:
        """The categories the grid prices."""
        return sorted({rate.category for rate in self.data.rates})

    def durations(self, category: str) -> list[int]:
        """The grid durations of ``category``."""
        return sorted(rate.days for rate in self.data.rates if rate.category == category)


def clean_rate(rate: TariffRate, row: int) -> TariffRate:
    """One grid row: category, days ≥ 1, prices ≥ 0 (km per day empty = unlimited)."""
    label = msg("rental", "Grille, ligne {row}", row=row)
    km = rate.km_per_day
    return TariffRate(
        category=f.category("rates", label, rate.category),
        days=f.integer("rates", label, rate.days, minimum=1, maximum=365),
        price=f.decimal("rates", label, rate.price),
        extra_day_price=f.decimal("rates", label, rate.extra_day_price),
        km_per_day=None if km is None or str(km) == "" else f.integer("rates", label, km, maximum=100_000),
        extra_km_price=f.decimal("rates", label, rate.extra_km_price, places=3),
    )


def clean_tariff(data: TariffData) -> TariffData:
    """Validate the tariff and its grid (no duplicate category and duration)."""
    rates = tuple(clean_rate(rate, index + 1) for index, rate in enumerate(data.rates))
    seen = set()
    for index, rate in enumerate(rates):
        if (rate.category, rate.days) in seen:
            raise ValidationError("rates", msg("rental", "{category} pour {days} jour(s) figure deux fois",
                                               category=rate.category, days=rate.days),
                                  field_label=msg("rental", "Grille, ligne {row}", row=index + 1))
        seen.add((rate.category, rate.days))
    return replace(
        data, rates=rates,
        code=f.text("code", msg("rental", "Code"), data.code, 20, required=True).upper(),
        name=f.text("name", msg("rental", "Nom"), data.name, 120, required=True),
        fuel_price_per_litre=f.decimal("fuel_price_per_litre", msg("rental", "Prix du carburant par litre"),
                                       data.fuel_price_per_litre, places=3),
        refuelling_fee=f.decimal("refuelling_fee", msg("rental", "Frais de remplissage"), data.refuelling_fee),
        cleaning_fee=f.decimal("cleaning_fee", msg("rental", "Frais de nettoyage"), data.cleaning_fee),
        deposit=f.decimal("deposit", msg("rental", "Caution"), data.deposit, maximum=Decimal(100_000)),
    )


def _info(session: Session, row: Tariff) -> TariffInfo:
    prices = session.scalars(select(TariffPrice).where(TariffPrice.tariff_id == row.id)
                             .order_by(TariffPrice.category, TariffPrice.days))
    rates = tuple(TariffRate(p.category, p.days, p.price, p.extra_day_price, p.km_per_day, p.extra_km_price)
                  for p in prices)
    return TariffInfo(row.id, row.version, TariffData(row.code, row.name, rates, row.fuel_price_per_litre,
                                                      row.refuelling_fee, row.cleaning_fee, row.is_default, row.active,
                                                      row.deposit))


def save_tariff(database: Database, scope: UserScope, data: TariffData, tariff_id: int | None = None,
                expected_version: int | None = None) -> TariffInfo:
    """Create or update a tariff and replace its grid (admins only)."""
    scope.require_admin()
    data = clean_tariff(data)
    with database.session() as session:
        clash = session.scalar(select(Tariff.id).where(Tariff.company_id == scope.company_id, Tariff.code == data.code))
        if clash is not None and clash != tariff_id:
            raise ValidationError("code", msg("rental", "le code {code} existe déjà", code=data.code),
                                  field_label=msg("rental", "Code"))
        if tariff_id is None:
            row = Tariff(company_id=scope.company_id)
            session.add(row)
        else:
            row = get_tariff(session, scope, tariff_id)
            check_version(row, expected_version if expected_version is not None else row.version,
                          msg("rental", "Le tarif {name}", name=row.name))
        for name in ("code", "name", "fuel_price_per_litre", "refuelling_fee", "cleaning_fee", "is_default", "active",
                     "deposit"):
            setattr(row, name, getattr(data, name))
        stamp(row, scope.login)
        flush_versioned(session, row, msg("rental", "Le tarif {name}", name=data.name))
        if data.is_default:
            session.execute(update(Tariff).where(Tariff.company_id == scope.company_id, Tariff.id != row.id,
                                                 Tariff.is_default.is_(True))
                            .values(is_default=False, version=Tariff.version + 1, updated_by=scope.login)
                            .execution_options(synchronize_session=False))
        session.execute(delete(TariffPrice).where(TariffPrice.tariff_id == row.id))
        session.add_all(TariffPrice(tariff_id=row.id, category=r.category, days=r.days, price=r.price,
                                    extra_day_price=r.extra_day_price, km_per_day=r.km_per_day,
                                    extra_km_price=r.extra_km_price) for r in data.rates)
        session.flush()
        return _info(session, row)


def list_tariffs(database: Database, scope: UserScope, *, include_inactive: bool = False,
                 keep_id: int | None = None) -> list[TariffInfo]:
    """The company's tariffs by name (an inactive ``keep_id`` stays listed for old dossiers)."""
    with database.session() as session:
        query = select(Tariff).where(Tariff.company_id == scope.company_id).order_by(Tariff.name)
        rows = [row for row in session.scalars(query) if include_inactive or row.active or row.id == keep_id]
        return [_info(session, row) for row in rows]


def tariff_info(database: Database, scope: UserScope, tariff_id: int) -> TariffInfo:
    """One tariff with its grid."""
    with database.session() as session:
        return _info(session, get_tariff(session, scope, tariff_id))


def default_tariff_id(session: Session, scope: UserScope) -> int | None:
    """The company's default (public) tariff for clients, if one is marked."""
    return session.scalars(select(Tariff.id).where(Tariff.company_id == scope.company_id, Tariff.is_default.is_(True),
                                                   Tariff.active.is_(True))).first()


def effective_pec_tariff(chosen_id: int | None, agreement_tariff_id: int | None) -> int | None:
    """The PEC tariff in force: the one the clerk picked, else the agreement's
    (docs/decisions/rental-pricing.md)."""
    return chosen_id if chosen_id is not None else agreement_tariff_id
