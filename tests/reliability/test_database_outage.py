"""PostgreSQL unreachable while a clerk edits (complements tests/core/test_database_faults.py,
which kills the connections only): the server refuses every connection during the save.
The dossier form shows a clear message, keeps what the clerk typed, nothing is written;
once the server is back, the same Save succeeds without reopening anything."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.core.carpass.dossiers import find_dossier
from app.ui.app_context import AppContext
from app.ui.carpass.dossier_dialog import DossierDialog
from app.ui.settings import station_settings
from tests.carpass.helpers import make_dossier


@contextmanager
def server_refusing(database_url: str):
    """The test database refuses new connections and loses its open ones (a server restart
    as the clients see it), without touching the other databases of the shared server."""
    url = make_url(database_url)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{url.database}" ALLOW_CONNECTIONS false'))
        connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": url.database})
    try:
        yield
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{url.database}" ALLOW_CONNECTIONS true'))
        admin.dispose()


def test_dossier_form_survives_a_database_outage_and_saves_after(qtbot, pg_world, monkeypatch):
    saved = make_dossier(pg_world.db, pg_world.clerk_a, 1095, owner="AVANT")
    dialog = DossierDialog(AppContext(pg_world.db, pg_world.clerk_a, station_settings()), saved.dossier.id)
    qtbot.addWidget(dialog)
    dialog.edits["owner"].setText("MA SAISIE")
    dialog.edits["damage_km"].setText("94990")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, body: shown.append(body)))
    with server_refusing(pg_world.db.url):
        assert not dialog.save()
    assert len(shown) == 1 and "Traceback" not in shown[0] and "psycopg" not in shown[0], shown
    assert "base de données" in shown[0].lower(), shown[0]
    assert dialog.edits["owner"].text() == "MA SAISIE" and dialog.edits["damage_km"].text() == "94990"
    assert find_dossier(pg_world.db, pg_world.clerk_a, 1095).owner == "AVANT"  # nothing written
    assert dialog.save()  # the server is back: the next action reconnects
    stored = find_dossier(pg_world.db, pg_world.clerk_a, 1095)
    assert (stored.owner, stored.damage_km) == ("MA SAISIE", 94990)
