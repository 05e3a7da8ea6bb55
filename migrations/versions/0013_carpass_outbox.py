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
- ``carpass_followup``: the requests about an accepted reading (work description,
  correction) on their way through the outbox, one open request of each kind per reading
  (partial unique index); site-owned, so PostgreSQL gets the site policy and the clerks'
  grants every site-owned table has since revision 0011 (database roles).
  ``carpass_call.followup_id`` ties a raw call to its request (SQLite: ``carpass_call``,
  which has no trigger, is rebuilt by batch mode to get the named foreign key).

Revision ID: 0013_carpass_outbox
Revises: 0012_station_versions
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_carpass_outbox"
down_revision = "0012_station_versions"
branch_labels = None
depends_on = None

OPEN_STATES = ("blocked", "queued", "sending", "unknown")
OPEN_CONDITION = "state IN ('blocked', 'queued', 'sending', 'unknown')"
PRIORITY = {"unknown": 3, "sending": 3, "queued": 2, "blocked": 1}
DUPLICATE_NOTE = "closed by the upgrade to 0013: another open reading of the entry (id {kept}) was kept"


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


FOLLOWUP_OPEN_CONDITION = "state IN ('queued', 'sending', 'unknown')"
# The site policy of every site-owned table since revision 0011: the connected role's sites.
SITE_CONDITION = "site_id = ANY ((SELECT atelier_session_sites())::integer[])"


def _create_followup() -> None:
    op.create_table(
        "carpass_followup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("reading_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("request_guid", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=36), nullable=False),
        sa.Column("corrected_km", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=36), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_message", sa.Text(), nullable=True),
        sa.Column("uncertain_cause", sa.String(length=16), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("kind IN ('description', 'correction')", name=op.f("ck_carpass_followup_kind")),
        sa.CheckConstraint("state IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'superseded')",
                           name=op.f("ck_carpass_followup_state")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_carpass_followup_site_id_site")),
        sa.ForeignKeyConstraint(["reading_id"], ["carpass_reading.id"],
                                name=op.f("fk_carpass_followup_reading_id_carpass_reading")),
        sa.ForeignKeyConstraint(["entry_id"], ["carpass_entry.id"],
                                name=op.f("fk_carpass_followup_entry_id_carpass_entry")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carpass_followup")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_carpass_followup_idempotency_key")),
    )
    op.create_index(op.f("ix_carpass_followup_reading_id"), "carpass_followup", ["reading_id"])
    op.create_index(op.f("ix_carpass_followup_entry_id"), "carpass_followup", ["entry_id"])
    op.create_index("ix_carpass_followup_site_state", "carpass_followup", ["site_id", "state"])
    op.create_index("uq_carpass_followup_open", "carpass_followup", ["reading_id", "kind"], unique=True,
                    sqlite_where=sa.text(FOLLOWUP_OPEN_CONDITION), postgresql_where=sa.text(FOLLOWUP_OPEN_CONDITION))
    with op.batch_alter_table("carpass_call") as batch:
        batch.add_column(sa.Column("followup_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_carpass_call_followup_id_carpass_followup"), "carpass_followup",
                                 ["followup_id"], ["id"])
        batch.create_index(op.f("ix_carpass_call_followup_id"), ["followup_id"])
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        name = connection.execute(sa.text("SELECT current_database()")).scalar_one()
        clerk = '"' + f"{name}:clerk".replace('"', '""') + '"'
        op.execute('ALTER TABLE "carpass_followup" ENABLE ROW LEVEL SECURITY')
        op.execute('ALTER TABLE "carpass_followup" FORCE ROW LEVEL SECURITY')
        op.execute('REVOKE ALL ON "carpass_followup" FROM PUBLIC')
        op.execute(f'CREATE POLICY atelier_site ON "carpass_followup" FOR ALL USING ({SITE_CONDITION}) '
                   f"WITH CHECK ({SITE_CONDITION})")
        op.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "carpass_followup" TO {clerk}')
        op.execute("REVOKE ALL ON SEQUENCE carpass_followup_id_seq FROM PUBLIC")
        op.execute(f"GRANT USAGE, SELECT ON SEQUENCE carpass_followup_id_seq TO {clerk}")


def upgrade() -> None:
    """Close duplicate open readings, make a second one impossible, add the columns and
    the follow-up requests."""
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
    _create_followup()


def downgrade() -> None:
    """Drop the follow-up requests, the columns and the index (the closed duplicates stay
    superseded)."""
    connection = op.get_bind()
    with op.batch_alter_table("carpass_call") as batch:
        batch.drop_index(op.f("ix_carpass_call_followup_id"))
        batch.drop_constraint(op.f("fk_carpass_call_followup_id_carpass_followup"), type_="foreignkey")
        batch.drop_column("followup_id")
    op.drop_table("carpass_followup")
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
