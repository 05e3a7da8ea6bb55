"""Rental invoicing: invoices, credit notes, PDF, payments, e-mail."""
