"""The Administration tab's "Versions des postes" box (shared database only): the Atelier
version the database requires, this station's, and where IT put the installer. Read-only:
IT sets them from the command line (docs/it-deployment.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel

from app.core.db.station_versions import StationRequirements, station_version
from app.ui.i18n import tr


class StationVersionsBox(QGroupBox):
    """Required version, this station's version, installer location, and who sets them."""

    def __init__(self, requirements: StationRequirements, parent=None):
        super().__init__(tr("admin", "Versions des postes"), parent)
        none = tr("admin", "non enregistré")
        self.required = QLabel(requirements.required_version or none)
        self.required.setObjectName("required_version")
        self.station = QLabel(station_version())
        self.station.setObjectName("station_version")
        self.installer = QLabel(requirements.installer_for() or requirements.installer_location or none)
        self.installer.setObjectName("installer_location")
        self.installer.setWordWrap(True)
        self.installer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(tr("admin", "Fixés par le service informatique : « atelier db upgrade » (version requise), "
                                  "« atelier db installer-location » (installateur). Un poste plus ancien propose "
                                  "sa mise à jour avant la connexion."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout(self)
        form.addRow(tr("admin", "Version requise :"), self.required)
        form.addRow(tr("admin", "Ce poste :"), self.station)
        form.addRow(tr("admin", "Installateur :"), self.installer)
        form.addRow(note)
