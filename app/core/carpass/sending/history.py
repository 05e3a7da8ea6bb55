"""The sending history of a site as a grid source, and the raw calls of one reading."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, String, cast, func, or_, select

from app.core.carpass.models import Dossier
from app.core.carpass.sending.anomaly_checks import describe
from app.core.carpass.sending.followups import FollowupInfo, followups_of
from app.core.carpass.sending.models import CarpassCall, CarpassFollowup, CarpassReading
from app.core.carpass.sending.states import FOLLOWUP_OPEN_STATES, RECEIVED_STATES, FollowupKind, ReadingState
from app.core.db.engine import Database
from app.core.errors import NotFoundError
from app.core.grid import GridColumn, GridQuery
from app.core.i18n import msg
from app.core.platform.scope import UserScope


class HistorySource:
    """Readings of the scope's site (sorted and filtered in SQL); filter ``states`` narrows."""

    columns = (
        GridColumn("dossier", msg("carpass", "Dossier"), align_right=True),
        GridColumn("plate", msg("carpass", "Immatriculation")),
        GridColumn("vin", msg("carpass", "Numéro de châssis")),
        GridColumn("odometer", msg("carpass", "Kilométrage"), align_right=True),
        GridColumn("reading_date", msg("carpass", "Date du relevé")),
        GridColumn("state", msg("carpass", "État")),
        GridColumn("sent_at", msg("carpass", "Envoyé le")),
        GridColumn("server_status", msg("carpass", "État Car-Pass")),
        GridColumn("message", msg("carpass", "Message")),
        GridColumn("request_guid", msg("carpass", "Référence Car-Pass")),
        GridColumn("attempts", msg("carpass", "Essais"), align_right=True),
        GridColumn("followups", msg("carpass", "Description / correction"), sortable=False),
    )

    def __init__(self, database: Database, scope: UserScope):
        self.database = database
        self.scope = scope
        self._sort = {
            "dossier": Dossier.number, "plate": Dossier.plate, "vin": CarpassReading.vin,
            "odometer": CarpassReading.odometer, "reading_date": CarpassReading.reading_date,
            "state": CarpassReading.state, "sent_at": CarpassReading.sent_at,
            "server_status": CarpassReading.server_status, "message": CarpassReading.last_message,
            "request_guid": CarpassReading.request_guid, "attempts": CarpassReading.attempts,
        }

    def _where(self, query: GridQuery) -> list[ColumnElement[bool]]:
        conditions = [CarpassReading.site_id == self.scope.site_id, CarpassReading.state != ReadingState.SUPERSEDED]
        states = query.filters.get("states")
        if states:
            conditions.append(CarpassReading.state.in_(list(states)))
        if query.text:
            like = f"%{query.text.lower()}%"
            conditions.append(or_(func.lower(CarpassReading.vin).like(like), func.lower(Dossier.plate).like(like),
                                  cast(Dossier.number, String).like(like),
                                  func.lower(CarpassReading.request_guid).like(like),
                                  func.lower(CarpassReading.last_message).like(like)))
        return conditions

    def count(self, query: GridQuery) -> int:
        """Readings matching ``query``."""
        with self.database.session() as session:
            return session.execute(select(func.count()).select_from(CarpassReading)
                                   .join(Dossier, Dossier.id == CarpassReading.dossier_id)
                                   .where(*self._where(query))).scalar_one()

    def fetch(self, query: GridQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        """One page of rows (dicts with the column keys plus id, entry_id and the checks)."""
        column = self._sort.get(query.sort_key or "", CarpassReading.id)
        order = column.desc() if query.descending or query.sort_key is None else column.asc()
        stmt = (select(CarpassReading.id, CarpassReading.entry_id, CarpassReading.dossier_id, Dossier.number,
                       Dossier.plate, CarpassReading.vin,
                       CarpassReading.odometer, CarpassReading.reading_date, CarpassReading.state,
                       CarpassReading.sent_at, CarpassReading.server_status, CarpassReading.last_message,
                       CarpassReading.request_guid, CarpassReading.attempts, CarpassReading.checks,
                       CarpassReading.confirmed_by, CarpassReading.confirmed_at, CarpassReading.anomaly_answered,
                       CarpassReading.next_attempt_at, CarpassReading.uncertain_cause, CarpassReading.resolution,
                       CarpassReading.resolved_by, CarpassReading.resolved_at, CarpassReading.confirm_reason)
                .join(Dossier, Dossier.id == CarpassReading.dossier_id).where(*self._where(query))
                .order_by(order, CarpassReading.id.desc()).offset(offset).limit(limit))
        with self.database.session() as session:
            rows = session.execute(stmt).all()
        followups = followups_of(self.database, self.scope, [r.id for r in rows])
        return [_row(r, followups.get(r.id, [])) for r in rows]


def _row(r: Row[*tuple[Any, ...]], followups: list[FollowupInfo]) -> dict[str, Any]:
    checks = json.loads(r.checks or "[]")
    reasons = [describe(c["code"], c["params"]) for c in checks if c["blocking"]]
    warnings = [describe(c["code"], c["params"]) for c in checks if not c["blocking"]]
    return {
        "id": r.id, "entry_id": r.entry_id, "dossier_id": r.dossier_id, "dossier": r.number,
        "plate": r.plate, "vin": r.vin,
        "odometer": r.odometer, "reading_date": r.reading_date, "state": r.state, "sent_at": r.sent_at,
        "server_status": r.server_status, "message": r.last_message, "request_guid": r.request_guid,
        "attempts": r.attempts, "reasons": reasons, "warnings": warnings, "confirmed_by": r.confirmed_by,
        "confirmed_at": r.confirmed_at, "anomaly_answered": r.anomaly_answered,
        "next_attempt_at": r.next_attempt_at, "uncertain_cause": r.uncertain_cause, "resolution": r.resolution,
        "resolved_by": r.resolved_by, "resolved_at": r.resolved_at, "confirm_reason": r.confirm_reason,
        "followups": "; ".join(_plain(f) for f in followups), "followup_items": followups,
    }


def _plain(item: FollowupInfo) -> str:
    """A follow-up in the stored words (the CSV export; the grid shows it translated)."""
    what = str(item.corrected_km) if item.kind == FollowupKind.CORRECTION else ",".join(item.codes)
    return f"{item.kind} {what}: {item.state}"


@dataclass(frozen=True)
class ReadingActions:
    """What the clerk may do with one reading of the history. ``followup``: the work
    description or correction à vérifier that "Renvoyer" and "Marquer comme reçu" act on
    (when the reading itself is received)."""

    confirm: bool        # a blocked reading, or a Car-Pass anomaly not yet answered
    resend: bool         # refused, or à vérifier
    mark_received: bool  # à vérifier: seen on the Car-Pass portal
    correct: bool        # received by Car-Pass, no correction under way
    followup: FollowupInfo | None = None


def actions_for(row: dict[str, Any]) -> ReadingActions:
    """The actions a history row allows (the buttons the view enables)."""
    state = row["state"]
    received = state in RECEIVED_STATES and bool(row["request_guid"])
    to_check = next((f for f in reversed(row["followup_items"]) if f.state == ReadingState.UNCERTAIN), None)
    in_flight = any(f.kind == FollowupKind.CORRECTION and f.state in FOLLOWUP_OPEN_STATES
                    and f.state != ReadingState.QUEUED for f in row["followup_items"])
    followup = to_check if received else None
    return ReadingActions(
        confirm=state == ReadingState.BLOCKED or (state == ReadingState.ANOMALY and not row["anomaly_answered"]),
        resend=state in (ReadingState.FAILED, ReadingState.UNCERTAIN) or followup is not None,
        mark_received=state == ReadingState.UNCERTAIN or followup is not None,
        correct=received and not in_flight,
        followup=followup,
    )


@dataclass(frozen=True)
class CallInfo:
    """One raw call of a reading, for the details view."""

    at: datetime
    login: str | None
    operation: str
    attempt: int
    http_status: int | None
    outcome: str
    duration_ms: int
    response: str


def calls_of(database: Database, scope: UserScope, reading_id: int) -> list[CallInfo]:
    """Every call made for a reading of the scope's site, oldest first."""
    with database.session() as session:
        reading = session.get(CarpassReading, reading_id)
        if reading is None or reading.site_id != scope.site_id:
            raise NotFoundError(msg("carpass", "Relevé Car-Pass introuvable."))
        rows = session.scalars(select(CarpassCall).where(CarpassCall.reading_id == reading_id)
                               .order_by(CarpassCall.id))
        return [CallInfo(c.at, c.login, c.operation, c.attempt, c.http_status, c.outcome, c.duration_ms, c.response)
                for c in rows]


def waiting_count(database: Database, scope: UserScope) -> int:
    """Readings of the site waiting in the outbox (queued for a retry or interrupted)."""
    with database.session() as session:
        return session.execute(select(func.count()).select_from(CarpassReading).where(
            CarpassReading.site_id == scope.site_id,
            CarpassReading.state.in_((ReadingState.QUEUED, ReadingState.SENDING)))).scalar_one()


def uncertain_count(database: Database, scope: UserScope) -> int:
    """Readings of the site à vérifier, and work descriptions or corrections à vérifier:
    never posted again without the clerk's decision."""
    with database.session() as session:
        readings = session.execute(select(func.count()).select_from(CarpassReading).where(
            CarpassReading.site_id == scope.site_id, CarpassReading.state == ReadingState.UNCERTAIN)).scalar_one()
        followups = session.execute(select(func.count()).select_from(CarpassFollowup).where(
            CarpassFollowup.site_id == scope.site_id, CarpassFollowup.state == ReadingState.UNCERTAIN)).scalar_one()
    return readings + followups
