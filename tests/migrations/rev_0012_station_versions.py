"""Rows of revision 0012_station_versions (the installer location IT recorded) and what
must hold at head: the row survives, and on PostgreSQL the gate's function reads it."""

from sqlalchemy import text

LOCATION = "\\\\srv-deploy\\atelier\\"


def populate(connection) -> None:
    """IT's installer location and the required version, written with plain SQL."""
    connection.execute(text(
        "INSERT INTO database_setting (key, value, updated_at, updated_by) VALUES "
        "('atelier.installer_location', :l, '2026-02-01 08:00:00', 'it_atelier'), "
        "('atelier.required_version', '0.2.0', '2026-02-01 08:00:00', 'it_atelier')"), {"l": LOCATION})


def check(connection) -> None:
    """The settings survive every later revision; the gate's function still returns them."""
    rows = dict(connection.execute(text("SELECT key, value FROM database_setting")).all())
    assert rows["atelier.installer_location"] == LOCATION and rows["atelier.required_version"] == "0.2.0"
    if connection.dialect.name == "postgresql":
        row = connection.execute(text("SELECT required_version, installer_location "
                                      "FROM atelier_station_requirements()")).one()
        assert tuple(row) == ("0.2.0", LOCATION)
