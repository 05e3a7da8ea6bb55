"""``carpass history``: every reading of the site with its dossier, vehicle, state, request,
who prepared and sent it, its confirmations, the work description Car-Pass received and
its corrections, as CSV or JSON.

The columns come from a tuple of *column sources* (:data:`SOURCES`): each adds its columns
for a batch of readings in one query, so another kind of fact is one more source appended
there.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.carpass.models import Dossier
from app.core.carpass.sending.anomaly_checks import describe
from app.core.carpass.sending.followups import (
    FollowupInfo,
    corrections,
    followups_in,
    latest_description,
    sent_description,
)
from app.core.carpass.sending.models import CarpassCall, CarpassReading
from app.core.carpass.sending.states import ReadingState
from app.core.carpass.state_names import state_name
from app.core.csv_cells import safe_cell
from app.core.db.engine import Database
from app.core.errors import ValidationError
from app.core.i18n import Translator, identity_translator, msg
from app.core.platform.scope import UserScope
from app.core.timeutil import to_local

BATCH = 1000


@dataclass(frozen=True)
class Reading:
    """The reading a batch row is about (what every source may need)."""

    id: int
    site_id: int
    dossier_id: int
    request_guid: str | None


class ColumnSource(Protocol):
    """Adds named columns to each reading of a batch."""

    columns: tuple[str, ...]

    def values(self, session: Session, readings: Sequence[Reading], translate: Translator) -> dict[int, dict[str, Any]]:
        """Column values per reading id (a reading left out gets empty cells)."""


def _local(moment: datetime | None) -> str | None:
    return to_local(moment).isoformat(timespec="seconds") if moment is not None else None


class SenderColumns:
    """Who sent each reading: the login of the call that got its requestGuid."""

    columns: tuple[str, ...] = ("sent_by",)

    def values(self, session: Session, readings: Sequence[Reading], translate: Translator) -> dict[int, dict[str, Any]]:
        """``sent_by`` of the readings Car-Pass answered, one query."""
        guids = {r.id: r.request_guid for r in readings if r.request_guid}
        found: dict[int, dict[str, Any]] = {}
        if guids:
            for reading_id, guid, login in session.execute(
                    select(CarpassCall.reading_id, CarpassCall.request_guid, CarpassCall.login).where(
                        CarpassCall.reading_id.in_(list(guids)), CarpassCall.request_guid.is_not(None))
                    .order_by(CarpassCall.id)):
                if reading_id is not None and guid == guids.get(reading_id):
                    found[reading_id] = {"sent_by": login}
        return found


class FollowupColumns:
    """What Car-Pass received about each reading after it: the work description actually
    sent (codes, as posted), where the newest description request stands, and every
    correction (km, reason, who asked, when, state)."""

    columns: tuple[str, ...] = ("description", "description_state", "corrections")

    def values(self, session: Session, readings: Sequence[Reading], translate: Translator) -> dict[int, dict[str, Any]]:
        """The three columns of the readings, one query per batch."""
        site_ids = {r.site_id for r in readings}
        found: dict[int, list[FollowupInfo]] = {}
        for site_id in site_ids:
            found.update(followups_in(session, site_id, [r.id for r in readings if r.site_id == site_id]))
        result: dict[int, dict[str, Any]] = {}
        for reading in readings:
            items = found.get(reading.id, [])
            latest = latest_description(items)
            result[reading.id] = {
                "description": sent_description(items) or [],
                "description_state": latest.state if latest is not None else None,
                "corrections": [{
                    "km": c.corrected_km, "reason": c.reason, "requested_by": c.created_by,
                    "requested_at": _local(c.created_at), "state": c.state,
                    "state_name": state_name(c.state).render(translate), "sent_at": _local(c.sent_at),
                } for c in corrections(items)],
            }
        return result


SOURCES: tuple[ColumnSource, ...] = (SenderColumns(), FollowupColumns())
BASE_COLUMNS = ("reading_id", "dossier", "vin", "plate", "km", "reading_date", "state", "state_name",
                "request_guid", "server_status", "message", "created_by", "created_at", "sent_at", "attempts",
                "checks", "confirmed_by", "confirmed_at", "anomaly_answered")
COLUMNS = (*BASE_COLUMNS, *(column for source in SOURCES for column in source.columns))


def _base_row(r: CarpassReading, number: int, plate: str, translate: Translator) -> dict[str, Any]:
    checks = json.loads(r.checks or "[]")
    return {
        "reading_id": r.id, "dossier": number, "vin": r.vin, "plate": plate, "km": r.odometer,
        "reading_date": r.reading_date.isoformat(), "state": r.state,
        "state_name": state_name(r.state).render(translate), "request_guid": r.request_guid,
        "server_status": r.server_status, "message": r.last_message, "created_by": r.created_by,
        "created_at": _local(r.created_at), "sent_at": _local(r.sent_at), "attempts": r.attempts,
        "checks": "; ".join(describe(c["code"], c["params"]).render(translate) for c in checks if c["blocking"]),
        "confirmed_by": r.confirmed_by, "confirmed_at": _local(r.confirmed_at),
        "anomaly_answered": bool(r.anomaly_answered),
    }


def history_rows(database: Database, scope: UserScope, date_from: date | None = None, date_to: date | None = None,
                 translate: Translator = identity_translator) -> Iterator[dict[str, Any]]:
    """Every reading of the scope's site whose reading date is within the bounds (readings
    replaced before they were sent left out), oldest first, read by batches."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationError("--to", msg("carpass", "la date de fin précède la date de début"))
    conditions = [CarpassReading.site_id == scope.site_id, CarpassReading.state != ReadingState.SUPERSEDED]
    if date_from is not None:
        conditions.append(CarpassReading.reading_date >= date_from)
    if date_to is not None:
        conditions.append(CarpassReading.reading_date <= date_to)
    last = None
    while True:
        with database.session() as session:
            query = (select(CarpassReading, Dossier.number, Dossier.plate)
                     .join(Dossier, Dossier.id == CarpassReading.dossier_id).where(*conditions)
                     .order_by(CarpassReading.reading_date, CarpassReading.id).limit(BATCH))
            if last is not None:
                query = query.where((CarpassReading.reading_date > last[0])
                                    | ((CarpassReading.reading_date == last[0]) & (CarpassReading.id > last[1])))
            batch = session.execute(query).all()
            if not batch:
                return
            readings = [Reading(r.id, r.site_id, r.dossier_id, r.request_guid) for r, _n, _p in batch]
            extra = [source.values(session, readings, translate) for source in SOURCES]
            rows = []
            for r, number, plate in batch:
                row = _base_row(r, number, plate, translate)
                for source, values in zip(SOURCES, extra, strict=True):
                    row.update({column: None for column in source.columns} | values.get(r.id, {}))
                rows.append(row)
            last = (batch[-1][0].reading_date, batch[-1][0].id)
        yield from rows


def _correction_text(correction: dict[str, Any]) -> str:
    """One correction in a CSV cell: ``51000 km (reason) clerk.a 2026-…: envoyé``."""
    return (f"{correction['km']} km ({correction['reason']}) {correction['requested_by'] or '?'} "
            f"{correction['requested_at']}: {correction['state_name']}")


def _csv_value(value: Any) -> Any:
    """A cell: codes separated by spaces, corrections by `` | ``, anything else as it is."""
    if isinstance(value, list):
        return " | ".join(_correction_text(v) if isinstance(v, dict) else str(v) for v in value) if any(
            isinstance(v, dict) for v in value) else " ".join(value)
    return value


def write_csv(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    """The rows as CSV (a header line, then one line per reading); returns the count."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow([safe_cell(_csv_value(row[c])) for c in COLUMNS])
        count += 1
    return count


def write_json(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    """The rows as one JSON array of objects (numbers as numbers); returns the count."""
    out.write("[")
    count = 0
    for row in rows:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps({c: row[c] for c in COLUMNS}, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
