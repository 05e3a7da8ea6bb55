"""GUI of rental invoicing: invoices, PDF preview, payments, e-mail."""
