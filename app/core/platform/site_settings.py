"""Per-site parameters owned by modules (grace period, VAT rate, Car-Pass endpoint...)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.platform.models import SiteSetting
from app.core.platform.scope import UserScope


def get_setting(session: Session, site_id: int, key: str, default: str = "") -> str:
    """The text value of ``key`` for ``site_id``, or ``default``."""
    value = session.scalar(select(SiteSetting.value).where(SiteSetting.site_id == site_id, SiteSetting.key == key))
    return default if value is None else value


def set_setting(session: Session, scope: UserScope, key: str, value: str) -> None:
    """Store ``key`` for the scope's site (admins only; the caller validated ``value``)."""
    scope.require_admin()
    store_setting(session, scope.site_id, key, value, scope.login)


def store_setting(session: Session, site_id: int, key: str, value: str, updated_by: str) -> None:
    """Create or replace ``key`` of ``site_id`` (no permission check: the demo and callers
    that checked it)."""
    row = session.scalar(select(SiteSetting).where(SiteSetting.site_id == site_id, SiteSetting.key == key))
    if row is None:
        row = SiteSetting(site_id=site_id, key=key)
        session.add(row)
    row.value = value
    row.updated_by = updated_by
