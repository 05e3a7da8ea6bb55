"""Rows of revision 0006_rental_invoicing (invoices, payments, e-mail log) and what must hold at head.

Builds on the rows of 0001 (company 1, site 1) and 0004 (customer 1, contract 1).
"""

from sqlalchemy import text

NOW = "'2026-01-08 10:00:00'"


def populate(connection) -> None:
    """An invoice with one line, its counter, a payment with its journal entry, a sent e-mail."""
    connection.execute(text(
        "INSERT INTO invoice_counter (site_id, year, kind, last_number) VALUES (1, 2026, 'invoice', 1)"))
    connection.execute(text(
        "INSERT INTO invoice (id, site_id, year, number, reference, kind, dossier_id, dossier_number, payer_role,"
        " payer_customer_id, payer_name, payer_street, payer_postcode, payer_city, payer_vat_number, payer_email,"
        " issue_date, due_date, total_excl, total_vat, total_incl, structured_communication, vehicle_plate,"
        " pec_agreement, pec_file_number, period_text, note, created_at, created_by) VALUES (1, 1, 2026, 1,"
        " 'OLD-2026-00001', 'invoice', 1, 'OLD-000001', 'pec', 1, 'Assist SA', '', '', '', '', 'a@assist.example',"
        " '2026-01-08', '2026-02-07', 17500, 3675, 21175, '+++001/2600/00197+++', '1-ABC-123', 'Assist national',"
        f" 'AX-1', '', '', {NOW}, 'old.admin')"))
    connection.execute(text(
        "INSERT INTO invoice_line (id, invoice_id, position, code, label, reason, quantity, unit_price, amount,"
        " vat_rate) VALUES (1, 1, 1, 'PEC-LOC', 'Location 5 jours', '', 50000, 1750000, 17500, 2100)"))
    connection.execute(text(
        "INSERT INTO invoice_vat_line (id, invoice_id, rate, base, vat) VALUES (1, 1, 2100, 17500, 3675)"))
    connection.execute(text(
        "INSERT INTO payment (id, site_id, dossier_id, paid_on, amount, method, payer_role, payer_name, note,"
        f" created_at, created_by) VALUES (1, 1, 1, '2026-01-09', 21175, 'transfer', 'pec', 'Assist SA', '', {NOW},"
        " 'old.admin')"))
    connection.execute(text(
        "INSERT INTO journal_entry (id, site_id, payment_id, entry_date, journal, debit_account, credit_account,"
        f" amount, label, created_at) VALUES (1, 1, 1, '2026-01-09', 'BQ', '550000', '400000', 21175, 'x', {NOW})"))
    connection.execute(text(
        "INSERT INTO invoice_mail (id, site_id, dossier_id, invoice_id, recipient, subject, attachment_name, status,"
        f" error, sent_at, sent_by) VALUES (1, 1, 1, 1, 'a@assist.example', 'Facture', 'OLD-2026-00001.pdf', 'sent',"
        f" '', {NOW}, 'old.admin')"))


def check(connection) -> None:
    """Every row is still there, amounts in cents."""
    assert connection.execute(text("SELECT total_incl FROM invoice WHERE id = 1")).scalar() == 21175
    assert connection.execute(text("SELECT amount FROM invoice_line WHERE invoice_id = 1")).scalar() == 17500
    assert connection.execute(text("SELECT last_number FROM invoice_counter WHERE site_id = 1")).scalar() == 1
    assert connection.execute(text("SELECT amount FROM payment WHERE id = 1")).scalar() == 21175
    assert connection.execute(text("SELECT debit_account FROM journal_entry WHERE payment_id = 1")).scalar() == "550000"
    assert connection.execute(text("SELECT status FROM invoice_mail WHERE id = 1")).scalar() == "sent"
