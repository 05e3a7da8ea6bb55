"""Controls: tables of the controls module (placeholder until its issue fills it).

Revision ID: 0003_controls
Revises: 0002_carpass
"""

revision = "0003_controls"
down_revision = "0002_carpass"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the module's tables."""


def downgrade() -> None:
    """Drop the module's tables."""
