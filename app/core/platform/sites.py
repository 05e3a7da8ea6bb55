"""Site management (admin) and site switching."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.errors import NotFoundError, ValidationError
from app.core.i18n import Message, msg
from app.core.platform.identifiers import clean_establishment_number
from app.core.platform.models import Site
from app.core.platform.scope import UserScope

# No dash: document references join the site code, the year and the number with dashes and
# may carry a prefix ("NC-"), so a code such as "NC-A" would give references of site A.
SITE_CODE = re.compile(r"^[A-Z0-9_]{1,10}$")


def require_text(field: str, value: str, label: Message, max_length: int = 120) -> str:
    """Strip ``value``; refuse it empty or longer than ``max_length``."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, msg("validation", "obligatoire"), field_label=label)
    if len(text) > max_length:
        raise ValidationError(field, msg("validation", "{n} caractères au plus", n=max_length), field_label=label)
    return text


def clean_site_code(value: str) -> str:
    """Upper-case site code of 1 to 10 letters, digits or ``_`` (no dash: see ``SITE_CODE``)."""
    code = (value or "").strip().upper()
    if not SITE_CODE.match(code):
        raise ValidationError(
            "code",
            msg("validation", "1 à 10 lettres, chiffres ou _ (sans tiret : il sépare les parties des références "
                              "de factures)"),
            field_label=msg("fields", "Code du site"),
        )
    return code


@dataclass(frozen=True)
class SiteInfo:
    """A site as lists and pickers show it."""

    id: int
    code: str
    name: str
    establishment_number: str
    active: bool


def _info(site: Site) -> SiteInfo:
    return SiteInfo(site.id, site.code, site.name, site.establishment_number, site.active)


def add_site(database: Database, scope: UserScope, code: str, name: str, establishment_number: str) -> SiteInfo:
    """Create a site of the admin's company."""
    scope.require_admin()
    code = clean_site_code(code)
    name = require_text("name", name, msg("fields", "Nom du site"))
    establishment = clean_establishment_number(establishment_number)
    with database.session() as session:
        if session.scalar(select(Site.id).where(Site.code == code)):
            raise ValidationError("code", msg("validation", "le site {code} existe déjà", code=code),
                                  field_label=msg("fields", "Code du site"))
        if session.scalar(select(Site.id).where(Site.establishment_number == establishment)):
            raise ValidationError("establishment_number", msg("validation", "déjà utilisé par un autre site"),
                                  field_label=msg("fields", "Numéro d'unité d'établissement"))
        site = Site(company_id=scope.company_id, code=code, name=name,
                    establishment_number=establishment, updated_by=scope.login)
        session.add(site)
        session.flush()
        return _info(site)


def list_sites(database: Database, scope: UserScope) -> list[SiteInfo]:
    """Sites the user may act on: all of the company for an admin, their own otherwise."""
    with database.session() as session:
        query = select(Site).where(Site.company_id == scope.company_id).order_by(Site.code)
        if not scope.is_admin:
            query = query.where(Site.id == scope.site_id)
        return [_info(site) for site in session.scalars(query)]


def get_site(session: Session, scope: UserScope, site_id: int | None = None) -> Site:
    """The scope's site (or, for an admin, another site of the company)."""
    site_id = scope.site_id if site_id is None else site_id
    if site_id != scope.site_id:
        scope.require_admin()
    site = session.get(Site, site_id)
    if site is None or site.company_id != scope.company_id:
        raise NotFoundError(msg("errors", "Site introuvable."))
    return site


def find_site_by_code(database: Database, scope: UserScope, code: str) -> SiteInfo:
    """Look a site up by code within the user's reach."""
    code = (code or "").strip().upper()
    for site in list_sites(database, scope):
        if site.code == code:
            return site
    raise ValidationError("site", msg("validation", "site {code} inconnu", code=code),
                          field_label=msg("fields", "Site"))


def switch_site(database: Database, scope: UserScope, site_id: int) -> UserScope:
    """An admin's scope moved to another site of the company."""
    scope.require_admin()
    with database.session() as session:
        site = get_site(session, scope, site_id)
        return scope.switched_to(site.id, site.code, site.name)
