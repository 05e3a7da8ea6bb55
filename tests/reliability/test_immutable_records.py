"""Immutability below the application (migration 0008): a raw SQL connection — no ORM, no
app — cannot UPDATE or DELETE issued invoices, credit notes, their lines, payments, journal
entries, the e-mail log or acknowledged Car-Pass readings, on SQLite and PostgreSQL. The one
allowed change, linking an invoice to the credit note that cancels it, works once."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from app.core.carpass.sending.models import CarpassReading
from app.core.carpass.sending.sender import send_readings
from app.core.progress import run_to_end
from app.core.rental.invoicing.invoicing import invoice_dossier, issue_credit_notes
from app.core.rental.invoicing.models import Invoice
from app.core.rental.invoicing.payments import record_payment, reverse_payment
from tests.carpass.sending.conftest import FAST, enrol
from tests.reliability.conftest import (
    PROTECTED_TABLES,
    RawRefused,
    Records,
    raw_connection,
)
from tests.rental.invoicing.factories import make_contract, make_rental_world


@pytest.fixture
def records(carpass) -> Records:
    """Issued rows made by the real flows: invoice + credit note, a second invoice, a payment
    and its reversal (journal entries), an e-mail log line, an acknowledged reading."""
    world = carpass
    rw = make_rental_world(world.db, world.company_id)
    dossier = make_contract(world.db, world.site_a, rw)
    (invoice, *_) = invoice_dossier(world.db, world.clerk_a, dossier)
    (note,) = issue_credit_notes(world.db, world.clerk_a, dossier, [invoice.id], "erreur de tarif")
    live = invoice_dossier(world.db, world.clerk_a, make_contract(world.db, world.site_a, rw))[0]
    payment, _ = record_payment(world.db, world.clerk_a, dossier, "10", "cash", "client")
    reverse_payment(world.db, world.clerk_a, payment.id, "erreur")
    with world.db.session() as s:
        s.execute(text("INSERT INTO invoice_mail (site_id, dossier_id, invoice_id, recipient, subject, "
                       "attachment_name, status, error, sent_at, sent_by) VALUES (:site, :dossier, :invoice, "
                       "'a@example.be', 'Facture', 'x.pdf', 'sent', '', '2026-11-20 10:00:00', 'clerk.a')"),
                  {"site": world.site_a, "dossier": dossier, "invoice": live.id})
    entry = enrol(world.db, world.site_a, 4711)
    summary = run_to_end(send_readings(world.db, world.clerk_a, entry_ids=[entry], options=FAST))
    assert [line.outcome for line in summary.lines] == ["sent"]
    with world.db.session() as s:
        reading = s.scalars(select(CarpassReading)).one()
        assert reading.request_guid
        return Records(dossier, invoice.id, note.id, live.id, payment.id, reading.id)


def _attempts(r: Records) -> list[str]:
    return [
        f"UPDATE invoice SET total_incl = total_incl + 100 WHERE id = {r.live_invoice_id}",
        f"UPDATE invoice SET payer_name = 'Autre' WHERE id = {r.credit_note_id}",
        f"UPDATE invoice SET cancelled_by_id = NULL WHERE id = {r.invoice_id}",
        f"DELETE FROM invoice WHERE id = {r.live_invoice_id}",
        f"DELETE FROM invoice WHERE id = {r.credit_note_id}",
        "UPDATE invoice_line SET amount = 1",
        "DELETE FROM invoice_line",
        "UPDATE invoice_vat_line SET vat = 0",
        "DELETE FROM invoice_vat_line",
        f"UPDATE payment SET amount = 99999 WHERE id = {r.payment_id}",
        f"UPDATE payment SET note = 'x' WHERE id = {r.payment_id}",
        "DELETE FROM payment WHERE reverses_id IS NOT NULL",
        "UPDATE journal_entry SET amount = 1",
        "UPDATE journal_entry SET debit_account = '999999'",
        "DELETE FROM journal_entry",
        "UPDATE invoice_mail SET status = 'failed'",
        "DELETE FROM invoice_mail",
        f"UPDATE carpass_reading SET odometer = odometer - 1000 WHERE id = {r.reading_id}",
        f"UPDATE carpass_reading SET request_guid = 'forged' WHERE id = {r.reading_id}",
        f"UPDATE carpass_reading SET state = 'queued' WHERE id = {r.reading_id}",
        f"UPDATE carpass_reading SET payload = '{{}}' WHERE id = {r.reading_id}",
        f"DELETE FROM carpass_reading WHERE id = {r.reading_id}",
    ]


def _snapshot(run) -> dict[str, list]:
    return {t: sorted(map(tuple, run(f"SELECT * FROM {t}")), key=repr) for t in PROTECTED_TABLES}


def test_raw_sql_cannot_change_or_delete_protected_rows(carpass, records):
    with raw_connection(carpass.db) as run:
        before = _snapshot(run)
        assert all(before[t] for t in PROTECTED_TABLES), {t: len(v) for t, v in before.items()}
        accepted = []
        for statement in _attempts(records):
            try:
                run(statement)
                accepted.append(statement)
            except RawRefused as exc:
                assert "legally protected records" in str(exc), str(exc)
        assert accepted == []
        assert _snapshot(run) == before


def test_cancellation_link_is_allowed_once_and_only_to_its_credit_note(carpass, records):
    live = records.live_invoice_id
    columns = ("site_id, year, number, reference, kind, dossier_id, dossier_number, payer_role, payer_customer_id, "
               "payer_name, payer_street, payer_postcode, payer_city, payer_vat_number, payer_email, issue_date, "
               "due_date, total_excl, total_vat, total_incl, structured_communication, vehicle_plate, pec_agreement, "
               "pec_file_number, period_text, note, created_at, created_by")
    copy = columns.replace("number, reference, kind", "number + 900, reference || '-NC', 'credit_note'")
    with raw_connection(carpass.db) as run:
        run(f"INSERT INTO invoice ({columns}, cancels_id) SELECT {copy}, id FROM invoice WHERE id = ?", (live,))
        note = run("SELECT id FROM invoice WHERE cancels_id = ?", (live,))[0][0]
        # not to a credit note of another invoice, not with any other change
        for statement in (f"UPDATE invoice SET cancelled_by_id = {records.credit_note_id} WHERE id = {live}",
                          f"UPDATE invoice SET cancelled_by_id = {note}, note = 'x' WHERE id = {live}",
                          f"UPDATE invoice SET cancelled_by_id = {live} WHERE id = {note}"):
            with pytest.raises(RawRefused, match="legally protected"):
                run(statement)
        assert run(f"UPDATE invoice SET cancelled_by_id = {note} WHERE id = {live}") == 1
        with pytest.raises(RawRefused, match="legally protected"):
            run(f"UPDATE invoice SET cancelled_by_id = {note} WHERE id = {live}")
        with pytest.raises(RawRefused, match="legally protected"):
            run(f"UPDATE invoice SET cancelled_by_id = NULL WHERE id = {live}")
        assert run("SELECT cancelled_by_id FROM invoice WHERE id = ?", (live,)) == [(note,)]


def test_status_polling_columns_stay_writable_on_acknowledged_readings(carpass, records):
    with raw_connection(carpass.db) as run:
        run("UPDATE carpass_reading SET server_status = 'Validated', state = 'anomaly', last_message = 'à revoir' "
            "WHERE id = ?", (records.reading_id,))
        run("UPDATE carpass_reading SET anomaly_answered = ?, state = 'sent' WHERE id = ?", (True, records.reading_id))
        with pytest.raises(RawRefused, match="legally protected"):
            run("UPDATE carpass_reading SET anomaly_answered = ? WHERE id = ?", (False, records.reading_id))
        assert run("SELECT state, server_status FROM carpass_reading WHERE id = ?",
                   (records.reading_id,)) == [("sent", "Validated")]


def test_unacknowledged_outbox_rows_stay_free(carpass, records):
    """The outbox's working rows (no requestGuid yet) are claimed, retried and superseded."""
    with raw_connection(carpass.db) as run:
        run("INSERT INTO carpass_reading (site_id, entry_id, dossier_id, idempotency_key, state, payload, vin, "
            "odometer, reading_date, checks, attempts, anomaly_answered, created_at) SELECT site_id, entry_id, "
            "dossier_id, 'k-unacknowledged', 'queued', payload, vin, odometer, reading_date, checks, 0, "
            "anomaly_answered, created_at FROM carpass_reading WHERE id = ?", (records.reading_id,))
        assert run("UPDATE carpass_reading SET state = 'superseded', attempts = 3 "
                   "WHERE idempotency_key = 'k-unacknowledged'") == 1
        assert run("DELETE FROM carpass_reading WHERE idempotency_key = 'k-unacknowledged'") == 1


def test_every_protected_table_has_its_triggers_at_head(db):
    with db.session() as s:
        if db.engine.dialect.name == "sqlite":
            rows = s.execute(text("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")).all()
            expected = {(t, f"immutable_{t}_{op}") for t in PROTECTED_TABLES for op in ("update", "delete")}
        else:
            rows = s.execute(text("SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                  "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D'")).all()
            expected = {(t, f"immutable_{t}{suffix}") for t in PROTECTED_TABLES for suffix in ("", "_truncate")}
        assert expected <= set(map(tuple, rows))


def test_truncate_is_refused_on_postgresql(pg_world):
    with raw_connection(pg_world.db) as run:
        for table in PROTECTED_TABLES:
            with pytest.raises(RawRefused, match="legally protected"):
                run(f'TRUNCATE "{table}" CASCADE')


def test_the_app_still_refuses_first_with_its_own_message(carpass, records):
    """The ORM guard speaks before the trigger: the clerk reads a sentence, not SQL."""
    from app.core.rental.invoicing.immutability import ImmutableRecordError

    with pytest.raises(ImmutableRecordError), carpass.db.session() as s:
        s.get(Invoice, records.live_invoice_id).note = "x"
