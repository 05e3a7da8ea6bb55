"""Dossier numbers: one unbroken sequence per site (a quote keeps its number when converted)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.core.rental.models import RentalSequence


def next_dossier_number(session: Session, site_id: int) -> int:
    """Take the site's next number; the counter row stays locked until the transaction ends
    (row lock on PostgreSQL, the caller's BEGIN IMMEDIATE on SQLite)."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(RentalSequence).values(site_id=site_id, last_number=0)
                    .on_conflict_do_nothing(index_elements=["site_id"]))
    session.execute(update(RentalSequence).where(RentalSequence.site_id == site_id)
                    .values(last_number=RentalSequence.last_number + 1))
    return session.scalar(select(RentalSequence.last_number).where(RentalSequence.site_id == site_id))
