"""The repair the replacement car stands in for, on the dossier's Véhicule tab: which repair
dossier, when its work ends; link or unlink it (saved with the dossier)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from app.core.errors import AtelierError
from app.core.rental.repair import repair_by_number
from app.core.repair_link import RepairSummary, repair_summary
from app.core.timeutil import format_local
from app.ui.errors import show_error
from app.ui.i18n import tr


def repair_text(repair: RepairSummary | None) -> str:
    """One line about the repair: number, car, owner, end of the work."""
    if repair is None:
        return tr("rental", "aucune réparation liée")
    state = (tr("rental", "terminée le {when}", when=format_local(repair.work_finished_at)) if repair.finished
             else tr("rental", "fin prévue le {when}", when=format_local(repair.work_planned_end))
             if repair.work_planned_end else tr("rental", "fin non planifiée"))
    return tr("rental", "dossier {number} – {plate} {owner} – {state}", number=repair.number, plate=repair.plate,
              owner=repair.owner, state=state)


class RepairBox(QWidget):
    """Shows the linked repair; ``changed`` fires when the clerk links or unlinks one."""

    changed = Signal()

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.repair: RepairSummary | None = None
        self.label = QLabel()
        self.label.setObjectName("linked_repair")
        self.label.setWordWrap(True)
        self.link_button = QPushButton(tr("rental", "Lier une réparation…"))
        self.unlink_button = QPushButton(tr("rental", "Délier"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.link_button)
        layout.addWidget(self.unlink_button)
        self.link_button.clicked.connect(self.ask_link)
        self.unlink_button.clicked.connect(lambda: self.set_repair(None))

    @property
    def repair_id(self) -> int | None:
        """The linked repair dossier's id (what the dossier stores)."""
        return self.repair.id if self.repair is not None else None

    def load(self, repair_id: int | None) -> None:
        """Show the repair dossier ``repair_id`` (read through the neutral link)."""
        with self.context.database.session() as session:
            self.show_repair(repair_summary(session, self.context.scope.site_id, repair_id))

    def show_repair(self, repair: RepairSummary | None) -> None:
        """Show an already read repair (or none), without telling the dossier it changed."""
        self.repair = repair
        self._show()

    def _show(self) -> None:
        self.label.setText(repair_text(self.repair))
        self.unlink_button.setEnabled(self.repair is not None and self.link_button.isEnabled())

    def set_repair(self, repair: RepairSummary | None) -> None:
        """Link (or unlink with None) — saved with the dossier."""
        self.repair = repair
        self._show()
        self.changed.emit()

    def ask_link(self) -> None:
        """Ask for the repair dossier's number and link it."""
        number, ok = QInputDialog.getInt(self, tr("rental", "Réparation liée"),
                                         tr("rental", "N° du dossier de réparation :"), 1, -999_999_999, 999_999_999)
        if not ok:
            return
        try:
            self.set_repair(repair_by_number(self.context.database, self.context.scope, number))
        except AtelierError as exc:
            show_error(self, exc)

    def set_editable(self, editable: bool) -> None:
        """Frozen with the dossier."""
        self.link_button.setEnabled(editable)
        self._show()
