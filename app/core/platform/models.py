"""Tables of the platform: company, sites, users, login attempts, per-site and database-wide
settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db.base import Base, Versioned
from app.core.db.types import UTCDateTime
from app.core.timeutil import utcnow

ROLE_CLERK = "clerk"
ROLE_ADMIN = "admin"


class Company(Versioned, Base):
    """The one company running Atelier (invoice header, Car-Pass enterprise number)."""

    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    enterprise_number: Mapped[str] = mapped_column(String(10))
    uses_vat_register: Mapped[bool] = mapped_column(Boolean, default=False)
    street: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")


class Site(Versioned, Base):
    """An establishment of the company; users and most data belong to one site."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    establishment_number: Mapped[str] = mapped_column(String(10), unique=True)
    street: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    company: Mapped[Company] = relationship()


class User(Versioned, Base):
    """A person who logs in; belongs to one site, role clerk or admin."""

    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint("role IN ('clerk', 'admin')", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    role: Mapped[str] = mapped_column(String(10), default=ROLE_CLERK)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    site: Mapped[Site] = relationship()


class LoginAttempt(Base):
    """Failed-login counter per typed login (known or not, so nothing is enumerable), keyed by
    a SHA-256 digest of what was typed (see ``auth.attempt_key``)."""

    __tablename__ = "login_attempt"

    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SiteSetting(Base):
    """A per-site parameter owned by a module (key ``module.name``), stored as text."""

    __tablename__ = "site_setting"
    __table_args__ = (UniqueConstraint("site_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(64))


class DatabaseSetting(Base):
    """A setting of the whole database, not of a site (key ``atelier.name``): the Atelier
    version stations must run and where the installer is. On PostgreSQL every user reads
    it and only the owner role (IT's maintenance login) writes it."""

    __tablename__ = "database_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(64))
