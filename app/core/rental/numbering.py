"""Dossier numbers: one unbroken sequence per site (a quote keeps its number when converted)."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.core.db.counters import next_in_sequence
from app.core.rental.models import RentalSequence


def next_dossier_number(session: Session, site_id: int) -> int:
    """Take the site's next number; the counter row stays locked until the transaction ends
    (see :mod:`app.core.db.counters`)."""
    return next_in_sequence(session, inspect(RentalSequence).columns.last_number, {"site_id": site_id})
