"""Repair dossiers of the user's site: create, edit (optimistic locking), read, find.

Every save validates all fields first (nothing is saved half) and then evaluates the
automatic Car-Pass enrolment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.carpass import vehicle_rules as rules
from app.core.carpass.enrolment import (
    ManualEnrolment,
    enrol_if_rules_hold,
    enrol_manually,
    entry_of,
    facts_for,
    failed_rules,
)
from app.core.carpass.models import CarpassEntry, Dossier
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.states import ReadingState
from app.core.carpass.state_names import shown_state
from app.core.carpass.work_description import clean_codes, codes_of, replace_description
from app.core.db.engine import Database
from app.core.db.versioning import check_version, flush_versioned, stamp
from app.core.errors import FieldErrors, NotFoundError, ValidationError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow


@dataclass
class DossierInput:
    """What the clerk typed (text from forms and files, or typed values)."""

    number: int | str | None
    owner: str | None = None
    plate: str | None = None
    vin: str | None = None
    first_registration: date | str | None = None
    original_km: int | str | None = None
    damage_km: int | str | None = None
    repair_km: int | str | None = None
    merged: bool | str | int | None = False
    create_vat_number: bool | str | int | None = False
    invoice_total: Decimal | str | None = None
    activities: list[str] | None = None  # work description codes; None: left as it is


@dataclass(frozen=True)
class CleanDossier:
    """Validated values, ready to store."""

    number: int
    owner: str | None
    plate: str
    vin: str | None
    first_registration: date | None
    original_km: int | None
    damage_km: int | None
    repair_km: int | None
    merged: bool
    create_vat_number: bool
    invoice_total: Decimal | None
    warnings: list[Message] = field(default_factory=list)


def clean_dossier_input(data: DossierInput, today: date | None = None) -> CleanDossier:
    """Validate every field; raise ValidationErrors listing each bad one (field + reason)."""
    try:  # the usual case, every field valid: one pass without collecting (the import's hot path)
        vin = rules.clean_vin(data.vin)
        return CleanDossier(
            number=rules.clean_number(data.number), owner=rules.clean_owner(data.owner),
            plate=rules.clean_plate(data.plate), vin=vin.value,
            first_registration=rules.clean_first_registration(data.first_registration, today),
            original_km=rules.clean_km("original_km", data.original_km),
            damage_km=rules.clean_km("damage_km", data.damage_km),
            repair_km=rules.clean_km("repair_km", data.repair_km),
            merged=rules.clean_flag("merged", data.merged),
            create_vat_number=rules.clean_flag("create_vat_number", data.create_vat_number),
            invoice_total=rules.clean_amount("invoice_total", data.invoice_total), warnings=vin.warnings)
    except ValidationError as error:
        first = error  # run every check again, collecting each refusal
    checks = FieldErrors()
    checks.run(rules.clean_number, data.number)
    checks.run(rules.clean_owner, data.owner)
    checks.run(rules.clean_plate, data.plate)
    checks.run(rules.clean_vin, data.vin)
    checks.run(rules.clean_first_registration, data.first_registration, today)
    for name in ("original_km", "damage_km", "repair_km"):
        checks.run(rules.clean_km, name, getattr(data, name))
    checks.run(rules.clean_flag, "merged", data.merged)
    checks.run(rules.clean_flag, "create_vat_number", data.create_vat_number)
    checks.run(rules.clean_amount, "invoice_total", data.invoice_total)
    checks.raise_if_any()
    raise first  # pragma: no cover - the checks are deterministic: the one that refused refuses again


@dataclass(frozen=True)
class DossierDetail:
    """A dossier as the details screen and ``dossiers show`` present it."""

    id: int
    version: int
    number: int
    owner: str | None
    plate: str
    vin: str | None
    first_registration: date | None
    original_km: int | None
    damage_km: int | None
    repair_km: int | None
    merged: bool
    create_vat_number: bool
    invoice_total: Decimal | None
    work_started_at: datetime | None
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    carpass_entry_id: int | None
    carpass_status: str | None
    warnings: list[Message]
    activities: tuple[str, ...] = ()
    carpass_state: str | None = None  # the state the list shows (state_names.shown_state)
    unmet_rules: tuple[int, ...] = ()  # automatic enrolment rules (1-7) the dossier does not meet


@dataclass(frozen=True)
class SaveResult:
    """A saved dossier, its warnings and whether the save enrolled it in the Car-Pass list."""

    dossier: DossierDetail
    enrolled: bool


def _shown_state(session: Session, entry: CarpassEntry | None) -> str | None:
    """The state the Car-Pass list shows for ``entry`` (its current reading's when it says more)."""
    if entry is None:
        return None
    reading_state = session.scalar(select(CarpassReading.state).where(
        CarpassReading.entry_id == entry.id, CarpassReading.state != ReadingState.SUPERSEDED)
        .order_by(CarpassReading.id.desc()).limit(1))
    return shown_state(entry.status, reading_state)


def _detail(session: Session, dossier: Dossier) -> DossierDetail:
    entry = entry_of(session, dossier.id)
    return DossierDetail(
        id=dossier.id, version=dossier.version, number=dossier.number, owner=dossier.owner, plate=dossier.plate,
        vin=dossier.vin, first_registration=dossier.first_registration, original_km=dossier.original_km,
        damage_km=dossier.damage_km, repair_km=dossier.repair_km, merged=dossier.merged,
        create_vat_number=dossier.create_vat_number, invoice_total=dossier.invoice_total,
        work_started_at=dossier.work_started_at, created_at=dossier.created_at, updated_at=dossier.updated_at,
        updated_by=dossier.updated_by, carpass_entry_id=entry.id if entry else None,
        carpass_status=entry.status if entry else None, warnings=rules.vin_warnings(dossier.vin),
        activities=tuple(codes_of(session, dossier.id)), carpass_state=_shown_state(session, entry),
        unmet_rules=tuple(failed_rules(facts_for(session, dossier, entry))))


def _describe(session: Session, scope: UserScope, dossier: Dossier, activities: list[str] | None) -> None:
    """Save the work description typed with the dossier, in the dossier's transaction."""
    if activities is None:
        return
    current = codes_of(session, dossier.id)
    if replace_description(session, scope, dossier.id, clean_codes(session, scope.site_id, activities, kept=current)):
        dossier.updated_at = utcnow()  # the description is part of the dossier: its version moves on
        flush_versioned(session, dossier, _what(dossier.number))


def _what(number: int) -> Message:
    return msg("carpass", "Le dossier {number}", number=number)


def _require_free_number(session: Session, site_id: int, number: int, dossier_id: int | None) -> None:
    query = select(Dossier.id).where(Dossier.site_id == site_id, Dossier.number == number)
    existing = session.scalar(query)
    if existing is not None and existing != dossier_id:
        raise ValidationError("number", msg("carpass", "le dossier {number} existe déjà sur ce site", number=number),
                              field_label=rules.FIELD_LABELS["number"])


def _apply(dossier: Dossier, clean: CleanDossier) -> None:
    for name in ("number", "owner", "plate", "vin", "first_registration", "original_km", "damage_km", "repair_km",
                 "merged", "create_vat_number", "invoice_total"):
        setattr(dossier, name, getattr(clean, name))


def load_dossier(session: Session, scope: UserScope, dossier_id: int) -> Dossier:
    """The dossier ``dossier_id`` of the user's site, or NotFoundError."""
    dossier = session.get(Dossier, dossier_id)
    if dossier is None or dossier.site_id != scope.site_id:
        raise NotFoundError(msg("carpass", "Dossier introuvable sur votre site."))
    return dossier


def dossier_by_number(session: Session, scope: UserScope, number: int) -> Dossier:
    """The dossier numbered ``number`` at the user's site, or NotFoundError."""
    dossier = session.scalar(select(Dossier).where(Dossier.site_id == scope.site_id, Dossier.number == number))
    if dossier is None:
        raise NotFoundError(msg("carpass", "Le dossier {number} n'existe pas sur votre site.", number=number))
    return dossier


def create_dossier(database: Database, scope: UserScope, data: DossierInput) -> SaveResult:
    """Create a dossier at the user's site, then evaluate automatic enrolment."""
    clean = clean_dossier_input(data)
    try:
        with database.session() as session:
            _require_free_number(session, scope.site_id, clean.number, None)
            dossier = Dossier(site_id=scope.site_id, created_by=scope.login, plate="")
            _apply(dossier, clean)
            stamp(dossier, scope.login)
            session.add(dossier)
            session.flush()
            entry = enrol_if_rules_hold(session, dossier, scope.login)
            _describe(session, scope, dossier, data.activities)
            return SaveResult(_detail(session, dossier), entry is not None)
    except IntegrityError:
        # Another station created the same number between the check and the insert.
        raise ValidationError("number", msg("carpass", "le dossier {number} existe déjà sur ce site",
                                            number=clean.number), field_label=rules.FIELD_LABELS["number"]) from None


def update_dossier(database: Database, scope: UserScope, dossier_id: int, expected_version: int,
                   data: DossierInput) -> SaveResult:
    """Save the clerk's edits unless someone saved the dossier meanwhile (ConflictError)."""
    clean = clean_dossier_input(data)
    try:
        with database.session() as session:
            dossier = load_dossier(session, scope, dossier_id)
            check_version(dossier, expected_version, _what(dossier.number))
            _require_free_number(session, scope.site_id, clean.number, dossier.id)
            _apply(dossier, clean)
            stamp(dossier, scope.login)
            flush_versioned(session, dossier, _what(clean.number))
            entry = enrol_if_rules_hold(session, dossier, scope.login)
            _describe(session, scope, dossier, data.activities)
            return SaveResult(_detail(session, dossier), entry is not None)
    except IntegrityError:
        raise ValidationError("number", msg("carpass", "le dossier {number} existe déjà sur ce site",
                                            number=clean.number), field_label=rules.FIELD_LABELS["number"]) from None


def get_dossier(database: Database, scope: UserScope, dossier_id: int) -> DossierDetail:
    """One dossier of the user's site."""
    with database.session() as session:
        return _detail(session, load_dossier(session, scope, dossier_id))


def find_dossier(database: Database, scope: UserScope, number: int | str) -> DossierDetail:
    """The dossier with this number at the user's site."""
    value = rules.clean_number(number)
    with database.session() as session:
        return _detail(session, dossier_by_number(session, scope, value))


def enrol_dossier(database: Database, scope: UserScope, dossier_id: int) -> ManualEnrolment:
    """The Car-Pass button: enrol the dossier manually, whatever rules 1-7 say."""
    with database.session() as session:
        return enrol_manually(session, load_dossier(session, scope, dossier_id), scope.login)


def enrol_number(database: Database, scope: UserScope, number: int | str) -> ManualEnrolment:
    """``carpass enrol NUMBER``: manual enrolment by dossier number."""
    value = rules.clean_number(number)
    with database.session() as session:
        return enrol_manually(session, dossier_by_number(session, scope, value), scope.login)
