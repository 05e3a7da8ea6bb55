"""Confirming readings: one the local checks blocked (the clerk says it is right, with a
mandatory reason kept on the reading and in the history — one reading, or every ticked
row of the list at once), and one Car-Pass flagged as an anomaly (answered to Car-Pass,
once)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.core.carpass.models import CarpassEntry, Dossier, EntryStatus
from app.core.carpass.sending import protocol
from app.core.carpass.sending.actions import load_reading
from app.core.carpass.sending.anomaly_checks import describe
from app.core.carpass.sending.client import DEFAULT_TIMEOUT, CarpassClient
from app.core.carpass.sending.credentials import establishment_of, require_password
from app.core.carpass.sending.endpoint import endpoint_for_site
from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.outbox.decision import NETWORK_ERROR
from app.core.carpass.sending.outbox.records import add_call, set_entry_status
from app.core.carpass.sending.states import ReadingState
from app.core.carpass.sending.username import username_for_site
from app.core.carpass.sql_types import affected_rows
from app.core.db.batches import in_batches
from app.core.db.engine import Database
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow

MAX_REASON = 500
REASON_LABEL = msg("carpass", "Raison de la confirmation")


def clean_reason(reason: str | None, label: Message = REASON_LABEL, field_name: str = "reason") -> str:
    """A free-text reason on one line: required, at most 500 characters."""
    text = " ".join((reason or "").split())
    if not text:
        raise ValidationError(field_name, msg("validation", "obligatoire"), field_label=label)
    if len(text) > MAX_REASON:
        raise ValidationError(field_name, msg("carpass", "trop longue ({length} caractères, {max} au plus)",
                                              length=len(text), max=MAX_REASON), field_label=label)
    return text


@dataclass(frozen=True)
class BlockedReading:
    """A reading the checks stopped, as the clerk sees it before confirming."""

    reading_id: int
    entry_id: int
    dossier: int
    odometer: int
    reasons: list[Message]


@dataclass
class ConfirmSummary:
    """What a confirmation of ticked rows did: the dossiers confirmed, those that had
    nothing to confirm."""

    confirmed: list[BlockedReading] = field(default_factory=list)
    not_blocked: list[int] = field(default_factory=list)  # dossier numbers


def blocked_readings(database: Database, scope: UserScope, entry_ids: list[int]) -> list[BlockedReading]:
    """The blocked readings of these entries of the scope's site, by dossier number."""
    found = []
    with database.session() as session:
        for batch in in_batches(sorted(set(entry_ids))):
            rows = session.execute(
                select(CarpassReading.id, CarpassReading.entry_id, Dossier.number, CarpassReading.odometer,
                       CarpassReading.checks)
                .join(Dossier, Dossier.id == CarpassReading.dossier_id)
                .where(CarpassReading.site_id == scope.site_id, CarpassReading.entry_id.in_(batch),
                       CarpassReading.state == ReadingState.BLOCKED))
            found += [BlockedReading(i, e, n, km, _reasons(checks)) for i, e, n, km, checks in rows]
    return sorted(found, key=lambda b: b.dossier)


def confirm_blocked(database: Database, scope: UserScope, reading_id: int, reason: str) -> None:
    """The clerk confirms a reading the checks blocked is right: it is queued for sending;
    who, when and why are kept on the reading and in the entry's history."""
    text = clean_reason(reason)
    with database.session() as session:
        reading = load_reading(session, scope, reading_id)
        if reading.state != ReadingState.BLOCKED:
            raise ValidationError("state", msg("carpass", "seul un relevé bloqué par les contrôles se confirme ici"),
                                  field_label=msg("carpass", "Relevé"))
        if not _confirm(session, scope, reading.id, reading.entry_id, reading.odometer, reading.checks, text):
            raise AtelierError(msg("carpass", "Ce relevé vient de changer (un autre poste l'a traité) : rechargez "
                                              "l'historique."))


def confirm_entries(database: Database, scope: UserScope, entry_ids: list[int], reason: str) -> ConfirmSummary:
    """Confirm, with one reason, the blocked reading of every given entry (the ticked rows
    of the list), in one transaction; entries with nothing blocked are listed apart.
    Entries of another site (or gone) raise NotFoundError."""
    text = clean_reason(reason)
    numbers = _dossier_numbers(database, scope, entry_ids)
    summary = ConfirmSummary()
    blocked = {b.entry_id: b for b in blocked_readings(database, scope, entry_ids)}
    with database.session() as session:
        for entry_id, number in sorted(numbers.items(), key=lambda item: item[1]):
            item = blocked.get(entry_id)
            reading = session.get(CarpassReading, item.reading_id) if item is not None else None
            if item is not None and reading is not None and _confirm(session, scope, reading.id, entry_id,
                                                                     reading.odometer, reading.checks, text):
                summary.confirmed.append(item)
            else:
                summary.not_blocked.append(number)
    return summary


def _dossier_numbers(database: Database, scope: UserScope, entry_ids: list[int]) -> dict[int, int]:
    numbers: dict[int, int] = {}
    with database.session() as session:
        for batch in in_batches(sorted(set(entry_ids))):
            numbers.update(session.execute(
                select(CarpassEntry.id, Dossier.number).join(Dossier, Dossier.id == CarpassEntry.dossier_id)
                .where(CarpassEntry.id.in_(batch), CarpassEntry.site_id == scope.site_id)).all())
    missing = sorted(set(entry_ids) - set(numbers))
    if missing:
        raise NotFoundError(msg("carpass", "Ligne(s) Car-Pass introuvable(s) sur le site {site} : {ids}",
                                site=scope.site_code, ids=", ".join(map(str, missing))))
    return numbers


def _confirm(session: Session, scope: UserScope, reading_id: int, entry_id: int, odometer: int, checks: str,
             reason: str) -> bool:
    now = utcnow()
    done = session.execute(update(CarpassReading).where(
        CarpassReading.id == reading_id, CarpassReading.state == ReadingState.BLOCKED).values(
        state=ReadingState.QUEUED, confirmed_by=scope.login, confirmed_at=now, confirm_reason=reason,
        next_attempt_at=None).execution_options(synchronize_session=False))
    if affected_rows(done) != 1:
        return False
    blocking = "; ".join(r.render() for r in _reasons(checks))
    set_entry_status(session, entry_id, EntryStatus.PENDING, None, scope.login, "confirmed",
                     f"{odometer} km: {blocking} — {reason}", now)
    return True


def _reasons(checks: str) -> list[Message]:
    return [describe(c["code"], c["params"]) for c in json.loads(checks or "[]") if c["blocking"]]


def answer_anomaly(database: Database, scope: UserScope, reading_id: int, reason: str | None = None,
                   timeout: tuple[float, float] = DEFAULT_TIMEOUT) -> Message:
    """Tell Car-Pass a reading it flagged is right ("previous data correct", once only);
    the clerk's ``reason``, if given, is kept in the entry's history."""
    text = " ".join((reason or "").split())
    with database.session() as session:
        reading = load_reading(session, scope, reading_id)
        if reading.state != ReadingState.ANOMALY or not reading.request_guid:
            raise ValidationError("state", msg("carpass", "ce relevé n'a pas d'anomalie Car-Pass à confirmer"),
                                  field_label=msg("carpass", "Relevé"))
        if reading.anomaly_answered:
            raise AtelierError(msg("carpass", "Cette anomalie a déjà reçu une réponse : contactez Car-Pass."))
        guid, entry_id, attempt = reading.request_guid, reading.entry_id, reading.attempts
        endpoint = endpoint_for_site(session, scope.site_id)
        username = username_for_site(session, scope.site_id)
    establishment = establishment_of(database, scope)
    with CarpassClient(endpoint, username, require_password(establishment), timeout) as client:
        result = client.confirm(guid)
    answer = result.answer(protocol.parse_confirm_answer)
    now = utcnow()
    with database.session() as session:
        add_call(session, scope.site_id, reading_id, scope.login, "confirm", attempt, result,
                 answer.kind if result.http_status is not None else NETWORK_ERROR, guid, now)
        if answer.kind in (protocol.AnswerKind.RETRY, protocol.AnswerKind.AUTH, protocol.AnswerKind.UNCERTAIN):
            raise AtelierError(msg("carpass", "Car-Pass n'a pas confirmé avoir pris la confirmation ({message}) : "
                                              "réessayez plus tard (si elle avait été prise, Car-Pass répondra que "
                                              "l'anomalie a déjà reçu une réponse).", message=answer.message or "-"))
        accepted = answer.kind == protocol.AnswerKind.ACCEPTED
        state = ReadingState.SENT if accepted else ReadingState.ANOMALY
        session.execute(update(CarpassReading).where(CarpassReading.id == reading_id).values(
            anomaly_answered=True, state=state,
            server_status=func.coalesce(answer.server_status, CarpassReading.server_status),
            last_message=answer.message or None))
        set_entry_status(session, entry_id, EntryStatus.SENT if accepted else EntryStatus.ANOMALY,
                         answer.message or None, scope.login, "confirmed" if accepted else "anomaly",
                         f"{guid}: {text}" if text else guid, now)
    if accepted:
        return msg("carpass", "Car-Pass a accepté la confirmation du relevé.")
    if answer.kind == protocol.AnswerKind.ANOMALY:
        return msg("carpass", "Car-Pass a pris la confirmation et examine encore le relevé : {message}",
                   message=answer.message or "-")
    return msg("carpass", "Car-Pass a refusé la confirmation : {message}", message=answer.message)
