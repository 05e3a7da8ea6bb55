"""Fixtures of the reliability suite: the module suites' real loopback servers (Car-Pass
simulator, SMTP) and in-memory keyring, a raw database connection that bypasses the app,
and a world with issued invoices, payments, an e-mail log and acknowledged readings."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import make_url

from tests.carpass.sending.conftest import carpass, memory_keyring, simulator  # noqa: F401 - shared fixtures
from tests.rental.invoicing.conftest import smtp_server  # noqa: F401 - shared fixture

PROTECTED_TABLES = ("invoice", "invoice_line", "invoice_vat_line", "payment", "journal_entry", "invoice_mail",
                    "carpass_reading")


class RawRefused(Exception):
    """The database itself refused a raw statement."""


@contextmanager
def raw_connection(database):
    """A DB-API connection in autocommit, opened without the app (no ORM, no Session events)."""
    url = make_url(database.url)
    if url.get_backend_name() == "sqlite":
        connection = sqlite3.connect(url.database, isolation_level=None, timeout=5)
        errors: tuple = (sqlite3.DatabaseError,)
    else:
        import psycopg

        connection = psycopg.connect(host=url.host, port=url.port or 5432, user=url.username,
                                     password=url.password or None, dbname=url.database, autocommit=True)
        errors = (psycopg.Error,)

    def run(statement: str, params: tuple = ()):
        sql = statement if url.get_backend_name() == "sqlite" else statement.replace("?", "%s")
        try:
            cursor = connection.execute(sql, params)
            return cursor.fetchall() if cursor.description else cursor.rowcount
        except errors as exc:
            raise RawRefused(str(exc)) from exc

    try:
        yield run
    finally:
        connection.close()


@dataclass
class Records:
    """Ids of issued rows made by the real flows."""

    dossier_id: int
    invoice_id: int          # cancelled by credit_note_id
    credit_note_id: int
    live_invoice_id: int     # a second contract's invoice, not cancelled
    payment_id: int
    reading_id: int          # acknowledged (requestGuid)
