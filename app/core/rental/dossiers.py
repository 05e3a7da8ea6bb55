"""Short-term dossiers: create, edit, convert quote → reservation → contract, extend, cancel.

Every change is refused once the dossier is invoiced; every save checks the optimistic
lock, the validation rules and that the vehicle is free for the period.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.db.versioning import check_version, flush_versioned, stamp
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.rental.access import get_agreement, get_dossier, get_vehicle
from app.core.rental.authorisation import added_days, coverage_of, record_extension
from app.core.rental.day_count import count_days, covered_until, days_later
from app.core.rental.dossier_data import DossierData, DossierInfo, apply_data, data_of, info_of
from app.core.rental.dossier_rules import (
    MAX_RENTAL_DAYS,
    error,
    refuse_if_invoiced,
    span_refusal,
    validate_dossier,
    within_rental_span,
)
from app.core.rental.double_booking import (
    blocks_vehicle,
    booked_error,
    ensure_vehicle_free,
    is_double_booking,
    lock_vehicle,
)
from app.core.rental.kinds import DOSSIER_KINDS, DossierKind
from app.core.rental.models import (
    EXTENSION_BY_ASSISTANCE,
    EXTENSION_BY_CLIENT,
    VEHICLE_AVAILABLE,
    VEHICLE_RENTED,
    FleetVehicle,
    RentalDossier,
)
from app.core.rental.numbering import next_dossier_number
from app.core.rental.pricing import PricingResult, price_dossier
from app.core.rental.pricing_input import input_from_dossier, load_pricing_input
from app.core.rental.settings import grace_minutes
from app.core.rental.tariffs import default_tariff_id

NEXT_KIND: dict[str, DossierKind] = {DossierKind.QUOTE: DossierKind.RESERVATION,
                                     DossierKind.RESERVATION: DossierKind.CONTRACT}


def _what(row: RentalDossier) -> Message:
    return msg("rental", "Le dossier {number}", number=row.number)


def _save(session: Session, scope: UserScope, row: RentalDossier, data: DossierData, kind: str,
          existing: RentalDossier | None) -> str:
    """Validate and copy ``data`` onto ``row``; return the vehicle's plate (or "?")."""
    if data.vehicle_id is not None and blocks_vehicle(kind, bool(row.cancelled)):
        lock_vehicle(session, data.vehicle_id, scope.site_id)
    data, vehicle = validate_dossier(session, scope, data, kind, existing)
    start = data.actual_departure or data.planned_departure
    end = data.actual_return or data.planned_return
    if vehicle is not None and blocks_vehicle(kind, bool(row.cancelled)):
        ensure_vehicle_free(session, vehicle, start, end, row.id)
    if existing is not None and existing.pec_days != data.pec_days and any(added_days(session, existing.id)):
        raise error("pec_days", msg("rental", "la durée accordée au départ ({days} j) ne change plus après une "
                                              "prolongation : enregistrez une nouvelle prolongation",
                                    days=existing.pec_days))
    apply_data(row, data)
    row.kind = kind
    _keep_sums(session, scope, row, start, end)
    if kind != DossierKind.QUOTE and not row.cancelled:
        price_dossier(input_from_dossier(session, row, vehicle.category if vehicle else data.pec_category,
                                         vehicle.tank_litres if vehicle else Decimal(0)))
    _follow_vehicle(row, vehicle, scope)
    stamp(row, scope.login)
    plate = vehicle.plate if vehicle is not None else "?"
    try:
        flush_versioned(session, row, _what(row))
    except IntegrityError as exc:
        if is_double_booking(exc):
            raise booked_error(plate) from None
        raise
    return plate


def _keep_sums(session: Session, scope: UserScope, row: RentalDossier, start: datetime, end: datetime) -> None:
    """The period held, the days booked, covered and agreed, and when coverage ends (SQL reports)."""
    grace = grace_minutes(session, scope.site_id)
    coverage = coverage_of(session, row)
    row.booked_from, row.booked_until = start, end
    row.booked_days = count_days(start, end, grace)
    row.covered_days, row.client_days_agreed = coverage.covered_days, coverage.client_days_agreed
    row.pec_until = covered_until(start, coverage.covered_days, grace) if coverage.covered_days else None
    row.agreed_until = covered_until(start, coverage.agreed_days, grace) if coverage.covered_days else None


def _follow_vehicle(row: RentalDossier, vehicle: FleetVehicle | None, scope: UserScope) -> None:
    """A contract out on the road marks its car rented; its return frees it and moves the odometer."""
    if vehicle is None or row.kind != DossierKind.CONTRACT or row.cancelled:
        return
    if row.actual_return is not None:
        if vehicle.status == VEHICLE_RENTED:
            vehicle.status = VEHICLE_AVAILABLE
        if row.km_in is not None and row.km_in > vehicle.current_km:
            vehicle.current_km = row.km_in
        vehicle.updated_by = scope.login
    elif row.actual_departure is not None and vehicle.status == VEHICLE_AVAILABLE:
        vehicle.status = VEHICLE_RENTED
        vehicle.updated_by = scope.login


def create_dossier(database: Database, scope: UserScope, data: DossierData,
                   kind: str = DossierKind.QUOTE) -> DossierInfo:
    """Create a quote, reservation or contract on the scope's site; the user is recorded as creator."""
    if kind not in DOSSIER_KINDS:
        raise ValidationError("kind", msg("rental", "devis, réservation ou contrat"),
                              field_label=msg("rental", "Type de dossier"))
    with database.session(immediate=True) as session:
        row = RentalDossier(site_id=scope.site_id, created_by=scope.login, cancelled=False, invoiced=False)
        plate = _save(session, scope, row, data, kind, None)
        row.number = next_dossier_number(session, scope.site_id)
        session.add(row)
        try:
            session.flush()
        except IntegrityError as exc:
            if is_double_booking(exc):
                raise booked_error(plate) from None
            raise
        return info_of(row, scope.site_code)


def _change(database: Database, scope: UserScope, dossier_id: int, expected_version: int,
            change: Callable[[Session, RentalDossier], None]) -> DossierInfo:
    with database.session(immediate=True) as session:
        # Locked: a station saving the same dossier waits, then sees the new version and is
        # told who saved (check_version) instead of failing later in the flush.
        row = get_dossier(session, scope, dossier_id, for_update=True)
        refuse_if_invoiced(row)
        check_version(row, expected_version, _what(row))
        change(session, row)
        return info_of(row, scope.site_code)


def _snapshot(row: RentalDossier) -> RentalDossier:
    """The saved values the rules compare with (kept agreement, changed odometer)."""
    return RentalDossier(id=row.id, agreement_id=row.agreement_id, km_out=row.km_out, vehicle_id=row.vehicle_id,
                         pec_days=row.pec_days, repair_dossier_id=row.repair_dossier_id)


def update_dossier(database: Database, scope: UserScope, dossier_id: int, expected_version: int,
                   data: DossierData) -> DossierInfo:
    """Save the clerk's changes (refused if invoiced, if someone saved meanwhile, or if invalid)."""
    def change(session: Session, row: RentalDossier) -> None:
        if row.cancelled:
            raise AtelierError(msg("rental", "Le dossier {number} est annulé.", number=row.number))
        _save(session, scope, row, data, row.kind, _snapshot(row))
    return _change(database, scope, dossier_id, expected_version, change)


def convert_dossier(database: Database, scope: UserScope, dossier_id: int, expected_version: int) -> DossierInfo:
    """Quote → reservation, reservation → contract (the checks of the new kind apply)."""
    def change(session: Session, row: RentalDossier) -> None:
        target = NEXT_KIND.get(row.kind)
        if target is None or row.cancelled:
            raise AtelierError(msg("rental", "Le dossier {number} ne peut plus être converti.", number=row.number))
        _save(session, scope, row, data_of(row), target, _snapshot(row))
    return _change(database, scope, dossier_id, expected_version, change)


def extend_by_assistance(database: Database, scope: UserScope, dossier_id: int, expected_version: int,
                         days: int, planned_return: datetime | None = None, reference: str = "",
                         note: str = "") -> DossierInfo:
    """The assistance company grants ``days`` more days: recorded in the history, added to
    the PEC duration (its invoice), the planned return moved (by default to the end of the
    new covered period). Also after the return (a late day the assistance accepts), until
    the contract is invoiced."""
    def change(session: Session, row: RentalDossier) -> None:
        if not row.is_pec:
            raise error("pec_days", msg("rental", "seul un dossier avec prise en charge peut être prolongé par "
                                                  "l'assistance"))
        if days is None or days < 1:
            raise ValidationError("days", msg("rental", "au moins 1 jour"), field_label=msg("rental", "Jours ajoutés"))
        if days > MAX_RENTAL_DAYS:
            raise ValidationError("days", msg("validation", "au plus {max}", max=MAX_RENTAL_DAYS),
                                  field_label=msg("rental", "Jours ajoutés"))
        new_return = planned_return
        if new_return is None:
            start = row.actual_departure or row.planned_departure
            new_return = days_later(start, (coverage_of(session, row).covered_days or 0) + days)
        _check_later_return(row, new_return)
        record_extension(session, scope, row, EXTENSION_BY_ASSISTANCE, days, new_return, reference, note)
        _save(session, scope, row, replace(data_of(row), planned_return=new_return), row.kind, _snapshot(row))
    return _change(database, scope, dossier_id, expected_version, change)


def extend_by_client(database: Database, scope: UserScope, dossier_id: int, expected_version: int,
                     planned_return: datetime, note: str = "") -> DossierInfo:
    """The client extends: the return moves; the days it adds beyond what is agreed are days
    the client agreed to pay (history), priced at the client tariff."""
    def change(session: Session, row: RentalDossier) -> None:
        _check_later_return(row, planned_return)
        days = 0
        if row.is_pec:
            start = row.actual_departure or row.planned_departure
            booked = count_days(start, planned_return, grace_minutes(session, scope.site_id))
            days = max(0, booked - coverage_of(session, row).agreed_days)
        record_extension(session, scope, row, EXTENSION_BY_CLIENT, days, planned_return, "", note)
        _save(session, scope, row, replace(data_of(row), planned_return=planned_return), row.kind, _snapshot(row))
    return _change(database, scope, dossier_id, expected_version, change)


def _check_later_return(row: RentalDossier, planned_return: datetime) -> None:
    if row.kind == DossierKind.QUOTE:
        raise error("planned_return", msg("rental", "un devis se modifie, il ne se prolonge pas"))
    if planned_return <= row.planned_return:
        raise error("planned_return", msg("rental", "une prolongation repousse le retour prévu"))
    if not within_rental_span(row.actual_departure or row.planned_departure, planned_return):
        raise error("planned_return", span_refusal())


def cancel_dossier(database: Database, scope: UserScope, dossier_id: int, expected_version: int) -> DossierInfo:
    """Cancel a quote or reservation (its vehicle is freed); a contract on the road cannot be cancelled."""
    def change(session: Session, row: RentalDossier) -> None:
        if row.kind == DossierKind.CONTRACT and row.actual_departure is not None:
            raise AtelierError(msg("rental", "Le véhicule du contrat {number} est parti : enregistrez son retour "
                                             "au lieu d'annuler.", number=row.number))
        row.cancelled = True
        stamp(row, scope.login)
        flush_versioned(session, row, _what(row))
    return _change(database, scope, dossier_id, expected_version, change)


def dossier_info(database: Database, scope: UserScope, dossier_id: int) -> DossierInfo:
    """One dossier of the site."""
    with database.session() as session:
        return info_of(get_dossier(session, scope, dossier_id), scope.site_code)


def find_by_number(database: Database, scope: UserScope, number: int) -> DossierInfo:
    """The site's dossier with that number."""
    with database.session() as session:
        row = session.scalar(select(RentalDossier).where(RentalDossier.site_id == scope.site_id,
                                                         RentalDossier.number == number))
        if row is None:
            raise NotFoundError(msg("rental", "Dossier de location {number} introuvable.", number=number))
        return info_of(row, scope.site_code)


def price_of(database: Database, scope: UserScope, dossier_id: int) -> PricingResult:
    """Price a saved dossier (what the "Total contrat" and the invoices show)."""
    with database.session() as session:
        return price_dossier(load_pricing_input(session, scope, dossier_id))


def preview_price(database: Database, scope: UserScope, data: DossierData,
                  dossier_id: int | None = None) -> PricingResult:
    """Price unsaved screen data (live "Total contrat"), with the saved dossier's extensions
    when ``dossier_id`` is given; nothing is written."""
    with database.session() as session:
        if dossier_id is not None:
            get_dossier(session, scope, dossier_id)
        row = RentalDossier(id=dossier_id, site_id=scope.site_id)
        apply_data(row, data)
        if row.is_pec and row.pec_tariff_id is None and row.agreement_id is not None:
            row.pec_tariff_id = get_agreement(session, scope, row.agreement_id).tariff_id  # effective_pec_tariff
        if row.client_tariff_id is None and not row.is_pec and row.agreement_id is not None:
            row.client_tariff_id = get_agreement(session, scope, row.agreement_id).tariff_id
        if row.client_tariff_id is None:
            row.client_tariff_id = default_tariff_id(session, scope)
        category, tank = data.pec_category, Decimal(0)
        if data.vehicle_id is not None:
            vehicle = get_vehicle(session, scope, data.vehicle_id)
            category, tank = vehicle.category, vehicle.tank_litres
        return price_dossier(input_from_dossier(session, row, category, tank))
