"""rental_invoicing: tables of rental_invoicing (placeholder until its issue fills it).

Revision ID: 0006_rental_invoicing
Revises: 0005_carpass_sending
"""

revision = "0006_rental_invoicing"
down_revision = "0005_carpass_sending"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the tables."""


def downgrade() -> None:
    """Drop the tables."""
