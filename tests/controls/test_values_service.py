"""Per-site values on SQLite and PostgreSQL: read, save (admins, all or nothing), history, locking."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.core.controls.models import ControlsChange, ControlsTableCell, ControlsValue
from app.core.controls.values_service import apply_changes, field_history, read_page, read_site, save_page, set_value
from app.core.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationErrors


def test_a_new_site_reads_the_defaults(world, cat):
    page = read_page(world.db, world.clerk_a, "VZSHE10", catalogue=cat)
    assert page.version == 0 and page.site_id == world.site_a
    assert page.values["reservation_max_days"] == "999"
    assert page.values["other_items_mode"] == ""
    assert list(page.values) == cat.page("VZSHE10").value_keys()


def test_admin_saves_a_page_normalised_and_history_is_recorded(world, cat):
    result = save_page(world.db, world.admin_a, "VZSHE10",
                       {"reservation_max_days": "030", "other_items_mode": "2",
                        "nova_excluded_from_vat_from": "01.03.2011"}, expected_version=0, catalogue=cat)
    assert sorted(result.changed) == ["nova_excluded_from_vat_from", "other_items_mode", "reservation_max_days"]
    assert result.versions["VZSHE10"] == 1
    page = read_page(world.db, world.clerk_a, "VZSHE10", catalogue=cat)
    assert page.values["reservation_max_days"] == "30"
    assert page.values["nova_excluded_from_vat_from"] == "2011-03-01"
    assert page.version == 1 and page.updated_by == "admin.a"
    history = field_history(world.db, world.admin_a, "reservation_max_days", catalogue=cat)
    assert [(h.old_value, h.new_value, h.changed_by) for h in history] == [("999", "30", "admin.a")]
    assert history[0].changed_at.tzinfo is not None


def test_unchanged_values_write_no_history(world, cat):
    save_page(world.db, world.admin_a, "VZSHE10", {"reservation_max_days": "30"}, 0, catalogue=cat)
    result = save_page(world.db, world.admin_a, "VZSHE10", {"reservation_max_days": "30", "other_items_mode": ""},
                       1, catalogue=cat)
    assert result.changed == [] and result.versions["VZSHE10"] == 1
    with world.db.session() as session:
        assert session.scalar(select(func.count()).select_from(ControlsChange)) == 1


def test_history_of_a_repeated_field_lists_every_suffix_newest_first(world, cat):
    save_page(world.db, world.admin_a, "VZSHE70", {"commission_release_days_after_billing.N": "10"}, 0, catalogue=cat)
    save_page(world.db, world.admin_a, "VZSHE70", {"commission_release_days_after_billing.G": "20",
                                                   "commission_release_days_after_billing.N": "12"}, 1, catalogue=cat)
    history = field_history(world.db, world.admin_a, "commission_release_days_after_billing", catalogue=cat)
    assert {(h.key, h.old_value, h.new_value) for h in history[:2]} == {
        ("commission_release_days_after_billing.G", "0", "20"), ("commission_release_days_after_billing.N", "10", "12")}
    assert (history[2].key, history[2].new_value) == ("commission_release_days_after_billing.N", "10")
    only_n = field_history(world.db, world.admin_a, "commission_release_days_after_billing.N", catalogue=cat)
    assert [h.new_value for h in only_n] == ["12", "10"]


def test_one_bad_value_saves_nothing_and_every_error_is_listed(world, cat):
    with pytest.raises(ValidationErrors) as info:
        save_page(world.db, world.admin_a, "VZSHE10",
                  {"reservation_max_days": "1000", "other_items_mode": "7", "business_case_required": "1",
                   "nova_excluded_from_vat_from": "31.02.2020"}, 0, catalogue=cat)
    fields = sorted(e.field for e in info.value.errors)
    assert fields == ["nova_excluded_from_vat_from", "other_items_mode", "reservation_max_days"]
    text = info.value.render_all(lambda c, t: t)
    assert "Nombre maximal de jours de réservation" in text and "de 1 à 999" in text
    with world.db.session() as session:
        assert session.scalar(select(func.count()).select_from(ControlsValue)) == 0
        assert session.scalar(select(func.count()).select_from(ControlsChange)) == 0


def test_cross_field_rule_blocks_the_save(world, cat):
    with pytest.raises(ValidationErrors) as info:
        save_page(world.db, world.admin_a, "VZSHE70", {"commission_release_days_after_billing.V": "10",
                                                       "commission_release_month_end.V": "1"}, 0, catalogue=cat)
    assert [e.field for e in info.value.errors] == ["commission_release_month_end.V"]
    assert read_page(world.db, world.admin_a, "VZSHE70", catalogue=cat).version == 0


def test_cross_page_rule_uses_the_stored_values_of_other_pages(world, cat):
    save_page(world.db, world.admin_a, "VZSHE40", {"fibu_post_commissions": "1"}, 0, catalogue=cat)
    with pytest.raises(ValidationErrors) as info:
        save_page(world.db, world.admin_a, "VZSHE70", {"commission_release_auto.A": "1"}, 0, catalogue=cat)
    assert info.value.errors[0].field == "commission_release_auto.A"


def test_warnings_do_not_block_and_are_returned(world, cat):
    result = save_page(world.db, world.admin_a, "VZSHE40", {"nova_fibu_vat_code": "7"}, 0, catalogue=cat)
    assert result.changed == ["nova_fibu_vat_code"]
    assert [w.key for w in result.warnings] == ["nova_fibu_vat_code"]


def test_a_page_only_takes_its_own_keys(world, cat):
    with pytest.raises(ValidationErrors) as info:
        save_page(world.db, world.admin_a, "VZSHE10", {"fibu_transfer": "1", "nonsense": "1"}, 0, catalogue=cat)
    assert sorted(e.field for e in info.value.errors) == ["fibu_transfer", "nonsense"]


def test_table_cells_are_stored_in_their_own_table(world, cat):
    save_page(world.db, world.admin_a, "VZSHE60", {
        "employer_share_periods.1.valid_from": "01.01.2025", "employer_share_periods.1.percentage": "20,5",
        "employer_share_periods.2.valid_from": "01.01.2020", "employer_share_periods.2.percentage": "18"},
        0, catalogue=cat)
    with world.db.session() as session:
        cells = {(c.row_no, c.column_key): c.value for c in session.scalars(select(ControlsTableCell))}
    assert cells == {(1, "valid_from"): "2025-01-01", (1, "percentage"): "20.5",
                     (2, "valid_from"): "2020-01-01", (2, "percentage"): "18.0"}
    page = read_page(world.db, world.clerk_a, "VZSHE60", catalogue=cat)
    assert page.values["employer_share_periods.2.percentage"] == "18.0"
    assert page.values["employer_share_periods.3.valid_from"] == ""


def test_clerks_read_but_never_change(world, cat):
    with pytest.raises(PermissionDeniedError):
        save_page(world.db, world.clerk_a, "VZSHE10", {"reservation_max_days": "5"}, 0, catalogue=cat)
    with pytest.raises(PermissionDeniedError):
        set_value(world.db, world.clerk_a, "reservation_max_days", "5", catalogue=cat)
    with pytest.raises(PermissionDeniedError):
        field_history(world.db, world.clerk_a, "reservation_max_days", catalogue=cat)


def test_values_are_per_site_and_clerks_never_see_another_site(world, cat):
    save_page(world.db, world.admin_a, "VZSHE10", {"reservation_max_days": "30"}, 0, catalogue=cat)
    save_page(world.db, world.admin_b, "VZSHE10", {"reservation_max_days": "60"}, 0, catalogue=cat)
    assert read_page(world.db, world.clerk_a, "VZSHE10", catalogue=cat).values["reservation_max_days"] == "30"
    assert read_page(world.db, world.clerk_b, "VZSHE10", catalogue=cat).values["reservation_max_days"] == "60"
    with pytest.raises(PermissionDeniedError):
        read_page(world.db, world.clerk_a, "VZSHE10", site_id=world.site_b, catalogue=cat)
    with pytest.raises(PermissionDeniedError):
        read_site(world.db, world.clerk_b, site_id=world.site_a, catalogue=cat)
    assert read_page(world.db, world.admin_a, "VZSHE10", site_id=world.site_b,
                     catalogue=cat).values["reservation_max_days"] == "60"
    assert [h.new_value for h in field_history(world.db, world.admin_b, "reservation_max_days",
                                               catalogue=cat)] == ["60"]


def test_an_admin_of_another_company_is_refused(world, cat):
    from dataclasses import replace
    stranger = replace(world.admin_a, company_id=world.company_id + 1000)
    with pytest.raises(NotFoundError):
        read_page(world.db, stranger, "VZSHE10", catalogue=cat)


def test_stale_page_version_is_a_conflict_naming_who_saved(world, cat):
    save_page(world.db, world.admin_a, "VZSHE10", {"reservation_max_days": "30"}, 0, catalogue=cat)
    other_admin = world.admin_b.switched_to(world.site_a, "A", "Site A")
    save_page(world.db, other_admin, "VZSHE10", {"reservation_max_days": "40"}, 1, catalogue=cat)
    with pytest.raises(ConflictError) as info:
        save_page(world.db, world.admin_a, "VZSHE10", {"reservation_max_days": "50"}, 1, catalogue=cat)
    assert info.value.changed_by == "admin.b"
    assert read_page(world.db, world.clerk_a, "VZSHE10", catalogue=cat).values["reservation_max_days"] == "40"
    with pytest.raises(ConflictError):
        save_page(world.db, world.admin_a, "VZSHE30", {"remark": "x"}, 3, catalogue=cat)


def test_set_value_changes_one_key_of_the_own_site(world, cat):
    result = set_value(world.db, world.admin_b, "agency_commission_rate.upper", "12,5", catalogue=cat)
    assert result.changed == ["agency_commission_rate.upper"]
    assert read_page(world.db, world.clerk_b, "VZSHE50",
                     catalogue=cat).values["agency_commission_rate.upper"] == "12.50"
    assert read_page(world.db, world.clerk_a, "VZSHE50", catalogue=cat).values["agency_commission_rate.upper"] == "0.00"
    assert field_history(world.db, world.admin_b, "agency_commission_rate.upper", catalogue=cat)[0].origin == "cli"


def test_changes_for_a_site_that_does_not_exist_are_refused_as_not_found(world, cat):
    # apply_changes used the site's code without checking the site exists (AttributeError on None).
    with world.db.session() as session, pytest.raises(NotFoundError):
        apply_changes(session, world.admin_a, 999_999, cat, {"reservation_max_days": "30"})
    with world.db.session() as session:
        assert session.scalar(select(func.count()).select_from(ControlsValue)) == 0
