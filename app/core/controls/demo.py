"""Demo VZSHE values for the demo sites (the manual's own example figures where it gives some)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from sqlalchemy import select

from app.core.controls.catalogue import load_catalogue
from app.core.controls.values_service import apply_changes
from app.core.db.engine import Database
from app.core.i18n import msg
from app.core.platform.auth import scope_for
from app.core.platform.models import ROLE_ADMIN, Site, User
from app.core.progress import Progress

# Shared by both sites: the VZSHE50 overhead example of the manual (530.00 fixed per month,
# 0.09 / 0.09 / 1.17 / 0.17 % and 1.09 % after free financing) and common switches.
COMMON = {
    "other_items_mode": "1",
    "other_items_commission": "1",
    "location_required": "2",
    "overhead_monthly_fixed.N": "530.00", "overhead_monthly_fixed.V": "530.00",
    "overhead_monthly_fixed.G": "530.00", "overhead_monthly_fixed.A": "530.00",
    "overhead_monthly_rate_1.N": "0.09", "overhead_monthly_rate_1.V": "0.09",
    "overhead_monthly_rate_1.G": "1.17", "overhead_monthly_rate_1.A": "0.17",
    "overhead_monthly_rate_2.N": "1.09", "overhead_monthly_rate_2.V": "1.09",
    "employer_share_pct": "20.0",
    "employer_share_periods.1.valid_from": "2024-01-01", "employer_share_periods.1.percentage": "21.5",
    "employer_share_periods.2.valid_from": "2019-01-01", "employer_share_periods.2.percentage": "20.0",
    "commission_release_auto.N": "1", "commission_release_auto.G": "1",
    "commission_release_days_after_billing.N": "10",
    "commission_release_day_next_month.G": "10",
}
PER_SITE = {
    "LIEGE": {"reservation_max_days": "30", "credit_notes_current_year_only": "1", "fiscal_year_start": "01.01",
              "agency_commission_amount.lower": "150.00", "agency_commission_amount.upper": "1500.00"},
    "GENT": {"reservation_max_days": "45", "credit_notes_current_year_only": "1", "fiscal_year_start": "01.07",
             "agency_commission_rate.lower": "2.00", "agency_commission_rate.upper": "8.00"},
}


def populate(database: Database, rng: random.Random, scale: int) -> Iterator[Progress]:
    """Save the demo values on every demo site as its admin; ``scale`` adds later edits to the history."""
    catalogue = load_catalogue()
    yield Progress(0, 0, msg("demo", "Contrôles commerce véhicules de démonstration…"))
    with database.session() as session:
        sites = list(session.scalars(select(Site).order_by(Site.code)))
        for index, site in enumerate(sites):
            admin = session.scalar(select(User).where(User.site_id == site.id, User.role == ROLE_ADMIN))
            if admin is None:
                continue
            scope = scope_for(session, admin)
            values = {**COMMON, **PER_SITE.get(site.code, {})}
            values = {k: v for k, v in values.items() if catalogue.slot(k) is not None}
            apply_changes(session, scope, site.id, catalogue, values, origin="demo")
            if catalogue.slot("reservation_max_days") is not None:
                for _ in range(max(0, scale - 1)):
                    days = str(rng.choice((14, 21, 30, 45, 60, 90)))
                    apply_changes(session, scope, site.id, catalogue, {"reservation_max_days": days}, origin="demo")
            yield Progress(index + 1, len(sites))
