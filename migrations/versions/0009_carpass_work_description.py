"""carpass_work_description: Car-Pass's standard list of work per site and the work done
on each dossier (the work description sent with a reading).

Revision ID: 0009_carpass_work_description
Revises: 0008_immutable_records
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_carpass_work_description"
down_revision = "0008_immutable_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create carpass_activity and carpass_dossier_activity."""
    op.create_table(
        "carpass_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("category_code", sa.String(length=40), nullable=False),
        sa.Column("category_label_fr", sa.String(length=200), nullable=False),
        sa.Column("category_label_nl", sa.String(length=200), nullable=False),
        sa.Column("label_fr", sa.String(length=200), nullable=False),
        sa.Column("label_nl", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_carpass_activity_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carpass_activity")),
        sa.UniqueConstraint("site_id", "code", name=op.f("uq_carpass_activity_site_id_code")),
    )
    op.create_table(
        "carpass_dossier_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_carpass_dossier_activity_site_id_site")),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"],
                                name=op.f("fk_carpass_dossier_activity_dossier_id_dossier")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carpass_dossier_activity")),
        sa.UniqueConstraint("dossier_id", "code", name=op.f("uq_carpass_dossier_activity_dossier_id_code")),
    )
    op.create_index(op.f("ix_carpass_dossier_activity_dossier_id"), "carpass_dossier_activity", ["dossier_id"])
    if op.get_bind().dialect.name == "postgresql":
        # The same site policy as every site-owned table (see revision 0007).
        condition = ("coalesce(current_setting('atelier.site_ids', true), '') = '' OR site_id = ANY "
                     "(string_to_array(current_setting('atelier.site_ids', true), ',')::int[])")
        for table in ("carpass_activity", "carpass_dossier_activity"):
            op.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
            op.execute(f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY')
            op.execute(f'CREATE POLICY site_isolation ON "{table}" USING ({condition}) WITH CHECK ({condition})')


def downgrade() -> None:
    """Drop both tables."""
    op.drop_index(op.f("ix_carpass_dossier_activity_dossier_id"), table_name="carpass_dossier_activity")
    op.drop_table("carpass_dossier_activity")
    op.drop_table("carpass_activity")
