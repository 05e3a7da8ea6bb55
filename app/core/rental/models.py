"""Tables of the rental module: customers, fleet, tariffs, agreements and dossiers.

Customers, tariffs and agreements are company-wide reference data managed by admins
(``company_id``); fleet vehicles and dossiers belong to one site (``site_id``).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db.base import Base, Versioned
from app.core.db.types import Money, ScaledDecimal, UTCDateTime
from app.core.timeutil import utcnow

CUSTOMER_INDIVIDUAL = "individual"
CUSTOMER_COMPANY = "company"

VEHICLE_AVAILABLE = "available"
VEHICLE_RENTED = "rented"
VEHICLE_OUT_OF_SERVICE = "out_of_service"
VEHICLE_STATUSES = (VEHICLE_AVAILABLE, VEHICLE_RENTED, VEHICLE_OUT_OF_SERVICE)

KIND_QUOTE = "quote"
KIND_RESERVATION = "reservation"
KIND_CONTRACT = "contract"
DOSSIER_KINDS = (KIND_QUOTE, KIND_RESERVATION, KIND_CONTRACT)

RECIPIENT_DRIVER = "driver"
RECIPIENT_PEC = "pec"


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
    """An "accord tarifaire": an account (company customer) and its tariff, PEC or not."""

    __tablename__ = "agreement"
    __table_args__ = (CheckConstraint("print_recipient IN ('driver', 'pec')", name="print_recipient"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    label: Mapped[str] = mapped_column(String(120))
    account_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    is_pec: Mapped[bool] = mapped_column(Boolean, default=False)
    tariff_id: Mapped[int] = mapped_column(ForeignKey("tariff.id"), index=True)
    print_recipient: Mapped[str] = mapped_column(String(8), default=RECIPIENT_DRIVER)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


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
    kind: Mapped[str] = mapped_column(String(12), default=KIND_QUOTE)
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

    invoiced: Mapped[bool] = mapped_column(Boolean, default=False)
