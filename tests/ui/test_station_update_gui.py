"""The GUI of a station out of step with the shared database: "Mise à jour requise" before
the login with the update on a click, "un administrateur doit…" for a newer station, and
the Administration tab's versions box (shared database only)."""

from __future__ import annotations

import tempfile

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

import app
from app.core.db.station_versions import record_upgrade, set_installer_location
from app.core.errors import StationUpdateRequiredError
from app.ui import application
from app.ui.app_context import AppContext
from app.ui.platform.admin_view import AdminView
from app.ui.platform.update_dialog import UpdateRequiredDialog
from app.ui.settings import station_settings
from tests.factories import PASSWORD

SHARE = "\\\\srv-deploy\\atelier"
PAYLOAD = b"MZ" + bytes(range(256)) * 4000


@pytest.fixture
def boxes(monkeypatch):
    """Every message box shown: (kind, title, text); none blocks."""
    shown = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, body, *_a, kind=kind: shown.append(
            (kind, title, body)))
    return shown


@pytest.mark.postgres
def test_an_older_station_offers_the_update_before_the_login(qtbot, pg_world, monkeypatch, boxes):
    db = pg_world.db
    monkeypatch.setattr(app, "__version__", "0.3.0")
    record_upgrade(db)
    set_installer_location(db, SHARE)
    monkeypatch.setattr(app, "__version__", "0.2.0")
    offered = []

    def run_the_dialog(dialog):  # what the clerk sees, then a click on "Installer la mise à jour"
        seen = {"title": dialog.windowTitle(), **{name: dialog.findChild(QLabel, name).text()
                                                   for name in ("required_version", "station_version", "installer")}}
        dialog.install_button.click()
        offered.append({**seen, "started": dialog.started})
        return 0

    monkeypatch.setattr(UpdateRequiredDialog, "exec", run_the_dialog)
    assert application.run_gui(db.url) == 1  # no login, nothing installed on this Linux station
    [dialog] = offered
    assert dialog["title"] == "Mise à jour requise" and not dialog["started"]
    assert (dialog["required_version"], dialog["station_version"], dialog["installer"]) == (
        "0.3.0", "0.2.0", f"{SHARE}\\Atelier-0.3.0-setup.exe")
    assert boxes == [("information", "Mise à jour requise",
                      "Seuls les postes Windows se mettent à jour depuis Atelier : ce poste ne peut pas lancer "
                      f"{SHARE}\\Atelier-0.3.0-setup.exe. Demandez à votre service informatique d'y installer "
                      "Atelier 0.3.0.")]


@pytest.mark.postgres
def test_a_newer_station_says_an_administrator_must_upgrade(qtbot, pg_world, monkeypatch, boxes):
    db = pg_world.db
    monkeypatch.setattr(app, "__version__", "0.2.0")
    record_upgrade(db)
    monkeypatch.setattr(app, "__version__", "0.3.0")
    assert application.run_gui(db.url) == 1
    [(kind, title, body)] = boxes
    assert (kind, title) == ("critical", "Base de données à mettre à jour")
    assert "Ce poste a Atelier 0.3.0" in body and "(0.2.0)" in body and "atelier db upgrade" in body


def _required(location: str | None) -> StationUpdateRequiredError:
    from app.core.db.station_versions import StationRequirements, require_station_in_step
    from tests.platform.test_station_versions import AT_HEAD

    try:
        require_station_in_step(AT_HEAD, StationRequirements("0.3.0", location), "0.2.0")
    except StationUpdateRequiredError as error:
        return error
    raise AssertionError("not refused")


def test_on_windows_the_click_copies_then_runs_the_installer_elevated(qtbot, tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    share = tmp_path / "share"
    share.mkdir()
    (share / "Atelier-0.3.0-setup.exe").write_bytes(PAYLOAD)
    launched = []
    dialog = UpdateRequiredDialog(_required(str(share / "Atelier-0.3.0-setup.exe")), platform="win32",
                                  shell_execute=lambda *call: launched.append(call) or 42)
    qtbot.addWidget(dialog)
    dialog.install_button.click()
    qtbot.waitUntil(lambda: dialog.started or bool(boxes), timeout=30_000)
    local = tmp_path / "temp" / "Atelier-update" / "Atelier-0.3.0-setup.exe"
    assert launched == [("runas", str(local), "/S /WAIT=60")] and local.read_bytes() == PAYLOAD
    assert boxes == [("information", "Mise à jour requise", "L'installation d'Atelier 0.3.0 a démarré. Atelier se "
                      "ferme ; relancez-le quand l'installation est terminée (une à deux minutes).")]
    assert dialog.started and dialog.result() == UpdateRequiredDialog.DialogCode.Accepted


def test_a_refused_elevation_keeps_the_dialog_open(qtbot, tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    (tmp_path / "Atelier-0.3.0-setup.exe").write_bytes(PAYLOAD)
    dialog = UpdateRequiredDialog(_required(str(tmp_path / "Atelier-0.3.0-setup.exe")), platform="win32",
                                  shell_execute=lambda *_: 1223)
    qtbot.addWidget(dialog)
    dialog.install_button.click()
    qtbot.waitUntil(lambda: bool(boxes), timeout=30_000)
    assert boxes[0][0] == "warning" and "droits d'administrateur" in boxes[0][2]
    assert not dialog.started and dialog.install_button.isEnabled()


def test_a_missing_installer_is_reported(qtbot, tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dialog = UpdateRequiredDialog(_required(str(tmp_path / "nowhere" / "Atelier-0.3.0-setup.exe")),
                                  platform="win32", shell_execute=lambda *_: pytest.fail("launched"))
    qtbot.addWidget(dialog)
    dialog.install_button.click()
    qtbot.waitUntil(lambda: bool(boxes), timeout=30_000)
    assert boxes[0][0] == "warning" and "Installateur introuvable" in boxes[0][2]


def test_without_a_recorded_location_there_is_nothing_to_click(qtbot):
    dialog = UpdateRequiredDialog(_required(None))
    qtbot.addWidget(dialog)
    assert dialog.install_button is None
    assert dialog.findChild(QLabel, "installer").text() == "non enregistré"
    assert "service informatique" in dialog.findChild(QLabel, "how").text()


@pytest.mark.postgres
def test_the_administration_tab_shows_the_versions_on_a_shared_database(qtbot, pg_world, station, monkeypatch):
    db = pg_world.db
    monkeypatch.setattr(app, "__version__", "0.3.0")
    record_upgrade(db)
    set_installer_location(db, SHARE)
    admin_db = station(db)
    from app.core.platform.auth import login

    scope = login(admin_db, "admin.a", PASSWORD)
    view = AdminView(AppContext(admin_db, scope, station_settings()))
    qtbot.addWidget(view)
    box = view.versions_box
    assert box.required.text() == "0.3.0" and box.station.text() == "0.3.0"
    assert box.installer.text() == SHARE + "\\Atelier-0.3.0-setup.exe"


def test_the_administration_tab_has_no_versions_box_on_sqlite(qtbot, sqlite_world):
    from app.core.platform.auth import login

    scope = login(sqlite_world.db, "admin.a", PASSWORD)
    view = AdminView(AppContext(sqlite_world.db, scope, station_settings()))
    qtbot.addWidget(view)
    assert view.versions_box is None
