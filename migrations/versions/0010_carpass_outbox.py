"""carpass_outbox: at most one open reading per Car-Pass list entry, enforced by the
database (partial unique index, both backends).

Open readings are the ones not yet at Car-Pass or in doubt: blocked, queued, sending and
unknown ("à vérifier"). Duplicates left by concurrent senders of earlier versions are
closed first: per entry the one kept is the most advanced (in doubt, then queued, then
blocked; the newest among equals); the others become ``superseded`` with a note. Open
readings carry no requestGuid, so the immutability triggers of revision 0008 let them
change.

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


def upgrade() -> None:
    """Close duplicate open readings, then make a second one impossible."""
    _close_duplicate_open_readings(op.get_bind())
    op.create_index("uq_carpass_reading_open_entry", "carpass_reading", ["entry_id"], unique=True,
                    sqlite_where=sa.text(OPEN_CONDITION), postgresql_where=sa.text(OPEN_CONDITION))


def downgrade() -> None:
    """Drop the index (the closed duplicates stay superseded)."""
    op.drop_index("uq_carpass_reading_open_entry", table_name="carpass_reading")
