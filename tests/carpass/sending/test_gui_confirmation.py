"""Printing confirmations from the Car-Pass history with qtbot: one reading, a day's batch,
and a day without any reading; the PDFs are read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog

from app.core.carpass.sending import credentials
from app.core.carpass.sending.endpoint import set_endpoint
from app.core.carpass.sending.sender import send_readings
from app.core.progress import run_to_end
from app.ui.app_context import AppContext
from app.ui.carpass.sending import confirmation_actions
from app.ui.carpass.sending.history_view import HistoryView
from app.ui.i18n import install_language
from app.ui.settings import station_settings
from tests.carpass.sending.conftest import FAST, PASSWORD_A, enrol


@pytest.fixture(autouse=True)
def french(qapp):
    install_language(qapp, "fr")


@pytest.fixture
def history(qtbot, sqlite_world, simulator, memory_keyring, monkeypatch):
    db = sqlite_world.db
    set_endpoint(db, sqlite_world.admin_a, simulator.base_url)
    credentials.store_password(db, sqlite_world.admin_a, PASSWORD_A)
    enrol(db, sqlite_world.site_a, 1095)
    enrol(db, sqlite_world.site_a, 1112, vin="TMBJG7NE0F0124355")
    enrol(db, sqlite_world.site_a, 1126, vin="AB")  # refused by Car-Pass: nothing to confirm
    run_to_end(send_readings(db, sqlite_world.clerk_a, options=FAST))
    opened: list[Path] = []
    errors: list[str] = []
    monkeypatch.setattr(confirmation_actions, "open_pdf", lambda path, parent=None: opened.append(path))
    monkeypatch.setattr(confirmation_actions, "show_error", lambda parent, error: errors.append(str(error)))
    view = HistoryView(AppContext(db, sqlite_world.clerk_a, station_settings()))
    qtbot.addWidget(view)
    view.opened, view.errors = opened, errors
    return view


def select(view, dossier):
    for position in range(view.model.rowCount()):
        if view.model.row_at(position)["dossier"] == dossier:
            view.grid.table.selectRow(position)
            return view.model.row_at(position)
    raise AssertionError(dossier)


def test_print_the_confirmation_of_the_selected_reading(qtbot, history):
    select(history, 1126)
    assert not history.print_button.isEnabled()  # refused: Car-Pass has nothing to confirm
    row = select(history, 1095)
    assert history.print_button.isEnabled()
    history.print_button.click()
    qtbot.waitUntil(lambda: bool(history.opened), timeout=20000)
    (page,) = PdfReader(str(history.opened[0])).pages
    text = page.extract_text()
    assert "WAUZZZ8V3EA070544" in text and row["request_guid"] in text and "Confirmation d'envoi" in text


def test_print_a_days_confirmations(qtbot, history, monkeypatch, tmp_path):
    monkeypatch.setattr(confirmation_actions.DayDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    target = tmp_path / "jour.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    history.day_button.click()
    qtbot.waitUntil(lambda: bool(history.opened), timeout=20000)
    assert history.opened == [target] and len(PdfReader(str(target)).pages) == 2


def test_a_day_without_readings_says_so(qtbot, history, monkeypatch, tmp_path):
    from datetime import date

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "x.pdf"), "")))
    runner = confirmation_actions.print_day(history, history.context, date(2020, 1, 6))
    with qtbot.waitSignal(runner.failed, timeout=20000):
        pass
    assert "Aucun relevé reçu par Car-Pass le 06-01-2020" in history.errors[0]
    assert not (tmp_path / "x.pdf").exists() and history.opened == []
