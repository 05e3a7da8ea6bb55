"""The logged-in user's scope, passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.errors import PermissionDeniedError
from app.core.i18n import msg
from app.core.platform.models import ROLE_ADMIN


@dataclass(frozen=True)
class UserScope:
    """Who acts and on which site. Site-owned data is always filtered by ``site_id``."""

    user_id: int
    login: str
    full_name: str
    role: str
    company_id: int
    home_site_id: int
    site_id: int
    site_code: str
    site_name: str

    @property
    def is_admin(self) -> bool:
        """Admins manage users, sites, parameters, agreements and may switch site."""
        return self.role == ROLE_ADMIN

    def require_admin(self) -> None:
        """Raise unless the user is an admin."""
        if not self.is_admin:
            raise PermissionDeniedError(
                msg("auth", "Cette action est réservée aux administrateurs.")
            )

    def switched_to(self, site_id: int, site_code: str, site_name: str) -> UserScope:
        """The same admin acting on another site (use :func:`site_service.switch_site`)."""
        self.require_admin()
        return replace(self, site_id=site_id, site_code=site_code, site_name=site_name)
