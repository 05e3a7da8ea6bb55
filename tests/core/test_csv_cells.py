"""Every CSV export neutralises cells a spreadsheet would run as formulas (OWASP CSV
injection) while numbers, dates and negative amounts stay as they are."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest

from app.core.csv_cells import safe_cell
from app.core.grid import GridColumn, GridQuery, export_csv
from app.core.i18n import msg
from app.core.progress import run_to_end


@pytest.mark.parametrize("text", ["=1+1", "+32 4 000", "-cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx",
                                  "=HYPERLINK(\"http://x\")"])
def test_formula_starts_are_neutralised(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", [Decimal("-12.50"), -3, 1.5, "-12,50 €", "-1 000,00", "-15 km", "Dupont",
                                   "1-ABC-123"])
def test_numbers_and_plain_text_stay(value):
    assert safe_cell(value) == value


def test_other_types():
    assert safe_cell(None) == "" and safe_cell(True) == "1" and safe_cell(date(2026, 1, 2)) == "2026-01-02"


class _Source:
    columns = [GridColumn("name", msg("grid", "Nom")), GridColumn("amount", msg("grid", "Montant"))]

    def __init__(self, rows):
        self.rows = rows

    def count(self, query):
        return len(self.rows)

    def fetch(self, query, offset, limit):
        return self.rows[offset:offset + limit]


def test_grid_export_writes_safe_cells(tmp_path):
    path = tmp_path / "out.csv"
    rows = [{"name": "=2+5", "amount": Decimal("-4.20")}, {"name": "@evil", "amount": Decimal("10")}]
    run_to_end(export_csv(_Source(rows), GridQuery(), path, ["Nom", "Montant"]))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle, delimiter=";"))
    assert read == [["Nom", "Montant"], ["'=2+5", "-4.20"], ["'@evil", "10"]]
