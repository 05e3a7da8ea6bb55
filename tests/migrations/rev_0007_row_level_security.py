"""Revision 0007 only adds policies: no rows of its own."""


def populate(connection) -> None:
    """No table created by this revision."""


def check(connection) -> None:
    """Nothing beyond the earlier revisions' checks."""
