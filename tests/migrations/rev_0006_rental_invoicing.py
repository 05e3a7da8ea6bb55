"""Rows of revision 0006_rental_invoicing and what must hold at head (filled with the module's tables)."""


def populate(connection) -> None:
    """The placeholder revision creates no table yet."""


def check(connection) -> None:
    """Nothing to check until the revision creates tables."""
