"""Tamper evidence: the chained records verify while untouched; an amount changed, a row
deleted, two rows' contents swapped, an entry of the ledger moved or a record written
outside the application are each found and named by ``atelier audit verify`` (exit 1), on
SQLite (the file edited with the sqlite3 module) and PostgreSQL (the superuser)."""

# ruff: noqa: F811 - the tests take the shared "records" fixture imported below
from __future__ import annotations

import pytest

from app.cli.main import main
from app.core.errors import PermissionDeniedError
from app.core.ledger.verify import broken_chains, verify_ledger
from tests.factories import PASSWORD
from tests.reliability.attacker import attacker
from tests.reliability.conftest import Records
from tests.reliability.test_immutable_records import records  # noqa: F401 - shared fixture

pytestmark = pytest.mark.usefixtures("qapp")  # main() reuses the running Qt application


def audit(world, user: str, monkeypatch, capsys) -> tuple[int, str]:
    """``atelier --user <user> audit verify``: its exit code and output."""
    monkeypatch.setenv("ATELIER_PASSWORD", PASSWORD)
    code = main(["--database", world.db.url, "--user", user, "--lang", "fr", "audit", "verify"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def only_break(world, kind: str):
    """The one broken chain (site A, ``kind``) and its break."""
    broken = broken_chains(verify_ledger(world.db, world.admin_a))
    assert [(r.site_code, r.kind) for r in broken] == [("A", kind)], [r.describe().render() for r in broken]
    return broken[0].broken


def test_untouched_chains_verify_with_length_and_head(carpass, records: Records, monkeypatch, capsys):
    reports = {(r.site_code, r.kind): r for r in verify_ledger(carpass.db, carpass.admin_a)}
    assert all(r.intact for r in reports.values())
    lengths = {kind: reports["A", kind].length for kind in ("invoice", "credit_note", "payment", "journal_entry",
                                                             "carpass_reading")}
    assert lengths == {"invoice": 4, "credit_note": 1, "payment": 2, "journal_entry": 2, "carpass_reading": 1}
    assert reports["B", "invoice"].length == 0
    code, out = audit(carpass, carpass.admin_a.login, monkeypatch, capsys)
    assert code == 0, out
    assert f"A invoice (factures) : chaîne intacte, 4 enregistrements, tête {reports['A', 'invoice'].head_hash}" in out


def test_a_clerk_may_not_verify(carpass, records: Records, monkeypatch, capsys):
    with pytest.raises(PermissionDeniedError):
        verify_ledger(carpass.db, carpass.clerk_a)
    code, out = audit(carpass, carpass.clerk_a.login, monkeypatch, capsys)
    assert code != 0 and "administrateurs" in out and "chaîne" not in out


def test_a_changed_amount_is_found_and_named(carpass, records: Records, monkeypatch, capsys):
    with attacker(carpass.db, "invoice") as run:
        reference, total = run("SELECT reference, total_incl FROM invoice WHERE id = ?", (records.live_invoice_id,))[0]
        (seq,) = run("SELECT seq FROM ledger_entry WHERE kind = 'invoice' AND record_id = ?",
                     (records.live_invoice_id,))[0]
        assert run("UPDATE invoice SET total_incl = 121 WHERE id = ?", (records.live_invoice_id,)) == 1
    found = only_break(carpass, "invoice")
    assert (found.seq, found.record_id, found.label) == (seq, records.live_invoice_id, reference)
    assert f"total_incl: {total / 100:.2f} → 1.21" in found.reason.render()
    code, out = audit(carpass, carpass.admin_a.login, monkeypatch, capsys)
    assert code == 1
    assert f"CHAÎNE ROMPUE à la position {seq}, enregistrement {reference}" in out and "contenu modifié" in out


def test_a_changed_invoice_line_and_reading_km_are_found(carpass, records: Records):
    with attacker(carpass.db, "invoice_line", "carpass_reading") as run:
        run("UPDATE invoice_line SET amount = 1 WHERE invoice_id = ?", (records.live_invoice_id,))
        run("UPDATE carpass_reading SET odometer = 1 WHERE id = ?", (records.reading_id,))
    broken = {r.kind: r.broken for r in broken_chains(verify_ledger(carpass.db, carpass.admin_a))}
    assert set(broken) == {"invoice", "carpass_reading"}
    assert "lines" in broken["invoice"].reason.render()
    assert "odometer: 50100 → 1" in broken["carpass_reading"].reason.render()


def test_a_deleted_row_is_found_and_named(carpass, records: Records):
    with attacker(carpass.db, "journal_entry") as run:
        (entry_id,) = run("SELECT id FROM journal_entry WHERE payment_id = ?", (records.payment_id,))[0]
        assert run("DELETE FROM journal_entry WHERE id = ?", (entry_id,)) == 1
    found = only_break(carpass, "journal_entry")
    assert (found.seq, found.record_id) == (1, entry_id)
    assert found.reason.render() == "enregistrement supprimé"


def test_two_rows_with_swapped_contents_are_found(carpass, records: Records):
    with attacker(carpass.db, "payment") as run:
        (first, amount, note), (second, other, other_note) = run(
            "SELECT id, amount, note FROM payment ORDER BY id")
        run("UPDATE payment SET amount = ?, note = ? WHERE id = ?", (other, other_note, first))
        run("UPDATE payment SET amount = ?, note = ? WHERE id = ?", (amount, note, second))
    found = only_break(carpass, "payment")
    assert (found.seq, found.record_id) == (1, first)
    assert f"amount: {amount / 100:.2f} → {other / 100:.2f}" in found.reason.render()


def test_reordered_ledger_entries_are_found(carpass, records: Records):
    """Swapping two entries' records (their order in the chain) breaks their hashes."""
    with attacker(carpass.db, "ledger_entry") as run:
        (a, ra), (b, rb) = run("SELECT id, record_id FROM ledger_entry WHERE kind = 'payment' ORDER BY seq")
        run("UPDATE ledger_entry SET record_id = -1 WHERE id = ?", (a,))
        run("UPDATE ledger_entry SET record_id = ? WHERE id = ?", (ra, b))
        run("UPDATE ledger_entry SET record_id = ? WHERE id = ?", (rb, a))
    found = only_break(carpass, "payment")
    assert (found.seq, found.reason.render()) == (1, "entrée du registre modifiée")


def test_a_removed_ledger_entry_and_a_record_written_outside_the_app_are_found(carpass, records: Records):
    with attacker(carpass.db, "ledger_entry") as run:
        run("DELETE FROM ledger_entry WHERE kind = 'invoice' AND seq = 1")
    found = only_break(carpass, "invoice")
    assert found.seq == 2 and "position 1 est absente" in found.reason.render()
    with attacker(carpass.db, "payment") as run:
        run("INSERT INTO payment (site_id, dossier_id, paid_on, amount, method, kind, payer_role, payer_name, note, "
            "created_at, created_by) SELECT site_id, dossier_id, paid_on, 50000, method, kind, payer_role, payer_name, "
            "'', created_at, created_by FROM payment WHERE id = ?", (records.payment_id,))
    broken = {r.kind: r.broken for r in broken_chains(verify_ledger(carpass.db, carpass.admin_a))}
    assert "hors chaîne" in broken["payment"].reason.render()


def test_the_start_up_window_checks_the_newest_entries_and_the_full_walk_everything(carpass, records: Records):
    with attacker(carpass.db, "invoice") as run:
        oldest, newest = run("SELECT min(record_id), max(record_id) FROM ledger_entry WHERE kind = 'invoice' "
                             "AND site_id = (SELECT site_id FROM invoice WHERE id = ?)", (records.live_invoice_id,))[0]
        assert run("UPDATE invoice SET total_incl = 121 WHERE id = ?", (oldest,)) == 1
    window = {(r.site_code, r.kind): r for r in verify_ledger(carpass.db, carpass.admin_a, last=2)}
    assert window["A", "invoice"].intact and window["A", "invoice"].length == 4  # the change is older than the window
    assert only_break(carpass, "invoice").record_id == oldest  # the whole walk finds it
    with attacker(carpass.db, "invoice") as run:
        assert run("UPDATE invoice SET total_incl = 121 WHERE id = ?", (newest,)) == 1
    broken = broken_chains(verify_ledger(carpass.db, carpass.admin_a, last=2))
    assert [(r.kind, r.broken.record_id) for r in broken] == [("invoice", newest)]
