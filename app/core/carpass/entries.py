"""Car-Pass list entries: removal by a clerk (with a reason) and the entry's history."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.carpass.models import CarpassEntry, CarpassEntryEvent, Dossier, EntryStatus
from app.core.carpass.vehicle_rules import clean_number
from app.core.db.engine import Database
from app.core.db.versioning import check_version, flush_versioned, stamp
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow


@dataclass(frozen=True)
class EntryEvent:
    """One line of an entry's history."""

    at: datetime
    login: str | None
    action: str
    detail: str | None


def _load(session: Session, scope: UserScope, entry_id: int) -> CarpassEntry:
    entry = session.get(CarpassEntry, entry_id)
    if entry is None or entry.site_id != scope.site_id:
        raise NotFoundError(msg("carpass", "Cette ligne de la liste Car-Pass n'existe pas sur votre site."))
    return entry


def _clean_reason(reason: str) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise ValidationError("reason", msg("validation", "obligatoire"),
                              field_label=msg("carpass", "Raison du retrait"))
    return text


def _remove(session: Session, scope: UserScope, entry_id: int, expected_version: int | None, text: str) -> None:
    entry = _load(session, scope, entry_id)
    number = session.scalar(select(Dossier.number).where(Dossier.id == entry.dossier_id))
    what = msg("carpass", "La ligne Car-Pass du dossier {number}", number=number)
    if expected_version is not None:
        check_version(entry, expected_version, what)
    if entry.status in (EntryStatus.REMOVED, EntryStatus.SENT):
        raise AtelierError(msg("carpass", "Le dossier {number} n'est plus à envoyer : rien à retirer.",
                               number=number))
    entry.status = EntryStatus.REMOVED
    entry.removed_reason = text
    entry.removed_at = utcnow()
    entry.removed_by = scope.login
    stamp(entry, scope.login)
    flush_versioned(session, entry, what)
    session.add(CarpassEntryEvent(entry_id=entry.id, login=scope.login, action="removed", detail=text))


def remove_entry(database: Database, scope: UserScope, entry_id: int, expected_version: int, reason: str) -> None:
    """Take an entry off the list; the reason is required and kept in the history."""
    text = _clean_reason(reason)
    with database.session() as session:
        _remove(session, scope, entry_id, expected_version, text)


def remove_entries(database: Database, scope: UserScope, versions: Mapping[int, int | None], reason: str) -> int:
    """Take several entries (the ticked rows) off the list with one reason, all or none;
    ``versions`` maps each entry id to the version the clerk saw (None: not shown, e.g. ticked
    by "Tout"). Returns how many were removed."""
    text = _clean_reason(reason)
    with database.session() as session:
        for entry_id, version in sorted(versions.items()):
            _remove(session, scope, entry_id, version, text)
    return len(versions)


def entry_history(database: Database, scope: UserScope, entry_id: int) -> list[EntryEvent]:
    """Every event of an entry, oldest first."""
    with database.session() as session:
        _load(session, scope, entry_id)
        rows = session.execute(select(CarpassEntryEvent).where(CarpassEntryEvent.entry_id == entry_id)
                               .order_by(CarpassEntryEvent.at, CarpassEntryEvent.id)).scalars()
        return [EntryEvent(r.at, r.login, r.action, r.detail) for r in rows]


def remove_number(database: Database, scope: UserScope, number: int | str, reason: str) -> int:
    """``carpass remove NUMBER``: remove the entry of dossier ``number``; returns the number."""
    value = clean_number(number)
    with database.session() as session:
        entry = session.scalar(select(CarpassEntry).join(Dossier, Dossier.id == CarpassEntry.dossier_id).where(
            Dossier.site_id == scope.site_id, Dossier.number == value, CarpassEntry.site_id == scope.site_id))
        if entry is None:
            raise NotFoundError(msg("carpass", "Le dossier {number} n'est pas dans la liste Car-Pass.", number=value))
        entry_id, version = entry.id, entry.version
    remove_entry(database, scope, entry_id, version, reason)
    return value
