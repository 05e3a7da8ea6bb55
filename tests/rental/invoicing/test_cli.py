"""``atelier rental invoice|credit-note|pdf|pay|journal|mail`` run in-process."""

from __future__ import annotations

import io

from pypdf import PdfReader

from app.core.rental.models import RentalDossier
from app.core.timeutil import local_today
from tests.rental.invoicing.factories import make_contract, make_rental_world


def number_of(db, dossier_id) -> str:
    with db.session() as s:
        return str(s.get(RentalDossier, dossier_id).number)


def test_invoice_pdf_pay_credit_journal(world, run_cli, tmp_path):
    rw = make_rental_world(world.db, world.company_id)
    number = number_of(world.db, make_contract(world.db, world.site_a, rw))
    year = local_today().year
    user = ("--user", "clerk.a")
    result = run_cli(world.db, *user, "rental", "invoice", number)
    assert result.code == 0, result.err
    assert f"A-{year}-00001" in result.out and f"A-{year}-00002" in result.out and "61,24 €" in result.out
    again = run_cli(world.db, *user, "rental", "invoice", number)
    assert again.code == 1 and "déjà facturé" in again.err
    out = tmp_path / "factures.pdf"
    assert run_cli(world.db, *user, "rental", "pdf", number, "--out", str(out)).code == 0
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 2
    assert run_cli(world.db, *user, "rental", "pdf", number, "--out", str(out), "--invoice", "2").code == 0
    [page] = PdfReader(io.BytesIO(out.read_bytes())).pages
    assert f"A-{year}-00002" in page.extract_text()
    paid = run_cli(world.db, *user, "rental", "pay", number, "--amount", "60", "--method", "cash", "--payer", "client")
    assert paid.code == 0 and "ne correspond pas" in paid.err
    bad = run_cli(world.db, *user, "rental", "pay", number, "--amount", "x", "--method", "cash", "--payer", "client")
    assert bad.code == 2 and "Montant" in bad.err
    listing = run_cli(world.db, *user, "rental", "payments", number)
    assert "reste dû 1,24 €" in listing.out
    credit = run_cli(world.db, *user, "rental", "credit-note", f"A-{year}-00002", "--reason", "erreur")
    assert credit.code == 0 and f"NC-A-{year}-00001" in credit.out
    journal = tmp_path / "ventes.csv"
    today = local_today().strftime("%d-%m-%Y")
    result = run_cli(world.db, *user, "rental", "journal", "--from", today, "--to", today, "--out", str(journal))
    assert result.code == 0
    assert f"NC-A-{year}-00001" in journal.read_text(encoding="utf-8-sig")
    assert "60,00" in (tmp_path / "ventes_reglements.csv").read_text(encoding="utf-8-sig")
    wrong = run_cli(world.db, *user, "rental", "journal", "--from", "31-12-2026", "--to", "01-01-2026", "--out",
                    str(journal))
    assert wrong.code == 2


def test_mail_command(world, run_cli, smtp_server, memory_keyring):
    rw = make_rental_world(world.db, world.company_id)
    number = number_of(world.db, make_contract(world.db, world.site_a, rw))
    assert run_cli(world.db, "--user", "clerk.a", "rental", "invoice", number).code == 0
    refused = run_cli(world.db, "--user", "clerk.a", "rental", "smtp", "--host", "127.0.0.1", "--sender", "a@b.be")
    assert refused.code == 1
    configured = run_cli(world.db, "--user", "admin.a", "rental", "smtp", "--host", "127.0.0.1", "--port",
                         str(smtp_server.port), "--no-starttls", "--user", "atelier", "--sender", "loc@garage.example",
                         env={"ATELIER_SMTP_PASSWORD": "smtp-secret"})
    assert configured.code == 0, configured.err
    sent = run_cli(world.db, "--user", "clerk.a", "rental", "mail", number)
    assert sent.code == 0, sent.err
    assert sorted(r[0] for r, _ in smtp_server.messages) == ["factures@europ-assist.example", "jean.dupre@example.be"]


def test_invoice_preview_writes_the_draft_and_nothing_else(world, run_cli, tmp_path):
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw)
    number = number_of(world.db, dossier_id)
    out = tmp_path / "projet.pdf"
    result = run_cli(world.db, "--user", "clerk.a", "rental", "invoice", number, "--preview", "--out", str(out))
    assert result.code == 0, result.err
    texts = [p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages]
    assert len(texts) == 2 and all("PROJET DE FACTURE" in t for t in texts)
    missing = run_cli(world.db, "--user", "clerk.a", "rental", "invoice", number, "--preview")
    assert missing.code == 2 and "--out" in missing.err
    with world.db.session() as s:
        assert not s.get(RentalDossier, dossier_id).invoiced
