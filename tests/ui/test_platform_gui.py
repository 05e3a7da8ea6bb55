"""GUI of the platform driven with qtbot: login, tabs by role, language switch, grids."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.core.grid import GridColumn, GridQuery
from app.core.i18n import msg
from app.core.progress import Progress
from app.ui.app_context import AppContext
from app.ui.application import GuiSession
from app.ui.i18n import install_language
from app.ui.main_window import MainWindow
from app.ui.platform.login_dialog import LoginDialog
from app.ui.settings import set_language, station_settings
from app.ui.task_runner import TaskRunner
from app.ui.widgets.grid_view import GridView
from app.ui.widgets.lazy_table_model import LazyTableModel
from app.ui.widgets.records_model import RecordColumn, RecordsTableModel
from tests.factories import PASSWORD


@pytest.fixture(autouse=True)
def french(qapp):
    settings = station_settings()
    set_language(settings, "fr")
    install_language(qapp, "fr")
    yield
    install_language(qapp, "fr")


def test_login_dialog_refuses_then_accepts(qtbot, sqlite_world):
    dialog = LoginDialog(sqlite_world.db)
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("clerk.a")
    dialog.password_edit.setText("wrong")
    dialog.try_login()
    assert "incorrect" in dialog.error_label.text()
    assert dialog.scope is None and dialog.password_edit.text() == ""
    dialog.password_edit.setText(PASSWORD)
    dialog.try_login()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.scope.site_id == sqlite_world.site_a


def test_login_requires_a_login(qtbot, sqlite_world):
    dialog = LoginDialog(sqlite_world.db)
    qtbot.addWidget(dialog)
    dialog.try_login()
    assert "Identifiant" in dialog.error_label.text()


def test_tabs_by_role_and_status_bar(qtbot, sqlite_world):
    clerk = MainWindow(AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings()))
    admin = MainWindow(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(clerk)
    qtbot.addWidget(admin)
    clerk_titles = [clerk.tabs.tabText(i) for i in range(clerk.tabs.count())]
    admin_titles = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
    assert "Administration" not in clerk_titles and "Administration" in admin_titles
    assert "Site A" in clerk.site_label.text() and "Clerk.A" in clerk.user_label.text()


def test_switch_to_dutch_rebuilds_the_window(qtbot, qapp, sqlite_world):
    session = GuiSession(qapp, sqlite_world.db)
    window = session.show(sqlite_world.admin_a)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&Fichier"
    window.findChild(type(window.menuBar().actions()[0]), "language_nl").trigger()
    qtbot.waitUntil(lambda: session.window is not window)
    qtbot.addWidget(session.window)
    assert session.window.menuBar().actions()[0].text() == "&Bestand"
    assert QCoreApplication.translate("errors", "Erreur") == "Fout"


class ListSource:
    """An in-memory RowSource standing in for a module's SQL list."""

    columns = [GridColumn("n", msg("test", "Numéro"), align_right=True), GridColumn("label", msg("test", "Libellé"))]

    def __init__(self, size: int):
        self.rows = [{"n": i, "label": f"row {i:05d}"} for i in range(size)]

    def _matching(self, query: GridQuery):
        rows = [r for r in self.rows if query.text.lower() in r["label"]]
        if query.sort_key:
            rows.sort(key=lambda r: r[query.sort_key], reverse=query.descending)
        return rows

    def count(self, query):
        return len(self._matching(query))

    def fetch(self, query, offset, limit):
        return self._matching(query)[offset:offset + limit]


def test_lazy_model_passes_qt_model_tester(qtmodeltester):
    qtmodeltester.check(LazyTableModel(ListSource(30)))


def test_lazy_model_fetches_pages_and_sorts_in_source(qtbot):
    model = LazyTableModel(ListSource(1000))
    assert model.rowCount() == LazyTableModel.PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * LazyTableModel.PAGE_SIZE
    model.sort(0, order=model.sort.__defaults__[0].__class__.DescendingOrder)
    assert model.row_at(0)["n"] == 999 and model.rowCount() == LazyTableModel.PAGE_SIZE


def test_grid_filter_and_csv_export(qtbot, tmp_path: Path):
    grid = GridView(LazyTableModel(ListSource(500)))
    qtbot.addWidget(grid)
    grid.filter_edit.setText("row 0001")
    qtbot.waitUntil(lambda: grid.model.total() == 10)
    assert "10" in grid.count_label.text()
    target = tmp_path / "out.csv"
    runner = grid.export_to(target)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        pass
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Numéro;Libellé" and len(lines) == 11


def test_records_model_passes_qt_model_tester(qtmodeltester):
    model = RecordsTableModel([RecordColumn("a", lambda r: r[0]), RecordColumn("b", lambda r: r[1])],
                              [(1, "x"), (2, "y")])
    qtmodeltester.check(model)


def test_task_runner_reports_progress_result_and_errors(qtbot):
    def operation(token):
        for i in range(3):
            yield Progress(i + 1, 3)
        return "done"

    runner = TaskRunner(None, "t", operation, show_dialog=False)
    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        runner.start()
    assert blocker.args == ["done"]

    def failing(token):
        yield Progress(0, 1)
        raise ValueError("boom")

    runner = TaskRunner(None, "t", failing, show_dialog=False)
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start()
    assert isinstance(blocker.args[0], ValueError)


def test_task_runner_cancel_stops_the_operation(qtbot):
    steps = []

    def endless(token):
        while True:
            steps.append(1)
            yield Progress(len(steps), 0)

    runner = TaskRunner(None, "t", endless, show_dialog=False)
    QTimer.singleShot(50, runner.cancel)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start()
    assert runner.cancelled and steps


def test_admin_view_lists_sites_and_users(qtbot, sqlite_world, monkeypatch):
    from app.ui.platform.admin_view import AdminView

    view = AdminView(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(view)
    assert view.sites_model.rowCount() == 2
    assert {r.login for r in view.users_model.records} == {"admin.a", "clerk.a"}
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)


def test_company_form_saves_and_shows_errors(qtbot, sqlite_world):
    from app.ui.platform.company_form import CompanyFormView

    view = CompanyFormView(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(view)
    view.edits["enterprise_number"].setText("0426753974")
    view.save()
    assert "Numéro d'entreprise" in view.error_label.text()
    assert view.edits["enterprise_number"].text() == "0426753974"
    view.edits["enterprise_number"].setText("0426753973")
    view.edits["city"].setText("Namur")
    view.save()
    assert view.error_label.text() == "Enregistré."
    assert view.loaded.city == "Namur"


def test_company_form_conflict_offers_reload(qtbot, sqlite_world, monkeypatch):
    from dataclasses import replace

    from app.core.platform.company import get_company, update_company
    from app.ui.platform import company_form

    view = company_form.CompanyFormView(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(view)
    update_company(sqlite_world.db, sqlite_world.admin_b, replace(get_company(sqlite_world.db, sqlite_world.admin_b),
                                                                  city="Gent"))
    asked = []
    monkeypatch.setattr(company_form, "ask_reload_after_conflict", lambda parent, error: asked.append(error) or True)
    view.edits["city"].setText("Mine")
    view.save()
    assert asked and asked[0].changed_by == "admin.b"
    assert view.edits["city"].text() == "Gent"


def test_closing_with_unsaved_work_asks_first(qtbot, sqlite_world, monkeypatch):
    window = MainWindow(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(window, "unsaved_work", lambda: ["VZSHE10"])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()


def test_module_tabs_are_built_when_first_shown(qtbot, sqlite_world):
    """Only the current module is built with the window; another is built on first display."""
    window = MainWindow(AppContext(sqlite_world.db, sqlite_world.admin_a, station_settings()))
    qtbot.addWidget(window)
    pages = [window.tabs.widget(i) for i in range(window.tabs.count())]
    assert pages[0].built and not any(page.built for page in pages[1:])
    assert window.findChild(QWidget, "rental_planning") is None
    window.tabs.setCurrentIndex([p.key for p in pages].index("rental"))
    assert pages[[p.key for p in pages].index("rental")].built
    assert window.findChild(QWidget, "rental_planning") is not None
    assert window.unsaved_work() == []


def test_login_dialog_opens_the_database_after_showing(qtbot, tmp_path):
    """The dialog appears before the database is opened; a login typed meanwhile waits for
    the opening and then goes through."""
    from app.core.db.engine import Database
    from app.core.db.migrate import upgrade_to_head
    from app.core.db.opening import DatabaseOpening
    from tests.factories import make_world

    path = tmp_path / "opening.sqlite3"
    world_db = Database(f"sqlite:///{path.as_posix()}")
    upgrade_to_head(world_db)
    make_world(world_db)
    world_db.dispose()
    opening = DatabaseOpening(f"sqlite:///{path.as_posix()}")
    dialog = LoginDialog(opening)
    qtbot.addWidget(dialog)
    assert opening.database is None and str(path.as_posix()) in dialog.findChildren(QLabel)[1].text()
    dialog.login_edit.setText("clerk.a")
    dialog.password_edit.setText(PASSWORD)
    dialog.try_login()  # the clerk is faster than the opening
    assert dialog.scope is None and not dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        dialog.show()
    assert dialog.scope is not None and dialog.scope.login == "clerk.a"
    opening.database.dispose()


def test_login_dialog_reports_a_database_it_cannot_open(qtbot, tmp_path, monkeypatch):
    from app.core.db.opening import DatabaseOpening

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[1:]))
    dialog = LoginDialog(DatabaseOpening(f"sqlite:///{(tmp_path / 'missing' / 'x.sqlite3').as_posix()}"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=30000):
        dialog.show()
    assert dialog.failed and shown and "missing" in shown[0][1]


def test_the_database_opening_starts_after_the_dialog_is_painted(qtbot, tmp_path, monkeypatch):
    """The dialog's first paint comes first: a thread importing the database layer would
    make it wait for the GIL. The held log records are let go at the same moment."""
    from app.core.db.opening import DatabaseOpening

    events: list[str] = []
    opening = DatabaseOpening(f"sqlite:///{(tmp_path / 'after_paint.sqlite3').as_posix()}")
    start = opening.start_in_background
    monkeypatch.setattr(opening, "start_in_background",
                        lambda *a, **k: (events.append("opening started"), start(*a, **k)))
    dialog = LoginDialog(opening)
    qtbot.addWidget(dialog)
    dialog.first_painted.connect(lambda: events.append("painted"))
    dialog.show()
    assert events == []  # shown, not painted yet: nothing started
    qtbot.waitUntil(lambda: opening.done, timeout=30000)
    assert events == ["painted", "opening started"]
    opening.database.dispose()
