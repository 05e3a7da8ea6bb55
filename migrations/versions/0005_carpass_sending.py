"""carpass_sending: tables of carpass_sending (placeholder until its issue fills it).

Revision ID: 0005_carpass_sending
Revises: 0004_rental
"""

revision = "0005_carpass_sending"
down_revision = "0004_rental"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the tables."""


def downgrade() -> None:
    """Drop the tables."""
