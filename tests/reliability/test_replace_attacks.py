"""REPLACE-proof protected rows: on SQLite ``INSERT OR REPLACE``, ``REPLACE INTO``, UPSERT
(``ON CONFLICT DO UPDATE``) and ``UPDATE OR REPLACE`` from the plain ``sqlite3`` module (no
pragma set) used to delete a protected row without firing its DELETE trigger and write a
forged one; each is now refused and the row unchanged. On PostgreSQL the superuser's
``ON CONFLICT DO UPDATE`` is refused by the UPDATE triggers. The chains still verify."""

# ruff: noqa: F811 - the tests take the shared "records" fixture imported below
from __future__ import annotations

import pytest

from app.core.ledger.verify import broken_chains, verify_ledger
from tests.reliability.conftest import PROTECTED_TABLES, RawRefused, Records, raw_connection
from tests.reliability.test_immutable_records import records  # noqa: F401 - shared fixture

GUARDED = (*PROTECTED_TABLES, "ledger_entry", "ledger_head", "rental_dossier")


def columns(run, sqlite: bool, table: str) -> list[str]:
    """The table's columns, in order."""
    if sqlite:
        return [row[1] for row in run(f'PRAGMA table_info("{table}")')]
    return [row[0] for row in run("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                  "ORDER BY ordinal_position", (table,))]


def forged_copy(run, sqlite: bool, table: str, where: str, verb: str, **forged) -> str:
    """``<verb> <table> (every column) SELECT <the same, some forged> FROM <table> WHERE …``."""
    names = columns(run, sqlite, table)
    values = ", ".join(str(forged[name]) if name in forged else f'"{name}"' for name in names)
    return f'{verb} "{table}" ({", ".join(names)}) SELECT {values} FROM "{table}" WHERE {where}'


def snapshot(run) -> dict[str, list]:
    return {t: sorted(map(tuple, run(f'SELECT * FROM "{t}"')), key=repr) for t in GUARDED}


def sqlite_attacks(run, r: Records) -> list[str]:
    """The attacks of the report (272,25 € → 1,21 €, 99999, km 1) and their variants."""
    line = f"invoice_id = {r.live_invoice_id} AND position = 1"
    return [
        forged_copy(run, True, "invoice", f"id = {r.live_invoice_id}", "INSERT OR REPLACE INTO", total_incl=121),
        forged_copy(run, True, "invoice", f"id = {r.live_invoice_id}", "REPLACE INTO", total_incl=121),
        forged_copy(run, True, "invoice", f"id = {r.live_invoice_id}", "INSERT OR REPLACE INTO", id="NULL",
                    total_incl=121),  # collides on the reference / number, not on the id
        forged_copy(run, True, "invoice_line", line, "REPLACE INTO", id="NULL", amount=1),
        forged_copy(run, True, "payment", f"id = {r.payment_id}", "REPLACE INTO", amount=9999900),
        forged_copy(run, True, "journal_entry", f"payment_id = {r.payment_id}", "REPLACE INTO", amount=9999900),
        forged_copy(run, True, "carpass_reading", f"id = {r.reading_id}", "INSERT OR REPLACE INTO", odometer=1),
        forged_copy(run, True, "payment", f"id = {r.payment_id}", "INSERT INTO", amount=9999900)
        + " ON CONFLICT (id) DO UPDATE SET amount = excluded.amount",
        forged_copy(run, True, "journal_entry", f"payment_id = {r.payment_id}", "INSERT INTO", amount=9999900)
        + " ON CONFLICT DO UPDATE SET amount = excluded.amount",
        forged_copy(run, True, "ledger_entry", "seq = 1", "REPLACE INTO", content_hash="'0'"),
        forged_copy(run, True, "ledger_head", "kind = 'invoice'", "REPLACE INTO", length=0),
        forged_copy(run, True, "rental_dossier", f"id = {r.dossier_id}", "REPLACE INTO", km_in=1),
    ]


def test_replace_and_upsert_cannot_touch_protected_rows_on_sqlite(carpass, records):
    if not carpass.db.is_sqlite:
        pytest.skip("REPLACE is SQLite's")
    with raw_connection(carpass.db) as run:
        before = snapshot(run)
        accepted = []
        for statement in sqlite_attacks(run, records):
            try:
                run(statement)
                accepted.append(statement)
            except RawRefused as exc:
                assert "legally protected records" in str(exc) or "is frozen" in str(exc), (statement, str(exc))
        assert accepted == []
        assert snapshot(run) == before
    assert broken_chains(verify_ledger(carpass.db, carpass.admin_a)) == []


def test_update_or_replace_cannot_take_a_protected_rows_key_on_sqlite(carpass, records):
    if not carpass.db.is_sqlite:
        pytest.skip("UPDATE OR REPLACE is SQLite's")
    with raw_connection(carpass.db) as run:
        run(forged_copy(run, True, "carpass_reading", f"id = {records.reading_id}", "INSERT INTO", id="NULL",
                        idempotency_key="'k-free'", state="'queued'", request_guid="NULL"))
        before = snapshot(run)
        with pytest.raises(RawRefused, match="legally protected records"):
            run("UPDATE OR REPLACE carpass_reading SET idempotency_key = (SELECT idempotency_key FROM carpass_reading "
                "WHERE id = ?) WHERE idempotency_key = 'k-free'", (records.reading_id,))
        assert snapshot(run) == before


def pg_upserts(run, r: Records) -> list[str]:
    def upsert(table: str, where: str, column: str, value) -> str:
        return (forged_copy(run, False, table, where, "INSERT INTO", **{column: value})
                + f' ON CONFLICT (id) DO UPDATE SET "{column}" = excluded."{column}"')
    return [
        upsert("invoice", f"id = {r.live_invoice_id}", "total_incl", 121),
        upsert("invoice_line", f"invoice_id = {r.live_invoice_id} AND position = 1", "amount", 1),
        upsert("payment", f"id = {r.payment_id}", "amount", 9999900),
        upsert("journal_entry", f"payment_id = {r.payment_id}", "amount", 9999900),
        upsert("carpass_reading", f"id = {r.reading_id}", "odometer", 1),
        upsert("ledger_entry", "seq = 1", "content_hash", "'0'"),
    ]


def test_on_conflict_do_update_is_refused_on_postgresql(carpass, records):
    if carpass.db.is_sqlite:
        pytest.skip("the SQLite variants are above")
    with raw_connection(carpass.db) as run:  # the superuser, triggers active
        before = snapshot(run)
        for statement in pg_upserts(run, records):
            with pytest.raises(RawRefused, match="legally protected records"):
                run(statement)
        assert snapshot(run) == before
    assert broken_chains(verify_ledger(carpass.db, carpass.admin_a)) == []


def test_every_guarded_table_has_its_triggers_at_head(db):
    """A later migration rebuilding one of these tables on SQLite must create them again."""
    with raw_connection(db) as run:
        if db.is_sqlite:
            names = {row[0] for row in run("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            expected = {f"no_replace_{table}_insert" for table in GUARDED}
            expected |= {"no_replace_carpass_reading_update", "no_replace_rental_dossier_update",
                         "frozen_rental_dossier_update", "frozen_rental_dossier_delete",
                         "immutable_ledger_entry_update", "immutable_ledger_entry_delete",
                         "immutable_ledger_head_insert", "immutable_ledger_head_update", "immutable_ledger_head_delete"}
        else:
            names = {row[0] for row in run("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'")}
            expected = {"frozen_rental_dossier", "immutable_ledger_entry", "immutable_ledger_entry_truncate",
                        "immutable_ledger_head", "immutable_ledger_head_truncate"}
    assert expected <= names, expected - names


def test_the_chain_head_only_moves_to_the_entry_just_appended(carpass, records):
    """A head moved by hand would break the chain for every later record: refused."""
    with raw_connection(carpass.db) as run:
        before = snapshot(run)
        for statement in ("UPDATE ledger_head SET length = length + 1, head_hash = 'x' WHERE kind = 'payment'",
                          "UPDATE ledger_head SET length = length + 1 WHERE kind = 'payment'",
                          f"INSERT INTO ledger_head VALUES ({carpass.site_b}, 'payment', 7, '{'0' * 64}')"):
            with pytest.raises(RawRefused, match="legally protected records"):
                run(statement)
        assert snapshot(run) == before
