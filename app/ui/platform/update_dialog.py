""""Mise à jour requise": the shared database requires a newer Atelier than this station's.

Shown before the login. With an installer location recorded by IT it offers to install the
update on a click: the installer is copied to this PC (progress, Cancel), then started
silently with administrator rights, and Atelier closes so the installer can replace it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout

from app.core.db.station_versions import StationRequirements
from app.core.errors import AtelierError, StationUpdateRequiredError
from app.core.platform.station_update import fetch_installer, launch_installer, require_windows_station
from app.ui.i18n import error_text, tr
from app.ui.task_runner import TaskRunner


class UpdateRequiredDialog(QDialog):
    """Says which version the database requires and this station's; *Installer la mise à
    jour* runs the installer when IT recorded where it is. :attr:`started` tells whether the
    installer was launched (Atelier must then quit). ``platform`` and ``shell_execute``
    stand in for the station's system and Windows' ShellExecute (default: the real ones)."""

    def __init__(self, error: StationUpdateRequiredError, parent=None, *, platform: str | None = None,
                 shell_execute=None):
        super().__init__(parent)
        self.error = error
        self.platform = platform
        self.shell_execute = shell_execute
        self.started = False
        self.runner: TaskRunner | None = None
        self.source = StationRequirements(error.required_version, error.installer_location).installer_for()
        self.setWindowTitle(tr("update", "Mise à jour requise"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + tr("update", "Mise à jour requise") + "</h3>"))
        intro = QLabel(tr("update", "La base de données partagée demande une version plus récente d'Atelier que "
                                    "celle de ce poste."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.required_label = QLabel(error.required_version or tr("update", "plus récente"))
        self.station_label = QLabel(error.station_version)
        self.installer_label = QLabel(self.source or tr("update", "non enregistré"))
        self.installer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label, name in ((self.required_label, "required_version"), (self.station_label, "station_version"),
                            (self.installer_label, "installer")):
            label.setObjectName(name)
        form.addRow(tr("update", "Version requise :"), self.required_label)
        form.addRow(tr("update", "Ce poste :"), self.station_label)
        form.addRow(tr("update", "Installateur :"), self.installer_label)
        layout.addLayout(form)
        how = QLabel(tr("update", "« Installer la mise à jour » copie l'installateur sur ce PC et le lance ; "
                                  "Windows demande les droits d'administrateur. Atelier se ferme pendant "
                                  "l'installation : relancez-le ensuite.") if self.source else
                     tr("update", "Aucun emplacement d'installateur n'est enregistré dans la base : demandez à "
                                  "votre service informatique d'installer la mise à jour sur ce poste."))
        how.setObjectName("how")
        how.setWordWrap(True)
        how.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(how)
        buttons = QDialogButtonBox()
        self.install_button = None
        if self.source:
            self.install_button = buttons.addButton(tr("update", "Installer la mise à jour"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
            self.install_button.setObjectName("install")
            self.install_button.clicked.connect(self.install)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("update", "Fermer"))
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def install(self) -> None:
        """Copy the installer here, then launch it (Windows); elsewhere say which file to install."""
        try:
            require_windows_station(self.source, self.error.required_version, self.platform)
        except AtelierError as exc:
            QMessageBox.information(self, tr("update", "Mise à jour requise"), error_text(exc))
            return
        self.install_button.setEnabled(False)
        source = self.source
        self.runner = TaskRunner(self, tr("update", "Copie de l'installateur"),
                                 lambda token: fetch_installer(source, token))
        self.runner.finished.connect(self._fetched)
        self.runner.failed.connect(self._failed)
        self.runner.start()

    def _failed(self, error: BaseException) -> None:
        self.install_button.setEnabled(True)
        if not isinstance(error, AtelierError):
            raise error  # a bug: the crash handler logs and reports it
        QMessageBox.warning(self, tr("update", "Mise à jour requise"), error_text(error))

    def _fetched(self, path) -> None:
        self.install_button.setEnabled(True)
        if path is None:  # cancelled
            return
        options = {"shell_execute": self.shell_execute} if self.shell_execute is not None else {}
        try:
            launch_installer(path, self.error.required_version, self.platform, **options)
        except AtelierError as exc:
            QMessageBox.warning(self, tr("update", "Mise à jour requise"), error_text(exc))
            return
        self.started = True
        QMessageBox.information(self, tr("update", "Mise à jour requise"), tr(
            "update", "L'installation d'Atelier {version} a démarré. Atelier se ferme ; relancez-le quand "
                      "l'installation est terminée (une à deux minutes).",
            version=self.error.required_version or "?"))
        self.accept()
