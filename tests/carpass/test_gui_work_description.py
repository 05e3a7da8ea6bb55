"""The "Travaux effectués" picker of the dossier dialog and the list's colours and warning
before sending, driven with qtbot."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.core.carpass.carpass_list import CarpassListSource
from app.core.carpass.dossiers import enrol_number, find_dossier
from app.core.carpass.models import CarpassEntry, Dossier
from app.ui.app_context import AppContext
from app.ui.carpass import list_view
from app.ui.carpass.dossier_dialog import DossierDialog
from app.ui.carpass.list_model import AMBER, RED, CarpassListModel
from app.ui.carpass.list_view import CarpassListView
from app.ui.carpass.work_picker import CODE_ROLE, folded
from app.ui.i18n import install_language
from app.ui.settings import set_language, station_settings
from tests.carpass.helpers import load_standard_list, make_dossier


@pytest.fixture(autouse=True)
def french(qapp):
    set_language(station_settings(), "fr")
    install_language(qapp, "fr")


@pytest.fixture
def context(sqlite_world):
    return AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings())


def visible_leaves(picker) -> list[tuple[str, str]]:
    """(category, descriptor) pairs the tree shows."""
    proxy = picker.proxy
    found = []
    for row in range(proxy.rowCount()):
        category = proxy.index(row, 0)
        for child in range(proxy.rowCount(category)):
            found.append((category.data(), proxy.index(child, 0, category).data()))
    return found


def test_picker_groups_by_category_and_is_searched_from_the_keyboard(qtbot, sqlite_world, context):
    load_standard_list(sqlite_world.db, sqlite_world.site_a)
    saved = make_dossier(sqlite_world.db, sqlite_world.clerk_a, 1095)
    dialog = DossierDialog(context, saved.dossier.id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.edits["owner"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    picker = dialog.picker
    assert picker.proxy.rowCount() == 7 and len(visible_leaves(picker)) == 67
    assert picker.proxy.index(1, 0).data() == "Moteur"
    assert "Aucun travail choisi" in picker.summary.text()
    qtbot.keySequence(dialog, QKeySequence("Ctrl+K"))
    assert picker.search.hasFocus()
    qtbot.keyClicks(picker.search, "courroie")
    qtbot.waitUntil(lambda: len(visible_leaves(picker)) == 2)
    assert visible_leaves(picker) == [("Moteur", "Remplacement de la courroie de distribution"),
                                      ("Moteur", "Remplacement de la courroie d'accessoires")]
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # ticks the first one shown
    assert picker.codes() == ["TIMING_BELT"]
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # into the list, Space ticks there
    assert picker.tree.hasFocus()
    qtbot.keyClick(picker.tree, Qt.Key.Key_Down)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    assert picker.codes() == ["TIMING_BELT", "AUXILIARY_BELT"]
    picker.search.setFocus()
    qtbot.keyClick(picker.search, Qt.Key.Key_Escape)  # empties the search, the dialog stays open
    assert picker.search.text() == "" and dialog.isVisible() and len(visible_leaves(picker)) == 67
    qtbot.keyClicks(picker.search, "electricite batterie")  # accents and case do not matter
    assert [label for _category, label in visible_leaves(picker)] == [
        "Batterie", "Batterie de traction (véhicule électrique ou hybride)"]
    assert "2 travail(aux) choisi(s)" in picker.summary.text() and "courroie d'accessoires" in picker.summary.text()
    assert dialog.save()
    assert find_dossier(sqlite_world.db, sqlite_world.clerk_a, 1095).activities == ("TIMING_BELT", "AUXILIARY_BELT")
    assert picker.codes() == ["TIMING_BELT", "AUXILIARY_BELT"]  # reloaded from what was saved
    assert folded("Électricité") == "electricite"


def test_picker_model_passes_qtmodeltester_while_filtering(qtbot, qtmodeltester, sqlite_world, context):
    load_standard_list(sqlite_world.db, sqlite_world.site_a)
    dialog = DossierDialog(context)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.picker.proxy)
    dialog.picker.search.setText("frein")
    qtmodeltester.check(dialog.picker.proxy)
    assert {category for category, _label in visible_leaves(dialog.picker)} == {
        "Entretien", "Freins, direction et suspension"}


def test_picker_speaks_dutch_and_shows_a_dropped_descriptor(qtbot, qapp, sqlite_world, context):
    db = sqlite_world.db
    load_standard_list(db, sqlite_world.site_a)
    saved = make_dossier(db, sqlite_world.clerk_a, 1095, activities=["EGR_VALVE", "PAINT"])
    load_standard_list(db, sqlite_world.site_a, drop=("EGR_VALVE",))
    install_language(qapp, "nl")
    dialog = DossierDialog(context, saved.dossier.id)
    qtbot.addWidget(dialog)
    leaves = visible_leaves(dialog.picker)
    assert ("Carrosserie", "Lakwerk") in leaves and ("Motor", "Vervangen van de distributieriem") in leaves
    assert any(category == "Motor" and label.startswith("EGR-klep") for category, label in leaves)
    assert dialog.picker.codes() == ["EGR_VALVE", "PAINT"]
    dialog.edits["owner"].setText("NIEUWE EIGENAAR")
    assert dialog.save()  # an old descriptor may stay on the dossier
    assert find_dossier(db, sqlite_world.clerk_a, 1095).activities == ("EGR_VALVE", "PAINT")


def test_a_refused_code_is_shown_under_the_picker_and_nothing_is_saved(qtbot, sqlite_world, context):
    db = sqlite_world.db
    load_standard_list(db, sqlite_world.site_a)
    saved = make_dossier(db, sqlite_world.clerk_a, 1095)
    dialog = DossierDialog(context, saved.dossier.id)
    qtbot.addWidget(dialog)
    tree_items = {dialog.picker.model.itemFromIndex(dialog.picker.proxy.mapToSource(
        dialog.picker.proxy.index(r, 0, dialog.picker.proxy.index(1, 0)))).data(CODE_ROLE): r for r in range(12)}
    assert "TURBO" in tree_items
    dialog.picker.set_codes(["TURBO"])
    dialog.edits["owner"].setText("NOUVEAU")
    load_standard_list(db, sqlite_world.site_a, drop=("TURBO",))  # Car-Pass dropped it meanwhile
    assert not dialog.save()
    assert not dialog.picker.error.isHidden() and "TURBO" in dialog.picker.error.text()
    stored = find_dossier(db, sqlite_world.clerk_a, 1095)
    assert stored.owner == "JASSIN PHILIPPE" and stored.activities == ()


def test_no_list_yet_says_what_to_do(qtbot, sqlite_world, context):
    saved = make_dossier(sqlite_world.db, sqlite_world.clerk_a, 1095)
    dialog = DossierDialog(context, saved.dossier.id)
    qtbot.addWidget(dialog)
    assert dialog.picker.proxy.rowCount() == 0
    assert "pas encore chargée" in dialog.picker.note.text()
    if dialog.refresh_runner is not None:  # no password: the background attempt says so
        qtbot.waitUntil(lambda: "Aucun mot de passe" in dialog.picker.note.text(), timeout=10000)
    assert dialog.save()  # no description, nothing refused


def rules_list(world):
    db = world.db
    load_standard_list(db, world.site_a)
    make_dossier(db, world.clerk_a, 1, activities=["PAINT"])                        # nothing to say
    make_dossier(db, world.clerk_a, 2, activities=["PAINT"], first_registration="")  # red
    make_dossier(db, world.clerk_a, 3)                                               # amber: no description
    make_dossier(db, world.clerk_a, 4, vin="WAUZZZ8V3EA0705441", activities=["PAINT"])  # red: 18 characters
    for number in (1, 2, 3, 4):
        enrol_number(db, world.clerk_a, number)


def test_list_colours_for_the_new_rules(qtmodeltester, sqlite_world):
    rules_list(sqlite_world)
    model = CarpassListModel(CarpassListSource(sqlite_world.db, sqlite_world.clerk_a))
    qtmodeltester.check(model)
    rows = {model.row_at(r).dossier: r for r in range(model.rowCount())}
    background = lambda n: model.index(rows[n], 3).data(Qt.ItemDataRole.BackgroundRole)  # noqa: E731
    assert background(1) is None
    assert background(2).color() == RED and background(4).color() == RED
    assert background(3).color() == AMBER
    assert model.index(rows[2], 8).data() == "date de première immatriculation manquante"
    assert model.index(rows[3], 8).data() == "description des travaux manquante"
    assert "jamais envoyé" in model.index(rows[4], 8).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows[3], 7).data() == "à envoyer ✋"


def test_sending_rows_without_description_asks_first_naming_how_many(qtbot, sqlite_world, context, monkeypatch):
    rules_list(sqlite_world)
    with sqlite_world.db.session() as session:  # one more amber row: started 9 days ago
        dossier = session.query(Dossier).filter_by(site_id=sqlite_world.site_a, number=1).one()
        dossier.work_started_at = dossier.created_at.replace(year=2020)
    sent, asked = [], []
    monkeypatch.setattr(list_view, "send_action", lambda: lambda parent, ctx, ids, on_done: sent.append(ids))
    monkeypatch.setattr(list_view, "confirm", lambda parent, title, text: asked.append(text) or answers.pop(0))
    view = CarpassListView(context)
    qtbot.addWidget(view)
    view.select_all.setChecked(True)
    answers = [False, True]
    view.send_button.click()
    assert sent == [] and len(asked) == 1  # declined: nothing sent
    text = asked[0]
    assert "4 ligne(s) cochée(s)" in text
    assert "1 sans description des travaux" in text
    assert "1 arrêtée(s) par les contrôles" in text
    assert "2 en rouge" in text
    view.send_button.click()
    assert sent == [sorted(view.model.checked)]
    view.select_all.setChecked(False)
    view.model.setData(view.model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    with sqlite_world.db.session() as session:
        session.query(Dossier).filter_by(number=1).update({"work_started_at": None})
    asked.clear()
    view.send_button.click()  # a row with nothing to say is sent without a question
    assert asked == [] and len(sent) == 2
    assert QApplication.activeModalWidget() is None
    assert date.today().year > 2020
    with sqlite_world.db.session() as session:
        assert session.query(CarpassEntry).count() == 4
