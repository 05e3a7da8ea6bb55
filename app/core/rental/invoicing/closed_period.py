"""The accounting period a site has closed: no payment line may be dated on or before it.

An admin closes the books up to a day (site setting ``rental.closed_until``) once the
period's journals went to the accountant; the day only moves forward. Payments, deposit
lines and reversals dated on or before it are refused, so an exported journal never
changes afterwards.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.core.db.engine import Database
from app.core.errors import ValidationError
from app.core.i18n import msg
from app.core.platform.scope import UserScope
from app.core.platform.site_settings import get_setting, set_setting
from app.core.timeutil import local_today

CLOSED_UNTIL_KEY = "rental.closed_until"


def closed_until(session: Session, site_id: int) -> date | None:
    """The last day of the site's closed period (None: nothing closed)."""
    stored = get_setting(session, site_id, CLOSED_UNTIL_KEY, "")
    return date.fromisoformat(stored) if stored else None


def refuse_if_closed(session: Session, site_id: int, day: date) -> None:
    """Refuse a payment line dated ``day`` when the site closed that period."""
    until = closed_until(session, site_id)
    if until is not None and day <= until:
        raise ValidationError("paid_on", msg("rental", "la période est clôturée jusqu'au {until} inclus",
                                             until=until.strftime("%d-%m-%Y")),
                              field_label=msg("rental", "Date du règlement"))


def close_period(database: Database, scope: UserScope, until: date) -> date:
    """An admin closes the site's books up to ``until`` (never in the future, never back)."""
    scope.require_admin()
    label = msg("rental", "Clôture")
    if until >= local_today():
        raise ValidationError("until", msg("rental", "seule une période passée se clôture"), field_label=label)
    with database.session() as session:
        current = closed_until(session, scope.site_id)
        if current is not None and until < current:
            raise ValidationError("until", msg("rental", "la période est déjà clôturée jusqu'au {until} inclus",
                                               until=current.strftime("%d-%m-%Y")), field_label=label)
        set_setting(session, scope, CLOSED_UNTIL_KEY, until.isoformat())
    return until
