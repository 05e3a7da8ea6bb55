"""Tables of the controls module: values per site, VZSHE60 table cells, page versions, history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db.base import Base, Versioned
from app.core.db.types import UTCDateTime
from app.core.timeutil import utcnow


class ControlsPage(Versioned, Base):
    """One page (VZSHE10...) of one site: its version is the optimistic lock of the page."""

    __tablename__ = "controls_page"
    __table_args__ = (UniqueConstraint("site_id", "page_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    page_id: Mapped[str] = mapped_column(String(10))


class ControlsValue(Base):
    """The stored value of one key on one site (``key`` includes a ``.N``/``.lower`` suffix)."""

    __tablename__ = "controls_value"
    __table_args__ = (UniqueConstraint("site_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    page_id: Mapped[str] = mapped_column(String(10))
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(100), default="")


class ControlsTableCell(Base):
    """One cell of a dated table (VZSHE60: valid-from date and employer share per row)."""

    __tablename__ = "controls_table_cell"
    __table_args__ = (UniqueConstraint("site_id", "field_key", "row_no", "column_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    page_id: Mapped[str] = mapped_column(String(10))
    field_key: Mapped[str] = mapped_column(String(80))
    row_no: Mapped[int] = mapped_column(Integer)
    column_key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(String(100), default="")


class ControlsChange(Base):
    """One saved change of one key: who, when, the old and the new value."""

    __tablename__ = "controls_change"
    __table_args__ = (Index("ix_controls_change_site_key", "site_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    page_id: Mapped[str] = mapped_column(String(10))
    key: Mapped[str] = mapped_column(String(100))
    old_value: Mapped[str] = mapped_column(String(100), default="")
    new_value: Mapped[str] = mapped_column(String(100), default="")
    changed_by: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    origin: Mapped[str] = mapped_column(String(20), default="screen")
