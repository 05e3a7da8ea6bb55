"""Rows of revision 0013_carpass_outbox and what must hold at head: two open readings of
one entry written before the unique index (concurrent senders of an older version) — the
upgrade keeps one; a second open reading is refused afterwards."""

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, InternalError, OperationalError

STAMP = "'2026-01-02 09:30:00'"


def populate(connection) -> None:
    """A correction of the 0005 reading (sent) and its raw call."""
    connection.execute(text(
        "INSERT INTO carpass_followup (id, site_id, reading_id, entry_id, kind, state, request_guid, payload,"
        " idempotency_key, corrected_km, reason, attempts, created_at, created_by, sent_at) VALUES (1, 1, 1, 1,"
        " 'correction', 'sent', 'guid-0001', '{\"odometerReading\": 94999}', 'c0c0c0c0-0000-4000-8000-000000000001',"
        f" 94999, 'typo', 1, {STAMP}, 'old.clerk', {STAMP})"))
    connection.execute(text(
        "INSERT INTO carpass_call (id, site_id, reading_id, followup_id, at, login, operation, attempt, http_status,"
        f" outcome, duration_ms, request_guid, response) VALUES (2, 1, 1, 1, {STAMP}, 'old.clerk', 'correction', 1,"
        " 201, 'accepted', 9, 'guid-0001', '{}')"))


def populate_before(connection) -> None:
    """At revision 0012: entry 1 (revision 0002's) gets two queued readings; a second
    dossier's entry an unknown reading interrupted by a stopped sender."""
    connection.execute(text(
        "INSERT INTO dossier (id, site_id, number, owner, plate, vin, original_km, damage_km, repair_km, merged,"
        f" create_vat_number, created_at, version, updated_at) VALUES (20, 1, 1096, 'COWELL', '1EPY025',"
        f" 'ZCFC35A7405943910', 65334, 65334, 65340, false, false, {STAMP}, 1, {STAMP})"))
    connection.execute(text(
        "INSERT INTO carpass_entry (id, site_id, dossier_id, status, manual, enrolled_at, version, updated_at)"
        f" VALUES (2, 1, 20, 'unknown', false, {STAMP}, 1, {STAMP})"))
    for reading_id, state, message in ((2, "queued", None), (3, "queued", None),
                                       (5, "unknown", "interrupted: outcome of the previous attempt unknown")):
        connection.execute(text(
            "INSERT INTO carpass_reading (id, site_id, entry_id, dossier_id, idempotency_key, state, payload, vin,"
            " odometer, reading_date, checks, attempts, anomaly_answered, created_at, created_by, last_message)"
            f" VALUES ({reading_id}, 1, {1 if reading_id != 5 else 2}, {1 if reading_id != 5 else 20},"
            f" 'b1c9d0e2-0000-4000-8000-00000000000{reading_id}', '{state}', '{{}}', 'SJNFCAF15U6027362', 94990,"
            f" '2026-01-02', '[]', 0, false, {STAMP}, 'old.clerk', :message)"), {"message": message})


def check(connection) -> None:
    """The newest duplicate stays queued, the other is superseded; the interrupted reading
    keeps its cause; a second open reading of the entry is refused; the acknowledged
    reading of revision 0005 stays frozen, new columns included."""
    states = dict(connection.execute(text("SELECT id, state FROM carpass_reading WHERE id IN (2, 3)")).all())
    assert states == {2: "superseded", 3: "queued"}
    assert connection.execute(text("SELECT uncertain_cause FROM carpass_reading WHERE id = 5")).scalar() == \
        "interrupted"
    assert connection.execute(text("SELECT corrected_km FROM carpass_followup WHERE id = 1")).scalar() == 94999
    assert connection.execute(text("SELECT followup_id FROM carpass_call WHERE id = 2")).scalar() == 1
    for statement in ("UPDATE carpass_reading SET confirm_reason = 'x' WHERE id = 1",
                      "UPDATE carpass_reading SET odometer = 1 WHERE id = 1"):
        savepoint = connection.begin_nested()
        try:
            connection.execute(text(statement))
        except (IntegrityError, OperationalError, InternalError):
            savepoint.rollback()
        else:
            savepoint.rollback()
            raise AssertionError(f"an acknowledged reading was changed: {statement}")
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
