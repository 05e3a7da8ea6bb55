"""The canonical content of each chained record: which columns (and child rows) it covers,
read with plain SQL and written as stable JSON.

Stable on both databases and across versions: the columns of each kind are listed here (a
column added to a table later is not covered unless a new format version lists it),
amounts are Decimal text with their scale (``"272.25"``), instants UTC ISO 8601
(``"2026-01-06T09:00:00+00:00"``), dates ISO, keys sorted. Columns the application may
still change on a chained row (an invoice's ``cancelled_by_id``, a reading's state and
server status) are left out.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, ColumnElement, Connection, Date, Integer, MetaData, String, Table, Text, select
from sqlalchemy.types import TypeEngine

from app.core.db.types import Money, ScaledDecimal, UTCDateTime

FORMAT_VERSION = 1
_metadata = MetaData()  # private: these tables only describe what is read, never created


def _table(name: str, *columns: tuple[str, TypeEngine[Any] | type[TypeEngine[Any]]]) -> Table:
    return Table(name, _metadata, *(Column(column, kind) for column, kind in columns))


_INVOICE = _table(
    "invoice", ("id", Integer), ("site_id", Integer), ("year", Integer), ("number", Integer), ("reference", String),
    ("kind", String), ("dossier_id", Integer), ("dossier_number", String), ("payer_role", String),
    ("payer_customer_id", Integer), ("payer_name", String), ("payer_street", String), ("payer_postcode", String),
    ("payer_city", String), ("payer_vat_number", String), ("payer_email", String), ("payer_country", String),
    ("issue_date", Date), ("due_date", Date), ("total_excl", Money()), ("total_vat", Money()),
    ("total_incl", Money()), ("structured_communication", String), ("vehicle_plate", String),
    ("pec_agreement", String), ("pec_file_number", String), ("period_text", String), ("period_start", UTCDateTime),
    ("period_end", UTCDateTime), ("note", Text), ("cancels_id", Integer), ("created_at", UTCDateTime),
    ("created_by", String))
_INVOICE_LINE = _table(
    "invoice_line", ("invoice_id", Integer), ("position", Integer), ("code", String), ("label", String),
    ("reason", Text), ("quantity", ScaledDecimal(3)), ("unit_price", ScaledDecimal(4)), ("amount", Money()),
    ("vat_rate", ScaledDecimal(2)))
_INVOICE_VAT_LINE = _table("invoice_vat_line", ("invoice_id", Integer), ("rate", ScaledDecimal(2)),
                           ("base", Money()), ("vat", Money()))
_PAYMENT = _table(
    "payment", ("id", Integer), ("site_id", Integer), ("dossier_id", Integer), ("paid_on", Date), ("amount", Money()),
    ("method", String), ("kind", String), ("payer_role", String), ("payer_name", String), ("note", String),
    ("reverses_id", Integer), ("created_at", UTCDateTime), ("created_by", String))
_JOURNAL_ENTRY = _table(
    "journal_entry", ("id", Integer), ("site_id", Integer), ("payment_id", Integer), ("entry_date", Date),
    ("journal", String), ("debit_account", String), ("credit_account", String), ("amount", Money()),
    ("label", String), ("created_at", UTCDateTime))
_READING = _table(
    "carpass_reading", ("id", Integer), ("site_id", Integer), ("entry_id", Integer), ("dossier_id", Integer),
    ("idempotency_key", String), ("payload", Text), ("vin", String), ("odometer", Integer), ("reading_date", Date),
    ("confirmed_by", String), ("confirmed_at", UTCDateTime), ("request_guid", String), ("sent_at", UTCDateTime),
    ("created_at", UTCDateTime), ("created_by", String))


@dataclass(frozen=True)
class Child:
    """Rows of a child table belonging to the record (an invoice's lines), in a fixed order."""

    key: str
    table: Table
    parent_column: str
    order: tuple[str, ...]


@dataclass(frozen=True)
class ChainSpec:
    """One kind of chained record: its table, which rows of it are chained, its children
    and the column naming the record in a report."""

    kind: str
    table: Table
    label_column: str
    condition: ColumnElement[bool] | None = None
    children: tuple[Child, ...] = ()

    def chained(self) -> ColumnElement[bool]:
        """The condition selecting the rows of this chain (all rows when None)."""
        return self.condition if self.condition is not None else self.table.c.id.is_not(None)


_LINES = (Child("lines", _INVOICE_LINE, "invoice_id", ("position",)),
          Child("vat_lines", _INVOICE_VAT_LINE, "invoice_id", ("rate",)))
SPECS: dict[str, ChainSpec] = {spec.kind: spec for spec in (
    ChainSpec("invoice", _INVOICE, "reference", _INVOICE.c.kind == "invoice", _LINES),
    ChainSpec("credit_note", _INVOICE, "reference", _INVOICE.c.kind == "credit_note", _LINES),
    ChainSpec("payment", _PAYMENT, "id"),
    ChainSpec("journal_entry", _JOURNAL_ENTRY, "id"),
    ChainSpec("carpass_reading", _READING, "id", _READING.c.request_guid.is_not(None)),
)}


def plain(value: object) -> object:
    """A column value as canonical JSON holds it (Decimal and instants as text)."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _columns(table: Table, skip: Iterable[str] = ()) -> list[Column[Any]]:
    return [column for column in table.c if column.name not in set(skip)]


def contents(connection: Connection, spec: ChainSpec, site_id: int, record_id: int | None = None,
             since_id: int | None = None, record_ids: Collection[int] | None = None) -> dict[int, str]:
    """The canonical content (JSON text) of every chained record of the site, by id; only
    ``record_id``'s (or those of ``record_ids``) when given, only ids from ``since_id`` on
    when given. A record is covered with its children (invoice lines)."""
    table = spec.table
    query = select(*_columns(table)).where(table.c.site_id == site_id, spec.chained())
    if record_id is not None:
        query = query.where(table.c.id == record_id)
    if record_ids is not None:
        query = query.where(table.c.id.in_(list(record_ids)))
    if since_id is not None:
        query = query.where(table.c.id >= since_id)
    records: dict[int, dict[str, Any]] = {}
    for row in connection.execute(query.order_by(table.c.id)).mappings():
        records[row["id"]] = {"row": {key: plain(value) for key, value in row.items()}}
    for child in spec.children:
        for record in records.values():
            record[child.key] = []
        parent = child.table.c[child.parent_column]
        child_query = select(*_columns(child.table)).where(parent.in_(select(table.c.id).where(
            table.c.site_id == site_id, spec.chained())))
        if record_id is not None:
            child_query = child_query.where(parent == record_id)
        if record_ids is not None:
            child_query = child_query.where(parent.in_(list(record_ids)))
        if since_id is not None:
            child_query = child_query.where(parent >= since_id)
        order = [parent, *(child.table.c[name] for name in child.order)]
        for row in connection.execute(child_query.order_by(*order)).mappings():
            if row[child.parent_column] in records:
                records[row[child.parent_column]][child.key].append(
                    {key: plain(value) for key, value in row.items() if key != child.parent_column})
    return {record_id: dump({"v": FORMAT_VERSION, "kind": spec.kind, **record})
            for record_id, record in records.items()}


def dump(document: dict[str, Any]) -> str:
    """Canonical JSON text: keys sorted, no spaces, UTF-8 characters kept."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_label(spec: ChainSpec, content: str) -> str:
    """How a report names the record of a stored content (an invoice's reference, an id)."""
    try:
        return str(json.loads(content)["row"][spec.label_column])
    except (ValueError, KeyError, TypeError):
        return "?"


def differences(stored: str, current: str) -> list[str]:
    """What differs between two contents of the same record: ``column: stored → now``
    per column, ``lines`` / ``vat_lines`` when child rows differ."""
    try:
        before, after = json.loads(stored), json.loads(current)
    except ValueError:
        return ["content"]
    found = []
    old_row, new_row = before.get("row", {}), after.get("row", {})
    for key in sorted(set(old_row) | set(new_row)):
        if old_row.get(key) != new_row.get(key):
            found.append(f"{key}: {old_row.get(key)} → {new_row.get(key)}")
    for key in sorted((set(before) | set(after)) - {"row"}):
        if before.get(key) != after.get(key):
            found.append(key)
    return found
