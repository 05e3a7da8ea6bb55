"""Car-Pass commands: list (table/json/csv, --all), enrol, remove, dossiers import/add/show/clock."""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy import update

from app.core.carpass.models import CarpassEntry
from tests.carpass.helpers import make_dossier, start_work, technician
from tests.carpass.test_import import GOOD, HEADER

KEYS = ["dossier", "owner", "work_started_at", "plate", "vin", "first_registration", "original_km", "damage_km",
        "repair_km", "invoice_total", "sendable", "problems", "warnings", "described", "status", "state"]


def test_list_json_has_the_documented_keys(atelier, world):
    db = world.db
    technician(db, world.admin_a)
    make_dossier(db, world.clerk_a, 1112, damage_km="", vin="TMBJG7NE0F01")
    make_dossier(db, world.clerk_a, 1197)
    make_dossier(db, world.clerk_b, 1197, owner="SITE B")
    start_work(db, world.clerk_a, 1112)
    start_work(db, world.clerk_a, 1197)
    result = atelier(db, "--user", "clerk.a", "carpass", "list", "--format", "json")
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    assert [list(r) for r in rows] == [KEYS, KEYS]
    red, ok = rows
    assert red["dossier"] == 1112 and red["sendable"] is False
    assert red["problems"] == ["missing_damage_km"] and red["warnings"] == ["vin_short", "missing_description"]
    assert ok == {**ok, "dossier": 1197, "owner": "JASSIN PHILIPPE", "sendable": True, "problems": [],
                  "warnings": ["missing_description"], "status": "pending", "state": "pending",
                  "invoice_total": "1679.07", "original_km": 94990, "first_registration": "2015-03-01",
                  "described": False}
    assert ok["work_started_at"].endswith("+00:00")
    with db.session() as session:
        session.execute(update(CarpassEntry).where(CarpassEntry.site_id == world.site_a,
                                                   CarpassEntry.id == 2).values(status="sent"))
    pending = json.loads(atelier(db, "--user", "clerk.a", "carpass", "list", "--format", "json").out)
    everything = json.loads(atelier(db, "--user", "clerk.a", "carpass", "list", "--format", "json", "--all").out)
    assert len(pending) == 1 and len(everything) == 2


def test_list_csv_and_table(atelier, world):
    db = world.db
    make_dossier(db, world.clerk_a, 1095, repair_km="")
    atelier(db, "--user", "clerk.a", "carpass", "enrol", "1095")
    out = atelier(db, "--user", "clerk.a", "carpass", "list", "--format", "csv").out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == KEYS and rows[0]["problems"] == "missing_repair_km" and rows[0]["sendable"] == "0"
    table = atelier(db, "--user", "clerk.a", "carpass", "list")
    assert table.code == 0 and "✘" in table.out and "km réparation manquant" in table.out


def test_enrol_and_remove_exit_codes(atelier, world):
    db = world.db
    make_dossier(db, world.clerk_a, -3, owner="")
    enrolled = atelier(db, "--user", "clerk.a", "carpass", "enrol", "-3")
    assert enrolled.code == 0 and "manuellement" in enrolled.out and "propriétaire" in enrolled.out
    assert atelier(db, "--user", "clerk.a", "carpass", "enrol", "77").code == 1
    assert atelier(db, "--user", "clerk.b", "carpass", "enrol", "-3").code == 1  # other site
    assert atelier(db, "--user", "clerk.a", "carpass", "enrol", "abc").code == 2
    assert atelier(db, "--user", "clerk.a", "carpass", "remove", "-3", "--reason", " ").code == 2
    removed = atelier(db, "--user", "clerk.a", "carpass", "remove", "-3", "--reason", "dossier interne")
    assert removed.code == 0, removed.err
    assert json.loads(atelier(db, "--user", "clerk.a", "carpass", "list", "--format", "json").out) == []
    history = json.loads(atelier(db, "--user", "clerk.a", "carpass", "list", "--format", "json", "--all").out)
    assert history[0]["status"] == "removed"


def test_import_command_all_or_nothing(atelier, world, tmp_path):
    db = world.db
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + GOOD + "1300,X,,,,-1,,,,0,0,\n", encoding="utf-8")
    result = atelier(db, "--user", "clerk.a", "dossiers", "import", str(bad))
    assert result.code == 2 and "ligne 7" in result.err and "Kilométrage à la réception" in result.err
    assert atelier(db, "--user", "clerk.a", "dossiers", "show", "1095").code == 1
    good = tmp_path / "good.csv"
    good.write_text(HEADER + GOOD, encoding="utf-8")
    result = atelier(db, "--user", "clerk.a", "dossiers", "import", str(good))
    assert result.code == 0, result.err
    assert "5 dossier(s)" in result.out and "2 inscrit(s)" in result.out
    shown = json.loads(atelier(db, "--user", "clerk.a", "dossiers", "show", "1112", "--format", "json").out)
    assert shown["invoice_total"] == "1142.04" and shown["carpass_status"] == "pending"
    assert atelier(db, "--user", "clerk.b", "dossiers", "show", "1112").code == 1
    missing = atelier(db, "--user", "clerk.a", "dossiers", "import", str(tmp_path / "nope.csv"))
    assert missing.code == 2


def test_add_clock_and_technicians(atelier, world):
    db = world.db
    assert atelier(db, "--user", "clerk.a", "technicians", "add", "T01", "--name", "Marc").code == 1
    assert atelier(db, "--user", "admin.a", "technicians", "add", "T01", "--name", "Marc").code == 0
    added = atelier(db, "--user", "clerk.a", "dossiers", "add", "1205", "--owner", "DEFRAINE MICHEL",
                    "--vin", "tmbjp7ne0h0133284", "--damage-km", "10000", "--repair-km", "10000")
    assert added.code == 0, added.err
    bad = atelier(db, "--user", "clerk.a", "dossiers", "add", "1206", "--damage-km", "-4", "--vin", "AB-1")
    assert bad.code == 2 and "Km dégât" in bad.err and "Numéro de châssis" in bad.err
    clocked = atelier(db, "--user", "clerk.a", "dossiers", "clock", "1205", "t01")
    assert clocked.code == 0 and "Marc" in clocked.out and "automatiquement" in clocked.out
    out = atelier(db, "--user", "clerk.a", "dossiers", "clock", "1205", "T01")
    assert "dépointe" in out.out
    assert "Marc" in atelier(db, "--user", "clerk.a", "technicians", "list").out


def test_messages_in_dutch_and_english(atelier, world):
    db = world.db
    nl = atelier(db, "--lang", "nl", "--user", "clerk.a", "dossiers", "add", "5", "--damage-km", "-4")
    assert nl.code == 2 and "Km schade" in nl.err and "mag niet negatief zijn" in nl.err
    en = atelier(db, "--lang", "en", "--user", "clerk.a", "carpass", "enrol", "77")
    assert en.code == 1 and "does not exist at your site" in en.err
