"""The rental contract window: F10 and Ctrl+S save (the shortcut help promises it), and
its draft is kept as the clerk types and deleted by the save."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.rental.dossiers import create_dossier, dossier_info
from app.ui.app_context import AppContext
from app.ui.rental.dossier_dialog import DossierDialog
from app.ui.settings import station_settings
from app.ui.widgets.drafts import draft_path


def test_f10_and_ctrl_s_save_the_contract(qtbot, sqlite_rental):
    w = sqlite_rental.world
    info = create_dossier(w.db, w.clerk_a, sqlite_rental.pec_data(), "contract")
    dialog = DossierDialog(AppContext(w.db, w.clerk_a, station_settings()), info.id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.info is not None and dialog.isEnabled())  # read off the GUI thread
    path = draft_path(f"clerk.a/rental-contract/{info.id}")
    edit = dialog.form.file_number
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "AX-F10")
    qtbot.waitUntil(path.exists)  # kept while typing
    qtbot.keyClick(edit, Qt.Key.Key_F10)
    saved = dossier_info(w.db, w.clerk_a, info.id)
    assert saved.data.pec_file_number == "AX-F10" and saved.version == info.version + 1
    assert not path.exists()
    edit.selectAll()
    qtbot.keyClicks(edit, "AX-CTRL-S")
    qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dossier_info(w.db, w.clerk_a, info.id).data.pec_file_number == "AX-CTRL-S"
