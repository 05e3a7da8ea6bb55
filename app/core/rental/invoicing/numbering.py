"""Invoice and credit-note numbers: one unbroken sequence per site, year and kind.

The counter row is locked (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's write lock
taken by ``db.session(immediate=True)``) in the same transaction that inserts the
invoice. A rolled-back invoice therefore rolls its number back too: no gap, and two
stations can never draw the same number.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.core.rental.invoicing.models import KIND_CREDIT_NOTE, KIND_INVOICE, InvoiceCounter


def next_number(session: Session, site_id: int, year: int, kind: str) -> int:
    """Draw the next number of ``kind`` for ``site_id`` and ``year``; the counter row stays
    locked until the caller's transaction ends (commit keeps it, rollback gives it back)."""
    if kind not in (KIND_INVOICE, KIND_CREDIT_NOTE):
        raise ValueError(f"unknown invoice kind {kind!r}")
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(
        insert(InvoiceCounter)
        .values(site_id=site_id, year=year, kind=kind, last_number=0)
        .on_conflict_do_nothing(index_elements=["site_id", "year", "kind"])
    )
    query = select(InvoiceCounter).where(
        InvoiceCounter.site_id == site_id, InvoiceCounter.year == year, InvoiceCounter.kind == kind
    )
    if dialect == "postgresql":
        query = query.with_for_update()
    counter = session.scalars(query.execution_options(populate_existing=True)).one()
    counter.last_number += 1
    session.flush()
    return counter.last_number


def format_reference(site_code: str, year: int, number: int, kind: str) -> str:
    """What the clerk reads and types: ``A-2026-00012``, credit notes ``NC-A-2026-00003``."""
    core = f"{site_code}-{year}-{number:05d}"
    return f"NC-{core}" if kind == KIND_CREDIT_NOTE else core
