"""Tables of rental invoicing (filled by its issue)."""
