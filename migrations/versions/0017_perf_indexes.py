"""perf_indexes: an index for the sending run's look at recently received readings.

- ``ix_carpass_reading_site_sent`` on ``carpass_reading (site_id, sent_at)``: a sending run
  of "every pending entry" queues the missing work descriptions of the readings the site
  received in the last 30 days; without it that look walked every reading the site ever
  sent (a cost growing with the site's history, docs/performance.md).

Only an index: no rows change, nothing to grant (PostgreSQL's row-level security and grants
are per table).

Revision ID: 0017_perf_indexes
Revises: 0016_carpass_last_reading
"""

from alembic import op

revision = "0017_perf_indexes"
down_revision = "0016_carpass_last_reading"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the index."""
    op.create_index("ix_carpass_reading_site_sent", "carpass_reading", ["site_id", "sent_at"])


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_carpass_reading_site_sent", table_name="carpass_reading")
