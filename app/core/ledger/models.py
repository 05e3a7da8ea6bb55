"""Tables of the ledger: one entry per chained record, and one head per chain.

``ledger_entry`` is append-only (database triggers refuse UPDATE, DELETE and REPLACE);
``ledger_head`` holds each chain's length and last hash and is the row locked while a
record is appended, so two stations never give the same position or previous hash.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db.base import Base
from app.core.db.types import UTCDateTime
from app.core.timeutil import utcnow

CHAIN_KINDS = ("invoice", "credit_note", "payment", "journal_entry", "carpass_reading")
_KINDS_SQL = "kind IN ({})".format(", ".join(f"'{kind}'" for kind in CHAIN_KINDS))


class LedgerHead(Base):
    """The head of one chain (site and kind): its length and the hash of its last entry."""

    __tablename__ = "ledger_head"
    __table_args__ = (CheckConstraint(_KINDS_SQL, name="kind"),)

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    length: Mapped[int] = mapped_column(Integer, default=0)
    head_hash: Mapped[str] = mapped_column(String(64))


class LedgerEntry(Base):
    """One chained record: its canonical content, that content's hash, the previous entry's
    hash and this entry's hash (over position, record, content hash and previous hash)."""

    __tablename__ = "ledger_entry"
    __table_args__ = (
        UniqueConstraint("site_id", "kind", "seq"),
        UniqueConstraint("kind", "record_id"),
        CheckConstraint(_KINDS_SQL, name="kind"),
        CheckConstraint("seq > 0", name="seq_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    record_id: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LedgerQueue(Base):
    """A record written and committed but not chained yet: a hot write path (a Car-Pass
    sending run) queues its records in the transaction that writes them and chains them in
    batches (:func:`app.core.ledger.queue.chain_queued`), so it never waits on the chain's
    head. Why: docs/decisions/reliability-chain-queue.md."""

    __tablename__ = "ledger_queue"
    # A few rows at a time: no index but the key, and on SQLite the key IS the table (one
    # page written per queued reading instead of three).
    __table_args__ = (CheckConstraint(_KINDS_SQL, name="kind"), {"sqlite_with_rowid": False})

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
