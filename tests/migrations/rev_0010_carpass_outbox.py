"""Rows of revision 0010_carpass_outbox and what must hold at head: two open readings of
one entry written before the unique index (concurrent senders of an older version) — the
upgrade keeps one; a second open reading is refused afterwards."""

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

STAMP = "'2026-01-02 09:30:00'"


def populate(connection) -> None:
    """Nothing new to fill: see :func:`populate_before`."""


def populate_before(connection) -> None:
    """At revision 0009: entry 1 (revision 0002's) gets two queued readings."""
    for reading_id in (2, 3):
        connection.execute(text(
            "INSERT INTO carpass_reading (id, site_id, entry_id, dossier_id, idempotency_key, state, payload, vin,"
            " odometer, reading_date, checks, attempts, anomaly_answered, created_at, created_by) VALUES"
            f" ({reading_id}, 1, 1, 1, 'b1c9d0e2-0000-4000-8000-00000000000{reading_id}', 'queued', '{{}}',"
            f" 'SJNFCAF15U6027362', 94990, '2026-01-02', '[]', 0, false, {STAMP}, 'old.clerk')"))


def check(connection) -> None:
    """The newest duplicate stays queued, the other is superseded; a second open reading
    of the entry is refused."""
    states = dict(connection.execute(text("SELECT id, state FROM carpass_reading WHERE id IN (2, 3)")).all())
    assert states == {2: "superseded", 3: "queued"}
    savepoint = connection.begin_nested()
    try:
        connection.execute(text(
            "INSERT INTO carpass_reading (id, site_id, entry_id, dossier_id, idempotency_key, state, payload, vin,"
            " odometer, reading_date, checks, attempts, anomaly_answered, created_at) VALUES (4, 1, 1, 1,"
            f" 'b1c9d0e2-0000-4000-8000-000000000004', 'blocked', '{{}}', 'SJNFCAF15U6027362', 1, '2026-01-02',"
            f" '[]', 0, false, {STAMP})"))
    except IntegrityError:
        savepoint.rollback()
    else:
        savepoint.rollback()
        raise AssertionError("a second open reading of entry 1 was accepted")
