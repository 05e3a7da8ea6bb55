"""Rows of revision 0002_carpass (a dossier, a technician, a clock-in, a Car-Pass entry) and
what must hold at head."""

from sqlalchemy import text

STAMP = "'2026-01-02 09:00:00'"


def populate(connection) -> None:
    """Insert one of each table with plain SQL (site 1 comes from revision 0001)."""
    connection.execute(text(
        "INSERT INTO dossier (id, site_id, number, owner, plate, vin, first_registration, original_km, damage_km,"
        " repair_km, merged, create_vat_number, invoice_total, work_started_at, created_at, created_by, version,"
        f" updated_at) VALUES (1, 1, 1095, 'JASSIN PHILIPPE', '1BBJ360', 'SJNFCAF15U6027362', '2015-03-01', 94990,"
        f" 94990, 94995, false, false, 167907, {STAMP}, {STAMP}, 'old.admin', 1, {STAMP})"))
    connection.execute(text(
        "INSERT INTO technician (id, site_id, code, name, active) VALUES (1, 1, 'T01', 'Marc', true)"))
    connection.execute(text(
        f"INSERT INTO clock_event (id, dossier_id, technician_id, clock_in) VALUES (1, 1, 1, {STAMP})"))
    connection.execute(text(
        "INSERT INTO carpass_entry (id, site_id, dossier_id, status, manual, enrolled_at, enrolled_by, version,"
        f" updated_at) VALUES (1, 1, 1, 'pending', false, {STAMP}, 'old.admin', 1, {STAMP})"))
    connection.execute(text(
        "INSERT INTO carpass_entry_event (id, entry_id, at, login, action) VALUES"
        f" (1, 1, {STAMP}, 'old.admin', 'enrolled')"))


def check(connection) -> None:
    """The rows survive every later revision."""
    row = connection.execute(text("SELECT number, vin, invoice_total FROM dossier WHERE id = 1")).one()
    assert tuple(row) == (1095, "SJNFCAF15U6027362", 167907)
    assert connection.execute(text("SELECT code FROM technician WHERE id = 1")).scalar() == "T01"
    assert connection.execute(text("SELECT dossier_id FROM clock_event WHERE id = 1")).scalar() == 1
    assert connection.execute(text("SELECT status FROM carpass_entry WHERE dossier_id = 1")).scalar() == "pending"
    assert connection.execute(text("SELECT action FROM carpass_entry_event WHERE entry_id = 1")).scalar() == "enrolled"
