"""The Facturation and Règlement tabs and the invoices tab, driven with pytest-qt."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from app.core.rental.invoicing.invoicing import dossier_invoices, invoice_dossier
from app.core.rental.invoicing.mailing import save_smtp_settings
from app.core.rental.invoicing.payments import list_payments, payer_balances
from app.core.rental.models import RentalDossier
from app.ui.app_context import AppContext
from app.ui.rental.invoicing import pdf_actions
from app.ui.rental.invoicing.panels import dossier_tabs
from app.ui.rental.invoicing.tabs import tabs
from app.ui.settings import station_settings
from tests.rental.invoicing.factories import make_contract, make_rental_world


@pytest.fixture
def setup(sqlite_world, qtbot, monkeypatch):
    rw = make_rental_world(sqlite_world.db, sqlite_world.company_id)
    dossier_id = make_contract(sqlite_world.db, sqlite_world.site_a, rw)
    context = AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())
    reloads = []
    [(inv_title, invoicing), (pay_title, payments)] = dossier_tabs(context, dossier_id, lambda: reloads.append(1))
    assert (inv_title, pay_title) == ("Facturation", "Règlement")
    qtbot.addWidget(invoicing)
    qtbot.addWidget(payments)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    return sqlite_world, dossier_id, invoicing, payments, reloads, warnings


def test_invoice_button_shows_numbers_and_freezes(setup, qtbot, qtmodeltester):
    world, dossier_id, invoicing, payments, reloads, warnings = setup
    assert invoicing.invoice_button.isEnabled() and not invoicing.credit_button.isEnabled()
    assert "Pas encore facturé" in invoicing.numbers_label.text()
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.invoice_button.click()
    assert not warnings, warnings
    refs = [i.reference for i in dossier_invoices(world.db, world.clerk_a, dossier_id)]
    assert len(refs) == 2 and all(r in invoicing.numbers_label.text() for r in refs)
    assert reloads and not invoicing.invoice_button.isEnabled() and invoicing.credit_button.isEnabled()
    with world.db.session() as s:
        assert s.get(RentalDossier, dossier_id).invoiced
    qtmodeltester.check(invoicing.model)
    assert invoicing.model.rowCount() == 2
    assert payments.balances_model.rowCount() == 2  # the Règlement tab followed
    qtmodeltester.check(payments.balances_model)


def test_invoice_refused_names_missing_return_data(sqlite_world, qtbot, monkeypatch):
    rw = make_rental_world(sqlite_world.db, sqlite_world.company_id)
    dossier_id = make_contract(sqlite_world.db, sqlite_world.site_a, rw, returned=False)
    context = AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())
    [(_, invoicing), (_, payments)] = dossier_tabs(context, dossier_id, lambda: None)
    qtbot.addWidget(invoicing)
    qtbot.addWidget(payments)
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.invoice_button.click()
    assert shown and "Date-heure de retour réelle" in shown[0] and "Kilométrage au retour" in shown[0]
    assert invoicing.model.rowCount() == 0


def test_save_pdf_of_the_chosen_invoice(setup, qtbot, monkeypatch, tmp_path):
    world, dossier_id, invoicing, *_ = setup
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.invoice_button.click()
    pec, client = dossier_invoices(world.db, world.clerk_a, dossier_id)

    def choose_client_only(dialog):
        assert len(dialog.boxes) == 2
        dialog.findChild(type(dialog.boxes[0][0]), f"choice_{pec.id}").setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pdf_actions.InvoiceChoiceDialog, "exec", choose_client_only)
    target = tmp_path / "facture.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.save_button.click()
    [page] = PdfReader(io.BytesIO(target.read_bytes())).pages
    assert client.reference in page.extract_text() and "Jean Dupré" in page.extract_text()


def test_credit_note_then_reinvoice_from_the_panel(setup, qtbot, monkeypatch):
    world, dossier_id, invoicing, *_ = setup
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.invoice_button.click()
    monkeypatch.setattr(pdf_actions.InvoiceChoiceDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("carburant mal relevé", True))
    invoicing.credit_button.click()
    listed = dossier_invoices(world.db, world.clerk_a, dossier_id)
    assert [i.kind for i in listed].count("credit_note") == 2
    assert invoicing.invoice_button.isEnabled() and "Pas encore facturé" in invoicing.numbers_label.text()
    assert invoicing.model.rowCount() == 4


def test_payment_grid_warning_save_and_reverse(setup, qtbot, monkeypatch, qtmodeltester):
    world, dossier_id, invoicing, payments, *_ = setup
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.invoice_button.click()
    payments.refresh()
    # the assistance company owes 272,25 and pays by transfer: both proposed
    assert payments.payer_combo.currentData() == "pec" and payments.amount_edit.text() == "272,25"
    assert payments.method_combo.currentData() == "transfer"
    payments.payer_combo.setCurrentIndex(payments.payer_combo.findData("client"))
    assert payments.amount_edit.text() == "61,24" and payments.warning_label.text() == ""
    assert payments.method_combo.currentData() == "card"  # at the counter
    payments.amount_edit.setText("50")
    assert "ne correspond pas" in payments.warning_label.text()
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: questions.append(text) or
                        QMessageBox.StandardButton.Yes)
    payments.save_button.click()
    assert "Enregistrer le règlement de 50,00 € par Jean Dupré (client bénéficiaire), en carte" in questions[0]
    [line] = list_payments(world.db, world.clerk_a, dossier_id)
    assert (line.amount, line.method, line.payer_role) == (Decimal("50.00"), "card", "client")
    assert payments.payments_model.rowCount() == 1 and payments.amount_edit.text() == "11,24"  # what is left
    qtmodeltester.check(payments.payments_model)
    payments.payments_view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("mauvais montant", True))
    payments.reverse_button.click()
    assert payments.payments_model.rowCount() == 2
    balances = {b.role: b for b in payer_balances(world.db, world.clerk_a, dossier_id)}
    assert balances["client"].due == Decimal("61.24")


def test_mail_from_the_panel(setup, qtbot, monkeypatch, smtp_server, memory_keyring):
    world, dossier_id, invoicing, *_ = setup
    save_smtp_settings(world.db, world.admin_a, "127.0.0.1", smtp_server.port, False, "atelier",
                       "loc@garage.example", "smtp-secret")
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.invoice_button.click()
    monkeypatch.setattr(pdf_actions.InvoiceChoiceDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    runner = invoicing.mail()
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        pass
    assert len(smtp_server.messages) == 2
    assert invoicing.mail_model.rowCount() == 2
    assert "envoyé" in invoicing.mail_model.data(invoicing.mail_model.index(0, 3))


def test_invoices_tab_lists_and_exports(sqlite_world, qtbot, tmp_path, qtmodeltester):
    rw = make_rental_world(sqlite_world.db, sqlite_world.company_id)
    dossier_id = make_contract(sqlite_world.db, sqlite_world.site_a, rw)
    invoice_dossier(sqlite_world.db, sqlite_world.clerk_a, dossier_id)
    context = AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())
    [(title, view)] = tabs(context)
    qtbot.addWidget(view)
    assert title == "Factures location" and view.sales_model.rowCount() == 2
    qtmodeltester.check(view.sales_model)
    runner = view.export_to(tmp_path / "ventes.csv")
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        pass
    assert "61,24" in (tmp_path / "ventes.csv").read_text(encoding="utf-8-sig")
    assert (tmp_path / "ventes_reglements.csv").exists()


def test_tabs_inside_the_dossier_dialog_stay_usable_after_invoicing(sqlite_world, qtbot, monkeypatch):
    from app.ui.rental.dossier_dialog import DossierDialog
    from app.ui.rental.invoicing.panels import InvoicingPanel
    from app.ui.rental.invoicing.payments_panel import PaymentsPanel

    rw = make_rental_world(sqlite_world.db, sqlite_world.company_id)
    dossier_id = make_contract(sqlite_world.db, sqlite_world.site_a, rw)
    context = AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())
    dialog = DossierDialog(context, dossier_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.info is not None)  # read off the GUI thread
    [invoicing] = dialog.findChildren(InvoicingPanel)
    [payments] = dialog.findChildren(PaymentsPanel)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.invoice_button.click()
    assert dialog.info.invoiced  # the dialog re-read the frozen contract
    assert invoicing.credit_button.isEnabled() and invoicing.save_button.isEnabled()
    assert payments.save_button.isEnabled() and not payments.amount_edit.isReadOnly()


def test_smtp_dialog_saves_and_names_refused_field(sqlite_world, qtbot, memory_keyring):
    from app.core.rental.invoicing.mailing import smtp_settings
    from app.ui.rental.invoicing.smtp_dialog import SmtpDialog

    context = AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings())
    dialog = SmtpDialog(context)
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("smtp.garage.example")
    dialog.sender_edit.setText("pas-une-adresse")
    dialog.save()
    assert "Adresse d'expédition" in dialog.error_label.text()
    assert smtp_settings(sqlite_world.db, sqlite_world.site_a).host == ""
    dialog.sender_edit.setText("location@garage.example")
    dialog.user_edit.setText("atelier")
    dialog.password_edit.setText("secret")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert smtp_settings(sqlite_world.db, sqlite_world.site_a).host == "smtp.garage.example"
    assert memory_keyring.get_password("Atelier SMTP", f"site-{sqlite_world.site_a}") == "secret"


def test_facturation_tab_shows_paid_invoices(setup, qtbot):
    """The status column reads "payée" once the payer's payments cover the invoice."""
    world, dossier_id, invoicing, *_ = setup
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.invoice_button.click()
    from app.core.rental.invoicing.payments import record_payment

    record_payment(world.db, world.clerk_a, dossier_id, "272.25", "transfer", "pec")
    invoicing.refresh()
    column = invoicing.model.columnCount() - 1
    texts = [invoicing.model.index(row, column).data() for row in range(2)]
    assert texts == ["payée", "à payer"]


def test_draft_button_opens_the_unnumbered_draft(setup, qtbot, monkeypatch):
    world, dossier_id, invoicing, *_ = setup
    shown = []
    monkeypatch.setattr(pdf_actions, "preview_pdf", lambda data, name, parent=None: shown.append((data, name)))
    assert invoicing.draft_button.isEnabled()
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.draft_button.click()
    [(data, name)] = shown
    texts = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    assert len(texts) == 2 and all("PROJET DE FACTURE" in t for t in texts) and name.startswith("projet_")
    assert dossier_invoices(world.db, world.clerk_a, dossier_id) == []
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.invoice_button.click()
    assert not invoicing.draft_button.isEnabled()


def test_statement_dialog_totals_pdf_and_csv(setup, monkeypatch, tmp_path, qtbot):
    from app.ui.rental.invoicing.statement_dialog import StatementDialog

    world, dossier_id, invoicing, *_ = setup
    with qtbot.waitSignal(invoicing.task_done):  # off the GUI thread
        invoicing.invoice_button.click()
    from app.core.rental.invoicing.payments import record_payment

    record_payment(world.db, world.clerk_a, dossier_id, "200", "transfer", "pec")
    dialog = StatementDialog(AppContext(world.db, world.clerk_a, station_settings()))
    qtbot.addWidget(dialog)
    assert dialog.company.currentText() == "Europ Assistance Belgium"
    assert "facturé 272,25 €" in dialog.summary.text() and "solde dû 72,25 €" in dialog.summary.text()
    shown = []
    monkeypatch.setattr(pdf_actions, "preview_pdf", lambda data, name, parent=None: shown.append((data, name)))
    dialog.preview_button.click()
    [(data, name)] = shown
    assert "RELEVÉ DE COMPTE" in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert name.startswith("releve_Europ_Assistance_Belgium_")
    target = tmp_path / "releve.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.csv_button.click()
    assert "72,25" in target.read_text(encoding="utf-8-sig")


def test_preview_without_a_pdf_viewer_says_so_and_offers_to_save(qtbot, setup, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    world, dossier_id, invoicing, *_ = setup
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))  # no viewer installed
    told = []

    def answer(box):
        told.append(box.text())
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "exec", answer)
    target = tmp_path / "projet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(invoicing.task_done, timeout=30_000):  # the PDF is built off the GUI thread
        invoicing.draft_button.click()
    assert "aucun lecteur PDF" in told[0]
    assert "PROJET DE FACTURE" in PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
