"""Revision 0015_tamper_evidence chains the records earlier fixtures wrote with plain SQL
(invoice 1 with its lines, payment 1 and journal entry 1 of 0006; acknowledged readings of
0005/0013) and what must hold at head: every chain of site 1 verifies."""

from sqlalchemy import text

from app.core.ledger.canonical import SPECS
from app.core.ledger.verify import verify_chain


def populate(connection) -> None:
    """Nothing new: the revision converts existing rows (the backfill)."""
    assert connection.execute(text("SELECT count(*) FROM ledger_entry")).scalar() >= 3


def check(connection) -> None:
    """The backfilled chains are intact, each record chained once, in id order."""
    for kind in ("invoice", "payment", "journal_entry"):
        assert connection.execute(text("SELECT seq, record_id FROM ledger_entry WHERE kind = :kind AND site_id = 1 "
                                       "ORDER BY seq"), {"kind": kind}).all()[0] == (1, 1)
    acknowledged = connection.execute(text(
        "SELECT count(*) FROM carpass_reading WHERE request_guid IS NOT NULL")).scalar()
    assert connection.execute(text("SELECT count(*) FROM ledger_entry WHERE kind = 'carpass_reading'")).scalar() \
        == acknowledged
    for spec in SPECS.values():
        report = verify_chain(connection, spec, 1, "S1")
        assert report.intact, (spec.kind, report.broken)
