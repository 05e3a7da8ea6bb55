"""Checking the chains: every entry still links to the previous one and every chained
record still has the content it had when it was chained.

Per chain (site and kind), in order: the entries' positions follow 1, 2, 3…; each entry's
previous hash is the hash of the entry before it; its own hash and content hash match
what it holds; its record exists and has the stored content; the head row names the last
entry; no record of the chain is left unchained. The first failure is the chain's break,
named with the record (an invoice's reference, an id) and what differs.

Admins only; the chains of the sites the admin reaches (on PostgreSQL, row-level security
shows no other site's rows anyway).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, select

from app.core.db.engine import Database
from app.core.i18n import Message, msg
from app.core.ledger.canonical import SPECS, ChainSpec, contents, differences, record_label
from app.core.ledger.chain import ENTRY, GENESIS, HEAD, link_hash, sha256
from app.core.ledger.queue import QUEUE
from app.core.platform.models import Site
from app.core.platform.scope import UserScope

KIND_LABELS = {
    "invoice": msg("ledger", "factures"),
    "credit_note": msg("ledger", "notes de crédit"),
    "payment": msg("ledger", "règlements"),
    "journal_entry": msg("ledger", "écritures du journal"),
    "carpass_reading": msg("ledger", "relevés Car-Pass acceptés"),
}


@dataclass(frozen=True)
class Break:
    """The first place where a chain does not match: its position, the record, and why."""

    seq: int
    record_id: int | None
    label: str
    reason: Message


@dataclass(frozen=True)
class ChainReport:
    """One chain (site and kind): its length, its head hash and its first break, if any."""

    site_code: str
    kind: str
    length: int
    head_hash: str
    broken: Break | None

    @property
    def intact(self) -> bool:
        """True when the whole chain matches."""
        return self.broken is None

    def describe(self) -> Message:
        """One sentence: the chain's length and head, or its first break."""
        label = KIND_LABELS[self.kind]
        if self.broken is None:
            return msg("ledger", "{site} {kind} ({name}) : chaîne intacte, {length} enregistrements, tête {head}",
                       site=self.site_code, kind=self.kind, name=label, length=self.length, head=self.head_hash)
        return msg("ledger", "{site} {kind} ({name}) : CHAÎNE ROMPUE à la position {seq}, enregistrement {record} "
                             "(id {id}) : {reason}", site=self.site_code, kind=self.kind, name=label,
                   seq=self.broken.seq, record=self.broken.label,
                   id=self.broken.record_id if self.broken.record_id is not None else "-", reason=self.broken.reason)


def broken_chains(reports: list[ChainReport]) -> list[ChainReport]:
    """The reports of the chains that do not match."""
    return [report for report in reports if not report.intact]


def verify_ledger(database: Database, scope: UserScope, last: int | None = None) -> list[ChainReport]:
    """Check every chain of every site the admin reaches (one report per site and kind);
    with ``last``, only each chain's newest ``last`` entries, its head and the records
    written since (the start-up check: its cost does not grow with the years of history)."""
    scope.require_admin()
    with database.engine.connect() as connection:
        sites = connection.execute(select(Site.id, Site.code).where(Site.company_id == scope.company_id)
                                   .order_by(Site.code)).all()
        reports = [verify_chain(connection, spec, site_id, code, last) for site_id, code in sites
                   for spec in SPECS.values()]
        connection.rollback()
    return reports


def verify_chain(connection: Connection, spec: ChainSpec, site_id: int, site_code: str,
                 last: int | None = None) -> ChainReport:
    """Walk one chain (only its newest ``last`` entries when given) and return its report."""
    query = select(ENTRY).where(ENTRY.c.site_id == site_id, ENTRY.c.kind == spec.kind)
    previous, since_id, start = GENESIS, None, 1
    if last is None:
        entries = connection.execute(query.order_by(ENTRY.c.seq)).all()
    else:  # the window is trusted to start from its first entry's link
        entries = connection.execute(query.order_by(ENTRY.c.seq.desc()).limit(last)).all()[::-1]
        if entries:
            previous, start = entries[0].prev_hash, entries[0].seq
            since_id = min(entry.record_id for entry in entries)
    current = contents(connection, spec, site_id, since_id=since_id)
    broken = None
    for expected, entry in enumerate(entries, start=start):
        broken = _entry_break(spec, entry, expected, previous, current)
        if broken is not None:
            break
        previous = entry.hash
    length = start + len(entries) - 1
    if broken is None:
        broken = _tail_break(connection, spec, site_id, length, previous, current, {e.record_id for e in entries})
    return ChainReport(site_code, spec.kind, length, previous, broken)


def _entry_break(spec: ChainSpec, entry: Row[Any], expected: int, previous: str,
                 current: dict[int, str]) -> Break | None:
    label = record_label(spec, entry.content)
    if entry.seq != expected:
        return Break(entry.seq, entry.record_id, label, msg(
            "ledger", "maillon manquant : la position {expected} est absente (entrée supprimée)", expected=expected))
    if entry.prev_hash != previous:
        return Break(entry.seq, entry.record_id, label, msg(
            "ledger", "lien rompu : le hash précédent ne correspond pas à l'entrée {seq}", seq=expected - 1))
    if sha256(entry.content) != entry.content_hash or entry.hash != link_hash(
            spec.kind, entry.site_id, entry.seq, entry.record_id, entry.content_hash, entry.prev_hash):
        return Break(entry.seq, entry.record_id, label, msg("ledger", "entrée du registre modifiée"))
    now = current.get(entry.record_id)
    if now is None:
        return Break(entry.seq, entry.record_id, label, msg("ledger", "enregistrement supprimé"))
    if now != entry.content:
        return Break(entry.seq, entry.record_id, label, msg(
            "ledger", "contenu modifié : {changes}", changes="; ".join(differences(entry.content, now))))
    return None


def _tail_break(connection: Connection, spec: ChainSpec, site_id: int, length: int, last_hash: str,
                current: dict[int, str], chained: set[int]) -> Break | None:
    head = connection.execute(select(HEAD.c.length, HEAD.c.head_hash).where(
        HEAD.c.site_id == site_id, HEAD.c.kind == spec.kind)).first()
    if head is not None and (head.length, head.head_hash) != (length, last_hash):
        return Break(head.length, None, "-", msg(
            "ledger", "fin de chaîne supprimée : la tête annonce {count} entrées, {found} trouvées",
            count=head.length, found=length))
    if head is None and length:
        return Break(length, None, "-", msg("ledger", "tête de chaîne supprimée"))
    waiting = set(connection.scalars(select(QUEUE.c.record_id).where(QUEUE.c.site_id == site_id,
                                                                   QUEUE.c.kind == spec.kind)))
    loose = sorted(set(current) - chained - waiting)  # queued records are chained by the next batch
    if loose:
        return Break(length + 1, loose[0], record_label(spec, current[loose[0]]), msg(
            "ledger", "enregistrement hors chaîne (écrit sans passer par l'application ou son entrée supprimée)"))
    return None
