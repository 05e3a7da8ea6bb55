"""Rows of revision 0003_controls (a site's saved controls) and what must hold at head."""

from sqlalchemy import text


def populate(connection) -> None:
    """One saved value, one VZSHE60 cell, a page version and its history line on site 1."""
    site = connection.execute(text("SELECT id FROM site ORDER BY id LIMIT 1")).scalar()
    if site is None:
        company = connection.execute(text("SELECT id FROM company ORDER BY id LIMIT 1")).scalar()
        if company is None:
            connection.execute(text(
                "INSERT INTO company (name, enterprise_number, uses_vat_register, street, postcode, city, email, "
                "phone, iban, version, updated_at) VALUES ('Ctl SA', '0426753973', false, '', '', '', '', '', '', "
                "1, '2026-01-01 00:00:00+00')"))
            company = connection.execute(text("SELECT id FROM company ORDER BY id LIMIT 1")).scalar()
        connection.execute(text(
            "INSERT INTO site (company_id, code, name, establishment_number, street, postcode, city, active, "
            "version, updated_at) VALUES (:c, 'CTL', 'Ctl', '2999999990', '', '', '', true, 1, "
            "'2026-01-01 00:00:00+00')"), {"c": company})
        site = connection.execute(text("SELECT id FROM site ORDER BY id LIMIT 1")).scalar()
    connection.execute(text(
        "INSERT INTO controls_page (site_id, page_id, version, updated_at, updated_by) "
        "VALUES (:s, 'VZSHE70', 2, '2026-01-02 10:00:00+00', 'mig.admin')"), {"s": site})
    connection.execute(text(
        "INSERT INTO controls_value (site_id, page_id, key, value) VALUES (:s, 'VZSHE70', 'mig_probe.N', '10')"),
        {"s": site})
    connection.execute(text(
        "INSERT INTO controls_table_cell (site_id, page_id, field_key, row_no, column_key, value) "
        "VALUES (:s, 'VZSHE60', 'mig_table', 1, 'valid_from', '2025-01-01')"), {"s": site})
    connection.execute(text(
        "INSERT INTO controls_change (site_id, page_id, key, old_value, new_value, changed_by, changed_at, origin) "
        "VALUES (:s, 'VZSHE70', 'mig_probe.N', '0', '10', 'mig.admin', '2026-01-02 10:00:00+00', 'screen')"),
        {"s": site})


def check(connection) -> None:
    """The rows written at 0003 are intact at head."""
    assert connection.execute(text("SELECT value FROM controls_value WHERE key = 'mig_probe.N'")).scalar() == "10"
    assert connection.execute(text(
        "SELECT value FROM controls_table_cell WHERE field_key = 'mig_table' AND row_no = 1")).scalar() == "2025-01-01"
    assert connection.execute(text("SELECT version FROM controls_page WHERE page_id = 'VZSHE70'")).scalar() == 2
    assert connection.execute(text(
        "SELECT new_value FROM controls_change WHERE key = 'mig_probe.N'")).scalar() == "10"
