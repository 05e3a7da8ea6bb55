"""Rows of revision 0001 (platform) and what must hold at head."""

from sqlalchemy import text


def populate(connection) -> None:
    connection.execute(text(
        "INSERT INTO company (id, name, enterprise_number, uses_vat_register, street, postcode, city, email, phone,"
        " iban, version, updated_at) VALUES (1, 'Frozen SA', '0426753973', false, '', '', '', '', '', '', 1,"
        " '2026-01-01 10:00:00')"))
    connection.execute(text(
        "INSERT INTO site (id, company_id, code, name, establishment_number, street, postcode, city, active, version,"
        " updated_at) VALUES (1, 1, 'OLD', 'Old site', '2026402650', '', '', '', true, 1, '2026-01-01 10:00:00')"))
    connection.execute(text(
        "INSERT INTO app_user (id, login, full_name, password_hash, site_id, role, active, created_at, version,"
        " updated_at) VALUES (1, 'old.admin', 'Old', '$argon2id$x', 1, 'admin', true, '2026-01-01 10:00:00', 1,"
        " '2026-01-01 10:00:00')"))


def check(connection) -> None:
    assert connection.execute(text("SELECT name FROM company WHERE id = 1")).scalar() == "Frozen SA"
    assert connection.execute(text("SELECT code FROM site WHERE id = 1")).scalar() == "OLD"
    assert connection.execute(text("SELECT login FROM app_user WHERE id = 1")).scalar() == "old.admin"
