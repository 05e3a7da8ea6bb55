"""The assistance company's authorisation and its history: what is agreed, by whom.

The authorisation of a PEC dossier is its PEC data (agreement, file and authorisation
numbers, contact, covered category, ``pec_days`` first authorised, daily cap, km and fuel
terms). Every extension is a new :class:`RentalExtension` row — never an overwrite:

- requested by the assistance: its days add to the PEC duration (they go on its invoice);
- requested by the client: the days beyond what is covered that the beneficiary agreed
  to pay (they go on the beneficiary's invoice at the client tariff).

Days *nobody agreed to pay* are the rental days beyond the covered days plus the client's
agreed days: only they make an authorisation incomplete
(:mod:`app.core.rental.incomplete_authorisations`). Rows are append-only: the ORM refuses
an UPDATE or DELETE here, the database triggers of migration 0014 below it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event, func, select
from sqlalchemy.orm import ORMExecuteState, Session

from app.core.db.engine import Database
from app.core.errors import AtelierError
from app.core.i18n import Message, msg
from app.core.platform.scope import UserScope
from app.core.rental.access import get_dossier
from app.core.rental.models import EXTENSION_BY_ASSISTANCE, EXTENSION_BY_CLIENT, RentalDossier, RentalExtension


@dataclass(frozen=True)
class Coverage:
    """What is agreed on a dossier: PEC days (first authorised + assistance extensions) and
    days the client agreed to pay; ``base_days_added`` moves a fixed "Jours Base" along."""

    covered_days: int | None
    client_days_agreed: int
    assistance_days_added: int

    @property
    def agreed_days(self) -> int:
        """Days somebody agreed to pay (0 without PEC)."""
        return (self.covered_days or 0) + self.client_days_agreed


@dataclass(frozen=True)
class ExtensionInfo:
    """One line of the authorisation's history."""

    id: int
    requested_by: str
    days: int
    previous_return: datetime
    new_return: datetime
    reference: str
    note: str
    entered_by: str
    entered_at: datetime


def requester_label(requested_by: str) -> Message:
    """Who asked for an extension, for the clerk."""
    return {EXTENSION_BY_ASSISTANCE: msg("rental", "assistance"), EXTENSION_BY_CLIENT: msg("rental", "client")}[
        requested_by]


def added_days(session: Session, dossier_id: int | None) -> tuple[int, int]:
    """(assistance days, client days) the dossier's extensions added."""
    if dossier_id is None:
        return 0, 0
    rows = dict(session.execute(select(RentalExtension.requested_by, func.sum(RentalExtension.days))
                                .where(RentalExtension.dossier_id == dossier_id)
                                .group_by(RentalExtension.requested_by)).all())
    return int(rows.get(EXTENSION_BY_ASSISTANCE) or 0), int(rows.get(EXTENSION_BY_CLIENT) or 0)


def coverage_of(session: Session, dossier: RentalDossier, pec_days: int | None = None) -> Coverage:
    """The dossier's coverage (``pec_days``: the first authorisation as about to be saved)."""
    first = dossier.pec_days if pec_days is None else pec_days
    assistance, client = added_days(session, dossier.id)
    if not dossier.is_pec or not first:
        return Coverage(None, 0, 0)
    return Coverage(first + assistance, client, assistance)


def record_extension(session: Session, scope: UserScope, dossier: RentalDossier, requested_by: str, days: int,
                     new_return: datetime, reference: str = "", note: str = "") -> RentalExtension:
    """Append one extension to the dossier's history (the caller saves the dossier with it)."""
    row = RentalExtension(site_id=dossier.site_id, dossier_id=dossier.id, requested_by=requested_by, days=days,
                          previous_return=dossier.planned_return, new_return=new_return,
                          reference=(reference or "").strip()[:40], note=(note or "").strip(),
                          entered_by=scope.login)
    session.add(row)
    session.flush()
    return row


def extension_history(database: Database, scope: UserScope, dossier_id: int) -> list[ExtensionInfo]:
    """The dossier's extensions, oldest first."""
    with database.session() as session:
        get_dossier(session, scope, dossier_id)
        return history_in(session, dossier_id)


def history_in(session: Session, dossier_id: int) -> list[ExtensionInfo]:
    """The extensions of a dossier the caller already holds, oldest first."""
    rows = session.scalars(select(RentalExtension).where(RentalExtension.dossier_id == dossier_id)
                           .order_by(RentalExtension.id))
    return [ExtensionInfo(r.id, r.requested_by, r.days, r.previous_return, r.new_return, r.reference, r.note,
                          r.entered_by, r.entered_at) for r in rows]


class AppendOnlyError(AtelierError):
    """An extension was about to be changed or deleted."""


def _refusal() -> AppendOnlyError:
    return AppendOnlyError(msg("rental", "L'historique des prolongations ne se modifie pas : une erreur se corrige "
                                         "par une nouvelle prolongation."))


@event.listens_for(Session, "before_flush")
def _check_history(session: Session, _context: object, _instances: object) -> None:
    for row in list(session.deleted) + list(session.dirty):
        if isinstance(row, RentalExtension) and (row in session.deleted or session.is_modified(row)):
            raise _refusal()


@event.listens_for(Session, "do_orm_execute")
def _check_bulk(state: ORMExecuteState) -> None:
    if (state.is_update or state.is_delete) and \
            getattr(getattr(state.statement, "table", None), "name", None) == RentalExtension.__tablename__:
        raise _refusal()
