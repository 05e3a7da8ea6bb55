"""The work description of a dossier: descriptors of Car-Pass's standard list of work,
chosen for the work done (a legal obligation with each reading since 1 January 2024).

Codes are checked against the site's active list (``carpass_activity``, fetched from the
service); a descriptor the service stopped serving may stay on a dossier that already has
it but is not chosen anew. Labels are shown in Dutch to Dutch-speaking users and in French
otherwise: Car-Pass serves those two languages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.carpass.models import CarpassActivity, CarpassEntry, CarpassEntryEvent, Dossier, DossierActivity
from app.core.carpass.sending.followups import queue_description, received_reading
from app.core.carpass.vehicle_rules import clean_number
from app.core.db.engine import Database
from app.core.db.versioning import flush_versioned, stamp
from app.core.errors import AtelierError, NotFoundError, ValidationError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.timeutil import utcnow

FIELD = "activities"
FIELD_LABEL = msg("carpass", "Travaux effectués")
ACTION_DESCRIBED = "described"


def label_language(language: str | None) -> str:
    """``nl`` for Dutch-speaking users, ``fr`` for everyone else (Car-Pass's two languages)."""
    return "nl" if (language or "").lower().startswith("nl") else "fr"


@dataclass(frozen=True)
class Descriptor:
    """One descriptor as the picker shows it."""

    code: str
    label: str
    category_code: str
    category_label: str
    active: bool


@dataclass(frozen=True)
class Category:
    """A main category with its descriptors, in the service's order."""

    code: str
    label: str
    descriptors: tuple[Descriptor, ...]


@dataclass(frozen=True)
class Catalogue:
    """The site's standard list of work for the picker (empty until first fetched)."""

    categories: tuple[Category, ...] = ()
    fetched_at: datetime | None = None
    by_code: dict[str, Descriptor] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """True when the site never received the list."""
        return not self.by_code


def _descriptor(row: CarpassActivity, language: str) -> Descriptor:
    nl = language == "nl"
    return Descriptor(row.code, (row.label_nl if nl else row.label_fr) or row.code, row.category_code,
                      (row.category_label_nl if nl else row.category_label_fr) or row.category_code, row.active)


def load_catalogue(session: Session, site_id: int, language: str = "fr", keep: Iterable[str] = ()) -> Catalogue:
    """The active descriptors of ``site_id`` grouped by category (plus the inactive ones
    named in ``keep``: a dossier's old choices), labels in ``language``."""
    language = label_language(language)
    keep = set(keep)
    rows = [r for r in session.scalars(select(CarpassActivity).where(CarpassActivity.site_id == site_id)
                                       .order_by(CarpassActivity.position, CarpassActivity.id))
            if r.active or r.code in keep]
    groups: dict[str, list[Descriptor]] = {}
    labels: dict[str, str] = {}
    for row in rows:
        item = _descriptor(row, language)
        groups.setdefault(item.category_code, []).append(item)
        labels.setdefault(item.category_code, item.category_label)
    fetched = max((r.fetched_at for r in rows if r.active), default=None)
    categories = tuple(Category(code, labels[code], tuple(items)) for code, items in groups.items())
    return Catalogue(categories, fetched, {item.code: item for items in groups.values() for item in items})


def catalogue(database: Database, scope: UserScope, language: str = "fr", keep: Iterable[str] = ()) -> Catalogue:
    """The scope's site list of work for the picker."""
    with database.session() as session:
        return load_catalogue(session, scope.site_id, language, keep)


def codes_of(session: Session, dossier_id: int) -> list[str]:
    """The codes describing a dossier's work, in the order they were chosen."""
    return list(session.scalars(select(DossierActivity.code).where(DossierActivity.dossier_id == dossier_id)
                                .order_by(DossierActivity.id)))


def clean_codes(session: Session, site_id: int, codes: Sequence[str], kept: Iterable[str] = ()) -> list[str]:
    """``codes`` checked against the site's list: each must be an active descriptor, or one
    already on the dossier (``kept``). Case is not significant; duplicates are dropped."""
    wanted = [c.strip() for c in codes if c and c.strip()]
    if not wanted:
        return []
    rows = list(session.execute(select(CarpassActivity.code, CarpassActivity.active).where(
        CarpassActivity.site_id == site_id)))
    if not any(active for _code, active in rows):
        raise AtelierError(msg("carpass", "La liste des travaux Car-Pass n'est pas encore chargée pour ce site : "
                                          "un administrateur doit tester la connexion à Car-Pass."))
    known = {code: active for code, active in rows}
    folded = {code.upper(): code for code in known}
    kept = set(kept)
    result: list[str] = []
    unknown, dropped = [], []
    for text in wanted:
        code = text if text in known else folded.get(text.upper())
        if code is None:
            unknown.append(text)
        elif not known[code] and code not in kept:
            dropped.append(code)
        elif code not in result:
            result.append(code)
    if unknown:
        raise ValidationError(FIELD, msg("carpass", "code(s) absent(s) de la liste Car-Pass du site : {codes}",
                                         codes=", ".join(unknown)), field_label=FIELD_LABEL)
    if dropped:
        raise ValidationError(FIELD, msg("carpass", "code(s) retiré(s) de la liste Car-Pass : {codes}",
                                         codes=", ".join(dropped)), field_label=FIELD_LABEL)
    return result


def replace_description(session: Session, scope: UserScope, dossier_id: int, codes: Sequence[str]) -> bool:
    """Make ``codes`` (already cleaned) the dossier's description; False when unchanged."""
    current = codes_of(session, dossier_id)
    if current == list(codes):
        return False
    session.execute(delete(DossierActivity).where(DossierActivity.dossier_id == dossier_id))
    now = utcnow()
    session.add_all([DossierActivity(site_id=scope.site_id, dossier_id=dossier_id, code=code, added_at=now,
                                     added_by=scope.login) for code in codes])
    session.flush()
    description_saved(session, scope, dossier_id, list(codes), now)
    return True


def description_saved(session: Session, scope: UserScope, dossier_id: int, codes: list[str], now: datetime) -> None:
    """After a dossier's description changed, in the same transaction: the change goes into
    its Car-Pass entry's history and, when Car-Pass already accepted the dossier's reading,
    the new description is queued in the outbox (before that, it leaves with the reading).
    A previous description still under way or à vérifier refuses the change with a message
    (decide it first in the history): what is saved is always what will be sent."""
    entry_id = session.scalar(select(CarpassEntry.id).where(CarpassEntry.dossier_id == dossier_id))
    if entry_id is None:
        return
    session.add(CarpassEntryEvent(entry_id=entry_id, at=now, login=scope.login, action=ACTION_DESCRIBED,
                                  detail=", ".join(codes) or "-"))
    if not codes:
        return  # Car-Pass takes no empty description; the one it has stays until new work is chosen
    session.flush()
    if received_reading(session, scope, dossier_id) is not None:
        queue_description(session, scope, dossier_id)


@dataclass(frozen=True)
class DescriptionResult:
    """A dossier's description after ``dossiers describe``."""

    number: int
    descriptors: tuple[Descriptor, ...]
    changed: bool


def describe_number(database: Database, scope: UserScope, number: int | str, codes: Sequence[str] | None,
                    language: str = "fr") -> DescriptionResult:
    """``dossiers describe N``: replace the description of dossier ``number`` with ``codes``
    ([] clears it, None only reads it). The dossier's version moves on, so a form opened
    before refuses to overwrite the new description."""
    value = clean_number(number)
    with database.session() as session:
        dossier = session.scalar(select(Dossier).where(Dossier.site_id == scope.site_id, Dossier.number == value))
        if dossier is None:
            raise NotFoundError(msg("carpass", "Le dossier {number} n'existe pas sur votre site.", number=value))
        current = codes_of(session, dossier.id)
        changed = False
        if codes is not None:
            cleaned = clean_codes(session, scope.site_id, codes, kept=current)
            changed = replace_description(session, scope, dossier.id, cleaned)
            if changed:
                stamp(dossier, scope.login)
                dossier.updated_at = utcnow()  # a real change: the UPDATE moves the version on
                flush_versioned(session, dossier, msg("carpass", "Le dossier {number}", number=value))
            current = cleaned
        found = load_catalogue(session, scope.site_id, language, keep=current).by_code
        return DescriptionResult(value, tuple(found[c] for c in current if c in found), changed)
