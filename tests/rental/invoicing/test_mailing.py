"""E-mailing invoices through a real SMTP server on loopback, with the password from the keyring."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.core.errors import AtelierError, NotFoundError, PermissionDeniedError, ValidationError
from app.core.rental.invoicing.invoicing import invoice_dossier
from app.core.rental.invoicing.mailing import mail_log, save_smtp_settings, send_invoices, smtp_settings
from tests.rental.invoicing.factories import make_contract, make_rental_world


@pytest.fixture
def split(world):
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw)
    return dossier_id, invoice_dossier(world.db, world.clerk_a, dossier_id)


def configure(world, port, password="smtp-secret"):
    save_smtp_settings(world.db, world.admin_a, "127.0.0.1", port, False, "atelier", "location@carrosserie.example",
                       password)


def test_chosen_invoice_received_with_its_pdf(world, split, smtp_server, memory_keyring):
    dossier_id, (pec, client) = split
    configure(world, smtp_server.port)
    assert memory_keyring.get_password("Atelier SMTP", f"site-{world.site_a}") == "smtp-secret"
    [outcome] = send_invoices(world.db, world.clerk_a, dossier_id, [client.id])
    assert outcome.sent and outcome.recipient == "jean.dupre@example.be"
    [(recipients, message)] = smtp_server.messages
    assert recipients == ["jean.dupre@example.be"] and smtp_server.logins == ["atelier"]
    assert client.reference in message["Subject"] and "Jean Dupré" in message["To"]
    assert client.structured_communication in message.get_body(("plain",)).get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == f"{client.reference}.pdf"
    text = PdfReader(io.BytesIO(attachment.get_content())).pages[0].extract_text()
    assert client.reference in text and "61,24 €" in text and pec.reference not in text
    [entry] = mail_log(world.db, world.clerk_a, dossier_id)
    assert (entry.reference, entry.status, entry.sent_by) == (client.reference, "sent", "clerk.a")


def test_both_invoices_each_to_its_payer(world, split, smtp_server, memory_keyring):
    dossier_id, (pec, client) = split
    configure(world, smtp_server.port)
    outcomes = send_invoices(world.db, world.clerk_a, dossier_id, [pec.id, client.id])
    assert all(o.sent for o in outcomes)
    received = {tuple(r): m for r, m in smtp_server.messages}
    assert set(received) == {("factures@europ-assist.example",), ("jean.dupre@example.be",)}
    pec_mail = received[("factures@europ-assist.example",)]
    assert [a.get_filename() for a in pec_mail.iter_attachments()] == [f"{pec.reference}.pdf"]
    assert len(mail_log(world.db, world.clerk_a, dossier_id)) == 2


def test_wrong_password_is_logged_as_failed(world, split, smtp_server, memory_keyring):
    dossier_id, (pec, _client) = split
    configure(world, smtp_server.port, password="wrong")
    [outcome] = send_invoices(world.db, world.clerk_a, dossier_id, [pec.id])
    assert not outcome.sent and "SMTPAuthenticationError" in outcome.error
    assert smtp_server.messages == []
    [entry] = mail_log(world.db, world.clerk_a, dossier_id)
    assert entry.status == "failed"


def test_settings_rules(world, split, memory_keyring):
    dossier_id, (pec, _client) = split
    with pytest.raises(AtelierError, match="SMTP"):
        send_invoices(world.db, world.clerk_a, dossier_id, [pec.id])
    with pytest.raises(PermissionDeniedError):
        save_smtp_settings(world.db, world.clerk_a, "smtp.example", 587, True, "", "a@b.be")
    for host, port, sender, field in (("", 587, "a@b.be", "smtp_host"), ("h", "x", "a@b.be", "smtp_port"),
                                      ("h", 70000, "a@b.be", "smtp_port"), ("h", 25, "nope", "smtp_sender")):
        with pytest.raises(ValidationError) as info:
            save_smtp_settings(world.db, world.admin_a, host, port, True, "", sender)
        assert info.value.field == field
    save_smtp_settings(world.db, world.admin_a, "smtp.example", "465", True, "", "a@b.be")
    assert smtp_settings(world.db, world.site_a).port == 465
    assert smtp_settings(world.db, world.site_b).host == ""  # per site
    with pytest.raises(ValidationError):
        send_invoices(world.db, world.clerk_a, dossier_id, [])
    with pytest.raises(NotFoundError):
        send_invoices(world.db, world.clerk_b, dossier_id, [pec.id])
