"""Records waiting to be chained, and chaining them in one batch.

A hot write path (a Car-Pass sending run records one acknowledged reading per HTTP call)
does not append to the chain in the transaction that writes the record: it inserts one
``ledger_queue`` row there instead (no lock on the chain's head, so stations sending
together never wait on each other), and :func:`chain_queued` later chains every queued
record of a site in one transaction — the head locked once, the entries inserted together.
A queue row is committed with its record, so nothing is lost if the writer dies before
chaining: the next run at the site (or any caller of :func:`chain_queued`) chains it.
Why: docs/decisions/reliability-chain-queue.md.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Connection, Insert, Integer, Table, bindparam, delete, exists, insert, literal, select, update

from app.core.ledger.canonical import SPECS, contents
from app.core.ledger.chain import ENTRY, HEAD, ensure_head, link_hash, sha256
from app.core.ledger.models import LedgerQueue
from app.core.timeutil import utcnow

QUEUE = cast(Table, LedgerQueue.__table__)


def queue_record(kind: str, record_id: Any, site_id: Any, queued_at: Any) -> Insert:
    """An INSERT … SELECT queueing one record (values or bound parameters) unless it is
    already queued or chained; written so that it can be nested in a larger statement."""
    spec = SPECS[kind]
    record = spec.table
    return insert(QUEUE).from_select(
        ["kind", "record_id", "site_id", "queued_at"],
        select(literal(kind), record.c.id, record.c.site_id, queued_at).where(
            record.c.id == record_id, record.c.site_id == site_id, spec.chained(),
            ~exists().where(QUEUE.c.kind == kind, QUEUE.c.record_id == record.c.id),
            ~exists().where(ENTRY.c.kind == kind, ENTRY.c.record_id == record.c.id)))


_HEAD_MOVE = update(HEAD).where(
    HEAD.c.site_id == bindparam("h_site", type_=Integer), HEAD.c.kind == bindparam("h_kind"),
    HEAD.c.length == bindparam("h_previous", type_=Integer),
).values(length=bindparam("h_length", type_=Integer), head_hash=bindparam("h_hash"))


def chain_queued(connection: Connection, kind: str, site_id: int) -> int:
    """Chain every queued record of ``kind`` at ``site_id`` in id order, in the caller's
    transaction; returns how many entries were added. The head is locked first, so two
    callers chaining the same site's queue take turns and each record is chained once."""
    if connection.scalar(select(QUEUE.c.record_id).where(QUEUE.c.site_id == site_id, QUEUE.c.kind == kind)
                         .limit(1)) is None:
        return 0  # nothing waiting: no lock taken
    ensure_head(connection, kind, site_id)
    head = connection.execute(select(HEAD.c.length, HEAD.c.head_hash).where(
        HEAD.c.site_id == site_id, HEAD.c.kind == kind).with_for_update()).one()
    # Read under the head's lock: rows another caller chained meanwhile are gone already.
    waiting = sorted(connection.scalars(delete(QUEUE).where(QUEUE.c.site_id == site_id, QUEUE.c.kind == kind)
                                        .returning(QUEUE.c.record_id)))
    if not waiting:
        return 0
    chained = set(connection.scalars(select(ENTRY.c.record_id).where(ENTRY.c.kind == kind,
                                                                     ENTRY.c.record_id.in_(waiting))))
    # A queued id that is no chained record of the site (written by hand) is dropped: the
    # record, if it exists, is then reported as outside the chain by the verification.
    found = contents(connection, SPECS[kind], site_id, record_ids=[i for i in waiting if i not in chained])
    entries = []
    seq, previous, now = head.length, head.head_hash, utcnow()
    for record_id in sorted(found):
        seq += 1
        content_hash = sha256(found[record_id])
        new_hash = link_hash(kind, site_id, seq, record_id, content_hash, previous)
        entries.append({"site_id": site_id, "kind": kind, "seq": seq, "record_id": record_id,
                        "content": found[record_id], "content_hash": content_hash, "prev_hash": previous,
                        "hash": new_hash, "created_at": now})
        previous = new_hash
    if entries:
        connection.execute(insert(ENTRY), entries)
        # The head's guard checks every position it passes holds an entry.
        connection.execute(_HEAD_MOVE, {"h_site": site_id, "h_kind": kind, "h_previous": head.length,
                                        "h_length": seq, "h_hash": previous})
    return len(entries)
