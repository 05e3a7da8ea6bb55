"""Rental invoicing: invoices and credit notes, lines, VAT breakdown, number counters,
payment lines and their journal entries, e-mail log.

Revision ID: 0006_rental_invoicing
Revises: 0005_carpass_sending
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_rental_invoicing"
down_revision = "0005_carpass_sending"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the tables."""
    op.create_table('invoice_counter',
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('invoice', 'credit_note')", name=op.f('ck_invoice_counter_kind')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_invoice_counter_site_id_site')),
    sa.PrimaryKeyConstraint('site_id', 'year', 'kind', name=op.f('pk_invoice_counter'))
    )
    op.create_table('invoice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('dossier_number', sa.String(length=30), nullable=False),
    sa.Column('payer_role', sa.String(length=10), nullable=False),
    sa.Column('payer_customer_id', sa.Integer(), nullable=True),
    sa.Column('payer_name', sa.String(length=160), nullable=False),
    sa.Column('payer_street', sa.String(length=160), nullable=False),
    sa.Column('payer_postcode', sa.String(length=12), nullable=False),
    sa.Column('payer_city', sa.String(length=80), nullable=False),
    sa.Column('payer_vat_number', sa.String(length=20), nullable=False),
    sa.Column('payer_email', sa.String(length=160), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('total_excl', sa.BigInteger(), nullable=False),
    sa.Column('total_vat', sa.BigInteger(), nullable=False),
    sa.Column('total_incl', sa.BigInteger(), nullable=False),
    sa.Column('structured_communication', sa.String(length=20), nullable=False),
    sa.Column('vehicle_plate', sa.String(length=20), nullable=False),
    sa.Column('pec_agreement', sa.String(length=120), nullable=False),
    sa.Column('pec_file_number', sa.String(length=60), nullable=False),
    sa.Column('period_text', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('cancels_id', sa.Integer(), nullable=True),
    sa.Column('cancelled_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.CheckConstraint("kind IN ('invoice', 'credit_note')", name=op.f('ck_invoice_kind')),
    sa.CheckConstraint("payer_role IN ('pec', 'client', 'customer')", name=op.f('ck_invoice_payer_role')),
    sa.CheckConstraint('number > 0', name=op.f('ck_invoice_number_positive')),
    sa.ForeignKeyConstraint(['cancelled_by_id'], ['invoice.id'], name=op.f('fk_invoice_cancelled_by_id_invoice')),
    sa.ForeignKeyConstraint(['cancels_id'], ['invoice.id'], name=op.f('fk_invoice_cancels_id_invoice')),
    sa.ForeignKeyConstraint(['dossier_id'], ['rental_dossier.id'], name=op.f('fk_invoice_dossier_id_rental_dossier')),
    sa.ForeignKeyConstraint(['payer_customer_id'], ['customer.id'], name=op.f('fk_invoice_payer_customer_id_customer')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_invoice_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice')),
    sa.UniqueConstraint('cancelled_by_id', name=op.f('uq_invoice_cancelled_by_id')),
    sa.UniqueConstraint('cancels_id', name=op.f('uq_invoice_cancels_id')),
    sa.UniqueConstraint('reference', name=op.f('uq_invoice_reference')),
    sa.UniqueConstraint('site_id', 'kind', 'year', 'number', name=op.f('uq_invoice_site_id_kind_year_number'))
    )
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_site_id'), ['site_id'], unique=False)

    op.create_table('payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('payer_role', sa.String(length=10), nullable=False),
    sa.Column('payer_name', sa.String(length=160), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.CheckConstraint("method IN ('cash', 'card', 'transfer')", name=op.f('ck_payment_method')),
    sa.CheckConstraint("payer_role IN ('pec', 'client', 'customer')", name=op.f('ck_payment_payer_role')),
    sa.CheckConstraint('amount <> 0', name=op.f('ck_payment_amount_not_zero')),
    sa.ForeignKeyConstraint(['dossier_id'], ['rental_dossier.id'], name=op.f('fk_payment_dossier_id_rental_dossier')),
    sa.ForeignKeyConstraint(['reverses_id'], ['payment.id'], name=op.f('fk_payment_reverses_id_payment')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_payment_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment')),
    sa.UniqueConstraint('reverses_id', name=op.f('uq_payment_reverses_id'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_site_id'), ['site_id'], unique=False)

    op.create_table('invoice_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('vat_rate', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_invoice_line_invoice_id_invoice')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_line')),
    sa.UniqueConstraint('invoice_id', 'position', name=op.f('uq_invoice_line_invoice_id_position'))
    )
    with op.batch_alter_table('invoice_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_line_invoice_id'), ['invoice_id'], unique=False)

    op.create_table('invoice_mail',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('recipient', sa.String(length=160), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('attachment_name', sa.String(length=120), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_by', sa.String(length=64), nullable=False),
    sa.CheckConstraint("status IN ('sent', 'failed')", name=op.f('ck_invoice_mail_status')),
    sa.ForeignKeyConstraint(['dossier_id'], ['rental_dossier.id'],
                            name=op.f('fk_invoice_mail_dossier_id_rental_dossier')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_invoice_mail_invoice_id_invoice')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_invoice_mail_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_mail'))
    )
    with op.batch_alter_table('invoice_mail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_mail_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_mail_invoice_id'), ['invoice_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_mail_site_id'), ['site_id'], unique=False)

    op.create_table('invoice_vat_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.Column('base', sa.BigInteger(), nullable=False),
    sa.Column('vat', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_invoice_vat_line_invoice_id_invoice')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_vat_line')),
    sa.UniqueConstraint('invoice_id', 'rate', name=op.f('uq_invoice_vat_line_invoice_id_rate'))
    )
    with op.batch_alter_table('invoice_vat_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_vat_line_invoice_id'), ['invoice_id'], unique=False)

    op.create_table('journal_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('payment_id', sa.Integer(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('journal', sa.String(length=10), nullable=False),
    sa.Column('debit_account', sa.String(length=10), nullable=False),
    sa.Column('credit_account', sa.String(length=10), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_journal_entry_payment_id_payment')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_journal_entry_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_entry')),
    sa.UniqueConstraint('payment_id', name=op.f('uq_journal_entry_payment_id'))
    )
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_entry_site_id'), ['site_id'], unique=False)



def downgrade() -> None:
    """Drop the tables."""
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_entry_site_id'))

    op.drop_table('journal_entry')
    with op.batch_alter_table('invoice_vat_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_vat_line_invoice_id'))

    op.drop_table('invoice_vat_line')
    with op.batch_alter_table('invoice_mail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_mail_site_id'))
        batch_op.drop_index(batch_op.f('ix_invoice_mail_invoice_id'))
        batch_op.drop_index(batch_op.f('ix_invoice_mail_dossier_id'))

    op.drop_table('invoice_mail')
    with op.batch_alter_table('invoice_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_line_invoice_id'))

    op.drop_table('invoice_line')
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_site_id'))
        batch_op.drop_index(batch_op.f('ix_payment_dossier_id'))

    op.drop_table('payment')
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_site_id'))
        batch_op.drop_index(batch_op.f('ix_invoice_dossier_id'))

    op.drop_table('invoice')
    op.drop_table('invoice_counter')
