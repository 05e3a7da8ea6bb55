"""Controls: values per site and key, VZSHE60 table cells, page versions, change history.

Revision ID: 0003_controls
Revises: 0002_carpass
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_controls"
down_revision = "0002_carpass"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the module's tables."""
    op.create_table(
        "controls_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("old_value", sa.String(length=100), nullable=False),
        sa.Column("new_value", sa.String(length=100), nullable=False),
        sa.Column("changed_by", sa.String(length=64), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_controls_change_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_controls_change")),
    )
    with op.batch_alter_table("controls_change", schema=None) as batch_op:
        batch_op.create_index("ix_controls_change_site_key", ["site_id", "key"], unique=False)

    op.create_table(
        "controls_page",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_controls_page_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_controls_page")),
        sa.UniqueConstraint("site_id", "page_id", name=op.f("uq_controls_page_site_id_page_id")),
    )
    with op.batch_alter_table("controls_page", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_controls_page_site_id"), ["site_id"], unique=False)

    op.create_table(
        "controls_table_cell",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.String(length=10), nullable=False),
        sa.Column("field_key", sa.String(length=80), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("column_key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_controls_table_cell_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_controls_table_cell")),
        sa.UniqueConstraint("site_id", "field_key", "row_no", "column_key",
                            name=op.f("uq_controls_table_cell_site_id_field_key_row_no_column_key")),
    )
    with op.batch_alter_table("controls_table_cell", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_controls_table_cell_site_id"), ["site_id"], unique=False)

    op.create_table(
        "controls_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_controls_value_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_controls_value")),
        sa.UniqueConstraint("site_id", "key", name=op.f("uq_controls_value_site_id_key")),
    )
    with op.batch_alter_table("controls_value", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_controls_value_site_id"), ["site_id"], unique=False)


def downgrade() -> None:
    """Drop the module's tables."""
    for table in ("controls_value", "controls_table_cell", "controls_page"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_site_id"))
        op.drop_table(table)
    with op.batch_alter_table("controls_change", schema=None) as batch_op:
        batch_op.drop_index("ix_controls_change_site_key")
    op.drop_table("controls_change")
