"""Gapless counters: the next number of a sequence kept in a table row, drawn inside the
caller's transaction (invoice numbers, dossier numbers).

One ``UPDATE … SET n = n + 1 … RETURNING n`` after creating the row if it is missing: the
row stays locked until the caller's transaction ends (a row lock on PostgreSQL; SQLite's
write lock, taken by the UPDATE or already by ``db.session(immediate=True)``). A rollback
gives the number back, so there is never a gap, and two stations never draw the same
number. Unlike a database sequence, which hands out numbers outside transactions.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Column, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session


def next_in_sequence(session: Session, counter: Column[int], keys: Mapping[str, object]) -> int:
    """Draw the next value of ``counter`` (an integer column starting at 0) in the row of
    its table identified by ``keys`` (the columns of a unique constraint), created at 0 when
    missing; the row stays locked until the caller's transaction ends."""
    table = counter.table
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(table).values(**keys, **{counter.name: 0})
                    .on_conflict_do_nothing(index_elements=list(keys)))
    where = [table.c[name] == value for name, value in keys.items()]
    return session.execute(update(table).where(*where).values({counter: counter + 1})
                           .returning(counter)).scalar_one()
