"""Build a :class:`PricingInput` from the database (the only impure part of pricing)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.platform.scope import UserScope
from app.core.rental.access import get_dossier, get_vehicle
from app.core.rental.authorisation import coverage_of
from app.core.rental.extras import extra_items
from app.core.rental.models import Agreement, RentalDossier, Tariff, TariffPrice
from app.core.rental.pricing import PricingInput, TariffRate, TariffTerms
from app.core.rental.pricing_lines import SplitTerms
from app.core.rental.settings import grace_minutes, vat_rate


def tariff_terms(session: Session, tariff_id: int | None) -> TariffTerms | None:
    """A tariff and its grid as pricing needs them (``None`` for no tariff)."""
    if tariff_id is None:
        return None
    tariff = session.get(Tariff, tariff_id)
    if tariff is None:
        return None
    rows = session.scalars(select(TariffPrice).where(TariffPrice.tariff_id == tariff_id))
    rates = tuple(TariffRate(r.category, r.days, r.price, r.extra_day_price, r.km_per_day, r.extra_km_price)
                  for r in rows)
    return TariffTerms(tariff.id, tariff.code, tariff.name, rates, tariff.fuel_price_per_litre,
                       tariff.refuelling_fee, tariff.cleaning_fee)


def input_from_dossier(session: Session, dossier: RentalDossier, vehicle_category: str,
                       tank_litres: Decimal) -> PricingInput:
    """The pricing input of a (possibly unsaved) dossier row; the PEC duration includes the
    assistance's extensions (and so does a fixed "Jours Base")."""
    coverage = coverage_of(session, dossier)
    split = SplitTerms()
    if dossier.is_pec and dossier.agreement_id is not None:
        agreement = session.get(Agreement, dossier.agreement_id)
        if agreement is not None:
            split = SplitTerms(agreement.label, agreement.insurer_pct, dossier.pec_daily_cap or agreement.daily_cap,
                               bool(agreement.vat_to_client))
    base_days = dossier.pec_base_days
    if base_days is not None:
        base_days += coverage.assistance_days_added
    return PricingInput(
        planned_departure=dossier.planned_departure, planned_return=dossier.planned_return,
        actual_departure=dossier.actual_departure, actual_return=dossier.actual_return,
        vehicle_category=vehicle_category, tank_litres=tank_litres,
        client_tariff=tariff_terms(session, dossier.client_tariff_id),
        grace_minutes=grace_minutes(session, dossier.site_id), vat_rate=vat_rate(session, dossier.site_id),
        is_pec=dossier.is_pec, pec_days=coverage.covered_days, pec_category=dossier.pec_category or "",
        pec_extra_km=dossier.pec_extra_km or 0, pec_fuel_covered=bool(dossier.pec_fuel_covered),
        pec_tariff=tariff_terms(session, dossier.pec_tariff_id) if dossier.is_pec else None,
        pec_tariff_category=dossier.pec_tariff_category or "", pec_tariff_days=dossier.pec_tariff_days,
        pec_base_days=base_days, pec_discount_pct=dossier.pec_discount_pct,
        client_discount_pct=dossier.client_discount_pct,
        km_out=dossier.km_out, km_in=dossier.km_in, fuel_out=dossier.fuel_out, fuel_in=dossier.fuel_in,
        cleaning_required=bool(dossier.cleaning_required), damage_amount=dossier.damage_amount,
        damage_notes=dossier.damage_in or "", pec_split=split, extras=extra_items(session, dossier.id))


def load_pricing_input(session: Session, scope: UserScope, dossier_id: int) -> PricingInput:
    """The pricing input of a saved dossier of the scope's site (NotFoundError otherwise)."""
    dossier = get_dossier(session, scope, dossier_id)
    category, tank = "", None
    if dossier.vehicle_id is not None:
        vehicle = get_vehicle(session, scope, dossier.vehicle_id)
        category, tank = vehicle.category, vehicle.tank_litres
    return input_from_dossier(session, dossier, category or dossier.pec_category, tank or Decimal("0"))
