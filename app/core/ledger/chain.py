"""Appending a record to its chain, in the transaction that writes the record.

The chain's head row (``ledger_head``, one per site and kind) is created if missing and
locked (``SELECT … FOR UPDATE`` on PostgreSQL; on SQLite the transaction already holds the
database's write lock, having just written the record), so concurrent stations append one
after the other: each entry's position is the head's length + 1 and its previous hash the
head's hash, then the head moves. A rollback takes the entry back with the record.
"""

from __future__ import annotations

import hashlib
from typing import cast

from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from app.core.ledger.canonical import SPECS, contents
from app.core.ledger.models import LedgerEntry, LedgerHead
from app.core.timeutil import utcnow

GENESIS = "0" * 64  # the previous hash of a chain's first entry
HEAD = cast(Table, LedgerHead.__table__)
ENTRY = cast(Table, LedgerEntry.__table__)


def sha256(text: str) -> str:
    """Hex SHA-256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def link_hash(kind: str, site_id: int, seq: int, record_id: int, content_hash: str, prev_hash: str) -> str:
    """The hash of one entry: its place in the chain, its record, its content and the
    previous entry's hash."""
    return sha256(f"{kind}|{site_id}|{seq}|{record_id}|{content_hash}|{prev_hash}")


def _connection(target: Session | Connection) -> Connection:
    return target.connection() if isinstance(target, Session) else target


def ensure_head(connection: Connection, kind: str, site_id: int) -> None:
    """Create the chain's head row if missing. PostgreSQL: ``ON CONFLICT DO NOTHING`` (two
    stations may start a chain at once). SQLite: the write lock is held, and the
    REPLACE-proof trigger on ``ledger_head`` refuses any insert colliding with a head, even
    one ``ON CONFLICT DO NOTHING`` would drop — so look first."""
    values = {"site_id": site_id, "kind": kind, "length": 0, "head_hash": GENESIS}
    if connection.dialect.name == "postgresql":
        connection.execute(pg_insert(HEAD).values(**values).on_conflict_do_nothing(index_elements=["site_id", "kind"]))
        return
    exists = connection.scalar(select(HEAD.c.length).where(HEAD.c.site_id == site_id, HEAD.c.kind == kind))
    if exists is None:
        connection.execute(insert(HEAD).values(**values))


def append(target: Session | Connection, kind: str, site_id: int, record_id: int, *, once: bool = False) -> str | None:
    """Chain the record ``record_id`` (already written in this transaction; a Session is
    flushed first) at the end of its site's chain of ``kind``; returns the new head hash.
    ``once``: a record already chained is left as it is (None returned) — for a write path
    that may record the same acknowledgement twice."""
    if isinstance(target, Session):
        target.flush()
    connection = _connection(target)
    if once and connection.scalar(select(ENTRY.c.id).where(ENTRY.c.kind == kind, ENTRY.c.record_id == record_id)):
        return None
    spec = SPECS[kind]
    content = contents(connection, spec, site_id, record_id).get(record_id)
    if content is None:
        raise LookupError(f"{kind} {record_id} of site {site_id} is not a record of that chain")
    ensure_head(connection, kind, site_id)
    head = connection.execute(select(HEAD.c.length, HEAD.c.head_hash).where(
        HEAD.c.site_id == site_id, HEAD.c.kind == kind).with_for_update()).one()
    seq = head.length + 1
    content_hash = sha256(content)
    new_hash = link_hash(kind, site_id, seq, record_id, content_hash, head.head_hash)
    connection.execute(insert(ENTRY).values(site_id=site_id, kind=kind, seq=seq, record_id=record_id, content=content,
                                            content_hash=content_hash, prev_hash=head.head_hash, hash=new_hash,
                                            created_at=utcnow()))
    connection.execute(update(HEAD).where(HEAD.c.site_id == site_id, HEAD.c.kind == kind)
                       .values(length=seq, head_hash=new_hash))
    return new_hash


def backfill(connection: Connection) -> int:
    """Chain every record not chained yet, per site and kind in id order (the migration
    that introduces the ledger); returns how many were chained."""
    chained = 0
    for kind, spec in SPECS.items():
        done = set(connection.scalars(select(ENTRY.c.record_id).where(ENTRY.c.kind == kind)))
        rows = connection.execute(select(spec.table.c.id, spec.table.c.site_id).where(spec.chained())
                                  .order_by(spec.table.c.id)).all()
        for record_id, site_id in rows:
            if record_id not in done:
                append(connection, kind, site_id, record_id)
                chained += 1
    return chained
