"""The extension of a rental: by the assistance company (days granted, its reference, the new
return) or by the client (the new return; the days beyond what is agreed are theirs)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox

from app.core.rental.day_count import count_days, days_later
from app.core.rental.dossier_data import DossierInfo
from app.ui.i18n import tr
from app.ui.rental.widgets import LocalDateTimeEdit


class ExtensionDialog(QDialog):
    """Days and reference (assistance) or new return (client), with what it means in days."""

    def __init__(self, info: DossierInfo, by: str, grace_minutes: int, parent=None):
        super().__init__(parent)
        self.info, self.by, self.grace = info, by, grace_minutes
        self.start = info.data.actual_departure or info.data.planned_departure
        self.setWindowTitle(tr("rental", "Prolongation par l'assistance") if by == "assistance"
                            else tr("rental", "Prolongation par le client"))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setSuffix(tr("rental", " jour(s)"))
        self.reference = QLineEdit()
        self.reference.setMaxLength(40)
        self.reference.setPlaceholderText(tr("rental", "référence donnée par l'assistance"))
        self.new_return = LocalDateTimeEdit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("rental", "qui a appelé, pourquoi…"))
        self.meaning = QLabel()
        self.meaning.setObjectName("extension_meaning")
        self.meaning.setWordWrap(True)
        form = QFormLayout(self)
        explanation = QLabel(tr("rental", "Les jours accordés s'ajoutent à la durée PEC : ils sont à charge de "
                                          "l'assistance.") if by == "assistance" else
                             tr("rental", "Les jours au-delà de ce qui est accordé sont à charge du client, au tarif "
                                          "client."))
        explanation.setWordWrap(True)
        form.addRow(explanation)
        if by == "assistance":
            form.addRow(tr("rental", "Jours accordés en plus :"), self.days)
            form.addRow(tr("rental", "Référence :"), self.reference)
        form.addRow(tr("rental", "Nouveau retour prévu :"), self.new_return)
        form.addRow(tr("rental", "Remarque :"), self.note)
        form.addRow(self.meaning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.days.valueChanged.connect(self._days_changed)
        self.new_return.dateTimeChanged.connect(self._explain)
        if by == "assistance":
            self._days_changed()
        else:
            self.new_return.set_instant(days_later(info.data.planned_return, 1))
        self._explain()

    def _days_changed(self) -> None:
        """The return follows the covered period: departure + covered days + the days granted."""
        covered = (self.info.covered_days or 0) + self.days.value()
        self.new_return.set_instant(days_later(self.start, covered))

    def _explain(self) -> None:
        new_return = self.new_return.instant()
        if new_return <= self.info.data.planned_return:
            self.meaning.setStyleSheet("color: #b00020;")
            self.meaning.setText(tr("rental", "Le nouveau retour doit suivre le retour prévu actuel."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.meaning.setStyleSheet("color: #555;")
        days = count_days(self.start, new_return, self.grace)
        if self.by == "assistance":
            self.meaning.setText(tr("rental", "Durée PEC : {covered} jour(s) ; location : {days} jour(s).",
                                    covered=(self.info.covered_days or 0) + self.days.value(), days=days))
            return
        agreed = (self.info.covered_days or 0) + self.info.client_days_agreed
        extra = max(0, days - agreed) if self.info.data.is_pec else 0
        self.meaning.setText(tr("rental", "Location : {days} jour(s), dont {extra} jour(s) en plus à charge du client.",
                                days=days, extra=extra))
