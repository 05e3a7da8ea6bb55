"""A rental driven from the command line only: reference data, a PEC contract, its extension
by the assistance and by the client, departure, extras, deposit, return with a damage
photo, the draft, two invoices, payments, the deposit settled and the month's statement.

Hand-computed: 8 days, 7 covered (5 first authorised + 2 granted). Assistance: 5-day
forfait 175,00 + 2 × 35,00 = 245,00 + 51,45 VAT = 296,45. Beneficiary: 1 day at the public
tariff 55,00 + fuel 2/8 × 45 l = 11,25 l × 2,100 = 23,63 + refuelling 20,00 + child seat
8 × 5,00 = 40,00 → 138,63 + 29,11 VAT = 167,74, paid from the 250,00 deposit (82,26 back).
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, time, timedelta

from PIL import Image
from pypdf import PdfReader

from app.core.rental.models import RentalDossier
from app.core.timeutil import local_today


def _id(text: str) -> str:
    return re.search(r"(?:Client|Accord) (\d+) enregistré", text).group(1)


def test_a_rental_from_the_command_line_only(world, run_cli, tmp_path):
    db = world.db

    def admin(*args):
        result = run_cli(db, "--user", "admin.a", "rental", *args)
        assert result.code == 0, (args, result.err)
        return result.out

    def clerk(*args, code=0):
        result = run_cli(db, "--user", "clerk.a", "rental", *args)
        assert result.code == code, (args, result.out, result.err)
        return result if code else result.out

    assistance = _id(admin("customer", "add", "--name", "Europ Assistance Belgium", "--kind", "company",
                           "--assistance", "--vat", "BE0457247904", "--email", "pec@assistance.example"))
    beneficiary = _id(clerk("customer", "add", "--name", "Dupont", "--first-name", "Marie", "--licence", "B1234567"))
    admin("vehicles", "add", "--plate", "1-abc-101", "--category", "B", "--tank", "45", "--km", "10000")
    admin("tariffs", "add", "ASSIST", "--name", "Assistance nationale", "--fuel", "1,900", "--refuel", "15",
          "--rate", "B:1:40,00:38,00:200:0,25", "--rate", "B:5:175,00:35,00:200:0,25")
    admin("tariffs", "add", "PUBLIC", "--name", "Tarif public", "--fuel", "2,100", "--refuel", "20", "--cleaning",
          "45", "--deposit", "250", "--default", "--rate", "B:1:55,00:50,00:150:0,30")
    admin("extras", "add", "--tariff", "PUBLIC", "--code", "SIEGE", "--label", "Siège enfant", "--price", "5",
          "--per-day")
    agreement = _id(admin("agreements", "add", "--label", "Europ national", "--account", assistance, "--tariff",
                          "ASSIST", "--pec", "--print", "pec"))
    start = datetime.combine(local_today() - timedelta(days=10), time(9, 0))
    at = lambda days: (start + timedelta(days=days)).strftime("%d-%m-%Y %H:%M")  # noqa: E731
    contract = ("dossiers", "create", "--kind", "contract", "--departure", at(0), "--vehicle", "1-ABC-101",
                "--customer", beneficiary, "--pec", "--agreement", agreement, "--file-number", "AX-2026-0042",
                "--authorisation", "AUT-9", "--contact", "Sophie Claes")
    bad = clerk(*contract, "--pec-days", "cinq", code=2)
    assert "--pec-days" in bad.err
    with db.session() as s:
        assert s.query(RentalDossier).count() == 0  # nothing written
    assert at(5) in clerk(*contract, "--pec-days", "5")  # planned return from the PEC duration
    clerk("depart", "1", "--at", at(0), "--km", "10000", "--fuel", "8")
    assert "Total PEC : 245.00 € HTVA" in clerk("extend", "1", "--by", "assistance", "--days", "2", "--reference",
                                                "EXT-1")
    clerk("extend", "1", "--by", "client", "--return", at(8))
    clerk("extra", "1", "--add", "siege")
    assert "caution détenue : 250,00 €" in clerk("deposit", "receive", "1", "--method", "card")
    photo = tmp_path / "rayure.png"
    Image.new("RGB", (640, 480), (90, 90, 90)).save(photo)
    future = clerk("return", "1", "--at", at(30), "--km", "10900", "--fuel", "6", code=2)
    assert "futur" in future.err
    clerk("return", "1", "--at", at(8), "--km", "10900", "--fuel", "6", "--damage", "rayure", "--zone",
          "pare-chocs arrière", "--photo", str(photo))
    assert "Rentré, à facturer" in clerk("today")
    assert "rayure" in clerk("damage", "list", "--plate", "1-abc-101")
    draft = tmp_path / "projet.pdf"
    clerk("invoice", "1", "--preview", "--out", str(draft))
    assert len(PdfReader(io.BytesIO(draft.read_bytes())).pages) == 2
    invoiced = clerk("invoice", "1")
    assert "296,45 €" in invoiced and "167,74 €" in invoiced
    clerk("pay", "1", "--amount", "296,45", "--method", "transfer", "--payer", "pec")
    assert "Caution imputée sur la facture : 167,74 €" in clerk("deposit", "apply", "1")
    assert "Caution remboursée : 82,26 €" in clerk("deposit", "refund", "1")
    balances = clerk("payments", "1")
    assert balances.count("reste dû 0,00 €") == 2
    month = local_today().strftime("%Y-%m")
    pdf, sheet = tmp_path / "releve.pdf", tmp_path / "releve.csv"
    statement = clerk("statement", "--assistance", "Europ", "--month", month, "--out", str(pdf), "--csv", str(sheet))
    assert "facturé 296,45 €" in statement and "solde dû 0,00 €" in statement
    assert "RELEVÉ DE COMPTE" in PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[-1][-1] == "0,00"
    history = clerk("history", "1")
    assert "couverts par l'assistance : 7 jour(s) ; acceptés par le client : 1 jour(s)" in history
    assert "Rentré, à facturer" not in clerk("today")
