"""The Dossiers tab: the site's repair dossiers, a New button, CSV import, details on double-click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.core.carpass.dossier_import import import_dossiers
from app.core.carpass.dossier_list import DossierListSource
from app.core.changes import DataKind
from app.ui.app_context import AppContext
from app.ui.carpass.dossier_dialog import DossierDialog
from app.ui.carpass.list_model import format_money, format_started
from app.ui.carpass.list_view import FormattedExportGrid
from app.ui.errors import show_error
from app.ui.i18n import tr
from app.ui.task_runner import TaskRunner
from app.ui.widgets.lazy_table_model import LazyTableModel
from app.ui.widgets.live_view import LiveView


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


class DossiersView(QWidget):
    """List of dossiers; double-click or Enter opens the details dialog."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.model = LazyTableModel(DossierListSource(context.database, context.scope, _translate), self,
                                    formatters={"work_started_at": format_started, "invoice_total": format_money})
        self.grid = FormattedExportGrid(self.model, self, export_name="dossiers")
        self.new_button = QPushButton(tr("carpass", "Nouveau dossier…"))
        self.import_button = QPushButton(tr("carpass", "Importer un CSV…"))
        self.grid.toolbar.insertWidget(1, self.new_button)
        self.grid.toolbar.insertWidget(2, self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        self.grid.activated.connect(lambda row: row and self.open_dossier(row["dossier_id"]))
        self.new_button.clicked.connect(lambda: self.open_dossier(None))
        self.import_button.clicked.connect(self.ask_import)
        for column, width in enumerate((80, 220, 100, 180, 100, 110)):
            self.grid.table.setColumnWidth(column, width)
        self.import_runner: TaskRunner | None = None
        self.live = LiveView(self, context, {DataKind.CARPASS_DOSSIERS}, self.reload, grids=[self.grid])

    def open_dossier(self, dossier_id: int | None) -> bool:
        """Show the details dialog; reload the lists when something was saved."""
        try:
            dialog = DossierDialog(self.context, dossier_id, self)
        except Exception as error:  # a dossier deleted or of another site
            show_error(self, error)
            return False
        dialog.exec()
        return dialog.saved

    def reload(self) -> None:
        """Re-read the list."""
        self.model.reload()

    def ask_import(self) -> None:
        """Choose a CSV file and import it (all or nothing)."""
        path, _ = QFileDialog.getOpenFileName(self, tr("carpass", "Importer des dossiers"), "",
                                              tr("carpass", "Fichiers CSV (*.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> TaskRunner:
        """Run the import in the background with a progress dialog."""
        self.import_runner = TaskRunner(self, tr("carpass", "Import de dossiers"),
                                        lambda token: import_dossiers(self.context.database, self.context.scope,
                                                                      path, token))
        self.import_runner.finished.connect(self._imported)
        self.import_runner.failed.connect(
            lambda error: show_error(self, error, tr("carpass", "Import refusé : rien n'a été importé")))
        return self.import_runner.start()

    def _imported(self, result) -> None:
        if result is None:
            return
        self.reload()
        QMessageBox.information(self, tr("carpass", "Import de dossiers"),
                                tr("carpass", "{n} dossier(s) importé(s), dont {enrolled} inscrit(s) dans la liste "
                                              "Car-Pass.", n=result.imported, enrolled=result.enrolled))
