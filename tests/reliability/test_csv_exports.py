"""Every CSV export neutralises spreadsheet formulas (OWASP CSV injection) while numbers stay
numbers. Grids and journals go through ``export_csv``, the Car-Pass list (CLI) and the
reading history through their writers, the assistance statement through its own: every
``csv.writer`` of the app is checked to use ``safe_cell`` (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.core.csv_cells import FORMULA_STARTS
from app.core.progress import run_to_end
from app.core.rental.invoicing.exports import export_journals
from app.core.rental.invoicing.invoicing import invoice_dossier
from app.core.rental.invoicing.payments import record_payment
from app.core.rental.invoicing.statement import monthly_statement, statement_csv
from app.core.rental.models import Customer, RentalDossier
from app.core.timeutil import local_today
from tests.rental.invoicing.factories import make_contract, make_rental_world

APP = Path(__file__).resolve().parents[2] / "app"
HOSTILE = "=HYPERLINK(\"http://evil\",\"x\")"


def _cells(text: str, delimiter: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]


def _assert_no_formula(cells: list[str]) -> None:
    """No cell a spreadsheet would run; the hostile text is there, neutralised."""
    running = [c for c in cells if c.startswith(FORMULA_STARTS) and not c[1:2].isdigit()]
    assert running == []
    assert any("=HYPERLINK" in c for c in cells)


def test_every_csv_writer_of_the_app_goes_through_safe_cell():
    """A new CSV export that forgets the neutralisation fails here."""
    writers = [p for p in APP.rglob("*.py") if "csv.writer(" in p.read_text(encoding="utf-8")]
    assert len(writers) >= 4
    assert [str(p.relative_to(APP)) for p in writers if "safe_cell" not in p.read_text(encoding="utf-8")] == []


def test_journals_and_statement_neutralise_typed_text(world, tmp_path):
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw)
    with world.db.session() as session:
        session.get(RentalDossier, dossier_id).pec_file_number = HOSTILE[:40]
        session.get(Customer, rw.beneficiary_id).name = HOSTILE
    invoice_dossier(world.db, world.clerk_a, dossier_id)
    record_payment(world.db, world.clerk_a, dossier_id, "10", "cash", "client", note="@SUM(A1:A9)")
    sales, payments = tmp_path / "ventes.csv", tmp_path / "reglements.csv"
    run_to_end(export_journals(world.db, world.clerk_a, None, None, sales, payments))
    _assert_no_formula(_cells(sales.read_text(encoding="utf-8-sig"), ";"))
    payment_cells = _cells(payments.read_text(encoding="utf-8-sig"), ";")
    assert "'@SUM(A1:A9)" in payment_cells or all(not c.startswith("@") for c in payment_cells)
    today = local_today()
    statement = monthly_statement(world.db, world.clerk_a, rw.assistance_id, today.year, today.month)
    cells = _cells(statement_csv(statement).decode("utf-8-sig"), ";")
    _assert_no_formula(cells)
    assert any(c.startswith("'=HYPERLINK") for c in cells)  # the file number, neutralised
    assert "272,25" in cells  # numbers stay numbers
