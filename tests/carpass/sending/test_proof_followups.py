"""The proof shows what Car-Pass actually received after the reading: the work description
sent (not the dossier's current choice while a newer one is on its way) and each correction
with its km, reason, user, time and state — in the confirmation PDF, in ``carpass history``
(CSV and JSON) and in the history grid; over real HTTP to the simulator."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pypdf import PdfReader

from app.core.carpass.sending.confirmation import dossier_confirmation
from app.core.carpass.sending.confirmation_pdf import render_confirmations
from app.core.carpass.sending.followups import correct_reading
from app.core.carpass.sending.history import HistorySource
from app.core.carpass.sending.history_export import history_rows
from app.core.carpass.sending.sender import send_readings
from app.core.carpass.work_description import describe_number
from app.core.grid import GridQuery
from app.core.progress import run_to_end
from tests.carpass.helpers import load_standard_list
from tests.carpass.sending.conftest import FAST, enrol

pytestmark = pytest.mark.usefixtures("qapp")


def corrected(carpass, simulator):
    """Dossier 1095 sent at 50 100 km with PAINT; corrected to 51 000 km (sent), a newer
    description queued (not sent yet), a second correction queued."""
    db = carpass.db
    load_standard_list(db, carpass.site_a)
    enrol(db, carpass.site_a, 1095, damage_km=50_100)
    describe_number(db, carpass.clerk_a, 1095, ["PAINT"])
    run_to_end(send_readings(db, carpass.clerk_a, options=FAST))
    correct_reading(db, carpass.clerk_a, 1095, 51_000, "faute de frappe sur la facture")
    run_to_end(send_readings(db, carpass.clerk_a, options=FAST))
    describe_number(db, carpass.clerk_a, 1095, ["PAINT", "WINDSCREEN"])
    correct_reading(db, carpass.clerk_a, 1095, 51_100, "compteur relu")
    return db


def test_history_export_shows_the_description_sent_and_every_correction(carpass, simulator, run_cli):
    db = corrected(carpass, simulator)
    (row,) = history_rows(db, carpass.clerk_a)
    assert row["km"] == 50_100  # the reading as Car-Pass received it stays
    assert row["description"] == ["PAINT"] and row["description_state"] == "queued"
    first, second = row["corrections"]
    assert (first["km"], first["reason"], first["requested_by"], first["state"], first["state_name"]) == (
        51_000, "faute de frappe sur la facture", "clerk.a", "sent", "envoyé")
    assert first["requested_at"].endswith(("+01:00", "+02:00")) and first["sent_at"]
    assert (second["km"], second["state"], second["sent_at"]) == (51_100, "queued", None)
    as_json = json.loads(run_cli(db, "--user", "clerk.a", "carpass", "history", "--format", "json").out)
    assert as_json[0]["corrections"][0]["reason"] == "faute de frappe sur la facture"
    (line,) = csv.DictReader(io.StringIO(run_cli(db, "--user", "clerk.a", "carpass", "history").out))
    assert line["description"] == "PAINT" and line["description_state"] == "queued"
    assert line["corrections"].startswith("51000 km (faute de frappe sur la facture) clerk.a ")
    assert line["corrections"].endswith(": en file") and " | 51100 km (compteur relu) clerk.a " in line["corrections"]


def test_confirmation_pdf_shows_the_description_received_and_the_corrections(carpass, simulator):
    db = corrected(carpass, simulator)
    confirmation = dossier_confirmation(db, carpass.clerk_a, 1095)
    assert confirmation.description == (("Carrosserie", "Peinture"),)
    assert confirmation.description_state == "queued"
    assert [(c.km, c.reason, c.requested_by, c.state) for c in confirmation.corrections] == [
        (51_000, "faute de frappe sur la facture", "clerk.a", "sent"), (51_100, "compteur relu", "clerk.a", "queued")]
    (page,) = PdfReader(io.BytesIO(render_confirmations([confirmation], "clerk.a"))).pages
    text = " ".join(page.extract_text().split()).replace("\u202f", " ")
    for fact in ("Carrosserie : Peinture", "Nouvelle description demandée, en file", "Corrections", "51 000 km",
                 "faute de frappe sur la facture", "51 100 km", "compteur relu", "Demandée par clerk.a le"):
        assert fact in text, fact
    assert "pare-brise" not in text  # chosen since, not received yet


def test_history_grid_shows_reason_and_user_of_corrections(carpass, simulator):
    db = corrected(carpass, simulator)
    (row,) = HistorySource(db, carpass.clerk_a).fetch(GridQuery(), 0, 10)
    items = row["followup_items"]
    assert [(f.kind, f.corrected_km, f.reason, f.created_by, f.state) for f in items] == [
        ("description", None, None, "clerk.a", "sent"),
        ("correction", 51_000, "faute de frappe sur la facture", "clerk.a", "sent"),
        ("description", None, None, "clerk.a", "queued"),
        ("correction", 51_100, "compteur relu", "clerk.a", "queued")]
