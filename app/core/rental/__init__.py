"""Rental: replacement cars lent under a prise en charge (PEC), invoicing and payments."""
