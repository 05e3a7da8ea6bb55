"""On PostgreSQL a change notice goes out AFTER the data's commit, in a transaction of its
own (PostgreSQL lets one notifying transaction commit at a time on the whole server, so a
notice inside each writing transaction made every station's writes commit one by one);
a rolled-back write sends none."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from app.core.changes import NOTIFY_CHANNEL, decode_payload


def _listener(db):
    url = make_url(db.url)
    connection = psycopg.connect(host=url.host, port=url.port or 5432, user=url.username, dbname=url.database,
                                 autocommit=True)
    connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
    return connection


@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_the_notice_is_sent_after_the_commit_in_its_own_transaction(world):
    order: list[str] = []
    engine = world.db.engine

    @event.listens_for(engine, "commit")
    def committed(connection):
        order.append("commit")

    @event.listens_for(engine, "before_cursor_execute")
    def executed(connection, cursor, statement, parameters, context, executemany):
        if "pg_notify" in statement:
            order.append(f"notify in transaction: {connection.connection.dbapi_connection.info.transaction_status}")
        elif statement.lstrip().upper().startswith("UPDATE"):
            order.append("write")

    listener = _listener(world.db)
    try:
        with world.db.session() as session:
            session.execute(text("UPDATE site SET name = name || '' WHERE id = :id"), {"id": world.site_a})
        notices = [n.payload for n in listener.notifies(timeout=3, stop_after=1)]
    finally:
        listener.close()
    # idle (0) when the notice is sent: not inside the write's transaction
    assert order == ["write", "commit", "notify in transaction: 0"]
    assert decode_payload(notices[0]) is not None


@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_a_rolled_back_write_sends_no_notice(world):
    listener = _listener(world.db)
    try:
        with pytest.raises(RuntimeError), world.db.session() as session:
            session.execute(text("UPDATE site SET name = name || '' WHERE id = :id"), {"id": world.site_a})
            raise RuntimeError("the clerk's save failed")
        assert list(listener.notifies(timeout=0.5, stop_after=1)) == []
    finally:
        listener.close()
