"""Per-site VZSHE values: read a page, save it (admins, all or nothing), field history.

Every call takes the user's :class:`UserScope`; rows are always filtered by site. A clerk
reads their own site only; admins may read or change any site of the company. A save
validates every value and every cross-field rule touching the pages it changes, then
writes the changed values, one history line per change, and advances each changed
page's version (optimistic locking: a page saved by someone else meanwhile is refused).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.controls.catalogue import Catalogue, load_catalogue
from app.core.controls.cross_field_rules import RuleFinding, check_rules
from app.core.controls.field_validators import validate_slot
from app.core.controls.models import ControlsChange, ControlsPage, ControlsTableCell, ControlsValue
from app.core.db.engine import Database
from app.core.db.versioning import check_version, flush_versioned, stamp
from app.core.errors import ConflictError, NotFoundError, ValidationError, ValidationErrors
from app.core.i18n import msg
from app.core.platform.models import Site
from app.core.platform.scope import UserScope
from app.core.platform.sites import get_site
from app.core.timeutil import utcnow


@dataclass(frozen=True)
class PageValues:
    """One page of one site: every value key with its stored (or default) value."""

    page_id: str
    site_id: int
    values: dict[str, str]
    version: int
    updated_by: str | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class SaveResult:
    """What a save did: keys changed, new page versions and the warnings to show."""

    changed: list[str]
    versions: dict[str, int]
    warnings: list[RuleFinding] = field(default_factory=list)


@dataclass(frozen=True)
class ChangeRecord:
    """One line of a field's history."""

    key: str
    old_value: str
    new_value: str
    changed_by: str
    changed_at: datetime
    origin: str


def stored_values(session: Session, site_id: int, catalogue: Catalogue) -> dict[str, str]:
    """Every value key of the catalogue for ``site_id``: stored value, else the default."""
    values = catalogue.defaults()
    for key, value in session.execute(select(ControlsValue.key, ControlsValue.value)
                                      .where(ControlsValue.site_id == site_id)):
        if key in values:
            values[key] = value
    cells = select(ControlsTableCell.field_key, ControlsTableCell.row_no, ControlsTableCell.column_key,
                   ControlsTableCell.value).where(ControlsTableCell.site_id == site_id)
    for field_key, row_no, column_key, value in session.execute(cells):
        key = f"{field_key}.{row_no}.{column_key}"
        if key in values:
            values[key] = value
    return values


def _page_rows(session: Session, site_id: int) -> dict[str, ControlsPage]:
    return {row.page_id: row for row in session.scalars(select(ControlsPage).where(ControlsPage.site_id == site_id))}


def read_page(database: Database, scope: UserScope, page_id: str, site_id: int | None = None,
              catalogue: Catalogue | None = None) -> PageValues:
    """The values of one page for the scope's site (admins: any site of the company)."""
    catalogue = catalogue or load_catalogue()
    page = catalogue.page(page_id)
    with database.session() as session:
        site = get_site(session, scope, site_id)
        values = stored_values(session, site.id, catalogue)
        row = _page_rows(session, site.id).get(page.id)
        return PageValues(page.id, site.id, {k: values[k] for k in page.value_keys()},
                          row.version if row else 0, row.updated_by if row else None,
                          row.updated_at if row else None)


def read_site(database: Database, scope: UserScope, site_id: int | None = None,
              catalogue: Catalogue | None = None) -> dict[str, PageValues]:
    """Every page of a site at once (the screen loads them all when it opens)."""
    catalogue = catalogue or load_catalogue()
    with database.session() as session:
        site = get_site(session, scope, site_id)
        values = stored_values(session, site.id, catalogue)
        rows = _page_rows(session, site.id)
        result = {}
        for page in catalogue.pages:
            row = rows.get(page.id)
            result[page.id] = PageValues(page.id, site.id, {k: values[k] for k in page.value_keys()},
                                         row.version if row else 0, row.updated_by if row else None,
                                         row.updated_at if row else None)
        return result


def validate_changes(catalogue: Catalogue, current: Mapping[str, str], changes: Mapping[str, object],
                     allowed_pages: set[str] | None = None) -> tuple[dict[str, str], list[RuleFinding]]:
    """Normalise ``changes`` and check the rules on the merged values.

    Returns the normalised changes and the non-blocking findings (warnings); raises
    :class:`ValidationErrors` listing every refused value and every broken rule.
    """
    errors: list[ValidationError] = []
    normalised: dict[str, str] = {}
    for key, raw in changes.items():
        slot = catalogue.slot(str(key))
        if slot is None:
            errors.append(ValidationError(str(key), msg("controls", "champ inconnu dans le catalogue VZSHE")))
            continue
        if allowed_pages is not None and slot.page.id not in allowed_pages:
            errors.append(ValidationError(str(key), msg("controls", "ce champ est sur la page {page}",
                                                         page=slot.page.id), field_label=slot.label()))
            continue
        try:
            normalised[slot.key] = validate_slot(slot, raw)
        except ValidationError as exc:
            errors.append(exc)
    merged = dict(current)
    merged.update(normalised)
    pages = {catalogue.slots[k].page.id for k in normalised}
    findings = check_rules(catalogue, merged, pages) if pages else []
    invalid = {e.field for e in errors}
    errors += [f.as_error(catalogue) for f in findings if f.blocking and f.key not in invalid]
    if errors:
        raise ValidationErrors(errors)
    return normalised, [f for f in findings if not f.blocking]


def _write_value(session: Session, site_id: int, catalogue: Catalogue, key: str, value: str) -> None:
    slot = catalogue.slots[key]
    if slot.column is not None:
        cell = session.scalar(select(ControlsTableCell).where(
            ControlsTableCell.site_id == site_id, ControlsTableCell.field_key == slot.field.key,
            ControlsTableCell.row_no == slot.row, ControlsTableCell.column_key == slot.column.key))
        if cell is None:
            session.add(ControlsTableCell(site_id=site_id, page_id=slot.page.id, field_key=slot.field.key,
                                          row_no=slot.row, column_key=slot.column.key, value=value))
        else:
            cell.value = value
        return
    row = session.scalar(select(ControlsValue).where(ControlsValue.site_id == site_id, ControlsValue.key == key))
    if row is None:
        session.add(ControlsValue(site_id=site_id, page_id=slot.page.id, key=key, value=value))
    else:
        row.value = value


def apply_changes(session: Session, scope: UserScope, site_id: int, catalogue: Catalogue,
                  changes: Mapping[str, object], *, expected_versions: Mapping[str, int] | None = None,
                  origin: str = "screen", allowed_pages: set[str] | None = None) -> SaveResult:
    """Validate and write ``changes`` for ``site_id`` inside ``session`` (admins only)."""
    scope.require_admin()
    current = stored_values(session, site_id, catalogue)
    normalised, warnings = validate_changes(catalogue, current, changes, allowed_pages)
    changed = [key for key, value in normalised.items() if current[key] != value]
    pages = _page_rows(session, site_id)
    by_page: dict[str, list[str]] = {}
    for key in changed:
        by_page.setdefault(catalogue.slots[key].page.id, []).append(key)
    versions = {page_id: row.version for page_id, row in pages.items()}
    site = session.get(Site, site_id)
    if site is None:
        raise NotFoundError(msg("errors", "Site introuvable."))
    site_code = site.code
    for page_id in by_page:
        what = msg("controls", "La page {page} du site {site}", page=page_id, site=site_code)
        row = pages.get(page_id)
        expected = (expected_versions or {}).get(page_id)
        if row is None:
            if expected:
                raise ConflictError(what, None, None)
            row = ControlsPage(site_id=site_id, page_id=page_id)
            session.add(row)
        elif expected is not None:
            check_version(row, expected, what)
        stamp(row, scope.login)
        row.updated_at = utcnow()
        try:
            flush_versioned(session, row, what)
        except IntegrityError:
            session.rollback()
            raise ConflictError(what, None, None) from None
        versions[page_id] = row.version
    now = utcnow()
    for key in changed:
        _write_value(session, site_id, catalogue, key, normalised[key])
        session.add(ControlsChange(site_id=site_id, page_id=catalogue.slots[key].page.id, key=key,
                                   old_value=current[key], new_value=normalised[key], changed_by=scope.login,
                                   changed_at=now, origin=origin))
    session.flush()
    return SaveResult(changed, versions, warnings)


def save_page(database: Database, scope: UserScope, page_id: str, values: Mapping[str, object],
              expected_version: int, site_id: int | None = None, catalogue: Catalogue | None = None) -> SaveResult:
    """Save one page for the scope's site: every value checked, all or nothing, history kept."""
    scope.require_admin()
    catalogue = catalogue or load_catalogue()
    page = catalogue.page(page_id)
    with database.session() as session:
        site = get_site(session, scope, site_id)
        return apply_changes(session, scope, site.id, catalogue, values,
                             expected_versions={page.id: expected_version}, allowed_pages={page.id})


def set_value(database: Database, scope: UserScope, key: str, value: object,
              catalogue: Catalogue | None = None) -> SaveResult:
    """Change one value key of the scope's site (command line ``controls set``)."""
    scope.require_admin()
    catalogue = catalogue or load_catalogue()
    with database.session() as session:
        return apply_changes(session, scope, scope.site_id, catalogue, {key: value}, origin="cli")


def field_history(database: Database, scope: UserScope, key: str, site_id: int | None = None,
                  catalogue: Catalogue | None = None) -> list[ChangeRecord]:
    """Saved changes of a field (every repeat/cell when ``key`` is a field key), newest first."""
    scope.require_admin()
    catalogue = catalogue or load_catalogue()
    if catalogue.slot(key) is None and catalogue.field(key) is None:
        raise ValidationError(key, msg("controls", "champ inconnu dans le catalogue VZSHE"))
    with database.session() as session:
        site = get_site(session, scope, site_id)
        query = (select(ControlsChange).where(ControlsChange.site_id == site.id,
                                              or_(ControlsChange.key == key,
                                                  ControlsChange.key.startswith(f"{key}.", autoescape=True)))
                 .order_by(ControlsChange.changed_at.desc(), ControlsChange.id.desc()))
        return [ChangeRecord(c.key, c.old_value, c.new_value, c.changed_by, c.changed_at, c.origin)
                for c in session.scalars(query)]
