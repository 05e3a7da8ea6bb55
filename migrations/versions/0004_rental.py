"""Rental: customers, fleet, tariffs, agreements and short-term dossiers.

The database itself refuses two overlapping bookings of one vehicle (quotes and cancelled
dossiers excepted): an exclusion constraint on PostgreSQL (btree_gist), triggers on SQLite.

Revision ID: 0004_rental
Revises: 0003_controls
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_rental"
down_revision = "0003_controls"
branch_labels = None
depends_on = None

BLOCKING = "vehicle_id IS NOT NULL AND kind <> 'quote' AND NOT cancelled"
SQLITE_OVERLAP = (
    "SELECT RAISE(ABORT, 'rental_double_booking') WHERE NEW.vehicle_id IS NOT NULL AND NEW.kind <> 'quote'"
    " AND NOT NEW.cancelled AND EXISTS (SELECT 1 FROM rental_dossier o WHERE o.vehicle_id = NEW.vehicle_id"
    " AND o.id IS NOT NEW.id AND o.kind <> 'quote' AND NOT o.cancelled"
    " AND o.booked_from < NEW.booked_until AND NEW.booked_from < o.booked_until);"
)


def upgrade() -> None:
    """Create the module's tables and the double-booking guard."""
    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('is_assistance', sa.Boolean(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('first_name', sa.String(length=80), nullable=False),
    sa.Column('street', sa.String(length=120), nullable=False),
    sa.Column('postcode', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=80), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('vat_number', sa.String(length=20), nullable=False),
    sa.Column('licence_number', sa.String(length=30), nullable=False),
    sa.Column('licence_valid_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint("kind IN ('individual', 'company')", name=op.f('ck_customer_kind')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_customer_company_id_company')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer'))
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_company_id'), ['company_id'], unique=False)

    op.create_table('tariff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('fuel_price_per_litre', sa.BigInteger(), nullable=False),
    sa.Column('refuelling_fee', sa.BigInteger(), nullable=False),
    sa.Column('cleaning_fee', sa.BigInteger(), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_tariff_company_id_company')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tariff')),
    sa.UniqueConstraint('company_id', 'code', name=op.f('uq_tariff_company_id_code'))
    )
    with op.batch_alter_table('tariff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tariff_company_id'), ['company_id'], unique=False)

    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('is_pec', sa.Boolean(), nullable=False),
    sa.Column('tariff_id', sa.Integer(), nullable=False),
    sa.Column('print_recipient', sa.String(length=8), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint("print_recipient IN ('driver', 'pec')", name=op.f('ck_agreement_print_recipient')),
    sa.ForeignKeyConstraint(['account_id'], ['customer.id'], name=op.f('fk_agreement_account_id_customer')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_agreement_company_id_company')),
    sa.ForeignKeyConstraint(['tariff_id'], ['tariff.id'], name=op.f('fk_agreement_tariff_id_tariff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement'))
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_tariff_id'), ['tariff_id'], unique=False)

    op.create_table('fleet_vehicle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('plate', sa.String(length=12), nullable=False),
    sa.Column('vin', sa.String(length=17), nullable=False),
    sa.Column('model', sa.String(length=80), nullable=False),
    sa.Column('category', sa.String(length=10), nullable=False),
    sa.Column('tank_litres', sa.BigInteger(), nullable=False),
    sa.Column('current_km', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint("status IN ('available', 'rented', 'out_of_service')", name=op.f('ck_fleet_vehicle_status')),
    sa.CheckConstraint('current_km >= 0', name=op.f('ck_fleet_vehicle_km_positive')),
    sa.CheckConstraint('tank_litres > 0', name=op.f('ck_fleet_vehicle_tank_positive')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_fleet_vehicle_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fleet_vehicle')),
    sa.UniqueConstraint('plate', name=op.f('uq_fleet_vehicle_plate'))
    )
    with op.batch_alter_table('fleet_vehicle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fleet_vehicle_site_id'), ['site_id'], unique=False)

    op.create_table('rental_sequence',
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_rental_sequence_site_id_site')),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_rental_sequence'))
    )
    op.create_table('tariff_price',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tariff_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=10), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.Column('extra_day_price', sa.BigInteger(), nullable=False),
    sa.Column('km_per_day', sa.Integer(), nullable=True),
    sa.Column('extra_km_price', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('days >= 1', name=op.f('ck_tariff_price_days_positive')),
    sa.ForeignKeyConstraint(['tariff_id'], ['tariff.id'],
                            name=op.f('fk_tariff_price_tariff_id_tariff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tariff_price')),
    sa.UniqueConstraint('tariff_id', 'category', 'days', name=op.f('uq_tariff_price_tariff_id_category_days'))
    )
    with op.batch_alter_table('tariff_price', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tariff_price_tariff_id'), ['tariff_id'], unique=False)

    op.create_table('rental_dossier',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('driver_id', sa.Integer(), nullable=True),
    sa.Column('second_driver_id', sa.Integer(), nullable=True),
    sa.Column('vehicle_id', sa.Integer(), nullable=True),
    sa.Column('is_pec', sa.Boolean(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('pec_file_number', sa.String(length=40), nullable=False),
    sa.Column('pec_category', sa.String(length=10), nullable=False),
    sa.Column('pec_days', sa.Integer(), nullable=True),
    sa.Column('pec_extra_km', sa.Integer(), nullable=False),
    sa.Column('pec_fuel_covered', sa.Boolean(), nullable=False),
    sa.Column('pec_tariff_id', sa.Integer(), nullable=True),
    sa.Column('pec_tariff_category', sa.String(length=10), nullable=False),
    sa.Column('pec_tariff_days', sa.Integer(), nullable=True),
    sa.Column('pec_base_days', sa.Integer(), nullable=True),
    sa.Column('pec_discount_pct', sa.BigInteger(), nullable=False),
    sa.Column('client_tariff_id', sa.Integer(), nullable=True),
    sa.Column('client_discount_pct', sa.BigInteger(), nullable=False),
    sa.Column('planned_departure', sa.DateTime(timezone=True), nullable=False),
    sa.Column('planned_return', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actual_departure', sa.DateTime(timezone=True), nullable=True),
    sa.Column('actual_return', sa.DateTime(timezone=True), nullable=True),
    sa.Column('booked_from', sa.DateTime(timezone=True), nullable=False),
    sa.Column('booked_until', sa.DateTime(timezone=True), nullable=False),
    sa.Column('booked_days', sa.Integer(), nullable=False),
    sa.Column('pec_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('km_out', sa.Integer(), nullable=True),
    sa.Column('km_in', sa.Integer(), nullable=True),
    sa.Column('fuel_out', sa.Integer(), nullable=True),
    sa.Column('fuel_in', sa.Integer(), nullable=True),
    sa.Column('damage_out', sa.Text(), nullable=False),
    sa.Column('damage_in', sa.Text(), nullable=False),
    sa.Column('damage_amount', sa.BigInteger(), nullable=True),
    sa.Column('cleaning_required', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('invoiced', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.CheckConstraint("kind IN ('quote', 'reservation', 'contract')", name=op.f('ck_rental_dossier_kind')),
    sa.CheckConstraint('booked_until > booked_from', name=op.f('ck_rental_dossier_period')),
    sa.CheckConstraint('fuel_in IS NULL OR (fuel_in BETWEEN 0 AND 8)', name=op.f('ck_rental_dossier_fuel_in')),
    sa.CheckConstraint('fuel_out IS NULL OR (fuel_out BETWEEN 0 AND 8)', name=op.f('ck_rental_dossier_fuel_out')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_rental_dossier_agreement_id_agreement')),
    sa.ForeignKeyConstraint(['client_tariff_id'], ['tariff.id'],
                            name=op.f('fk_rental_dossier_client_tariff_id_tariff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_rental_dossier_customer_id_customer')),
    sa.ForeignKeyConstraint(['driver_id'], ['customer.id'], name=op.f('fk_rental_dossier_driver_id_customer')),
    sa.ForeignKeyConstraint(['pec_tariff_id'], ['tariff.id'], name=op.f('fk_rental_dossier_pec_tariff_id_tariff')),
    sa.ForeignKeyConstraint(['second_driver_id'], ['customer.id'],
                            name=op.f('fk_rental_dossier_second_driver_id_customer')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_rental_dossier_site_id_site')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['fleet_vehicle.id'],
                            name=op.f('fk_rental_dossier_vehicle_id_fleet_vehicle')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rental_dossier')),
    sa.UniqueConstraint('site_id', 'number', name=op.f('uq_rental_dossier_site_id_number'))
    )
    with op.batch_alter_table('rental_dossier', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rental_dossier_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rental_dossier_booked_from'), ['booked_from'], unique=False)
        batch_op.create_index(batch_op.f('ix_rental_dossier_booked_until'), ['booked_until'], unique=False)
        batch_op.create_index(batch_op.f('ix_rental_dossier_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rental_dossier_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rental_dossier_vehicle_id'), ['vehicle_id'], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            "ALTER TABLE rental_dossier ADD CONSTRAINT ex_rental_dossier_vehicle_period EXCLUDE USING gist "
            f"(vehicle_id WITH =, tstzrange(booked_from, booked_until, '[)') WITH &&) WHERE ({BLOCKING})"
        )
    else:
        for event in ("INSERT", "UPDATE"):
            op.execute(
                f"CREATE TRIGGER trg_rental_dossier_overlap_{event.lower()} BEFORE {event} ON rental_dossier "
                f"FOR EACH ROW BEGIN {SQLITE_OVERLAP} END"
            )


def downgrade() -> None:
    """Drop the module's tables."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE rental_dossier DROP CONSTRAINT IF EXISTS ex_rental_dossier_vehicle_period")
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_rental_dossier_overlap_insert")
        op.execute("DROP TRIGGER IF EXISTS trg_rental_dossier_overlap_update")
    with op.batch_alter_table('rental_dossier', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rental_dossier_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_rental_dossier_site_id'))
        batch_op.drop_index(batch_op.f('ix_rental_dossier_customer_id'))
        batch_op.drop_index(batch_op.f('ix_rental_dossier_booked_until'))
        batch_op.drop_index(batch_op.f('ix_rental_dossier_booked_from'))
        batch_op.drop_index(batch_op.f('ix_rental_dossier_agreement_id'))

    op.drop_table('rental_dossier')
    with op.batch_alter_table('tariff_price', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tariff_price_tariff_id'))

    op.drop_table('tariff_price')
    op.drop_table('rental_sequence')
    with op.batch_alter_table('fleet_vehicle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fleet_vehicle_site_id'))

    op.drop_table('fleet_vehicle')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_tariff_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_company_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_account_id'))

    op.drop_table('agreement')
    with op.batch_alter_table('tariff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tariff_company_id'))

    op.drop_table('tariff')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_company_id'))

    op.drop_table('customer')
