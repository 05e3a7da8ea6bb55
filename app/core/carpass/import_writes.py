"""The CSV import's bulk writes: reserved dossier ids, one insert of many rows given
column by column, and "id among these" conditions, each in the form that costs least on
SQLite and on PostgreSQL while still going through the engine (so change notifications
hear it) and, on PostgreSQL, through the clerk's row-level security."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import repeat
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Integer, String, Table, any_, bindparam, cast, func, literal_column, select
from sqlalchemy.orm import Session

from app.core.carpass.models import Dossier
from app.core.carpass.sql_types import table_of


def among(column: ColumnElement[Any], values: list[int], postgres: bool) -> ColumnElement[bool]:
    """``column IN values`` with one text parameter the database reads as a list: an integer
    array on PostgreSQL, a JSON array on SQLite (one bound parameter per value cost more
    to prepare than the insert it selects for; the driver's array adaptation too)."""
    if postgres:
        ids = cast(func.string_to_array(bindparam(None, ",".join(map(str, values)), type_=String), ","),
                   ARRAY(Integer))
        return column == any_(ids)
    listed = func.json_each(bindparam(None, f"[{','.join(map(str, values))}]", type_=String))
    return column.in_(select(literal_column("value")).select_from(listed))


def reserve_ids(session: Session, count: int, postgres: bool) -> list[int]:
    """``count`` new dossier ids, in increasing order, as the inserts would have drawn them.

    PostgreSQL: taken from the table's sequence. SQLite: after the largest id, which is
    what SQLite would give (no AUTOINCREMENT); the import holds the write lock meanwhile.
    """
    table = table_of(Dossier)
    if postgres:
        sequence = func.pg_get_serial_sequence(table.name, table.c.id.name)
        return sorted(session.scalars(select(func.nextval(sequence)).select_from(func.generate_series(1, count))))
    start = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    return list(range(start, start + count))


_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


# Between the values of one column, and for "no value", in the text PostgreSQL makes an
# array of: control characters, which the import refuses in every cell of the file.
_SEPARATOR, _NULL = "\x1f", "\x1e"


def postgres_column(values: list[Any]) -> str:
    """``values`` as one text for ``(string_to_array(text, chr(31), chr(30)))[2:]``.

    A first element, dropped by ``[2:]``, keeps a lone empty text a one-element array
    (``string_to_array('', …)`` is an empty array).

    Each value is written as its text (ints, dates, UTC instants, booleans: what the
    server reads back as the column's type); raises if a value holds a marker, which the
    import's validation does not let through.
    """
    texts = [_NULL if value is None else str(value) for value in values]
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) - 1 or joined.count(_NULL) != values.count(None):
        raise ValueError("a control character in a value to insert")
    return "-" + _SEPARATOR + joined


def bulk_insert(session: Session, table: Table, per_row: dict[str, list[Any]],
                 same_for_all: dict[str, object]) -> None:
    """Insert rows given column by column (``per_row``) plus ``same_for_all`` values.

    Each value still goes through its column type's own conversion (UTC instants, cents,
    dates), but a constant is converted once, not once per row, and no per-row parameter
    dictionary is built: on SQLite that bookkeeping cost more than the insert itself.
    SQLite: one ``executemany``. PostgreSQL: one ``INSERT … SELECT FROM unnest(…)`` of one
    text parameter per column that the server splits and casts to the column's type: a
    single statement, near ``COPY``'s speed, and still an ``INSERT``, which the clerk's
    row-level security checks row by row (``COPY FROM`` is refused on such tables, and a
    temporary table to copy into needs a privilege clerks do not have).
    """
    connection = session.connection()
    dialect = connection.dialect

    def converted(name: str, values: list[Any]) -> list[Any]:
        convert = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if convert is None:
            return values
        distinct = dict.fromkeys(values)
        if len(distinct) * 2 > len(values):
            return list(map(convert, values))
        # Flags, dates of first registration: each distinct value converted once.
        return list(map({value: convert(value) for value in distinct}.__getitem__, values))

    quote = dialect.identifier_preparer.quote
    names = [*per_row, *same_for_all]
    into = f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
    constants = [converted(name, [value])[0] for name, value in same_for_all.items()]
    if dialect.name == "postgresql":
        def sql_type(name: str) -> str:
            return str(table.c[name].type.compile(dialect=dialect))

        arrays = ", ".join(f"CAST((string_to_array(%s, chr(31), chr(30)))[2:] AS {sql_type(name)}[])"
                           for name in per_row)
        fixed = ", ".join(f"CAST(%s AS {sql_type(name)})" for name in same_for_all)
        connection.exec_driver_sql(  # parameters in the text's order: the constants come first
            f"{into}SELECT *, {fixed} FROM unnest({arrays})",
            (*constants, *(postgres_column(converted(name, values)) for name, values in per_row.items())))
        return
    columns: list[Iterable[Any]] = [converted(name, values) for name, values in per_row.items()]
    columns += [repeat(value) for value in constants]
    connection.exec_driver_sql(
        f"{into}VALUES ({', '.join([_PLACEHOLDERS[dialect.paramstyle]] * len(names))})",
        list(zip(*columns, strict=False)))
