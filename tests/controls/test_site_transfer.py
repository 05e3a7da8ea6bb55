"""Export/import round trip, all-or-nothing import listing every error, compare and copy between sites."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.core.controls.models import ControlsChange
from app.core.controls.site_transfer import compare_sites, copy_values, export_values, import_values
from app.core.controls.values_service import field_history, read_site, save_page
from app.core.errors import PermissionDeniedError, ValidationError, ValidationErrors


def fill_site_a(world, cat):
    save_page(world.db, world.admin_a, "VZSHE10", {"reservation_max_days": "45", "other_items_mode": "1",
                                                   "other_items_commission": "1",
                                                   "nova_excluded_from_vat_from": "01.03.2011"}, 0, catalogue=cat)
    save_page(world.db, world.admin_a, "VZSHE30", {"credit_notes_current_year_only": "1",
                                                   "fiscal_year_start": "01.04", "remark": "Liège"}, 0, catalogue=cat)
    save_page(world.db, world.admin_a, "VZSHE60", {"employer_share_periods.1.valid_from": "01.01.2024",
                                                   "employer_share_periods.1.percentage": "21.5"}, 0, catalogue=cat)
    save_page(world.db, world.admin_a, "VZSHE70", {"commission_release_day_next_month.G": "10"}, 0, catalogue=cat)


def test_export_then_import_into_another_site_round_trips(world, cat):
    fill_site_a(world, cat)
    document = json.loads(json.dumps(export_values(world.db, world.clerk_a, catalogue=cat)))
    assert document["site"] == "A" and document["format"] == "atelier-controls"
    assert document["pages"]["VZSHE10"]["reservation_max_days"] == "45"
    assert list(document["pages"]) == [p.id for p in cat.pages]
    result = import_values(world.db, world.admin_b, document, catalogue=cat)
    assert len(result.changed) == 10
    a = read_site(world.db, world.admin_a, catalogue=cat)
    b = read_site(world.db, world.admin_b, catalogue=cat)
    assert {p: v.values for p, v in a.items()} == {p: v.values for p, v in b.items()}
    assert export_values(world.db, world.admin_b, catalogue=cat)["pages"] == document["pages"]
    assert field_history(world.db, world.admin_b, "fiscal_year_start", catalogue=cat)[0].origin == "import"
    again = import_values(world.db, world.admin_b, document, catalogue=cat)
    assert again.changed == []


def test_import_is_all_or_nothing_and_lists_every_error(world, cat):
    document = {"format": "atelier-controls", "pages": {
        "VZSHE10": {"reservation_max_days": "0", "other_items_mode": "1", "fibu_transfer": "1", "bogus": "x"},
        "VZSHE99": {"x": "1"},
        "VZSHE30": {"credit_notes_current_year_only": "1"},
        "VZSHE70": {"commission_release_days_after_billing.N": 5, "commission_release_month_end.N": "1"},
    }}
    with pytest.raises(ValidationErrors) as info:
        import_values(world.db, world.admin_a, document, catalogue=cat)
    fields = sorted(e.field for e in info.value.errors)
    assert fields == ["VZSHE10/bogus", "VZSHE10/fibu_transfer", "VZSHE99", "commission_release_month_end.N",
                      "fiscal_year_start", "reservation_max_days"]
    with world.db.session() as session:
        assert session.scalar(select(func.count()).select_from(ControlsChange)) == 0


@pytest.mark.parametrize("document", [[], {"pages": []}, "text", {"values": {}}])
def test_import_refuses_a_document_that_is_no_export(world, cat, document):
    with pytest.raises(ValidationErrors):
        import_values(world.db, world.admin_a, document, catalogue=cat)


def test_import_and_copy_are_admin_only(world, cat):
    with pytest.raises(PermissionDeniedError):
        import_values(world.db, world.clerk_a, {"pages": {}}, catalogue=cat)
    with pytest.raises(PermissionDeniedError):
        copy_values(world.db, world.clerk_a, world.site_a, world.site_b, catalogue=cat)
    with pytest.raises(PermissionDeniedError):
        compare_sites(world.db, world.clerk_a, world.site_a, world.site_b, catalogue=cat)
    with pytest.raises(PermissionDeniedError):
        export_values(world.db, world.clerk_a, site_id=world.site_b, catalogue=cat)


def test_compare_then_copy_one_page(world, cat):
    fill_site_a(world, cat)
    differences = [c for c in compare_sites(world.db, world.admin_b, world.site_a, world.site_b, catalogue=cat)
                   if c.differs]
    assert {c.key for c in differences} == {
        "reservation_max_days", "other_items_mode", "other_items_commission", "nova_excluded_from_vat_from",
        "credit_notes_current_year_only", "fiscal_year_start", "remark", "employer_share_periods.1.valid_from",
        "employer_share_periods.1.percentage", "commission_release_day_next_month.G"}
    first = next(c for c in differences if c.key == "reservation_max_days")
    assert (first.left, first.right, first.page_id) == ("45", "999", "VZSHE10")
    result = copy_values(world.db, world.admin_b, world.site_a, world.site_b, page_ids=["VZSHE30"], catalogue=cat)
    assert sorted(result.changed) == ["credit_notes_current_year_only", "fiscal_year_start", "remark"]
    left = [c for c in compare_sites(world.db, world.admin_b, world.site_a, world.site_b, catalogue=cat) if c.differs]
    assert all(c.page_id != "VZSHE30" for c in left) and len(left) == 7
    assert field_history(world.db, world.admin_b, "remark", catalogue=cat)[0].origin == "copy:A"
    copy_values(world.db, world.admin_b, world.site_a, world.site_b, catalogue=cat)
    assert not any(c.differs for c in compare_sites(world.db, world.admin_b, world.site_a, world.site_b,
                                                    catalogue=cat))


def test_copy_to_the_same_site_is_refused(world, cat):
    with pytest.raises(ValidationError):
        copy_values(world.db, world.admin_a, world.site_a, world.site_a, catalogue=cat)
