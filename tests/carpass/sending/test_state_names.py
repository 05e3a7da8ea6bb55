"""One name per state, keyed by the stored enums, wherever a state is shown; the list's
legend never borrows a state's name for something else; the start-up offer names the
sendings à vérifier (which never leave by themselves)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core.carpass.models import CarpassEntry, EntryStatus
from app.core.carpass.sending.followups import followups_of
from app.core.carpass.sending.history_export import history_rows
from app.core.carpass.sending.readings import prepare, select_entries
from app.core.carpass.sending.states import ReadingState
from app.core.carpass.state_names import STATE_NAMES, state_name
from app.core.timeutil import local_today, utcnow
from app.ui.app_context import AppContext
from app.ui.carpass.list_view import CarpassListView
from app.ui.carpass.sending import tabs as tabs_module
from app.ui.i18n import install_language, render
from app.ui.settings import station_settings
from tests.carpass.helpers import add_reading
from tests.carpass.sending.conftest import enrol


@pytest.fixture(autouse=True)
def french(qapp):
    install_language(qapp, "fr")


def test_every_stored_state_has_one_name_and_no_two_states_share_one():
    assert set(EntryStatus) | set(ReadingState) == set(STATE_NAMES)
    names = [name.text for name in STATE_NAMES.values()]
    assert len(set(names)) == len(names)
    assert state_name(EntryStatus.UNCERTAIN) is state_name(ReadingState.UNCERTAIN)
    assert state_name("mystery").render() == "mystery"


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_translated_names_stay_distinct(qapp, language):
    install_language(qapp, language)
    names = [render(name) for name in STATE_NAMES.values()]
    assert len(set(names)) == len(names) and all(names)


def test_history_export_and_list_use_the_same_names(sqlite_world):
    db = sqlite_world.db
    entry = enrol(db, sqlite_world.site_a, 2601)
    with db.session() as session:
        dossier_id = session.get_one(CarpassEntry, entry).dossier_id
        session.get_one(CarpassEntry, entry).status = EntryStatus.UNCERTAIN
    add_reading(db, sqlite_world.site_a, entry, dossier_id, "WAUZZZ8V3EA070544", 50_100, local_today(),
                state=ReadingState.UNCERTAIN)
    (row,) = history_rows(db, sqlite_world.clerk_a)
    assert (row["state"], row["state_name"]) == ("unknown", "à vérifier")
    assert followups_of(db, sqlite_world.clerk_a, [row["reading_id"]]) == {}


def test_the_list_legend_does_not_use_a_state_name_for_amber_rows(qtbot, sqlite_world):
    view = CarpassListView(AppContext(sqlite_world.db, sqlite_world.clerk_a, station_settings()))
    qtbot.addWidget(view)
    legend = view.legend.text()
    amber = legend[legend.index("Orange"):legend.index("État")]
    assert not [name.text for name in STATE_NAMES.values() if name.text in amber]
    assert "« à vérifier » : Car-Pass a peut-être reçu le relevé" in legend


def test_the_start_up_offer_names_the_readings_a_verifier(qtbot, sqlite_world, monkeypatch):
    db, world = sqlite_world.db, sqlite_world
    context = AppContext(db, world.clerk_a, station_settings())
    uncertain = enrol(db, world.site_a, 2701)
    with db.session() as session:
        dossier_id = session.get_one(CarpassEntry, uncertain).dossier_id
    add_reading(db, world.site_a, uncertain, dossier_id, "WAUZZZ8V3EA070544", 50_100, local_today(),
                state=ReadingState.UNCERTAIN)
    told, asked = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]),
                                                                   QMessageBox.StandardButton.No)[1])
    tabs_module._offered.clear()
    for _title, widget in tabs_module.tabs(context):  # only à vérifier: told, nothing to send
        qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: bool(told))
    assert told[0].startswith("1 envoi(s) « à vérifier » : Car-Pass les a peut-être reçus")
    assert "« Renvoyer » ou « Marquer comme reçu »" in told[0] and asked == []
    waiting = enrol(db, world.site_a, 2702, vin="TMBJG7NE0F0124355")
    prepare(db, world.clerk_a, select_entries(db, world.clerk_a, [waiting]), local_today(), utcnow())
    tabs_module._offered.clear()
    for _title, widget in tabs_module.tabs(context):  # both: one question naming both
        qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked[0].startswith("1 relevé(s) attendent d'être envoyés à Car-Pass.")
    assert "1 envoi(s) « à vérifier »" in asked[0]
