"""Rows of revision 0005_carpass_sending (a sent reading and its raw call) and what must hold
at head. Entry 1 and dossier 1 come from revision 0002's fixture."""

from sqlalchemy import text

STAMP = "'2026-01-02 09:30:00'"


def populate(connection) -> None:
    """Insert one outbox reading and one call with plain SQL."""
    connection.execute(text(
        "INSERT INTO carpass_reading (id, site_id, entry_id, dossier_id, idempotency_key, state, payload, vin,"
        " odometer, reading_date, checks, attempts, request_guid, server_status, anomaly_answered, created_at,"
        " created_by, sent_at) VALUES (1, 1, 1, 1, 'b1c9d0e2-0000-4000-8000-000000000001', 'sent',"
        " '{\"vin\": \"SJNFCAF15U6027362\"}', 'SJNFCAF15U6027362', 94990, '2026-01-02', '[]', 1,"
        f" 'guid-0001', 'Ongoing', false, {STAMP}, 'old.admin', {STAMP})"))
    connection.execute(text(
        "INSERT INTO carpass_call (id, site_id, reading_id, at, login, operation, attempt, http_status, outcome,"
        f" duration_ms, request_guid, response) VALUES (1, 1, 1, {STAMP}, 'old.admin', 'post', 1, 201,"
        " 'accepted', 12, 'guid-0001', '{\"requestGuid\": \"guid-0001\"}')"))


def check(connection) -> None:
    """The reading and its raw answer survive every later revision."""
    row = connection.execute(text(
        "SELECT state, odometer, request_guid FROM carpass_reading WHERE id = 1")).one()
    assert tuple(row) == ("sent", 94990, "guid-0001")
    assert connection.execute(text("SELECT response FROM carpass_call WHERE reading_id = 1")).scalar() == \
        '{"requestGuid": "guid-0001"}'
