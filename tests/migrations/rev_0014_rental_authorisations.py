"""Rows of revision 0014_rental_authorisations (an extension of dossier 1, a catalogue extra
taken on it, a damage with its photo, a deposit line) and what must hold at head. Site 1,
company 1, tariff 1, dossier 1 and payment 1 come from earlier fixtures."""

from sqlalchemy import text

STAMP = "'2026-01-06 09:00:00'"


def populate(connection) -> None:
    """Insert the new rows with plain SQL; fill the new columns of existing rows."""
    connection.execute(text(
        "INSERT INTO rental_extension (id, site_id, dossier_id, requested_by, days, previous_return, new_return, "
        f"reference, note, entered_by, entered_at) VALUES (1, 1, 1, 'assistance', 2, {STAMP}, {STAMP}, 'EXT-1', '', "
        f"'clerk', {STAMP})"))
    connection.execute(text(
        "INSERT INTO tariff_extra (id, company_id, tariff_id, code, label, unit, price, default_payer, active) "
        "VALUES (1, 1, 1, 'SIEGE', 'Siège enfant', 'day', 500, 'client', true)"))
    connection.execute(text(
        "INSERT INTO rental_dossier_extra (id, site_id, dossier_id, extra_id, quantity, payer, added_by, added_at) "
        f"VALUES (1, 1, 1, 1, 2, 'client', 'clerk', {STAMP})"))
    connection.execute(text(
        "INSERT INTO rental_damage (id, site_id, vehicle_id, dossier_id, stage, zone, description, recorded_by, "
        f"recorded_at) VALUES (1, 1, 1, 1, 'return', 'pare-chocs arrière', 'rayure', 'clerk', {STAMP})"))
    connection.execute(text(
        "INSERT INTO rental_damage_photo (id, site_id, damage_id, filename, mime_type, size, sha256, content, "
        f"added_by, added_at) VALUES (1, 1, 1, 'rayure.jpg', 'image/jpeg', 3, '{'0' * 64}', :content, 'clerk', "
        f"{STAMP})"), {"content": b"\xff\xd8\xff"})
    connection.execute(text("UPDATE rental_dossier SET pec_authorisation_number = 'AUT-77', deposit_amount = 30000 "
                            "WHERE id = 1"))
    connection.execute(text("UPDATE agreement SET insurer_pct = 8000, daily_cap = 4500, vat_to_client = true "
                            "WHERE id = 1"))


def check(connection) -> None:
    """The rows survive every later revision; older payments are payments."""
    assert connection.execute(text("SELECT days FROM rental_extension WHERE id = 1")).scalar() == 2
    assert connection.execute(text("SELECT quantity FROM rental_dossier_extra WHERE id = 1")).scalar() == 2
    assert connection.execute(text("SELECT content FROM rental_damage_photo WHERE id = 1")).scalar() == b"\xff\xd8\xff"
    assert connection.execute(text("SELECT kind FROM payment WHERE id = 1")).scalar() == "payment"
    assert connection.execute(text("SELECT insurer_pct FROM agreement WHERE id = 1")).scalar() == 8000
    assert connection.execute(text("SELECT pec_authorisation_number FROM rental_dossier WHERE id = 1")).scalar() \
        == "AUT-77"
