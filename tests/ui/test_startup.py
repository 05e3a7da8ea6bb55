"""Start-up: first-run database choice and the refusal of a database from a newer Atelier."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from app.ui import application
from app.ui.platform.database_dialog import DatabaseDialog


def test_first_run_dialog_refuses_unreachable_server(qtbot):
    dialog = DatabaseDialog()
    qtbot.addWidget(dialog)
    dialog.shared_radio.setChecked(True)
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(1)
    dialog.name_edit.setText("none")
    dialog.try_accept()
    assert dialog.result() != DatabaseDialog.DialogCode.Accepted
    assert "Échec" in dialog.result_label.text()


def test_first_run_dialog_accepts_local_file(qtbot):
    dialog = DatabaseDialog()
    qtbot.addWidget(dialog)
    dialog.try_accept()
    assert dialog.result() == DatabaseDialog.DialogCode.Accepted
    assert dialog.url.startswith("sqlite:///")


def test_database_newer_than_app_shows_clear_dialog(qtbot, sqlite_db, monkeypatch):
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, body: shown.append((title, body)))
    assert application.run_gui(sqlite_db.url) == 1  # the login dialog shows, then says why it closes
    assert shown and "plus récente" in shown[0][1]
