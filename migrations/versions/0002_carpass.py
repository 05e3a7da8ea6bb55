"""Carpass: tables of the carpass module (placeholder until its issue fills it).

Revision ID: 0002_carpass
Revises: 0001_platform
"""

revision = "0002_carpass"
down_revision = "0001_platform"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the module's tables."""


def downgrade() -> None:
    """Drop the module's tables."""
