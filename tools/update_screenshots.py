"""Screenshots of what a station out of step with the shared database shows (for review and
docs/it-deployment.md): "Mise à jour requise" with and without an installer location, the
messages after a click, the copy's progress, the newer station's refusal, and the
Administration tab's versions box on a real shared database (a throw-away PostgreSQL
database, dropped at the end).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/update_screenshots.py OUT_DIR [fr|nl|en] \
        [postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("ATELIER_DATA_DIR", tempfile.mkdtemp(prefix="atelier-shots-"))

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

import app  # noqa: E402
from app.core.db.engine import Database  # noqa: E402
from app.core.db.migrate import SCHEMA_HEAD, SchemaState, upgrade_to_head  # noqa: E402
from app.core.db.server_roles import drop_database_roles, prepare_server  # noqa: E402
from app.core.db.station_versions import (  # noqa: E402
    StationRequirements,
    record_upgrade,
    require_station_in_step,
    set_installer_location,
)
from app.core.errors import AtelierError  # noqa: E402
from app.core.platform.auth import login  # noqa: E402
from app.core.platform.setup import SetupRequest, set_up  # noqa: E402
from app.core.platform.station_update import require_windows_station  # noqa: E402
from app.ui.app_context import AppContext  # noqa: E402
from app.ui.application import make_application  # noqa: E402
from app.ui.i18n import error_text, install_language, tr  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.platform.update_dialog import UpdateRequiredDialog  # noqa: E402
from app.ui.settings import station_settings  # noqa: E402

SHARE = "\\\\srv-deploy\\atelier\\"
AT_HEAD = SchemaState(current=SCHEMA_HEAD, head=SCHEMA_HEAD, known=True)
PASSWORD = "screenshot-password-1"


def settle(application: QApplication, rounds: int = 20) -> None:
    """Let layouts finish."""
    for _ in range(rounds):
        application.processEvents()


def refusal(requirements: StationRequirements, version: str) -> AtelierError:
    """What a station of ``version`` is told by a database with ``requirements``."""
    try:
        require_station_in_step(AT_HEAD, requirements, version)
    except AtelierError as error:
        return error
    raise SystemExit(f"{version} was not refused")


def shoot(application: QApplication, widget, path: Path) -> None:
    """Show ``widget``, let it lay out, save it as ``path``."""
    widget.show()
    settle(application)
    widget.grab().save(str(path))
    widget.close()
    print(path)


def box(icon, title: str, body: str) -> QMessageBox:
    """A message box as the station shows it."""
    return QMessageBox(icon, title, body)


def copy_progress(application: QApplication, out: Path, language: str) -> None:
    """The progress dialog of the installer's copy, held after its first megabytes."""
    import time

    from app.core.platform.station_update import fetch_installer
    from app.ui.task_runner import TaskRunner

    folder = Path(tempfile.mkdtemp(prefix="atelier-shots-copy-"))
    source = folder / "Atelier-0.3.0-setup.exe"
    source.write_bytes(bytes(93 << 20))

    def held(token):
        copying = fetch_installer(str(source), token, folder / "local")
        for number, step in enumerate(copying):
            yield step
            while number == 40 and not token.cancelled:  # the first 40 MB copied: hold for the picture
                time.sleep(0.05)
        return None

    runner = TaskRunner(None, tr("update", "Copie de l'installateur"), held)
    runner.start()
    deadline = time.monotonic() + 10
    title = runner.dialog.labelText()
    while not (runner.dialog.isVisible() and runner.dialog.labelText() != title) and time.monotonic() < deadline:
        settle(application)
        time.sleep(0.05)
    settle(application)
    runner.dialog.grab().save(str(out / f"update_copy_progress_{language}.png"))
    print(out / f"update_copy_progress_{language}.png")
    runner.cancel()
    while runner.is_running():
        settle(application)


def admin_tab(application: QApplication, admin_url: str, out: Path, language: str) -> None:
    """The Administration tab of a 1024 px window on a throw-away shared database."""
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"atelier_shots_{os.getpid()}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    database = Database(url)
    try:
        with database.engine.begin() as connection:
            prepare_server(connection)
        upgrade_to_head(database)
        record_upgrade(database)
        set_installer_location(database, SHARE)
        set_up(database, SetupRequest("Carrosserie Dupont SA", "0426753973", False, "LIE", "Carrosserie Liège",
                                      "2026402650", "boss", PASSWORD))
        station = Database(url)
        window = MainWindow(AppContext(station, login(station, "boss", PASSWORD), station_settings()))
        window.resize(1024, 700)
        window.show()
        window.tabs.setCurrentIndex(window.tabs.count() - 1)
        settle(application)
        window.grab().save(str(out / f"update_admin_tab_{language}.png"))
        print(out / f"update_admin_tab_{language}.png")
        window.close()
        station.dispose()
    finally:
        database.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            drop_database_roles(connection, name)
        admin.dispose()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    language = sys.argv[2] if len(sys.argv) > 2 else "fr"
    out.mkdir(parents=True, exist_ok=True)
    application = make_application()
    install_language(application, language)
    with_installer = refusal(StationRequirements("0.3.0", SHARE), "0.2.0")
    shoot(application, UpdateRequiredDialog(with_installer), out / f"update_required_{language}.png")
    shoot(application, UpdateRequiredDialog(refusal(StationRequirements("0.3.0", None), "0.2.0")),
          out / f"update_required_no_installer_{language}.png")
    try:
        require_windows_station(SHARE + "Atelier-0.3.0-setup.exe", "0.3.0", "linux")
    except AtelierError as error:
        shoot(application, box(QMessageBox.Icon.Information, tr("update", "Mise à jour requise"), error_text(error)),
              out / f"update_not_windows_{language}.png")
    started = tr("update", "L'installation d'Atelier {version} a démarré. Atelier se ferme ; relancez-le quand "
                           "l'installation est terminée (une à deux minutes).", version="0.3.0")
    shoot(application, box(QMessageBox.Icon.Information, tr("update", "Mise à jour requise"), started),
          out / f"update_started_{language}.png")
    newer = refusal(StationRequirements("0.2.0", SHARE), "0.3.0")
    shoot(application, box(QMessageBox.Icon.Critical, tr("startup", "Base de données à mettre à jour"),
                           error_text(newer)), out / f"update_station_newer_{language}.png")
    copy_progress(application, out, language)
    if len(sys.argv) > 3:
        app.__version__ = "0.3.0"  # the station and the database it upgraded, as after a release
        admin_tab(application, sys.argv[3], out, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
