"""Issued invoices stay protected with the e-invoicing columns; e-invoice rows are the site's."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError


def test_new_invoice_columns_are_protected_too(world, test_set):
    invoice_id = test_set.documents["business_extras_6"]
    for column, value in (("period_start", "'2020-01-01 00:00:00+00'"), ("payer_country", "'FR'")):
        with pytest.raises(IntegrityError), world.db.engine.begin() as connection:
            connection.execute(text(f"UPDATE invoice SET {column} = {value} WHERE id = :id"), {"id": invoice_id})


def test_einvoice_tables_are_kept_to_their_site(world, test_set, connected):
    from app.core.progress import run_to_end
    from app.core.rental.einvoicing.actions import einvoice_status
    from app.core.rental.einvoicing.sender import SendOptions, send_einvoices

    invoice_id = test_set.documents["pec_single"]
    run_to_end(send_einvoices(world.db, world.clerk_a, [invoice_id], options=SendOptions(patience=1)))
    with pytest.raises(Exception) as info:
        einvoice_status(world.db, world.clerk_b, str(invoice_id))
    assert "introuvable" in str(info.value)
