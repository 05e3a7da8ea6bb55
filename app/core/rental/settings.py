"""Per-site rental parameters: VAT rate and grace period of the day count."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.numbers import NumberFormatError, parse_decimal
from app.core.platform.scope import UserScope
from app.core.platform.site_settings import get_setting, set_setting
from app.core.rental.day_count import DEFAULT_GRACE_MINUTES

VAT_RATE_KEY = "rental.vat_rate"
GRACE_KEY = "rental.grace_minutes"
DEFAULT_VAT_RATE = Decimal("21")


def vat_rate(session: Session, site_id: int) -> Decimal:
    """The site's VAT rate in percent (default 21)."""
    return Decimal(get_setting(session, site_id, VAT_RATE_KEY, str(DEFAULT_VAT_RATE)))


def grace_minutes(session: Session, site_id: int) -> int:
    """The site's grace period in minutes (default 59)."""
    return int(get_setting(session, site_id, GRACE_KEY, str(DEFAULT_GRACE_MINUTES)))


def clean_vat_rate(value: str | Decimal) -> Decimal:
    """A VAT rate between 0 and 100 % with at most two decimals."""
    try:
        rate = value if isinstance(value, Decimal) else parse_decimal(str(value), places=2)
    except NumberFormatError:
        rate = Decimal(-1)
    if not rate.is_finite() or not Decimal(0) <= rate <= Decimal(100) or rate != rate.quantize(Decimal("0.01")):
        raise ValidationError("vat_rate", msg("rental", "entre 0 et 100 %, deux décimales au plus"),
                              field_label=msg("rental", "Taux de TVA"))
    return rate


def clean_grace_minutes(value: str | int) -> int:
    """A grace period between 0 and 720 minutes."""
    try:
        minutes = int(str(value).strip())
    except ValueError:
        minutes = -1
    if not 0 <= minutes <= 720:
        raise ValidationError("grace_minutes", msg("rental", "entre 0 et 720 minutes"),
                              field_label=msg("rental", "Tolérance de retour"))
    return minutes


def save_rental_settings(database: Database, scope: UserScope, vat: str | Decimal, grace: str | int) -> None:
    """Store the site's VAT rate and grace period (admins only)."""
    scope.require_admin()
    rate = clean_vat_rate(vat)
    minutes = clean_grace_minutes(grace)
    with database.session() as session:
        set_setting(session, scope, VAT_RATE_KEY, str(rate))
        set_setting(session, scope, GRACE_KEY, str(minutes))
