"""Tables of the rental module: customers, fleet, tariffs, agreements and dossiers.

Customers, tariffs and agreements are company-wide reference data managed by admins
(``company_id``); fleet vehicles and dossiers belong to one site (``site_id``).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db.base import Base, Versioned
from app.core.db.types import Money, ScaledDecimal, UTCDateTime
from app.core.rental.kinds import DossierKind, PayerRole
from app.core.timeutil import utcnow

CUSTOMER_INDIVIDUAL = "individual"
CUSTOMER_COMPANY = "company"

VEHICLE_AVAILABLE = "available"
VEHICLE_RENTED = "rented"
VEHICLE_OUT_OF_SERVICE = "out_of_service"
VEHICLE_STATUSES = (VEHICLE_AVAILABLE, VEHICLE_RENTED, VEHICLE_OUT_OF_SERVICE)

RECIPIENT_DRIVER = "driver"
RECIPIENT_PEC = "pec"

EXTENSION_BY_ASSISTANCE = "assistance"
EXTENSION_BY_CLIENT = "client"

EXTRA_PER_RENTAL = "rental"
EXTRA_PER_DAY = "day"

DAMAGE_DEPARTURE = "departure"
DAMAGE_RETURN = "return"
DAMAGE_OTHER = "other"
DAMAGE_STAGES = (DAMAGE_DEPARTURE, DAMAGE_RETURN, DAMAGE_OTHER)


class Customer(Versioned, Base):
    """A person or a company: beneficiary, driver, paying client or assistance company."""

    __tablename__ = "customer"
    __table_args__ = (CheckConstraint("kind IN ('individual', 'company')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12), default=CUSTOMER_INDIVIDUAL)
    is_assistance: Mapped[bool] = mapped_column(Boolean, default=False)
    name: Mapped[str] = mapped_column(String(120))
    first_name: Mapped[str] = mapped_column(String(80), default="")
    street: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    country: Mapped[str] = mapped_column(String(2), default="BE")
    email: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    enterprise_number: Mapped[str] = mapped_column(String(10), default="")
    peppol_id: Mapped[str] = mapped_column(String(80), default="")
    licence_number: Mapped[str] = mapped_column(String(30), default="")
    licence_valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FleetVehicle(Versioned, Base):
    """A replacement car of a site."""

    __tablename__ = "fleet_vehicle"
    __table_args__ = (
        CheckConstraint("status IN ('available', 'rented', 'out_of_service')", name="status"),
        CheckConstraint("tank_litres > 0", name="tank_positive"),
        CheckConstraint("current_km >= 0", name="km_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    plate: Mapped[str] = mapped_column(String(12), unique=True)
    vin: Mapped[str] = mapped_column(String(17), default="")
    model: Mapped[str] = mapped_column(String(80), default="")
    category: Mapped[str] = mapped_column(String(10))
    tank_litres: Mapped[Decimal] = mapped_column(ScaledDecimal(1))
    current_km: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default=VEHICLE_AVAILABLE)


class Tariff(Versioned, Base):
    """A named price grid (excl. VAT); its rows are :class:`TariffPrice`."""

    __tablename__ = "tariff"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    fuel_price_per_litre: Mapped[Decimal] = mapped_column(ScaledDecimal(3), default=Decimal("0"))
    refuelling_fee: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    cleaning_fee: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    deposit: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("company_id", "code"),)


class TariffPrice(Base):
    """Price excl. VAT of a category for a duration of ``days`` days, with its km rules."""

    __tablename__ = "tariff_price"
    __table_args__ = (
        UniqueConstraint("tariff_id", "category", "days"),
        CheckConstraint("days >= 1", name="days_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariff.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(10))
    days: Mapped[int] = mapped_column(Integer)
    price: Mapped[Decimal] = mapped_column(Money())
    extra_day_price: Mapped[Decimal] = mapped_column(Money())
    km_per_day: Mapped[int | None] = mapped_column(Integer)
    extra_km_price: Mapped[Decimal] = mapped_column(ScaledDecimal(3), default=Decimal("0"))


class Agreement(Versioned, Base):
    """An "accord tarifaire": an account (company customer) and its tariff, PEC or not.

    A PEC agreement may split the bill (docs/decisions/rental-bill-split.md): the insurer
    pays ``insurer_pct`` % of the covered rental, at most ``daily_cap`` a covered day, and
    with ``vat_to_client`` the VAT on its share is charged to the beneficiary.
    """

    __tablename__ = "agreement"
    __table_args__ = (
        CheckConstraint("print_recipient IN ('driver', 'pec')", name="print_recipient"),
        CheckConstraint("insurer_pct > 0 AND insurer_pct <= 10000", name="insurer_pct"),
        CheckConstraint("daily_cap IS NULL OR daily_cap > 0", name="daily_cap"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    label: Mapped[str] = mapped_column(String(120))
    account_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    is_pec: Mapped[bool] = mapped_column(Boolean, default=False)
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariff.id"), index=True)
    print_recipient: Mapped[str] = mapped_column(String(8), default=RECIPIENT_DRIVER)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    insurer_pct: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal("100"))
    daily_cap: Mapped[Decimal | None] = mapped_column(Money())
    vat_to_client: Mapped[bool] = mapped_column(Boolean, default=False)


class RentalSequence(Base):
    """Last dossier number given on a site (locked while a number is taken)."""

    __tablename__ = "rental_sequence"

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class RentalDossier(Versioned, Base):
    """A short-term quote, reservation or contract, with or without prise en charge (PEC).

    ``booked_from``/``booked_until`` hold the period the vehicle is held (actual dates when
    known, planned otherwise); the database refuses two overlapping periods for a vehicle
    (exclusion constraint on PostgreSQL, trigger on SQLite), quotes and cancelled dossiers
    excepted. ``invoiced`` is set by the invoicing module: the dossier is then frozen.

    ``pec_days`` is what the assistance first authorised; extensions are rows of
    :class:`RentalExtension`. ``covered_days``, ``client_days_agreed`` and ``agreed_until``
    sum them up at each save so reports stay plain SQL filters.
    """

    __tablename__ = "rental_dossier"
    __table_args__ = (
        UniqueConstraint("site_id", "number"),
        CheckConstraint("kind IN ('quote', 'reservation', 'contract')", name="kind"),
        CheckConstraint("booked_until > booked_from", name="period"),
        CheckConstraint("fuel_out IS NULL OR (fuel_out BETWEEN 0 AND 8)", name="fuel_out"),
        CheckConstraint("fuel_in IS NULL OR (fuel_in BETWEEN 0 AND 8)", name="fuel_in"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12), default=DossierKind.QUOTE)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    driver_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    second_driver_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("fleet_vehicle.id"), index=True)

    is_pec: Mapped[bool] = mapped_column(Boolean, default=False)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    pec_file_number: Mapped[str] = mapped_column(String(40), default="")
    pec_category: Mapped[str] = mapped_column(String(10), default="")
    pec_days: Mapped[int | None] = mapped_column(Integer)
    pec_extra_km: Mapped[int] = mapped_column(Integer, default=0)
    pec_fuel_covered: Mapped[bool] = mapped_column(Boolean, default=False)
    pec_tariff_id: Mapped[int | None] = mapped_column(ForeignKey("tariff.id"))
    pec_tariff_category: Mapped[str] = mapped_column(String(10), default="")
    pec_tariff_days: Mapped[int | None] = mapped_column(Integer)
    pec_base_days: Mapped[int | None] = mapped_column(Integer)
    pec_discount_pct: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal("0"))
    pec_authorisation_number: Mapped[str] = mapped_column(String(40), default="")
    pec_contact: Mapped[str] = mapped_column(String(120), default="")
    pec_contact_phone: Mapped[str] = mapped_column(String(40), default="")
    pec_contact_email: Mapped[str] = mapped_column(String(120), default="")
    pec_daily_cap: Mapped[Decimal | None] = mapped_column(Money())
    covered_days: Mapped[int | None] = mapped_column(Integer)
    client_days_agreed: Mapped[int] = mapped_column(Integer, default=0)
    agreed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)

    client_tariff_id: Mapped[int | None] = mapped_column(ForeignKey("tariff.id"))
    client_discount_pct: Mapped[Decimal] = mapped_column(ScaledDecimal(2), default=Decimal("0"))

    planned_departure: Mapped[datetime] = mapped_column(UTCDateTime)
    planned_return: Mapped[datetime] = mapped_column(UTCDateTime)
    actual_departure: Mapped[datetime | None] = mapped_column(UTCDateTime)
    actual_return: Mapped[datetime | None] = mapped_column(UTCDateTime)
    booked_from: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    booked_until: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    booked_days: Mapped[int] = mapped_column(Integer, default=1)
    pec_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    km_out: Mapped[int | None] = mapped_column(Integer)
    km_in: Mapped[int | None] = mapped_column(Integer)
    fuel_out: Mapped[int | None] = mapped_column(Integer)
    fuel_in: Mapped[int | None] = mapped_column(Integer)
    damage_out: Mapped[str] = mapped_column(Text, default="")
    damage_in: Mapped[str] = mapped_column(Text, default="")
    damage_amount: Mapped[Decimal | None] = mapped_column(Money())
    cleaning_required: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    deposit_amount: Mapped[Decimal | None] = mapped_column(Money())
    # The repair dossier (Car-Pass module's ``dossier`` table) this car replaces; read through
    # app.core.repair_link, never by importing the Car-Pass module. No ORM foreign key: these
    # models must load (and flush) without the Car-Pass module's; the service checks the link.
    repair_dossier_id: Mapped[int | None] = mapped_column(Integer, index=True)

    invoiced: Mapped[bool] = mapped_column(Boolean, default=False)


class RentalExtension(Base):
    """One extension of a contract, never changed: who asked, how many days, the new planned
    return, who entered it and when. Assistance days add to the PEC duration; client days
    are days the beneficiary agreed to pay."""

    __tablename__ = "rental_extension"
    __table_args__ = (
        CheckConstraint("requested_by IN ('assistance', 'client')", name="requested_by"),
        CheckConstraint("days >= 0", name="days"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("rental_dossier.id"), index=True)
    requested_by: Mapped[str] = mapped_column(String(10))
    days: Mapped[int] = mapped_column(Integer)
    previous_return: Mapped[datetime] = mapped_column(UTCDateTime)
    new_return: Mapped[datetime] = mapped_column(UTCDateTime)
    reference: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(64))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TariffExtra(Base):
    """An extra of a tariff's catalogue (delivery, extra driver, child seat…), excl. VAT,
    per rental or per day, with the payer it goes to by default."""

    __tablename__ = "tariff_extra"
    __table_args__ = (
        UniqueConstraint("tariff_id", "code"),
        CheckConstraint("unit IN ('rental', 'day')", name="unit"),
        CheckConstraint("default_payer IN ('client', 'pec')", name="default_payer"),
        CheckConstraint("price >= 0", name="price"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariff.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(120))
    unit: Mapped[str] = mapped_column(String(8), default=EXTRA_PER_RENTAL)
    price: Mapped[Decimal] = mapped_column(Money())
    default_payer: Mapped[str] = mapped_column(String(8), default=PayerRole.CLIENT)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DossierExtra(Base):
    """An extra taken on a dossier: which catalogue item, how many, who pays."""

    __tablename__ = "rental_dossier_extra"
    __table_args__ = (
        CheckConstraint("payer IN ('client', 'pec')", name="payer"),
        CheckConstraint("quantity >= 1", name="quantity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("rental_dossier.id"), index=True)
    extra_id: Mapped[int] = mapped_column(ForeignKey("tariff_extra.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    payer: Mapped[str] = mapped_column(String(8), default=PayerRole.CLIENT)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class VehicleDamage(Base):
    """A damage found on a fleet vehicle (at departure, at return or in between), open until
    marked repaired: the vehicle's damage history."""

    __tablename__ = "rental_damage"
    __table_args__ = (CheckConstraint("stage IN ('departure', 'return', 'other')", name="stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("fleet_vehicle.id"), index=True)
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("rental_dossier.id"), index=True)
    stage: Mapped[str] = mapped_column(String(10))
    zone: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    repaired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    repaired_by: Mapped[str | None] = mapped_column(String(64))


class DamagePhoto(Base):
    """A photo of a damage, kept in the database so every station of a shared database sees it."""

    __tablename__ = "rental_damage_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    damage_id: Mapped[int] = mapped_column(ForeignKey("rental_damage.id"), index=True)
    filename: Mapped[str] = mapped_column(String(120))
    mime_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
