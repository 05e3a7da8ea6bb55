"""The demo values are valid for the shipped catalogue and land on each demo site."""

from __future__ import annotations

import random

from app.core.controls.demo import COMMON, populate
from app.core.controls.values_service import field_history, read_site
from app.core.progress import run_to_end


def test_demo_values_saved_per_site(world):
    run_to_end(populate(world.db, random.Random(1), 2))
    a = read_site(world.db, world.clerk_a)
    b = read_site(world.db, world.clerk_b)
    assert a["VZSHE50"].values["overhead_monthly_rate_1.G"] == COMMON["overhead_monthly_rate_1.G"] == "1.17"
    assert b["VZSHE60"].values["employer_share_periods.1.percentage"] == "21.5"
    assert len(field_history(world.db, world.admin_a, "reservation_max_days")) in (1, 2)
