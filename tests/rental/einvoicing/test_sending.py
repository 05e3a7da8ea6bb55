"""The round trip through the access-point simulator over loopback HTTP, on SQLite and
PostgreSQL: lookup, POST, delivery, refusal, buyer not on Peppol, retries, "à vérifier"."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.core.errors import AtelierError
from app.core.progress import run_to_end
from app.core.rental.einvoicing.actions import einvoice_status, poll_statuses, prepare_resend, resend_targets
from app.core.rental.einvoicing.models import EinvoiceCall, EinvoiceSending
from app.core.rental.einvoicing.sender import SendOptions, send_einvoices
from app.core.rental.invoicing.invoicing import invoice_dossier, issue_credit_notes
from app.core.rental.invoicing.models import Invoice

FAST = SendOptions(base_delay=0.01, max_delay=0.05, patience=5.0)


def send(world, ids, scope=None):
    return run_to_end(send_einvoices(world.db, scope or world.clerk_a, ids, options=FAST))


def reference(world, invoice_id):
    with world.db.session() as s:
        return s.get(Invoice, invoice_id).reference


def test_send_deliver_and_never_twice(world, test_set, connected):
    invoice_id = test_set.documents["pec_single"]
    summary = send(world, [invoice_id])
    assert [line.state for line in summary.lines] == ["sent"] and summary.all_sent
    [received] = connected.received("0208:0457247904")
    with world.db.session() as s:
        sending = s.scalar(select(EinvoiceSending).where(EinvoiceSending.invoice_id == invoice_id))
        assert received.document_id == sending.document_id and sending.provider_id == received.provider_id
        assert received.xml == sending.payload.encode("utf-8")
        assert [c.operation for c in s.scalars(select(EinvoiceCall).order_by(EinvoiceCall.id))] == ["lookup", "send"]
    again = send(world, [invoice_id])
    assert [line.state for line in again.lines] == ["sent"]
    assert connected.state.posts == 1 and len(connected.received()) == 1
    polled = run_to_end(poll_statuses(world.db, world.clerk_a))
    assert polled.changed == [(reference(world, invoice_id), "sent", "delivered")]
    assert einvoice_status(world.db, world.clerk_a, reference(world, invoice_id)).state == "delivered"


def test_buyer_not_on_peppol_is_reported_not_posted(world, test_set, connected):
    invoice_id = test_set.documents["beneficiary_with_vat"]
    [line] = send(world, [invoice_id]).lines
    assert line.state == "not_registered" and "0208:0202239951" in line.message
    assert connected.state.posts == 0 and connected.state.lookups == 1
    connected.participants["0208:0202239951"] = connected.participants["0208:0457247904"]
    assert resend_targets(world.db, world.clerk_a, invoice_id) == [invoice_id]
    [line] = send(world, prepare_resend(world.db, world.clerk_a, invoice_id)).lines
    assert line.state == "sent" and connected.state.posts == 1


def test_refusal_then_correction_by_credit_note(world, test_set, connected):
    connected.rejecting["0208:0457247904"] = "numéro de dossier d'assistance inconnu"
    invoice_id = test_set.documents["pec_two"]
    assert send(world, [invoice_id]).all_sent
    run_to_end(poll_statuses(world.db, world.clerk_a))
    status = einvoice_status(world.db, world.clerk_a, reference(world, invoice_id))
    assert status.state == "refused" and "dossier d'assistance" in status.message
    with world.db.session() as s:
        dossier_id = s.get(Invoice, invoice_id).dossier_id
    notes = issue_credit_notes(world.db, world.clerk_a, dossier_id, None, "dossier corrigé")
    note = next(n for n in notes if n.payer_role == "pec")
    with world.db.session() as s:
        from app.core.rental.models import RentalDossier
        s.get(RentalDossier, dossier_id).pec_file_number = "EA-2026-99999"
    replacements = invoice_dossier(world.db, world.clerk_a, dossier_id)
    targets = resend_targets(world.db, world.clerk_a, invoice_id)
    pec_replacement = [i.id for i in replacements if i.payer_role == "pec"]
    assert targets[0] == note.id and set(pec_replacement) <= set(targets)
    connected.rejecting.clear()
    connected.participants["0208:0202239951"] = connected.participants["0208:0457247904"]
    summary = send(world, prepare_resend(world.db, world.clerk_a, invoice_id))
    assert {line.state for line in summary.lines} == {"sent"}
    kinds = sorted(t.document_type.split("::")[1].split("##")[0] for t in connected.received())
    assert kinds.count("CreditNote") == 1 and kinds.count("Invoice") == 3
    with pytest.raises(AtelierError):
        resend_targets(world.db, world.clerk_a, note.id)


def test_failures_before_the_provider_are_retried(world, test_set, connected):
    connected.fail_next("unavailable", 2)
    summary = send(world, [test_set.documents["pec_single"]])
    assert summary.all_sent and connected.state.posts == 1 and len(connected.received()) == 1
    with world.db.session() as s:
        outcomes = [c.outcome for c in s.scalars(select(EinvoiceCall).where(EinvoiceCall.operation == "send")
                                                 .order_by(EinvoiceCall.id))]
    assert outcomes == ["retry", "retry", "sent"]


def test_refused_connection_stays_queued_for_the_next_run(world, test_set, connected):
    import socket

    from app.core.rental.einvoicing.access_point_settings import set_endpoint

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        closed_port = free.getsockname()[1]
    set_endpoint(world.db, world.admin_a, f"http://127.0.0.1:{closed_port}/api/v1")
    quick = SendOptions(base_delay=0.01, max_delay=0.02, patience=0.0)
    summary = run_to_end(send_einvoices(world.db, world.clerk_a, [test_set.documents["pec_single"]], options=quick))
    assert [line.state for line in summary.lines] == ["queued"] and "connection" in summary.lines[0].message
    set_endpoint(world.db, world.admin_a, connected.base_url)
    assert [line.state for line in send(world, None).lines] == ["sent"] and connected.state.posts == 1


def test_dropped_connection_is_to_check_and_the_provider_says_whether_it_came(world, test_set, connected):
    invoice_id = test_set.documents["pec_single"]
    connected.fail_next("reset_before")
    assert [line.state for line in send(world, [invoice_id]).lines] == ["unknown"]
    run_to_end(poll_statuses(world.db, world.clerk_a))
    status = einvoice_status(world.db, world.clerk_a, reference(world, invoice_id))
    assert status.state == "unknown" and "vous pouvez la renvoyer" in status.hint.render()
    assert [line.state for line in send(world, prepare_resend(world.db, world.clerk_a, invoice_id)).lines] == ["sent"]
    assert len(connected.received()) == 1


def test_possibly_received_becomes_to_check_and_resend_keeps_the_key(world, test_set, connected):
    invoice_id = test_set.documents["business_extras_21"]
    connected.fail_next("reset_after")
    [line] = send(world, [invoice_id]).lines
    assert line.state == "unknown"
    assert len(connected.received()) == 1  # it did reach the provider
    again = send(world, None)
    assert again.lines == [] and connected.state.posts == 1  # never re-posted on its own
    with world.db.session() as s:
        first_key = s.scalar(select(EinvoiceSending.document_id).where(EinvoiceSending.invoice_id == invoice_id))
    [line] = send(world, prepare_resend(world.db, world.clerk_a, invoice_id)).lines
    assert line.state == "sent" and connected.state.replays == 1 and len(connected.received()) == 1
    with world.db.session() as s:
        assert s.scalar(select(EinvoiceSending.document_id)
                        .where(EinvoiceSending.invoice_id == invoice_id)) == first_key


def test_to_check_resolved_by_the_status_query(world, test_set, connected):
    invoice_id = test_set.documents["pec_single"]
    connected.fail_next("server_error")
    assert [line.state for line in send(world, [invoice_id]).lines] == ["unknown"]
    polled = run_to_end(poll_statuses(world.db, world.clerk_a))
    assert polled.changed == [(reference(world, invoice_id), "unknown", "delivered")]
    assert connected.state.posts == 1


def test_wrong_key_stops_the_run_and_keeps_the_queue(world, test_set, connected):
    from app.core.rental.einvoicing.access_point_settings import store_key

    store_key(world.db, world.admin_a, "wrong-key")
    summary = send(world, [test_set.documents["pec_single"]])
    assert summary.stopped is not None and [line.state for line in summary.lines] == ["queued"]
    assert connected.state.posts == 0


def test_unconfigured_site_is_told_what_to_do(world, test_set, memory_keyring):
    with pytest.raises(AtelierError) as info:
        send(world, [test_set.documents["pec_single"]])
    assert "point d'accès Peppol" in str(info.value)


def test_a_batch_with_an_invoice_that_cannot_be_e_invoiced_queues_nothing(world, test_set, connected):
    from app.core.errors import ValidationError

    with pytest.raises(ValidationError) as info:
        send(world, [test_set.documents["pec_single"], test_set.pdf_only])
    assert "particulier" in str(info.value)
    with world.db.session() as s:
        assert s.scalars(select(EinvoiceSending)).all() == []
    assert connected.state.posts == 0 and connected.state.lookups == 0
