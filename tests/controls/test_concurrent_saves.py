"""Two admins saving the same page at the same moment on the shared PostgreSQL database:
exactly one wins, the other gets a ConflictError and writes nothing."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from app.core.controls.models import ControlsChange, ControlsPage
from app.core.controls.values_service import apply_changes, read_page, save_page
from app.core.errors import ConflictError
from tests.factories import make_world


@pytest.mark.parametrize("first_save", [True, False])
def test_concurrent_saves_of_one_page(pg_db, cat, first_save):
    world = make_world(pg_db)
    if not first_save:
        save_page(pg_db, world.admin_a, "VZSHE10", {"reservation_max_days": "20"}, 0, catalogue=cat)
    version = read_page(pg_db, world.admin_a, "VZSHE10", catalogue=cat).version
    other = world.admin_b.switched_to(world.site_a, "A", "Site A")
    outcome = {}

    def second_admin():
        try:
            save_page(pg_db, other, "VZSHE10", {"reservation_max_days": "40"}, version, catalogue=cat)
            outcome["second"] = "saved"
        except ConflictError as exc:
            outcome["second"] = exc

    with pg_db.session() as session:
        apply_changes(session, world.admin_a, world.site_a, cat, {"reservation_max_days": "30"},
                      expected_versions={"VZSHE10": version})
        thread = threading.Thread(target=second_admin)
        thread.start()
    thread.join(timeout=30)
    assert isinstance(outcome["second"], ConflictError)
    assert outcome["second"].changed_by in ("admin.a", None)
    assert read_page(pg_db, world.clerk_a, "VZSHE10", catalogue=cat).values["reservation_max_days"] == "30"
    with pg_db.session() as session:
        assert session.scalar(select(func.count()).select_from(ControlsPage)) == 1
        assert session.scalar(select(func.count()).select_from(ControlsChange).where(
            ControlsChange.new_value == "40")) == 0
