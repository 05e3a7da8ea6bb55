"""Revision 0016_carpass_last_reading adds no table: at head, on PostgreSQL, the function
returns the last reading revision 0005's fixture left for its VIN (this connection
bypasses row-level security, so it names the company) and nothing for another entry only."""

from sqlalchemy import text

STAMP_DAY = "2026-01-02"


def populate(connection) -> None:
    """Nothing new to insert: the function reads revision 0005's reading."""


def check(connection) -> None:
    """The function answers km, reading date and sending day, and excludes the given entry."""
    if connection.dialect.name != "postgresql":
        return
    row = connection.execute(text(
        "SELECT odometer, reading_date::text, sent_on::text FROM atelier_carpass_last_reading(1, "
        "'SJNFCAF15U6027362', NULL)")).one()
    assert tuple(row) == (94990, STAMP_DAY, STAMP_DAY)
    assert connection.execute(text(
        "SELECT count(*) FROM atelier_carpass_last_reading(1, 'SJNFCAF15U6027362', 1)")).scalar_one() == 0
