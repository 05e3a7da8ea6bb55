"""Which entries a send covers, and turning each into an outbox reading (what is sent is
listed in docs/decisions/carpass-sending-protocol.md).

Sent: the VIN, the plate, the first registration date, the date of the first clock-in
(today if unknown), the damage km if filled else the original km, the company's enterprise
number and the site's establishment number.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, Select, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.core.carpass.list_flags import LAST_READING_FUNCTION
from app.core.carpass.models import CarpassEntry, ClockEvent, Dossier, EntryStatus
from app.core.carpass.sendability import CODE_TEXTS, send_problems, sent_mileage
from app.core.carpass.sending import protocol
from app.core.carpass.sending.anomaly_checks import Finding, KnownReading, blocking, check_reading, describe
from app.core.carpass.sending.labels import WHAT_TO_DO, cause_text
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.outbox.records import set_entry_status
from app.core.carpass.sending.states import OPEN_STATES, RECEIVED_STATES, ReadingState, SendOutcome
from app.core.carpass.sql_types import affected_rows
from app.core.db.batches import in_batches
from app.core.db.engine import Database
from app.core.errors import NotFoundError
from app.core.i18n import Message, msg
from app.core.platform.models import Company, Site
from app.core.platform.scope import UserScope
from app.core.timeutil import to_local


@dataclass
class EntryFacts:
    """One Car-Pass list entry with the dossier fields the payload needs."""

    entry_id: int
    status: str
    dossier_id: int
    number: int
    vin: str | None
    plate: str
    first_registration: date | None
    original_km: int | None
    damage_km: int | None
    repair_km: int | None
    first_clock_in: datetime | None

    def problems(self) -> list[str]:
        """Why the row cannot be sent (the list's red rule), as list codes."""
        return send_problems(self.damage_km, self.repair_km, self.vin, self.first_registration)

    def odometer(self) -> int | None:
        """The km sent: the damage km when filled, otherwise the original mileage."""
        return sent_mileage(self.original_km, self.damage_km)


@dataclass
class Prepared:
    """What preparation decided for one entry: a reading to send, or why not."""

    facts: EntryFacts
    reading_id: int | None = None
    outcome: SendOutcome = SendOutcome.TO_SEND
    reasons: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)


def facts_query(site_id: int, by_key: str | None = None) -> Select[*tuple[Any, ...]]:
    """Entries of a site joined with their dossier and first clock-in (one SQL query).

    ``by_key`` (``"entry"`` or ``"number"``): the caller adds a condition on entry ids or on
    dossier numbers. The site is then checked through ``site_id + 0`` (no index serves it)
    except where it leads to the key — ``(site_id, number)`` for numbers — so that SQLite,
    which keeps no statistics, looks the given keys up instead of walking the site index
    through every entry of the site's history for each chunk (the cost per reading would
    grow with the site's age).
    """
    first_clock = (select(func.min(ClockEvent.clock_in)).where(ClockEvent.dossier_id == Dossier.id)
                   .correlate(Dossier).scalar_subquery())
    entry_site = CarpassEntry.site_id + 0 if by_key else CarpassEntry.site_id
    dossier_site = Dossier.site_id + 0 if by_key == "entry" else Dossier.site_id
    return (select(CarpassEntry.id, CarpassEntry.status, Dossier.id, Dossier.number, Dossier.vin, Dossier.plate,
                   Dossier.first_registration, Dossier.original_km, Dossier.damage_km, Dossier.repair_km,
                   func.coalesce(first_clock, Dossier.work_started_at))
            .join(Dossier, Dossier.id == CarpassEntry.dossier_id)
            .where(entry_site == site_id, dossier_site == site_id))


def select_entries(database: Database, scope: UserScope, entry_ids: list[int] | None = None,
                   dossier_numbers: list[int] | None = None) -> list[EntryFacts]:
    """The entries to send, in the scope's site only: given ids, given dossier numbers, or
    every pending entry. Unknown ids or numbers (or another site's) raise NotFoundError."""
    query = facts_query(scope.site_id, by_key="entry" if entry_ids is not None else
                        "number" if dossier_numbers is not None else None)
    with database.session() as session:
        if entry_ids is not None:
            rows = _in_chunks(session, query, CarpassEntry.id, entry_ids)
            missing = sorted(set(entry_ids) - {r[0] for r in rows})
            if missing:
                raise NotFoundError(msg("carpass", "Ligne(s) Car-Pass introuvable(s) sur le site {site} : {ids}",
                                        site=scope.site_code, ids=", ".join(map(str, missing))))
        elif dossier_numbers is not None:
            rows = _in_chunks(session, query, Dossier.number, dossier_numbers)
            missing = sorted(set(dossier_numbers) - {r[3] for r in rows})
            if missing:
                raise NotFoundError(msg("carpass", "Dossier(s) absent(s) de la liste Car-Pass du site {site} : "
                                                   "{numbers}", site=scope.site_code,
                                        numbers=", ".join(map(str, missing))))
        else:
            rows = list(session.execute(query.where(CarpassEntry.status == EntryStatus.PENDING)))
    return [EntryFacts(*row) for row in sorted(rows, key=lambda r: r[3])]


def _in_chunks(session: Session, query: Select[*tuple[Any, ...]], column: InstrumentedAttribute[int],
               values: list[int]) -> list[Row[*tuple[Any, ...]]]:
    rows: list[Row[*tuple[Any, ...]]] = []
    for batch in in_batches(sorted(set(values))):
        rows.extend(session.execute(query.where(column.in_(batch))))
    return rows


def known_readings(session: Session, company_id: int, vins: list[str]) -> dict[str, list[KnownReading]]:
    """The last reading Car-Pass holds for each of these VINs, sent by any site of the
    company (latest reading date, then highest km). On PostgreSQL through the SECURITY
    DEFINER function the list uses too (a clerk's connection sees only his site's rows)."""
    known: dict[str, list[KnownReading]] = {}
    if session.get_bind().dialect.name == "postgresql":
        for batch in in_batches(vins):
            for vin, odometer, reading_date, sent_on in session.execute(text(
                    f"SELECT v.vin, f.odometer, f.reading_date, f.sent_on FROM unnest(CAST(:vins AS text[])) "
                    f"AS v(vin) CROSS JOIN LATERAL {LAST_READING_FUNCTION}(CAST(:company AS integer), v.vin, NULL) f"),
                    {"vins": list(batch), "company": company_id}):
                known[vin] = [KnownReading(odometer, reading_date, sent_on)]
        return known
    latest: dict[str, tuple[date, int, int, KnownReading]] = {}
    for batch in in_batches(vins):
        rows = session.execute(
            select(CarpassReading.id, CarpassReading.vin, CarpassReading.odometer, CarpassReading.reading_date,
                   CarpassReading.sent_at)
            .join(Site, Site.id == CarpassReading.site_id)
            .where(Site.company_id == company_id, CarpassReading.state.in_(RECEIVED_STATES),
                   CarpassReading.vin.in_(batch)))
        for reading_id, vin, odometer, reading_date, sent_at in rows:
            sent_on = to_local(sent_at).date() if sent_at else reading_date
            candidate = (reading_date, odometer, reading_id, KnownReading(odometer, reading_date, sent_on))
            if vin not in latest or candidate[:3] > latest[vin][:3]:
                latest[vin] = candidate
    return {vin: [found[3]] for vin, found in latest.items()}


def payload_for(facts: EntryFacts, enterprise: str, establishment: str, today: date) -> dict[str, Any]:
    """The ``POST /observation`` body of an entry (see :mod:`protocol`)."""
    return protocol.observation_payload(protocol.ReadingFacts(
        vin=facts.vin or "", license_plate=facts.plate or "", first_use_date=facts.first_registration,
        reading_date=reading_date_of(facts.first_clock_in, today), odometer=facts.odometer() or 0,
        enterprise_number=enterprise, establishment_number=establishment))


PREPARE_ATTEMPTS = 3


def prepare(database: Database, scope: UserScope, entries: list[EntryFacts], today: date,
            now: datetime) -> list[Prepared]:
    """Write a reading "to send" (or "blocked" by the checks) for every sendable entry, in one
    transaction, before any network call.

    Several stations may prepare the same entries at once. The entries are locked first
    (PostgreSQL: row locks taken in id order; SQLite: the write lock at BEGIN) and their
    status and readings read again under the lock, so a second preparer waits and then
    finds the first one's readings instead of writing its own. The database refuses a
    second open reading for an entry anyway (unique index): should that happen, the
    preparation starts again and finds the other's reading — no error for the clerk."""
    for attempt in range(1, PREPARE_ATTEMPTS + 1):
        try:
            return _prepare_once(database, scope, entries, today, now)
        except IntegrityError:
            if attempt == PREPARE_ATTEMPTS:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _prepare_once(database: Database, scope: UserScope, entries: list[EntryFacts], today: date,
                  now: datetime) -> list[Prepared]:
    with database.session(immediate=True) as session:
        statuses = _lock_entries(session, [f.entry_id for f in entries])
        results = [Prepared(replace(f, status=statuses.get(f.entry_id, f.status))) for f in entries]
        site = session.get_one(Site, scope.site_id)
        enterprise = session.get_one(Company, site.company_id).enterprise_number
        open_readings: dict[int, CarpassReading] = {}
        for batch in in_batches([f.entry_id for f in entries]):
            for reading in session.scalars(select(CarpassReading).where(
                    CarpassReading.entry_id.in_(batch), CarpassReading.state.in_((*OPEN_STATES, ReadingState.ANOMALY)))
                    .order_by(CarpassReading.id)):
                open_readings[reading.entry_id] = reading
        known = known_readings(session, site.company_id, sorted({f.vin for f in entries if f.vin}))
        written: list[tuple[Prepared, dict[str, Any]]] = []
        for item in results:
            row = _prepare_one(session, scope, item, open_readings.get(item.facts.entry_id), known, enterprise,
                               site.establishment_number, today, now)
            if row is not None:
                written.append((item, row))
        if written:
            _insert_readings(session, written)
    return results


def _lock_entries(session: Session, entry_ids: list[int]) -> dict[int, str]:
    """Lock the entries (in id order: two preparers never wait for each other in a circle)
    and return their current status."""
    statuses: dict[int, str] = {}
    for batch in in_batches(sorted(set(entry_ids))):
        statuses.update(session.execute(
            select(CarpassEntry.id, CarpassEntry.status).where(CarpassEntry.id.in_(batch))
            .order_by(CarpassEntry.id).with_for_update(key_share=True)).all())
    return statuses


def _supersede(session: Session, reading: CarpassReading) -> bool:
    """Replace a reading never posted; False when a sender claimed it meanwhile (PostgreSQL:
    a row being claimed right now is skipped, never waited for)."""
    unchanged = (select(CarpassReading.id).where(
        CarpassReading.id == reading.id, CarpassReading.state == reading.state,
        CarpassReading.attempts == reading.attempts).with_for_update(skip_locked=True, key_share=True)
        .scalar_subquery())
    done = session.execute(update(CarpassReading).where(CarpassReading.id == unchanged)
                           .values(state=ReadingState.SUPERSEDED).execution_options(synchronize_session=False))
    return affected_rows(done) == 1


def _insert_readings(session: Session, written: list[tuple[Prepared, dict[str, Any]]]) -> None:
    """Every new reading in one bulk INSERT, then their ids read back by idempotency key
    (unique)."""
    session.execute(insert(CarpassReading), [row for _item, row in written])
    ids: dict[str, int] = {}
    for batch in in_batches(written):
        keys = [row["idempotency_key"] for _item, row in batch]
        ids.update((key, reading_id) for reading_id, key in session.execute(
            select(CarpassReading.id, CarpassReading.idempotency_key).where(CarpassReading.idempotency_key.in_(keys))))
    for item, row in written:
        item.reading_id = ids[row["idempotency_key"]]


def _prepare_one(session: Session, scope: UserScope, item: Prepared, reading: CarpassReading | None,
                 known: dict[str, list[KnownReading]], enterprise: str, establishment: str, today: date,
                 now: datetime) -> dict[str, Any] | None:
    """Decide ``item``; returns the columns of the new reading to insert, if any."""
    facts = item.facts
    if facts.status == EntryStatus.REMOVED:
        item.outcome = SendOutcome.REMOVED
        return None
    if facts.status == EntryStatus.SENT and reading is None:
        item.outcome = SendOutcome.ALREADY_SENT
        return None
    problems = facts.problems()
    if problems:
        item.outcome = SendOutcome.NOT_SENDABLE
        item.reasons = [_problem_text(code) for code in problems]
        return None
    payload = payload_for(facts, enterprise, establishment, today)
    text = json.dumps(payload, sort_keys=True)
    if reading is not None:
        if reading.state == ReadingState.ANOMALY:
            item.outcome, item.reading_id = SendOutcome.ANOMALY, reading.id
            item.reasons = [msg("carpass", "Car-Pass a signalé une anomalie : confirmez le relevé depuis "
                                           "l'historique")]
            return None
        if reading.state == ReadingState.UNCERTAIN:
            item.outcome, item.reading_id = SendOutcome.UNCERTAIN, reading.id
            item.reasons = [msg("carpass", "à vérifier : {cause} ; {todo}", cause=cause_text(reading.uncertain_cause),
                                todo=WHAT_TO_DO)]
            return None
        changed = json.dumps(json.loads(reading.payload), sort_keys=True) != text
        if reading.state == ReadingState.SENDING or (reading.state == ReadingState.QUEUED
                                                      and (reading.attempts > 0 or not changed)):
            item.reading_id = reading.id
            return None
        if reading.state == ReadingState.BLOCKED and not changed:
            item.outcome, item.reading_id = SendOutcome.BLOCKED, reading.id
            item.reasons = [describe(c["code"], c["params"]) for c in json.loads(reading.checks) if c["blocking"]]
            return None
        if not _supersede(session, reading):  # claimed by a sender meanwhile: that one goes
            item.reading_id = reading.id
            return None
    vin, odometer, reading_date = protocol.payload_summary(payload)
    findings = check_reading(vin, odometer, reading_date, known.get(vin, []), today)
    stops = blocking(findings)
    row = dict(site_id=scope.site_id, entry_id=facts.entry_id, dossier_id=facts.dossier_id,
               idempotency_key=str(uuid.uuid4()), state=ReadingState.BLOCKED if stops else ReadingState.QUEUED,
               payload=text,
               vin=vin, odometer=odometer, reading_date=reading_date, checks=_checks_json(findings),
               attempts=0, created_at=now, created_by=scope.login)
    item.warnings = [f.describe() for f in findings if not f.blocking]
    if stops:
        item.outcome = SendOutcome.BLOCKED
        item.reasons = [f.describe() for f in stops]
        text_reasons = "; ".join(r.render() for r in item.reasons)
        set_entry_status(session, facts.entry_id, EntryStatus.ANOMALY, text_reasons, scope.login, "blocked",
                         text_reasons, now)
    return row


def _checks_json(findings: list[Finding]) -> str:
    return json.dumps([{"code": f.code, "blocking": f.blocking, "params": f.params} for f in findings])


def _problem_text(code: str) -> Message:
    return CODE_TEXTS[code]


def reading_date_of(first_clock_in: datetime | None, today: date) -> date:
    """The date of the first clock-in (Brussels), today when work start is unknown
    (what is sent to Car-Pass: see the module docstring)."""
    return to_local(first_clock_in).date() if first_clock_in is not None else today
