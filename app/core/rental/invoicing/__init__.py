"""Rental invoicing: invoices, credit notes, PDF, payments, e-mail."""

from app.core.rental.invoicing import immutability as _immutability  # noqa: F401 - installs the ORM guard
