"""carpass_outbox: the Car-Pass outbox made safe for several stations and without an
idempotency key.

- At most one open reading per list entry, enforced by the database (partial unique
  index, both backends). Open readings are the ones not yet at Car-Pass or in doubt:
  blocked, queued, sending and unknown ("à vérifier"). Duplicates left by concurrent
  senders of earlier versions are closed first: per entry the one kept is the most
  advanced (in doubt, then queued, then blocked; the newest among equals); the others
  become ``superseded`` with a note. Open readings carry no requestGuid, so the
  immutability triggers of revision 0008 let them change.
- ``carpass_reading`` keeps why a reading is à vérifier (``uncertain_cause``), what the
  clerk decided (``resolution``, ``resolved_by``, ``resolved_at``) and the reason given
  when confirming a blocked reading (``confirm_reason``). Readings already ``unknown``
  get the cause they had: "interrupted" when their message says so, else "unreadable".
  SQLite: the columns are added in place (no table rebuild) and the update trigger of
  revision 0008 is created again with them in its list of frozen columns (PostgreSQL's
  trigger compares whole rows and covers them as they are).

Revision ID: 0010_carpass_outbox
Revises: 0009_carpass_work_description
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_carpass_outbox"
down_revision = "0009_carpass_work_description"
branch_labels = None
depends_on = None

OPEN_STATES = ("blocked", "queued", "sending", "unknown")
OPEN_CONDITION = "state IN ('blocked', 'queued', 'sending', 'unknown')"
PRIORITY = {"unknown": 3, "sending": 3, "queued": 2, "blocked": 1}
DUPLICATE_NOTE = "closed by the upgrade to 0010: another open reading of the entry (id {kept}) was kept"


def _close_duplicate_open_readings(connection) -> None:
    rows = connection.execute(sa.text(
        f"SELECT entry_id, id, state FROM carpass_reading WHERE {OPEN_CONDITION} ORDER BY entry_id, id")).all()
    by_entry: dict[int, list[tuple[int, str]]] = {}
    for entry_id, reading_id, state in rows:
        by_entry.setdefault(entry_id, []).append((reading_id, state))
    for readings in by_entry.values():
        if len(readings) < 2:
            continue
        kept = max(readings, key=lambda r: (PRIORITY[r[1]], r[0]))[0]
        for reading_id, _state in readings:
            if reading_id != kept:
                connection.execute(sa.text(
                    "UPDATE carpass_reading SET state = 'superseded', claimed_by = NULL, last_message = :note "
                    "WHERE id = :id"), {"note": DUPLICATE_NOTE.format(kept=kept), "id": reading_id})


READING_COLUMNS = (
    ("uncertain_cause", sa.String(length=16)),
    ("resolution", sa.String(length=16)),
    ("resolved_by", sa.String(length=64)),
    ("resolved_at", sa.DateTime(timezone=True)),
    ("confirm_reason", sa.Text()),
)
# As revision 0008: what may change on an acknowledged reading.
READING_MUTABLE = ("state", "server_status", "last_message", "anomaly_answered")
READING_UPDATE_TRIGGER = "immutable_carpass_reading_update"
TRIGGER_MESSAGE = "atelier: carpass_reading rows are legally protected records: UPDATE refused"


def _sqlite_reading_update_trigger(connection) -> None:
    """Revision 0008's SQLite update trigger, its frozen column list read at this revision."""
    columns = [c["name"] for c in sa.inspect(connection).get_columns("carpass_reading")]
    same = " AND ".join(f'NEW."{c}" IS OLD."{c}"' for c in columns if c not in READING_MUTABLE)
    op.execute(f'DROP TRIGGER IF EXISTS "{READING_UPDATE_TRIGGER}"')
    op.execute(
        f'CREATE TRIGGER "{READING_UPDATE_TRIGGER}" BEFORE UPDATE ON "carpass_reading" '
        f"WHEN OLD.request_guid IS NOT NULL AND NOT ({same} AND NEW.state IN ('sent', 'anomaly', 'failed') "
        "AND (NOT OLD.anomaly_answered OR NEW.anomaly_answered)) "
        f"BEGIN SELECT RAISE(ABORT, '{TRIGGER_MESSAGE}'); END")


def upgrade() -> None:
    """Close duplicate open readings, make a second one impossible, add the columns."""
    connection = op.get_bind()
    _close_duplicate_open_readings(connection)
    op.create_index("uq_carpass_reading_open_entry", "carpass_reading", ["entry_id"], unique=True,
                    sqlite_where=sa.text(OPEN_CONDITION), postgresql_where=sa.text(OPEN_CONDITION))
    for name, type_ in READING_COLUMNS:
        op.add_column("carpass_reading", sa.Column(name, type_, nullable=True))
    op.execute("UPDATE carpass_reading SET uncertain_cause = CASE WHEN last_message LIKE 'interrupted%' "
               "THEN 'interrupted' ELSE 'unreadable' END WHERE state = 'unknown'")
    if connection.dialect.name == "sqlite":
        _sqlite_reading_update_trigger(connection)


def downgrade() -> None:
    """Drop the columns and the index (the closed duplicates stay superseded)."""
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":  # no batch rebuild: it would drop every trigger of the table
        op.execute(f'DROP TRIGGER IF EXISTS "{READING_UPDATE_TRIGGER}"')
        for name, _type in reversed(READING_COLUMNS):
            op.execute(f'ALTER TABLE carpass_reading DROP COLUMN "{name}"')
    else:
        for name, _type in reversed(READING_COLUMNS):
            op.drop_column("carpass_reading", name)
    op.drop_index("uq_carpass_reading_open_entry", table_name="carpass_reading")
    if connection.dialect.name == "sqlite":
        _sqlite_reading_update_trigger(connection)
