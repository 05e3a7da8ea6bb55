"""After a crash or a power cut: the next start offers the clerk's waiting drafts back.

Each editing form keeps a draft of its unsaved input (``app/ui/widgets/editing.py``); a
draft left on disk means the form did not close normally. Right after the main window
appears, :func:`offer_waiting_drafts` lists the logged-in user's drafts and, when the clerk
takes them back, reopens each form through :data:`DRAFT_OPENERS` with the draft restored
(without asking again). A draft of a form that cannot be reopened from here (a back-office
form) stays on disk and is offered when that form is opened again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from app.core.timeutil import local_today
from app.ui.app_context import AppContext
from app.ui.i18n import tr
from app.ui.widgets.drafts import discard_draft, restore_without_asking, waiting_drafts

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

Opener = Callable[["MainWindow", AppContext, Any], object]


def _open_carpass_dossier(window: MainWindow, context: AppContext, record: Any) -> object:
    from app.ui.carpass.dossier_dialog import DossierDialog

    dialog = DossierDialog(context, record, window)
    dialog.show()
    return dialog


def _open_rental_contract(window: MainWindow, context: AppContext, record: Any) -> object:
    from app.core.rental.planning import new_dossier_defaults
    from app.ui.rental.dossier_dialog import open_dossier

    if record is not None:
        return open_dossier(context, window, dossier_id=record)
    defaults = new_dossier_defaults(context.database, context.scope, None, local_today() + timedelta(days=1))
    return open_dossier(context, window, defaults=defaults)


def _open_controls(window: MainWindow, context: AppContext, _record: Any) -> object:
    return window.show_module("controls")


# How to reopen a form from its draft (``FormEditing``'s kind).
DRAFT_OPENERS: dict[str, Opener] = {
    "carpass-dossier": _open_carpass_dossier,
    "rental-contract": _open_rental_contract,
    "controls": _open_controls,
}


def offer_waiting_drafts(window: MainWindow) -> list[object]:
    """Ask the clerk whether to take back the drafts a crash left; reopen their forms (Yes),
    delete them (Discard) or leave them for later. Returns the forms reopened."""
    context = window.context
    drafts = waiting_drafts(context.scope.login)
    if not drafts:
        return []
    titles = "\n".join(f"• {d.get('title') or d.get('form', '?')}" for d in drafts)
    box = QMessageBox(QMessageBox.Icon.Question, tr("drafts", "Saisies non enregistrées"),
                      tr("drafts", "Atelier s'est fermé sans que ces saisies soient enregistrées :\n{titles}\n\n"
                         "Voulez-vous les reprendre ?", titles=titles), parent=window)
    take = box.addButton(tr("drafts", "Reprendre"), QMessageBox.ButtonRole.AcceptRole)
    drop = box.addButton(tr("drafts", "Abandonner"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("drafts", "Plus tard"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(take)
    box.exec()
    clicked = box.clickedButton()
    if clicked is drop:
        for draft in drafts:
            discard_draft(str(draft["key"]))
        return []
    if clicked is not take:
        return []
    opened = []
    for draft in drafts:
        opener = DRAFT_OPENERS.get(str(draft.get("kind", "")))
        if opener is None:
            continue  # offered when its form is opened again
        restore_without_asking(str(draft["key"]))
        try:
            opened.append(opener(window, context, draft.get("record")))
        except Exception:  # a record deleted meanwhile: the other drafts still open
            log.exception("the form of draft %s could not be reopened", draft.get("key"))
            QMessageBox.warning(window, tr("drafts", "Saisies non enregistrées"),
                                tr("drafts", "Le formulaire « {title} » ne peut plus être ouvert ; sa saisie est "
                                   "abandonnée.", title=draft.get("title") or "?"))
            discard_draft(str(draft["key"]))
    return opened

