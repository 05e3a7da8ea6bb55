"""Carpass: dossiers, technicians, clock-in events, the Car-Pass list and its history.

Revision ID: 0002_carpass
Revises: 0001_platform
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_carpass"
down_revision = "0001_platform"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create dossiers, technicians, clock-in events and the Car-Pass list."""
    op.create_table('dossier',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('owner', sa.String(length=120), nullable=True),
    sa.Column('plate', sa.String(length=16), nullable=False),
    sa.Column('vin', sa.String(length=30), nullable=True),
    sa.Column('first_registration', sa.Date(), nullable=True),
    sa.Column('original_km', sa.Integer(), nullable=True),
    sa.Column('damage_km', sa.Integer(), nullable=True),
    sa.Column('repair_km', sa.Integer(), nullable=True),
    sa.Column('merged', sa.Boolean(), nullable=False),
    sa.Column('create_vat_number', sa.Boolean(), nullable=False),
    sa.Column('invoice_total', sa.BigInteger(), nullable=True),
    sa.Column('work_started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint('damage_km IS NULL OR damage_km >= 0', name=op.f('ck_dossier_damage_km')),
    sa.CheckConstraint('original_km IS NULL OR original_km >= 0', name=op.f('ck_dossier_original_km')),
    sa.CheckConstraint('repair_km IS NULL OR repair_km >= 0', name=op.f('ck_dossier_repair_km')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_dossier_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier')),
    sa.UniqueConstraint('site_id', 'number', name=op.f('uq_dossier_site_id_number'))
    )
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.create_index('ix_dossier_site_invoice', ['site_id', 'invoice_total', 'number'], unique=False)
        batch_op.create_index('ix_dossier_site_owner', ['site_id', 'owner', 'number'], unique=False)
        batch_op.create_index('ix_dossier_site_plate', ['site_id', 'plate', 'number'], unique=False)
        batch_op.create_index('ix_dossier_site_started', ['site_id', 'work_started_at', 'number'], unique=False)
        batch_op.create_index('ix_dossier_site_vin_created', ['site_id', 'vin', 'created_at'], unique=False)

    op.create_table('technician',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_technician_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_technician')),
    sa.UniqueConstraint('site_id', 'code', name=op.f('uq_technician_site_id_code'))
    )
    op.create_table('carpass_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('manual', sa.Boolean(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('enrolled_by', sa.String(length=64), nullable=True),
    sa.Column('removed_reason', sa.Text(), nullable=True),
    sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('removed_by', sa.String(length=64), nullable=True),
    sa.Column('last_message', sa.Text(), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint("status IN ('pending', 'sent', 'failed', 'anomaly', 'unknown', 'removed')",
                       name=op.f('ck_carpass_entry_status')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_carpass_entry_dossier_id_dossier')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_carpass_entry_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_carpass_entry')),
    sa.UniqueConstraint('dossier_id', name=op.f('uq_carpass_entry_dossier_id'))
    )
    with op.batch_alter_table('carpass_entry', schema=None) as batch_op:
        batch_op.create_index('ix_carpass_entry_site_status', ['site_id', 'status'], unique=False)

    op.create_table('clock_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('technician_id', sa.Integer(), nullable=False),
    sa.Column('clock_in', sa.DateTime(timezone=True), nullable=False),
    sa.Column('clock_out', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossier.id'], name=op.f('fk_clock_event_dossier_id_dossier')),
    sa.ForeignKeyConstraint(['technician_id'], ['technician.id'], name=op.f('fk_clock_event_technician_id_technician')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clock_event'))
    )
    with op.batch_alter_table('clock_event', schema=None) as batch_op:
        batch_op.create_index('ix_clock_event_dossier_in', ['dossier_id', 'clock_in'], unique=False)
        batch_op.create_index('ix_clock_event_technician_out', ['technician_id', 'clock_out'], unique=False)

    op.create_table('carpass_entry_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['entry_id'], ['carpass_entry.id'],
                            name=op.f('fk_carpass_entry_event_entry_id_carpass_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_carpass_entry_event'))
    )
    with op.batch_alter_table('carpass_entry_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_carpass_entry_event_entry_id'), ['entry_id'], unique=False)



def downgrade() -> None:
    """Drop the module's tables."""
    with op.batch_alter_table('carpass_entry_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_carpass_entry_event_entry_id'))

    op.drop_table('carpass_entry_event')
    with op.batch_alter_table('clock_event', schema=None) as batch_op:
        batch_op.drop_index('ix_clock_event_technician_out')
        batch_op.drop_index('ix_clock_event_dossier_in')

    op.drop_table('clock_event')
    with op.batch_alter_table('carpass_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_carpass_entry_site_status')

    op.drop_table('carpass_entry')
    op.drop_table('technician')
    with op.batch_alter_table('dossier', schema=None) as batch_op:
        batch_op.drop_index('ix_dossier_site_vin_created')
        batch_op.drop_index('ix_dossier_site_started')
        batch_op.drop_index('ix_dossier_site_plate')
        batch_op.drop_index('ix_dossier_site_owner')
        batch_op.drop_index('ix_dossier_site_invoice')

    op.drop_table('dossier')
