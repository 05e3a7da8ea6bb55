"""``carpass history``: every reading of the site with its dossier, vehicle, state, request,
who prepared and sent it, its confirmations and its work description, as CSV or JSON.

The columns come from a tuple of *column sources* (:data:`SOURCES`): each adds its columns
for a batch of readings in one query, so another kind of fact (the corrections of a
reading, for one) is one more source appended there.
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

from app.core.carpass.models import Dossier, DossierActivity
from app.core.carpass.sending.anomaly_checks import describe
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
    dossier_id: int
    request_guid: str | None


class ColumnSource(Protocol):
    """Adds named columns to each reading of a batch."""

    columns: tuple[str, ...]

    def values(self, session: Session, readings: Sequence[Reading], translate: Translator) -> dict[int, dict]:
        """Column values per reading id (a reading left out gets empty cells)."""


def _local(moment: datetime | None) -> str | None:
    return to_local(moment).isoformat(timespec="seconds") if moment is not None else None


class SenderColumns:
    """Who sent each reading: the login of the call that got its requestGuid."""

    columns = ("sent_by",)

    def values(self, session: Session, readings: Sequence[Reading], translate: Translator) -> dict[int, dict]:
        """``sent_by`` of the readings Car-Pass answered, one query."""
        guids = {r.id: r.request_guid for r in readings if r.request_guid}
        found: dict[int, dict] = {}
        if guids:
            for reading_id, guid, login in session.execute(
                    select(CarpassCall.reading_id, CarpassCall.request_guid, CarpassCall.login).where(
                        CarpassCall.reading_id.in_(list(guids)), CarpassCall.request_guid.is_not(None))
                    .order_by(CarpassCall.id)):
                if guid == guids[reading_id]:
                    found[reading_id] = {"sent_by": login}
        return found


class DescriptionColumns:
    """The work description of each reading's dossier (codes of Car-Pass's standard list)."""

    columns = ("description",)

    def values(self, session: Session, readings: Sequence[Reading], translate: Translator) -> dict[int, dict]:
        """``description``: the codes of each reading's dossier, in the order chosen, one query."""
        codes: dict[int, list[str]] = {}
        for dossier_id, code in session.execute(select(DossierActivity.dossier_id, DossierActivity.code).where(
                DossierActivity.dossier_id.in_({r.dossier_id for r in readings})).order_by(DossierActivity.id)):
            codes.setdefault(dossier_id, []).append(code)
        return {r.id: {"description": codes.get(r.dossier_id, [])} for r in readings}


SOURCES: tuple[ColumnSource, ...] = (SenderColumns(), DescriptionColumns())
BASE_COLUMNS = ("reading_id", "dossier", "vin", "plate", "km", "reading_date", "state", "state_name",
                "request_guid", "server_status", "message", "created_by", "created_at", "sent_at", "attempts",
                "checks", "confirmed_by", "confirmed_at", "anomaly_answered")
COLUMNS = (*BASE_COLUMNS, *(column for source in SOURCES for column in source.columns))


def _base_row(r, number: int, plate: str, translate: Translator) -> dict[str, Any]:
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
            readings = [Reading(r.id, r.dossier_id, r.request_guid) for r, _n, _p in batch]
            extra = [source.values(session, readings, translate) for source in SOURCES]
            rows = []
            for r, number, plate in batch:
                row = _base_row(r, number, plate, translate)
                for source, values in zip(SOURCES, extra, strict=True):
                    row.update({column: None for column in source.columns} | values.get(r.id, {}))
                rows.append(row)
            last = (batch[-1][0].reading_date, batch[-1][0].id)
        yield from rows


def write_csv(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    """The rows as CSV (a header line, then one line per reading); returns the count."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow([safe_cell(" ".join(v) if isinstance(v, list) else v) for v in (row[c] for c in COLUMNS)])
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
