"""Invoice and credit-note numbers: one unbroken sequence per site, year and kind.

The number is drawn (:mod:`app.core.db.counters`) in the same transaction that inserts the
invoice. A rolled-back invoice therefore rolls its number back too: no gap, and two
stations can never draw the same number.
"""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.core.db.counters import next_in_sequence
from app.core.rental.invoicing.models import KIND_CREDIT_NOTE, KIND_INVOICE, InvoiceCounter


def next_number(session: Session, site_id: int, year: int, kind: str) -> int:
    """Draw the next number of ``kind`` for ``site_id`` and ``year``; the counter row stays
    locked until the caller's transaction ends (commit keeps it, rollback gives it back)."""
    if kind not in (KIND_INVOICE, KIND_CREDIT_NOTE):
        raise ValueError(f"unknown invoice kind {kind!r}")
    return next_in_sequence(session, inspect(InvoiceCounter).columns.last_number,
                            {"site_id": site_id, "year": year, "kind": kind})


def format_reference(site_code: str, year: int, number: int, kind: str) -> str:
    """What the clerk reads and types: ``A-2026-00012``, credit notes ``NC-A-2026-00003``."""
    core = f"{site_code}-{year}-{number:05d}"
    return f"NC-{core}" if kind == KIND_CREDIT_NOTE else core
