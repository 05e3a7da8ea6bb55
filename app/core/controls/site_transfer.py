"""Moving VZSHE values between sites and files: compare, copy, export and import (JSON).

Import and copy go through the same checks as the screen (every value, every rule) and
are all or nothing: one refused value and nothing is written, every error listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.controls.catalogue import Catalogue, LocalizedText, load_catalogue
from app.core.controls.values_service import SaveResult, apply_changes, stored_values
from app.core.db.engine import Database
from app.core.errors import ValidationError, ValidationErrors
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.platform.sites import get_site
from app.core.timeutil import utcnow

EXPORT_FORMAT = "atelier-controls"
EXPORT_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Comparison:
    """One value key on two sites."""

    page_id: str
    key: str
    label: LocalizedText
    left: str
    right: str

    @property
    def differs(self) -> bool:
        """True when the two sites hold different values."""
        return self.left != self.right


def compare_sites(database: Database, scope: UserScope, left_site_id: int, right_site_id: int,
                  catalogue: Catalogue | None = None) -> list[Comparison]:
    """Every value key of two sites side by side (admins), in screen order."""
    scope.require_admin()
    catalogue = catalogue or load_catalogue()
    with database.session() as session:
        left = stored_values(session, get_site(session, scope, left_site_id).id, catalogue)
        right = stored_values(session, get_site(session, scope, right_site_id).id, catalogue)
    return [Comparison(slot.page.id, key, slot.label(), left[key], right[key])
            for key, slot in catalogue.slots.items()]


def copy_values(database: Database, scope: UserScope, source_site_id: int, target_site_id: int,
                page_ids: list[str] | None = None, keys: list[str] | None = None,
                catalogue: Catalogue | None = None) -> SaveResult:
    """Copy values (whole pages, chosen keys, or everything) from one site to another (admins)."""
    scope.require_admin()
    catalogue = catalogue or load_catalogue()
    wanted_pages = {catalogue.page(p).id for p in page_ids} if page_ids else None
    with database.session() as session:
        source = get_site(session, scope, source_site_id)
        target = get_site(session, scope, target_site_id)
        if source.id == target.id:
            raise ValidationError("site", msg("controls", "choisissez deux sites différents"),
                                  field_label=msg("controls", "Site cible"))
        values = stored_values(session, source.id, catalogue)
        chosen = {key: value for key, value in values.items()
                  if (wanted_pages is None or catalogue.slots[key].page.id in wanted_pages)
                  and (keys is None or key in keys)}
        return apply_changes(session, scope, target.id, catalogue, chosen, origin=f"copy:{source.code}"[:20])


def export_values(database: Database, scope: UserScope, site_id: int | None = None,
                  catalogue: Catalogue | None = None) -> dict[str, Any]:
    """Every value of a site as a JSON-ready document, grouped by page (stored forms)."""
    catalogue = catalogue or load_catalogue()
    with database.session() as session:
        site = get_site(session, scope, site_id)
        values = stored_values(session, site.id, catalogue)
        code = site.code
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "site": code,
        "exported_at": utcnow().isoformat(timespec="seconds"),
        "pages": {page.id: {key: values[key] for key in page.value_keys()} for page in catalogue.pages},
    }


def _document_changes(document: Any, catalogue: Catalogue) -> tuple[dict[str, Any], list[ValidationError]]:
    """The key → value pairs of an export document, and what is wrong with its shape."""
    errors: list[ValidationError] = []
    if not isinstance(document, dict) or not isinstance(document.get("pages"), dict):
        raise ValidationErrors([ValidationError("pages", msg(
            "controls", "le fichier n'est pas un export de contrôles (objet « pages » attendu)"))])
    if document.get("format", EXPORT_FORMAT) != EXPORT_FORMAT:
        errors.append(ValidationError("format", msg("controls", "format « {value} » inconnu",
                                                    value=str(document.get("format")))))
    changes: dict[str, Any] = {}
    for page_id, values in document["pages"].items():
        try:
            page = catalogue.page(str(page_id))
        except Exception:
            errors.append(ValidationError(str(page_id), msg("controls", "page inconnue")))
            continue
        if not isinstance(values, dict):
            errors.append(ValidationError(page.id, msg("controls", "objet clé → valeur attendu")))
            continue
        keys = set(page.value_keys())
        for key, value in values.items():
            if key not in keys:
                slot = catalogue.slot(key)
                reason = (msg("controls", "ce champ est sur la page {page}", page=slot.page.id) if slot
                          else msg("controls", "champ inconnu dans le catalogue VZSHE"))
                errors.append(ValidationError(f"{page.id}/{key}", reason))
                continue
            if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
                errors.append(ValidationError(key, msg("controls", "texte ou nombre attendu"),
                                              field_label=catalogue.slots[key].label()))
                continue
            changes[key] = "" if value is None else str(value)
    return changes, errors


def import_values(database: Database, scope: UserScope, document: Any,
                  catalogue: Catalogue | None = None) -> SaveResult:
    """Load an export document into the scope's site (admins): all or nothing, every error listed."""
    scope.require_admin()
    catalogue = catalogue or load_catalogue()
    changes, errors = _document_changes(document, catalogue)
    with database.session() as session:
        site = get_site(session, scope)
        try:
            result = apply_changes(session, scope, site.id, catalogue, changes, origin="import")
        except ValidationErrors as exc:
            raise ValidationErrors(errors + exc.errors) from None
        if errors:
            raise ValidationErrors(errors)
        return result
