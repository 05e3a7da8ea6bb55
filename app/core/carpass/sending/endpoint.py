"""Per-site Car-Pass settings: the service's base URL and automatic sending."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.core.carpass.sending.protocol import PRODUCTION_URL
from app.core.db.engine import Database
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.platform.site_settings import get_setting, set_setting
from app.core.service_address import clean_service_url

ENDPOINT_KEY = "carpass.endpoint_url"
AUTO_SEND_KEY = "carpass.auto_send"


@dataclass(frozen=True)
class SendingSettings:
    """What the settings tab shows for the current site."""

    endpoint_url: str
    auto_send: bool

    @property
    def is_production(self) -> bool:
        """True when readings go to the real Car-Pass service."""
        return self.endpoint_url.rstrip("/") == PRODUCTION_URL


def clean_endpoint(url: str) -> str:
    """An https URL (plain http only on this computer, for the simulator), no trailing slash."""
    return clean_service_url(url, msg("carpass", "Adresse du service Car-Pass"))


def read_settings(database: Database, scope: UserScope) -> SendingSettings:
    """The scope's site settings (production URL unless an admin changed it)."""
    with database.session() as session:
        return SendingSettings(
            get_setting(session, scope.site_id, ENDPOINT_KEY, PRODUCTION_URL) or PRODUCTION_URL,
            get_setting(session, scope.site_id, AUTO_SEND_KEY, "0") == "1",
        )


def endpoint_for_site(session: Session, site_id: int) -> str:
    """The base URL readings of ``site_id`` go to."""
    return get_setting(session, site_id, ENDPOINT_KEY, PRODUCTION_URL) or PRODUCTION_URL


def set_endpoint(database: Database, scope: UserScope, url: str) -> str:
    """Point the scope's site at another Car-Pass environment (admins)."""
    scope.require_admin()
    cleaned = clean_endpoint(url)
    with database.session() as session:
        set_setting(session, scope, ENDPOINT_KEY, cleaned)
    return cleaned


def set_auto_send(database: Database, scope: UserScope, enabled: bool) -> None:
    """Send readings as soon as a dossier becomes sendable (admins)."""
    scope.require_admin()
    with database.session() as session:
        set_setting(session, scope, AUTO_SEND_KEY, "1" if enabled else "0")
