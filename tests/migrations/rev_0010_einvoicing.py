"""Rows of revision 0010_einvoicing (an e-invoice sending of invoice 1 and its call) and
what must hold at head. Site 1 and invoice 1 come from earlier fixtures."""

from sqlalchemy import text

STAMP = "'2026-01-05 10:00:00'"


def populate(connection) -> None:
    """Insert one sending and one call with plain SQL, and identify customer 1 on Peppol."""
    connection.execute(text("UPDATE customer SET enterprise_number = '0457247904', peppol_id = '0208:0457247904' "
                            "WHERE id = 1"))
    connection.execute(text(
        "INSERT INTO einvoice_sending (id, site_id, invoice_id, document_id, document_type, state, recipient, payload,"
        " attempts, created_at, updated_at) VALUES (1, 1, 1, '0b7e9a2c-1111-4c1e-9d7e-2f5e6a7b8c9d', 'invoice',"
        f" 'sent', '0208:0457247904', '<Invoice/>', 1, {STAMP}, {STAMP})"))
    connection.execute(text(
        "INSERT INTO einvoice_call (id, site_id, sending_id, at, operation, attempt, http_status, outcome,"
        f" duration_ms, response) VALUES (1, 1, 1, {STAMP}, 'send', 1, 201, 'sent', 12, '{{}}')"))


def check(connection) -> None:
    """The rows survive every later revision."""
    assert connection.execute(text("SELECT state FROM einvoice_sending WHERE id = 1")).scalar() == "sent"
    assert connection.execute(text("SELECT http_status FROM einvoice_call WHERE sending_id = 1")).scalar() == 201
    assert connection.execute(text("SELECT peppol_id FROM customer WHERE id = 1")).scalar() == "0208:0457247904"
