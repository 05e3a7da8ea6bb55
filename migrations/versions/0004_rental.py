"""Rental: tables of the rental module (placeholder until its issue fills it).

Revision ID: 0004_rental
Revises: 0003_controls
"""

revision = "0004_rental"
down_revision = "0003_controls"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the module's tables."""


def downgrade() -> None:
    """Drop the module's tables."""
