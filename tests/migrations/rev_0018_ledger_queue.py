"""Rows of revision 0018_ledger_queue (a new, empty table) and what must hold at head: the
queue exists, keyed on (kind, record_id), and starts empty; earlier rows are untouched."""

from sqlalchemy import inspect, text


def populate(connection) -> None:
    """Nothing new to write: the queue starts empty."""


def check(connection) -> None:
    """The queue is there with its key and is empty; the reading of revision 0005 is intact."""
    assert inspect(connection).get_pk_constraint("ledger_queue")["constrained_columns"] == ["kind", "record_id"]
    assert connection.execute(text("SELECT count(*) FROM ledger_queue")).scalar() == 0
    assert connection.execute(text("SELECT count(*) FROM carpass_reading WHERE id = 1")).scalar() == 1
