"""``atelier controls`` on the fixture catalogue: schema, export/import round trip, set with exit codes."""

from __future__ import annotations

import json

from app.core.controls.values_service import read_page


def test_schema_json_has_the_documented_shape(cli, sqlite_world):
    result = cli(sqlite_world.db, "--user", "clerk.a", "controls", "schema", "--format", "json")
    assert result.code == 0, result.err
    schema = json.loads(result.out)
    assert [p["id"] for p in schema["pages"]] == ["VZSHE10", "VZSHE30", "VZSHE40", "VZSHE50", "VZSHE60", "VZSHE70"]
    fields = {f["key"]: f for p in schema["pages"] for f in p["fields"]}
    choice = fields["other_items_mode"]
    assert {"key", "label_fr", "label_nl", "label_en", "type", "length", "allowed", "repeat",
            "source_heading"} <= set(choice)
    assert choice["allowed"] == ["", "1", "2"] and choice["repeat"] is None
    assert fields["reservation_max_days"]["min"] == "1" and fields["reservation_max_days"]["max"] == "999"
    assert fields["agency_commission_amount"]["decimals"] == 2
    assert fields["agency_commission_amount"]["repeat"] == ["lower", "upper"]
    assert fields["commission_release_auto"]["repeat"] == ["N", "V", "G", "A"]
    assert fields["employer_share_periods"]["columns"][0]["key"] == "valid_from"
    assert schema["pages"][0]["title"] == "Contrôles I"


def test_schema_text_lists_every_value_key(cli, sqlite_world):
    result = cli(sqlite_world.db, "controls", "schema")
    assert result.code == 0, result.err
    assert "VZSHE70 (VIII)" in result.out and "commission_release_auto.N, commission_release_auto.V" in result.out
    assert "VIDE, 1, 2" in result.out


def test_set_accepts_then_rejects_with_exit_2(cli, sqlite_world):
    ok = cli(sqlite_world.db, "--user", "admin.a", "controls", "set", "commission_release_days_after_billing.N", "10")
    assert ok.code == 0, ok.err
    assert "commission_release_days_after_billing.N = 10" in ok.out
    bad = cli(sqlite_world.db, "--user", "admin.a", "controls", "set", "commission_release_month_end.N", "1")
    assert bad.code == 2
    assert "Dernier jour du mois de facturation (N : neuf)" in bad.err and "une seule méthode" in bad.err
    out_of_range = cli(sqlite_world.db, "--user", "admin.a", "controls", "set", "reservation_max_days", "0")
    assert out_of_range.code == 2 and "Nombre maximal de jours de réservation" in out_of_range.err
    assert "de 1 à 999" in out_of_range.err
    unknown = cli(sqlite_world.db, "--user", "admin.a", "controls", "set", "nope.N", "1")
    assert unknown.code == 2 and "nope.N" in unknown.err
    clerk = cli(sqlite_world.db, "--user", "clerk.a", "controls", "set", "reservation_max_days", "5")
    assert clerk.code == 1 and "administrateurs" in clerk.err


def test_export_import_round_trip_between_sites(cli, sqlite_world, catalogue_file, tmp_path):
    world = sqlite_world
    assert cli(world.db, "--user", "admin.a", "controls", "set", "fiscal_year_start", "1.4").code == 0
    assert cli(world.db, "--user", "admin.a", "controls", "set", "credit_notes_current_year_only", "1").code == 0
    exported = cli(world.db, "--user", "clerk.a", "controls", "export")
    assert exported.code == 0, exported.err
    assert json.loads(exported.out)["pages"]["VZSHE30"]["fiscal_year_start"] == "01.04"
    path = tmp_path / "a.json"
    assert cli(world.db, "--user", "admin.a", "controls", "export", "--site", "B", "--output", str(path)).code == 0
    assert json.loads(path.read_text())["site"] == "B"
    path.write_text(exported.out)
    imported = cli(world.db, "--user", "admin.b", "controls", "import", str(path))
    assert imported.code == 0, imported.err
    assert "2 valeur(s)" in imported.out
    from app.core.controls.catalogue import load_catalogue
    page = read_page(world.db, world.clerk_b, "VZSHE30", catalogue=load_catalogue(catalogue_file))
    assert page.values["fiscal_year_start"] == "01.04"
    history = cli(world.db, "--user", "admin.b", "controls", "history", "fiscal_year_start")
    assert "admin.b" in history.out and "01.04" in history.out and "(import)" in history.out


def test_clerk_cannot_export_another_site_and_bad_files_exit_2(cli, sqlite_world, tmp_path):
    other = cli(sqlite_world.db, "--user", "clerk.a", "controls", "export", "--site", "B")
    assert other.code == 2 and "inconnu" in other.err
    bad = tmp_path / "bad.json"
    bad.write_text('{"pages": {"VZSHE10": {"reservation_max_days": "0", "other_items_mode": "x"}}}')
    result = cli(sqlite_world.db, "--user", "admin.a", "controls", "import", str(bad))
    assert result.code == 2
    assert "jours de réservation : 0 est hors limites" in result.err and "Autres frais" in result.err
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert cli(sqlite_world.db, "--user", "admin.a", "controls", "import", str(broken)).code == 2
