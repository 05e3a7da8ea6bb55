"""Rows of revision 0017_perf_indexes (an index only) and what must hold at head: the index
exists and the rows written before it are untouched."""

from sqlalchemy import inspect, text


def populate(connection) -> None:
    """Nothing new to write: revision 0005's reading is the row the index covers."""


def check(connection) -> None:
    """The index is there, on (site_id, sent_at); the reading of revision 0005 is intact."""
    indexes = {ix["name"]: ix["column_names"] for ix in inspect(connection).get_indexes("carpass_reading")}
    assert indexes.get("ix_carpass_reading_site_sent") == ["site_id", "sent_at"]
    assert connection.execute(text("SELECT count(*) FROM carpass_reading WHERE id = 1")).scalar() == 1
