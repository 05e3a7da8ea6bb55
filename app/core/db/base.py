"""Declarative base shared by every module, with one naming convention for constraints."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.core.db.types import UTCDateTime
from app.core.timeutil import utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class of every Atelier table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Mixin for rows clerks edit: optimistic locking plus who changed the row last.

    The ``version`` column is SQLAlchemy's ``version_id_col``: every UPDATE carries
    ``WHERE version = <loaded>``, so a concurrent save is detected even between the
    check in :func:`app.core.db.versioning.check_version` and the flush.
    """

    if TYPE_CHECKING:
        # Every versioned table declares its own integer primary key ``id`` (read by
        # flush_versioned to reload the row); declared here for the type checker only, so
        # the mixin adds no column.
        id: Mapped[int]

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(64))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy protocol
