"""``carpass history`` (CSV and JSON) and the confirmation commands, through the real
``atelier`` entry point against readings sent to the simulator."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from pypdf import PdfReader

from app.core.carpass.sending.history_export import COLUMNS, history_rows
from app.core.carpass.sending.sender import send_readings
from app.core.carpass.work_description import describe_number
from app.core.csv_cells import safe_cell
from app.core.progress import run_to_end
from app.core.timeutil import local_today
from tests.carpass.helpers import load_standard_list
from tests.carpass.sending.conftest import FAST, enrol

pytestmark = pytest.mark.usefixtures("qapp")


def sent(carpass):
    db = carpass.db
    load_standard_list(db, carpass.site_a)
    enrol(db, carpass.site_a, 1095, damage_km=50_100)
    enrol(db, carpass.site_a, 1112, vin="TMBJG7NE0F0124355", damage_km=70_000, clock_in=None)
    enrol(db, carpass.site_a, 1126, vin="VF7XX4X2XN9059479", plate="=HYPERLINK(\"x\")", damage_km=9_000)
    enrol(db, carpass.site_b, 1095, vin="ZCFC35A7405943910")
    describe_number(db, carpass.clerk_a, 1095, ["TIMING_BELT", "PAINT"])
    run_to_end(send_readings(db, carpass.clerk_a, options=FAST))
    run_to_end(send_readings(db, carpass.clerk_b, options=FAST))
    return db


def test_safe_cells_neutralise_formulas_but_keep_numbers():
    assert [safe_cell(v) for v in ("=1+1", "+32 4", "-x", "@SUM", "\tA", "\rB", "ok", "a=b")] == [
        "'=1+1", "'+32 4", "'-x", "'@SUM", "'\tA", "'\rB", "ok", "a=b"]
    assert [safe_cell(v) for v in (-5, 0, 1.5, None, True, False)] == [-5, 0, 1.5, "", "1", "0"]


def test_history_rows_hold_every_reading_of_the_site_with_its_facts(carpass):
    db = sent(carpass)
    rows = list(history_rows(db, carpass.clerk_a))
    assert [r["dossier"] for r in rows] == [1095, 1112, 1126]
    first = rows[0]
    assert set(first) == set(COLUMNS)
    assert (first["vin"], first["km"], first["state"], first["state_name"]) == ("WAUZZZ8V3EA070544", 50_100, "sent",
                                                                              "envoyé")
    assert first["request_guid"] and first["sent_by"] == "clerk.a" and first["created_by"] == "clerk.a"
    # the description Car-Pass received (as posted, sent in the same run)
    assert first["description"] == ["PAINT", "TIMING_BELT"] and rows[1]["description"] == []
    assert first["description_state"] == "sent" and rows[1]["description_state"] is None
    assert first["corrections"] == []
    assert first["reading_date"] == local_today().isoformat() and first["sent_at"].endswith(("+01:00", "+02:00"))
    assert not list(history_rows(db, carpass.clerk_a, local_today() + timedelta(days=1)))
    assert len(list(history_rows(db, carpass.clerk_b))) == 1


def test_history_command_csv_and_json(run_cli, carpass, tmp_path):
    db = sent(carpass)
    result = run_cli(db, "--user", "clerk.a", "carpass", "history")
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert list(rows[0]) == list(COLUMNS) and [r["dossier"] for r in rows] == ["1095", "1112", "1126"]
    assert rows[2]["plate"] == "'=HYPERLINK(\"x\")"  # a formula is never run by a spreadsheet
    assert rows[0]["km"] == "50100" and rows[0]["description"] == "PAINT TIMING_BELT"
    as_json = run_cli(db, "--user", "clerk.a", "carpass", "history", "--format", "json",
                      "--from", local_today().strftime("%d-%m-%Y"), "--to", local_today().isoformat())
    data = json.loads(as_json.out)
    assert [r["km"] for r in data] == [50_100, 70_000, 9_000] and data[2]["plate"] == "=HYPERLINK(\"x\")"
    assert data[0]["anomaly_answered"] is False and data[0]["description"] == ["PAINT", "TIMING_BELT"]
    empty = run_cli(db, "--user", "clerk.a", "carpass", "history", "--format", "json", "--to", "01-01-2000")
    assert empty.code == 0 and json.loads(empty.out) == []
    bad = run_cli(db, "--user", "clerk.a", "carpass", "history", "--from", "31-02-2026")
    assert bad.code == 2 and "--from" in bad.err
    reversed_ = run_cli(db, "--user", "clerk.a", "carpass", "history", "--from", "02-01-2026", "--to", "01-01-2026")
    assert reversed_.code == 2 and "--to" in reversed_.err
    out = tmp_path / "historique.csv"
    written = run_cli(db, "--user", "clerk.a", "carpass", "history", "--out", str(out))
    assert written.code == 0 and "3 relevé(s)" in written.err
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(COLUMNS)


def test_confirmation_commands_write_pdfs(run_cli, carpass, tmp_path):
    db = sent(carpass)
    one = tmp_path / "conf.pdf"
    result = run_cli(db, "--user", "clerk.a", "carpass", "confirmation", "1095", "--out", str(one))
    assert result.code == 0, result.err
    (page,) = PdfReader(str(one)).pages
    assert "WAUZZZ8V3EA070544" in page.extract_text() and "requestGuid" in result.out
    day = tmp_path / "jour.pdf"
    today = local_today().strftime("%d-%m-%Y")
    result = run_cli(db, "--user", "clerk.a", "carpass", "confirmations", "--date", today, "--out", str(day))
    assert result.code == 0 and len(PdfReader(str(day)).pages) == 3 and "3 confirmation(s)" in result.out
    nothing = run_cli(db, "--user", "clerk.a", "carpass", "confirmations", "--date", "01-01-2020", "--out",
                      str(tmp_path / "vide.pdf"))
    assert nothing.code == 1 and "Aucun relevé reçu" in nothing.err and not (tmp_path / "vide.pdf").exists()
    assert run_cli(db, "--user", "clerk.a", "carpass", "confirmation", "4242", "--out", str(one)).code == 1
    assert run_cli(db, "--user", "clerk.a", "carpass", "confirmation", "abc", "--out", str(one)).code == 2
    assert run_cli(db, "--user", "clerk.a", "carpass", "confirmations", "--date", "demain", "--out",
                   str(one)).code == 2
    missing_folder = run_cli(db, "--user", "clerk.a", "carpass", "confirmation", "1095", "--out",
                             str(tmp_path / "nope" / "x.pdf"))
    assert missing_folder.code == 2 and "--out" in missing_folder.err
