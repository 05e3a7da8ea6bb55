"""What a clerk edits on a dossier, as a plain value object, and what the screens show."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal

from app.core.rental.kinds import DossierKind
from app.core.rental.models import RentalDossier


@dataclass(frozen=True)
class DossierData:
    """The editable fields of a dossier (tabs PEC, vehicle, customer & drivers, PEC tariff,
    client tariff, departure/return). Date-times are aware UTC instants. ``pec_days`` is
    the duration the assistance first authorised (extensions are kept apart)."""

    planned_departure: datetime
    planned_return: datetime
    vehicle_id: int | None = None
    customer_id: int | None = None
    driver_id: int | None = None
    second_driver_id: int | None = None
    is_pec: bool = False
    agreement_id: int | None = None
    pec_file_number: str = ""
    pec_category: str = ""
    pec_days: int | None = None
    pec_extra_km: int = 0
    pec_fuel_covered: bool = False
    pec_tariff_id: int | None = None
    pec_tariff_category: str = ""
    pec_tariff_days: int | None = None
    pec_base_days: int | None = None
    pec_discount_pct: Decimal = Decimal("0")
    pec_authorisation_number: str = ""
    pec_contact: str = ""
    pec_contact_phone: str = ""
    pec_contact_email: str = ""
    pec_daily_cap: Decimal | None = None
    client_tariff_id: int | None = None
    client_discount_pct: Decimal = Decimal("0")
    actual_departure: datetime | None = None
    actual_return: datetime | None = None
    km_out: int | None = None
    km_in: int | None = None
    fuel_out: int | None = None
    fuel_in: int | None = None
    damage_out: str = ""
    damage_in: str = ""
    damage_amount: Decimal | None = None
    cleaning_required: bool = False
    notes: str = ""
    deposit_amount: Decimal | None = None
    repair_dossier_id: int | None = None


DATA_FIELDS = tuple(field.name for field in fields(DossierData))


@dataclass(frozen=True)
class DossierInfo:
    """A saved dossier: identity, kind, lock version and its data."""

    id: int
    site_id: int
    number: int
    reference: str
    kind: str
    version: int
    invoiced: bool
    cancelled: bool
    created_by: str
    data: DossierData
    covered_days: int | None = None  # PEC days first authorised plus the assistance's extensions
    client_days_agreed: int = 0


def data_of(row: RentalDossier) -> DossierData:
    """The editable fields of a dossier row."""
    return DossierData(**{name: getattr(row, name) for name in DATA_FIELDS})


def apply_data(row: RentalDossier, data: DossierData) -> None:
    """Copy the editable fields onto a dossier row."""
    for name in DATA_FIELDS:
        setattr(row, name, getattr(data, name))


def dossier_reference(site_code: str, number: int) -> str:
    """How a dossier number is printed: ``LIEGE-000042``."""
    return f"{site_code}-{number:06d}"


def info_of(row: RentalDossier, site_code: str) -> DossierInfo:
    """The dossier as services return it."""
    return DossierInfo(row.id, row.site_id, row.number, dossier_reference(site_code, row.number),
                       row.kind or DossierKind.QUOTE,
                       row.version, bool(row.invoiced), bool(row.cancelled), row.created_by, data_of(row),
                       row.covered_days, row.client_days_agreed or 0)
