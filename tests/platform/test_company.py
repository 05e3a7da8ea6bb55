"""Company form: validation listing every field, optimistic locking, admin only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationErrors
from app.core.platform.company import get_company, update_company


def test_admin_updates_company(world):
    form = get_company(world.db, world.admin_a)
    saved = update_company(world.db, world.admin_a, replace(form, city="Namur", iban="BE71 0961 2345 6769"))
    assert saved.city == "Namur" and saved.iban == "BE71096123456769" and saved.version == form.version + 1


def test_every_bad_field_is_listed_and_nothing_saved(world):
    form = get_company(world.db, world.admin_a)
    with pytest.raises(ValidationErrors) as info:
        update_company(world.db, world.admin_a, replace(form, name=" ", enterprise_number="123", email="x",
                                                        iban="BE00", city="Changed"))
    assert {e.field for e in info.value.errors} == {"name", "enterprise_number", "email", "iban"}
    assert get_company(world.db, world.admin_a).city == form.city


def test_stale_form_conflict_names_author(world):
    form = get_company(world.db, world.admin_a)
    update_company(world.db, world.admin_b, replace(form, city="Gent"))
    with pytest.raises(ConflictError) as info:
        update_company(world.db, world.admin_a, replace(form, city="Liège"))
    assert info.value.changed_by == "admin.b"
    assert get_company(world.db, world.admin_a).city == "Gent"


def test_clerk_cannot_update(world):
    with pytest.raises(PermissionDeniedError):
        update_company(world.db, world.clerk_a, get_company(world.db, world.clerk_a))


def test_update_of_an_unknown_company_is_refused_as_not_found(world):
    """A scope naming no company gets NotFoundError, as get_company does (was AttributeError on None)."""
    form = get_company(world.db, world.admin_a)
    with pytest.raises(NotFoundError):
        update_company(world.db, replace(world.admin_a, company_id=999_999), replace(form, city="Namur"))
