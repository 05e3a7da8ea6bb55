"""Enrolment into the Car-Pass list (docs/decisions/carpass-enrolment.md): the seven automatic rules
and manual enrolment.

A dossier enters its site's list automatically, when it is saved, imported or clocked in,
if all seven rules hold. The Car-Pass button (or ``carpass enrol``) enrols it regardless.
A dossier that already has an entry (pending, sent or removed by a clerk) is never
enrolled again automatically: only a manual enrolment brings it back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.carpass.models import CarpassEntry, CarpassEntryEvent, Dossier, EntryStatus
from app.core.carpass.vehicle_rules import VIN_LENGTH
from app.core.i18n import Message, msg
from app.core.platform.models import Company, Site
from app.core.timeutil import utcnow

RULE_TEXTS: dict[int, Message] = {
    1: msg("carpass", "les travaux n'ont pas commencé (aucun pointage)"),
    2: msg("carpass", "le numéro de châssis a plus de 17 caractères"),
    3: msg("carpass", "le dossier a déjà été transmis à Car-Pass"),
    4: msg("carpass", "le dossier fait partie d'une fusion"),
    5: msg("carpass", "le numéro de dossier n'est pas positif (dossier interne)"),
    6: msg("carpass", "la case « Créer N° TVA » n'est pas cochée (registre TVA utilisé)"),
    7: msg("carpass", "le dossier n'a pas de propriétaire"),
}

ACTION_ENROLLED = "enrolled"
ACTION_MANUAL = "enrolled_manually"
ACTION_REMOVED = "removed"


@dataclass(frozen=True)
class EnrolmentFacts:
    """What the seven rules look at, independent of the database."""

    work_started: bool
    vin: str | None
    already_sent: bool
    merged: bool
    number: int
    uses_vat_register: bool
    create_vat_number: bool
    owner: str | None


def failed_rules(facts: EnrolmentFacts) -> list[int]:
    """Numbers (1-7) of the enrolment rules that do not hold; empty = enrol automatically."""
    failed = []
    if not facts.work_started:
        failed.append(1)
    if facts.vin is not None and len(facts.vin) > VIN_LENGTH:
        failed.append(2)
    if facts.already_sent:
        failed.append(3)
    if facts.merged:
        failed.append(4)
    if facts.number <= 0:
        failed.append(5)
    if facts.uses_vat_register and not facts.create_vat_number:
        failed.append(6)
    if not (facts.owner or "").strip():
        failed.append(7)
    return failed


def uses_vat_register(session: Session, site_id: int) -> bool:
    """Whether the company owning ``site_id`` uses the VAT register (rule 6)."""
    return bool(session.scalar(
        select(Company.uses_vat_register).join(Site, Site.company_id == Company.id).where(Site.id == site_id)))


def entry_was_sent(entry: CarpassEntry | None) -> bool:
    """True once Car-Pass confirmed a reading of this entry (rule 3)."""
    return entry is not None and (entry.status == EntryStatus.SENT or entry.sent_at is not None)


def facts_for(session: Session, dossier: Dossier, entry: CarpassEntry | None,
              vat_register: bool | None = None) -> EnrolmentFacts:
    """The rule facts of a stored dossier."""
    if vat_register is None:
        vat_register = uses_vat_register(session, dossier.site_id)
    return EnrolmentFacts(
        work_started=dossier.work_started_at is not None,
        vin=dossier.vin,
        already_sent=entry_was_sent(entry),
        merged=bool(dossier.merged),
        number=dossier.number,
        uses_vat_register=vat_register,
        create_vat_number=bool(dossier.create_vat_number),
        owner=dossier.owner,
    )


def entry_of(session: Session, dossier_id: int) -> CarpassEntry | None:
    """The Car-Pass list entry of a dossier, if it ever had one."""
    return session.scalar(select(CarpassEntry).where(CarpassEntry.dossier_id == dossier_id))


def enrol_if_rules_hold(session: Session, dossier: Dossier, login: str,
                        vat_register: bool | None = None) -> CarpassEntry | None:
    """Automatic enrolment, called after a dossier is saved: returns the new entry or None."""
    session.flush()
    if entry_of(session, dossier.id) is not None:
        return None
    if failed_rules(facts_for(session, dossier, None, vat_register)):
        return None
    entry = CarpassEntry(site_id=dossier.site_id, dossier_id=dossier.id, status=EntryStatus.PENDING, manual=False,
                         enrolled_at=utcnow(), enrolled_by=login, updated_by=login)
    try:
        with session.begin_nested():
            session.add(entry)
    except IntegrityError:
        return None  # another station enrolled the same dossier at the same moment
    session.add(CarpassEntryEvent(entry_id=entry.id, login=login, action=ACTION_ENROLLED,
                                  detail="automatic: rules 1-7 hold"))
    return entry


def rules_text(numbers: list[int] | tuple[int, ...]) -> Message:
    """The unmet rules as one message, translated when shown (not rendered here in French)."""
    texts = [RULE_TEXTS[n] for n in numbers]
    joined = texts[0] if texts else msg("carpass", "aucune")
    for text in texts[1:]:
        joined = msg("carpass", "{first} ; {second}", first=joined, second=text)
    return joined


@dataclass(frozen=True)
class ManualEnrolment:
    """Result of the Car-Pass button: the entry, whether it was already listed, unmet rules."""

    entry_id: int
    already_listed: bool
    failed_rules: list[int]

    def explanation(self) -> Message:
        """What the clerk is told after pressing the button."""
        if self.already_listed:
            return msg("carpass", "Ce dossier est déjà dans la liste Car-Pass.")
        if not self.failed_rules:
            return msg("carpass", "Dossier inscrit manuellement dans la liste Car-Pass.")
        return msg("carpass", "Dossier inscrit manuellement dans la liste Car-Pass, bien que ces règles "
                              "d'inscription automatique ne soient pas remplies : {rules}",
                   rules=rules_text(self.failed_rules))


def enrol_manually(session: Session, dossier: Dossier, login: str) -> ManualEnrolment:
    """Put ``dossier`` in the list whatever rules 1-7 say (re-opens a sent or removed entry)."""
    entry = entry_of(session, dossier.id)
    failed = failed_rules(facts_for(session, dossier, entry))
    if entry is not None and entry.status not in (EntryStatus.SENT, EntryStatus.REMOVED):
        return ManualEnrolment(entry.id, True, failed)
    now = utcnow()
    if entry is None:
        entry = CarpassEntry(site_id=dossier.site_id, dossier_id=dossier.id, enrolled_at=now)
        session.add(entry)
    previous = entry.status
    entry.status = EntryStatus.PENDING
    entry.manual = True
    entry.enrolled_at = now
    entry.enrolled_by = login
    entry.removed_reason = None
    entry.removed_at = None
    entry.removed_by = None
    entry.updated_by = login
    session.flush()
    detail = f"manual; previous status: {previous or '-'}; rules not met: {','.join(map(str, failed)) or '-'}"
    session.add(CarpassEntryEvent(entry_id=entry.id, login=login, action=ACTION_MANUAL, detail=detail))
    return ManualEnrolment(entry.id, False, failed)
