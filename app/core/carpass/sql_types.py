"""Typed access to two SQLAlchemy objects its annotations leave loose: the ``Table`` of a
mapped class (``Model.__table__`` is typed as any FROM clause) and the number of rows a
data-changing statement touched (``Session.execute`` is typed as returning a plain
``Result``, while such statements return a ``CursorResult``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import CursorResult, Result


def table_of(model: type[Any]) -> Table:
    """The ``Table`` a declarative model maps (every model of the schema has one)."""
    table = model.__table__
    if not isinstance(table, Table):  # pragma: no cover - a model mapped to a join or a SELECT
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table


def affected_rows(result: Result[Any]) -> int:
    """Rows an INSERT, UPDATE or DELETE touched."""
    if not isinstance(result, CursorResult):  # pragma: no cover - only a SELECT's result is not
        raise TypeError("not the result of a data-changing statement")
    return result.rowcount
