"""A site's Peppol access point: the provider's REST endpoint (a site setting) and its API
key (OS keyring, see :mod:`app.core.peppol.credentials`). Admins change them; anyone may
test the connection."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.db.engine import Database
from app.core.errors import AtelierError
from app.core.i18n import Message, msg
from app.core.peppol import credentials
from app.core.peppol.access_point import protocol
from app.core.peppol.access_point.client import AccessPointClient
from app.core.platform.models import Site
from app.core.platform.scope import UserScope
from app.core.platform.site_settings import get_setting, set_setting
from app.core.service_address import clean_service_url

ENDPOINT_KEY = "peppol.endpoint_url"


@dataclass(frozen=True)
class AccessPointSettings:
    """What the settings screen shows for the current site."""

    endpoint_url: str
    key_stored_in: str | None  # keyring, session, environment or None

    @property
    def configured(self) -> bool:
        """True when an endpoint and a key are known."""
        return bool(self.endpoint_url and self.key_stored_in)


def clean_endpoint(url: str) -> str:
    """An https URL (plain http only on this computer, for the simulator), no trailing slash."""
    return clean_service_url(url, msg("peppol", "Adresse de l'API du fournisseur Peppol"))


def key_owner(database: Database, site_id: int) -> str:
    """The keyring entry of a site's key: its establishment number."""
    with database.session() as session:
        return session.get_one(Site, site_id).establishment_number


def read_settings(database: Database, scope: UserScope) -> AccessPointSettings:
    """The scope's site access point (empty endpoint when never configured)."""
    with database.session() as session:
        url = get_setting(session, scope.site_id, ENDPOINT_KEY, "")
    return AccessPointSettings(url, credentials.key_for(key_owner(database, scope.site_id))[1])


def set_endpoint(database: Database, scope: UserScope, url: str) -> str:
    """Point the site at its provider's API (admins)."""
    scope.require_admin()
    cleaned = clean_endpoint(url)
    with database.session() as session:
        set_setting(session, scope, ENDPOINT_KEY, cleaned)
    return cleaned


def store_key(database: Database, scope: UserScope, key: str, *, session_only: bool = False) -> str:
    """Keep the site's API key (admins); returns where: keyring or session."""
    scope.require_admin()
    return credentials.store_key(key_owner(database, scope.site_id), key, session_only=session_only)


def clear_key(database: Database, scope: UserScope) -> None:
    """Forget the site's API key (admins)."""
    scope.require_admin()
    credentials.clear_key(key_owner(database, scope.site_id))


def require_access_point(database: Database, site_id: int) -> tuple[str, str]:
    """(endpoint, key) of a site, or an error telling the clerk what to configure."""
    with database.session() as session:
        url = get_setting(session, site_id, ENDPOINT_KEY, "")
    if not url:
        raise AtelierError(msg("peppol", "Aucun point d'accès Peppol n'est configuré pour ce site : un administrateur "
                                         "doit saisir l'adresse et la clé de son fournisseur (Factures location, "
                                         "Point d'accès Peppol, ou « atelier rental peppol »)."))
    key, _where = credentials.key_for(key_owner(database, site_id))
    if not key:
        raise AtelierError(msg("peppol", "Aucune clé API Peppol pour ce site : un administrateur doit la saisir "
                                         "(Point d'accès Peppol, ou « atelier rental peppol key set »)."))
    return url, key


def check_connection(database: Database, scope: UserScope) -> Message:
    """Call ``GET /me`` with the site's key; the answer in words (an error when it fails)."""
    url, key = require_access_point(database, scope.site_id)
    with AccessPointClient(url, key, (5.0, 15.0)) as client:
        result = client.me()
    if result.http_status == 200:
        answer = protocol.parse_lookup_answer(200, result.body, "invoice")
        participant = answer.data.get("participantId") or "?"
        return msg("peppol", "Connexion réussie : le fournisseur vous connaît comme {participant}.",
                   participant=participant)
    if result.http_status in (401, 403):
        raise AtelierError(msg("peppol", "Le fournisseur refuse la clé API (HTTP {status}).",
                               status=result.http_status))
    raise AtelierError(msg("peppol", "Le fournisseur ne répond pas comme prévu : {detail}",
                           detail=result.error or f"HTTP {result.http_status}"))
