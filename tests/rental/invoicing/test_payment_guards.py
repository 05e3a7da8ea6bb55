"""Payments that cannot be right are refused unless recorded as an advance: dated before the
payer's invoice, in a closed period, above the payer's balance, on a fully credited contract;
site codes cannot take another site's document references (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.core.errors import ValidationError
from app.core.platform.sites import add_site
from app.core.rental.invoicing.closed_period import close_period
from app.core.rental.invoicing.deposits import record_deposit
from app.core.rental.invoicing.invoicing import invoice_dossier, issue_credit_notes
from app.core.rental.invoicing.models import JournalEntry, Payment
from app.core.rental.invoicing.payments import list_payments, record_payment
from app.core.rental.models import RentalDossier
from app.core.timeutil import local_today
from app.ui.app_context import AppContext
from app.ui.rental.invoicing.panels import dossier_tabs
from app.ui.settings import station_settings
from tests.rental.invoicing.factories import make_contract, make_rental_world


@pytest.fixture
def invoiced(world):
    """A contract invoiced today: PEC 272,25 €, beneficiary ("client") 61,24 €."""
    rw = make_rental_world(world.db, world.company_id)
    dossier_id = make_contract(world.db, world.site_a, rw)
    invoice_dossier(world.db, world.clerk_a, dossier_id)
    return dossier_id


def _lines(db) -> tuple[int, int]:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Payment)), \
            session.scalar(select(func.count()).select_from(JournalEntry))


def test_a_payment_before_the_invoice_is_an_advance_or_refused(world, invoiced):
    yesterday = local_today() - timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        record_payment(world.db, world.clerk_a, invoiced, "10", "cash", "client", yesterday)
    assert refused.value.field == "paid_on" and "acompte" in str(refused.value)
    assert _lines(world.db) == (0, 0)
    line, _ = record_payment(world.db, world.clerk_a, invoiced, "10", "cash", "client", yesterday, "au comptoir",
                             advance=True)
    assert line.note == "Acompte : au comptoir" and line.paid_on == yesterday


def test_more_than_the_balance_is_refused_unless_an_advance(world, invoiced):
    with pytest.raises(ValidationError) as refused:
        record_payment(world.db, world.clerk_a, invoiced, "61.25", "card", "client")
    assert "dépasse le solde" in str(refused.value) and "61,24 €" in str(refused.value)
    assert _lines(world.db) == (0, 0)
    assert record_payment(world.db, world.clerk_a, invoiced, "61.24", "card", "client")[1] is None
    with pytest.raises(ValidationError):
        record_payment(world.db, world.clerk_a, invoiced, "0.01", "card", "client")
    extra, _ = record_payment(world.db, world.clerk_a, invoiced, "20", "card", "client", advance=True)
    assert extra.note == "Acompte"


def test_nothing_is_paid_on_a_fully_credited_contract_but_an_advance(world, invoiced):
    issue_credit_notes(world.db, world.clerk_a, invoiced)
    for payer in ("pec", "client"):
        with pytest.raises(ValidationError) as refused:
            record_payment(world.db, world.clerk_a, invoiced, "1", "transfer", payer)
        assert "notes de crédit" in str(refused.value)
    assert _lines(world.db) == (0, 0)
    assert record_payment(world.db, world.clerk_a, invoiced, "1", "transfer", "pec", advance=True)[0].note == "Acompte"


def test_no_line_is_dated_in_a_closed_period(world, invoiced):
    yesterday = local_today() - timedelta(days=1)
    with pytest.raises(Exception, match="administrateurs"):
        close_period(world.db, world.clerk_a, yesterday)
    with pytest.raises(ValidationError):
        close_period(world.db, world.admin_a, local_today())
    close_period(world.db, world.admin_a, yesterday)
    for attempt in (lambda: record_payment(world.db, world.clerk_a, invoiced, "5", "cash", "client", yesterday,
                                           advance=True),
                    lambda: record_deposit(world.db, world.clerk_a, invoiced, "100", "cash", yesterday)):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert "clôturée jusqu'au" in str(refused.value)
    assert _lines(world.db) == (0, 0)
    with pytest.raises(ValidationError, match="déjà clôturée"):
        close_period(world.db, world.admin_a, yesterday - timedelta(days=5))
    assert record_payment(world.db, world.clerk_a, invoiced, "5", "cash", "client")[0].paid_on == local_today()
    assert world.db.is_postgres or world.db.is_sqlite  # the same rules on both databases


def _number(db, dossier_id) -> str:
    with db.session() as session:
        return str(session.get(RentalDossier, dossier_id).number)


def test_cli_refuses_ambiguous_and_excess_amounts_and_records_advances(world, run_cli, invoiced):
    number = _number(world.db, invoiced)
    user = ("--user", "clerk.a")
    ambiguous = run_cli(world.db, *user, "rental", "pay", number, "--amount", "1.000", "--method", "cash",
                        "--payer", "pec")
    assert ambiguous.code == 2 and "ambigu" in ambiguous.err and "1000 (milliers)" in ambiguous.err
    excess = run_cli(world.db, *user, "rental", "pay", number, "--amount", "1000", "--method", "cash",
                     "--payer", "client")
    assert excess.code == 2 and "acompte" in excess.err
    assert _lines(world.db) == (0, 0)
    advance = run_cli(world.db, *user, "rental", "pay", number, "--amount", "1 000,00", "--method", "cash",
                      "--payer", "client", "--advance")
    assert advance.code == 0, advance.err
    [line] = list_payments(world.db, world.clerk_a, invoiced)
    assert line.amount == Decimal("1000.00") and line.note == "Acompte"
    closed = run_cli(world.db, "--user", "admin.a", "rental", "close-period", "--until",
                     (local_today() - timedelta(days=1)).strftime("%d-%m-%Y"))
    assert closed.code == 0, closed.err


@pytest.mark.parametrize("code", ["NC-A", "A-2026", "nc-b"])
def test_a_site_code_cannot_take_another_sites_references(world, code):
    """Site A's credit notes are NC-A-<year>-<n>: a site "NC-A" would number its invoices the
    same; no site code carries a dash."""
    with pytest.raises(ValidationError) as refused:
        add_site(world.db, world.admin_a, code, "Site", "2200000030")
    assert refused.value.field == "code" and "sans tiret" in str(refused.value)


def test_the_gui_records_an_advance_only_when_ticked(sqlite_world, qtbot, monkeypatch):
    rw = make_rental_world(sqlite_world.db, sqlite_world.company_id)
    dossier_id = make_contract(sqlite_world.db, sqlite_world.site_a, rw)
    invoice_dossier(sqlite_world.db, sqlite_world.clerk_a, dossier_id)
    context = AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())
    [_, (_, payments)] = dossier_tabs(context, dossier_id, lambda: None)
    qtbot.addWidget(payments)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    payments.refresh()
    payments.payer_combo.setCurrentIndex(payments.payer_combo.findData("client"))
    payments.amount_edit.setText("100")
    payments.save_button.click()
    assert warnings and "acompte" in warnings[0]
    assert list_payments(sqlite_world.db, sqlite_world.clerk_a, dossier_id) == []
    payments.advance_box.setChecked(True)
    payments.save_button.click()
    [line] = list_payments(sqlite_world.db, sqlite_world.clerk_a, dossier_id)
    assert line.amount == Decimal("100.00") and line.note == "Acompte"
    assert not payments.advance_box.isChecked()
